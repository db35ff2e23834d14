"""One entry point for AUT scoring in any of the six languages.

Each language is scored with the model that serves it best on our translated validation sets
(bench/scoring.py). English, Italian and Spanish responses are compared with the 16,081 rated
English responses through USE v3, which aligns these languages. USE v3 was not trained on
Bulgarian, Estonian or Hungarian, and neither encoder aligns them with English well enough, so
their responses are compared with our translation of 5,000 rated responses into the same
language, through multilingual-e5.
"""

from functools import cache, cached_property

import numpy as np

from innospark.scoring.aut import AutScore, clean_ideas, score_ideas
from innospark.scoring.encoders import get_encoder
from innospark.scoring.originality import OriginalityModel
from innospark.scoring.train import model_path

# (encoder, reference pool) per language, chosen by measurement (bench/scoring.py).
MODEL_FOR_LANGUAGE = {
    "en": ("use", "en"),
    "it": ("use", "en"),
    "es": ("use", "en"),
    "bg": ("e5", "bg"),
    "et": ("e5", "et"),
    "hu": ("e5", "hu"),
}


class UnsupportedLanguage(ValueError):
    pass


class EncoderScorer:
    def __init__(self, encoder_name: str, pool: str = "en"):
        self.encoder_name = encoder_name
        self.pool = pool

    @cached_property
    def encoder(self):
        return get_encoder(self.encoder_name)

    @cached_property
    def model(self) -> OriginalityModel:
        return OriginalityModel.load(model_path(self.encoder_name, self.pool))

    @cached_property
    def thresholds(self) -> tuple[float, float]:
        return self.model.reference.similarity_thresholds()

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.encoder.encode(texts)

    def _score_ideas(
        self, prompt: str, ideas: list[str], pool: np.ndarray | None
    ) -> tuple[AutScore, np.ndarray]:
        """Score cleaned ideas, encoding each once; also each idea's own model rating."""
        if not ideas:
            empty = score_ideas([], np.zeros((0, 1)), np.zeros(0), duplicate=1, category=1)
            return empty, np.zeros(0)
        embeddings = self.encoder.encode(ideas)
        originality = self.model.predict_embedded(
            prompt, self.encoder.encode([prompt])[0], embeddings
        )
        duplicate, category = self.thresholds
        result = score_ideas(
            ideas, embeddings, originality, duplicate=duplicate, category=category, pool=pool
        )
        return result, originality

    def score(self, prompt: str, lines: list[str], pool: np.ndarray | None = None) -> AutScore:
        return self._score_ideas(prompt, clean_ideas(lines), pool)[0]

    def rate(self, prompt: str, lines: list[str]) -> tuple[list[float | None], AutScore]:
        """Each line's own rating (None for a blank line; near-duplicates rated too) and the
        summary of all lines, from one encoding pass."""
        cleaned = [clean_ideas([line]) for line in lines]
        result, originality = self._score_ideas(prompt, [c[0] for c in cleaned if c], None)
        ratings = iter(originality)
        return [round(float(next(ratings)), 2) if c else None for c in cleaned], result

    def originality(self, prompt: str, responses: list[str]) -> np.ndarray:
        """Ratings of single responses (the score_aut command: no merging, one per row)."""
        return self.model.predict(self.encoder, prompt, responses)


@cache
def scorer_by_model(encoder_name: str, pool: str = "en") -> EncoderScorer:
    return EncoderScorer(encoder_name, pool)


def scorer_for(language: str) -> EncoderScorer:
    """The scorer for a language; languages that share a model share one loaded copy."""
    try:
        return scorer_by_model(*MODEL_FOR_LANGUAGE[language])
    except KeyError:
        raise UnsupportedLanguage(language) from None
