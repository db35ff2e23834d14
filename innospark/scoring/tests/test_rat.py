import pytest

from innospark.scoring.rat import matches, normalise, weighted_score


@pytest.mark.parametrize("answer", ["cheese", "Cheese", " CHEESE ", "cheeses", "chees", "cheese."])
def test_case_spacing_punctuation_and_simple_inflection_are_tolerated(answer):
    assert matches(answer, "cheese")


@pytest.mark.parametrize("answer", ["", "chess", "cake", "cheesecake", "c"])
def test_other_words_do_not_match(answer):
    assert not matches(answer, "cheese")


def test_accents_do_not_matter_and_accepted_forms_count():
    assert normalise("Árvíztűrő") == "arvizturo"
    assert matches("vizek", "víz", ["vizek"])
    assert matches("VIZ", "víz")
    assert matches("черни", "черен", ["черна", "черно", "черни"])
    assert matches("casa", "case") and not matches("cosa", "casa")


def test_harder_problems_weigh_more():
    assert weighted_score([(True, 0.9), (False, 0.1)]) == pytest.approx(100 * 0.1 / 1.0)
    assert weighted_score([(False, 0.9), (True, 0.1)]) == pytest.approx(100 * 0.9 / 1.0)
    assert weighted_score([(True, 0.5), (True, 0.2)]) == 100.0
    assert weighted_score([]) is None
