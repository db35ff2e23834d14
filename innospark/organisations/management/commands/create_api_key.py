from django.core.management.base import BaseCommand, CommandError

from innospark.organisations.models import Organisation
from innospark.organisations.services import OrganisationError, api_key_create, organisation_create


class Command(BaseCommand):
    help = "Create an API key for an organisation (created if needed); the key is the last line."

    def add_arguments(self, parser):
        parser.add_argument("--organisation", required=True)
        parser.add_argument("--name", default="")

    def handle(self, *args, organisation: str, name: str, **options):
        found = Organisation.objects.filter(name__iexact=" ".join(organisation.split())).first()
        if found is None:
            try:
                found = organisation_create(name=organisation, owner=None)
            except OrganisationError as exc:
                raise CommandError(str(exc)) from exc
            self.stdout.write(f"Created organisation {found.name}.")
        new = api_key_create(organisation=found, name=name or "command line")
        self.stdout.write(
            f"API key for {found.name} (shown once; it expires on "
            f"{new.api_key.expires_at:%Y-%m-%d}, see API_KEY_DAYS):"
        )
        self.stdout.write(new.secret)
