"""Two visits of one subject in two clauses ("посетил X, а 15 мая посетил Y"): each verb
with its own place is a visit, each of its own day. The tagger reads the accusative of a
capital in "-а" as a person ("посетил Кампалу"), and the parser makes a name whose
nominative is its accusative the later verb's subject ("а 15 мая посетила Асунсьон");
both visits are read (h-events146). Own sentences about other pairs of states."""

from __future__ import annotations

import pytest

_DAY = "2025-05-16"
VISIT_KINDS = {"Visit", "WorkingVisit", "OfficialVisit", "StateVisit"}

# (text, (visitor, host, date) of each visit)
VISITS = [
    ("Президент Кении Уильям Руто посетил Кампалу, а 15 мая посетил Кигали.",
     [("person/uilyam-ruto", "state/UGA", _DAY),
      ("person/uilyam-ruto", "state/RWA", "2025-05-15")]),
    ("Президент Кении Уильям Руто посетил Кампалу.",
     [("person/uilyam-ruto", "state/UGA", _DAY)]),
    ("Президент Перу Дина Болуарте посетила Сантьяго, а 15 мая посетила Асунсьон.",
     [("person/dina-boluarte", "state/CHL", _DAY),
      ("person/dina-boluarte", "state/PRY", "2025-05-15")]),
    ("Президент Чили посетил Лиму, а 15 мая посетил Монтевидео.",
     [("state/CHL", "state/PER", _DAY), ("state/CHL", "state/URY", "2025-05-15")]),
    # must not: a subject of the later clause's own visits there; the first date stays its own
    ("Президент Кении посетил Уганду, а 15 мая Кампалу посетил президент Руанды.",
     [("state/KEN", "state/UGA", _DAY), ("state/RWA", "state/UGA", "2025-05-15")]),
    ("Президент Перу посетил Чили, а 15 мая Асунсьон посетила делегация Аргентины.",
     [("state/PER", "state/CHL", _DAY), ("state/ARG", "state/PRY", "2025-05-15")]),
    ("Президент Руанды Поль Кагаме 12 мая посетил Найроби, а 15 мая посетил Ереван.",
     [("person/pol-kagame", "state/KEN", "2025-05-12"),
      ("person/pol-kagame", "state/ARM", "2025-05-15")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visits"), VISITS)
def test_each_clause_s_visit(events, text: str, visits: list) -> None:
    read = [e for e in events(text, _DAY) if e.kind in VISIT_KINDS]
    assert [(v.visitor, v.host, v.date) for v in read] == visits
