"""Russian morphology behind one cached object: the only module that talks to pymorphy3.

Modelled on natasha's `MorphVocab`: one analyzer per process, its parses cached per
word (the same few thousand words are parsed over and over), and the maps between the
UD features the tagger writes on tokens and the OpenCorpora grammemes pymorphy3 reads.
Extractors ask `morph()` for readings, lemmas and inflected forms instead of building
analyzers or grammeme tables of their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import pymorphy3
from pymorphy3.analyzer import Parse

if TYPE_CHECKING:
    from spacy.tokens import Token

# UD feature values (on spaCy tokens) → OpenCorpora grammemes (in pymorphy3 tags).
UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
UD_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
UD_NUMBER = {"Sing": "sing", "Plur": "plur"}
# …and back: OpenCorpora grammeme → UD value.
OC_CASE = {oc: ud for ud, oc in UD_CASE.items()}
OC_GENDER = {oc: ud for ud, oc in UD_GENDER.items()}
OC_NUMBER = {oc: ud for ud, oc in UD_NUMBER.items()}
OC_ASPECT = {"perf": "Perf", "impf": "Imp"}

_UD_TENSE = {"past": "Past", "pres": "Pres", "futr": "Fut"}

# UD POS → the pymorphy3 POS tags that can realise it.
UD_POS = {
    "NOUN": {"NOUN"},
    "PROPN": {"NOUN"},
    "ADJ": {"ADJF", "ADJS", "COMP"},
    "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"},
    "AUX": {"VERB", "INFN"},
    "NUM": {"NUMR"},
    "ADV": {"ADVB", "COMP", "PRED"},
    "DET": {"ADJF", "NPRO"},
    "PRON": {"NPRO"},
}


class Morph:
    """pymorphy3's analyzer with cached parses and the few questions kg asks of it."""

    def __init__(self) -> None:
        self._analyzer = pymorphy3.MorphAnalyzer()
        # About 1 kB per parsed word. Bounded small, so a build's memory stops growing after
        # its first documents: on 60 NEREL documents 4,096 words miss 1 % more than 50,000
        # (which grew by ~0.15 MB per document up to ~50 MB) and take no longer. 1,024 and
        # 4,096: the 4,096 and 16,384 of before filled up over ~300 documents, and a build of
        # 400 peaked ~7 MB higher than one of 10 for them, for no CPU measured. The lemmas
        # then 2,048 (~0.25 kB an entry, filled over ~100 documents): they hit ~40 % at 4,096
        # as at 2,048, each miss a cached parse mostly.
        self.parse = lru_cache(maxsize=1_024)(self._parse)
        self.lemma = lru_cache(maxsize=2_048)(self._lemma)

    def _parse(self, word: str) -> tuple[Parse, ...]:
        """Every reading of `word`, most likely first (the text as given: no lowercasing)."""
        return tuple(self._analyzer.parse(word))

    def paradigm_forms(self, lemmas: Iterable[str]) -> frozenset[str]:
        """Every form (also with "ё" written "е") of each paradigm whose lemma is one of
        `lemmas` ("ё" read as "е"): the only dictionary words a reading of which has one of
        those lemmas, since a paradigm's lemma is one of its forms and parsing it finds the
        paradigm. For `may_read_as`."""
        forms: set[str] = set()
        for lemma in lemmas:
            plain = lemma.replace("ё", "е")
            for p in self.parse(lemma):
                if p.normal_form.replace("ё", "е") == plain:
                    for form in p.lexeme:
                        forms.update((form.word, form.word.replace("ё", "е")))
        return frozenset(forms)

    def may_read_as(self, word: str, forms: frozenset[str]) -> bool:
        """False when no reading of `word` (lower case) can have a lemma whose
        `paradigm_forms` are `forms`: a dictionary word outside them, whose readings are the
        dictionary's alone. A lookup (~1.5 µs), where parsing a word costs ~30 µs and
        each parse kept evicts another word from the bounded cache: for rules that ask
        it of every word of a text (is it a number word? does an alias start here?)."""
        return word in forms or not self._analyzer.word_is_known(word)

    def normal_form(self, word: str) -> str:
        """The lemma of the most likely reading, whatever its part of speech."""
        return self.parse(word)[0].normal_form

    def _lemma(self, word: str, pos: str = "", case: str = "") -> str:
        """The lemma of `word` under the reading that fits `pos` and `case` (UD names):
        "стали" is a noun and a verb, the tagger's tag picks one."""
        parses = self.parse(word)
        if not parses:
            return word.lower()
        wanted = UD_POS.get(pos)
        grammeme = UD_CASE.get(case)
        if len(parses) == 1 or not (wanted or grammeme):
            return parses[0].normal_form  # every reading fits alike: the likeliest

        def fit(p: Parse) -> int:
            # a tag's one POS among its grammemes: as `p.tag.POS in wanted`, in one set test
            grammemes = p.tag.grammemes
            score = 2 if wanted and not wanted.isdisjoint(grammemes) else 0
            return score + 1 if grammeme in grammemes else score

        return max(parses, key=fit).normal_form  # max keeps pymorphy3's order among ties

    def compound_lemma(self, word: str) -> str:
        """The lemma of a hyphenated noun pymorphy3 does not know, from its parts' own lemmas:
        "дочери-близнеца" → "дочь-близнец", where pymorphy3 guesses "дочеря-близнец"; ""
        where `word` is no such noun."""
        if "-" not in word:
            return ""
        parses = self.parse(word)
        if not parses or parses[0].is_known:
            return ""
        parts = [self.parse(part) for part in word.split("-")]
        if not all(p and p[0].is_known and p[0].tag.POS == "NOUN" for p in parts):
            return ""
        return "-".join(p[0].normal_form for p in parts)

    def finite_verb(self, word: str) -> list[dict[str, str]]:
        """The UD Tense, Aspect, Person and Gender of each finite verb reading of `word`,
        most likely first (a perfective's non-past is the future: "разорвёт")."""
        out = []
        for p in self.parse(word.lower()):
            tag = p.tag
            perfective = tag.aspect == "perf"
            tense = _UD_TENSE.get(str(tag.tense), "")
            if tag.POS != "VERB" or not tense:
                continue
            feats = {"Tense": "Fut" if tense == "Pres" and perfective else tense}
            feats["Aspect"] = "Perf" if perfective else "Imp"
            if tag.person:
                feats["Person"] = tag.person[0]
            if tense == "Past" and tag.gender:
                feats["Gender"] = OC_GENDER[tag.gender]
            out.append(feats)
        return out

    def gender(self, word: str) -> str:
        """The OpenCorpora gender of the most likely reading of `word`, or ""."""
        parses = self.parse(word.lower())
        return (parses[0].tag.gender or "") if parses else ""

    def can_be(self, word: str, grammeme: str) -> bool:
        """Whether some reading of `word` carries `grammeme` ("gent", "plur", …)."""
        return any(grammeme in p.tag for p in self.parse(word.lower()))

    def cases(self, word: str) -> frozenset[str]:
        """The OpenCorpora cases some reading of `word` is in: a form Russian spells alike in
        several ("посла": gent, accs) or a word that does not decline ("Рубио": all six)."""
        return frozenset(str(p.tag.case) for p in self.parse(word.lower()) if p.tag.case)

    def inflect(self, word: str, grammemes: Iterable[str]) -> str:
        """`word` lowercased and put in the given form by its most likely reading; the
        word itself when pymorphy3 cannot; ё only where the text has it."""
        lower = word.lower()
        parses = self.parse(lower)
        form = parses[0].inflect(set(grammemes)) if parses else None
        out = form.word if form is not None else lower
        return out if "ё" in lower else out.replace("ё", "е")

    def nominative(self, word: str, gender: str = "") -> str:
        """A noun or adjective in the nominative singular (an adjective or participle in
        `gender`), keeping the text's capitals and ё: "Буэнос-Айресе" → "Буэнос-Айрес"."""
        parses = self.parse(word.lower())
        if not parses:
            return word
        adjective = parses[0].tag.POS in ("ADJF", "PRTF")
        out = self.inflect(word, {"nomn", "sing"} | ({gender} if gender and adjective else set()))
        if not word[:1].isupper():
            return out
        caps = [part[:1].isupper() for part in word.split("-")]
        parts = out.split("-")
        if len(parts) == len(caps):  # each capitalised part of a compound stays capitalised
            return "-".join(
                p[:1].upper() + p[1:] if c else p for p, c in zip(parts, caps, strict=True)
            )
        return out[:1].upper() + out[1:]

    def nominative_phrase(self, words: Iterable[str], gender: str = "") -> str:
        """Each word in the nominative singular, adjectives agreeing with `gender`."""
        return " ".join(self.nominative(w, gender) for w in words)


