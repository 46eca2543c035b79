"""A participle of holding beside the holder dates its term (sixty-fourth pass, h-names145;
own sentences about Lithuania, Poland, Czechia, Slovakia).

"X, занимающий эту должность с 2024 года, …" starts X's office in 2024, as "…, который
занимает этот пост с 2024 года" does (`clause_term`); not a participle of another post
("занимающий пост министра обороны с 2020 года" beside a premier). A predecessor's
("сменила на этом посту Y, занимавшего эту должность с 2022 года") starts Y's past row."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

DATE = "2026-06-18"
FIELDS = ("office", "state", "past", "date", "start", "end")

PARTICIPLES = [
    ("Министр обороны Литвы Довиле Шакалене, занимающая эту должность с 2024 года, заявила о "
     "новых закупках.", "Шакалене",
     {("министр обороны", "state/LTU", False, DATE, "2024", "")}),
    ("Министр финансов Польши Анджей Доманьский, занимающий этот пост с 2023 года, прибыл в "
     "Вильнюс.", "Доманьский", {("министр финансов", "state/POL", False, DATE, "2023", "")}),
    ("Президент Чехии Петр Павел, занимающий эту должность с 2023 года, посетил Братиславу.",
     "Павел", {("президент", "state/CZE", False, DATE, "2023", "")}),
    # a predecessor's participle: his start; the change's date is no end of his (not told)
    ("Новый министр обороны Литвы Довиле Шакалене в декабре 2024 года сменила на этом посту "
     "Лауринаса Кащюнаса, занимавшего эту должность с 2022 года.", "Кащюнас",
     {("министр обороны", "state/LTU", True, "", "2022", "")}),
    # must-not: a participle of another post
    ("Премьер-министр Словакии Роберт Фицо, занимающий пост министра обороны с 2020 года, "
     "прибыл в Прагу.", "Фицо", {("премьер-министр", "state/SVK", False, DATE, "", ""),
                                 ("министр обороны", "state/SVK", False, DATE, "2020", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), PARTICIPLES)
def test_participle_start(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    ex = extraction_of(text, DATE, "offices")
    assert text_holdings(ex, surname, FIELDS) == expected
