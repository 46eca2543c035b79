"""A paper and the event of its signing are of one day (fifty-fifth pass, h-agreements51):
a declaration the sides adopt "по итогам консультаций" two paragraphs after the dated talks,
in a report of a later day, took the report's day (the sentence between names the talks
undated, and `dates.meeting_day` stops there) while its signing took the talks' day. The
paper's guessed day now yields to its signing's. Must-nots: a paper adopted on a day of its
own ("В среду стороны приняли …", "подписали 9 сентября") keeps it, and so does its signing.
Reports of our own about other pairs."""

from __future__ import annotations

import pytest
from fact_reads import papers_and_signings


def _report(city: str, leaders: str, told: str, outcome: str) -> str:
    return (
        f"Стороны провели консультации\n\n{city}. {leaders} провели {told} консультации.\n\n"
        "В консультациях участвовали министры обеих стран. Стороны обсудили торговлю и "
        f"транзит грузов.\n\n{outcome}"
    )


SPAIN_PORTUGAL = (
    "МАДРИД, 13 мая 2026",
    "Премьер-министр Испании Педро Санчес и премьер-министр Португалии Луиш Монтенегру",
    "в понедельник в Мадриде",
)
KENYA_TANZANIA = (
    "НАЙРОБИ, 5 марта 2026",
    "Президент Кении Уильям Руто и президент Танзании Самия Сулуху Хасан",
    "во вторник в Найроби",
)
CHILE_PERU = (
    "ЛИМА, 10 сентября 2026",
    "Президент Чили Габриэль Борич и президент Перу Дина Болуарте",
    "в понедельник в Лиме",
)

CASES = [
    # the talks' Monday, not the report's Wednesday
    (SPAIN_PORTUGAL, "2026-05-13",
     "По итогам консультаций стороны приняли совместную декларацию о сотрудничестве в "
     "энергетике.", "2026-05-11"),
    (KENYA_TANZANIA, "2026-03-05",
     "По итогам консультаций стороны приняли совместное заявление о торговле.", "2026-03-03"),
    (CHILE_PERU, "2026-09-10",
     "По итогам консультаций стороны приняли совместную декларацию о сотрудничестве в "
     "энергетике.", "2026-09-07"),
    # must-nots: a day of its own stays the paper's and its signing's
    (CHILE_PERU, "2026-09-10",
     "В среду стороны приняли совместную декларацию о сотрудничестве в энергетике.",
     "2026-09-09"),
    (KENYA_TANZANIA, "2026-03-05",
     "Совместное заявление о торговле стороны подписали 4 марта.", "2026-03-04"),
]  # fmt: skip


@pytest.mark.parametrize(("report", "date", "outcome", "day"), CASES)
def test_a_paper_and_its_signing_are_of_one_day(
    analyse,  # noqa: ANN001 - the conftest fixture
    report: tuple[str, str, str],
    date: str,
    outcome: str,
    day: str,
) -> None:
    [paper], signings = papers_and_signings(analyse, _report(*report, outcome), date)
    [signing] = [e for e in signings if paper.key in e.signs]
    assert (paper.date, signing.date) == (day, day)
