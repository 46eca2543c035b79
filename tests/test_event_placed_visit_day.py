"""A visit told only as "В ходе визита" by a person the text put abroad at a dated event
("Египет открыл генеральное консульство в столице Иордании. Церемония открытия прошла в среду
с участием министра иностранных дел Египта X. В ходе визита египетский министр провёл
переговоры с премьер-министром Иордании"): his visit to that state, in its capital (the
place phrase the parse hangs on the object of "открыл" counts), on the day of the event the
sentence first naming him tells him at; the talks it frames take its place and day.
Must-nots: a place of a noun of what is discussed ("обсудил положение в столице Судана"), a
visit with a place of its own, an event dated by a year alone. Sentences of our own about other
pairs of states (sixty-sixth pass, h-events247)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import one_of_kind

from kg.extract.events import Event

WEDNESDAY = "2026-12-02"  # the ceremony's day in a text of Saturday 5 December
TALKS = (
    "В ходе визита египетский министр провёл переговоры с премьер-министром Иордании "
    "Омаром Хасаном."
)
EGYPT_IN_AMMAN = (
    "Египет открыл генеральное консульство в столице Иордании. Церемония открытия прошла в "
    "среду с участием министра иностранных дел Египта Ахмеда Саида.\n\n"
)


@pytest.mark.parametrize(
    ("text", "kind", "place", "day"),
    [
        (EGYPT_IN_AMMAN + TALKS, "Talks", "Амман", WEDNESDAY),
        (
            "Чили открыла торговое представительство в Лиме. Церемония состоялась во вторник с "
            "участием министра экономики Чили Педро Рохаса.\n\nВ ходе визита чилийский министр "
            "встретился с президентом Перу Хосе Вильяром.",
            "Meeting",
            "Лима",
            "2026-12-01",
        ),
        (
            "Индия открыла культурный центр в столице Вьетнама. Церемония открытия прошла в "
            "понедельник с участием министра культуры Индии Гаджендры Шекхавата.\n\nВ ходе "
            "визита индийский министр провёл переговоры с министром культуры Вьетнама "
            "Нгуен Ван Хунгом.",
            "Talks",
            "Ханой",
            "2026-11-30",
        ),
    ],
)
def test_visit_and_its_talks_take_the_place_and_day_the_text_put_him_at(
    events: Callable[..., list[Event]], text: str, kind: str, place: str, day: str
) -> None:
    read = events(text, "2026-12-05")
    visit, talks = one_of_kind(read, "Visit"), one_of_kind(read, kind)
    assert (visit.location, visit.date) == (place, day)
    assert (talks.location, talks.date) == (place, day)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a place of what is discussed puts no one there
        (
            "Министр иностранных дел Египта Ахмед Саид обсудил положение в столице Судана с "
            "послами.\n\n" + TALKS,
            "",
        ),
        # a visit of a place of its own keeps it
        (
            EGYPT_IN_AMMAN + "В ходе визита в Эр-Рияд египетский министр провёл переговоры с "
            "наследным принцем Саудовской Аравии.",
            "Эр-Рияд",
        ),
        # an event dated by a year alone gives the visit no day
        (
            EGYPT_IN_AMMAN.replace("в среду", "в 2019 году") + TALKS,
            "Амман",
        ),
    ],
)
def test_no_day_nor_place_from_a_topic_a_year_or_over_a_visits_own(
    events: Callable[..., list[Event]], text: str, place: str
) -> None:
    visit = one_of_kind(events(text, "2026-12-05"), "Visit")
    assert (visit.location, visit.date in {WEDNESDAY, "2019"}) == (place, False)
