"""An appointment made by a vote ("Члены парламента проголосовали за назначение X
премьер-министром") is told by the vote's verb: held where it is past, ahead where it is
future, on the day the sentence gives ("в среду") or the document's; one by a body's
"утвердил X премьер-министром" is an appointment as "назначил" is, while "утвердил
бюджет" is none; a vote for elections keeps the elections planned (agr41). Sentences of
our own about other states."""

from __future__ import annotations

import pytest

from kg.extract.events import Event


def _appointments(read: list[Event]) -> list[tuple[str, str]]:
    return [(e.status, e.date) for e in read if e.kind == "Appointment"]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Члены парламента Эстонии в среду проголосовали за назначение Кристена Михала "
         "премьер-министром.", [("occurred", "2025-06-04")]),
        ("Члены парламента Эстонии проголосовали за назначение Кристена Михала "
         "премьер-министром.", [("occurred", "2025-06-05")]),
        ("Сенат Чили в понедельник проголосовал за утверждение Хосе Переса министром обороны.",
         [("occurred", "2025-06-02")]),
        ("Депутаты сейма Латвии в пятницу проголосуют за назначение Эвики Силини "
         "премьер-министром.", [("planned", "2025-06-06")]),
        ("Парламент Эстонии в среду утвердил Кристена Михала на посту премьер-министра.",
         [("occurred", "2025-06-04")]),
        ("Президент Чили утвердил Хосе Переса министром обороны.", [("occurred", "2025-06-05")]),
        # a date before the verb turns the parse round: the body appoints, the name is whom
        ("Конгресс Перу в среду утвердил Густаво Адрианзена премьер-министром.",
         [("occurred", "2025-06-04")]),
        ("Правительство Перу в среду утвердило Хосе Переса послом в Чили.",
         [("occurred", "2025-06-04")]),
        # a vote against an appointment makes none
        ("Депутаты сейма Латвии проголосовали против назначения Эвики Силини "
         "премьер-министром.", []),
        # must not: a body approving a thing appoints no one
        ("Сейм Латвии утвердил бюджет на 2026 год.", []),
        ("Сейм Латвии утвердил новый состав правительства.", []),
    ],
)  # fmt: skip
def test_an_appointment_by_vote_is_told_by_the_vote(events, text: str, told: list) -> None:
    assert _appointments(events(text, "2025-06-05")) == told


def test_a_vote_for_elections_leaves_them_ahead(events) -> None:  # noqa: ANN001
    read = events("Депутаты парламента Молдавии 30 мая проголосовали за проведение досрочных "
                  "выборов.", "2025-06-05")  # fmt: skip
    (election,) = [e for e in read if e.kind == "Election"]
    assert election.status == "planned" and election.date != "2025-05-30"
