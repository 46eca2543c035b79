"""The term the sentence after an appointment tells of "этот пост" ("X назначен главой
Банка Эстонии. Занимать этот пост он будет с 1 июня 2019 г. по 31 мая 2026 г."): the
appointed office starts and ends with it (h-offices51, the forty-fifth pass; own sentences
about Estonia and Latvia)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CASES = [
    ("Мадис Мюллер назначен главой Банка Эстонии. Занимать этот пост он будет с 1 июня "
     "2019г. по 31 мая 2026г.",
     "Мюллер", {("глава Банка", "2019-06-01", "2026-05-31")}),
    ("Янис Калниньш назначен министром обороны Латвии. Он будет занимать этот пост с 1 "
     "ноября 2022 года по 31 октября 2026 года.",
     "Калниньш", {("министр обороны", "2022-11-01", "2026-10-31")}),
    # must not: another's term of the post, a start of work that is no term
    ("Янис Калниньш назначен министром обороны Латвии. Этот пост Артис Пабрикс занимал с 1 "
     "ноября 2019 года по 31 октября 2022 года.",
     "Калниньш", {("министр обороны", "", "")}),
    ("Янис Калниньш назначен министром обороны Латвии. Он приступит к работе 1 ноября.",
     "Калниньш", {("министр обороны", "", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_next_term(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    """The appointed office's term, as the next sentence tells it."""
    ex = extraction_of(text, "2024-05-15", "offices")
    assert text_holdings(ex, surname, ("office", "start", "end")) == expected
