"""A woman's rank written as a man's rank's genitive (fifty-second pass, h-names108; sentences
of our own about Qatar–Oman, Kuwait–Bahrain): "Шейха"/"Султана" before a name, the subject
of a verb in the feminine, is her rank, and her name stands in the nominative with its own
"-а" ("Шейха Моза прибыла", not "Моз"). Must-nots: a man's name in an oblique case after
it, a verb in the masculine or plural, a man's rank, keep the readings they had."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons

from kg.model import Extraction

# sentence → each person mention → its person's name
HER_RANK = {
    "Шейха Моза прибыла в Доху.": {"Моза": "Моза"},
    "Шейха Моза посетила Маскат.": {"Моза": "Моза"},
    "В Маскат прибыла шейха Моза.": {"Моза": "Моза"},
    "Шейха Моза заявила, что Катар поддержит Оман.": {"Моза": "Моза"},
    "Шейха Джавза прибыла в Манаму.": {"Джавза": "Джавза"},
    "Султана Лулва прибыла в Маскат.": {"Лулва": "Лулва"},
    # must-nots: a man's oblique name after the man's genitive, a verb not in the feminine,
    # a man's rank
    "Шейха Мохаммеда поздравила Мария.": {"Мохаммеда": "Мохаммед", "Мария": "Мария"},
    "В Манаме встретили шейха Моза.": {"Моза": "Моз"},
    "Шейх Моза прибыл в Доху.": {"Моза": "Моза"},
}


@pytest.mark.parametrize("text", HER_RANK)
def test_her_rank_as_his_genitive(run: Callable[[str], Extraction], text: str) -> None:
    assert mention_persons(run(text)) == HER_RANK[text]
