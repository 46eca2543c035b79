"""Word forms as lexicons spell them, the words a parse coordinates, and verbs of naming
with what they call their object."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Token

from kg.lexicon import load_list
from kg.nlp.deps import has_preposition
from kg.nlp.morph import morph

# "назвал X важным", "считает X стратегическим": a verb that calls its object something
NAMING = load_list(Path(__file__).with_name("naming_verbs.txt"))
# "соответствующее коммюнике", "данный договор": a word that points back at what was told, no
# word of the thing's own name (sixty-second pass, h-agreements74)
POINTING_BACK = frozenset({"соответствующий", "данный", "указанный", "этот"})
# the words that open a list of what was counted or named before it ("подписали пять
# документов. Среди них — …", "чиновников Никарагуа, в том числе министра …"), as a sentence
# of its own ("Среди них — …", "В их числе …") or after a comma (`INCLUDING`, which adds those
# only a comma can bring: a relative pronoun's, "среди которых", and "включая", which a
# sentence does not open)
AMONG = (("среди", "них"), ("в", "их", "числе"), ("в", "том", "числе"))
INCLUDING = (*AMONG, ("включая",), ("среди", "которых"), ("в", "числе", "которых"))


def lem(word: str) -> str:
    """Dictionary lemma (ё→е) of a word, the same for text and lexicon."""
    return morph().lemma(word.lower()).replace("ё", "е")


def word_lemma(t: Token) -> str:
    """`lem` of a word in its context: a word in lower case takes the tagger's lemma, of the
    reading its part of speech and case pick ("о газе" → "газ", where `lem` takes pymorphy3's
    likeliest, "газа"), so two titles of one topic share their key words; a capitalised word
    or one with digits ("30-летия"), whose tagged lemma may keep its surface form, takes
    `lem`."""
    return t.lemma_ if t.text.isalpha() and t.text.islower() else lem(t.text)


def conjuncts(t: Token) -> list[Token]:
    """`t` and the words coordinated with it ("с Китаем, Россией и Индией")."""
    return [t, *(x for c in t.children if c.dep_ == "conj" for x in conjuncts(c))]


_BEFORE_NAME = frozenset({"case", "amod", "det"})  # "у", "Южная" before a name's word


def compared(t: Token) -> bool:
    """A word set beside another by "как и" ("Турция, как и Египет, имеет соглашение …", "Как
    и Египет, Турция …", "как и у Перу"): the same is said of it on its own, so it is no side
    with the other."""
    doc, k = t.doc, t.i - 1
    while k >= 0 and doc[k].head.i == t.i and doc[k].dep_ in _BEFORE_NAME:
        k -= 1
    return k >= 1 and doc[k].lower_ == "и" and doc[k - 1].lower_ == "как"


def called(obj: Token) -> list[Token]:
    """What a verb of naming calls its object in the instrumental: the verb's complement
    ("назвал соглашение с X важным шагом"), or a bare instrumental the parse hangs on the
    object itself ("считает соглашение с X делом будущего"); none for other objects."""
    verb = obj.head
    if obj.dep_ != "obj" or verb.lemma_ not in NAMING:
        return []
    beside = [c for c in verb.children if c.dep_ == "xcomp"]
    hung = [c for c in obj.children if c.dep_ == "nmod" and not has_preposition(c)]
    return [c for c in (*beside, *hung) if "Ins" in c.morph.get("Case")]
