"""Who may open an exercise run: the account that owns it, or, while nobody owns it, the
browser that started it. Everyone else gets a 404, token or not."""

from django.http import Http404

from innospark.toolkit.models import ExerciseRun

BROWSER_KEY = "toolkit_runs"


def remember(request, run: ExerciseRun) -> None:
    known = request.session.get(BROWSER_KEY, [])
    request.session[BROWSER_KEY] = [*known, run.token][-100:]


def remembered_tokens(request) -> list[str]:
    return list(request.session.get(BROWSER_KEY, []))


def get_run_for_request(request, token: str) -> ExerciseRun:
    run = ExerciseRun.objects.filter(token=token).first()
    if run is None:
        raise Http404
    if run.user_id is not None:
        if request.user.is_authenticated and run.user_id == request.user.pk:
            return run
        raise Http404
    if token in remembered_tokens(request):
        return run
    raise Http404
