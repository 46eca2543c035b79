"""A spaCy component that finds states and known organizations by the gazetteer.

Names match on lemmas ("Республики Казахстан", "Российскую Федерацию"), short
upper-case aliases on the exact form ("РФ", "США", "КНР"). A state adjective
counts as a mention of the state when it modifies a noun that stands for the
state ("российская сторона", "казахстанская делегация") or forms a compound
("российско-казахстанские"). A capital counts when it stands for the
government ("Москва заявила", "между Москвой и Вашингтоном"), not when it is
a place ("в Москве", a dateline "Москва, Кремль").

Results go to `doc.spans["states"]` and `doc.spans["orgs"]`, each span with
`label_` ("State" / "Organization"), `kb_id_` (entity key) and `id_` (how it
named the entity: name, abbreviation, adjective, capital).
"""

from __future__ import annotations

import json
import re
from collections.abc import Container, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import TypeVar

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.gazetteer import Gazetteer, OrgEntry, capitals, normalize, seats, state_table
from kg.lexicon import load_dict, load_groups, load_list
from kg.nlp.deps import first_of_list, preposition, stray_adjective
from kg.nlp.morph import (
    UD_CASE,
    case_of,
    dictionary_word,
    is_animate,
    morph,
    name_forms,
    organization_word,
)
from kg.nlp.phrases import PhraseTrie
from kg.nlp.seats import seat_as_place
from kg.resolve.body_states import (
    another_kind,
    kind_opened_latin,
    latin_after_kind,
    other_purpose,
    state_adjectives,
    subordinate,
)
from kg.resolve.kin_and_ranks import ruler_of_state
from kg.resolve.name_lexicons import PARTICLES, genitive, is_first_name, russian_surname_end
from kg.resolve.names import spelt_as_name
from kg.resolve.org_fields import NUMBER_SIGNS
from kg.resolve.org_naming import STATE_BODIES
from kg.resolve.org_quotes import in_quoted_name, quoted_stretch
from kg.resolve.title_lexicon import is_office, titled_person
from kg.tablecache import MORPHOLOGY, cached, sources, versions

T = TypeVar("T")

# The kinds of known bodies that are a state's own: its adjective in their names
# ("Национальный банк …") still names the state.
_STATE_KINDS = frozenset({"StateBody", "Parliament", "CentralBank", "Ministry"})

# Nouns after a state adjective: "state", those that stand for the state or act for it;
# "people", things of a people's culture, not of a state ("испанский язык").
_NOUN_GROUPS = {
    group: frozenset(normalize(w) for w in words)
    for group, words in load_groups(Path(__file__).with_name("state_nouns.txt")).items()
}
STATE_NOUNS = _NOUN_GROUPS["state"]
FIRM_NOUNS = _NOUN_GROUPS["firm"]
GUEST_NOUNS = _NOUN_GROUPS["guest"]
PEOPLE_NOUNS = _NOUN_GROUPS["people"]
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
# What a one-word name must be tagged as in context ("X" for foreign words).
_NAME_POS = frozenset({"PROPN", "NOUN", "X"})


def _name_word(t: Token) -> bool:
    """A word that may be a name: a noun, or an adjective the NER tags a place, as the
    morph tagger reads a headline's "Вьетнам и Индонезия" (an adjective of "Вьетнам")."""
    return t.pos_ in _NAME_POS or (t.pos_ == "ADJ" and t.ent_type_ == "LOC")


def _capitalised_as_name(t: Token) -> bool:
    """A capital inside a sentence, after a word or a comma, or one opening it before "и"
    and a place: a name there, whatever the tagger reads ("Кроме того, Того получит
    кредит", "выделит Того кредит", "Того и Бенин подписали"); a pronoun is capitalised only
    where a sentence or a quote opens ("Того, что…", «Того …», "Того и гляди")."""
    if not t.text[:1].isupper():
        return False
    if t.is_sent_start:
        return _before_a_place(t)
    before = t.doc[t.i - 1]
    return before.is_alpha or before.text == ","


def _before_a_place(t: Token) -> bool:
    """ "X и Бенин": the word after "и" a place the NER tags."""
    after = t.doc[t.i + 1 : t.i + 3]
    return len(after) == 2 and after[0].lower_ == "и" and after[1].ent_type_ == "LOC"


# A city's own bodies, people and places, and what is done to it as a place: a capital
# after them is the city ("мэрия Парижа", "глава Киева", "осада Сараево").
CITY_NOUNS = frozenset(
    ["мэрия", "мэр", "вице-мэр", "градоначальник", "житель", "жительница", "улица", "центр",
     "пригород", "окраина", "район", "аэропорт", "вокзал", "метро", "университет", "порт",
     "горсовет", "администрация", "муниципалитет", "полиция", "губернатор", "окрестность",
     "клуб", "команда", "юг", "север", "запад", "восток", "суд", "округ", "мечеть", "собор",
     "площадь", "музей", "театр", "глава", "осада", "блокада", "штурм", "оборона", "обстрел",
     "бомбардировка", "община", "диаспора", "северо-запад", "северо-восток", "юго-запад",
     "юго-восток", "прокуратура", "департамент", "больница", "госпиталь", "клиника",
     "гостиница", "отель", "ратуша", "символ"]
)  # fmt: skip
# Adjectives that make the noun a city's ("городское собрание Будапешта").
CITY_ADJECTIVES = frozenset(["городской", "муниципальный", "столичный"])
# Verbs of a match a club named by its city plays ("Рим обыграл Милан со счётом 2:1").
MATCH_VERBS = load_list(Path(__file__).with_name("match_verbs.txt"))
# ... and the nouns that tell a match where a verb alone may be a contest of states
MATCH_NOUNS = load_list(Path(__file__).with_name("match_nouns.txt"))

POLICY_VERBS = load_list(Path(__file__).with_name("policy_verbs.txt"))
POLICY_NOUNS = load_list(Path(__file__).with_name("policy_nouns.txt"))
# A compound's first part of another stem than its adjective's ("франко" → "французский")
_LINKING_FORMS = load_dict(Path(__file__).with_name("linking_forms.tsv"))
# Verbs of hosting, the events a city hosts and the venues it becomes ("Гаага примет саммит")
_HOSTING = load_groups(Path(__file__).with_name("hosting.txt"))
# Prepositions after which a capital is a place, not a government.
PLACE_PREPOSITIONS = frozenset(
    ["в", "во", "из", "на", "до", "через", "под", "около", "у", "возле", "близ", "по", "над"]
)
# Words of a distance or direction from a place: a capital after them and "от" is a place
# ("в 30 километрах от Каира", "недалеко от Афин", "к северу от Сеула").
DISTANCE_WORDS = frozenset(
    ["километр", "км", "миля", "метр", "недалеко", "неподалёку", "неподалеку", "вблизи",
     "далеко", "север", "юг", "запад", "восток", "северо-запад", "северо-восток", "юго-запад",
     "юго-восток"]
)  # fmt: skip


