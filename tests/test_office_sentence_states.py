"""A generic head's post of no state ("глава государства") a sentence gives a person is of
the one state that person's other title in the same sentence names ("Бывший вице-президент
Перу X занял пост главы государства": Peru's), and "предыдущий глава государства — Y" after
it held that post of that state before; a post of another state keeps its own, a person
given two states in the sentence gets neither, another post ("послом") none, and one who
"занимал пост президента" in the sentence of another state's president stays without one.
Sentences of our own (pass forty-five, h-offices50)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

TEXT = (
    "Бывший вице-президент Перу Хуан Перес занял пост главы государства в июле 2012 года, "
    "после того как скончался предыдущий глава государства — Карлос Мендоса."
)

CASES = [
    (TEXT, "Перес", {("глава государства", "state/PER", False),
                     ("вице-президент", "state/PER", True)}),
    (TEXT, "Мендоса", {("глава государства", "state/PER", True)}),
    ("Бывший премьер-министр Эстонии Кая Каллас заняла пост главы государства в 2024 году.",
     "Каллас", {("премьер-министр", "state/EST", True), ("глава государства", "state/EST", False)}),
    # must-nots: another state's post keeps its own; two states give none
    ("Бывший посол Канады Джон Смит стал советником президента Мексики.", "Смит",
     {("посол", "state/CAN", True), ("советник президента", "state/MEX", False)}),
    ("Президент Египта Ахмед Саид заявил, что предыдущий президент Турции Кемаль Аксой "
     "ошибался.", "Аксой", {("президент", "state/TUR", True)}),
    ("Посол Чили в Перу Хуан Перес, бывший министр иностранных дел Мексики, занял пост "
     "главы государства.", "Перес", {("посол", "state/CHL", False),
                                      ("министр иностранных дел", "state/MEX", True),
                                      ("глава государства", "", False)}),
    # must-not: a post not a generic head's keeps none of another title's state (the
    # convention of tests/test_office_unseen_news.py)
    ("Бывший министр обороны Египта Ахмед Саид стал послом в Турции.", "Саид",
     {("министр обороны", "state/EGY", True), ("посол", "", False)}),
    ("Президент Египта Ахмед Саид встретился с Кемалем Аксоем, который занимал пост "
     "президента.", "Аксой", {("президент", "", True)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_post_of_the_sentences_state(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
