"""how-might-we: plain timed steps; everything is in content/toolkit/exercises/how-might-we/."""

from innospark.toolkit.exercises.base import ExerciseKind

KIND = ExerciseKind("how-might-we")
