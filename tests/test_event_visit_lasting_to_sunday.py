"""A visit told to last "до воскресенья" is a visit of days, as one "до субботы" is: the
tagger lemmatizes "воскресенья" as "воскресение", which no word of time named, so the
meeting told during it took the arrival's day. Must-not: with no lasting told, the meeting
keeps the visit's day. Sentences of our own about other pairs of states (sixty-sixth pass,
h-events247)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import one_of_kind

from kg.extract.events import Event

ARRIVAL = "Президент Кении Уильям Руто прибыл в среду в Кампалу с официальным визитом. "
MET = "Руто также встретился с президентом Уганды Йовери Мусевени."


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (ARRIVAL + "Визит продлится до воскресенья. " + MET, ""),
        (ARRIVAL + "Визит продлится до субботы. " + MET, ""),
        (
            "Министр иностранных дел Египта Ахмед Саид прибыл во вторник в Амман. Визит "
            "продлится до воскресенья. Саид также встретился с королём Иордании Абдаллой II.",
            "",
        ),
        # must not: a visit of no length told gives its day
        (ARRIVAL + MET, "2026-12-02"),
    ],
)
def test_a_visit_lasting_to_sunday_leaves_its_meeting_undated(
    events: Callable[..., list[Event]], text: str, day: str
) -> None:
    meeting = one_of_kind(events(text, "2026-12-05"), "Meeting", "Talks")
    assert meeting.date == day


@pytest.mark.parametrize(
    ("year", "place"),
    [
        ("в 2006 году", ""),  # an old paper's signing, told in the meeting: not done at it
        ("сегодня", "Лима"),  # must not: one of today is the meeting's
    ],
)
def test_an_old_signing_told_in_an_undated_meeting_takes_none_of_its_place(
    events: Callable[..., list[Event]], year: str, place: str
) -> None:
    text = (
        "Председатель Сената Чили Педро Рохас прибыл в четверг в Лиму с официальным визитом. "
        "Визит продлится до субботы.\n\nРохас также встретился с премьер-министром Перу Хосе "
        "Вильяром. Стороны обсудили соглашение о свободной торговле, подписанное " + year + "."
    )
    signing = one_of_kind(events(text, "2026-12-05"), "Signing")
    assert signing.location == place
