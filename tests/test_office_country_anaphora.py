"""An office whose state a title gives as "страны" takes the country the text is about just
before it: the place its sentence, else the sentence before, is set in or goes to ("В
Эстонии …", "посетил Таллин"), else the one state named there; and a bare title of that
office again ("Действующий президент X") is the same row, not a second one of no state;
the one a successor replaced ("сменивший на посту премьер-министра страны Y") held it before.
Sentences of our own about other states (pass forty-one, h-misc41)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("Парламент Перу утвердил новое правительство. Премьер-министром стал Эрнесто Кальдерон, "
     "сменивший на посту премьер-министра страны Хорхе Мендосу.", "Кальдерон",
     {("премьер-министр", "state/PER", False)}),
    ("В Эстонии сформировано новое правительство. Нынешний министр иностранных дел страны "
     "Тоомас Линнамяги сохранил свой пост.", "Линнамяги",
     {("министр иностранных дел", "state/EST", False)}),
    # the visit's host, not the visitor's state named before it
    ("Министр обороны Латвии Андрис Спрудс посетил Таллин. В ходе визита он встретился с "
     "нынешним министром обороны страны Ханно Певкуром.", "Певкур",
     {("министр обороны", "state/EST", False)}),
    ("Министр иностранных дел Египта прибыл в Анкару. Его встретил нынешний министр "
     "иностранных дел страны Кемаль Аксой.", "Аксой",
     {("министр иностранных дел", "state/TUR", False)}),
    # a bare title of that office again is the same row
    ("Парламент Перу утвердил новое правительство. Премьер-министром страны стал Эрнесто "
     "Кальдерон. Действующий премьер-министр Кальдерон заявил, что Перу сохранит курс.",
     "Кальдерон", {("премьер-министр", "state/PER", False)}),
    ("В Чили прошли выборы. Действующий президент Хосе Контрерас, занимающий пост президента "
     "страны с 2022 года, признал поражение.", "Контрерас", {("президент", "state/CHL", False)}),
    # must-nots: a birthplace is not the country; two states before leave it open
    ("Министр финансов Мексики родился в Канаде. Нынешний министр финансов страны Рауль "
     "Торрес выступил в парламенте.", "Торрес", {("министр финансов", "state/MEX", False)}),
    ("Мексика и Канада подписали соглашение. Нынешний министр экономики страны Рауль Торрес "
     "выступил в парламенте.", "Торрес", {("министр экономики", "", False)}),
    # the one a successor replaced on the post held it before, not now
    ("Парламент выразил недоверие Эрнесто Кальдерону, сменившему на посту премьер-министра "
     "Перу Рауля Торреса.", "Торрес", {("премьер-министр", "state/PER", True)}),
    # must-not: the office's own state stands
    ("Президент Эквадора Даниэль Нобоа посетил Лиму. Действующий президент Нобоа заявил, что "
     "Эквадор поддержит Перу.", "Нобоа", {("президент", "state/ECU", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_a_country_told_as_strany(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
