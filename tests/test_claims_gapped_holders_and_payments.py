"""Gapped list items that give figures to holders of their own, the wounded counted by a bare
number or "двое других", and a sum paid to a recipient's genitive (forty-sixth pass,
h-claims71, own sentences)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the holder of a gapped item is its own remnant, however the parse hangs the figure;
        # a sentence split by holders names its other figure of the metric by its holder too
        (
            "Авторам достанется 40 % суммы, исполнителям — 30 %, продюсерам — 30 %.",
            [
                ("доля суммы авторов", 40),
                ("доля суммы исполнителей", 30),
                ("доля суммы продюсеров", 30),
            ],
        ),
        (
            "Композиторам достанется 50 % выручки, певцам — 25 %, и еще 25 % получат издатели.",
            [
                ("доля выручки издателей", 25),
                ("доля выручки композиторов", 50),
                ("доля выручки певцов", 25),
            ],
        ),
        # must-not: two values with no split keep their metric
        (
            "Авторам достанется 40 % суммы, исполнителям — 30 %.",
            [("доля суммы", 30), ("доля суммы", 40)],
        ),
    ],
)
def test_gapped_holders_named(analyse, text: str, rows: list[tuple]) -> None:
    got = claim_rows(analyse, text, ("metric", "value"))
    assert [(m, int(v)) for m, v in got] == sorted(rows)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a gapped item naming a state of its own is that state's part, as after ", а"
        (
            "Эстония получит 50 млн евро, Латвия — 50 млн евро.",
            [(50_000_000, ("state/EST",)), (50_000_000, ("state/LVA",))],
        ),
        (
            "Население Чили составляет 19 млн человек, Перу — 33 млн.",
            [(19_000_000, ("state/CHL",)), (33_000_000, ("state/PER",))],
        ),
        # must-not: an item naming a state the sentence named before, or none, stays whole
        (
            "Экспорт Чили в Перу составил 3 млрд долларов, импорт из Перу — 2 млрд.",
            [
                (2_000_000_000, ("state/CHL", "state/PER")),
                (3_000_000_000, ("state/CHL", "state/PER")),
            ],
        ),
        (
            "Товарооборот между Египтом и Турцией в 2010 году составил 5 млрд долларов, в "
            "2011 году — 6 млрд долларов.",
            [
                (5_000_000_000, ("state/EGY", "state/TUR")),
                (6_000_000_000, ("state/EGY", "state/TUR")),
            ],
        ),
    ],
)
def test_gapped_states_apart(analyse, text: str, rows: list[tuple]) -> None:
    got = claim_rows(analyse, text, ("value", "states"))
    assert sorted((int(v), tuple(s)) for v, s in got) == sorted(rows)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "При взрыве в Лиме погибли трое, еще двое других получили ранения.",
            [("погибшие", 3), ("раненые", 2)],
        ),
        ("В Чили погибли трое, двое получили ранения.", [("погибшие", 3), ("раненые", 2)]),
        (
            "В Перу погибли пять человек, трое других получили ранения.",
            [("погибшие", 5), ("раненые", 3)],
        ),
        # must-not: "два других" with no count of people before it stays none
        ("В Египте казнен бывший министр, а два других – сосланы в лагеря.", []),
    ],
)
def test_other_ones_wounded(analyse, text: str, rows: list[tuple]) -> None:
    got = claim_rows(analyse, text, ("metric", "value"))
    assert [(m, int(v)) for m, v in got] == sorted(rows)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Правительство Чили выплатило семьям погибших по 1 млн песо.",
            [("выплата правительства Чили", 1_000_000, "actual")],
        ),
        (
            "Правительство Чили выплатит семьям жертв 5 млн песо.",
            [("выплата правительства Чили", 5_000_000, "target")],
        ),
        (
            "Правительство Египта выплатит семьям жертв по 10 тысяч долларов.",
            [("выплата правительства Египта", 10_000, "target")],
        ),
        # must-not: the sum after its verb, before the recipient, stays as it was
        (
            "Правительство Чили выплатило 5 млн песо семьям жертв.",
            [("выплата правительства Чили", 5_000_000, "actual")],
        ),
    ],
)
def test_paid_to_a_recipients_genitive(analyse, text: str, rows: list[tuple]) -> None:
    got = claim_rows(analyse, text, ("metric", "value", "status"))
    assert [(m, int(v), s) for m, v, s in got] == sorted(rows)
