"""Those who accompany a visitor, told by a pronoun after the visit ("Президент Кении X
прибыл в Кампалу. Его сопровождает министр иностранных дел Кении Y"): officials of the
visitor's party, they take part in the visit. Must-nots: a spouse, the press, a pronoun of
the other gender add no one. Sentences of our own about other pairs of states (fifty-fourth
pass, h-events159)."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

KENYA = "Президент Кении Уильям Руто во вторник прибыл в Кампалу с государственным визитом. "
CHILE = "Президент Чили Андрес Сото в понедельник прибыл в Лиму с рабочим визитом. "
JORDAN = "Король Иордании Абдалла II во вторник прибыл в Каир с официальным визитом. "
VISITS = frozenset({"StateVisit", "WorkingVisit", "OfficialVisit", "Visit"})


def _persons(read: list[Event]) -> list[str]:
    (visit,) = [e for e in read if e.kind in VISITS]
    return sorted(p for p in visit.participants if p.startswith("person/"))


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            KENYA + "Его сопровождает министр иностранных дел Кении Мусалия Мудавади.",
            ["person/musaliya-mudavadi", "person/uilyam-ruto"],
        ),
        (
            CHILE + "Его сопровождают министр иностранных дел Чили Альберто ван Клаверен и "
            "министр обороны Чили Майя Фернандес.",
            ["person/alberto-van-klaveren", "person/andres-soto", "person/mayya-fernandes"],
        ),
        (
            JORDAN + "Гостя сопровождал министр иностранных дел Иордании Айман Сафади.",
            ["person/abdalla-ii", "person/ayman-safadi"],
        ),
    ],
)
def test_officials_accompanying_the_visitor_take_part(
    events, text: str, persons: list[str]
) -> None:
    assert _persons(events(text, "2025-10-22")) == persons


@pytest.mark.parametrize(
    "text",
    [
        CHILE + "Его сопровождала супруга Мария Сото.",
        CHILE + "Его сопровождала супруга президента Чили Мария Сото.",
        CHILE + "Его сопровождали журналисты.",
        # "её" does not stand for a man who arrived
        CHILE + "Её сопровождает министр иностранных дел Чили Альберто ван Клаверен.",
    ],
)
def test_no_official_of_the_party_adds_no_one(events, text: str) -> None:
    assert _persons(events(text, "2025-10-22")) == ["person/andres-soto"]
