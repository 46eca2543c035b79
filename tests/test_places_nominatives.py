"""A city's nominative from the case the text writes it in, from a source, never a cut stem:
the dictionary's geographical reading of a locative after "в городе" ("в городе Гренобле":
Гренобль, not "Гренобл"), a hyphened name with each part's capital ("в Порт-о-Пренсе":
Порт-о-Пренс), and cities.tsv without the bare stems GeoNames lists as names of their own
("Самар", "Полтав", "Сиракуз"). Sixty-eighth pass (h-places71); sentences and cities of our
own choice."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.data.build_cities import stem_of_another
from kg.extract.context import Context
from kg.gazetteer import Gazetteer, read_file
from kg.model import Document
from kg.resolve.city_names import place_nominative
from kg.resources import DATA_DIR

TALKS = "Министры {a} и {b} провели переговоры {place}."

# a locative after a place noun: the dictionary's nominative, the table's name
AFTER_A_NOUN = [
    ("Франции", "Италии", "в городе Гренобле", "Гренобль"),
    ("Италии", "Греции", "в итальянском городе Неаполе", "Неаполь"),
    ("Канады", "Франции", "в канадском городе Монреале", "Монреаль"),
    ("России", "Турции", "в городе Ставрополе", "Ставрополь"),
    ("России", "Армении", "в городе Самаре", "Самара"),  # no row "Самар"
    ("Украины", "Польши", "в городе Полтаве", "Полтава"),
    # a stem ending in two consonants takes no "-я" pymorphy guesses
    ("США", "Японии", "в Сиэттле", "Сиэттл"),
    # must not: the dictionary's or table's nominative stays, an unknown name as written
    ("Испании", "Марокко", "в испанском городе Севилье", "Севилья"),
    ("Великобритании", "Ирландии", "в английском городе Ливерпуле", "Ливерпуль"),
    ("Германии", "Дании", "в городе Варнемюнде", "Варнемюнде"),
    ("Ирландии", "Канады", "в Ньюкасле", "Ньюкасл"),
]


@pytest.mark.parametrize(("a", "b", "place", "name"), AFTER_A_NOUN)
def test_a_city_after_a_place_noun_is_named_by_a_source(
    events, a: str, b: str, place: str, name: str
) -> None:
    (talks,) = [e for e in events(TALKS.format(a=a, b=b, place=place)) if e.kind == "Talks"]
    assert talks.location == name


@pytest.fixture(scope="module")
def states_only() -> Gazetteer:
    """A gazetteer of states and their capitals alone: no source but the dictionary knows
    the cities."""
    return Gazetteer(read_file(DATA_DIR / "states.tsv"))


def _nominative(analyse: Callable[..., Context], text: str, word: str, gaz: Gazetteer) -> str:
    doc = analyse(Document(id="t", text=text, date="2026-05-05")).doc
    (tok,) = [t for t in doc if t.text == word]
    return place_nominative(tok, gaz)


# a city no gazetteer row knows: the dictionary's geographical reading, not a cut stem the
# dictionary knows as another place ("Самар")
UNKNOWN_CITIES = [
    ("в городе Самаре", "Самаре", "Самара"),
    ("в городе Марселе", "Марселе", "Марсель"),
    ("в испанском городе Севилье", "Севилье", "Севилья"),
    ("в английском городе Ливерпуле", "Ливерпуле", "Ливерпуль"),
    ("в городе Гренобле", "Гренобле", "Гренобль"),
    ("в Марселе", "Марселе", "Марсель"),
    ("в Ливерпуле", "Ливерпуле", "Ливерпуль"),
    ("в Севилье", "Севилье", "Севилья"),
    # must not: a masculine of a consonant stem, an undeclined name
    ("в городе Ижевске", "Ижевске", "Ижевск"),
    ("в городе Варнемюнде", "Варнемюнде", "Варнемюнде"),
]


@pytest.mark.parametrize(("place", "word", "name"), UNKNOWN_CITIES)
def test_a_city_no_table_knows_takes_the_dictionarys_nominative(
    analyse, states_only: Gazetteer, place: str, word: str, name: str
) -> None:
    text = TALKS.format(a="Франции", b="Испании", place=place)
    assert _nominative(analyse, text, word, states_only) == name


# each part of a hyphened name keeps its capital, its particles in lower case
HYPHENED = [
    ("в Улан-Удэ", "Улан-Удэ", "Улан-Удэ"),
    ("в Санкт-Петербурге", "Санкт-Петербурге", "Санкт-Петербург"),
    ("в Ла-Пасе", "Ла-Пасе", "Ла-Пас"),
    ("в Порт-о-Пренсе", "Порт-о-Пренсе", "Порт-о-Пренс"),
    ("в Рио-де-Жанейро", "Рио-де-Жанейро", "Рио-де-Жанейро"),
    ("в Нью-Дели", "Нью-Дели", "Нью-Дели"),
    ("в Абу-Даби", "Абу-Даби", "Абу-Даби"),  # not a guessed "Аба-даби"
    ("в Шарм-эш-Шейхе", "Шарм-эш-Шейхе", "Шарм-эш-Шейх"),
]


@pytest.mark.parametrize(("place", "word", "name"), HYPHENED)
def test_a_hyphened_name_keeps_each_parts_capital(
    analyse, states_only: Gazetteer, place: str, word: str, name: str
) -> None:
    text = TALKS.format(a="Бразилии", b="Индии", place=place)
    assert _nominative(analyse, text, word, states_only) == name


# the table lists the Russian spelling as a form of another: kept as the text writes it
HYPHENED_FORMS = [
    ("Судана", "Чада", "в Эль-Фашире", "Эль-Фашир"),
    ("Израиля", "Иордании", "в Беэр-Шеве", "Беэр-Шева"),
]


@pytest.mark.parametrize(("a", "b", "place", "name"), HYPHENED_FORMS)
def test_a_hyphened_spelling_the_table_lists_is_kept(
    events, a: str, b: str, place: str, name: str
) -> None:
    (talks,) = [e for e in events(TALKS.format(a=a, b=b, place=place)) if e.kind == "Talks"]
    assert talks.location == name


NAMED = {
    ("самара", "RU"), ("самар", "RU"), ("гренобль", "FR"), ("гренобл", "FR"),
    ("сиракузы", "IT"), ("сиракуза", "IT"), ("сиракуз", "US"), ("полтава", "UA"),
    ("череповец", "RU"), ("череповець", "RU"), ("орск", "RU"), ("орски", "RU"),
    ("горакпур", "IN"), ("горакпура", "IN"), ("ош", "KG"), ("тур", "FR"), ("тура", "IN"),
    ("бар", "ME"), ("бари", "IT"), ("уфа", "RU"),
}  # fmt: skip


@pytest.mark.parametrize(
    ("name", "state", "stem"),
    [
        ("Самар", "RU", True),  # of "Самара", the same city's
        ("Полтав", "UA", True),
        ("Гренобл", "FR", True),  # of "Гренобль", the dictionary's
        ("Сиракуз", "US", True),  # the genitive of Italy's "Сиракузы"
        # must not: a Ukrainian "-ь" the dictionary does not know, a plural, a genitive
        # GeoNames lists, another state's city, a short name of its own
        ("Череповец", "RU", False),
        ("Орск", "RU", False),
        ("Горакпур", "IN", False),
        ("Тур", "FR", False),
        ("Бар", "ME", False),
        ("Ош", "KG", False),
        ("Уфа", "RU", False),
    ],
)
def test_a_geonames_name_that_is_a_bare_stem_is_no_city(name: str, state: str, stem: bool) -> None:
    names = frozenset(n for n, _ in NAMED)
    assert stem_of_another(name, state, NAMED, names) is stem


@pytest.fixture(scope="module")
def shipped() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("word", "name"),
    [("Самар", ""), ("Полтав", ""), ("Сиракуз", ""), ("Гренобл", ""), ("Неапол", ""),
     ("Самара", "Самара"), ("Ош", "Ош"), ("Уфа", "Уфа"), ("Гренобль", "Гренобль")],
)  # fmt: skip
def test_the_shipped_table_has_no_stem_rows(shipped: Gazetteer, word: str, name: str) -> None:
    city = shipped.city(word)
    assert (city.name if city is not None else "") == name
