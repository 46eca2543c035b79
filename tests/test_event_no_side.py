"""Events that should not exist and sides no one acts for: a body's own sitting is not the
document's pair's meeting; people who come from a state ("выходец из X", "приехали из X")
do not act for it; a trip of persons of no state to no place, and a forum of a site, are no
events. Sentences of our own about other pairs of states, with cases that must not change."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.events import Event

PAIR = "Чили и Перу — соседи, Перу покупает медь Чили. "
VISITS = {"Visit", "StateVisit", "OfficialVisit", "WorkingVisit"}


def _states(event: Event) -> set[str]:
    return {p for p in event.participants if p.startswith("state/")}


@pytest.mark.parametrize(
    ("text", "states"),
    [
        # a sitting of one state's own body: not the document's other state's
        (
            "В среду на заседании Центральной избирательной комиссии Чили объявили итоги "
            "голосования.",
            {"state/CHL"},
        ),
        ("Президент Перу провёл совещание правительства.", {"state/PER"}),
        # must not change: a joint body's sitting, a meeting with the other side
        ("В Сантьяго прошло заседание межправкомиссии.", {"state/CHL", "state/PER"}),
        ("Президент Перу провёл встречу с президентом Чили.", {"state/CHL", "state/PER"}),
    ],
)
def test_sitting_of_one_body(
    events: Callable[..., list[Event]], text: str, states: set[str]
) -> None:
    (meeting,) = [e for e in events(PAIR + text) if e.kind == "Meeting"]
    assert _states(meeting) == states


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        # people who come from a state, to live or study, travel for none
        ("Двое подозреваемых приехали в Канаду из Узбекистана.", []),
        ("Студенты прибыли в Японию из Вьетнама в сентябре.", []),
        # persons of no state at a private place: no visit
        (
            "По данным полиции, Иван Петренко и Олег Сидоренко побывали после взрыва в квартире "
            "Джона Смита и попытались вынести оттуда компьютеры.",
            [],
        ),
        # must not change: a delegation from a state, a person who travels to a city
        (
            "Делегация из Узбекистана прибыла в Канаду.",
            [("state/UZB", "state/CAN")],
        ),
        ("Иван Петренко побывал в Париже.", [("person/ivan-petrenko", "state/FRA")]),
        (
            "Президент Чили Габриэль Борич прибыл в Лиму из Сантьяго.",
            [("person/gabriel-borich", "state/PER")],
        ),
    ],
)
def test_no_state_travels(
    events: Callable[..., list[Event]], text: str, visits: list[tuple[str, str]]
) -> None:
    assert [(e.visitor, e.host) for e in events(text) if e.kind in VISITS] == visits


@pytest.mark.parametrize(
    ("text", "persons", "states"),
    [
        # where one comes from is no state of an election abroad
        (
            "Выходец из Перу Хосе Мартинес победил на выборах мэра Мадрида.",
            ["person/khose-martines"],
            set(),
        ),
        (
            "Уроженец Чили Педро Гомес победил на выборах мэра Парижа.",
            ["person/pedro-gomes"],
            set(),
        ),
        # must not change: the state a candidate's office names
        (
            "Президент Перу Хосе Мартинес победил на выборах.",
            ["person/khose-martines"],
            {"state/PER"},
        ),
    ],
)
def test_origin_is_no_side(
    events: Callable[..., list[Event]], text: str, persons: list[str], states: set[str]
) -> None:
    (election,) = [e for e in events(text) if e.kind == "Election"]
    assert [p for p in election.participants if p.startswith("person/")] == persons
    assert _states(election) == states


@pytest.mark.parametrize(
    ("text", "forums"),
    [
        ("Более 5000 человек уже оставили соболезнования на форуме «Вечернего шоу».", 0),
        ("Пользователь написал на форуме сайта, что визит отменён.", 0),
        # must not change: a forum held, or one a leader speaks at
        ("Президент Чили выступил на форуме в Лиме.", 1),
        ("В Лиме прошёл экономический форум.", 1),
    ],
)
def test_forum_of_a_site(events: Callable[..., list[Event]], text: str, forums: int) -> None:
    assert len([e for e in events(text) if e.kind == "Forum"]) == forums
