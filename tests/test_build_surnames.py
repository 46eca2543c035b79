"""kg/data/build_surnames.py: the surnames the NEREL links table gives two or more persons
of their own first names (namesakes, not one person annotated twice), and the shipped file
it wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.data import build_surnames
from kg.data.build_surnames import common_surnames
from kg.data.links_table import Item
from kg.data.shared import shared
from kg.resources import DATA_DIR


def person(qid: str, name: str) -> Item:
    return Item(qid, "PERSON", name, 1, (name,))


CASES = [
    # two persons of their own first names: common
    ([person("Q1", "Рональд Рейган"), person("Q2", "Нэнси Рейган")], ["Рейган"]),
    # "Фамилия, Имя" order and a patronymic split off; ё folded
    ([person("Q1", "Воробьёв, Юрий Леонидович"), person("Q2", "Андрей Юрьевич Воробьёв")],
     ["Воробьёв"]),
    # must not: one person annotated under two QIDs, one person, a name of no surname,
    # an organization of the name
    ([person("Q1", "Дмитрий Песков"), person("Q2", "Дмитрий Сергеевич Песков")], []),
    ([person("Q1", "Рональд Рейган")], []),
    ([person("Q1", "Николай I"), person("Q2", "Николай II")], []),
    ([person("Q1", "Генри Форд"), Item("Q2", "ORGANIZATION", "Форд", 1, ("Форд",))], []),
]  # fmt: skip


@pytest.mark.parametrize(("items", "surnames"), CASES)
def test_common_surnames(items: list[Item], surnames: list[str]) -> None:
    assert common_surnames(items) == surnames


@pytest.mark.skipif(
    not shared("sources", "nerel_wikidata_links.tsv").is_file(), reason="no ../shared"
)
def test_shipped_file_is_what_the_generator_writes(tmp_path: Path) -> None:
    """common_surnames.txt is the generator's output, not a hand edit or a stale run."""
    build_surnames.main(["--out", str(tmp_path)])  # in this process, which has the imports
    shipped = (DATA_DIR / "common_surnames.txt").read_text("utf-8")
    assert (tmp_path / "common_surnames.txt").read_text("utf-8") == shipped
