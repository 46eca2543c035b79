"""Two scaled counts of coordinated state adjectives sharing a plural noun ("3 тыс.
эстонских и 1,5 тыс. латвийских студентов", "3 тысячи эстонских и …"): two claims, each of
its own state, the adjectives state mentions, though the point of "тыс." breaks the parse.
Sentences of our own (forty-first pass); must-nots: one count alone keeps a people's word,
two counts of substantives stay two kinds."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.model import Document


def _read(analyse, text: str) -> tuple[list[tuple], list[str]]:  # noqa: ANN001 - fixture
    ctx = analyse(Document(id="t", text=text))
    claims = sorted((int(c.value), c.unit, tuple(c.states)) for c in extract_claims(ctx))
    return claims, sorted(m.text for m in ctx.mentions if m.type == "State")


@pytest.mark.parametrize(
    ("text", "claims", "adjectives"),
    [
        ("В университетах Тарту учатся 3 тыс. эстонских и 1,5 тыс. латвийских студентов.",
         [(1500, "студент", ("state/LVA",)), (3000, "студент", ("state/EST",))],
         ["латвийских", "эстонских"]),
        ("В университетах Тарту учатся 3 тысячи эстонских и 1,5 тысячи латвийских студентов.",
         [(1500, "студент", ("state/LVA",)), (3000, "студент", ("state/EST",))],
         ["латвийских", "эстонских"]),
        ("Летом на курорты прибыли 2 тыс. чилийских и 1 тыс. перуанских туристов.",
         [(1000, "турист", ("state/PER",)), (2000, "турист", ("state/CHL",))],
         ["перуанских", "чилийских"]),
        # must not: one count alone (no mention; its claim is Estonia's since the forty-second
        # pass, test_claims_people_adjective_states.py), substantives
        ("В университетах учатся 3 тыс. эстонских студентов.",
         [(3000, "студент", ("state/EST",))], []),
        ("В столкновениях пострадали 3 тыс. военных и 1,5 тыс. полицейских.",
         [(1500, "полицейский", ()), (3000, "военный", ())], []),
    ],
)  # fmt: skip
def test_scaled_counts_of_state_adjectives(analyse, text: str, claims, adjectives) -> None:
    assert _read(analyse, text) == (claims, adjectives)
