"""Reading the human-rated Alternative Uses Task data (Organisciak et al., 2023) and our
translations of part of its validation split."""

import json
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "data" / "aut"


@dataclass(frozen=True)
class Rated:
    prompt: str
    response: str
    rating: float  # mean human originality, 1-5


def read_ocsai(split: str, base: Path = DATA) -> list[Rated]:
    """``split`` is train or val: lines of {"prompt": "AUT Prompt:<object>\\nResponse:<text>...", "completion": "<rating x 10>"}."""
    rows = []
    with (base / f"ocsai_main2_{split}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            head, rest = record["prompt"].split("\nResponse:", 1)
            rows.append(
                Rated(
                    prompt=head.split(":", 1)[1].strip(),
                    response=rest.rsplit("\nScore:", 1)[0].strip(),
                    rating=int(record["completion"]) / 10,
                )
            )
    return rows


def read_translated(language: str, base: Path = DATA) -> list[Rated]:
    path = base / "translated" / f"val300.{language}.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [Rated(r["prompt"], r["response"], float(r["rating"])) for r in map(json.loads, fh)]
