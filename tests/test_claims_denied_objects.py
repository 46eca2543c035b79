"""Claims of a figure a denied verb takes as its object ("не сумел привлечь 2 млрд долларов",
"не имеет 126 голосов, необходимых для …"): what was not got, paid or gathered is the aim
missed, a target, never a result; a bound ("не превысила 4 %"), "не только" and a figure of
no denied verb stay actual."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "comparator", "status")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Минфин Египта не сумел привлечь два миллиарда долларов путём размещения облигаций.",
            2000000000,
        ),
        (
            "Оппозиция в парламенте Сербии не имеет 126 голосов, необходимых для отставки "
            "правительства.",
            126,
        ),
        ("Турции не удалось привлечь 3 млрд долларов инвестиций.", 3000000000),
        ("Литва не смогла собрать 100 тысяч подписей.", 100000),
        ("Эстония не выплатила Латвии 20 млн евро.", 20000000),
    ],
)
def test_a_denied_object_is_no_result(analyse, text: str, value: int) -> None:
    assert claim_rows(analyse, text, _FIELDS) == [(value, "eq", "target")]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Инфляция в Чили не превысила 4 %.", [(4, "le", "actual")]),
        ("Эстония выплатила Латвии 20 млн евро.", [(20000000, "eq", "actual")]),
        (
            "Греция не только получила 500 млн евро, но и вернула долг Италии.",
            [(500000000, "eq", "actual")],
        ),
    ],
)
def test_no_denied_object_stays(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == rows


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Кризис помешал Египту привлечь 2 млрд долларов.", 2000000000),
        ("Санкции помешали Ирану продать 5 млн тонн нефти.", 5000000),
    ],
)
def test_a_hindered_object_is_no_result(analyse, text: str, value: int) -> None:
    assert [r for r in claim_rows(analyse, text, _FIELDS) if r[0] == value] == [
        (value, "eq", "target")
    ]
