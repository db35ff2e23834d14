import pytest

from innospark.scoring.groups import (
    histogram,
    mean_difference,
    published_count,
    quartiles,
    suppress,
)


def test_quartiles_and_histogram():
    assert quartiles([10, 20, 30, 40, 50]) == (20, 30, 40)
    assert histogram([0, 19.9, 20, 99, 100]) == [2, 1, 0, 0, 2]


def test_reports_grow_in_whole_steps():
    assert [published_count(n, 5) for n in (4, 5, 9, 10, 14)] == [0, 5, 5, 10, 10]


def test_small_groups_are_hidden_and_cannot_be_recovered_by_subtraction():
    assert suppress({"employee": 12, "team-lead": 6}, 5) == set()
    # one person alone would be the total minus the employees: hide the next smallest too
    assert suppress({"employee": 12, "team-lead": 6, "employer": 1}, 5) == {"employer", "team-lead"}
    # a hidden remainder already of 5 or more may stay as it is
    assert suppress({"employee": 12, "team-lead": 3, "employer": 3}, 5) == {"team-lead", "employer"}
    assert suppress({"employee": 4, "employer": 1}, 5) == {"employee", "employer"}


def test_mean_difference_has_a_confidence_interval_around_it():
    difference, low, high = mean_difference([60, 70, 80, 70, 65], [50, 55, 60, 45, 50])
    assert difference == pytest.approx(17)
    assert low < difference < high and low > 0
