"""A count's metric is its counted noun's whole phrase as a reader names it: adjectives,
genitives, the prepositional phrases that restrict it; a winner's seats and votes, and a
share of votes with its election; never another clause, a figure, a period or a state."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a prepositional phrase on the counted noun restricts it
        (
            "Таможня Чили изъяла на границе 48 старых гильз от охотничьих ружей.",
            [("старые гильзы от охотничьих ружей", Decimal(48))],
        ),
        (
            "В Лиме назвали четыре кандидата в космонавты из Перу и Чили.",
            [("кандидаты в космонавты", Decimal(4))],
        ),
        # neither a state (the claim's) nor a modifier with a figure of its own
        (
            "Альянс занимает 61 место в 155-местной палате депутатов Чили.",
            [("места в палате депутатов", Decimal(61))],
        ),
        # an object of another clause is not what the work was on
        (
            "Затем Ана Рохас устроилась на фабрику «Сур», выпускавшую точную оптическую "
            "аппаратуру, где вместе с братом проработала инженером-химиком 15 лет.",
            [("срок работы инженером-химиком", Decimal(15))],
        ),
        # seats in a sentence about an election are the winner's, as its votes are
        (
            "Социалистическая партия получила 40 % голосов избирателей и будет контролировать "
            "55 из 155 мест в парламенте.",
            [
                ("доля голосов Социалистической партии", Decimal(40)),
                ("места Социалистической партии в парламенте", Decimal(55)),
                ("места в парламенте", Decimal(155)),
            ],
        ),
        # a share of votes names its election; the election's year is the period
        (
            "На выборах президента кандидат левых набрал 51 % голосов.",
            [("доля голосов на выборах президента", Decimal(51))],
        ),
        # must-nots: a state that is a side, a clause, a figure, a period, a frame noun
        (
            "Товарооборот Норвегии с Данией составил 5 млрд долларов.",
            [("товарооборот", Decimal(5000000000))],
        ),
        (
            "Дания направила в Кению 30 военных медиков и в госпиталь Найроби прибыли врачи.",
            [("военные медики", Decimal(30))],
        ),
        (
            "Перу получило 20 танков из Чили.",
            [("танки", Decimal(20))],
        ),
        # nor a person's name that is also a measured noun ("Масса"), while the noun stays one
        (
            "Во втором туре выборов в Перу Луис Ортис получил 51 % голосов, его соперник Пабло "
            "Масса — 49 %.",
            [("доля голосов Луиса Ортиса", Decimal(51))],
        ),
        (
            "Масса груза, который Чили отправила в Перу, составила 40 тонн.",
            [("масса груза", Decimal(40))],
        ),
        (
            "Чили купила 12 истребителей в 2023 году.",
            [("истребители", Decimal(12))],
        ),
        (
            "Норвегия предоставила Эфиопии кредит в размере 2 млрд крон.",
            [("кредит", Decimal(2000000000))],
        ),
        # a measured noun a deal's "на"-phrase names says what the deal is for, no metric
        (
            "Объём контракта Египта на поставку газа составит $4 млрд.",
            [("объём контракта", Decimal(4_000_000_000))],
        ),
        (
            "Сумма соглашения Индии на поставку нефти составила $2 млрд.",
            [("сумма соглашения", Decimal(2_000_000_000))],
        ),
        # must not: the same noun in the genitive, or on a state, stays the measure
        (
            "Стоимость поставок газа из Катара на Кипр составила $2 млрд.",
            [("стоимость поставок газа", Decimal(2_000_000_000))],
        ),
        (
            "Расходы Индии на закупку оружия составили $8 млрд.",
            [("расходы на закупку оружия", Decimal(8_000_000_000))],
        ),
    ],
)
def test_metric_phrase(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, metric, value",
    [
        # an adjective the tagger puts in the accusative beside a nominative inanimate noun
        # (one form) is still the noun's
        ("Рабочие места в Сербии сократились на 3 %.", "снижение рабочих мест", 3),
        ("Рабочие места на заводах Сербии сократились на 3 %.", "снижение рабочих мест", 3),
        ("Зерновые поставки из Украины в Египет сократились на 15 %.",
         "снижение зерновых поставок", 15),
        # must not: a generic adjective, nor a noun "рабочие" of its own
        ("Общие поставки из Аргентины в Египет сократились на 15 %.", "снижение поставок", 15),
        ("Рабочие Сербии получили 30 новых мест.", "новые места", 30),
    ],
)  # fmt: skip
def test_adjective_in_either_case_of_one_form_is_the_nouns(analyse, text, metric, value):
    assert claim_rows(analyse, text, _FIELDS) == [(metric, Decimal(value))]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a sum on things a number counts is theirs, in the plural, also after 2–4 ("22
        # соглашения" is a genitive singular)
        (
            "Франция и Индия подписали 22 соглашения на общую сумму более 10 млрд евро.",
            [("соглашения", Decimal(22)), ("соглашения", Decimal(10_000_000_000))],
        ),
        (
            "Египет и Турция заключили три контракта на сумму около 3 млрд долларов.",
            [("контракты", Decimal(3)), ("контракты", Decimal(3_000_000_000))],
        ),
        (
            "Япония и Вьетнам подписали 24 меморандума на общую сумму $6 млрд.",
            [("меморандумы", Decimal(24)), ("меморандумы", Decimal(6_000_000_000))],
        ),
        (
            "Бразилия и Китай реализуют 42 инвестиционных проекта на общую сумму 7 млрд долларов.",
            [
                ("инвестиционные проекты", Decimal(42)),
                ("инвестиционные проекты", Decimal(7_000_000_000)),
            ],
        ),
        # must not: one agreement no number counts stays singular
        (
            "Египет и Турция подписали соглашение на сумму 2 млрд долларов.",
            [("соглашение", Decimal(2_000_000_000))],
        ),
    ],
)
def test_sum_of_counted_things_is_theirs(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a measured noun the parser makes the object of a verb of trade is no traded goods
        (
            "В 2024 году Азербайджан поставил в Турцию 9,5 млрд кубометров газа, а в 2025 году "
            "поставки вырастут до 11 млрд кубометров.",
            [("поставки", Decimal(11 * 10**9)), ("поставки газа", Decimal(95 * 10**8))],
        ),
        # must not: goods the verb trades still name its figure
        (
            "Азербайджан поставил в Турцию 9,5 млрд кубометров газа.",
            [("поставки газа", Decimal(95 * 10**8))],
        ),
    ],
)
def test_measured_object_of_trade(analyse, text, expected):
    assert claim_rows(analyse, text, _FIELDS) == sorted(expected)


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # purchases are measured as supplies are: the subject of a verb of change names it
        (
            "В 2024 году Китай импортировал из Бразилии 74 млн тонн сои, а в 2025 году "
            "закупки сократятся до 70 млн тонн.",
            "2025-01-20",
            [("закупки", "2025", "forecast"), ("импорт сои", "2024", "actual")],
        ),
        (
            "Правительство Египта планирует в следующем году увеличить закупки индийской "
            "пшеницы до 2 млн тонн.",
            "2025-12-10",
            [("закупки пшеницы", "2026", "target")],
        ),
        (
            "Китай в прошлом году закупил в Бразилии 250 млн тонн руды, а в нынешнем году "
            "закупки, по оценкам, вырастут до 260 млн тонн.",
            "2025-09-15",
            [("закупки", "2025", "forecast"), ("закупки руды", "2024", "actual")],
        ),
        # an act of trade money goes to is no measure of it: the verb names the sum
        (
            "Египет потратил 3 млрд долларов на поставку пшеницы из Индии.",
            "2025-03-01",
            [("расходы", "", "actual")],
        ),
        (
            "Индия выделила 2 млрд долларов на закупку оружия у Франции.",
            "2025-03-01",
            [("закупка оружия", "", "actual")],  # h-claims131: the act the money goes to
        ),
        # must not: the verb of spending still names its sum where no purchase is told
        (
            "Египет потратил на оборону 3 млрд долларов.",
            "2025-03-01",
            [("расходы", "", "actual")],
        ),
    ],
)
def test_purchases_are_measured(analyse, text, date, expected):
    assert claim_rows(analyse, text, ("metric", "period", "status"), date) == sorted(expected)


@pytest.mark.parametrize(
    "text, metric",
    [
        # a state in the dative on a measured genitive receives it, no name of the noun
        ("Общий объём турецких кредитов Египту превышает 2 млрд долларов.", "объём кредитов"),
        ("Общий объём китайских займов Пакистану превышает 26 млрд долларов.", "объём займов"),
        # must not: a name in another case still names what the noun is
        ("Общий объём катарских займов Индии превышает 5 млрд долларов.", "объём займов"),
    ],
)
def test_recipient_of_a_measured_genitive(analyse, text, metric):
    assert [m for (m,) in claim_rows(analyse, text, ("metric",))] == [metric]


@pytest.mark.parametrize(
    "text, expected",
    [
        # goods listed with the first genitive are the figure's goods too
        (
            "Экспорт никеля и меди из Индонезии в Японию вырос на 18 %.",
            [("рост экспорта никеля и меди", Decimal(18))],
        ),
        (
            "Поставки меди, никеля и алюминия из Мьянмы в Таиланд выросли на 30 %.",
            [("рост поставок меди, никеля и алюминия", Decimal(30))],
        ),
        # … and with a genitive further in: the measured noun's own genitive
        (
            "Объём поставок меди, никеля и кобальта из Замбии в Китай составил 4 млрд долларов.",
            [("объём поставок меди, никеля и кобальта", Decimal(4_000_000_000))],
        ),
        (
            "Объём закупок риса и кукурузы у Вьетнама составил 2 млрд долларов.",
            [("объём закупок риса и кукурузы", Decimal(2_000_000_000))],
        ),
        # must-not: states listed after the noun are the claim's, no goods
        ("Товарооборот Египта и Турции вырос на 10 %.", [("рост товарооборота", Decimal(10))]),
        (
            "Стоимость поставок газа из Катара и Алжира в Италию составила 6 млрд евро.",
            [("стоимость поставок газа", Decimal(6_000_000_000))],
        ),
    ],
)
def test_listed_goods(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "взаимный товарооборот" is the pair's trade, as "двусторонний" is
        (
            "Взаимный товарооборот Египта и Турции достиг 9 млрд долларов.",
            [("товарооборот", Decimal(9_000_000_000))],
        ),
        (
            "Объём взаимного товарооборота Индии и ОАЭ превысил 80 млрд долларов.",
            [("товарооборот", Decimal(80_000_000_000))],
        ),
        # must-not: other mutual figures keep their word
        (
            "Взаимные инвестиции Франции и Индии составили 10 млрд евро.",
            [("взаимные инвестиции", Decimal(10_000_000_000))],
        ),
    ],
)
def test_mutual_trade_is_trade(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bare instrumental name after the goods is who trades them, the goods stay
        (
            "Импорт сахара Египтом из Бразилии вырос на 10 %.",
            [("рост импорта сахара", Decimal(10))],
        ),
        (
            "Экспорт сахара Бразилией в Алжир снизился на 5 %.",
            [("снижение экспорта сахара", Decimal(5))],
        ),
        # must not: a name in the genitive is the claim's state, no goods
        (
            "Импорт Египта из Бразилии вырос на 10 %.",
            [("рост импорта", Decimal(10))],
        ),
    ],
)
def test_instrumental_trader_keeps_goods(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subject read as a genitive singular is plural where its verb is
        (
            "Поставки нефти из Ирака в Индию выросли на 5 %.",
            [("рост поставок нефти", Decimal(5))],
        ),
        (
            "Поставки нефти из Норвегии в Польшу выросли на 8 %.",
            [("рост поставок нефти", Decimal(8))],
        ),
        (
            "Поставки стали из Кореи во Вьетнам сократились на 11 %.",
            [("снижение поставок стали", Decimal(11))],
        ),
        # must not: a singular subject stays singular
        (
            "Поставка нефти из Ирака в Индию выросла на 5 %.",
            [("рост поставки нефти", Decimal(5))],
        ),
    ],
)
def test_plural_subject_read_as_genitive(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "стали" after a noun of trade, with the clause's own verb later, is steel
        (
            "Экспорт стали из Турции в Египет вырос на 9 %.",
            [("рост экспорта стали", Decimal(9))],
        ),
        (
            "Экспорт стали из Вьетнама в США сократился на 20 %.",
            [("снижение экспорта стали", Decimal(20))],
        ),
        (
            "Импорт стали из Китая в Индию вырос на 12 %.",
            [("рост импорта стали", Decimal(12))],
        ),
        # must not: "стали" with a predicate of its own is the verb
        (
            "Поставки стали регулярными, а их объём вырос на 4 %.",
            [("рост объёма поставок", Decimal(4))],  # "их": of the supplies (h-claims87)
        ),
        (
            "Поставки стали расти и выросли на 4 %.",
            [("рост поставок", Decimal(4))],
        ),
    ],
)
def test_steel_read_as_a_verb(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected
