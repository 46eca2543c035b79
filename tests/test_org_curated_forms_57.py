"""Other full names a source gives a curated row's body (forty-ninth pass, h-orgs57): a
capitalised form of two words or more that no name of the row reads as ("Национального
агентства воздушного транспорта" of "Аэронав", Ghana's own item) becomes the row's alias,
so news naming the body so gets its QID. Must-nots: the row's name cut short or grown (a
part's name), and a form another item shares."""

from __future__ import annotations

from kg.data.links_orgs import curated_abbreviations
from kg.data.links_table import Item
from kg.gazetteer import Gazetteer, OrgEntry

ROW = OrgEntry(
    "org/aeronav", "Аэронав", (), "Aeronav", "Q900001", "GHA", "Company"
)  # a curated row of our own
UNION = OrgEntry(
    "org/union",
    "Африканский союз транспорта",
    (),
    "",
    "Q900002",
    "",
    "IntergovernmentalOrganization",
)


def test_other_full_names_of_a_curated_body_become_its_aliases() -> None:
    """Other full names are added; cut and grown names, and shared forms, are not."""
    items = [
        Item(
            "Q900001",
            "ORGANIZATION",
            "Аэронав",
            3,
            (
                "Аэронав",
                "Национального агентства воздушного транспорта",  # another full name
                "Аэронав — Северный филиал",  # grown: a part's name
                "Агентства Ганы",  # shared with the item below
            ),
        ),
        Item(
            "Q900002",
            "ORGANIZATION",
            "Африканский союз транспорта",
            2,
            ("Африканского союза", "Африканского союза транспорта", "Агентства Ганы"),
        ),
    ]
    added = curated_abbreviations(items, Gazetteer([ROW, UNION]), {})
    assert added.get("org/aeronav") == ["Национального агентства воздушного транспорта"]
    # must not: "Африканского союза" is the row's name cut short
    assert "org/union" not in added
