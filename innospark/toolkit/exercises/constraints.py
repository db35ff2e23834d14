"""constraints: three random constraints, one per round, force ideas off the usual path."""

from innospark.toolkit.exercises.base import ExerciseKind


class Constraints(ExerciseKind):
    stimuli_keys = ("constraints",)
    placeholders = ("constraint1", "constraint2", "constraint3")

    def stimuli(self, run, text) -> dict[str, str]:
        picked = self.rng(run).sample(text.stimuli["constraints"], 3)
        return {f"constraint{i}": value for i, value in enumerate(picked, start=1)}


KIND = Constraints("constraints")
