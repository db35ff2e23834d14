"""analogies: how would three other industries, drawn at random, solve your problem?"""

from innospark.toolkit.exercises.base import DrawsThree


class Analogies(DrawsThree):
    source = "industries"
    prefix = "industry"


KIND = Analogies("analogies")
