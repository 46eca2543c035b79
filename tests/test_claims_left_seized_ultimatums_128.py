"""Claims (h-claims128): people a verb of leaving left without something are named by what they
lack ("оставило без крова 12 тыс. человек" → люди без крова, was "оставленные"); a sum "на" of
goods seized is their worth ("изъяли наркотиков на 5 млн евро" → стоимость наркотиков); a time
"за" on a verb of change is the change's span, no term; a sum on a paper for an act is the
act's ("контракт на ремонт порта на сумму …" → ремонт порта); a price "за штуку" of counted
goods is theirs; a package of papers the parse makes two objects is named by its first paper,
never "письмо", and a letter of intent alone is "письмо о намерениях"; a term an order or an
ultimatum gives a deed is named by the deed and is a target. Own sentences about Peru–Chile,
Poland, Spain, Peru–Bolivia, India, Turkey, Morocco–Spain, Brazil–China, Italy–Egypt,
France–India, Vietnam–Korea, Japan–Chile, Egypt–Italy."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value, claim_rows

FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("Наводнение в Перу оставило без крова 12 тыс. человек.", 12_000, "люди без крова"),
        (
            "Тайфун оставил без электричества около 2 млн человек на Филиппинах.",
            2_000_000,
            "люди без электричества",
        ),
        ("Землетрясение в Чили оставило 40 тысяч человек без крова.", 40_000, "люди без крова"),
        # must-nots: no "без", staying without, whose houses
        ("Власти Чили оставили в стране 300 человек.", 300, "оставленные"),
        ("В Перу без крова остались 5 тысяч человек.", 5_000, "оставшиеся без крова"),
        ("Ураган в Перу разрушил дома 300 человек.", 300, "люди"),
        # goods seized "на" a sum are worth it
        ("Таможенники Польши изъяли наркотиков на 5 млн евро.", 5_000_000, "стоимость наркотиков"),
        ("Полиция Испании изъяла кокаина на 40 млн евро.", 40_000_000, "стоимость кокаина"),
        (
            "На границе Перу и Боливии задержано сигарет на сумму 2 млн долларов.",
            2_000_000,
            "стоимость сигарет",
        ),
        # must-nots: goods seized by count or weight, goods carried out
        ("Таможенники Польши изъяли 40 тонн кокаина.", 40, "кокаин"),
        ("Полиция Испании изъяла 40 винтовок.", 40, "винтовки"),
        (
            "Из Перу в Боливию вывезено товаров на 3 млрд долларов.",
            3_000_000_000,
            "экспорт товаров",
        ),
        # a sum on a paper for an act is the act's
        (
            "Марокко и Испания подписали контракт на ремонт порта на сумму 300 млн долларов.",
            300_000_000,
            "ремонт порта",
        ),
        (
            "Марокко и Испания подписали контракт на сумму 300 млн долларов на ремонт порта.",
            300_000_000,
            "ремонт порта",
        ),
        # must-nots: a paper on no act, a paper alone, an act the sum already hangs on
        (
            "Марокко и Испания подписали 12 меморандумов о сотрудничестве на сумму 3 млрд "
            "долларов.",
            3_000_000_000,
            "меморандумы",
        ),
        (
            "Марокко и Испания подписали контракт на сумму 2 млрд долларов.",
            2_000_000_000,
            "контракт",
        ),
        (
            "Перу подписала контракт на модернизацию аэропорта на сумму 500 млн долларов.",
            500_000_000,
            "модернизация аэропорта",
        ),
        # a price of one piece of counted goods
        (
            "Бразилия продала Китаю 40 самолётов по цене 50 млн долларов за штуку.",
            50_000_000,
            "цена самолётов",
        ),
        (
            "Италия продала Египту два фрегата по цене 600 млн евро за фрегат.",
            600_000_000,
            "цена фрегатов",
        ),
        (
            "Франция продаст Индии 26 истребителей по цене 100 млн евро за единицу.",
            100_000_000,
            "цена истребителей",
        ),
        # a bare sum "по" of one piece is its price, no purchase (was "закупки истребителей")
        (
            "Аргентина закупила у Дании 24 истребителя по 12 млн долларов за единицу.",
            12_000_000,
            "цена истребителей",
        ),
        (
            "Чили купила у Перу 10 вертолётов по 5 млн долларов за штуку.",
            5_000_000,
            "цена вертолётов",
        ),
        (
            "Египет закупил у Италии 2 млн тонн пшеницы по 235 долларов за тонну.",
            235,
            "цена пшеницы",
        ),
        # must-nots: a sum "на" of the goods is the purchase; a price of counted goods told of
        # no piece; goods with no count
        (
            "Чили купила у Перу 10 вертолётов на 50 млн долларов.",
            50_000_000,
            "закупки вертолётов",
        ),
        ("Перу продала Чили 40 самолётов по цене 12 млн долларов.", 12_000_000, "цена"),
        ("Египет закупил у Италии пшеницу по цене 235 долларов за тонну.", 235, "цена пшеницы"),
        # a package of papers is named by its first paper, never the letter
        (
            "Вьетнам и Корея подписали 3 соглашения и письмо о намерениях на сумму 2 млрд "
            "долларов.",
            2_000_000_000,
            "соглашения",
        ),
        (
            "Япония и Чили подписали 4 соглашения и письмо о намерениях на сумму 1 млрд долларов.",
            1_000_000_000,
            "соглашения",
        ),
        # a letter of intent alone is named with what makes it a paper (was "письмо")
        (
            "Египет и Италия подписали письмо о намерениях на сумму 900 млн евро.",
            900_000_000,
            "письмо о намерениях",
        ),
        (
            "Япония и Чили подписали письмо о намерениях на сумму 2 млрд долларов.",
            2_000_000_000,
            "письмо о намерениях",
        ),
        # must-nots: a letter on a credit is the credit's; papers on a topic listed as
        # conjuncts (h-claims113)
        ("Посол Чили направил письмо о кредите на сумму 2 млрд долларов.", 2_000_000_000, "кредит"),
        (
            "Египет и Италия подписали два контракта и письмо о намерениях на сумму 900 млн евро.",
            900_000_000,
            "контракты",
        ),
    ],
)
def test_metric_names_lack_worth_acts_pieces_and_packages(
    analyse, text: str, value: int, metric: str
) -> None:
    assert claim_of_value(analyse, text, value, ("metric",)) == (metric,)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("За 12 лет число школ в Перу выросло до 40.", [("школы", 40, "школа")]),
        (
            "За 20 лет число посольств Турции в Африке выросло до 44.",
            [("посольства", 44, "посольство")],
        ),
        ("За 10 лет число рейсов между Чили и Перу сократилось до 12.", [("рейсы", 12, "рейс")]),
        # must-nots: a deed counted beside the time keeps its term
        ("За 12 лет в Перу построено 40 школ.", [("срок", 12, "год"), ("школы", 40, "школа")]),
        (
            "За 10 лет Индия открыла в Африке 18 посольств.",
            [("посольства", 18, "посольство"), ("срок", 10, "год")],
        ),
    ],
)
def test_a_change_over_a_span_has_no_term(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Дипломату Чили дали 72 часа, чтобы покинуть страну.",
         ("срок, чтобы покинуть страну", 72, "target")),
        ("Египет дал послу Италии 72 часа на то, чтобы покинуть страну.",
         ("срок, чтобы покинуть страну", 72, "target")),
        # an order's term was actual where a short passive told it, target where "обязал" did
        ("Послу Перу предписано покинуть страну в течение пяти дней.",
         ("срок, чтобы покинуть страну", 5, "target")),
        # must-nots: a term set for no deed, a prison term handed down, a term no order sets
        ("Суд Перу приговорил его к трём годам.", ("срок заключения", 3, "actual")),
        ("Посол Перу две недели живёт в транзитной зоне.", ("срок", 2, "actual")),
    ],
)  # fmt: skip
def test_a_term_given_a_deed_is_named_by_it_and_due(analyse, text: str, row: tuple) -> None:
    assert claim_rows(analyse, text, ("metric", "value", "status")) == [row]
