"""Figures told through a pointer or a verbal noun; fifty-eighth pass (h-claims100).

A multiplier whose object points back ("Стороны намерены удвоить эту цифру к 2030 году")
doubles the figure of the sentence before, even one a verb measures ("вложили … 40 млрд
долларов"); "эту сумму", "этот объём" point back with their pointer. A sum in the genitive
of a verbal noun under a verb ("отложила направление 200 млн долларов") is that noun's (the
parser's second object set on the noun, kg/nlp/genitive_objects.py), and a verb that holds
the grant back makes it a target, past the measured noun it sizes ("отложил предоставление
кредита на 3 млрд долларов"). Own sentences about Japan–Philippines, Egypt–Jordan,
India–Nepal, Peru–Chile, USA–Guatemala, Japan–Sri Lanka, China–Pakistan, Germany–Ukraine."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

FIELDS = ("metric", "value", "unit", "period", "status")
DAY = "2026-03-12"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("В прошлом году японские компании вложили в экономику Филиппин 40 млрд долларов. "
         "Стороны намерены удвоить эту цифру к 2030 году.",
         ("рост инвестиций компаний", 2, "раз", "2030", "target")),
        ("Товарооборот Перу и Чили в прошлом году составил 14 млрд долларов. Стороны намерены "
         "удвоить этот показатель к 2030 году.",
         ("рост товарооборота", 2, "раз", "2030", "target")),
        # the level before, not the difference told of it
        ("Товарооборот Перу и Чили в прошлом году составил 14 млрд долларов, что на 10 % "
         "больше, чем годом ранее. Стороны намерены удвоить этот показатель к 2030 году.",
         ("рост товарооборота", 2, "раз", "2030", "target")),
        ("В прошлом году Египет экспортировал в Иорданию 3 млн тонн цемента. Стороны намерены "
         "утроить этот объём к 2030 году.",
         ("рост экспорта цемента", 3, "раз", "2030", "target")),
        ("В прошлом году Индия выделила Непалу 500 млн долларов. Стороны намерены удвоить эту "
         "сумму к 2030 году.",
         ("рост выделенных средств", 2, "раз", "2030", "target")),
        ("В прошлом году Индия выделила Непалу 500 млн долларов. В этом году Индия намерена "
         "довести эту сумму до 700 млн долларов.",
         ("выделенные средства", 700000000, "USD", "2026", "target")),
    ],
)  # fmt: skip
def test_a_multiplier_of_a_pointer_grows_the_figure_before(analyse, text, row):
    assert row in claim_rows(analyse, text, FIELDS, DAY)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # must-not: naming the figure makes no target
        ("Товарооборот Перу и Чили в прошлом году составил 14 млрд долларов. Эту цифру назвал "
         "министр торговли Перу.",
         [("товарооборот", 14000000000, "USD", "2025", "actual")]),
        # must-not: a sum with no pointer keeps its name
        ("Сумма сделки составила 2 млрд долларов.",
         [("сумма сделки", 2000000000, "USD", "", "actual")]),
        # must-not: nothing before to point to
        ("Стороны намерены удвоить этот показатель к 2030 году.", []),
    ],
)  # fmt: skip
def test_no_pointer_no_figure_before(analyse, text, rows):
    assert claim_rows(analyse, text, FIELDS, DAY) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("США приостановили направление 40 млн долларов помощи Гватемале.",
         [("помощь", 40000000, "USD", "", "target")]),
        ("Япония отложила направление 200 млн долларов на восстановление Шри-Ланки.",
         [("выделенные средства", 200000000, "USD", "", "target")]),
        ("Китай отложил предоставление кредита на 3 млрд долларов Пакистану.",
         [("кредит", 3000000000, "USD", "", "target")]),
        ("Германия заморозила выделение помощи в размере 500 млн евро Украине.",
         [("помощь", 500000000, "EUR", "", "target")]),
        ("Германия одобрила выделение помощи Украине в размере 500 млн евро.",
         [("помощь", 500000000, "EUR", "", "actual")]),
        # must-nots: resumed, a count sent, a delegation, a cost of a thing
        ("США возобновили направление 40 млн долларов помощи Гватемале.",
         [("помощь", 40000000, "USD", "", "actual")]),
        ("Франция приостановила направление 300 военных в Мали.",
         [("военные", 300, "военный", "", "actual")]),
        ("Франция отложила направление делегации в Марокко.", []),
        ("Египет приостановил строительство моста стоимостью 40 млн долларов.",
         [("стоимость моста", 40000000, "USD", "", "actual")]),
    ],
)  # fmt: skip
def test_a_sum_of_a_verbal_noun_has_the_verbs_status(analyse, text, rows):
    assert claim_rows(analyse, text, FIELDS, DAY) == rows


@pytest.mark.parametrize(
    ("text", "word", "dep", "head"),
    [
        ("Япония отложила направление 200 млн долларов на восстановление Шри-Ланки.",
         "долларов", "nmod", "направление"),
        # must-not: a verb of depriving governs the genitive itself
        ("Правительство лишило регион 300 млн долларов субсидий.", "долларов", "obj", "лишило"),
    ],
)  # fmt: skip
def test_a_counted_second_object_is_the_objects_genitive(nlp, text, word, dep, head):
    token = next(t for t in nlp(text) if t.text == word)
    assert (token.dep_, token.head.text) == (dep, head)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # the years to come hung on the first clause's verb are the later conjunct's
        ("Только в прошлом году корейские инвесторы вложили во вьетнамскую экономику 5,6 млрд "
         "долларов, и Сеул рассчитывает в ближайшие три года удвоить эту сумму.",
         ("инвестиции", 5600000000, "USD", "2025", "actual")),
        # must-not: the later conjunct's own years to come leave the first figure actual
        ("В 2025 году компания вложила в экономику Перу 5 млн долларов и в ближайшие два года "
         "вложит ещё 10 млн долларов.",
         ("инвестиции компании", 5000000, "USD", "2025", "actual")),
    ],
)  # fmt: skip
def test_the_years_to_come_are_the_later_conjuncts(analyse, text, row):
    assert row in claim_rows(analyse, text, FIELDS, DAY)


def test_a_date_after_the_conjunct_stays_on_it(nlp):
    doc = nlp("Компания вложила в экономику Перу 5 млн долларов и построила завод в 2020 году.")
    token = next(t for t in doc if t.text == "году")
    assert (token.dep_, token.head.text) == ("obl", "построила")
