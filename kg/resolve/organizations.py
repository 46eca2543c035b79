"""Organizations a document names: the gazetteer's, and natasha's ORG spans named in the
nominative ("Российской газете" → "Российская газета"), read from the document alone."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Sequence
from functools import cache, lru_cache
from pathlib import Path
from weakref import WeakKeyDictionary

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Span, Token

from kg.doc_text import doc_text, token_strings
from kg.formats.textmeta import CAPITALS_PLACE, DATELINE
from kg.gazetteer import Gazetteer, OrgEntry, capital_named, normalize, slug
from kg.lexicon import load_dict, load_groups, load_list
from kg.memory import NAMES_KEPT
from kg.model import Entity
from kg.nlp import seats  # by attribute: kg.nlp.seats reads kg.resolve.names
from kg.nlp.deps import (
    circumstance_noun,
    heads_of,
    new_paragraph,
    preposition,
    sentence_before,
    sole_subject_before,
    stray_subject,
    verb_above,
)
from kg.nlp.morph import (
    OC_CASE,
    UD_GENDER,
    animate_word,
    capitals_of,
    case_of,
    cases_of,
    closest_form,
    features,
    is_adjectival,
    is_animate,
    is_plural,
    morph,
    same_form,
    upper_first,
)
from kg.nlp.quote_marks import CLOSING, OPENING
from kg.resolve.name_forms import one_name
from kg.resolve.name_lexicons import common_word, genitive, is_first_name, russian_surname_end
from kg.resolve.names import NameParts, name_parts, nominative_word
from kg.resolve.org_initials import (
    abbreviation_like,
    is_abbreviation,
    joined_by_initials,
    split_initials,
    untagged_abbreviations,
)
from kg.resolve.titles import is_office, span_keys
from kg.resolve.womens_names import feminine_verb_after, womans_surname

# Names also stand in single straight quotes ('Apple'), beside the marks kg.nlp.quote_marks lists.
_QUOTES_OPEN = OPENING | {"'"}
STATE_BODIES = load_list(Path(__file__).with_name("state_bodies.txt"))
PLURAL_BODIES = load_list(Path(__file__).with_name("plural_bodies.txt"))
_MANY_PER_STATE = load_list(Path(__file__).with_name("many_per_state.txt"))
PART_BODIES = load_list(Path(__file__).with_name("part_bodies.txt"))
PLACE_KINDS = load_list(Path(__file__).with_name("place_kinds.txt"))
_THING_NOUNS = Path(__file__).with_name("thing_nouns.txt")
# The claims' nouns of a measured quantity ("грузооборот", "экспорт"): read here too
_MEASURE_NOUNS = Path(__file__).parents[1] / "extract" / "claims" / "metric_nouns.txt"
_PLACE_ABBREVIATIONS = Path(__file__).with_name("place_abbreviations.txt")
_WORDS = load_groups(Path(__file__).with_name("org_words.txt"))
# A state's bodies and its national team ("сборная"), named by a noun before the state.
_BODY_NOUNS = STATE_BODIES | _WORDS["team"]
_AGENCY_FIELDS = load_dict(Path(__file__).with_name("agency_fields.tsv"))
_POSTED_IN = frozenset(["в", "на", "через"])  # "написал в Twitter", "через Telegram"
_NOT_BODIES = frozenset(["по", "под"])  # before a part's word that then means no body
_NOT_NAMES = frozenset(["adjective", "capital"])  # how a state is named: not by its name
_LIST_JOINERS = frozenset([",", "и"])  # between listed adjectives


# Short names news gives a state's bodies before the state's name ("МВД Украины",
# "Госдепартамент США"): standard Russian contractions of the full names.
BODY_SHORT = {
    "министерство иностранных дел": ("МИД",),
    "министерство внутренних дел": ("МВД",),
    "министерство обороны": ("Минобороны",),
    "министерство юстиции": ("Минюст",),
    "министерство финансов": ("Минфин",),
    "министерство здравоохранения": ("Минздрав",),
    "министерство энергетики": ("Минэнерго",),
    "министерство экономического развития": ("Минэкономразвития",),
    "следственный комитет": ("СК",),
    "государственный департамент": ("Госдепартамент", "Госдеп"),
    "генеральная прокуратура": ("Генпрокуратура",),
    "генеральный штаб": ("Генштаб",),
    "центральный банк": ("ЦБ", "Центробанк"),
    "национальный банк": ("Нацбанк",),
    "военно-воздушные силы": ("ВВС",),
    "военно-морские силы": ("ВМС",),
}


_QUOTES_CLOSE = CLOSING | {"'"}
_QUOTES = _QUOTES_OPEN | _QUOTES_CLOSE
# The label of a state's body named by its common noun (`noun_bodies`).
BODY_NOUN = "BODY_NOUN"
# The label of a governing body named bare whose state the text settles (`_settled_bodies`).
SETTLED_BODY = "SETTLED_BODY"
# The label of a body named by what it governs in common nouns (`_named_by_genitive`):
# "администрация города" is this text's city's, another text's is another body.
LOCAL_BODY = "LOCAL_BODY"
# The label of a body's noun and the organization it is a part of, named by the field after
# them (`_fielded_part`: "Агентство ООН [по делам беженцев]"), no body without it.
FIELDED_PART = "FIELDED_PART"


# Nouns before a quoted name that make it an organization ("газета «Известия»"), and those
# of a news outlet, after which a one-word name is the outlet's ("агентство Бернама").
ORG_NOUNS = _WORDS["kind"]
HOUSES = _WORDS["house"]  # a parliament's own one-word names: "бундестаг", "кнессет"
OUTLET_NOUNS = _WORDS["outlet"]
REPORT_VERBS = _WORDS["report"]


def org_entity(
    gazetteer: Gazetteer, key: str, name: str, state: str = "", local: str = ""
) -> Entity:
    """The gazetteer's organization of `key`, else one of `name` and of the `state` a bare
    body's span was settled as (`kb_id_` of a SETTLED_BODY span: "Парламент Чили" is Chile's,
    so leaving it is no leaving a company), of the document `local` alone where its name
    says not whose it is (a LOCAL_BODY span: two texts' "администрация города" are two)."""
    org = gazetteer.org(key) if key else None
    if org is not None:
        state = f"state/{org.state}" if org.state else ""
        return Entity(org.key, "Organization", org.name, org.name_en, org.wikidata, state=state)
    own = f"-in-{slug(local)}" if local else ""
    return Entity(f"org/{slug(_in_full(name))}{own}", "Organization", name, state=state)


# "им." or "имени" and the initials of the one named after, if given ("им. М. В. ")
_NAMED_AFTER_SHORT = re.compile(r"\b(?:им\.|имени\s)\s*(?:[А-ЯЁ]\.\s*){0,2}")


def _in_full(name: str) -> str:
    """The name a text's own body is keyed by, "им." written out and the initials after it
    left out ("Академия им. М. В. Фрунзе" → "Академия имени Фрунзе"): news writes one
    body's name each of those ways, which are one node."""
    return _NAMED_AFTER_SHORT.sub("имени ", name)


def org_span(doc: Doc, start: int, end: int, key: str, gazetteer: Gazetteer) -> Span | None:
    """The characters [start, end) as an organization's span for titles: its key as
    `kb_id_`, its gazetteer kind ("MediaOutlet", …; "ORG" where unknown) as `label_`."""
    known = gazetteer.org(key) if key else None
    label = known.kind if known is not None and known.kind else "ORG"
    return doc.char_span(start, end, label, kb_id=key, alignment_mode="expand")


def organization_spans(
    doc: Doc, ents: Sequence[Span], states: list[Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """(span, gazetteer key or "", nominative name) for each organization mention among
    `doc.ents` read once by the caller (spaCy makes every Span anew on each read)."""
    out: list[tuple[Span, str, str]] = []
    taken: set[int] = set()
    for span in doc.spans.get("orgs", []):
        org_name = span.kb_id_
        outlet = _outlet_after_noun(span, gazetteer)
        span = outlet[0] if outlet else span
        span = _with_own_state(_with_article(span), states, gazetteer)
        out.append((span, org_name, ""))
        taken.update(range(span.start, span.end))
    _add_untaken(out, taken, _listed_bodies(doc, states, gazetteer))
    state_tokens = {i: s for s in states for i in range(s.start, s.end)}
    places = _places(ents)
    for ent in _joined_genitives(_joined_adjectives(ents)):
        if ent.label_ != "ORG" and not (ent.label_ == "PER" and quoted_title(doc, ent)):
            continue
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        if (
            all(i in state_tokens for i in range(ent.start, ent.end))
            or (len(ent) == 1 and titled_surname(ent[0]))
            or _persons_surname(ent, ents)
            or _city_alone(ent, gazetteer)
            or _adjective_alone(ent, ents, gazetteer)
            or _measure_phrase(ent)
            or seats.seat_of(ent.text)
            and seats.seat_as_place(ent)
        ):
            continue  # natasha's ORG that is just a state name ("РФ"), a person's surname, a
            # city's name or a seat of power's building ("перед Пентагоном"; not "в СИЗО", no seat)
        outlet = _outlet_after_noun(ent, gazetteer)
        if outlet is not None:  # "агентства Рейтер": no bare common noun "Рейтер"
            out.append((outlet[0], outlet[1], ""))
            taken.update(range(outlet[0].start, outlet[0].end))
            continue
        said = _before_verb(ent)
        if said is None:
            continue
        for span in _bracket_parts(_balanced(_strip_quotes(_past_kind(said)))):
            span = _past_person_noun(span)
            if (
                _named_otherwise(span)
                or _work_titled(span, gazetteer)
                or _listed_title(span, gazetteer)
                or _quoted_title_listed(span)
                or _abbreviated_kind(span, gazetteer)
                or all(i in state_tokens for i in range(span.start, span.end))
            ):
                continue  # a title of a state's office holder leaves the state alone
            span = _defended_person(_genitive_tail(span, taken | set(state_tokens)), ents)
            found = _tagged_org(span, states, places, gazetteer)
            if found is not None:
                found = (_closed_quote(found[0]), found[1], found[2])
                out.append(found)
                taken.update(range(found[0].start, found[0].end))
    # "пишет Хинду": an outlet's name, though a common word too, which no bare body drops
    outlets = [
        e
        for e in ents
        if e.label_ == "PER"
        and (
            reporting_outlet(e, ents, gazetteer)
            or _after_outlet_noun(e)  # splitting each person's name costs: only after one
            and outlet_named(e, name_parts(e))
        )
    ]
    _add_untaken(out, taken, [(e, quoted_name(gazetteer, e.text, e), e.text) for e in outlets])
    _add_untaken(
        out,
        taken,
        [*_beside_states(doc, states, gazetteer), *_before_place_name(doc, states, places)],
    )
    _add_untaken(out, taken, _settled_bodies(doc, states, gazetteer, out))
    named = [*_named_after_kind(doc), *_named_by_field(doc), *_numbered(doc, state_tokens)]
    for span in [*named, *_named_by_genitive(doc)]:
        if not any(i in taken or i in state_tokens for i in range(span.start, span.end)):
            name = upper_first(organization_name(span))
            out.append((span, _governing_body(gazetteer, name, span, states), name))
            taken.update(range(span.start, span.end))
    for span in _latin_names_after([o[0] for o in out]):
        if not any(i in taken for i in range(span.start, span.end)):
            out.append((span, _org_names(gazetteer).get(normalize(span.text), ""), span.text))
    _add_untaken(out, taken, _latin_named_again(out, ents))
    nested = _nested_bodies([o for o in out if not _posted_on(o[0])], gazetteer)
    named_all = _named_again([entry for o in nested for entry in _with_field(o, gazetteer)])
    named_all = split_initials(named_all)
    named_all += [(s, "", s.text) for s in untagged_abbreviations(doc, named_all, state_tokens)]
    named_all = [o for o in named_all if not maker_of_model(o[0]) and not _thing_headed(o)]
    named_all = _joined_as_part(named_all, state_tokens, gazetteer)
    named_all = _joined_short_forms(named_all, gazetteer)
    return joined_by_initials(named_all, state_tokens)


def _thing_headed(entry: tuple[Span, str, str]) -> bool:
    """An unknown name headed by a noun of a place, vessel or site (thing_nouns.txt) with
    adjectives before it: the thing's name, no organization's ("Международная космическая
    станция"); not a name the gazetteer knows, nor one with words after its noun ("Станция
    скорой помощи", "Порт Находка"), which may name the body that runs it."""
    span, key, _ = entry
    root = span.root
    if key or root.lemma_.lower() not in load_list(_THING_NOUNS):
        return False
    return root.i == span.end - 1 and all(t.pos_ == "ADJ" for t in span[: len(span) - 1])


def _stem(word: str) -> str:
    """A word's first five letters in lower case, the last piece of a hyphened one
    ("Санкт-Петербургу" → "петер"): what its cases share ("полиции", "Полиция")."""
    return word.lower().rsplit("-", 1)[-1][:5]


def _regional_name(span: Span, name: str) -> tuple[list[str], set[str]] | None:
    """A regional body's name ("Главное управление полиции Чили по региону Сантьяго"): the
    stems of its words before the region's "по" phrase, the stems of the places it names
    (capitalised words of the phrase); None for any other name."""
    at = next((t.i for t in span if t.lower_ == "по" and t.i > span.start), None)
    if at is None or not _region_phrase(span.doc[at : span.end]):
        return None
    words = name.split()
    cut = next((n for n, w in enumerate(words) if w == "по"), len(words))
    places = {_stem(t.text) for t in span.doc[at + 1 : span.end] if t.text[:1].isupper()}
    return words[:cut], places


def _short_regional(words: list[str], head: list[str], places: set[str]) -> bool:
    """`words` (a short name: "ГУ полиции Сантьяго", "МВД Петербурга") name the regional body
    of the `head` words before its region's phrase and of `places`: its last word one of
    the places, each other word one of the head's or the initials of words of it in a row
    ("ГУ" of "Главное управление"), the first the head's first."""
    if len(words) < 2 or _stem(words[-1]) not in places:
        return False
    stems = [_stem(w) for w in head]
    initials = "".join(w[:1].lower() for w in head)
    at = 0
    for n, word in enumerate(words[:-1]):
        if _stem(word) in stems[at:]:
            found, size = stems.index(_stem(word), at), 1
        elif abbreviation_like(word) and len(word) > 1 and word.lower() in initials[at:]:
            found, size = initials.index(word.lower(), at), len(word)
        else:
            return False
        if n == 0 and found != 0 and len(words) > 2:
            return False
        at = found + size
    return True


def _clipped(word: str, name: str) -> bool:
    """A one-word clipped compound of a name's first two words: a piece opening the first and
    one opening the second or all of it ("Минкульт" of "Министерство культуры",
    "Погранслужба" of "Пограничная служба", "Минобороны")."""
    words = name.lower().split()
    low = word.lower()
    if len(words) < 2 or " " in word or abbreviation_like(word) or len(low) < 6:
        return False
    first, second = words[0], words[1]
    return any(
        first.startswith(low[:n]) and len(first) > n and second.startswith(low[n:])
        for n in range(3, len(low) - 2)
    )


def _joined_short_forms(
    entries: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """Each unknown name that is a short form of exactly one other body's name of the text
    takes that one's key and name: a regional body's name with its region in the genitive
    and its words cut or by their initials ("ГУ полиции Сантьяго", "полиция Сантьяго" of
    "Главное управление полиции Чили по региону Сантьяго"; `_short_regional`), or a clipped
    compound of its first two words ("Минкульт" of "Министерство культуры Эстонии";
    `_clipped`). Not where two bodies of the text fit ("Министерство культуры Эстонии" and
    "… Латвии"), nor a name any other body of the text bears."""
    names = [(key, _known_name(gazetteer, key) or name) for _, key, name in entries]
    bodies: dict[str, tuple[str, str, Span]] = {}
    for (span, _, _), (key, name) in zip(entries, names, strict=True):
        bodies.setdefault(normalize(name), (key, name, span))
    regional = {
        ident: found
        for ident, (_, name, span) in bodies.items()
        if (found := _regional_name(span, name)) is not None
    }
    out = []
    for (span, key, name), (_, full) in zip(entries, names, strict=True):
        if key or not full:
            out.append((span, key, name))
            continue
        words = full.split()
        meant = {
            ident
            for ident, (head, places) in regional.items()
            if ident != normalize(full) and _short_regional(words, head, places)
        }
        if not meant and len(words) == 1:
            meant = {i for i, (_, n, _) in bodies.items() if _clipped(full, n)}
        if len(meant) == 1:
            key, name, _ = bodies[next(iter(meant))]
        out.append((span, key, name))
    return out


# Words that open what a body's name may add after the name it is also called by: a field
# ("Сборная России по хоккею"), a person it is named after ("театр им. Товстоногова").
_NAME_ADDITIONS = frozenset(["по", "имени", "им."])


def _joined_as_part(
    entries: list[tuple[Span, str, str]], states: Container[int], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """Each unknown name that is part of exactly one longer organization's name of the
    document, word for word, takes that one's key and name: its last words past no
    adjective («Блюз» of «Сент-Луис Блюз»; not "Земельный суд Вены" of "Высший земельный
    суд Вены"), its words before a field or the person it is named after ("сборную
    России" of "сборной России по хоккею"), or the same words with "им." written out
    ("театр им.Товстоногова" and "… имени Г. А. Товстоногова"). Not a state's name, nor
    a part two organizations of the text share, nor one nested in the longer mention."""
    names = [(key, _known_name(gazetteer, key) or name) for _, key, name in entries]
    longer = {
        (key or name): (key, name, _in_full(name).replace("имени ", "").split())
        for key, name in names
        if name
    }
    spans: dict[str, list[Span]] = {}
    for (span, _, _), (key, name) in zip(entries, names, strict=True):
        spans.setdefault(key or name, []).append(span)
    out = []
    for (span, key, name), (_, full) in zip(entries, names, strict=True):
        if key or not full or all(i in states for i in range(span.start, span.end)):
            out.append((span, key, name))
            continue
        words = _in_full(full).replace("имени ", "").split()
        meant = {
            identity: (k, n)
            for identity, (k, n, other) in longer.items()
            if normalize(identity) != normalize(full) and _part_of_name(words, other)
        }
        if any(o.start <= span.start and span.end <= o.end for i in meant for o in spans[i]):
            meant = {}  # the part nested in the longer name's own mention: a node of its own
        if len(meant) == 1:
            key, name = next(iter(meant.values()))
        out.append((span, key, name))
    return out


def _known_name(gazetteer: Gazetteer, key: str) -> str:
    org = gazetteer.org(key) if key else None
    return org.name if org is not None else ""


def _adjective_word(word: str) -> bool:
    """A word the dictionary reads as an adjective ("Высший", "Национальная")."""
    return any(p.tag.POS in ("ADJF", "PRTF") for p in morph().parse(word) if p.is_known)


def _part_of_name(words: list[str], other: list[str]) -> bool:
    """`words` end `other`, or open it up to a field's or namesake's word, or are it, each
    word as written in both nominative names: "Университет Рочестера" is no tail of
    "Медицинский центр Университета Рочестера", whose own body it names."""
    if not words or len(words) > len(other):
        return False
    same = lambda a, b: normalize(a) == normalize(b)  # noqa: E731
    if len(words) == len(other):
        return all(map(same, words, other))
    tail = other[-len(words) :]
    if all(map(same, words, tail)):
        # not past an adjective: "Земельный суд Вены" is no "Высший земельный суд Вены"
        return not any(_adjective_word(w) for w in other[: -len(words)])
    after = other[len(words)].lower()
    # or up to the next noun of its field's list: "Комиссия по ценным бумагам [и биржам]"
    listed = after == "и" and "по" in (w.lower() for w in words[1:])
    return (after in _NAME_ADDITIONS or listed) and all(map(same, words, other[: len(words)]))


# a model's number or code: "737", "S24", "A320neo", "F-16", "787-9", "CRJ900"
_MODEL = re.compile(r"^(?:[A-Za-z]{0,4}-?\d{1,4}[A-Za-z]{0,4}(?:-\d{1,3})?)$")


def maker_of_model(span: Span) -> bool:
    """A Latin-script name right before a model's number or code, perhaps past a product
    line's Latin name ("Boeing 737 MAX", "Xiaomi 14", "Samsung Galaxy S24"): it names the
    product, not the company. Not a name before a quantity or a date ("Huawei 5 мая",
    "Samsung 10 млрд"): a number a Cyrillic word or "%" follows counts something."""
    if not span.text or not all(_latin_letter(w) for w in span.text.split()):
        return False
    doc = span.doc
    i = span.end
    if not doc[i - 1].whitespace_:
        return False
    while i < len(doc) and i - span.end < 2 and _line_word(doc[i]) and doc[i].whitespace_:
        i += 1  # "Samsung Galaxy S24": the product line
    j = i  # the code's tokens, which the tokenizer may split ("P60": "P", "60")
    while j + 1 < len(doc) and j - i < 2 and not doc[j].whitespace_ and not doc[j + 1].is_punct:
        j += 1
    code = doc[i : j + 1].text if i < len(doc) else ""
    if not _MODEL.match(code) or not any(c.isdigit() for c in code):
        return False
    after = doc[j + 1] if j + 1 < len(doc) else None
    counts = after is not None and (after.text == "%" or after.text[:1].isalpha()
                                    and not _latin_letter(after.text) and after.pos_ in
                                    ("NOUN", "NUM", "ADJ"))  # fmt: skip
    return not (code.isdigit() and counts)


def _line_word(t: Token) -> bool:
    """A product line's Latin word between a maker and its model ("Galaxy", "iPhone")."""
    return t.text[:1].isalpha() and _latin_letter(t.text) and not _MODEL.match(t.text)


def _joined_adjectives(ents: Sequence[Span]) -> list[Span]:
    """The tagger's entities with an ORG of adjectives alone that qualify a word of the ORG
    right after it joined to that one ("Пражского | Технического Университета" is one
    name), or left out where an opening quote stands between ("Лондонский «Арсенал»": the
    club is the quoted name): adjectives alone name no organization."""
    out: list[Span | None] = list(ents)
    for n in range(len(ents) - 1):
        ent, after = ents[n], ents[n + 1]
        if _adjectives_of(ent, after):
            doc = ent.doc
            out[n] = None
            out[n + 1] = after if ent.end < after.start else Span(doc, ent.start, after.end, "ORG")
    return [ent for ent in out if ent is not None]


def _joined_genitives(ents: list[Span]) -> list[Span]:
    """The tagger's ORG of a lone capitalised body's noun ("Конгресс") right before an ORG of
    common words in the genitive that hangs on it ("Национального единства") joined into one
    name: "Конгресс Национального единства [Венесуэлы]" was "Национальное единство
    Венесуэлы". Not before a proper name ("Комитет | Госдумы": a part, the body nested in
    it) nor a body's noun of its own."""
    out: list[Span | None] = list(ents)
    for n in range(len(ents) - 1):
        ent, after = ents[n], ents[n + 1]
        if out[n] is None or ent.label_ != "ORG" or after.label_ != "ORG" or len(ent) != 1:
            continue
        noun, root = ent[0], after.root
        if ent.end != after.start or not noun.text[:1].isupper() or root.head.i != noun.i:
            continue
        body = morph().lemma(noun.lower_, "NOUN") in _BODY_NOUNS | ORG_NOUNS
        common = all(t.pos_ in ("ADJ", "NOUN") for t in after) and not body_word(root.text)
        if body and common and "Gen" in root.morph.get("Case"):
            out[n], out[n + 1] = None, Span(ent.doc, ent.start, after.end, "ORG")
    return [ent for ent in out if ent is not None]


def _adjectives_of(ent: Span, after: Span) -> bool:
    """`ent` and `after` are ORGs, `ent` adjectives alone whose heads are words of `after`,
    with nothing but opening quotes between."""
    if ent.label_ != "ORG" or after.label_ != "ORG":
        return False
    between = ent.doc[ent.end : after.start]
    heads = all(t.pos_ == "ADJ" and after.start <= t.head.i < after.end for t in ent)
    return heads and all(t.text in _QUOTES_OPEN for t in between)


def _named_again(found: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """A name in brackets right after an organization's, past its closing quote, is the
    same organization named otherwise ("Экономического сообщества западноафриканских
    государств (ЭКОВАС)", "Японская организация внешней торговли (JETRO)"): one node under
    the known key of either, else under the first name; not two known bodies."""
    out = list(found)
    firsts = {span.end + _closes_quote(span): n for n, (span, _, _) in enumerate(found)}
    for n, (span, key, _) in enumerate(found):
        doc = span.doc
        first = firsts.get(span.start - 1)
        if first is None or doc[span.start - 1].text != "(" or span.end >= len(doc):
            continue
        other, other_key, other_name = out[first]
        if doc[span.end].text != ")" or (key and other_key and key != other_key):
            continue
        out[first] = (other, other_key or key, other_name)
        out[n] = (span, other_key or key, other_name)
    return out


def _add_untaken(
    out: list[tuple[Span, str, str]], taken: set[int], entries: list[tuple[Span, str, str]]
) -> None:
    """Adds to `out` each entry none of whose tokens a mention found before holds."""
    for span, key, name in entries:
        if not any(i in taken for i in range(span.start, span.end)):
            out.append((span, key, name))
            taken.update(range(span.start, span.end))


_FIELD_WORDS = 16  # "по контролю за оборотом алкогольных напитков, табачных изделий, …"
_FIELD_POS = frozenset(["NOUN", "PROPN", "ADJ", "ADP", "CCONJ", "NUM"])


def _field_end(span: Span) -> int:
    """The end of the "по" phrase that names a body's field, hanging on the span's last
    noun of a body that names one so (org_words.txt group `field`: "комитет [по обороне]",
    "трибунал ООН [по бывшей Югославии]", "Управления [по контролю за оборотом …]", where
    the tagger cut it), with the nouns listed after it in its case: words of the name.
    The span's end where there is none, where the phrase says how or why (group
    `circumstance_noun`: "по итогам заседания"), or where it holds more than nouns, adjectives and
    their lists ("по вопросам, которые …")."""
    doc, root = span.doc, _head_noun(span)
    if _region_after(span):
        return _region_end(span)
    fielded = root.lemma_.lower() in _WORDS["field"] or _council(span)
    if root.pos_ not in ("NOUN", "PROPN") or not fielded:
        return span.end
    for phrase in root.rights:
        first, last = phrase.left_edge, phrase.right_edge
        if phrase.dep_ != "nmod" or first.lower_ != "по" or not root.i < first.i <= span.end:
            continue
        if circumstance_noun(phrase.lemma_, account=True):
            continue  # "комитет по итогам заседания осудил": how it acted
        words = doc[first.i : last.i + 1]
        if len(words) > _FIELD_WORDS or len(list(phrase.subtree)) != len(words):
            continue
        if all(t.pos_ in _FIELD_POS or t.text == "," for t in words) and last.i >= span.end:
            return _listed_after(phrase, last.i + 1)
    return span.end


def _head_noun(span: Span) -> Token:
    """The span's root, or where the parse hangs a first adjective outside the name too and
    the root is that adjective ("[Гаагский] Международный трибунал" as the verb's subject),
    the last noun hanging outside the span: the name's head."""
    root = span.root
    if root.pos_ in ("NOUN", "PROPN"):
        return root
    heads = (t for t in reversed(span) if t.pos_ in ("NOUN", "PROPN"))
    return next((t for t in heads if not span.start <= t.head.i < span.end), root)


def _council(span: Span) -> bool:
    """A name the tagger gave headed by a council's noun, capitalised ("Высший совет [по делам
    образования Кувейта]", group `council`): its field's "по" phrase is its name's, where a
    lower-case noun may be advice ("дал совет по выбору")."""
    return span.root.lemma_.lower() in _WORDS["council"] and span[0].text[:1].isupper()


def _listed_after(noun: Token, end: int) -> int:
    """Past the nouns listed after `end` in the case of `noun`, each with its adjectives
    ("по природным ресурсам[, собственности и земельным отношениям]"), which the parse may
    hang elsewhere; `end` where none is."""
    doc, case = noun.doc, case_of(noun)
    while end + 1 < len(doc) and doc[end].text in _LIST_JOINERS:
        i = end + 1
        while i < len(doc) and doc[i].pos_ == "ADJ" and case_of(doc[i]) == case:
            i += 1
        if i >= len(doc) or doc[i].pos_ != "NOUN" or case_of(doc[i]) != case:
            break
        end = i + 1
    return end


def _with_field(found: tuple[Span, str, str], gazetteer: Gazetteer) -> list[tuple[Span, str, str]]:
    """An organization with the "по" phrase of its field after it (`_field_end`): another
    body than the one named without it, the gazetteer's only where it knows the whole; the
    one named without it stays a mention of its own ("Сборная Чили [по футболу]"), unless
    it is a part of a body (part_bodies.txt: "комитета Госдумы [по обороне]"; a FIELDED_PART:
    "Агентство ООН [по делам беженцев]"), the tagger cut it inside the phrase ("Управления
    по контролю [за оборотом …]") or without it it is a kind of body the gazetteer does not
    know, no name ("Международный уголовный трибунал [по Руанде]": `_kind_only`)."""
    span = found[0]
    end = _field_end(span)
    if end == span.end:
        return [found]
    doc = span.doc
    whole = doc[span.start : end]
    # the phrase as written, after the name in the nominative: its nouns hang on the body
    name = upper_first(organization_name(span)) + doc.text[span.end_char : whole.end_char]
    entry = (whole, _org_names(gazetteer).get(normalize(name), ""), name)
    cut = (
        doc[span.end].lower_ != "по"
        or _region_phrase(doc[span.end : end])
        or _part_noun(span.root)
        or span.label_ == FIELDED_PART
        or _council(span)  # "Высший совет" alone names no body
        or (not found[1] and _kind_only(span))
    )
    return [entry] if cut else [found, entry]


def _region_after(span: Span) -> bool:
    """A body's name with the "по" phrase of a place below a state right after it ("МВД [по
    Башкирии]", "Управление полиции [по региону Сантьяго]"): a regional body, the phrase a
    word of its name whatever its noun (`_region_phrase`)."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "по":
        return False
    owner = doc[span.start - 1] if span.start else None
    if owner is not None and span.root.head == owner and _body_of_part(owner):
        return False  # "Управления [МВД Перу] по Лиме": the phrase is the part's
    return _region_phrase(doc[span.end : span.end + 2])


def _body_of_part(noun: Token) -> bool:
    """A noun of a body's part or of a body that names its field ("Управления", "отдела")."""
    return _part_noun(noun) or noun.lemma_.lower() in _WORDS["field"]


def _region_end(span: Span) -> int:
    """The end of the place's "по" phrase right after a regional body's name: its noun, the
    name after a kind of place ("по региону [Сантьяго]"), the places listed after it in its
    case ("по Санкт-Петербургу [и Ленинградской области]")."""
    doc = span.doc
    noun, end = doc[span.end + 1], span.end + 2
    if noun.lemma_.lower() in PLACE_KINDS:
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
    return _listed_after(noun, end)


def _region_phrase(words: Span) -> bool:
    """A "по" phrase naming a place below a state, a regional body's territory ("по региону
    Сантьяго", "по Санкт-Петербургу и Ленинградской области", "по Башкирии"): the body of
    that place, which the words before it name only cut ("Главное управление полиции Чили"
    of "… по региону Сантьяго" is no body of its own), not a field ("по футболу")."""
    nouns = [t for t in words[1:] if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and (nouns[0].lemma_.lower() in PLACE_KINDS or nouns[0].ent_type_ == "LOC")


def _kind_only(span: Span) -> bool:
    """A name with no capitalised word, figure or mark past its first ("Международный
    уголовный трибунал", "Комитет") but adjectives ("Гаагский Международный трибунал"):
    words of a kind of body, no one body's name, as "Сборная Чили" is."""
    return all(t.is_alpha and (t.text[:1].islower() or t.pos_ == "ADJ") for t in span[1:])


def _named_by_field(doc: Doc) -> list[Span]:
    """A noun of a body that names its field (group `field`), untagged, with its adjectives
    and the "по" phrase of its field ("думского комитета по обороне", "московский комитет
    по связям с религиозными организациями"): an organization. Not the noun alone
    ("комитет заявил"), nor bodies of a kind ("с фондами по борьбе с …"), nor one whose
    name the quotes after it give ("агентства по недвижимости «Кедр»"), nor one with a
    name in or right after the phrase, hanging on it: the body's parent, whose body the
    titles read it as ("комитета по делам молодёжи Сейма Польши")."""
    out = []
    # not plural: "с фондами по борьбе с …" are bodies of a kind, no one named
    for noun in _lemmas_of(doc, _WORDS["field"]):
        start = _adjectives_start(noun)
        end = _field_end(doc[noun.i : noun.i + 1])
        quoted = end < len(doc) and doc[end].text in _QUOTES_OPEN  # the quotes give its name
        named = any(t.text[:1].isupper() for t in doc[noun.i + 1 : end + 1] if t.head.i >= noun.i)
        if end > noun.i + 1 and not (quoted or named) and "\n" not in doc[start:end].text:
            out.append(doc[start:end])
    return out


def _named_by_genitive(doc: Doc) -> list[Span]:
    """A singular noun of a body named by what it governs (group `governs`), untagged, with
    the lower-case genitive words hanging on it ("администрации города", "столичного
    департамента потребительского рынка", "администрации президента") or an adjective of
    group `local` before it ("городской администрации"), and its adjectives: an
    organization of this text alone (LOCAL_BODY). Not the noun alone ("администрация
    заявила"), nor bodies of a kind ("департаменты министерства")."""
    out = []
    for noun in _lemmas_of(doc, _WORDS["governs"]):
        end = _past_genitives(noun)
        start = _adjectives_start(noun)
        local = any(t.lemma_.lower() in _WORDS["local"] for t in doc[start : noun.i])
        if end > noun.i + 1 or local:
            out.append(Span(doc, start, end, LOCAL_BODY))
    return out


def _governing_body(gazetteer: Gazetteer, name: str, span: Span, states: list[Span]) -> str:
    """The key of the body a LOCAL_BODY span names where the gazetteer knows it bare as the
    text's state's (kind `StateBody`: "администрации президента" in a text of Ukraine is
    "Администрация президента Украины"), by `state_body`; "" for any other ("администрации
    города", a body of a state the gazetteer knows none of), which stays the text's own; only
    in a text of one state: in "Министр Украины прибыл в Тбилиси … встретился с главой
    администрации президента" the visitor's state is named most, the host's body meant."""
    if span.label_ != LOCAL_BODY or len({s.kb_id_ for s in states}) != 1:
        return ""  # a visitor's state may be named most, the host's body meant
    key = state_body(gazetteer, name, span, states)
    org = gazetteer.org(key) if key else None
    return key if org is not None and org.kind == "StateBody" and org.state else ""


NUMBER_SIGNS = frozenset(["№", "N"])  # before an institution's number ("школа № 12")
_ORDINAL = re.compile(r"(\d{1,3})-(й|го|я|ой|ая|ую|ом|му|м|е)")
# the genders a singular ordinal's ending agrees with: "-х" and a plural "-е" are decades
_ORDINAL_GENDERS = {
    "й": {"Masc", "Fem"},
    "го": {"Masc", "Neut"},
    "ом": {"Masc", "Neut"},
    "му": {"Masc", "Neut"},
    "м": {"Masc", "Neut"},
    "я": {"Fem"},
    "ая": {"Fem"},
    "ую": {"Fem"},
    "ой": {"Fem"},
    "е": {"Neut"},
}


def _numbered(doc: Doc, states: Container[int]) -> list[Span]:
    """An institution a number names (group `numbered`): its noun with its adjectives, "№"
    and the number, and the place's genitive name after it ("школы № 1 Махачкалы",
    "городскую больницу № 3"; not a capital read as its state, at `states`' tokens, nor a
    name that may be a nominative: "лицея № 21 Иваново Ярослав Минников"), or an
    ordinal agreeing with the noun before it ("21-го лицея"): an organization. Not a ward,
    a house ("палата № 4", "дом № 7"), nor a decade ("в 1990-х школа")."""
    out = []
    for noun in _lemmas_of(doc, _WORDS["numbered"]):
        i = noun.i
        number = _past_spaces(doc, i + 2)  # "№\xa01": a no-break space is a token of its own
        if number < len(doc) and doc[i + 1].text in NUMBER_SIGNS and doc[number].text[0].isdigit():
            end = number + 1
            place = doc[end] if end < len(doc) else None
            if place is not None and place.pos_ == "PROPN" and end not in states:
                end += _genitive_only(place)
            out.append(doc[_adjectives_start(noun) : end])
        elif i and _ordinal_of(doc[i - 1], noun):
            out.append(doc[i - 1 : i + 1])
    return out


def _ordinal_of(t: Token, noun: Token) -> bool:
    """`t` is a singular ordinal in digits agreeing with `noun`'s gender ("5-й школы",
    "12-го лицея"): not a year or a decade ("в 1990-х школа", "в 2000-е больница")."""
    found = _ORDINAL.fullmatch(t.text)
    genders = _ORDINAL_GENDERS[found.group(2)] if found else set()
    return bool(genders.intersection(noun.morph.get("Gender")))


_NOUNS = frozenset(["NOUN", "PROPN"])  # "Администрация области …" opening a sentence: PROPN


def _genitive_only(t: Token) -> bool:
    """The tagger reads `t` as a genitive and no reading of its form is a nominative."""
    return "Gen" in t.morph.get("Case") and "Nom" not in cases_of(t)


def _past_spaces(doc: Doc, i: int) -> int:
    """The first token from `i` that is no whitespace."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _lemmas_of(doc: Doc, lemmas: Container[str]) -> list[Token]:
    """The singular nouns of the document whose lemma is one of `lemmas`, found by the lemmas'
    array first: a `Token` per word costs more."""
    found = [doc[i] for i, lemma in enumerate(token_strings(doc, LEMMA)) if lemma.lower() in lemmas]
    return [t for t in found if t.pos_ in _NOUNS and "Plur" not in t.morph.get("Number")]


def _adjectives_start(noun: Token) -> int:
    """The start of the adjectives right before `noun` that qualify it ("[столичного]
    департамента", "[Детский] сад")."""
    doc, start = noun.doc, noun.i
    while start and doc[start - 1].pos_ == "ADJ" and doc[start - 1].head.i == noun.i:
        start -= 1
    return start


def _named_otherwise(span: Span) -> bool:
    """natasha's organization names something else: a dateline's place, the holders of an
    office, a thing in apposition, a building or ground ("в Вестминстерском аббатстве")."""
    return (
        _dateline_place(span)
        or _office_holders(span)
        or thing_named(span)
        or span.root.lemma_.lower() in _WORDS["building"]
        or _thing_apposed_after(span)
    )


_APPOSED_GAP = 3  # "— тем же самым веществом": the words before the noun


def _thing_apposed_after(span: Span) -> bool:
    """A quoted name followed by a dash or comma and a noun of a substance or a work in its
    case ("отравлены «Новичком» — тем же веществом", "«Ветер», сборник стихов"): the
    thing's name, no organization. Not a noun of an organization ("«Вектор» — компания")."""
    doc = span.doc
    at = span.end + (span.end < len(doc) and doc[span.end].text in _QUOTES_CLOSE)
    at = _past_spaces(doc, at)
    if span.start == 0 or doc[span.start - 1].text not in _QUOTES_OPEN:
        return False
    if at >= len(doc) or doc[at].text not in ("—", "–", ","):
        return False
    cases = set(span.root.morph.get("Case"))
    for t in doc[at + 1 : at + 2 + _APPOSED_GAP]:
        if t.pos_ in ("NOUN", "PROPN"):
            same = not cases or bool(cases & set(t.morph.get("Case")))
            return same and t.lemma_.lower() in _WORDS["apposed"]
    return False


_TITLE_WORDS = 3  # "Larry King Now": a brand news puts after a work's noun is shorter


def _work_titled(span: Span, gazetteer: Gazetteer) -> bool:
    """A Latin name of three words or more the gazetteer does not know right after a noun of
    a work or an event (group `opus`: "на церемонии MTV Europe Music Awards", "Программа Larry
    King Now"): its title, no organization; a known one or a brand there is its owner
    ("сериал Netflix", "Передача BBC")."""
    at = span.start - 1
    return (
        at >= 0
        and span.doc[at].lemma_ in _WORDS["opus"]
        and len(span.text.split()) >= _TITLE_WORDS
        and _LATIN_NAME.fullmatch(span.text) is not None
        and normalize(span.text) not in _org_names(gazetteer)
    )


def _listed_title(span: Span, gazetteer: Gazetteer) -> bool:
    """A Latin name the gazetteer does not know later in a list of Latin titles after a noun
    of a song, film or book, whose first one is a title (`_work_titled`: "песни Forever and
    Ever, Quand je t’aime, Una Paloma Blanca"): a title too, however short. Not after a
    programme's noun: "программам Face the Nation, Al Jazeera и Sky News" lists outlets."""
    doc, at = span.doc, span.start - 1
    while at >= 0 and (doc[at].text in (",", "и") or _LATIN_WORD.fullmatch(doc[at].text)):
        at -= 1
    first = doc[at + 1 : span.start]
    comma = next((t.i for t in first if t.text == ","), None)
    return (
        comma is not None
        and at >= 0
        and doc[at].lemma_ in _WORDS["piece"]
        and _LATIN_NAME.fullmatch(span.text) is not None
        and normalize(span.text) not in _org_names(gazetteer)
        and _work_titled(doc[at + 1 : comma], gazetteer)
    )


# One word of an abbreviation and a lower-case word joined by a hyphen ("ДНК-теста")
_ABBREVIATED_KIND = re.compile(r"[A-ZА-ЯЁ]{2,}-([а-яё]+)")


def _abbreviated_kind(span: Span, gazetteer: Gazetteer) -> bool:
    """One word of an abbreviation and a common noun joined by a hyphen ("ДНК-теста",
    "IT-компании"): a kind of thing or of body the abbreviation says what of, no name. Not
    one in quotes ("«КАМАЗ-мастер»") nor one the gazetteer knows, also with a space for the
    hyphen ("РИА-новости")."""
    kind = _ABBREVIATED_KIND.fullmatch(span.text) if len(span) == 1 else None
    names = _org_names(gazetteer)
    return (
        kind is not None
        and common_word(kind.group(1))
        and not _in_quotes(span)
        and not any(normalize(n) in names for n in (span.text, span.text.replace("-", " ")))
    )


_TITLE_QUOTED = 8  # words of one quoted title in a list ("«Брюс всемогущий»")


def _quoted_title_listed(span: Span) -> bool:
    """A name in quotes in a list of quoted names, joined by "," or "и", right after a noun
    of a song, a film or a book (group `piece`: "в фильмах «Тихая гавань», «Прорыв»"): a
    title as the first is, no organization. Not where other words break the list ("в фильме
    «Буря», а газета «Прорыв»")."""
    doc, at = span.doc, span.start - 1
    if not _in_quotes(span):
        return False
    while at >= 1 and doc[at].text in _QUOTES_OPEN:
        if doc[at - 1].lemma_ in _WORDS["piece"]:
            return True
        closing = at - 2
        if doc[at - 1].text not in (",", "и") or closing < 0:
            return False
        if doc[closing].text not in _QUOTES_CLOSE:
            return False
        at = closing - 1
        while at > max(0, closing - _TITLE_QUOTED) and doc[at].text not in _QUOTES_OPEN:
            at -= 1
    return False


def _with_article(span: Span) -> Span:
    """A known name with the foreign article that opens it in the text ("The Independent",
    "Der Spiegel"), which the gazetteer matches without: the article is a word of the name."""
    before = span.doc[span.start - 1] if span.start else None
    if before is None or not before.text[:1].isupper():
        return span
    return span.doc[span.start - 1 : span.end] if before.lower_ in _WORDS["article"] else span


def _with_own_state(span: Span, states: list[Span], gazetteer: Gazetteer) -> Span:
    """A known body with its own state's name right after it ("Госдумы РФ", as "МИД РФ"):
    the state is a word of the name. Not another state's ("Госдумы Украины")."""
    known = gazetteer.org(span.kb_id_)
    after = next((s for s in states if s.start == span.end and s.id_ not in _NOT_NAMES), None)
    if known is None or not known.state or after is None:
        return span
    entry = gazetteer.state(after.kb_id_)
    return span.doc[span.start : after.end] if entry and entry.iso3 == known.state else span


def _bracket_parts(span: Span | None) -> list[Span]:
    """A name and a second name of it in brackets after it, which the tagger takes in as
    one ("Фонда защиты лесов (Forest Protection Fund)", "МИД (Форин-офис)"): each a
    mention of its own. Not lower-case words in brackets ("(дочерняя компания)")."""
    if span is None:
        return []
    doc, last = span.doc, span.end - 1
    opening = [t.i for t in span if t.text == "("]
    if len(opening) != 1 or not span.start < opening[0] < last - 1 or doc[last].text != ")":
        return [span]
    if not doc[opening[0] + 1].text[:1].isupper() or ")" in doc[opening[0] : last].text:
        return [span]
    return [doc[span.start : opening[0]], doc[opening[0] + 1 : last]]


# A name in Latin letters: capitalised, of words, digits, "&", dots, dashes, apostrophes.
# Wider than careers' and build_links' `_LATIN_NAME`: the whole text in brackets must match,
# and an organization's own name there may have accents and digits ("Universidad de São").
_LATIN_NAME = re.compile(r"[A-Z][A-Za-zÀ-ÿ0-9&.'’\- ]*")
_LATIN_NAME_WORDS = 8
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9&.'’\-]+")  # any word of a Latin title: "je", "t’aime"


def _latin_names_after(found: list[Span]) -> list[Span]:
    """A Latin name in brackets right after an organization's name, past its closing quote
    ("«Лима Кроникл» (Lima Chronicle)", "университета Сантьяго (Universidad de Santiago)"):
    the organization's own name, a mention of its own. Not after the name of a person's
    organization ("глава компании «Андстрой» (Juan Perez)"): the person's name."""
    out = []
    for span in found:
        if _of_person(span):
            continue
        named = _latin_in_brackets(span.doc, span.end + _closes_quote(span))
        if named is not None:
            out.append(named)
    return out


def _latin_named_again(
    found: list[tuple[Span, str, str]], ents: Sequence[Span]
) -> list[tuple[Span, str, str]]:
    """Each other place the text writes a Latin name it names an organization by, word for
    word, where the tagger tagged nothing ("у Canucks лучше игра" … "Canucks вышли в
    финал"): the same organization, as a Latin name is no Russian word that may mean
    something else there. Not as a part of a longer Latin name ("Vancouver Canucks")."""
    out: list[tuple[Span, str, str]] = []
    if not found:
        return out
    doc = found[0][0].doc
    words = token_strings(doc)
    tagged = {i for e in ents for i in range(e.start, e.end)}
    for span, key, name in found:
        size = len(span)
        if _LATIN_NAME.fullmatch(span.text) is None or size > _LATIN_NAME_WORDS:
            continue
        for at in range(len(doc) - size + 1):
            if words[at : at + size] != words[span.start : span.end] or at == span.start:
                continue
            near = [words[i] for i in (at - 1, at + size) if 0 <= i < len(doc)]
            if tagged.intersection(range(at, at + size)) or any(_latin_letter(w) for w in near):
                continue
            out.append((doc[at : at + size], key, name))
    return out


def _latin_letter(word: str) -> bool:
    """The word opens with a Latin letter ("Vancouver"; not ".", "в")."""
    return word[:1].isascii() and word[:1].isalpha()


def _of_person(span: Span) -> bool:
    """The name hangs on a person's noun before it, directly or through the noun of its
    kind ("глава компании «Андстрой»", "редактор журнала")."""
    head = span.root.head
    for _ in range(2):
        if head.i >= span.start or head.pos_ != "NOUN":
            return False
        if is_animate(head):
            return True
        head = head.head
    return False


def _closes_quote(span: Span) -> int:
    """1 where a closing quote follows the span ("«Лима Кроникл»"), else 0."""
    return int(span.end < len(span.doc) and span.doc[span.end].text in _QUOTES_CLOSE)


def _latin_in_brackets(doc: Doc, start: int) -> Span | None:
    """The words of a Latin name between brackets opening at `start`, else None."""
    if start >= len(doc) or doc[start].text != "(":
        return None
    reach = range(start + 2, min(start + 2 + _LATIN_NAME_WORDS, len(doc)))
    close = next((i for i in reach if doc[i].text == ")"), None)
    name = doc[start + 1 : close] if close is not None else None
    return name if name is not None and _LATIN_NAME.fullmatch(name.text) else None


def _posted_on(span: Span) -> bool:
    """A service news names as where words were posted ("написал в Twitter", "на
    видеохостинге YouTube", "в своём Telegram-канале"): a place, no organization acting
    (annotators tag it a product); "Twitter заблокировал аккаунт" stays the company, and
    so does one named as a workplace ("на работу в Facebook", "работает в Twitter")."""
    if span.text.split("-")[0].lower() not in _WORDS["platform"]:
        return False
    root = span.root
    apposed = root.head.i == span.start - 1 and root.dep_ in (
        "appos",
        "flat",
        "flat:foreign",
        "nmod",
    )
    phrase = root.head if apposed else root
    return preposition(phrase) in _POSTED_IN and phrase.head.lemma_ not in _WORDS["workplace"]


def _nested_bodies(
    found: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """A part of a body before the body's name in the genitive is one body ("ЦК Компартии
    Вьетнама", "Президиума Верховного совета Вьетнама", "комитета Госдумы"), where the tagger
    split it or left the part untagged: the part (a noun of part_bodies.txt, tagged or
    not, with its adjectives: "Центрального комитета", and with the lower-case genitive
    words of its field: "факультет [славянской филологии]"; or an unknown name of more words
    the genitive hangs on, "Главного управления кадров [Вооружённых сил Чили]") and the
    whole become one span, parts of parts too ("отделения [института [РАН]]"); the body
    named after it stays a mention of its own, nested in it. Not a part in a form no
    singular reads ("других комитетов сената"): several parts, none named."""
    if not found:
        return found
    doc = found[0][0].doc
    ends = {span.end: n for n, (span, _, _) in enumerate(found)}
    taken = {i for span, _, _ in found for i in range(span.start, span.end)}
    out = list(found)
    for n in sorted(range(len(found)), key=lambda n: -found[n][0].start):
        span = out[n][0]  # with the parts after it it took in already
        genitive = "Gen" in span[0].morph.get("Case") or abbreviation_like(span[0].text)
        if not span.start or not genitive:
            continue
        before = ends.get(span.start)
        part = _part_before(doc, span.start)
        if before is not None:
            if not _part_of(out[before], span):
                continue
            start = found[before][0].start
        elif part.i in taken or not (_part_noun(part) or _fielded_part(part)) or part.pos_ == "ADJ":
            continue
        elif _plural_form(part.lower_):
            continue  # "других [комитетов] сената": several parts, none named
        else:
            start = part.i
            while start and doc[start - 1].pos_ == "ADJ" and doc[start - 1].head.i == part.i:
                start -= 1
        if start and doc[start - 1].lower_ in _NOT_BODIES:
            continue  # "по совету Минздрава" is advice, "под управлением ООН" no body
        fielded = before is None and not _part_noun(part)
        whole = Span(doc, start, span.end, FIELDED_PART if fielded else "")
        name = organization_name(whole) + _state_said(out[n])
        entry = (whole, _org_names(gazetteer).get(normalize(name), ""), name)
        if before is not None:
            out[before] = entry
        else:
            out.append(entry)
    return out


def _plural_form(word: str) -> bool:
    """A form only the plural reads ("комитетов"; not "комитета", nor "ГУ", no number)."""
    return morph().can_be(word, "plur") and not morph().can_be(word, "sing")


_PART_FIELD_WORDS = 3  # "[международных экономических отношений]"


def _part_before(doc: Doc, start: int) -> Token:
    """The word before `start`, or the part's noun before the lower-case genitive words
    right before `start` that hang on it and name its field ("факультет [славянской
    филологии] Таврического университета", "пресс-служба [фракции] ЛДПР")."""
    i = start - 1
    while i > 0 and start - i <= _PART_FIELD_WORDS and _field_word(doc[i]):
        i -= 1
    words = range(i + 1, start)
    hang = all(i <= doc[j].head.i < start for j in words)
    return doc[i] if words and hang and _part_noun(doc[i]) else doc[start - 1]


def _field_word(t: Token) -> bool:
    """A lower-case genitive word that is no part's noun ("славянской", "филологии")."""
    return _lower_genitive(t) and not _part_noun(t)


def _state_said(entry: tuple[Span, str, str]) -> str:
    """The state a bare body's name was given (" России" of "правительства" read as
    "Правительство России"), which a part of it keeps ("аппарат правительства" is "аппарат
    правительства России", no one node of every state's); "" for any other body."""
    span, _, name = entry
    return (
        name.removeprefix(upper_first(organization_name(span)))
        if span.label_ == SETTLED_BODY
        else ""
    )


def _part_of(part: tuple[Span, str, str], span: Span) -> bool:
    """The organization `part` is a part of the one `span` names after it: its last word is
    a part's noun ("комитета [Госдумы]"), or it is an unknown name of more words that the
    genitive name hangs on ("Объединённого комитета начальников штабов [ВС Чили]"); a known
    name stays itself ("Совет Федерации"), a one-word one may be a list ("ФСБ МВД")."""
    words, key, _ = part
    if _part_noun(words[-1]):
        return True
    return not key and len(words) > 1 and words.start <= span.root.head.i < words.end


def _part_noun(token: Token) -> bool:
    """A part of a body's noun: one of part_bodies.txt, or one of group `ranked` with an
    adjective of group `rank` on it ("Нижняя палата [парламента Польши]", not a hospital's
    "палата") or the genitive of its members right after it (group `members`: "палата
    представителей [парламента Японии]")."""
    lemma = _part_lemma(token)
    if lemma in PART_BODIES:
        return True
    ranked = (
        (c.dep_ == "amod" and c.lemma_ in _WORDS["rank"])
        or (c.dep_ == "nmod" and c.i == token.i + 1 and c.lemma_ in _WORDS["members"])
        for c in token.children
    )
    return lemma in _WORDS["ranked"] and any(ranked)


def _fielded_part(token: Token) -> bool:
    """A noun of a body that names its field (group `field`) with the "по" phrase of its
    field hanging on it past the name after it ("Агентство [ООН] по делам беженцев",
    "Управления [ООН] по наркотикам и преступности"): a part of that body, as "комитет" is;
    not a phrase of how ("управления ООН по мнению экспертов")."""
    return token.lemma_.lower() in _WORDS["field"] and any(
        c.dep_ == "nmod"
        and c.i > token.i + 1
        and c.left_edge.lower_ == "по"
        and not circumstance_noun(c.lemma_, account=True)
        for c in token.rights
    )


def _part_lemma(token: Token) -> str:
    """A part of a body's lemma: an abbreviation as written ("ЦК"), a word's in lower case."""
    return token.text.lower() if abbreviation_like(token.text) else token.lemma_.lower()


def _tagged_org(
    span: Span, states: list[Span], places: dict[int, Span], gazetteer: Gazetteer
) -> tuple[Span, str, str] | None:
    """(span, gazetteer key or "", name) of an organization natasha tagged, with the state
    named right after it taken in ("МИД РФ"); None for a bare common noun whose body the
    text does not say ("Правительство"), or for ministries in the plural (`_plural_subject`)."""
    if _plural_subject(span[0]) or _kinds_in_plural(span):
        return None  # "Министерства обороны, финансов и юстиции Польши …", "Правящие партии"
    doc = span.doc
    after = next((s for s in states if s.start == span.end and s.id_ != "adjective"), None)
    place = None if after is not None else _place_of(places, span.end, range(span.start, span.end))
    if place is not None:  # "Савеловский суд Москвы", "Городской совет Детройта": the city's
        span = doc[span.start : place.end]
        return span, "", organization_name(span)
    body = organization_name(span)
    quoted = "" if after is not None else quoted_name(gazetteer, body, span)
    if after is not None:
        span = doc[span.start : after.end]  # "Правительства России", "МИД РФ"
    elif (
        len(span) == 1
        and _common_noun(span[0].text)
        and not (quoted or _in_quotes(span))  # "«Арсенал» выиграл": the club's name
        and not _parent_state(gazetteer, span)  # "Сенат Конгресса США" says which
    ):
        return None  # a bare "Правительство": which one, the text does not say here
    name = organization_name(span) if after is not None else body  # the span it named
    if len(name) < 2:
        return None
    if after is not None and after.id_ == "capital":
        return span, "", name  # "Генеральная прокуратура Рейкьявика": the city's
    if after is not None:  # the gazetteer's body under another name of its state
        known = body_of(gazetteer, body, after.kb_id_)
        key = known.key if known is not None else ""
        return span, key, state_body_name(gazetteer, body, after.kb_id_) or name
    key = (
        quoted
        or state_body(gazetteer, name, span, states)
        or _known_after_adjective(span, states, gazetteer)
    )
    state = "" if key else _adjective_before(gazetteer, span)
    if not state and not key and not any(w[:1].isupper() for w in name.split()[1:]):
        state = _parent_state(gazetteer, span)  # not "Комитет Сената" of "… США"
    if not state and not key and _bare_body_name(span):
        state = _tagged_body_state(span, states, gazetteer)
        known = body_of(gazetteer, name, state) if state else None
        key = known.key if known is not None else ""
    return span, key, (state and state_body_name(gazetteer, name, state)) or name


def _kinds_in_plural(span: Span) -> bool:
    """A span natasha tags that ends in a declined plural of a kind of body ("[Правящие
    партии] Эстонии подписали", "Оппозиционные партии"): several bodies of that kind, no
    body's name. Not a kind with the name after it ("Партия регионов"), nor one a body's
    name holds in its genitive ("Ассоциация пенсионных фондов"), nor a name in quotes, a
    capitalised kind inside the span, or an undeclined one ("радио")."""
    noun = span[-1]
    lemma = morph().lemma(noun.lower_, "NOUN")
    return (
        noun.i == span.root.i
        and lemma in ORG_NOUNS
        and noun.lower_ != lemma
        and "Plur" in features(noun, "Number")
        and (noun.i == span.start or noun.text[:1].islower())
        and not any(t.text in _QUOTES for t in span)
    )


def _plural_subject(noun: Token) -> bool:
    """A noun of state_bodies.txt the tagger reads as a singular genitive that is a plural
    verb's subject with a list of fields ("Министерства обороны, финансов и юстиции Польши
    выступили"): a genitive is no subject, so the form is the plural, several bodies, none
    of them one node of the first field alone ("Министерство обороны") that every bare
    mention would join. Not one field ("Службы безопасности Египта задержали": one body),
    nor a noun of plural_bodies.txt ("Власти Того")."""
    lemma = morph().lemma(noun.lower_, "NOUN")
    return (
        noun.dep_ in ("nsubj", "nsubj:pass")
        and lemma in STATE_BODIES
        and noun.lower_ != lemma
        and any(c.dep_ == "conj" for f in noun.children if f.dep_ == "nmod" for c in f.children)
        and morph().can_be(noun.lower_, "plur")
        and is_plural(noun.head)
    )


def _listed_bodies(
    doc: Doc, states: list[Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """Bodies of one state a list names, the state's genitive name once after the last: a
    noun of state_bodies.txt in the plural with a list of fields ("Министерства обороны,
    финансов и юстиции Польши выступили", "с министерствами обороны и финансов Франции"),
    or two such nouns "и" joins, each with its field ("Министерство обороны и министерство
    финансов Польши"): each field is the state's body ("Министерство юстиции Польши"), the
    first's span from the noun, the last's to the state, no stateless "Министерство
    обороны" every bare mention would join. Not before a second state ("… Египта и
    Турции"), nor a singular noun's fields ("министерством планирования и инвестиций": one
    ministry)."""
    out = []
    names = {s.start: s for s in states if s.id_ not in ("adjective", "capital")}
    for noun in [doc[i] for i in heads_of(doc, "nmod")]:  # the first field hangs on it
        members = _list_members(noun)
        state = names.get(members[-1][1]) if len(members) > 1 else None
        if state is None or not _genitive_name(state) or _another_state(state, names):
            continue
        for n, (start, end, body) in enumerate(members):
            span = Span(doc, start, state.end if n == len(members) - 1 else end, BODY_NOUN)
            org = body_of(gazetteer, body, state.kb_id_)
            name = state_body_name(gazetteer, body, state.kb_id_)
            out.append((span, org.key if org else "", name or body))
    return out


def _list_members(noun: Token) -> list[tuple[int, int, str]]:
    """(start, end, nominative name) of each body a list opening at `noun` names (see
    `_listed_bodies`): one per field after a plural noun, one per noun after a singular
    one; [] where the words are no such list."""
    # the field first: asked of every word, it turns most down on their parse alone, with
    # no lemma to look up (a noun's lemma often misses the cache: a parse of ~0.1 ms)
    field = _field_after(noun, noun.i + 1)
    if field is None or not _body_noun(noun) or noun.lemma_ in PLURAL_BODIES:
        return []
    doc, plural = noun.doc, "Plur" in features(noun, "Number") or _plural_subject(noun)
    members = [(noun.i, field.i + 1, _member_name(noun, doc[noun.i + 1 : field.i + 1]))]
    at = field.i + 1
    while at < len(doc) and doc[at].lower_ in _LIST_JOINERS:
        start, joiner = at + 1, doc[at].lower_
        if plural:  # "Министерства обороны[, финансов]"
            head, words, last = noun, start, _field_after(field, start, "conj")
        elif joiner == "и" and len(members) == 1 and _joined_body(doc, start, noun):
            head, words = doc[start], start + 1  # "… и [министерство] финансов"
            last = _field_after(head, words)
        else:
            return []
        if last is None:
            return []
        members.append((start, last.i + 1, _member_name(head, doc[words : last.i + 1])))
        at = last.i + 1
        if joiner == "и":
            break
    return members if len(members) > 1 else []


def _member_name(noun: Token, field: Span) -> str:
    """A listed body's name: its noun in the nominative singular and its field as written
    ("министерствами" + "обороны" → "Министерство обороны")."""
    return f"{upper_first(morph().lemma(noun.lower_, 'NOUN'))} {field.text}"


def _joined_body(doc: Doc, at: int, noun: Token) -> bool:
    """The token at `at` is a singular body's noun "и" joins to the body's noun `noun`
    ("Министерство обороны и [министерство] финансов")."""
    other = doc[at] if at < len(doc) else None
    return (
        other is not None
        and other.dep_ == "conj"
        and other.head.i == noun.i
        and bool(_body_noun(other))
        and "Plur" not in features(other, "Number")
    )


def _field_after(head: Token, start: int, dep: str = "nmod") -> Token | None:
    """The lower-case genitive noun opening at `start`, past its own adjectives, that hangs
    on `head` by `dep` (a body's field: "[иностранных дел]"; a listed one: "conj"), no
    body's noun; None for other words."""
    doc = head.doc
    at = start
    while at < len(doc) and doc[at].pos_ == "ADJ":
        at += 1
    if at >= len(doc):
        return None
    noun = doc[at]
    heads = {head.i} if dep == "nmod" else {head.i, *(c.i for c in head.children)}
    if (
        noun.pos_ != "NOUN"
        or noun.dep_ != dep
        or noun.head.i not in heads
        or not noun.text[:1].islower()
        or "Gen" not in features(noun, "Case")
        or _body_noun(noun)
    ):
        return None
    return noun if all(doc[i].head.i == noun.i for i in range(start, at)) else None


def _another_state(state: Span, names: dict[int, Span]) -> bool:
    """A second state's name "и" or a comma joins right after `state` ("министерств обороны
    Египта и Турции": each its own)."""
    doc = state.doc
    return (
        state.end < len(doc) and doc[state.end].lower_ in _LIST_JOINERS and (state.end + 1 in names)
    )


def _bare_body_name(span: Span) -> bool:
    """A state's body the tagger named by its common words alone, which every state's body
    bears ("Палата представителей", "Министерство обороны", "Верховный суд"): a noun of
    state_bodies.txt of no kind a state has many of, adjectives of group `naming` alone
    before it, lower-case words after it, and no name right after ("… энергетики Кореи": a
    place the text does not read as a state); not quoted, nor a body "при" another."""
    doc = span.doc
    head = next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or head.lemma_ not in STATE_BODIES or head.lemma_ in _MANY_PER_STATE:
        return False
    before, after = span[: head.i - span.start], span[head.i - span.start + 1 :]
    if any(t.lemma_ not in _WORDS["naming"] for t in before):
        return False
    if any(t.text[:1].isupper() for t in after):
        return False
    follows = doc[span.end] if span.end < len(doc) else None
    if follows is not None and follows.text[:1].isupper():
        return False
    return not (_in_quotes(span) or subordinate(span))


def _tagged_body_state(span: Span, states: list[Span], gazetteer: Gazetteer) -> str:
    """The state a body named by its common words alone (`_bare_body_name`) is of: the one
    state the text names, before it, no other's capital named ("Премьер Австралии выступил
    в Палате представителей"), else the one its sentence names (`sentence_state`); "" where
    the text does not settle it ("Премьер Австралии встретился с президентом Индонезии.
    Палата представителей одобрила …")."""
    if len({s.kb_id_ for s in states}) == 1:
        state = _settled_state(span[-1], states, gazetteer)
        return "" if state and _named_after_only(span, state, states) else state
    return sentence_state(span[0], states, gazetteer)


def _named_after_only(span: Span, state: str, states: list[Span]) -> bool:
    """The body's own sentence names `state` after it and not before: what the body acts
    on ("Палата представителей одобрила пошлины на австралийскую сталь"), not whose it is."""
    sent = span.sent
    own = [s for s in states if s.kb_id_ == state and sent.start <= s.start < sent.end]
    return bool(own) and all(s.start >= span.end for s in own)


def _known_after_adjective(span: Span, states: list[Span], gazetteer: Gazetteer) -> str:
    """The key of the known body of a state whose adjective the tagger took in to open the
    span ("Американский Конгресс" is "Конгресс США"); "" where the rest is no known body of
    that state ("Американская торговая палата")."""
    adjective = next((s for s in states if s.id_ == "adjective" and s.start == span.start), None)
    if adjective is None or adjective.end >= span.end:
        return ""
    org = body_of(
        gazetteer, organization_name(span[adjective.end - span.start :]), adjective.kb_id_
    )
    return org.key if org is not None and org.state else ""


def _genitive_tail(span: Span, taken: set[int]) -> Span:
    """The span with the lower-case genitive words after it that hang on its last word,
    which the tagger cut off ("Высшего совета [вооружённых сил]", "высшую школу
    [управления]"), and a genitive noun "и" joins to that word ("Союза писателей [и
    журналистов]"), and the noun the last word qualifies, an adjective the tagger cut at a
    comma ("Центра химической[, биологической и ядерной обороны]"): words of the name. Not
    a noun of a body after "и" ("Министерства обороны и полиции": two bodies), nor words
    on a noun before the last ("Министерства обороны страны"), nor after a one-word name
    nor a comma's list ("Министерства финансов, банков и компаний")."""
    doc = span.doc
    if len(span) < 2 or abbreviation_like(span[-1].text):
        return span
    end = _qualified_noun(span)
    heads = {end - 1}
    while end < len(doc) and end not in taken:
        words = _genitive_words(doc, end, heads)
        if not words:
            break
        heads.add(words[-1])
        end = words[-1] + 1
    return doc[span.start : end]


def _defended_person(span: Span, ents: Sequence[Span]) -> Span:
    """The span with the person's name the tagger tagged right after it, in the genitive,
    hanging on the span (the parse may hang it on the body's noun), where its last word is
    a noun of what the body does for that person (group `defending`: "Комитет защиты
    [Леонарда Пелтиера]"): words of the name, no body "Комитет защиты"."""
    last = span[-1]
    if last.lemma_ not in _WORDS["defending"]:
        return span
    person = next((e for e in ents if e.start == span.end and e.label_ == "PER"), None)
    inside = person is not None and span.start <= person.root.head.i < span.end
    if person is None or not inside or case_of(person.root) != "Gen":
        return span
    return span.doc[span.start : person.end]


def _closed_quote(span: Span) -> Span:
    """The span with the straight quote right after it that closes one it opens
    (Ассоциации "Совет городов области" of a tagger's span cut inside the quotes)."""
    doc = span.doc
    if span.text.count('"') % 2 and span.end < len(doc) and doc[span.end].text == '"':
        return doc[span.start : span.end + 1]
    return span


_LISTED_ADJECTIVES = 8  # tokens: "биологической, радиологической и ядерной"


def _qualified_noun(span: Span) -> int:
    """The end of the lower-case noun that the span's last word, an adjective, qualifies
    with the adjectives listed after it ("химической[, биологической и ядерной обороны]");
    the span's end where the last word is no such adjective."""
    doc, last = span.doc, span[-1]
    noun = last.head
    if last.pos_ != "ADJ" or not span.end <= noun.i <= span.end + _LISTED_ADJECTIVES:
        return span.end
    between = doc[span.end : noun.i]
    if noun.pos_ != "NOUN" or not noun.text.islower():
        return span.end
    listed = all(t.pos_ == "ADJ" or t.text in _LIST_JOINERS for t in between)
    return noun.i + 1 if listed else span.end


def _genitive_words(doc: Doc, start: int, heads: set[int]) -> list[int]:
    """Indices of one lower-case genitive noun, with its adjectives before it (and an "и"
    before them), from `start`, that hangs on one of `heads`; [] where there is none."""
    joined = doc[start].lower_ == "и"
    i = start + joined
    while i < len(doc) and doc[i].pos_ in ("ADJ", "VERB") and _lower_genitive(doc[i]):
        i += 1
    if i >= len(doc) or doc[i].pos_ != "NOUN" or not _lower_genitive(doc[i]):
        return []
    noun = doc[i]
    if noun.head.i not in heads or any(doc[j].head.i != i for j in range(start + joined, i)):
        return []
    if noun.lemma_ in PLACE_KINDS and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
        return []  # "суд [штата Виктория]": the place with its name, `_place_of`'s
    if joined and (noun.dep_ != "conj" or _body_noun(noun)):
        return []
    return list(range(start, i + 1))


def _past_genitives(noun: Token) -> int:
    """The index past the lower-case genitive words that hang on `noun`, one on another
    ("администрации [города]", "банка [международного сотрудничества]")."""
    end, heads = noun.i + 1, {noun.i}
    while words := _genitive_words(noun.doc, end, heads):
        heads.add(words[-1])
        end = words[-1] + 1
    return end


def _lower_genitive(t: Token) -> bool:
    """A lower-case word in the genitive ("вооружённых", "сил")."""
    return t.text[:1].islower() and "Gen" in t.morph.get("Case")


def titled_surname(t: Token) -> bool:
    """A word the parse apposes to a singular office title in the nominative right before
    it ("Президент Туджман отверг требования НАТО", which natasha may tag a body or a
    place): the office holder's surname, no body; a title's body is its genitive
    complement ("Президент Сбербанка"), an abbreviation none ("Глава МИД")."""
    title = t.doc[t.i - 1] if t.i else None
    return (
        title is not None
        and t.dep_ == "appos"
        and t.head.i == title.i
        and not t.text.isupper()
        and case_of(t) == "Nom"
        and case_of(title) == "Nom"
        and "Plur" not in features(title, "Number")
        and is_office((title.lemma_.lower(),))
    )


def _persons_surname(ent: Span, ents: Sequence[Span]) -> bool:
    """A one-word span natasha tags ORG that is, in some case, the last word of a person the
    text names elsewhere ("Роберта Эдвардса …" then "[Эдвардс] начал свои исследования"):
    the person again, no body. Not an abbreviation ("МИД"), nor a name in quotes (a body
    named after its founder: "Уильям Боинг …", "акции «Боинга»")."""
    if len(ent) != 1 or ent[0].text.isupper() or _in_quotes(ent):
        return False
    return any(
        e.label_ == "PER" and e.start != ent.start and one_name(e[-1].text, ent.text) for e in ents
    )


def _measure_phrase(ent: Span) -> bool:
    """natasha's ORG that opens on a noun of a measured quantity and goes on in lower case
    ("Грузооборот портов [Египта]", "Экспорт зерна"): the quantity a claim measures, no
    body; "Кредит Европа Банк" goes on capitalised, a name."""
    return normalize(ent[0].lemma_) in load_list(_MEASURE_NOUNS) and all(
        not t.text[:1].isupper() for t in ent[1:]
    )


def _adjective_alone(ent: Span, ents: Sequence[Span], gazetteer: Gazetteer) -> bool:
    """natasha's organization that is one word the dictionary knows only as an adjective
    ("Кредитные" of a caption "Кредитные карты"): a word of a phrase, no body's name. Not a
    name in quotes, nor one the gazetteer knows as an organization's, nor the first word of
    another organization's name of the text ("солист Большого" beside "Большого театра")."""
    if len(ent) != 1 or _in_quotes(ent) or normalize(ent.text) in _org_names(gazetteer):
        return False
    known = [p for p in morph().parse(ent.text) if p.is_known]
    if not known or any(p.tag.POS not in ("ADJF", "ADJS", "PRTF") for p in known):
        return False
    lemmas = {p.normal_form for p in known}
    return not any(
        len(e) > 1
        and e.label_ == "ORG"
        and lemmas & {p.normal_form for p in morph().parse(e[0].text)}
        for e in ents
    )


def _city_alone(ent: Span, gazetteer: Gazetteer) -> bool:
    """natasha's organization that is one word naming a city the gazetteer knows
    ("Северодвинск встретил делегацию …"): the city or its people, no body. Not a name in
    quotes, nor one the gazetteer knows as an organization's, nor a club named by its city in
    a match ("Ростов обыграл «Спартак» со счётом 2:1")."""
    from kg.nlp.gazetteer_matcher import MATCH_NOUNS, MATCH_VERBS  # it imports this module

    return (
        len(ent) == 1
        and gazetteer.city(ent.text) is not None
        and not _in_quotes(ent)
        and normalize(ent.text) not in _org_names(gazetteer)
        and ent.root.head.lemma_ not in MATCH_VERBS
        and not any(t.lemma_ in MATCH_NOUNS for t in ent.sent)
    )


def _past_person_noun(span: Span) -> Span:
    """The span past a singular common noun for a person opening it whose genitive the
    name after it is ("[Представитель] НИИ им. Отта заявил", "[Врач] НИИ …", which natasha
    may tag as one body) or a state's body ("[Представителя] министерства Чили по …"): the
    speaker's word is no word of the body's name. Not a plural ("Свидетели Иеговы", a body's
    own name), nor a noun the rest does not hang on."""
    if len(span) < 2:
        return span
    first, second = span[0], span[1]
    person = (
        first.pos_ == "NOUN"
        and is_animate(first)
        and "Plur" not in features(first, "Number")
        and common_word(first.text.lower())
    )
    named = (
        second.head.i == first.i
        and (second.text[:1].isupper() or body_word(second.text))
        and case_of(second) == "Gen"
    )
    return span.doc[span.start + 1 : span.end] if person and named else span


def _office_holders(span: Span) -> bool:
    """A title natasha took for a body ("Министры обороны Индии", "Премьер-министр
    Японии"), also past a place's adjectives before a title that opens with an adjective of
    its own ("Одесский городской голова"; not a noun alone, "Частный корреспондент" is an
    outlet): the persons who hold an office, not their ministry or government."""
    lead = next((i for i, t in enumerate(span) if t.pos_ != "ADJ"), len(span))
    lemmas = [t.lemma_ for t in span]
    return (
        lead < len(span)
        and (is_animate(span[lead]) or _animate_compound(span[lead]))
        and any(is_office(lemmas[i:]) for i in range(max(lead, 1)))
    )


def _animate_compound(noun: Token) -> bool:
    """A hyphenated noun whose first part reads as a being ("судья-магистрат"), which the
    tagger, not knowing the whole, may read as a thing; not "штаб-квартира"."""
    first, hyphen, _ = noun.text.partition("-")
    return bool(hyphen) and animate_word(first)


def thing_named(piece: Span) -> bool:
    """A name in apposition to a noun for a place, a vessel or a site right before it ("у
    рифа Второй Томас", "авианосец Шарль де Голль", "станция General Paz"), also in
    quotes ("космодрома «Алкантара»"): the thing's name, no person's or organization's.
    Not a name that only follows such a noun ("В порту Иван Петров заявил": its
    subject), nor one the parser hung on it that its verb agrees with ("На полях форума
    Мирзиёев и Кошта провели встречу": `stray_subject`)."""
    if _after_place_abbreviation(piece):
        return True
    at = piece.start - 1
    if at > 0 and piece.doc[at].text in _QUOTES_OPEN:
        at -= 1  # "космодрома «Алкантара»": quoted
    before = piece.doc[at] if at >= 0 else None
    heads = {at}
    if before is not None and _abbreviation(before) and at > 0:
        # "База ВВС Эдвардс", "авиабаза ВМС Норфолк": the base's service between them
        before, heads = piece.doc[at - 1], {at, at - 1}
    return (
        before is not None
        and before.lemma_ in load_list(_THING_NOUNS)
        and piece.root.head.i in heads
        and piece.root.dep_ in ("appos", "nmod", "flat", "flat:name", "flat:foreign")
        and not stray_subject(piece.root)
        and not _owner_of_site(piece, before)
    )


def _owner_of_site(piece: Span, noun: Token) -> bool:
    """An unquoted name in the genitive after a site's noun of another case owns the site
    ("на базе Омского университета"), as a name in apposition agrees with the noun
    ("База ВВС Эдвардс", "авианосца Шарля де Голля")."""
    return (
        piece.start == noun.i + 1
        and case_of(piece.root) == "Gen"
        and case_of(noun) not in ("Gen", "")
    )


def _abbreviation(t: Token) -> bool:
    """A word in capitals of two letters or more ("ВВС", "ВМС")."""
    return len(t.text) > 1 and t.text.isupper() and t.text.isalpha()


def _after_place_abbreviation(piece: Span) -> bool:
    """A name right after an abbreviated street or square and its period ("на ул. Ленина",
    "пл. Пушкина"): the place's name, whatever the parser makes of the period, which it
    often reads as a sentence's end."""
    at = piece.start - 1
    if at >= 0 and piece.doc[at].text == ".":
        at -= 1
    return at >= 0 and piece.doc[at].lower_ in load_list(_PLACE_ABBREVIATIONS)


def _dateline_place(span: Span) -> bool:
    """The place of a dateline ("ТАШКЕНТ, 5 мая —", also in capitals with no agency or year,
    "ДОХА, 21 января."): where the news was written, not an organization."""
    text = doc_text(span.doc)
    line = text.rfind("\n", 0, span.start_char) + 1
    if text[line : span.start_char].strip():
        return False
    dateline = DATELINE.match(text, span.start_char) or CAPITALS_PLACE.match(text, span.start_char)
    return dateline is not None and span.end_char <= text.index(",", span.start_char)


def _named_after_kind(doc: Doc) -> list[Span]:
    """Quoted names after a kind of organization ("агентство «Тренд»", "банк «Восток»"),
    also past what it is for ("агентство по недвижимости «Кедр»") or what a chain is of
    ("сеть ресторанов «Кедр»"), each of a list of them
    ("партий «Союз», «Res Publica»"), also between doubled apostrophes, wiki markup's quotes
    ("газеты ''Die Welt''"): organizations even where the word is also a common noun
    natasha leaves untagged."""
    out = []
    lemmas = token_strings(doc, LEMMA)
    for i in range(len(doc) - 3):
        if lemmas[i] in ORG_NOUNS:
            out.extend(_quoted_list(doc, _past_purpose(doc, _past_members(doc, i))))
    return out


_MEMBERS_WORDS = 4  # "ресторанов быстрого питания"


def _past_members(doc: Doc, kind: int) -> int:
    """Past the plural genitive noun of what a chain at `kind` is made of, with its
    lower-case genitive words ("сеть [ресторанов быстрого питания] «…»", "сеть [магазинов]
    «…»"; org_words.txt group `chain`): the quotes after it name the chain; else `kind` + 1."""
    members = doc[kind + 1] if kind + 1 < len(doc) else None
    if doc[kind].lemma_ not in _WORDS["chain"] or members is None or members.head.i != kind:
        return kind + 1
    if members.pos_ != "NOUN" or "Plur" not in members.morph.get("Number"):
        return kind + 1
    end = kind + 2
    while end < min(len(doc), kind + 1 + _MEMBERS_WORDS) and _lower_genitive(doc[end]):
        end += 1
    return end if _lower_genitive(members) else kind + 1


_PURPOSE_WORDS = 3  # "по морской недвижимости"


def _past_purpose(doc: Doc, start: int) -> int:
    """Past the "по" phrase that says what the kind of organization at `start` - 1 is for,
    one lower-case noun with its adjectives ("агентство [по недвижимости]"); else `start`.
    Not a noun with more on it, whose name the quotes may give ("фонд по поддержке фильма
    «Идиот»")."""
    if start >= len(doc) or doc[start].lower_ != "по":
        return start
    end = start + 1
    while end < min(len(doc), start + _PURPOSE_WORDS) and doc[end].pos_ == "ADJ":
        end += 1
    noun = doc[end] if end < len(doc) else None
    if noun is None or noun.pos_ != "NOUN" or not noun.text.islower():
        return start
    return end + 1 if all(doc[j].head.i == noun.i for j in range(start, end)) else start


def _quoted_list(doc: Doc, at: int) -> list[Span]:
    """The quoted names opening at `at`, one after another joined by "," or "и" ("«Союз
    Отечества», «Res Publica» и «Центр»"); capitalised, each within its quotes."""
    out: list[Span] = []
    while at + 1 < len(doc) and doc[at].text in _QUOTES_OPEN:
        first = at + 1 + (doc[at].text == doc[at + 1].text == "'")
        stretch = quoted_stretch(doc, first, first + 1) if first < len(doc) else None
        if stretch is None or stretch[0] != first or not doc[first].text[:1].isupper():
            break
        out.append(doc[stretch[0] : stretch[1]])
        after = stretch[1] + 1 + (doc[stretch[1]].text == "'")  # past the closing quote(s)
        if after >= len(doc) or doc[after].text not in (",", "и"):
            break
        at = after + 1
    return out


def quoted_name(gazetteer: Gazetteer, name: str, span: Span) -> str:
    """The known organization a one-word name in quotes stands for ("«Спартак»",
    "«Баварии»"), or right after a noun of its kind, which says so as quotes do ("агентство
    Рейтер", "клуба Барселона") or a verb of reporting in the present, as news cites an
    outlet ("…, сообщает Рейтер"): only a row the gazetteer marks as named so (kind
    `QuotedName`), since else the word is a place, a first name or an ordinary word."""
    quoted = len(span) == 1 and (
        _in_quotes(span) or _after_kind_noun(span) or _after_report_verb(span)
    )
    org = gazetteer.org(_org_names(gazetteer).get(normalize(name), "")) if quoted else None
    return org.key if org is not None and org.kind == "QuotedName" else ""


def _after_kind_noun(span: Span) -> bool:
    """A noun of a kind of organization stands right before the span ("агентства [Рейтер]")."""
    return span.start > 0 and span.doc[span.start - 1].lemma_.lower() in ORG_NOUNS


def _after_report_verb(span: Span) -> bool:
    """A verb of reporting in the present stands right before the span ("сообщает [Рейтер]")."""
    verb = span.doc[span.start - 1] if span.start else None
    return verb is not None and verb.lemma_ in REPORT_VERBS and "Pres" in verb.morph.get("Tense")


def _in_quotes(span: Span) -> bool:
    """The span stands between a pair of quotes ("«Арсенала»")."""
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].text in _QUOTES_OPEN
        and span.end < len(doc)
        and doc[span.end].text in _QUOTES_CLOSE
    )


def state_body(gazetteer: Gazetteer, name: str, span: Span, states: list[Span]) -> str:
    """The known body a name without its state stands for ("Генеральная прокуратура",
    known as "… Эстонии"): of the state whose adjective comes right before it ("эстонская
    Генеральная прокуратура"), else of the state the document names most, ahead of every
    other; by the document's state only a body the gazetteer marks as named so (kind
    `StateBody`, with its state) or, where the text names no other state, any body known as
    "<name> <state>" ("Минобороны" in a text of Russia alone), by an adjective any such body
    ("итальянского МИДа" is "МИД Италии"), and not where a name follows ("Государственного
    совета Удмуртии": the region's), unless a person's ("депутат Палаты представителей X").
    A body every state has is no one state's where the text does not say which. A known
    body of a state after it is the one it belongs to ("Палаты представителей Конгресса
    США" is "Палата представителей США")."""
    parent = _parent_state(gazetteer, span)
    if parent:
        org = body_of(gazetteer, name, parent)
        return org.key if org is not None else ""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.text[:1].isupper() and after.ent_type_ != "PER":
        return ""
    if subordinate(span):
        return ""
    state = _adjective_before(gazetteer, span)
    said = bool(state)  # the text names the state: any body known under "<name> <state>"
    if not state and not states:
        found = _body_of_cities_state(gazetteer, name, span.doc)
        return found or _owner_in_reach(gazetteer, name, span, states)
    if not state:
        ranked = Counter(s.kb_id_ for s in states).most_common(2)
        if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
            return _owner_in_reach(gazetteer, name, span, states)
        state = ranked[0][0]
    org = body_of(gazetteer, name, state)
    if org is None:
        return _owner_in_reach(gazetteer, name, span, states)
    alone = len({s.kb_id_ for s in states}) == 1  # the text names no other state
    # body_of keeps only a body of no state or of this one
    return org.key if said or alone or (org.kind == "StateBody" and org.state) else ""


def _body_of_cities_state(gazetteer: Gazetteer, name: str, doc: Doc) -> str:
    """The known body of a state named by its bare name (kind `StateBody`: "Демократическая
    партия" of the USA's) in a text that names no state, only the cities its mayors head,
    each of that one state's ("мэр Сиэтла"): local news says the state by its mayors'
    cities. A city where something happens ("встретился с диаспорой в Лос-Анджелесе") says
    nothing of whose body it is. "" where the cities lie in several states or none is a
    mayor's."""
    mayors = _WORDS["mayor"]
    heads = [t for t in doc[1:] if t.pos_ == "PROPN" and doc[t.i - 1].lemma_.lower() in mayors]
    # "Мэры Сиэтла и Торонто": the cities joined to a mayor's are mayors' too
    named = {w for t in heads for w in (t, *t.conjuncts)}
    cities = (gazetteer.city(t.text) or gazetteer.city(t.lemma_) for t in named)
    found = {c.state for c in cities if c is not None}
    org = body_of(gazetteer, name, found.pop()) if len(found) == 1 else None
    return org.key if org is not None and org.kind == "StateBody" and org.state else ""


def _owner_in_reach(gazetteer: Gazetteer, name: str, span: Span, states: list[Span]) -> str:
    """The known body of a name one state's body alone bears (group `one`: "Госдепартамент")
    of the one state in reach (`states_in_reach`) the gazetteer knows a body of by it:
    "Госсекретарь США прибыл в Каир. Госдепартамент сообщил …" is the US's, Egypt having no
    such body; "" for any other name ("Министерство обороны", "МИД": a state in reach with
    no known one may be its owner) or where two states in reach have one."""
    if normalize(name) not in _WORDS["one"]:
        return ""
    reach = states_in_reach(span, states, gazetteer)
    owners = {org.key for state in reach if (org := body_of(gazetteer, name, state))}
    return owners.pop() if len(owners) == 1 else ""


def states_in_reach(
    at: Span | Token, states: list[Span], gazetteer: Gazetteer, back: bool = True
) -> set[str]:
    """The states named in the sentence of `at` and (`back`) in the one before it in its
    paragraph, by name, adjective or capital as a place ("прибыл в Каир"): those a body named
    bare there may belong to."""
    sent = at.sent
    sentences = [sent]
    before = sentence_before(sent)
    if back and before is not None and not new_paragraph(sent):
        sentences.append(before)
    out = set()
    for words in sentences:
        out |= {s.kb_id_ for s in states if words.start <= s.start < words.end}
        out |= {
            state
            for e in words.ents
            if e.label_ == "LOC" and (state := capital_named(gazetteer, e.root))
        }
    return out


def _parent_state(gazetteer: Gazetteer, span: Span) -> str:
    """The state of the known state body named right after the span ("… Конгресса США"),
    else ""."""
    for other in span.doc.spans.get("orgs", []):
        org = gazetteer.org(other.kb_id_) if other.start == span.end else None
        if org is not None and org.state:
            return f"state/{org.state}"
    return ""


# A state body's short name → its full one ("МИД" → "Министерство иностранных дел").
_FULL_BODY = {normalize(s): upper_first(full) for full, ss in BODY_SHORT.items() for s in ss}
# Short names of plural bodies ("ВВС": военно-воздушные силы), which a singular adjective
# does not qualify ("британская ВВС" is the BBC).
_PLURAL_SHORT = {
    normalize(s) for full, ss in BODY_SHORT.items() if full.endswith("силы") for s in ss
}


def _adjective_before(gazetteer: Gazetteer, span: Span) -> str:
    """The key of the state whose adjective stands right before the span ("казахстанский
    МИД", "индийские ВВС"), else "" (also for a singular one before a plural body's short
    name: "британская ВВС")."""
    before = span.doc[span.start - 1] if span.start else None
    if before is None:
        return ""
    if normalize(span.text) in _PLURAL_SHORT and "Plur" not in before.morph.get("Number"):
        return ""
    return state_adjectives(gazetteer).get(before.lemma_, "")


def body_word(word: str) -> bool:
    """Whether a name's first word names a body of a state: a noun of state_bodies.txt, or
    one of plural_bodies.txt in the plural ("Власти Того" act for Togo as "Правительство
    Того" does; "Советская власть" is no body)."""
    lemma = morph().lemma(word.lower()).replace("ё", "е")
    return lemma in STATE_BODIES or (lemma in PLURAL_BODIES and word.lower() != lemma)


def state_body_name(gazetteer: Gazetteer, name: str, state: str) -> str:
    """One name for a state's body the gazetteer does not know, whatever form of the state
    and of the body news gives: "МИД Республики Казахстан", "казахстанский МИД" and
    "Министерство иностранных дел Казахстана" are all "Министерство иностранных дел
    Казахстана", so they are one organization, and "британский МИД" is no "МИД" of every
    state. Adjectives of group `naming` may open it ("Верховный суд"). "" where the name is
    no state body ("Университет")."""
    entry = gazetteer.state(state)
    full = _FULL_BODY.get(normalize(name))
    words = _past_opening_adjectives(name.split())
    if (
        entry is None
        or not words
        or not (full or morph().lemma(words[0].lower(), "NOUN") in _BODY_NOUNS | PLURAL_BODIES)
    ):
        return ""
    return f"{full or name} {genitive(entry.name)}"


def _past_opening_adjectives(words: list[str]) -> list[str]:
    """The name's words past its adjectives of group `naming` ("Верховный суд") and, where
    one opens it, the adjectives of its field after it ("Национальная антитеррористическая
    служба", `_with_naming_adjectives`): the body's noun first."""
    naming = [w for w in words if morph().lemma(w.lower(), "ADJ") not in _WORDS["naming"]]
    if len(naming) == len(words):
        return words
    at = next((i for i, w in enumerate(naming) if not morph().can_be(w, "ADJF")), len(naming))
    return naming[at:]


def subordinate(span: Span) -> bool:
    """A body's name followed by "при" and what it is attached to ("Следственный комитет при
    прокуратуре", "Совет при президенте"): another, subordinate body, not the one known by
    the name alone."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ == "при"


def body_of(gazetteer: Gazetteer, name: str, state: str) -> OrgEntry | None:
    """The one known body named "<name> <the state, genitive>" ("МИД Италии", "Правительство
    Российской Федерации"), under any of the state's names, else the one body of the state
    known by `name` as its short name (a bare "Сенат" settled as Kazakhstan's is its "Сенат
    Парламента …", only there), else for "Парламент" (group `whole`) the state's one body of
    kind `Parliament` ("Турецкий парламент" is "Великое национальное собрание Турции"; not
    Kazakhstan's, which has two); None where none or several are."""
    entry = gazetteer.state(state)
    if entry is None:
        return None
    own = (entry.name, entry.full_name, *(a for a in entry.aliases if a.isupper()))
    names = _org_names(gazetteer)
    keys = {k for n in own if n and (k := names.get(normalize(f"{name} {genitive(n)}")))}
    keys = keys or _short_names(gazetteer).get((entry.iso3, normalize(name)), set())
    if not keys and normalize(name) in _WORDS["whole"]:  # "Парламент Турции": its one house
        keys = _parliaments(gazetteer).get(entry.iso3, set())
    org = gazetteer.org(next(iter(keys))) if len(keys) == 1 else None
    return org if org is not None and org.state in ("", entry.iso3) else None


def _after_state_adjective(
    doc: Doc, states: list[Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """A body named by a state adjective and its noun, lower case ("британское
    правительство", "российского правительства"), which the tagger leaves untagged: the
    state's body the gazetteer knows as "<noun> <state>" ("Правительство Великобритании"),
    with the noun's genitive words ("министерство иностранных дел"); else, a noun of
    state_bodies.txt ("иракская полиция"), the state's body by that noun, unlinked, with the
    lower-case genitive words of a field after a noun that has one (group `fielded`:
    "Египетское министерство иностранных дел" is "Министерство иностранных дел Египта"; not
    "Японское правительство страны"). A noun of no body ("российские компании") is
    none."""
    out = []
    for adjective in (s for s in states if s.id_ == "adjective" and len(s) == 1):
        agency = _agency_after_adjective(adjective, gazetteer)
        if agency is not None:  # "турецкое внешнеполитическое ведомство"
            out.append(agency)
            continue
        noun = doc[adjective.end] if adjective.end < len(doc) else None
        if noun is not None and noun.pos_ == "ADJ":  # "индийским [экспортно-импортным] банком"
            if lender := _lender(adjective):
                out.append((lender, "", upper_first(organization_name(lender))))
            continue
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == adjective.start:
            continue
        if adjective[0].head.i != noun.i:
            continue  # "российские и британские правительства": not this adjective's noun alone
        if _owner_named_after(noun):
            continue  # "Испанской службе «Голоса Америки»": the outlet's, no state's body
        lemma = morph().lemma(noun.lower_, "NOUN")
        for more in range(3, -1, -1):
            words = doc[noun.i + 1 : noun.i + 1 + more]
            if len(words) < more or any(not t.is_alpha or t.head.i < noun.i for t in words):
                continue
            org = body_of(gazetteer, " ".join([lemma, *(t.text for t in words)]), adjective.kb_id_)
            if org is not None:
                out.append((doc[adjective.start : noun.i + 1 + more], org.key, ""))
                break
        else:
            name = _state_noun_body(gazetteer, noun, adjective.kb_id_)
            if name:
                span = doc[adjective.start : noun.i + 1]
                if lemma in _WORDS["fielded"]:  # "Египетское министерство [иностранных дел]"
                    span = _genitive_tail(span, set())
                if len(span) > 2:
                    field = " ".join([name.split()[0], *(t.text for t in span[2:])])
                    name = state_body_name(gazetteer, field, adjective.kb_id_)
                out.append((Span(doc, span.start, span.end, BODY_NOUN), "", name))
            elif lender := _lender(adjective):
                out.append((lender, "", upper_first(organization_name(lender))))
    return out


def _owner_named_after(noun: Token) -> bool:
    """A quoted name, or an organization natasha tags not in the nominative, right after a
    body's noun, which it is a part of ("Сомалийской службе «Голоса Америки»", "русской
    службы Би-би-си"): a language service or desk of that organization, which the state's
    adjective only qualifies. Not a person's name ("британское правительство Бориса
    Джонсона" is Britain's)."""
    doc, at = noun.doc, noun.i + 1
    quoted = at < len(doc) and doc[at].text in _QUOTES_OPEN
    at += quoted
    if at >= len(doc):
        return False
    name = doc[at]
    return name.text[:1].isupper() and (
        quoted or (name.ent_type_ == "ORG" and "Nom" not in name.morph.get("Case"))
    )


def _lender(adjective: Span) -> Span | None:
    """A state's adjective, lower-case adjectives of the kind of lender (group `lender_kind`:
    "индийским экспортно-импортным банком"), a singular lender's noun and the lower-case
    genitive words of its field after it ("китайским банком развития", "японского банка
    международного сотрудничества"): the lender's name; None with neither kind nor field
    ("с китайским банком"), in the plural, or with another adjective ("с индийским крупным
    банком")."""
    doc = adjective.doc
    at = adjective.end
    while at < len(doc) and doc[at].pos_ == "ADJ" and doc[at].lemma_ in _WORDS["lender_kind"]:
        at += 1
    noun = doc[at] if at < len(doc) else None
    if noun is None or noun.pos_ != "NOUN" or "Plur" in features(noun, "Number"):
        return None
    if morph().lemma(noun.lower_, "NOUN") not in _WORDS["lender"]:
        return None
    if any(t.head.i != noun.i for t in doc[adjective.start : at]):
        return None
    end = _past_genitives(noun)
    return doc[adjective.start : end] if end > noun.i + 1 or at > adjective.end else None


def noun_bodies(doc: Doc, states: list[Span], gazetteer: Gazetteer) -> set[tuple[int, int]]:
    """The character spans of the state bodies named by their common noun alone ("посольства
    Бразилии", "иракская армия") and of the bodies so named by their field ("комитета по
    делам семьи", `_named_by_field`), which titles read as their own complement ("сотрудник
    посольства" of Brazil), no body they serve: the names step and the offices extractor both
    leave them out of the bodies titles serve, so a title gives one office in both. Not a body
    with a genitive noun of its own ("секретарь Совета безопасности Ирана"), which titles
    cannot read as a complement: the body served, its words the office's."""
    named = {i for state in states for i in range(state.start, state.end)}
    found = [
        s
        for s, _, _ in _beside_states(doc, states, gazetteer)
        if s.label_ == BODY_NOUN and sum(t.i not in named and not is_adjectival(t) for t in s) == 1
    ]
    return {(s.start_char, s.end_char) for s in [*found, *_named_by_field(doc)]}


# A Doc's bodies beside states by the state spans and gazetteer they were read with: the
# names reading (`organization_spans`) and the offices extractor (`noun_bodies`) read one
# document's from the same ones. A processed Doc never changes; they go with it, weakly
# (token offsets, not Spans, which would hold the Doc).
_BESIDE: WeakKeyDictionary[Doc, dict[tuple, list[tuple[int, int, str, str, str]]]] = (
    WeakKeyDictionary()
)


def _beside_states(
    doc: Doc, states: list[Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """The bodies a state's adjective or name beside them makes a state's ("российский МИД",
    "иракская полиция", "правительство Германии"): what `organization_spans` adds and
    `noun_bodies` picks the common nouns of."""
    key = (span_keys(states), gazetteer)
    known = _BESIDE.setdefault(doc, {})
    if key not in known:
        found = [
            *_after_state_adjective(doc, states, gazetteer),
            *_before_state_name(doc, states, gazetteer),
            *_carriers(states),
        ]
        known[key] = [(s.start, s.end, s.label_, org, name) for s, org, name in found]
    return [(Span(doc, a, b, label), org, name) for a, b, label, org, name in known[key]]


def _before_state_name(
    doc: Doc, states: list[Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """A noun of state_bodies.txt, with a genitive noun of its own ("министерство
    обороны"), before the name of the state it depends on, in the genitive ("правительство
    Германии", "Полиция США", "службы безопасности Египта"), which the tagger leaves
    untagged: that state's body, the gazetteer's where it knows "<name> <state>". Not a
    state in another case ("партия Кыргызстан") nor a capital ("мэрия Парижа": the
    city's)."""
    out = []
    for state in (s for s in states if s.id_ not in ("adjective", "capital") and s.start):
        if not _genitive_name(state) and not apposed_team(state):
            continue
        for size in _BODY_WORDS:
            words = doc[max(state.start - size, 0) : state.start]
            body = _body_words(gazetteer, words, state)
            if body:
                words = _with_naming_adjectives(words)
                if words.start < state.start - size:
                    body = upper_first(organization_name(words))
                ministry = _agency_ministry(words)
                if ministry:  # "внешнеполитического ведомства Турции"
                    words, body = doc[words.start - 1 : words.end], ministry
                org = body_of(gazetteer, body, state.kb_id_)
                name = state_body_name(gazetteer, body, state.kb_id_)
                span = Span(doc, words.start, state.end, BODY_NOUN)
                org = None if other_purpose(span, org) else org  # "Сборная США по баскетболу"
                out.append((span, org.key if org else "", name))
                break
    return out


def another_kind(span: Span, org: OrgEntry | None) -> bool:
    """The span is the Latin name after a kind noun of the row's name (`latin_after_kind`:
    "Res Publica" of "Партия Res Publica") and a noun of another kind stands before it
    ("аналитический центр «Res Publica»"): another organization of that name. A noun of the
    row's kind ("от партии «Res Publica»") or none ("коалиция с Res Publica") keeps it."""
    names = (org.name, *org.abbreviations) if org is not None else ()
    kinds = {
        name.split()[0].lower()
        for name in names
        if normalize(latin_after_kind(name)) == normalize(span.text)
    }
    at = span.start - 1
    while at >= 0 and span.doc[at].text in _QUOTES_OPEN:
        at -= 1
    before = span.doc[at] if kinds and at >= 0 else None
    return (
        before is not None
        and before.pos_ == "NOUN"
        and before.text[:1].islower()
        and morph().lemma(before.lower_, "NOUN") not in kinds
    )


def other_purpose(span: Span, org: OrgEntry | None) -> bool:
    """The known body's name's first words before "по" and another purpose than the name's
    own ("Сборная США по баскетболу", of "Сборная США по футболу" by its short name "Сборная
    США"): another body of that state. So too a national team's short name in a text that
    names other sports but never the team's own ("сборная Мексики" in a hockey report, of
    "Сборная Мексики по футболу": `_other_sport`)."""
    words = normalize(org.name).split() if org is not None else []
    doc, after = span.doc, span.end + 1
    if len(words) <= len(span) + 1 or words[len(span)] != "по":
        return False
    own = morph().lemma(words[len(span) + 1], "NOUN")
    if after < len(doc) and doc[span.end].lower_ == "по":
        return morph().lemma(doc[after].lower_, "NOUN") != own
    return _other_sport(doc, own)


def _other_sport(doc: Doc, own: str) -> bool:
    """Whether the text names a sport (`sports.txt`) and none is `own`, a team's own sport
    by its name's lemma ("футбол"): the short name is of that other sport's team."""
    stems = _sports()
    mine = next((s for s in stems if own.startswith(s)), None)
    if mine is None:
        return False
    named = {s for t in doc for s in stems if t.lower_.startswith(s)}
    return bool(named) and mine not in named


@cache
def _sports() -> frozenset[str]:
    return load_list(Path(__file__).with_name("sports.txt"))


def _agency_ministry(words: Span) -> str:
    """The ministry a lone "ведомство" with an adjective of its field right before it names
    (`agency_fields.tsv`: "внешнеполитическое ведомство" is the Министерство иностранных
    дел); "" for any other words ("налоговое ведомство")."""
    doc, noun = words.doc, words[0]
    if len(words) != 1 or noun.lemma_ != "ведомство" or not noun.i:
        return ""
    before = doc[noun.i - 1]
    return _AGENCY_FIELDS.get(before.lemma_, "") if before.head.i == noun.i else ""


def _carriers(states: list[Span]) -> list[tuple[Span, str, str]]:
    """A capitalised state adjective before a carrier's plural noun, on it, in its case (group
    `carrier`): the company's name ("Турецкие авиалинии возобновили рейсы", "Самолёт
    Турецких авиалиний"), unlinked; not lower case ("турецкие авиалинии" of every carrier)."""
    out = []
    for adjective in (s for s in states if s.id_ == "adjective" and len(s) == 1):
        doc, word = adjective.doc, adjective[0]
        noun = doc[adjective.end] if adjective.end < len(doc) else None
        if noun is None or not word.text[:1].isupper() or word.head.i != noun.i:
            continue
        plural = "Plur" in noun.morph.get("Number") and case_of(noun) == case_of(word)
        if plural and noun.text.islower() and noun.lemma_ in _WORDS["carrier"]:
            span = doc[adjective.start : noun.i + 1]
            out.append((span, "", upper_first(organization_name(span))))
    return out


def _agency_after_adjective(adjective: Span, gazetteer: Gazetteer) -> tuple[Span, str, str] | None:
    """A state's adjective before the adjective of a field and "ведомство", all on it
    ("турецкое внешнеполитическое ведомство"): that state's ministry (`agency_fields.tsv`),
    as "внешнеполитическое ведомство Турции" is; None for other words ("турецкое налоговое
    ведомство")."""
    doc = adjective.doc
    if adjective.end + 1 >= len(doc):
        return None
    noun = doc[adjective.end + 1]
    ministry = _agency_ministry(doc[noun.i : noun.i + 1])
    if not ministry or adjective[0].head.i != noun.i:
        return None
    org = body_of(gazetteer, ministry, adjective.kb_id_)
    name = state_body_name(gazetteer, ministry, adjective.kb_id_)
    return Span(doc, adjective.start, noun.i + 1, BODY_NOUN), org.key if org else "", name


def _with_naming_adjectives(words: Span) -> Span:
    """A body's words before its state with the lower-case adjectives right before them that
    make it another body (group `naming`: "[верховный] суд Индии", "[государственной
    пограничной] службы Украины"), which hang on its noun, and any adjective of its field
    between such a one and the noun ("[национальной антитеррористической] службы"); not one
    of when it sat ("бывшего правительства", "бывшей антитеррористической службы") nor a
    capitalised one the tagger had."""
    doc, noun = words.doc, words[0]
    start = at = words.start
    while at and _agreeing_adjective(doc[at - 1], noun):
        at -= 1
        start = at if _naming_adjective(doc[at], noun) else start
    return doc[start : words.end]


def _agreeing_adjective(t: Token, noun: Token) -> bool:
    """`t` is a lower-case adjective on `noun`, in its case (capitalised only opening its
    sentence): one of the adjectives before a body's noun."""
    return (
        t.pos_ == "ADJ"
        and (t.text.islower() or bool(t.is_sent_start) and t.text[1:].islower())
        and t.head.i == noun.i
        and case_of(t) == case_of(noun)
    )


def _naming_adjective(t: Token, noun: Token) -> bool:
    """`t` is a lower-case adjective of group `naming` on `noun`, in its case; not one of
    group `how` on a governing body's noun (group `settled`), which keeps it the state's one
    body ("федерального правительства США" is "Правительство США"). Capitalised only where
    it opens its sentence ("Генеральный штаб Греции заявил"): elsewhere the tagger's."""
    return (
        _agreeing_adjective(t, noun)
        and t.lemma_ in _WORDS["naming"]
        and not (t.lemma_ in _WORDS["how"] and noun.lemma_ in _WORDS["settled"])
    )


def apposed_team(state: Span) -> bool:
    """A state's name in apposition to a national team's noun right before it, in its case
    ("сборная Бразилия", "сборной Бразилии"): the team, as with the genitive; a title
    before it serves the team, not the state ("Игрок сборной Перу")."""
    noun = state.doc[state.start - 1]
    return (
        noun.lemma_ in _WORDS["team"]
        and state.root.head.i == noun.i
        and state.root.dep_ in ("appos", "flat", "flat:name", "nmod")
        and case_of(state.root) == case_of(noun)
    )


# Sizes of the words before a state that may name its body: "полиции", "министерства
# обороны", "министерства иностранных дел", "министерством планирования и инвестиций",
# "министерства труда и социальной защиты", "министерства торговли, промышленности и
# энергетики".
_BODY_WORDS = (1, 2, 3, 4, 5, 6, 7)


def _body_words(gazetteer: Gazetteer, words: Span, state: Span) -> str:
    """The body's name of words before a state it governs: a noun of state_bodies.txt
    ("полиции") and at most one genitive noun of its own ("министерства обороны") or two
    that "и" joins, the second with its adjectives ("министерством планирования и
    инвестиций"), in the nominative ("Министерство обороны"); "" for other words, and for
    ministries in the plural (`_plural_subject`: "Министерства обороны и финансов Польши"),
    and for a noun in a form only the plural reads: several bodies ("с парламентами Кубы и
    Никарагуа"; a list of fields after one is `_listed_bodies`)."""
    if not words or state.root.head.i not in (t.i for t in words):
        return ""
    head, rest = words[0], words[1:]
    if _plural_subject(head) or _plural_only(head) or not _own_field(head, rest):
        return ""
    noun = _state_noun_body(gazetteer, head, state.kb_id_)
    return " ".join([noun.split()[0], *(t.text for t in rest)]) if noun else ""


def _plural_only(noun: Token) -> bool:
    """A noun of state_bodies.txt or of a team in a form no singular reads ("парламентами",
    "сборные"): several bodies, none of them named ("силы" and "власти" are listed plural)."""
    lemma = morph().lemma(noun.lower_, "NOUN")
    return lemma in _BODY_NOUNS and not morph().can_be(noun.lower_, "sing")


def _own_field(head: Token, rest: Span) -> bool:
    """`rest` is lower-case nouns of `head`'s own: none, one genitive noun on it
    ("[обороны]") with or without an adjective of its own ("[иностранных дел]"), or that and
    another "и" joins to it with its adjectives ("[планирования
    и инвестиций]", "[труда и социальной защиты]"); not a body's noun after "и"
    ("Министерства обороны и полиции Перу" is two bodies)."""
    if any(t.text[:1].isupper() for t in rest):
        return False
    if len(rest) < 3:
        return all(t.head.i == head.i and t.pos_ == "NOUN" for t in rest) or _adjectived(head, rest)
    first, *others = rest
    return first.head.i == head.i and first.pos_ == "NOUN" and _joined_fields(first, others)


def _joined_fields(first: Token, others: list[Token]) -> bool:
    """`others` is the fields joined to `first`, each a lower-case noun of it with its own
    adjectives, before it a comma and before the last "и" ("[, промышленности и
    энергетики]"); no body's noun among them."""
    joiners = [i for i, t in enumerate(others) if t.lower_ in (",", "и")]
    if not joiners or joiners[0] or others[joiners[-1]].lower_ != "и":
        return False
    if any(others[i].lower_ != "," for i in joiners[:-1]):
        return False
    ends = [*joiners[1:], len(others)]
    for start, end in zip(joiners, ends, strict=True):
        *adjectives, noun = others[start + 1 : end] or [first]
        if noun is first or noun.pos_ != "NOUN" or noun.head.i != first.i or _body_noun(noun):
            return False
        if not all(a.pos_ == "ADJ" and a.head.i == noun.i for a in adjectives):
            return False
    return True


def _adjectived(head: Token, rest: Span) -> bool:
    """`rest` is one genitive noun on `head` with an adjective of its own before it
    ("[иностранных дел]", "[сельского хозяйства]"), no body's noun."""
    if len(rest) != 2:
        return False
    adjective, noun = rest
    return (
        noun.head.i == head.i
        and noun.pos_ == "NOUN"
        and adjective.pos_ == "ADJ"
        and adjective.head.i == noun.i
        and not _body_noun(noun)
    )


def _genitive_name(span: Span) -> bool:
    """A name in the genitive, or an abbreviation that does not decline ("США")."""
    return "Gen" in span.root.morph.get("Case") or abbreviation_like(span.text)


def _state_noun_body(gazetteer: Gazetteer, noun: Token, state: str) -> str:
    """The name of the state's body a lone noun of a body names ("полиция" → "Полиция
    Ирака"), "" for any other noun."""
    body = _body_noun(noun)
    return state_body_name(gazetteer, body, state) if body else ""


def _work_done(noun: Token, lemma: str) -> bool:
    """A body's noun that a lower-case adjective of a kind of work right before it makes the
    work ("государственной гражданской службе Польши", "военной службы Турции": group
    `work`), no state's body; not a capitalised one ("Федеральной налоговой службы"), nor
    one another adjective comes between ("государственной пограничной службы")."""
    if lemma not in _WORDS["work"] or not noun.i:
        return False
    before = noun.doc[noun.i - 1]
    return before.head.i == noun.i and before.text.islower() and before.lemma_ in _WORDS["work"]


def _body_noun(noun: Token) -> str:
    """A lone inanimate noun of state_bodies.txt or of a team, "власти" in the plural, in the
    nominative and capitalised ("полиции" → "Полиция"); "" for any other noun (no person:
    "министр"; no body a state has many of: "партия")."""
    if noun.pos_ not in ("NOUN", "PROPN") or is_animate(noun):
        return ""
    lemma = morph().lemma(noun.lower_, "NOUN")
    plural = "Plur" in noun.morph.get("Number")
    if lemma in _MANY_PER_STATE or _work_done(noun, lemma):
        return ""
    if lemma not in _BODY_NOUNS and not (plural and lemma in PLURAL_BODIES):
        return ""
    nominative = organization_name(noun.doc[noun.i : noun.i + 1])  # "власти", not "власть"
    return upper_first(nominative)


def _settled_bodies(
    doc: Doc, states: list[Span], gazetteer: Gazetteer, found: list[tuple[Span, str, str]]
) -> list[tuple[Span, str, str]]:
    """A state's governing body named bare ("правительство уволило", "в парламенте", the
    tagger's "Правительство"; group `settled`) where the text settles whose it is
    (`_settled_state`): that state's body, the gazetteer's where it knows "<noun> <state>",
    else one named by body and state, never a bare node that would fuse two states'
    governments. None where the text does not settle it, nor where the text names another
    body by the noun ("Правительство Ульяновской области", "Европейский парламент"): the
    bare noun may be that one."""
    out: list[tuple[Span, str, str]] = []
    candidates = _body_nouns(doc)
    if not candidates:
        return out
    nouns = _nouns_by_lemma(doc)
    nations = {i for s in states for i in range(s.start, s.end)}
    nations |= {  # "Верховной рады": a known state body's own words make it no lesser body
        i
        for span, key, _ in found
        if key and (org := gazetteer.org(key)) is not None and org.state
        for i in range(span.start, span.end)
    }
    for noun in (doc[i] for i in candidates):
        lemma = morph().lemma(noun.lower_, "NOUN")
        words = _bare_body(noun, lemma)
        if words is None:
            continue
        if _lesser_body(noun, lemma, nouns, nations) or _another_gathering(noun, lemma):
            continue
        if lemma in _WORDS["regional"] and _region_set(noun, nations):
            continue  # "в канадской провинции Онтарио … Правительство": the province's
        known = _known_body_before(noun, lemma, states, gazetteer, found)
        if known is not None:  # that body, unless the text named another by the noun too
            if not _rival_body(found, lemma, known.key, known.name):
                start = _how_start(words)
                span = Span(doc, start, words.end, SETTLED_BODY, kb_id=f"state/{known.state}")
                out.append((span, known.key, known.name))
            continue
        name = upper_first(organization_name(words))
        state = (
            _settled_state(noun, states, gazetteer)
            or _named_before(noun, name, states, gazetteer, found)
            or _lone_house(noun, name, (states, gazetteer), [*found, *out])
            or sentence_state(noun, states, gazetteer)
        )
        if not state or _other_states_body(noun, lemma, state, (states, gazetteer), found):
            continue
        org = body_of(gazetteer, name, state)
        # a body's own word no state_bodies.txt noun ("Рада") is named by the gazetteer
        full = state_body_name(gazetteer, name, state) or (org.name if org else "")
        if full and not _rival_body(found, lemma, org.key if org else "", full):
            out.append(
                (
                    Span(doc, _how_start(words), words.end, SETTLED_BODY, kb_id=state),
                    org.key if org else "",
                    full,
                )
            )
    return out


def _other_states_body(
    noun: Token,
    lemma: str,
    state: str,
    read: tuple[list[Span], Gazetteer],
    found: list[tuple[Span, str, str]],
) -> bool:
    """The text names a body of the bare noun's kind, by the same noun or, for a
    parliament's (group `house`), by any parliament's name, of another state than `state`
    ("Сенат США одобрил вступление Финляндии в НАТО … Сенат проголосовал"; "Бундестаг одобрил
    поставки Израилю … Парламент обсудил"): the bare noun may be that state's, not the
    topic's; none then. Not where the last such body named before it is the state's, nor
    "<noun> страны", which says its state. `read`: the text's states and the gazetteer."""
    states, gazetteer = read
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.head.i == noun.i and _country_word(after):
        return False
    house = lemma in HOUSES
    owners = []
    for span, key, _ in sorted(found, key=lambda entry: entry[0].start):
        org = gazetteer.org(key) if key else None
        parliament = house and org is not None and org.kind == "Parliament"
        if parliament or any(_of_kind(t, lemma, house) for t in span):
            owners.append((span.end <= noun.i, _body_state(span, org, states)))
    before = [owner for said, owner in owners if said and owner]
    if before and before[-1] == state:
        return False  # "Кнессет … Парламент Марокко одобрил … Парламент проголосовал"
    return any(owner not in ("", state) for _, owner in owners)


def _of_kind(t: Token, lemma: str, house: bool) -> bool:
    """A word of a body's name that is a body of the noun of `lemma`: that noun, or for a
    parliament's noun (`house`) any of group `house` ("Конгресса", "Бундестаг")."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    own = morph().lemma(t.lower_, "NOUN")
    return own == lemma or (house and own in HOUSES)


def _body_state(span: Span, org: OrgEntry | None, states: list[Span]) -> str:
    """The state a body named in the text is of: the gazetteer's, the one a bare body was
    settled as, else the one state named in its name ("Сенат Франции", "Польский сейм");
    "" where none or two are."""
    if org is not None and org.state:
        return f"state/{org.state}"
    if span.label_ == SETTLED_BODY:
        return span.kb_id_
    inside = {s.kb_id_ for s in states if span.start <= s.start and s.end <= span.end}
    return inside.pop() if len(inside) == 1 else ""


def _how_start(words: Span) -> int:
    """Where a bare body's mention starts: before the adjectives of how it sits right before
    it ("коалиционное правительство", group `how`), which annotators take in; its name is
    still the state's body's."""
    start = words.start
    doc = words.doc
    while start and doc[start - 1].lemma_ in _WORDS["how"] and doc[start - 1].head.i == words.start:
        start -= 1
    return start


def _body_nouns(doc: Doc) -> list[int]:
    """The nouns that may be a form of a bare body's (`_body_forms`): read off the Doc's
    arrays, as every token is asked, with no `Token` made and no parse for the rest."""
    forms, may_read_as = _body_forms(), morph().may_read_as
    words = token_strings(doc, LOWER)
    return [
        i
        for i, pos in enumerate(token_strings(doc, POS))
        if pos in ("NOUN", "PROPN") and may_read_as(words[i], forms)
    ]


def _nouns_by_lemma(doc: Doc) -> dict[str, list[int]]:
    """The indices of the Doc's nouns by their lemma, for `_lesser_body`, which looks for a
    bare noun's others: one pass over the Doc, not one per noun."""
    out: dict[str, list[int]] = {}
    lemmas = token_strings(doc, LEMMA)
    for i, pos in enumerate(token_strings(doc, POS)):
        if pos == "NOUN":
            out.setdefault(lemmas[i], []).append(i)
    return out


def _bare_body(noun: Token, lemma: str) -> Span | None:
    """The words of a governing body's noun (of lemma `lemma`, one of `_body_nouns`) with
    nothing that says which body it is: no genitive, name, possessive nor adjective but one
    of when it sat ("новое правительство"); "кабинет" only as "кабинет министров"; not
    plural, quoted, nor "при …"; else None."""
    if lemma not in _WORDS["settled"]:
        return None
    if "Plur" in features(noun, "Number"):
        return None
    end = noun.i + 1
    if lemma == "кабинет":
        end += 1
        if end > len(noun.doc) or noun.doc[noun.i + 1].lemma_ != "министр":
            return None
    words = Span(noun.doc, noun.i, end, SETTLED_BODY)
    after = noun.doc[end] if end < len(noun.doc) else None
    if after is not None and after.text[:1].isupper():
        return None  # "Правительство Исама Шарафа", "парламент Эстонии"
    outside = [c for t in words for c in t.children if not noun.i <= c.i < end]
    if any(_says_which(c, end) for c in outside):
        return None
    return None if _in_quotes(words) or subordinate(words) else words


@cache
def _body_forms() -> frozenset[str]:
    """The forms of the bare bodies' nouns, for `_body_nouns`'s `may_read_as`."""
    return morph().paradigm_forms(_WORDS["settled"])


_WHICH_DEPS = frozenset(["amod", "det", "nmod", "appos", "nummod", "flat", "flat:name"])


# Adjectives of when a body sat or how it works ("новое", "нынешнее"): the state's body still.
_KEEPS_BODY = _WORDS["era"] | _WORDS["how"]


def _says_which(child: Token, end: int) -> bool:
    """A dependent of a body's noun that makes it another body than the state's one: a
    genitive, name, possessive or adjective ("региональное", "их"), not one of when it sat
    ("новое") nor "страны" right after it."""
    if child.dep_ not in _WHICH_DEPS:
        return False
    era = child.dep_ == "amod" and child.lemma_ in _KEEPS_BODY
    return not era and not (child.i == end and _country_word(child))


def _country_word(t: Token) -> bool:
    """ "страны" in the genitive ("правительство страны"): the state named before."""
    return t.lemma_ == "страна" and "Gen" in t.morph.get("Case") and not list(t.children)


def _settled_state(noun: Token, states: list[Span], gazetteer: Gazetteer) -> str:
    """The state a bare body's noun is of: the one state the text names, before the noun
    ("Правительство одобрило визы для граждан Перу": not Peru's), and no other state's
    capital as a place ("прибыл в Осло": whose parliament then?); for "<noun> страны", the
    state named just before it (`_country_before`), though the text is about another; else
    the state the text is about (`_main_state`), where no other state nor its capital is in
    the noun's sentence, nor, unless that sentence names it before the noun, in the one
    before (`states_in_reach`: "Президент Египта встретился с госсекретарём США. Сенат
    одобрил выделение Египту …" is no Egypt's); "" where none settles it."""
    named = {s.kb_id_ for s in states}
    first = min((s.start for s in states), default=len(noun.doc))
    if (
        len(named) == 1
        and first < noun.i
        and not _other_capital(noun.doc, gazetteer, *named)
        and any(_setting(s.root) for s in states)
    ):
        return named.pop()
    country = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if country is not None and country.head.i == noun.i and _country_word(country):
        return _country_before(noun, states)
    main = _main_state(noun, states)
    if not main:
        return ""
    back = not _said_before(noun, main, states)  # "Президент Чили поручил … правительство"
    return main if states_in_reach(noun, states, gazetteer, back) <= {main} else ""


# Prepositions of where a text is set: "в Чили", "на Кипре", "из Канады".
_SETTING_PREPOSITIONS = frozenset(["в", "во", "на", "из", "изо"])


def _setting(t: Token, depth: int = 0) -> bool:
    """A state's word (or a noun it depends on) that names it as where the text is set or who
    acts: a place ("в Чили", "в городах Чили"; not a destination, "вернулся в Россию"), a
    subject ("Перу объявило", "Жители Египта вышли"), an office's, a body's or an
    organization's state ("Президент Эстонии"), or an adjective; not one only what another
    phrase is about: a genitive of another noun ("врагов Египта", "с целью поддержки
    Египта"), an object ("раскритиковал Канаду") or after another
    preposition ("против Эстонии"), which does not say whose a bare body is."""
    preps = {c.lower_ for c in t.children if c.dep_ == "case"}
    if preps:
        case = t.morph.get("Case")
        if "Acc" in case and "из" not in preps and t.head.pos_ == "VERB":
            return False  # "вернулся в Россию": where one went, not where the text is set
        local = depth == 0 or "Loc" in case or "из" in preps
        return bool(preps & _SETTING_PREPOSITIONS) and local
    if t.dep_ == "conj" and depth < 3:
        return _setting(t.head, depth + 1)
    if t.dep_ in ("obj", "iobj", "obl"):
        return False
    if t.dep_ != "nmod" or t.pos_ not in ("NOUN", "PROPN"):
        return True
    head = t.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return True
    lemma = head.lemma_.lower()
    if is_office((lemma,)) or lemma in ORG_NOUNS or lemma in _WORDS["settled"]:
        return True
    return depth < 2 and _setting(head, depth + 1)


def _lone_house(
    noun: Token, name: str, read: tuple[list[Span], Gazetteer], found: list[tuple[Span, str, str]]
) -> str:
    """The state a capitalised bare parliament's noun of group `lone` ("Конгресс", "Рада") is
    of where the text names several: the one of them whose body the gazetteer knows by it,
    where the text named that body before ("Американский Конгресс … Премьер Израиля
    поблагодарил Конгресс": the US's), or names no other state, or the noun's own sentence
    names that state and no other ("Президент США призвал Конгресс …"); not a state of the
    sentence before ("В Перу кризис. Посол США призвал к диалогу. Конгресс проголосовал …"
    is Peru's, whose the gazetteer does not know); "" where none or two are, or the word is
    a person's name (a congress the text spoke of in lower case is left out before:
    `_another_gathering`). `read`: the text's states and the gazetteer."""
    states, gazetteer = read
    if noun.lemma_ not in _WORDS["lone"] or not noun.text[:1].isupper() or noun.ent_type_ == "PER":
        return ""
    known = {s.kb_id_: org for s in states if (org := body_of(gazetteer, name, s.kb_id_))}
    if len(known) != 1:
        return ""
    state, org = next(iter(known.items()))
    if any(key == org.key and span.end <= noun.i for span, key, _ in found):
        return state
    sent = noun.sent
    near = {s.kb_id_ for s in states if sent.start <= s.start < sent.end}
    return state if {state} in ({s.kb_id_ for s in states}, near) else ""


def sentence_state(at: Token, states: list[Span], gazetteer: Gazetteer) -> str:
    """The state a bare body's noun is of where the text names several: the one its own
    sentence names before it, where neither that sentence nor the one before it in its
    paragraph names another state or another's capital (`states_in_reach`): "… Премьер
    Греции выступил в парламенте" is Greece's; not "Президент Польши прибыл в Вашингтон.
    Сенат одобрил …", nor "В Перу кризис. Посол США призвал к диалогу. Конгресс …" (the
    US only in the sentence before), nor where the sentence names it only by the adjective
    of an outlet or a company ("Аргентинская газета Clarin сообщила, что Палата депутатов
    …": whose chamber, the paper's state does not say); "" else."""
    reach = states_in_reach(at, states, gazetteer)
    if len(reach) != 1:
        return ""
    state = next(iter(reach))
    before = sentence_before(at.sent)  # "… прибыл в Канберру.\n\nВо время визита …"
    if (
        before is not None
        and new_paragraph(at.sent)
        and states_in_reach(before[0], states, gazetteer, back=False) - reach
    ):
        return ""
    return state if _said_before(at, state, states) else ""


def _said_before(at: Token, state: str, states: list[Span]) -> bool:
    """The sentence of `at` names `state` before it, not only as an outlet's or a company's
    adjective (`_owner_adjective`)."""
    sent = at.sent
    return any(
        s.kb_id_ == state and sent.start <= s.start and s.end <= at.i and not _owner_adjective(s)
        for s in states
    )


def _owner_adjective(state: Span) -> bool:
    """A state's adjective on a kind of organization's noun (group `kind`: "Аргентинская
    газета", "турецкая компания"): it says whose the outlet is, not who acts."""
    head = state.root.head
    return state.id_ == "adjective" and head.i != state.root.i and head.lemma_ in ORG_NOUNS


def _another_gathering(noun: Token, lemma: str) -> bool:
    """A parliament's noun of group `lone` ("Конгресс") in lower case, or after the text
    spoke of such a gathering in lower case ("На конгрессе кардиологов … Конгресс продлится
    три дня"): a congress of its own, no state's body."""
    if lemma not in _WORDS["lone"]:
        return False
    lower = noun.text[:1].islower()
    return lower or any(t.lemma_ == lemma and t.text[:1].islower() for t in noun.doc[: noun.i])


def _country_before(noun: Token, states: list[Span]) -> str:
    """The state "<noun> страны" is of: the one its sentence names before it, or where that
    names none, the one the sentence before names in its paragraph ("В Латвии прошли выборы.
    Парламент страны соберётся"); "" where two are."""
    sent = noun.sent
    before = {s.kb_id_ for s in states if s.start >= sent.start and s.end <= noun.i}
    prev = sentence_before(sent)
    if not before and prev is not None and not new_paragraph(sent):
        before = {s.kb_id_ for s in states if s.start >= prev.start and s.end <= prev.end}
    return before.pop() if len(before) == 1 else ""


def _main_state(noun: Token, states: list[Span]) -> str:
    """The state a text is about, though it names others in passing: named before the noun
    and at least three times, twice as often as any other ("В Эстонии … связи с Москвой …
    мест в парламенте": Estonia's; its caller asks that no other state be in the noun's
    reach); "" else."""
    counts = Counter(s.kb_id_ for s in states)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return ""
    main = ranked[0][0]
    return main if any(s.kb_id_ == main and s.end <= noun.i for s in states) else ""


def _named_before(
    noun: Token,
    name: str,
    states: list[Span],
    gazetteer: Gazetteer,
    found: list[tuple[Span, str, str]],
) -> str:
    """The one state whose body by this noun the text named before ("Болгарское
    правительство … отставка правительства"): the bare noun is that body again, though the
    text names other states in passing; "" where it named two states' bodies so, none, or
    where the noun's sentence names another state."""
    named = {s.kb_id_ for s in states}
    mine = set()
    for state in named:
        org = body_of(gazetteer, name, state)
        said = {org.key if org is not None else "", state_body_name(gazetteer, name, state)}
        if any(span.end <= noun.i and {key, other} & said - {""} for span, key, other in found):
            mine.add(state)
    sentence = {s.kb_id_ for s in states if noun.sent.start <= s.start < noun.sent.end}
    return mine.pop() if len(mine) == 1 and sentence <= mine else ""


def _known_body_before(
    noun: Token,
    lemma: str,
    states: list[Span],
    gazetteer: Gazetteer,
    found: list[tuple[Span, str, str]],
) -> OrgEntry | None:
    """The one known state body named before whose name ends in the bare noun ("Госдума",
    "Государственная дума" … "в Думе"): the noun is that body again, not a body of whichever
    state the text names ("Госдума … посол Армении … в Думе"); None where two are, or where
    the noun's sentence names another state than the body's."""
    bodies = {
        org.key: org
        for span, key, _ in found
        if span.end <= noun.i
        and (org := gazetteer.org(key)) is not None
        and org.state
        and morph().lemma(org.name.split()[-1].lower(), "NOUN") == lemma
    }
    if len(bodies) != 1:
        return None
    org = next(iter(bodies.values()))
    sentence = {s.kb_id_ for s in states if noun.sent.start <= s.start < noun.sent.end}
    return org if sentence <= {f"state/{org.state}"} else None


def _other_capital(doc: Doc | Span, gazetteer: Gazetteer, state: str) -> bool:
    """The text (or sentence) names a place that is another state's capital."""
    return any(
        capital_named(gazetteer, e.root) not in ("", state) for e in doc.ents if e.label_ == "LOC"
    )


def _region_set(noun: Token, nations: set[int]) -> bool:
    """The sentence of a bare governing body's noun, or the one before it in its paragraph,
    names before it a region below a state by its kind and name (org_words.txt group
    `region`: "в канадской провинции Онтарио", "Республики Башкортостан", "штата Техас"; not
    "Республики Чили", a state's own name, nor "в городах Чили"): the body may be the
    region's, no state's. `nations`: the tokens of states' names."""
    sent = noun.sent
    start = sent.start
    before = sentence_before(sent)
    if before is not None and not new_paragraph(sent):
        start = before.start
    doc = noun.doc
    return any(
        doc[i].lemma_.lower() in _WORDS["region"]
        and doc[i + 1].text[:1].isupper()
        and doc[i + 1].i not in nations
        for i in range(start, noun.i - 1)
    )


def _lesser_body(noun: Token, lemma: str, nouns: dict[str, list[int]], nations: set[int]) -> bool:
    """The text names a body by the bare noun with a word that makes it a region's or a
    city's ("в правительстве столицы", "столичного правительства", "местная полиция"; not a
    state's adjective, one of when it sat, nor "страны"): the bare noun may be that one.
    `nouns`: `_nouns_by_lemma`; `nations`: the tokens of states' names and of known state
    bodies' ("Верховной рады")."""
    doc = noun.doc
    return any(
        _lesser_word(child, i + 1, nations)
        for i in nouns.get(lemma, ())
        if i != noun.i
        for child in doc[i].children
    )


def _lesser_word(child: Token, end: int, nations: set[int]) -> bool:
    """An adjective, no state's, on a body's noun that says which body it is (`_says_which`),
    or the genitive, no preposition's, of a place below a state ("столицы", "области";
    not "республики", which may be the state)."""
    if child.i in nations or not _says_which(child, end):
        return False
    if child.dep_ == "amod":
        return True
    genitive = child.dep_ == "nmod" and "Gen" in child.morph.get("Case")
    below = child.lemma_ in PLACE_KINDS or child.lemma_ in _WORDS["below"]
    return genitive and below and not preposition(child)


def _rival_body(found: list[tuple[Span, str, str]], lemma: str, key: str, name: str) -> bool:
    """Another body the text names by the noun of lemma `lemma` ("Правительство Ульяновской
    области"), not this state's one."""
    for span, other_key, other_name in found:
        if morph().lemma(span.root.lower_, "NOUN") != lemma:
            continue
        if not ((key and other_key == key) or other_name == name):
            return True
    return False


def _before_place_name(
    doc: Doc, states: list[Span], places: dict[int, Span]
) -> list[tuple[Span, str, str]]:
    """A body's noun, with its adjectives, before the name of a city or region in the
    genitive that it governs ("мэрия Парижа", "правительства Калининградской области",
    "городской совет Детройта"): the place's own body, unlinked; before a state's name it
    is the state's (`_before_state_name`). Not a woman's surname the tagger took for a place
    (`her_surname_after_body`: "в парламент Смирнова два года работала": no owner)."""
    nations = {i for s in states if s.id_ != "capital" for i in range(s.start, s.end)}
    out = []
    for place in (
        p for p in places.values() if p.start and _place_of(places, p.start, (p.start - 1,))
    ):
        noun = doc[place.start - 1]
        if nations.intersection(range(place.start, place.end)) or not _body_noun(noun):
            continue
        if her_surname_after_body(place):
            continue
        start = noun.i
        while start and doc[start - 1].pos_ == "ADJ" and doc[start - 1].head.i == noun.i:
            start -= 1
        if any(t.text[:1].isupper() and not t.is_sent_start for t in doc[start : noun.i]):
            continue  # "в Овальном кабинете Белого дома": a name of its own, a room's
        span = Span(doc, start, place.end, BODY_NOUN)
        name = organization_name(span)
        out.append((span, "", upper_first(name)))
    return out


def her_surname_after_body(name: Span) -> bool:
    """One word after a body's noun that may be a woman's surname in the nominative, with a
    feminine verb after it that has no subject of its own ("До избрания в парламент
    Смирнова два года работала послом"): the verb's subject, though the tagger took it for
    a place the body's noun governs."""
    doc = name.doc
    if len(name) != 1 or not name.start or not _body_noun(doc[name.start - 1]):
        return False
    rest = doc[name.end : name.sent.end]
    return womans_surname(name.text) and feminine_verb_after(rest) is not None


def _places(ents: Sequence[Span]) -> dict[int, Span]:
    """The Doc's LOC entities by their first token, for `_place_of`; one after its kind of
    place written lower case also with the kind, by the kind's token ("штата Массачусетс")."""
    out = {e.start: e for e in ents if e.label_ == "LOC"}
    for place in list(out.values()):
        kind = place.doc[place.start - 1] if place.start else None
        if kind is not None and kind.text.islower() and kind.lemma_ in PLACE_KINDS:
            out[kind.i] = place.doc[kind.i : place.end]
    return out


def _place_of(places: dict[int, Span], start: int, governors: Container[int]) -> Span | None:
    """The name of a city or region in the genitive at `start` (a LOC entity of `places`)
    that one of the `governors` (token indices) governs ("суд Москвы", "правительства
    Калининградской области"), or after its kind of place in any case ("[университета
    штата] Массачусетс"), with the places it is part of after it ("округа Москвы"); else
    None."""
    place = places.get(start)
    if place is None or place.root.head.i not in governors:
        return None
    after_kind = start > 0 and place.doc[start - 1].lemma_ in PLACE_KINDS
    if not after_kind and "Gen" not in features(place.root, "Case"):
        return None
    whole = _place_of(places, place.end, range(place.start, place.end))
    return place if whole is None else place.doc[place.start : whole.end]


@cache
def state_adjectives(gazetteer: Gazetteer) -> dict[str, str]:
    """A state adjective's lemma ("норвежский") → its state's key."""
    out: dict[str, str] = {}
    for state in gazetteer.states:
        for adjective in state.adjectives:
            out.setdefault(normalize(adjective), state.key)
    return out


@cache
def _org_names(gazetteer: Gazetteer) -> dict[str, str]:
    """Every organization name and abbreviation → its key (the first row keeps a shared one)."""
    out: dict[str, str] = {}
    for org in gazetteer.orgs:
        for name in (org.name, *org.abbreviations):
            out.setdefault(normalize(name), org.key)
    for tail, key in kind_opened_latin(gazetteer).items():
        out.setdefault(tail, key)
    for org in gazetteer.orgs:  # after every row's own names, which win
        for name in (org.name, *org.abbreviations):
            other = _translated_otherwise(name)
            if other:
                out.setdefault(normalize(other), org.key)
    return out


# A body's noun news translates two ways, and the other word: "Национальная ассамблея
# Венесуэлы" is "Национальное собрание Венесуэлы".
_TRANSLATED_NOUNS = {"ассамблея": "собрание"}


def _translated_otherwise(name: str) -> str:
    """`name` with its body's noun translated the other way (`_TRANSLATED_NOUNS`) and the
    adjectives right before it agreeing ("Национальная ассамблея Венесуэлы" → "Национальное
    собрание Венесуэлы"); "" where it has no such noun."""
    words = name.split()
    at = next((n for n, w in enumerate(words) if w.lower() in _TRANSLATED_NOUNS), None)
    if at is None:
        return ""
    other = _TRANSLATED_NOUNS[words[at].lower()]
    gender = morph().gender(other)
    start = at
    while start and _adjective_word(words[start - 1]):
        start -= 1
    agreeing = [capitals_of(w, morph().inflect(w, {gender})) for w in words[start:at]]
    return " ".join([*words[:start], *agreeing, capitals_of(words[at], other), *words[at + 1 :]])


@cache
def kind_opened_latin(gazetteer: Gazetteer) -> dict[str, str]:
    """The Latin name after a kind noun of an organization's name or other name
    (`latin_after_kind`), normalized → its key; a Latin name two rows open so names
    neither."""
    tails: dict[str, set[str]] = {}
    for org in gazetteer.orgs:
        for name in (org.name, *org.abbreviations):
            tail = latin_after_kind(name)
            if tail:
                tails.setdefault(normalize(tail), set()).add(org.key)
    return {tail: next(iter(keys)) for tail, keys in tails.items() if len(keys) == 1}


_KIND_THEN_LATIN = re.compile(r"([А-ЯЁ][а-яё]+) ([A-Z][A-Za-z0-9&.'’\- ]*)")


def latin_after_kind(name: str) -> str:
    """The Latin name a row's name gives after a kind noun ("Res Publica" of "Партия Res
    Publica", "Nordvik Energy" of "Компания Nordvik Energy"): news writes the name bare or
    quoted after the noun in any case ("от партии «Res Publica»"). "" for any other name: a
    Russian name after the noun ("Банк России") is no name of the row alone."""
    found = _KIND_THEN_LATIN.fullmatch(name)
    return found.group(2) if found and found.group(1).lower() in ORG_NOUNS else ""


@cache
def _short_names(gazetteer: Gazetteer) -> dict[tuple[str, str], set[str]]:
    """(a state's ISO3, a short name of one of its bodies) → the keys of its bodies so
    named, for `body_of`: a generic short name ("Сенат") names the state's body only once
    the text settles the state."""
    out: dict[tuple[str, str], set[str]] = {}
    for org in gazetteer.orgs:
        for name in org.abbreviations if org.state else ():
            out.setdefault((org.state, normalize(name)), set()).add(org.key)
    return out


@cache
def _parliaments(gazetteer: Gazetteer) -> dict[str, set[str]]:
    """A state's ISO3 → the keys of its bodies of kind `Parliament`, for `body_of`."""
    out: dict[str, set[str]] = {}
    for org in gazetteer.orgs:
        if org.kind == "Parliament" and org.state:
            out.setdefault(org.state, set()).add(org.key)
    return out


def via_of(span: Span) -> str:
    """How natasha's organization span names it: an abbreviation ("ФНС", "СдПГ") or a name."""
    return "abbreviation" if is_abbreviation(span) else "name"


def _common_noun(word: str) -> bool:
    """A dictionary common noun ("Правительство") or a generic abbreviation ("СМИ", "СНВ-3"),
    not a name ("Росатом", "Известия", "МИД", "ФИФА")."""
    stem = word.split("-")[0] if any(ch.isdigit() for ch in word) else word
    parses = morph().parse(stem)
    if not parses or not parses[0].is_known or parses[0].tag.POS != "NOUN":
        return False
    grammemes = parses[0].tag.grammemes
    if {"Orgn", "Geox", "Name", "Surn"} & grammemes:
        return False
    return "Abbr" in grammemes if stem.isupper() else True


def quoted_title(doc: Doc, ent: Span) -> bool:
    """A name in quotes after "газета", "агентство"…, or the owner of a "пресс-служба":
    an organization, not a person."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    quoted = before is not None and before.text in _QUOTES_OPEN
    if quoted:
        before = doc[ent.start - 2] if ent.start > 1 else None
    # Unquoted, a name after "фонд", "компания" is its founder or owner ("фонд Мартина
    # Кольвица"): a person; so is one after "пресс-служба" that reads as a person's name
    # ("пресс-служба Януковича", "пресс-служба Виктора Януковича"), not a body's.
    return before is not None and (
        (quoted and before.lemma_ in ORG_NOUNS)
        or (before.lemma_ == "пресс-служба" and (quoted or not _person_name(ent)))
    )


def _after_outlet_noun(piece: Span) -> bool:
    """Whether a word for a news outlet stands right before the span ("агентства
    Бернама"), the one place `outlet_named` reads a name as the outlet's."""
    return bool(piece.start) and piece.doc[piece.start - 1].lemma_.lower() in OUTLET_NOUNS


def outlet_named(piece: Span, parts: NameParts) -> bool:
    """A name right after a word for a news outlet, in any case ("агентства Бернама",
    "агентство Петра", "газета Ди Вельт"): the outlet's, no person's. Not a first name with
    a surname, nor a surname, an owner's ("газета Березовского", "Газета Хансена") or a
    head's, nor a longer name of another case than the noun's ("директор агентства Марко
    Петрович"), nor a subject in a case the noun's form cannot be in ("В интервью агентству
    Моди рассказал")."""
    if not _after_outlet_noun(piece) or parts.first and parts.last:
        return False
    before = piece.doc[piece.start - 1]
    word = piece[-1]
    if russian_surname_end(word.text) or any(
        "Surn" in p.tag and p.is_known for p in morph().parse(word.text)
    ):
        return False
    if len(piece) > 1 or case_of(word) == case_of(before):
        return case_of(word) == case_of(before)  # in apposition a name shares the noun's case
    case = case_of(word)
    if case == "Gen":
        # a lone genitive is an owner's name ("Газета Хансена"), unless an ordinary word or
        # a first name alone, which names no owner ("газета Политика", "агентство Петра")
        return common_word(word.text) or is_first_name(word.text)
    # a name left undeclined may share a reading of the noun's form ("агентства Бернама":
    # "агентства" may be a nominative plural, "агентству Бернама министр заявил"); one in
    # no case of it that stands as the subject is the subject's ("агентству Моди рассказал",
    # "В беседе с журналом Шольц заявил": the parse may hang it on the noun); not a name
    # beside the verb's own subject ("Президент в беседе с газетой Борба заявил")
    return case == "" or case in cases_of(before) or not sole_subject_before(word, verb_above(word))


def reporting_outlet(ent: Span, ents: Sequence[Span], gazetteer: Gazetteer) -> bool:
    """A lone word the tagger calls a person, right after a verb of reporting in the present
    whose subject it is ("…, пишет Бернама", "передаёт Бахтар"): an agency's or a paper's
    name, as news cites one; not a name the dictionary knows in the nominative ("сообщает
    Анвар"), nor a word of a person the text or the gazetteer names ("пишет Фидан", "пишет
    Моди"). A verb in the past ("сообщил Кларин") may be a person's, and is left to them."""
    verb = ent.doc[ent.start - 1] if ent.start else None
    word = ent[0]
    if len(ent) != 1 or verb is None or verb.lemma_ not in REPORT_VERBS:
        return False
    if "Pres" not in verb.morph.get("Tense") or "Sing" not in verb.morph.get("Number"):
        return False
    subject = word.dep_ == "nsubj" or case_of(word) == "Nom"  # "передаёт Бернама": nmod
    if not subject or word.head.i != verb.i or not word.text[:1].isupper():
        return False
    known = any(
        {"Surn", "Name"} & set(p.tag.grammemes) and "nomn" in p.tag and p.is_known
        for p in morph().parse(word.text)
    )
    others = {t.lower_ for e in ents if e.label_ == "PER" and e.start != ent.start for t in e}
    return not (known or word.lower_ in others or gazetteer.persons_by_surname(word.text))


def _person_name(ent: Span) -> bool:
    """Several words, or a word the dictionary knows as a surname or first name."""
    return len(ent) > 1 or any(
        {"Surn", "Name"} & set(p.tag.grammemes) for p in morph().parse(ent.text) if p.is_known
    )


# How far a quoted name may reach either side of a word inside it, in tokens.
_QUOTED_NAME_REACH = 5


def quoted_stretch(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The tokens between the quotes around doc[start:end] where it stands inside a short
    quoted stretch ("«Единая Россия»", "телеканал «Беларусь 1»"), else None."""
    left = next(
        (i for i in range(start - 1, max(start - _QUOTED_NAME_REACH, 0) - 1, -1)
         if doc[i].text in _QUOTES),
        None,
    )  # fmt: skip
    right = next(
        (i for i in range(end, min(end + _QUOTED_NAME_REACH, len(doc)))
         if doc[i].text in _QUOTES),
        None,
    )  # fmt: skip
    if left is None or right is None or doc[left].text not in _QUOTES_OPEN:
        return None
    if doc[right].text not in _QUOTES_CLOSE or "\n" in doc[left:right].text:
        return None
    return left + 1, right


def in_quoted_name(span: Span) -> bool:
    """A state's name in a quoted name after a kind of organization, the whole of it or a
    part ("телеканал «Казахстан»", "телеканал «Беларусь 1»", "партия «Новая Словения»"):
    the channel's, newspaper's or party's name, not a mention of the state."""
    doc = span.doc
    stretch = quoted_stretch(doc, span.start, span.end)
    return stretch is not None and stretch[0] >= 2 and doc[stretch[0] - 2].lemma_ in ORG_NOUNS


# Pairs of marks natasha's span may cut through: the closing mark of each opening one.
_PAIRS = {"«": "»", "(": ")"}


def _balanced(span: Span | None) -> Span | None:
    """The span without a pair of marks it cuts through: up to a closing mark it does not
    open ("Насьон» (La Nacion" is "Насьон") or an opening one it does not close ("Розового
    дома (Дом правительства" is "Розового дома"), unless a quote closes right after it
    ("заводе «Вымпел" is "заводе «Вымпел»")."""
    if span is None:
        return None
    doc, opened, end = span.doc, [], span.end
    for t in span:
        if t.text in _PAIRS:
            opened.append(t.i)
        elif t.text in _PAIRS.values():
            if not opened or _PAIRS[doc[opened[-1]].text] != t.text:
                end = t.i
                break
            opened.pop()
    else:
        quote = len(opened) == 1 and doc[opened[0]].text == "«"
        if quote and end < len(doc) and doc[end].text == "»":
            end += 1
        elif opened:
            end = opened[0]
    return doc[span.start : end] if end > span.start else None


def _before_verb(span: Span) -> Span | None:
    """The tagger's span up to its first finite verb out of quotes ("[Французское агентство
    по развитию] выделит Индии …"): a name holds no verb of the sentence, only a quoted one
    does («Хотим жить»); None where the verb opens it."""
    doc = span.doc
    for t in span:
        finite = t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
        if finite and t.text[:1].islower() and quoted_stretch(doc, t.i, t.i + 1) is None:
            return doc[span.start : t.i] if t.i > span.start else None
    return span


def _past_kind(span: Span) -> Span:
    """The span from the opening quote on where it opens with a kind of organization and
    the adjectives on it ("[Оппозиционная партия] «Союз за Родину»", "[Национальный банк]
    «Траст»"): the quotes hold the name, as where the tagger takes them alone ("партия
    «Альтернатива для Германии»"); else the span."""
    doc = span.doc
    for n, t in enumerate(span[1:], start=1):
        if t.text in _QUOTES_OPEN:
            kind = span[n - 1]
            if kind.lemma_ in ORG_NOUNS and all(a.pos_ == "ADJ" for a in span[: n - 1]):
                return doc[t.i : span.end]
            break
    return span


# Kinds of a known organization that is no outlet's name, though one may follow an outlet's
# noun: "Агентство ООН по делам беженцев" is the UN's agency, not the UN.
_NOT_OUTLETS = frozenset(["IntergovernmentalOrganization", "StateBody", "Parliament"])


def _outlet_after_noun(span: Span, gazetteer: Gazetteer) -> tuple[Span, str] | None:
    """(the name, its key) where a news outlet's noun opens the span before the name of an
    outlet the gazetteer knows ("[Агентство] Синьхуа", "[агентства] Рейтер"): the name alone
    is the outlet, as annotators take it, and "агентство Рейтер" and "Рейтер" are one node;
    None for a name no outlet has ("Агентство ООН по делам беженцев", "Газета Хансена")."""
    if len(span) < 2 or span[0].lemma_.lower() not in OUTLET_NOUNS or span[1].text in _QUOTES:
        return None
    rest = span.doc[span.start + 1 : span.end]
    key = _org_names(gazetteer).get(normalize(organization_name(rest)), "")
    known = gazetteer.org(key) if key else None
    if known is None or known.kind in _NOT_OUTLETS or body_word(known.name.split()[0]):
        return None
    return Span(span.doc, rest.start, rest.end, span.label_, kb_id=span.kb_id_), key


def _strip_quotes(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and span.doc[start].text in _QUOTES:
        start += 1
    while end > start and span.doc[end - 1].text in _QUOTES:
        end -= 1
    return span.doc[start:end] if end > start else None


# "имени" and its abbreviation, written lower case before the name of the one a body, a
# prize or a street is named after ("премии им. А. Блока"): no word of that name.
NAMED_AFTER = frozenset(["имени", "им"])


def organization_name(span: Span) -> str:
    """The organization's name in the nominative: the head and its agreeing adjectives
    change case ("Российской газете" → "Российская газета"); genitive dependents stay."""
    cut = next((t.i for t in span[1:] if t.text in NAMED_AFTER), None)
    if cut is not None:
        # "НИИ им. Бурденко": the name before "им." declines, the one it is named after is
        # as written; the parse may make "им" the head, whose nominative is "имя"
        before = span.doc[span.start : cut]
        return organization_name(before) + before[-1].whitespace_ + span.doc[cut : span.end].text
    head = _noun_head(span)
    case = head.morph.get("Case")
    if not case or case[0] == "Nom" or _undeclined_quoted(span, case[0]):
        return span.text
    words = []
    for t in span:
        on_head = t.head.i == head.i and t.dep_ == "amod" or t.i == span.root.i
        agrees = t.i == head.i or (on_head and t.i < head.i)
        words.append((_nominative_common(t, head) if agrees else t.text) + t.whitespace_)
    return "".join(words).strip()


def _undeclined_quoted(span: Span, case: str) -> bool:
    """A one-word quoted name whose form no reading puts in the case its phrase gives it
    ("контракт с «Шальке»": "шальке" reads only as a dative or locative of "шалька", never
    the instrumental), or only as a word that does not decline ("с «Порту»": not the
    locative of "порт"): a foreign name that does not decline, kept as written."""
    if len(span) != 1 or not _in_quotes(span):
        return False
    read = [p for p in morph().parse(span.text.lower()) if p.tag.case]
    return bool(read) and not any(
        OC_CASE.get(str(p.tag.case)) == case and "Fixd" not in p.tag for p in read
    )


def _noun_head(span: Span) -> Token:
    """The span's head noun: its root, or where the parse makes an adjective the root and
    hangs the noun after it on it ("Гаагского трибунала решение …": "Гаагского" the subject),
    the first noun after it in its case."""
    root = span.root
    if root.pos_ != "ADJ":
        return root
    after = (t for t in span if t.i > root.i and t.pos_ in ("NOUN", "PROPN"))
    return next((t for t in after if case_of(t) == case_of(root)), root)


def _nominative_common(t, head) -> str:  # noqa: ANN001 - spaCy Tokens
    """A common noun or adjective in the nominative, agreeing with the head noun."""
    if abbreviation_like(t.text):
        # An abbreviation ("МИД", "СдПГ") does not decline, but news adds a case ending
        # to one read as a word ("МИДа", "МИДе"): the capitals alone.
        inflected = re.fullmatch(r"([А-ЯЁ]{2,})(?:а|у|е|ом)", t.text)
        return inflected.group(1) if inflected else t.text
    number = {"Plur": "plur"}.get((features(head, "Number") or ("Sing",))[0], "sing")
    gender = UD_GENDER.get((features(head, "Gender") or ("",))[0])
    agreed = gender if gender and number == "sing" and t.i != head.i else None
    forms = list(_nominative_forms(t.text, number, agreed))
    if forms:
        word = _written_form(t.doc, forms)
        return word[:1].upper() + word[1:] if t.text[:1].isupper() else word
    # An unknown name ("Акорды"): the same case-ending rules as for surnames.
    return nominative_word(t.text, case_of(t), (features(t, "Gender") or ("",))[0] == "Fem", "")


@lru_cache(maxsize=NAMES_KEPT)
def _nominative_forms(word: str, number: str, gender: str | None) -> tuple[str, ...]:
    """The nominatives in `number` (and `gender`, where given) of the readings of `word` alike
    the likeliest, lower case: the same for every organization name that writes the word,
    and each asks ~20 inflections of pymorphy3 (~0.5 ms)."""
    wanted = {"nomn", number} | ({gender} if gender else set())
    readings = [p for p in morph().parse(word) if p.tag.POS in ("NOUN", "ADJF") and p.is_known]
    alike = [p for p in readings if same_form(p, readings[0])]
    return tuple(
        form
        for p in alike
        for form in [
            closest_form(word, p, wanted)
            or closest_form(word, p, {"nomn", number})
            or closest_form(word, p, {"nomn"})
        ]
        if form
    )


def _written_form(doc: Doc, forms: list[str]) -> str:
    """Of the nominatives of a word's readings (most likely first), one the document itself
    writes, else the first: a word of two lemmas in one form ("окружного" of "окружной"
    and of "окружный") takes the one the text gives, so a body named in several cases is
    one organization."""
    if len(set(forms)) == 1:
        return forms[0]
    written = set(token_strings(doc, LOWER))
    return next((f for f in forms if f in written), forms[0])
