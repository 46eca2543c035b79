"""Who travels where: the visitor of ", который прибыл в страну" is the one the clause
describes, not the subject of the verb above it; a visit "в страну" is located in the
state that word stands for; a name the parser hangs on the last noun of a title's phrase
("с автором закона о «…» X") still meets. Sentences of our own about other pairs of
states, with cases that must not change."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

VISITS = {"Visit", "StateVisit", "OfficialVisit", "WorkingVisit"}


def _visits(read: list[Event]) -> list[tuple[str, str, str]]:
    return [(e.visitor, e.host, e.location) for e in read if e.kind in VISITS]


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        (
            "Президент Эквадора принял в Кито президента Колумбии, который прибыл в страну с "
            "визитом.",
            [("state/COL", "state/ECU", "Эквадор")],
        ),
        (
            "Премьер-министр Испании принял в Мадриде делегацию Марокко, которая прибыла в "
            "страну с визитом.",
            [("state/MAR", "state/ESP", "Испания")],
        ),
        (
            "Активистка Анна Шульц сказала, что о визах для Греции не думала, когда приехала в "
            "страну летом.",
            [("person/anna-shults", "state/GRC", "Греция")],
        ),
        # must not change: a destination named by its own name
        (
            "Президент Колумбии Густаво Петро прибыл в Эквадор с визитом.",
            [("person/gustavo-petro", "state/ECU", "Эквадор")],
        ),
    ],
)
def test_who_travels_to_the_country(events, text: str, visits: list) -> None:
    assert _visits(events(text)) == visits


@pytest.mark.parametrize(
    ("text", "guest", "met"),
    [
        (
            "Президент Чили Габриэль Борич встретился с автором закона о запрете «продажи лития» "
            "Хуаном Лопесом.",
            "person/khuan-lopes",
            True,
        ),
        # must not: a name in the title's own case is the title's ("закона … Лопеса")
        (
            "Президент Чили Габриэль Борич встретился с автором закона Хуана Лопеса.",
            "person/khuan-lopes",
            False,
        ),
    ],
)
def test_a_name_hung_on_a_titles_last_noun_meets(events, text: str, guest: str, met: bool) -> None:
    (meeting,) = [e for e in events(text) if e.kind in {"Meeting", "Talks"}]
    assert (guest in meeting.participants) is met


@pytest.mark.parametrize(
    ("text", "met"),
    [
        (  # "Он" stands for the "он" of the sentence before, which stands for Перес
            "Министр Чили Хуан Перес давно работает в правительстве. Он руководил портом "
            "Вальпараисо. Он встречался с президентом Перу Диной Болуарте.",
            True,
        ),
        # must not: the subject before is no person, and "Он" reaches no further back
        (
            "Министр Чили Хуан Перес давно работает в правительстве. Порт Вальпараисо вырос "
            "вдвое. Он встречался с президентом Перу Диной Болуарте.",
            False,
        ),
        # a subject "он" of the sentence after the one named; not "она" for a man
        (
            "Министр Чили Хуан Перес прибыл в Лиму. Он встретился с премьер-министром Японии "
            "Фумио Кисидой.",
            True,
        ),
        (
            "Министр Чили Хуан Перес прибыл в Лиму. Она встретилась с премьер-министром Японии "
            "Фумио Кисидой.",
            False,
        ),
    ],
)
def test_a_chain_of_he_reaches_the_one_named(events, text: str, met: bool) -> None:
    (meeting,) = [e for e in events(text) if e.kind in {"Meeting", "Talks"}]
    assert ("person/khuan-peres" in meeting.participants) is met


# a kin word's possessor does not travel, nor does the state of their phrase: the kin does,
# where named; a kin no name names makes no visit between states
@pytest.mark.parametrize(
    ("text", "visitor"),
    [
        ("Сын скончавшегося министра Чили Хуана Переса Мануэль прибыл в Лиму.",
         "person/manuel-in-t"),
        ("Дочь президента Бразилии Лулы да Силвы прибыла в Буэнос-Айрес.", None),
        ("Сын президента Аргентины Хавьера Милея посетил Перу.", None),
        ("Премьер-министр Перу, сын бывшего президента Перу Алана Гарсии, Хосе Гарсия прибыл в "
         "Сантьяго.", "person/khose-garsiya"),
        # must not change: the one named travels, whoever comes with them
        ("Премьер-министр Перу Хосе Гарсия, сын бывшего президента Перу Алана Гарсии, прибыл в "
         "Сантьяго.", "person/khose-garsiya"),
        ("Президент Аргентины Хавьер Милей с сыном посетил Перу.", "person/javier-milei"),
    ],
)  # fmt: skip
def test_whose_kin_travels_does_not(events, text: str, visitor: str | None) -> None:
    visits = [e for e in events(text) if e.kind in VISITS]
    assert [e.visitor for e in visits] == ([visitor] if visitor else [])
    assert not any("person/khuan-peres" in e.participants for e in visits)


# text → the visitor, the status: "во время своего визита" is the visit of the subject of its
# clause, also where the parser hangs that subject on a later clause's verb (", что его
# поддержит Y": not Y's visit, nor one ahead by that verb's tense)
OWN_VISIT = [
    ("Во время своего визита в Сантьяго президент Перу Хуан Перес выразил надежду, что его "
     "поддержит президент Аргентины Хавьер Милей.", "person/khuan-peres", "occurred"),
    ("Во время своего визита в Лиму президент Чили Габриэль Борич заявил, что Аргентина "
     "поддержит Перу.", "person/gabriel-borich", "occurred"),
    # the subject of its own verb stays the visitor
    ("Во время своего визита в Лиму президент Чили Габриэль Борич встретился с министрами.",
     "person/gabriel-borich", "occurred"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visitor", "status"), OWN_VISIT)
def test_ones_own_visit_is_the_clause_subjects(events, text, visitor, status) -> None:
    (visit,) = [e for e in events(text) if e.kind == "Visit"]
    assert (visit.visitor, visit.status) == (visitor, status)
