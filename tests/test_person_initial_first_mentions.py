"""A surname after an initial ("Х.Рамос" in a headline or a first mention) is the person
the text names in full with a first name of that initial, before or after it; and a
surname in "-ец" declined with its fleeting vowel dropped ("при аресте Смилянца") is the
one written "Смилянец" (forty-second pass, h-names74; sentences of our own about Chile,
Peru, Estonia, Latvia, Canada and Mexico). And a first name that reads as a woman's
nominative and a man's genitive before a foreign surname as written, apposed to a
nominative title, is hers in the nominative ("заявил лидер конгресса Файка аль-Саид")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction
from kg.resolve.name_forms import form_of


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the initial first, the full name after
        ("Х.Рамос прибыл в Лиму. Министр иностранных дел Чили Хорхе Рамос провёл "
         "переговоры с коллегой из Перу.", {"Хорхе Рамос"}),
        ("К.Мендоса: Перу не уступит Чили. Глава МИД Перу Карлос Мендоса заявил, что Лима "
         "не уступит. Мендоса добавил, что переговоры продолжатся.", {"Карлос Мендоса"}),
        # the full name first (as before)
        ("Посол Эстонии Андрес Каск прибыл в Ригу. Позже А.Каск встретился с премьером "
         "Латвии.", {"Андрес Каск"}),
        # must not: another initial is someone else
        ("Р.Мендоса прибыл в Сантьяго. Глава МИД Перу Карлос Мендоса остался в Лиме.",
         {"Мендоса", "Карлос Мендоса"}),
        # must not: two of that initial and surname, neither is meant
        ("К.Мендоса прибыл в Сантьяго. Карлос Мендоса и Клаудио Мендоса остались в Лиме.",
         {"Мендоса", "Карлос Мендоса", "Клаудио Мендоса"}),
    ],
)  # fmt: skip
def test_initial_is_the_full_name(
    run: Callable[[str], Extraction], text: str, names: set[str]
) -> None:
    assert person_names(run(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Адвокаты добиваются освобождения Дмитрия Смилянца, арестованного в Чили. При "
         "аресте Смилянца полиция изъяла ноутбук. Смилянец отрицает вину.",
         {"Дмитрий Смилянец"}),
        ("Эстонец Андрей Кравец задержан в Риге. Адвокат Кравца заявил, что Кравец "
         "невиновен.", {"Андрей Кравец"}),
    ],
)  # fmt: skip
def test_fleeting_vowel_joins(run: Callable[[str], Extraction], text: str, names: set[str]) -> None:
    assert person_names(run(text)) == names


def test_fleeting_vowel_form() -> None:
    assert form_of("Смилянца", "Смилянец")
    assert form_of("Смилянцем", "Смилянец")
    # must not: the stem alone is no form of it, nor another stem
    assert not form_of("Смилянц", "Смилянец")
    assert not form_of("Смилянка", "Смилянец")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("«Мы не допустим раскола», — заявил лидер Всеобщего народного конгресса Египта "
         "Файка аль-Саид, обвинив в срыве переговоров Турцию.", "Файка аль-Саид"),
        # must not: his surname declined is his genitive; a man's name alone stays his
        ("Визит лидера партии Мухаммеда аль-Саида в Анкару укрепил связи Египта и Турции.",
         "Мухаммед аль-Саид"),
        ("Посол Египта Никита Смит заявил, что Турция согласна.", "Никита Смит"),
    ],
)  # fmt: skip
def test_her_name_before_undeclined(run: Callable[[str], Extraction], text: str, name: str) -> None:
    assert person_names(run(text)) == {name}
