"""The host of a visit to a capital the dictionary lacks, named in its accusative in "-у"
("прибыл в Абуджу", "посетил Кампалу"): the tagger reads an undeclined word ("абуджу"),
the gazetteer knows the capital in "-а". Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest

VISIT_KINDS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}

# (text, (visitor's state or person, host) of each visit)
VISITS = [
    ("Президент Ганы прибыл в Абуджу.", [("state/GHA", "state/NGA")]),
    ("Президент Ганы посетил Абуджу.", [("state/GHA", "state/NGA")]),
    ("Президент Бенина прибыл в Абуджу с официальным визитом.", [("state/BEN", "state/NGA")]),
    ("Президент Кении прибыл в Кампалу.", [("state/KEN", "state/UGA")]),
    ("Премьер-министр Папуа — Новой Гвинеи прибыл в Хониару.", [("state/PNG", "state/SLB")]),
    # must not: a trip home to one's own capital is no visit there
    ("Президент Уганды вернулся в Кампалу после визита в Кению.", [("state/UGA", "state/KEN")]),
    # must not: a capital the dictionary declines stays as it was
    ("Президент Чили прибыл в Лиму.", [("state/CHL", "state/PER")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), VISITS)
def test_a_capital_in_u_gives_the_host(events, text: str, visits: list) -> None:
    read = [e for e in events(text) if e.kind in VISIT_KINDS]
    assert [(v.visitor, v.host) for v in read] == visits
