"""Train the originality models: ``python -m innospark.scoring.train --encoder use [--pool bg]``.

``--pool en`` (default) uses the 16,081 human-rated English responses with all features.
``--pool bg|et|hu`` uses our translation of 5,000 of them into that language and only the
neighbour features: for languages the encoders do not align with English, a response is
compared with rated responses in its own language. Deterministic: the committed artefacts can
be rebuilt exactly from data/aut/."""

import argparse
import json
import time
import tomllib
from collections import Counter
from pathlib import Path

import numpy as np
from tqdm import tqdm

from innospark.scoring.aut_data import DATA, Rated, read_ocsai, read_translated
from innospark.scoring.encoders import DEFAULT_ENCODER, ENCODERS, get_encoder
from innospark.scoring.originality import (
    OriginalityModel,
    Reference,
    features,
    fit_ridge,
    normalise_name,
)

MODELS = Path(__file__).resolve().parent / "models"
OBJECTS = Path(__file__).resolve().parent.parent.parent / "content" / "diagnostic" / "aut-objects"
ALPHA = {"full": 3000.0, "neighbours": 10.0}
SEED = 2016


def model_path(encoder: str, pool: str = "en") -> Path:
    suffix = "" if pool == "en" else f"_{pool}"
    return MODELS / f"aut_originality_{encoder}{suffix}.npz"


def read_pool(pool: str) -> tuple[list[Rated], list[str]]:
    """Rated responses in the pool's language, and each one's object by its English name."""
    if pool == "en":
        rows = read_ocsai("train")
        return rows, [r.prompt for r in rows]
    with (DATA / "translated" / "train5000.en.jsonl").open(encoding="utf-8") as fh:
        english = {r["id"]: r["prompt"] for r in map(json.loads, fh)}
    rows, objects = [], []
    with (DATA / "translated" / f"train5000.{pool}.jsonl").open(encoding="utf-8") as fh:
        for r in map(json.loads, fh):
            rows.append(Rated(r["prompt"], r["response"], float(r["rating"])))
            objects.append(english[r["id"]])
    return rows, objects


def known_names(objects: list[str], rows: list[Rated], pool_objects: list[str]) -> dict[str, int]:
    """Names of each object in every language: our content's and the pool's own words."""
    index = {name: i for i, name in enumerate(objects)}
    aliases = {normalise_name(name): i for name, i in index.items()}
    for folder in OBJECTS.glob("*/"):
        if folder.name in index:
            for path in folder.glob("??.toml"):
                aliases[normalise_name(tomllib.loads(path.read_text(encoding="utf-8"))["name"])] = (
                    index[folder.name]
                )
    for row, obj in zip(rows, pool_objects, strict=True):
        aliases.setdefault(normalise_name(row.prompt), index[obj])
    return aliases


def embed(encoder, texts: list[str], desc: str) -> np.ndarray:
    step = 1024
    parts = [
        encoder.encode(texts[i : i + step])
        for i in tqdm(range(0, len(texts), step), desc=desc, unit="batch")
    ]
    return np.vstack(parts)


def train(encoder_name: str = DEFAULT_ENCODER, pool: str = "en") -> OriginalityModel:
    np.random.seed(SEED)
    encoder = get_encoder(encoder_name)
    rows, pool_objects = read_pool(pool)
    objects = sorted(set(pool_objects))
    index = {name: i for i, name in enumerate(objects)}
    # each object's name as the pool writes it (its most common spelling)
    written = [
        Counter(r.prompt for r, o in zip(rows, pool_objects, strict=True) if o == name).most_common(
            1
        )[0][0]
        for name in objects
    ]
    embeddings = embed(
        encoder, [r.response for r in rows], f"embedding {len(rows)} rated responses ({pool})"
    )
    prompt_embeddings = encoder.encode(written)
    prompt_index = np.array([index[o] for o in pool_objects])
    ratings = np.array([r.rating for r in rows], dtype=np.float32)
    reference = Reference(
        objects,
        prompt_embeddings,
        embeddings,
        prompt_index,
        ratings,
        known_names(objects, rows, pool_objects),
    )
    feature_set = "full" if pool == "en" else "neighbours"
    x = features(
        reference,
        prompt_embeddings[prompt_index],
        embeddings,
        exclude=np.arange(len(rows)),
        prompt_ids=prompt_index,
        feature_set=feature_set,
    )
    mean, scale, weights, bias = fit_ridge(x, ratings, ALPHA[feature_set])
    return OriginalityModel(encoder_name, reference, mean, scale, weights, bias, feature_set)


def evaluate(model: OriginalityModel, encoder, rows: list[Rated]) -> float:
    predicted, truth = [], []
    for prompt in sorted({r.prompt for r in rows}):
        group = [r for r in rows if r.prompt == prompt]
        predicted.extend(model.predict(encoder, prompt, [r.response for r in group]))
        truth.extend(r.rating for r in group)
    return float(np.corrcoef(predicted, truth)[0, 1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--encoder", choices=sorted(ENCODERS), default=DEFAULT_ENCODER)
    parser.add_argument(
        "--pool",
        default="en",
        help="en, or a language with data/aut/translated/train5000.<lang>.jsonl",
    )
    args = parser.parse_args()
    start = time.perf_counter()
    model = train(args.encoder, args.pool)
    MODELS.mkdir(exist_ok=True)
    path = model_path(args.encoder, args.pool)
    model.save(path)
    held_out = read_ocsai("val") if args.pool == "en" else read_translated(args.pool)
    r = evaluate(model, get_encoder(args.encoder), held_out)
    print(
        f"encoder {args.encoder}, pool {args.pool}: held-out r = {r:.3f} (n={len(held_out)}); "
        f"saved {path.name} ({path.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - start:.0f} s"
    )


if __name__ == "__main__":
    main()
