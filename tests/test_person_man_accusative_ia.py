"""A man's first name reads the same in the accusative and the genitive ("Луиса"); where the
tagger gives the accusative (a governed "в отставку" before it) and the surname beside it
ends "-ии" ("вместо ушедшего в отставку Луиса Гарсии"), the surname tells the genitive of
a name in "-ия": the man is "Луис Гарсия", not "Луис Гарсии" (own sentences about Peru,
Chile, Mexico, Canada)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "man"),
    [
        ("Посол Перу в Чили Педро Санчес был назначен министром обороны вместо ушедшего "
         "в отставку Луиса Гарсии.", "Луис Гарсия"),
        ("Министром финансов Мексики назначен Хорхе Ортис вместо отправленного в отставку "
         "Карлоса Эчеверрии.", "Карлос Эчеверрия"),
    ],
)  # fmt: skip
def test_his_genitive_ia(run: Callable[[str], Extraction], text: str, man: str) -> None:
    assert man in person_names(run(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the accusative's own "-ию" and a genitive without the governed noun stay as read
        ("Президент Чили назначил Луиса Гарсию министром обороны.", "Луис Гарсия"),
        ("Отставка Луиса Гарсии удивила Перу.", "Луис Гарсия"),
        # a Japanese surname's own "-ии" after a first name that does not decline
        ("Посол Японии Юкио Фудзии прибыл в Канаду.", "Юкио Фудзии"),
    ],
)  # fmt: skip
def test_other_forms_stay(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert name in person_names(run(text))
