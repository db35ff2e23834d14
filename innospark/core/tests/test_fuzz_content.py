"""Hypothesis on content import: real content files, mutated (keys dropped, values of the wrong
type, random strings, invalid TOML or CSV), go through the loaders exactly as load_content runs
them (inside one transaction). A load either succeeds or stops with ContentError, never with
another exception, and a refused load leaves the database as it was.

Each example loads one item: the content folder is a small temporary tree holding the mutated
item (and what it needs to load: its exercise siblings, ten AUT objects; RAT problems are
loaded for one language, from a file cut to a few more than the minimum), and the database
holds no other rows of the item's kind, so a load stays cheap."""

import csv
import io
import shutil
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
import tomli_w
from django.conf import settings
from django.db import transaction
from hypothesis import given
from hypothesis import strategies as st

from innospark.compendium.content import load_cases
from innospark.compendium.models import Case, CaseText
from innospark.core.content import ContentError, LoadReport
from innospark.core.tests.fuzzing import COUNTS, NASTY, fuzz, huge
from innospark.diagnostic.content import load_skills
from innospark.diagnostic.models import Item, ItemText, Skill, SkillText
from innospark.diagnostic.task_content import (
    MIN_OBJECTS,
    MIN_RAT_PROBLEMS,
    load_aut_objects,
    load_rat_problems,
)
from innospark.diagnostic.task_models import AutObject, AutObjectText, RatProblem
from innospark.toolkit.content import load_exercises, load_techniques
from innospark.toolkit.models import Exercise, ExerciseText, Technique, TechniqueText

pytestmark = pytest.mark.django_db
CONTENT = Path(settings.CONTENT_DIR)


@dataclass
class Target:
    """One item of one kind: where it lives, what else must sit beside it, its rows."""

    folder: str  # the item's folder (or, for RAT, the folder of the CSV files)
    item: str  # the mutated item's folder name, or the RAT language
    loader: object
    models: tuple
    siblings: int = 0  # how many other items of the kind the loader needs
    examples: int = 100  # fewer where a load costs more (exercises load all 13 kinds)


TARGETS = {
    "technique": Target("toolkit/techniques", "scamper", load_techniques, (Technique, TechniqueText), examples=550),
    "skill": Target("diagnostic/skills", "design", load_skills, (Skill, SkillText, Item, ItemText), examples=550),
    "exercise": Target("toolkit/exercises", "random-word", load_exercises, (Exercise, ExerciseText), siblings=99, examples=50),
    "case": Target("compendium/cases", sorted(p.name for p in (CONTENT / "compendium/cases").iterdir())[0], load_cases, (Case, CaseText), examples=550),
    "aut-object": Target("diagnostic/aut-objects", "brick", load_aut_objects, (AutObject, AutObjectText), siblings=MIN_OBJECTS - 1, examples=60),
    "rat": Target("diagnostic/rat", "it", load_rat_problems, (RatProblem,), examples=100),
}  # fmt: skip


def fingerprint(target: Target) -> list:
    return [sorted(map(str, model.objects.values_list())) for model in target.models]


def build_tree(root: Path, target: Target) -> Path:
    """A content folder for one item: the item copied (it gets mutated), everything else it
    needs linked to the real files. Returns the folder of the mutated item."""
    for name in ("diagnostic/skills", "toolkit/techniques"):  # keys and slugs to check against
        (root / name).parent.mkdir(parents=True, exist_ok=True)
    base = root / target.folder
    base.mkdir(parents=True, exist_ok=True)
    real = CONTENT / target.folder
    if target.folder == "diagnostic/rat":  # the loader is run for this language alone
        lines = (real / f"{target.item}.csv").read_text().splitlines(keepends=True)
        (base / f"{target.item}.csv").write_text("".join(lines[: MIN_RAT_PROBLEMS + 2]))
        return base
    shutil.copytree(real / target.item, base / target.item)
    others = [p for p in sorted(real.iterdir()) if p.is_dir() and p.name != target.item]
    for path in others[: target.siblings]:
        (base / path.name).symlink_to(path)
    skills = root / "diagnostic/skills"
    if not skills.exists():
        skills.symlink_to(CONTENT / "diagnostic/skills")
    techniques = root / "toolkit/techniques"
    if target.folder == "diagnostic/skills":  # the plan's favourites must list the skill
        favourites = tomllib.loads((real / target.item / "skill.toml").read_text())["techniques"]
        techniques.mkdir(parents=True)
        for slug in favourites:
            (techniques / slug).symlink_to(CONTENT / "toolkit/techniques" / slug)
    elif not techniques.exists():
        techniques.symlink_to(CONTENT / "toolkit/techniques")
    if target.folder == "toolkit/techniques":  # alone in its folder: no related techniques
        path = base / target.item / "technique.toml"
        meta = tomllib.loads(path.read_text())
        path.write_text(tomli_w.dumps({**meta, "related": []}))
    return base / target.item


