"""A surname alone in the dative, "-с" + "-у" after a vowel ("позвонил Моралесу"), that no
persons table knows as written: the "-у" is the dative's, the person is named by the
nominative "Моралес", and joins the one the text names in full by it (forty-sixth pass,
h-names86; own sentences about Peru, Chile, Mexico, Canada). A Romanian "-у" of a short
stem, a Portuguese surname after a first name in "-у" and a surname read in another
case keep theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fact_reads import mention_persons, person_names

from kg.model import Extraction


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        ("Президент Перу позвонил Санчесу накануне визита в Чили.", "Санчесу", "Санчес"),
        ("Президент Перу позвонил Нуньесу накануне визита в Чили.", "Нуньесу", "Нуньес"),
        ("Президент Мексики позвонил Варгасу накануне визита в Канаду.", "Варгасу", "Варгас"),
        ("Президент Чили позвонил Рейесу накануне визита в Перу.", "Рейесу", "Рейес"),
        (
            "Президент Перу позвонил Кастельяносу накануне визита в Чили.",
            "Кастельяносу",
            "Кастельянос",
        ),
        # must: as before, an "-у" the dictionary reads as a dative
        ("Президент Мексики позвонил Эвансу накануне визита в Канаду.", "Эвансу", "Эванс"),
        ("Президент Перу позвонил Гомесу накануне визита в Чили.", "Гомесу", "Гомес"),
    ],
)
def test_lone_dative_is_named_by_nominative(
    run: Callable[[str], Extraction], text: str, mention: str, person: str
) -> None:
    ex = run(text)
    assert mention_persons(ex)[mention] == person
    assert mention not in person_names(ex)


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        (
            "Министр обороны Канады Гарет Эванс прибыл в Мехико. Президент Мексики вручил "
            "Эвансу орден.",
            "Эвансу",
            "Гарет Эванс",
        ),
        (
            "Президент Мексики позвонил Эвансу. Министр обороны Канады Гарет Эванс прибыл "
            "в Мехико.",
            "Эвансу",
            "Гарет Эванс",
        ),
        (
            "Министр обороны Чили Хуан Варгас прибыл в Лиму. Президент Перу позвонил "
            "Варгасу накануне.",
            "Варгасу",
            "Хуан Варгас",
        ),
        (
            "Президент Перу позвонил Варгасу накануне. Варгас прибыл в Лиму в понедельник.",
            "Варгасу",
            "Варгас",
        ),
    ],
)
def test_lone_dative_joins_its_person(
    run: Callable[[str], Extraction], text: str, mention: str, person: str
) -> None:
    assert mention_persons(run(text))[mention] == person


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        # must not: a short Romanian stem's "-у" is the name's own
        ("Президент Румынии позвонил Гросу накануне визита в Молдавию.", "Гросу", "Гросу"),
        # must not: a Portuguese surname's "-су" after a first name that keeps its own "-у"
        (
            "Президент Бразилии позвонил Паулу Мендосу накануне визита в Анголу.",
            "Паулу Мендосу",
            "Паулу Мендосу",
        ),
        # must not: read in the nominative, the "-у" stays
        (
            "Министр Эквадора Варгасу прибыл в Лиму, сообщили в МИД Перу.",
            "Варгасу",
            "Варгасу",
        ),
    ],
)
def test_own_u_stays(
    run: Callable[[str], Extraction], text: str, mention: str, person: str
) -> None:
    assert mention_persons(run(text)).get(mention, person) == person


@pytest.mark.parametrize(
    ("text", "mention", "person"),
    [
        ("Президент Мексики вручил орден Эвансу накануне визита в Канаду.", "Эвансу", "Эванс"),
        ("Президент Перу вручил медаль Моралесу накануне визита в Чили.", "Моралесу", "Моралес"),
    ],
)
def test_dative_after_an_award_is_its_holder(
    run: Callable[[str], Extraction], text: str, mention: str, person: str
) -> None:
    """An award's noun names no eponym in the dative: the one given it."""
    assert mention_persons(run(text)).get(mention) == person


@pytest.mark.parametrize(
    "text",
    [
        # must not: an eponym's genitive names no one
        "Президент Мексики вручил орден Ленина послу Канады в Мехико.",
        "Ученые Чили и Перу изучают болезнь Альцгеймера.",
    ],
)
def test_eponym_genitive_stays_no_person(run: Callable[[str], Extraction], text: str) -> None:
    assert not {"Ленин", "Альцгеймер"} & person_names(run(text))
