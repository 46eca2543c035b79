"""A state "как и X" sets beside a level's subject shares its predicate (events100):
"Турция, как и Египет, разорвала дипломатические отношения с Израилем" is both Turkey's and
Egypt's break with Israel, whether "как и X" comes after the subject, before it or after the
object in the nominative. A state set apart by "в отличие от X" is no side ("Турция, в
отличие от Египта, разорвала …": Turkey's alone; with "не разорвала": none), and "как и с
X" is another partner of the subject. Sentences of our own (Egypt–Turkey–Israel,
Chile–Peru, Canada, Estonia–Latvia), with must-nots."""

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
    ("text", "found"),
    [
        ("Турция, как и Египет, разорвала дипломатические отношения с Израилем.",
         {("state/ISR", "state/TUR", _CUT), ("state/EGY", "state/ISR", _CUT)}),
        ("Как и Египет, Турция разорвала дипломатические отношения с Израилем.",
         {("state/ISR", "state/TUR", _CUT), ("state/EGY", "state/ISR", _CUT)}),
        ("Чили, как и Перу, разорвала дипломатические отношения с Венесуэлой.",
         {("state/CHL", "state/VEN", _CUT), ("state/PER", "state/VEN", _CUT)}),
        ("Канада разорвала дипломатические отношения с Ираном, как и Великобритания.",
         {("state/CAN", "state/IRN", _CUT), ("state/GBR", "state/IRN", _CUT)}),
        ("Канада, как и Великобритания и Франция, разорвала дипломатические отношения с "
         "Ираном.", {("state/CAN", "state/IRN", _CUT), ("state/GBR", "state/IRN", _CUT),
                     ("state/FRA", "state/IRN", _CUT)}),
        ("Эстония, как и Латвия, является стратегическим партнёром США.",
         {("state/EST", "state/USA", "стратегическое партнерство"),
          ("state/LVA", "state/USA", "стратегическое партнерство")}),
        # must-not: a state set apart; another partner of the subject
        ("Турция, в отличие от Египта, не разорвала дипломатические отношения с Израилем.",
         set()),
        ("Турция, в отличие от Египта, разорвала дипломатические отношения с Израилем.",
         {("state/ISR", "state/TUR", _CUT)}),
        ("Канада разорвала дипломатические отношения с Ираном, как и с Сирией.",
         {("state/CAN", "state/IRN", _CUT), ("state/CAN", "state/SYR", _CUT)}),
    ],
)  # fmt: skip
def test_a_state_alike_shares_the_level(read, text: str, found: set) -> None:  # noqa: ANN001
    assert read(text) == found
