from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language


def languages(request):
    """Links to the current page in every language, for the switcher."""
    path = request.get_full_path()
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = translate_url(path, code)
        if url == path and code != current:
            url = f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"language_links": links}
