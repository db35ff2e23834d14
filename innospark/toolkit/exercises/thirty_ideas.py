"""thirty-ideas: plain timed steps; everything is in content/toolkit/exercises/thirty-ideas/."""

from innospark.toolkit.exercises.base import ExerciseKind

KIND = ExerciseKind("thirty-ideas")
