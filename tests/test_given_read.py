"""The offices titles give, read once a document where both readers ask alike: the offices
extractor takes the names step's reading (`read_given`) only where it reads the same
titles and persons and its `holds` answers each question the same; else it reads afresh,
and finds what `given_offices` finds."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.nlp.pipeline import build_pipeline
from kg.resolve.document import NameReading, read_names
from kg.resolve.given import GivenRead, given_offices, read_given

_TEXT = (
    "Министр иностранных дел Бразилии Мауро Виейра прибыл в Анкару, где его встретил "
    "президент Турции Реджеп Тайип Эрдоган."
)


def named(text: str, doc_id: str) -> tuple[Doc, NameReading]:
    """The text's Doc and the names step's reading of it (`test_perf_given_once` too)."""
    doc = build_pipeline()(text)
    return doc, read_names(doc, Document(id=doc_id, text=text), Gazetteer.load())


@pytest.fixture(scope="module")
def names() -> tuple[Doc, NameReading]:
    return named(_TEXT, "given-read")


def _answers(before: GivenRead, flip: bool) -> Callable[[int, str, str], bool]:
    """A `holds` that answers as the names step did, or each question otherwise."""
    return lambda start, office, served: before.asked.get((start, office, served), False) != flip


@pytest.mark.parametrize(
    ("flip", "drop_person", "kept"),
    [
        (False, False, True),  # the same titles, persons and answers: the names step's reading
        (True, False, False),  # must not: `holds` answers otherwise
        (False, True, False),  # must not: another list of persons
    ],
)
def test_given_read_reused_only_where_read_alike(names, flip, drop_person, kept) -> None:
    doc, reading = names
    before = reading.given_read
    assert before.asked and before.given
    persons = before.persons[1:] if drop_person else list(before.persons)
    holds = _answers(before, flip)
    found = read_given(doc, list(before.titles), persons, holds, before)
    assert (found is before) == kept
    assert found.given == given_offices(doc, list(before.titles), persons, holds)
