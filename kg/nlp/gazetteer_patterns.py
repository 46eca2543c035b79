"""The names the gazetteer matcher looks for, and the tables of the states' names it reads.

Each state's and organization's names as lemma patterns under the readings a name may take
("Республики Казахстан" → "республика казахстан"), abbreviations on their exact form and with
the case endings news adds ("МВФа"), the other ways news writes a name (hyphenated parts apart,
initials with the name in quotes, a team's Latin nickname, a Latin name after a kind noun) and
which names are also matched opening lower case; the plural-only states' names in every case and
the states' names in the genitive an organization's name ends with. All read from the table
cache: they are computed once per gazetteer, not per document.

Split out of gazetteer_matcher.py (forty-sixth pass, h-split51): the patterns, apart from the
matching of a document."""

from __future__ import annotations

import json
import re
from functools import cache

from spacy.language import Language

from kg.gazetteer import MATCHER_MODULES, Gazetteer, OrgEntry, normalize, state_table
from kg.nlp.morph import dictionary_word, morph, organization_word
from kg.resolve.body_states import kind_opened_latin, latin_after_kind
from kg.resolve.name_lexicons import genitive
from kg.tablecache import MORPHOLOGY, cached, sources, versions

# The kinds of known bodies that are a state's own: its adjective in their names
# ("Национальный банк …") still names the state.
STATE_KINDS = frozenset({"StateBody", "Parliament", "CentralBank", "Ministry"})

# Institutions every state has: as a one-word alias they cannot name one organization.
GENERIC_INSTITUTIONS = frozenset(
    [
        "сенат",
        "парламент",
        "правительство",
        "конгресс",
        "кабинет",
        "министерство",
        "совет",
        "суд",
        "президиум",
        "администрация",
        "ассамблея",
        "палата",
        "рада",
    ]
)


def _lemma_pattern(nlp: Language, text: str) -> Pattern:
    """The name as lemmas, by the noun reading pymorphy3 finds likeliest and by the one the
    lemmatizer picks for a proper noun in the nominative: an unknown name's two may differ
    ("Эсватини" → "эсватиня", a guessed genitive, and "эсватини"). A one-word name is a
    noun: its likeliest reading of any kind may be a pronoun that names nothing ("Того" →
    "тот", which "То Лам" would match). A one-word name pymorphy3 reads only as another
    word's oblique case ("Бенфика" → "бенфик", "Хезболла" → "хезболл") is also its own
    lemma, the nominative the gazetteer writes: the text's "Бенфикой" is "бенфика"."""
    doc = nlp.make_doc(text)
    readings = [("NOUN", ""), ("PROPN", "Nom")]
    if " " in text.strip():
        # The tagger reads a participle inside a name as a verb ("Вооружённых сил" →
        # "вооружить"), whose lemma is the infinitive, not the adjective pymorphy3 prefers.
        readings = [("", ""), *readings, ("VERB", "")]
    variants: list[list[str]] = []
    for pos, case in readings:
        lemmas = [
            morph().lemma(t.text, pos, case).replace("ё", "е") if t.text[:1].isalpha() else t.lower_
            for t in doc
        ]
        if lemmas not in variants:
            variants.append(lemmas)
    if len(doc) == 1 and morph().never_nominative(text):
        variants.append([doc[0].lower_.replace("ё", "е")])
    return [t.text for t in doc], variants


def _generic_institution(name: str) -> bool:
    """ "Сенат", "Парламент": a one-word name that every state's institution shares."""
    return " " not in name and normalize(morph().lemma(name)) in GENERIC_INSTITUTIONS


def word_named(gazetteer: Gazetteer) -> set[str]:
    """Labels of organizations whose own name is one word of capitals the dictionary also
    knows ("УДАР", from a links table that names the item so): the headline check
    (`_headline_word`) is for them. A row with a full name ("ВОЗ" of "Всемирная организация
    здравоохранения") is news' abbreviation in a headline too ("ВОЗ ОБЪЯВИЛА О ВСПЫШКЕ…")."""
    return {
        f"Organization|{o.key}"
        for o in gazetteer.orgs
        if _is_abbreviation(o.name) and dictionary_word(o.name)
    }


