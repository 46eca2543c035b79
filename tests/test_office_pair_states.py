"""The states of two persons a title of "двух стран" gives one office: where the document
names just that pair of states and an earlier title tells one's state, the other holds the
office of the other state; else none, never by the order of the names (h-offices62, the
fifty-first pass; own sentences about Poland–Lithuania, Chile–Peru, Kenya–Uganda)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

FIELDS = ("office", "state")
CASES = [
    ("Министр иностранных дел Польши Радослав Сикорский прибыл в Литву. Документ подписали "
     "министры иностранных дел двух стран Радослав Сикорский и Габриэлюс Ландсбергис.",
     "Ландсбергис", {("министр иностранных дел", "state/LTU")}),
    ("Министр иностранных дел Польши Радослав Сикорский прибыл в Литву. Документ подписали "
     "министры иностранных дел двух стран Габриэлюс Ландсбергис и Радослав Сикорский.",
     "Ландсбергис", {("министр иностранных дел", "state/LTU")}),
    ("Министр торговли Чили Хуан Перес прибыл в Перу. Соглашение подписали министры торговли "
     "двух стран Хуан Перес и Луис Кастро.",
     "Кастро", {("министр торговли", "state/PER")}),
    # must not: neither's state told, a third state named, a pair the known one is not of
    ("Кения и Уганда подписали соглашение. Документ подписали министры энергетики двух стран "
     "Джон Камау и Питер Окелло.",
     "Окелло", {("министр энергетики", "")}),
    ("Министр торговли Чили Хуан Перес прибыл в Перу, затем в Эквадор. Соглашение подписали "
     "министры торговли двух стран Хуан Перес и Луис Кастро.",
     "Кастро", {("министр торговли", "")}),
    ("Министр торговли Чили Хуан Перес прибыл в Перу. Соглашение подписали министры торговли "
     "двух стран Луис Кастро и Мигель Рохас.",
     "Рохас", {("министр торговли", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_pair_states(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    """The second holder's state, told by the pair and the first one's."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert text_holdings(ex, surname, FIELDS) == expected
