"""Numeric claims (51st helper pass): years listed with a comma are no one period; whose votes
a share of a creed's members or of a party with a name of no noun is; a gapped clause's share
is not the first clause's owner's; a time between two events is no term."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # years listed with a comma are several periods, as with "и": none the figure's
        (
            "Товарооборот между Болгарией и Румынией в 2019, 2020 годах составил 5 млрд долларов.",
            [("товарооборот", Decimal(5_000_000_000), "")],
        ),
        (
            "Экспорт Венгрии в Словению в 2016, 2017 гг. превысил 2 млрд евро.",
            [("экспорт", Decimal(2_000_000_000), "")],
        ),
        # must not: each year leading its own figure stays that figure's
        (
            "Товарооборот между Болгарией и Румынией в 2020 году составил 5 млрд долларов, "
            "в 2021 году — 6 млрд долларов.",
            [
                ("товарооборот", Decimal(5_000_000_000), "2020"),
                ("товарооборот", Decimal(6_000_000_000), "2021"),
            ],
        ),
    ],
)
def test_years_listed_with_a_comma_are_no_period(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, ("metric", "value", "period")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a creed's members voted for, in the accusative, own the share
        (
            "На выборах в Венгрии за социалистов проголосовали 20 % избирателей.",
            ["доля голосов социалистов на выборах"],
        ),
        # a gapped clause's members after a dash own its share
        (
            "На выборах в Австрии социал-демократы получили 30 %, а консерваторы — 25 %.",
            [
                "доля голосов консерваторов на выборах",
                "доля голосов социал-демократов на выборах",
            ],
        ),
        # must not: a later "а за Y" clause's share is not the first clause's owner's
        (
            "На выборах в Австрии за социал-демократов проголосовали 30 % избирателей, "
            "а за консерваторов — 25 %.",
            ["доля голосов на выборах", "доля голосов социал-демократов на выборах"],
        ),
    ],
)
def test_shares_of_a_creeds_members(analyse, text: str, expected: list) -> None:
    assert [m for (m,) in claim_rows(analyse, text, ("metric",))] == expected


def test_gapped_noun_of_no_creed_owns_no_votes(analyse) -> None:
    """Must not: a gapped noun that is no creed's members, or no election told, is no vote."""
    for text in (
        "На выборах в Хорватии явка составила 40 %, а туристы — 15 %.",
        "Среди опрошенных в Хорватии социалисты составили 30 %, а консерваторы — 25 %.",
    ):
        rows = claim_rows(analyse, text, ("metric",))
        assert not any("голосов" in m for (m,) in rows), rows


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a quoted name of no noun's words keeps its party noun: alone it names no one
        ("На выборах в Сербии Партия «Вперёд» получила 25 % голосов.", "партии «Вперёд»"),
        ("Блок «Вместе» набрал 9 % голосов на выборах в Черногории.", "блока «Вместе»"),
        # must not: a name of a noun is declined alone, as before
        ("На выборах в Сербии партия «Свобода» получила 25 % голосов.", "Свободы"),
    ],
)
def test_party_name_of_no_noun_keeps_its_noun(analyse, text: str, metric: str) -> None:
    rows = claim_rows(analyse, text, ("metric",))
    assert len(rows) == 1 and f"доля голосов {metric}" in rows[0][0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Пятью днями ранее, 20 августа, посол Чили вручил верительные грамоты.", []),
        ("Тремя годами позже Аргентина и Уругвай подписали договор.", []),
        # must not: a term stays a term, and a counted time ago stays the span since
        ("Аргентина и Уругвай подписали договор сроком на три года.", [("срок", 3)]),
        ("Посол Чили вручил грамоты пять дней назад.", [("срок", 5)]),
    ],
)
def test_time_between_events_is_no_term(analyse, text: str, expected: list) -> None:
    rows = claim_rows(analyse, text, ("metric", "value"))
    assert [(m.split()[0], v) for m, v in rows] == expected


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a sum "составляет" only carries the figure: the subject is what it sizes
        (
            "Денежная часть премии Чили составляет символическую сумму — 10 евро.",
            "денежная часть премии",
        ),
        ("Бюджет Перу на оборону составил рекордную сумму — 5 млрд долларов.", "бюджет"),
        # must not: a sum the subject names stays the sum of its genitive
        ("Сумма контракта между Египтом и Францией составила 5 млрд евро.", "сумма контракта"),
    ],
)
def test_sum_a_verb_of_amount_governs_sizes_its_subject(analyse, text: str, metric: str) -> None:
    assert [m for (m,) in claim_rows(analyse, text, ("metric",))] == [metric]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "ранее"/"позднее" an adverb on the verb after a noun's "на N лет": its term stays
        ("Газовый контракт на 25 лет ранее подписали Сербия и Венгрия.", 25),
        ("Соглашение о транзите нефти сроком на 15 лет ранее было подписано Индией и Непалом.", 15),
        ("Договор о дружбе между Вьетнамом и Лаосом сроком на 20 лет позднее был продлён.", 20),
        ("Кредит на 12 лет ранее предоставил Иордании Кувейт.", 12),
        # must not: a verb's "на N лет позже" and "N лет спустя" stay shifts, no term
        ("Мост между Сербией и Венгрией открыли на 10 лет позже, чем планировалось.", None),
        ("Сербия и Венгрия подписали контракт на 30 лет позже запланированного.", None),
        ("Три года спустя Индия и Непал подписали договор.", None),
    ],
)
def test_noun_term_before_an_adverb_of_earlier_stays(analyse, text: str, value: int | None) -> None:
    rows = claim_rows(analyse, text, ("value",))
    assert rows == ([(value,)] if value is not None else [])


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # ", а не за Y," sets X against Y with no figure of its own: the share is X's
        (
            "За Мадуро, а не за Гонсалеса, на выборах в Венесуэле проголосовали 51 % избирателей.",
            "Николаса Мадуро",
        ),
        (
            "За Зеленского, а не за Порошенко, во втором туре выборов на Украине проголосовали "
            "73 % избирателей.",
            "Владимира Зеленского",
        ),
    ],
)
def test_contrast_of_no_figure_keeps_the_owner(analyse, text: str, owner: str) -> None:
    rows = claim_rows(analyse, text, ("metric",))
    assert len(rows) == 1 and rows[0][0].startswith(f"доля голосов {owner}"), rows


