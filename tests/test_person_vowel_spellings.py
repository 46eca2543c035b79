"""One foreign surname a document spells with another vowel, е/и/э, а/о or ы/и ("Гутерриш" in
a caption, "Гутерреш" in the text), is one person where the first names agree or the
variant stands alone, in either order, with the gazetteer's spelling as the label where it
links one (names94, forty-eighth pass; own sentences about Portugal–Brazil, Chile–Peru,
Turkey–Greece). Must-nots: another first name, a surname of four letters, a vowel in a
Russian surname's suffix, a Spanish "-ес"/"-ис", a spelling the gazetteer gives another
person."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons, person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        # е/и: the gazetteer's "Гутерриш" named first, the text's "Гутерреш" after
        ("Генсек ООН Антониу Гутерриш прибыл в Лиссабон. Антониу Гутерреш провёл переговоры "
         "с президентом Португалии.", "Антониу Гутерреш", "Антониу Гутерриш"),
        # ... the text's spelling first: the gazetteer's is the label
        ("Генсек ООН Антониу Гутерреш прибыл в Бразилиа. Антониу Гутерриш провёл переговоры "
         "с президентом Бразилии.", "Антониу Гутерреш", "Антониу Гутерриш"),
        # a surname alone in a headline, the full name in the text
        ("Гутерреш прибыл в Лиссабон\nГенсек ООН Антониу Гутерриш провёл переговоры с "
         "президентом Португалии.", "Гутерреш", "Антониу Гутерриш"),
        ("Генсек ООН Антониу Гутерриш прибыл в Бразилиа. Гутерреш провёл переговоры с "
         "президентом Бразилии.", "Гутерреш", "Антониу Гутерриш"),
        # а/о, no gazetteer person: the first spelling is the label
        ("Министр обороны Чили Хорхе Вальдомаро прибыл в Лиму. Хорхе Вальдамаро провёл "
         "переговоры с министром обороны Перу.", "Хорхе Вальдамаро", "Хорхе Вальдомаро"),
        # ы/и: a Turkish "ı"
        ("Министр Турции Мехмет Йылдырым прибыл в Афины. Йылдирым провёл переговоры с "
         "министром Греции.", "Йылдирым", "Мехмет Йылдырым"),
        # a vowel in a Russian surname's stem, a transliteration's ("Tsarnaev")
        ("Посол Греции Ахмед Царнаев прибыл в Анкару. Ахмед Цорнаев провёл переговоры в "
         "МИД Турции.", "Ахмед Цорнаев", "Ахмед Царнаев"),
    ],
)  # fmt: skip
def test_one_person_of_two_vowels(
    run: Callable[[str], Extraction], text: str, mention: str, person: str
) -> None:
    ex = run(text)
    assert mention_persons(ex)[mention] == person
    assert len([n for n in person_names(ex) if n.split()[-1][:3] == person.split()[-1][:3]]) == 1


def test_the_gazetteer_entry_is_the_label(run: Callable[[str], Extraction]) -> None:
    ex = run(
        "Гутерреш прибыл в Лиссабон\nГенсек ООН Антониу Гутерреш провёл переговоры с президентом "
        "Португалии. Антониу Гутерриш заявил, что доволен."
    )
    people = [e for e in ex.entities if e.type == "Person" and "Гутерр" in e.name]
    assert [(e.key, e.name) for e in people] == [("person/antonio-guterres", "Антониу Гутерриш")]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # another first name
        ("Министр Чили Хорхе Вальдомаро прибыл в Лиму. Карлос Вальдамаро остался в Сантьяго.",
         {"Хорхе Вальдомаро", "Карлос Вальдамаро"}),
        # two Spanish surnames, "-ес" and "-ис"
        ("Министр Чили Мария Санчес прибыла в Лиму. Мария Санчис провела переговоры с "
         "министром Перу.", {"Мария Санчес", "Мария Санчис"}),
        # a vowel of a Russian surname's suffix
        ("Посол Греции Иван Петров прибыл в Анкару. Иван Петрав остался в Афинах.",
         {"Иван Петров", "Иван Петрав"}),
        ("Посол Греции Анна Карина прибыла в Анкару. Анна Карена осталась в Афинах.",
         {"Анна Карина", "Анна Карена"}),
        # four letters: too short to tell from another
        ("Министр Перу Хосе Мора прибыл в Сантьяго. Хосе Мара остался в Лиме.",
         {"Хосе Мора", "Хосе Мара"}),
    ],
)  # fmt: skip
def test_other_people_stay_apart(
    run: Callable[[str], Extraction], text: str, persons: set[str]
) -> None:
    assert person_names(run(text)) >= persons


def test_a_spelling_the_gazetteer_gives_another(run: Callable[[str], Extraction]) -> None:
    """must not: "Манро" is Элис Манро's spelling in the gazetteer, no "Монро" of the text."""
    ex = run("Актриса Мэрилин Монро прибыла в Афины. Манро заявила, что рада визиту в Грецию.")
    assert mention_persons(ex)["Манро"] != "Мэрилин Монро"
    ex = run("Манро прибыла в Афины\nАктриса Мэрилин Монро заявила, что рада визиту в Грецию.")
    assert mention_persons(ex)["Манро"] != "Мэрилин Монро"
