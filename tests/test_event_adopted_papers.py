"""A paper the sides adopt ("Стороны приняли совместную декларацию о …", "По итогам
переговоров было принято совместное заявление", "утвердили программу") is concluded, signed
by the agreements' statuses, and its adoption is a signing event, dated, placed and taken
part in as "подписали" makes one. Must-nots: a body's act ("Парламент принял закон",
"Депутаты парламента приняли декларацию"), "приняли к сведению", "приняли участие",
"принял делегацию": no signing. Sentences of our own about other pairs (h-agreements48)."""

from __future__ import annotations

import pytest

from kg.extract.agreements import read_agreements
from kg.extract.events import extract_events
from kg.model import Document


@pytest.fixture(scope="module")
def signings(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → the (status, date, location, participants, label) of its signing events."""

    def rows(text: str) -> list[tuple[str, str, str, tuple[str, ...], str]]:
        ctx = analyse(Document(id="t", text=text, date="2025-03-06"))
        events = extract_events(ctx, read_agreements(ctx))
        return [
            (e.status, e.date, e.location, tuple(e.participants), e.label)
            for e in events
            if e.kind == "Signing"
        ]

    return rows


@pytest.mark.parametrize(
    ("adopted", "signed"),
    [
        ("Президент Египта прибыл в Амман. Стороны приняли совместную декларацию о "
         "стратегическом партнёрстве.",
         "Президент Египта прибыл в Амман. Стороны подписали совместную декларацию о "
         "стратегическом партнёрстве."),
        ("Президент Чили прибыл в Лиму. 5 марта стороны приняли совместное заявление о "
         "сотрудничестве в области рыболовства.",
         "Президент Чили прибыл в Лиму. 5 марта стороны подписали совместное заявление о "
         "сотрудничестве в области рыболовства."),
        ("Президент Сербии прибыл в Будапешт. По итогам переговоров было принято совместное "
         "заявление о сотрудничестве в энергетике.",
         "Президент Сербии прибыл в Будапешт. По итогам переговоров было подписано совместное "
         "заявление о сотрудничестве в энергетике."),
        # planned, dated by the day after the topic as "подпишут … 12 мая"
        ("Президент Египта прибыл в Амман. Стороны примут совместную декларацию о "
         "стратегическом партнёрстве 12 мая.",
         "Президент Египта прибыл в Амман. Стороны подпишут совместную декларацию о "
         "стратегическом партнёрстве 12 мая."),
        ("Президент Чили прибыл в Лиму. Стороны утвердили программу сотрудничества в области "
         "образования.",
         "Президент Чили прибыл в Лиму. Стороны подписали программу сотрудничества в области "
         "образования."),
    ],
)  # fmt: skip
def test_an_adoption_is_a_signing(signings, adopted, signed):
    found = signings(adopted)
    assert found and found == signings(signed)


@pytest.mark.parametrize(
    "text",
    [
        "Президент Египта прибыл в Амман. Парламент Иордании принял закон о торговле с Египтом.",
        "Депутаты парламента Иордании приняли декларацию о поддержке Египта.",
        "Президент Чили прибыл в Лиму. Стороны приняли к сведению доклад о торговле.",
        "Президент Чили прибыл в Лиму. Совместное заявление министров было принято к сведению.",
        "Президент Сербии прибыл в Будапешт. Стороны приняли участие в экономическом форуме.",
        "Президент Сербии прибыл в Будапешт. Премьер-министр Венгрии принял делегацию Сербии.",
    ],
)
def test_no_signing_adopted(signings, text):
    assert signings(text) == []
