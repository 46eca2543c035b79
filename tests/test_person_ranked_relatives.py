"""A surname alone after a royal rank of the other sex than the person of that surname the
document named ("дочь принца Сато" after "Принцесса Анна Сато … посетила") is another
person, her relative, in the nominative the document wrote; a rank of the same sex keeps
the name on that person (names87, forty-sixth pass; own sentences about Japan, Turkey,
Egypt)."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import mention_persons, person_names

from kg.model import Extraction


def test_father_by_rank_apart(run: Callable[[str], Extraction]) -> None:
    ex = run("Принцесса Анна Сато посетила Турцию. Она дочь принца Сато.")
    assert person_names(ex) == {"Анна Сато", "Сато"}


def test_father_by_rank_apart_when_name_tells_no_sex(run: Callable[[str], Extraction]) -> None:
    text = (
        "Принцесса Мако Ямада, внучка императора Японии, объявила о помолвке с гражданином "
        "Египта. 25-летняя принцесса — старшая дочь принца Ямада."
    )
    ex = run(text)
    assert "Ямада" in person_names(ex)
    assert "Ямад" not in person_names(ex)


def test_same_rank_same_person(run: Callable[[str], Extraction]) -> None:
    # must not: the same rank's sex keeps the surname on the person
    ex = run("Принц Кэнтаро Сато посетил Египет. Принц Сато встретился с министром Египта.")
    assert mention_persons(ex)["Сато"] == "Кэнтаро Сато"
    ex = run("Принцесса Анна Сато посетила Турцию. Принцесса Сато встретилась с министром.")
    assert mention_persons(ex)["Сато"] == "Анна Сато"


def test_gazetteer_person_apart_from_her_father(run: Callable[[str], Extraction]) -> None:
    # the gazetteer knows her by the surname too: the rank keeps her father off her entry,
    # and her name drops the rank the table writes before it
    text = (
        "Принцесса Мако Акисино посетила Египет и объявила о помолвке. Она старшая дочь "
        "принца Акисино."
    )
    ex = run(text)
    names = {e.name: e.wikidata for e in ex.entities if e.type == "Person"}
    assert names.get("Мако Акисино") == "Q509565"
    assert "Принцесса Мако Акисино" not in names
    assert mention_persons(ex)["Акисино"] == "Акисино"
