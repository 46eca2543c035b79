"""An act on a person told by a passive verb with no subject at all is of the person the
sentence before has as its subject, where the verb's gender fits ("Мишель Бачелет родилась в
Сантьяго. Во время диктатуры Пиночета была арестована"). Forty-seventh pass, sentences of our
own (Chile–Peru), with must-not cases."""

from __future__ import annotations

import pytest
from fact_reads import of_kind


@pytest.mark.parametrize(
    "text",
    [
        "В 1975 году Мишель Бачелет жила в Сантьяго. Во время диктатуры Пиночета была арестована.",
        "Мишель Бачелет родилась в Сантьяго. В 1975 году была арестована вместе с матерью.",
    ],
)
def test_the_subject_before_is_arrested(events, text: str) -> None:
    (arrest,) = of_kind(events(text), "Arrest")
    assert arrest.participants[0].startswith("person/mishel-bachelet")


@pytest.mark.parametrize(
    "text",
    [
        # another gender: not her
        "Мишель Бачелет родилась в Сантьяго. Во время диктатуры Пиночета был арестован.",
        # a subject of its own
        "Президент Чили Габриэль Борич прибыл в Лиму. Был арестован гражданин Чили.",
    ],
)
def test_no_one_else_is_arrested(events, text: str) -> None:
    for arrest in of_kind(events(text), "Arrest"):
        named = ("person/mishel", "person/gabriel")
        assert not any(p.startswith(named) for p in arrest.participants)
