"""A surname alone spelt with "а" where the text named a person in full with "у" before two
consonants ("Генрих Трумп … позволить Трампу") is that person, a German "u" written the
English way, not the persons table's namesake of the other spelling; a text that names a
person of the very spelling keeps that one (names84, forty-fifth pass; own sentences about
Canada, Mexico)."""

from __future__ import annotations

from collections.abc import Callable

from fact_reads import mention_persons, person_names

from kg.model import Extraction


def test_lone_variant_is_the_named(run: Callable[[str], Extraction]) -> None:
    ex = run(
        "В 1890 году Генрих Трумп переехал из Мексики в Канаду. Власти Канады позволили "
        "Трампу остаться в Ванкувере."
    )
    assert mention_persons(ex)["Трампу"] == "Генрих Трумп"
    assert "Дональд Трамп" not in person_names(ex)


def test_named_spelling_keeps_its_person(run: Callable[[str], Extraction]) -> None:
    """must not: the text names Donald Trump too, so "Трамп" alone is his."""
    ex = run(
        "Историк Генрих Трумп прибыл в Оттаву. Президент США Дональд Трамп встретил премьера "
        "Канады. Трамп заявил о новых пошлинах."
    )
    assert mention_persons(ex)["Трамп"] == "Дональд Трамп"


def test_other_vowel_stays_apart(run: Callable[[str], Extraction]) -> None:
    """must not: "у" before a consonant and a vowel is no such spelling ("Лукин"/"Лакин")."""
    names = person_names(
        run("Министр Мексики Эмилио Лукин прибыл в Оттаву. Лакин выступил в парламенте.")
    )
    assert "Эмилио Лукин" in names
    assert any(n.endswith("Лакин") for n in names)
