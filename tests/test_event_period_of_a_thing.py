"""A year a noun is "на": the thing's period, not the event's date (events118, review49 3c):
"парламент одобрит закон о государственном бюджете на 2013 г." is a planned approval of no
known date whose label does not end on "на"; "визит запланирован на 2013 год" keeps its year
(the verb's, the event's). Sentences of our own (Chile–Peru, Estonia–Latvia, Egypt)."""

from __future__ import annotations

import pytest

PERIODS = [
    "Премьер-министр Перу подтвердил намерение подать прошение об отставке после того, как "
    "парламент одобрит закон о государственном бюджете на 2013 г.",
    "Парламент Эстонии одобрил закон о бюджете на 2025 год.",
    "Парламент Египта одобрил проект бюджета на 2030 год.",
]  # fmt: skip


@pytest.mark.parametrize("text", PERIODS)
def test_a_things_period_is_no_date(events, text: str) -> None:  # noqa: ANN001
    (law,) = [e for e in events(text, "2012-12-10") if e.kind == "Approval"]
    assert not law.date.startswith(("2013", "2025", "2030"))
    assert not law.label.endswith(" на")


# must keep: a date the verb takes, with "на" or without
KEEP = [
    ("Парламент Латвии одобрил закон о бюджете 5 декабря 2024 года.", "2024-12-05"),
    ("Парламент Эстонии в 2023 году одобрил закон о бюджете.", "2023"),
]


@pytest.mark.parametrize(("text", "date"), KEEP)
def test_the_verbs_date_stays(events, text: str, date: str) -> None:  # noqa: ANN001
    (law,) = [e for e in events(text, "2024-12-10") if e.kind == "Approval"]
    assert law.date == date
