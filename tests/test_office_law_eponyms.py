"""A name the parse hangs as a genitive owner on a noun a preposition governs between a
title and it ("премьера Венгрии о пакете Вуковой": a law named after a person) is whose the
law or the thing is, no holder of the title: it had been taken across "о пакете" as the
title's holder (forty-ninth pass, h-names97). A name in apposition after a title's
prepositional complement stays its holder. Own sentences about Serbia–Hungary,
Belarus–Poland."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import offices_by_name, person_names

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
