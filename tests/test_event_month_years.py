"""A month told without a year (events100, a guard: these already held): in a past-tense
sentence a month before the document's is this year's and the event occurred ("в марте
президенты провели переговоры" in a document of May 2024: March 2024), a later one last
year's; in a future-tense sentence a month before the document's is next year's and the
event planned, a later one this year's. Sentences of our own (Chile–Peru, Estonia–Latvia,
Egypt–Turkey)."""

from __future__ import annotations

import pytest

# (text, kind, status, date), in a document of 2024-05-20
MONTHS = [
    ("В марте президенты Чили и Перу провели переговоры.", "Talks", "occurred", "2024-03"),
    ("Переговоры президентов Чили и Перу состоялись в марте.", "Talks", "occurred", "2024-03"),
    ("15 марта министры иностранных дел Эстонии и Латвии встретились в Риге.", "Meeting",
     "occurred", "2024-03-15"),
    ("В марте президент Египта посетил Турцию.", "Visit", "occurred", "2024-03"),
    ("В марте Египет и Турция подписали соглашение о сотрудничестве.", "Signing", "occurred",
     "2024-03"),
    ("Президент Египта посетит Турцию в июне. В марте президенты двух стран провели "
     "переговоры в Каире.", "Talks", "occurred", "2024-03"),
    ("В декабре президент Чили посетил Перу.", "Visit", "occurred", "2023-12"),
    # future tense: an earlier month is next year's
    ("В марте президенты Чили и Перу проведут переговоры.", "Talks", "planned", "2025-03"),
    ("15 марта министры иностранных дел Эстонии и Латвии встретятся в Риге.", "Meeting",
     "planned", "2025-03-15"),
    ("В марте президент Египта посетит Турцию.", "Visit", "planned", "2025-03"),
    ("В декабре президент Чили посетит Перу.", "Visit", "planned", "2024-12"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "status", "date"), MONTHS)
def test_a_month_without_a_year_is_read_by_the_tense(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    kind: str,
    status: str,
    date: str,
) -> None:
    found = [(e.status, e.date) for e in events(text, "2024-05-20") if e.kind == kind]
    assert (status, date) in found
