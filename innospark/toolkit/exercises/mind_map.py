"""mind-map: an indented outline drawn as a radial map (SVG, with the outline as text)."""

from innospark.toolkit.exercises.base import ExerciseKind
from innospark.toolkit.exercises.charts import mind_map_layout


class MindMap(ExerciseKind):
    def summary(self, run, exercise, text) -> dict:
        centre_step = next(i for i, spec in enumerate(exercise.steps) if spec["input"] == "text")
        tree_step = next(i for i, spec in enumerate(exercise.steps) if spec["input"] == "tree")
        nodes = run.value(tree_step) or []
        centre = (run.value(centre_step) or "").strip() or text.name
        return {"mind_map": mind_map_layout(centre, nodes)}


KIND = MindMap("mind-map")
