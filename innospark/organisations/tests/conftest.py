"""Named users for every access test: alice owns Blue Software, bob manages it, vera views
it, charlie is an outsider (signed in elsewhere), and respondents are anonymous browsers."""

import pytest
from django.test import Client

from innospark.organisations.models import Membership, Role
from innospark.organisations.services import campaign_create, organisation_create


@pytest.fixture
def bob(django_user_model):
    return django_user_model.objects.create_user("bob", "bob@example.org", "bob-long-password-1")


@pytest.fixture
def vera(django_user_model):
    return django_user_model.objects.create_user("vera", "vera@example.org", "vera-long-password-1")


@pytest.fixture
def organisation(alice, bob, vera):
    org = organisation_create(name="Blue Software", owner=alice)
    Membership.objects.create(organisation=org, user=bob, role=Role.MANAGER)
    Membership.objects.create(organisation=org, user=vera, role=Role.VIEWER)
    return org


@pytest.fixture
def campaign(organisation):
    return campaign_create(organisation=organisation, name="Team A", languages=["en", "bg"])


@pytest.fixture
def as_user():
    def client_for(user):
        client = Client()
        if user is not None:
            client.force_login(user)
        return client

    return client_for
