from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from innospark.diagnostic.models import SkillText
from innospark.toolkit.models import Technique, TechniqueText


def technique_list(request):
    texts = (
        TechniqueText.objects.filter(language=get_language())
        .select_related("technique")
        .order_by("name")
    )
    return render(request, "toolkit/list.html", {"texts": texts})


def technique_detail(request, slug):
    technique = get_object_or_404(Technique, slug=slug)
    text = get_object_or_404(TechniqueText, technique=technique, language=get_language())
    skills = SkillText.objects.filter(
        skill__in=technique.skills.all(), language=get_language()
    ).order_by("skill__order")
    return render(
        request, "toolkit/technique.html", {"technique": technique, "text": text, "skills": skills}
    )
