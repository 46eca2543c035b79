"""A post on the board of a body that is no state ("член правления ЕЦБ", "член правления
банка «Свед»", "член совета директоров компании"), or a company's chief executive named by
its Latin name ("гендиректор Codelco"), or one told after its holder came to a bank ("пришёл
в госбанк, а в 2007-м стал старшим вице-президентом"), is the body's: leaving it takes no home
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
    # a company's chief executive by its Latin name: the company's post, not the text's state
    ("Хуан Перес объявил о своем уходе с поста гендиректора Codelco. Чили продолжает "
     "переговоры с Перу, а Чили надеется на успех.", set(), {"state/CHL"}),
    ("Хуан Перес объявил о своем уходе с поста генерального директора Codelco. Чили "
     "продолжает переговоры с Перу, а Чили надеется на успех.", set(), {"state/CHL"}),
    ("Хуан Перес возглавит Codelco в апреле. Чили и Перу подписали соглашение, а Чили начала "
     "переговоры.", set(), {"state/CHL"}),
    ("Хуан Перес возглавит правительство в апреле. Чили и Перу подписали соглашение, а Чили "
     "начала переговоры.", {"state/CHL"}, set()),
    # a company's post, told after its holder came to work in a bank
    ("Педро Перес работал в банке «Интербанк» - в 2004 году он пришел в госбанк, а в 2007-м "
     "стал старшим вице-президентом. Перу и Чили подписали соглашение о сотрудничестве. Перу "
     "ведёт переговоры.", set(), {"state/PER"}),
    # must keep: a state's post in a text about one state, a state agency's head
    ("Педро Перес работал в банке «Интербанк», а в 2007-м стал министром финансов. Перу и Чили "
     "подписали соглашение о сотрудничестве. Перу ведёт переговоры.", {"state/PER"}, set()),
    ("Хуан Перес объявил о своем уходе с поста министра финансов. Чили продолжает переговоры "
     "с Перу, а Чили надеется на успех.", {"state/CHL"}, set()),
    ("Хуан Перес объявил о своем уходе с поста главы NASA. Конгресс США одобрил бюджет.",
     {"state/USA"}, set()),
    ("Министр финансов Анна Тамм покинет свой пост." + _AFTER, {"state/LVA"}, set()),
    ("Глава МИД Анна Тамм покинет свой пост." + _AFTER, {"state/LVA"}, set()),
    ("Член правления Центрального банка Чили Хуан Перес подал в отставку.", {"state/CHL"}, set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "must", "must_not"), CASES)
def test_a_board_post_of_a_body_takes_no_home_state(events, text, must, must_not) -> None:
    kinds = {"Resignation", "Appointment"}
    (event,) = [e for e in events(text, "2024-05-10") if e.kind in kinds]
    assert must <= set(event.participants)
    assert not must_not & set(event.participants)