def _is_abbreviation(alias: str) -> bool:
    """One word of capitals, matched as written. Not "МИД РФ": news declines its first word
    ("МИДе РФ"), so it is matched by lemmas like other names."""
    return alias.isupper() and len(alias) <= 6 and " " not in alias


def labelled_names(gazetteer: Gazetteer) -> list[tuple[str, list[str]]]:
    """Each state's and organization's label ("State|RUS") and names, in gazetteer order."""
    out = [(f"State|{s.key}", [s.name, s.full_name, *s.aliases]) for s in gazetteer.states]
    # A name found only in quotes ("«Спартак»") is left to kg.resolve.organizations; its
    # Latin names ("Reuters" of "Рейтер") are no Russian word and are found anywhere.
    tails = kind_opened_latin(gazetteer)
    out += [
        (
            f"Organization|{o.key}",
            [
                o.name,
                *_parts_apart(o.name),
                *_quoted_after_initials(o.name),
                *o.abbreviations,
                *_latin_tails(o, tails),
                *_nicknames(gazetteer).get(o.key, ()),
            ],
        )
        if o.kind != "QuotedName"
        else (f"Organization|{o.key}", [a for a in o.abbreviations if _latin(a)])
        for o in gazetteer.orgs
    ]
    return [(label, names) for label, names in out if names]


def _latin_tails(org: OrgEntry, tails: dict[str, str]) -> list[str]:
    """The Latin names after a kind noun of the row's names that no other row has ("Res
    Publica" of "Партия Res Publica"): news writes them bare."""
    found = (latin_after_kind(n) for n in (org.name, *org.abbreviations))
    return [t for t in found if t and tails.get(normalize(t)) == org.key]


_LATIN_WORD = re.compile(r"[A-Z][a-z]+")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁ][а-яё]+")


def _nickname(org: OrgEntry, name: str) -> str:
    """The Latin plural nickname a team's Latin name ends in ("Canucks" of "Vancouver
    Canucks"), where the row's Russian name spells the Latin one word for word ("Ванкувер
    Кэнакс", "Сент-Луис Блюз" of "Saint Louis Blues"): a place and the team's name. "" for
    another name: a last word that is no plural ("Associated Press", "Human Rights Watch"),
    a Russian name of its own ("Европейский союз"), a state's body ("Oliy Majlis")."""
    if org.kind in STATE_KINDS:
        return ""
    latin = name.replace("-", " ").split()
    russian = org.name.replace("-", " ").split()
    if len(latin) < 2 or len(latin) != len(russian):
        return ""
    if not all(_LATIN_WORD.fullmatch(w) for w in latin):
        return ""
    if not all(_CYRILLIC_WORD.fullmatch(w) for w in russian):
        return ""
    last = latin[-1]
    return last if last.endswith("s") and not last.endswith(("ss", "is", "us")) else ""


@cache
def _nicknames(gazetteer: Gazetteer) -> dict[str, tuple[str, ...]]:
    """Organization key → the Latin nicknames (`_nickname`) news writes alone for it
    ("Canucks вышли в финал"): those that end no other row's name and are no row's name."""
    ends: dict[str, set[str]] = {}
    whole: set[str] = set()
    found: dict[str, set[str]] = {}
    for org in gazetteer.orgs:
        for name in (org.name, *org.abbreviations, org.name_en):
            if not name:
                continue
            whole.add(normalize(name))
            ends.setdefault(normalize(name.replace("-", " ").split()[-1]), set()).add(org.key)
            if nickname := _nickname(org, name):
                found.setdefault(org.key, set()).add(nickname)
    alone = lambda key, n: ends[normalize(n)] == {key} and normalize(n) not in whole  # noqa: E731
    return {key: tuple(sorted(n for n in names if alone(key, n))) for key, names in found.items()}


