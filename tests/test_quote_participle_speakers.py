"""Quoted words an active participle of saying takes ("X, назвавший договор «…»", "X,
пообещавший «…»", "X, заявивший, что «…»") are the words of the person the participle
qualifies, in its case ("встретился с сенатором Y, назвавшим …" is Y's, wherever the parse
hangs it); "как «…»" after a verb of saying is what it calls something, no title of the noun
before ("охарактеризовал закон как «…»"). Not a participle on a thing ("Доклад,
назвавший …"), a passive one ("Договор, названный X «…»"), a participle of no saying, nor
"известный как «…»" with no speaker (claims73)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from claim_runs import claim_rows

MACRON = "Президент Франции Эмманюэль Макрон"
HARD = "очень трудными, но полезными"
PLANES = "удвоить поставки самолётов в Индию"
BREAKTHROUGH = "прорывом для обеих стран"
TRADE = "торговля с Аргентиной удвоится за два года"
SHAME = "позор для всего континента"
LIARS = "партию лжецов и воров"
MILEI = "Президент Аргентины Хавьер Милей"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{MACRON}, назвавший переговоры с Индией «{HARD}», улетел в Париж.",
         [("Эмманюэль Макрон", HARD)]),
        (f"{MACRON}, пообещавший «{PLANES}», улетел в Париж.", [("Эмманюэль Макрон", PLANES)]),
        (f"Президент Бразилии Луис Инасиу Лула да Силва, заявивший, что «{TRADE}», покинул "
         "Буэнос-Айрес.", [("Луис Инасиу Лула да Силва", TRADE)]),
        # the parse hangs the instrumental participle on the subject: the case tells whose
        ("Премьер-министр Индии Нарендра Моди встретился с сенатором Франции Жаном Дюпоном, "
         f"назвавшим новый договор «{BREAKTHROUGH}».", [("Жан Дюпон", BREAKTHROUGH)]),
        # "как «…»": what a verb of saying calls a law or a party, no title of that noun
        (f"{MILEI} охарактеризовал новый бразильский закон как «{SHAME}».",
         [("Хавьер Милей", SHAME)]),
        (f"{MILEI} охарактеризовал правящую партию Бразилии как «{LIARS}».",
         [("Хавьер Милей", LIARS)]),
    ],
)  # fmt: skip
def test_words_a_participle_of_saying_takes_are_its_persons(said, text, expected):
    assert said(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # must-not: a thing's participle, a passive one, one of no saying, a bare "известный как"
        f"Доклад, назвавший переговоры с Индией «{HARD}», опубликован в Париже.",
        f"Договор, названный Макроном «{BREAKTHROUGH}», подписан в Дели.",
        f"{MACRON}, прилетевший в Индию «с важной миссией мира», встретился с Моди.",
        f"{MILEI} подписал закон, известный как «закон о защите суверенитета».",
        # "известный, как «…»" is a name even in a sentence of saying
        "Как заявил Хавьер Милей, он подпишет законопроект, более известный, как «закон о "
        "защите суверенитета».",
    ],
)
def test_no_speaker_from_a_participle_of_no_person_or_no_saying(said, text):
    assert said(text) == []


def test_a_participle_with_no_quoted_words_gives_no_speaker(analyse):
    """must-not: "говорящий на пяти языках" says no words; its sentence's figure has no
    speaker."""
    text = (
        "Президент Бразилии Луис Инасиу Лула да Силва, свободно говорящий на трёх языках — "
        "португальском, испанском и английском, — прибыл в Мадрид."
    )
    assert claim_rows(analyse, text, ("value", "speaker")) == [(Decimal(3), "")]
