"""A relative past counted back from the document date (events121): "ушел в отставку
немногим более года назад" is dated to the year before the document's, at a year's
precision, as "год назад" is, never to the document's own day; "более двух месяцев" is
left alone where its count is no nominative. Sentences of our own (Estonia, Chile, Egypt)."""

from __future__ import annotations

import pytest

# (text, the event's date) in a document of 2024-12-20
AGO = [
    ("Премьер-министр Эстонии Юри Ратас ушел в отставку немногим более года назад.", "2023"),
    ("Министр иностранных дел Чили Хайнц Мункс ушел в отставку более года назад.", "2023"),
    ("Президент Египта посетил Турцию около месяца назад.", "2024-11"),
    # must keep: a counted span
    ("Премьер-министр Эстонии Юри Ратас ушел в отставку год назад.", "2023"),
    ("Премьер-министр Эстонии Юри Ратас ушел в отставку два месяца назад.", "2024-10"),
    ("Премьер-министр Эстонии Юри Ратас ушел в отставку два года назад.", "2022"),
    # must keep: no span, the dateline's day
    ("Премьер-министр Эстонии Юри Ратас ушел в отставку.", "2024-12-20"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date"), AGO)
def test_a_span_back_dates_the_event(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    date: str,
) -> None:
    (event,) = [e for e in events(text, "2024-12-20") if e.kind in {"Resignation", "Visit"}]
    assert event.date == date
