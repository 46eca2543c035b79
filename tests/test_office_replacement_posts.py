"""The post of one appointed where the text names it apart from the appointee: "освободил от
должности главы компании X и назначил на неё Y" (the post "на неё" points back to), "X ушёл в
отставку. Его заменит Y" (the post of the one Y replaces), as the events read the post of
that appointment; the appointer's state where the post names none (also the subject of the
verb of removing the appointing verb is joined to). Not a stand-in for one who stays ("X
заболел. На переговорах его заменит Y"), nor a denied appointment. A commander's title takes
its forces in the instrumental, words of its office since h-offices62, and their state up to
a rank after it ("командующий сухопутными войсками Эстонии генерал-майор X"). Sentences of
our own (pass forty-five, h-offices52)."""

from __future__ import annotations

import pytest
from test_office_holders import holdings_of

CASES = [
    ("Президент Чили Хуан Перес освободил от должности главы государственной нефтяной "
     "компании ENAP Андреса Сото и назначил на неё Рауля Эскобара.", "Эскобар",
     {("глава государственной нефтяной компании", "org/enap", False)}),
    ("Президент Египта Ахмед Саид освободил от должности главы Суэцкого канала Карима Хасана "
     "и назначил на неё Мухаммеда Фарука.", "Фарук",
     {("глава суэцкого канала", "state/EGY", False)}),
    ("Министр финансов Египта Карим Хасан ушёл в отставку. Его заменит Мухаммед Фарук.",
     "Фарук", {("министр финансов", "state/EGY", False)}),
    # a commander's title past its forces in the instrumental and its state, before a rank
    ("В понедельник в запас уволен командующий сухопутными войсками Эстонии генерал-майор "
     "Мартин Херем. Его заменит генерал-лейтенант Вейко Палм.", "Палм",
     {("командующий сухопутными войсками", "state/EST", False)}),
    ("Командующий армией Латвии генерал-майор Янис Рейрс посетил Таллин.", "Рейрс",
     {("командующий армией", "state/LVA", False)}),
    # the one removed keeps his past post
    ("Президент Египта Ахмед Саид освободил от должности главы Суэцкого канала Карима Хасана "
     "и назначил на неё Мухаммеда Фарука.", "Хасан",
     {("глава суэцкого канала", "state/EGY", True)}),
    # must-nots: a stand-in for one who stays; a denied appointment
    ("Министр обороны Перу Хорхе Чавес заболел. На переговорах его заменит Луис Гомес.",
     "Гомес", set()),
    ("Президент Мексики Андрес Лопес освободил от должности министра финансов Рауля Торреса и "
     "не назначил на неё Хосе Рамиреса.", "Рамирес", set()),
    # an appointment that names its post keeps it
    ("Премьер-министр Латвии Кришьянис Кариньш уволил министра обороны Артиса Пабрикса и "
     "назначил министром обороны Яниса Гарисонса.", "Гарисонс",
     {("министр обороны", "state/LVA", False)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_the_appointees_post(extraction, text, surname, expected) -> None:  # noqa: ANN001
    assert holdings_of(extraction(text, "2025-03-10"), surname) == expected