_INITIALS_THEN_NAME = re.compile(r"([А-ЯЁA-Z]{2,6}) ([А-ЯЁA-Z][^ «»\"]*(?: [^ «»\"]+){0,2})")


def _quoted_after_initials(name: str) -> list[str]:
    """A name of initials and a capitalised name with the name in quotes, as news also
    writes it ("РИА «Новости»" of "РИА Новости", "ВТБ «Капитал»"); none for another name."""
    found = _INITIALS_THEN_NAME.fullmatch(name)
    if not found:
        return []
    initials, rest = found.groups()
    return [f"{initials} «{rest}»", f'{initials} "{rest}"']


def _parts_apart(name: str) -> list[str]:
    """The name with its hyphens between two capitalised words written as spaces, as news
    also writes them ("Спорт Экспресс" of "Спорт-Экспресс", "Ковент Гарден"): the tokenizer
    keeps a hyphenated word whole, so the parts apart match no pattern of it. Not a lower-case,
    numeric or capital-letters part ("Торгово-промышленная палата", "Россия-1", "BTC-E"),
    which stays joined."""
    words = [
        " ".join(parts)
        if len(parts := w.split("-")) > 1 and all(p.isalpha() and p.istitle() for p in parts)
        else w
        for w in name.split()
    ]
    apart = " ".join(words)
    return [apart] if apart != " ".join(name.split()) else []


# The endings news gives an abbreviation it reads as a word ("МИДа", "МВФе", "МИДом").
_ABBREVIATION_ENDINGS = ("а", "у", "е", "ом")


def case_forms(words: list[str]) -> list[list[str]]:
    """An abbreviation ending in a consonant with the case endings news adds to it: "МВФа"
    is the IMF, which the tagger's lemma ("мвфа") does not say."""
    if len(words) != 1 or not re.fullmatch(r"[А-ЯЁ]*[БВГДЖЗКЛМНПРСТФХЦЧШЩ]", words[0]):
        return []
    return [[words[0] + ending] for ending in _ABBREVIATION_ENDINGS]


def written_lower(label: str, words: list[str]) -> bool:
    """A name also matched opening lower case: one the gazetteer writes so, as news does
    ("кремлёвская администрация"), or an organization's one-word name news also writes in
    lower case ("в госдуму", "глава нафтогаза"), one the dictionary knows so as an
    organization's. Unlike a capitalised name ("новая газета")."""
    if words[0][:1].islower():
        return True
    return label.startswith("Organization|") and len(words) == 1 and organization_word(words[0])


def _latin(name: str) -> bool:
    return not re.search("[а-яё]", name.lower())


def name_patterns(nlp: Language, gazetteer: Gazetteer) -> list[tuple[str, Pattern, bool]]:
    """The matcher's patterns, each with whether it is also matched opening lower case
    (`written_lower`), read from the table cache when the gazetteer's names and the code and
    libraries that tokenise and lemmatise them are those it was computed with: lemmatising
    ~1,800 names costs ~0.15 s CPU of every build that reads a document, parsing the ~370
    one-word organization names for `written_lower` ~20 ms."""
    labelled = labelled_names(gazetteer)
    inputs = [
        *versions("spacy", "razdel", *MORPHOLOGY),
        *sources(*MATCHER_MODULES, "kg.nlp.tokenizer", "kg.nlp.segment", "kg.nlp.morph"),
        json.dumps(labelled, ensure_ascii=False),
    ]
    table = cached("gazetteer-patterns", inputs, lambda: _patterns(nlp, labelled))
    return [(label, (words, variants), lowered) for label, (words, variants), lowered in table]


