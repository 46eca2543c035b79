"""One person under two forms of a name (names71; own sentences about Chile, Mexico,
Canada, Egypt, Jordan, Saudi Arabia): a double surname and its first half after the same
first name ("Эрнесто Фуэнтес Мансилья" … "Эрнесто Фуэнтес"), whose quotes are the long
form's; an Arabic name whose nasab is written "ибн", "бин" or "бен" and whose own name is
spelled with other vowels ("Мухаммед ибн Заид" … "Мохаммед бин Заид"). Not another first
name ("Хуан Карлос"), another own name ("Махмуд") nor another father."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Лидер оппозиции Чили Эрнесто Фуэнтес Мансилья прибыл в Лиму. «Мы готовы к "
         "диалогу», — сказал Эрнесто Фуэнтес.", {"Эрнесто Фуэнтес Мансилья"}),
        ("Кандидат в президенты Мексики Рикардо Анайя Кортес посетил Оттаву. Рикардо Анайя "
         "заявил, что Канада — важный партнёр.", {"Рикардо Анайя Кортес"}),
        ("Эрнесто Фуэнтес прибыл в Лиму. Позже Эрнесто Фуэнтес Мансилья встретился с "
         "министром.", {"Эрнесто Фуэнтес Мансилья"}),
        ("Министр Египта встретился с Мухаммедом ибн Заидом. Позже Мохаммед бин Заид "
         "вылетел в Анкару.", {"Мухаммед ибн Заид"}),
        ("Наследный принц Иордании Хусейн ибн Абдалла прибыл в Каир. Визит кронпринца "
         "Хусейна бин Абдаллы продлится два дня.", {"Хусейн ибн Абдалла"}),
        # must not: another first name, another own name, another father
        ("Кандидат Чили Мария Фуэнтес Мансилья прибыла в Лиму. Эрнесто Фуэнтес остался "
         "в Сантьяго.", {"Мария Фуэнтес Мансилья", "Эрнесто Фуэнтес"}),
        ("Министр Египта встретился с Махмудом ибн Заидом. Позже Мухаммед бин Заид "
         "вылетел в Анкару.", {"Махмуд ибн Заид", "Мухаммед бин Заид"}),
        ("Министр Египта встретился с Мухаммедом ибн Салманом. Позже Мохаммед бин Заид "
         "вылетел в Анкару.", {"Мухаммед ибн Салман", "Мохаммед бин Заид"}),
    ],
)  # fmt: skip
def test_one_person(run: Callable[[str], Extraction], text: str, expected) -> None:  # noqa: ANN001
    assert person_names(run(text)) == expected


def test_quote_of_the_short_form(run: Callable[[str], Extraction]) -> None:
    ex = run("Лидер оппозиции Чили Эрнесто Фуэнтес Мансилья прибыл в Лиму. «Мы готовы к "
             "диалогу», — сказал Эрнесто Фуэнтес.")  # fmt: skip
    names = {e.key: e.name for e in ex.entities}
    assert {names[q.speaker] for q in ex.facts["quotes"]} == {"Эрнесто Фуэнтес Мансилья"}
