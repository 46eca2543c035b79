"""Lines "Name: title" listing who is who are no transcript: a name, a colon and only an
office with its genitive ("Ли Мин: глава делегации Китая.") say nothing, while a real
turn's greeting or a title followed by speech is said."""

from __future__ import annotations

import pytest
from fact_reads import quoted_texts

# (lines, a quote kg must read from them; "": none at all)
CASES = [
    ("В состав делегаций вошли:\nХакан Фидан: глава делегации Турции.\n"
     "Бадр Абдель Ати: глава делегации Египта.\n", ""),
    ("Список участников:\nХакан Фидан: советник президента Турции\n"
     "Бадр Абдель Ати: посол Египта в Турции\n", ""),
    ("Хакан Фидан: министр иностранных дел Турции.\nСамех Шукри: министр иностранных дел "
     "Египта.\n", ""),
    # must keep: a greeting, an exclamation, a title followed by speech
    ("Эммануэль Макрон: Добрый день, уважаемые коллеги!\nНарендра Моди: Спасибо, господин "
     "президент. Мы рады вас видеть.\n", "Добрый день, уважаемые коллеги!"),
    ("Хакан Фидан: Министр иностранных дел Египта! Рады вас видеть.\nСамех Шукри: Спасибо, "
     "коллега. Мы готовы к работе.\n", "Министр иностранных дел Египта! Рады вас видеть."),
    ("Хакан Фидан: Мы рады гостям из Египта.\nСамех Шукри: Глава делегации Египта "
     "благодарит хозяев.\n", "Глава делегации Египта благодарит хозяев."),
    # ... and an address: its word or, after a comma, a second address to many, with the
    # speech it opens (an address alone is a courtesy opening, no quote: fifty-ninth pass,
    # h-relations57, tests/test_quote_turn_reports.py)
    ("Хакан Фидан: Уважаемый министр иностранных дел Египта, дорогие коллеги. Начнём.\nСамех "
     "Шукри: Спасибо, коллега. Мы готовы к работе.\n",
     "Уважаемый министр иностранных дел Египта, дорогие коллеги. Начнём."),
    ("Ретно Марсуди: Дорогой министр иностранных дел Малайзии. Рада встрече.\nСаифуддин "
     "Абдулла: Спасибо. Мы рады встрече.\n",
     "Дорогой министр иностранных дел Малайзии. Рада встрече."),
    ("Ретно Марсуди: министр иностранных дел Малайзии, друзья. Начнём.\nСаифуддин Абдулла: "
     "Спасибо. Мы рады встрече.\n", "министр иностранных дел Малайзии, друзья. Начнём."),
    # must not: two titles of one person apposed are still a list line
    ("Ретно Марсуди: министр иностранных дел Индонезии, глава делегации.\nСаифуддин "
     "Абдулла: министр иностранных дел Малайзии.\n", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "said"), CASES)
def test_a_list_of_titles_is_no_speech_a_turn_is(analyse, text: str, said: str) -> None:
    texts = quoted_texts(analyse, text)
    assert said in texts if said else texts == []
