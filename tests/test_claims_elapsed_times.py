"""Claims of a time "по прошествии"/"по истечении" N years: when something happened, as "через
N лет" is, never a term; a term told with "сроком на" or of a named "срок" stays one."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    "text",
    [
        "Молдавия по прошествии двадцати лет так и не стала членом Евросоюза.",
        "По истечении трех лет Сербия вернула долг Китаю.",
        "По прошествии пяти месяцев Грузия и Армения возобновили переговоры.",
    ],
)
def test_a_time_after_elapsing_is_no_claim(analyse, text: str) -> None:
    assert claim_rows(analyse, text, _FIELDS) == []


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Кредит Сербии предоставлен на три года.", "срок кредита"),
        ("Сербия и Китай подписали соглашение сроком на три года.", "срок действия соглашения"),
        ("По истечении срока в три года Сербия вернула долг.", "срок"),
    ],
)
def test_a_term_stays(analyse, text: str, metric: str) -> None:
    assert [r[0] for r in claim_rows(analyse, text, _FIELDS)] == [metric]
