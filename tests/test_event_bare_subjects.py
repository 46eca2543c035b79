"""A surname the dictionary also reads as a common noun's form ("Милей" ~ "миля") that the
parser hung on the verb as a bare circumstance after "Накануне" is the subject of a verb with
no other: the event's person. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest

# text, the states of its one call or talks
SUBJECTS = [
    ("Президент Аргентины Хавьер Милей прибыл в Рим. Накануне Милей провёл телефонный "
     "разговор с премьер-министром Италии Джорджей Мелони.", {"state/ARG", "state/ITA"}),
    ("Накануне Милей провёл телефонный разговор с президентом Бразилии Лулой да Силвой.",
     {"state/ARG", "state/BRA"}),
    ("Накануне Милей провёл переговоры с президентом Чили Габриэлем Боричем.",
     {"state/ARG", "state/CHL"}),
    # must not: a name in the genitive after "накануне" is when, not who
    ("Накануне визита Милея в Бразилию президент Чили провёл переговоры с президентом Перу.",
     {"state/CHL", "state/PER"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), SUBJECTS)
def test_a_bare_surname_before_a_verb_with_no_subject_is_its_subject(
    events, text: str, states: set[str]
) -> None:
    (event,) = [e for e in events(text) if e.kind in {"PhoneCall", "Talks"}]
    assert {p for p in event.participants if p.startswith("state/")} == states
