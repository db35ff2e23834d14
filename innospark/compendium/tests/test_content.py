"""The compendium is complete and sourced: every case, every field, every language."""

import shutil

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.test import override_settings

from innospark.compendium.countries import PARTNERS
from innospark.compendium.models import Case, CaseText
from innospark.toolkit.models import TechniqueText

pytestmark = pytest.mark.django_db

TEXT_FIELDS = ["title", "summary", "challenge", "practice", "outcome"]


def test_at_least_30_cases_and_3_from_each_partner_country():
    assert Case.objects.count() >= 30
    for country in PARTNERS:
        assert Case.objects.filter(country=country).count() >= 3, country
    assert Case.objects.exclude(country__in=PARTNERS).exists()  # the rest from elsewhere


def test_every_case_has_every_field_and_a_source_in_every_language():
    for case in Case.objects.prefetch_related("texts", "techniques", "skills"):
        assert case.company and case.country and case.size and case.subsector
        assert 1990 <= case.year_from <= 2026
        assert case.year_to is None or case.year_from <= case.year_to
        assert case.sources, case.slug
        for source in case.sources:
            assert source["title"] and source["publisher"] and source["year"] >= 1990
            assert source["url"].startswith(("http://", "https://"))
        assert case.techniques.exists() and case.skills.exists(), case.slug
        texts = {t.language: t for t in case.texts.all()}
        assert sorted(texts) == sorted(settings.LANGUAGE_CODES), case.slug
        for language, text in texts.items():
            for field in TEXT_FIELDS:
                assert getattr(text, field).strip(), (case.slug, language, field)
            assert text.lessons and all(lesson.strip() for lesson in text.lessons)


def test_translations_are_not_copies_of_the_english_text():
    for case in Case.objects.prefetch_related("texts"):
        english = case.texts.get(language="en")
        for text in case.texts.exclude(language="en"):
            assert text.challenge != english.challenge, (case.slug, text.language)


def test_every_linked_technique_exists_in_every_language():
    for case in Case.objects.prefetch_related("techniques"):
        for technique in case.techniques.all():
            assert TechniqueText.objects.filter(technique=technique).count() == len(
                settings.LANGUAGE_CODES
            )


def test_sizes_are_mixed_and_smes_well_represented():
    sizes = set(Case.objects.values_list("size", flat=True))
    assert len(sizes) >= 3
    smes = Case.objects.exclude(size="large").count()
    assert smes >= Case.objects.count() / 3


@pytest.fixture
def content_copy(tmp_path, settings):
    target = tmp_path / "content"
    shutil.copytree(settings.CONTENT_DIR, target)
    return target


def snapshot():
    return sorted(map(str, CaseText.objects.values_list("case__slug", "language", "title")))


def _refused(content_copy, match):
    before = snapshot()
    with override_settings(CONTENT_DIR=content_copy), pytest.raises(CommandError, match=match):
        call_command("load_content")
    assert snapshot() == before


def _case_toml(content_copy):
    return content_copy / "compendium" / "cases" / "garage48-hackathons" / "case.toml"


def test_a_case_without_sources_is_refused(content_copy):
    path = _case_toml(content_copy)
    text = path.read_text()
    path.write_text(text[: text.index("[[sources]]")])
    _refused(content_copy, "at least one source")


def test_a_case_with_an_unknown_technique_is_refused(content_copy):
    path = _case_toml(content_copy)
    path.write_text(path.read_text().replace('techniques = ["', 'techniques = ["no-such-one", "'))
    _refused(content_copy, "no-such-one")


def test_a_source_without_a_url_is_refused(content_copy):
    path = _case_toml(content_copy)
    text = path.read_text()
    start = text.index('url = "')
    path.write_text(text[:start] + 'url = ""' + text[text.index("\n", start) :])
    _refused(content_copy, "every source needs")


def test_a_case_missing_a_language_is_refused(content_copy):
    (content_copy / "compendium" / "cases" / "garage48-hackathons" / "et.toml").unlink()
    _refused(content_copy, "garage48-hackathons/et.toml")
