"""How many times something was done: "18 раз участвовал в Матче всех звёзд" counts the
act of its predicate with the predicate's prepositional complement ("участие в Матче всех
звёзд", act_nouns.tsv), "четыре раза проводили операцию на трупах" the predicate's object
("операции на трупах"). A frequency ("два раза в неделю") and a count of times of a noun
("дважды Герой") or of a predicate with neither act nor object count nothing."""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Token

from kg.extract.claims.phrases import FRAMES
from kg.lexicon import load_dict
from kg.nlp.deps import has_preposition
from kg.nlp.morph import cased, is_animate, morph, singular_only

ACT_NOUNS = Path(__file__).with_name("act_nouns.tsv")

# "два раза в неделю", "раз в два года": how often, not how many times
_FREQUENCY = re.compile(
    r"[ \u00a0]+в[ \u00a0]+(?:[а-яё\d]+[ \u00a0]+)?"
    r"(?:день|дня|дней|сутки|суток|неделю|недели|недель|месяц|месяца|месяцев|год|года|лет"
    r"|квартал|квартала|час|часа|часов|минуту|минуты|минут)(?![а-яё])",
    re.IGNORECASE,
)
_MAX_WORDS = 5


def frequency(text: str, end: int) -> bool:
    """Whether a count of times ending at `end` is a rate ("два раза в неделю")."""
    return _FREQUENCY.match(text, end) is not None


def times_metric(times: Token) -> tuple[str, str] | None:
    """(name, lemma key) of the act a count of times counts; `times` is its "раз" or its
    adverb ("дважды"), which the parser hangs on the predicate."""
    predicate = times.head
    if times.dep_ not in ("obl", "advmod") or predicate.pos_ not in ("VERB", "ADV", "ADJ"):
        return None
    low, high = sorted((times.i, predicate.i))
    if any(t.is_punct for t in times.doc[low:high]):
        return None  # "замужем девять раз, семь раз разводилась": the parse leaps the comma
    act = load_dict(ACT_NOUNS).get(predicate.lemma_)
    words = _complement(predicate, times)
    if act is not None and words:
        return _named(act, act, words)
    obj = next((c for c in predicate.children if _object(c)), None)
    if obj is not None and is_animate(obj):
        return None if act is None else (act, act)  # "трижды штрафовали [владельца]": whom
    if obj is not None and act is not None:
        return _of_object(act, obj)  # "дважды теряла сознание" → "потеря сознания"
    if obj is not None and obj.pos_ == "NOUN":
        return _named(_plural(obj), obj.lemma_, _complement(obj, times, "nmod"))
    return None if act is None else (act, act)


def _object(t: Token) -> bool:
    """A predicate's object that may name what its acts are of: a noun or a name of no
    place or person ("Суперкубок"; not "посещал Кению", whose states are the claim's)."""
    return t.dep_ == "obj" and (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and not t.ent_type_))


def _of_object(act: str, obj: Token) -> tuple[str, str]:
    """The act with its object in the genitive and the object's own genitives as written
    ("шесть раз выигрывал Суперкубок Норвегии" → "победа Суперкубка Норвегии"), the act
    alone where they run long or past punctuation; a second object coordinated after it is
    no word of its name ("дважды выигрывал Кубок Либертадорес и Южноамериканский кубок" →
    "победа Кубка Либертадорес")."""
    second = next((c for c in obj.children if c.dep_ == "conj" and c.i > obj.i), None)
    end = obj.right_edge.i if second is None else second.left_edge.i - 1
    tail = list(obj.doc[obj.i + 1 : end + 1])
    while tail and (tail[-1].dep_ == "cc" or tail[-1].is_punct):
        tail.pop()  # the "и" or comma before the second object
    if len(tail) >= _MAX_WORDS or any(t.is_punct or t.like_num for t in tail):
        return act, act
    parses = morph().parse(obj.lower_)
    reading = next((p for p in parses if p.normal_form == obj.lemma_), parses[0])
    form = reading.inflect({"gent", reading.tag.number or "sing"})
    of = cased(form.word if form else obj.lower_, obj.text)
    written = " ".join([of, *(t.text for t in tail)])
    return f"{act} {written}", " ".join([act, obj.lemma_, *(t.lemma_ for t in tail)])


def _named(name: str, key: str, words: list[Token]) -> tuple[str, str]:
    """The act or object followed by its complement as written."""
    if not words:
        return name, key
    written = words[0].doc[words[0].i : words[-1].i + 1].text
    return f"{name} {written}", " ".join([key, *(t.lemma_ for t in words)])


def _complement(head: Token, times: Token, dep: str = "obl") -> list[Token]:
    """The words of the first prepositional complement after `head` ("в Матче всех звёзд"),
    none where it is long or broken by punctuation."""
    for c in head.children:
        if c.dep_ != dep or c.i < head.i or c is times or not has_preposition(c):
            continue
        if c.ent_type_ == "LOC":
            continue  # "терял сознание [в Осло]": where, not what
        words = list(head.doc[c.left_edge.i : c.right_edge.i + 1])
        if c.lemma_ in FRAMES or any(t.like_num for t in words):
            continue  # "в 2008 и 2012 годах", "в прошлом году": when, not what
        if len(words) > _MAX_WORDS or any(t.is_punct and not t.is_quote for t in words):
            return []
        return words
    return []


def _plural(noun: Token) -> str:
    """The nominative plural of a counted object ("операцию" → "операции"); a noun with no
    plural stays singular ("золото")."""
    if singular_only(noun.lemma_):
        return noun.lemma_
    parse = morph().parse(noun.lemma_)[0]
    form = parse.inflect({"nomn", "plur"})
    return form.word if form is not None else noun.lemma_
