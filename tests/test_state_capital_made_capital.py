"""A capital that is the object of making or calling it a capital ("признание Анкары
столицей", "Египет признал Каир столицей", "провозгласили Оттаву столицей") is the city
talked about, no mention of its state's government; a capital acting beside it, or the
state named after "столицей", stays a mention. Sentences of our own about other states,
with must-nots."""

from __future__ import annotations

import pytest
from fact_reads import capitals
from gazetteer_runs import shipped_reader


@pytest.fixture(scope="module")
def mentions():
    return shipped_reader()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Парламент обсудил признание Каира столицей Египта.", {}),
        ("Султан признал Анкару столицей новой республики.", {}),
        ("В 1857 году королева провозгласила Оттаву столицей.", {}),
        ("Лидеры спорят о признании Иерусалима столицей Израиля.", {}),
        # must not: a capital acting, or spoken to, beside it is the state
        ("Анкара признала решение Каира незаконным.",
         {"Анкара": "state/TUR", "Каира": "state/EGY"}),
        ("Каир ответил Анкаре нотой протеста.", {"Каир": "state/EGY", "Анкаре": "state/TUR"}),
    ],
)  # fmt: skip
def test_a_capital_made_a_capital_is_the_city(mentions, text: str, named: dict) -> None:
    assert capitals(text, mentions) == named
