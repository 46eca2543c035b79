"""A ruler named by his one name after his rank before a person named in full with that word
as the surname is his own person ("Король Иордании Хусейн … Ахмед Хусейн": the plan had
lengthened the king's name to the minister's, who took the king's office), and a later bare
word both may be is neither's mention ("… Хусейн отметил": either; it joined the one named
in full). Must-nots: the bare word with one bearer in the text stays his ("Ахмед Хусейн …
Хусейн отметил", "Король Иордании Хусейн … Хусейн отметил"). Seventy-first pass, h-names159;
own sentences about Jordan–Egypt, Brunei–Thailand, Malaysia–Indonesia."""

from __future__ import annotations

from collections import Counter

import pytest


def _mentions(ex) -> Counter[str]:
    """Person name → how many mentions name them."""
    names = {e.key: e.name for e in ex.entities if e.type == "Person"}
    return Counter(names[m.entity] for m in ex.mentions if m.entity in names)


CASES = [
    ("Король Иордании Хусейн принял делегацию Египта. Министр иностранных дел Египта Ахмед "
     "Хусейн участвовал во встрече. Хусейн отметил важность сотрудничества.",
     {"Хусейн": 1, "Ахмед Хусейн": 1}),
    ("Министр иностранных дел Египта Ахмед Хусейн прибыл в Амман. Его принял король Иордании "
     "Хусейн. Хусейн отметил важность сотрудничества.",
     {"Хусейн": 1, "Ахмед Хусейн": 1}),
    ("Султан Брунея Хассанал принял делегацию Таиланда. Посол Таиланда Сомчай Хассанал был на "
     "встрече. Хассанал заявил о поддержке.",
     {"Хассанал": 1, "Сомчай Хассанал": 1}),
    # must not: one bearer of the bare word
    ("Министр иностранных дел Египта Ахмед Хусейн прибыл в Амман. Хусейн отметил важность "
     "сотрудничества.", {"Ахмед Хусейн": 2}),
    ("Король Иордании Хусейн принял делегацию Египта. Хусейн отметил важность сотрудничества.",
     {"Хусейн": 2}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "counts"), CASES)
def test_ruler_and_namesake(extraction_of, text: str, counts: dict[str, int]) -> None:
    got = _mentions(extraction_of(text, "2026-12-04", "offices"))
    named = {n: c for n, c in got.items() if any(w in n for w in ("Хусейн", "Хассанал"))}
    assert named == counts


def test_ruler_keeps_his_office(extraction_of) -> None:
    """The king named first keeps the king's office; the minister his own."""
    ex = extraction_of(CASES[0][0], "2026-12-04", "offices")
    offices = {(e.name, e.office) for e in ex.entities if e.type == "Person"}
    assert {("Хусейн", "король"), ("Ахмед Хусейн", "министр иностранных дел")} <= offices
