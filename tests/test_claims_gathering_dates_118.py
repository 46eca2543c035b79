"""A count of people who attend a gathering takes the gathering's date; sixty-sixth pass
(h-claims118).

"Учения … стартовали в понедельник. В них участвуют около 600 военнослужащих" gave the
count no period: the date is on the gathering's own predicate (or a participle of it), in
another clause or the sentence before, which a figure's period never reads. A gathering
named by a pronoun ("в них", "в нём") is the nearest before it, so "В нём участвуют 300
человек" after a forum counts its participants. Own sentences about Chile–Peru and
Norway–Peru."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

ROWS = ("metric", "value", "period")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # musts: the gathering's predicate in the sentence before, in another clause, a
        # participle of it; a forum named by a pronoun
        ("Учения Чили и Перу стартовали в понедельник. В них участвуют около 600 "
         "военнослужащих.", [("военнослужащие", 600, "2026-12-07")]),
        ("Учения Чили и Перу стартовали в понедельник, в них участвуют 600 военнослужащих.",
         [("военнослужащие", 600, "2026-12-07")]),
        ("В начавшихся в понедельник учениях Чили и Перу участвуют 600 военнослужащих.",
         [("военнослужащие", 600, "2026-12-07")]),
        ("Форум Норвегии и Перу открылся во вторник. В нём участвуют около 300 человек.",
         [("участники форума", 300, "2026-12-08")]),
        # must-nots: the gathering no subject (May is the agreeing's), no date, a time of
        # the count's own
        ("Чили и Перу договорились в мае провести учения. В них примут участие 600 "
         "военнослужащих.", [("военнослужащие", 600, "")]),
        ("Форум Норвегии и Перу открылся в Лиме. В нём участвуют около 300 человек.",
         [("участники форума", 300, "")]),
        ("Учения Чили и Перу прошли в 2025 году. В этом году в них участвуют 900 "
         "военнослужащих.", [("военнослужащие", 900, "2026")]),
    ],
)  # fmt: skip
def test_claims_attendance_takes_the_gathering_date(analyse, text, rows):
    assert claim_rows(analyse, text, ROWS, date="2026-12-09") == rows
