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

TALKS = "Министры Франции и Испании провели переговоры {place}."


@pytest.fixture(scope="module")
def states_only() -> Gazetteer:
    """A gazetteer of states and their capitals alone: no source but the dictionary knows
    the cities."""
    return Gazetteer(read_file(DATA_DIR / "states.tsv"))


# a city no gazetteer row knows: the dictionary's geographical reading, not a cut stem the
# dictionary knows as another place ("Самар"); each part of a hyphened name keeps its
# capital, its particles in lower case
NOMINATIVES = [
    ("в городе Самаре", "Самаре", "Самара"),
    ("в городе Марселе", "Марселе", "Марсель"),
    ("в испанском городе Севилье", "Севилье", "Севилья"),
    ("в английском городе Ливерпуле", "Ливерпуле", "Ливерпуль"),
    ("в городе Гренобле", "Гренобле", "Гренобль"),
    ("в Марселе", "Марселе", "Марсель"),
    ("в Ливерпуле", "Ливерпуле", "Ливерпуль"),
    ("в Севилье", "Севилье", "Севилья"),
    ("в Улан-Удэ", "Улан-Удэ", "Улан-Удэ"),
    ("в Санкт-Петербурге", "Санкт-Петербурге", "Санкт-Петербург"),
    ("в Ла-Пасе", "Ла-Пасе", "Ла-Пас"),
    ("в Порт-о-Пренсе", "Порт-о-Пренсе", "Порт-о-Пренс"),
    ("в Рио-де-Жанейро", "Рио-де-Жанейро", "Рио-де-Жанейро"),
    ("в Нью-Дели", "Нью-Дели", "Нью-Дели"),
    ("в Абу-Даби", "Абу-Даби", "Абу-Даби"),  # not a guessed "Аба-даби"
    ("в Шарм-эш-Шейхе", "Шарм-эш-Шейхе", "Шарм-эш-Шейх"),
    # must not: a masculine of a consonant stem, an undeclined name
    ("в городе Ижевске", "Ижевске", "Ижевск"),
    ("в городе Варнемюнде", "Варнемюнде", "Варнемюнде"),
]


@pytest.mark.parametrize(("place", "word", "name"), NOMINATIVES)
def test_a_city_no_table_knows_is_named_by_the_dictionary_and_the_text(
    analyse: Callable[..., Context], states_only: Gazetteer, place: str, word: str, name: str
) -> None:
    doc = analyse(Document(id="t", text=TALKS.format(place=place), date="2026-05-05")).doc
    (tok,) = [t for t in doc if t.text == word]
    assert place_nominative(tok, states_only) == name


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
