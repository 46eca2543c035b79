""" "Стороны" in a report on three states take the lead's pair (sixty-first pass,
h-agreements69).

"Чили и Перу договорились … Об этом сообщил министр Боливии. Стороны подписали соглашение о
…": three states named once each settle no pair by count, and the sentence before names one,
so the paper had no parties and its Signing no participants. Where counting settles none,
the pair the report's first sentence joins as its subject stands for "Стороны"
(`subjects._report_sides`, `pair.lead_pair_near`). Must-nots: a two-state report, a sentence
before naming two other states, and a lead whose subject is no pair keep their reading.

Sentences of our own about other pairs; must-nots beside the musts."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER, KEN_UGA, agreement_rows

DAY = "2026-03-12"
TOURISM = "Стороны подписали соглашение о сотрудничестве в сфере туризма."


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Чили и Перу договорились расширить торговлю. Об этом сообщил министр иностранных "
         f"дел Боливии. {TOURISM}", CHL_PER),
        ("Кения и Уганда провели переговоры. В них не участвовала Танзания. Стороны подписали "
         "меморандум о торговле.", KEN_UGA),
        ("Президенты Чили и Перу провели переговоры в Лиме. Главной темой встречи стала "
         f"торговля, на которую приходится большая часть экспорта Боливии. {TOURISM}", CHL_PER),
        # must-nots: two states; a pair the sentence before names; a lead of no pair
        ("Чили и Перу договорились расширить торговлю. Об этом сообщил министр иностранных "
         f"дел Чили. {TOURISM}", CHL_PER),
        ("Чили и Перу договорились расширить торговлю. Президент Боливии встретился с "
         f"президентом Эквадора. {TOURISM}", ("state/BOL", "state/ECU")),
        ("Президент Перу посетил Чили. Об этом сообщил министр иностранных дел Боливии. "
         f"{TOURISM}", ()),
        ("Президент Боливии встретился с лидерами Чили и Перу. Об этом сообщил министр "
         f"иностранных дел Боливии. {TOURISM}", ()),
    ],
)  # fmt: skip
def test_sides_of_a_three_state_report(analyse, text, sides):
    assert [row[2] for row in agreement_rows(analyse, text, DAY)] == [sides]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Чили и Перу договорились расширить торговлю. Об этом сообщил министр иностранных "
         f"дел Боливии. {TOURISM}", CHL_PER),
        # must-not: two states
        ("Чили и Перу договорились расширить торговлю. Об этом сообщил министр иностранных "
         f"дел Чили. {TOURISM}", CHL_PER),
    ],
)  # fmt: skip
def test_the_signing_takes_them(events, text, sides):
    signings = [e for e in events(text, DAY) if e.kind == "Signing"]
    assert [tuple(sorted(e.participants)) for e in signings] == [sides]
