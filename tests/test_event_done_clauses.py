"""What plans an event and what does not: a word of planning in a clause beside the event
("на второй встрече сумел уговорить X") or above the finite verb of a clause coordinated
with its own ("собирался в отпуск и провёл переговоры") plans that clause, not the event,
which its own verb tells as done. Sentences of our own about other pairs of states, with
cases that must stay planned."""

from __future__ import annotations

import pytest

from kg.extract.events import Event

TALKS = {"Talks", "Meeting"}


def _statuses(read: list[Event], kinds: set[str]) -> list[str]:
    return [e.status for e in read if e.kind in kinds]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Уже на второй встрече министр Чили Хуан Перес сумел уговорить президента Перу "
            "Дину Болуарте снизить пошлины.",
            "occurred",
        ),
        (
            "На переговорах министр Чили Хуан Перес сумел убедить президента Перу Дину "
            "Болуарте снизить пошлины.",
            "occurred",
        ),
        (
            "Министр Чили Хуан Перес собирался в отпуск и провёл переговоры с министром Перу "
            "Ана Сесилией Сервантес.",
            "occurred",
        ),
        # must stay planned: the planning word is the event's own verb or above it
        (
            "На встрече с министром Чили Хуаном Пересом президент Перу Дина Болуарте "
            "собирается уговорить его отменить пошлины.",
            "planned",
        ),
        (
            "Президент Перу Дина Болуарте планирует посетить Чили и провести переговоры с "
            "министром Чили Хуаном Пересом.",
            "planned",
        ),
    ],
)
def test_a_plan_beside_the_talks_is_not_theirs(events, text: str, status: str) -> None:
    assert _statuses(events(text), TALKS) == [status]


def test_persuading_to_visit_plans_the_visit(events) -> None:
    """Must stay planned: the visit is the complement of "уговорила"."""
    text = "Президент Перу Дина Болуарте уговорила министра Чили Хуана Переса посетить Лиму."
    assert _statuses(events(text), {"Visit"}) == ["planned"]
