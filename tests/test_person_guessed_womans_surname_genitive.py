"""A man's surname whose genitive in "-а" the dictionary guesses only as a woman's first name
("Хун Манета": "Манета") is no nominative: the tagger's genitive stands, so the name after a
genitive title holds it, with its state, in a list after "в присутствии" too (seventy-second
pass, h-names163; own sentences about Laos, Cambodia, Thailand, Vietnam)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

Holding = tuple[str, str]  # office, state

CASES = [
    ("Соглашение подписано в присутствии премьер-министра Лаоса Сонексая Сипхандона и "
     "премьер-министра Камбоджи Хун Манета.", "Манет", {("премьер-министр", "state/KHM")}),
    ("Визит премьер-министра Камбоджи Хун Манета в Бангкок начался в среду.", "Манет",
     {("премьер-министр", "state/KHM")}),
    ("Меморандум подписан в присутствии премьер-министра Камбоджи Хун Манета и "
     "премьер-министра Таиланда Анутина Чанвиракуна.", "Чанвиракун",
     {("премьер-министр", "state/THA")}),
    # must not: a woman named after a genitive title, the subject of a feminine verb; her
    # first name the dictionary knows
    ("Пресс-секретарь премьер-министра Камбоджи Сок Манета заявила журналистам о визите.",
     "Манета", {("пресс-секретарь премьер-министра", "state/KHM")}),
    ("Заместитель генсека ООН Мария Луиза заявила журналистам о визите.", "Луиза",
     {("заместитель генерального секретаря", "org/un")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_guessed_womans_name_as_his_genitive(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """The title's office and state."""
    ex = extraction_of(text, "2025-03-02", "offices")
    assert text_holdings(ex, surname, ("office", "state")) == expected
