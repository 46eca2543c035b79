"""A coordinated subject arriving in one's own capital (sixty-eighth pass, h-events260).

"Президенты Чили и Боливии прибыли в Сантьяго" gave no visit: the first conjunct, Chile's
president, was taken for the visitor, and Chile is the capital's state, the host. The one
at home receives; the other travels. Sentences of our own about other states."""

from __future__ import annotations

import pytest

_DAY = "2026-03-12"
VISIT_KINDS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}

# (text, [(visitor, fellows, host)] of each visit)
HOME = [
    ("Президенты Чили и Боливии прибыли в Сантьяго.", [("state/BOL", [], "state/CHL")]),
    ("Президенты Аргентины и Уругвая прибыли в Буэнос-Айрес.",
     [("state/URY", [], "state/ARG")]),
    ("Министры иностранных дел Кении и Танзании прибыли в Найроби.",
     [("state/TZA", [], "state/KEN")]),
    # must not: the other order, a third state's capital, one traveller come home
    ("Президенты Боливии и Чили прибыли в Сантьяго.", [("state/BOL", [], "state/CHL")]),
    ("Президенты Чили и Боливии прибыли в Брюссель.",
     [("state/CHL", ["state/BOL"], "state/BEL")]),
    ("Президент Чили прибыл в Сантьяго.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), HOME)
def test_the_one_at_home_hosts(events, text: str, visits: list) -> None:
    read = [e for e in events(text, _DAY) if e.kind in VISIT_KINDS]
    assert [(v.visitor, list(v.fellows), v.host) for v in read] == visits


def test_the_named_one_at_home_receives(events) -> None:
    text = "Президент Чили Габриэль Борич и президент Боливии Луис Арсе прибыли в Сантьяго."
    (visit,) = [e for e in events(text, _DAY) if e.kind in VISIT_KINDS]
    assert (visit.visitor, list(visit.fellows), visit.host) == ("person/luis-arse", [], "state/CHL")
    assert "person/gabriel-borich" in visit.participants
