"""An arrest "в" a capital the tagger or the lemmatizer misreads (fifty-first pass,
h-events136): a locative in "-е" whose lemma misses the name ("в Кампале": "кампал"; "в
Вадуце", "в Сараеве", "в Банжуле"), a name that does not decline read as an accusative ("в
Катманду"), a compound name read as a common noun ("в Порт-о-Пренсе"). The capital's state
takes part, as for any capital. Must-nots: the state whose citizens are arrested, a word
that names no capital. Sentences of our own about Uganda–Kenya, Liechtenstein–Austria,
Nepal, Haiti, Bosnia–Serbia, Gambia."""

from __future__ import annotations

import pytest

ARRESTS = [
    # (text, the state that takes part, a state that must not, the place as the gazetteer
    # spells the capital: never the lemma's garble, "Сараев", "Банжула")
    ("В Кампале полиция задержала 40 человек.", "state/UGA", "state/KEN", "Кампала"),
    ("В Вадуце полиция задержала двух граждан Австрии.", "state/LIE", "state/AUT", "Вадуц"),
    ("В Катманду полиция задержала 40 человек.", "state/NPL", "", "Катманду"),
    ("В Порт-о-Пренсе полиция задержала 40 человек.", "state/HTI", "", ""),
    ("В Сараеве полиция задержала 30 граждан Сербии.", "state/BIH", "state/SRB", "Сараево"),
    ("В Банжуле прошли протесты, полиция задержала 20 человек.", "state/GMB", "", "Банжул"),
]


@pytest.mark.parametrize(("text", "state", "unwanted", "place"), ARRESTS)
def test_a_misread_capital_is_a_place(  # noqa: ANN001
    events, text: str, state: str, unwanted: str, place: str
) -> None:
    (event,) = [e for e in events(text) if e.kind == "Arrest"]
    assert state in event.participants
    assert unwanted not in event.participants
    if place:  # the lead, at merge: the place's name from the table, as the state is
        assert event.location == place


def test_no_capital_no_state(events) -> None:  # noqa: ANN001
    """Must not: a "-е" locative of no capital names no state ("в Шарме")."""
    assert not [e for e in events("В Шарме полиция задержала 40 человек.") if e.kind == "Arrest"]
