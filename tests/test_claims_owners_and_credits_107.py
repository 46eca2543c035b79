"""Claims (h-claims107): counted people keep the state whose they are ("граждан Китая" →
"граждане Китая", as "иорданских специалистов" keeps its adjective); a measure in the
instrumental after an act of opening or starting a thing sizes the thing ("об открытии завода
стоимостью …" → стоимость завода); a future of opening a credit sized by a sum is a plan, a
target, as "предоставит кредит" is. Must-nots beside each."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("В Японии проживают более 500 тысяч граждан Китая.", "граждане Китая"),
        ("Власти Чили задержали 14 граждан Южной Кореи.", "задержанные граждане Южной Кореи"),
        # h-claims132: only a noun of belonging keeps it; soldiers' state is the claim's
        ("В Таиланде находятся 200 военнослужащих Камбоджи.", "военнослужащие"),
        ("Число граждан Узбекистана в Турции выросло до 200 тысяч.", "граждане Узбекистана"),
        # must-nots: a measure's states, a state further down, a state "из", an adjective
        ("Товарооборот Чили и Перу составил 3 млрд долларов.", "товарооборот"),
        ("В Перу прибыли 20 сотрудников посольства Чили.", "сотрудники посольства"),
        ("В Египет прибыли 250 беженцев из Судана.", "беженцы"),
        ("В Египте работают 40 тысяч иорданских специалистов.", "иорданские специалисты"),
    ],
)
def test_counted_people_keep_their_state(analyse, text: str, metric: str) -> None:
    assert [m for (m,) in claim_rows(analyse, text, ("metric",))] == [metric]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        (
            "Египет объявил об открытии в Иордании завода стоимостью 80 млн долларов.",
            "стоимость завода",
        ),
        ("Вьетнам отметил закладку моста стоимостью 90 млн долларов.", "стоимость моста"),
        ("Таиланд объявил о создании в Лаосе завода мощностью 300 МВт.", "мощность завода"),
        ("Египет завершил запуск электростанции мощностью 600 МВт.", "мощность электростанции"),
        # must-nots: the cost of the act written so, an act already listed
        ("Стоимость строительства завода в Перу составит 50 млн долларов.",
         "стоимость строительства завода"),
        ("Стоимость открытия завода в Чили составила 40 млн долларов.",
         "стоимость открытия завода"),
        ("Индия завершила строительство моста стоимостью 300 млн долларов в Непале.",
         "стоимость моста"),
    ],
)  # fmt: skip
def test_measure_after_an_act_of_opening_sizes_the_thing(analyse, text: str, metric: str) -> None:
    assert [m for (m,) in claim_rows(analyse, text, ("metric",))] == [metric]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Китай откроет Пакистану кредитную линию на 2 млрд долларов.", "target"),
        ("Индия откроет Непалу кредит в размере 300 млн долларов.", "target"),
        # must-nots: the past, a count opened, a thing's measure (a forecast since h-claims108)
        ("Китай открыл Пакистану кредитную линию на 2 млрд долларов.", "actual"),
        ("Сеть откроет 30 магазинов в Перу.", "forecast"),
        ("Япония откроет во Вьетнаме завод стоимостью 200 млн долларов.", "forecast"),
    ],
)
def test_future_opening_of_a_credit_is_a_plan(analyse, text: str, status: str) -> None:
    assert [s for (s,) in claim_rows(analyse, text, ("status",))] == [status]