# (start_char, end_char, state key) of the states inside one word ("российско-казахстанские").
if not Doc.has_extension("state_parts"):
    Doc.set_extension("state_parts", default=())


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


def _headline_word(doc: Doc, start: int, end: int) -> bool:
    """A dictionary word written in capitals beside another such word: a headline in
    capitals ("РОССИЯ НАНЕСЛА УДАР ПО КИЕВУ") writes the word "удар", not the abbreviation
    a gazetteer row shares with it ("партия УДАР"). A capital letter alone is no such word
    ("В ФИФА заявили"). Asked only for a row named by such a word (`_word_named`)."""

    def capitals(i: int) -> bool:
        if not 0 <= i < len(doc):
            return False
        text = doc[i].text
        return len(text) > 1 and text.isalpha() and text.isupper() and dictionary_word(text)

    return end - start == 1 and capitals(start) and (capitals(start - 1) or capitals(end))


def _word_named(gazetteer: Gazetteer) -> set[str]:
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


def _labelled_names(gazetteer: Gazetteer) -> list[tuple[str, list[str]]]:
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
    if org.kind in _STATE_KINDS:
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


def _case_forms(words: list[str]) -> list[list[str]]:
    """An abbreviation ending in a consonant with the case endings news adds to it: "МВФа"
    is the IMF, which the tagger's lemma ("мвфа") does not say."""
    if len(words) != 1 or not re.fullmatch(r"[А-ЯЁ]*[БВГДЖЗКЛМНПРСТФХЦЧШЩ]", words[0]):
        return []
    return [[words[0] + ending] for ending in _ABBREVIATION_ENDINGS]


