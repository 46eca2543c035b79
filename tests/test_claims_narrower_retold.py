"""One figure a document tells twice, once with a narrower metric (the headline's "Пять премьер
«Театра Лимы»" and the body's "анонсировал пять премьер, которые ожидают зрителей"), is one
claim, the telling that says more, as two tellings of one metric are; two values, or two
metrics neither of which opens the other ("экспорт меди", "импорт меди"), stay two.
Forty-fourth pass (h-claims65), own sentences about Chile–Peru and Egypt–Turkey."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Пять премьер «Театра Лимы»\n\nДиректор театра анонсировал пять премьер, которые "
         "ожидают зрителей Перу в ближайшие месяцы.",
         [("премьеры, ожидающие зрителей", 5)]),
        # must not: another value, another metric
        ("Пять премьер «Театра Лимы»\n\nДиректор театра анонсировал две премьеры, которые "
         "ожидают зрителей Перу в ближайшие месяцы.",
         [("премьеры", 5), ("премьеры, ожидающие зрителей", 2)]),
        ("Экспорт меди из Чили в Перу составил 5 млрд долларов. Импорт меди из Перу в Чили "
         "составил 5 млрд долларов.",
         [("импорт меди", 5000000000), ("экспорт меди", 5000000000)]),
    ],
)  # fmt: skip
def test_narrower_retelling(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == sorted(rows)
