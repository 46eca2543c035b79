"""Bounds, parts and terms (fiftieth pass, h-claims75): a deadline's bound with no "за"
whose time an event after it ends is notice ahead as with "за" ("не позднее шести месяцев до
выборов" ge), and a bare unit under such a bound is one of it ("не ранее чем за год до
выборов"); a part in the sentence after its whole that "Из них" or "Из этой суммы" opens
carries the whole's sides and period; a share told before "из которых" with a verb of
accounting measures the total in percent; a bare "срок" of the same years as a named term of
its sentence is that term told twice. Own sentences about Egypt–Sudan, Chile–Peru,
India–Bangladesh."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value, claim_rows


@pytest.mark.parametrize(
    ("text", "value", "unit", "comparator"),
    [
        ("Чили должна уведомить Перу о референдуме не позднее шести месяцев до выборов.",
         6, "месяц", "ge"),
        ("Договор Египта и Судана может быть расторгнут не позднее трёх месяцев до истечения "
         "срока.", 3, "месяц", "ge"),
        ("Индия уведомит Бангладеш об учениях не ранее трёх дней до их начала.", 3, "день", "le"),
        # must-not: a date after "до", no event after the time, a bound of no time
        ("Египет обязан вернуть Судану долг не позднее 14 дней до 1 марта.", 14, "день", "le"),
        ("Суд Индии обязал компанию из Бангладеш вернуть долг не позднее 14 дней.",
         14, "день", "le"),
        ("Индия передала Бангладеш не более 10 тонн риса до начала сезона.", 10, "тонна", "le"),
    ],
)  # fmt: skip
def test_a_bound_before_an_event_is_notice_ahead(
    analyse, text: str, value: int, unit: str, comparator: str
) -> None:
    assert claim_rows(analyse, text, ("value", "unit", "comparator")) == [(value, unit, comparator)]


@pytest.mark.parametrize(
    ("text", "unit", "comparator"),
    [
        ("Индия и Бангладеш проведут консультации не ранее чем за год до выборов.", "год", "le"),
        ("Египет уведомит Судан об учениях не позднее чем за неделю до их начала.",
         "неделя", "ge"),
        ("Чили ответит Перу не позднее чем через месяц.", "месяц", "le"),
        ("Граждане Египта могут находиться в Судане без визы не дольше недели.", "неделя", "le"),
    ],
)  # fmt: skip
def test_a_bound_on_a_bare_unit_is_one_of_it(
    analyse, text: str, unit: str, comparator: str
) -> None:
    assert claim_rows(analyse, text, ("value", "unit", "comparator")) == [(1, unit, comparator)]


@pytest.mark.parametrize(
    "text",
    [
        # must-not: a day or a year named, no length ("дня голосования", "конца года")
        "Перу и Чили подпишут договор не позднее дня голосования.",
        "Перу и Чили подпишут договор не позднее конца года.",
        "Перу и Чили подпишут договор не ранее следующего года.",
        "Перу и Чили подпишут договор не позднее года.",
    ],
)
def test_no_bare_unit_of_a_date(analyse, text: str) -> None:
    assert claim_rows(analyse, text, ("value",)) == []


@pytest.mark.parametrize(
    ("text", "value", "metric", "period", "states"),
    [
        ("Товарооборот Египта и Судана в 2024 году составил 5 млрд долларов. Из них 3 млрд "
         "приходится на экспорт Египта.", 3000000000, "экспорт", "2024",
         ("state/EGY", "state/SDN")),
        ("Товарооборот Чили и Перу в 2023 году составил 8 млрд долларов. Из этой суммы на "
         "экспорт Чили пришлось 5 млрд.", 5000000000, "экспорт", "2023",
         ("state/CHL", "state/PER")),
        ("Товарооборот Индии и Бангладеш составил 12 млрд долларов. Из них на Индию пришлось "
         "9 млрд.", 9000000000, "товарооборот", "", ("state/BGD", "state/IND")),
        ("Товарооборот Египта и Судана составил 5 млрд долларов. Из них 60 % приходится на "
         "экспорт Египта.", 60, "товарооборот", "", ("state/EGY", "state/SDN")),
        # must-not: a part no "Из них" points back from keeps its own sentence's state
        ("Товарооборот Египта и Судана в 2024 году составил 5 млрд долларов. На экспорт Египта "
         "приходится 3 млрд.", 3000000000, "экспорт", "", ("state/EGY",)),
    ],
)  # fmt: skip
def test_a_part_after_its_whole_carries_its_sides_and_period(
    analyse, text: str, value: int, metric: str, period: str, states: tuple[str, ...]
) -> None:
    fields = ("metric", "period", "states")
    assert claim_of_value(analyse, text, value, fields) == (metric, period, states)


@pytest.mark.parametrize(
    ("text", "metric", "states"),
    [
        ("Египет импортирует 12 млн тонн пшеницы, 60 % из которых приходится на Россию.",
         "импорт пшеницы", ("state/EGY", "state/RUS")),
        ("Чили добывает 5 млн тонн меди, 20 % из которых приходится на Перу.",
         "добыча меди", ("state/CHL", "state/PER")),
        ("Перу экспортирует медь на 20 млрд долларов, 30 % из которых приходится на Чили.",
         "экспорт меди", ("state/CHL", "state/PER")),
    ],
)  # fmt: skip
def test_a_share_of_which_a_state_accounts_for_measures_the_total(
    analyse, text: str, metric: str, states: tuple[str, ...]
) -> None:
    rows = claim_rows(analyse, text, ("unit", "metric", "states"))
    shares = [(m, tuple(sorted(s))) for u, m, s in rows if u == "percent"]
    assert shares == [(metric, states)]


@pytest.mark.parametrize(
    "text",
    [
        # must-not: a share no verb of accounting tells
        "Чили добывает 5 млн тонн меди, 20 % из которых экспортируется в Перу.",
        "В Египте проживают 4 млн суданцев, 60 % из которых приехали после войны.",
    ],
)
def test_no_share_of_another_verb(analyse, text: str) -> None:
    assert len(claim_rows(analyse, text, ("value",))) == 1


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Египет и Судан подписали соглашение сроком 5 лет, оно заключено на срок пять лет.",
         [("срок действия соглашения", 5)]),
        ("Индия и Бангладеш подписали договор на 5 лет, а через год продлили его на срок пять "
         "лет.", [("срок действия договора", 5)]),
        # must-not: two quantities, two named terms, a bare "срок" of another sentence
        ("Египет предоставил Судану кредит на 5 лет и грант на срок три года.",
         [("срок", 3), ("срок кредита", 5)]),
        ("Чили предоставила Перу кредит на 5 лет; соглашение заключено на срок пять лет.",
         [("срок действия соглашения", 5), ("срок кредита", 5)]),
        ("Чили и Перу заключили договор на 10 лет. Гражданин Перу прожил в Чили 10 лет.",
         [("срок", 10), ("срок действия договора", 10)]),
    ],
)  # fmt: skip
def test_a_term_told_twice_in_a_sentence_is_one_claim(
    analyse, text: str, rows: list[tuple[str, int]]
) -> None:
    assert [(m, int(v)) for m, v in claim_rows(analyse, text, ("metric", "value"))] == rows