def _written_lower(label: str, words: list[str]) -> bool:
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
    (`_written_lower`), read from the table cache when the gazetteer's names and the code and
    libraries that tokenise and lemmatise them are those it was computed with: lemmatising
    ~1,800 names costs ~0.15 s CPU of every build that reads a document, parsing the ~370
    one-word organization names for `_written_lower` ~20 ms."""
    labelled = _labelled_names(gazetteer)
    inputs = [
        *versions("spacy", "razdel", *MORPHOLOGY),
        *sources("kg.nlp.gazetteer_matcher", "kg.nlp.tokenizer", "kg.nlp.segment", "kg.nlp.morph"),
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
            if _is_abbreviation(name):
                pattern: Pattern = ([t.text for t in nlp.make_doc(name)], [])
            else:
                pattern = _lemma_pattern(nlp, name)
            out.append((label, pattern, _written_lower(label, pattern[0])))
    return out


# A name as the matcher reads it: its tokens, and their lemmas under each reading that
# gives other lemmas (none for a name matched on its exact form).
Pattern = tuple[list[str], list[list[str]]]


class GazetteerMatcher:
    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.lemmas = PhraseTrie()  # names, by their tokens' lemmas
        self.forms = PhraseTrie()  # abbreviations, as written (and in case forms: "МВФа")
        self.plurals = PhraseTrie()  # plural-only state names, lower-cased, in every case
        self.lowered = PhraseTrie()  # names also matched opening lower case (`_written_lower`)
        for label, forms in plural_forms(gazetteer):
            for form in forms:
                self.plurals.add(label, [form])
        self.adjectives = state_adjectives(gazetteer)
        self.capitals = capitals(gazetteer)
        self.word_named = _word_named(gazetteer)
        # other seats of government news names states by ("Гаага заявила"): only acting
        self.seats = seats(gazetteer)
        # one-word state names as written, lower-cased: read as names where capitalised so
        self.one_word = frozenset(s.name.lower() for s in gazetteer.states if s.name.isalpha())
        for label, (words, variants), lowered in name_patterns(nlp, gazetteer):
            for variant in variants:
                self.lemmas.add(label, variant)
                if lowered:
                    self.lowered.add(label, variant)
            if not variants:
                for written in (words, *_case_forms(words)):
                    self.forms.add(label, written)

    def _as_names(self, doc: Doc, lemmas: list[str], lowered: list[str]) -> list[str]:
        """The lemmas with a one-word state name capitalised as a name
        (`_capitalised_as_name`) read as the name, whatever the tagger reads: "Того" there is
        the state, not the pronoun "тот". A `Token` is made only for such a name's word."""
        out = list(lemmas)
        for i, low in enumerate(lowered):
            if low in self.one_word and not _name_word(doc[i]) and _capitalised_as_name(doc[i]):
                out[i] = morph().lemma(doc[i].text, "NOUN", "").replace("ё", "е")
        return out

    def __call__(self, doc: Doc) -> Doc:
        found: list[Span] = []
        # Each token's strings from the Doc's arrays: a `Token` per token per pass cost more.
        strings = doc.vocab.strings
        lemmas, forms, lowered = (
            [strings[key] for key in column]
            for column in (doc.to_array([LEMMA, ORTH, LOWER]).T.tolist() if len(doc) else [[]] * 3)
        )
        matches = (
            (self.lemmas(self._as_names(doc, lemmas, lowered)), "name"),
            (self.plurals(lowered), "name"),
            (self.forms(forms), "abbreviation"),
        )
        written_lower = set(self.lowered(lemmas))
        for found_here, via in matches:
            for labelled, start, end in found_here:
                label, key = labelled.split("|", 1)
                if (
                    not doc[start].text[:1].isupper()
                    and not (
                        label == "Organization"
                        and any(t.text[:1].isupper() for t in doc[start:end])
                    )
                    and (labelled, start, end) not in written_lower
                ):
                    # "того" is a pronoun, "Того" may be the state; an organization's
                    # body may open lower case before its state ("правительства России"), and
                    # a name the gazetteer writes lower case matches so.
                    continue
                if (
                    end - start == 1
                    and not _name_word(doc[start])
                    and not (label == "State" and _capitalised_as_name(doc[start]))
                ):
                    continue  # "Того, что…" at a sentence start is still a pronoun
                if labelled in self.word_named and _headline_word(doc, start, end):
                    continue
                # "МИДе РФ", matched by its lemmas, is still an abbreviation.
                caps = all(t.text[:2].isupper() for t in doc[start:end])
                how = "abbreviation" if caps else via
                found.append(Span(doc, start, end, label=label, kb_id=key, span_id=how))
        found.extend(self._adjectives(doc, forms, lemmas))
        found.extend(self._capitals(doc, lemmas, found))
        # A state named inside an organization's name ("МИД России") is a mention of it too,
        # unless it is a word of the name ("Единая Россия").
        names = [s for s in found if s.label_ == "Organization"]
        named_states = {i for s in found if s.label_ == "State" for i in range(s.start, s.end)}
        states = filter_spans(
            s
            for s in found
            if s.label_ == "State"
            and not in_quoted_name(s)
            and not _word_of_a_quoted_name(s, named_states)
            and not _word_of_a_body_name(s, names)
            and not self._adjective_of_a_name(s, names)
            and not _region(s)
            and not _first_name(s)
            and not _word_of_a_name(s)
            and not _place_of_a_kind(s)
        )
        places = {
            i: capital
            for i, lemma in enumerate(lemmas)
            if (capital := self.capitals.get(lemma)) and doc[i].text[:1].isupper()
        }
        doc.spans["states"] = _short_named(doc, _confirmed(states), places, forms, lemmas)
        named = {s.start: s.kb_id_ for s in doc.spans["states"] if s.id_ != "adjective"}
        state_tokens = {i for s in found if s.label_ == "State" for i in range(s.start, s.end)}
        ner_orgs = [e for e in doc.ents if e.label_ == "ORG"]  # `doc.ents` makes its Spans anew
        doc.spans["orgs"] = filter_spans(
            s
            for s in found
            if s.label_ == "Organization"
            and not self._of_another_state(s, named.get(s.end))
            and not _opens_longer_name(s, state_tokens, ner_orgs)
            and not seat_as_place(s)
            and not self._person_recased(s)
            and not other_purpose(s, self.gazetteer.org(s.kb_id_))
            and not another_kind(s, self.gazetteer.org(s.kb_id_))
            and not _common_phrase(s, lemmas, forms)
        )
        doc._.state_parts = [
            part
            for i, text in enumerate(forms)
            if text[:1].isalpha() and "-" in text and text.count("-") < 3
            for part in self._compound(doc[i])
        ]
        return doc

    def _adjective_of_a_name(self, span: Span, orgs: list[Span]) -> bool:
        """A state's adjective that is a word of a known body's name which is no body of a
        state ("в Колумбийском университете", "Американского физического общества",
        "«Советский спорт»"): the name's word, not a mention of the state (Columbia
        University is no Colombia's). Not one of a state's own body, by its kind or its noun
        ("Советская армия", a central bank)."""
        if span.id_ != "adjective":
            return False
        for o in orgs:
            if not (o.start <= span.start and span.end <= o.end and len(o) > len(span)):
                continue
            entry = self.gazetteer.org(o.kb_id_)
            if entry is not None and entry.kind in _STATE_KINDS:
                return False
            nouns = [t for t in o if t.pos_ in ("NOUN", "PROPN") and t.i >= span.end]
            return not (nouns and nouns[0].lemma_ in STATE_BODIES - {"партия"})
        return False

    def _person_recased(self, span: Span) -> bool:
        """Whether a body's name with a person's name in it ("Московский театр Олега
        Табакова"), matched by lemmas, stands in the text with the person's name in another
        case: "руководитель Московского театра Олег Табаков" names the theatre and then him,
        for the person's name keeps its genitive however the body's name declines."""
        org = self.gazetteer.org(span.kb_id_)
        words = normalize(org.name).split() if org is not None else []
        if len(words) != len(span):
            return False
        return any(
            normalize(t.text) != words[t.i - span.start] for t in span if t.ent_type_ == "PER"
        )

    def _of_another_state(self, span: Span, state: str | None) -> bool:
        """A known state body named without its state ("Федеральная налоговая служба", which
        the gazetteer knows as Russia's) and followed by another state's name ("… США") is
        that state's body, not the known one; so is a body whose full name gives its state
        named by a short name every state's body has ("ВМС Аргентины" is not "Военно-морские
        силы США"); and so is any item the gazetteer places in a state, followed by another
        state's name in the genitive that hangs on it ("Госдумы Эстонии", "Национальный
        театр Перу" of Chile's theatre): a namesake. Not a state in another case ("Газпром
        поставил Украине газ")."""
        org = self.gazetteer.org(span.kb_id_)
        if state is None or org is None or f"state/{org.state}" == state:
            return False
        own = state_in_name(self.gazetteer, org.name)
        if own:
            return own != state
        after = span.doc[span.end] if span.end < len(span.doc) else span.doc[-1]
        hangs = case_of(after) == "Gen" and span.start <= after.head.i < span.end
        return bool(org.state) and hangs or any(t.lemma_ in STATE_BODIES for t in span)

    def _adjectives(self, doc: Doc, forms: list[str], lemmas: list[str]) -> Iterable[Span]:
        for i, (text, lemma) in enumerate(zip(forms, lemmas, strict=True)):
            if not text[:1].isalpha() or "-" in text and text.count("-") < 3:
                continue
            key = self.adjectives.get(lemma)
            if not key:
                continue
            t = doc[i]
            # The tagger calls a rare one a noun ("с угандийским[NOUN] коллегой"), the parse
            # still hangs it as a modifier.
            modifies = t.pos_ in ("ADJ", "DET") or t.dep_ == "amod"
            stands = _stands_for_state(t) or _counts_of_states(t, self.adjectives)
            if modifies and stands and not _name_after_its_noun(t):
                if self._republic_of_its_own(t, key):
                    continue
                yield Span(doc, t.i, t.i + 1, label="State", kb_id=key, span_id="adjective")

    def _republic_of_its_own(self, t: Token, key: str) -> bool:
        """A state's adjective on a singular "республика" the state is not itself called
        ("создать отдельную сербскую республику": Serbia is "Республика Сербия"): a republic
        of its own, no mention of the state; "в чешскую республику", "аргентинская
        республика" are the states so called ("Чешская Республика")."""
        noun = t.head
        if noun.lemma_ != "республика" or "Plur" in noun.morph.get("Number"):
            return False
        state = self.gazetteer.state(key.removeprefix("state/"))
        if state is None:
            return False
        for name in (state.name, state.full_name, *state.aliases):
            words = normalize(name).split()
            adjective = normalize(morph().lemma(words[0], "ADJ", ""))
            if words[1:] == ["республика"] and adjective == normalize(t.lemma_):
                return False
        return True

    def _compound(self, t: Token) -> list[tuple[int, int, str]]:
        """ "российско-казахстанские": one mention per state, on its part of the word.

        Parts of a token cannot be spaCy spans; they go to `doc._.state_parts` as
        (start_char, end_char, key).
        """
        parts = t.text.split("-")
        keys = []
        for i, part in enumerate(parts):
            # the last part is already an adjective
            words = _joined_forms(part) if i < len(parts) - 1 else [part]
            key = next(
                (k for w in words if (k := self.adjectives.get(normalize(morph().lemma(w))))),
                None,
            )
            if key is None:
                return []
            keys.append(key)
        if len(parts) < 2 or _of_a_people(t):
            return []
        out, offset = [], t.idx
        for part, key in zip(parts, keys, strict=True):
            out.append((offset, offset + len(part), key))
            offset += len(part) + 1
        return out

    def _capitals(self, doc: Doc, lemmas: list[str], found: list[Span]) -> Iterable[Span]:
        """Capitals standing for their governments; `found`: the names matched so far."""
        named = {s.start: s.kb_id_ for s in found if s.label_ == "State" and s.id_ != "adjective"}
        for i, lemma in enumerate(lemmas):
            key = self.capitals.get(lemma)
            if not key and (seat := self.seats.get(lemma)) and _seat_acting(doc[i]):
                key = seat  # "Гаага выслала посла"; "Гаага — третий город страны" is a place
            if not key:
                continue  # no `Token` made for the other words
            t = doc[i]
            if not t.text[:1].isupper():
                continue
            prev = doc[t.i - 1] if t.i > 0 else None
            if _after_place_preposition(t) or _listed_place(t) or _address(t, key, named):
                continue
            governing = _governing(t, named, self.capitals)
            if _in_a_name(t, self._place_called_person(t), governing):
                continue
            if _hosting(t) or _quoted_name(t):
                continue
            if titled_person(t):
                continue
            nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
            at_line_start = prev is None or prev.is_space or prev.is_sent_start and prev.is_punct
            if at_line_start and nxt is not None and nxt.text == ",":
                continue  # a dateline: "Москва, Кремль" / "АСТАНА, 12 июня"
            yield Span(doc, t.i, t.i + 1, label="State", kb_id=key, span_id="capital")

    def _place_called_person(self, t: Token) -> bool:
        """A capital natasha tags a person by its word alone ("Тирана заявила", "требования
        Аккры", "ноту Амману") that the dictionary knows as a place and no person's name
        spells: the place. A surname of natasha's list ("Тренер похвалил Берна"), a first name
        ("Виктория заявила") and a longer name ("Мартин Лондон") stay persons."""
        doc = t.doc
        if t.ent_type_ != "PER" or t.ent_iob_ != "B":
            return False
        if t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I":
            return False
        places = {p.normal_form for p in morph().parse(t.text) if "Geox" in p.tag and p.is_known}
        return bool(places) and not any(spelt_as_name(w, self.gazetteer) for w in (*places, t.text))


