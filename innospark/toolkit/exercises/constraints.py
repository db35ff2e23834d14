"""constraints: three random constraints, one per round, force ideas off the usual path."""

from innospark.toolkit.exercises.base import DrawsThree


class Constraints(DrawsThree):
    source = "constraints"
    prefix = "constraint"


KIND = Constraints("constraints")
