"""A name of consonant + "-а" words after a title is a man's genitive only where its place
allows one (fix41, forty-first pass): after a woman's title, a feminine adjective or title
in the nominative, or as the subject, it is a woman's name in the nominative. Own sentences
about Chile–Peru, Egypt–Turkey, Canada–Mexico."""

from __future__ import annotations

import pytest
from fact_reads import mention_persons

NAMES = [
    # a woman's title, a feminine adjective, a nominative title: hers, as written
    ("Президент и первая леди Перу Мариана Лосада посетили Сантьяго.", "Мариана Лосада",
     "Мариана Лосада"),
    ("Бывшая глава МИД Чили Хулиана Авада заявила, что Лима готова к переговорам.",
     "Хулиана Авада", "Хулиана Авада"),
    ("Президент Египта и его супруга Мариана Лосада прибыли в Анкару.", "Мариана Лосада",
     "Мариана Лосада"),
    ("Министр туризма Мексики Хулиана Авада прибыла в Оттаву.", "Хулиана Авада",
     "Хулиана Авада"),
    # must not: a man's genitive after a genitive title stays his, under a woman's title too
    ("Пресс-секретарь министра обороны Чили Хуана Переса заявила, что Лима готова.",
     "Хуана Переса", "Хуан Перес"),
    ("Выставка художника Хуана Переса открылась в Лиме.", "Хуана Переса", "Хуан Перес"),
    ("Министр Египта передал письмо главы ВОЗ Тедроса Адханома Гебрейесуса президенту "
     "Турции.", "Тедроса Адханома Гебрейесуса", "Тедрос Адханом Гебрейесус"),
    ("Министр здравоохранения Чили встретился с делегацией главы ВОЗ Тедроса Гебрейесуса.",
     "Тедроса Гебрейесуса", "Тедрос Гебрейесус"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "written", "name"), NAMES)
def test_name(extraction, text: str, written: str, name: str) -> None:  # noqa: ANN001
    assert mention_persons(extraction(text, "2025-05-15")).get(written) == name
