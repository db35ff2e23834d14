"""What every exercise kind can do. A kind module (toolkit/exercises/<kind>.py) defines
``KIND = SomeKind("<kind>")`` and overrides only what it needs; the steps themselves (input
type, seconds) and the texts are content, in content/toolkit/exercises/<kind>/."""

import random
import string


class ExerciseKind:
    # Lists of words each language file must provide under [stimuli], e.g. ("words",).
    stimuli_keys: tuple[str, ...] = ()
    # Placeholders the step instructions may use, e.g. ("word",) for "{word}".
    placeholders: tuple[str, ...] = ()

    def __init__(self, kind: str):
        self.kind = kind

    def rng(self, run) -> random.Random:
        return random.Random(f"{self.kind}:{run.seed}")

    def stimuli(self, run, text) -> dict[str, str]:
        """Values for the placeholders, the same every time for a given run."""
        return {}

    def step_context(self, run, exercise, text, index: int) -> dict:
        spec = exercise.steps[index]
        context: dict = {}
        if "show" in spec:
            shown = spec["show"]
            context["shown"] = run.value(shown)
            context["shown_type"] = exercise.steps[shown]["input"]
            context["shown_title"] = text.steps[shown]["title"]
        if spec["input"] == "rate":
            context["items"] = run.value(spec["source"]) or []
        return context

    def summary(self, run, exercise, text) -> dict:
        """Extra results for the summary page and PDF (scores, charts)."""
        return {}


class DrawsThree(ExerciseKind):
    """Three different entries of one stimuli list, as {<prefix>1} to {<prefix>3}."""

    source = ""
    prefix = ""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.stimuli_keys = (cls.source,)
        cls.placeholders = tuple(f"{cls.prefix}{i}" for i in (1, 2, 3))

    def stimuli(self, run, text) -> dict[str, str]:
        picked = self.rng(run).sample(text.stimuli[self.source], 3)
        return {f"{self.prefix}{i}": value for i, value in enumerate(picked, start=1)}


def fill(template: str, values: dict[str, str]) -> str:
    """Put stimuli into an instruction; unknown placeholders are left visible, not an error."""
    return string.Formatter().vformat(template, (), _Keep(values))


class _Keep(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def placeholders_in(template: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(template) if name}
