"""A summit of two states told in a text whose news is one side's leader's visit to the
other ("Премьер-министр Испании X прибыл в Лиссабон. В пятницу состоялся испано-португальский
саммит. Премьер-министр Португалии Y …") takes the visitor and the host's leader the text
names: its head of state, or, where it names none, its head of government; and "лидеры двух
стран" after a visit stand for a prime minister too where the text names no president of
his state. Must-nots: a state naming its president and its premier is led by the president;
a summit of more states, of an earlier year, or beside a minister's visit takes no one; a
minister is never a leader. Sentences of our own about other pairs of states (fifty-fifth
pass, h-events169)."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind, person_keys

from kg.extract.events import Event

SANCHEZ, MONTENEGRO = "person/pedro-sanches", "person/luish-montenegru"
SPAIN = "Премьер-министр Испании Педро Санчес в четверг прибыл в Лиссабон с официальным визитом. "
PORTUGAL = "Премьер-министр Португалии Луиш Монтенегру назвал Испанию главным партнёром."
SUMMIT = "В пятницу состоялся испано-португальский саммит. "
JAPAN = "Премьер-министр Японии Санаэ Такаити в четверг прибыла в Ханой с визитом. "
BRITAIN = "Премьер-министр Великобритании Кир Стармер в четверг прибыл в Дублин с визитом. "
FRIDAY = "2026-03-13"


def _persons(read: list[Event], kind: str) -> list[str]:
    return person_keys(one_of_kind(read, kind))


@pytest.mark.parametrize(
    ("text", "day", "persons"),
    [
        (SPAIN + SUMMIT + PORTUGAL, FRIDAY, [MONTENEGRO, SANCHEZ]),
        # a visit of no day of its own, reported days after the summit of its trip
        (
            "Премьер-министр Испании Педро Санчес прибыл в Лиссабон. " + SUMMIT + PORTUGAL,
            "2026-03-17",
            [MONTENEGRO, SANCHEZ],
        ),
        # the president and the premier named: the president leads
        (
            JAPAN + "В пятницу состоялся японо-вьетнамский саммит. Президент Вьетнама Лыонг "
            "Кыонг и премьер-министр Вьетнама Фам Минь Тинь назвали Японию партнёром.",
            FRIDAY,
            ["person/lyong-kyong", "person/sanae-takaichi"],
        ),
        (
            BRITAIN + "В пятницу состоялся британо-ирландский саммит. Премьер-министр Ирландии "
            "Мишель Мартин назвал визит важным.",
            FRIDAY,
            ["person/keir-starmer", "person/mishel-martin"],
        ),
        # the host's minister who met the guest is no leader: the visitor alone
        (
            SPAIN
            + "В аэропорту его встретил министр иностранных дел Португалии Пауло Рангел. "
            + SUMMIT,
            FRIDAY,
            [SANCHEZ],
        ),
    ],
)
def test_summit_during_a_visit_takes_the_two_leaders(
    events, text: str, day: str, persons: list[str]
) -> None:
    assert _persons(events(text, day), "Summit") == persons


@pytest.mark.parametrize(
    "text",
    [
        # more states than the pair
        SPAIN + "В пятницу состоялся саммит Испании, Португалии и Франции. " + PORTUGAL,
        # of an earlier year
        SPAIN + "В 2019 году в Порту состоялся испано-португальский саммит. " + PORTUGAL,
        # a minister's visit: no leader came
        "Министр иностранных дел Испании Хосе Мануэль Альбарес в четверг прибыл в Лиссабон с "
        "визитом. " + SUMMIT + PORTUGAL,
    ],
)
def test_summit_apart_from_a_leaders_visit_takes_no_one(events, text: str) -> None:
    assert _persons(events(text, FRIDAY), "Summit") == []


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            BRITAIN + "Премьер-министр Ирландии Мишель Мартин назвал визит важным. "
            "Лидеры двух стран провели переговоры.",
            ["person/keir-starmer", "person/mishel-martin"],
        ),
        # a minister is no leader: the visitor alone
        (
            BRITAIN + "Министр иностранных дел Ирландии Хелен Макэнти назвала визит важным. "
            "Лидеры двух стран провели переговоры.",
            ["person/keir-starmer"],
        ),
    ],
)
def test_leaders_of_talks_during_a_visit_take_a_prime_minister(
    events, text: str, persons: list[str]
) -> None:
    assert _persons(events(text, FRIDAY), "Talks") == persons
