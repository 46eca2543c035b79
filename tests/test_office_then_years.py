"""A "тогдашний" title is held in its clause's year (sixty-fourth pass, h-names144; own
sentences about Croatia, Slovenia, Ecuador, Portugal): "В 2016 году тогдашний премьер-министр
Хорватии X посетил Любляну" gives the past row start and end 2016 at the year's precision,
as "который занимал этот пост в 2016 году" does, and a "бывший" row of the same post joins
it; "в 2015 году встретился с тогдашним президентом …" and a noun between ("визит
тогдашнего …") likewise. Must-nots: no year (past, undated), "бывший" alone (the year is the
deed's), a bound ("С 2016 года"), a year not before the document's."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

DATE = "2026-06-18"
FIELDS = ("office", "state", "past", "date", "start", "end")

CASES = [
    ("В 2016 году тогдашний премьер-министр Хорватии Тихомир Орешкович посетил Любляну.",
     "Орешкович", {("премьер-министр", "state/HRV", True, "", "2016", "2016")}),
    ("В 2015 году министр Словении встретился с тогдашним президентом Эквадора Луисом "
     "Гарсиасом.", "Гарсиас", {("президент", "state/ECU", True, "", "2015", "2015")}),
    ("В 2018 году состоялся визит тогдашнего министра иностранных дел Португалии Жоана Сантуша "
     "в Загреб.", "Сантуш", {("министр иностранных дел", "state/PRT", True, "", "2018", "2018")}),
    ("В 2016 году тогдашний премьер-министр Хорватии Тихомир Орешкович посетил Любляну. "
     "Бывший премьер-министр Хорватии Тихомир Орешкович заявил, что доволен визитом.",
     "Орешкович", {("премьер-министр", "state/HRV", True, "", "2016", "2016")}),
    # must-nots: no year; "бывший"; a bound; the document's own year
    ("Тогдашний премьер-министр Хорватии Тихомир Орешкович посетил Любляну.", "Орешкович",
     {("премьер-министр", "state/HRV", True, "", "", "")}),
    ("В 2016 году бывший премьер-министр Хорватии Тихомир Орешкович посетил Любляну.",
     "Орешкович", {("премьер-министр", "state/HRV", True, "", "", "")}),
    ("С 2016 года тогдашний премьер-министр Хорватии Тихомир Орешкович посещал Любляну.",
     "Орешкович", {("премьер-министр", "state/HRV", True, "", "", "")}),
    ("В 2026 году тогдашний премьер-министр Хорватии Тихомир Орешкович посетил Любляну.",
     "Орешкович", {("премьер-министр", "state/HRV", True, "", "", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_then_title_years(extraction_of, text: str, surname: str, expected: set) -> None:  # noqa: ANN001
    ex = extraction_of(text, DATE, "offices")
    assert text_holdings(ex, surname, FIELDS) == expected
