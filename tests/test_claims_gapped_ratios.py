"""A second ratio whose verb (and "раз") a list leaves out changes the noun before it
(forty-fourth pass, h-claims66, own sentences): "зарплата канадцев выросла в 3 раза, а
пенсия — в 2" → рост зарплаты канадцев 3 раз, рост пенсии 2 раз, also with no mark at all
("…в 3 раза пенсия в 2", a quote told without punctuation)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


def _rows(analyse, text: str) -> list[tuple[str, int, str]]:
    return [(m, int(v), u) for m, v, u in claim_rows(analyse, text, _FIELDS)]


@pytest.mark.parametrize(
    "text",
    [
        "С тех пор зарплата канадцев выросла в 3 раза, а пенсия — в 2.",
        "С тех пор зарплата канадцев выросла в долларах в 3 раза пенсия в 2.",
        "С тех пор зарплата канадцев выросла в 3 раза, пенсия в 2.",
        "С тех пор зарплата канадцев выросла в 3 раза, а пенсия в 2 раза.",
    ],
)
def test_a_gapped_ratio_changes_its_own_noun(analyse, text: str) -> None:
    assert _rows(analyse, text) == [
        ("рост зарплаты канадцев", 3, "раз"),
        ("рост пенсии", 2, "раз"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of its own: its own reading, no gap
        (
            "Зарплата канадцев выросла в 3 раза, а в 2020 году пенсия составила 900 долларов.",
            ("рост зарплаты канадцев", 3, "раз"),
        ),
        # a bare number after "в" that is no ratio: a place in a list of states
        ("Экспорт Мексики вырос в 3 раза, в 2 штатах США открыты заводы.", None),
    ],
)
def test_no_gap_no_second_ratio(analyse, text: str, expected) -> None:
    rows = _rows(analyse, text)
    assert not [r for r in rows if r[0] == "рост пенсии" or (r[2] == "раз" and r[1] == 2)]
    if expected:
        assert expected in rows
