"""Interactive exercise kinds. Each kind is one module here named after it (hyphens become
underscores) defining KIND, plus one content folder; see README.md for the checklist."""

import importlib
import pkgutil

from innospark.toolkit.exercises.base import ExerciseKind

_SKIP = {"base", "inputs", "charts"}


def _discover() -> dict[str, ExerciseKind]:
    kinds = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name in _SKIP:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        kinds[module.KIND.kind] = module.KIND
    return kinds


KINDS: dict[str, ExerciseKind] = _discover()


def kind_for(name: str) -> ExerciseKind:
    return KINDS[name]
