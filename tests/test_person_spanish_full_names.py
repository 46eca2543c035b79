"""A Spanish full name with a second first name and the mother's surname ("Рикардо Фройлан
Лагос Эскобар") is the person the text names by first name and father's surname ("Рикардо
Лагос") (names83, forty-fifth pass; own sentences about Chile, Peru, Mexico); another
first name stays another person."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import mention_persons

from kg.model import Extraction


def test_full_spanish_name_joins_the_short(run: Callable[[str], Extraction]) -> None:
    ex = run(
        "Бывший президент Чили Рикардо Лагос прибыл в Лиму. Рикардо Фройлан Лагос Эскобар "
        "родился в 1938 году в Сантьяго."
    )
    persons = mention_persons(ex)
    assert persons["Рикардо Фройлан Лагос Эскобар"] == persons["Рикардо Лагос"]


def test_other_first_name_stays_apart(run: Callable[[str], Extraction]) -> None:
    """must not: "Мигель Перес" is not "Хуан Карлос Перес Гарсия"."""
    ex = run(
        "Министр Перу Мигель Лагос прибыл в Мехико. Рикардо Фройлан Лагос Эскобар родился в "
        "1938 году в Сантьяго."
    )
    persons = mention_persons(ex)
    assert persons["Рикардо Фройлан Лагос Эскобар"] != persons["Мигель Лагос"]
