"""A count of people one state adjective qualifies ("300 перуанских студентов") is of that
state: the claim names it, as two coordinated adjectives' counts each name theirs ("3 тыс.
эстонских и 1,5 тыс. латвийских студентов"), though the adjective alone stays no State
mention (a people's word, `docs/rules/states.md`). Forty-second pass, own sentences about
Chile–Peru, Estonia–Latvia, Egypt–Turkey; must-nots: an adjective on another word of the
sentence (a person's word: "чилийский писатель", "у чилийского профессора") names no side
of it, a state adjective on a thing stays the mention it was."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.model import Document


def _read(analyse, text: str) -> tuple[list[tuple], list[str]]:  # noqa: ANN001 - fixture
    ctx = analyse(Document(id="t", text=text))
    claims = sorted((int(c.value), c.unit, tuple(c.states)) for c in extract_claims(ctx))
    return claims, sorted(m.text for m in ctx.mentions if m.type == "State")


@pytest.mark.parametrize(
    ("text", "claims", "mentions"),
    [
        ("В университетах Лимы учатся 300 чилийских студентов.",
         [(300, "студент", ("state/CHL",))], []),
        ("В Перу прибыли 300 чилийских туристов.",
         [(300, "турист", ("state/CHL", "state/PER"))], ["Перу"]),
        ("Более 500 египетских рабочих вернулись из Турции.",
         [(500, "рабочий", ("state/EGY", "state/TUR"))], ["Турции"]),
        ("В университетах учатся 3 тыс. эстонских студентов.",
         [(3000, "студент", ("state/EST",))], []),
        ("В прошлом году Латвию посетили 35 тысяч эстонских туристов.",
         [(35000, "турист", ("state/EST", "state/LVA"))], ["Латвию"]),
        # must not: two adjectives keep theirs, a thing's adjective, a source's adjective,
        # an adjective on another noun
        ("В университетах Тарту учатся 3 тыс. эстонских и 1,5 тыс. латвийских студентов.",
         [(1500, "студент", ("state/LVA",)), (3000, "студент", ("state/EST",))],
         ["латвийских", "эстонских"]),
        ("В Латвии работают 40 эстонских компаний.",
         [(40, "компания", ("state/EST", "state/LVA"))], ["Латвии", "эстонских"]),
        ("Чилийский писатель сообщил, что в Лиме задержаны 12 рыбаков.",
         [(12, "рыбак", ())], []),
        ("У чилийского профессора учатся 30 студентов.", [(30, "студент", ())], []),
        ("В Лиме задержаны 12 рыбаков, среди них перуанский капитан.",
         [(12, "рыбак", ())], []),
    ],
)  # fmt: skip
def test_people_adjective_states(analyse, text: str, claims, mentions) -> None:
    assert _read(analyse, text) == (claims, mentions)
