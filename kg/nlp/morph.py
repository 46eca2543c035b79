"""Russian morphology behind one cached object: the only module that talks to pymorphy3.

Modelled on natasha's `MorphVocab`: one analyzer per process, its parses cached per
word (the same few thousand words are parsed over and over), and the maps between the
UD features the tagger writes on tokens and the OpenCorpora grammemes pymorphy3 reads.
Extractors ask `morph()` for readings, lemmas and inflected forms instead of building
analyzers or grammeme tables of their own.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

import pymorphy3
from pymorphy3.analyzer import Parse

from kg.lexicon import load_list
from kg.memory import CACHE_ENTRIES, NAMES_KEPT
from kg.resources import DATA_DIR

if TYPE_CHECKING:
    from spacy.tokens import Token
    from spacy.vocab import Vocab

# UD feature values (on spaCy tokens) → OpenCorpora grammemes (in pymorphy3 tags).
UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
# a verb's tense, which picks a guessed verb's reading as a case picks a noun's
UD_TENSE = {"Past": "past", "Pres": "pres", "Fut": "futr"}
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


class _Reading(Parse):
    """pymorphy3's `Parse`, whose `is_known` looks its word up in the dictionary once: the
    rules ask it of every reading of a word, and of the same words again and again (36,099
    times per 100 NEREL documents, of ~1,000 words a document), each a lookup of the word
    with its "е"/"ё" substitutes (~2-8 µs). The same lookup with the same arguments as
    pymorphy3's property (`_known_word`, set per analyzer by `_russian_analyzer`)."""

    __slots__ = ()
    _known_word: Callable[[str], bool]

    @property
    def is_known(self) -> bool:
        return self._known_word(self.word)


def _russian_analyzer() -> pymorphy3.MorphAnalyzer:
    """pymorphy3's Russian analyzer on the dictionary of `pymorphy3-dicts-ru`, the one it
    finds itself: asked for a language, it reads the entry points of every installed
    distribution and tries to import pymorphy2's dictionaries (~8 ms CPU a process). The
    path in pymorphy3's variable, when set, still wins. Its readings are `_Reading`s."""
    if pymorphy3.MorphAnalyzer.DICT_PATH_ENV_VARIABLE in os.environ:
        analyzer = pymorphy3.MorphAnalyzer(result_type=_Reading)
    else:
        import pymorphy3_dicts_ru

        path = pymorphy3_dicts_ru.get_path()
        analyzer = pymorphy3.MorphAnalyzer(path=path, lang="ru", result_type=_Reading)
    # pymorphy3 subclasses the result type per analyzer, bound to its dictionary
    lookup = partial(
        analyzer.dictionary.word_is_known, substitutes_compiled=analyzer.char_substitutes
    )
    reading = analyzer._result_type  # noqa: SLF001 - that subclass
    assert reading is not None
    reading._known_word = staticmethod(lru_cache(maxsize=CACHE_ENTRIES)(lookup))  # type: ignore[attr-defined,assignment]
    return analyzer


# Lemmas kept (~0.25 kB an entry, ~0.5 MB at most): every extractor asks for them, and the
# bound set in `Morph.__init__`'s comment was measured against CPU and peak memory.
LEMMAS_KEPT = 2_048


class Morph:
    """pymorphy3's analyzer with cached parses and the few questions kg asks of it."""

    def __init__(self) -> None:
        self._analyzer = _russian_analyzer()
        # About 1 kB per parsed word. Bounded small, so a build's memory stops growing after
        # its first documents: on 60 NEREL documents 4,096 words miss 1 % more than 50,000
        # (which grew by ~0.15 MB per document up to ~50 MB) and take no longer. 1,024 and
        # 4,096: the 4,096 and 16,384 of before filled up over ~300 documents, and a build of
        # 400 peaked ~7 MB higher than one of 10 for them, for no CPU measured. The lemmas
        # 8,192 (~0.25 kB an entry): of the 161,525 lemma and parse calls of 400 NEREL
        # documents, 2,048 lemmas left 56,600 parses to make, 8,192 47,148 (30,427 distinct
        # words: a per-Doc memo would add nothing, a document's words fit either), and the
        # 400-document build peaked at 198 MB with either. 2,048 since (h-perf79): a
        # one-process build peaks in its documents' step, and at its end the caches held
        # 11 MB at 400 documents against 4 at 10 (8,192 lemmas: 2.0 MB of Python's objects
        # and their dict's table, against 0.5 at 10).
        self.parse = lru_cache(maxsize=1_024)(self._parse)
        self.lemma = lru_cache(maxsize=LEMMAS_KEPT)(self._shared_lemma)
        # `may_read_as`'s lookups: ~8 µs each (the dictionary tries "е" as "ё"); of 22,500
        # per 100 NEREL documents, 11,500 ask one of the last 1,024 words again (~0.2 MB).
        self._known = lru_cache(maxsize=1_024)(self._analyzer.word_is_known)
        # A hyphenated word's compound lemma: pymorphy3 parses the whole word again (not kept
        # by `parse`: ~0.2 ms, its hyphen analyzers try each part), asked twice of an unknown
        # one (by `parse`, then `lemma`) and again of each frequent one ("из-за", "что-то")
        # at each `lemma` miss: 1,123 calls per 100 NEREL documents. Few words, ~0.1 kB each.
        self.compound_lemma = lru_cache(maxsize=1_024)(self._compound_lemma)

    def _parse(self, word: str) -> tuple[Parse, ...]:
        """Every reading of `word`, most likely first (the text as given: no lowercasing); an
        unknown hyphenated noun's readings of `compound_lemma` first ("хот-догов" is
        "хот-дог", which pymorphy3 ranks after "хота-дог").

        A capitalised dictionary word ("Встреча", "России") shares its lower-case form's
        parse (and its one cache entry): pymorphy3 reads a word of two letters or more the
        dictionary knows by its lower case alone (its dictionary unit, the probabilities;
        only the initials' units, of one letter, and the units after the dictionary's, for
        words it lacks, read the case), so the readings are equal, field for field. 16 %
        of a 100-document build's parses were such a word's second (seventy-first pass,
        h-perf73)."""
        low = word.lower()
        if low != word and len(word) > 1 and self._analyzer.word_is_known(low):
            return self.parse(low)
        parses = tuple(self._analyzer.parse(word))
        if "-" not in word or not parses or parses[0].is_known:
            return parses
        lemma = self.compound_lemma(word.lower())
        return tuple(sorted(parses, key=lambda p: p.normal_form != lemma)) if lemma else parses

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
        dictionary's alone. A lookup (~8 µs, ~0.2 µs for one of the last 1,024 words asked),
        where parsing a word costs ~30 µs and each parse kept evicts another word from the
        bounded cache: for rules that ask it of every word of a text (is it a number word?
        does an alias start here?)."""
        return word in forms or not self._known(word)

    def normal_form(self, word: str) -> str:
        """The lemma of the most likely reading, whatever its part of speech."""
        return self.parse(word)[0].normal_form

    def word_lemmas(self, words: str) -> tuple[str, ...]:
        """Each word's `normal_form`, "ё" as "е", so a body's nominative and its genitive
        meet ("Совета Федерации", "Совет Федерации"; "Жогорку Кенеша", "Жогорку Кенеш")."""
        return tuple(self.normal_form(w.lower()).replace("ё", "е") for w in words.split())

    def _shared_lemma(self, word: str, pos: str = "", case: str = "") -> str:
        """`_lemma` as a string `lemma`'s cache holds already: `word` itself where it is its
        own lemma (~1 entry in 6), else one string for every entry with that lemma (of the
        8,192 words kept, about half share theirs with another: "встречи", "встречу")."""
        lemma = self._lemma(word, pos, case)
        if "-" in word and word.islower() and (compound := self.compound_lemma(word)):
            # "автору-исполнителю": pymorphy3's guess declines the last part only
            # ("автору-исполнитель"); both parts of one thing's two names decline
            lemma = compound if lemma.endswith(compound.rsplit("-", 1)[-1]) else lemma
        return word if lemma == word else sys.intern(lemma)

    def _lemma(self, word: str, pos: str = "", case: str = "") -> str:
        """The lemma of `word` under the reading that fits `pos` and `case` (UD names; a
        verb's tense in its place): "стали" is a noun and a verb, the tagger's tag picks one;
        a verb pymorphy3 only guesses ("экстрадировали": an imperative "экстрадировалить"
        first) is read in the tagger's tense (sixty-third pass, h-events232)."""
        parses = self.parse(word)
        if not parses:
            return word.lower()
        wanted = UD_POS.get(pos)
        grammeme = UD_CASE.get(case)
        if case in UD_TENSE and not any(p.is_known for p in parses):
            grammeme = UD_TENSE[case]  # a tense picks only among guesses ("пришли" stays known)
        if _undeclined(word, parses, wanted, grammeme):
            return word.lower()  # "тонн путассу": a foreign noun pymorphy3 only guesses at
        if len(parses) == 1 or not (wanted or grammeme):
            return parses[0].normal_form  # every reading fits alike: the likeliest

        common = word.islower()
        # each reading's fit once (`max`, then the ties, asked it ~3 times a reading), in one
        # comprehension (no call a reading: ~35,000 of them per 100 NEREL documents): the POS
        # (a tag's one POS among its grammemes: as `p.tag.POS in wanted`, in one set test),
        # the case, and, among readings that fit alike, a word written in lower case is no
        # proper name ("о газе" is "газ", not the Gaza Strip's "Газа")
        fits = [
            (
                (2 if wanted and not wanted.isdisjoint(g) else 0) + (grammeme in g),
                common and _PROPER.isdisjoint(g),
            )
            for g in [p.tag.grammemes for p in parses]
        ]
        top = max(fits)
        best = parses[fits.index(top)]  # the first best keeps pymorphy3's order among ties
        tied = [p for p, f in zip(parses, fits, strict=True) if f == top and p.score == best.score]
        # a name keeps pymorphy3's order, and so do adjectives' ties ("временного":
        # временный or временной, which the office titles read as pymorphy3 orders them)
        if not common or best.tag.POS != "NOUN" or len({p.normal_form for p in tied}) < 2:
            return best.normal_form
        # two nouns pymorphy3 ranks alike ("статей": "стать" or "статья"): the one its own
        # word is more likely read as a noun ("статья"; "стать" is mostly a verb)
        return max(tied, key=lambda p: self._own_reading(p)).normal_form

    def _own_reading(self, reading: Parse) -> float:
        """How likely a reading's lemma, as a word, is read with the reading's part of speech
        (the sum of pymorphy3's scores of those readings of it)."""
        pos = reading.tag.POS
        lemma = reading.normal_form
        return sum(
            p.score for p in self.parse(lemma) if pos == p.tag.POS and p.normal_form == lemma
        )

    def _compound_lemma(self, word: str) -> str:
        """The lemma of a hyphenated noun pymorphy3 does not know: each part declined where
        every first part reads as a common noun of the last one's case and number (two names
        of one thing: "дочери-близнеца" → "дочь-близнец", where pymorphy3 guesses
        "дочеря-близнец"), else the last part alone ("хот-догов" → "хот-дог", not
        "хота-дог": a foreign first part of fixed_first_parts.txt never declines); "" where
        `word` is no such noun."""
        if "-" not in word:
            return ""
        *firsts, last = word.split("-")
        heads = self.parse(last)
        if not _known_noun(heads):  # most: "из-за", "что-то", "российско-китайский"
            return ""
        parses = self._analyzer.parse(word)  # the whole word's, not kept by `parse`
        if not parses or parses[0].is_known:
            return ""
        head = heads[0]
        fixed = load_list(FIXED_FIRST_PARTS)
        declined = ["" if part in fixed else _apposed(self.parse(part), heads) for part in firsts]
        if all(declined):
            return "-".join([*declined, head.normal_form])
        return "-".join([*firsts, head.normal_form])

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

    def can_be_all(self, word: str, grammemes: Iterable[str]) -> bool:
        """Whether one reading of `word` carries every grammeme ("nomn" and "femn" of
        "Мирослава", which also reads as Мирослав's genitive)."""
        wanted = set(grammemes)
        return any(wanted <= p.tag.grammemes for p in self.parse(word.lower()))

    def plural_noun(self, word: str) -> bool:
        """Whether the dictionary knows `word` as a common noun in the plural, not in an
        informal form ("демонстрации", "забастовки"; no "года", no "Анкаре"): what a plural
        "который" may stand for where the tagger read the noun as a singular."""
        return any(
            p.is_known
            and {"NOUN", "plur"} <= p.tag.grammemes
            and "Infr" not in p.tag
            and _PROPER.isdisjoint(p.tag.grammemes)
            for p in self.parse(word.lower())
        )

    def oblique_womans_name(self, word: str) -> bool:
        """Whether the dictionary knows a word only as a woman's first name, and in the
        singular only in an oblique case, the genitive among them ("Мии", "Анны": no
        "Ярослава", also a nominative; no "Ивана", a man's name's genitive that a woman's
        nominative may share; no "Паулу", a man's foreign name too): a name no nominative
        title stands in apposition to."""
        parses = self.parse(word.lower())
        return (
            any({"gent", "sing"} <= p.tag.grammemes for p in parses)
            and all(p.is_known and {"Name", "femn"} <= p.tag.grammemes for p in parses)
            and not any({"nomn", "sing"} <= p.tag.grammemes for p in parses)
        )

    def unread_name(self, word: str) -> bool:
        """Whether no dictionary knows a word of a name and the guesser reads it as no name
        nor being ("Уррехола": a thing's genitive by analogy): its case and gender tell
        nothing."""
        parses = self.parse(word.lower())
        return bool(parses) and not any(
            p.is_known or {"Name", "Surn", "anim"} & p.tag.grammemes for p in parses
        )

    def qualifies(self, adjective: str, noun: str) -> bool:
        """Whether an adjective reading of `adjective` agrees in case and number with a noun
        reading of `noun` ("рабочие группы", "взрослых туристов"), so a word the tagger
        likelier reads as a noun ("рабочие") is the next noun's attribute."""
        forms = {
            (p.tag.case, p.tag.number) for p in self.parse(adjective.lower()) if p.tag.POS == "ADJF"
        }
        return any(
            (p.tag.case, p.tag.number) in forms
            for p in self.parse(noun.lower())
            if p.tag.POS == "NOUN"
        )

    def nominative_pronoun(self, word: str) -> bool:
        """Every known reading a third person's pronoun in the nominative ("оно", "она"):
        not "его" of "Его Величество", nor the polite "Вы"."""
        known = [p for p in self._parse(word) if p.is_known]
        return bool(known) and all({"NPRO", "3per", "nomn"} <= p.tag.grammemes for p in known)

    def cases(self, word: str) -> frozenset[str]:
        """The OpenCorpora cases some reading of `word` is in: a form Russian spells alike in
        several ("посла": gent, accs) or a word that does not decline ("Рубио": all six)."""
        return frozenset(str(p.tag.case) for p in self.parse(word.lower()) if p.tag.case)

    def never_nominative(self, word: str) -> bool:
        """Some reading of `word` has a case and none is the nominative ("Шольца"): a name
        the tagger reads as a genitive is one; a word pymorphy3 gives no case ("Пау") may
        be any."""
        cases = self.cases(word)
        return bool(cases) and "nomn" not in cases

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
        return capitals_of(word, out)

    def nominative_phrase(self, words: Iterable[str], gender: str = "") -> str:
        """Each word in the nominative singular, adjectives agreeing with `gender`."""
        return " ".join(self.nominative(w, gender) for w in words)


_UNDECLINED_ENDS = tuple("уюоэе")  # "путассу", "кешью", "манго": a vowel no case has there


def _undeclined(
    word: str, parses: Sequence[Parse], wanted: Collection[str] | None, case: str | None
) -> bool:
    """An indeclinable common noun pymorphy3 does not know ("18 тысяч тонн путассу", "тонн
    кешью") keeps its form as its lemma: no guess reads it as a noun in the case the tagger
    gives, where a declined unknown word ("блогеров") has one; a known indeclinable noun
    ("кофе", "какао", "такси") is the dictionary's already, and a word pymorphy3 guesses an
    adjective ("эсватинского") declines (sixty-eighth pass, h-claims122; h-fixB)."""
    if not case or not word.islower() or not word.endswith(_UNDECLINED_ENDS):
        return False
    # a compound declines ("автору-исполнителю"), and a nominative the tagger guessed for a
    # word out of context ("видеоблогере" alone) tells nothing of its declension
    if "-" in word or case == "nomn":
        return False
    if wanted is not None and "NOUN" not in wanted:
        return False
    if any(p.is_known or p.tag.POS == "ADJF" for p in parses):
        return False  # "эсватинского" (tagged a noun): a declined adjective's guess, not foreign
    return not any(p.tag.POS == "NOUN" and case in p.tag.grammemes for p in parses)


def _known_noun(parses: tuple[Parse, ...]) -> bool:
    """Whether the likeliest reading is a dictionary noun."""
    return bool(parses) and parses[0].is_known and parses[0].tag.POS == "NOUN"


def _apposed(parses: tuple[Parse, ...], heads: tuple[Parse, ...]) -> str:
    """The lemma of a common-noun reading of a compound's first part in the case and number
    of a noun reading of its last part (a second name of the same thing), else ""."""
    forms = {(h.tag.case, h.tag.number) for h in heads if h.tag.POS == "NOUN"}
    for p in parses:
        common = p.is_known and p.tag.POS == "NOUN" and _PROPER.isdisjoint(p.tag.grammemes)
        if common and (p.tag.case, p.tag.number) in forms:
            return str(p.normal_form)
    return ""


def capitals_of(word: str, out: str) -> str:
    """`out`, a form of `word`, with `word`'s capitals: each capitalised part of a compound
    stays capitalised ("Буэнос-Айрес", "Кэмп-Дэвидское")."""
    if not word[:1].isupper():
        return out
    caps = [part[:1].isupper() for part in word.split("-")]
    parts = out.split("-")
    if len(parts) == len(caps):
        return "-".join(p[:1].upper() + p[1:] if c else p for p, c in zip(parts, caps, strict=True))
    return upper_first(out)


def same_form(reading: Parse, first: Parse) -> bool:
    """The reading is the same part of speech, case and number as the first: a word of
    another lemma in the same form ("окружного" of "окружный"), not of another kind
    ("городской", an adjective's genitive and a noun's nominative)."""
    tag, other = reading.tag, first.tag
    return (tag.POS, tag.case, tag.number) == (other.POS, other.case, other.number)


def upper_first(text: str) -> str:
    """`text` with a capital first letter, the rest as it is (no `str.capitalize`, which
    lowers the rest: "Совет ЕС")."""
    return text[:1].upper() + text[1:]


MASS_NOUNS = Path(__file__).with_name("mass_nouns.txt")


def singular_only(lemma: str) -> bool:
    """A noun named in the singular only: the dictionary's Sgtm nouns ("золото") and the
    goods of mass_nouns.txt, whose dictionary plural is another sense ("медь", not "меди")."""
    if lemma in load_list(MASS_NOUNS):
        return True
    parses = morph().parse(lemma)
    return bool(parses) and "Sgtm" in parses[0].tag


def past_adjectives(phrase: str) -> str:
    """The phrase from its first word that the dictionary reads as no adjective on: an
    office's head past its rank words ("главный тренер клуба" → "тренер клуба")."""
    words = phrase.split()
    while len(words) > 1 and morph().parse(words[0].lower())[0].tag.POS == "ADJF":
        words = words[1:]
    return " ".join(words)


@cache
def morph() -> Morph:
    """The process's one morphology object (the analyzer loads its dictionaries once)."""
    return Morph()


def transitive(word: str, forms: frozenset[str] = frozenset({"VERB", "INFN"})) -> bool:
    """Whether every dictionary reading of `word` among `forms` (finite verbs, infinitives)
    is transitive: the parse mends run before the lemmatizer, so the word's own form is
    read ("провести", "организовали"; not "встретиться")."""
    verbs = [p for p in morph().parse(word.lower()) if forms & p.tag.grammemes]
    return bool(verbs) and all("tran" in p.tag for p in verbs)


def is_plural(token: Token) -> bool:
    """Plural by the tagger, or by every reading of the form: the tagger may read a
    sentence's first word ("Президенты подписали") as a singular genitive."""
    if "Plur" in features(token, "Number"):
        return True
    parses = morph().parse(token.lower_)
    return bool(parses) and all(p.tag.number == "plur" for p in parses)


def is_participle(token: Token) -> bool:
    """A participle ("развёрнутых", "состоявшихся"): the tagger marks it as a verb form, or
    calls it an adjective that pymorphy3 reads as a full participle."""
    if "Part" in features(token, "VerbForm"):
        return True
    if token.pos_ != "ADJ":
        return False
    parses = morph().parse(token.lower_)
    return bool(parses) and parses[0].tag.POS == "PRTF"


def is_gerund(token: Token) -> bool:
    """A gerund ("сообщив", "отвечая"): its subject is the one of the verb it qualifies."""
    return features(token, "VerbForm") == ("Conv",)


def is_infinitive(token: Token) -> bool:
    """An infinitive ("тренировать", "посетить"): a verb another verb governs."""
    return "Inf" in features(token, "VerbForm")


def is_finite(token: Token) -> bool:
    """A finite verb form ("подписал", "заявит"): the predicate of a clause, no infinitive,
    participle or gerund."""
    return "Fin" in features(token, "VerbForm")


def is_past_form(token: Token) -> bool:
    """A verb form in the past, finite, participle or gerund ("сыграл", "сыгравший",
    "сыграв", "содействовавший"): what it tells is done, where a present one ("способствует",
    "способствующий", "способствуя") tells it going on. A participle's or a gerund's tense is
    its form's, by every pymorphy3 reading: the tagger reads "содействующий" as a past,
    "способствовавший" as a present gerund."""
    if is_finite(token):
        return "Past" in features(token, "Tense")
    if not {"Part", "Conv"} & set(features(token, "VerbForm")):
        return False
    parses = [p for p in morph().parse(token.lower_) if p.tag.POS in ("PRTF", "GRND")]
    return bool(parses) and all(p.tag.tense == "past" for p in parses)


def is_future(token: Token) -> bool:
    """A verb in the future ("увеличит", "удвоят"): by the tagger, or by its ending where
    every pymorphy3 reading of the form is a finite future, whatever the tagger says (it
    reads "утроят" as a past, "к 2027 году удвоят" as an adjective)."""
    if "Fut" in features(token, "Tense"):
        return True
    parses = morph().parse(token.lower_)
    return bool(parses) and all(p.tag.POS == "VERB" and p.tag.tense == "futr" for p in parses)


def may_be_future(token: Token) -> bool:
    """A form some pymorphy3 reading makes a finite future: the non-past of a verb of both
    aspects ("инвестирует": a present, and a perfective future too)."""
    return any(p.tag.POS == "VERB" and p.tag.tense == "futr" for p in morph().parse(token.lower_))


def may_be_present(token: Token) -> bool:
    """A form some pymorphy3 reading makes a finite present ("выводим", which the dictionary
    also reads as a perfective future), unlike a perfective the tagger calls present
    ("выведем")."""
    return any(p.tag.POS == "VERB" and p.tag.tense == "pres" for p in morph().parse(token.lower_))


def is_present(token: Token) -> bool:
    """A finite verb in the present ("уходит", "покидает"), not a perfective the tagger
    calls present (its future: "уйдёт")."""
    present = "Pres" in features(token, "Tense") and "Imp" in features(token, "Aspect")
    return present and is_finite(token) and not is_future(token)


def is_verb_form(token: Token) -> bool:
    """A verb, or a form the tagger calls something else that pymorphy3 reads only as a verb
    or an infinitive ("удвоят" after a date, tagged an adjective)."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    parses = morph().parse(token.lower_)
    return bool(parses) and all(p.tag.POS in ("VERB", "INFN") for p in parses)


def is_superlative(token: Token) -> bool:
    """An adjective in the superlative ("худший", "тяжелейший"): the tagger gives these
    the positive degree, so pymorphy3 decides."""
    return any(p.tag.POS == "ADJF" and "Supr" in p.tag for p in morph().parse(token.lower_))


def shown_gender(token: Token) -> str:
    """ "masc"/"femn" a singular form shows ("заявил", "заявила", "уверена"): for a
    past-tense verb or a short adjective, its subject's gender; "" for a plural, a present
    tense or a neuter, which tell none."""
    if "Plur" in features(token, "Number"):
        return ""
    gender = UD_GENDER.get((features(token, "Gender") or ("",))[0], "")
    return gender if gender in ("masc", "femn") else ""


def noun_gender(token: Token) -> str:
    """The OpenCorpora gender of a noun by the dictionary's reading of its lemma ("фонда" →
    "masc"), else the tagger's: the gender its adjectives agree with in the nominative; ""
    for a word that is no noun or has none (a plural-only one)."""
    nouns = [p for p in morph().parse(token.lower_) if p.tag.POS == "NOUN"]
    own = [p for p in nouns if p.normal_form.replace("ё", "е") == token.lemma_.replace("ё", "е")]
    gender = next((str(p.tag.gender) for p in own or nouns if p.tag.gender), "")
    if gender or token.pos_ != "NOUN":
        return gender
    return UD_GENDER.get((features(token, "Gender") or ("",))[0], "")


def is_adjectival(token: Token) -> bool:
    """An adjective or a participle, which the tagger may call a verb ("бывший",
    "указанной", "действующим"): a word that qualifies the noun it agrees with."""
    return token.pos_ == "ADJ" or "Part" in features(token, "VerbForm")


def is_animate(token: Token, pronoun: bool = False) -> bool:
    """The tagger reads `token` as animate ("министр", "заложников"): a being, not a thing
    ("отношения"); with `pronoun`, a pronoun too, which may stand for one (a subject that
    acts: "он заявил")."""
    return "Anim" in features(token, "Animacy") or (pronoun and token.pos_ == "PRON")


def is_inanimate(token: Token) -> bool:
    """The tagger reads `token` as inanimate ("договор", "МИД"); a word it gives no animacy
    (a verb, a pronoun) is neither animate nor this."""
    return "Inan" in features(token, "Animacy")


def animate_word(word: str) -> bool:
    """Whether the likeliest reading of `word` is animate ("мужчина", not "год"): for a word
    outside the parse, which no tagger has read."""
    parses = morph().parse(word)
    return bool(parses) and "anim" in parses[0].tag


def may_be_animate(word: str) -> bool:
    """Whether some reading of `word` is an animate noun ("Матвейчуку": a person's dative)."""
    return any(p.tag.POS == "NOUN" and "anim" in p.tag for p in morph().parse(word))


def only_animate(word: str) -> bool:
    """Whether every reading of `word` is an animate noun ("женщина", "отец", "шпион"): a
    person, where a word with a thing's reading ("интернет", "рок", "поп") may name a field."""
    parses = morph().parse(word)
    return bool(parses) and all(p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in parses)


def organization_word(word: str) -> bool:
    """Whether pymorphy3's likeliest reading of the word in lower case is an organization's
    name (Orgn: "госдума", "нафтогаз"), which news also writes so; not a word read first as
    another ("рада", "бриз")."""
    parses = morph().parse(word.lower())
    return bool(parses) and "Orgn" in parses[0].tag


def dictionary_word(word: str) -> bool:
    """Whether the dictionary knows the word in lower case as a common one ("удар", "фифа",
    "по"): a reading that is no abbreviation's nor a proper name's. "ООН", "ТАСС" are not."""
    return any(
        p.is_known and "Abbr" not in p.tag and _PROPER.isdisjoint(p.tag.grammemes)
        for p in morph().parse(word.lower())
    )


def geographic(word: str) -> bool:
    """Whether pymorphy3 knows the word as a place's name (Geox: "Шанхае", "Лиме"), not a
    building's or a common noun ("Кремле", "Доме")."""
    return any("Geox" in p.tag for p in morph().parse(word))


def is_noun(token: Token) -> bool:
    """A noun by the tagger, or a word every reading of which is a noun: the tagger reads a
    capitalised noun mid-sentence ("о Соглашении между …", "по Договору") as a verb or a
    name's part."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    parses = morph().parse(token.lower_)
    return bool(parses) and all(p.tag.POS == "NOUN" for p in parses)


def is_adverb(token: Token) -> bool:
    """An adverb by the tagger, or by the likeliest reading of the form: the tagger may read
    a manner adverb as a noun ("— риторически спросил X")."""
    if token.pos_ == "ADV":
        return True
    parses = morph().parse(token.lower_)
    return bool(parses) and parses[0].tag.POS == "ADVB"


def is_verb(token: Token) -> bool:
    """A verb by the tagger that is no noun in every reading: the tagger may read a noun
    opening a sentence as a participle ("Вступление в должность X состоялось")."""
    return token.pos_ in ("VERB", "AUX") and not is_noun(token)


def agrees(pronoun: Token, noun: Token) -> bool:
    """Whether a pronoun in its form can stand for the noun ("она" for "партия", "который"
    for "посол"): the same number and, in the singular, the same gender where the tagger
    wrote one (a plural has none to agree in)."""
    number = features(pronoun, "Number")
    if number != features(noun, "Number"):
        return False
    gender = features(pronoun, "Gender")
    if _oblique_he(pronoun) and features(noun, "Gender") == ("Neut",):
        return True  # "заседание …, но его перенесли": "его" is "оно"'s as well as "он"'s
    return number == ("Plur",) or not gender or gender == features(noun, "Gender")


def _oblique_he(pronoun: Token) -> bool:
    """A form of "он" other than the nominative ("его", "ему", "им", "нём"): "оно"'s forms
    are the same, so the tagger's masculine may stand for a neuter noun (sixty-fourth pass,
    h-events236)."""
    return pronoun.lemma_ == "он" and features(pronoun, "Case") not in {(), ("Nom",)}


def participle_agrees(participle: Token, noun: Token) -> bool:
    """Whether a participle's form may agree with `noun`: the same number (and gender in
    the singular, where both are tagged), and some reading of it in the noun's case; by
    form, as the tagger's case of a participle after a comma is often wrong."""
    number = features(participle, "Number")
    if number != features(noun, "Number"):
        return False
    genders = features(participle, "Gender"), features(noun, "Gender")
    if number == ("Sing",) and all(genders) and genders[0] != genders[1]:
        return False
    return can_be_case(participle.lower_, case_of(noun))


def can_be_case(word: str, case: str) -> bool:
    """Whether some reading of `word` is in the UD case `case`."""
    grammeme = UD_CASE.get(case)
    return grammeme is not None and morph().can_be(word, grammeme)


def parses_agree(adjective: Parse, noun: Parse) -> bool:
    """An adjective's dictionary reading and a noun's (or a substantive adjective's: "военных")
    of one case and number and, in the singular, gender (a noun of common gender takes
    either)."""
    a, n = adjective.tag, noun.tag
    if a.case != n.case or a.number != n.number:
        return False
    return a.number == "plur" or a.gender == n.gender or "ms-f" in n


def case_of(token: Token) -> str:
    """The UD case the tagger wrote on `token` ("Gen", "Ins"), "" where it wrote none: a
    lookup of its feature set's, as `features` (31,000 calls per 100 NEREL documents)."""
    key = token.morph.key  # type: ignore[attr-defined] # not in the stub
    case = _CASES.get(key)
    return case_of_key(token.vocab, key) if case is None else case


# (Morphology key, field) → the field's values. A key is the hash of its features, the same
# in every vocab, and the tagger writes a few hundred feature sets in all.
_FEATURES: dict[tuple[int, str], tuple[str, ...]] = {}
# Morphology key → its first Case value, "" for none (`case_of_key`).
_CASES: dict[int, str] = {}


