"""Claims (sixty-third pass, h-claims113, own sentences): a part of a year ("в январе —
октябре 2026 года", "за девять месяцев 2026 года") is the period of the trade it opens, of
the part ", из которых …" tells and of the change a gerund adds, however the parser hangs
them; a sum "на (общую) сумму" of papers signed is the papers' ("35 меморандумов о
сотрудничестве на сумму …" → меморандумы), never their topic's."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

DATE = "2026-11-24"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (  # the parser hangs the months on the part's clause, the sum on the part's verb
            "По данным таможни Перу, в январе — октябре 2026 года товарооборот Перу и Чили "
            "достиг 7,5 млрд долларов, из которых экспорт Перу в Чили составил 2,2 млрд "
            "долларов.",
            [
                ("товарооборот", Decimal("7.5E9"), "2026-01/2026-10"),
                ("экспорт", Decimal("2.2E9"), "2026-01/2026-10"),
            ],
        ),
        (  # … and on the gerund after the sum
            "Товарооборот двух стран за девять месяцев 2026 года составил 4,1 млрд долларов, "
            "увеличившись на 9% по сравнению с тем же периодом прошлого года.",
            [
                ("рост товарооборота", Decimal(9), "2026-01/2026-09"),
                ("товарооборот", Decimal("4.1E9"), "2026-01/2026-09"),
            ],
        ),
        (  # … or the months and the whole's sum on the part's verb
            "Товарооборот между странами в январе — октябре 2026 года достиг 5,5 млрд "
            "долларов, из которых экспорт Египта в Турцию составил 2,1 млрд долларов.",
            [
                ("товарооборот", Decimal("5.5E9"), "2026-01/2026-10"),
                ("экспорт", Decimal("2.1E9"), "2026-01/2026-10"),
            ],
        ),
        # must-not: a whole told now takes no earlier year, nor its part; a target's year
        # stays the target's, a lone month as before
        (
            "В 2025 году товарооборот Египта и Турции упал, а сейчас он достиг 5,5 млрд "
            "долларов, из которых экспорт Египта составляет 2,1 млрд долларов.",
            [("товарооборот", Decimal("5.5E9"), ""), ("экспорт", Decimal("2.1E9"), "")],
        ),
        (
            "Товарооборот Индии и ОАЭ к 2030 году должен достичь 100 млрд долларов.",
            [("товарооборот", Decimal("1E11"), "2030")],
        ),
        (
            "В октябре товарооборот Индии и ОАЭ составил 1,1 млрд долларов.",
            [("товарооборот", Decimal("1.1E9"), "2026-10")],
        ),
        (
            "В январе — октябре 2026 года товарооборот Египта и Турции достиг 6,5 млрд долларов.",
            [("товарооборот", Decimal("6.5E9"), "2026-01/2026-10")],
        ),
    ],
)
def test_a_part_of_a_year_dates_the_trade_its_part_and_change(
    analyse, text: str, rows: list[tuple]
) -> None:
    assert claim_rows(analyse, text, ("metric", "value", "period"), DATE) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Компании Египта и Турции подписали 20 соглашений и меморандумов о "
            "взаимопонимании на общую сумму около 5 млрд долларов.",
            [("соглашения", Decimal(20)), ("соглашения", Decimal("5E9"))],
        ),
        (
            "Министерства Индии и ОАЭ подписали 12 меморандумов о сотрудничестве на сумму "
            "3 млрд долларов.",
            [("меморандумы", Decimal(12)), ("меморандумы", Decimal("3E9"))],
        ),
        (  # a topic the metric lexicon knows: the sum is still the papers'
            "Министерства Египта и Турции подписали соглашения о торговле на общую сумму "
            "4 млрд долларов.",
            [("соглашения", Decimal("4E9"))],
        ),
        (  # a topic that is an act on things is the act's since h-claims127 (was "договор")
            "Египет и Турция подписали договор о поставках пшеницы на сумму 1 млрд долларов.",
            [("поставки пшеницы", Decimal("1E9"))],
        ),
        # must-not: a contract's supply keeps its metric, as does a paper's sum with no
        # "сумма"; papers with no topic as before
        (
            "Египет и Турция подписали соглашение о поставках пшеницы на 1 млрд долларов.",
            [("поставки пшеницы", Decimal("1E9"))],
        ),
        (
            "Египет и Турция подписали контракт на поставку газа на сумму 2 млрд долларов.",
            [("поставка газа", Decimal("2E9"))],
        ),
        (
            "Компании Египта и Турции подписали 20 соглашений на общую сумму 5 млрд долларов.",
            [("соглашения", Decimal(20)), ("соглашения", Decimal("5E9"))],
        ),
    ],
)
def test_a_sum_of_signed_papers_is_theirs_not_their_topic(
    analyse, text: str, rows: list[tuple]
) -> None:
    assert claim_rows(analyse, text, ("metric", "value")) == rows
