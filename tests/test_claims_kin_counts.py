"""Members of a family a text counts are claims (forty-third pass, h-claims61, own
sentences): tests/gold/README.md counts every count where a numeral is written ("not ages,
ordinals, dates"), and the tuning gold reads "двое близнецов" so; the forty-second pass's
rule that a few kin named bare are no claim ("у него двое детей", `extract._kin_count`)
dropped them, also a transfer to "трём сыновьям". A fate keeps its reading."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("У погибшего посла Египта остались жена и двое детей.", [("дети", 2)]),
        (
            "У неё трое детей, четверо внуков и шесть правнуков, сообщили власти Эстонии.",
            [("внуки", 4), ("дети", 3), ("правнуки", 6)],
        ),
        ("Посол Чили в Перу женат, имеет двоих детей.", [("дети", 2)]),
        ("Основатель компании из Эстонии передал бизнес трём сыновьям.", [("сыновья", 3)]),
        # must not: a fate, many children
        ("В Турции при пожаре погибли двое детей.", [("погибшие дети", 2)]),
        ("В Перу проживает 2 млн детей.", [("дети", 2000000)]),
    ],
)
def test_kin_counted_are_claims(analyse, text: str, expected: list) -> None:
    assert [(m, int(v)) for m, v in claim_rows(analyse, text, _FIELDS)] == sorted(expected)