def _joined_forms(part: str) -> list[str]:
    """The adjectives a first part of a compound may stand for: "российско" → "российский",
    and the linking forms without "ск": "аргентино" → "аргентинский", "японо" →
    "японский", "индо" → "индийский"; those of another stem by `linking_forms.tsv`: "франко" →
    "французский", "англо" → "британский"."""
    if not part.endswith("о"):
        return [part]
    if linked := _LINKING_FORMS.get(part.lower()):
        return [linked]
    stem = part[:-1]
    return [stem + "ий", stem + "ский", stem + "ийский"]


def state_in_name(gazetteer: Gazetteer, name: str) -> str:
    """The key of the state an organization's name ends with in the genitive ("Военно-морские
    силы США", "Генеральная прокуратура Эстонии"), or ""."""
    low = normalize(name)
    return next((key for tail, key in _state_tails(gazetteer) if low.endswith(" " + tail)), "")


@cache
def _state_tails(gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """Each state's names in the genitive and its abbreviations, normalized, with its key.
    Read from the table cache, like the plural forms."""
    table = state_table("gazetteer-state-tails", gazetteer, _genitive_tails)
    return [(tail, key) for tail, key in table]


def _genitive_tails(gazetteer: Gazetteer) -> list[tuple[str, str]]:
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


# Adjectives that make a region of a name ("Латинская Америка", "Северная Африка").
REGION_ADJECTIVES = frozenset(
    ["латинский", "северный", "южный", "западный", "восточный", "центральный", "малый"]
)
# Parts of the world a state's alias shares ("Америка"): that state only where the text
# names it otherwise too. Not "Австралия", the state's own name.
CONTINENTS = frozenset(["америка", "африка", "европа", "азия"])


def _opens_longer_name(span: Span, state_tokens: set[int], ner_orgs: list[Span]) -> bool:
    """A known organization's name that is only part of a longer one, which names another
    body: inside quotes with more words of a name ("«Газпром нефть»", "«Техрик-е Талибан
    Пакистан»"; not a quoted sentence, "«Исламское государство останется»", nor a place
    after a preposition, "«Эхо Москвы в Петербурге»"), or after proper names natasha's
    organization span takes in ("Техрик-е Талибан Пакистан"), or continued by a genitive noun
    natasha's organization span takes in ("Демократическая партия пенсионеров Хорватии";
    not "МХАТ имени Чехова"). A state's name is no such word ("«Россия — АСЕАН»").
    `ner_orgs`: natasha's organization spans."""
    doc = span.doc
    stretch = quoted_stretch(doc, span.start, span.end)
    if stretch is not None and stretch != (span.start, span.end):
        extra = [doc[i] for i in [*range(stretch[0], span.start), *range(span.end, stretch[1])]]
        words = [t for t in extra if t.text[:1].isalpha()]
        if all(t.pos_ in _NAME_WORDS for t in words) and any(
            t.i not in state_tokens for t in words
        ):
            return True
    if any(_named_before(e, span, state_tokens) for e in ner_orgs):
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and (subordinate(span) or _latin_continued(span, nxt)):
        return True
    if nxt is None or nxt.i in state_tokens or nxt.pos_ != "NOUN" or nxt.lemma_ == "имя":
        return False
    return case_of(nxt) == "Gen" and any(
        e.start <= span.start and e.end > span.end for e in ner_orgs
    )


def _latin_continued(span: Span, nxt: Token) -> bool:
    """A Latin name followed by another capitalised Latin word on the same line ("RT
    America", "BBC News"): a longer name of another body, as a channel of the network."""
    return (
        span[-1].whitespace_ == " "
        and re.fullmatch(r"[A-Za-z0-9&.'’-]+", span[-1].text) is not None
        and re.fullmatch(r"[A-Z][A-Za-z0-9&.'’-]*", nxt.text) is not None
    )


def _named_before(ent: Span, span: Span, state_tokens: set[int]) -> bool:
    """natasha's organization `ent` takes in Russian proper names before the known one,
    unquoted ("Техрик-е Талибан Пакистан"): a longer name. Not a state ("России"), a legal
    form in capitals ("ПАО Газпром") nor a foreign article ("Der Spiegel")."""
    if not ent.start < span.start < ent.end:
        return False  # most entities: no slice made for them
    return all(
        t.pos_ in ("PROPN", "X")
        and t.i not in state_tokens
        and not t.text.isupper()
        and re.match(r"[А-ЯЁ]", t.text) is not None
        for t in ent.doc[ent.start : span.start]
    )


# What the words of a name are tagged as ("X" for foreign words).
_NAME_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "X"})


