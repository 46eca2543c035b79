"""An organization's abbreviation and its full name in one document: one node. News writes
the full name once ("Народная партия Кении (НПК)", "Nordic Energy Group") and the initials
after or before it ("лидер НПК", "NEG"); the abbreviation takes the full name's key and
name, so its QID. Only within a document: initials alone join nothing across texts."""

from __future__ import annotations

from collections.abc import Container
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.doc_text import token_strings
from kg.gazetteer import normalize
from kg.lexicon import load_groups

Entry = tuple[Span, str, str]  # (span, gazetteer key or "", nominative name)

_WORDS = load_groups(Path(__file__).with_name("org_words.txt"))
_UNLETTERED_POS = frozenset(["ADP", "CCONJ"])  # "Организация по безопасности и …": no letter
_TAIL_STATE_WORDS = 2  # "… Чили", "… Республики Корея": a state's name an abbreviation may drop


def abbreviation_like(word: str) -> bool:
    """One word of capitals, at most one lower-case letter inside: "МИД", "СдПГ". Asked of
    every word of a document (`untagged_abbreviations`): a word whose first two letters are
    not capitals is turned down before its letters are counted."""
    return (
        2 <= len(word) <= 6
        and (word[0].isupper() or word[1].isupper())
        and sum(ch.isupper() for ch in word) >= max(2, len(word) - 1)
    )


def is_abbreviation(span: Span) -> bool:
    """A span of one abbreviation-like word ("ФНС", "СдПГ")."""
    return len(span) == 1 and abbreviation_like(span.text)


def joined_by_initials(entries: list[Entry], states: Container[int]) -> list[Entry]:
    """`entries` with each abbreviation that stands for exactly one organization of the
    document given that one's key and name: the organization whose
    initials it is (Russian rules: a hyphenated word's parts each, prepositions and
    conjunctions none; a trailing state's name, at `states`' tokens, may be left out:
    "МЭР" of "Министерство экономического развития Чили"), or the one it was put in
    brackets after. Not an abbreviation two organizations of the text could stand for, nor
    one the gazetteer knows as another organization than the full name's, nor one already
    read as a state's body by its adjective ("египетского МИД" beside "Министерство
    иностранных дел Турции"): a wrong QID or node is worse than none."""
    meanings = _meanings(entries, states)
    out = []
    for span, key, name in entries:
        meant = meanings.get(_letters(span.text)) if is_abbreviation(span) else None
        spelled = len(name.split()) > 1  # "египетского МИД": Egypt's already, no other's
        if meant is not None and (key == meant[0] != "" or not (key or spelled)):
            key, name = meant
        out.append((span, key, name))
    return out


def split_initials(entries: list[Entry]) -> list[Entry]:
    """An unknown name that ends in its own initials ("Главного оперативного управления
    ГОУ"): the name and its abbreviation, two mentions as if it stood in brackets, which
    `joined_by_initials` makes one organization; no name with the initials glued on."""
    out = []
    for span, key, name in entries:
        last = span[-1:]
        if key or len(span) < 3 or not is_abbreviation(last) or not name.endswith(last.text):
            out.append((span, key, name))
            continue
        if _letters(last.text) not in _initials(span[:-1], ()):
            out.append((span, key, name))
            continue
        out.append((span[:-1], key, name.removesuffix(last.text).rstrip()))
        out.append((last, "", last.text))
    return out


def untagged_abbreviations(doc: Doc, entries: list[Entry], states: Container[int]) -> list[Span]:
    """Abbreviations the tagger left that are the initials of exactly one organization the
    document names ("Средства МБР" after "Межамериканский банк развития"): mentions of it.
    Read off the Doc's token texts, with each full name's initials worked out once, at the
    first abbreviation-like word: not a `Token` per word and the initials per such word."""
    taken = {i for span, _, _ in entries for i in range(span.start, span.end)}
    named: list[tuple[str, set[str]]] | None = None  # each full name's identity and initials
    out = []
    for i, text in enumerate(token_strings(doc)):
        if i in taken or i in states or not abbreviation_like(text):
            continue
        if named is None:
            named = [(_identity(e), _initials(e[0], states)) for e in _full_names(entries)]
        letters = _letters(text)
        if len({identity for identity, initials in named if letters in initials}) == 1:
            out.append(doc[i : i + 1])
    return out


