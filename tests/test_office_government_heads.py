"""A state's head of government by another name than the gazetteer's is its one office: the
chairman of a state's Council or Cabinet of Ministers and the "председатель правительства"
hold the gazetteer's "премьер-министр" term covering the date, "федеральный канцлер" is
"канцлер"; a ministry's head named with its field is its minister (fifty-fifth pass,
h-names114; own sentences about Italy, Ukraine, Belarus, Austria, Germany, Czechia,
Slovakia, Estonia, Moldova, Lithuania, Lebanon, the USSR)."""

from __future__ import annotations

import pytest

from kg.model import Extraction


def holdings(ex: Extraction, surname: str) -> set[tuple[str, str, str]]:
    """Every holding of the person of that surname, the gazetteer's too, as (office, state,
    start)."""
    names = {e.key: e.name.split()[-1] for e in ex.entities}
    return {(h.office, h.state, h.start) for h in ex.facts["offices"] if names[h.person] == surname}


GOVERNMENT_HEADS = [
    ("Председатель Совета министров Италии Джорджа Мелони прибыла в Мадрид на переговоры.",
     "2025-10-01", "Мелони", {("премьер-министр", "state/ITA", "2022-10-22")}),
    ("Председатель правительства Италии Джорджа Мелони прибыла в Мадрид на переговоры.",
     "2025-10-01", "Мелони", {("премьер-министр", "state/ITA", "2022-10-22")}),
    ("Председатель Кабинета министров Украины Юлия Свириденко прибыла в Варшаву.",
     "2025-10-01", "Свириденко", {("премьер-министр", "state/UKR", "2025-07-17")}),
    ("Глава Совета министров Белоруссии Роман Головченко прибыл в Ереван.",
     "2023-03-01", "Головченко", {("премьер-министр", "state/BLR", "2020-06-04")}),
    ("Председатель Совета министров Белоруссии Вячеслав Кебич прибыл в Москву.",
     "1993-02-01", "Кебич", {("премьер-министр", "state/BLR", "1990-04-03")}),
    ("Федеральный канцлер Германии Олаф Шольц прибыл в Варшаву.",
     "2023-03-01", "Шольц", {("канцлер", "state/DEU", "2021-12-08")}),
    # no gazetteer term: the text's office, "федеральный" no word of it
    ("Федеральный канцлер Австрии Кристиан Штокер прибыл в Прагу.",
     "2025-10-01", "Штокер", {("канцлер", "state/AUT", "")}),
    # must not: no term covering the date, a historic state's chairman, another council's
    ("Глава Совета министров Белоруссии Роман Головченко прибыл в Ереван.",
     "2025-10-01", "Головченко", {("председатель совета министров", "state/BLR", ""),
                                  ("премьер-министр", "state/BLR", "2020-06-04")}),
    ("Председатель Совета министров Ливана Наваф Салам прибыл в Дамаск.",
     "2025-10-01", "Салам", {("председатель совета министров", "state/LBN", "")}),
    ("В 1970 году председатель Совета министров СССР Алексей Косыгин посетил Индию.",
     "2025-10-01", "Косыгин", {("председатель совета министров", "state/SUN", "")}),
    # a chamber's chair is no head of government: the gazetteer's chair (h-names115)
    ("Председатель Совета Федерации Валентина Матвиенко прибыла в Минск.",
     "2025-10-01", "Матвиенко", {("председатель Совета Федерации", "state/RUS", "2011-09-21")}),
    ("Глава государства Ильхам Алиев прибыл в Анкару.",
     "2025-10-01", "Алиев", {("президент", "state/AZE", "2003-10-31"),
                             ("премьер-министр", "state/AZE", "2003-08-04")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "surname", "expected"), GOVERNMENT_HEADS)
def test_office_government_heads(
    extraction_of, text: str, date: str, surname: str, expected: set
) -> None:
    """A head of government's other name is the gazetteer's office, dated by its term."""
    assert holdings(extraction_of(text, date, "offices"), surname) == expected


MINISTRY_HEADS = [
    ("Глава Министерства обороны Чехии Яна Черношова посетила Братиславу.",
     "Черношова", {("министр обороны", "state/CZE", "")}),
    ("Руководитель Министерства финансов Словакии Ладислав Каминский прибыл в Вену.",
     "Каминский", {("министр финансов", "state/SVK", "")}),
    ("Глава Министерства иностранных дел Эстонии Маргус Цахкна прибыл в Ригу.",
     "Цахкна", {("министр иностранных дел", "state/EST", "")}),
    ("Глава Министерства цифрового развития Эстонии Лийза Пакоста прибыла в Хельсинки.",
     "Пакоста", {("министр цифрового развития", "state/EST", "")}),
    ("Руководитель Министерства иностранных дел и европейской интеграции Молдавии Михай "
     "Попшой прибыл в Бухарест.",
     "Попшой", {("министр иностранных дел и европейской интеграции", "state/MDA", "")}),
    ("Руководитель МИД Литвы Кястутис Будрис прибыл в Варшаву.",
     "Будрис", {("министр иностранных дел", "state/LTU", "")}),
    # must not: a department's head is no minister; a ministry of no field named stays
    ("Глава департамента Министерства обороны Чехии Ян Новак посетил Братиславу.",
     "Новак", {("глава департамента Министерства обороны", "state/CZE", "")}),
    ("Глава министерства Ян Новак посетил Братиславу.",
     "Новак", {("глава министерства", "", "")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), MINISTRY_HEADS)
def test_office_ministry_heads(extraction_of, text: str, surname: str, expected: set) -> None:
    """A ministry's head named with its field holds its minister's office."""
    assert holdings(extraction_of(text, "2025-10-01", "offices"), surname) == expected
