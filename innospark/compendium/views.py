from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from innospark.compendium.booklet import render_booklet
from innospark.compendium.countries import PARTNERS
from innospark.compendium.forms import CaseFilterForm
from innospark.compendium.models import Case, CaseText
from innospark.compendium.presentation import case_view
from innospark.core.models import MissingTranslation


def case_list(request):
    language = get_language()
    form = CaseFilterForm(request.GET or None, language=language)
    everything = CaseText.objects.in_language(language).order_by("case__company")
    texts = form.filter(everything) if form.is_bound else everything
    context = {
        "form": form,
        "texts": texts,
        "count": len(texts),
        "total": everything.count(),
        "filtered": form.is_bound and any(form.data.get(name) for name in form.fields),
        "partners": PARTNERS,
    }
    template = "compendium/_results.html" if request.htmx else "compendium/list.html"
    return render(request, template, context)


def case_detail(request, slug):
    case = get_object_or_404(Case, slug=slug)
    text = CaseText.objects.filter(case=case, language=get_language()).first()
    if text is None:
        raise MissingTranslation(f"case {slug} has no text in {get_language()}")
    return render(request, "compendium/case.html", case_view(text))


def booklet(request):
    """The whole compendium as one PDF in the page's language, with a contents page."""
    language = get_language()
    response = HttpResponse(render_booklet(language).write_pdf(), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="innospark-compendium-{language}.pdf"'
    return response
