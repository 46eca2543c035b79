"""Numeric claims: the verb a bare "сумма" or a mis-hung sum names, shares and votes of a results
list, pounds of other states, deeds with a counted object."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare "сумма" a verb of money governs is what the verb says
        (
            "Банк вложил в датскую верфь сумму от 100 до 200 млн долларов.",
            [
                ("инвестиции", Decimal(100000000), "USD"),
                ("инвестиции", Decimal(200000000), "USD"),
            ],
        ),
        (
            "Власти Перу предлагают штрафовать граждан на суммы от 3 до 5 тыс. долларов.",
            [("штраф", Decimal(3000), "USD"), ("штраф", Decimal(5000), "USD")],
        ),
        # must not: a sum of something, or one no verb of money governs, keeps its name
        (
            "Общая сумма штрафов для операторов Перу составляет 38 млн долларов.",
            [("сумма штрафов", Decimal(38000000), "USD")],
        ),
        ("Сумма составила 5 млн долларов.", [("сумма", Decimal(5000000), "USD")]),
        (
            "Компания из Перу получила госзаказы на сумму более 4 млрд долларов.",
            [("госзаказы", Decimal(4000000000), "USD")],
        ),
        # a sum the parser hangs on the object ("долларов США") is still the verb's
        (
            "Аукционеры оценивали статую в 200—300 тысяч долларов США.",
            [
                ("стоимость статуи", Decimal(200000), "USD"),
                ("стоимость статуи", Decimal(300000), "USD"),
            ],
        ),
        # a percent of a results list with the votes in brackets is the name's share; the
        # votes are for that name
        (
            "Итоги выборов в Кении. 1. Уильям Руто — 50,5 % (7 176 141 голос) "
            "2. Дэвид Мвауре — 0,2 % (31 987 голосов)",
            [
                ("голоса за Дэвида Мвауре", Decimal(31987), "голос"),
                ("голоса за Уильяма Руто", Decimal(7176141), "голос"),
                ("доля голосов Дэвида Мвауре", Decimal("0.2"), "percent"),
                ("доля голосов Уильяма Руто", Decimal("50.5"), "percent"),
            ],
        ),
        # must not: a share with other things in brackets is no share of votes
        (
            "Пшеница — 50 % (200 тонн) урожая Кении.",
            [("доля пшеницы", Decimal(50), "percent"), ("урожай", Decimal(200), "тонна")],
        ),
        # pounds of another state are its currency, and the clause's noun names them
        (
            "В прошлом году доходы Египта выросли до 237,6 миллиона египетских фунтов.",
            [("доходы", Decimal(237600000), "EGP")],
        ),
        (
            "Ливан получил кредит в 10 млн ливанских фунтов от Сирии.",
            [("кредит", Decimal(10000000), "LBP")],
        ),
        # an object counted by a number of its own is its own figure, no deed of the subject
        (
            "Пять норвежских кораблей совершили 114 рейсов в Данию.",
            [("корабли", Decimal(5), "корабль"), ("рейсы", Decimal(114), "рейс")],
        ),
        # a change told before its verb: "на N" first, the verb of change right after
        (
            "Вместе с тем на 10 процентов сократились поставки газа из Норвегии.",
            [("снижение поставок газа", Decimal(10), "percent")],
        ),
        ("На 12 % вырос экспорт Чили в Перу.", [("рост экспорта", Decimal(12), "percent")]),
        (
            "Новые поставки почти вдвое увеличат экспорт нефти из Кении в Эфиопию.",
            [("рост экспорта нефти", Decimal(2), "раз")],
        ),
        # must not: "на N" after a noun sizes it, whatever verb follows
        (
            "Кредит на 10 млн долларов увеличит экспорт Чили.",
            [("кредит", Decimal(10000000), "USD")],
        ),
        # must not: an object with no number still tells the deed
        (
            "Более 50 тысяч граждан Перу потеряли работу.",
            [("граждане Перу, потерявшие работу", Decimal(50000), "гражданин")],
        ),
    ],
)
def test_fifteenth_pass(analyse, text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected
