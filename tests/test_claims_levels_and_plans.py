"""Numeric claims: a future of giving or deploying is a plan; "с участием" names a kind with its
genitive; the level a change leaves ("с 46 % до 20 %") is no change; a measured noun in a
prepositional phrase on another one restricts it; "их число" in millions is no share; a date in a
participle on what "число" counts dates the count."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

from kg.extract.claims import extract_claims
from kg.model import Document

_FIELDS = ("metric", "value", "unit", "status")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a future of deploying or handing over with an object is a plan, a target
        (
            "Великобритания разместит в Эстонии 900 военнослужащих.",
            [("военнослужащие", Decimal(900), "военнослужащий", "target")],
        ),
        (
            "Южная Корея передаст Польше 48 самоходных гаубиц.",
            [("самоходные гаубицы", Decimal(48), "гаубица", "target")],
        ),
        (
            "Катар разместит в Центробанке Пакистана депозит в размере 3 млрд долларов.",
            [("депозит", Decimal(3000000000), "USD", "target")],
        ),
        # must not: the deployment made
        (
            "Великобритания разместила в Эстонии 900 военнослужащих.",
            [("военнослужащие", Decimal(900), "военнослужащий", "actual")],
        ),
        # "с участием" names a kind only with its genitive (the state's adjective is the claim's)
        (
            "В Монголии работают около 150 компаний с участием турецкого капитала.",
            [("компании с участием капитала", Decimal(150), "компания", "actual")],
        ),
        # must not: a kind the "с"-noun names alone keeps its words
        (
            "В Сербии работают 40 компаний с немецким капиталом.",
            [("компании с немецким капиталом", Decimal(40), "компания", "actual")],
        ),
        # the level a change leaves is a level, no change by it
        (
            "Индонезия снизила пошлины на японские автомобили с 40% до 15%.",
            [
                ("пошлины", Decimal(15), "percent", "actual"),
                ("пошлины", Decimal(40), "percent", "actual"),
            ],
        ),
        # must not: a change by "на N" across the same words stays a change
        (
            "Индонезия снизила пошлины на японские автомобили на 25%.",
            [("снижение пошлин", Decimal(25), "percent", "actual")],
        ),
        # a measured noun in a prepositional phrase restricts the one it is on
        (
            "Профицит Китая в торговле с ЕС в 2024 году составил 305 млрд евро.",
            [("профицит", Decimal(305000000000), "EUR", "actual")],
        ),
        # "их число" in thousands counts people, never a share's percent
        (
            "Немцы составляют 20% иностранных студентов в Австрии. Их число превысит 30 тыс.",
            [("доля иностранных студентов", Decimal(20), "percent", "actual")],
        ),
        # must not: a count before still lends its unit
        (
            "В Турции обучаются 5 тыс. студентов из Ирана. Стороны намерены довести их число "
            "до 10 тыс.",
            [
                ("студенты", Decimal(5000), "студент", "actual"),
                ("студенты", Decimal(10000), "студент", "target"),
            ],
        ),
        # must not: an age, a date, an ordinal, a phone number and an article are no claims
        (
            "Министр иностранных дел Греции, 59-летний дипломат, 14 октября прибыл в Каир. "
            "Это его третий визит в Египет. Справки по телефону +20 2 2795 1234. Стороны "
            "обсудили статью 12 соглашения 2019 года.",
            [],
        ),
    ],
)
def test_levels_plans_and_kinds(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a date in a participle on what "число" counts dates the count
        (
            "Число туристов из Индии, посетивших Мальдивы в 2024 году, выросло на 20%.",
            [("рост числа туристов", Decimal(20), "2024")],
        ),
        (
            "Число российских туристов, посетивших Вьетнам за девять месяцев 2025 года, "
            "достигло 450 тыс.",
            [("российские туристы", Decimal(450000), "2025-01/2025-09")],
        ),
        # must not: a participle on the counted people dates what befell them, not the count
        (
            "Власти Литвы освободили 12 граждан Беларуси, задержанных в 2024 году.",
            [("освобождённые граждане Беларуси", Decimal(12), "")],
        ),
    ],
)
def test_counted_in_a_participle(analyse, text: str, expected: list) -> None:
    claims = extract_claims(analyse(Document(id="t", text=text, date="")))
    assert sorted((c.metric, c.value, c.period) for c in claims) == expected
