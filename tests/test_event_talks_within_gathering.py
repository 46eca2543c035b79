"""Talks told inside a dated gathering of two states (fifty-fifth pass, h-events163): "по
итогам переговоров" after the pair's one summit of the day are that summit, and what came of
them takes its day and place; a joint press conference after it is of its day; talks told in
the setting of consultations ("В консультациях участвовали …", "В ходе консультаций …") are
held on their day and at their place. Own sentences about Spain–Portugal, Brazil–Argentina,
Korea–Vietnam, Egypt–Jordan."""

from __future__ import annotations

import pytest

_SUMMIT = (
    "Мадрид, 12 марта 2026 года. Премьер-министр Португалии Луиш Монтенегру прибыл в среду в "
    "Испанию с официальным визитом.\n\n"
    "В четверг в Мадриде состоялся 36-й испано-португальский саммит. Премьер-министр Испании "
    "Педро Санчес назвал Португалию «ближайшим союзником». «Наши страны связывает особое "
    "партнёрство», — заявил он на {press}.\n\n"
)

# (document date, text, the (kind, date, place) of its talks, summits and signings, sorted)
WITHIN = [
    # the summit's talks: no undated talks of their own; the signing at the summit
    ("2026-03-12",
     _SUMMIT.format(press="совместной пресс-конференции")
     + "По итогам переговоров лидеры утвердили план действий, а министры подписали соглашение "
     "о сотрудничестве в области энергетики.",
     # the plan the leaders adopt is signed as an adopted roadmap is (h-agreements73)
     [("Signing", "2026-03-12", "Мадрид"), ("Signing", "2026-03-12", "Мадрид"),
      ("Summit", "2026-03-12", "Мадрид")]),
    ("2026-06-04",
     "Буэнос-Айрес, 4 июня 2026 года. В понедельник в Буэнос-Айресе прошёл "
     "бразильско-аргентинский саммит.\n\n"
     "Президент Аргентины Хавьер Милей заявил, что страны откроют новый этап отношений.\n\n"
     "По итогам переговоров стороны подписали меморандум о торговле.",
     [("Signing", "2026-06-01", "Буэнос-Айрес"), ("Summit", "2026-06-01", "Буэнос-Айрес")]),
    # consultations: the ministers' talks told in their setting, in the next sentence or in it
    ("2026-10-09",
     "Ханой, 9 октября 2026 года. Премьер-министр Вьетнама Фам Минь Тьинь и президент "
     "Республики Корея Ли Чжэ Мён провели во вторник в Ханое межправительственные "
     "консультации.\n\n"
     "В консультациях участвовали восемь министров с каждой стороны. Министр торговли Вьетнама "
     "Нгуен Хонг Зиен и министр торговли Республики Корея Ким Чжон Гван обсудили поставки "
     "электроники.",
     [("Talks", "2026-10-06", "Ханой"), ("Talks", "2026-10-06", "Ханой")]),
    ("2026-10-09",
     "Ханой, 9 октября 2026 года. Премьер-министр Вьетнама Фам Минь Тьинь и президент "
     "Республики Корея Ли Чжэ Мён провели во вторник в Ханое межправительственные "
     "консультации.\n\n"
     "В ходе консультаций министр торговли Вьетнама Нгуен Хонг Зиен и министр торговли "
     "Республики Корея Ким Чжон Гван обсудили поставки электроники.",
     [("Talks", "2026-10-06", "Ханой"), ("Talks", "2026-10-06", "Ханой")]),
]  # fmt: skip

# must-nots: talks of a year of their own; a summit of more states (talks on its sidelines);
# talks of another pair in the consultations' setting; talks a paragraph after it
KEPT = [
    ("2026-06-04",
     "Буэнос-Айрес, 4 июня 2026 года. В понедельник в Буэнос-Айресе прошёл "
     "бразильско-аргентинский саммит.\n\n"
     "Президент Аргентины Хавьер Милей заявил, что страны откроют новый этап отношений.\n\n"
     "По итогам переговоров в прошлом году стороны подписали меморандум о торговле.",
     [("Signing", "2025", ""), ("Summit", "2026-06-01", "Буэнос-Айрес"), ("Talks", "2025", "")]),
    ("2026-06-04",
     "Буэнос-Айрес, 4 июня 2026 года. В понедельник в Буэнос-Айресе прошёл саммит МЕРКОСУР с "
     "участием Бразилии, Аргентины, Уругвая и Парагвая.\n\n"
     "Президент Аргентины Хавьер Милей заявил, что союз откроет новый этап.\n\n"
     "По итогам переговоров Бразилия и Аргентина подписали меморандум о торговле.",
     [("Signing", "", ""), ("Summit", "2026-06-01", "Буэнос-Айрес"), ("Talks", "", "")]),
    ("2026-10-09",
     "Ханой, 9 октября 2026 года. Премьер-министр Вьетнама Фам Минь Тьинь и президент "
     "Республики Корея Ли Чжэ Мён провели во вторник в Ханое межправительственные "
     "консультации.\n\n"
     "В консультациях участвовали восемь министров с каждой стороны. Министр торговли Египта "
     "Шериф Фарук и министр торговли Иордании Яруб Кудах обсудили поставки зерна.",
     [("Talks", "", ""), ("Talks", "2026-10-06", "Ханой")]),
    ("2026-10-09",
     "Ханой, 9 октября 2026 года. Премьер-министр Вьетнама Фам Минь Тьинь и президент "
     "Республики Корея Ли Чжэ Мён провели во вторник в Ханое межправительственные "
     "консультации.\n\n"
     "В консультациях участвовали восемь министров с каждой стороны.\n\n"
     "Министр торговли Вьетнама Нгуен Хонг Зиен и министр торговли Республики Корея Ким Чжон "
     "Гван обсудили поставки электроники.",
     [("Talks", "", ""), ("Talks", "2026-10-06", "Ханой")]),
]  # fmt: skip

_KINDS = frozenset({"Talks", "Summit", "Signing"})


@pytest.mark.parametrize(("day", "text", "told"), WITHIN + KEPT)
def test_talks_within_gathering(events, day: str, text: str, told: list) -> None:
    """The talks, summits and signings a text tells, by (kind, date, place)."""
    found = sorted((e.kind, e.date, e.location) for e in events(text, day) if e.kind in _KINDS)
    assert found == told


# (press conference, its (date, place, persons)): a joint one after the pair's summit is of
# its day and place; one of one side alone ("на своей пресс-конференции") stays as it was
PRESS = [
    ("совместной пресс-конференции", ("2026-03-12", "Мадрид", ["person/pedro-sanches"])),
    ("своей пресс-конференции", ("", "", ["person/pedro-sanches"])),
]


@pytest.mark.parametrize(("press", "held"), PRESS)
def test_press_conference_at_summit(events, press: str, held: tuple) -> None:
    """The press conference's (date, place, persons)."""
    text = _SUMMIT.format(press=press) + "Стороны обсудили торговлю."
    found = [
        (e.date, e.location, [p for p in e.participants if p.startswith("person/")])
        for e in events(text, "2026-03-12")
        if e.kind == "Publication"
    ]
    assert found == [held]
