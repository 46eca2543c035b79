"""The morphology facade: the one place kg asks pymorphy3 anything."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.nlp.morph import (
    OC_CASE,
    UD_CASE,
    agrees,
    animate_word,
    is_adjectival,
    is_animate,
    is_inanimate,
    is_participle,
    may_be_animate,
    morph,
)
from kg.nlp.pipeline import build_pipeline

KG = Path(__file__).resolve().parents[1] / "kg"


def test_one_cached_object_answers_the_questions_kg_asks() -> None:
    m = morph()
    assert morph() is m
    assert m.parse("стали") is m.parse("стали")  # cached: repeated words are parsed once
    assert m.lemma("стали", "NOUN", "Gen") == "сталь"
    assert m.lemma("стали", "VERB") == "стать"
    assert m.normal_form("договорами") == "договор"
    assert m.inflect("Парижского", {"nomn", "sing", "masc"}) == "парижский"
    assert m.nominative("Буэнос-Айресе") == "Буэнос-Айрес"
    assert m.nominative_phrase(["Северной", "столице"], m.gender("столице")) == ("Северная столица")
    assert m.gender("республика") == "femn"
    assert m.can_be("Праги", UD_CASE["Gen"])
    assert OC_CASE["ablt"] == "Ins"


def test_cached_lemmas_share_their_strings() -> None:
    """The lemma cache holds one string per lemma ("переговоров", "переговорам"), and a word
    that is its own lemma ("санкция") as the word itself: a build's peak memory holds thousands."""
    m = morph()
    assert m.lemma("переговоров", "NOUN", "Gen") is m.lemma("переговорам", "NOUN", "Dat")
    word = "".join(["санк", "ция"])  # a string of its own, as a Doc's words are
    assert m.lemma(word, "NOUN", "Nom") is word


