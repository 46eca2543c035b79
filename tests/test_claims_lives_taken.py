"""Claims of people whose lives a verb of taking took ("унёс жизни 35 человек"): the count
is of the dead, as "гибель N человек" is; lives saved or any other verb on "жизни" are not."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "comparator")


@pytest.mark.parametrize(
    ("text", "value", "comparator"),
    [
        ("Взрыв на рынке в Багдаде унёс жизни 35 человек.", 35, "eq"),
        ("Теракт в Мосуле унес жизни более 18 человек.", 18, "gt"),
        ("Землетрясение на востоке Турции забрало жизни 200 человек.", 200, "eq"),
    ],
)
def test_lives_taken_count_the_dead(analyse, text: str, value: int, comparator: str) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [("погибшие", value, comparator)]


@pytest.mark.parametrize(
    "text",
    [
        "Врачи в Каире спасли жизни 35 человек.",
        "Спасатели из Греции сохранили жизни 40 человек.",
    ],
)
def test_lives_saved_are_no_dead(analyse, text: str) -> None:
    assert all(r[0] != "погибшие" for r in claim_rows(analyse, text, _FIELDS))
