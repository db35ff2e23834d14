"""One entry point for AUT scoring in any of the six languages.

Each language is scored with the encoder that serves it best on our translated validation
sets (bench/scoring.py): USE v3 was trained on English, Italian and Spanish among its 16
languages but not on Bulgarian, Estonian or Hungarian, where multilingual-e5 does far better.
"""

from functools import cache, cached_property

import numpy as np

from innospark.scoring.aut import AutScore, clean_ideas, score_ideas
from innospark.scoring.encoders import get_encoder
from innospark.scoring.originality import OriginalityModel
from innospark.scoring.train import model_path

ENCODER_FOR_LANGUAGE = {"en": "use", "it": "use", "es": "use", "bg": "e5", "et": "e5", "hu": "e5"}


class UnsupportedLanguage(ValueError):
    pass


class EncoderScorer:
    def __init__(self, encoder_name: str):
        self.encoder_name = encoder_name

    @cached_property
    def encoder(self):
        return get_encoder(self.encoder_name)

    @cached_property
    def model(self) -> OriginalityModel:
        return OriginalityModel.load(model_path(self.encoder_name))

    @cached_property
    def thresholds(self) -> tuple[float, float]:
        return self.model.reference.similarity_thresholds()

    def embed(self, texts: list[str]) -> np.ndarray:
        return self.encoder.encode(texts)

    def score(self, prompt: str, lines: list[str], pool: np.ndarray | None = None) -> AutScore:
        ideas = clean_ideas(lines)
        if not ideas:
            return score_ideas([], np.zeros((0, 1)), np.zeros(0), duplicate=1, category=1)
        embeddings = self.encoder.encode(ideas)
        prompt_embedding = self.encoder.encode([prompt])
        originality = self.model.predict_embedded(
            np.repeat(prompt_embedding, len(ideas), axis=0), embeddings
        )
        duplicate, category = self.thresholds
        return score_ideas(
            ideas, embeddings, originality, duplicate=duplicate, category=category, pool=pool
        )

    def originality(self, prompt: str, responses: list[str]) -> np.ndarray:
        """Ratings of single responses (the score_aut command: no merging, one per row)."""
        return self.model.predict(self.encoder, prompt, responses)


@cache
def scorer_by_encoder(encoder_name: str) -> EncoderScorer:
    return EncoderScorer(encoder_name)


def scorer_for(language: str) -> EncoderScorer:
    """The scorer for a language; languages that share an encoder share one loaded model."""
    try:
        return scorer_by_encoder(ENCODER_FOR_LANGUAGE[language])
    except KeyError:
        raise UnsupportedLanguage(language) from None
