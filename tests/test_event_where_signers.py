"""A signing in an active clause of "где" with no subject of its own, on the place those told
came to, is signed by them ("Во вторник министры прибыли в Лиму, где подписали совместную
декларацию …": the ministers, here the two sides the sentence before names), as "по итогам
которых" gives the holders of talks; placed in the city and dated like the arrival. Not a
passive clause of an old paper ("прибыл в Кито, где в 1998 году был подписан договор"), nor
one with a subject of its own. Sixty-seventh pass (h-events255), sentences of our own."""

from __future__ import annotations

import pytest
from fact_reads import one_of_kind, papers_and_signings, state_keys

_DAY = "2026-11-20"  # a Friday

CASES = [
    (
        "Министры иностранных дел Ганы и Того провели в понедельник переговоры в Абудже. Во "
        "вторник министры прибыли в Лагос, где подписали совместную декларацию о борьбе с "
        "наркотиками.",
        {"state/GHA", "state/TGO"},
        "Лагос",
    ),
    (
        "Министры иностранных дел Кении и Уганды провели в понедельник переговоры в Найроби. Во "
        "вторник министры прилетели в Момбасу, где подписали меморандум о сотрудничестве в "
        "рыболовстве.",
        {"state/KEN", "state/UGA"},
        "Момбаса",
    ),
]


@pytest.mark.parametrize(("text", "states", "place"), CASES)
def test_a_where_signing_is_the_arrivals(analyse, text: str, states: set[str], place: str) -> None:
    papers, signings = papers_and_signings(analyse, text, _DAY)
    (signing,) = signings
    assert (state_keys(signing), signing.location, signing.date) == (states, place, "2026-11-17")
    assert [set(p.parties) for p in papers] == [states]


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (  # a passive clause: the paper's own states, not the traveller's
            "Президент Перу в среду прибыл в Кито, где в 1998 году был подписан мирный договор "
            "с Эквадором.",
            {"state/PER", "state/ECU"},
        ),
        (  # a subject of its own
            "Министры иностранных дел Ганы и Того провели в понедельник переговоры в Абудже. Во "
            "вторник министры прибыли в Лагос, где президенты Нигерии и Бенина подписали "
            "декларацию о борьбе с наркотиками.",
            {"state/NGA", "state/BEN"},
        ),
    ],
)
def test_no_traveller_signs_an_old_or_others_paper(events, text: str, states: set[str]) -> None:
    assert state_keys(one_of_kind(events(text, _DAY), "Signing")) == states
