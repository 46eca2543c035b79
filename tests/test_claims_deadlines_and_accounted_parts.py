"""Bounds on durations and deadlines (forty-ninth pass, h-claims74): "не позднее", "не
позже", "не дольше" cap a time, "не ранее" floors it, and told of notice ahead ("не позднее
чем за 30 дней до …") the two swap; the bounded time is read past the comparative the parser
hangs it on. A punishment noun right before "до N лет" ("лишением свободы до пяти лет") bounds
a prison term. A total's part a verb of accounting gives its holder ("из которых 3 млн тонн
пришлось на Филиппины") measures what the total does. Own sentences about Vietnam–China,
Vietnam–Philippines, Turkey–Greece, Egypt–Sudan."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value, claim_rows

FIELDS = ("metric", "value", "unit", "comparator")


@pytest.mark.parametrize(
    ("text", "metric", "value", "unit", "comparator"),
    [
        # an order's deed names its term since h-claims127 (was a bare "срок")
        ("Суд Вьетнама обязал китайскую компанию вернуть долг не позднее 14 дней.",
         "срок, чтобы вернуть долг", 14, "день", "le"),
        ("Греция должна ответить на ноту Турции не позднее 30 дней со дня её получения.",
         "срок", 30, "день", "le"),
        ("Греция обязана выслать дипломатов Турции не позднее чем через 10 дней.",
         "срок, чтобы выслать дипломатов", 10, "день", "le"),
        ("Граждане Вьетнама могут находиться в Китае без визы не дольше 30 дней.",
         "срок", 30, "день", "le"),
        ("Граждане Турции могут находиться в Греции не больше трёх месяцев.",
         "срок", 3, "месяц", "le"),
        ("Египет ответит Судану не ранее чем через три недели.", "срок", 3, "неделя", "ge"),
        # notice ahead of an event: "не позднее чем за N дней" is at least N days before
        ("Вьетнам обязан сообщить Китаю об учениях не позднее, чем за 14 дней.",
         "срок", 14, "день", "ge"),
        ("Египет уведомит Судан об учениях не ранее чем за 14 дней до их начала.",
         "срок", 14, "день", "le"),
        # a punishment noun right before the bound
        ("Незаконное пересечение границы Египта с Суданом карается лишением свободы до пяти лет.",
         "срок заключения", 5, "год", "le"),
        ("Статья предусматривает наказание в виде лишения свободы до 10 лет, сообщили в МИД "
         "Греции о деле гражданина Турции.", "срок заключения", 10, "год", "le"),
        # unchanged: a bound the comparators read before
        ("Гражданин Турции приговорён в Греции к лишению свободы на срок не менее трёх лет.",
         "срок заключения", 3, "год", "ge"),
        ("Шпиону из Вьетнама в Китае грозит до 10 лет лишения свободы.",
         "срок заключения", 10, "год", "le"),
    ],
)  # fmt: skip
def test_a_bounded_time_is_a_term_with_its_bound(
    analyse, text: str, metric: str, value: int, unit: str, comparator: str
) -> None:
    assert claim_rows(analyse, text, FIELDS) == [(metric, value, unit, comparator)]


@pytest.mark.parametrize(
    "text",
    [
        # must-not: a date or a year after a deadline's bound is no term
        "Судан должен вывести войска из пограничного района не позднее 1 марта 2025 года.",
        "Вьетнам и Китай договорились провести переговоры не позднее 2026 года.",
        # must-not: how long a visit lasts is the event's, bound or not
        "Визит президента Вьетнама в Китай продлится не дольше трёх дней.",
        # must-not: "до N лет" after a noun of no punishment
        "Судан предоставил Египту отсрочку платежей до пяти лет.",
        "В Турции и Греции программа рассчитана на детей от 7 до 14 лет.",
    ],
)
def test_no_term_from_a_date_an_event_or_no_punishment(analyse, text: str) -> None:
    assert claim_rows(analyse, text, FIELDS) == []


@pytest.mark.parametrize(
    ("text", "value", "metric", "unit", "states"),
    [
        ("Вьетнам экспортировал 10 млн тонн риса, из которых 3 млн тонн пришлось на Филиппины.",
         3000000, "экспорт риса", "тонна", ("state/PHL", "state/VNM")),
        ("Внешнеторговый оборот Вьетнама в 2024 году составил 780 млрд долларов. Из них 200 "
         "миллиардов приходится на Китай.", 200000000000, "товарооборот", "USD",
         ("state/CHN", "state/VNM")),
    ],
)  # fmt: skip
def test_a_part_a_holder_accounts_for_measures_the_total(
    analyse, text: str, value: int, metric: str, unit: str, states: tuple[str, ...]
) -> None:
    fields = ("metric", "unit", "states")
    assert claim_of_value(analyse, text, value, fields) == (metric, unit, states)


@pytest.mark.parametrize(
    "text",
    [
        # must-not: a part no verb of accounting tells, a part in another unit
        "Греция закупила 30 тысяч тонн оливок, из которых 10 тысяч тонн испортились.",
        "Египет импортирует 12 млн тонн пшеницы в год, из которых 3 млрд долларов приходится на "
        "Судан.",
    ],
)
def test_no_part_of_another_verb_or_unit(analyse, text: str) -> None:
    assert len(claim_rows(analyse, text, ("value",))) == 1
