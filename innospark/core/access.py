"""The one rule for things a person can have without an account (a test session, an exercise
run): the account that owns it may open it; while nobody owns it, the browser that started it
may. Everyone else gets a 404, so they cannot even learn that it exists."""

from django.http import Http404


def owner_or_browser(request, obj, *, remembered: bool):
    if obj is None:
        raise Http404
    if obj.user_id is not None:
        if request.user.is_authenticated and obj.user_id == request.user.pk:
            return obj
        raise Http404
    if remembered:
        return obj
    raise Http404