def keep_only(target: Target, folder: Path) -> None:
    """Rows of other items of the kind would be deleted by every load: delete them once."""
    names = {p.name for p in folder.parent.iterdir()}
    if target.folder == "toolkit/techniques":
        Technique.objects.exclude(slug__in=names).delete()
    elif target.folder == "diagnostic/skills":
        Skill.objects.exclude(key__in=names).delete()
    elif target.folder == "compendium/cases":
        Case.objects.exclude(slug__in=names).delete()
    elif target.folder == "diagnostic/aut-objects":
        AutObject.objects.exclude(slug__in=names).delete()


# Values of every TOML type, and of no type the loaders expect.
SCALARS = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.integers(min_value=-2, max_value=10),
    st.floats(allow_nan=False),
    st.booleans(),
    st.sampled_from(NASTY),
    st.text(max_size=20),
    huge(2_000),
    st.datetimes(),
)
VALUES = st.one_of(
    SCALARS,
    st.lists(SCALARS, max_size=3),
    st.dictionaries(st.text(min_size=1, max_size=8), SCALARS, max_size=3),
)


def paths(value, prefix=()) -> list[tuple]:
    """Every place in a parsed file that a mutation can hit."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += paths(inner, (*prefix, index))
    return found


def mutate_data(data: dict, draw) -> dict:
    for _ in range(draw(st.integers(1, 3))):
        where = paths(data)
        if not where:
            break
        path = draw(st.sampled_from(where))
        parent = data
        for step in path[:-1]:
            parent = parent[step]
        if draw(st.booleans()):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(VALUES)
    return data


def mutate_bytes(raw: bytes, draw) -> bytes:
    """Broken files: cut short, bytes inserted (not always UTF-8), or something else."""
    cut = draw(st.integers(0, len(raw)))
    junk = draw(st.one_of(st.binary(max_size=8), st.sampled_from([b"\xff\xfe", b"[[", b'"', b"="])))
    return draw(st.sampled_from([raw[:cut], raw[:cut] + junk + raw[cut:], junk]))


def mutate_csv(text: str, draw) -> str:
    rows = list(csv.reader(io.StringIO(text)))
    for _ in range(draw(st.integers(1, 3))):
        row = draw(st.integers(0, len(rows) - 1))
        action = draw(st.sampled_from(["cell", "drop-row", "drop-column"]))
        if action == "drop-row" and len(rows) > 1:
            del rows[row]
        elif action == "drop-column" and rows[row]:
            del rows[row][draw(st.integers(0, len(rows[row]) - 1))]
        elif rows[row]:
            column = draw(st.integers(0, len(rows[row]) - 1))
            rows[row][column] = str(draw(SCALARS))
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


def mutate(path: Path, original: bytes, draw) -> bytes:
    if draw(st.integers(0, 4)) == 0:
        return mutate_bytes(original, draw)
    if path.suffix == ".csv":
        return mutate_csv(original.decode(), draw).encode()
    data = mutate_data(tomllib.loads(original.decode()), draw)
    return tomli_w.dumps(data).encode()


def run_loader(target: Target, before: list) -> None:
    """As load_content does: one transaction, ContentError or success; then back to before
    (so every example starts from the same rows, ``before``)."""
    COUNTS["inputs"] += 1
    try:
        with transaction.atomic():
            try:
                with transaction.atomic():
                    target.loader(LoadReport())
            except ContentError:
                assert fingerprint(target) == before, "a refused load changed the database"
            transaction.set_rollback(True)
    except Exception:
        COUNTS["server_errors"] += 1
        raise


@pytest.fixture
def tree(request, tmp_path, settings):
    target = TARGETS[request.param]
    folder = build_tree(tmp_path / "content", target)
    settings.CONTENT_DIR = tmp_path / "content"
    if target.folder == "diagnostic/rat":
        settings.LANGUAGE_CODES = [target.item]
    keep_only(target, folder)
    if target.folder == "diagnostic/rat":
        files = [folder / f"{target.item}.csv"]
    else:
        files = sorted(folder.glob("*"))
    return target, {path: path.read_bytes() for path in files}, fingerprint(target)


@pytest.mark.parametrize("tree", list(TARGETS), indirect=True)
def test_a_mutated_content_file_loads_or_is_refused_cleanly(tree):
    target, originals, before = tree

    @fuzz(target.examples)
    @given(data=st.data())
    def load_mutated(data):
        for path, original in originals.items():  # the previous example's mutation undone
            path.write_bytes(original)
        path = data.draw(st.sampled_from(sorted(originals)), label="file")
        path.write_bytes(mutate(path, originals[path], data.draw))
        run_loader(target, before)

    load_mutated()
