"""A city glued before a name, a law's eponym in the genitive and a surname after an academic
abbreviation, on sentences of our own about Brazil–Argentina, France–Algeria,
Poland–Lithuania, Austria–Hungary (forty-ninth pass, h-names98).

A hyphenated city the gazetteer knows, after a post's noun and before a name whose first
name the dictionary lacks, is the post's place, not the name's first word ("мэра
Сан-Паулу Фернанду Аддада"); a surname alone in "-ской"/"-овой" right after a law's noun
is a woman's genitive, labelled in her nominative ("поправку Ковальской" → Ковальская); a
surname after "проф.", "д. м. н.", "с. н. с." is in the case of the abbreviation (in
apposition to it), found where natasha left it untagged, and the abbreviation no name;
initials before a surname's particle ("П. да Кошта") join the name."""

from __future__ import annotations

import pytest

PERSONS = [
    # a hyphenated city after a post's noun: the post's place, in any case of the title
    ("Бывшего мэра Сан-Паулу Фернанду Аддада выдвинули кандидатом в Бразилии.",
     {"Фернанду Аддад"}),
    ("Мэр Сан-Паулу Фернанду Аддад встретился с послом Аргентины.", {"Фернанду Аддад"}),
    ("Встреча с губернатором Рио-де-Жанейро Педру Пауэлу прошла в Аргентине.",
     {"Педру Пауэлу"}),
    # a law's eponym in "-ской"/"-овой": her nominative
    ("Сейм обсуждал поправку Ковальской о границе с Литвой.", {"Ковальская"}),
    ("Депутаты Литвы спорили о законе Ковальской.", {"Ковальская"}),
    ("Поправка Петровой касается торговли Польши с Литвой.", {"Петрова"}),
    # must not: a first name after a city stays the person's, the city no word of it
    ("В Сан-Паулу Лула заявил о поддержке Аргентины.", {"Луис Инасиу Лула да Силва"}),
    # must not: a hyphenated first name after a post's noun is the name's
    ("Президент Франции Жан-Поль Дюбуа прибыл в Алжир.", {"Жан-Поль Дюбуа"}),
    # must not: a post's city with no name after it names no one
    ("Мэра Москвы пригласили на форум в Алжир.", set()),
    # must not: a man's genitive after a law's noun stays his
    ("Сейм принял закон Ковальского о границе с Литвой.", {"Ковальский"}),
    # a surname after an academic abbreviation: the abbreviation's case, the man's nominative
    ("По словам д. м. н. Петрова, Польша закупила вакцины.", {"Петров"}),
    ("По данным к. э. н. А. Сидорова, Польша закупила газ.", {"Сидоров"}),
    ("По мнению проф. Смирнова, Франция и Алжир договорились.", {"Смирнов"}),
    ("По мнению акад. Орлова, Австрия и Венгрия сблизились.", {"Орлов"}),
    ("По словам м. н. с. Козлова, Австрия и Венгрия договорились.", {"Козлов"}),
    ("Он встретился с доц. Петровым в Алжире.", {"Петров"}),
    ("Проф. А. Сидоров заявил, что Литва права.", {"Сидоров"}),
    ("Учёный Андрей Петров выступил в Литве. По словам д. м. н. Петрова, Польша закупила "
     "вакцины.", {"Андрей Петров"}),
    # must not: her oblique form, her nominative, her verb stay hers
    ("Доклад проф. Смирновой о Франции опубликован.", {"Смирнова"}),
    ("Об этом сообщила проф. Иванова, эксперт по Австрии.", {"Иванова"}),
    ("Проф. Петрова заявила, что Франция права.", {"Петрова"}),
    ("Доклад с. н. с. Ивановой о Литве опубликован.", {"Иванова"}),
    # initials before a surname's particle natasha left out join the name in full
    ("П. да Кошта заявил, что Аргентина права. Экономист Педро да Кошта выступил в "
     "Бразилии.", {"Педро да Кошта"}),
    ("Я. ван дер Берг заявил, что Польша права. Депутат Ян ван дер Берг выступил в "
     "Брюсселе.", {"Ян ван дер Берг"}),
    # must not: another initial of one surname stays another person
    ("Экономист Педро да Кошта выступил в Бразилии. П. да Кошта заявил, что Аргентина "
     "права. А. да Кошта не согласился.", {"Педро да Кошта", "да Кошта"}),
    # must not: "да" as a word is no particle of a name
    ("Да, он согласился с президентом Польши.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), PERSONS)
def test_person_city_and_law_names(extraction_of, text: str, names: set[str]) -> None:
    """Each person's label, no place glued to it and no oblique case left in it."""
    got = {e.name for e in extraction_of(text, "2024-05-02").entities if e.type == "Person"}
    assert got == names


def test_city_post_keeps_its_state(extraction_of) -> None:
    """The mayor's post a glued city named serves the city's state."""
    text = "Мэр Сан-Паулу Фернанду Аддад встретился с послом Аргентины."
    extraction = extraction_of(text, "2024-05-02", "offices")
    holders = {e.key: e.name for e in extraction.entities if e.type == "Person"}
    got = {
        (holders.get(h.person), h.office, h.state)
        for h in extraction.facts["offices"]
        if hasattr(h, "office")
    }
    assert ("Фернанду Аддад", "мэр", "state/BRA") in got
