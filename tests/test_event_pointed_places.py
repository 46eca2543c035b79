"""A visit verb's object "её"/"его" or a bare "город" stands for the place told before
("Кигали — столица Руанды. Её посетил президент Кении", "посетил Лиму, а 15 мая её посетил
президент Эквадора"): the visit is there; not where the pronoun may stand for a person or a
body, nor for one of two places joined. Sentences of our own (h-events154)."""

from __future__ import annotations

import pytest

VISIT_KINDS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}

# (text, each visit's host, place and states)
POINTED = [
    ("Кигали — столица Руанды. Её посетил президент Кении.",
     [("state/RWA", "Кигали", ["state/KEN", "state/RWA"])]),
    ("Кигали — столица Руанды. Город посетил президент Кении.",
     [("state/RWA", "Кигали", ["state/KEN", "state/RWA"])]),
    ("Мадрид — столица Испании. Его посетил премьер-министр Португалии.",
     [("state/ESP", "Мадрид", ["state/ESP", "state/PRT"])]),
    ("Президент Чили посетил Лиму, а 15 мая её посетил президент Эквадора.",
     [("state/PER", "Лима", ["state/CHL", "state/PER"]),
      ("state/PER", "Лима", ["state/ECU", "state/PER"])]),
    # must not: a woman, a party, a person beside the place, two places joined, a new paragraph
    ("Министр иностранных дел Уганды Ребекка Кадага госпитализирована в Найроби. "
     "Её посетил президент Кении.", []),
    ("Партия «Подемос» провела съезд в Мадриде. Её посетил премьер-министр Португалии.", []),
    ("Президент Кении встретился с министром Уганды Ребеккой Кадагой в Найроби, а 15 мая её "
     "посетил президент Танзании.", []),
    ("Президент Кении посетил Кампалу и Кигали, а 15 мая её посетил президент Танзании.",
     [("state/RWA", "Кигали", ["state/KEN", "state/RWA"]),
      ("state/UGA", "Кампала", ["state/KEN", "state/UGA"])]),
    ("Кигали — столица Руанды.\n\nЕё посетил президент Кении.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), POINTED)
def test_a_pronoun_visited_is_the_place_told_before(
    events, text: str, visits: list[tuple[str, str, list[str]]]
) -> None:
    got = [
        (e.host, e.location, sorted(k for k in e.participants if k.startswith("state/")))
        for e in events(text, "2024-05-20")
        if e.kind in VISIT_KINDS
    ]
    assert sorted(got) == visits
