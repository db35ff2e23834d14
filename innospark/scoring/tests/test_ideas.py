"""Grouping and originality of workshop ideas (scoring/ideas.py)."""

from itertools import combinations

import numpy as np
import pytest

from innospark.scoring.ideas import (
    ENCODER,
    from_bytes,
    group_ideas,
    originality,
    to_bytes,
)

# Eight ideas for "How could we serve our customers better?", each in five languages, in the
# same order: the calibration set quoted in scoring/ideas.py.
IDEAS = {
    "en": [
        "Answer support tickets with a chatbot at night",
        "Give every new customer a free onboarding call",
        "Let customers vote on the next feature",
        "Publish our roadmap openly",
        "Offer a discount to students",
        "Run a hackathon with our users",
        "Record short video tutorials",
        "Pay bonuses for bug reports",
    ],
    "bg": [
        "Отговаряйте на заявките за поддръжка с чатбот през нощта",
        "Дайте на всеки нов клиент безплатен въвеждащ разговор",
        "Нека клиентите гласуват за следващата функция",
        "Публикувайте открито нашата пътна карта",
        "Предложете отстъпка на студентите",
        "Организирайте хакатон с нашите потребители",
        "Запишете кратки видео уроци",
        "Плащайте бонуси за докладвани грешки",
    ],
    "es": [
        "Responder los tickets de soporte con un chatbot por la noche",
        "Dar a cada cliente nuevo una llamada de bienvenida gratuita",
        "Dejar que los clientes voten la próxima función",
        "Publicar nuestra hoja de ruta abiertamente",
        "Ofrecer un descuento a estudiantes",
        "Organizar un hackathon con nuestros usuarios",
        "Grabar videotutoriales cortos",
        "Pagar bonificaciones por informes de errores",
    ],
    "hu": [
        "Éjszaka chatbot válaszoljon a támogatási jegyekre",
        "Minden új ügyfél kapjon ingyenes bevezető hívást",
        "Az ügyfelek szavazzanak a következő funkcióról",
        "Tegyük nyilvánossá az ütemtervünket",
        "Adjunk kedvezményt a diákoknak",
        "Szervezzünk hackathont a felhasználóinkkal",
        "Készítsünk rövid oktatóvideókat",
        "Fizessünk jutalmat a hibajelentésekért",
    ],
    "et": [
        "Vasta tugipäringutele öösel vestlusroboti abil",
        "Anna igale uuele kliendile tasuta sisseelamiskõne",
        "Lase klientidel hääletada järgmise funktsiooni üle",
        "Avalda meie teekaart avalikult",
        "Paku õpilastele allahindlust",
        "Korralda kasutajatega häkaton",
        "Salvesta lühikesed videoõpetused",
        "Maksa preemiat veateadete eest",
    ],
}


def unit(*rows):
    matrix = np.array(rows, dtype=np.float32)
    return matrix / np.linalg.norm(matrix, axis=1, keepdims=True)


@pytest.fixture(scope="module")
def encoder():
    from innospark.scoring.encoders import get_encoder

    return get_encoder(ENCODER)


def test_close_ideas_share_a_group_and_distant_ones_do_not():
    ideas = unit([1, 0.05, 0], [0, 1, 0], [1, 0, 0.05], [0, 0, 1], [0.05, 1, 0])
    labels = group_ideas(ideas, threshold=0.9)
    assert labels == [0, 1, 0, 2, 1]


def test_groups_do_not_depend_on_the_order_ideas_arrive_in():
    rng = np.random.default_rng(7)
    centres = unit(*rng.normal(size=(4, 16)))
    ideas = unit(*(centres[i % 4] + rng.normal(scale=0.1, size=16) for i in range(24)))
    labels = group_ideas(ideas, threshold=0.7)
    order = rng.permutation(len(ideas))
    shuffled = group_ideas(ideas[order], threshold=0.7)
    pairs = {(i, j) for i, j in combinations(range(len(ideas)), 2) if labels[i] == labels[j]}
    pairs_shuffled = {
        tuple(sorted((order[i], order[j])))
        for i, j in combinations(range(len(ideas)), 2)
        if shuffled[i] == shuffled[j]
    }
    assert pairs == {tuple(map(int, pair)) for pair in pairs_shuffled}
    assert len(set(labels)) == 4


def test_average_linkage_does_not_chain_through_a_bridge():
    # a ~ b and b ~ c, but a and c are far apart: a chain, not one group.
    ideas = unit([1, 0, 0], [1, 1, 0], [0, 1, 0])
    assert len(set(group_ideas(ideas, threshold=0.7))) == 2


def test_originality_is_100_when_alone_and_0_for_a_repeat():
    assert originality(unit([1, 0])) == [100]
    assert originality(np.zeros((0, 2))) == []
    ideas = unit([1, 0, 0], [1, 0, 0], [0, 0, 1])
    assert originality(ideas, same=0.92, unrelated=0.8) == [0, 0, 100]


def test_originality_falls_as_the_nearest_idea_gets_closer():
    base = np.array([1.0, 0.0])
    scores = []
    for similarity in (0.95, 0.9, 0.85, 0.8, 0.5):
        other = np.array([similarity, np.sqrt(1 - similarity**2)])
        scores.append(originality(np.vstack([base, other]), same=0.92, unrelated=0.8)[0])
    assert scores == sorted(scores) and scores[0] == 0 and scores[-1] == 100
    assert 30 < scores[2] < 70


def test_embeddings_survive_storage_as_bytes():
    matrix = unit([3, 4], [1, 0])
    assert np.array_equal(from_bytes([to_bytes(row) for row in matrix]), matrix)


def test_a_translated_idea_joins_its_english_original(encoder):
    en, bg, es = IDEAS["en"], IDEAS["bg"], IDEAS["es"]
    texts = [en[1], en[4], en[6], bg[1], es[1], es[4], bg[6]]
    labels = group_ideas(encoder.encode(texts))
    assert labels[0] == labels[3] == labels[4]  # onboarding call: English, Bulgarian, Spanish
    assert labels[1] == labels[5] and labels[2] == labels[6]
    assert len({labels[0], labels[1], labels[2]}) == 3


def test_grouping_across_five_languages_meets_its_calibration(encoder):
    languages = list(IDEAS)
    embeddings = np.vstack([encoder.encode(IDEAS[language]) for language in languages])
    truth = [i for _language in languages for i in range(8)]
    labels = group_ideas(embeddings)
    grouped = [(i, j) for i, j in combinations(range(len(truth)), 2) if labels[i] == labels[j]]
    right = sum(truth[i] == truth[j] for i, j in grouped)
    true_pairs = sum(truth[i] == truth[j] for i, j in combinations(range(len(truth)), 2))
    precision, recall = right / len(grouped), right / true_pairs
    assert precision >= 0.85 and recall >= 0.65, (precision, recall)


def test_a_repeated_idea_is_less_original_than_a_lone_one(encoder):
    texts = [IDEAS["en"][0], IDEAS["es"][0], IDEAS["en"][7], IDEAS["en"][3]]
    scores = originality(encoder.encode(texts))
    assert scores[0] < scores[2] and scores[1] < scores[3]
