"""Claims (h-claims127): a few bodies counted in the genitive of the people who head or sit in
them name who acts ("председатели двух палат"), no figure; "за N лет X превратился в …" only
frames a judgment, no term; a term an order sets for a deed is named by the deed ("срок, чтобы
покинуть страну"); a count in the genitive of houses the tagger reads as an adverb ("дома 300
человек") is whose they are, no role of the verb; a sum on an act's one thing is the act's
("строительство моста"), also in a paper's "о"-topic ("соглашение о закупке 12 фрегатов на
сумму …" → закупка фрегатов); a price on a verb of trade names its object ("цена газа"). Own
sentences about Armenia–France, Chile–Peru, Japan–Chile, Lithuania, Egypt–Italy,
Qatar–Japan."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value, claim_rows

FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("По итогам визита председатели двух палат подписали соглашение о сотрудничестве.", []),
        ("Руководители трёх комитетов парламентов Чили и Перу провели совместное заседание.", []),
        ("Члены двух комиссий Армении и Франции обсудили проект договора.", []),
        # the counted states or bodies for a state were no claims before either
        ("Министры иностранных дел двух стран подписали протокол.", []),
        ("Руководители двух ведомств Чили и Перу подписали меморандум.", []),
        # must-nots: many states at a gathering, a body that is no acting body, many bodies
        ("В форуме участвовали представители 40 стран.", [("участники форума", 40, "страна")]),
        ("Работники двух заводов Перу объявили забастовку.", [("заводы", 2, "завод")]),
        (
            "Председатели 12 комитетов парламента Чили провели заседание.",
            [("комитеты парламента", 12, "комитет")],
        ),
        # a time "за" that frames a becoming
        (
            "Посол Японии в Чили отметил, что за 22 года учения превратились в одно из главных "
            "событий военного сотрудничества двух стран.",
            [],
        ),
        ("За 30 лет фестиваль в Сантьяго стал одним из крупнейших в Латинской Америке.", []),
        (
            "По словам министра Перу, за 20 лет порт вырос в крупнейший транспортный узел региона.",
            [],
        ),
        ("Японская компания за три года превратила завод в Чили в лидера отрасли.", []),
        # must-nots: a growth's figure, a state that lasted, a count beside the time
        (
            "За 10 лет товарооборот Японии и Чили вырос в три раза.",
            [("рост товарооборота", 3, "раз")],
        ),
        ("Он четыре года был послом Японии в Чили.", [("срок", 4, "год")]),
        (
            "За 18 лет в сборной Чили он сыграл 120 матчей.",
            [("матчи", 120, "матч"), ("срок", 18, "год")],
        ),
    ],
)
def test_acting_bodies_and_framing_times_are_no_figures(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Ему предписано покинуть страну в течение пяти дней.",
         ("срок, чтобы покинуть страну", 5, "день")),
        ("МИД Литвы обязал дипломата покинуть страну в течение трёх суток.",
         ("срок, чтобы покинуть страну", 3, "сутки")),
        ("Суд Перу постановил выплатить компенсацию в течение 30 дней.",
         ("срок, чтобы выплатить компенсацию", 30, "день")),
        # must-nots: a term no order sets, a deed no order governs
        ("Дипломаты Чили должны покинуть Перу в течение 48 часов.", ("срок", 48, "час")),
        ("Посол Перу две недели живёт в транзитной зоне.", ("срок", 2, "неделя")),
    ],
)  # fmt: skip
def test_an_ordered_deed_names_its_term(analyse, text: str, row: tuple) -> None:
    assert claim_rows(analyse, text, FIELDS) == [row]


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("Ураган в Перу разрушил дома 300 человек.", 300, "люди"),
        ("Наводнение в Чили повредило дома более 2 тысяч человек.", 2000, "люди"),
        # must-nots: the people a verb acts on, a counted noun of its own
        ("Полиция Перу арестовала более 300 человек.", 300, "арестованные"),
        ("Землетрясение в Чили разрушило дома 500 семей.", 500, "семьи"),
        # must-not: "дома" at home, with a verb that takes no object
        ("Во время урагана в Перу дома остались 300 человек.", 300, "оставшиеся"),
        # a sum on an act's thing, also in a paper's "о"-topic
        (
            "Египет и Италия подписали контракт на строительство моста на сумму 2 млрд долларов.",
            2_000_000_000,
            "строительство моста",
        ),
        (
            "Вьетнам и Лаос подписали контракт на строительство нового моста на сумму 900 млн "
            "долларов.",
            900_000_000,
            "строительство нового моста",
        ),
        # a paper's "о"-topic that is an act on things is the act's (was "соглашение")
        (
            "Египет и Италия подписали соглашение о закупке 12 фрегатов на сумму 2 млрд долларов.",
            2_000_000_000,
            "закупка фрегатов",
        ),
        (
            "Египет и Италия подписали соглашение о строительстве моста на сумму 2 млрд долларов.",
            2_000_000_000,
            "строительство моста",
        ),
        # must-nots: goods already named with their act; a topic that is no act (h-claims113)
        (
            "Египет и Италия подписали контракт на поставку газа на сумму 2 млрд долларов.",
            2_000_000_000,
            "поставка газа",
        ),
        (
            "Египет и Италия подписали 12 меморандумов о сотрудничестве на сумму 3 млрд долларов.",
            3_000_000_000,
            "меморандумы",
        ),
        # a price a verb of trade holds
        ("Катар продаёт газ Японии по цене 280 долларов за тысячу кубометров.", 280, "цена газа"),
        (
            "Катар поставляет Японии сжиженный газ по цене 300 долларов за тонну.",
            300,
            "цена сжиженного газа",
        ),
        ("Египет закупил у Италии пшеницу по цене 235 долларов за тонну.", 235, "цена пшеницы"),
        # must-not: counted things sold at a price each keep the bare price
        ("Перу продала Чили 40 самолётов по цене 12 млн долларов.", 12_000_000, "цена"),
    ],
)
def test_metric_names_owners_acts_and_goods(analyse, text: str, value: int, metric: str) -> None:
    assert claim_of_value(analyse, text, value, ("metric",)) == (metric,)
