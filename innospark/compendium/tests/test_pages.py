"""Finding cases: browse, filter, accent-free search; links between cases, techniques and
skills; the booklet."""

import re

import pytest

from innospark.compendium.booklet import render_booklet
from innospark.compendium.models import Case, CaseText
from innospark.core.text import fold

pytestmark = pytest.mark.django_db

ACCENTED = re.compile(r"\w*[^\W\d_a-zA-Z\u0400-\u04ff]\w*")


def _listed(response) -> set[str]:
    return set(re.findall(r'href="/\w\w/compendium/([\w-]+)/"', response.content.decode()))


def test_every_filter_keeps_exactly_the_matching_cases(client):
    everything = _listed(client.get("/en/compendium/"))
    assert everything == set(Case.objects.values_list("slug", flat=True))
    some = Case.objects.prefetch_related("techniques", "skills").first()
    technique = some.techniques.first().slug
    skill = some.skills.first().key
    cases = {
        f"country={some.country}": lambda c: c.country == some.country,
        f"technique={technique}": lambda c: c.techniques.filter(slug=technique).exists(),
        f"skill={skill}": lambda c: c.skills.filter(key=skill).exists(),
        f"size={some.size}": lambda c: c.size == some.size,
        f"subsector={some.subsector}": lambda c: c.subsector == some.subsector,
    }
    for query, rule in cases.items():
        listed = _listed(client.get(f"/bg/compendium/?{query}"))
        expected = {c.slug for c in Case.objects.all() if rule(c)}
        assert listed == expected, query
        assert some.slug in listed


def test_a_bad_filter_value_is_reported_in_the_users_language(client):
    response = client.get("/it/compendium/?country=XX")
    body = response.content.decode()
    assert response.status_code == 200 and "error-summary" in body and "XX" in body
    assert len(_listed(response)) == Case.objects.count()


@pytest.mark.parametrize("language", ["es", "hu", "et", "it"])
def test_an_unaccented_query_finds_accented_words(client, language):
    checked = 0
    for text in CaseText.objects.filter(language=language):
        words = [w for w in ACCENTED.findall(f"{text.title} {text.summary}") if len(w) > 4]
        if not words:
            continue
        query = fold(words[0]).upper()
        assert query.lower() != words[0].lower()
        listed = _listed(client.get(f"/{language}/compendium/", {"q": query}))
        assert text.case.slug in listed, (language, query)
        checked += 1
    assert checked >= 3


def test_search_finds_a_company_by_name(client):
    listed = _listed(client.get("/et/compendium/", {"q": "garage48"}))
    assert "garage48-hackathons" in listed


def test_a_case_page_links_its_techniques_skills_and_sources(client):
    case = Case.objects.prefetch_related("techniques", "skills").get(slug="garage48-hackathons")
    body = client.get("/hu/compendium/garage48-hackathons/").content.decode()
    for technique in case.techniques.all():
        assert f'href="/hu/toolkit/techniques/{technique.slug}/"' in body
    for skill in case.skills.all():
        assert f"?skill={skill.key}" in body
    for source in case.sources:
        assert source["url"] in body


def test_a_technique_page_lists_the_cases_that_use_it(client):
    for case in Case.objects.prefetch_related("techniques")[:5]:
        technique = case.techniques.first()
        body = client.get(f"/es/toolkit/techniques/{technique.slug}/").content.decode()
        assert f'href="/es/compendium/{case.slug}/"' in body


@pytest.mark.parametrize("language", ["en", "bg"])
def test_the_booklet_is_a_pdf_with_a_contents_page_pointing_at_every_case(client, language):
    response = client.get(f"/{language}/compendium/booklet.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    document = render_booklet(language)
    anchors = {name: n for n, page in enumerate(document.pages) for name in page.anchors}
    slugs = list(Case.objects.values_list("slug", flat=True))
    case_pages = [anchors[f"case-{slug}"] for slug in slugs]
    assert len(set(case_pages)) == len(slugs)  # each case starts on its own page
    assert min(case_pages) >= 2  # after the cover and the contents
    contents = document.pages[1 : min(case_pages)]
    targets = {link[1] for page in contents for link in page.links}
    assert targets >= {f"case-{slug}" for slug in slugs}
