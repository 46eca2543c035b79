"""A title ending in a part's noun keeps the state's body it is part of in the office
("руководитель аппарата правительства Чили": the government's chief of staff, not the
president's), with the state where one is named, and after a past verb ("Прежде руководителем
аппарата правительства работал X") (h-offices46, the forty-fourth pass; own sentences about
Chile, Estonia, Peru)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str, bool]  # office, state, past


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person of that surname: office, state, past."""
    return text_holdings(ex, surname)  # type: ignore[return-value]


PARTS = [
    ("Руководитель аппарата правительства Чили Луис Мартинес заявил о поддержке.", "Мартинес",
     {("руководитель аппарата правительства", "state/CHL", False)}),
    ("Руководитель аппарата парламента Эстонии Яан Тамм заявил о поддержке.", "Тамм",
     {("руководитель аппарата парламента", "state/EST", False)}),
    ("Прежде руководителем аппарата правительства работал Луис Мартинес.", "Мартинес",
     {("руководитель аппарата правительства", "", True)}),
    ("До этого руководителем аппарата правительства Эстонии работал Яан Тамм.", "Тамм",
     {("руководитель аппарата правительства", "state/EST", True)}),
    # must not change: a title of the body itself, and a part of a person's office
    ("Вице-спикер парламента Эстонии Яан Тамм заявил о поддержке.", "Тамм",
     {("вице-спикер", "state/EST", False)}),
    ("Руководитель аппарата президента Перу Луис Мартинес заявил о поддержке.", "Мартинес",
     {("руководитель аппарата президента", "state/PER", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), PARTS)
def test_office_part_body_titles(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """The office keeps the body its part's noun belongs to."""
    assert holdings_of(extraction_of(text, "2024-05-15", "offices"), surname) == expected
