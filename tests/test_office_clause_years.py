"""A title beside a name held in its clause's one past year, and a participle's start
(sixty-fourth pass, h-names145; own sentences about Lithuania, Estonia, Latvia, Poland,
Czechia, Slovakia, Finland).

"В 2023 году президенты двух стран X и Y подписали заявление" gives each a past row of 2023
at the year's precision, as a "тогдашний" title's (`year_term`), not one of the document's
date. Must-nots: the document's own year, a bound ("С 2023 года"), a year of another clause
("заявил, что в 2023 году страны подписали"), a future year ("в 2030 году посетит"), a
verb of taking ("в 2023 году сменил на этом посту Y": a start, not a year held).

"X, занимающий эту должность с 2024 года, …" starts X's office in 2024, as "…, который
занимает этот пост с 2024 года" does (`clause_term`); not a participle of another post
("занимающий пост министра обороны с 2020 года" beside a premier). A predecessor's
("сменила на этом посту Y, занимавшего эту должность с 2022 года") starts Y's past row."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

DATE = "2026-06-18"
FIELDS = ("office", "state", "past", "date", "start", "end")

YEARS = [
    ("В 2023 году президенты двух стран Гитанас Науседа и Алар Карис подписали совместное "
     "заявление.", "Карис", {("президент", "", True, "", "2023", "2023")}),  # no state: as before
    ("В 2024 году премьер-министр Латвии Эвика Силиня посетила Таллин.", "Силиня",
     {("премьер-министр", "state/LVA", True, "", "2024", "2024")}),
    ("В 2022 году состоялся визит министра иностранных дел Финляндии Пекки Хаависто в Ригу.",
     "Хаависто", {("министр иностранных дел", "state/FIN", True, "", "2022", "2022")}),
    # must-nots: the document's year; a bound; another clause's year; a future year
    ("В 2026 году премьер-министр Латвии Эвика Силиня посетила Таллин.", "Силиня",
     {("премьер-министр", "state/LVA", False, DATE, "", "")}),
    ("С 2023 года премьер-министр Латвии Эвика Силиня регулярно посещает Таллин.", "Силиня",
     {("премьер-министр", "state/LVA", False, DATE, "", "")}),
    ("Премьер-министр Латвии Эвика Силиня заявила, что в 2023 году страны подписали договор.",
     "Силиня", {("премьер-министр", "state/LVA", False, DATE, "", "")}),
    ("Президент Латвии Эдгар Ринкевич в 2023 году сменил на этом посту Эгилса Левитса.",
     "Ринкевич", {("президент", "state/LVA", False, DATE, "", "")}),
    ("В 2030 году премьер-министр Латвии Эвика Силиня посетит Таллин.", "Силиня",
     {("премьер-министр", "state/LVA", False, DATE, "", "")}),
]  # fmt: skip

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


@pytest.mark.parametrize(("text", "surname", "expected"), YEARS)
def test_title_in_past_year(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    ex = extraction_of(text, DATE, "offices")
    assert text_holdings(ex, surname, FIELDS) == expected


@pytest.mark.parametrize(("text", "surname", "expected"), PARTICIPLES)
def test_participle_start(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    ex = extraction_of(text, DATE, "offices")
    assert text_holdings(ex, surname, FIELDS) == expected
