"""A time before a list of amounts is every amount's; sixty-fifth pass (h-claims117).

"о поставках в 2027 году 40 тыс. тонн риса и 20 тыс. тонн пшеницы" gave the wheat no period:
a date leading the first figure was kept to that figure alone. A figure listed after it, with
only goods, numbers, commas and "и" between, shares it; a date of the figure's own after it,
a contrast ", а в 2029 году …" or a dashed schedule keep their own. Own sentences about
Vietnam–Indonesia, India–Bangladesh, Egypt–Sudan, Thailand–Malaysia, Chile–Peru."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

PERIODS = ("metric", "value", "period")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # musts (the later amounts had no period)
        ("Вьетнам и Индонезия договорились о поставках в 2027 году 40 тыс. тонн риса и "
         "20 тыс. тонн пшеницы.",
         [("поставки пшеницы", 20000, "2027"), ("поставки риса", 40000, "2027")]),
        ("Индия и Бангладеш договорились о поставках в 2027 году 40 тыс. тонн риса, "
         "20 тыс. тонн пшеницы и 5 тыс. тонн сахара.",
         [("поставки пшеницы", 20000, "2027"), ("поставки риса", 40000, "2027"),
          ("поставки сахара", 5000, "2027")]),
        ("Египет и Судан договорились поставить в 2028 году 300 тыс. тонн зерна и "
         "50 тыс. тонн удобрений.",
         [("поставки зерна", 300000, "2028"), ("поставки удобрений", 50000, "2028")]),
        # the list's time, not the agreement's fronted one
        ("В 2026 году Чили и Перу договорились о поставках в 2028 году 10 тыс. тонн меди и "
         "5 тыс. тонн лития.",
         [("поставки лития", 5000, "2028"), ("поставки меди", 10000, "2028")]),
        # must-nots: a date of the figure's own, a contrast, a dashed schedule
        ("Таиланд и Малайзия планируют поставить в 2027 году 40 тыс. тонн риса и 20 тыс. "
         "тонн пшеницы в 2028 году.",
         [("поставки пшеницы", 20000, "2028"), ("поставки риса", 40000, "2027")]),
        ("Египет и Судан договорились поставить в 2028 году 300 тыс. тонн зерна, а в 2029 "
         "году 50 тыс. тонн удобрений.",
         [("поставки зерна", 300000, "2028"), ("поставки удобрений", 50000, "2029")]),
        ("Экспорт Перу в Чили в 2024 году — 3 млрд долларов, в 2025 — 4 млрд долларов.",
         [("экспорт", 3_000_000_000, "2024"), ("экспорт", 4_000_000_000, "2025")]),
    ],
)  # fmt: skip
def test_claims_listed_amounts_share_leading_time(analyse, text, rows):
    assert claim_rows(analyse, text, PERIODS, date="2026-11-20") == rows
