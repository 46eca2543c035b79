"""A full name in brackets after a stage name ("танцовщицы Сальмы (Каролины эль-Хадад)") is
the same person, and so is the surname of that name alone later ("контактах с эль-Хадад"):
no second person of the bracketed name; another first name with that surname stays apart
(names87, forty-sixth pass; own sentences about Peru, Chile)."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import mention_persons, person_names

from kg.model import Extraction

TEXT = (
    "Суд Перу приговорил бывшего президента Алана Гарсию к семи годам лишения свободы по делу "
    "несовершеннолетней танцовщицы Сальмы (Каролины эль-Хадад). Суд признал Гарсию виновным "
    "в контактах с эль-Хадад, которой на тот момент было 17 лет."
)


def test_bracketed_surname_alone_same_person(run: Callable[[str], Extraction]) -> None:
    ex = run(TEXT)
    assert person_names(ex) == {"Алан Гарсия", "Сальма"}
    assert mention_persons(ex)["эль-Хадад"] == "Сальма"


def test_other_first_name_apart(run: Callable[[str], Extraction]) -> None:
    # must not: a namesake named in full with another first name is another person
    ex = run(TEXT + " Её сестра Лейла эль-Хадад прибыла в Сантьяго.")
    assert mention_persons(ex)["Лейла эль-Хадад"] == "Лейла эль-Хадад"
