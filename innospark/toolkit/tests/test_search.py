"""Search in the current language ignores accents and case; filters narrow the A to Z."""

import re

import pytest

from innospark.core.text import fold
from innospark.toolkit.models import Technique, TechniqueText

pytestmark = pytest.mark.django_db

ACCENTED = re.compile(r"\w*[^\W\d_a-zA-Z\u0400-\u04ff]\w*")


def test_fold_strips_accents_and_case():
    assert fold("Ötletelés ÁRVÍZTŰRŐ") == "otleteles arvizturo"
    assert fold("Lluvia de IDEAS: diseño") == "lluvia de ideas: diseno"
    assert fold("Mõttekaart") == "mottekaart"
    assert fold("МОЗЪЧНА атака") == "мозъчна атака"


@pytest.mark.parametrize("language", ["it", "es", "et", "hu"])
def test_an_unaccented_query_finds_accented_words(client, language):
    """For every technique name in the language that has an accented word, typing that word
    without accents, in capitals, finds the technique."""
    checked = 0
    for text in TechniqueText.objects.filter(language=language):
        words = ACCENTED.findall(text.name)
        if not words:
            continue
        query = fold(words[0]).upper()
        assert query.lower() != words[0].lower()  # the query really lacks the accents
        body = client.get(f"/{language}/toolkit/", {"q": query}).content.decode()
        assert f'href="/{language}/toolkit/techniques/{text.technique.slug}/"' in body, query
        checked += 1
    assert checked >= 3, f"too few accented names in {language} to test"


def test_search_is_in_the_current_language_only(client):
    english = TechniqueText.objects.get(technique__slug="six-thinking-hats", language="en")
    italian = TechniqueText.objects.get(technique__slug="six-thinking-hats", language="it")
    assert fold(italian.name) != fold(english.name)
    word = fold(italian.name).split()[0]
    matches_en = TechniqueText.objects.in_language("en").matching(word)
    matches_it = TechniqueText.objects.in_language("it").matching(word)
    assert italian in matches_it
    assert all(t.language == "en" for t in matches_en)


def test_every_word_must_match(client):
    response = client.get("/en/toolkit/", {"q": "scamper zzzqqq"})
    assert 'href="/en/toolkit/techniques/scamper/"' not in response.content.decode()
    response = client.get("/en/toolkit/", {"q": "SCAMPER"})
    assert 'href="/en/toolkit/techniques/scamper/"' in response.content.decode()


def _listed(response) -> set[str]:
    return set(re.findall(r'href="/\w\w/toolkit/techniques/([\w-]+)/"', response.content.decode()))


def test_each_filter_keeps_only_matching_techniques(client):
    everything = _listed(client.get("/en/toolkit/"))
    assert len(everything) == Technique.objects.count()
    cases = {
        "group=alone": lambda t: t.group_min == 1,
        "group=large": lambda t: t.group_max >= 9,
        "duration=15": lambda t: t.duration_minutes <= 15,
        "duration=long": lambda t: t.duration_minutes > 120,
        "difficulty=advanced": lambda t: t.difficulty == "advanced",
        "online=no": lambda t: not t.online,
        "skill=courage": lambda t: t.skills.filter(key="courage").exists(),
    }
    for query, rule in cases.items():
        listed = _listed(client.get(f"/en/toolkit/?{query}"))
        expected = {t.slug for t in Technique.objects.all() if rule(t)}
        assert listed == expected, query
        assert 0 < len(listed) < len(everything), query


def test_filters_combine(client):
    listed = _listed(client.get("/es/toolkit/?group=alone&online=yes&difficulty=easy"))
    expected = {
        t.slug for t in Technique.objects.filter(group_min=1, online=True, difficulty="easy")
    }
    assert listed == expected and listed


def test_a_bad_filter_value_is_reported_in_the_users_language(client):
    response = client.get("/es/toolkit/?duration=forever")
    assert response.status_code == 200
    body = response.content.decode()
    assert "error-summary" in body
    assert "forever" in body  # Django's own message, in Spanish, names the value
    assert "Escoja una opción válida" in body
    assert len(_listed(response)) == Technique.objects.count()


def test_htmx_gets_just_the_results(client):
    response = client.get("/en/toolkit/?q=scamper", HTTP_HX_REQUEST="true")
    body = response.content.decode()
    assert "<html" not in body
    assert 'href="/en/toolkit/techniques/scamper/"' in body
