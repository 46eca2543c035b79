"""A body named by a quoted pair of states is named with its noun (seventieth pass, h-orgs84;
own sentences about Estonia–Latvia, Italy–Albania, Czechia–Slovakia, Greece–Cyprus):

- A quoted name of states alone joined by a dash after a body's noun (group `founded` or
  `pair_quoted` of org_words.txt), with the noun's genitives and adjectives, is the body's
  name in the nominative with a capital: "создали группу дружбы «Эстония — Латвия»" gave
  "Эстония — Латвия", now "Группа дружбы «Эстония — Латвия»" (`with_pair_noun`).
- Must-nots: a company's quoted name after its kind stays bare ("компания «Газпром»" is
  "Газпром"), a quoted pair after a noun of no body ("Матч «Франция — Армения»") is none."""

from __future__ import annotations

import pytest

from kg.analyze import analyze
from kg.gazetteer import Gazetteer
from kg.model import Document
from kg.nlp.pipeline import build_pipeline
from kg.resolve import Registry

# each text, and the organizations' names kg reads in it
CASES = [
    ("Эстонские депутаты создали группу дружбы «Эстония — Латвия».",
     {"Группа дружбы «Эстония — Латвия»"}),
    ("Премьер Италии приветствовал создание совета «Италия — Албания».",
     {"Совет «Италия — Албания»"}),
    ("Президент Чехии встретился с членами депутатской группы «Чехия — Словакия».",
     {"Депутатская группа «Чехия — Словакия»"}),
    ("Фонд «Греция — Кипр» выделил гранты студентам из Никосии.", {"Фонд «Греция — Кипр»"}),
    # must-nots: a company after its kind, a pair after a noun of no body
    ("Контракт на поставки в Польшу получила компания «Газпром».", {"Газпром"}),
    ("Матч «Франция — Армения» прошёл в Париже.", set()),
]  # fmt: skip


@pytest.fixture(scope="module")
def org_names():
    nlp, gazetteer = build_pipeline(), Gazetteer.load()

    def read(text: str) -> set[str]:
        ex = analyze(Document(id="t", text=text, date="2025-03-17"), nlp(text), Registry(gazetteer))
        return {e.name for e in ex.entities if e.type == "Organization"}

    return read


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pair_named_body(org_names, text: str, expected: set[str]) -> None:  # noqa: ANN001
    """The organizations' names are exactly the case's."""
    assert org_names(text) == expected
