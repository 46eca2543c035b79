"""Claims: a duration adjective ("13-часовая", "пятимесячная", "3 месячной") is a claim on the
activity noun it qualifies where that noun is its own metric (`term_metrics.tsv` "сам"); not
an age, a visit's length, nor a thing's age."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

from kg.extract.claims import extract_claims
from kg.model import Document

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (  # hours, written with digits and a hyphen
            "Хирурги Бельгии провели 11-часовую операцию пациенту из Марокко.",
            [("операция", Decimal(11), "час")],
        ),
        (  # months, in words; a place is what the metric says, as in the gold's "пленэр в …"
            "Студенты Норвегии начали пятимесячную стажировку в Финляндии.",
            [("стажировка в Финляндии", Decimal(5), "месяц")],
        ),
        (  # digits and the adjective apart
            "Художники Мексики вернулись из 3 месячной стажировки в Испании.",
            [("стажировка в Испании", Decimal(3), "месяц")],
        ),
        (
            "Боевики в Сирии объявили 72-часовое перемирие с армией Ирака.",
            [("перемирие с армией Ирака", Decimal(72), "час")],
        ),
        (  # a participle a preposition makes a noun of
            "Власти Сербии объявили трёхдневный траур по погибшим в Хорватии.",
            [("траур по погибшим в Хорватии", Decimal(3), "день")],
        ),
        (
            "Посол Чили прошёл двухмесячное лечение в клинике Перу.",
            [("лечение в клинике Перу", Decimal(2), "месяц")],
        ),
        # must-nots: a visit's length, an age, a thing's age, a noun with no number
        ("Делегация Чили прибыла с трёхдневным визитом в Перу.", []),
        ("48-летний хирург из Бельгии провёл операцию в Марокко.", []),
        ("Столетний дуб в Польше срубили по решению властей Литвы.", []),
        ("Часовой у посольства Греции в Турции был задержан.", []),
    ],
)
def test_duration_adjective(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == rows


def test_verb_of_lasting_keeps_its_metric(analyse) -> None:
    """A noun that names its duration adjective still takes the verb's metric."""
    rows = claim_rows(analyse, "Операция хирургов Бельгии в Марокко длилась 13 часов.", _FIELDS)
    assert rows == [("продолжительность операции хирургов", Decimal(13), "час")]


def test_thing_a_duration_qualifies_keeps_its_own_status(analyse) -> None:
    """A duration adjective inside another noun's phrase tells what that thing was: the
    clause's "можно будет увидеть" forecasts the seeing, not the internship."""
    text = (
        "В музее Мексики можно будет увидеть работы из трёхмесячной стажировки художника в Испании."
    )
    claims = extract_claims(analyse(Document(id="t", text=text)))
    assert [(c.metric, c.value, c.status) for c in claims] == [
        ("стажировка художника в Испании", Decimal(3), "actual")
    ]
