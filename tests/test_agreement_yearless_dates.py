"""A paper's date written without a year takes the year its status points to, by day, as its
signing event's does (`_year_by_status` in kg.extract.agreements.extract): in a report of
6 March 2025, "подписали … 12 мая" is 12 May 2024, "подпишут … 12 января" 12 January 2026.
Must-nots: a signed day before the report's keeps its year, and so does a day the text
writes with its year. Sentences of our own about other pairs (lead, fifty-second pass)."""

from __future__ import annotations

import pytest
from agreement_runs import dated_rows

from kg.extract.agreements.extract import read_agreements
from kg.extract.events import extract_events
from kg.model import Document

TRADE = "Соглашение о торговле"
CHL_PER = ("state/CHL", "state/PER")
REPORT = "2025-03-06"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Президенты Чили и Перу 12 мая подписали соглашение о торговле.",
         (TRADE, "signed", "2024-05-12", CHL_PER)),
        ("Президенты Чили и Перу подпишут соглашение о торговле 12 января.",
         (TRADE, "planned", "2026-01-12", CHL_PER)),
        # must not: a signed day before the report's, a planned one after it
        ("Президенты Чили и Перу 2 марта подписали соглашение о торговле.",
         (TRADE, "signed", "2025-03-02", CHL_PER)),
        ("Президенты Чили и Перу подпишут соглашение о торговле 12 мая.",
         (TRADE, "planned", "2025-05-12", CHL_PER)),
        # must not: a day written with its year (2024 is before the report: kept)
        ("Президенты Чили и Перу 12 мая 2024 года подписали соглашение о торговле.",
         (TRADE, "signed", "2024-05-12", CHL_PER)),
    ],
)  # fmt: skip
def test_a_yearless_date_takes_the_year_the_status_points_to(analyse, text, row):
    assert dated_rows(analyse, text, REPORT) == {row}


def test_the_paper_and_its_signing_share_the_day(analyse):
    ctx = analyse(
        Document(
            id="t",
            text="Министры Кении и Уганды 20 июня подписали меморандум о транзите.",
            date=REPORT,
        )
    )
    reading = read_agreements(ctx)
    signings = [e for e in extract_events(ctx, reading) if e.kind == "Signing"]
    assert [a.date for a in reading.facts] == [e.date for e in signings] == ["2024-06-20"]
