"""POST /api/v1/scoring/aut: originality of AUT responses, for researchers and other tools."""

from django.utils.translation import gettext as _
from ninja import Router, Schema
from pydantic import Field, StrictStr

from innospark.diagnostic.api import require_language
from innospark.diagnostic.schemas import ErrorOut
from innospark.diagnostic.services import DiagnosticError
from innospark.scoring.scorer import scorer_for

router = Router(tags=["scoring"])
MAX_RESPONSES = 1000


class AutIn(Schema):
    language: StrictStr = Field("en", description="One of en, bg, it, es, et, hu")
    prompt: StrictStr = Field(description="The object, in the same language, e.g. brick")
    responses: list[StrictStr]


class ResponseOut(Schema):
    text: str
    originality: float | None = Field(description="1-5; null for a blank response")


class AutSummaryOut(Schema):
    fluency: int
    flexibility: int
    originality: float | None
    elaboration: float | None
    most_original: list[str]


class AutScoresOut(Schema):
    language: str
    prompt: str
    responses: list[ResponseOut]
    summary: AutSummaryOut


@router.post("/aut", response={200: AutScoresOut, 400: ErrorOut, 422: ErrorOut})
def score_aut(request, payload: AutIn):
    require_language(payload.language)
    if not payload.prompt.strip():
        raise DiagnosticError.with_status(
            422, _("Name the object (prompt) the responses are about.")
        )
    if not payload.responses or len(payload.responses) > MAX_RESPONSES:
        raise DiagnosticError.with_status(
            422, _("Send between 1 and %(count)d responses.") % {"count": MAX_RESPONSES}
        )
    ratings, summary = scorer_for(payload.language).rate(payload.prompt, payload.responses)
    return {
        "language": payload.language,
        "prompt": payload.prompt,
        "responses": [
            {"text": text, "originality": rating}
            for text, rating in zip(payload.responses, ratings, strict=True)
        ],
        "summary": summary.as_dict(),
    }