def _word_of_a_quoted_name(span: Span, state_tokens: set[int]) -> bool:
    """A state's name inside quotes with more words of a name, each capitalised, one at least
    no state's ("«Литературная Россия»", "в «Новой Эстонии»", "«Голосу Мексики»"): a paper's
    or a body's name, no mention of the state, whether or not a kind's noun stands before
    the quotes (`in_quoted_name`). Not a quoted sentence ("«Эстония поддержит Латвию»"), nor
    one with a dash or another mark ("«Чили — Перу»", "«Россия — АСЕАН»")."""
    doc = span.doc
    stretch = quoted_stretch(doc, span.start, span.end)
    if stretch is None or stretch == (span.start, span.end):
        return False
    extra = [doc[i] for i in [*range(stretch[0], span.start), *range(span.end, stretch[1])]]
    return (
        all(t.text[:1].isupper() and t.pos_ in _NAME_WORDS for t in extra)
        and any(t.i not in state_tokens for t in extra)
        and not any(doc[i].pos_ in ("VERB", "AUX") for i in range(*stretch))
    )


def _word_of_a_body_name(span: Span, orgs: list[Span]) -> bool:
    """A state's name inside a known organization's name after an adjective of that name
    ("Единой России", "Справедливая Россия"): a word of the party's name, not the state the
    body belongs to, which follows a noun in the genitive ("Банк России", "МИД Сербии")."""
    before = span.doc[span.start - 1] if span.start else None
    return (
        before is not None
        and before.pos_ == "ADJ"
        and any(o.start <= before.i and span.end <= o.end for o in orgs)
    )


def _region(span: Span) -> bool:
    """A state's one-word name with an adjective of region before it that the gazetteer
    does not know as one name with it ("Латинской Америке", "Центральной Азии"), or a name
    whose countries are spoken of ("в странах Южной Африки"): a region."""
    root = span.root
    if root.dep_ == "nmod" and root.head.lemma_ == "страна" and root.head.i < root.i:
        return "Plur" in root.head.morph.get("Number")
    if len(span) != 1 or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.pos_ == "ADJ" and before.lemma_ in REGION_ADJECTIVES


def _first_name(span: Span) -> bool:
    """A state's name that is a person's first name before a surname in the same case
    ("Доминик Стросс-Кан", "картина Сальвадора Дали"), unless a title asks for a state
    before it ("президента Сальвадора Букеле", "Экс-президент Сальвадора …"); or before a
    surname's particle, whatever the title ("премьера Доминика де Вильпена")."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or not is_first_name(span.text):
        return False
    if _particle_after(span):
        return True
    after, before = doc[span.end], doc[span.start - 1] if span.start else None
    if after.ent_type_ != "PER" or case_of(after) != case_of(span[0]):
        return False
    return before is None or not is_office([before.lemma_.removeprefix("экс-")])


# Kinds of place a state's name may be given to as its own ("округ Колумбия", "город Кувейт")
PLACE_KINDS = frozenset(
    ["город", "округ", "штат", "провинция", "графство", "департамент", "область", "район",
     "префектура", "кантон", "муниципалитет"]
)  # fmt: skip


def _place_of_a_kind(span: Span) -> bool:
    """A state's name right after a kind of place in the nominative or in that noun's case
    ("из округа Колумбия", "в провинции Панама", "в городе Кувейт"): the place's own name, not
    the state, which follows it in the genitive ("города Кувейта", "штатов Мексики")."""
    if span.id_ != "name" or not span.start:
        return False
    noun = span.doc[span.start - 1]
    if noun.lemma_ not in PLACE_KINDS or "Plur" in noun.morph.get("Number"):
        return False
    case = case_of(span[0])
    return case == "Nom" or case == case_of(noun) != "Gen"


def _particle_after(span: Span) -> bool:
    """A surname's particle after the name, then the surname ("де Вильпен", "фон дер
    Ляйен"): no state's name is followed so, and the tagger may give the surname another
    case than the first name."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].lower_ in PARTICLES and doc[i].text[:1].islower():
        i += 1
    return span.end < i < len(doc) and doc[i].text[:1].isupper()


def _word_of_a_name(span: Span) -> bool:
    """A state's one-word name inside a person's name natasha tags as one: the surname after
    a first name ("председатель партии Мартин Куба", "Мартина Куба"), or the first name
    before a surname of a Russian ending in its case ("супруга экс-президента Ливия
    Клаусова"); not a state before a first name ("Казахстана Касым-Жомарт"), nor after a
    ruler's rank ("Султан Брунея Хассанал Болкиах")."""
    doc = span.doc
    if len(span) != 1 or span[0].ent_type_ != "PER":
        return False
    before = doc[span.start - 1] if span.start and span[0].ent_iob_ == "I" else None
    if before is not None and ruler_of_state(before, span[0]):
        return False
    after = doc[span.end] if span.end < len(doc) and doc[span.end].ent_iob_ == "I" else None
    if before is not None and (is_first_name(before.text, plural=False) or _foreign_word(before)):
        return True
    case = UD_CASE.get(case_of(span[0]), "")
    return (
        after is not None
        and russian_surname_end(after.text)
        and any(c == case for c, _ in name_forms(after.text))
    )


def _foreign_word(t: Token) -> bool:
    """A capitalised word that opens the name natasha tags and that the dictionary does not
    know at all: a foreign first name ("Синиша Мали", "Синиша" no Russian word), no state,
    place or common noun before a state's name."""
    if t.ent_iob_ != "B" or not t.text[:1].isupper():
        return False
    return not any(p.is_known for p in morph().parse(t.text))


def _confirmed(states: list[Span]) -> list[Span]:
    """States, less a continent's name ("Америка") where the text names its state in no
    other way ("США", "американский", "Вашингтон")."""
    named = {s.kb_id_ for s in states if s.lemma_ not in CONTINENTS}
    return [s for s in states if s.lemma_ not in CONTINENTS or s.kb_id_ in named]


# A short name two states share → their keys (`short_states.tsv`).
_SHORT_NAMES = {
    name: tuple(f"state/{code}" for code in codes.split("|"))
    for name, codes in load_dict(Path(__file__).with_name("short_states.tsv")).items()
}


