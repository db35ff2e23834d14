"""Originality of Alternative Uses Task responses (1-5), close to human judges, offline.

The model compares a response with ~16,000 human-rated responses (Organisciak et al., 2023):
the ratings of its nearest neighbours, how crowded its neighbourhood is (a common idea sits
among many similar ones), its semantic distance from the object, and its embedding. A ridge
regression weighs these. With a multilingual encoder, a response in Estonian finds its
neighbours among English responses, so one model serves six languages.
"""

from dataclasses import dataclass, field

import numpy as np

from innospark.scoring.encoders import SentenceEncoder

KS = (1, 5, 20, 50)
PROMPT_MATCH = 0.5  # below this similarity to every known object, compare with all responses
RATING_MIN, RATING_MAX = 1.0, 5.0


def normalise_name(name: str) -> str:
    return " ".join(name.casefold().split())


@dataclass
class Reference:
    """The human-rated pool: response embeddings, their object and rating."""

    prompts: list[str]  # the objects, by their English name
    prompt_embeddings: np.ndarray  # (P, d), of the object names as the pool writes them
    embeddings: np.ndarray  # (N, d)
    prompt_index: np.ndarray  # (N,) index into prompts
    ratings: np.ndarray  # (N,)
    aliases: dict[str, int] = field(default_factory=dict)  # known names in any language -> object

    def prompt_ids(self, names: list[str], name_embeddings: np.ndarray) -> np.ndarray:
        """The object each name stands for: a known name first, else the nearest embedding."""
        by_embedding = self.match_prompts(name_embeddings)
        return np.array(
            [
                self.aliases.get(normalise_name(n), int(e))
                for n, e in zip(names, by_embedding, strict=True)
            ]
        )

    def similarity_thresholds(self, seed: int = 2016) -> tuple[float, float]:
        """(duplicate, same category): the 99.5th and 90th percentiles of the similarity of
        two random responses to the same object. Each encoder has its own scale."""
        rng = np.random.default_rng(seed)
        left = rng.integers(0, len(self.ratings), 40_000)
        right = np.array(
            [
                rng.choice(np.flatnonzero(self.prompt_index == self.prompt_index[i]))
                for i in left[:4000]
            ]
        )
        left = left[:4000]
        keep = left != right
        sims = (self.embeddings[left[keep]] * self.embeddings[right[keep]]).sum(axis=1)
        return float(np.percentile(sims, 99.5)), float(np.percentile(sims, 90))

    def match_prompts(self, prompt_embeddings: np.ndarray) -> np.ndarray:
        """For each prompt embedding, the index of the known object it names, or -1."""
        sims = prompt_embeddings @ self.prompt_embeddings.T
        best = sims.argmax(axis=1)
        return np.where(sims.max(axis=1) >= PROMPT_MATCH, best, -1)


def neighbour_features(
    reference: Reference,
    embeddings: np.ndarray,
    prompt_ids: np.ndarray,
    exclude: np.ndarray | None = None,
) -> np.ndarray:
    """Per response: top-k similarities, similarity-weighted neighbour ratings, density."""
    rows = []
    for pid in np.unique(prompt_ids):
        mask = prompt_ids == pid
        pool = (
            np.arange(len(reference.ratings))
            if pid < 0
            else np.flatnonzero(reference.prompt_index == pid)
        )
        sims = embeddings[mask] @ reference.embeddings[pool].T
        if exclude is not None:  # leave-one-out while training: a response is not its own neighbour
            own = exclude[mask]
            position = {index: j for j, index in enumerate(pool)}
            for i, index in enumerate(own):
                if index in position:
                    sims[i, position[index]] = -1.0
        order = np.argsort(-sims, axis=1)[:, : max(KS)]
        top_sims = np.take_along_axis(sims, order, axis=1)
        top_ratings = reference.ratings[pool][order]
        feats = []
        for k in KS:
            s, r = top_sims[:, :k], top_ratings[:, :k]
            w = np.maximum(s, 0) ** 4 + 1e-6
            feats += [s.mean(axis=1), (w * r).sum(axis=1) / w.sum(axis=1)]
        feats.append(sims.mean(axis=1))
        feats.append((sims > 0.8).mean(axis=1))
        block = np.column_stack(feats)
        rows.append((np.flatnonzero(mask), block))
    out = np.zeros((len(embeddings), rows[0][1].shape[1]), dtype=np.float32)
    for index, block in rows:
        out[index] = block
    return out


