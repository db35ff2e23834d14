"""random-word: a random word from the language's list is the stimulus for new ideas."""

from innospark.toolkit.exercises.base import ExerciseKind


class RandomWord(ExerciseKind):
    stimuli_keys = ("words",)
    placeholders = ("word",)

    def stimuli(self, run, text) -> dict[str, str]:
        return {"word": self.rng(run).choice(text.stimuli["words"])}


KIND = RandomWord("random-word")
