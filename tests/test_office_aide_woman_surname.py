"""An aide's title ("советник президента", "помощник президента", "пресс-секретарь
премьер-министра") before a woman's name in the nominative, whose surname is a woman's
nominative or a man's genitive alone ("Гаджиева"), with a feminine verb, is the woman's:
she agrees with the verb by her surname, though her first name reads as a man's ("Хикмет",
"Мурат"); main gave her the genitive title's office ("президент"). Own sentences about
Azerbaijan, Turkmenistan, Turkey, Norway, Ghana (h-names128, the fifty-ninth pass).
Must-nots: the head of state keeps his office, a man's verb before a woman's first name
still tells the adviser apart, a man's name stays the adviser, a genitive name after an
oblique aide's title as main reads it."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

Holding = tuple[str, str, bool]  # office, state, past


CASES = [
    ("Советник президента Азербайджана Хикмет Гаджиева заявила о переговорах с Грузией.",
     "Гаджиева", {("советник президента", "state/AZE", False)}),
    ("Помощник президента Туркменистана Мурат Бердыева заявила о визите в Иран.",
     "Бердыева", {("помощник президента", "state/TKM", False)}),
    ("Пресс-секретарь премьер-министра Турции Хикмет Ахмедова заявила о визите в Грецию.",
     "Ахмедова", {("пресс-секретарь премьер-министра", "state/TUR", False)}),
    # must not: the head of state is the president
    ("Президент Азербайджана Ильхам Алиев заявил о переговорах с Грузией.",
     "Алиев", {("президент", "state/AZE", False)}),
    # must not: a man's verb before a woman's first name: the adviser is another, she the premier
    ("Советник премьер-министра Норвегии Ингрид Хольм заявил о визите в Данию.",
     "Хольм", {("премьер-министр", "state/NOR", False)}),
    # must not: a man's name agreeing with a man's verb is the adviser
    ("Советник президента Азербайджана Хикмет Гаджиев заявил о переговорах с Грузией.",
     "Гаджиев", {("советник президента", "state/AZE", False)}),
    # must not: after an oblique aide's title, a name of no case told is the aide's
    ("Министр иностранных дел Того принял советника президента Ганы Кваме Оту.",
     "Оту", {("советник президента", "state/GHA", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_aide_woman_surname(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """The office a name after an aide's title and its genitive title holds."""
    ex = extraction_of(text, "2026-03-12", "offices")
    assert text_holdings(ex, surname) == expected
