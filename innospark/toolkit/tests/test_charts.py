import pytest

from innospark.toolkit.exercises.charts import matrix_layout, mind_map_layout, quadrant
from innospark.toolkit.exercises.inputs import InputError, parse_rate, parse_tree


def test_indented_lines_become_a_tree_one_level_at_a_time():
    nodes = parse_tree({"value": "root\n      too deep\n  child\n\tother child\nnext"}, {})
    assert nodes == [[0, "root"], [1, "too deep"], [1, "child"], [1, "other child"], [0, "next"]]
    layout = mind_map_layout("centre", nodes)
    assert [b["text"] for b in layout["tree"]] == ["root", "next"]
    assert [c["text"] for c in layout["tree"][0]["children"]] == [
        "too deep",
        "child",
        "other child",
    ]
    assert len(layout["labels"]) == 5 and len(layout["lines"]) == 5


def test_the_matrix_puts_each_idea_in_its_corner():
    assert quadrant(5, 1) == "quick-wins"
    assert quadrant(4, 5) == "big-bets"
    assert quadrant(3, 3) == "fill-ins"
    assert quadrant(1, 4) == "thankless"
    layout = matrix_layout(
        [
            {"idea": "a", "impact": 5, "effort": 1},
            {"idea": "b", "impact": 5, "effort": 1},
            {"idea": "c", "impact": None, "effort": 2},
        ]
    )
    assert [p["idea"] for p in layout["quadrants"]["quick-wins"]] == ["a", "b"]
    assert layout["unrated"] == [{"number": 3, "idea": "c"}]
    a, b = layout["points"]
    assert (a["x"], a["y"]) != (b["x"], b["y"])  # equal ratings do not hide each other
    inside = range(layout["left"], layout["left"] + layout["size"])
    assert all(int(p["x"]) in inside for p in layout["points"])


def test_ratings_must_be_on_the_scale():
    context = {"items": ["a"]}
    assert parse_rate({"impact-0": "3", "effort-0": ""}, context) == [
        {"idea": "a", "impact": 3, "effort": None}
    ]
    with pytest.raises(InputError):
        parse_rate({"impact-0": "0", "effort-0": "2"}, context)
    with pytest.raises(InputError):
        parse_rate({"impact-0": "x", "effort-0": "2"}, context)