def features(token: Token, field: str) -> tuple[str, ...]:
    """`token.morph.get(field)` ("VerbForm" → ("Fin",)), as a tuple: each feature set's field
    is read once (`features_of_key`). The rules ask it ~90,000 times per 100 NEREL documents,
    so a set read before is looked up here, without a call more (~1.5 → ~1.1 µs)."""
    key = token.morph.key  # type: ignore[attr-defined]
    values = _FEATURES.get((key, field))
    return features_of_key(token.vocab, key, field) if values is None else values


def features_of_key(vocab: Vocab, key: int, field: str) -> tuple[str, ...]:
    """The values of `field` in the feature set `key` (a token's `morph.key`). Each set's
    field is read once: `MorphAnalysis.get` parses the features on every call (~3.6 µs, a
    key's lookup ~0.5 µs), and rules ask a token's verb form, number or case tens of
    thousands of times per 100 news documents."""
    values = _FEATURES.get((key, field))
    if values is None:
        from spacy.tokens import MorphAnalysis  # spaCy is loaded once there is a Doc

        values = _FEATURES[key, field] = tuple(MorphAnalysis.from_id(vocab, key).get(field))
    return values


def cases_of(token: Token) -> frozenset[str]:
    """The UD cases `token` may be in: the tagger's and those of every reading of its form,
    as the tagger picks one of a form Russian spells alike in several ("директора": Gen or
    Acc, "цитирует директора X"); empty where neither gives one."""
    read = frozenset(OC_CASE[c] for c in morph().cases(token.text) if c in OC_CASE)
    return read | frozenset(features(token, "Case"))


