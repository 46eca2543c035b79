"""A name in brackets after "ранее"/"прежде" right after another ("Джоан Уилсон (ранее Джон
Уилсон)") is the same person's former name, not a second person, and the surname alone
later is that person's (names84, forty-fifth pass; own sentences about Canada, Mexico,
Estonia, Latvia)."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import mention_persons, person_names

from kg.model import Extraction


def test_former_name_is_one_person(run: Callable[[str], Extraction]) -> None:
    ex = run(
        "Активистка Джоан Уилсон (ранее Джон Уилсон) вышла из тюрьмы в Оттаве. "
        "Уилсон провела там пять лет."
    )
    persons = mention_persons(ex)
    assert persons["Джон Уилсон"] == persons["Джоан Уилсон"] == persons["Уилсон"]
    assert "Джон Уилсон" not in person_names(ex)


def test_former_surname_after_prezhde(run: Callable[[str], Extraction]) -> None:
    persons = mention_persons(
        run("Министр Мексики Хуан Перес (прежде Хуан Гомес) прибыл в Оттаву.")
    )
    assert persons["Хуан Гомес"] == persons["Хуан Перес"]


def test_predecessor_in_brackets_stays_apart(run: Callable[[str], Extraction]) -> None:
    """must not: a clause in the brackets names another holder."""
    names = person_names(
        run(
            "Министр иностранных дел Эстонии Маргус Цахкна (ранее этот пост занимал Урмас "
            "Рейнсалу) прибыл в Ригу."
        )
    )
    assert {"Маргус Цахкна", "Урмас Рейнсалу"} <= names


def test_two_persons_listed_stay_apart(run: Callable[[str], Extraction]) -> None:
    """must not: two names in brackets after a body are two persons."""
    names = person_names(run("Послы Латвии (Янис Берзиньш, Андрис Озолс) прибыли в Таллин."))
    assert {"Янис Берзиньш", "Андрис Озолс"} <= names


def test_thing_subjects_verb_tells_nothing_of_the_name(run: Callable[[str], Extraction]) -> None:
    """A thing's noun right before an undeclined surname is the verb's subject ("поступок
    Уилсон привёл"): the masculine verb does not make the surname the man's."""
    ex = run(
        "Джоан Уилсон вышла на свободу.\nДжон Уилсон до смены пола\nДжоан Уилсон (ранее Джон "
        "Уилсон) — канадская военнослужащая. Первоначально Уилсон была приговорена к 35 годам. "
        "По словам критиков, поступок Уилсон привёл к разглашению данных Мексики."
    )
    persons = {m.start: m for m in ex.mentions}
    names = {e.key: e.name for e in ex.entities}
    lone = [names[m.entity] for m in persons.values() if m.text == "Уилсон"]
    assert lone == ["Джоан Уилсон", "Джоан Уилсон"]


def test_persons_noun_before_keeps_the_verb(run: Callable[[str], Extraction]) -> None:
    """must not: a person's noun before the surname lets the verb tell his sex."""
    ex = run(
        "Министр Канады Джоан Уилсон и посол Мексики Джон Уилсон прибыли в Оттаву. "
        "Затем посол Уилсон заявил о поддержке Канады."
    )
    lone = [m for m in ex.mentions if m.text == "Уилсон"]
    names = {e.key: e.name for e in ex.entities}
    assert [names[m.entity] for m in lone] == ["Джон Уилсон"]
