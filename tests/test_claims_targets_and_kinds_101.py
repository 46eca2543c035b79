"""Numeric claims' targets and kinds; fifty-ninth pass (h-claims101).

"этот показатель" after a total and the parts a colon lists after it ("Товарооборот
составил 20 млрд долларов: экспорт — 12 млрд долларов, импорт — 8 млрд долларов") points to
the total, not the last part. A hold denied through the verb its infinitive hangs on ("не
стали приостанавливать направление 200 млн долларов") delivers the sum; a change in the
future passive ("эта сумма будет увеличена вдвое") is a plan, a target; goods a verb holds
back ("приостановила поставки 30 тыс. тонн зерна") are a target, as a grant held back is; a
change with no time of its own goes on with the year of the sentence before in its
paragraph. Own sentences about Kenya–Tanzania, Peru–Chile, USA–Guatemala, Japan–Nepal,
India–Bangladesh, Argentina–Chile, Egypt–France."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

FIELDS = ("metric", "value", "unit", "period", "status")
DAY = "2026-03-12"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("В 2025 году товарооборот Кении и Танзании составил 20 млрд долларов: экспорт — 12 млрд "
         "долларов, импорт — 8 млрд долларов. Стороны намерены довести этот показатель до 30 млрд "
         "долларов.",
         ("товарооборот", 30000000000, "USD", "", "target")),
        ("Товарооборот Перу и Чили составил 20 млрд долларов: экспорт Перу — 12 млрд долларов, "
         "импорт — 8 млрд долларов. Министры договорились довести этот показатель до 30 млрд "
         "долларов к 2030 году.",
         ("товарооборот", 30000000000, "USD", "2030", "target")),
        # must-not: the total told in the past stays a fact
        ("В 2025 году товарооборот Кении и Танзании составил 20 млрд долларов: экспорт — 12 млрд "
         "долларов, импорт — 8 млрд долларов. Стороны намерены довести этот показатель до 30 млрд "
         "долларов.",
         ("товарооборот", 20000000000, "USD", "2025", "actual")),
        # must-not: two figures of a contrast, no list: the nearest
        ("Экспорт Перу в Чили составил 12 млрд долларов, а импорт — 8 млрд долларов. Стороны "
         "намерены довести этот показатель до 10 млрд долларов.",
         ("импорт", 10000000000, "USD", "", "target")),
        # must-not: a measure named keeps its name
        ("Товарооборот Перу и Чили составил 20 млрд долларов: экспорт — 12 млрд долларов, импорт "
         "— 8 млрд долларов. Стороны намерены довести экспорт до 15 млрд долларов.",
         ("экспорт", 15000000000, "USD", "", "target")),
        # a change in the future passive is a plan
        ("В прошлом году Япония выделила Непалу 50 млн долларов. В следующем году эта сумма будет "
         "увеличена вдвое.",
         ("рост выделенных средств", 2, "раз", "2027", "target")),
        ("Импорт риса в Бангладеш будет сокращён на 10 %.",
         ("снижение импорта риса", 10, "percent", "", "target")),
        # must-not: a past passive is done
        ("В прошлом году Япония выделила Непалу 50 млн долларов. В этом году эта сумма была "
         "увеличена вдвое.",
         ("рост выделенных средств", 2, "раз", "2026", "actual")),
    ],
)  # fmt: skip
def test_a_pointer_after_parts_is_of_the_total_and_a_passive_ahead_a_plan(analyse, text, row):
    assert row in claim_rows(analyse, text, FIELDS, DAY)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("США не стали приостанавливать направление Гватемале 200 млн долларов помощи.",
         [("помощь", 200000000, "USD", "", "actual")]),
        ("Япония не стала откладывать выделение Непалу 20 млн долларов.",
         [("выделенные средства", 20000000, "USD", "", "actual")]),
        ("Индия не стала приостанавливать поставки в Бангладеш 30 тыс. тонн зерна.",
         [("поставки зерна", 30000, "тонна", "", "actual")]),
        # a dative of the grant between it and the sum: the sum is still the grant's
        ("США решили приостановить направление Гватемале 200 млн долларов помощи.",
         [("помощь", 200000000, "USD", "", "target")]),
        # goods held back are meant, not delivered
        ("Индия приостановила поставки в Бангладеш 30 тыс. тонн зерна.",
         [("поставки зерна", 30000, "тонна", "", "target")]),
        ("Аргентина приостановила экспорт в Чили 2 млн тонн сои.",
         [("экспорт сои", 2000000, "тонна", "", "target")]),
        # must-nots: resumed, a level told in a clause of its own, a share, a time
        ("Индия возобновила поставки в Бангладеш 30 тыс. тонн зерна.",
         [("поставки зерна", 30000, "тонна", "", "actual")]),
        ("Индия приостановила поставки зерна, которые в прошлом году составили 30 тыс. тонн.",
         [("поставки зерна", 30000, "тонна", "2025", "actual")]),
        ("Индия приостановила 30 % поставок риса в Бангладеш.",
         [("доля поставок риса", 30, "percent", "", "actual")]),
        ("Аргентина приостановила экспорт сои в Чили на 30 дней.",
         [("срок", 30, "день", "", "actual")]),
    ],
)  # fmt: skip
def test_a_held_amount_is_a_target_and_a_denied_hold_delivers_it(analyse, text, rows):
    assert claim_rows(analyse, text, FIELDS, DAY) == rows


@pytest.mark.parametrize(
    ("text", "dep", "head"),
    [
        ("США решили приостановить направление Гватемале 200 млн долларов помощи.",
         "nmod", "направление"),
        # must-not: an "object" before its verb is a subject misread, no owner of the sum
        ("Экспорт Турции в Ирак и импорт из Ирака составили 12 и 3 млрд долларов.",
         "obj", "составили"),
    ],
)  # fmt: skip
def test_a_dative_of_the_object_before_a_counted_genitive(nlp, text, dep, head):
    token = next(t for t in nlp(text) if t.text == "долларов")
    assert (token.dep_, token.head.text) == (dep, head)


PAIR = "В 2025 году Кения и Танзания подписали торговое соглашение."
GROWTH = "экспорт из Кении в Танзанию вырос на 9 %."


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (f"{PAIR} Экспорт из Кении в Танзанию вырос на 9 %.", "2025"),
        (f"{PAIR}\nЭкспорт из Кении в Танзанию вырос на 9 %.", "2025"),
        ("В 2025 году ВВП Кении вырос на 5 %. Экспорт из Кении в Танзанию вырос на 9 %.", "2025"),
        # must-nots: a new paragraph, a year or time of its own, a day's visit before
        (f"{PAIR}\n\nЭкспорт из Кении в Танзанию вырос на 9 %.", ""),
        (f"{PAIR}\n\nВ 2024 году {GROWTH}", "2024"),
        (f"{PAIR} С тех пор {GROWTH}", ""),
        (f"{PAIR} За последние пять лет {GROWTH}", ""),
        ("Президент Кении посетил Танзанию 10 мая 2025 года. Экспорт из Кении в Танзанию вырос "
         "на 9 %.", ""),
        # must-not: the year of a participle of a noun is no time of the sentence
        ("Соглашение о свободной торговле, подписанное в 2015 году, вступило в силу. Экспорт из "
         "Кении в Танзанию вырос на 9 %.", ""),
    ],
)  # fmt: skip
def test_a_change_goes_on_with_the_year_before(analyse, text, period):
    rows = claim_rows(analyse, text, ("metric", "period"), DAY)
    assert ("рост экспорта", period) in rows
