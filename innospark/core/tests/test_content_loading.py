import shutil

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from innospark.diagnostic.models import Item, ItemText, Skill, SkillText
from innospark.toolkit.models import Technique, TechniqueText

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        model.__name__: sorted(map(str, model.objects.values_list()))
        for model in (Skill, SkillText, Item, ItemText, Technique, TechniqueText)
    }


def test_loading_twice_changes_nothing(capsys):
    before = snapshot()
    call_command("load_content")
    out = capsys.readouterr().out
    assert "0 created, 0 updated" in out
    assert snapshot() == before


def test_the_instrument_has_15_skills_in_three_groups_of_five():
    assert Skill.objects.count() == 15
    for group in ("general", "soft", "problem-solving"):
        assert Skill.objects.filter(group=group).count() == 5
    for skill in Skill.objects.prefetch_related("items"):
        items = list(skill.items.all())
        assert 4 <= len(items) <= 6
        assert any(item.reverse for item in items)


@pytest.fixture
def content_copy(tmp_path, settings):
    target = tmp_path / "content"
    shutil.copytree(settings.CONTENT_DIR, target)
    return target


def test_a_missing_language_is_refused_and_nothing_changes(content_copy):
    (content_copy / "diagnostic" / "skills" / "courage" / "et.toml").unlink()
    text = (content_copy / "diagnostic" / "skills" / "design" / "en.toml").read_text()
    (content_copy / "diagnostic" / "skills" / "design" / "en.toml").write_text(
        text.replace('name = "Design"', 'name = "Product design"')
    )
    before = snapshot()
    with (
        override_settings(CONTENT_DIR=content_copy),
        pytest.raises(CommandError, match="courage/et.toml"),
    ):
        call_command("load_content")
    assert snapshot() == before


def test_an_edit_in_a_content_file_updates_just_that_row(content_copy, capsys):
    path = content_copy / "toolkit" / "techniques" / "scamper" / "hu.toml"
    path.write_text(path.read_text().replace('name = "', 'name = "Új ', 1))
    with override_settings(CONTENT_DIR=content_copy):
        call_command("load_content")
    assert "0 created, 1 updated" in capsys.readouterr().out
    assert TechniqueText.objects.get(technique__slug="scamper", language="hu").name.startswith(
        "Új "
    )


def test_a_technique_that_does_not_exist_is_refused(content_copy):
    path = content_copy / "diagnostic" / "skills" / "design" / "skill.toml"
    path.write_text(
        path.read_text().replace("techniques = [", 'techniques = ["no-such-technique", ')
    )
    with (
        override_settings(CONTENT_DIR=content_copy),
        pytest.raises(CommandError, match="no-such-technique"),
    ):
        call_command("load_content")
