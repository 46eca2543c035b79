"""A one-word state name that is also a pronoun ("Того"): the state where it is capitalised
inside a sentence or opens one before "и" and a place; the pronoun otherwise."""

from __future__ import annotations

import pytest

from kg.model import Document


@pytest.mark.parametrize(
    ("text", "togo"),
    [
        ("Кроме того, Того получит кредит от Франции.", True),
        ("Франция выделит Того кредит на дороги.", True),
        ("Нигерия поддержала Того в споре с Буркина-Фасо.", True),
        ("Того и Бенин подписали соглашение о границе.", True),
        # the pronoun: lower case, a sentence's or a quote's first word
        ("Для того чтобы Нигер вернулся, Мали предложила переговоры.", False),
        ("Того и гляди, Бенин закроет границу.", False),
        ("Того, что сказал Бенин, Нигеру мало.", False),
        ("Он сказал: «Того, кто нарушит договор, накажут». Бенин согласился.", False),
    ],
)  # fmt: skip
def test_togo_where_capitalised_as_a_name(analyse, text, togo):
    ctx = analyse(Document(id="t", text=text, date=""))
    assert ("state/TGO" in {m.entity for m in ctx.mentions}) is togo