def dictionary_case(token: Token, lemma: str = "") -> str:
    """The tagger's case where some reading of the form is in it, else the likeliest
    reading's: the tagger may read a sentence's first word as a genitive no reading of it
    has ("Экс-посол Франции в Индии X": nominative or accusative only). A capitalised first
    word the tagger reads as a name: where it has declining readings of `lemma`, only those
    count ("хоким" is also read as a woman's surname that declines in no case and a woman's
    name's genitive plural, and the tagger read "Хоким Самарканда X" as a genitive the noun
    "хоким" has not); within a sentence the tagger reads a title and the name after it alike
    ("принял хоким Самарканда X", both accusative), which is what the case is asked for."""
    tagged = case_of(token)
    parses = [p for p in morph().parse(token.lower_) if p.tag.case in OC_CASE]
    if token.is_sent_start:
        parses = [p for p in parses if p.normal_form == lemma and "Fixd" not in p.tag] or parses
    if not tagged or not parses or any(OC_CASE[str(p.tag.case)] == tagged for p in parses):
        return tagged
    return OC_CASE[str(parses[0].tag.case)]


def nominative_title(tokens: Iterable[Token]) -> str:
    """A title's words as the office is written, its nouns outside the genitive in their
    dictionary form ("с министром иностранных дел Индонезии" → "с министр иностранных дел
    индонезии"): a title in the instrumental or accusative is still the office."""
    return " ".join(
        t.lemma_ if t.pos_ == "NOUN" and case_of(t) != "Gen" else t.lower_ for t in tokens
    )


