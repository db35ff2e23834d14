"""Who may open a session in the browser: the account that owns it, or, while nobody owns it,
the browser that started or resumed it. Everyone else gets a 404."""

from innospark.core.access import owner_or_browser
from innospark.diagnostic.models import Session

BROWSER_KEY = "diagnostic_sessions"


def remember(request, session: Session, resume_code: str) -> None:
    known = request.session.get(BROWSER_KEY, {})
    known[str(session.id)] = resume_code
    request.session[BROWSER_KEY] = known


def remembered_code(request, session: Session) -> str | None:
    return request.session.get(BROWSER_KEY, {}).get(str(session.id))


def remembered_ids(request) -> list[str]:
    return list(request.session.get(BROWSER_KEY, {}))


def get_session_for_request(request, session_id) -> Session:
    session = Session.objects.filter(pk=session_id).first()
    remembered = session is not None and str(session.id) in request.session.get(BROWSER_KEY, {})
    return owner_or_browser(request, session, remembered=remembered)
