"""scamper: plain timed steps; everything is in content/toolkit/exercises/scamper/."""

from innospark.toolkit.exercises.base import ExerciseKind

KIND = ExerciseKind("scamper")
