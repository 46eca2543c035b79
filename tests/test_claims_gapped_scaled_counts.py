"""A bare scaled number a contrast and a dash gap after a count of people or things in its
sentence counts what that count counts ("проголосовали 49 тысяч избирателей, а за его
соперника — 44 тысячи" → 44 тысячи избирателей; was no claim), also past a percent in
brackets after the first count; a percent in brackets after the scale is no share of "тысяч"
(was "доля тысяч"). Found on NEREL-train 043 (not a gold document), written as our own
sentences (forty-second pass, Chile–Peru, Egypt–Turkey, Estonia–Latvia). Must-nots: a
gapped clause with a noun or verb of its own, a sum of money before, a number far off in
size."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "unit", "metric")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("За кандидата от правящей партии Перу проголосовали 49 тысяч избирателей, "
         "а за его соперника — 44 тысячи.",
         [(44000, "избиратель"), (49000, "избиратель")]),
        ("На выборах в Чили за правящую коалицию отдали голоса 1,2 млн избирателей, "
         "а за оппозицию — 900 тысяч.",
         [(900000, "избиратель"), (1200000, "избиратель")]),
        ("За кандидата от правящей партии Перу проголосовали 49 тысяч избирателей (52,3 % "
         "голосов), а за его соперника — 44,7 тысячи (47,7 %).",
         [(44700, "избиратель", ""), (49000, "избиратель", ""),
          (47.7, "percent", "доля голосов"), (52.3, "percent", "доля голосов")]),
        ("Летом Египет посетили 300 тысяч туристов из Турции, а Иорданию — 120 тысяч.",
         [(120000, "турист"), (300000, "турист")]),
        # must not: a noun or verb of its own, money, far off in size
        ("В Эстонии проголосовали 49 тысяч избирателей, а число наблюдателей — 3 тысячи.",
         [(3000, "наблюдатель"), (49000, "избиратель")]),
        ("В Латвии задержаны 2 тысячи мигрантов, а выслали из страны — 1 тысячу.",
         [(2000, "мигрант")]),
        ("Турция выделила Египту 5 млрд долларов, а Сирии — 2 млрд.",
         [(2000000000, "USD"), (5000000000, "USD")]),
        ("Перу посетили 3 тысячи туристов из Чили, а Боливию — 2 млн.",
         [(3000, "турист")]),
    ],
)  # fmt: skip
def test_gapped_scaled_counts(analyse, text: str, expected: list[tuple]) -> None:
    rows = [
        (float(v), u, m if u == "percent" else "") for v, u, m in claim_rows(analyse, text, _FIELDS)
    ]
    assert sorted(rows) == sorted((float(r[0]), r[1], r[2] if len(r) > 2 else "") for r in expected)
