"""Feedback requests belong to their event, and outlive the registration they were sent to.
The event is filled here and made required in 0003 (PostgreSQL cannot alter a table with
pending trigger events in the transaction that updated it)."""

import django.db.models.deletion
from django.db import migrations, models


def fill_event(apps, schema_editor):
    FeedbackRequest = apps.get_model("events", "FeedbackRequest")
    for request in FeedbackRequest.objects.select_related("registration").iterator():
        request.event_id = request.registration.event_id
        request.save(update_fields=["event"])


class Migration(migrations.Migration):
    dependencies = [("events", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="feedbackrequest",
            name="event",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="feedback_requests",
                to="events.event",
            ),
        ),
        migrations.RunPython(fill_event, migrations.RunPython.noop),
    ]
