"""Train the originality model: ``python -m innospark.scoring.train [--encoder use|e5]``.

Deterministic (ridge regression has no randomness; the seed fixes numpy anyway), so the
committed artefact can be rebuilt exactly from data/aut/."""

import argparse
import time
from pathlib import Path

import numpy as np
from tqdm import tqdm

from innospark.scoring.aut_data import read_ocsai
from innospark.scoring.encoders import DEFAULT_ENCODER, ENCODERS, get_encoder
from innospark.scoring.originality import OriginalityModel, Reference, features, fit_ridge

MODELS = Path(__file__).resolve().parent / "models"
ALPHA = 3000.0
SEED = 2016


def model_path(encoder: str) -> Path:
    return MODELS / f"aut_originality_{encoder}.npz"


def embed(encoder, texts: list[str], desc: str) -> np.ndarray:
    step = 1024
    parts = [
        encoder.encode(texts[i : i + step])
        for i in tqdm(range(0, len(texts), step), desc=desc, unit="batch")
    ]
    return np.vstack(parts)


def train(encoder_name: str = DEFAULT_ENCODER) -> tuple[OriginalityModel, float]:
    np.random.seed(SEED)
    encoder = get_encoder(encoder_name)
    rows = read_ocsai("train")
    prompts = sorted({r.prompt for r in rows})
    index = {p: i for i, p in enumerate(prompts)}
    embeddings = embed(
        encoder, [r.response for r in rows], f"embedding {len(rows)} training responses"
    )
    prompt_embeddings = encoder.encode(prompts)
    prompt_index = np.array([index[r.prompt] for r in rows])
    ratings = np.array([r.rating for r in rows], dtype=np.float32)
    reference = Reference(prompts, prompt_embeddings, embeddings, prompt_index, ratings)
    x = features(
        reference, prompt_embeddings[prompt_index], embeddings, exclude=np.arange(len(rows))
    )
    mean, scale, weights, bias = fit_ridge(x, ratings, ALPHA)
    model = OriginalityModel(encoder_name, reference, mean, scale, weights, bias)
    val = read_ocsai("val")
    predicted = np.concatenate(
        [
            model.predict(encoder, p, [r.response for r in val if r.prompt == p])
            for p in sorted({r.prompt for r in val})
        ]
    )
    truth = np.concatenate(
        [[r.rating for r in val if r.prompt == p] for p in sorted({r.prompt for r in val})]
    )
    return model, float(np.corrcoef(predicted, truth)[0, 1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--encoder", choices=sorted(ENCODERS), default=DEFAULT_ENCODER)
    args = parser.parse_args()
    start = time.perf_counter()
    model, r = train(args.encoder)
    MODELS.mkdir(exist_ok=True)
    path = model_path(args.encoder)
    model.save(path)
    print(
        f"encoder {args.encoder}: val r = {r:.3f}; saved {path} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - start:.0f} s"
    )


if __name__ == "__main__":
    main()
