"""A title whose complement points back to a body named before ("лидером указанной партии",
"Лидер этой партии" after "партия «Апра»", "Партия реформ") serves that body, as "лидер
партии «Апра»" does; none where no body of that noun was named in the sentence or the two
before. Sentences of our own about Peru, Chile and Estonia (pass forty-six, h-offices55)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("Ранее входившая в коалицию партия «Апра» отказала президенту в поддержке. В свою очередь "
     "Хорхе дель Кастильо, который является лидером указанной партии, сообщил прессе, что готов "
     "бороться за пост премьера.", "Кастильо", {("лидер партии", "org/apra", False)}),
    ("В Эстонии прошли выборы. Победу одержала Партия реформ. Лидер этой партии Кая Каллас "
     "заявила, что Латвия остаётся союзником.", "Каллас",
     {("лидер партии", "org/partiya-reform", False)}),
    # must-nots: no body of that noun named before; a body named with its own name
    ("Партия «Апра» отказала президенту в поддержке. Глава этой компании Хорхе Перес сообщил "
     "прессе о сделке.", "Перес", set()),  # (no office of the party's, as before)
    ("Лидер партии «Апра» Хорхе дель Кастильо сообщил прессе, что готов бороться за пост "
     "премьера.", "Кастильо", {("лидер партии", "org/apra", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_body_pointed_back_to(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected


# A body named right before "во главе с" and a possessive before the title is the one it
# heads (review49 1a; own sentences).
HEADED = [
    ("Секта «Ветвь Давидова» во главе с её лидером Дэвидом Корешом укрылась на ранчо в Чили.",
     "Кореш", {("лидер", "org/vetv-davidova", False)}),
    ("Партия «Апра» во главе со своим лидером Хорхе Пересом покинула коалицию в Перу.", "Перес",
     {("лидер", "org/apra", False)}),
    # must-not: a body in the genitive of the noun headed ("Делегация МИД Перу") is not it;
    # the minister is Peru's by the text's one state (h-offices54's rule), not the MFA's head
    ("Делегация МИД Перу во главе с министром обороны Хорхе Пересом прибыла в Сантьяго.",
     "Перес", {("министр обороны", "state/PER", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), HEADED)
def test_a_body_headed_by(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
