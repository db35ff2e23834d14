"""alternative-uses: the classic divergent-thinking sprint, scored by the offline scoring
engine (fluency, flexibility, originality) in every language it supports."""

from innospark.diagnostic.task_models import AutObjectText
from innospark.scoring.aut import clean_ideas
from innospark.scoring.scorer import UnsupportedLanguage, scorer_for
from innospark.toolkit.exercises.base import ExerciseKind


class AlternativeUses(ExerciseKind):
    placeholders = ("object",)

    def _object(self, run) -> str:
        names = list(
            AutObjectText.objects.filter(language=run.language)
            .order_by("object__order")
            .values_list("name", flat=True)
        )
        return self.rng(run).choice(names) if names else ""

    def stimuli(self, run, text) -> dict[str, str]:
        return {"object": self._object(run)}

    def summary(self, run, exercise, text) -> dict:
        step = next(i for i, spec in enumerate(exercise.steps) if spec["input"] == "list")
        ideas = clean_ideas(run.value(step) or [])
        if not ideas:
            return {"aut": None}
        try:
            result = scorer_for(run.language).score(self._object(run), ideas)
        except UnsupportedLanguage:
            return {"aut": None}
        return {
            "aut": {
                "fluency": result.fluency,
                "flexibility": result.flexibility,
                "originality": result.originality,
                "ideas": [
                    {"text": idea.text, "originality": idea.originality} for idea in result.ideas
                ],
                "most_original": [result.ideas[i].text for i in result.most_original],
            }
        }


KIND = AlternativeUses("alternative-uses")
