"""A city row of cities.tsv is named by the Russian "Э-" spelling, not GeoNames' Ukrainian
"Е-" one of the same key ("Эль-Пасо", not "Ель-Пасо"; `build_cities._ukrainian_e`), the
Ukrainian kept as a form. Sixty-ninth pass (h-places72), with must-nots."""

from __future__ import annotations

import pytest

from kg.data.build_cities import one_per_key
from kg.gazetteer import Gazetteer


def _row(name: str, state: str) -> list[str]:
    return ["city", name, "", "", state]


SPELLINGS = [
    (["Ель-Пасо", "Эль-Пасо"], set(), "Эль-Пасо"),
    (["Ексетер", "Эксетер"], set(), "Эксетер"),
    # must-nots: a city only spelt "Е-", a NEREL name in "Е-"
    (["Елец"], set(), "Елец"),
    (["Ель-Пасо", "Эль-Пасо"], {"Ель-Пасо"}, "Ель-Пасо"),
]


@pytest.mark.parametrize(("names", "nerel", "name"), SPELLINGS)
def test_a_row_is_named_by_its_russian_spelling(names: list[str], nerel: set[str], name: str):
    (row,) = one_per_key({n: _row(n, "USA") for n in names}, nerel)
    assert row[1] == name


@pytest.mark.parametrize(("written", "name"), [("Ель-Пасо", "Эль-Пасо"), ("Эспоо", "Эспоо")])
def test_the_table_names_the_city_in_russian(written: str, name: str) -> None:
    city = Gazetteer.load().city(written)
    assert city is not None and city.name == name
