"""Relations broken off only in a field (events98): "разорвали отношения в сфере
образования", "в области спорта", "по линии министерств культуры" limit the break to that
field, no change of the diplomatic relations; relations of no kind broken off, or the
diplomatic ones, still are none. Sentences of our own about Estonia, Latvia, Chile, Peru,
Canada, Mexico, Egypt, Turkey, with must-nots."""

from __future__ import annotations

import pytest
from fact_reads import relation_levels

from kg.extract.relations import extract_relations
from kg.model import Document

_CUT = "нет дипломатических отношений"


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    return lambda text: relation_levels(
        extract_relations(analyse(Document(id="t", text=text, date="2025-06-01")))
    )


@pytest.mark.parametrize(
    "text",
    [
        "Эстония разорвала отношения с Латвией в сфере образования.",
        "Эстония и Латвия разорвали отношения в сфере образования.",
        "Чили разорвала отношения с Перу в области спорта.",
        "Канада разорвала отношения с Мексикой по линии министерств культуры.",
        "Египет разорвал с Турцией отношения в культурной сфере после скандала.",
        "Отношения между Эстонией и Латвией в области науки были разорваны.",
    ],
)
def test_a_break_limited_to_a_field_is_no_cut(read, text: str) -> None:  # noqa: ANN001
    assert read(text) == set()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-keep: a break of relations of no kind, or of the diplomatic ones
        ("Эстония разорвала дипломатические отношения с Латвией.",
         {("state/EST", "state/LVA", _CUT)}),
        ("Чили разорвала отношения с Перу в знак протеста.", {("state/CHL", "state/PER", _CUT)}),
        ("Канада разорвала отношения с Мексикой в сентябре.", {("state/CAN", "state/MEX", _CUT)}),
    ],
)  # fmt: skip
def test_a_break_of_no_field_still_cuts(read, text: str, found: set) -> None:  # noqa: ANN001
    assert read(text) == found
