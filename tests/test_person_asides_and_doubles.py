"""A name after "(также:" that follows a place or thing natasha tagged no person ("горы
Арарат (также: Масис)") is that thing's other name, no person; after a person's name it is
that person's ("Тенцинг Норгей (также: Норгей Шерпа)"). A lone word read as a first name
with a consonant doubled in another place than a surname the text named ("Алладин" after
"Карим Аладдин") is that person (names84, forty-fifth pass; own sentences about Egypt,
Turkey). A name after "типа" that follows a thing's noun ("турнир типа Сан Луис") names
a kind, no person."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import mention_persons, person_names

from kg.model import Extraction


def test_mountains_other_name_is_no_person(run: Callable[[str], Extraction]) -> None:
    names = person_names(
        run("Делегация Египта поднялась на вершину горы Арарат (также: Масис) в Турции.")
    )
    assert not any("Масис" in n for n in names)


def test_persons_other_name_stays_his(run: Callable[[str], Extraction]) -> None:
    """must not: after a person's name the brackets name him again."""
    persons = mention_persons(
        run("Альпинист Тенцинг Норгей (также: Норгей Шерпа) прибыл в Каир из Турции.")
    )
    assert persons.get("Норгей Шерпа") == persons["Тенцинг Норгей"]


def test_doubled_elsewhere_joins(run: Callable[[str], Extraction]) -> None:
    ex = run(
        "Министр Египта Карим Аладдин прибыл в Анкару. Алладин провёл переговоры с коллегой "
        "из Турции."
    )
    assert mention_persons(ex)["Алладин"] == "Карим Аладдин"
    assert "Алладин" not in person_names(ex)


def test_other_first_names_apart(run: Callable[[str], Extraction]) -> None:
    """must not: two first names, two men."""
    names = person_names(
        run("Министр Египта Карим Аладдин встретил посла Турции Ахмета Алладина в Каире.")
    )
    assert {"Карим Аладдин", "Ахмет Алладин"} <= names


def test_kind_after_tipa_is_no_person(run: Callable[[str], Extraction]) -> None:
    """A name after "типа" that follows a thing's noun names a kind ("турнир типа …")."""
    names = person_names(run("Египет и Турция провели турнир типа Сан Луис в Каире."))
    assert not any("Луис" in n for n in names)


def test_person_after_tipa_of_people_stays(run: Callable[[str], Extraction]) -> None:
    """must not: after a noun of persons, "типа" compares with a person."""
    names = person_names(run("Политики типа Карима Аладдина популярны в Египте."))
    assert "Карим Аладдин" in names
