"""A state named only as a sum's currency ("20 млн долларов США") is no second state of the
report for the unnamed-title rule: the holder's bare title is still of the one state the
text names that office of ("Министр обороны Чили объявил о закупке техники на 20 млн
долларов США. Позже министр обороны Хуан Перес …": Chile's); a state the text names
otherwise still makes two (h-offices49, the forty-fifth pass; own sentences about Chile,
Egypt, Estonia)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

from kg.model import Extraction

Holding = tuple[str, str]  # office, state


def holdings_of(ex: Extraction, surname: str) -> set[Holding]:
    """The text's holdings of the person of that surname: office, state."""
    return text_holdings(ex, surname, ("office", "state"))  # type: ignore[return-value]


CASES = [
    ("Министр обороны Чили объявил о закупке техники на 20 млн долларов США. Позже министр "
     "обороны Хуан Перес посетил базу в Арике.", "Перес", {("министр обороны", "state/CHL")}),
    ("Вице-президент Египта заявил о выделении 5 млн долларов США на восстановление. Позже "
     "вице-президент Ахмед Мохаммед выступил в парламенте.",
     "Мохаммед", {("вице-президент", "state/EGY")}),
    ("Министр финансов Эстонии сообщил, что кредит составит 40 млн долл. США. Вечером "
     "министр финансов Кайя Саар выступила в парламенте.",
     "Саар", {("министр финансов", "state/EST")}),
    # must not: the state named besides the sum, as a state, is a second one
    ("Министр обороны Чили объявил о закупке техники на 20 млн долларов США. Позже министр "
     "обороны Хуан Перес посетил базу в Арике, куда прибыла делегация США.",
     "Перес", {("министр обороны", "")}),
    ("Вице-президент Египта заявил о выделении 5 млн долларов США на восстановление и о "
     "поддержке позиции США. Позже вице-президент Ахмед Мохаммед выступил в парламенте.",
     "Мохаммед", {("вице-президент", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_unnamed_title_sums(
    extraction_of, text: str, surname: str, expected: set[Holding]
) -> None:
    """A currency's state does not count as a second state of the report."""
    assert holdings_of(extraction_of(text, "", "offices"), surname) == expected
