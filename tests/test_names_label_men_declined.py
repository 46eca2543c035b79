"""A man's name declines in an event's label where the document tells he is a man: by his
surname's adjectival form ("Кароль Навроцкий", whose "Кароль" the dictionary knows as a
woman's: "Кароля Навроцкого"), and a name listed after the subject's title is read in the
nominative however the tagger reads its surname ("Министры … X и Фейсал бин Фархан
провели": "Фейсала бин Фархана"). Women's names, indeclinable ones and names in "-о" stay
as they were. Sentences of our own, must-nots beside the musts (sixty-first pass,
h-names133)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.events import Event
from kg.resolve.gender import adjective_surname_gender, surname_gender

# (text, words the talks' label holds, words it must not)
LABELS = [
    ("Министр обороны Польши Кароль Вишневецкий провёл переговоры с министром обороны Литвы "
     "Лаурюсом Каснаускасом в Вильнюсе.", ["Кароля Вишневецкого"], ["Кароль Вишневецкий"]),
    ("Вице-премьер Польши Кароль Дудый провёл переговоры с министром финансов Чехии Збынеком "
     "Странским в Праге.", ["Кароля Дудого", "Збынека Странского"], ["Дудыя"]),
    ("Министры иностранных дел Турции и Саудовской Аравии Хакан Фидан и Фейсал бин Фархан "
     "провели консультации в Анкаре.", ["Фейсала бин Фархана", "Хакана Фидана"],
     ["Фейсал бин"]),
    # must-nots: a woman's name, an indeclinable one, a name in "-о"
    ("Президент Перу Дина Болуарте провела переговоры с президентом Эквадора Даниэлем Нобоа "
     "в Кито.", ["Дины Болуарте", "Даниэля Нобоа"], []),
    ("Министр иностранных дел Австралии Пенни Вонг провела переговоры с министром "
     "иностранных дел Новой Зеландии Уинстоном Питерсом в Веллингтоне.",
     ["Пенни Вонг ", "Уинстона Питерса"], ["Вонга"]),
    ("Министры иностранных дел Австралии и Японии Пенни Вонг и Ёко Камикава провели "
     "консультации в Токио.", ["Пенни Вонг", "Ёко Камикавы"], ["Вонга"]),
    ("Президент Того Фор Гнассингбе провёл переговоры с президентом Ганы Джоном Махамой в "
     "Аккре.", ["Фора Гнассингбе", "Джона Махамы"], []),
    ("Госсекретарь США Марко Рубио провёл переговоры с министром иностранных дел Индии "
     "Субраманьямом Джайшанкаром в Вашингтоне.", ["Марко Рубио"], ["Марка"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "inside", "outside"), LABELS)
def test_men_declined_in_labels(
    events: Callable[..., list[Event]], text: str, inside: list[str], outside: list[str]
) -> None:
    (talks,) = [e for e in events(text) if e.kind == "Talks"]
    assert all(words in talks.label for words in inside), talks.label
    assert not any(words in talks.label for words in outside), talks.label


@pytest.mark.parametrize(
    ("surname", "gender"),
    [
        ("Навроцкий", "masc"),
        ("Качиньский", "masc"),
        ("Дудый", "masc"),
        # must-nots: a woman's form, a consonant, a vowel, "-ой", a short word
        ("Навроцкая", ""),
        ("Бербок", ""),
        ("Кличко", ""),
        ("Цой", ""),
        ("Вий", ""),
    ],
)
def test_adjectival_surnames_tell_a_man(surname: str, gender: str) -> None:
    assert adjective_surname_gender(surname) == gender


# "Министры Египта и Омана Самир Хадад и Халид бин Салман провели консультации", the parse
# the tagger may give: the second name joined to the first, which stands in apposition to
# the subject, its surname hung on "бин" and read as genitive
_LISTED = (
    ["Министры", "Египта", "и", "Омана", "Самир", "Хадад", "и", "Халид", "бин", "Салман",
     "провели", "консультации"],
    [10, 0, 3, 1, 0, 4, 7, 4, 7, 8, 10, 10],
    ["nsubj", "nmod", "cc", "conj", "appos", "flat:name", "cc", "conj", "appos", "flat:name",
     "ROOT", "obj"],
)  # fmt: skip
# must-not: the same names after a title a preposition governs, where an unchanged surname
# tells a woman ("встретился с министрами … Самиром Хададом и Халидой бин Салман")
_OBLIQUE = (
    ["Президент", "встретился", "с", "министрами", "Египта", "и", "Омана", "Самиром",
     "Хададом", "и", "Халидой", "бин", "Салман"],
    [1, 1, 3, 1, 3, 6, 4, 3, 7, 10, 7, 10, 11],
    ["nsubj", "ROOT", "case", "obl", "nmod", "cc", "conj", "appos", "flat:name", "cc", "conj",
     "appos", "flat:name"],
)  # fmt: skip


@pytest.mark.parametrize(("parse", "gender"), [(_LISTED, ""), (_OBLIQUE, "femn")])
def test_a_listed_name_in_the_subjects_place(
    parse: tuple[list[str], list[int], list[str]], gender: str
) -> None:
    words, heads, deps = parse
    morphs = ["Case=Gen" if w == "Салман" else "" for w in words]
    pos = ["PROPN" if w[:1].isupper() else "NOUN" for w in words]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, morphs=morphs, pos=pos)
    first = words.index("бин") - 1
    assert surname_gender(list(doc[first : first + 3]), "Салман") == gender
