"""A sitting's name runs through adjectives listed with commas before their noun ("по
экономическому, научно-техническому и культурному сотрудничеству"), and an ordinal after
"Следующее," ("Следующее, 10-е заседание") is no decade that takes the place of the sitting's
date. Sixty-first pass (h-events209), sentences of our own about Chile–Peru and Ghana–Togo,
with must-nots."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2026-05-12"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "В Лиме состоялось 5-е заседание межправительственной чилийско-перуанской комиссии"
            " по экономическому, научно-техническому и культурному сотрудничеству.",
            "5-е заседание межправительственной чилийско-перуанской комиссии по"
            " экономическому, научно-техническому и культурному сотрудничеству",
        ),
        (
            "В Аккре прошло заседание ганско-тоголезской комиссии по торговому, транспортному"
            " и энергетическому сотрудничеству.",
            "Заседание ганско-тоголезской комиссии по торговому, транспортному и"
            " энергетическому сотрудничеству",
        ),
        # must-not: a comma that ends the name before another subject
        (
            "В Аккре прошло заседание ганско-тоголезской комиссии по торговле, а также"
            " министры обсудили транзит.",
            "Заседание ганско-тоголезской комиссии по торговле",
        ),
    ],
)
def test_listed_adjectives_stay_in_the_label(events, text: str, label: str) -> None:
    (sitting,) = of_kind(events(text, _DAY), "Meeting")
    assert sitting.label == label


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "В Лиме состоялось 9-е заседание чилийско-перуанской комиссии. Следующее, 10-е"
            " заседание комиссии пройдёт в Сантьяго во второй половине 2027 года.",
            "2027",
        ),
        (
            "В Аккре состоялось 9-е заседание ганско-тоголезской комиссии. 10-е заседание"
            " комиссии пройдёт в Ломе в марте 2027 года.",
            "2027-03",
        ),
        # must-not: the plain variant as before
        (
            "В Лиме состоялось 5-е заседание чилийско-перуанской комиссии. Следующее"
            " заседание комиссии пройдёт в Сантьяго во второй половине 2027 года.",
            "2027",
        ),
    ],
)
def test_an_ordinal_is_no_decade(events, text: str, date: str) -> None:
    planned = [e for e in of_kind(events(text, _DAY), "Meeting") if e.status == "planned"]
    assert [e.date for e in planned] == [date]
