"""Claims of votes in a parliament and of seats: voters a verb of casting votes counts are
the votes on its side ("За отставку кабинета проголосовали 61 депутат" → голоса за отставку
кабинета), a dash keeps "против" ("против — 37"), and a total after "из" past the counted
words is the count's ("27 мест в парламенте из 81" → места в парламенте)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "За отставку кабинета проголосовали 61 из 101 депутата парламента Молдавии.",
            ("голоса за отставку кабинета", Decimal(61), "депутат"),
        ),
        (
            "За резолюцию проголосовали 120 депутатов Верховной рады, против — 30.",
            ("голоса за резолюцию", Decimal(120), "депутат"),
        ),
        (
            "За резолюцию проголосовали 120 депутатов Верховной рады, против — 30.",
            ("голоса против", Decimal(30), "депутат"),
        ),
        (
            "В Сейме Латвии за проголосовали 54 депутата, против — 37.",
            ("голоса за", Decimal(54), "депутат"),
        ),
        (
            "71 сенатор Чили проголосовал за ратификацию договора между Чили и Перу о границе.",
            ("голоса за ратификацию договора", Decimal(71), "сенатор"),
        ),
        (
            "Против законопроекта проголосовали 30 сенаторов Чили.",
            ("голоса против законопроекта", Decimal(30), "сенатор"),
        ),
        # a bare number past the total of a count of voters is the votes against
        (
            "За проголосовали 78 депутатов из 150, 60 проголосовали против, 12 воздержались.",
            ("голоса против", Decimal(60), "депутат"),
        ),
        (
            "За резолюцию высказались 91 депутат из 120, 20 проголосовали против.",
            ("голоса против", Decimal(20), "депутат"),
        ),
        (
            "Законопроект поддержали 45 сенаторов из 60, 10 выступили против.",
            ("голоса против", Decimal(10), "сенатор"),
        ),
        (
            "За отставку правительства проголосовали 64 депутата из 101, 30 проголосовали против.",
            ("голоса против", Decimal(30), "депутат"),
        ),
    ],
)
def test_votes(analyse, text: str, row: tuple) -> None:
    """Each sentence gives the vote it tells."""
    assert row in claim_rows(analyse, text, _FIELDS)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a count of voters with no side cast stays the voters
        (
            "На заседании 20 членов комиссии Сената Чили проголосовали в среду.",
            ("голоса за", Decimal(20), "член"),
        ),
        # those who backed a bill are no votes cast by a verb of voting
        (
            "Закон поддержали 70 сенаторов Бразилии.",
            ("голоса за", Decimal(70), "сенатор"),
        ),
    ],
)
def test_not_votes(analyse, text: str, row: tuple) -> None:
    """No vote on a side where none is cast."""
    assert row not in claim_rows(analyse, text, _FIELDS)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Правящая партия Черногории получила 27 мест в парламенте из 81 по итогам выборов.",
            ("места в парламенте", Decimal(81), "место"),
        ),
        (
            "Партия «Гражданский договор» на выборах получила 71 мандат в Национальном собрании "
            "из 107.",
            ("мандаты в Национальном собрании", Decimal(107), "мандат"),
        ),
        (
            "Сербская прогрессивная партия на выборах получила 128 мест в скупщине из 250.",
            ("места в скупщине", Decimal(250), "место"),
        ),
        # an adjective after the total keeps it (review32: "возможного" is the total's)
        (
            "Правящая партия Черногории получила 27 мест в парламенте из 81 возможного.",
            ("места в парламенте", Decimal(81), "место"),
        ),
    ],
)
def test_totals(analyse, text: str, row: tuple) -> None:
    """A total after "из" past the words a count counts is the count's."""
    assert row in claim_rows(analyse, text, _FIELDS)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a total right after its count is none ("из 10" of matches)
        ("Сборная Аргентины выиграла 3 матча из 10.", ("матчи", Decimal(10), "матч")),
        # a total no larger than the count is no total
        (
            "Сербская партия получила 27 мест в парламенте из 20 возможных округов.",
            ("места в парламенте", Decimal(20), "место"),
        ),
        # a total of a unit of measure is no count's total
        (
            "Египет закупил 5 млн тонн зерна у Индии из 8 запланированных.",
            ("зерно", Decimal(8), "тонна"),
        ),
        # a total a participle or adjective qualifies is another measure's (review31)
        (
            "Монголия отправила 300 вагонов угля в Китай из 1200 запланированных.",
            ("вагоны угля", Decimal(1200), "вагон"),
        ),
        (
            "Кыргызстан получил 15 автобусов от Китая из 90 обещанных.",
            ("автобусы", Decimal(90), "автобус"),
        ),
        # past a comma the number is no total
        (
            "Партия получила 27 мест в парламенте, из 90 кандидатов прошли 30.",
            ("места в парламенте", Decimal(90), "место"),
        ),
    ],
)
def test_not_totals(analyse, text: str, row: tuple) -> None:
    """No total but a count's, told right after its words."""
    assert row not in claim_rows(analyse, text, _FIELDS)


