"""Numeric claims, twelfth pass on metrics: what a valuation prices, a deal's price, a
price that is a sum's basis, a body's capital at a sentence's start, a misspelt month; money
the noun of an act governs ("в хищении 15 млн долларов", "от покупки завода за 5 млрд")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "period")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of valuing prices its object
        (
            "Эксперты из Перу оценили эту картину в 2 млн долларов.",
            [("стоимость картины", Decimal(2000000), "USD", "")],
        ),
        # … and the noun its relative "которую" agrees with, past a genitive between them
        (
            "Посол Чили подарил вазу из белого золота, которую оценивают в 57 000 долларов.",
            [("стоимость вазы", Decimal(57000), "USD", "")],
        ),
        (
            "В Лиме продали платье, которое оценивают в 480 000 долларов.",
            [("стоимость платья", Decimal(480000), "USD", "")],
        ),
        # must-not: a being is no thing priced; a measured object stays itself
        (
            "Тренеры из Чили оценили футболиста в 50 млн евро.",
            [("стоимость", Decimal(50000000), "EUR", "")],
        ),
        (
            "Эксперты из Перу оценили ущерб в 5 млн долларов.",
            [("ущерб", Decimal(5000000), "USD", "")],
        ),
        # must-not: a sum told again in brackets is no object priced
        (
            "Свадьба в Сантьяго в 1981 году обошлась в 30 млн евро (около 116 млн евро по "
            "современному курсу).",
            [
                ("стоимость свадьбы", Decimal(30000000), "EUR", "1981"),
                ("стоимость свадьбы", Decimal(116000000), "EUR", "1981"),
            ],
        ),
        # a sum a buyer pays "за" is one deal's price, not purchases
        (
            "Samsung покупает Harman за 8 миллиардов долларов.",
            [("стоимость покупки Harman", Decimal(8000000000), "USD", "")],
        ),
        (
            "Норвежская компания купила датскую верфь за 2 миллиарда долларов.",
            [("стоимость покупки верфи", Decimal(2000000000), "USD", "")],
        ),
        # must not: a price "за" one unit is no deal's whole price (review24)
        (
            "Индия продаёт рис Бангладеш за 500 долларов за тонну.",
            [("цена", Decimal(500), "USD", "")],
        ),
        # a sum a seller gets "за" what it sells is that deal's price too, not the seller's
        (
            "Японская Toyota продала индийскому партнёру пакет в 25 % акций за 500 млн долларов.",
            [
                ("доля акций", Decimal(25), "percent", ""),
                ("стоимость продажи пакета", Decimal(500_000_000), "USD", ""),
            ],
        ),
        (
            "Французская Renault продала 10 % акций турецкого завода за 200 млн евро.",
            [
                ("доля акций завода", Decimal(10), "percent", ""),
                ("стоимость продажи акций завода", Decimal(200_000_000), "EUR", ""),
            ],
        ),
        (
            "Египетский холдинг продаёт турецкой компании свой банк за 300 млн долларов.",
            [("стоимость продажи банка", Decimal(300_000_000), "USD", "")],
        ),
        (
            "Чили отказалась от продажи медного рудника за 3 млрд долларов.",
            [("стоимость продажи медного рудника", Decimal(3_000_000_000), "USD", "")],
        ),
        # a share sold or bought "за" a sum is the deal's goods, no share of money
        (
            "Сербия продала свою долю в банке за 150 млн евро.",
            [("стоимость продажи доли", Decimal(150_000_000), "EUR", "")],
        ),
        (
            "Египет продал турецкому холдингу долю в порту за 300 млн долларов.",
            [("стоимость продажи доли", Decimal(300_000_000), "USD", "")],
        ),
        (
            "Катар купил долю в греческом аэропорту за 600 млн евро.",
            [("стоимость покупки доли", Decimal(600_000_000), "EUR", "")],
        ),
        # must-not: goods bought "на" a sum are purchases
        (
            "Кения закупила у Эфиопии зерна на 30 млн долларов.",
            [("закупки зерна", Decimal(30000000), "USD", "")],
        ),
        # goods sold "на" a sum are the seller's export, no price
        (
            "Аргентина продала Бразилии зерна на 2 млрд долларов.",
            [("экспорт зерна", Decimal(2_000_000_000), "USD", "")],
        ),
        (
            "Турция продала Египту оружия на 3 млрд долларов.",
            [("экспорт оружия", Decimal(3_000_000_000), "USD", "")],
        ),
        (
            "Франция продала Индии 36 истребителей на 8 млрд евро.",
            [
                ("истребители", Decimal(36), "истребитель", ""),
                ("экспорт истребителей", Decimal(8_000_000_000), "EUR", ""),
            ],
        ),
        # must-not: papers sold "на" a sum are no export
        (
            "Норвежский фонд продал акций на 2 млрд долларов.",
            [("цена Норвежского фонда", Decimal(2_000_000_000), "USD", "")],
        ),
        # "приобрести" buys as "купить" does: a deal's price "за" a sum, a share bought is
        # of what it shares; goods measured or paid for are purchases
        (
            "Японская Suzuki Motor приобрела 5 % акций индийской Maruti за 400 млн долларов.",
            [
                ("доля акций", Decimal(5), "percent", ""),
                ("стоимость покупки акций", Decimal(400_000_000), "USD", ""),
            ],
        ),
        (
            "Турецкий холдинг приобрёл египетский банк за 300 млн долларов.",
            [("стоимость покупки банка", Decimal(300_000_000), "USD", "")],
        ),
        (
            "Вьетнам приобрёл в Японии 200 тысяч тонн риса.",
            [("закупки риса", Decimal(200_000), "тонна", "")],
        ),
        (
            "В 2024 году Индия приобрела у ОАЭ нефти на 15 млрд долларов.",
            [("закупки нефти", Decimal(15_000_000_000), "USD", "2024")],
        ),
        # must-not: a share bought with no price is no deal's price
        (
            "Сербская компания приобретает 20 % акций венгерского банка.",
            [("доля акций банка", Decimal(20), "percent", "")],
        ),
        # a price "по" which a sum is reckoned is its basis, not what it measures
        (
            "Стоимость акций, по их нынешней цене, равняется семи миллиардам долларов.",
            [("стоимость акций", Decimal(7000000000), "USD", "")],
        ),
        # must-not: a price the sum is of stays the metric, named by the goods the verb of
        # trade sells since h-claims127 (was a bare "цена")
        (
            "Норвегия продаёт газ Дании по цене 280 долларов за тысячу кубометров.",
            [("цена газа", Decimal(280), "USD", "")],
        ),
        # a common noun opening the sentence has the sentence's capital, a body's name its own
        (
            "Власти Осло потратят 5 млрд долларов на ремонт дорог.",
            [("расходы властей Осло", Decimal(5000000000), "USD", "")],
        ),
        (
            "Минфин Кении потратил 5 млрд долларов на дороги.",
            [("расходы Минфина Кении", Decimal(5000000000), "USD", "")],
        ),
        # a day, a misspelt month and a year are a date, no count
        ("5 декабра 2015 года в Осло прошли переговоры Норвегии и Дании.", []),
        (
            "12 октбря 2016 года Кения получила 3 самолёта.",
            [("самолёты", Decimal(3), "самолёт", "2016")],
        ),
        # must-not: a word the dictionary lacks that opens like no month still counts
        (
            "В Лиме 5 тачдаунов 2015 года вошли в историю.",
            [("тачдауны", Decimal(5), "тачдаун", "2015")],
        ),
    ],
)
def test_deal_and_valuation_metrics(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sum in the genitive on the noun of stealing is the sum stolen
        (
            "Бывший министр Перу находился под арестом в связи с подозрениями в хищении 12"
            " миллионов долларов США.",
            [("похищенная сумма", Decimal(12000000), "USD", "")],
        ),
        (
            "Полиция Кении раскрыла кражу 3 млн кенийских шиллингов из банка.",
            [("похищенная сумма", Decimal(3000000), "KES", "")],
        ),
        # a "за"-sum on the noun of buying, however the parser hangs it, is one deal's price
        (
            "В июле компания отказалась от покупки завода в Норвегии за 5 млрд долл.",
            [("стоимость покупки завода", Decimal(5000000000), "USD", "")],
        ),
        (
            "Продажа верфи за 800 млн долларов состоялась в Египте.",
            [("стоимость продажи верфи", Decimal(800000000), "USD", "")],
        ),
        # must-not: a thing put up "на продажу" за a sum is asked that price, no deal's
        (
            "Вилла бывшего президента Чили выставлена на продажу за 3 млн долларов.",
            [("цена", Decimal(3_000_000), "USD", "")],
        ),
        # a sum on the noun of granting is the sum granted, whatever verb approves it
        (
            "МВФ одобрил выделение Аргентине 20 млрд долларов в рамках новой программы.",
            [("выделенные средства", Decimal(20000000000), "USD", "")],
        ),
        (
            "Еврокомиссия объявила о выделении Иордании 3 млрд евро.",
            [("выделенные средства", Decimal(3000000000), "EUR", "")],
        ),
        (
            "Совет директоров АБР одобрил предоставление Бангладеш 500 млн долларов.",
            [("выделенные средства", Decimal(500000000), "USD", "")],
        ),
        # must not: a loan's size on the noun of granting stays the loan's; a cost of it its
        (
            "Всемирный банк одобрил предоставление Египту кредита на 1 млрд долларов.",
            [("кредит", Decimal(1000000000), "USD", "")],
        ),
        (
            "Стоимость выделения участка в Индии составила 3 млн рупий.",
            [("стоимость выделения участка", Decimal(3000000), "INR", "")],
        ),
        # must not: a count of stolen things stays a count
        (
            "Полиция Кении расследует кражу 40 автомобилей.",
            [("автомобили", Decimal(40), "автомобиль", "")],
        ),
        # must not: a "на"-sum sizes the noun of buying, no deal's price
        (
            "Сделка по покупке завода на 3 млрд долларов одобрена Египтом.",
            [("покупка завода", Decimal(3000000000), "USD", "")],
        ),
        # must not: a sum of another noun after the act noun is that noun's
        (
            "Суд рассмотрел дело о хищении, ущерб от которого составил 4 млн песо.",
            [("ущерб", Decimal(4000000), "песо", "")],
        ),
    ],
)
def test_money_of_acts(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # goods a conjoined clause names right before its own sum are that sum's
        (
            "Индия закупила у России нефти на 30 млрд долларов и угля на 5 млрд долларов.",
            [
                ("закупки нефти", Decimal(30_000_000_000), "USD", ""),
                ("закупки угля", Decimal(5_000_000_000), "USD", ""),
            ],
        ),
        (
            "Египет импортировал из Бразилии сахара на 2 млрд долларов, а кукурузы — на 1 млрд"
            " долларов.",
            [
                ("импорт кукурузы", Decimal(1_000_000_000), "USD", ""),
                ("импорт сахара", Decimal(2_000_000_000), "USD", ""),
            ],
        ),
        # must-not: a seller or a state before the second sum is no goods
        (
            "Индия закупила у России нефти на 30 млрд долларов и у Ирака на 12 млрд долларов.",
            [
                ("закупки нефти", Decimal(12_000_000_000), "USD", ""),
                ("закупки нефти", Decimal(30_000_000_000), "USD", ""),
            ],
        ),
        (
            "Китай инвестировал в Египет 5 млрд долларов и в Эфиопию 3 млрд долларов.",
            [
                ("инвестиции", Decimal(3_000_000_000), "USD", ""),
                ("инвестиции", Decimal(5_000_000_000), "USD", ""),
            ],
        ),
    ],
)
def test_own_goods_of_a_conjoined_sum(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # goods a verb of trade lists before its sum are all the sum's, in the genitive
        (
            "Замбия экспортировала в Китай медь, никель и кобальт на 3 млрд долларов.",
            [("экспорт меди, никеля и кобальта", Decimal(3_000_000_000), "USD", "")],
        ),
        (
            "Чили поставило в Японию медь и молибден на 2 млрд долларов.",
            [("поставки меди и молибдена", Decimal(2_000_000_000), "USD", "")],
        ),
        (
            "Перу продало Китаю медь, цинк и золото на 5 млрд долларов.",
            [("экспорт меди, цинка и золота", Decimal(5_000_000_000), "USD", "")],
        ),
        # "а также" joins as "и" (review27)
        (
            "Вьетнам экспортировал в Японию рис и кофе, а также одежду на 4 млрд долларов.",
            [("экспорт риса, кофе и одежды", Decimal(4_000_000_000), "USD", "")],
        ),
        # must not: goods named after the sum are another deal's
        (
            "Индия купила у Ирана нефть на 4 млрд долларов и у Катара газ.",
            [("закупки нефти", Decimal(4_000_000_000), "USD", "")],
        ),
    ],
)
def test_listed_goods_of_a_sum(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of shipping is trade: its goods name the figure
        (
            "Чили отгрузило в Японию 400 тыс. тонн меди.",
            [("поставки меди", Decimal(400_000), "тонна", "")],
        ),
        (
            "Индонезия отгрузила в Китай 2 млн тонн угля.",
            [("поставки угля", Decimal(2_000_000), "тонна", "")],
        ),
        (
            "Вьетнам отгрузил на Филиппины 1,5 млн тонн риса.",
            [("поставки риса", Decimal(1_500_000), "тонна", "")],
        ),
        # must not: things counted, no goods measured, stay themselves
        ("Порт Сантуса отгрузил 40 судов.", [("суда", Decimal(40), "судно", "")]),
    ],
)
def test_shipped_goods_are_supplies(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected
