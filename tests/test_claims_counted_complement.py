"""Claims: a noun in the instrumental between a count's adjective or participle and the
noun it qualifies is the attribute's complement ("двух больных туберкулёзом верблюдов",
"20 вооружённых автоматами боевиков"), not the counted noun."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("value", "unit")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Зоопарк Эстонии согласился принять двух больных туберкулёзом верблюдов из Латвии.",
            [(Decimal(2), "верблюд")],
        ),
        (
            "Полиция Египта задержала 20 вооружённых автоматами боевиков у границы с Турцией.",
            [(Decimal(20), "боевик")],
        ),
        # must-nots: the attribute with no complement, and a plain count
        (
            "Зоопарк Эстонии принял двух больных верблюдов из Латвии.",
            [(Decimal(2), "верблюд")],
        ),
        (
            "Полиция Египта задержала 20 боевиков у границы с Турцией.",
            [(Decimal(20), "боевик")],
        ),
    ],
)
def test_complement_is_not_counted(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == rows
