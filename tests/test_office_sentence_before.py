"""A title that is the subject of the sentence before a name that opens the next as its
subject, on sentences about other pairs of states (Croatia–Italy, Finland–Sweden,
Norway–Denmark, Portugal–Spain, Romania–Moldova): the name is the title's holder, unless
that sentence names another person or the name's own sentence gives it another title."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_office_bodies import held

from kg.extract.context import Context
from kg.model import Document

SENTENCE_BEFORE = [
    ("Премьер-министр Хорватии прибыл в Рим. Пленкович заявил, что Загреб готов расширить "
     "торговлю с Италией.", "Пленкович", {("премьер-министр", "state/HRV", False)}),
    ("Президент Финляндии прилетел в Стокгольм. Стубб провёл переговоры с королём Швеции.",
     "Стубб", {("президент", "state/FIN", False)}),
    ("Министр иностранных дел Норвегии посетил Копенгаген. Эйде обсудил с датскими "
     "коллегами Арктику.", "Эйде", {("министр иностранных дел", "state/NOR", False)}),
    # must not: another person named in the title's sentence, or between the two
    ("Президент Португалии встретился с Педро Санчесом. Санчес пообещал Лиссабону "
     "поддержку.", "Педро Санчес", set()),
    ("Президент Румынии посетил Кишинёв. Журналист Андрей Попеску спросил о границе. "
     "Попеску получил уклончивый ответ.", "Андрей Попеску", {("журналист", "", False)}),
    ("Министр обороны Греции прилетел в Никосию. Его принял президент Кипра Никос "
     "Христодулидис. Христодулидис поблагодарил Афины.", "Никос Христодулидис",
     {("президент", "state/CYP", False)}),
    # must not: the name is the host of whom the title's sentence brought in
    ("Премьер-министр Финляндии прибыл в Таллин. Кристен Михал провёл с гостем переговоры "
     "о Балтике.", "Кристен Михал", set()),
    ("Президент Словакии прибыл в Прагу. Петр Павел принял его в Пражском граде.",
     "Петр Павел", set()),
    # must not: the title is no subject, or a plural one
    ("Журналисты ждали министра финансов Чехии. Новак заявил, что бюджет готов.",
     "Новак", set()),
    ("Министры Латвии и Литвы прибыли в Таллин. Карис заявил о поддержке.", "Карис", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "offices"), SENTENCE_BEFORE)
def test_a_title_in_the_sentence_before_is_the_next_subjects(
    analyse: Callable[..., Context], text: str, name: str, offices: set[tuple[str, str, bool]]
) -> None:
    ctx = analyse(Document(id="t", text=text, date="2025-03-10"))
    assert held(ctx, name) == offices
