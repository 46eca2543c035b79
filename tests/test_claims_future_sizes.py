"""What a body will be made of is a forecast: "будет состоять из 20 тыс. человек", "будет
насчитывать 900 сотрудников"; what it is made of now stays actual."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "status")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Новое ведомство Бельгии будет состоять из 20 тыс. человек.", "forecast"),
        ("Миссия Швеции в Эстонии будет насчитывать 900 сотрудников.", "forecast"),
        # must not: what it is or was made of
        ("Армия Бельгии состоит из 20 тыс. человек.", "actual"),
        ("Миссия Швеции в Эстонии насчитывала 900 сотрудников.", "actual"),
    ],
)
def test_a_future_size_is_a_forecast(analyse, text: str, status: str) -> None:
    assert [row[1] for row in claim_rows(analyse, text, _FIELDS)] == [status]