def features(
    reference: Reference,
    prompt_embeddings: np.ndarray,
    embeddings: np.ndarray,
    exclude: np.ndarray | None = None,
    prompt_ids: np.ndarray | None = None,
    feature_set: str = "full",
) -> np.ndarray:
    """``prompt_embeddings`` has one row per response (its object's embedding).

    "full" adds the embedding and its product with the object's to the neighbour features;
    "neighbours" keeps only what does not depend on the embedding space's directions."""
    if prompt_ids is None:
        prompt_ids = reference.match_prompts(prompt_embeddings)
    distance = 1.0 - (prompt_embeddings * embeddings).sum(axis=1, keepdims=True)
    parts = [neighbour_features(reference, embeddings, prompt_ids, exclude), distance]
    if feature_set == "full":
        parts += [embeddings, prompt_embeddings * embeddings]
    return np.hstack(parts).astype(np.float32)


@dataclass
class OriginalityModel:
    encoder_name: str
    reference: Reference
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    feature_set: str = "full"

    def predict_embedded(
        self, prompt: str, prompt_embedding: np.ndarray, embeddings: np.ndarray
    ) -> np.ndarray:
        """Ratings of responses to one object, given their embeddings and the object's."""
        prompt_id = self.reference.prompt_ids([prompt], prompt_embedding[None, :])[0]
        n = len(embeddings)
        x = features(
            self.reference,
            np.repeat(prompt_embedding[None, :], n, axis=0),
            embeddings,
            prompt_ids=np.full(n, prompt_id),
            feature_set=self.feature_set,
        )
        return np.clip(
            ((x - self.mean) / self.scale) @ self.weights + self.bias, RATING_MIN, RATING_MAX
        )

    def predict(self, encoder: SentenceEncoder, prompt: str, responses: list[str]) -> np.ndarray:
        if not responses:
            return np.zeros(0, dtype=np.float32)
        embeddings = encoder.encode(responses)
        return self.predict_embedded(prompt, encoder.encode([prompt])[0], embeddings)

    def save(self, path) -> None:
        r = self.reference
        np.savez_compressed(
            path,
            encoder_name=np.array(self.encoder_name),
            prompts=np.array(r.prompts),
            prompt_embeddings=r.prompt_embeddings.astype(np.float16),
            # unit vectors as int8 (x127): 4x smaller than float32, cosines change by < 0.01
            embeddings=np.round(r.embeddings * 127).astype(np.int8),
            prompt_index=r.prompt_index.astype(np.int16),
            ratings=r.ratings.astype(np.float16),
            alias_names=np.array(list(r.aliases) or [""]),
            alias_index=np.array(list(r.aliases.values()) or [-1]),
            feature_set=np.array(self.feature_set),
            mean=self.mean,
            scale=self.scale,
            weights=self.weights,
            bias=np.array(self.bias),
        )

    @classmethod
    def load(cls, path) -> "OriginalityModel":
        with np.load(path) as data:
            reference = Reference(
                prompts=[str(p) for p in data["prompts"]],
                prompt_embeddings=data["prompt_embeddings"].astype(np.float32),
                embeddings=data["embeddings"].astype(np.float32) / 127,
                prompt_index=data["prompt_index"].astype(np.int64),
                ratings=data["ratings"].astype(np.float32),
                aliases={
                    str(n): int(i)
                    for n, i in zip(data["alias_names"], data["alias_index"], strict=True)
                    if i >= 0
                },
            )
            return cls(
                encoder_name=str(data["encoder_name"]),
                reference=reference,
                mean=data["mean"],
                scale=data["scale"],
                weights=data["weights"],
                bias=float(data["bias"]),
                feature_set=str(data["feature_set"]),
            )


def fit_ridge(
    x: np.ndarray, y: np.ndarray, alpha: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    mean = x.mean(axis=0)
    scale = x.std(axis=0) + 1e-6
    z = (x - mean) / scale
    target = y - y.mean()
    weights = np.linalg.solve(z.T @ z + alpha * np.eye(z.shape[1]), z.T @ target)
    return mean, scale, weights, float(y.mean())
