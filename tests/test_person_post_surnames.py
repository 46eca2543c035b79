"""A surname alone beside a post many hold at once ("Министр Лавров", "Посол Абрамович",
"Спикер парламента Кеннеди") links to a gazetteer person only where the gazetteer gives that
person a term of that office (the post the title names, or one it heads: "министр" of
"министр иностранных дел"), of the state the title names if any, covering the document's
date. Otherwise the person stays a person of the text, with no gazetteer entry: a famous
namesake, one in another office, or one out of office then is not meant."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from gazetteer_runs import shipped_reader

from kg.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def read() -> Callable[[str, str], dict[str, str]]:
    gazetteer = Gazetteer.load()
    readers: dict[str, Callable] = {}

    def go(date: str, text: str) -> dict[str, str]:
        """Each person mention's text → its gazetteer person's key, else ""."""
        run = readers.setdefault(date, shipped_reader(date))
        return {
            text[m.start : m.end]: m.entity if gazetteer.person(m.entity) else ""
            for m in run(text)
            if m.type == "Person"
        }

    return go


@pytest.mark.parametrize(
    ("date", "text", "name", "key"),
    [
        # the office the gazetteer gives the person at the date
        ("2024-05-01", "Министр Лавров прибыл в Сантьяго на переговоры с Чили и Перу.",
         "Лавров", "person/sergey-lavrov"),
        ("2000-05-01", "Министр Иванов прибыл в Каир на переговоры с Египтом и Турцией.",
         "Иванов", "person/igor-ivanov"),
        ("1996-05-01", "Министр Токаев прибыл в Каир на переговоры с Египтом.", "Токаев",
         "person/kassym-jomart-tokayev"),
        # neighbours: a post one person holds at a time, a surname named in full before
        ("2024-05-01", "Министр обороны России Шойгу прибыл в Ханой.", "Шойгу",
         "person/Q32024"),
        ("2024-05-01", "Роман Абрамович прилетел в Таллин. Позже посол Абрамович вручил "
         "грамоты президенту Эстонии.", "Абрамович", "person/Q171428"),
    ],
)  # fmt: skip
def test_a_surname_in_its_office_links(read, date, text, name, key) -> None:  # noqa: ANN001
    assert read(date, text).get(name) == key


@pytest.mark.parametrize(
    ("date", "text", "name"),
    [
        # must not: another office than the gazetteer's
        ("2024-05-01", "Консул Лавров встретился с мэром Лимы.", "Лавров"),
        ("1996-05-01", "Посол Токаев вручил верительные грамоты президенту Египта.",
         "Токаев"),
        # must not: the right office at a date outside the term
        ("1995-05-01", "Министр Лавров прибыл в Сантьяго на переговоры с Чили и Перу.",
         "Лавров"),
        ("2024-05-01", "Министр Токаев прибыл в Каир на переговоры с Египтом.", "Токаев"),
        # must not: a surname of many gazetteer persons, none a minister then
        ("2024-05-01", "Министр Ли прибыл в Лиму на переговоры с Перу.", "Ли"),
        # must not: a person the gazetteer gives no term of the post
        ("2024-05-01", "Министр Шойгу прибыл в Ханой на переговоры с Вьетнамом.", "Шойгу"),
        ("2024-05-01", "Посол Абрамович вручил верительные грамоты президенту Эстонии.",
         "Абрамович"),
        ("2024-05-01", "Министр Лужков прибыл в Ригу на переговоры с Латвией.", "Лужков"),
        ("2024-05-01", "Спикер парламента Кеннеди заявил, что Канада и Мексика подпишут "
         "договор.", "Кеннеди"),
    ],
)  # fmt: skip
def test_a_surname_out_of_that_office_stays_unlinked(read, date, text, name) -> None:  # noqa: ANN001
    assert read(date, text).get(name) == ""
