"""A member of a named body holds the office "член <body>" of the body's state or of the body: a
state's body whose name opens with its adjectives ("член Великого национального собрания Турции
X"), is its common noun before the state ("Член Сейма Латвии X") or is a parliament by the
gazetteer's kind ("Член Кнессета X"), a board of a company or a state's bank ("член правления
Банка Эстонии", "член правления компании «Латвийские железные дороги»", as "член совета
директоров"), and the table's member of parliament, which the links table spelt "члены
парламенты" (h-offices53, the forty-sixth pass; own sentences about Turkey, Estonia, Latvia,
Chile, Israel, Germany). Must-nots: a party's or a family's member holds no office (the title
conventions leave them out on purpose), and the bodies read before keep their reading."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

DATE = "2024-05-15"

CASES = [
    # a parliament by the gazetteer's kind, whatever its name's first word
    ("Член Кнессета Моше Коэн прибыл в Каир.",
     "Коэн", {("член", "org/knesset", False)}),
    ("Член бундестага Ханс Мюллер прибыл в Таллин.",
     "Мюллер", {("член", "org/bundestag", False)}),
    ("Член Государственного собрания Эстонии Андрус Тамм прибыл в Ригу.",
     "Тамм", {("член Государственного собрания", "state/EST", False)}),
    ("Член Сейма Латвии Янис Озолс прибыл в Таллин.",
     "Озолс", {("член сейма", "state/LVA", False)}),
    ("По словам члена правительства Эстонии Андруса Тамма, визит прошёл успешно.",
     "Тамм", {("член правительства", "state/EST", False)}),
    ("Член Великого национального собрания Турции Мехмет Озтюрк прибыл в Каир.",
     "Озтюрк", {("член Великого национального собрания", "state/TUR", False)}),
    # a state's bank: its words are the office's, as "секретарь Совета безопасности Ирана"
    ("Об этом сообщил член правления Банка Эстонии Андрус Тамм.",
     "Тамм", {("член правления Банка", "state/EST", False)}),
    ("Андрус Тамм, член правления Банка Эстонии, заявил журналистам.",
     "Тамм", {("член правления Банка", "state/EST", False)}),
    ("Член правления компании «Латвийские железные дороги» Янис Озолс прибыл в Таллин.",
     "Озолс", {("член правления компании", "org/latviyskie-zheleznye-dorogi", False)}),
    ("Член парламента Эстонии Андрус Тамм прибыл в Ригу.",
     "Тамм", {("член парламента", "state/EST", False)}),
    # must not: the bodies read before keep their reading
    ("Член Палаты депутатов Чили Хуан Перес посетил Лиму.",
     "Перес", {("член Палаты депутатов", "state/CHL", False)}),
    ("Член совета директоров компании «Турецкие авиалинии» Мехмет Озтюрк прибыл в Каир.",
     "Озтюрк", {("член совета директоров компании", "org/turetskie-avialinii", False)}),
    # must not: a party's member, a family's, no office
    ("Член Социалистической партии Чили Хуан Перес прибыл в Лиму.", "Перес", set()),
    ("Член семьи президента Чили Хуан Перес прибыл в Лиму.", "Перес", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_body_members(extraction_of, text: str, surname: str, expected) -> None:
    """The member's office and the body's state or the body."""
    ex = extraction_of(text, DATE, "offices")
    assert text_holdings(ex, surname) == expected
