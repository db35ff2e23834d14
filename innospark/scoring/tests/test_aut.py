import numpy as np
import pytest

from innospark.scoring.aut import (
    MAX_IDEA_CHARS,
    MIN_POOL,
    clean_ideas,
    infrequency,
    leader_clusters,
    score_ideas,
)
from innospark.scoring.scorer import UnsupportedLanguage, scorer_for


def unit(*rows):
    m = np.array(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_blank_lines_and_lines_without_letters_are_dropped():
    assert clean_ideas(["  doorstop ", "", "   ", "🙂🙂", "---", "build a wall"]) == [
        "doorstop",
        "build a wall",
    ]


def test_long_lines_are_cut_and_spaces_folded():
    ideas = clean_ideas(["a" * 900, "use   it\tas a   weight"])
    assert len(ideas[0]) == MAX_IDEA_CHARS
    assert ideas[1] == "use it as a weight"


def test_emoji_and_mixed_scripts_are_kept_when_there_are_letters():
    assert clean_ideas(["🧱 като тежест", "paperweight 📎", "kivi 石"]) == [
        "🧱 като тежест",
        "paperweight 📎",
        "kivi 石",
    ]


def test_near_duplicates_count_once_and_keep_no_originality():
    e = unit([1, 0, 0], [0.99, 0.05, 0], [0, 1, 0])
    result = score_ideas(
        ["a", "a'", "b"], e, np.array([2.0, 4.0, 3.0]), duplicate=0.95, category=0.5
    )
    assert result.fluency == 2
    assert result.ideas[1].duplicate_of == 0 and result.ideas[1].originality is None
    assert result.originality == 2.5


def test_flexibility_counts_distinct_categories():
    e = unit([1, 0, 0], [0.8, 0.6, 0], [0, 0, 1], [0, 0.3, 0.95])
    result = score_ideas(list("abcd"), e, np.full(4, 3.0), duplicate=0.99, category=0.7)
    assert result.fluency == 4
    assert result.flexibility == 2
    assert leader_clusters(e, 0.7) == [0, 0, 1, 1]


def test_the_most_original_ideas_come_first_and_elaboration_counts_words():
    e = unit([1, 0, 0], [0, 1, 0], [0, 0, 1])
    result = score_ideas(
        ["one", "two words", "three words here"],
        e,
        np.array([1.5, 4.5, 3.0]),
        duplicate=0.9,
        category=0.9,
    )
    assert [result.ideas[i].text for i in result.most_original] == [
        "two words",
        "three words here",
        "one",
    ]
    assert result.elaboration == 2.0


def test_an_empty_answer_scores_zero_ideas():
    result = score_ideas([], np.zeros((0, 3)), np.zeros(0), duplicate=0.9, category=0.5)
    assert (result.fluency, result.flexibility, result.originality) == (0, 0, None)


def test_infrequency_blends_in_only_with_a_large_enough_pool():
    e = unit([1, 0, 0], [0, 1, 0])
    common = np.tile(unit([1, 0, 0]), (MIN_POOL, 1))
    small = score_ideas(
        ["x", "y"], e, np.array([3.0, 3.0]), duplicate=0.9, category=0.5, pool=common[:10]
    )
    assert [i.originality for i in small.ideas] == [3.0, 3.0]
    big = score_ideas(["x", "y"], e, np.array([3.0, 3.0]), duplicate=0.9, category=0.5, pool=common)
    # everyone had "x" (infrequency 1), nobody had "y" (infrequency 5)
    assert big.ideas[0].originality == pytest.approx(0.7 * 3 + 0.3 * 1)
    assert big.ideas[1].originality == pytest.approx(0.7 * 3 + 0.3 * 5)
    assert list(infrequency(e, common, 0.9)) == [1.0, 5.0]


def test_an_unknown_language_is_refused():
    with pytest.raises(UnsupportedLanguage):
        scorer_for("de")


@pytest.mark.parametrize(
    ("language", "prompt", "lines"),
    [
        (
            "en",
            "brick",
            [
                "use it as a doorstop",
                "Use it as a door stop!",
                "",
                "grind it into red pigment for paint",
            ],
        ),
        (
            "it",
            "mattone",
            [
                "usarlo come fermaporta",
                "usarlo come fermaporta.",
                "macinarlo per fare pigmento rosso",
            ],
        ),
        (
            "es",
            "ladrillo",
            [
                "usarlo como tope de puerta",
                "  ",
                "Usarlo como tope de puerta",
                "molerlo para hacer pigmento rojo",
            ],
        ),
        (
            "bg",
            "тухла",
            ["да подпира врата", "да подпира вратата", "да се стрие на червен пигмент 🎨"],
        ),
        ("et", "tellis", ["uksepiit", "uksepiit!", "jahvatada punaseks pigmendiks"]),
        ("hu", "tégla", ["ajtótámasz", "ajtótámasznak", "vörös festékpigmentnek őrölni"]),
    ],
)
def test_each_language_is_scored_with_duplicates_merged(language, prompt, lines):
    result = scorer_for(language).score(prompt, lines)
    assert result.fluency == 2
    assert all(1 <= i.originality <= 5 for i in result.ideas if i.duplicate_of is None)
    assert result.ideas[1].duplicate_of == 0


def test_an_unusual_use_rates_above_the_obvious_one():
    scores = scorer_for("en").originality(
        "brick", ["build a wall", "a tiny bed for a hamster with a sock as a duvet"]
    )
    assert scores[1] > scores[0] + 0.5


def test_an_object_named_in_any_language_finds_its_rated_responses():
    from innospark.scoring.originality import Reference

    prompts = ["box", "brick"]
    reference = Reference(
        prompts,
        unit([1, 0, 0], [0, 1, 0]),
        unit([1, 0, 0], [0, 1, 0]),
        np.array([0, 1]),
        np.array([2.0, 3.0]),
        aliases={"box": 0, "brick": 1, "tégla": 1, "кашон": 0},
    )
    # the names win over embeddings that point elsewhere (an encoder that does not know the language)
    ids = reference.prompt_ids(["Tégla", "КАШОН", "unknown"], unit([1, 0, 0], [0, 1, 0], [0, 1, 0]))
    assert list(ids) == [1, 0, 1]
