"""Claims (forty-fourth pass, h-claims64, own sentences): a bare "N из M" after a dash that
stands for the verb of a first "N из M" with its noun ("за соглашение проголосовали 300 из
550 депутатов, в верхней палате — 80 из 100") is read as the first pair is, of the place its
words before the dash name: the votes and the whole of that place, no count of the first
pair's noun and no lost total."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В нижней палате парламента Турции за соглашение с Египтом проголосовали 300 из "
            "550 депутатов, в верхней палате — 80 из 100.",
            [
                ("голоса за соглашение", Decimal(300), "депутат"),
                ("голоса за соглашение в верхней палате", Decimal(80), "депутат"),
                ("депутаты", Decimal(550), "депутат"),
                ("депутаты в верхней палате", Decimal(100), "депутат"),
            ],
        ),
        (
            "За резолюцию Чили проголосовали 89 из 130 депутатов, а в Сенате — 30 из 50.",
            [
                ("голоса за резолюцию Чили", Decimal(89), "депутат"),
                ("голоса за резолюцию Чили в Сенате", Decimal(30), "депутат"),
                ("депутаты", Decimal(130), "депутат"),
                ("депутаты в Сенате", Decimal(50), "депутат"),
            ],
        ),
        (  # the gapped place takes the place of the first pair's
            "Партия Эстонии получила 30 из 100 мест в Рийгикогу, а в городском собрании — "
            "10 из 40.",
            [
                ("места в Рийгикогу", Decimal(30), "место"),
                ("места в Рийгикогу", Decimal(100), "место"),
                ("места в городском собрании", Decimal(10), "место"),
                ("места в городском собрании", Decimal(40), "место"),
            ],
        ),
        # must-not: a bare number past a total is still the votes against; a first pair
        # with no noun after its total gaps nothing
        (
            "За договор с Латвией проголосовали 78 депутатов из 150, 60 проголосовали против.",
            [
                ("голоса за договор", Decimal(78), "депутат"),
                ("голоса против", Decimal(60), "депутат"),
            ],
        ),
        (
            "За резолюцию Перу проголосовали 89 из 130 депутатов.",
            [
                ("голоса за резолюцию Перу", Decimal(89), "депутат"),
                ("депутаты", Decimal(130), "депутат"),
            ],
        ),
    ],
)
def test_a_gapped_pair_reads_as_the_first(analyse, text: str, rows: list[tuple]) -> None:
    assert claim_rows(analyse, text, _FIELDS) == rows
