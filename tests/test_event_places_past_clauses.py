"""A place the parser hung on a participle's clause before the verb, from past the verb
("X, живший в эмиграции в Турции, был убит 5 марта в Стамбуле": "в Стамбуле" under
"живший"): the verb's place, and, for an arrest, the state it is in (fiftieth pass,
h-events133). Must-nots: the residence the clause tells is no place of the act, and its state
no party. Sentences of our own about Iran–Turkey, Egypt–Sudan, Peru–Bolivia."""

from __future__ import annotations

import pytest

PLACES = [
    # (text, kind, the place)
    ("Египетский блогер Ахмед Хасан, живший в эмиграции в Судане, был убит 5 марта 2017 года "
     "в Хартуме.", "Death", "Хартум"),
    ("Иранский журналист Реза Ахмади, живший в эмиграции в Турции, был убит неизвестными в "
     "Стамбуле.", "Death", "Стамбул"),
    ("Перуанский оппозиционер Хуан Перес, живший в эмиграции в Боливии, был убит в Лиме.",
     "Death", "Лима"),
    ("Египетский блогер Ахмед Хасан, живший в эмиграции в Судане, был арестован 5 марта 2017 "
     "года в Каире.", "Arrest", "Каир"),
    # must not: the residence, before the verb, is no place of the act
    ("Иранский журналист Реза Ахмади, живший в эмиграции в Турции, был убит.", "Death", ""),
    ("Иранский журналист Реза Ахмади, проживавший в Стамбуле, был задержан.", "Arrest", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "place"), PLACES)
def test_the_verbs_place(events, text: str, kind: str, place: str) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text) if e.kind == kind]
    assert event.location == place


STATES = [
    # (text, states that must take part, states that must not)
    ("Египетский блогер Ахмед Хасан, живший в эмиграции в Судане, был арестован 5 марта 2017 "
     "года в Каире.", {"state/EGY"}, {"state/SDN"}),
    ("Иранский журналист Реза Ахмади, живший в эмиграции в Турции, был задержан в Тегеране.",
     {"state/IRN"}, {"state/TUR"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted", "unwanted"), STATES)
def test_the_places_state(events, text: str, wanted: set[str], unwanted: set[str]) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text) if e.kind == "Arrest"]
    assert wanted <= set(event.participants)
    assert not unwanted & set(event.participants)


def test_no_state_of_residence_in_a_death(events) -> None:  # noqa: ANN001
    """Must not: the state one lived in takes no part in one's killing elsewhere."""
    text = "Иранский журналист Реза Ахмади, живший в эмиграции в Турции, был убит в Тегеране."
    (event,) = [e for e in events(text) if e.kind == "Death"]
    assert "state/TUR" not in event.participants
