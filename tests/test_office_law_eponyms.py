"""A name the parse hangs as a genitive owner on a noun a preposition governs between a
title and it ("премьера Венгрии о пакете Вуковой": a law named after a person) is whose the
law or the thing is, no holder of the title: it had been taken across "о пакете" as the
title's holder (forty-ninth pass, h-names97). A name in apposition after a title's
prepositional complement stays its holder. The second of two eponyms joined by a dash
("поправка Брауна — Вэллика") is a man's genitive like the first, whatever gender the
tagger guesses ("Вэллика" had been read as a woman's nominative). Own sentences about
Serbia–Hungary, Belarus–Poland, Chile–Argentina, Poland–Lithuania."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons, offices_by_name, person_names

from kg.model import Extraction

NOT_HELD = [
    ("В Белграде прошли переговоры президента Сербии и премьера Венгрии о пакете Вуковой.",
     "Вукова"),
    ("В Минске прошла встреча президента Польши и премьера Белоруссии о законе Новаковой.",
     "Новакова"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surname"), NOT_HELD)
def test_law_eponym_holds_no_title(
    run: Callable[[str], Extraction], text: str, surname: str
) -> None:
    ex = run(text)
    named = {n for n in person_names(ex) if n.split()[-1] == surname}
    assert named, "the eponym stays a person's mention"
    assert not any(n in offices_by_name(ex) for n in named)


# must not: a name in apposition after a title's complement in a preposition's phrase, a
# nominative after a law's noun
HELD = [
    ("В Белграде выступил посол по особым поручениям Сербии Иван Петров.", "Иван Петров",
     "посол"),
    ("Заявление председателя комитета по обороне Польши Яна Ковальского было резким.",
     "Ян Ковальский", "председатель"),
    ("Министр юстиции Польши по закону Иван Петров прибыл в Минск.", "Иван Петров",
     "министр юстиции"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "office"), HELD)
def test_holder_after_a_prepositional_complement(
    run: Callable[[str], Extraction], text: str, name: str, office: str
) -> None:
    assert office in offices_by_name(run(text)).get(name, set())


PAIRS = [
    ("Поправка Брауна — Вэллика ударила по торговле Сербии и Венгрии.", "Вэллика", "Вэллик"),
    ("Поправка Стэнфорда — Мэника ударила по торговле Польши.", "Мэника", "Мэник"),
    ("Закон Мартина — Бэйнока ударил по экспорту Чили в Аргентину.", "Бэйнока", "Бэйнок"),
    ("Договор Вагнера — Кэссика подписали Польша и Литва.", "Кэссика", "Кэссик"),
    # must not: a woman her verb tells, a name of two words after the dash
    ("После визита Петрова — Смирнова заявила, что Чили и Аргентина договорились.",
     "Смирнова", "Смирнова"),
    ("Министр Сербии встретился с Вуковым — Анна Петрова прибыла позже.", "Анна Петрова",
     "Анна Петрова"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "written", "name"), PAIRS)
def test_second_eponym_after_a_dash(
    run: Callable[[str], Extraction], text: str, written: str, name: str
) -> None:
    assert mention_persons(run(text)).get(written) == name
