"""Numeric claims: a part of a year ("за девять месяцев 2024 года", "в первом квартале") is a
period of its months; a difference a sentence opens with "Это", also after an attribution ("По
словам посла X, это на 3 % меньше"), is told of the figure before, with its period and sides; a
state's adjective in the whole a share is of is the claim's state."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

from kg.extract.claims import extract_claims
from kg.model import Document

_FIELDS = ("metric", "value", "unit", "period", "status")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Товарооборот Аргентины и Парагвая за первое полугодие 2024 года сократился на 15 % —"
            " до 1,1 млрд долларов.",
            [
                ("снижение товарооборота", Decimal(15), "percent", "2024-01/2024-06", "actual"),
                ("товарооборот", Decimal(1100000000), "USD", "2024-01/2024-06", "actual"),
            ],
        ),
        (
            "Экспорт Чили в Перу в первом квартале 2023 года вырос на 6 % и составил 700 млн"
            " долларов.",
            [
                ("рост экспорта", Decimal(6), "percent", "2023-01/2023-03", "actual"),
                ("экспорт", Decimal(700000000), "USD", "2023-01/2023-03", "actual"),
            ],
        ),
        (
            "Товарооборот Чехии и Словакии за девять месяцев 2024 года составил 4,9 млрд евро.",
            [("товарооборот", Decimal(4900000000), "EUR", "2024-01/2024-09", "actual")],
        ),
        # must not: the whole year, or a range of months, keeps its own period
        (
            "За 12 месяцев 2023 года товарооборот Чили и Перу составил 5 млрд долларов.",
            [("товарооборот", Decimal(5000000000), "USD", "2023", "actual")],
        ),
        (
            "Товарооборот Египта и Иордании за январь–май 2024 года составил 900 млн долларов.",
            [("товарооборот", Decimal(900000000), "USD", "2024-01/2024-05", "actual")],
        ),
    ],
)
def test_part_of_a_year_is_its_months(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, date, period",
    [
        ("Товарооборот Египта и Туниса за первое полугодие вырос на 12 %.", "2024-08-10",
         "2024-01/2024-06"),
        ("Экспорт Вьетнама в Малайзию в первом квартале составил 6 млрд долларов.", "2024-05-02",
         "2024-01/2024-03"),
        ("По итогам второго квартала экспорт Индии в Бельгию вырос на 7 %.", "2024-07-20",
         "2024-04/2024-06"),
        ("За девять месяцев товарооборот Чили и Боливии достиг 2 млрд долларов.", "2024-10-10",
         "2024-01/2024-09"),
        # a part not yet begun, or not yet ended for a past verb, is the year before's
        ("В четвертом квартале товарооборот Эквадора и Перу вырос на 5%.", "2024-01-20",
         "2023-10/2023-12"),
        ("Во втором полугодии экспорт Кении в Уганду снизился на 4 %.", "2024-11-15",
         "2023-07/2023-12"),
        # ... not for a verb ahead
        ("В четвертом квартале экспорт Кении в Уганду вырастет на 5 %.", "2024-01-20",
         "2024-10/2024-12"),
        # must not: no document date, no year; nine months told in August are no year's part;
        # a span of a thing ("девять месяцев работы миссии"), "в течение" a span of time
        ("Товарооборот Египта и Туниса за первое полугодие вырос на 12 %.", "", ""),
        ("За девять месяцев товарооборот Чили и Боливии достиг 2 млрд долларов.", "2024-08-10",
         ""),
        ("За девять месяцев работы миссии Франция выделила Нигеру 30 млн евро.", "2024-10-10",
         ""),
        ("Квота в 5 % на ввоз стали из Индии в Бельгию будет действовать в течение девяти"
         " месяцев.", "2024-10-10", ""),
        # a deadline at the year's end with no year is the document's year
        ("Товарооборот Турции и Египта к концу года может достичь 9 млрд долларов.",
         "2025-07-20", "2025"),
        ("Турция до конца года передаст Египту 20 беспилотников.", "2025-04-08", "2025"),
        # told in the past: the year before's end (review20)
        ("До конца года Турция поставила Азербайджану 30 беспилотников.", "2025-01-15", "2024"),
        ("По прогнозу министерства, к концу года товарооборот Бразилии и Аргентины превысит 13"
         " млрд долларов.", "2025-08-01", "2025"),
        # a bare "года" after a part is the year itself
        ("Экспорт Индии в ОАЭ за первые семь месяцев года вырос на 11 %.", "2025-08-12",
         "2025-01/2025-07"),
        ("За первые пять месяцев года Судан покинули 5 тыс. жителей Египта.", "2025-06-18",
         "2025-01/2025-05"),
        # must not: a year of a thing ("года председательства") is that thing's span
        ("За первые семь месяцев года председательства Индии экспорт вырос на 11 %.",
         "2025-08-12", ""),
        # must not: no document date; a year of its own; the end of a year in the past tense
        ("Турция до конца года передаст Египту 20 беспилотников.", "", ""),
        ("Товарооборот Турции и Египта к концу 2026 года может достичь 9 млрд долларов.",
         "2025-07-20", "2026"),
        ("В конце года товарооборот Турции и Египта составил 9 млрд долларов.", "2025-07-20",
         ""),
    ],
)  # fmt: skip
def test_part_of_a_year_with_no_year_is_the_documents(
    analyse, text: str, date: str, period: str
) -> None:
    """ "за первое полугодие" takes the document's year as "за январь–март" does."""
    rows = claim_rows(analyse, text, ("period", "unit"), date)
    assert {p for p, unit in rows if unit != "месяц"} == {period}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Товарооборот Чехии и Словакии в 2023 году составил 4,9 млрд евро. По словам посла"
            " Словакии Петера Мишика, это на 3 % меньше, чем годом ранее.",
            [
                ("снижение товарооборота", Decimal(3), "percent", "2023", "actual"),
                ("товарооборот", Decimal(4900000000), "EUR", "2023", "actual"),
            ],
        ),
        (
            "Экспорт Чили в Перу в 2023 году составил 2 млрд долларов. Как отметил министр"
            " Хавьер Гонсалес, это вдвое больше, чем в 2020 году.",
            [
                ("рост экспорта", Decimal(2), "раз", "2023", "actual"),
                ("экспорт", Decimal(2000000000), "USD", "2023", "actual"),
            ],
        ),
        (
            "Экспорт Кении в Эфиопию в 2023 году составил 90 млн долларов. Это на 10 % больше,"
            " чем годом ранее.",
            [
                ("рост экспорта", Decimal(10), "percent", "2023", "actual"),
                ("экспорт", Decimal(90000000), "USD", "2023", "actual"),
            ],
        ),
        # must not: an aside with no "это" tells nothing of the figure before; a change of
        # its own sentence is no difference of it, though it goes on with its year
        (
            "Экспорт Чили в Перу в 2023 году составил 2 млрд долларов. По словам министра, это"
            " немного.",
            [("экспорт", Decimal(2000000000), "USD", "2023", "actual")],
        ),
        (
            "Экспорт Чили в Перу в 2023 году составил 2 млрд долларов. По словам министра,"
            " импорт вырос на 5 %.",
            [
                # a change with no time of its own goes on with the year before (h-claims101)
                ("рост импорта", Decimal(5), "percent", "2023", "actual"),
                ("экспорт", Decimal(2000000000), "USD", "2023", "actual"),
            ],
        ),
    ],
)
def test_difference_told_of_the_figure_before(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == expected


def test_difference_told_of_the_figure_before_takes_its_sides(analyse) -> None:
    text = (
        "Экспорт Чили в Перу в 2023 году составил 2 млрд долларов. Как сообщил министр Хавьер"
        " Гонсалес, это вдвое больше, чем в 2020 году."
    )
    claims = extract_claims(analyse(Document(id="t", text=text, date="")))
    assert {c.metric: c.states for c in claims}["рост экспорта"] == ["state/CHL", "state/PER"]


@pytest.mark.parametrize(
    "text, metric",
    [
        ("Доля Перу в чилийском экспорте составляет 2,5 %.", "доля в экспорте"),
        ("Доля Египта в иорданском импорте составляет 6 %.", "доля в импорте"),
        # must not: an adjective that names no state stays
        ("Доля Египта во внешней торговле Турции составляет 3 %.", "доля во внешней торговле"),
    ],
)
def test_state_adjective_of_a_share_whole(analyse, text: str, metric: str) -> None:
    assert [c.metric for c in extract_claims(analyse(Document(id="t", text=text, date="")))] == [
        metric
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Министр сообщил, что в 2025 году товарооборот между Чили и Перу составил 2,1 млрд "
            "долларов, что на 11,6 % больше, чем годом ранее.",
            [
                ("рост товарооборота", Decimal("11.6"), "percent", "2025", "actual"),
                ("товарооборот", Decimal(2100000000), "USD", "2025", "actual"),
            ],
        ),
        (
            "Посол заявил, что за январь-апрель 2026 года экспорт Сербии в Венгрию составил 400 "
            "млн евро, что на 7 % меньше, чем за аналогичный период прошлого года.",
            [
                ("снижение экспорта", Decimal(7), "percent", "2026-01/2026-04", "actual"),
                ("экспорт", Decimal(400000000), "EUR", "2026-01/2026-04", "actual"),
            ],
        ),
        # must not: a year the difference names as its base is not its period
        (
            "Министр сообщил, что товарооборот между Чили и Перу составил 2,1 млрд долларов, что "
            "на 11,6 % больше, чем в 2024 году.",
            [
                ("рост товарооборота", Decimal("11.6"), "percent", "", "actual"),
                ("товарооборот", Decimal(2100000000), "USD", "", "actual"),
            ],
        ),
    ],
)
def test_a_difference_under_a_verb_of_saying_has_its_figures_period(
    analyse, text: str, expected: list
) -> None:
    """Lead, fifty-third pass: "сообщил, что в 2025 году составил …, что на 11 % больше" —
    the parser hangs the difference beside the figure's clause, under the verb of saying."""
    assert claim_rows(analyse, text, _FIELDS) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "В 2024 году, как сообщил министр, товарооборот между Чили и Перу составил 2,1 млрд "
            "долларов.",
            [("товарооборот", Decimal(2100000000), "USD", "2024", "actual")],
        ),
        (
            "В 2025 году, как сообщает агентство, экспорт Сербии в Венгрию вырос на 5 %.",
            [("рост экспорта", Decimal(5), "percent", "2025", "actual")],
        ),
        # must not: a date of another main clause before the aside is not the figure's
        (
            "В 2019 году министр подписал указ, а сейчас, как сообщил посол, в Перу работают 300 "
            "чилийских компаний.",
            [("компании", Decimal(300), "компания", "", "actual")],
        ),
    ],
)
def test_an_aside_of_attribution_leaves_the_fronted_date_the_figures(
    analyse, text: str, expected: list
) -> None:
    """Lead, fifty-third pass: "как сообщил X" set between a fronted date and its figure is no
    verb of another clause."""
    assert claim_rows(analyse, text, _FIELDS) == expected


