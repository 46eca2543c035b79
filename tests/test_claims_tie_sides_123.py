"""A few counted in the genitive of a tie between them are its sides, no claim; sixty-eighth
pass (h-claims123).

"подписали соглашение о побратимстве двух черноморских городов" gave a claim "черноморские
города 2": the count only names the two sides of the twinning, as "двух стран" does. Own
sentences about Lithuania–Poland, Chile–Peru."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

ROWS = ("metric", "value")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # musts: the sides of a twinning, a cooperation, a partnership
        ("Мэры Клайпеды и Гданьска подписали соглашение о побратимстве двух балтийских "
         "городов.", []),
        ("Министры Чили и Перу подписали меморандум о сотрудничестве трёх портов.", []),
        ("Стороны обсудили партнёрство двух университетов Чили и Перу.", []),
        # must-nots: a deed's count, a count with no tie, a count above the few
        ("Работники двух заводов Чили вышли на забастовку.", [("заводы", 2)]),
        ("В сотрудничестве участвуют 40 университетов Чили.", [("университеты", 40)]),
    ],
)  # fmt: skip
def test_claims_sides_of_a_tie_are_no_claim(analyse, text, rows):
    assert claim_rows(analyse, text, ROWS) == rows