def case_of_key(vocab: Vocab, key: int) -> str:
    """The first Case value of the feature set `key` (a token's `morph.key`), "" for none;
    each set's once (the lemmatizer asks it of every distinct word of a Doc)."""
    case = _CASES.get(key)
    if case is None:
        found = features_of_key(vocab, key, "Case")
        case = _CASES[key] = found[0] if found else ""
    return case


# pymorphy3's grammemes of a person's name: first name, surname, patronymic
NAME_TAGS = frozenset(["Name", "Surn", "Patr"])


def name_forms(word: str) -> set[tuple[str, str]]:
    """(case, gender) of each reading of `word` as a first name, surname or patronymic; a
    surname of either gender ("Обамы", "ms-f") gives both. Words of one person's name share
    one, which tells "Орлова Игоря" (genitive, masculine) from "Петрова Иван"."""
    out = set()
    for p in morph().parse(word):
        if NAME_TAGS & p.tag.grammemes and p.tag.case:
            genders = (p.tag.gender,) if p.tag.gender else ("masc", "femn")
            out |= {(p.tag.case, g) for g in genders}
    return out


_PLACE_CASES = frozenset({"Acc", "Loc"})  # "в Москву", "в Москве"


def governed_case(token: Token) -> str:
    """The case of a noun after a preposition, or its adjective's where the tagger reads the
    noun, a name it does not know, as nominative ("в мексиканском Канкуне"): no preposition
    takes the nominative of a place. Of the two cases "в"/"на" take, the one every reading
    of the form is in wins over the other the tagger wrote ("Затем в Орхусе": "Орхусе"
    read accusative); a guessed reading of another case does not ("в Чэнду": dative). A
    form that tells no case ("в Брно", "в Давао", read accusative) is where, not whither:
    a trip's reader takes either."""
    case = case_of(token)
    if not any(c.dep_ == "case" for c in token.children):
        return case
    if case == "Acc" and caseless(token.text):
        return "Loc"
    read = {OC_CASE[c] for c in morph().cases(token.text) if c in OC_CASE}
    if case in _PLACE_CASES and read == _PLACE_CASES - {case}:
        return read.pop()
    if case != "Nom":
        return case
    return next((case_of(c) for c in token.lefts if c.dep_ == "amod" and case_of(c)), case)


