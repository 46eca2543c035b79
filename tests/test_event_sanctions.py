"""Sanctions one state imposes on another, its officials or its companies: the event kind
`Sanctions` (sixty-sixth pass, h-events248). Own sentences about pairs of states other than
the corpus's: the two states, label, status and date; the sentences that look alike and must
give no sanctions (a lifting, "санкционировал арест", sanctions only talked of)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, one_of_kind, state_keys

_DAY = "2026-12-02"  # a Wednesday

# text, the states taking part, label, status, date
SANCTIONS = [
    # a ministry for its state, against officials of the other, on a weekday of the week
    ("Министерство финансов Австралии во вторник ввело санкции против четырёх генералов "
     "Мьянмы.", {"state/AUS", "state/MMR"}, "Санкции Австралии против Мьянмы", "occurred",
     "2026-12-01"),
    # announced: ahead, "в отношении" the other's banks
    ("Правительство Канады введёт санкции в отношении двух банков Ирана.",
     {"state/CAN", "state/IRN"}, "Санкции Канады против Ирана", "planned", ""),
    # "наложить санкции на" a state, a day of a month
    ("Швейцария 5 ноября наложила санкции на Сирию.", {"state/CHE", "state/SYR"},
     "Санкции Швейцарии против Сирии", "occurred", "2026-11-05"),
    # widened
    ("Великобритания расширила санкции против Белоруссии.", {"state/GBR", "state/BLR"},
     "Санкции Великобритании против Белоруссии", "occurred", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states", "label", "status", "day"), SANCTIONS)
def test_sanctions_with_their_roles(events, text, states, label, status, day) -> None:
    sanctions = one_of_kind(events(text, _DAY), "Sanctions")
    assert state_keys(sanctions) == states
    assert sanctions.label == label
    assert sanctions.status == status
    assert sanctions.date == day


NOT_SANCTIONS = [
    "Япония отменила санкции против Индии.",  # a lifting: no event (decided)
    "Суд Перу санкционировал арест гражданина Чили.",  # the verb "sanction" is an order
    "Эксперты обсудили санкции против Кубы.",  # talked of, not imposed
    "Санкции против Венесуэлы не помешали росту торговли с Бразилией.",
    "Аргентина не будет вводить санкции против Уругвая.",
]


@pytest.mark.parametrize("text", NOT_SANCTIONS)
def test_no_sanctions(events, text) -> None:
    assert not of_kind(events(text, _DAY), "Sanctions")
