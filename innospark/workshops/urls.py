from django.urls import path, register_converter

from innospark.workshops.views import facilitator, participant


class CodeConverter:
    """A workshop code as typed: six letters or digits, any case."""

    regex = "[0-9A-Za-z]{6}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(CodeConverter, "livecode")

app_name = "workshops"
urlpatterns = [
    path("", participant.join, name="join"),
    path("mine/", facilitator.mine, name="mine"),
    path("start/<slug:slug>/", facilitator.start, name="start"),
    path("run/<uuid:workshop_id>/", facilitator.run, name="run"),
    path("run/<uuid:workshop_id>/stage/", facilitator.stage, name="stage"),
    path("run/<uuid:workshop_id>/wall/", facilitator.wall, name="wall"),
    path("run/<uuid:workshop_id>/control/", facilitator.control, name="control"),
    path("run/<uuid:workshop_id>/results.csv", facilitator.export_csv, name="csv"),
    path("run/<uuid:workshop_id>/results.pdf", facilitator.export_pdf, name="pdf"),
    path("<livecode:code>/", participant.participant, name="participant"),
    path("<livecode:code>/stage/", participant.stage, name="participant-stage"),
    path("<livecode:code>/ideas/", participant.idea, name="idea"),
    path("<livecode:code>/votes/", participant.vote, name="vote"),
]