def _meanings(entries: list[Entry], states: Container[int]) -> dict[str, tuple[str, str]]:
    """Each abbreviation's letters → the (key, name) of the one organization it stands for."""
    full = _full_names(entries)
    found: dict[str, dict[str, tuple[str, str]]] = {}
    for entry in entries:
        span = entry[0]
        if not is_abbreviation(span):
            continue
        letters = _letters(span.text)
        meant = found.setdefault(letters, {})
        if _bracketed(span) and _identity(entry) != normalize(span.text):
            meant[_identity(entry)] = entry[1:]  # joined to the name before the brackets
        for other in full:
            if letters in _initials(other[0], states):
                meant[_identity(other)] = other[1:]
    return {letters: next(iter(m.values())) for letters, m in found.items() if len(m) == 1}


def _full_names(entries: list[Entry]) -> list[Entry]:
    """The entries of two words or more that give a letter: names initials may stand for."""
    return [e for e in entries if len(_letter_words(e[0])) >= 2]


def _identity(entry: Entry) -> str:
    """What makes two entries one node: the gazetteer key, else the name as written."""
    span, key, name = entry
    return key or normalize(name or span.text)


def _bracketed(span: Span) -> bool:
    """The span stands alone in brackets ("(НПК)")."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc):
        return False
    return doc[span.start - 1].text == "(" and doc[span.end].text == ")"


def _letters(word: str) -> str:
    """An abbreviation's letters, its case ending after the capitals left ("МИДа" → "мид")."""
    stem = word.rstrip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    return normalize(stem if len(stem) >= 2 else word)


def _letter_words(span: Span) -> list[Token]:
    """The words of a name that give a letter: not punctuation, a preposition or a
    conjunction ("по", "и", "of", "de")."""
    return [
        t
        for t in span
        if t.text[:1].isalpha()
        and t.pos_ not in _UNLETTERED_POS
        and t.lower_ not in _WORDS["unlettered"]
    ]


def _initials(span: Span, states: Container[int]) -> set[str]:
    """A name's initials, each hyphenated part's first letter ("Социал-демократическая
    партия Дании" → "сдпд"), with and without a state's name closing it ("мэрч", "мэр")."""
    words = _letter_words(span)
    cut = len(words)
    while cut and words[cut - 1].i in states and len(words) - cut < _TAIL_STATE_WORDS:
        cut -= 1
    out = set()
    for n in {len(words), cut}:
        letters = "".join(p[:1] for t in words[:n] for p in t.text.split("-") if p)
        if len(letters) >= 2:
            out.add(normalize(letters))
    return out


def initials_letters(word: str) -> str:
    """An abbreviation's letters, for other modules (`_letters`)."""
    return _letters(word)


def name_initials(span: Span, states: Container[int]) -> set[str]:
    """A name's initials, for other modules (`_initials`)."""
    return _initials(span, states)


_CATEGORY_WORDS = 8  # "организаторов распространения информации": the words before "("


def category_initials(span: Span) -> bool:
    """An abbreviation the text spells out in brackets after a lower-case phrase whose first
    noun is plural ("в реестр организаторов распространения информации (ОРИ)", "некоммерческих
    организаций (НКО)"): a category of persons or bodies, no one body, wherever the text uses
    it ("реестр ОРИ"). Not a name spelt in capitals ("Министерство иностранных дел (МИД)"),
    nor a singular kind's ("центральной избирательной комиссии (ЦИК)"). Forty-sixth pass,
    h-orgs50."""
    word = span.text  # once: `Span.text` makes the span's `Token`s on every call
    if len(span) != 1 or not abbreviation_like(word):
        return False
    doc, letters = span.doc, _letters(word)
    texts = token_strings(doc)
    for i, text in enumerate(texts):  # a `Token` only where the word recurs in brackets
        if text != word or i < 2 or i + 1 >= len(texts):
            continue
        if texts[i - 1] != "(" or texts[i + 1] != ")":  # `_bracketed`, of the strings
            continue
        before = doc[max(0, i - 1 - _CATEGORY_WORDS) : i - 1]
        words = _letter_words(before)[-len(letters) :]
        if len(words) != len(letters) or normalize("".join(w.text[:1] for w in words)) != letters:
            continue
        nouns = [w for w in words if w.pos_ == "NOUN"]
        if words[0].text[:1].islower() and nouns and "Plur" in nouns[0].morph.get("Number"):
            return True
    return False
