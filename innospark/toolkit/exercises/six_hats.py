"""six-hats: plain timed steps; everything is in content/toolkit/exercises/six-hats/."""

from innospark.toolkit.exercises.base import ExerciseKind

KIND = ExerciseKind("six-hats")
