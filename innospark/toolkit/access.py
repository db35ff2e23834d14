"""Who may open an exercise run: the account that owns it, or, while nobody owns it, the
browser that started it. Everyone else gets a 404, token or not."""

from innospark.core.access import owner_or_browser
from innospark.toolkit.models import ExerciseRun

BROWSER_KEY = "toolkit_runs"


def remember(request, run: ExerciseRun) -> None:
    known = request.session.get(BROWSER_KEY, [])
    request.session[BROWSER_KEY] = [*known, run.token][-100:]


def remembered_tokens(request) -> list[str]:
    return list(request.session.get(BROWSER_KEY, []))


def get_run_for_request(request, token: str) -> ExerciseRun:
    run = ExerciseRun.objects.filter(token=token).first()
    return owner_or_browser(request, run, remembered=token in remembered_tokens(request))
