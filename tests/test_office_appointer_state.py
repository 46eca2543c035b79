"""A post of no state the text gives one a person removes or appoints is of the state that
person serves, as the events give the removal the remover's state: "Перес уволил министра
финансов X", also through a gerund or an infinitive ("пытался смягчить кризис, уволив
…", "решила уволить …"). A post's own state stands; a passive's subject is the one
appointed; one who serves no state gives none. Sentences of our own (pass forty-five,
h-offices50)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("Президент Чили Хуан Перес встретился с журналистами. В понедельник Перес пытался "
     "смягчить кризис, уволив непопулярного министра финансов Андреса Веласко.", "Веласко",
     {("министр финансов", "state/CHL", True)}),
    ("Президент Египта Ахмед Саид выступил в парламенте. Саид уволил министра финансов "
     "Карима Хасана.", "Хасан", {("министр финансов", "state/EGY", True)}),
    ("Премьер-министр Эстонии Кая Каллас выступила в парламенте. Каллас решила уволить "
     "министра обороны Ханно Певкура.", "Певкур", {("министр обороны", "state/EST", False)}),
    # another state named in the text: the remover's, not the other
    ("Президент Мексики Андрес Лопес встретился с премьер-министром Канады. Лопес уволил "
     "министра финансов Рауля Торреса.", "Торрес", {("министр финансов", "state/MEX", True)}),
    ("Премьер-министр Латвии Кришьянис Кариньш посетил Таллин. Кариньш пытался смягчить "
     "кризис, уволив министра финансов Яниса Рейрса.", "Рейрс",
     {("министр финансов", "state/LVA", True)}),
    ("Президент Мексики Андрес Лопес прибыл в Оттаву. Лопес назначил министром финансов "
     "Рауля Торреса.", "Торрес", {("министр финансов", "state/MEX", False)}),
    # must-nots: the post's own state stands; a passive's subject is the one appointed;
    # one who serves no state gives none
    ("Президент Чили Хуан Перес прибыл в Лиму. Перес потребовал уволить министра финансов "
     "Перу Луиса Гомеса.", "Гомес", {("министр финансов", "state/PER", False)}),
    ("Президент Египта Ахмед Саид выступил в парламенте. Карим Хасан был назначен министром "
     "финансов.", "Хасан", {("министр финансов", "state/EGY", False)}),  # the document's
    ("Журналист Ахмед Саид уволил охранника Карима Хасана.", "Хасан",
     {("охранник", "", True)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_post_of_the_remover_or_appointer(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
