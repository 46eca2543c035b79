"""A time "за" on an ordinal past the first ("второе нападение за три года", "в третий раз
за пять лет") only bounds a count of incidents: no claim of a term; a term told of a thing
("вывод войск продлится три года", "проработал пять лет") stays."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")


@pytest.mark.parametrize(
    "text",
    [
        "Это уже третий теракт против посольства Индии в Непале за пять лет.",
        "Посольство Индии подверглось нападению уже второй раз за три года.",
        "Боевики в третий раз за пять лет атаковали посольство Турции в Сомали.",
        "Это стало вторым нападением на посольство Индии в Непале за четыре года.",
    ],
)
def test_an_nth_incident_within_a_span_is_no_term(analyse, text) -> None:
    assert claim_rows(analyse, text, _FIELDS) == []


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Вывод войск продлится три года.", "продолжительность вывода войск"),
        ("Посол проработал в Непале пять лет.", "срок работы"),
    ],
)
def test_a_term_of_a_thing_stays(analyse, text, metric) -> None:
    assert [m for m, _ in claim_rows(analyse, text, _FIELDS)] == [metric]
