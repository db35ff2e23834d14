"""Scoring one person's Alternative Uses Task answer: a list of ideas for one object.

- fluency: valid ideas, near-duplicates (embedding similarity) counted once;
- flexibility: distinct semantic categories among them (leader clustering);
- originality: the model's 1-5 rating per idea, blended with statistical infrequency against
  the platform's own pool for that language and object once the pool is large enough;
- elaboration: mean number of words per idea.
The similarity thresholds come from the model artefact: each encoder has its own scale.
"""

import re
from dataclasses import dataclass, field

import numpy as np

MAX_IDEA_CHARS = 500
MIN_POOL = 200  # pooled ideas (same language and object) before infrequency counts
POOL_WEIGHT = 0.3
WORD = re.compile(r"\w+", re.UNICODE)


@dataclass
class Idea:
    text: str
    originality: float | None = None  # None for a near-duplicate of an earlier idea
    duplicate_of: int | None = None
    category: int | None = None


@dataclass
class AutScore:
    ideas: list[Idea]
    fluency: int
    flexibility: int
    originality: float | None
    elaboration: float | None
    most_original: list[int] = field(default_factory=list)  # indexes into ideas, best first
    unique_embeddings: np.ndarray | None = None  # of the ideas that are not near-duplicates

    def as_dict(self) -> dict:
        return {
            "fluency": self.fluency,
            "flexibility": self.flexibility,
            "originality": self.originality,
            "elaboration": self.elaboration,
            "most_original": [self.ideas[i].text for i in self.most_original],
        }


def clean_ideas(lines: list[str]) -> list[str]:
    """One idea per line: trimmed, blank lines and lines without a letter or digit dropped."""
    ideas = []
    for line in lines:
        text = " ".join(str(line).split())[:MAX_IDEA_CHARS]
        if WORD.search(text) and any(ch.isalnum() for ch in text):
            ideas.append(text)
    return ideas


def leader_clusters(embeddings: np.ndarray, threshold: float) -> list[int]:
    """Each item joins the first earlier cluster leader it resembles, or leads a new cluster."""
    leaders: list[int] = []
    labels = []
    for i in range(len(embeddings)):
        if leaders:
            sims = embeddings[leaders] @ embeddings[i]
            best = int(np.argmax(sims))
            if sims[best] >= threshold:
                labels.append(best)
                continue
        leaders.append(i)
        labels.append(len(leaders) - 1)
    return labels


def infrequency(embeddings: np.ndarray, pool: np.ndarray, similar: float) -> np.ndarray:
    """5 for an idea nobody in the pool had, down to 1 for one shared by 10 % of the pool."""
    share = (embeddings @ pool.T >= similar).mean(axis=1)
    return 5.0 - 4.0 * np.minimum(1.0, share / 0.10)


def score_ideas(
    ideas: list[str],
    embeddings: np.ndarray,
    originality: np.ndarray,
    *,
    duplicate: float,
    category: float,
    pool: np.ndarray | None = None,
) -> AutScore:
    """``ideas`` are already cleaned; ``embeddings`` and ``originality`` have one row each."""
    scored = [Idea(text) for text in ideas]
    unique: list[int] = []
    for i in range(len(ideas)):
        if unique:
            sims = embeddings[unique] @ embeddings[i]
            j = int(np.argmax(sims))
            if sims[j] >= duplicate:
                scored[i].duplicate_of = unique[j]
                continue
        unique.append(i)
    values = np.asarray(originality, dtype=float)
    if pool is not None and len(pool) >= MIN_POOL and unique:
        values = values.copy()
        values[unique] = (1 - POOL_WEIGHT) * values[unique] + POOL_WEIGHT * infrequency(
            embeddings[unique], pool, duplicate
        )
    for i in unique:
        scored[i].originality = round(float(values[i]), 2)
    labels = leader_clusters(embeddings[unique], category) if unique else []
    for i, label in zip(unique, labels, strict=True):
        scored[i].category = label
    words = [len(WORD.findall(ideas[i])) for i in unique]
    best = sorted(unique, key=lambda i: -scored[i].originality)[:3]
    return AutScore(
        ideas=scored,
        fluency=len(unique),
        flexibility=len(set(labels)),
        originality=round(float(np.mean([scored[i].originality for i in unique])), 2)
        if unique
        else None,
        elaboration=round(float(np.mean(words)), 1) if unique else None,
        most_original=best,
        unique_embeddings=embeddings[unique]
        if unique
        else np.zeros((0, embeddings.shape[1]), dtype=np.float32),
    )
