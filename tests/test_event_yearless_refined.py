"""A sentence that gives a planned visit's month again without a year ("Визит состоится в
феврале") after one that gave its year ("посетит Австралию в следующем году") is the same
visit, and its month refines the year: the month is read in the year its tense points to
(`sameness._year_told`), as the built event's date is, not in the document's year, which no
longer fitted the visit's and left it at the year alone. Sentences of our own
(Indonesia–Australia, Chile–Peru; fifty-fourth pass, lead)."""

from __future__ import annotations

import pytest

# (document date, text, the visit's (date, status))
CASES = [
    ("2026-11-12",
     "Президент Индонезии Прабово Субианто посетит Австралию в следующем году. "
     "Визит состоится в феврале.", ("2027-02", "planned")),
    ("2026-11-12",
     "Президент Индонезии Прабово Субианто посетит Австралию в начале следующего года. "
     "Визит, как ожидается, состоится в феврале.", ("2027-02", "planned")),
    ("2025-10-01",
     "Президент Чили Габриэль Борич посетит Перу в следующем году. Визит пройдёт в марте.",
     ("2026-03", "planned")),
    # must not: a month ahead in the document's own year stays there; a past visit keeps its year
    ("2026-03-01",
     "Президент Чили Габриэль Борич посетит Перу в этом году. Визит пройдёт в мае.",
     ("2026-05", "planned")),
    ("2026-11-12",
     "Президент Чили Габриэль Борич посетил Перу в 2024 году.", ("2024", "occurred")),
]  # fmt: skip


@pytest.mark.parametrize(("doc_date", "text", "visit"), CASES)
def test_a_yearless_month_refines_the_visit_of_its_year(
    events,  # noqa: ANN001 - the conftest fixture
    doc_date: str,
    text: str,
    visit: tuple[str, str],
) -> None:
    read = [e for e in events(text, doc_date) if e.kind == "Visit"]
    assert [(e.date, e.status) for e in read] == [visit]
