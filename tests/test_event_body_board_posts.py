"""A post on the board of a body that is no state ("член правления ЕЦБ", "член правления
банка «Свед»", "член совета директоров компании") is the body's: leaving it takes no home
state of the text, whichever state its other sentences name. A state's post, or a board of a
body of a state, keeps its state. Sentences of our own (forty-fifth pass, h-events116)."""

from __future__ import annotations

import pytest

_AFTER = (
    " Латвия надеялась, что на её место будет назначен латыш. Латвия намерена предложить"
    " своего представителя."
)

# (text, states it must have, states it must not have)
CASES = [
    ("Член правления ЕЦБ Анна Тамм покинет свой пост." + _AFTER, set(), {"state/LVA"}),
    ("Член правления ЕЦБ Анна Тамм подала в отставку." + _AFTER, set(), {"state/LVA"}),
    ("Член правления банка «Свед» Анна Тамм покинет свой пост." + _AFTER, set(), {"state/LVA"}),
    ("Член совета директоров компании «Миср Эйр» Ахмед Салех подал в отставку. Египет и Турция "
     "обсуждают слияние перевозчиков. Египет настаивает на своём.", set(), {"state/EGY"}),
    # must keep: a state's post in a text about one state
    ("Министр финансов Анна Тамм покинет свой пост." + _AFTER, {"state/LVA"}, set()),
    ("Глава МИД Анна Тамм покинет свой пост." + _AFTER, {"state/LVA"}, set()),
    ("Член правления Центрального банка Чили Хуан Перес подал в отставку.", {"state/CHL"}, set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "must", "must_not"), CASES)
def test_a_board_post_of_a_body_takes_no_home_state(events, text, must, must_not) -> None:
    (event,) = [e for e in events(text, "2024-05-10") if e.kind == "Resignation"]
    assert must <= set(event.participants)
    assert not must_not & set(event.participants)
