"""A measure whose genitive chain ends in a state ("Грузооборот портов Египта составил …"):
natasha's ORG over the measure's words is no organization swallowing the state, and a noun
the parse hangs as an adjective ("Грузооборот[amod] портов") still heads the metric, in its
own number. Sentences of our own (forty-first pass); must-nots: an organization whose name
opens on such a noun and goes on capitalised, and a metric noun the tagger reads right."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows
from gazetteer_runs import shipped_reader

_FIELDS = ("metric", "value", "unit", "states")


def _rows(analyse, text: str) -> list[tuple]:  # noqa: ANN001 - the fixture
    return [(m, int(v), u, tuple(s)) for m, v, u, s in claim_rows(analyse, text, _FIELDS)]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Грузооборот портов Египта составил 30 млн тонн.",
         ("грузооборот портов", 30000000, "тонна", ("state/EGY",))),
        ("Грузооборот портов Турции в 2024 году составил 40 млн тонн.",
         ("грузооборот портов", 40000000, "тонна", ("state/TUR",))),
        ("Экспорт зерна Канады составил 5 млн тонн.",
         ("экспорт зерна", 5000000, "тонна", ("state/CAN",))),
        ("Товарооборот портов Мексики составил 10 млн тонн.",
         ("товарооборот портов", 10000000, "тонна", ("state/MEX",))),
        ("В 2024 году грузооборот портов Чили составил 20 млн тонн.",
         ("грузооборот портов", 20000000, "тонна", ("state/CHL",))),
    ],
)  # fmt: skip
def test_a_measure_of_a_state_s_genitive_chain_is_a_claim(analyse, text: str, row) -> None:
    assert _rows(analyse, text) == [row]


def test_the_measure_is_no_organization() -> None:
    read = shipped_reader()
    found = read("Грузооборот портов Египта составил 30 млн тонн.")
    assert [(m.type, m.text) for m in found] == [("State", "Египта")]


def test_a_name_opening_on_a_measure_noun_stays_an_organization() -> None:
    read = shipped_reader()
    found = read("Кредит Европа Банк открыл отделение в Египте.")
    assert ("Organization", "Кредит Европа Банк") in [(m.type, m.text) for m in found]
