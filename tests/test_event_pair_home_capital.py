"""A plural title of "двух стран" arriving in one of the pair's capitals (sixty-ninth pass,
h-events264).

"Перу и Эквадор … Министры иностранных дел двух стран прибыли в Лиму" gave no visit: the
title names no holder, so no one travelled. The title stands for the text's pair; the one
of the two not at home is the visitor, the capital's state the host. Sentences of our own
about other states."""

from __future__ import annotations

import pytest

_DAY = "2026-03-12"
VISIT_KINDS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}
_PE_EC = "Перу и Эквадор договорились возобновить переговоры о границе. "
_KE_UG = "Кения и Уганда обсуждают строительство нефтепровода. "

# (text, [(visitor, fellows, host)] of each visit)
PAIR = [
    (_PE_EC + "Министры иностранных дел двух стран прибыли в Лиму.",
     [("state/ECU", [], "state/PER")]),
    (_PE_EC + "Президенты обеих стран прибыли в Кито.", [("state/PER", [], "state/ECU")]),
    (_KE_UG + "Министры энергетики двух стран прибыли в Кампалу.",
     [("state/KEN", [], "state/UGA")]),
    # must not: a third state's capital (both travel), a title of no pair word, no pair
    (_PE_EC + "Министры иностранных дел двух стран прибыли в Женеву.",
     [("state/PER", ["state/ECU"], "state/CHE")]),
    (_PE_EC + "Министры иностранных дел прибыли в Лиму.", []),
    ("Министры иностранных дел двух стран прибыли в Лиму.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), PAIR)
def test_the_pair_one_not_at_home_visits(events, text: str, visits: list) -> None:
    read = [e for e in events(text, _DAY) if e.kind in VISIT_KINDS]
    assert [(v.visitor, list(v.fellows), v.host) for v in read] == visits


def test_named_holders_keep_their_names(events) -> None:
    text = (
        "Министр иностранных дел Перу Хавьер Гонсалес позвонил министру иностранных дел "
        "Эквадора Марии Сомменфельд. Министры иностранных дел двух стран прибыли в Лиму."
    )
    (visit,) = [e for e in events(text, _DAY) if e.kind in VISIT_KINDS]
    assert visit.visitor.startswith("person/") and visit.host == "state/PER"
