"""The host who met a visitor, told by a pronoun after the visit ("X прибыл в Лиму. Его
встретил президент Перу Y"), takes part in the visit and in the meeting "в ходе" it told
next. Must-nots: the press ("Его встретили журналисты") adds no one; "её" does not stand for
a man who arrived; a minister who met him at the airport is not in talks of another day.
Sentences of our own about other pairs of states (fifty-third pass, h-events151)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

CHILE = "Президент Чили Андрес Сото в понедельник прибыл в Лиму с рабочим визитом. "
JORDAN = "Король Иордании Абдалла II во вторник прибыл в Каир с официальным визитом. "
MET = "В ходе встречи стороны обсудили торговлю."


def _persons(read: list[Event], kind: str) -> list[str]:
    (event,) = [e for e in read if e.kind == kind]
    return sorted(p for p in event.participants if p.startswith("person/"))


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (CHILE + "Его встретил президент Перу Луис Мендоса. " + MET, "person/luis-mendosa"),
        (
            JORDAN + "Его встретил президент Египта Абдель Фаттах ас-Сиси. " + MET,
            "person/abdel-fattah-el-sisi",
        ),
    ],
)
def test_the_host_who_met_the_visitor_takes_part(events, text: str, host: str) -> None:
    read = events(text, "2025-10-22")
    visit = next(e for e in read if e.kind in {"WorkingVisit", "OfficialVisit", "Visit"})
    assert host in _persons(read, visit.kind)
    assert host in _persons(read, "Meeting")


@pytest.mark.parametrize(
    "text",
    [
        CHILE + "Его встретили журналисты. " + MET,  # the press is no side
        CHILE + "Её встретил президент Перу Луис Мендоса.",  # "её" is not the man who arrived
    ],
)
def test_no_one_of_a_state_or_not_the_visitor(events, text: str) -> None:
    for e in events(text, "2025-10-22"):
        assert "person/luis-mendosa" not in e.participants


def test_a_greeter_at_the_airport_is_not_in_talks_of_another_day(events) -> None:
    text = (
        CHILE + "В аэропорту его встретил министр иностранных дел Перу Хавьер Гонсалес. "
        "Переговоры с президентом Перу Луисом Мендосой пройдут в среду."
    )
    read = events(text, "2025-10-20")
    visit = next(e for e in read if e.kind == "WorkingVisit")
    assert "person/khaver-gonsales" in visit.participants
    assert "person/khaver-gonsales" not in _persons(read, "Talks")
