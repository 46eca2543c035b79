"""A first name and patronymic alone, as a speaker addresses someone ("Хуан Антонович, вы
человек молодой"), is the document's one person of that first name, never a new person nor
a stranger the gazetteer knows by those two words; one the gazetteer knows with another
patronymic is no such person (names87, forty-sixth pass; own sentences about Chile, Peru,
Estonia)."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import mention_persons, person_names

from kg.model import Extraction


def test_address_joins_named_person(run: Callable[[str], Extraction]) -> None:
    text = (
        "Министр экономики Чили Хуан Перес встретился с президентом Перу. Президент сказал: "
        "Хуан Антонович, вы человек достаточно молодой. Я желаю вам удачи."
    )
    ex = run(text)
    assert person_names(ex) == {"Хуан Перес"}
    assert mention_persons(ex)["Хуан Антонович"] == "Хуан Перес"


def test_address_no_gazetteer_stranger(run: Callable[[str], Extraction]) -> None:
    text = (
        "Министр экономики Эстонии Пётр Ковальчук остался в совете. Пётр Николаевич, вы "
        "человек достаточно молодой."
    )
    ex = run(text)
    assert mention_persons(ex)["Пётр Николаевич"] == "Пётр Ковальчук"
    assert all(e.key.startswith("person/petr-kovalchuk") for e in ex.entities if e.type == "Person")


def test_known_other_patronymic_apart(run: Callable[[str], Extraction]) -> None:
    # must not: the one Владимир named is known with another patronymic
    text = (
        "Президент Украины Владимир Зеленский прибыл в Латвию. Владимир Владимирович "
        "встретил его в Риге."
    )
    assert mention_persons(run(text))["Владимир Владимирович"] != "Владимир Зеленский"


def test_address_skips_known_other_patronymic(run: Callable[[str], Extraction]) -> None:
    # two persons of the first name: the one the gazetteer knows as "Алексеевич" is not him
    text = (
        "Новым министром экономики Эстонии назначен Пётр Ковальчук. Президент Украины Пётр "
        "Порошенко спросил у Ковальчука о работе. Порошенко сказал: Пётр Николаевич, вы "
        "человек достаточно молодой."
    )
    assert mention_persons(run(text))["Пётр Николаевич"] == "Пётр Ковальчук"
