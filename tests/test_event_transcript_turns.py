"""A transcript of two leaders' statements read by its turns: the talks "мы" held are in the
city of the place-and-date line even where it names a landmark and ends its line with no
full stop ("Сантьяго, дворец Ла-Монеда, 12 марта 2026 года"); a welcome of the guest by his
title ("Рад приветствовать Президента Аргентины") is his visit, as "Вас" is; "я" travelling
in a turn is its speaker. Must-nots: "вас" (an audience) gives no visit of the day, a
quotation's "я" in a news text (no turns) no visitor. Our own transcripts about other pairs
of states (fifty-sixth pass, h-events181)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.events import Event
from kg.formats.textmeta import DATELINE

_VISITS = {"Visit", "OfficialVisit", "StateVisit"}

# a pair's head, place-and-date line, document date, host's and guest's turn labels
PAIRS = {
    "CHL-ARG": ("президентов Чили и Аргентины", "Сантьяго, дворец Ла-Монеда, 12 марта 2026 года",
                "2026-03-12", "Габриэль Борич (Президент Чили)",
                "Хавьер Милей (Президент Аргентины)"),
    "EGY-JOR": ("Президента Египта и Короля Иордании",
                "Каир, дворец Иттихадия, 3 февраля 2026 года", "2026-02-03",
                "Абдель Фаттах ас-Сиси (Президент Египта)",
                "Абдалла II (король Иордании)"),
}  # fmt: skip


def _transcript(pair: str, host_said: str, guest_said: str) -> str:
    head, dateline, _, host, guest = PAIRS[pair]
    return (
        f"Заявления для прессы по итогам переговоров {head}\n\n{dateline}\n\n{host}: "
        f"Уважаемый господин Президент! Дамы и господа!\n\n{host_said}\n\n{guest}: "
        f"Благодарю за тёплый приём. {guest_said}\n"
    )


def _of_kind(events: list[Event], kinds: set[str]) -> list[Event]:
    return [e for e in events if e.kind in kinds]


# talks of "мы": in the place line's city
TALKS = [
    ("CHL-ARG", "Сегодня мы провели очень содержательные переговоры.", "Сантьяго"),
    ("EGY-JOR", "Сегодня мы провели плодотворные переговоры.", "Каир"),
]  # fmt: skip


@pytest.mark.parametrize(("pair", "said", "place"), TALKS)
def test_talks_are_in_the_place_lines_city(
    events: Callable[..., list[Event]], pair: str, said: str, place: str
) -> None:
    (talks,) = _of_kind(events(_transcript(pair, said, ""), PAIRS[pair][2]), {"Talks"})
    assert (talks.date, talks.location) == (PAIRS[pair][2], place)


# a welcome by the guest's title is his visit; "вас" (an audience) is none
WELCOMED = [
    ("CHL-ARG", "Рад приветствовать Президента Аргентины в Сантьяго. Мы обсудили торговлю.",
                "person/", "Сантьяго"),
    ("EGY-JOR", "Рад приветствовать Короля Иордании в Каире. Мы обсудили торговлю.",
                "person/", "Каир"),
    ("EGY-JOR", "Рад приветствовать вас в Каире. Мы обсудили торговлю.", "", ""),
]  # fmt: skip


@pytest.mark.parametrize(("pair", "said", "visitor", "place"), WELCOMED)
def test_welcome_by_title_is_the_guests_visit(
    events: Callable[..., list[Event]], pair: str, said: str, visitor: str, place: str
) -> None:
    visits = _of_kind(events(_transcript(pair, said, ""), PAIRS[pair][2]), _VISITS)
    if not visitor:
        assert visits == []
        return
    (visit,) = visits
    assert (visit.date, visit.status, visit.location) == (PAIRS[pair][2], "occurred", place)
    assert any(p.startswith(visitor) for p in visit.participants)


# "я" travelling in the guest's turn: the guest's planned visit, the next day
TRAVELS = [
    ("CHL-ARG", "Завтра я посещу Вальпараисо.", "2026-03-13", "Вальпараисо"),
    ("EGY-JOR", "Завтра я посещу Александрию.", "2026-02-04", "Александрия"),
]  # fmt: skip


@pytest.mark.parametrize(("pair", "said", "day", "place"), TRAVELS)
def test_i_travelling_is_the_speaker(
    events: Callable[..., list[Event]], pair: str, said: str, day: str, place: str
) -> None:
    text = _transcript(pair, "Мы обсудили торговлю.", said)
    (visit,) = _of_kind(events(text, PAIRS[pair][2]), _VISITS)
    assert (visit.date, visit.status, visit.location) == (day, "planned", place)
    assert any(p.startswith("person/") for p in visit.participants)


def test_i_quoted_in_news_is_no_visitor(events: Callable[..., list[Event]]) -> None:
    """Must-not: a news text has no turns; its quotation's "я" names no visitor."""
    text = (
        "Президент Аргентины прибыл в Сантьяго. «Завтра я посещу Вальпараисо», — сказал "
        "журналистам один из членов делегации.\n"
    )
    visits = [
        e for e in _of_kind(events(text, "2026-03-12"), _VISITS) if "Вальпараисо" in e.location
    ]
    assert all(not any(p.startswith("person/") for p in e.participants) for e in visits)


# a place line ends its own line with no full stop; a day and month in running text do not
LINES = [
    ("Сантьяго, дворец Ла-Монеда, 12 марта 2026 года\n\nГабриэль Борич: …", True),
    ("Каир, 3 февраля 2026 года\nАбдалла II: …", True),
    ("Сантьяго, 12 марта 2026 года мы провели переговоры.", False),
]


@pytest.mark.parametrize(("text", "dateline"), LINES)
def test_place_line_ends_its_own_line(text: str, dateline: bool) -> None:
    assert bool(DATELINE.match(text)) is dateline