@cache
def morph() -> Morph:
    """The process's one morphology object (the analyzer loads its dictionaries once)."""
    return Morph()


def is_plural(token: Token) -> bool:
    """Plural by the tagger, or by every reading of the form: the tagger may read a
    sentence's first word ("Президенты подписали") as a singular genitive."""
    if "Plur" in token.morph.get("Number"):
        return True
    parses = morph().parse(token.lower_)
    return bool(parses) and all(p.tag.number == "plur" for p in parses)


def is_participle(token: Token) -> bool:
    """A participle ("развёрнутых", "состоявшихся"): the tagger marks it as a verb form, or
    calls it an adjective that pymorphy3 reads as a full participle."""
    if "Part" in token.morph.get("VerbForm"):
        return True
    if token.pos_ != "ADJ":
        return False
    parses = morph().parse(token.lower_)
    return bool(parses) and parses[0].tag.POS == "PRTF"


def is_gerund(token: Token) -> bool:
    """A gerund ("сообщив", "отвечая"): its subject is the one of the verb it qualifies."""
    return token.morph.get("VerbForm") == ["Conv"]


def is_adjectival(token: Token) -> bool:
    """An adjective or a participle, which the tagger may call a verb ("бывший",
    "указанной", "действующим"): a word that qualifies the noun it agrees with."""
    return token.pos_ == "ADJ" or "Part" in token.morph.get("VerbForm")


def is_noun(token: Token) -> bool:
    """A noun by the tagger, or a word every reading of which is a noun: the tagger reads a
    capitalised noun mid-sentence ("о Соглашении между …", "по Договору") as a verb or a
    name's part."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    parses = morph().parse(token.lower_)
    return bool(parses) and all(p.tag.POS == "NOUN" for p in parses)


def case_of(token: Token) -> str:
    """The UD case the tagger wrote on `token` ("Gen", "Ins"), "" where it wrote none."""
    case = token.morph.get("Case")
    return case[0] if case else ""
