"""An ordinal of succession before a title ("Седьмой генсек ООН X") marks a former holder
only where the gazetteer's term of that office ended before the document's date (fix41,
forty-first pass); a holder whose term runs at the date, one the gazetteer gives no term,
or an undated document keeps the tense unmarked, as without the ordinal. Own sentences
about the UN, Chile–Peru, Egypt."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    # the gazetteer's term ended before the document: a former holder
    ("Седьмой генсек ООН Кофи Аннан прибыл в Каир.", "2024-05-01", "Аннан",
     {("генеральный секретарь", "org/un", True)}),
    # must not: a term running at the date stays current
    ("Девятый генсек ООН Антониу Гутерриш заявил, что Чили и Перу договорились.", "2024-05-01",
     "Гутерриш", {("генеральный секретарь", "org/un", False)}),
    # must not: before the term ended, or no term the gazetteer knows, no tense
    ("Седьмой генсек ООН Кофи Аннан прибыл в Каир.", "2003-05-01", "Аннан",
     {("генеральный секретарь", "org/un", False)}),
    ("Первый генеральный секретарь ООН Трюгве Ли посетил Осло.", "2024-05-01", "Ли",
     {("генеральный секретарь", "org/un", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "surname", "expected"), CASES)
def test_succession_ordinal(extraction, text: str, date: str, surname: str, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, date), surname) == expected


def test_undated_document_unmarked(extraction) -> None:  # noqa: ANN001
    held = holdings_of(extraction("Седьмой генсек ООН Кофи Аннан прибыл в Каир.", ""), "Аннан")
    assert not any(past for _, _, past in held)
