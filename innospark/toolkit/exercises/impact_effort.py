"""impact-effort: rate ideas, then see them on a two-by-two matrix with four named corners."""

from innospark.toolkit.exercises.base import ExerciseKind
from innospark.toolkit.exercises.charts import matrix_layout


class ImpactEffort(ExerciseKind):
    def summary(self, run, exercise, text) -> dict:
        step = next(i for i, spec in enumerate(exercise.steps) if spec["input"] == "rate")
        return {"matrix": matrix_layout(run.value(step) or [])}


KIND = ImpactEffort("impact-effort")
