import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("events", "0002_feedback_outlives_registrations")]

    operations = [
        migrations.AlterField(
            model_name="feedbackrequest",
            name="event",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="feedback_requests",
                to="events.event",
            ),
        ),
        migrations.AlterField(
            model_name="feedbackrequest",
            name="registration",
            field=models.OneToOneField(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="feedback_request",
                to="events.registration",
            ),
        ),
    ]