def _short_named(
    doc: Doc, states: list[Span], places: dict[int, str], forms: list[str], lemmas: list[str]
) -> list[Span]:
    """States, with a bare short name two states share ("Кореи", "Конго") where exactly one
    of them is named before it, by name, adjective or capital ("Президент Южной Кореи прибыл
    в Токио. Министерство торговли Кореи …"), the capital also as a place, `places` by token
    ("Переговоры прошли в Сеуле. … Кореи"); none where neither or both are. Each token's
    text and lemma come from `forms` and `lemmas` (the Doc's arrays): a `Token` per token and
    a normalised lemma per word cost ~10 % of the matcher."""
    taken = {i for s in states for i in range(s.start, s.end)}
    added = []
    for at, text in enumerate(forms):
        if not text[:1].isupper() or at in taken:
            continue
        keys = _SHORT_NAMES.get(normalize(lemmas[at]), ())
        if not keys:
            continue
        named = {s.kb_id_ for s in states if s.end <= at and s.kb_id_ in keys}
        named |= {key for i, key in places.items() if i < at and key in keys}
        if len(named) == 1:
            added.append(Span(doc, at, at + 1, label="State", kb_id=named.pop(), span_id="name"))
    return sorted([*states, *added], key=lambda s: s.start) if added else states


def _after_place_preposition(t: Token) -> bool:
    """A capital after a preposition of place, also across lower-case adjectives ("в Каире",
    "в перуанской Лиме", "в самом Бухаресте"), or after "от" of a distance or direction ("в
    30 километрах от Каира", "недалеко от Дамаска"): the city. Not "от" alone ("ответа от
    Каира": its government), nor "официальный" ("в официальном Пекине считают": the
    government)."""
    doc = t.doc
    i = t.i - 1
    while i >= 0 and doc[i].pos_ in ("ADJ", "DET") and doc[i].text[:1].islower():
        if doc[i].lemma_ == "официальный":
            return False
        i -= 1
    if i < 0:
        return False
    if doc[i].lower_ in PLACE_PREPOSITIONS:
        return True
    return i == t.i - 1 > 0 and doc[i].lower_ == "от" and doc[i - 1].lemma_ in DISTANCE_WORDS


def _quoted_name(t: Token) -> bool:
    """A capital inside a short quoted stretch with no verb: a word of the name of a paper,
    station, hotel or ship ("«Эхо Москвы»", "крейсер «Москва»"), not the government, which a
    quoted sentence names ("«Каир ответит на это»")."""
    stretch = quoted_stretch(t.doc, t.i, t.i + 1)
    return stretch is not None and not any(
        t.doc[i].pos_ in ("VERB", "AUX") for i in range(*stretch)
    )


def _address(t: Token, key: str, named: dict[int, str]) -> bool:
    """A capital followed by a comma and the name of its own state, `key` ("Минск,
    Белоруссия"): a place given with its country, not the government beside its state.
    `named`: the state each state's name opening at a token names."""
    return t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "," and named.get(t.i + 2) == key


def _listed_place(t: Token) -> bool:
    """A capital in a list of places a preposition governs ("в Ниццу, Будапешт, Прагу"), or
    alone in brackets, the place of what is named before it ("«Спартак» (Москва)", "на
    семинаре в WannseeForum (Берлин)")."""
    doc = t.doc
    if t.i and doc[t.i - 1].text == "(" and t.i + 1 < len(doc) and doc[t.i + 1].text == ")":
        return True
    first = first_of_list(t)
    if first.i == t.i or first.i == 0:
        return False
    return doc[first.i - 1].lower_ in PLACE_PREPOSITIONS


def _in_a_name(t, place: bool = False, governing: bool = False) -> bool:  # noqa: ANN001
    """A capital's word that is a person's name or part of another name, not a government:
    a first name ("Виктория"), a person's surname ("Мартин Лондон"), a club's city
    ("«Спартак» Москва"), a city's body or head ("мэрия Парижа", "глава Киева"). Not the
    tagger's person where the word is a `place` no name spells ("Тирана заявила"), nor a
    first name `governing` (`_governing`: "Конакри поддержит Дакар")."""
    first_name = is_first_name(t.text)
    if t.head.lemma_ in MATCH_VERBS and (
        (t.dep_ == "nsubj" and first_name) or (t.dep_ in _MATCH_SIDES and _of_a_match(t))
    ):
        return True  # a club named by its city in a match ("Рим обыграл Милан", "… в финале")
    if not governing and (
        (_first_name_of_its_own(t) and not _subject_no_name(t))
        or (t.ent_type_ == "PER" and not place)
    ):
        return True
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if first_name and nxt is not None and nxt.ent_type_ == "PER" and nxt.text[:1].isupper():
        return True  # "Визит Афины Петровой": a first name before a person's surname
    if t.dep_ == "nmod" and t.head.lemma_.removeprefix("экс-") in CITY_NOUNS:
        return True  # "мэрия Парижа", "жители Берлина", "экс-мэр Лимы": the city
    if t.dep_ == "nmod" and any(a.lemma_ in CITY_ADJECTIVES for a in t.head.lefts):
        return True  # "городское собрание Будапешта": a body of the city
    if _named_as_capital(t) or _after_number(t) or _made_capital(t):
        return True
    return t.dep_ in ("appos", "flat", "flat:name", "flat:foreign", "compound")


_MATCH_SIDES = frozenset({"nsubj", "obj", "iobj", "obl"})  # who plays whom


def _of_a_match(t: Token) -> bool:
    """Whether the match verb the capital plays tells a match in its own words ("в финале
    чемпионата", "со счётом 2:0"); not "за счёт пошлин", a contest of states."""
    for w in t.head.subtree:
        if w.lemma_ in MATCH_NOUNS and not (w.lemma_ in ("счёт", "счет") and _after_za(w)):
            return True
    return False


def _after_za(w: Token) -> bool:
    return w.i > 0 and w.doc[w.i - 1].lower_ == "за"


def _seat_acting(t: Token) -> bool:
    """A seat of government as the subject of a verb, the government acting ("Гаага
    выслала посла", "Ла-Пас и Сантьяго договорились"), not of a copula or a place's verb
    ("Путраджая расположена к югу", "Коломбо стал крупнейшим портом")."""
    first = first_of_list(t)
    head = first.head
    return (
        first.dep_ == "nsubj"
        and head.pos_ == "VERB"
        and head.lemma_ not in _PLACE_VERBS
        and head.lemma_ not in MATCH_VERBS
    )


# Verbs a city is the subject of as a place: where it lies, what it is or becomes
_PLACE_VERBS = frozenset({
    "стать", "становиться", "остаться", "оставаться", "являться", "быть", "расположить",
    "располагаться", "находиться", "лежать", "насчитывать",
})  # fmt: skip


def _hosting(t: Token) -> bool:
    """A capital or seat that is the subject of hosting an event ("Гаага примет саммит НАТО",
    "Саммит примет Дели", "Ташкент стал местом проведения саммита"): the place it is held,
    not the government acting ("Анкара приняла решение", "Каир принял предложение"), nor one
    that also acts ("Дели примет саммит и подпишет соглашение")."""
    first = first_of_list(t)
    verb = first.head
    if first.dep_ != "nsubj" or verb.i == first.i:
        return False
    if any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children):
        return False
    others = [c for c in verb.children if c.i != first.i]
    if verb.lemma_ in _HOSTING["verb"]:
        return any(c.dep_ in ("obj", "nsubj") and c.lemma_ in _HOSTING["event"] for c in others)
    return any(c.dep_ == "xcomp" and c.lemma_ in _HOSTING["venue"] for c in others)


