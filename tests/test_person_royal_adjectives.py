"""A monarch's family's rank before one territorial adjective ("принц Уэльский", "герцогиня
Йоркская", "принца Астурийского") is a title, not a person named by a surname: the adjective
is the title's, of a land, and no person comes of it. A rank before a surname the dictionary
knows as one ("князь Оболенский") or before a given name keeps its person. Own sentences about
Chile, Peru, Spain and the UK (h-offices45, forty-third pass)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction


@pytest.fixture(scope="module")
def read(extraction: Callable[[str, str], Extraction]) -> Callable[[str], Extraction]:
    return lambda text: extraction(text, "2024-05-02")


CASES = [
    ("В церемонии в Лиме участвовали принц Уэльский и герцогиня Йоркская. Президент Перу "
     "поблагодарил гостей.", set()),
    ("Президент Чили принял в Сантьяго принца Астурийского.", set()),
    ("Герцогиня Корнуоллская прибыла в Лиму, где её встретил министр иностранных дел Перу.",
     set()),
    # must not: a surname the dictionary knows, a given name after the rank
    ("В Лиму прибыл князь Оболенский, его встретил министр иностранных дел Перу.",
     {"Оболенский"}),
    ("Принц Альберт посетил Чили и встретился с президентом Перу.", {"Альберт"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_rank_before_a_land_names_no_person(read, text: str, expected: set[str]) -> None:  # noqa: ANN001
    """The persons of the text are those expected, none a land's adjective."""
    assert {e.name for e in read(text).entities if e.type == "Person"} == expected
