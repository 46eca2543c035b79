"""A forum named by its pair's compound adjective keeps no states in its label; "договорились
провести следующий раунд консультаций" is planned, "во второй половине года" dates it by the
document's year; a visit to an island state is "на" it. Sentences of our own about other
states (fifty-sixth pass, h-events180)."""

from __future__ import annotations

import pytest

# text, the forum's label
FORUMS = [
    ("В Бангкоке открылся таиландско-вьетнамский инвестиционный форум. Таиланд и Вьетнам "
     "наращивают торговлю.", "Таиландско-вьетнамский инвестиционный форум"),
    ("Министр иностранных дел Монголии Батмунх Баттсэцэг выступила на открытии "
     "монгольско-корейского бизнес-форума в Улан-Баторе. Монголия и Южная Корея наращивают "
     "торговлю.", "Монгольско-корейский бизнес-форум"),
    # must-nots: no pair adjective, the states stay
    ("В Бангкоке открылся инвестиционный форум Таиланда и Вьетнама.",
     "Инвестиционный форум Таиланда и Вьетнама"),
    ("В Улан-Баторе открылся торгово-экономический форум Монголии и Южной Кореи.",
     "Торгово-экономический форум Монголии и Южной Кореи"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), FORUMS)
def test_a_pair_adjective_forum_keeps_no_states(events, text, label) -> None:
    forums = [e.label for e in events(text, "2026-03-12") if e.kind == "Forum"]
    assert forums == [label]


ROUNDS = [
    ("В Сеуле прошли консультации заместителей министров иностранных дел Монголии и Южной "
     "Кореи. Стороны договорились провести следующий раунд консультаций на уровне заместителей "
     "министров во второй половине года в Улан-Баторе.", "Улан-Батор"),
    ("В Ханое прошли переговоры министров обороны Вьетнама и Лаоса. Стороны договорились "
     "провести очередной раунд переговоров в первом квартале года во Вьентьяне.", "Вьентьян"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), ROUNDS)
def test_an_agreed_round_is_planned_in_the_documents_year(events, text, place) -> None:
    (planned,) = [e for e in events(text, "2026-03-12") if e.status == "planned"]
    assert (planned.kind, planned.location, planned.date) == ("Talks", place, "2026")


def test_an_agreed_reform_is_no_event(events) -> None:
    text = (
        "Президенты Монголии и Южной Кореи провели переговоры в Сеуле. Стороны договорились "
        "провести реформу таможенных правил во второй половине года."
    )
    assert [e.status for e in events(text, "2026-03-12")] == ["occurred"]


# text, the visit's label
VISITS = [
    ("Министр обороны Японии Синдзиро Коидзуми посетил Филиппины с официальным визитом.",
     "Официальный визит Синдзиро Коидзуми на Филиппины"),
    ("Президент Мексики Клаудия Шейнбаум прибыла на Кубу с государственным визитом.",
     "Государственный визит Клаудии Шейнбаум на Кубу"),
    # must-not: a state that takes "в"
    ("Министр обороны Японии Синдзиро Коидзуми посетил Вьетнам с официальным визитом.",
     "Официальный визит Синдзиро Коидзуми во Вьетнам"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), VISITS)
def test_an_island_states_visit_is_na(events, text, label) -> None:
    visits = [e.label for e in events(text, "2026-03-12") if "Visit" in e.kind]
    assert visits == [label]


# a compound's first part names a state, its last a state's adjective or the end of one
COMPOUNDS = [
    ("монгольско-корейского", True),
    ("российско-китайско-индийский", True),
    ("индо-тихоокеанский", False),  # a region's, though "индо" is India's
    ("торгово-экономический", False),
    ("англо-саксонский", False),
]


@pytest.mark.parametrize(("word", "pair"), COMPOUNDS)
def test_a_pair_compound(word, pair) -> None:
    from kg.gazetteer import Gazetteer
    from kg.nlp.gazetteer_adjectives import pair_compound
    from kg.resolve.body_states import state_adjectives

    assert pair_compound(word, state_adjectives(Gazetteer.load())) is pair