def test_no_module_but_the_facade_talks_to_pymorphy3() -> None:
    direct = re.compile(r"\bimport pymorphy3\b|\bfrom pymorphy3\b|morph_analyzer\(\)")
    offenders = [
        str(p.relative_to(KG))
        for p in KG.rglob("*.py")
        if p.name != "morph.py" and direct.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.fixture(scope="module")
def nlp() -> Language:
    return build_pipeline()


# (text, word, a participle, an adjective or a participle: what qualifies a noun, which
# readers of office titles and quotations skip to find the noun)
@pytest.mark.parametrize(
    ("text", "word", "participle", "adjectival"),
    [
        ("На состоявшихся выборах в Кении победил оппозиционер.", "состоявшихся", True, True),
        ("Число развёрнутых боезарядов Индии выросло.", "развёрнутых", True, True),
        ("На предстоящих переговорах Египта и Турции обсудят газ.", "предстоящих", True, True),
        ("Подписанное соглашение вступит в силу в мае.", "Подписанное", True, True),
        # must-nots: adjectives are no participles; nouns and finite verbs are neither
        ("Двусторонние переговоры Египта и Турции пройдут в Каире.", "Двусторонние", False, True),
        ("Президентские выборы в Кении назначены на август.", "Президентские", False, True),
        ("Египет и Турция подписали соглашение.", "подписали", False, False),
        ("Делегация прибыла в Анкару.", "Делегация", False, False),
        ("Делегация прибыла в Анкару.", "в", False, False),
    ],
)
def test_a_participle_by_the_tagger_or_by_its_reading(
    nlp: Language, text: str, word: str, participle: bool, adjectival: bool
):
    token = next(t for t in nlp(text) if t.text == word)
    assert is_participle(token) is participle
    assert is_adjectival(token) is adjectival


# (word of "Посол Египта встретился с ним в Анкаре и подписал договор.", animate, animate
# with a pronoun, inanimate): one test of the tagger's animacy for every reader of it
@pytest.mark.parametrize(
    ("word", "animate", "or_pronoun", "inanimate"),
    [
        ("Посол", True, True, False),
        ("ним", False, True, False),  # a pronoun may stand for a being: a subject that acts
        # must-nots: a state, a thing, a verb
        ("Египта", False, False, True),
        ("договор", False, False, True),
        ("встретился", False, False, False),  # no animacy either way
    ],
)
def test_animacy_of_a_token(
    nlp: Language, word: str, animate: bool, or_pronoun: bool, inanimate: bool
) -> None:
    text = "Посол Египта встретился с ним в Анкаре и подписал договор."
    token = next(t for t in nlp(text) if t.text == word)
    assert is_animate(token) is animate
    assert is_animate(token, pronoun=True) is or_pronoun
    assert is_inanimate(token) is inanimate


# (word outside any parse, its likeliest reading animate, some noun reading animate)
@pytest.mark.parametrize(
    ("word", "likeliest", "some"),
    [
        ("мужчина", True, True),
        ("послу", True, True),
        ("стрелку", False, True),  # "стрелка" first, the shooter's dative too
        ("год", False, False),
        ("Египет", False, False),
    ],
)
def test_animacy_of_a_word(word: str, likeliest: bool, some: bool) -> None:
    assert animate_word(word) is likeliest
    assert may_be_animate(word) is some


# Lemmas a caller asks about, and words: (word, whether a reading of it has one of them).
NUMBER_LEMMAS = ("два", "три", "семьсот", "полтора")
READINGS = [
    ("двух", True),
    ("трех", True),  # "ё" written "е"
    ("трёх", True),
    ("семисот", True),
    ("полутора", True),
    ("стола", False),
    ("переговоров", False),
    ("соглашение", False),
    ("трёхсторонний", False),
]


@pytest.mark.parametrize(("word", "has_lemma"), READINGS)
def test_a_dictionary_word_outside_the_forms_has_none_of_the_lemmas(
    word: str, has_lemma: bool
) -> None:
    m = morph()
    forms = m.paradigm_forms(NUMBER_LEMMAS)
    parsed = any(p.normal_form.replace("ё", "е") in NUMBER_LEMMAS for p in m.parse(word))
    assert parsed == has_lemma
    # never False for a word one of whose readings has a lemma asked about
    assert m.may_read_as(word, forms) == has_lemma


@pytest.mark.parametrize("word", ["байден", "блинкен", "дснв"])
def test_a_word_the_dictionary_lacks_is_parsed(word: str) -> None:
    """Readings guessed from a word's ending may have any lemma: such words are not ruled out."""
    assert morph().may_read_as(word, morph().paradigm_forms(NUMBER_LEMMAS))


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("хот-догов", "хот-дог"),  # a foreign first part stays as written
        ("экс-вратарей", "экс-вратарь"),
        ("стран-участниц", "страна-участница"),  # must not: two names of one thing
        ("самолётов-амфибий", "самолёт-амфибия"),
    ],
)
def test_an_unknown_hyphenated_noun_declines_its_parts_or_its_last(word: str, lemma: str) -> None:
    """The compound's lemma, and its likeliest reading's, which inflection starts from."""
    assert morph().compound_lemma(word) == lemma
    assert morph().parse(word)[0].normal_form == lemma


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("семисот", 700),
        ("Двух", 2),
        ("трех", 3),
        ("полутора", 1.5),
        ("семью", None),
        ("Болгарии", None),
        ("переговоров", None),
    ],  # fmt: skip
)
def test_number_words_read_by_lookup_and_parse(word: str, value: float | None) -> None:
    from kg.extract.common.numbers import word_value

    found = word_value.__wrapped__(word)
    assert (found if found is None else float(found)) == value


AGREEMENT = [  # (pronoun's features, noun's features, whether it can stand for the noun)
    ("Gender=Fem|Number=Sing", "Gender=Fem|Number=Sing", True),  # "она" for "партия"
    ("Gender=Masc|Number=Sing", "Gender=Fem|Number=Sing", False),  # "он" for "партия"
    ("Number=Plur", "Gender=Fem|Number=Plur", True),  # "они" for "страны": no gender to agree
    ("Number=Plur", "Gender=Masc|Number=Sing", False),  # "они" for "посол"
    ("Number=Sing", "Gender=Neut|Number=Sing", True),  # a form the tagger gave no gender
]


@pytest.mark.parametrize(("pronoun", "noun", "expected"), AGREEMENT)
def test_a_pronoun_agrees_with_a_noun_in_number_and_singular_gender(
    pronoun: str, noun: str, expected: bool
) -> None:
    doc = Doc(Vocab(), words=["он", "слово"])
    doc[0].set_morph(pronoun)
    doc[1].set_morph(noun)
    assert agrees(doc[0], doc[1]) is expected
