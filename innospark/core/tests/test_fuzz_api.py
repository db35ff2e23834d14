"""Schemathesis against /api/v1/openapi.json, in-process through the WSGI application: every
operation, valid and invalid requests, never a server error, every answer as its schema says.

Random tokens, keys and ids would only ever reach the 401 and 404 branches, so about half of
the parameters are swapped for real ones: a live session's token and id, an organisation's API
key and campaign, real slugs, codes, languages and statement keys."""

from urllib.parse import quote

import pytest
import schemathesis
from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import given
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from innospark.compendium.models import Case
from innospark.core.tests.fuzzing import fuzz, raise_rate_limits, record, text
from innospark.diagnostic import services
from innospark.diagnostic.models import Item
from innospark.insights.models import Indicator
from innospark.organisations.services import api_key_create, campaign_create, organisation_create
from innospark.toolkit.forms import DURATIONS, GROUPS
from innospark.toolkit.models import Technique
from innospark.wsgi import application

pytestmark = pytest.mark.django_db
EXAMPLES_PER_OPERATION = 100
FEWER = {  # these run the text-scoring models on every answer
    "POST /api/v1/scoring/aut": 25,
    "POST /api/v1/diagnostic/sessions/{session_id}/answers": 80,
}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


# Loaded once, when the tests are collected: building the schema needs no database.
SCHEMA = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]


class World:
    """Real objects for the generated requests to use: a session (its token changes when the
    API resumes it), an organisation with a campaign and an API key."""

    def __init__(self):
        started = services.session_start(language="en")
        self.session, self.token, self.code = started.session, started.token, started.resume_code
        organisation = organisation_create(name="Fuzz Ltd", owner=None)
        self.campaign = campaign_create(organisation=organisation, name="Q1", languages=["en"])
        self.key = api_key_create(organisation=organisation).secret
        other = services.session_start(language="bg")
        self.other_session = other.session
        task_keys = [task["key"] for task in self.session.tasks]
        self.values = {
            "session_id": [str(self.session.id), str(self.other_session.id)],
            "campaign_id": [self.campaign.pk],
            "language": settings.LANGUAGE_CODES,
            "join_code": [self.campaign.join_code, self.campaign.join_code.lower()],
            "code": [self.code],
            "item": list(Item.objects.values_list("key", flat=True)) + task_keys,
            "group": list(GROUPS),
            "duration": list(DURATIONS),
            "online": ["yes", "no"],
            "countries": ["EU,BG", "it, es", "UK"],
        }
        self.slugs = {
            "toolkit": list(Technique.objects.values_list("slug", flat=True)[:20]),
            "compendium": list(Case.objects.values_list("slug", flat=True)[:20]),
            "insights": list(Indicator.objects.values_list("code", flat=True)),
        }

    def real(self, name: str, path: str) -> list:
        if name in ("slug", "code") and "{" + name + "}" in path:
            return self.slugs[path.split("/")[3]]
        return self.values.get(name, [])

    def apply(self, case, draw) -> None:
        """Swap parameters for real values (or hostile text: NUL bytes, huge values...)."""
        path = case.operation.path
        body = case.body if isinstance(case.body, dict) else None
        for container in (case.path_parameters, case.query, body):
            for name in list(container or {}):
                in_path = container is case.path_parameters  # typed into a URL: %-encoded
                self.swap(container, name, self.real(name, path), draw, encode=in_path)
        answers = body.get("answers") if body else None
        for answer in answers if isinstance(answers, list) else []:
            if isinstance(answer, dict) and "item" in answer:
                self.swap(answer, "item", self.values["item"], draw)
                if str(answer.get("item")).startswith("aut-"):  # ideas for an AUT task
                    self.swap(answer, "value", [["a doorstop", "a paperweight"]], draw)
        if "{session_id}" in path and draw(st.booleans()):
            case.headers["Authorization"] = f"Bearer {self.token}"
        if path.startswith("/api/v1/campaigns") and draw(st.booleans()):
            case.headers["X-API-Key"] = self.key

    @staticmethod
    def swap(container: dict, name: str, choices: list, draw, encode: bool = False) -> None:
        how = draw(st.sampled_from(["keep", "real", "hostile"]))
        if how == "real" and choices:
            container[name] = draw(st.sampled_from(choices))
        elif how == "hostile" and isinstance(container[name], str):
            value = draw(text())
            container[name] = quote(value, safe="") if encode else value

    def after(self, case, response) -> None:
        if case.operation.path.endswith("/resume") and response.status_code == 200:
            self.token = response.json()["token"]


@pytest.fixture
def world(settings):
    raise_rate_limits(settings)
    # As Django's test client does: keep the test's transaction open between requests.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield World()
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.label)
def test_the_api_never_fails_and_answers_as_its_schema_says(operation, world):
    cases = st.one_of(
        operation.as_strategy(GenerationMode.POSITIVE),
        operation.as_strategy(GenerationMode.NEGATIVE),
    )

    @fuzz(FEWER.get(operation.label, EXAMPLES_PER_OPERATION))
    @given(case=cases, data=st.data())
    def run(case, data):
        if data.draw(st.booleans(), label="real values"):
            world.apply(case, data.draw)
        response = case.call()
        record(response.status_code)
        world.after(case, response)
        case.validate_response(response, checks=CHECKS)

    run()
