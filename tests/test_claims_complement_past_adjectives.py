"""Claims (forty-fourth pass, h-claims64, own sentences): the instrumental complement of a
count's participle is no counted noun also where adjectives of the counted noun stand
between ("трёх раненных осколками египетских солдат" counts soldiers, not shrapnel)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "unit")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Турция приняла трёх раненных осколками египетских солдат.", [(Decimal(3), "солдат")]),
        (
            "Египет закупил 12 оснащённых радарами новых турецких катеров.",
            [(Decimal(12), "катер")],
        ),
        # must-nots: an instrumental the participle agrees with, a plain count with adjectives
        (
            "Египет поставил в Турцию двумя партиями 40 новых вагонов.",
            [(Decimal(2), "партия"), (Decimal(40), "вагон")],
        ),
        ("Турция приняла трёх молодых египетских солдат.", [(Decimal(3), "солдат")]),
    ],
)
def test_complement_is_not_counted_past_adjectives(analyse, text: str, rows: list) -> None:
    assert claim_rows(analyse, text, _FIELDS) == rows
