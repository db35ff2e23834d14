import shutil
import subprocess

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

from innospark.diagnostic.models import Item, ItemText, Skill, SkillText
from innospark.toolkit.models import Technique, TechniqueText


def test_every_catalogue_is_complete_and_current(tmp_path, monkeypatch):
    """Extract the strings afresh: every one must be translated, none fuzzy, in all six languages."""
    locale = tmp_path / "locale"
    shutil.copytree(settings.BASE_DIR / "locale", locale)
    monkeypatch.chdir(settings.BASE_DIR)
    monkeypatch.setattr(settings, "LOCALE_PATHS", [locale])
    call_command(
        "makemessages",
        locale=settings.LANGUAGE_CODES,
        no_location=True,
        no_obsolete=True,
        verbosity=0,
        ignore_patterns=[".venv/*", "staticfiles/*", "e2e/*", "bench/*"],
    )
    problems = []
    for language in settings.LANGUAGE_CODES:
        catalogue = polib.pofile(str(locale / language / "LC_MESSAGES" / "django.po"))
        problems += [
            f"{language}: untranslated {e.msgid!r}" for e in catalogue.untranslated_entries()
        ]
        problems += [f"{language}: fuzzy {e.msgid!r}" for e in catalogue.fuzzy_entries()]
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("language", settings.LANGUAGE_CODES)
def test_compiled_catalogues_are_valid(language):
    po = settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], check=True)


@pytest.mark.django_db
def test_every_content_item_exists_in_every_language():
    languages = set(settings.LANGUAGE_CODES)
    for owner, texts, field in (
        (Skill, SkillText, "skill"),
        (Item, ItemText, "item"),
        (Technique, TechniqueText, "technique"),
    ):
        for obj in owner.objects.all():
            have = set(texts.objects.filter(**{field: obj}).values_list("language", flat=True))
            assert have == languages, f"{owner.__name__} {obj} lacks {languages - have}"


@pytest.mark.django_db
def test_the_root_picks_the_browsers_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="hu-HU,hu;q=0.9,en;q=0.5")
    assert response.status_code == 302 and response["Location"] == "/hu/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/en/"


@pytest.mark.django_db
def test_the_switcher_links_to_the_same_page_in_each_language(client):
    html = client.get("/it/diagnostic/about/").content.decode()
    for code in settings.LANGUAGE_CODES:
        assert f'href="/{code}/diagnostic/about/" lang="{code}"' in html
    assert 'lang="it" hreflang="it" aria-current="page"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", settings.LANGUAGE_CODES)
def test_pages_render_in_each_language(client, language):
    html = client.get(f"/{language}/").content.decode()
    assert f'<html lang="{language}">' in html
