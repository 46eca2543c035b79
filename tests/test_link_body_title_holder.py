"""An organization's title with no name beside it ("Генсек НАТО заявил") stands for the
gazetteer's holder of that office of that body only where exactly one holder's term covers
the document's date, as a state's title does (test_link_title_single_holder.py): an undated
text, a year in which the post changed hands, or a former holder links no one. Sentences of
our own (forty-third pass, h-offices43)."""

from __future__ import annotations

import pytest

NATO = "Генсек НАТО заявил, что альянс поддержит Эстонию и Латвию."
CASES = [
    (NATO, "2025-03-10", {"person/mark-rutte"}),
    (NATO, "2019-05-05", {"person/jens-stoltenberg"}),
    ("Генеральный секретарь НАТО посетил Таллин и Ригу.", "2025-03-10", {"person/mark-rutte"}),
    # must not: no date; two held it that year; a former holder is not the one in office
    (NATO, "", set()),
    (NATO, "2024", set()),
    ("Бывший генсек НАТО заявил, что альянс поддержит Эстонию и Латвию.", "2025-03-10", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "persons"), CASES)
def test_a_body_title_links_the_one_holder_at_the_date(extraction, text, date, persons) -> None:  # noqa: ANN001
    ex = extraction(text, date)
    assert {e.key for e in ex.entities if e.type == "Person"} == persons
