"""kg/data/build_cities.py: which NEREL cities get a state (a LOCATED_IN chain to one state
of the table; none for two; GeoNames agreeing), which GeoNames names join them (one state's
city of the name far the largest, no person's name, no disputed city), and the shipped
file it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.data import build_cities
from kg.data.build_cities import Document, build, held_out
from kg.data.links_table import Item
from kg.data.shared import shared
from kg.gazetteer import Gazetteer, read_file
from kg.resources import DATA_DIR

STATES = Gazetteer(read_file(DATA_DIR / "states.tsv"))


def city(iso2: str, population: int, *names: str) -> dict:
    """A GeoNames city as cities15000.json has it."""
    return {"name": names[0], "countrycode": iso2, "population": population,
            "alternatenames": list(names[1:])}  # fmt: skip


GEONAMES = [city("GB", 568_996, "Manchester", "Манчестер"), city("US", 110_229, "Манчестер")]


def doc(*chain: tuple[str, str, str]) -> Document:
    """A document of (id, type, text) entities, each LOCATED_IN the next."""
    entities = {i: (kind, text) for i, kind, text in chain}
    ids = [i for i, _, _ in chain]
    return Document(entities, {a: {b} for a, b in zip(ids, ids[1:], strict=False)})


# (documents, the rows' (name, forms, QID, state))
CASES = [
    ([doc(("T1", "CITY", "Осаке"), ("T2", "COUNTRY", "Японии"))],
     [("Осака", "Осаке", "Q35765", "JPN")]),
    # through a province; GeoNames' largest Манчестер is Britain's
    ([doc(("T1", "CITY", "Манчестере"), ("T2", "STATE_OR_PROVINCE", "Англии"),
          ("T3", "COUNTRY", "Великобритании"))], [("Манчестер", "Манчестере", "", "GBR")]),
    # must not: GeoNames' largest Окленд is New Zealand's; a city with no item GeoNames does
    # not name; a disputed city
    ([doc(("T1", "CITY", "Окленде"), ("T2", "COUNTRY", "США"))], []),
    ([doc(("T1", "CITY", "Дартмуте"), ("T2", "COUNTRY", "США"))], []),
    ([doc(("T1", "CITY", "Донецке"), ("T2", "COUNTRY", "Украины"))], []),
    # must not: a city two states claim, a capital, a country no state resolves
    ([doc(("T1", "CITY", "Осаке"), ("T2", "COUNTRY", "Японии")),
      doc(("T1", "CITY", "Осаке"), ("T2", "COUNTRY", "Китая"))], []),
    ([doc(("T1", "CITY", "Токио"), ("T2", "COUNTRY", "Японии"))], []),
    ([doc(("T1", "CITY", "Осаке"), ("T2", "COUNTRY", "Атлантиды"))], []),
]  # fmt: skip
ITEMS = [Item("Q35765", "CITY", "Осака", 3, ("Осаке", "Осака")),
         Item("Q1726", "CITY", "Мюнхен", 2, ("Мюнхене", "Мюнхен")),
         Item("Q4115712", "CITY", "Донецк", 2, ("Донецке", "Донецк"))]  # fmt: skip
OAKLAND = [city("NZ", 1_547_200, "Auckland", "Окленд"), city("US", 419_267, "Oakland", "Окленд")]


@pytest.mark.parametrize(("docs", "rows"), CASES)
def test_a_city_gets_the_state_one_chain_confirms(docs: list[Document], rows: list) -> None:
    assert [tuple(r[1:]) for r in build(docs, ITEMS, STATES, GEONAMES + OAKLAND)] == rows


# (GeoNames' cities, the rows' (name, forms, QID, state)) with no NEREL document
GEONAMES_CASES = [
    ([city("DE", 1_505_005, "Munich", "Мюнхен", "Минхен")],
     [("Минхен", "", "", "DEU"), ("Мюнхен", "", "Q1726", "DEU")]),
    ([city("RU", 327_608, "Sochi", "Сочи"), city("US", 20_000, "Сочи")],
     [("Сочи", "", "", "RUS")]),
    # a city's name that is also a common word, read as a place as often ("марсель": a sail)
    ([city("FR", 877_215, "Marseille", "Марсель")], [("Марсель", "", "", "FRA")]),
    # must not: two states' cities of the name near in size, a town, a capital's other
    # spelling, a disputed city's, a name the dictionary reads as a person's or a word
    (OAKLAND, []),
    ([city("CA", 289_625, "Victoria", "Виктория"), city("MY", 95_120, "Виктория")], []),
    ([city("JP", 60_000, "Kamo", "Камо")], []),
    ([city("RU", 10_000_000, "Moscow", "Москва", "Москъва")], []),
    ([city("UA", 250_000, "Horlivka", "Горловка", "Горловк")], []),
    ([city("GR", 144_651, "Larisa", "Лариса")], []),
    ([city("GH", 161_612, "Tema", "Тема")], []),
    ([city("RU", 300_000, "Oryol", "Орёл")], []),
    ([city("RU", 300_000, "Oryol", "Орел")], []),  # the dictionary's "ё" written "е"
    ([city("RU", 220_000, "Korolev", "Королев")], []),
    # must not: a town named like another state's island, province or state (ISO 3166-2:
    # Indonesia's Bali by its Latin name, Canada's Ontario, India's Gujarat by the Russian)
    ([city("IN", 296_973, "Bāli", "Бали")], []),
    ([city("US", 171_214, "Ontario", "Онтарио")], []),
    ([city("PK", 390_533, "Gujrāt", "Гуджарат")], []),
]  # fmt: skip
# a town of the region's own state, a region named after a town of its own state (Spain's
# Guadalajara), a parish (Jamaica's Manchester), a name that differs by a diaeresis (Ireland's
# Munster), a city of no region's name: kept
KEPT_NAMESAKES = [
    ([city("ID", 296_973, "Bali", "Бали")], [("Бали", "", "", "IDN")]),
    ([city("MX", 1_385_629, "Guadalajara", "Гвадалахара"),
      city("ES", 84_910, "Guadalajara", "Гвадалахара")], [("Гвадалахара", "", "", "MEX")]),
    ([city("GB", 568_996, "Manchester", "Манчестер")], [("Манчестер", "", "", "GBR")]),
    ([city("DE", 308_258, "Münster", "Мюнстер")], [("Мюнстер", "", "", "DEU")]),
    ([city("RU", 327_608, "Sochi", "Сочи")], [("Сочи", "", "", "RUS")]),
]  # fmt: skip


@pytest.mark.parametrize(("cities", "rows"), GEONAMES_CASES + KEPT_NAMESAKES)
def test_a_geonames_city_of_one_state_by_far(cities: list[dict], rows: list) -> None:
    assert [tuple(r[1:]) for r in build([], ITEMS, STATES, cities)] == rows


def test_the_held_out_documents_are_known() -> None:
    assert held_out()


@pytest.mark.skipif(not shared("devset", "NEREL-train").is_dir(), reason="no ../shared")
def test_shipped_file_is_what_the_generator_writes(tmp_path: Path) -> None:
    """cities.tsv is the generator's output, not a hand edit or a stale run."""
    build_cities.main(["--out", str(tmp_path)])  # in this process, which has the imports
    shipped = (DATA_DIR / "cities.tsv").read_text("utf-8")
    assert (tmp_path / "cities.tsv").read_text("utf-8") == shipped
