"""analogies: how would three other industries, drawn at random, solve your problem?"""

from innospark.toolkit.exercises.base import ExerciseKind


class Analogies(ExerciseKind):
    stimuli_keys = ("industries",)
    placeholders = ("industry1", "industry2", "industry3")

    def stimuli(self, run, text) -> dict[str, str]:
        picked = self.rng(run).sample(text.stimuli["industries"], 3)
        return {f"industry{i}": value for i, value in enumerate(picked, start=1)}


KIND = Analogies("analogies")
