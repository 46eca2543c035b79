"""Bare "стороны" in a clause of "где" on the place a visit went to ("в июле X посетил
Лиму, где стороны подписали соглашение") are the visitor's state and the place's, not the
persons or the pair of the sentences before (fifty-ninth pass, h-agreements65). Own
sentences about Chile–Peru–Argentina and Ghana–Togo–Benin; must-nots: "Стороны подписали"
opening a sentence keeps the sides before it, a "где"-clause with its own subjects keeps them,
a visit to a city of the visitor's own state names no host."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER, agreement_rows

TALKS = (
    "Президент Чили Габриэль Борич провел переговоры с президентом Аргентины Хавьером Милеем. "
    "Стороны обсудили торговлю. "
)
SIGNED = "Соглашение о взаимной защите инвестиций"


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (TALKS + "Напомним, в июле Борич посетил Лиму, где стороны подписали соглашение о "
         "взаимной защите инвестиций.", CHL_PER),
        (TALKS + "В марте Борич прибыл в Лиму, где стороны подписали соглашение о взаимной "
         "защите инвестиций.", CHL_PER),
        # must-not: sides opening their own sentence are those the sentence before names
        ("Президент Чили Габриэль Борич посетил Лиму. Стороны подписали соглашение о взаимной "
         "защите инвестиций.", CHL_PER),
        # must-not: a clause of "где" naming its own sides keeps them
        (TALKS + "В июле Борич посетил Лиму, где Чили и Аргентина подписали соглашение о "
         "взаимной защите инвестиций.", ("state/ARG", "state/CHL")),
    ],
)  # fmt: skip
def test_the_sides_are_the_visits(analyse, text, parties):
    rows = agreement_rows(analyse, text, "2025-11-22")
    assert {r[2] for r in rows if r[0] == SIGNED} == {parties}


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (TALKS + "Напомним, в июле Борич посетил Лиму, где стороны подписали соглашение о "
         "взаимной защите инвестиций.", {"state/CHL", "state/PER"}),
        # must-not: a trip home names no host; the sides stay the text's pair
        ("Президент Ганы Джон Махама провел переговоры с президентом Того. Стороны обсудили "
         "торговлю. Затем Махама посетил Кумаси, где стороны подписали соглашение о торговле.",
         {"state/GHA", "state/TGO"}),
    ],
)  # fmt: skip
def test_the_signing_is_of_the_visits_sides(events, text, states):
    signings = [e for e in events(text, "2025-11-22") if e.kind == "Signing"]
    assert [{k for k in e.participants if k.startswith("state/")} for e in signings] == [states]
