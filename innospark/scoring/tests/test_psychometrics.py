import pytest

from innospark.scoring.psychometrics import (
    ItemKey,
    Score,
    group_scores,
    keyed_value,
    level,
    percentile_of,
    percentile_rank,
    ranked,
    skill_scores,
)

ITEMS = {
    "a1": ItemKey("a"),
    "a2": ItemKey("a"),
    "a3": ItemKey("a", reverse=True),
    "b1": ItemKey("b"),
    "b2": ItemKey("b", reverse=True),
}


def test_reverse_keyed_items_count_the_other_way():
    assert keyed_value(5, reverse=True) == 1
    assert keyed_value(1, reverse=True) == 5
    assert keyed_value(3, reverse=True) == 3
    assert keyed_value(4, reverse=False) == 4


def test_agreeing_with_everything_is_not_a_top_score():
    scores = skill_scores(ITEMS, {key: 5 for key in ITEMS})
    # a: 5, 5, 1 -> mean 11/3 -> (11/3 - 1) / 4 * 100 = 66.7
    assert scores["a"].score == 66.7
    assert scores["b"].score == 50.0


def test_consistent_top_answers_score_100_and_bottom_answers_0():
    top = {k: (1 if spec.reverse else 5) for k, spec in ITEMS.items()}
    bottom = {k: (5 if spec.reverse else 1) for k, spec in ITEMS.items()}
    assert {s.score for s in skill_scores(ITEMS, top).values()} == {100.0}
    assert {s.score for s in skill_scores(ITEMS, bottom).values()} == {0.0}


def test_partial_answers_score_what_was_answered_and_count_it():
    scores = skill_scores(ITEMS, {"a1": 4, "a3": 2})
    assert scores["a"].score == 75.0  # 4 and (6 - 2) = 4
    assert (scores["a"].answered, scores["a"].items) == (2, 3)
    assert scores["b"].score is None
    assert scores["b"].answered == 0


@pytest.mark.parametrize("value", [0, 6, -1])
def test_values_outside_the_scale_are_refused(value):
    with pytest.raises(ValueError):
        skill_scores(ITEMS, {"a1": value})


def test_answers_to_unknown_items_are_refused():
    with pytest.raises(KeyError):
        skill_scores(ITEMS, {"zz": 3})


def test_group_score_is_the_mean_of_its_scored_skills():
    scores = skill_scores(ITEMS, {"a1": 5, "a2": 5, "a3": 1, "b1": 1, "b2": 5})
    groups = group_scores(scores, {"a": "g", "b": "g"})
    assert groups["g"].score == 50.0  # (100 + 0) / 2
    assert (groups["g"].answered, groups["g"].items) == (5, 5)


def test_levels_have_clear_boundaries():
    assert level(0) == level(39.9) == "low"
    assert level(40) == level(69.9) == "medium"
    assert level(70) == level(100) == "high"


def test_percentile_rank_counts_ties_as_half():
    assert percentile_rank(below=0, equal=0, total=10) == 0.0
    assert percentile_rank(below=10, equal=0, total=10) == 100.0
    assert percentile_rank(below=4, equal=2, total=10) == 50.0
    assert percentile_of(50, [10, 20, 50, 80]) == 62.5


def test_percentile_rank_refuses_impossible_counts():
    with pytest.raises(ValueError):
        percentile_rank(below=1, equal=0, total=0)
    with pytest.raises(ValueError):
        percentile_rank(below=8, equal=5, total=10)


def test_strengths_and_development_areas_do_not_overlap():
    scores = [Score(k, v, 5, 5) for k, v in [("a", 90), ("b", 80), ("c", 80), ("d", 20), ("e", 10)]]
    order = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
    top, bottom = ranked(scores, order)
    assert [s.key for s in top] == ["a", "b", "c"]
    assert [s.key for s in bottom] == ["e", "d"]
