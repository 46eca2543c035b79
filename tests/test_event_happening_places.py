"""A country on the noun of what an event happened in or during ("погиб в авиакатастрофе в
Боливии", "задержан в ходе спецоперации в Боливии", "погиб при крушении вертолёта в
Боливии", "в результате теракта в Боливии") is the event's place, as a city there always was;
not a topic deeper in the phrase, nor a country on a noun that is no mishap after plain "в"
or "в результате". Sentences of our own about Chile–Bolivia (forty-eighth pass, h-events125).
A visit's destination was a must-not too; since the fifty-first pass (h-events136) an arrest
during a visit is where the visit went (`tests/test_event_sentence_places.py`)."""

from __future__ import annotations

import pytest

# (text, kind, place)
PLACED = [
    ("Посол Чили Хуан Перес погиб в авиакатастрофе в Боливии.", "Death", "Боливия"),
    ("Посол Чили Хуан Перес погиб в ДТП в Боливии.", "Death", "Боливия"),
    ("Посол Чили Хуан Перес погиб во время землетрясения в Боливии.", "Death", "Боливия"),
    ("Посол Чили Хуан Перес был задержан в ходе спецоперации в Боливии.", "Arrest", "Боливия"),
    ("Посол Чили Хуан Перес погиб при крушении вертолёта в Боливии.", "Death", "Боливия"),
    ("Посол Чили Хуан Перес погиб в результате теракта в Боливии.", "Death", "Боливия"),
    # an arrest during a visit is where the visit went (fifty-first pass, h-events136)
    ("Посол Чили Хуан Перес был задержан во время визита в Боливию.", "Arrest", "Боливия"),
    # must not: a topic, a noun of no mishap
    ("Посол Чили Хуан Перес был задержан в ходе расследования о коррупции в Боливии.",
     "Arrest", ""),
    ("Посол Чили Хуан Перес был освобождён в результате переговоров в Боливии.", "Release", ""),
    ("Посол Чили Хуан Перес погиб в борьбе за власть в Боливии.", "Death", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "place"), PLACED)
def test_a_country_of_the_happening_is_the_event_s_place(
    events, text: str, kind: str, place: str
) -> None:
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.location == place
