"""A two states' paper other states talk about (forty-ninth pass, h-agreements35), on
sentences of our own about Ghana–Togo, Chile–Bolivia and Nigeria: a compound adjective of
two states ("ганско-тоголезский договор") names the paper's only parties, as "между X и Y"
does; the sides of talks about it are none of them. Not where the title names no pair."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows


@pytest.fixture(scope="module")
def sides(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → the parties of each agreement kg reads."""
    return lambda text: {r[2] for r in agreement_rows(analyse, text, "2025-04-02")}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Гана и Нигерия обсудили ганско-тоголезский договор 1965 года о границе.",
         {("state/GHA", "state/TGO")}),
        ("Чили и Перу обсудили чилийско-боливийский договор о транзите.",
         {("state/BOL", "state/CHL")}),
        # must-nots: the pair "между" keeps it; a title of no pair, discussed, has no party
        ("Гана и Нигерия обсудили договор между Ганой и Того.", {("state/GHA", "state/TGO")}),
        ("Гана и Нигерия обсудили договор о границе, подписанный в 1965 году.", {()}),
        ("Гана и Того подписали ганско-тоголезский договор о границе.",
         {("state/GHA", "state/TGO")}),
    ],
)  # fmt: skip
def test_a_compound_title_names_its_only_parties(sides, text, found):
    assert sides(text) == found
