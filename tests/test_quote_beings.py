""" "Женщина рассказала", "Жительница Чили рассказала:" describe again the person the text
has named as a subject (epithets.tsv, `_being`), of the noun's gender and, with a state's
genitive, of that state; a modifier, a relative clause, a town's genitive or a plural bring
in someone new (quotes, forty-second pass, our own sentences)."""

from __future__ import annotations

import pytest

ROJAS = "28-летняя чилийка Каролина Рохас стала лицом туристической кампании Перу.\n\n"
DREAM = "Я давно мечтала увидеть Мачу-Пикчу своими глазами."
SCHULZ = (
    "28-летняя немка Мартина Шульц сфотографировалась в образе героини мексиканского сериала.\n\n"
)
HEROINE = "Я думаю, что из меня получилась очень красивая героиня."
QUESADA = "Мария Кесада получила гражданство Чили в возрасте 101 года.\n\n"
HAPPY = "очень счастлива стать гражданкой Чили"
ORTIZ = "Мексиканец Хорхе Ортис стал самым пожилым жителем Канады.\n\n"
TORONTO = "Я переехал в Торонто в 1950 году"
TAMM = "Эстонка Кадри Тамм выиграла конкурс в Риге.\n\n"
KNOW = "Мы все её знаем и любим"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (ROJAS + f"Жительница Чили рассказала:\n{DREAM}", [("Каролина Рохас", DREAM)]),
        (SCHULZ + f"Жительница Германии рассказала:\n{HEROINE}", [("Мартина Шульц", HEROINE)]),
        (QUESADA + f"Женщина рассказала журналистам, что «{HAPPY}».", [("Мария Кесада", HAPPY)]),
        (ORTIZ + f"Мужчина рассказал:\n«{TORONTO}».", [("Хорхе Ортис", TORONTO)]),
        # must-not: her title names the people of another state
        (ROJAS + f"Жительница Перу рассказала:\n{DREAM}", []),
        # must-not: a man's noun for a woman named
        ("Мексиканка Анна Ортис стала самой пожилой жительницей Канады.\n\n"
         f"Мужчина рассказал:\n«{TORONTO}».", []),
        # must-not: a modifier, a relative clause, a town, a plural: someone new
        (TAMM + f"Местная жительница рассказала: «{KNOW}».", []),
        (TAMM + "Другая женщина рассказала, что «давно так не смеялась на концерте».", []),
        (TAMM + f"Женщина, которая пришла на концерт, рассказала: «{KNOW}».", []),
        (TAMM + f"Жительница Риги рассказала: «{KNOW}».", []),
        (TAMM + f"Женщины рассказали: «{KNOW}».", []),
    ],
)  # fmt: skip
def test_a_being_noun_is_the_person_named(said, text, expected):
    assert said(text) == expected
