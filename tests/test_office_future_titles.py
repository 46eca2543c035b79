"""A title the text says its holder is still to take ("будущему королю Филиппу", "Будущий
президент Перу X") gives no office, as "станет королём" gives none; "нынешний" and "бывший"
keep theirs (h-offices46, the forty-fourth pass; own sentences about Belgium, Peru, Chile,
Estonia)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str, bool]  # office, state, past


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person of that surname: office, state, past."""
    return text_holdings(ex, surname)  # type: ignore[return-value]


FUTURE = [
    ("Король Бельгии Альберт II призвал оказать помощь будущему королю Филиппу.", "Филипп",
     set()),
    ("Будущий президент Перу Хуан Перес прибыл в Лиму.", "Перес", set()),
    ("В Таллин прибыл будущий новый посол Чили Хуан Перес.", "Перес", set()),
    # must not change: the one in office, and one who has left it
    ("Нынешний президент Перу Хуан Перес прибыл в Лиму.", "Перес",
     {("президент", "state/PER", False)}),
    ("Бывший президент Перу Хуан Перес прибыл в Лиму.", "Перес",
     {("президент", "state/PER", True)}),
    ("В Таллин прибыл новый посол Чили Хуан Перес.", "Перес", {("посол", "state/CHL", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), FUTURE)
def test_office_future_titles(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """A future holder's title gives no office; a present or past one's does."""
    assert holdings_of(extraction_of(text, "2024-05-15", "offices"), surname) == expected
