"""A headline's signing of two states told again in the body as their companies' is one
signing; those in whose presence a signing's ceremony is held take part in it (seventieth
pass, h-events265).

Headline "Бразилия и Аргентина подписали контракт на …" above "Государственная компания X и
аргентинская Y подписали в четверг в Буэнос-Айресе контракт на …": one Signing, the body's
label, day and place (h-events261 folded a body naming the same two states only, here only
Argentina).
"Церемония подписания прошла в присутствии президента Аргентины X" joins X and Argentina, as
"На ней присутствовали X" does (h-events262). Must-nots: two contracts in the body, a body
naming a third state; a witness of the signing verb
("подписали … в присутствии X", h-events260). Sentences of our own about other pairs."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2026-03-12"
_HEAD = "Бразилия и Аргентина подписали контракт на строительство ГЭС «Гарабí»\n\n"
_CITY = "БУЭНОС-АЙРЕС, 12 марта. "
_BODY = (
    "Государственная компания Eletrobras и аргентинская Enarsa подписали в четверг в "
    "Буэнос-Айресе контракт на строительство двух турбин гидроэлектростанции «Гарабí»."
)
_ONE = "Подписание контракта на строительство двух турбин гидроэлектростанции «Гарабí»"

# text, the Signings' labels
CASES = [
    (_HEAD + _CITY + _BODY, [_ONE]),
    ("Египет и Тунис подписали соглашение о поставках газа\n\nКАИР, 12 марта. Компания EGAS "
     "и тунисская STEG подписали в четверг в Каире соглашение о поставках "
     "сжиженного природного газа.",
     ["Подписание соглашения о поставках сжиженного природного газа"]),
    # must-nots: two contracts in the body; a third state
    (_HEAD + _CITY + "Бразильская компания Eletrobras и аргентинская Enarsa подписали в "
     "четверг в Буэнос-Айресе контракт на строительство плотины и контракт на поставку турбин.",
     ["Подписание контракта на строительство ГЭС «Гарабí»",
      "Подписание контракта на строительство плотины и контракта на поставку турбин"]),
    (_HEAD + _CITY + "Бразильская компания Eletrobras и французская EDF подписали в четверг в "
     "Буэнос-Айресе контракт на строительство двух турбин гидроэлектростанции «Гарабí».",
     ["Подписание контракта на строительство ГЭС «Гарабí»", _ONE]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "labels"), CASES)
def test_a_headline_signing_told_as_companies_is_one(events, text: str, labels: list[str]) -> None:
    assert sorted(e.label for e in of_kind(events(text, _DAY), "Signing")) == sorted(labels)


def test_the_one_signing_has_the_body_day_place_and_states(events) -> None:
    (signing,) = of_kind(events(_HEAD + _CITY + _BODY, _DAY), "Signing")
    assert (signing.date, signing.location) == (_DAY, "Буэнос-Айрес")
    assert {"state/BRA", "state/ARG"} <= set(signing.participants)


_WITNESSED = (
    "Министр энергетики Бразилии Алешандре Силвейра и министр экономики Аргентины Луис Капуто "
    "подписали в четверг соглашение о поставках газа в присутствии президента Аргентины "
    "Хавьера Милея."
)

# text, who takes part in the signing, who does not
PRESENT = [
    (f"{_CITY}{_BODY} Церемония подписания прошла в присутствии президента Аргентины Хавьера "
     "Милея и министра энергетики Бразилии Алешандре Силвейры.",
     {"person/javier-milei", "person/aleshandre-silveyra"}, set()),
    (f"{_CITY}{_BODY} Церемония подписания состоялась в присутствии президента Аргентины "
     "Хавьера Милея.", {"person/javier-milei"}, set()),
    (f"{_CITY}{_BODY} Церемония прошла в присутствии министра энергетики Бразилии Алешандре "
     "Силвейры.", {"person/aleshandre-silveyra"}, set()),
    # must-not: a witness of the signing verb (h-events260)
    (_WITNESSED, {"person/aleshandre-silveyra"}, {"person/javier-milei"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "present", "absent"), PRESENT)
def test_those_present_at_the_ceremony_take_part(
    events, text: str, present: set, absent: set
) -> None:
    (signing,) = of_kind(events(text, _DAY), "Signing")
    assert present <= set(signing.participants)
    assert not absent & set(signing.participants)
