"""Ideas collected live in a workshop: similar ideas grouped, and an originality per idea.

A room writes in several languages, so ideas are compared through multilingual-e5
(``ENCODER``), not USE: on 8 workshop ideas written in English, Bulgarian, Spanish, Estonian and
Hungarian (scoring/tests/test_ideas.py), an English idea and its translation score 0.80 to 0.94
with e5; with USE a Spanish translation scores 0.66 to 0.89, but a Bulgarian, Estonian or
Hungarian one 0.05 to 0.64, often less than two unrelated ideas (up to 0.43): USE v3 was not
trained on those languages (README, "Text scoring").

e5 puts any two sentences on one topic close together (two different ideas: about 0.80), so
the thresholds below sit in the narrow band between that and one idea said twice (0.92 and
over). On those 40 ideas, average-linkage grouping at 0.84 puts 89 % of the pairs it groups
together in the right group and finds 71 % of the true pairs (scoring/tests/test_ideas.py).
"""

import numpy as np

ENCODER = "e5"
GROUP_SIMILARITY = 0.84  # average similarity between two groups for them to merge
SAME = 0.92  # as close as two wordings of one idea (e5's near-duplicate threshold)
UNRELATED = 0.80  # as close as two different ideas on the same question, on average


def group_ideas(embeddings: np.ndarray, threshold: float = GROUP_SIMILARITY) -> list[int]:
    """Average-linkage clustering: the two groups whose ideas are on average the most similar
    merge, until no two groups reach ``threshold``. Unlike leader clustering the result does not
    depend on the order the ideas arrived in. Labels are numbered by each group's first idea."""
    n = len(embeddings)
    if n == 0:
        return []
    sims = np.asarray(embeddings @ embeddings.T, dtype=np.float64)
    np.fill_diagonal(sims, -np.inf)
    sizes = np.ones(n)
    owner = np.arange(n)  # the surviving row that stands for each idea's group
    # Each row's most similar other group, kept up to date, so a merge costs O(n), not O(n²).
    best, partner = sims.max(axis=1), sims.argmax(axis=1)
    while True:
        a = int(np.argmax(best))
        if best[a] < threshold:
            break
        b = int(partner[a])
        a, b = min(a, b), max(a, b)
        # Lance-Williams update: the merged group's average similarity to every other group.
        merged = (sizes[a] * sims[a] + sizes[b] * sims[b]) / (sizes[a] + sizes[b])
        merged[[a, b]] = -np.inf
        sims[a, :] = merged
        sims[:, a] = merged
        sims[b, :] = -np.inf
        sims[:, b] = -np.inf
        sizes[a] += sizes[b]
        owner[owner == b] = a
        best[b] = -np.inf
        closer = merged > best
        best[closer], partner[closer] = merged[closer], a
        # Rows whose nearest group was a or b (and a itself) look again.
        stale = (partner == b) | (partner == a) & ~closer
        stale[a] = True
        stale[b] = False
        rows = sims[stale]
        best[stale], partner[stale] = rows.max(axis=1), rows.argmax(axis=1)
    labels: dict[int, int] = {}
    return [labels.setdefault(int(root), len(labels)) for root in owner]


def originality(
    embeddings: np.ndarray, *, same: float = SAME, unrelated: float = UNRELATED
) -> list[int]:
    """0 to 100 per idea: how far it is from the most similar other idea. 100 when nothing else
    comes closer than two unrelated ideas usually do, 0 when another idea says nearly the same,
    linear in between. A lone idea has nothing like it, so 100."""
    n = len(embeddings)
    if n < 2:
        return [100] * n
    sims = np.asarray(embeddings @ embeddings.T, dtype=np.float64)
    np.fill_diagonal(sims, -np.inf)
    nearest = sims.max(axis=1)
    scaled = np.clip((same - nearest) / (same - unrelated), 0.0, 1.0)
    return [round(float(value) * 100) for value in scaled]


def to_bytes(embedding: np.ndarray) -> bytes:
    return np.asarray(embedding, dtype=np.float32).tobytes()


def from_bytes(rows: list[bytes]) -> np.ndarray:
    """Stored embeddings back as one float32 matrix, a row per idea."""
    if not rows:
        return np.zeros((0, 0), dtype=np.float32)
    return np.vstack([np.frombuffer(row, dtype=np.float32) for row in rows])
