"""A man's surname in "-л" after a vowel ("Паудьял", "Дахал", "Хальял") whose dative's
"-у" a first name before it shows ("президенту Непала Рамчандре Паудьялу", "послу Пакистана
Мухаммаду Хальялу") is read in the nominative; a first name in "-е" shows its dative as one
in "-у" does (seventy-second pass, h-agreements92: `foreign_surnames._lateral_dative`, `shown`
in `names.name_parts`). Sentences of our own; must-nots beside them: surnames that never
decline ("Моди", "Шойгу", "Нгуен Фу Чонг") and a surname's own "-у" after an accusative
first name ("Мусу Тинубу")."""

from __future__ import annotations

import pytest

from kg.model import Document


def person_names(analyse, text: str) -> set[str]:  # noqa: ANN001
    ctx = analyse(Document(id="t", text=text, date="2025-06-04"))
    return {e.name for e in ctx.entities.values() if e.key.startswith("person/")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Председатель КНР направила президенту Непала Рамчандре Паудьялу телеграмму.",
            "Рамчандра Паудьял",
        ),
        ("Министр вручил награду послу Пакистана Мухаммаду Хальялу.", "Мухаммад Хальял"),
        ("Министр вручил награду послу Непала Раджу Кумару Дахалу.", "Радж Кумар Дахал"),
        (
            "Министр передал послание премьер-министру Непала Пушпе Камалу Дахалу.",
            "Пушпа Камал Дахал",
        ),
    ],
)
def test_a_dative_in_lu_after_a_dative_first_name_declines(analyse, text: str, name: str) -> None:  # noqa: ANN001
    assert name in person_names(analyse, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Премьер-министр направил премьер-министру Индии Нарендре Моди поздравление.",
            "Нарендра Моди",
        ),
        ("Президент позвонил министру обороны Сергею Шойгу.", "Сергей Шойгу"),
        ("Президент направил телеграмму генеральному секретарю Нгуен Фу Чонгу.", "Нгуен Фу Чонг"),
        ("Президент Ганы принял Мусу Тинубу.", "Муса Тинубу"),
        ("Президент позвонил Раиле Одинге.", "Раила Одинга"),
        ("Министр передал послание министру Индии Амиту Шаху.", "Амит Шах"),
    ],
)
def test_an_undeclined_surname_stays(analyse, text: str, name: str) -> None:  # noqa: ANN001
    assert name in person_names(analyse, text)
