""" "Число X достигло / превысило / составило N" counts X (forty-first pass, h-fix41b, own
sentences): "число погибших достигло 17" → погибшие 17; "превысило" → more than N."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit")


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("Число погибших в результате наводнения в Перу достигло 23 человек.", "погибшие", 23),
        ("Число задержанных в Египте достигло 40 человек.", "задержанные", 40),
        ("Число пострадавших в Латвии превысило 15 человек.", "пострадавшие", 15),
        ("Число погибших в результате взрыва в Турции составило 12 человек.", "погибшие", 12),
        # a bare number: the participle's people
        ("Число погибших в результате землетрясения в Чили достигло 23.", "погибшие", 23),
        ("Число задержанных в Египте превысило 40.", "задержанные", 40),
        # must keep: a noun stays in its phrase
        ("Число беженцев в Латвии превысило 15 тысяч человек.", "число беженцев", 15000),
    ],
)
def test_number_of_people_reached(analyse, text: str, metric: str, value: int) -> None:  # noqa: ANN001
    rows = claim_rows(analyse, text, _FIELDS)
    assert (metric, value) in [(r[0], r[1]) for r in rows], rows


def test_exceeded_is_a_lower_bound(extraction) -> None:  # noqa: ANN001
    text = "Число пострадавших в Латвии превысило 15 человек."
    (claim,) = extraction(text, "2024-05-10").facts["claims"]
    assert (claim.metric, claim.comparator) == ("пострадавшие", "gt")
