"""Accuracy and speed of the AUT originality scorer. Prints figures; not part of `make test`.

Usage: .venv/bin/python bench/scoring.py            (the models the diagnostic uses per language)
       .venv/bin/python bench/scoring.py --all      (also every other trained model, for comparison)
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from innospark.scoring.aut_data import read_ocsai, read_translated  # noqa: E402
from innospark.scoring.scorer import MODEL_FOR_LANGUAGE, scorer_by_model  # noqa: E402
from innospark.scoring.train import MODELS, evaluate  # noqa: E402

TARGETS = {"en": 0.80, "other": 0.70}


def held_out(language: str):
    return read_ocsai("val") if language == "en" else read_translated(language)


def throughput(scorer, language: str) -> float:
    rows = held_out(language)
    prompts = sorted({r.prompt for r in rows})
    start = time.perf_counter()
    count = 0
    for prompt in prompts:
        responses = [r.response for r in rows if r.prompt == prompt] * 4
        scorer.originality(prompt, responses)
        count += len(responses)
    return count / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()
    print("language  model          n     r      target  responses/s  load s")
    misses = []
    for language, (encoder_name, pool) in MODEL_FOR_LANGUAGE.items():
        start = time.perf_counter()
        scorer = scorer_by_model(encoder_name, pool)
        scorer.encoder.encode(["warm-up"])
        scorer.model  # noqa: B018  (loads the artefact)
        load = time.perf_counter() - start
        rows = held_out(language)
        r = evaluate(scorer.model, scorer.encoder, rows)
        target = TARGETS["en"] if language == "en" else TARGETS["other"]
        speed = throughput(scorer, language)
        print(
            f"{language:8}  {encoder_name}/{pool:9} {len(rows):5}  {r:.3f}  {target:.2f}    {speed:8.0f}  {load:6.2f}"
        )
        if r < target:
            misses.append(f"{language} r={r:.3f}<{target}")
    if args.all:
        for path in sorted(MODELS.glob("aut_originality_*.npz")):
            parts = path.stem.split("_")[2:]
            encoder_name, pool = parts[0], parts[1] if len(parts) > 1 else "en"
            scorer = scorer_by_model(encoder_name, pool)
            languages = ["en", "it", "es", "bg", "et", "hu"] if pool == "en" else [pool]
            figures = " ".join(
                f"{lang}={evaluate(scorer.model, scorer.encoder, held_out(lang)):.3f}"
                for lang in languages
            )
            print(f"all models: {encoder_name}/{pool}: {figures}")
    sizes = ", ".join(
        f"{p.name} {p.stat().st_size / 1e6:.1f} MB" for p in sorted(MODELS.glob("*.npz"))
    )
    print(f"artefacts: {sizes}")
    print(
        "summary: " + ("all targets met" if not misses else "targets missed: " + ", ".join(misses))
    )


if __name__ == "__main__":
    main()
