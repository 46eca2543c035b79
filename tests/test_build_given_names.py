"""kg/data/build_given_names.py: the foreign first names the NEREL links table writes
unchanged beside a surname in two cases, which the dictionary does not know as fixed, and
the first words of persons' names the dictionary knows as no first name, and the shipped
files it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.data import build_given_names
from kg.data.build_given_names import fixed_given_names, source_given_names
from kg.data.links_table import Item
from kg.data.shared import shared
from kg.resources import DATA_DIR


def person(*forms: str) -> Item:
    return Item("Q1", "PERSON", "", 1, forms)


CASES = [
    # a first name beside a surname in a case the dictionary reads it in nowhere, or
    # beside two forms of the surname
    ([person("Кваме Мейсона", "Мейсон")], ["кваме"]),
    ([person("Бенджи Тамм", "Бенджи Тамма")], ["бенджи"]),
    # must not: a first name that declines with the surname, one that can stand in the
    # surname's case, one the dictionary knows as fixed, a nominative pair alone, an
    # organization
    ([person("Алексей Новиков", "Алексею Новикову")], []),
    ([person("Дэйлу Мортенсону", "Мортенсон")], []),
    ([person("Тони Блэр", "Тони Блэра")], []),
    ([person("Таави Рыйвас", "Рыйвасу")], []),
    ([Item("Q2", "ORGANIZATION", "", 1, ("Кваме Мейсона", "Мейсон"))], []),
]  # fmt: skip


@pytest.mark.parametrize(("items", "names"), CASES)
def test_fixed_given_names(items: list[Item], names: list[str]) -> None:
    assert fixed_given_names(items) == names


def labelled(label: str) -> Item:
    return Item("Q1", "PERSON", label, 1, (label,))


SOURCE_CASES = [
    # a first word the dictionary reads as a common word or not at all
    ([labelled("Ума Турман"), labelled("Граса Машел")], ["граса", "ума"]),
    # must-nots: a first name the dictionary knows, a ruler's rank, an office, a clergy's
    # rank, a kin word, an adjective, a street, a surname written first, an organization
    ([labelled("Мария Петрова"), labelled("Эмир Кустурица"), labelled("Посол Петров"),
      labelled("Апостол Пётр"), labelled("Мать Тереза"), labelled("Нобелевская премия"),
      labelled("Улица Мусы Джалиля"), labelled("Чибинеев Валерий Викторович"),
      labelled("Да Силва, Луис"), Item("Q2", "ORGANIZATION", "Ума Турман", 1, ())], []),
]  # fmt: skip


@pytest.mark.parametrize(("items", "names"), SOURCE_CASES)
def test_source_given_names(items: list[Item], names: list[str]) -> None:
    assert source_given_names(items) == names


@pytest.mark.skipif(
    not shared("sources", "nerel_wikidata_links.tsv").is_file(), reason="no ../shared"
)
def test_shipped_file_is_what_the_generator_writes(tmp_path: Path) -> None:
    """fixed_given_names.txt and source_given_names.txt are the generator's output, not a
    hand edit or a stale run."""
    build_given_names.main(["--out", str(tmp_path)])  # in this process, which has the imports
    for name in ("fixed_given_names.txt", "source_given_names.txt"):
        shipped = (DATA_DIR / name).read_text("utf-8")
        assert (tmp_path / name).read_text("utf-8") == shipped
