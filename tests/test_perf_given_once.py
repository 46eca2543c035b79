"""The offices titles give, read once a document where the two readers list the same names
in another order (fifty-eighth pass, h-perf59): the names step lists the persons as it read
the names, the offices extractor as the linked mentions come; `read_given` takes them in
the text's order, so the extractor reuses the names step's reading (14 of 100 NEREL
documents were read twice for the order alone)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from test_given_read import named

from kg.resolve.document import NameReading
from kg.resolve.given import given_offices, read_given

_TEXT = (
    "Президент Франции Эмманюэль Макрон встретился в Берлине с канцлером Германии "
    "Олафом Шольцем и премьер-министром Италии Джорджей Мелони."
)


@pytest.fixture(scope="module")
def names() -> tuple[Doc, NameReading]:
    return named(_TEXT, "given-once")


@pytest.mark.parametrize(
    ("order", "kept"),
    [
        (lambda persons: persons[::-1], True),  # the same names, the last first
        (lambda persons: [*persons[1:], persons[0]], True),  # the first last
        (lambda persons: persons[1:][::-1], False),  # must not: a name fewer
        (lambda persons: [*persons, (0, 1)], False),  # must not: a name more
    ],
)
def test_the_same_names_in_another_order_are_read_once(names, order, kept) -> None:
    doc, reading = names
    before = reading.given_read
    assert len(before.persons) == 3 and len(before.given) == 3
    persons = order(list(before.persons))
    holds = lambda start, office, served: before.asked.get((start, office, served), False)  # noqa: E731
    found = read_given(doc, list(before.titles), persons, holds, before)
    assert (found is before) == kept
    assert found.given == given_offices(doc, list(before.titles), sorted(persons), holds)
