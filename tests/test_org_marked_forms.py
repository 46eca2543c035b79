"""A links table's surface form with the wiki markup's apostrophes around it ("'Toronto
Nordics", "''Ferrano''") is the name without them, so a Latin name annotators marked so is
one of the item's names; an apostrophe inside a name stays. Names of our own (forty-third
pass, h-links72)."""

from __future__ import annotations

from pathlib import Path

from kg.data.build_links import build
from kg.data.links_table import Item, read_table
from kg.gazetteer import Gazetteer

HEAD = "qid\ttype\tcanonical_name\tdocs\tsurface_forms\n"


def test_apostrophes_of_the_markup_are_no_part_of_a_form(tmp_path: Path) -> None:
    """Must not: drop an apostrophe inside a name ("O'Rourke Mining")."""
    table = tmp_path / "links.tsv"
    table.write_text(
        HEAD
        + "Q7400101\tORGANIZATION\tТоронто Нордикс\t2\t'Toronto Nordics | Торонто Нордикс\n"
        + "Q7400102\tORGANIZATION\tФеррано\t2\t''Ferrano'' | 'Ferrano\n"
        + "Q7400103\tORGANIZATION\tО'Рурк Майнинг\t2\tO'Rourke Mining\n",
        encoding="utf-8",
    )
    forms = {i.qid: i.forms for i in read_table(table)}
    assert forms == {
        "Q7400101": ("Toronto Nordics", "Торонто Нордикс"),
        "Q7400102": ("Ferrano", "Ferrano"),
        "Q7400103": ("O'Rourke Mining",),
    }


def test_a_latin_name_marked_so_is_a_name_of_the_item(tmp_path: Path) -> None:
    table = tmp_path / "links.tsv"
    table.write_text(
        HEAD + "Q7400101\tORGANIZATION\tТоронто Нордикс\t2\t'Toronto Nordics | Торонто Нордикс\n",
        encoding="utf-8",
    )
    _, rows, _ = build(read_table(table), Gazetteer([]))
    assert [(r[2], r[3]) for r in rows] == [("Торонто Нордикс", "Toronto Nordics")]


def test_must_not_a_latin_form_of_other_words_becomes_a_name() -> None:
    items = [Item("Q7400104", "ORGANIZATION", "Торонто Нордикс", 2, ("Line", "Торонто Нордикс"))]
    _, rows, _ = build(items, Gazetteer([]))
    assert [(r[2], r[3]) for r in rows] == [("Торонто Нордикс", "")]
