"""A visit told ahead, then named again by what was done before it ("посетит Индию в июне.
Перед визитом министр провёл переговоры", "В преддверии визита …"), still lies ahead: the
past tense of the act before it tells that act's time, not the visit's; nor are those talks
held during the visit, on its date (events81). Own sentences about other pairs of states,
dated 20 May 2025."""

from __future__ import annotations

import pytest

_DAY = "2025-05-20"

# (text, the visit's (status, date), the act before it: (kind, status, date))
CASES = [
    ("Премьер-министр Японии посетит Индию в июне. Перед визитом министр иностранных дел "
     "Японии провёл переговоры с коллегой из Индии.",
     ("planned", "2025-06"), ("Talks", "occurred", _DAY)),
    ("Президент Египта посетит Турцию в сентябре. В преддверии визита министр иностранных дел "
     "Египта провёл переговоры с турецким коллегой.",
     ("planned", "2025-09"), ("Talks", "occurred", _DAY)),
    ("Канцлер Германии посетит Вьетнам в ноябре. В преддверии визита глава МИД Германии провёл "
     "телефонный разговор с вьетнамским коллегой.",
     ("planned", "2025-11"), ("PhoneCall", "occurred", _DAY)),
    # must not: a visit told as held stays held
    ("Премьер-министр Японии посетил Индию в апреле. Перед визитом министр иностранных дел "
     "Японии провёл переговоры с коллегой из Индии.",
     ("occurred", "2025-04"), ("Talks", "occurred", _DAY)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visit", "before"), CASES)
def test_visit_told_ahead_stays_ahead(events, text: str, visit: tuple, before: tuple) -> None:
    read = events(text, _DAY)
    assert [(e.status, e.date) for e in read if e.kind in {"Visit", "StateVisit"}] == [visit]
    kind = before[0]
    assert [(e.kind, e.status, e.date) for e in read if e.kind == kind] == [before]


# must not: "в преддверии" alone tells the visit ahead, as "накануне" does
def test_visit_on_whose_eve_an_act_was_done_lies_ahead(events) -> None:
    text = (
        "В преддверии визита министра иностранных дел Вьетнама во Францию стороны провели "
        "консультации."
    )
    (visit,) = [e for e in events(text, _DAY) if e.kind in {"Visit", "StateVisit"}]
    assert visit.status == "planned"