def _governing(t, states: Container[int], capitals: dict[str, str]) -> bool:  # noqa: ANN001
    """A capital that is also a first name ("Дакар", "Сантьяго"), by a verb of policy: as its
    object, or a second subject the parse makes of one, where its subject is a state by name
    (`states`: the tokens its names open at) or by capital ("Конакри поддержит Дакар",
    "Гвинея осудила Сантьяго", "Лима призвала Сантьяго к диалогу"), however the tagger
    tags it; or as its subject the tagger does not call a person, of a verb other than
    saying ("Дакар осудил действия Бамако"). The government acting or acted on, not a
    person ("Президент поддержал Сантьяго", "Тренер похвалил Сантьяго" stay the man)."""
    first = first_of_list(t)
    verb = first.head
    if _policy_genitive(t, first, states, capitals):
        return True
    if verb.i == first.i or verb.lemma_ not in POLICY_VERBS:
        return False
    if first.dep_ not in ("nsubj", "obj", "iobj"):
        return False
    if any(
        c.dep_ == "nsubj"
        and c.i != first.i
        and (c.i in states or normalize(c.lemma_) in capitals and c.text[:1].isupper())
        for c in verb.children
    ):
        return True
    # a bare first name saying something is still a person ("Сантьяго заявил журналистам")
    saying = verb.lemma_ in ("заявить", "заявлять")
    return first.dep_ == "nsubj" and t.ent_type_ != "PER" and not saying


def _policy_genitive(t, first, states: Container[int], capitals: dict[str, str]) -> bool:  # noqa: ANN001
    """A capital that is also a first name in the genitive, with no preposition, after a
    noun of policy (`policy_nouns.txt`: "с позицией Дакара", "решение Сантьяго", "ответа
    Дакара"), the last word of its name, where its sentence names another state by name
    (`states`) or by capital: that state's government, not a person. "мэр Лимы", "в
    пригороде Дакара" and "позицию Сантьяго Пеньи" stay no state."""
    if first.dep_ != "nmod" or first.head.lemma_ not in POLICY_NOUNS:
        return False
    if any(c.dep_ == "case" for c in first.children) or "Gen" not in first.morph.get("Case"):
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
        return False  # a first name before a surname
    listed = {t.i, first.i, *(c.i for c in first.children if c.dep_ == "conj")}
    return any(
        w.i not in listed
        and (w.i in states or normalize(w.lemma_) in capitals and w.text[:1].isupper())
        for w in t.sent
    )


def _first_name_of_its_own(t) -> bool:  # noqa: ANN001 - spaCy Token
    """A capital's word that is a first name in itself ("Виктория"), not a form the
    dictionary also reads as a case of another first name ("Афины", "Афинами" of "Афина",
    "Риму" of "Рима", "Ханою" of "Хана", "Вене" of "Веня"): those stay the capital."""
    if not is_first_name(t.text):
        return False
    own = {normalize(t.lemma_), normalize(t.text)}
    return any(
        "Name" in p.tag and p.is_known and normalize(p.normal_form) in own
        for p in morph().parse(t.text)
    )


def _subject_no_name(t) -> bool:  # noqa: ANN001 - spaCy Token
    """A capital the parse makes a subject in the nominative where no first name is spelt so
    in the nominative singular ("Рим заявил"): the government acting, not a person
    ("Виктория заявила" stays a name)."""
    return (
        t.dep_ == "nsubj"
        and case_of(t) == "Nom"
        and not any(
            {"Name", "nomn", "sing"} <= p.tag.grammemes and p.is_known
            for p in morph().parse(t.text)
        )
    )


def _after_number(t) -> bool:  # noqa: ANN001 - spaCy Token
    """A capital right after an institution's number ("больницы № 3 Джакарты", "школы №\xa012
    Осло"): the city the institution is in, not its state's government."""
    words = [w for w in t.doc[max(t.i - 4, 0) : t.i] if not w.is_space]
    return len(words) >= 2 and words[-1].text[:1].isdigit() and words[-2].text in NUMBER_SIGNS


def _made_capital(t) -> bool:  # noqa: ANN001 - spaCy Token
    """A capital made or called a capital, "столицей" in the instrumental on its own word or
    on the word it hangs on ("признание Иерусалима столицей Израиля", "Египет признал Каир
    столицей", "провозгласила Оттаву столицей"): the city talked about, not its government."""
    kin = [*t.children, *(t.head.children if t.head.i != t.i else ())]
    return any(w.i != t.i and w.lemma_ == "столица" and case_of(w) == "Ins" for w in kin)


def _named_as_capital(t) -> bool:  # noqa: ANN001 - spaCy Token
    """A capital set off by a comma or a dash after "столица" and its state, in its case
    ("жители столицы страны, Каракаса", "в столице — Лиссабоне"): the city the text points
    to, not its government, however the parse hangs it (the tagger makes it a conjunct of the
    state's noun). Not a clause after it ("в столице, Вашингтон заявил")."""
    doc = t.doc
    if t.i < 2 or doc[t.i - 1].text not in (",", "—", "–"):
        return False
    return any(
        w.lemma_ == "столица" and case_of(w) == case_of(t) for w in doc[max(t.i - 3, 0) : t.i - 1]
    )


def _stands_for_state(t) -> bool:  # noqa: ANN001 - spaCy Token
    """The adjective's noun is the state or something of it ("российская сторона",
    "американские военные", "российские компании"), not a person described by nationality
    ("американский актёр", which names a people, not a state); a coordinated one has the
    noun of the first ("японские и индийские дипломаты"); one the parse hangs elsewhere has
    the noun right after it that it agrees with ("Индонезийскую делегацию принимал …")."""
    head = t.head
    if t.dep_ == "conj" and head.pos_ in ("ADJ", "DET") and head.i != t.i:
        head = head.head
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if after is not None and stray_adjective(after) == t:
        head = after
    if head.i == t.i or head.pos_ not in ("NOUN", "PROPN") or _many_states(t, head):
        return False
    if {head.lemma_, head.lower_, head.lemma_.split("-")[0]} & STATE_NOUNS:
        return True  # the first word of a hyphenated one too: "астронавтов-женщин"
    if head.lemma_ in FIRM_NOUNS:  # "турецкий поставщик Мехмет Йылмаз": a person's word
        return not _before_a_person(head)
    if head.lemma_ in GUEST_NOUNS:
        return not any(_gathering(c) for c in _complements(head))
    return head.lemma_ not in PEOPLE_NOUNS and (not is_animate(head) or _split_by_states(t, head))


