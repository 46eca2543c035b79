"""A person of a trade ("народная артистка Чили") acts for no state: the state of their
title joins an event they take part in only where the event's sentence names it, not from
a sentence before ("Президент Перу позвонил Сото" tells no call of Chile). A state's post's
holder acts for their state wherever the text titles them. Sentences of our own
(forty-fifth pass, h-events116)."""

from __future__ import annotations

import pytest

# (text, kind, states it must have, states it must not have)
CASES = [
    ("Народная артистка Чили Мария Сото отметила юбилей в Сантьяго. Президент Перу Хуан Перес "
     "позвонил Сото по телефону и поздравил её.", "PhoneCall", {"state/PER"}, {"state/CHL"}),
    ("Народный артист Египта Ахмед Салех выступил в Анкаре. Президент Турции позвонил Салеху "
     "по телефону.", "PhoneCall", {"state/TUR"}, {"state/EGY"}),
    # must keep: the trade's state named in the event's own sentence
    ("Народный артист Египта Ахмед Салех встретился с президентом Турции в Анкаре.", "Meeting",
     {"state/TUR", "state/EGY"}, set()),
    # must keep: a state's post's holder titled in the sentence before
    ("Президент Чили Габриэль Борич прибыл в Лиму. Президент Перу Хуан Перес провёл переговоры "
     "с Боричем.", "Talks", {"state/CHL", "state/PER"}, set()),
    ("Премьер-министр Эстонии Анна Тамм прибыла в Ригу. Президент Латвии позвонил Тамм.",
     "PhoneCall", {"state/EST", "state/LVA"}, set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "must", "must_not"), CASES)
def test_a_trade_state_joins_only_from_its_sentence(events, text, kind, must, must_not) -> None:
    (event,) = [e for e in events(text, "2024-05-10") if e.kind == kind]
    assert must <= set(event.participants)
    assert not must_not & set(event.participants)
