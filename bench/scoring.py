"""Accuracy and speed of the AUT originality scorer. Prints figures; not part of `make test`.

Usage: .venv/bin/python bench/scoring.py [--encoder use|e5]
"""

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from innospark.scoring.aut_data import read_ocsai, read_translated  # noqa: E402
from innospark.scoring.encoders import DEFAULT_ENCODER, get_encoder  # noqa: E402
from innospark.scoring.originality import OriginalityModel  # noqa: E402
from innospark.scoring.train import model_path  # noqa: E402

LANGUAGES = ["bg", "it", "es", "et", "hu"]


def pearson(model, encoder, rows) -> float:
    predicted, truth = [], []
    for prompt in sorted({r.prompt for r in rows}):
        group = [r for r in rows if r.prompt == prompt]
        predicted.extend(model.predict(encoder, prompt, [r.response for r in group]))
        truth.extend(r.rating for r in group)
    return float(np.corrcoef(predicted, truth)[0, 1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--encoder", default=DEFAULT_ENCODER)
    args = parser.parse_args()
    start = time.perf_counter()
    encoder = get_encoder(args.encoder)
    encoder.encode(["warm-up"])
    model = OriginalityModel.load(model_path(args.encoder))
    print(f"model load (encoder + artefact): {time.perf_counter() - start:.2f} s")
    val = read_ocsai("val")
    print(f"en  val (n={len(val)}): r = {pearson(model, encoder, val):.3f}")
    en300 = read_translated("en")
    print(f"en  translated subset (n={len(en300)}): r = {pearson(model, encoder, en300):.3f}")
    for language in LANGUAGES:
        rows = read_translated(language)
        print(f"{language}  translated (n={len(rows)}): r = {pearson(model, encoder, rows):.3f}")
    responses = [r.response for r in val] * 5
    prompts = sorted({r.prompt for r in val})
    start = time.perf_counter()
    for prompt in prompts:
        model.predict(encoder, prompt, [r.response for r in val if r.prompt == prompt] * 5)
    elapsed = time.perf_counter() - start
    print(
        f"throughput: {len(responses) / elapsed:.0f} responses/s ({len(responses)} responses, {len(prompts)} objects)"
    )


if __name__ == "__main__":
    main()
