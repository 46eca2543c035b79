"""A toll of one person is a figure where a bound says it is the least ("погиб по крайней
мере один человек") or a figure after it stands on it ("еще около 70 получили ранения"); a
few people counted only to say who they are ("коллегия, состоящая из трёх женщин", "два
его друга"), and a count of "другие", are no claims; a headline's toll of the dead and the
body's "двое из них умерли" are one (forty-sixth pass, h-claims70, own sentences)."""

from __future__ import annotations

import pytest
from claim_runs import claim_rows

_FIELDS = ("metric", "value", "unit", "comparator")


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "В результате взрыва в Каире погиб по меньшей мере один человек, еще около 20 "
            "получили ранения.",
            [("погибшие", 1, "человек", "ge"), ("раненые", 20, "человек", "approx")],
        ),
        (
            "В Латвии в результате теракта погиб по крайней мере один человек.",
            [("погибшие", 1, "человек", "ge")],
        ),
        (
            "В результате взрыва в Каире погиб один человек, еще 20 получили ранения.",
            [("погибшие", 1, "человек", "eq"), ("раненые", 20, "человек", "eq")],
        ),
        # must-not: a lone one with neither bound nor figure after it, "один из", a speaker
        ("В результате взрыва в Каире погиб один человек.", []),
        (
            "Один человек заявил полиции Чили, что видел 20 грузовиков.",
            [("грузовики", 20, "грузовик", "eq")],
        ),
        (
            "В Каире погибли по меньшей мере два человека, еще около 20 получили ранения.",
            [("погибшие", 2, "человек", "ge"), ("раненые", 20, "человек", "approx")],
        ),
    ],
)
def test_a_toll_of_one(analyse, text: str, rows: list[tuple]) -> None:
    got = claim_rows(analyse, text, _FIELDS)
    assert [(m, int(v), u, c) for m, v, u, c in got] == sorted(rows)


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Судебная коллегия, состоящая из трёх женщин, вынесла приговор гражданину Перу.", []),
        ("По данным полиции Чили, убийство совершили два его друга.", []),
        ("В Египте казнен бывший министр, а два других – сосланы в лагеря.", []),
        # must-not: a body above the few, people with no possessive, a fate's toll
        ("Парламент Эстонии, состоящий из 101 депутата, одобрил договор с Латвией.", ["депутат"]),
        ("По данным полиции Чили, убийство совершили два человека.", ["человек"]),
        ("В Египте казнены три министра, а остальные двое сосланы в лагеря.", ["министр"]),
    ],
)
def test_people_counted_to_say_who_they_are(analyse, text: str, units: list[str]) -> None:
    assert [u for (u,) in claim_rows(analyse, text, ("unit",))] == units


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Теракт в Мексике: убиты двое полицейских\nРаненых полицейских госпитализировали в "
            "больницу Мехико. Однако двое из них в полдень умерли.",
            [("убитые полицейские", 2)],
        ),
        # must-not: another value, or a toll of the wounded, stays its own
        (
            "Теракт в Мексике: убиты двое полицейских\nРаненых полицейских госпитализировали. "
            "Однако трое из них в полдень умерли.",
            [("убитые полицейские", 2), ("умершие", 3)],
        ),
        (
            "Теракт в Мексике: ранены двое полицейских\nВ больнице двое человек умерли.",
            [("раненые полицейские", 2), ("умершие", 2)],
        ),
    ],
)
def test_one_toll_told_twice(analyse, text: str, rows: list[tuple]) -> None:
    got = claim_rows(analyse, text, ("metric", "value"))
    assert [(m, int(v)) for m, v in got] == sorted(rows)
