"""Holders of an office told in plural ("Министры обороны двух стран встретятся …") after a
sentence that names no person but carries on with the two by its own plural subject
("Стороны обсудили …"): the two persons the sentence before that names, where they hold the
office; none where one of them is named, or where they hold another office (fifty-sixth
pass, h-names119; own sentences about Chile–Peru, Egypt–Jordan)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_keys

from kg.extract.events import Event

_CHILE_PERU = (
    "Президент Чили Габриэль Борич провел телефонный разговор с президентом Перу Диной "
    "Болуарте. Стороны обсудили вопросы торговли. "
)
_MINISTERS = (
    "Министр иностранных дел Чили Альберто ван Клаверен провел телефонный разговор с "
    "министром иностранных дел Перу Эльмером Шиалером. Стороны обсудили вопросы торговли. "
)
_EGYPT_JORDAN = (
    "Министр обороны Египта Абдель Меджид Сакр провел переговоры с министром обороны "
    "Иордании Юсефом Хнейти. Стороны обсудили ситуацию в регионе. "
)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (_CHILE_PERU + "Президенты двух стран встретятся в августе в Лиме.", 2),
        (_MINISTERS + "Министры иностранных дел двух стран встретятся в августе в Лиме.", 2),
        (_EGYPT_JORDAN + "Министры обороны двух стран встретятся в августе в Аммане.", 2),
        # must not: presidents are no ministers
        (_CHILE_PERU + "Министры иностранных дел двух стран встретятся в августе в Лиме.", 0),
        # must not: one minister named
        (
            "Министр обороны Египта Абдель Меджид Сакр провел телефонный разговор с коллегой из "
            "Иордании. Стороны обсудили ситуацию в регионе. Министры обороны двух стран "
            "встретятся в августе в Аммане.",
            0,
        ),
    ],
)
def test_planned_meeting_of_the_two(
    events: Callable[..., list[Event]], text: str, count: int
) -> None:
    (planned,) = [e for e in events(text, "2026-03-12") if e.status == "planned"]
    assert planned.kind == "Meeting"
    assert len(person_keys(planned)) == count
