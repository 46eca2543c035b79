"""A surname the text writes with the Russian "-ов"/"-ев" ending the gazetteer's office
holder no longer bears ("Эмомали Рахмонов", his name before 2007, of "Эмомали Рахмон") is
that holder when the first names agree; never where the surname as written is the
gazetteer's own ("Александр Турчинов" beside "Александр Турчин"), a first name differs, or
the stem is a short one (fifty-sixth pass, h-names117; own sentences about Tajikistan,
Uzbekistan, Ukraine, Belarus)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.model import Extraction

RAHMON = "person/emomali-rahmon"

LINKED = [
    # must: the Russified form of the gazetteer's surname, the same first name
    ("Президент Таджикистана Эмомали Рахмонов прибыл в Ташкент.", "Эмомали Рахмонов", RAHMON),
    ("В Душанбе Эмомали Рахмонов принял делегацию Узбекистана.", "Эмомали Рахмонов", RAHMON),
    # must not: another first name beside the same stem is a stranger
    ("Министр Таджикистана Рустам Рахмонов прибыл в Ташкент.", "Рустам Рахмонов", ""),
    # must not: two holders the gazetteer gives both forms of stay each his own
    ("Премьер Белоруссии Александр Турчин прибыл в Киев.", "Александр Турчин",
     "person/alexander-turchin"),
    ("Александр Турчинов встретился с послом Белоруссии в Киеве.", "Александр Турчинов",
     "person/oleksandr-turchynov"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "key"), LINKED)
def test_russified_surname_links_its_holder(
    run: Callable[[str], Extraction], text: str, name: str, key: str
) -> None:
    """The person a full name links to: the gazetteer's entry, or a new person ("")."""
    ex = run(text)
    linked = {m.entity.removeprefix("https://w3id.org/kg-bilateral/id/") for m in ex.mentions
              if m.text == name}  # fmt: skip
    assert len(linked) == 1
    got = linked.pop()
    assert got == key if key else got != RAHMON


def test_russified_surname_alone_later_is_the_same_person(
    run: Callable[[str], Extraction],
) -> None:
    """The surname alone after the full Russified name is the holder too."""
    ex = run(
        "Эмомали Рахмонов прибыл в Ташкент. Рахмонов провёл переговоры с президентом Узбекистана."
    )
    assert {m.entity for m in ex.mentions if m.text.startswith("Рахмонов")} == {RAHMON}
