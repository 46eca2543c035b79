"""States told in a genitive of an act's subject or a sitting's body (sixty-third pass,
h-events232).

"Власти X экстрадировали Y в Z": a verb pymorphy3 only guesses ("экстрадировали", an
imperative "экстрадировалить" first) is read in the tagger's tense, so the act is found and
the authorities' state acts, as a state name subject does. "Премьер-министр X посетит Y для
участия в заседании правительства Y": one body's sitting is its state's alone; the visit
keeps both, and a joint commission's sitting the pair's. Sentences of our own."""

from __future__ import annotations

import pytest

# (text, the expulsion's states), and texts of no expulsion
EXTRADITIONS = [
    ("Власти Испании экстрадировали Хуана Гомеса в Колумбию.", {"state/ESP", "state/COL"}),
    ("Суды Португалии экстрадировали Педро Алвеса в Бразилию.", {"state/PRT", "state/BRA"}),
    ("Власти Аргентины экстрадировали Карлоса Переса в Уругвай.", {"state/ARG", "state/URY"}),
]  # fmt: skip
NO_EXTRADITION = [
    "Власти Испании заявили о готовности сотрудничать с Колумбией.",
    "Власти Аргентины заявили, что Карлос Перес покинул Уругвай.",
]


@pytest.mark.parametrize(("text", "states"), EXTRADITIONS)
def test_authorities_of_a_state_extradite(events, text, states) -> None:
    (act,) = [e for e in events(text, "2025-04-02") if e.kind == "Expulsion"]
    assert states <= {p for p in act.participants if p.startswith("state/")}


@pytest.mark.parametrize("text", NO_EXTRADITION)
def test_authorities_saying_is_no_act(events, text) -> None:
    assert not [e for e in events(text, "2025-04-02") if e.kind == "Expulsion"]


# (text, the sitting's states, the visit's states or None for no visit)
SITTINGS = [
    ("Премьер-министр Замбии посетит Малави для участия в заседании правительства Малави.",
     {"state/MWI"}, {"state/ZMB", "state/MWI"}),
    ("Президент Сенегала посетит Мали для участия в заседании парламента Мали.",
     {"state/MLI"}, {"state/SEN", "state/MLI"}),
    ("Министр финансов Замбии принял участие в заседании правительства Малави.",
     {"state/MWI"}, None),
    # must keep: a joint body's sitting is the pair's; a UN body's its attendee's state's
    ("Министр финансов Замбии принял участие в заседании комиссии ООН.", {"state/ZMB"}, None),
    ("Президент Сенегала посетит Мали для участия в заседании межправительственной комиссии.",
     {"state/SEN", "state/MLI"}, {"state/SEN", "state/MLI"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sitting", "visit"), SITTINGS)
def test_one_bodys_sitting_is_its_states(events, text, sitting, visit) -> None:
    found = events(text, "2025-04-02")
    (meeting,) = [e for e in found if e.kind == "Meeting"]
    assert {p for p in meeting.participants if p.startswith("state/")} == sitting
    trips = [
        {p for p in e.participants if p.startswith("state/")} for e in found if e.kind == "Visit"
    ]
    assert trips == ([visit] if visit else [])
