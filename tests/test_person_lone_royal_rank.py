"""A royal rank alone as a title mention ("— рассказала принцесса") takes the document's
one person of that rank and sex, though a surname after a rank of the other sex ("дочь
принца Сато") is another person of the document (fix46b, forty-sixth pass; own sentences
about Japan, Turkey, Egypt)."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import mention_persons, person_names

from kg.model import Extraction


def _title_mentions(ex: Extraction, word: str) -> set[str]:
    names = {e.key: e.name for e in ex.entities if e.type == "Person"}
    return {names[m.entity] for m in ex.mentions if m.text == word and m.entity in names}


def test_lone_rank_beside_a_father_of_her_surname(run: Callable[[str], Extraction]) -> None:
    text = (
        "Принцесса Анна Сато посетила Турцию и объявила о помолвке. Она старшая дочь "
        "принца Сато. «Я очень рада этой поездке», — рассказала принцесса журналистам."
    )
    ex = run(text)
    assert {"Анна Сато", "Сато"} <= person_names(ex)
    assert _title_mentions(ex, "принцесса") == {"Анна Сато"}


def test_lone_rank_of_a_listed_princess(run: Callable[[str], Extraction]) -> None:
    # the tables list her, and the dictionary guesses her first name a man's: the woman's
    # rank the text gives her tells her sex, and her father "принц Акисино" is another person
    text = (
        "Принцесса Мако Акисино посетила Египет и объявила о помолвке. Она старшая дочь "
        "принца Акисино. «Я очень рада этой поездке в Каир», — рассказала принцесса "
        "журналистам."
    )
    ex = run(text)
    assert mention_persons(ex)["Акисино"] == "Акисино"
    assert _title_mentions(ex, "принцесса") == {"Мако Акисино"}


def test_lone_rank_one_princess(run: Callable[[str], Extraction]) -> None:
    # must not: without her father the lone rank is hers as before
    text = (
        "Принцесса Анна Сато посетила Египет. «Я очень рада этой поездке», — рассказала "
        "принцесса журналистам."
    )
    ex = run(text)
    assert _title_mentions(ex, "принцесса") == {"Анна Сато"}
    assert mention_persons(ex).get("Сато") in (None, "Анна Сато")
