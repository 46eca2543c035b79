"""A post keeps its body as the text names it: a lower-case compound body's noun
("председатель горспорткомитета"), a body described at length before its quoted name
("Председатель правления межрегиональной общественной организации … «X»"), a sports body's
whole name ("глава Олимпийского комитета Латвии": the committee's head, no state post), a
dative title before a state's adjective and a named theatre; a hyphenated title lemmatised
in both halves ("автору-исполнителю" → "автор-исполнитель") (h-offices60, the forty-seventh
pass; own sentences about Estonia, Latvia, Chile, Peru)."""

from __future__ import annotations

import pytest
from fact_reads import text_holdings

CASES = [
    ("«Команда стала сборной региона», — сказал председатель горспорткомитета Яан Тамм.",
     "Тамм", {("председатель горспорткомитета", "")}),
    ("Об этом сообщил председатель облспорткомитета Хорхе Мендоса.",
     "Мендоса", {("председатель облспорткомитета", "")}),
    ("Председатель правления межрегиональной общественной организации содействия защите "
     "прав потребителей «Честность» Марек Сепп ждет изменений.",
     "Сепп", {("председатель правления", "org/chestnost")}),
    ("С просьбой обратились президент Эстонии Алар Карис и глава Олимпийского комитета "
     "Латвии Жорж Тикмерс.",
     "Тикмерс", {("глава", "org/olimpiyskiy-komitet-latvii")}),
    ("Орден вручается эстонскому автору-исполнителю и писателю Тынису Мяги.",
     "Мяги", {("автор-исполнитель", ""), ("писатель", "")}),
    ("Орден вручен директору Латвийского государственного Большого театра Янису Озолсу.",
     "Озолс", {("директор", "org/Q138908")}),
    ("По словам генерального директора нового клуба Андреса Переса, днем рождения ФК "
     "«Вента» можно считать 12 июня.",
     "Перес", {("генеральный директор клуба", "org/fk-venta")}),
    # must not change: a club named after a preposition (another club); a state's own
    # body, a state's ministry by its adjective, a plain hyphenated title
    ("Председатель Национального собрания Чили Хорхе Мендоса посетил Лиму.",
     "Мендоса", {("председатель Национального собрания", "state/CHL")}),
    ("По словам генерального директора нового клуба Андреса Переса, команда сыграет против "
     "ФК «Вента» 12 июня.",
     "Перес", {("генеральный директор нового клуба", "")}),
    ("Председатель Хорхе Мендоса посетил горспорткомитет Лимы.",
     "Мендоса", {("председатель", "")}),
    ("Председатель правления компании Хорхе Мендоса ждет изменений.",
     "Мендоса", {("председатель правления компании", "")}),
    # a state's ministry by its adjective is that state's (seventieth pass, h-names157)
    ("Орден вручен директору эстонского МИД Яану Тамму.", "Тамм",
     {("директор МИД", "state/EST")}),
    ("Орден вручен директору Министерства обороны Эстонии Яану Тамму.",
     "Тамм", {("директор Министерства обороны", "state/EST")}),
    ("Орден вручен премьер-министру Эстонии Кайе Каллас.",
     "Каллас", {("премьер-министр", "state/EST")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname", "expected"), CASES)
def test_office_compound_bodies(extraction_of, text: str, surname: str, expected: set) -> None:
    """The office keeps its body's words or serves the body the text names."""
    got = text_holdings(extraction_of(text, "2024-05-15", "offices"), surname, ("office", "state"))
    assert got == expected
