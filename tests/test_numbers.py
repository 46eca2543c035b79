"""The quantity grammar: values, units, comparators and the non-quantity filter."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.data.shared import shared
from kg.extract.common.dates import fold_case
from kg.extract.common.numbers import CLAIM_KINDS, Quantity, parse_number
from kg.extract.common.quantities import (
    COMPOUND_SUFFIXES,
    COMPOUND_WORD,
    MULT_NEEDS,
    MULT_WORD,
    SPECIAL,
    _scan,
    find_quantities,
)

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = sorted((ROOT / "corpus").glob("*.txt")) + sorted(
    shared("devset", "articles").glob("*.txt")
)


def claims(text: str) -> list[Quantity]:
    return [q for q in find_quantities(text) if q.kind in CLAIM_KINDS]


def one(text: str) -> Quantity:
    found = claims(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("24,5", "24.5"),
        ("1 200", "1200"),
        ("1\u00a0200,5", "1200.5"),
        ("1\u202f000\u202f000", "1000000"),
        ("девять", "9"),
        ("полтора", "1.5"),
        ("полутора", "1.5"),
        ("семисот", "700"),
        ("двадцать пять", "25"),
        ("двадцати пяти", "25"),
        ("сто семьдесят", "170"),
        ("1,2 млн", "1200000"),
        ("три тысячи", "3000"),
        ("24,5 миллиарда", "24500000000"),
        ("2 трлн", "2000000000000"),
        ("двести тысяч", "200000"),
        ("полтора миллиона", "1500000"),
        ("полмиллиарда", "500000000"),
        ("полумиллиона", "500000"),
        ("полтысячи", "500"),
        ("два с половиной миллиарда", "2500000000"),
        ("пять с половиной", "5.5"),
        ("2 с половиной млн", "2500000"),
    ],
)
def test_parse_number(raw: str, value: str) -> None:
    assert parse_number(raw) == Decimal(value)
    assert str(parse_number(raw)) == value


@pytest.mark.parametrize("raw", ["", "абв", "пять двадцать", "1 200 рублей", "тысячный"])
def test_parse_number_rejects(raw: str) -> None:
    assert parse_number(raw) is None


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "comparator", "kind"),
    [
        (
            "Товарооборот между Узбекистаном и Турцией в 2023 году вырос на 12 процентов",
            "12 процентов", "12", "percent", "eq", "change",
        ),
        (
            "Товарооборот в 2023 году достиг 3,1 миллиарда долларов",
            "3,1 миллиарда долларов", "3100000000", "USD", "eq", "amount",
        ),
        (
            "Китай инвестировал в экономику Казахстана свыше 25 млрд долларов",
            "свыше 25 млрд долларов", "25000000000", "USD", "gt", "amount",
        ),
        ("В вузах учатся около 1,5 тыс. студентов из Индии", "около 1,5 тыс. студентов",
         "1500", "студент", "approx", "amount"),
        ("Страну посетили полтора миллиона туристов", "полтора миллиона туристов",
         "1500000", "турист", "eq", "amount"),
        ("На Китай приходится не менее 40% экспорта", "не менее 40%", "40", "percent", "ge",
         "amount"),
        ("На фронт были призваны свыше 1,2 млн наших соотечественников",
         "свыше 1,2 млн наших соотечественников", "1200000", "соотечественник", "gt", "amount"),
        ("Более 500 казахстанцев были удостоены звания Героя", "Более 500 казахстанцев",
         "500", "казахстанец", "gt", "amount"),
        ("реализуется более 170 совместных проектов", "более 170 совместных проектов",
         "170", "проект", "gt", "amount"),
        ("с общим объемом инвестиций свыше $50 млрд.", "свыше $50 млрд.", "50000000000",
         "USD", "gt", "amount"),
        ("работают свыше 20 тыс. компаний с российским капиталом", "свыше 20 тыс. компаний",
         "20000", "компания", "gt", "amount"),
        ("где проживает около 32 миллионов человек", "около 32 миллионов человек",
         "32000000", "человек", "approx", "amount"),
        ("71 сенатор проголосовал за ратификацию", "71 сенатор", "71", "сенатор", "eq",
         "amount"),
        ("филиалы открыли уже девять российских вузов", "девять российских вузов", "9", "вуз",
         "eq", "amount"),
        ("товарооборот, несмотря на пандемию, достиг 24,5 миллиарда долларов",
         "24,5 миллиарда долларов", "24500000000", "USD", "eq", "amount"),
        ("поставила задачу довести товарооборот до 30 миллиардов долларов",
         "30 миллиардов долларов", "30000000000", "USD", "eq", "amount"),
        ("средний размер доплаты составит 854 рубля", "854 рубля", "854", "RUB", "eq", "amount"),
        ("Инвестиции составили 120 млрд тенге", "120 млрд тенге", "120000000000", "KZT", "eq",
         "amount"),
        ("кредит в размере 2 млрд юаней", "2 млрд юаней", "2000000000", "CNY", "eq", "amount"),
        ("экспорт вырос до 5 трлн сумов", "5 трлн сумов", "5000000000000", "UZS", "eq",
         "amount"),
        ("Минск получил 1,5 млрд российских рублей", "1,5 млрд российских рублей",
         "1500000000", "RUB", "eq", "amount"),
        ("бюджет в 300 млн белорусских рублей", "300 млн белорусских рублей", "300000000",
         "BYN", "eq", "amount"),
        ("сделка на сумму 400 млн евро", "400 млн евро", "400000000", "EUR", "eq", "amount"),
        ("кредит на 2,5 млрд долл. США", "2,5 млрд долл. США", "2500000000", "USD", "eq",
         "amount"),
        ("поставки на 70 млн фунтов стерлингов", "70 млн фунтов стерлингов", "70000000", "GBP",
         "eq", "amount"),
        ("в Турцию ввезли товаров на 3 млрд турецких лир", "3 млрд турецких лир", "3000000000",
         "TRY", "eq", "amount"),
        ("контракт на 500 млн €", "500 млн €", "500000000", "EUR", "eq", "amount"),
        ("Доля юаня составила почти 30 проц.", "почти 30 проц.", "30", "percent", "approx",
         "amount"),
        ("не более 5 процентов", "не более 5 процентов", "5", "percent", "le", "amount"),
        ("менее 10 % рынка", "менее 10 %", "10", "percent", "lt", "amount"),
        ("приблизительно две тысячи беженцев", "приблизительно две тысячи беженцев", "2000",
         "беженец", "approx", "amount"),
        ("порядка 300 тонн зерна", "порядка 300 тонн", "300", "тонна", "approx", "amount"),
        ("экспорт сократился на 8,5% в годовом выражении", "8,5%", "8.5", "percent", "eq",
         "change"),
        ("выросли более чем на 12%", "более чем на 12%", "12", "percent", "gt", "change"),
        ("рост товарооборота составил 7 процентов", "7 процентов", "7", "percent", "eq",
         "change"),
        ("цены снизились на 200 рублей", "200 рублей", "200", "RUB", "eq", "change"),
        ("уже более тысячи человек", "более тысячи человек", "1000", "человек", "gt", "amount"),
        ("помощь двадцати пяти странам", "двадцати пяти странам", "25", "страна", "eq",
         "amount"),
        ("Это уже 2000 человек", "2000 человек", "2000", "человек", "eq", "amount"),
        # "по меньшей мере" is "по крайней мере"; a preposition between a comparator and
        # its number keeps the comparator
        ("по меньшей мере 40 человек пострадали", "по меньшей мере 40 человек", "40",
         "человек", "ge", "amount"),
        ("Ущерб оценивается приблизительно в 3 млрд песо", "приблизительно в 3 млрд песо",
         "3000000000", "песо", "approx", "amount"),
        ("проект обойдётся примерно в 900 млн евро", "примерно в 900 млн евро", "900000000",
         "EUR", "approx", "amount"),
        ("не менее чем в 12 странах", "не менее чем в 12 странах", "12", "страна", "ge",
         "amount"),
        ("впервые более чем за 30 лет", "более чем за 30 лет", "30", "год", "gt", "amount"),
        ("почти в 40 регионах Кении", "почти в 40 регионах", "40", "регион", "approx",
         "amount"),
        # must not: a preposition alone, or a comparative that compares something else
        ("Кения поставила в 2024 году в 12 стран чай", "12 стран", "12", "страна", "eq",
         "amount"),
        ("Экспорт Дании больше, чем в 3 соседних странах", "3 соседних странах", "3", "страна",
         "eq", "amount"),
    ],
)  # fmt: skip
def test_quantities(
    sentence: str, text: str, value: str, unit: str, comparator: str, kind: str
) -> None:
    q = one(sentence)
    assert (q.text, q.value, q.unit, q.comparator, q.kind) == (
        text,
        Decimal(value),
        unit,
        comparator,
        kind,
    )
    assert str(q.value) == value


@pytest.mark.parametrize(
    ("sentence", "text", "value", "comparator"),
    [
        ("товарооборот вырос втрое", "втрое", "3", "eq"),
        ("экспорт увеличился в 2,5 раза", "в 2,5 раза", "2.5", "eq"),
        ("импорт вырос в два раза", "в два раза", "2", "eq"),
        ("объем вырос в полтора раза", "в полтора раза", "1.5", "eq"),
        ("поставки выросли почти вдвое", "почти вдвое", "2", "approx"),
        ("стороны намерены удвоить товарооборот", "удвоить", "2", "eq"),
        ("рост в два с лишним раза", "в два с лишним раза", "2", "gt"),
        ("пятикратный рост", "пятикратный", "5", "eq"),
    ],
)
def test_multipliers(sentence: str, text: str, value: str, comparator: str) -> None:
    q = one(sentence)
    assert (q.text, q.value, q.comparator, q.kind, q.multiplier, q.unit) == (
        text,
        Decimal(value),
        comparator,
        "change",
        True,
        "",
    )


def test_range_gives_two_bounds() -> None:
    lo, hi = claims("доля выросла до 10–15 % рынка")
    assert (lo.value, lo.comparator, lo.unit) == (Decimal(10), "ge", "percent")
    assert (hi.value, hi.comparator, hi.unit) == (Decimal(15), "le", "percent")
    lo, hi = claims("инвестиции в 1,5-2 млрд долларов")
    assert (lo.value, hi.value, lo.unit) == (Decimal(1500000000), Decimal(2000000000), "USD")
    lo, hi = claims("Стоимость — 7—9 тыс. долларов")
    assert (lo.value, hi.value, lo.unit) == (Decimal(7000), Decimal(9000), "USD")
    assert [q.comparator for q in claims("поддержали 26 депутатов из 30 — 10 против")] == [
        "eq",
        "eq",
        "eq",
    ]


def test_shared_units_and_bounds() -> None:
    a, b = claims("осуждены на 20 и 10 лет")
    assert (a.value, a.unit, b.value, b.unit) == (Decimal(20), "год", Decimal(10), "год")
    a, b = claims("инвестиции от 100 до 200 млн долларов")
    assert (a.value, a.unit, a.comparator) == (Decimal(100000000), "USD", "ge")
    assert (b.value, b.unit, b.comparator) == (Decimal(200000000), "USD", "le")
    a, b = claims("на митинг пришли от 2000 до 2500 человек")
    assert (a.value, a.unit, a.kind, b.unit) == (Decimal(2000), "человек", "amount", "человек")


@pytest.mark.parametrize(
    "sentence",
    [
        "число туристов выросло в 2,5 раза до 1,2 млн человек",
        "экспорт увеличился втрое до 900 млн долларов",
        "поставки сократились в два раза, до 40 тыс. тонн",
        "добыча выросла вдвое, до 300 тыс. баррелей",
    ],
)
def test_a_factor_takes_no_unit_of_the_level_after_it(sentence: str) -> None:
    factor, level = claims(sentence)
    assert (factor.multiplier, factor.unit, factor.kind) == (True, "", "change")
    assert level.unit and not level.multiplier


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("мощность станции составит 1200 МВт", "1200", "мегаватт"),
        ("до 20 ГВт к 2030 году", "20", "гигаватт"),
        ("панели мощностью 500 кВт", "500", "киловатт"),
        ("выработала 80 млрд кВт·ч", "80000000000", "киловатт-час"),
        ("продала 3 млн МВт*ч", "3000000", "мегаватт-час"),
        ("экспорт составил 4,3 млн т, сообщает агентство", "4300000", "тонна"),
        ("собрали 120 т. Это рекорд", "120", "тонна"),
        ("добыча 9 млн барр. в сутки", "9000000", "баррель"),
        # must not: "т. е." and "т. н." after a number are no tonnes
        ("заплатили 5 т. е. пять тысяч", "5", ""),
        ("в 3 т.н. зонах", "3", ""),
    ],
)
def test_written_units_of_power_and_mass(sentence: str, value: str, unit: str) -> None:
    q = claims(sentence)[0]
    assert (str(q.value), q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        # "голов" before the genitive of what it counts are heads of livestock
        ("Вьетнам экспортировал в Китай 650 тыс. голов свиней.", "голова"),
        ("Индонезия ввезла из Австралии 3,5 млн голов скота.", "голова"),
        ("Аргентина поставила в Китай 40 тыс. голов крупного рогатого скота.", "голова"),
        # must-nots: goals before a preposition or at the sentence's end stay goals
        ("Сборная Египта пропустила 12 голов в отборочном турнире.", "гол"),
        ("Нападающий сборной Бразилии забил 77 голов.", "гол"),
        # must-nots: a genitive or an adjective after goals that is no livestock (review20)
        ("Нападающий сборной Египта забил 20 голов национальной команды.", "гол"),
        ("Сборная Аргентины забила 5 голов бразильской команде.", "гол"),
        ("Хозяйство в Монголии содержит 500 голов свиней.", "голова"),
    ],
)
def test_heads_of_livestock(sentence: str, unit: str) -> None:
    assert one(sentence).unit == unit


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [  # a first end in words takes the scale of the second ("от четырёх до пяти тысяч")
        ("штрафы от четырех до пяти тысяч рублей", "4000", "5000"),
        ("кредиты двух и трёх миллионов долларов", "2000000", "3000000"),
        # must not: a second end that is a bare scale word, or a first end with its own scale
        ("от ста до миллиона долларов", "100", "1000000"),
        ("от двух тысяч до трёх миллионов долларов", "2000", "3000000"),
        ("в двух и трёх километрах", "2", "3"),
    ],
)
def test_a_first_end_in_words_takes_the_scale(sentence: str, first: str, second: str) -> None:
    a, b = claims(sentence)
    assert (a.value, b.value) == (Decimal(first), Decimal(second))


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("сделка на 3 млрд 200 млн долларов", "3200000000", "USD"),
        ("температура минус 5 градусов", "-5", "градус"),
        ("поддержали 15 стран-участниц", "15", "страна-участница"),
        ("пошлина 1,2 трлн. руб.", "1200000000000", "RUB"),
        ("оборот составил 50 млн USD", "50000000", "USD"),
        ("выручка 1,5 млрд $", "1500000000", "USD"),
        ("5 тыс. тонн зерна", "5000", "тонна"),
        ("12 000 человек", "12000", "человек"),
        ("ставка 16%", "16", "percent"),
        # a figure in brackets in a list is no item number: "Гизе (80) и Асуане (64)"
        ("в Гизе (80) и Асуане", "80", ""),
        ("около 1500 его сторонников", "1500", "сторонник"),
        ("В 2000 домах Каира", "2000", "дом"),
        # an English comma groups thousands after a currency sign, or twice anywhere
        ("Норвегия выплатит Дании компенсацию в $482,500", "482500", "USD"),
        ("лот ушёл с молотка за £1,250", "1250", "GBP"),
        ("кредит Кении на 2,750,000 евро", "2750000", "EUR"),
        # must-nots: a decimal comma stays one, also after a sign before a scale word
        ("Эфиопия получит $2,5 млн", "2500000", "USD"),
        ("экспорт Кении составил 1,250 млн долларов", "1250000", "USD"),
        ("в Осло приехали 2,500 делегата", "2.5", "делегат"),
        ("займ в размере $0,75 млн", "750000", "USD"),
        # a state's adjective names its own currency where a bare name is another's
        ("Пакистан получил 5 млрд пакистанских рупий", "5000000000", "PKR"),
        ("Индонезия выделила 900 млрд индонезийских рупий", "900000000000", "IDR"),
        ("Иордания заплатила 10 млн иорданских динаров", "10000000", "JOD"),
        ("Ирак выплатит 2 трлн иракских динаров", "2000000000000", "IQD"),
        ("Бухарест потратил 3 млн румынских леев", "3000000", "RON"),
        ("София вложила 40 млн болгарских левов", "40000000", "BGN"),
        ("Чили выделило 900 млрд чилийских песо", "900000000000", "CLP"),
        ("экспорт Кении — 12 млрд кенийских шиллингов", "12000000000", "KES"),
        ("выручка в Абудже 2,1 трлн найр", "2100000000000", "NGN"),
        ("Эфиопия получила 300 млн эфиопских быров", "300000000", "ETB"),
        ("Будапешт выделил 2 млрд форинтов", "2000000000", "HUF"),
        ("Вьентьян получил 5 млрд лаосских кипов", "5000000000", "LAK"),
        # must-nots: the bare names stay the currencies they were
        ("Белград потратил 20 млн сербских динаров", "20000000", "RSD"),
        ("Индия выделила 7 млн индийских рупий", "7000000", "INR"),
        ("Кишинёв получил 3 млн леев", "3000000", "MDL"),
        ("Ущерб оценивается в 3 млрд песо", "3000000000", "песо"),
        ("в зоопарке 2 льва", "2", "лев"),
    ],
)
def test_more_amounts(sentence: str, value: str, unit: str) -> None:
    q = one(sentence)
    assert (q.value, q.unit) == (Decimal(value), unit)


# Currencies by their Russian names (ISO code, nominative, genitive singular, genitive plural):
# each form after a number of its own agreement names the currency.
_CURRENCY_NAMES = [
    ("BGN", "", "лева", "левов"),  # a bare "лев" may be a lion
    ("ZAR", "рэнд", "рэнда", "рэндов"),
    ("ZAR", "ранд", "ранда", "рандов"),
    ("GEL", "лари", "лари", "лари"),
    ("AMD", "драм", "драма", "драмов"),
    ("KGS", "сом", "сома", "сомов"),
    ("KZT", "тенге", "тенге", "тенге"),
    ("AZN", "манат", "маната", "манатов"),
    ("TMT", "туркменский манат", "туркменского маната", "туркменских манатов"),
    ("TRY", "лира", "лиры", "лир"),
    ("BRL", "реал", "реала", "реалов"),
    ("MYR", "ринггит", "ринггита", "ринггитов"),
    ("MAD", "марокканский дирхам", "марокканского дирхама", "марокканских дирхамов"),
    ("QAR", "катарский риал", "катарского риала", "катарских риалов"),
    ("OMR", "оманский риал", "оманского риала", "оманских риалов"),
    ("YER", "йеменский риал", "йеменского риала", "йеменских риалов"),
    ("ISK", "исландская крона", "исландской кроны", "исландских крон"),
    ("PEN", "перуанский соль", "перуанского соля", "перуанских солей"),
    ("BDT", "бангладешская така", "бангладешской таки", "бангладешских так"),
    ("MMK", "кьят", "кьята", "кьятов"),
    ("VES", "боливар", "боливара", "боливаров"),
    ("MKD", "денар", "денара", "денаров"),
    ("ALL", "лек", "лека", "леков"),
    ("AFN", "афгани", "афгани", "афгани"),
    ("KHR", "риель", "риеля", "риелей"),
]


@pytest.mark.parametrize(("code", "one_form", "few_form", "many_form"), _CURRENCY_NAMES)
def test_currency_names(code: str, one_form: str, few_form: str, many_form: str) -> None:
    for number, form in (("21", one_form), ("0,29", few_form), ("3 млн", many_form)):
        if form:
            assert one(f"выделено {number} {form} на ремонт школ").unit == code, form


@pytest.mark.parametrize(
    "sentence",
    ["в зоопарке Софии 3 льва", "в 2024 году 5 солей из Перу", "на рынке 3 така и 5 таки"],
)
def test_no_currency_of_lookalikes(sentence: str) -> None:
    assert all(not q.unit.isupper() for q in claims(sentence))


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("договор подписан в 2022 году", "year"),
        ("по итогам 2022 г. рост", "year"),
        ("планы на 2030", "year"),
        ("в 2022-2023 годах", "year"),
        ("в 2022-м", "year"),
        ("встреча прошла 28 ноября 2022 года", "date"),
        ("постановление от 12.06.2023", "date"),
        ("в Минске 12 июня", "date"),
        ("в марте 2019 года", "date"),
        ("в 17:25 по Москве", "time"),
        ("начало в 12 часов", "time"),
        ("около 7 вечера", "time"),
        ("умер в возрасте 70 лет", "age"),
        ("70-летний ветеран", "age"),
        ("5-й раунд переговоров", "ordinal"),
        ("по случаю 30-летия установления отношений", "anniversary"),
        ("к 100-летию", "anniversary"),
        ("согласно пункту 3", "reference"),
        ("статьи 15 закона", "reference"),
        ("указ № 123", "reference"),
        ("Федеральный закон № 53-ФЗ", "reference"),
        ("звоните +7 (495) 123-45-67", "reference"),
        ("источник https://kremlin.ru/events/president/news/69944", "reference"),
        ("1. Первый пункт повестки", "list"),
        ("повестка: 2) визит министра", "list"),
        # a year without "году" before the clause's subject: no number counts "муж" so
        ("В 1983 её муж вернулся из Египта", "year"),
        ("В 2005 его сын уехал в Турцию", "year"),
        ("10-дневный визит", "attribute"),
        ("73-летний посол Индии", "age"),
        ("семилетний срок", "age"),
        ("трёхмесячный мораторий", "attribute"),
    ],
)
def test_non_quantities(sentence: str, kind: str) -> None:
    found = find_quantities(sentence)
    assert found, sentence
    assert all(q.kind not in CLAIM_KINDS for q in found), found
    assert kind in {q.kind for q in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "Программу второго дня открыла церемония",
        "одна из стран региона",
        "тысячи людей вышли на улицы",
        "Миллиардные потоки",
        "договор СНВ-3 и саммит G20",
        "в 1990-х годах",
        "несколько тысяч человек",
        "десятки компаний из Турции",
        "сотни тысяч беженцев",
        "он увидит свою семью",
        "млрд",
    ],
)
def test_no_claim_candidates(sentence: str) -> None:
    assert claims(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "comparator"),
    [
        ("в Ташкент приехали с десяток министров из Турции", "10", "министр", "approx"),
        ("более десятка стран Азии", "10", "страна", "gt"),
        ("два десятка совместных предприятий", "20", "предприятие", "eq"),
        ("около сотни студентов из Вьетнама", "100", "студент", "approx"),
        ("более сотни тысяч паломников", "100000", "паломник", "gt"),
        ("полторы дюжины контрактов", "18", "контракт", "eq"),
    ],
)
def test_tens_and_hundreds_as_numbers(sentence: str, value: str, unit: str, comparator: str):
    q = one(sentence)
    assert (q.value, q.unit, q.comparator) == (Decimal(value), unit, comparator)


@pytest.mark.parametrize(
    ("word", "value"),
    [("семилетний", 7), ("двухлетнего", 2), ("двадцатипятилетний", 25), ("столетний", 100),
     ("трёхмесячный", 3), ("пятнадцатидневный", 15)],
)  # fmt: skip
def test_compound_adjective_values(word: str, value: int) -> None:
    [q] = find_quantities(f"Это {word} договор.")
    assert (q.value, q.text) == (Decimal(value), word)


def test_no_bare_year_claims_in_articles() -> None:
    assert ARTICLES
    for path in ARTICLES:
        text = path.read_text(encoding="utf-8-sig")
        for q in claims(text):
            bare = q.unit == "" and q.value == q.value.to_integral_value()
            assert not (bare and 1900 <= q.value <= 2100), (path.name, q)


def _spaced(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@given(st.integers(0, 10**15), st.sampled_from([" ", "\u00a0", "\u202f", "\u2009", ""]))
def test_parse_number_integers(n: int, sep: str) -> None:
    assert parse_number(_spaced(n, sep)) == n


@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False))
def test_parse_number_decimals(d: Decimal) -> None:
    whole, _, frac = f"{d:f}".partition(".")
    assert parse_number(_spaced(int(whole), " ") + ("," + frac if frac else "")) == d


_UNITS = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_TEENS = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
          "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]  # fmt: skip
_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
         "восемьдесят", "девяносто"]  # fmt: skip
_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
             "восемьсот", "девятьсот"]  # fmt: skip


def _words(n: int) -> str:
    h, rest = divmod(n, 100)
    tail = [_TEENS[rest - 10]] if 10 <= rest < 20 else [_TENS[rest // 10], _UNITS[rest % 10]]
    return " ".join(w for w in [_HUNDREDS[h], *tail] if w)


@given(st.integers(1, 999))
def test_parse_number_words(n: int) -> None:
    assert parse_number(_words(n)) == n


_ALPHABET = st.sampled_from(
    list("0123456789 ,.-–—%$€№:/()\n\u00a0") + list("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    + ["млн", "тыс.", "долларов", "года", "ноября", "более", "около", "на", "в", "раза",
       "-летия", "процентов", "рублей", "двадцать", "пять", "тысяч"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_find_quantities_total_and_spans(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
        assert q.comparator in {"eq", "gt", "ge", "lt", "le", "approx"}


@settings(deadline=None)
@given(st.text(max_size=80))
def test_find_quantities_any_text(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a change of the main clause is not that of a figure in a relative clause after it
        ("обязательства по сокращению расходов, которые страна взяла после получения кредита "
         "на 5 млрд долларов", "amount"),
        ("рост экспорта, который Кения получила от продажи чая на 2 млрд долларов", "amount"),
        # must not: a change inside the relative clause, or after a closed one
        ("экспорт, который в прошлом году вырос на 12 %", "change"),
        ("товарооборот, который в 2020 году упал, вырос на 10 %", "change"),
    ],
)  # fmt: skip
def test_a_relative_clause_keeps_its_own_change(sentence: str, kind: str) -> None:
    assert claims(sentence)[-1].kind == kind


# A text holding a match of each pattern `find_quantities` scans only when the text holds one
# of its strings (`_scan`), in other cases than the strings' and with an old glyph variant.
_GATED_TEXTS = [
    "Переговоры начались в 9:45 по местному времени.",
    "Указ № 12/3 и закон N 5-ФЗ; постановление No. 7.",
    "Полк 7-Й ДИВИЗИИ и 15–АЯ бригада.",
    "Текст на сайте WWW.GOV.PL о визите.",
    "Текст на https://example.org/2024/01/page.",
    "Документ лежит по пути reports/2023/q4.",
    "Пункты: 1) торговля; 2) транзит.",
    "Экспорт вырос ВДВОЕ, цены утроились.",
    "Импорт вырос \u1c80двое.",  # an old glyph of "в"
    "Трехкратный рост и ДЕСЯТИКРАТНОЕ снижение, Учетверённый объём.",
    "Пятилетний план, ДВАДЦАТИДНЕВНЫЙ срок, трехмесячная программа.",
    "Ничего из этого тут нет: только 2024 год и сорок пять тонн.",
]


@pytest.mark.parametrize("text", _GATED_TEXTS + [p.read_text(encoding="utf-8") for p in ARTICLES])
def test_scans_skipped_only_where_no_match_can_be(text: str) -> None:
    """`_scan` finds what `finditer` finds, for every gated pattern: its strings are each a
    part of every match, so a text without them has none."""
    patterns = [*SPECIAL, (MULT_WORD, "", MULT_NEEDS), (COMPOUND_WORD, "", COMPOUND_SUFFIXES)]
    lower = fold_case(text)
    for rx, _, needs in patterns:
        assert [m.span() for m in _scan(rx, text, lower, needs)] == [
            m.span() for m in rx.finditer(text)
        ]


# a collective count up to ten is a number wherever it stands, as "семеро" was
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Восьмеро туристов из Чехии пропали в горах Словакии.", 8),
        ("Девятеро моряков из Греции спасены у берегов Мальты.", 9),
        ("Семеро военных Мали погибли.", 7),
    ],
)
def test_collective_counts(text: str, value: int) -> None:
    assert [q.value for q in find_quantities(text)] == [Decimal(value)]
