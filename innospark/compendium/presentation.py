"""What a case page, the booklet and the API show: one case with its techniques and skills
named in the reader's language."""

from innospark.compendium.models import Case, CaseText
from innospark.core.models import MissingTranslation
from innospark.diagnostic.models import SkillText
from innospark.toolkit.models import TechniqueText


def case_view(text: CaseText) -> dict:
    case = text.case
    techniques = TechniqueText.objects.in_language(text.language).filter(
        technique__in=case.techniques.all()
    )
    skills = (
        SkillText.objects.filter(language=text.language, skill__in=case.skills.all())
        .select_related("skill")
        .order_by("skill__order")
    )
    return {
        "case": case,
        "text": text,
        "techniques": sorted(techniques, key=lambda t: t.sort_key),
        "skills": list(skills),
    }


def cases_in(language: str) -> list[dict]:
    texts = list(
        CaseText.objects.in_language(language)
        .prefetch_related("case__techniques", "case__skills")
        .order_by("case__company")
    )
    if len(texts) != Case.objects.count():
        raise MissingTranslation(f"case texts missing in {language}")
    return [case_view(text) for text in texts]
