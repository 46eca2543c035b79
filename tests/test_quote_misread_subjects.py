"""A surname the tagger reads as a common word ("Милей" as "миля" in the instrumental) is
still the subject of the verb of saying after it: the words are his, not those of the last
person the text made a subject (quotes30)."""

from __future__ import annotations

import pytest

CHILE = "Президент Чили Габриэль Борич принял в Сантьяго президента Аргентины Хавьера Милея. "
BRAZIL = (
    "Президент Бразилии Луис Инасиу Лула да Силва провел переговоры с президентом Аргентины "
    "Хавьером Милеем. "
)
WORDS = "«Наши страны должны вместе строить газопровод через Анды»"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (CHILE + f"Милей, в свою очередь, отметил: {WORDS}.",
         [("Хавьер Милей", "Наши страны должны вместе строить газопровод через Анды")]),
        (CHILE + f"Милей в ответ сказал: {WORDS}.",
         [("Хавьер Милей", "Наши страны должны вместе строить газопровод через Анды")]),
        (BRAZIL + f"Милей также заявил: {WORDS}.",
         [("Хавьер Милей", "Наши страны должны вместе строить газопровод через Анды")]),
        # must-not: the surname in an oblique case is no subject
        (BRAZIL + f"О встрече с Милеем бразильский президент сказал: {WORDS}.",
         [("Луис Инасиу Лула да Силва", "Наши страны должны вместе строить газопровод через "
                                        "Анды")]),
    ],
)  # fmt: skip
def test_a_misread_surname_is_the_subject(said, text, expected):
    assert said(text) == expected
