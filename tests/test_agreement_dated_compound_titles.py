"""A paper titled by its sides with its year before its topic (fiftieth pass,
h-agreements36), on sentences of our own about Ethiopia–Sudan, Moldova–Romania and
Armenia–Georgia: a year in the genitive ("1959 года", "от 12 мая 1997 года") right after the
head stands before the topic, which is still the title ("соглашение о водах Нила"); the
compound adjective gives the parties, the year the date. Not where no topic follows, nor
"о" of a relative clause, nor a full date the sentence gives."""

from __future__ import annotations

import pytest
from agreement_runs import dated_rows


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → its agreements: {(title, date, parties)}."""
    return lambda text: {(r[0], r[2], r[3]) for r in dated_rows(analyse, text, "2025-04-02")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Судан напомнил об эфиопско-суданском соглашении 1902 года о границе.",
         {("Соглашение о границе", "1902", ("state/ETH", "state/SDN"))}),
        ("Молдавия и Румыния обсудили молдавско-румынский договор 2010 года о режиме границы.",
         {("Договор о режиме границы", "2010", ("state/MDA", "state/ROU"))}),
        ("Армения напомнила об армяно-грузинском соглашении от 12 мая 1997 года о дружбе.",
         {("Соглашение о дружбе", "1997-05-12", ("state/ARM", "state/GEO"))}),
        ("Молдавия ссылается на договор 2010 года о режиме границы.",
         {("Договор о режиме границы", "2010", ())}),
        # must-nots: no topic after the year; "о" of a relative clause; a full date of signing
        ("Армения и Грузия обсудили армяно-грузинское соглашение 1997 года.",
         {("Соглашение между Арменией и Грузией", "1997", ("state/ARM", "state/GEO"))}),
        ("Армения и Грузия обсудили соглашение 1997 года, о котором говорил министр.",
         {("Соглашение между Арменией и Грузией", "1997", ("state/ARM", "state/GEO"))}),
        ("Армения и Грузия подписали соглашение 12 мая 1997 года о чём сообщил МИД.",
         {("Соглашение между Арменией и Грузией", "1997-05-12", ("state/ARM", "state/GEO"))}),
    ],
)  # fmt: skip
def test_a_year_before_the_topic_keeps_the_topic(read, text, found):
    assert read(text) == found
