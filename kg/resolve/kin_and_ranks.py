"""Kin words and ranks before a person's name: who a name is told as the wife, son or widow
of ("жена Хуана Переса"), and which royal, ruling or clerical rank stands before it
("королева Елизавета", "патриарх Кирилл").

The case readers of names.py, the gazetteer matcher and the title finder ask the same
questions of the word before a name; the word lists and those questions live here.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.nlp.deps import possessive_pronoun
from kg.nlp.morph import case_of, caseless, morph, undeclined
from kg.resolve.clergy import CLERGY_RANKS
from kg.resolve.gender import woman_named
from kg.resolve.name_lexicons import PARTICLES, is_first_name

WOMEN_KIN = frozenset(["жена", "супруга", "вдова", "дочь", "мать", "сестра", "внучка",
                       "племянница", "тетя", "бабушка", "невестка"])  # fmt: skip


KIN = WOMEN_KIN | frozenset(["муж", "супруг", "вдовец", "сын", "отец", "брат", "внук",
                             "племянник", "дядя", "дед", "зять", "тесть"])  # fmt: skip


def word_tokens(span: Span) -> list[Token]:
    return [t for t in span if t.text[:1].isalpha()]


def _kin_before(span: Span) -> Token | None:
    """The word for a relative right before the name ("вдова", "сыном"), or None."""
    before = span.doc[span.start - 1] if span.start else None
    return before if before is not None and before.lemma_.replace("ё", "е") in KIN else None


def kins_owner(span: Span) -> bool:
    """One word that is no first name after kin no pronoun owns ("вдова Гомеса", "сын
    Петровой") names the person whose relative is meant, not the relative (whose verb is
    not this person's): the relative's own name comes with a first name or after an owner
    ("его сын Гота"), the parse reading either."""
    kin = _kin_before(span)
    names = word_tokens(span)
    return (
        kin is not None and len(names) == 1 and not is_first_name(names[0].text) and not _owned(kin)
    )


def _owned(kin: Token) -> bool:
    """A pronoun owns the relative ("его сын", "её дочь")."""
    return any(possessive_pronoun(c) for c in kin.children)


def apposed_kin(span: Span) -> Token | None:
    """The word for a relative the name stands in apposition to, in the same case
    ("младший сын Виктор Петренко", "с сыном Виктором", "его сын Гота"): the relative's own
    name. A genitive name after kin is the person whose relative is meant ("сын Виктора
    Петренко", "Дочери Петренко", "вдова Гомеса"), whatever the parse."""
    kin = _kin_before(span)
    if kin is None or kins_owner(span):
        return None
    if _owned(kin) and len(word_tokens(span)) == 1:
        return kin if case_of(kin) else None
    case = case_of(span[0])
    return kin if case == case_of(kin) and case not in ("", "Gen") else None


def kin_past_owner(span: Span) -> Token | None:
    """A first name alone after a comma that follows kin and its owner's name in the
    genitive ("тела брата Джохара Царнаева, Тамерлана"), in the kin's case: the relative's
    own first name, the word for whom stands before the owner (None where none does)."""
    words = word_tokens(span)
    if len(words) != 1 or len(span) != 1 or span.start < 3 or not is_first_name(words[0].text):
        return None
    doc = span.doc
    if doc[span.start - 1].text != ",":
        return None
    owner = span.start - 2
    j = owner
    while j >= 0 and j > owner - 3 and doc[j].is_alpha and doc[j].text[:1].isupper():
        j -= 1
    if j == owner or j < 0 or doc[j].lemma_.replace("ё", "е") not in KIN:
        return None
    if any(case_of(doc[k]) != "Gen" for k in range(j + 1, owner + 1)):
        return None  # the owner's name is the kin's genitive complement
    kin = doc[j]
    case = case_of(span[0])
    return kin if case == case_of(kin) or {case, case_of(kin)} == {"Gen", "Acc"} else None


def _owner_before_kins_name(span: Span) -> bool:
    """A name after kin whose given names decline in no case ("сын Хорхе Переса Карлос"),
    right before a first name in the kin's own case: that first name is the relative's, so
    this name is the owner's, in the genitive, though its given names show no case and the
    tagger reads the nominative the kin has."""
    kin = _kin_before(span)
    names = word_tokens(span)
    if kin is None or span.end >= len(span.doc) or len(names) < 2:
        return False
    after = span.doc[span.end]
    return (
        all(known_caseless(t.text) for t in names[:-1])
        and after.text[:1].isupper()
        and is_first_name(after.text, plural=False)
        and case_of(after) == case_of(kin) != "Gen"
    )


def kin_told_case(span: Span) -> tuple[str, bool] | None:
    """The case and sex a word for a relative before the name tells: its own in apposition
    ("его сын Гота": nominative, a man), a genitive after it ("вдова Гомеса": a man's, "сын
    Петровой": a woman's), or None. Public: `names` asks it first among the words around a
    name that tell its case and sex (before `rank_case`)."""
    if _owner_before_kins_name(span):
        return "Gen", woman_named(word_tokens(span)[0].text)
    kin = apposed_kin(span)
    if kin is not None:
        return case_of(kin), kin.lemma_.replace("ё", "е") in WOMEN_KIN
    if not kins_owner(span):
        return None
    return "Gen", word_tokens(span)[0].lower_.endswith(("ой", "ей"))


# Women's ranks: a name right after one is a woman's, in the rank's case ("королева Максима",
# not the genitive of "Максим"; "и королева Сутхида прибыли", not "Сутхид").
_WOMEN_RANKS = frozenset(["королева", "принцесса", "кронпринцесса", "императрица", "герцогиня",
                          "княгиня", "царица"])  # fmt: skip


# Ranks of monarchs and their families, a woman's among them.
_RANKS = _WOMEN_RANKS | frozenset(["король", "царь", "император", "кронпринц", "герцог",
                                   "князь", "принц", "шах"])  # fmt: skip


# The monarchs' and their families' ranks, for other modules.
ROYAL_RANKS = _RANKS
WOMEN_RANKS = _WOMEN_RANKS


def royal_rank(word: Token) -> bool:
    """A monarch's or a royal family's rank ("принц", "Король", "королевы")."""
    return not {word.lower_, word.lemma_.lower().replace("ё", "е")}.isdisjoint(_RANKS)


def rank_sex(word: Token) -> str:
    """ "femn"/"masc" of a royal rank ("принцессы", "принца"), else ""."""
    if not royal_rank(word):
        return ""
    lemmas = {word.lower_, word.lemma_.lower().replace("ё", "е")}
    return "femn" if not lemmas.isdisjoint(_WOMEN_RANKS) else "masc"


# Ranks of rulers a state's name follows in the genitive: a monarch's, and those that are
# also men's given names ("Султан", "Эмир").
RULER_RANKS = _RANKS | frozenset(["султан", "эмир", "шейх"])


def ruler_office(office: str) -> bool:
    """An office that is a ruler's rank ("султан", "король", "наследный принц"): its
    holder is named by his one name (seventieth pass, h-names158)."""
    return bool(office) and office.split()[-1] in RULER_RANKS


# A royal family's titles that are no post of a state: a prince's, a sheikh's; not a
# ruler's ("король", "эмир Кувейта"), nor "наследный принц", an heir's post.
_FAMILY_TITLES = frozenset(["принц", "принцесса", "шейх", "шейха"])


def family_title(office: str) -> bool:
    """Whether an office is a royal family's title alone ("принц", "шейх"), which a state
    gives no one as a post (seventy-first pass, h-names160)."""
    return office in _FAMILY_TITLES


# Forms of a woman's rank ("шейха", "султана") that no singular of the man's rank takes,
# with the case her name after them stands in ("визит Шейхи Лулвы", "с шейхой Джавзой").
HER_RANK_CASES = {"шейхи": "Gen", "султаны": "Gen", "шейхой": "Ins", "шейхою": "Ins",
                  "султаной": "Ins", "султаною": "Ins"}  # fmt: skip
# The endings her name in "-а"/"-я" takes in that case: "-ы", "-и" after a velar or a
# hushing consonant and "-ии" ("Лулвы", "Аиши", "Марии"); "-ой", "-ей". Not a man's "-и"
# ("шейхи Али и Сакр прибыли": his rank's plural).
_HER_ENDINGS = {
    "Gen": re.compile(r"(?:[^кгхжшчщи]ы|[кгхжшчщ]и|ии)$"),
    "Ins": re.compile(r"[оеё]й$"),
}


def her_rank_oblique(span: Span) -> str:
    """The case her name stands in after her rank in a form no singular of his takes
    (`HER_RANK_CASES`), where the name's first word ends as a woman's "-а"/"-я" name does in
    that case ("Визит Шейхи Лулвы": "Gen"), else "": the tagger reads "Шейхи" as a verb,
    or as his plural."""
    rank = span.doc[span.start - 1] if span.start else None
    case = HER_RANK_CASES.get(rank.lower_, "") if rank is not None else ""
    return case if case and _HER_ENDINGS[case].search(span[0].lower_) else ""


def ruler_of_state(rank: Token, state: Token) -> bool:
    """A ruler's rank opening a sentence before a state's name in the genitive ("Султан
    Брунея Хассанал Болкиах", "Султан Омана прибыл"): the rank and its state, though the
    tagger reads both as a name's words and "Султан" is a given name too. The dictionary's
    genitive of a place decides, for the parse may read the state's case wrong."""
    return (
        bool(rank.is_sent_start)
        and rank.i + 1 == state.i
        and not {rank.lower_, rank.lemma_.lower()}.isdisjoint(RULER_RANKS)
        and any({"Geox", "gent"} <= p.tag.grammemes for p in morph().parse(state.text))
    )


def rank_before_name(token: Token) -> bool:
    """A monarch's rank opening a sentence before a given name the parse hangs on it
    ("Король Абдалла принял", "Королеве Сильвии вручили", "Королева Елизавета II",
    "Кронпринц Мухаммед бин Сальман"): the tagger reads the rank as the name's first word,
    and the dictionary reads some as surnames ("Королёв"). Not before a first name and
    surname, which may be a surname written first ("Королева Анна Иванова"), nor before
    an initial ("Королева Н. В.")."""
    doc = token.doc
    if not token.is_sent_start or token.lemma_.replace("ё", "е") not in _RANKS:
        return False
    if token.i + 1 >= len(doc):
        return False
    name, after = doc[token.i + 1], doc[token.i + 2 : token.i + 3]
    given = not after or not after.text[:1].isupper() or after.text.lower() in PARTICLES
    regnal = bool(after) and re.fullmatch(r"[IVX]+", after.text) is not None
    return (
        name.head.i == token.i
        and name.text[:1].isupper()
        and len(name.text) > 1
        and (given or regnal)
    )


def clergy_before_name(token: Token) -> bool:
    """A clergy rank, capitalised wherever it stands, before a capitalised word: the name
    ("Первосвятитель Неофит") or the church the rank governs ("Первосвятитель Болгарской
    православной церкви"), which the tagger reads as the name's first word; or before the
    flock it governs in the genitive ("Католикос всех армян")."""
    doc = token.doc
    if token.i + 1 >= len(doc) or not token.text[:1].isupper() or token.text.isupper():
        return False
    if morph().normal_form(token.lower_).replace("ё", "е") not in CLERGY_RANKS:
        return False
    after = doc[token.i + 1]
    if after.text[:1].isupper() and len(after.text) > 1:
        return True
    # "Католикос всех армян Гарегин II": a genitive flock the rank governs before the name
    return any(
        c.dep_ == "nmod" and c.i > token.i and "Gen" in c.morph.get("Case") for c in token.children
    )


def woman_rank(span: Span) -> Token | None:
    """A woman's rank right before the name, where the parse hangs the name on it
    ("королева Максима"), or None: not before a man's name that only follows it ("Вместе с
    принцессой Андрей Иванов посетил школу")."""
    rank = span.doc[span.start - 1] if span.start else None
    if rank is None or rank.lemma_.replace("ё", "е") not in _WOMEN_RANKS:
        return None
    return rank if span.root.head.i == rank.i else None


def rank_case(span: Span) -> tuple[str, bool] | None:
    """The case and sex a woman's rank right before the name tells, or None; her rank in
    a form no singular of his takes tells it whatever the tagger reads (`her_rank_oblique`)."""
    oblique = her_rank_oblique(span)
    if oblique:
        return oblique, True
    rank = woman_rank(span)
    return (case_of(rank), True) if rank is not None and case_of(rank) else None


def known_caseless(word: str) -> bool:
    """A word the dictionary knows and reads in every case ("Мэри", "Люси", "Петро"): its
    form tells no case, whatever case the tagger gives it; not a foreign word it does not
    know (`undeclined`), which a name's other words may still decline beside."""
    return caseless(word, guessed=False) and not undeclined(word)


# Academic ranks and titles written short before a surname ("проф. Смирнов", "акад. Орлов",
# "доц. Петрова"); lower-case, without their point.
_ACADEMIC_WORDS = frozenset(["проф", "акад", "доц", "ассист"])
# Degrees and research posts written as three letters with points: a candidate's or
# doctor's degree ("к. э. н.", "д. м. н.", "д.э.н."), a researcher's post ("с. н. с.",
# "м. н. с.", "в. н. с.", "г. н. с.").
_DEGREE = re.compile(r"[дк][а-яё]н|[смвг]нс")


def academic_before(doc: Doc, i: int) -> Token | None:
    """The first word of an academic rank, degree or post written short with its point right
    before the word `i` ("проф. Смирнова", "д. м. н. Петрова", "к.э.н. А. Сидорова"): a
    title in apposition to the name after it, which agrees with it in case, so the name's
    case is the abbreviation's; natasha and the parse read across the points badly (names98).
    None where no such abbreviation stands there."""
    if i < 2 or doc[i - 1].text != ".":
        return None
    if academic_word(doc[i - 2]):
        return doc[i - 2]
    if i < 6:
        return None
    letters = [doc[i - 6], doc[i - 4], doc[i - 2]]
    if doc[i - 5].text != "." or doc[i - 3].text != ".":
        return None
    if not all(len(t) == 1 and t.text.islower() for t in letters):
        return None
    return letters[0] if _DEGREE.fullmatch("".join(t.text for t in letters)) else None


def academic_word(token: Token) -> bool:
    """An academic rank written short before its point ("Проф. А. Сидоров"), which natasha
    may tag a person of its own: no word of a name."""
    doc = token.doc
    return (
        token.lower_ in _ACADEMIC_WORDS and token.i + 1 < len(doc) and doc[token.i + 1].text == "."
    )