@pytest.mark.parametrize(
    "text",
    [
        "Число жертв землетрясения магнитудой 7,6 в Японии возросло до 48 человек.",
        "Число жертв землетрясения магнитудой 6,8 в Марокко превысило 2 тыс. человек.",
    ],
)
def test_magnitude_is_no_count_of_victims(analyse, text: str) -> None:
    """An earthquake's magnitude after the count of its victims is no count of victims."""
    rows = claim_rows(analyse, text, _FIELDS)
    assert all(unit != "жертва" for _, _, unit in rows)


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Саломе Зурабишвили набрала 38,6 % голосов в первом туре президентских выборов в "
            "Грузии. Ее главный соперник Григол Вашадзе получил 37,7 %.",
            ("доля голосов Григола Вашадзе", Decimal("37.7"), "percent"),
        ),
        (
            "В Армении подвели итоги досрочных парламентских выборов. Партия «Гражданский "
            "договор» получила 71 мандат. Блок «Процветающая Армения» получил 29 мандатов.",
            ("мандаты Процветающей Армении", Decimal(29), "мандат"),
        ),
    ],
)
def test_election_sentences_before(analyse, text: str, row: tuple) -> None:
    """Seats and a bare percent won in a sentence after one that tells of the election are
    its winner's, as in that sentence."""
    assert row in claim_rows(analyse, text, _FIELDS)


def test_no_election_past_a_paragraph(analyse) -> None:
    """A new paragraph tells of no election before it: a bare percent there is no share of
    votes."""
    text = (
        "Партия «Новая Сербия» победила на выборах в Сербии.\n\n"
        "Компания «Сербские дороги» получила 15 % от продажи облигаций."
    )
    assert all(not m.startswith("доля голосов") for m, _, _ in claim_rows(analyse, text, _FIELDS))


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Демократическая партия социалистов Черногории победила на выборах. Как сообщила "
            "избирательная комиссия, партия набрала 35,1 % голосов.",
            ("доля голосов Демократической партии социалистов Черногории", Decimal("35.1")),
        ),
        (
            "Сербская прогрессивная партия на выборах получила 46,7 % голосов. В 2020 году "
            "партия набрала 60,6 % голосов.",
            ("доля голосов Сербской прогрессивной партии", Decimal("60.6")),
        ),
    ],
)
def test_party_told_before(analyse, text: str, row: tuple) -> None:
    """A bare "партия" that wins a share is the party named before it with that noun."""
    assert row in claim_rows(analyse, text, ("metric", "value"))


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a party with words of its own is another one
        (
            "Партия «Свобода» на выборах получила 30 % голосов. Другая партия набрала 12 % "
            "голосов.",
            ("доля голосов Свободы", Decimal(12)),
        ),
        # a coalition named before is no "партия"
        (
            "Коалиция «Сербия против насилия» на выборах получила 23,6 % голосов. Партия "
            "набрала 12 % голосов.",
            ("доля голосов Сербии против насилия", Decimal(12)),
        ),
    ],
)
def test_no_party_told_before(analyse, text: str, row: tuple) -> None:
    """No owner for a party with words of its own or a body of another noun."""
    assert row not in claim_rows(analyse, text, ("metric", "value"))


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Партия «Тхыа Лао» на парламентских выборах в Лаосе получила 40 мест.",
            ("места Тхыа Лао", Decimal(40)),
        ),
        (
            "Партия «Кхыа Нам» на выборах в Камбодже набрала 22 % голосов.",
            ("доля голосов Кхыа Нам на выборах", Decimal(22)),
        ),
        # must still decline: a dictionary adjective and its noun
        (
            "Партия «Новая Сербия» на выборах набрала 6 % голосов.",
            ("доля голосов Новой Сербии на выборах", Decimal(6)),
        ),
    ],
)
def test_foreign_party_names_stay(analyse, text: str, row: tuple) -> None:
    """A foreign name the dictionary only guesses an adjective in stays as written."""
    assert row in claim_rows(analyse, text, ("metric", "value"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # no vote told: those against in a poll cast no votes
        ("В опросе участвовали 800 граждан из 1000, 200 высказались против.", Decimal(200)),
        ("Экспорт вырос на 12 %, 5 компаний выступили против.", Decimal(5)),
    ],
)
def test_no_against_without_a_vote(analyse, text: str, value: Decimal) -> None:
    rows = claim_rows(analyse, text, _FIELDS)
    assert all(metric != "голоса против" for metric, _, _ in rows)
    assert value not in {v for m, v, _ in rows if m.startswith("голоса")}


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a share of voters a verb that casts votes counts is a share of the votes cast
        ("На референдуме в Эквадоре за поправки проголосовали 64,2 % избирателей.", "доля голосов"),
        ("На референдуме в Ирландии 66,4 % избирателей проголосовали за отмену.", "доля голосов"),
        ("Против новой конституции Чили проголосовали 61,9 % избирателей.", "доля голосов"),
        # must not: voters who took part or back someone in a poll are the voters
        ("В референдуме приняли участие 62 % избирателей.", "доля избирателей"),
        ("По данным опроса, 54 % избирателей поддерживают президента Франции.", "доля избирателей"),
    ],
)
def test_share_of_voters_who_voted(analyse, text: str, metric: str) -> None:
    assert [m for m, _ in claim_rows(analyse, text, ("metric", "unit"))] == [metric]
