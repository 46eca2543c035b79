"""Offices keep the case of abbreviations and proper names when shown ("генеральный
секретарь ЦК КПК", not "… цк кпк"), while lookups and the post's node ignore case."""

from __future__ import annotations

import pytest

from kg.gazetteer import Gazetteer, office_case
from kg.rdf import post_quads
from kg.resolve.names import NameParts
from kg.resolve.office_holders import name_holds


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        (
            "генеральный секретарь ЦК Компартии Вьетнама",
            "генеральный секретарь ЦК Компартии Вьетнама",
        ),
        ("председатель Европейской комиссии", "председатель Европейской комиссии"),
        ("официальный представитель МИД", "официальный представитель МИД"),
        # must-not: a capital that only opens the office goes
        ("Президент", "президент"),
        ("Премьер-министр", "премьер-министр"),
        # an abbreviation first keeps it
        ("ЦК КПВ", "ЦК КПВ"),
    ],
)
def test_office_case(written: str, shown: str) -> None:
    assert office_case(written) == shown


def test_a_gazetteer_office_keeps_its_abbreviations(tmp_path) -> None:
    user = tmp_path / "extra.tsv"
    user.write_text(
        "person\t\tЧан Ван Тхань\tЧан\t\tВан Тхань\tTran Van Thanh\t\t"
        "Генеральный секретарь ЦК КПВ@VNM:2020..\n",
        encoding="utf-8",
    )
    gaz = Gazetteer.load([user])
    person = next(p for p in gaz.persons_by_surname("Ван Тхань"))
    assert [t.office for t in person.terms] == ["генеральный секретарь ЦК КПВ"]
    # a title read from text is lower case: it is still that office
    parts = NameParts(first="Чан", last="Ван Тхань")
    assert name_holds(gaz, parts, "генеральный секретарь цк кпв", "state/VNM")
    assert gaz.office_holder("генеральный секретарь цк кпв", "VNM", "2021") is person


def test_one_post_however_cased() -> None:
    quads: list = []

    def add(*q) -> None:
        quads.append(q)

    assert post_quads("председатель Сената", "state/ARG", add) == post_quads(
        "председатель сената", "state/ARG", add
    )
