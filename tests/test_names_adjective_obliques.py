"""A Polish or Russian adjectival surname in "-цкий"/"-цкая" in an oblique case, and a
woman's in "-ской"/"-цкой" alone (sixty-fourth pass, h-names144), in sentences of our own
with must-nots beside the musts:

- a man's locative in "-цком" is "-цкий" as "-ском" is "-ский" ("о Матеуше Моравецком" →
  Моравецкий), and a woman's oblique "-цкой" is "-цкая" as "-ской" is "-ская"
  ("о Гражине Белецкой" → Белецкая, not the possessive's "Белецка");
- a surname alone in "-ской"/"-цкой" in an oblique case is a woman's ("писали о
  Ковальской" → Ковальская), so it joins the woman named before in full; while a man's
  nominative in "-ской"/"-цкой" the dictionary knows ("Трубецкой заявил") and his own
  locative ("о Ковальском") stay his.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import assert_named_not, person_names

from kg.model import Extraction
from kg.resolve.surname_declension import declined_surname

DATE = "2026-05-14"

# (text, a person kg must read, a name it must not)
PERSONS = [
    ("Журналисты Чехии много писали о Матеуше Моравецком.", "Матеуш Моравецкий",
     "Матеуш Моравецком"),
    ("Посол Литвы рассказал о Ежи Белецком.", "Ежи Белецкий", "Ежи Белецком"),
    ("Газеты Словакии писали о Гражине Белецкой.", "Гражина Белецкая", "Гражина Белецка"),
    ("Министр иностранных дел Чехии встретился с Агнешкой Вишневецкой.",
     "Агнешка Вишневецкая", "Агнешка Вишневецка"),
    # must-nots: "-ском" and "-ской" after a first name of hers as before
    ("Журналисты Чехии много писали о Матеуше Ковальском.", "Матеуш Ковальский",
     "Матеуш Ковальском"),
    ("Министр иностранных дел Чехии встретился с Агнешкой Ковальской.",
     "Агнешка Ковальская", "Агнешка Ковальска"),
    ("Газеты Словакии писали о Гражине Ковальской.", "Гражина Ковальская",
     "Гражина Ковальской"),
    # must-nots: a man's nominative in "-цкой", with a first name or alone
    ("Посол Польши Ежи Трубецкой заявил, что визит важен.", "Ежи Трубецкой",
     "Ежи Трубецкая"),
    ("Трубецкой заявил журналистам Чехии, что визит важен.", "Трубецкой", "Трубецкая"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "not_name"), PERSONS)
def test_adjectival_surname_nominatives(
    extraction_of: Callable[..., Extraction], text: str, name: str, not_name: str
) -> None:
    assert_named_not(extraction_of(text, DATE, "offices"), name, not_name)


# (text, the persons kg must read, all of them)
ALONE = [
    ("Министр иностранных дел Польши встретился с Агнешкой Ковальской. Газеты Чехии много "
     "писали о Ковальской.", {"Агнешка Ковальская"}),
    ("Посол Польши поблагодарил Гражину Белецкую. Слова Белецкой обсуждали в Праге.",
     {"Гражина Белецкая"}),
    # must-nots: his locative stays his; hers apart from him
    ("Министр иностранных дел Польши встретился с Ежи Ковальским. Газеты Чехии много "
     "писали о Ковальском.", {"Ежи Ковальский"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), ALONE)
def test_her_surname_alone_joins_her(
    extraction_of: Callable[..., Extraction], text: str, names: set[str]
) -> None:
    assert person_names(extraction_of(text, DATE, "offices")) == names


@pytest.mark.parametrize(
    ("word", "case", "feminine", "nominative"),
    [("Моравецком", "Loc", False, "Моравецкий"), ("Белецкой", "Gen", True, "Белецкая"),
     ("Белецкой", "Ins", True, "Белецкая"), ("Ковальском", "Loc", False, "Ковальский"),
     ("Петровой", "Gen", True, "Петрова"), ("Белецким", "Ins", False, "Белецкий")],
)  # fmt: skip
def test_declined_adjectival_surname(word: str, case: str, feminine: bool, nominative: str) -> None:
    assert declined_surname(word, case, feminine) == nominative
