"""reverse-brainstorming: plain timed steps; everything is in content/toolkit/exercises/reverse-brainstorming/."""

from innospark.toolkit.exercises.base import ExerciseKind

KIND = ExerciseKind("reverse-brainstorming")
