"""A list of states on the relations a level is said of, or deemed partners by a verb of
naming, is one pair each with the other side (h-relations31's own sentences)."""

from __future__ import annotations

import pytest
from relation_runs import level_rows


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    return lambda text: level_rows(analyse, text)


PARTNERS = "стратегическое партнерство"
BOTH = {("state/DEU", "state/IND", PARTNERS), ("state/FRA", "state/IND", PARTNERS)}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must: the "с"-list of the relations the verb's level is said of (was one pair of
        # the two listed states, France–Germany)
        ("Отношения Индии с Францией и Германией носят характер стратегического "
         "партнёрства.", BOTH),
        # must: each state a verb of naming deems a partner
        ("Индия считает Францию и Германию своими стратегическими партнёрами.", BOTH),
        ("Индия называет Францию и Германию своими стратегическими партнёрами.", BOTH),
        # one state: as before
        ("Индия считает Францию своим стратегическим партнёром.",
         {("state/FRA", "state/IND", PARTNERS)}),
        ("Отношения Индии и Франции носят характер стратегического партнёрства.",
         {("state/FRA", "state/IND", PARTNERS)}),
        # must-nots: deemed rivals, partners within a region
        ("Индия считает Францию и Германию своими соперниками.", set()),
        ("Индия считает Францию и Германию партнёрами в Европе.", set()),
    ],
)  # fmt: skip
def test_each_listed_state_is_a_side(read, text, found):
    assert read(text) == found
