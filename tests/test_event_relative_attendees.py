"""Talks or a meeting whose attendees a relative clause of taking part names ("переговоры, в
которых приняли участие X и Y", "на которых присутствовали X и Y") take them and their
states as participants, dated and placed by the main clause; one a negated clause says took
no part ("в которых он не участвовал") is no participant, and the talks are not called off
by it. Seventy-second pass, sentences of our own (h-events274)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

DAY = "2026-12-07"


@pytest.mark.parametrize(
    ("text", "kind", "states", "date", "place"),
    [
        (
            "В президентском дворце в Анкаре 12 апреля состоялись переговоры, в которых "
            "приняли участие президент Азербайджана Ильхам Алиев и президент Турции Реджеп "
            "Эрдоган.",
            "Talks",
            {"state/AZE", "state/TUR"},
            "2026-04-12",
            "Анкар",
        ),
        (
            "В Анкаре 12 апреля прошли переговоры, в которых приняли участие президент Турции "
            "Реджеп Эрдоган и президент Азербайджана Ильхам Алиев.",
            "Talks",
            {"state/AZE", "state/TUR"},
            "2026-04-12",
            "Анкар",
        ),
        (
            "В Ташкенте 12 апреля прошли переговоры, участие в которых приняли президент "
            "Узбекистана и президент Таджикистана.",
            "Talks",
            {"state/UZB", "state/TJK"},
            "2026-04-12",
            "Ташкент",
        ),
        (
            "В Баку 3 мая состоялась встреча, в которой участвовали президент Азербайджана "
            "Ильхам Алиев и премьер-министр Грузии Ираклий Кобахидзе.",
            "Meeting",
            {"state/AZE", "state/GEO"},
            "2026-05-03",
            "Баку",
        ),
        (
            "В Дели 10 июня состоялись переговоры, на которых присутствовали премьер-министр "
            "Индии Нарендра Моди и президент Египта Абдель Фаттах ас-Сиси.",
            "Talks",
            {"state/IND", "state/EGY"},
            "2026-06-10",
            "Дели",
        ),
    ],
)
def test_attendees_of_a_relative_clause_take_part(
    events, text: str, kind: str, states: set[str], date: str, place: str
) -> None:
    (event,) = of_kind(events(text, DAY), kind)
    persons = [k for k in event.participants if k.startswith("person/")]
    assert states <= set(event.participants) and len(persons) == 2
    assert event.date == date and place in event.location
    assert event.status == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        # must-not: one a negated clause says took no part
        "Президент Франции Эмманюэль Макрон раскритиковал переговоры в Эр-Рияде, в которых он "
        "не участвовал.",
        "В Эр-Рияде прошли переговоры, в которых президент Франции Эмманюэль Макрон не участвовал.",
    ],
)
def test_one_denied_his_part_takes_none(events, text: str) -> None:
    (talks,) = of_kind(events(text, DAY), "Talks")
    assert not talks.participants and talks.status != "cancelled"


def test_the_sides_of_talks_keep_who_else_attends(events) -> None:
    # must-not: the clause's subject joins the sides named before, who stay
    text = (
        "Президент Египта Абдель Фаттах ас-Сиси провёл переговоры с премьер-министром Индии "
        "Нарендрой Моди, в которых участвовал также министр иностранных дел Египта."
    )
    (talks,) = of_kind(events(text, DAY), "Talks")
    assert {"state/EGY", "state/IND"} <= set(talks.participants)
