"""A change told by a transitive verb of raising or lowering ("повысили", "повышены",
"понизил") is a rise or a fall by the verb, as its intransitive twin ("повысились") already
was: "повысить" was in no growth list, so the change read as "снижение" (the default), a
rise told as a fall (fifty-first pass, the lead, from h-claims80's report). Must-nots: a
lowering stays a fall, and a contrast's second part keeps its own verb. Sentences of our own
about Egypt, Kenya, Serbia, Chile–Peru."""

from __future__ import annotations

import pytest
from claim_runs import claim_of_value

CHANGES = [
    ("Цены на нефть в Египте повышены на 3 доллара.", 3, "рост цен"),
    ("Цены на бензин в Кении повысили на 10 %.", 10, "рост цен"),
    ("Пошлины на сталь повышены на 25 %.", 25, "рост пошлин"),
    # must-nots: a lowering is a fall, whichever verb tells it
    ("Правительство Кении снизило цены на бензин на 10 %.", 10, "снижение цен"),
    ("Национальный банк Сербии понизил ставку на 2 %.", 2, "снижение ставки"),
    (
        "Правительство Чили повысило пошлины на 5 %, а Перу понизило их на 2 %.",
        2,
        "снижение пошлин",
    ),
    ("Правительство Чили повысило пошлины на 5 %, а Перу понизило их на 2 %.", 5, "рост пошлин"),
]


@pytest.mark.parametrize(("text", "value", "metric"), CHANGES)
def test_a_raising_verb_tells_a_rise(analyse, text: str, value: int, metric: str) -> None:  # noqa: ANN001
    assert claim_of_value(analyse, text, value, ("metric",)) == (metric,)
