"""Elections' status and visits that are not visits: an arrival to study, work or live is
a move, no visit; a protest's quoted name is no election; whom one is chosen instead of is
not chosen; "перед выборами" in past narration tells a held election, a relative clause
of "до выборов" its own time, and a bare title a future election fills names no holder.
Sentences of our own about other pairs of states, with cases that must not change."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

VISITS = {"Visit", "StateVisit", "OfficialVisit", "WorkingVisit"}


def _visits(read: list[Event]) -> list[tuple[str, str]]:
    return [(e.visitor, e.host) for e in read if e.kind in VISITS]


def _elections(read: list[Event]) -> list[tuple[str, list[str]]]:
    return [(e.status, e.participants) for e in read if e.kind == "Election"]


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        ("Марта Лопес приехала в Испанию учиться.", []),
        ("Хуан Перес из Боливии приехал в Аргентину на заработки.", []),
        ("Студентка Анна Шульц прибыла в Японию на учёбу.", []),
        ("Хуан Перес прибыл в Чили в возрасте 22 лет по учебной визе.", []),
        # must not: a statesman's trip, whatever it is for
        (
            "Президент Бразилии Лула да Силва прибыл в Анголу на саммит.",
            [("person/luiz-inacio-lula-da-silva", "state/AGO")],
        ),
        (
            "Премьер-министр Индии Нарендра Моди прибыл в Японию с визитом.",
            [("person/narendra-modi", "state/JPN")],
        ),
    ],
)
def test_a_move_is_no_visit(events, text: str, visits: list) -> None:
    assert _visits(events(text)) == visits


@pytest.mark.parametrize(
    ("text", "elections"),
    [
        # a protest or a movement named by its cause
        ("Сторонники движения «За свободные выборы» вышли на улицы Минска.", []),
        ("Полиция Лимы вызвала участников акции «За честные выборы», прошедшей 4 февраля.", []),
        # whom one is chosen instead of
        ("Движение «Талибан» избрало нового лидера вместо ранее убитого муллы Ахмада Шаха.", []),
        # must not: the one chosen
        (
            "Парламент Перу избрал президентом Хосе Херри.",
            [("occurred", ["person/khose-kherri", "state/PER"])],
        ),
    ],
)
def test_who_is_not_elected(events, text: str, elections: list) -> None:
    assert _elections(events(text)) == elections


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # past narration: the election before which something was done is held since
        ("Министр обороны Чили Хуан Перес перед выборами посетил Аргентину.", ["occurred"]),
        # must not: told ahead, or the eve of the day's news
        ("Перед выборами министр обороны Чили Хуан Перес посетит Аргентину.", ["planned"]),
        ("Накануне выборов в Перу президент Чили заявил, что уважает выбор соседей.", ["planned"]),
        # "до выборов": the relative clause tells the election's own time
        (
            "Хуан Перес будет руководить правительством Перу до выборов, которые состоятся в "
            "апреле.",
            ["planned"],
        ),
        ("Хуан Перес руководил партией до выборов, которые прошли в апреле.", ["occurred"]),
    ],
)
def test_election_status_from_its_clause(events, text: str, statuses: list) -> None:
    assert [s for s, _ in _elections(events(text))] == statuses


@pytest.mark.parametrize(
    ("text", "elected"),
    [
        (
            "Президент Эквадора Даниэль Нобоа выступил в парламенте. На следующих выборах "
            "будет избран президент страны.",
            [],
        ),
        # must not: re-elected is the holder; a name is who is elected
        (
            "Президент Эквадора Даниэль Нобоа выступил в парламенте. На следующих выборах "
            "будет переизбран президент страны.",
            ["person/daniel-noboa"],
        ),
        (
            "Президент Эквадора Даниэль Нобоа выступил в парламенте. На следующих выборах "
            "президентом будет избран Даниэль Нобоа.",
            ["person/daniel-noboa"],
        ),
    ],
)
def test_a_post_to_fill_names_no_holder(events, text: str, elected: list) -> None:
    persons = {k for _, ps in _elections(events(text)) for k in ps if k.startswith("person/")}
    assert sorted(persons) == elected