def _patterns(
    nlp: Language, labelled: list[tuple[str, list[str]]]
) -> list[tuple[str, Pattern, bool]]:
    out: list[tuple[str, Pattern, bool]] = []
    for label, names in labelled:
        for name in dict.fromkeys(n for n in names if n):
            if _generic_institution(name):
                continue  # "Сенат" names the senate of many states, not one organization
            pattern = _name_pattern(nlp, name)
            out.append((label, pattern, written_lower(label, pattern[0])))
    return out


# Each name's pattern, kept for the process (~1,900 shipped names, ~1 MB at most): a
# gazetteer of the user's (or a test's rows) is another key of the table cache, and every
# shipped name was lemmatised again (~2 s of CPU a pipeline: the suite builds ~60 such).
# Every pipeline kg builds has the one tokenizer, so a name's pattern is the same in each.
_PATTERNS_KEPT = 4_096
_kept_patterns: dict[str, Pattern] = {}


def _name_pattern(nlp: Language, name: str) -> Pattern:
    """The name's pattern: its tokens as written for an abbreviation, else `_lemma_pattern`;
    a copy, as the matcher's tables are built from it."""
    if (kept := _kept_patterns.get(name)) is None:
        if _is_abbreviation(name):
            kept = ([t.text for t in nlp.make_doc(name)], [])
        else:
            kept = _lemma_pattern(nlp, name)
        if len(_kept_patterns) < _PATTERNS_KEPT:
            _kept_patterns[name] = kept
    words, variants = kept
    return list(words), [list(v) for v in variants]


# A name as the matcher reads it: its tokens, and their lemmas under each reading that
# gives other lemmas (none for a name matched on its exact form).
Pattern = tuple[list[str], list[list[str]]]


def state_in_name(gazetteer: Gazetteer, name: str) -> str:
    """The key of the state an organization's name ends with in the genitive ("Военно-морские
    силы США", "Генеральная прокуратура Эстонии"), or ""."""
    low = normalize(name)
    return next((key for tail, key in state_tails(gazetteer) if low.endswith(" " + tail)), "")


@cache
def state_tails(gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """Each state's names in the genitive and its abbreviations, normalized, with its key.
    Read from the table cache, like the plural forms."""
    table = state_table("gazetteer-state-tails", gazetteer, genitive_tails)
    return [(tail, key) for tail, key in table]


def genitive_tails(gazetteer: Gazetteer) -> list[tuple[str, str]]:
    out = []
    for state in gazetteer.states:
        names = {genitive(state.name), genitive(state.full_name)}
        names |= {a for a in state.aliases if a.isupper()}
        out += [(normalize(n), state.key) for n in names if n]
    return out


@cache
def plural_forms(gazetteer: Gazetteer) -> list[tuple[str, list[str]]]:
    """Each state's one-word names that are plural only ("Филиппины", "Сейшелы") with every
    case form: the tagger's lemma of such a form in context is often another word's
    ("Филиппин" → "филиппина", a woman's name; "Багам" → "баг"), so they match as written.
    The genitive of a name in -ы is given both ways news writes it ("Багам", "Багамов").
    Read from the table cache, like the patterns (`kg.gazetteer.state_table`)."""
    table = state_table("gazetteer-plurals", gazetteer, _plural_forms)
    return [(label, forms) for label, forms in table]


def _plural_forms(gazetteer: Gazetteer) -> list[tuple[str, list[str]]]:
    out = []
    for state in gazetteer.states:
        forms: set[str] = set()
        for name in (state.name, *state.aliases):
            word = name.lower()
            plural = (p for p in morph().parse(word) if "Pltm" in p.tag and p.normal_form == word)
            reading = next(plural, None)
            if " " in name or name.isupper() or reading is None:
                continue
            forms |= {f.word for f in reading.lexeme}
            if name.endswith("ы"):
                forms |= {name[:-1].lower(), name[:-1].lower() + "ов"}
        if forms:
            out.append((f"State|{state.key}", sorted(forms)))
    return out
