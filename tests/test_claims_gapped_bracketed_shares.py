"""A share in brackets after a gapped clause's count of votes is the gapped clause's owner's:
"за Ортиса проголосовали более 30 тысяч избирателей (52 процента), а за Рамиреса — 25 тысяч
(47 процентов)" gives Ramírez 47 %, not Ortiz; a share with no gapped owner before it stays
the first clause's."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "На выборах мэра Боготы за Ортиса проголосовали более 30 тысяч избирателей "
            "(52 процента голосов), а за Рамиреса - 25 тысяч (47 процентов).",
            "Рамиреса",
        ),
        (
            "На выборах в Эквадоре за Ортиса проголосовали 1,2 млн избирателей (52 %), "
            "а за Рамиреса — 1,1 млн (47 %).",
            "Рамиреса",
        ),
    ],
)
def test_the_bracketed_share_is_the_gapped_owners(analyse, text: str, owner: str) -> None:
    rows = claim_rows(analyse, text, _FIELDS)
    shares = {str(value): metric for metric, value in rows if "доля" in metric}
    assert owner in shares["47"] and "Ортиса" in shares["52"]


def test_a_bracketed_share_of_the_first_clause_stays_its_own(analyse) -> None:
    text = (
        "На выборах в Эквадоре за Ортиса проголосовали 1,2 млн избирателей (52 %), "
        "и это больше, чем ожидалось."
    )
    rows = claim_rows(analyse, text, _FIELDS)
    assert [m for m, v in rows if str(v) == "52"] == ["доля голосов Ортиса на выборах"]