# Endings of foreign words that do not decline ("Бисау", "Эсватини"): a guessed reading of
# such a word is no reason to change it.
_FOREIGN_END = tuple("иоуэюе")
# Foreign first names that never decline though the dictionary reads a case in them ("Воле").
FIXED_FIRST_PARTS = Path(__file__).with_name("fixed_first_parts.txt")
UNDECLINED_FIRST_NAMES = Path(__file__).with_name("undeclined_first_names.txt")
# …and those the NEREL links table writes unchanged beside a surname in two cases ("Кваме").
FIXED_GIVEN_NAMES = DATA_DIR / "fixed_given_names.txt"
_ADJECTIVES = frozenset(["ADJF", "PRTF"])
# Endings of adjectives the dictionary lacks ("Боливарианская", "Стэнфордский").
_ADJECTIVE_END = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
_PLACES = frozenset(["Geox", "Orgn", "Trad"])
# pymorphy3's grammemes of a proper name's reading (a place, a first name or surname, a firm)
_PROPER = _PLACES | {"Name", "Surn"}


def cased(word: str, like: str) -> str:
    """`word` written with the capitalisation of `like`, part by part when hyphenated."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    parts, likes = word.split("-"), like.split("-")
    if len(parts) == len(likes) > 1:
        return "-".join(cased(p, q) for p, q in zip(parts, likes, strict=True))
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


@lru_cache(maxsize=1_024)
def name_in(name: str, case: str) -> str:
    """A nominative name of a state or an organization in `case`, each word by its role.

    The head noun and the adjectives before it, which agree with it, change ("Большой
    театр" → "Большим театром", "Вооружённые силы" → "Вооружёнными силами"); what follows
    the head keeps its own case: a genitive ("Министерство иностранных дел" → "Министерством
    иностранных дел"), an apposition ("Королевством Дания"), a quoted title. Abbreviations,
    quoted and foreign words stay ("МЧС России", "Коррьере делла сера"); names joined by
    "и" each change ("Боснией и Герцеговиной")."""
    words = name.split()
    head = _head(words)
    if head is None:
        return name
    at, noun = head
    number = noun.tag.number or "sing"
    out = [_adjective_in(w, case, noun) for w in words[:at]]
    own = {str(noun.tag.gender)} if noun.tag.POS != "NOUN" and number == "sing" else set()
    out.append(_noun_in(words[at], noun, {case, number} | own))  # "Сборная": its own gender
    rest = words[at + 1 :]
    if len(rest) > 1 and rest[0] == "и" and rest[1][:1].isupper():  # "Босния и Герцеговина"
        return " ".join([*out, "и", name_in(" ".join(rest[1:]), case)])
    if rest and noun.tag.grammemes & _PROPER and rest[0][:1].isupper():
        return name  # "Нью-Йорк Рейнджерс", "Лос-Анджелес Гэлакси": a foreign compound
    return " ".join(out + rest)


def _head(words: list[str]) -> tuple[int, Parse] | None:
    """The head of a name (its index and nominative reading) after the adjectives that
    agree with it: a noun, or an adjective no noun follows ("Сборная Финляндии"); None
    where a word before it does not decline (an abbreviation, a quoted or foreign word) or
    a foreign phrase ("Олий Мажлис", "Хизб ут-Тахрир") has no Russian noun to head it."""
    numbers = {"sing", "plur"}
    for at, word in enumerate(words):
        if word == "и" and at:
            continue  # "телевизионная и радиовещательная компания"
        if _fixed(word):
            return None
        parses = morph().parse(word.lower())
        after = words[at + 1] if at + 1 < len(words) else ""
        adjectives = [p for p in parses if _ADJECTIVES & p.tag.grammemes and "nomn" in p.tag]
        adjectives = adjectives if _known(word, parses) or word.endswith(_ADJECTIVE_END) else []
        if adjectives and after and (after == "и" or morph().cases(after) & {"nomn"}):
            numbers &= {str(p.tag.number) for p in adjectives}
            continue
        nouns = [p for p in parses if p.tag.POS == "NOUN" and "nomn" in p.tag] or adjectives
        if not nouns or (after and not _fixed(after) and not _known(word, parses)):
            return None
        agreeing = [p for p in nouns if p.tag.number in numbers] or nouns
        proper = [p for p in agreeing if p.tag.grammemes & _PROPER]  # "Того", not "тот"
        proper.sort(key=lambda p: not p.tag.grammemes & _PLACES)  # "Филиппины" no woman's
        singular = [p for p in proper or agreeing if p.tag.number != "plur"]
        lemma = [p for p in singular if p.normal_form == word.lower()]  # "Казына" a lemma
        return at, (lemma or singular or proper or agreeing)[0]
    return None


def _fixed(word: str) -> bool:
    """A word that does not decline: an abbreviation ("МЧС", "БелТА"), a quoted title, a
    word with a dot or a digit ("Вести.ру"), a foreign word ending in a vowel Russian
    nouns do not end in."""
    if not word.replace("-", "").isalpha() or any(c.isupper() for c in word[1:].replace("-", "")):
        return not _capitalised_parts(word)
    return undeclined(word)


def undeclined(word: str) -> bool:
    """A foreign word the dictionary does not know, ending in a vowel Russian nouns do not
    end in ("Бисау", "Фриске"): the same in every case."""
    return word.lower().endswith(_FOREIGN_END) and not _known(word, morph().parse(word.lower()))


_NAMING_POS = {"NOUN", "ADJF", "ADJS", "PRTF", "NUMR"}


def no_noun_word(word: str) -> bool:
    """A word the dictionary knows in no noun's, adjective's or numeral's reading
    ("Вперёд", "Вместе", "Да"): a name made of it reads as no thing, so it cannot be
    declined alone."""
    parses = morph().parse(word.lower())
    return bool(parses) and all(p.is_known and p.tag.POS not in _NAMING_POS for p in parses)


def undeclined_first_name(word: str) -> bool:
    """A foreign first name that never declines, though the dictionary reads it as another
    name's oblique case ("Мамаду", "Воле"), by undeclined_first_names.txt and the names the
    NEREL links table keeps unchanged beside a declined surname (kg/data/fixed_given_names.txt:
    "Кваме Килпатрика"); stress marks aside ("Во́ле")."""
    low = word.replace("\u0301", "").lower().replace("ё", "е")
    return low in load_list(UNDECLINED_FIRST_NAMES) or low in load_list(FIXED_GIVEN_NAMES)


@lru_cache(maxsize=NAMES_KEPT)  # the readers of names ask a document's names again and again
def caseless(word: str, guessed: bool = True) -> bool:
    """A word whose form tells no case: one the dictionary reads in every case ("Петро",
    "Рубио") or a foreign one it does not know ending in a vowel ("Кагаме", "Фицо", which it
    guesses a case or two for). Without `guessed`, of the words read in every case only
    those the dictionary knows ("Мэри", "Люси"), not one it only guesses so ("Хунлабут", a
    surname that declines): their form tells no case, whatever case the tagger gives."""
    if undeclined(word) or undeclined_first_name(word):
        return True
    read = guessed or _known(word, morph().parse(word.lower()))
    return read and len(morph().cases(word)) >= 6


def _capitalised_parts(word: str) -> bool:
    """A hyphenated word of capitalised parts ("Северо-Западный", "Нью-Йорк"), no
    abbreviation though a capital stands inside it."""
    parts = word.split("-")
    return len(parts) > 1 and all(p.isalpha() and p[1:].islower() for p in parts)


def _known(word: str, parses: tuple[Parse, ...]) -> bool:
    """A dictionary word, or a hyphenated one whose last part is ("Рабоче-крестьянская")."""
    if parses and parses[0].is_known:
        return True
    first, sep, last = word.rpartition("-")
    tail = morph().parse(last.lower()) if sep else ()
    return bool(tail) and tail[0].is_known


def _noun_in(word: str, noun: Parse, grammemes: set[str]) -> str:
    """The head noun in the given form; a hyphenated one the dictionary lacks by its last
    part ("Гоголь-центр" → "Гоголь-центром"), both parts where both are common nouns
    ("Государство-город" → "Государством-городом")."""
    first, sep, last = word.partition("-")
    if sep and not noun.is_known:
        common = _common_noun(first) if last.islower() else None
        tail = morph().parse(last.lower())
        nouns = [p for p in tail if p.tag.POS == "NOUN" and "nomn" in p.tag]
        nouns.sort(key=lambda p: p.normal_form != last.lower())  # "Казына" its own lemma
        head = _noun_in(first, common, grammemes) if common else first
        return head + sep + (_form_of(last, nouns[0], grammemes) if nouns else last)
    return _form_of(word, noun, grammemes)


def _common_noun(word: str) -> Parse | None:
    """The nominative reading of a dictionary common noun ("государство"), or None."""
    for p in morph().parse(word.lower()):
        if p.is_known and p.tag.POS == "NOUN" and "nomn" in p.tag and not p.tag.grammemes & _PROPER:
            return p
    return None


def _adjective_in(word: str, case: str, noun: Parse) -> str:
    """An adjective before the head in `case`, agreeing with the head in number and gender
    (and, in the accusative, animacy: "в Соединённые Штаты")."""
    grammemes = {case, "plur"} if noun.tag.number == "plur" else {case, str(noun.tag.gender)}
    if case == "accs" and grammemes & {"plur", "masc"}:
        grammemes.add(str(noun.tag.animacy or "inan"))
    for p in morph().parse(word.lower()):
        if _ADJECTIVES & p.tag.grammemes and "nomn" in p.tag:
            return _form_of(word, p, grammemes)
    return word


def _form_of(word: str, reading: Parse, grammemes: set[str]) -> str:
    """`word` (read as `reading`) in the form with `grammemes` closest to it
    (`closest_form`); capitals and ё as in `word`; `word` itself where there is none."""
    low = word.lower()
    form = closest_form(word, reading, grammemes)
    if form is None:
        return word
    return cased(form if "ё" in low else form.replace("ё", "е"), word)


def closest_form(word: str, reading: Parse, grammemes: set[str]) -> str | None:
    """`word` (read as `reading`) in the form with `grammemes` closest to it, lower case: of
    several ("высшим", "высочайшим" of "высший"; "лучшая", "наихорошая" of "хороший") the
    one sharing the longest beginning with it, where pymorphy3's own inflection may jump to
    another variant of the lexeme; None where the lexeme has no such form."""
    low = word.lower()
    tag = reading.tag
    forms = [
        f.word
        for f in reading.lexeme
        if grammemes <= f.tag.grammemes and (f.tag.POS, f.tag.voice) == (tag.POS, tag.voice)
    ]
    if not forms:
        return None
    wanted = reading.inflect(grammemes)  # of forms alike, pymorphy3's own ("Казыной")
    own = wanted.word if wanted is not None else ""
    return max(forms, key=lambda f: (len(os.path.commonprefix([f, low])), f == own))