def test_gapped_part_takes_the_measure_it_repeats(analyse) -> None:
    """A gapped part's members take the first part's measure: a rating, no vote share."""
    text = "Перед выборами в Австралии рейтинг лейбористов составил 33 %, а либералы — 36 %."
    assert [m for (m,) in claim_rows(analyse, text, ("metric",))] == [
        "рейтинг лейбористов",
        "рейтинг либералов",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", а за Y N %" with no dash is Y's own part: X's owner never goes to its figure,
        # and Y never to X's
        (
            "На выборах в Сербии за «Сербскую прогрессивную партию» проголосовали 45 % "
            "избирателей, а за «Социалистическую партию Сербии» 12 %.",
            [
                ("доля голосов Социалистической партии Сербии на выборах", 12),
                ("доля голосов на выборах", 45),
            ],
        ),
        (
            "На выборах в Чехии за социал-демократов проголосовали 30 % избирателей, "
            "а за консерваторов 25 %.",
            [
                ("доля голосов на выборах", 25),
                ("доля голосов социал-демократов на выборах", 30),
            ],
        ),
    ],
)
def test_gapped_part_of_no_dash_is_its_own(analyse, text: str, expected: list) -> None:
    assert claim_rows(analyse, text, ("metric", "value")) == expected


def test_gapped_members_take_no_title(analyse) -> None:
    """A gapped part repeats a measure noun, never a title: the members' share is theirs."""
    text = (
        "Глава либералов Канады заявил, что на выборах его партия получила 35 %, "
        "а консерваторы — 31 %."
    )
    rows = claim_rows(analyse, text, ("metric", "value"))
    assert ("доля голосов консерваторов на выборах", 31) in rows, rows
    assert not any(m.startswith("глава") for m, _ in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        # "на N лет раньше" after a noun of nothing that lasts is a shift, no term
        "Выборы в парламент на два года раньше назначил президент Португалии.",
        "Досрочные выборы в парламент на три года раньше объявил премьер Испании.",
    ],
)
def test_shift_after_a_noun_of_no_term_is_no_term(analyse, text: str) -> None:
    assert claim_rows(analyse, text, ("metric", "value")) == []
