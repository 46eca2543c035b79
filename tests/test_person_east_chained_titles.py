"""An East-Asian name after a title whose last words are the genitives of the body it
serves ("генеральным секретарём ЦК партии Вьетнама …") takes the title's case though the
parse hangs it on no title or on a genitive of the chain; a genitive title's name in the
genitive is read so; a name natasha tagged as a place, met with "с", is a person; a
one-letter last syllable before the sentence's stop stays in the name ("с Пак Сон Ю.").
Own sentences about Vietnam–Laos, Singapore–Malaysia, Korea–Japan. Must-nots: a nominative
whose last syllable ends like a case ending ("Цзяньчжу", "Зьем"), a name after the kin of
a genitive title, a Russian surname, a place a border is with, Russian initials."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        # an instrumental title, the name in a clause of its own in the parse
        ("Президент Лаоса был принят генеральным секретарём ЦК Коммунистической партии "
         "Вьетнама Ле Ван Ламом.", "Ле Ван Лам", "Ле Ван Ламом"),
        ("Премьер Лаоса был принят генеральным секретарём ЦК партии Во Ламом.", "Во Лам",
         "Во Ламом"),
        # "До" read as a preposition, the name as the title's modifier
        ("Делегация Лаоса была принята председателем Центрального комитета Отечественного "
         "фронта Вьетнама До Ван Тьеном.", "До Ван Тьен", "До Ван Тьеном"),
        # hung on the minister, the deputy's case
        ("Министр Японии встретился с заместителем министра иностранных дел Республики "
         "Корея Ким Сон Хуном.", "Ким Сон Хун", "Ким Сон Хуном"),
        # a genitive title's name in the genitive
        ("Визит в Лаос генерального секретаря ЦК партии Вьетнама Фам Ван Лама завершился.",
         "Фам Ван Лам", "Фам Ван Лама"),
        # must-nots: nominatives ending like a case ending
        ("Премьер Малайзии направил письмо заместителю председателя парламента Сингапура "
         "Лю Цзяньчжу.", "Лю Цзяньчжу", "Лю Цзяньчж"),
        ("Посол Лаоса был принят президентом Южного Вьетнама Нго Динь Зьем.",
         "Нго Динь Зьем", "Нго Динь Зьь"),
        ("Министр Японии встретился с председателем Национального собрания Республики "
         "Корея Ким Ён Чхолем.", "Ким Ён Чхоль", "Ким Ён Чхолем"),
        # must-not: the kin of a genitive title, in the nominative
        ("Сын генерального секретаря ЦК партии Вьетнама Фам Ван Лам приехал в Лаос.",
         "Фам Ван Лам", "Фам Ван Ла"),
        # must-not: a Russian surname after a chained title
        ("Министр Малайзии был принят первым секретарём посольства Сингапура Петром "
         "Смирновым.", "Пётр Смирнов", "Петром Смирновым"),
    ],
)  # fmt: skip
def test_name(run: Callable[[str], Extraction], text: str, name: str, not_name: str) -> None:
    names = person_names(run(text))
    assert name in names
    assert not_name not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Встреча с Во Ламом прошла в Ханое.", "Во Лам"),
        ("Встреча премьера Лаоса с Во Ламом прошла в Ханое.", "Во Лам"),
        ("Премьер Лаоса провёл в Ханое переговоры с Во Ламом.", "Во Лам"),
        ("Президент Лаоса встретился с Во Ламом.", "Во Лам"),
    ],
)
def test_met_with(run: Callable[[str], Extraction], text: str, name: str) -> None:
    """A run of syllables natasha tagged as a place, met with "с", is a person."""
    assert person_names(run(text)) == {name}


@pytest.mark.parametrize(
    "text", ["Граница с Ха Намом закрыта.", "Граница Лаоса с Ха Намом закрыта."]
)
def test_place_with(run: Callable[[str], Extraction], text: str) -> None:
    """A border with a place of syllables names no person."""
    assert not person_names(run(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Премьер Малайзии встретился в Сингапуре с Тан Чон Ю.", "Тан Чон Ю"),
        ("Премьер Малайзии встретился с Тан Чон Ю. Переговоры прошли в Сингапуре.",
         "Тан Чон Ю"),
        ("Министр Японии встретился с послом Республики Корея Пак Сон Ю.", "Пак Сон Ю"),
        # the same name before a verb
        ("Посол Республики Корея Пак Сон Ю прибыл в Токио.", "Пак Сон Ю"),
        # must-nots: initials
        ("Доклад о Японии и Корее подготовил Ю. Петров.", "Петров"),
        ("Доклад о Японии и Корее подготовил Петров Ю.", "Петров"),
    ],
)  # fmt: skip
def test_letter_syllable(run: Callable[[str], Extraction], text: str, name: str) -> None:
    """A one-letter last syllable before the stop (natasha's span takes it in) is no
    initial; "Ю. Петров", "Петров Ю." keep theirs."""
    assert person_names(run(text)) == {name}
