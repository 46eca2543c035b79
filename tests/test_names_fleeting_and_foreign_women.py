"""Two classes of a person's name (sixty-first pass, h-names136), in sentences of our own
with must-nots beside the musts:

- a foreign woman's first name in "-а"/"-я" the dictionary does not know is a woman's when
  an event's label declines it ("Анналена Бербок" → "Анналены Бербок", not "…Бербока"),
  while a known man's name in "-а" or a listed one stays his ("Никита", "Иса", "Нарендра");
- a man's surname the dictionary knows as a name with a fleeting vowel is rebuilt with it
  ("Петром Павлом" → "Павел", not "Павл"), while "Павловым" stays "Павлов".
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract.events import Event
from kg.extract.events.labels import person_in
from kg.resolve.gender import nominative_name_gender
from kg.resolve.surname_declension import declined_surname

# (text, words the talks' label holds, words it must not)
LABELS = [
    ("Министры иностранных дел Швеции и Норвегии Ульрика Сторм и Эспен Барт Эйде провели "
     "консультации в Осло.", ["Ульрики Сторм "], ["Сторма"]),
    ("Министры экономики Болгарии и Румынии Меглена Петрович и Богдан Иванов провели "
     "переговоры в Софии.", ["Меглены Петрович "], ["Петровича"]),
    # must-nots: a known man's name in "-а", a known woman's name
    ("Министры иностранных дел Финляндии и Эстонии Элина Валтонен и Никита Лебедев "
     "провели консультации в Хельсинки.", ["Никиты Лебедева", "Элины Валтонен "], ["Валтонена"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "inside", "outside"), LABELS)
def test_foreign_women_declined_in_labels(
    events: Callable[..., list[Event]], text: str, inside: list[str], outside: list[str]
) -> None:
    (talks,) = [e for e in events(text) if e.kind == "Talks"]
    assert all(words in talks.label + " " for words in inside), talks.label
    assert not any(words in talks.label + " " for words in outside), talks.label


@pytest.mark.parametrize(
    ("first", "gender"),
    [
        ("Анналена", "femn"),
        ("Ульрика", "femn"),
        ("Меглена", "femn"),
        ("Нарендра", "masc"),
        # must-nots: known men's names in "-а", a known word no name
        ("Никита", "masc"),
        ("Иса", "masc"),
        ("Муса", "masc"),
        ("Халифа", ""),
    ],
)
def test_nominative_name_gender(first: str, gender: str) -> None:
    assert nominative_name_gender(first) == gender


@pytest.mark.parametrize(
    ("name", "case", "label"),
    [
        ("Анналена Бербок", "gent", "Анналены Бербок"),
        ("Нарендра Моди", "gent", "Нарендры Моди"),
        ("Иса Абдулла", "ablt", "Исой Абдуллой"),
    ],
)
def test_person_in(name: str, case: str, label: str) -> None:
    assert person_in(name, case) == label


@pytest.mark.parametrize(
    ("written", "case", "nominative"),
    [
        ("Павлом", "Ins", "Павел"),
        ("Павла", "Gen", "Павел"),
        ("Павлу", "Dat", "Павел"),
        # must-nots: a surname in "-ов", no fleeting vowel ("Козлом", a noun's: "Козел",
        # sixty-second pass, tests/test_names_gender_lemmas.py)
        ("Павловым", "Ins", "Павлов"),
        ("Петром", "Ins", "Петр"),
        ("Шольцем", "Ins", "Шольц"),
    ],
)
def test_fleeting_vowel_surname(written: str, case: str, nominative: str) -> None:
    assert declined_surname(written, case, False) == nominative


@pytest.mark.parametrize(
    ("text", "name", "first_last"),
    [
        ("Премьер-министр Словакии встретился с президентом Чехии Петром Павлом в Праге.",
         "Петром Павлом", "Петр Павел"),
        ("Министр финансов Сербии провёл переговоры с министром финансов Болгарии Иваном "
         "Павловым в Софии.", "Иваном Павловым", "Иван Павлов"),
    ],
)  # fmt: skip
def test_fleeting_vowel_in_text(
    full_name: Callable[[str, str], str], text: str, name: str, first_last: str
) -> None:
    assert full_name(text, name).replace("ё", "е") == first_last
