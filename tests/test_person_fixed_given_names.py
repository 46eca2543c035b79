"""Foreign first names that do not decline, and initials glued to a surname whose ending
tells its case (forty-ninth pass, h-names96 and h-names99; sentences of our own about
Ghana–Togo, Ghana–Nigeria, Malawi–Zambia, Portugal–Brazil, and Tatarstan's officials in a
Russia–Turkey story):
a first name the NEREL links table keeps unchanged beside a declined surname, or one that
reads in no case of the surname beside it, stays as written and opens the name natasha
tagged after it, also after a place whose case the tagger gives it; an oblique surname
after such a first name is the person the text names in the nominative; "-овой"/"-овым"
after initials and a man's first name read only as his genitive tell their case and sex.
Real genitives still normalise, and a lone surname after kin stays its own."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons, person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a first name the links table keeps unchanged, read as "Квама"'s dative
        ("Президент Того позвонил Кваме Аддо.", {"Кваме Аддо"}),
        # a compound given name opening the sentence, its fixed first word tagged a place
        ("Кваме Нана Аддо прибыл в Того.", {"Кваме Нана Аддо"}),
        # a first name whose reading agrees with no genitive beside it
        ("Визит Марселу Соузы в Бразилию завершился.", {"Марселу Соуза"}),
        ("Визит Марселу Ребелу ди Соузы в Бразилию завершился.", {"Марселу Ребелу ди Соуза"}),
        # initials glued to a surname the tagger reads in a case of its own
        ("Орден вручили Ю.Синдеевой.", {"Синдеева"}),
        ("Ю. Синдеевой вручили орден в Анкаре.", {"Синдеева"}),
        ("Министр Турции встретился с Н.Хайруллиным.", {"Хайруллин"}),
        ("Стихи, написанные А. Галимовым, прочли в Анкаре.", {"Галимов"}),
        # a man's first name read only as his genitive, the tagger's nominative aside
        ("Министр Турции принял Рашита Габдулвалеева.", {"Рашит Габдулвалеев"}),
        (
            "Заместителя премьер-министра Татарстана Рашита Габдулвалеева принял министр Турции.",
            {"Рашит Габдулвалеев"},
        ),
        # must-not: a foreign first name in "-а" beside a surname that shows no case is his
        # nominative, though the dictionary reads it as a genitive ("Раил")
        ("Его соперник Раила Одинга заявил о победе в Кении.", {"Раила Одинга"}),
        # must-nots: real genitives and instrumentals still normalise; a nominative "-овой"
        ("Встреча с Хуаном Кесадой прошла в Мадриде.", {"Хуан Кесада"}),
        ("Визит Ильи Петрова в Анкару завершился.", {"Илья Петров"}),
        ("Визит Анны Соузы в Бразилию завершился.", {"Анна Соуза"}),
        ("Визит Тони Петровой в Анкару завершился.", {"Тоня Петрова"}),
        ("Министр Турции принял Александра Петрова.", {"Александр Петров"}),
        ("Ю. Боровой заявил, что Турция поддержит Россию.", {"Боровой"}),
        ("Жена Петрова прибыла в Анкару.", {"Петров"}),
        ("Визит в Того Нана Аддо завершился.", {"Нана Аддо"}),
        # h-names99: a fixed first name read in the case of the place before it (natasha
        # tags it a name of its own, or the parser a noun: "воля")
        ("В Аккре Кваме Нана Аддо заявил, что Гана поддержит Нигерию.", {"Кваме Нана Аддо"}),
        ("В Лусаке Кваме Нана Аддо заявил, что Гана поддержит Замбию.", {"Кваме Нана Аддо"}),
        ("В Аккре Воле Нана Аддо заявил, что Гана поддержит Нигерию.", {"Воле Нана Аддо"}),
        ("В Абудже Воле Нана Аддо заявил, что Нигерия поддержит Гану.", {"Воле Нана Аддо"}),
        # must-nots: the place stays out; a declined first name in another case stays apart
        ("В Аккре Нана Аддо заявил, что Гана поддержит Нигерию.", {"Нана Аддо"}),
        ("В Кении Нана Аддо заявил, что Гана поддержит Нигерию.", {"Нана Аддо"}),
        ("В Лусаке Мария Банда заявила, что Замбия поддержит Малави.", {"Мария Банда"}),
        ("В Лусаке Анна Мария Банда заявила, что Замбия поддержит Малави.", {"Анна Мария Банда"}),
        ("В Лусаке Ивану Пётр Смирнов сказал о Малави.", {"Иван", "Пётр Смирнов"}),
    ],
)  # fmt: skip
def test_names(run: Callable[[str], Extraction], text: str, names: set[str]) -> None:
    assert person_names(run(text)) == names


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # an oblique surname after a first name that never declines: the nominative's person
        (
            "Президент Португалии позвонил Марселу Соузе. Марселу Соуза поблагодарил коллегу.",
            {"Марселу Соузе": "Марселу Соуза", "Марселу Соуза": "Марселу Соуза"},
        ),
        (
            "Министр Бразилии Марселу Соуза прибыл в Португалию. Президент Португалии принял"
            " Марселу Соузу.",
            {"Марселу Соуза": "Марселу Соуза", "Марселу Соузу": "Марселу Соуза"},
        ),
        (
            "Министр Ганы Кваме Аддо прибыл в Того. Президент Того позвонил Кваме Аддо.",
            {"Кваме Аддо": "Кваме Аддо"},
        ),
        # must-not: another first name is another man
        (
            "Министр Бразилии Жоау Соуза прибыл в Португалию. Президент Португалии позвонил"
            " Марселу Соузе.",
            {"Жоау Соуза": "Жоау Соуза", "Марселу Соузе": "Марселу Соузе"},
        ),
    ],
)  # fmt: skip
def test_one_person(run: Callable[[str], Extraction], text: str, persons: dict[str, str]) -> None:
    assert mention_persons(run(text)) == persons
