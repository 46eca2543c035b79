"""One sentence that gives the same share or sum to two holders tells two facts, each named by
its holder ("исполнителям — 30 %, и еще 30 % получат правообладатели"); a figure told once,
or twice of one holder, keeps its metric (forty-sixth pass, h-claims70, own sentences)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Авторам достанется 40 % от оставшейся суммы, исполнителям — 30 %, и еще 30 % "
            "получат правообладатели.",
            [  # the split sentence names its first holder too (h-claims71)
                ("доля оставшейся суммы авторов", 40),
                ("доля оставшейся суммы исполнителей", 30),
                ("доля оставшейся суммы правообладателей", 30),
            ],
        ),
        # must-not: two values, and one holder's share told once, stay as they were
        (
            "Авторам достанется 40 % от оставшейся суммы, исполнителям — 30 %.",
            [("доля оставшейся суммы", 30), ("доля оставшейся суммы", 40)],
        ),
        ("Чили получит 40 % акций, Перу — 30 %.", [("доля акций", 30), ("доля акций", 40)]),
    ],
)
def test_two_holders_of_one_value(analyse, text: str, rows: list[tuple]) -> None:
    got = claim_rows(analyse, text, ("metric", "value"))
    assert [(m, int(v)) for m, v in got] == sorted(rows)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Режиссер из Чили — обладатель двух премий «Оскар», двух наград фестиваля в Канне, "
            "а также двух «Золотых глобусов».",
            [
                ("«Золотые глобусы»", "глобус"),
                ("награды фестиваля в Канне", "награда"),
                ("премии «Оскар»", "премия"),
            ],
        ),
        # must-not: a quoted letter after a number, and a count with no name, stay as they were
        ("Ученики из Перу учатся в 2 «А» классе школы Чили.", []),
        ("Египет получил от Турции 30 танков.", [("танки", "танк")]),
    ],
)
def test_a_name_in_quotes_labels_a_count(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, ("metric", "unit")) == sorted(rows)
