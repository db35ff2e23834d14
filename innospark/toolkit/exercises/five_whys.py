"""five-whys: plain timed steps; everything is in content/toolkit/exercises/five-whys/."""

from innospark.toolkit.exercises.base import ExerciseKind

KIND = ExerciseKind("five-whys")
