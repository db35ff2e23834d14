"""The A to Z and the exercises are complete: every field, in all six languages, the same
set everywhere, and the loader refuses content that is not."""

import shutil
import tomllib

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.test import override_settings

from innospark.diagnostic.models import Skill
from innospark.toolkit.exercises import KINDS
from innospark.toolkit.models import Exercise, ExerciseText, Technique, TechniqueText

pytestmark = pytest.mark.django_db

TEXT_FIELDS = ["name", "purpose", "when", "example", "origin"]
LIST_FIELDS = ["steps", "variations", "tips", "traps"]


def test_there_are_at_least_80_techniques_each_in_every_language():
    assert Technique.objects.count() >= 80
    for language in settings.LANGUAGE_CODES:
        slugs = set(
            TechniqueText.objects.filter(language=language).values_list(
                "technique__slug", flat=True
            )
        )
        assert slugs == set(Technique.objects.values_list("slug", flat=True)), language


def test_every_technique_has_every_field_in_every_language():
    skills = set(Skill.objects.values_list("key", flat=True))
    for technique in Technique.objects.prefetch_related("texts", "skills", "related"):
        assert 1 <= technique.group_min <= technique.group_max
        assert technique.difficulty in ("easy", "medium", "advanced")
        assert technique.duration_minutes == sum(technique.step_minutes) > 0
        assert {s.key for s in technique.skills.all()} <= skills
        assert technique.skills.exists(), technique.slug
        assert technique.related.exists(), technique.slug
        texts = {t.language: t for t in technique.texts.all()}
        assert sorted(texts) == sorted(settings.LANGUAGE_CODES)
        for language, text in texts.items():
            for field in TEXT_FIELDS:
                assert getattr(text, field).strip(), (technique.slug, language, field)
            for field in LIST_FIELDS:
                values = getattr(text, field)
                assert values and all(v.strip() for v in values), (technique.slug, language, field)
            assert len(text.steps) == len(technique.step_minutes), (technique.slug, language)
            assert len(text.purpose) <= 200


def test_translations_are_not_copies_of_the_english_text():
    for technique in Technique.objects.prefetch_related("texts"):
        english = technique.texts.get(language="en")
        for text in technique.texts.exclude(language="en"):
            assert text.when != english.when, (technique.slug, text.language)
            assert text.steps != english.steps, (technique.slug, text.language)


def test_liberating_structures_carry_their_licence():
    for technique in Technique.objects.filter(credit__icontains="Liberating Structures"):
        assert "CC BY-SA 4.0" in technique.licence, technique.slug


def test_there_are_at_least_12_exercises_each_with_a_module_and_every_language():
    assert Exercise.objects.count() >= 12
    assert set(Exercise.objects.values_list("kind", flat=True)) == set(KINDS)
    for exercise in Exercise.objects.prefetch_related("texts"):
        texts = {t.language: t for t in exercise.texts.all()}
        assert sorted(texts) == sorted(settings.LANGUAGE_CODES), exercise.kind
        for language, text in texts.items():
            assert text.name and text.goal, (exercise.kind, language)
            assert len(text.steps) == len(exercise.steps)
            for step in text.steps:
                assert step["title"].strip() and step["instruction"].strip()
            for key in KINDS[exercise.kind].stimuli_keys:
                assert len(text.stimuli[key]) >= 10
        assert all(step["seconds"] > 0 for step in exercise.steps)
        assert exercise.skills


def test_the_same_stimuli_count_in_every_language():
    for exercise in Exercise.objects.all():
        english = ExerciseText.objects.get(exercise=exercise, language="en").stimuli
        for text in ExerciseText.objects.filter(exercise=exercise):
            assert {k: len(v) for k, v in text.stimuli.items()} == {
                k: len(v) for k, v in english.items()
            }


@pytest.fixture
def content_copy(tmp_path, settings):
    target = tmp_path / "content"
    shutil.copytree(settings.CONTENT_DIR, target)
    return target


def snapshot():
    return sorted(
        map(str, TechniqueText.objects.values_list("technique__slug", "language", "name"))
    )


def _refused(content_copy, match: str) -> None:
    before = snapshot()
    with override_settings(CONTENT_DIR=content_copy), pytest.raises(CommandError, match=match):
        call_command("load_content")
    assert snapshot() == before


def test_a_technique_without_tips_in_one_language_is_refused(content_copy):
    path = content_copy / "toolkit" / "techniques" / "scamper" / "et.toml"
    data = path.read_text()
    start = data.index("tips = [")
    end = data.index("]", start) + 1
    path.write_text(data[:start] + "tips = []" + data[end:])
    _refused(content_copy, "scamper/et.toml: missing or empty tips")


def test_steps_that_do_not_match_their_timings_are_refused(content_copy):
    path = content_copy / "toolkit" / "techniques" / "scamper" / "technique.toml"
    meta = tomllib.loads(path.read_text())
    minutes = meta["step_minutes"] + [5]
    path.write_text(
        path.read_text().replace(
            f"step_minutes = {meta['step_minutes']}", f"step_minutes = {minutes}"
        )
    )
    _refused(content_copy, "steps for")


def test_an_unknown_related_technique_is_refused(content_copy):
    path = content_copy / "toolkit" / "techniques" / "scamper" / "technique.toml"
    path.write_text(path.read_text().replace("related = [", 'related = ["no-such-thing", '))
    _refused(content_copy, "no-such-thing")


def test_an_unknown_placeholder_in_an_exercise_is_refused(content_copy):
    path = content_copy / "toolkit" / "exercises" / "random-word" / "hu.toml"
    path.write_text(path.read_text().replace("{word}", "{szo}"))
    _refused(content_copy, "unknown placeholders")


def test_an_exercise_without_a_module_is_refused(content_copy):
    shutil.copytree(
        content_copy / "toolkit" / "exercises" / "five-whys",
        content_copy / "toolkit" / "exercises" / "seven-whys",
    )
    path = content_copy / "toolkit" / "exercises" / "seven-whys" / "exercise.toml"
    path.write_text(path.read_text().replace('kind = "five-whys"', 'kind = "seven-whys"'))
    _refused(content_copy, "seven_whys.py")