_PARTNER = "стала торговым партнёром"


@pytest.mark.parametrize(
    "text, period",
    [
        # a clause after a colon that explains the dated one before it shares its date
        (f"В 2025 году Сербия {_PARTNER} Венгрии: товарооборот составил 9,8 млрд евро.", "2025"),
        (f"В 2024 году Чили {_PARTNER} Перу: товарооборот составил 6 млрд долларов.", "2024"),
        # must not: the explaining clause's own date, or its other tense, keeps its own
        (
            f"В 2025 году Перу {_PARTNER} Чили: в 2019 году товарооборот составил 5 млрд евро.",
            "2019",
        ),
        (f"В 2020 году Чили {_PARTNER} Перу: сейчас товарооборот составляет 6 млрд долларов.", ""),
    ],
)
def test_a_clause_after_a_colon_takes_the_date_it_explains(analyse, text: str, period: str) -> None:
    """h-claims88, fifty-third pass: "в 2025 году X стал партнёром Y: товарооборот составил …"."""
    assert claim_rows(analyse, text, ("period",)) == [(period,)]


def test_a_part_of_trade_after_a_colon_clause_goes_on_with_its_date(analyse) -> None:
    """h-claims88: the sum after the colon now has the date, so the export and import told in
    the next sentence with none go on with it (`continued_period`, `_trade_part`)."""
    text = (
        f"В 2025 году Сербия {_PARTNER} Венгрии: товарооборот составил 9,8 млрд евро. "
        "Сербский экспорт в Венгрию вырос на 4 %, а импорт из Венгрии сократился на 2 %."
    )
    assert claim_rows(analyse, text, ("metric", "period")) == [
        ("рост экспорта", "2025"),
        ("снижение импорта", "2025"),
        ("товарооборот", "2025"),
    ]