_SCALE_WORDS = frozenset({"тыс", "тысяча", "млн", "миллион", "млрд", "миллиард"})
_OR_AND = frozenset({"и", "или"})


def _count_before(doc: Doc, i: int) -> int:
    """The token of the number counting the word at `i` across its scale word, abbreviated
    or not ("3 тыс. эстонских", "1,5 тысячи латвийских", "300 эстонских"); -1 if none."""
    j = i - 1
    if j > 0 and doc[j].text == "." and doc[j - 1].lemma_ in _SCALE_WORDS:
        j -= 1
    if j > 0 and doc[j].lemma_ in _SCALE_WORDS:
        j -= 1
    return j if j >= 0 and doc[j].like_num else -1


def _count_after(doc: Doc, i: int) -> int:
    """The first word after a number at `i` and its scale word, with its point; -1 if none."""
    j = i + 1
    if j < len(doc) and doc[j].lemma_ in _SCALE_WORDS:
        j += 1
        if j < len(doc) and doc[j].text == ".":
            j += 1
    return j if j < len(doc) else -1


def _counts_of_states(t: Token, adjectives: dict[str, str]) -> bool:
    """An adjective of a state in one of two counts joined by "и" that share their plural
    noun, each with its own state adjective ("3 тыс. эстонских и 1,5 тыс. латвийских
    студентов"), found by the words in their order: the point of an abbreviated scale word
    breaks the parse, which hangs the first adjective off the verb. One count alone ("3 тыс.
    эстонских студентов") stays a people's word of its noun. `adjectives`: lemma → state."""
    doc = t.doc

    def state_adjective(k: int) -> bool:
        return 0 <= k < len(doc) and adjectives.get(normalize(doc[k].lemma_)) is not None

    def plural_noun(k: int) -> bool:
        return (
            0 <= k < len(doc)
            and doc[k].pos_ in ("NOUN", "PROPN")
            and "Plur" in doc[k].morph.get("Number")
        )

    number = _count_before(doc, t.i)
    if number < 0:
        return False
    nxt = t.i + 1
    if nxt + 1 < len(doc) and doc[nxt].lower_ in _OR_AND and doc[nxt + 1].like_num:
        second = _count_after(doc, nxt + 1)
        return state_adjective(second) and plural_noun(second + 1)
    before = number - 1
    if before < 1 or doc[before].lower_ not in _OR_AND:
        return False
    first = before - 1
    return state_adjective(first) and _count_before(doc, first) >= 0 and plural_noun(nxt)


def _split_by_states(t: Token, noun: Token) -> bool:
    """A plural people's noun split between coordinated state adjectives ("эстонских и
    латвийских студентов", "200 чилийских и 150 перуанских туристов"): the states' nationals
    side by side, each adjective its state; one adjective alone stays a people's word of the
    noun ("300 эфиопских беженцев", "американский актёр")."""
    if "Plur" not in noun.morph.get("Number"):
        return False
    return t.dep_ == "conj" or any(c.dep_ == "conj" and c.pos_ == "ADJ" for c in t.children)


def _name_after_its_noun(t: Token) -> bool:
    """A capitalised adjective inside a sentence right after the noun it qualifies: a word of
    that noun's proper name ("Республика Сербская", "на улице Французской"), not its state."""
    if not t.i or t.is_sent_start or not t.text[:1].isupper():
        return False
    noun = t.doc[t.i - 1]
    return t.head.i == noun.i and noun.pos_ in ("NOUN", "PROPN")


def _many_states(t: Token, noun: Token) -> bool:
    """One state's adjective alone on a plural "государства" or "страны" ("Организация
    американских государств", "арабских стран"): the states of a region, not the state;
    coordinated adjectives name one each ("чешское и словацкое государства")."""
    return (
        noun.lemma_ in ("государство", "страна")
        and "Plur" in noun.morph.get("Number")
        and t.dep_ != "conj"
        and not any(c.dep_ == "conj" for c in t.children)
    )


def _of_a_people(t: Token) -> bool:
    """A compound adjective of a people, its culture or a person by origin ("франко-канадская
    община", "итало-американская мафия", "японо-американский писатель"): its first part is
    the origin of the second, not a state beside it, as in a relation, a joint body or a
    state's people of the two ("германо-польские переговоры", "японо-американские
    астронавты")."""
    head = t.head
    if head.i == t.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.lemma_ in STATE_NOUNS | FIRM_NOUNS | GUEST_NOUNS:
        return False
    return head.lemma_ in PEOPLE_NOUNS or is_animate(head)


def _before_a_person(noun: Token) -> bool:
    """A noun that describes a person named with it: the name right after it or hung on it,
    or the name it is hung on ("нефтяной гигант Шакил О'Нил")."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    near = [*noun.rights, *([after] if after is not None else []), noun.head]
    return any(t.ent_type_ == "PER" for t in near)


def _complements(noun: Token) -> list[Token]:
    """The words the parse hangs on `noun` after it, and the noun of a preposition right
    after it the parse hangs on the verb ("гости на выставке встретились")."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    hung = [after.head] if after is not None and after.dep_ == "case" else []
    return [*noun.rights, *hung]


def _gathering(t: Token) -> bool:
    """A guest's complement that is a common noun in the genitive or after "на" ("гости
    фестиваля", "гости на выставке"): a gathering, whose guests are people, not a state's
    delegation. Not a host's name ("гости Каира")."""
    if t.pos_ != "NOUN" or is_animate(t):
        return False
    return preposition(t) == "на" or not preposition(t) and case_of(t) == "Gen"


@Language.factory(
    "gazetteer_matcher",
    assigns=["doc.spans", "doc._.state_parts"],
    requires=["token.lemma", "token.pos", "token.dep", "token.head"],
    default_config={"gazetteers": []},
)
def make_gazetteer_matcher(nlp: Language, name: str, gazetteers: Sequence[str]) -> GazetteerMatcher:
    """`gazetteers`: the user's files (`--gazetteer`), added to the packaged gazetteer."""
    return GazetteerMatcher(nlp, Gazetteer.load([Path(p) for p in gazetteers]))


def _common_phrase(span: Span, lemmas: list[str], forms: list[str]) -> bool:
    """A known name of two words or more capitalised only on its first word at a sentence's
    start ("Левая оппозиция желает …") that the text writes elsewhere all in lower case
    ("левая оппозиция - социал-демократы"): the common phrase there too, no body's name."""
    n = len(span)
    if n < 2 or not span[0].is_sent_start:
        return False
    if any(not w.islower() for w in forms[span.start + 1 : span.end]):
        return False
    words = lemmas[span.start : span.end]
    return any(
        lemmas[i : i + n] == words and all(w.islower() for w in forms[i : i + n])
        for i in range(len(lemmas) - n + 1)
        if i != span.start
    )
