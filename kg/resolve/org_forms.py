"""Joining the short and the long form of one body ("МИД" / "Министерство иностранных дел"),
a regional name to its short form, and a maker to its model. Split out of
kg/resolve/organizations.py so that the joining of forms is one concern in one place."""

from __future__ import annotations

import os
import re
from collections.abc import Container, Sequence

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from kg.doc_text import lowered_strings, token_strings
from kg.gazetteer import Gazetteer, normalize
from kg.lexicon import load_list
from kg.nlp.marks import DASHES_OR_HYPHEN
from kg.nlp.morph import morph, upper_first
from kg.resolve.body_states import (
    STATE_NOUNS,
    body_of,
    body_word,
    state_adjectives,
    state_body_name,
)
from kg.resolve.org_initials import abbreviation_like, initials_letters, name_initials
from kg.resolve.org_modifiers import adjective_word, region_phrase
from kg.resolve.org_naming import (
    BODY_NOUNS,
    BODY_SHORT,
    ORG_NOUNS,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    THING_NOUNS,
    WORDS,
    in_full,
    organization_name,
    quoted_after_kind,
)


def thing_headed(entry: tuple[Span, str, str]) -> bool:
    """An unknown name headed by a noun of a place, vessel or site (thing_nouns.txt) with
    adjectives before it: the thing's name, no organization's ("Международная космическая
    станция"); not a name the gazetteer knows, nor one with words after its noun ("Станция
    скорой помощи", "Порт Находка"), which may name the body that runs it."""
    span, key, _ = entry
    root = span.root
    if key or root.lemma_.lower() not in load_list(THING_NOUNS):
        return False
    return root.i == span.end - 1 and all(t.pos_ == "ADJ" for t in span[: len(span) - 1])


def runway(entry: tuple[Span, str, str]) -> bool:
    """A lone abbreviation of group `strip` ("ВПП": the World Food Programme's, also
    "взлётно-посадочная полоса") in a sentence with a noun of flying (group `airfield`:
    "Самолёт выкатился за пределы ВПП", "Ремонт ВПП аэропорта"): the runway, no
    organization; elsewhere ("ВПП доставила продовольствие в Судан") the programme."""
    span = entry[0]
    if len(span) != 1 or span.text.lower() not in WORDS["strip"]:
        return False
    return any(t.lemma_.lower() in WORDS["airfield"] for t in span.sent)


def _stem(word: str) -> str:
    """A word's first five letters in lower case, the last piece of a hyphened one
    ("Санкт-Петербургу" → "петер"): what its cases share ("полиции", "Полиция")."""
    return word.lower().rsplit("-", 1)[-1][:5]


def _regional_name(span: Span, name: str) -> tuple[list[str], set[str]] | None:
    """A regional body's name ("Главное управление полиции Чили по региону Сантьяго"): the
    stems of its words before the region's "по" phrase, the stems of the places it names
    (capitalised words of the phrase); None for any other name."""
    at = next((t.i for t in span if t.lower_ == "по" and t.i > span.start), None)
    if at is None or not region_phrase(span.doc[at : span.end]):
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


def joined_short_forms(
    entries: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """Each unknown name that is a short form of exactly one other body's name of the text
    takes that one's key and name: a regional body's name with its region in the genitive
    and its words cut or by their initials ("ГУ полиции Сантьяго", "полиция Сантьяго" of
    "Главное управление полиции Чили по региону Сантьяго"; `_short_regional`), or a clipped
    compound of its first two words ("Минкульт" of "Министерство культуры Эстонии";
    `_clipped`), or its name with its kind's contraction written out ("Европейский ЦБ" of
    "Европейский центральный банк"; `_spelt_out`), or the adjective alone that opens it
    ("солиста Большого" of "Большого театра"; `adjective_alone` keeps it only then). Not
    where two bodies of the text fit ("Министерство культуры Эстонии" and
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
        if not meant and len(words) == 1 and (lemmas := _adjective_lemmas(full)):
            meant = {i for i, (_, n, _) in bodies.items() if _opened_by(lemmas, n)}
        if not meant and (long := _spelt_out(full)) != normalize(full):
            meant = {long} & set(bodies)
        if len(meant) == 1:
            key, name, _ = bodies[next(iter(meant))]
        out.append((span, key, name))
    return out


def clipped_mentions(
    doc: Doc, entries: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """An untagged noun the text writes after a body's name that is a clipped compound of its
    first two words, past adjectives opening it (`_clipped_tails`: "межправкомиссии" after
    "Межправительственной комиссии по торгово-экономическому сотрудничеству"): a mention of
    that body, by its dictionary form; none where two bodies named before fit, nor inside
    another mention (fifty-ninth pass, h-orgs71). A lemma whose first three letters open no
    tail's first word is no clip of any (`_clipped` keeps at least three): it is passed over
    before a Token is made, and each name's tails are read once (sixtieth pass, h-perf61)."""
    taken = {i for span, _, _ in entries for i in range(span.start, span.end)}
    tails: dict[str, list[str]] = {}
    bodies = []
    for span, key, name in entries:
        known = _known_name(gazetteer, key) or name
        if known not in tails:
            tails[known] = _clipped_tails(known)
        bodies.append((span.start, key, known, tails[known]))
    openings = {tail.lower()[:3] for each in tails.values() for tail in each}
    out = []
    for i, lemma in enumerate(lowered_strings(doc, LEMMA)):
        if lemma[:3] not in openings or i in taken:
            continue
        t = doc[i]  # made for the nouns that may open a clip alone
        if t.pos_ != "NOUN" or not t.is_alpha or len(t.text) < 6:
            continue
        word = t.lemma_
        meant = {
            (k, n)
            for start, k, n, clips in bodies
            if start < i and any(_clipped(word, tail) for tail in clips)
        }
        if len(meant) == 1:
            key, name = meant.pop()
            out.append((Span(doc, i, i + 1, label="ORG"), key, name))
    return out


def clips_a_name(word: str, name: str) -> bool:
    """`word` is a clipped compound of `name`'s first two words or of those of a tail past
    adjectives opening it ("межправкомиссия" of "Перуанско-чилийская межправительственная
    комиссия"), as `clipped_mentions` reads one."""
    return any(_clipped(word, tail) for tail in _clipped_tails(name))


def _clipped_tails(name: str) -> list[str]:
    """The name and its tails past each adjective opening it, which a clipped compound may
    open instead ("межправкомиссия" of "Индийско-японская межправительственная комиссия …":
    the pair's adjective is no part of the compound); read once a body, not once a noun."""
    words = name.split()
    tails = []
    for at in range(len(words) - 1):
        tails.append(" ".join(words[at:]))
        if not morph().can_be(words[at], "ADJF"):
            break
    return tails


def _adjective_lemmas(word: str) -> set[str]:
    """The lemmas of a word the dictionary knows only as an adjective ("Большого": "большой"),
    else none."""
    known = [p for p in morph().parse(word) if p.is_known]
    if not known or any(p.tag.POS not in ("ADJF", "ADJS", "PRTF") for p in known):
        return set()
    return {p.normal_form for p in known}


def _opened_by(lemmas: set[str], name: str) -> bool:
    """A name of more words whose first is a form of the adjective of `lemmas` ("Большой
    театр" of "большой")."""
    words = name.split()
    return len(words) > 1 and bool(lemmas & {p.normal_form for p in morph().parse(words[0])})


# Each one-word contraction of a body's kind and the words it stands for ("цб": "центральный
# банк"), lower case.
_SPELT_OUT = {normalize(short): long for long, shorts in BODY_SHORT.items() for short in shorts}


def _spelt_out(name: str) -> str:
    """A name with its kind's contraction written out, normalised ("Европейский ЦБ" →
    "европейский центральный банк"): the body's full name the text may also give."""
    return " ".join(_SPELT_OUT.get(w, w) for w in normalize(name).split())


# The one-word contractions of a state's bodies' names ("погранслужба", "минобороны").
_CONTRACTIONS = frozenset(
    normalize(s) for shorts in BODY_SHORT.values() for s in shorts if not s.isupper()
)
# The abbreviations among them ("МВД", "МИД", "СК"): a bare one, written as such, is the one
# state's body the text names by it with its state ("МВД Египта" … "в заявлении МВД").
_ABBREVIATIONS = frozenset(
    normalize(s) for shorts in BODY_SHORT.values() for s in shorts if s.isupper()
)


def missed_contractions(doc: Doc, ents: Sequence[Span]) -> list[Span]:
    """A capitalised contraction of a state's body's name the tagger left ("Погранслужба
    будет проверять", "Минфин сообщил"): an organization span as the tagger's would be.
    Not a word inside one of its spans, nor one in lower case ("по данным погранслужбы")."""
    tagged = {i for e in ents for i in range(e.start, e.end)}
    lemmas = token_strings(doc, LEMMA)  # the Doc's strings, not a `Token` per word
    return [
        Span(doc, i, i + 1, label="ORG")
        for i, text in enumerate(token_strings(doc))
        if i not in tagged
        and text[:1].isupper()
        and not text.isupper()
        and normalize(lemmas[i]) in _CONTRACTIONS
    ]


def _state_ending(
    span: Span, state_tokens: dict[int, Span], gazetteer: Gazetteer
) -> tuple[str, tuple[str, ...]] | None:
    """(state key, the body's lemmas before it) of a name that ends in its state: the
    state's name ("Национальный совет Ливии") or its adjective with "республики"
    ("Национальный совет Ливийской республики"); None for another name."""
    last = span[-1]
    cut, state = 0, ""
    if len(span) > 2 and morph().lemma(last.lower_, "NOUN") in STATE_NOUNS:
        cut, state = len(span) - 2, state_adjectives(gazetteer).get(normalize(span[-2].lemma_), "")
    elif len(span) > 2 and last.lower_ == last.text and body_word(last.text):
        # a state's adjective before its body that holds this one: "Нижняя палата
        # перуанского парламента" is "Нижняя палата парламента Перу"
        state = state_adjectives(gazetteer).get(normalize(span[-2].lemma_), "")
        if state and state_tokens.get(span[-2].i) is not None:
            words = (*span[:-2], last)
            return state, tuple(normalize(t.lemma_) for t in words)
        state = ""
    elif (named := state_tokens.get(last.i)) is not None and named.id_ != "adjective":
        cut, state = named.start - span.start, named.kb_id_
        state = state if named.end == span.end else ""
    if not state or cut <= 0:
        return None
    return state, tuple(normalize(t.lemma_) for t in span[:cut])


def joined_state_forms(
    entries: list[tuple[Span, str, str]], state_tokens: dict[int, Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """A body's name ending in its state is one body whatever form names the state or
    capitalises its words ("Переходный Национальный Совет Ливии", "Переходный национальный
    совет Ливийской республики"): all take the known key and its name, else the first name.
    Not bodies of two states ("Национальный совет Чили", "… Перу"), nor two known ones.
    A state's adjective before the parent body ending the name says the state too ("Нижняя
    палата перуанского парламента"); bare forms of one state's body join it (`_bare_forms`)."""
    groups: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    for n, (span, _, name) in enumerate(entries):
        if name and len(name.split()) != len(span.text.split()):
            continue  # named by another of the text's bodies already ("сборной Перу")
        ending = _state_ending(span, state_tokens, gazetteer)
        if ending is not None:
            groups.setdefault(ending, []).append(n)
    _bare_forms(entries, groups, state_tokens, gazetteer)  # "Нижняя палата" of one state
    _houses_by_name(groups)  # "нижняя палата парламента Чехии" is "Палата депутатов Чехии"
    _parliament_by_name(groups)  # "парламента Армении" is "Национальное собрание Армении"
    _contracted_by_initials(groups)  # "ЦИК Приднестровья" is "… избирательная комиссия ПМР"
    out = list(entries)
    for members in groups.values():
        keys = {entries[n][1] for n in members} - {""}
        if len(members) < 2 or len(keys) > 1:
            continue
        # the known one, else the first that writes its state's name ("… парламента Перу")
        named = next((n for n in members if entries[n][1]), None)
        if named is None:
            named = next(
                (n for n in members if _names_state(entries[n][0], state_tokens)), members[0]
            )
        _, key, name = entries[named]
        for n in members:
            out[n] = (entries[n][0], key, name)
    return _bare_abbreviations(entries, out, state_tokens, gazetteer)


def _bare_abbreviations(
    entries: list[tuple[Span, str, str]],
    out: list[tuple[Span, str, str]],
    state_tokens: dict[int, Span],
    gazetteer: Gazetteer,
) -> list[tuple[Span, str, str]]:
    """A bare abbreviation of a state's body ("В заявлении МВД") the text gives before one
    state's name only ("МВД Египта") is that body: its key and name. Not where the text so
    names two states' ("МВД Египта", "МВД Турции"), nor a known one."""
    by_state: dict[str, dict[str, tuple[str, str]]] = {}
    for span, key, name in out:
        short = normalize(span[0].text)
        if len(span) < 2 or not span[0].text.isupper() or short not in _ABBREVIATIONS:
            continue
        ending = _state_ending(span, state_tokens, gazetteer)
        if ending is not None and len(ending[1]) == 1:
            by_state.setdefault(short, {}).setdefault(ending[0], (key, name))
    joined = list(out)
    for n, (span, key, _) in enumerate(entries):
        if key or len(span) != 1 or not span[0].text.isupper():
            continue
        states = by_state.get(normalize(span[0].text), {})
        if len(states) == 1:
            joined[n] = (out[n][0], *next(iter(states.values())))
    return joined


# The lemmas of a state's cabinet's names that name its government ("Совет министров
# Эстонии", "Кабинет министров Чили", "Кабмин Египта").
_CABINETS = frozenset({("совет", "министр"), ("кабинет", "министр"), ("кабмин",)})


def cabinets_as_governments(
    entries: list[tuple[Span, str, str]], state_tokens: dict[int, Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """A state's cabinet named "Совет министров", "Кабинет министров" or "Кабмин" right
    before its state's name is that state's government: the key and name of
    "Правительство <state>", so the two are one node across texts. Not a known body
    (the gazetteer's "Совет министров Кубы", "Кабинет министров Грузии" keep theirs), a
    council of a field or of an organization of states ("Совет министров иностранных дел
    ЕС", "Совет министров СНГ": no state ends them, or other words stand between), nor a
    historic state's ("Совет министров СССР", a body of its own time)."""
    out = list(entries)
    for n, (span, key, _) in enumerate(entries):
        if key:
            continue
        ending = _state_ending(span, state_tokens, gazetteer)
        if ending is None or ending[1] not in _CABINETS or not _names_state(span, state_tokens):
            continue
        state = gazetteer.state(ending[0])
        if state is None or state.historic:
            continue
        name = state_body_name(gazetteer, "Правительство", ending[0])
        if name:
            known = body_of(gazetteer, "Правительство", ending[0])
            out[n] = (span, known.key if known is not None else "", name)
    return out


# A house of a parliament by its place ("нижний", "верхний") and the houses' own names it
# stands for: "Палата депутатов Чехии" is the text's "нижняя палата парламента Чехии".
_HOUSES = {
    "нижний": frozenset({("палата", "депутат"), ("палата", "представитель"), ("палата", "община")}),
    "верхний": frozenset({("сенат",), ("палата", "лорд")}),
}


def _houses_by_name(groups: dict[tuple[str, tuple[str, ...]], list[int]]) -> None:
    """Joins in `groups` a state's house named by its place ("нижняя палата (парламента)
    Чехии") to the one house of that place the text names by its own name for the same state
    ("Палата депутатов Чехии"), which names the body; not where the text names two such
    (a chamber of deputies and a house of representatives of one state), nor another
    state's."""
    for ending in list(groups):
        state, lemmas = ending
        if len(lemmas) < 2 or lemmas[1] != "палата" or lemmas[0] not in _HOUSES:
            continue
        if not all(body_word(w) for w in lemmas[2:]):
            continue  # "нижняя палата парламента" but not "… палата по делам …"
        named = [e for e in groups if e[0] == state and e[1] in _HOUSES[lemmas[0]]]
        if len(named) == 1:
            groups[named[0]] += groups.pop(ending)


def _parliament_by_name(groups: dict[tuple[str, tuple[str, ...]], list[int]]) -> None:
    """Joins in `groups` a state's parliament by its common noun ("парламента Армении") to
    the one parliament of that state the text names by its own name ("Национальное собрание
    Армении", "Сейм Литвы"): one body, as a reader takes them (seventieth pass, h-orgs84).
    Not where the text names two of that state's houses ("Национальное собрание Франции",
    "Сенат Франции"), nor into a senate, a chamber of the parliament only."""
    for ending in list(groups):
        state, lemmas = ending
        if lemmas != ("парламент",):
            continue
        named = [e for e in groups if e[0] == state and _house_named(e[1])]
        if len(named) == 1 and named[0][1][-1] != "сенат":
            groups[named[0]] += groups.pop(ending)


def _house_named(lemmas: tuple[str, ...]) -> bool:
    """The lemmas before a state name a parliament or one of its houses by its own name: a
    house's word other than "парламент" ("сейм", "сенат"), or "собрание" after its
    adjectives ("национальный собрание")."""
    last = lemmas[-1] if lemmas else ""
    return last in WORDS["house"] - {"парламент"} or (last == "собрание" and len(lemmas) > 1)


_NO_INITIALS = frozenset(["по", "и", "за", "на", "в", "при"])


def _contracted_by_initials(groups: dict[tuple[str, tuple[str, ...]], list[int]]) -> None:
    """Joins in `groups` a body named by one contraction before its state ("ЦИК
    Приднестровья") to the one body of that state the text names in full whose words'
    first letters spell it ("Центральная избирательная комиссия ПМР"), whichever form
    names the state; not where two such bodies of the state are named, nor another state's
    (forty-sixth pass, h-orgs50)."""
    for ending in list(groups):
        state, lemmas = ending
        if len(lemmas) != 1 or len(lemmas[0]) < 2 or not lemmas[0].isalpha():
            continue
        spelt = [
            e
            for e in groups
            if e[0] == state
            and len(e[1]) > 1
            and "".join(w[:1] for w in e[1] if w not in _NO_INITIALS) == lemmas[0]
        ]
        if len(spelt) == 1:
            groups[spelt[0]] += groups.pop(ending)


def _names_state(span: Span, state_tokens: dict[int, Span]) -> bool:
    """The span ends in a state's name, not its adjective."""
    named = state_tokens.get(span[-1].i)
    return named is not None and named.id_ != "adjective" and named.end == span.end


def _bare_forms(
    entries: list[tuple[Span, str, str]],
    groups: dict[tuple[str, tuple[str, ...]], list[int]],
    state_tokens: dict[int, Span],
    gazetteer: Gazetteer,
) -> None:
    """Adds to `groups` each unknown name of two words or more, or a body's contraction
    ("Генпрокуратуры" of "Генпрокуратуру Перу"), without a state whose words open exactly
    one state's body of the text up to bodies' nouns ("Нижняя палата" and "нижняя палата
    парламента" of "Нижняя палата парламента Перу"): that body. Not where
    the text names two states' such bodies, nor a name going on with other words
    ("Национальный банк" of "Национальный банк развития Чили")."""
    if not groups:
        return
    for n, (span, key, name) in enumerate(entries):
        short = len(span) == 1 and normalize(span[0].lemma_) in _CONTRACTIONS
        if key or (len(span) < 2 and not short) or any(t.i in state_tokens for t in span):
            continue
        if name and len(name.split()) != len(span.text.split()):
            continue
        if _state_ending(span, state_tokens, gazetteer) is not None:
            continue
        lemmas = tuple(normalize(t.lemma_) for t in span)
        meant = {
            ending
            for ending in groups
            if ending[1][: len(lemmas)] == lemmas
            and all(body_word(w) for w in ending[1][len(lemmas) :])
        }
        if len(meant) == 1 and len({state for state, _ in meant}) == 1:
            groups[next(iter(meant))].append(n)


def _quoted(span: Span) -> bool:
    """The span stands between quotes ("«Шанхая»")."""
    return (
        span.start > 0 and span.doc[span.start - 1].text in QUOTES_OPEN and bool(closes_quote(span))
    )


def _folded_words(name: str) -> tuple[str, ...]:
    """A name's words in lower case with "ё" and "э" read as "е", as transliterations spell
    one sound either way ("Шеньхуа", "Шэньхуа"); a stage company's kind after a hyphen
    (group `stage`: "Геликон-опера") a word of its own ("геликон", "опера"; not
    "Газпром-Медиа" nor "Андес-холдинг", other companies' names)."""
    words = [
        part
        for word in name.split()
        for part in (
            word.split("-", 1)
            if word.partition("-")[2] in WORDS["stage"] and word.partition("-")[0]
            else [word]
        )
    ]
    return tuple(normalize(w).replace("э", "е") for w in words)


def _within(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`short` opens with `full`'s first word and its words come in `full` in order
    ("шанхай" and "шанхай шеньхуа" in "шанхай гринлэнд шеньхуа")."""
    if not short or len(short) > len(full) or short[0] != full[0]:
        return False
    words = iter(full)
    return all(w in words for w in short)


def joined_quoted_forms(
    entries: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """A quoted name whose words open and come in order in exactly one longer quoted name of
    the text, or spell it otherwise by "е"/"э", is that organization ("«Шанхая»", "«Шанхай
    Шеньхуа»" of "«Шанхай Гринлэнд Шэньхуа»"): all take the known key and its name, else
    the longest name. Not a name in two longer ones ("«Шанхай СИПГ»" too), nor one
    unquoted (the city "Шанхай"), nor two known bodies ("«Газпром»", "«Газпром нефть»"),
    nor a name not opening the longer one ("«Россия»" of "«Единая Россия»"), nor one in a
    longer name with a word in lower case ("«Газпром нефть»", another company)."""
    named = [
        (n, _folded_words(text), all(w[:1].isupper() for w in text.split()))
        for n, (span, key, name) in enumerate(entries)
        if _quoted(span) and (text := _known_name(gazetteer, key) or name)
    ]
    fulls = {w for _, w, capitalised in named if capitalised}
    out = list(entries)
    for n, words, _ in named:
        longest = {f for f in fulls if _within(words, f)}
        top = {f for f in longest if not any(f != g and _within(f, g) for g in longest)}
        if len(top) != 1:
            continue
        full = next(iter(top))
        group = [m for m, w, _ in named if _within(w, full)]
        keys = {entries[m][1] for m in group} - {""}
        if len(keys) > 1 or len({w for _, w, _ in named if _within(w, full)}) < 2:
            continue
        at = next((m for m in group if entries[m][1]), None)
        if at is None:
            at = next(m for m, w, _ in named if w == full)
        key, name = entries[at][1], entries[at][2]
        out[n] = (entries[n][0], key, _known_name(gazetteer, key) or name)
    return out


def joined_case_forms(
    entries: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """One-word quoted names of the text that the dictionary reads as forms of one word
    (`"Беларуськалия"` after "совета директоров", kept as written, and `в "Беларуськалии"`,
    put in the nominative "Беларуськалий"): one body, under the known key and its name, else
    the name after a kind's noun ("компания «Балткалия»", in apposition: as written), else
    the name that is the word all forms are read as, else one a form was declined to, else
    the first's. Not two known bodies. Forty-sixth pass, h-orgs50."""
    lemmas: dict[int, set[str]] = {}
    for n, (span, _, name) in enumerate(entries):
        if len(span) == 1 and _quoted(span) and span.text[:1].isupper() and " " not in name:
            read = morph().parse(span.text.lower())
            lemmas[n] = {p.normal_form for p in read if p.tag.POS == "NOUN"}
    groups: list[list[int]] = []
    for n in lemmas:
        group = next((g for g in groups if any(lemmas[n] & lemmas[m] for m in g)), None)
        if group is None:
            groups.append([n])
        else:
            group.append(n)
    out = list(entries)
    for members in groups:
        keys = {entries[m][1] for m in members} - {""}
        if len({entries[m][2] for m in members}) < 2 or len(keys) > 1:
            continue
        shared = set.intersection(*(lemmas[m] for m in members))
        ranked = sorted(
            members,
            key=lambda m: (
                not entries[m][1],
                not quoted_after_kind(entries[m][0]),
                normalize(entries[m][2]) not in shared,
                entries[m][2] == entries[m][0].text,
            ),
        )
        at = ranked[0]
        key, name = entries[at][1], _known_name(gazetteer, entries[at][1]) or entries[at][2]
        for m in members:
            out[m] = (entries[m][0], key, name)
    return out


# Words that open what a body's name may add after the name it is also called by: a field
# ("Сборная России по хоккею"), a person it is named after ("театр им. Товстоногова").
_NAME_ADDITIONS = frozenset(["по", "имени", "им."])


def joined_as_part(
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
    longer: dict[str, tuple[str, str, list[list[str]]]] = {}
    for (span, _, _), (key, name) in zip(entries, names, strict=True):
        if not name:
            continue
        forms = longer.setdefault(key or name, (key, name, []))[2]
        # a known body's name as the text writes it too, with the capitalised adjectives
        # before the match ("Гаагский Международный трибунал по бывшей Югославии" of the
        # tribunal's item, matched from "Международный"), beside the gazetteer's
        for written in (name, organization_name(_with_adjectives_before(span)) if key else ""):
            words = in_full(written).replace("имени ", "").split()
            if words and words not in forms:
                forms.append(words)
    spans: dict[str, list[Span]] = {}
    for (span, _, _), (key, name) in zip(entries, names, strict=True):
        spans.setdefault(key or name, []).append(span)
    out = []
    for (span, key, name), (_, full) in zip(entries, names, strict=True):
        if key or not full or all(i in states for i in range(span.start, span.end)):
            out.append((span, key, name))
            continue
        words = in_full(full).replace("имени ", "").split()
        doc = span.doc
        # a capitalised word right after may name whose the body is ("Генерального штаба
        # [Вооружённых сил Перу]"), another body than the text's longer name
        open_end = span.end >= len(doc) or not doc[span.end].text[:1].isupper()
        meant = {
            identity: (k, n)
            for identity, (k, n, forms) in longer.items()
            if normalize(identity) != normalize(full)
            and any(_part_of_name(words, other, open_end) for other in forms)
        }
        if any(o.start <= span.start and span.end <= o.end for i in meant for o in spans[i]):
            meant = {}  # the part nested in the longer name's own mention: a node of its own
        if len(meant) == 1:
            key, name = next(iter(meant.values()))
        out.append((span, key, name))
    return out


def _with_adjectives_before(span: Span) -> Span:
    """`span` with the capitalised adjectives right before it ("Гаагский" of "Гаагский
    Международный трибунал", where the gazetteer matched from "Международный")."""
    start = span.start
    while (
        start > 0 and span.doc[start - 1].pos_ == "ADJ" and span.doc[start - 1].text[:1].isupper()
    ):
        start -= 1
    return span.doc[start : span.end]


def _known_name(gazetteer: Gazetteer, key: str) -> str:
    org = gazetteer.org(key) if key else None
    return org.name if org is not None else ""


def _part_of_name(words: list[str], other: list[str], whose: bool = False) -> bool:
    """`words` end `other`, or open it up to a field's or namesake's word, or are it, or
    (`whose`: nothing after them in the text says whose) are an adjective and its noun that
    open it ("Генеральный штаб" of "Генеральный штаб Вооружённых сил Чили"), each
    word as written in both nominative names: "Университет Рочестера" is no tail of
    "Медицинский центр Университета Рочестера", whose own body it names. Each word is read
    without its quotes: the closing quote kept in `ОАО "Корпорация Андес"` is no part of the
    name "Андес" of it (h-fix45b)."""
    if not words or len(words) > len(other):
        return False
    same = lambda a, b: _unquoted(a) == _unquoted(b)  # noqa: E731
    if len(words) == len(other):
        return all(map(same, words, other))
    if _fielded_within(words, other):
        return True
    tail = other[-len(words) :]
    if all(map(same, words, tail)) and _owner_named(words[0]):
        return False  # "Совет директоров [ОАО «Андес»]": the company whose part it is
    if all(map(same, words, tail)):
        # not past an adjective: "Земельный суд Вены" is no "Высший земельный суд Вены";
        # but a kind's abbreviation after the capitalised adjectives that name the one is it
        # ("ГЭС" of "Саяно-Шушенская ГЭС")
        named = len(words) == 1 and abbreviation_like(words[0])
        named = named and all(w[:1].isupper() for w in other[: -len(words)])
        return named or not any(adjective_word(w) for w in other[: -len(words)])
    after = other[len(words)].lower()
    # or up to the next noun of its field's list: "Комиссия по ценным бумагам [и биржам]"
    listed = after == "и" and "по" in (w.lower() for w in words[1:])
    # or an adjective and its noun up to whose body it is: "Генеральный штаб [Вооружённых
    # сил Чили]" (not a bare noun: "Суд" of "Суд Лимы")
    # the state a bare one was settled to ending both: "Генеральный штаб [Чили]" of it too
    settled = _opens_with_whose(words[:-1], other) and same(words[-1], other[-1])
    if whose and (_opens_with_whose(words, other) or settled):
        return True
    return (after in _NAME_ADDITIONS or listed) and all(map(same, words, other[: len(words)]))


def _unquoted(word: str) -> str:
    """A word normalised without its quote marks ("андес" of `Андес"`)."""
    return normalize(_QUOTE_MARKS.sub("", word))


def _fielded_within(words: list[str], other: list[str]) -> bool:
    """`words`, a body's noun and its field's "по" phrase ("Комитет по оценке СМИ"), are
    `other`'s words past its opening adjectives and before its state's or place's capitalised
    name, if any ("Национальный Комитет по оценке СМИ Чили"): the field names the body, as
    a bare noun past adjectives does not ("Суд Лимы" of "Земельный суд Лимы")."""
    if len(words) < 3 or words[1].lower() != "по" or len(words) >= len(other):
        return False
    same = lambda a, b: normalize(a) == normalize(b)  # noqa: E731
    for at in range(1, len(other) - len(words) + 1):
        if not all(map(same, words, other[at : at + len(words)])):
            continue
        rest = other[at + len(words) :]
        return (
            all(adjective_word(w) for w in other[:at])
            and len(rest) <= 1
            and all(w[:1].isupper() for w in rest)
        )
    return False


def _owner_named(word: str) -> bool:
    """A name's first word is a company's legal form ("ОАО") or opens a quote: at the end of
    a longer name, the company that body is part of, which is named in the genitive."""
    return word[:1] in QUOTES_OPEN or not _core_name(word)


def _opens_with_whose(words: list[str], other: list[str]) -> bool:
    """`words`, an adjective and its noun, open `other`, which goes on with a capitalised
    name of whose body it is ("Генеральный штаб [Вооружённых сил Чили]"; not "Национальный
    банк [развития Чили]", another bank)."""
    return (
        1 < len(words) < len(other)
        and adjective_word(words[0])
        and not adjective_word(words[-1])
        and other[len(words)][:1].isupper()
        and all(normalize(a) == normalize(b) for a, b in zip(words, other, strict=False))
    )


# The words of a company's legal form before or after its name ("АКБ «Андес» АО", "Андес
# Акционерное общество", "Andes Mining Group Inc"): no part of the name that tells it from
# another company.
_LEGAL_FORM = re.compile(
    r"^(?:(?:публичное |открытое |закрытое )?акционерное общество|акционерный коммерческий "
    r"банк|общество с ограниченной ответственностью|акб|кб|пао|оао|зао|ао|ооо|нко)\b\s*"
    r"|\s*\b(?:(?:публичное |открытое |закрытое )?акционерное общество|общество с "
    r"ограниченной ответственностью|пао|оао|зао|ао|ооо)$"
    # a Latin company's form after its Latin name ("Goldman Sachs Group Inc", forty-ninth
    # pass, h-orgs56); after a Latin letter only, so no Russian name loses a word
    r"|(?<=[a-z])\s+(?:group|inc|ltd|llc|plc|corp|corporation|holdings|ag|gmbh|nv)\.?$"
)
_QUOTE_MARKS = re.compile(r"[«»„“”\"']")


def _core_name(name: str) -> str:
    """A company's name without its legal form's words and quotes, lower case ("андес" of
    "АКБ «АНДЕС» АО"); the name itself where it has no such words."""
    core = normalize(_QUOTE_MARKS.sub("", name)).strip()
    while (cut := _LEGAL_FORM.sub("", core, count=1).strip()) != core:
        core = cut
    return core


def joined_legal_forms(
    entries: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """Names of one company that differ only by its legal form's words ("АКБ АНДЕС", "АКБ
    АНДЕС АО", "АНДЕС Акционерное общество") are one organization: the known key and name
    where one is known, else the name of the fewest words. Not two known bodies, nor a name
    that is all legal form, nor names whose words differ otherwise ("Андес Энерджи АО")."""
    groups: dict[str, set[tuple[str, str]]] = {}
    for _, key, name in entries:
        full = _known_name(gazetteer, key) or name
        core = _core_name(full) if full else ""
        if core and core != normalize(full):
            groups.setdefault(core, set())
    for span, key, name in entries:
        full = _known_name(gazetteer, key) or name
        if full and (core := _core_name(full)) in groups:
            groups[core].add((key, full))
        elif key and (core := _core_name(span.text)) in groups:
            groups[core].add((key, full))  # a known body as the text writes it: "Goldman Sachs"
    chosen: dict[str, tuple[str, str]] = {}
    for core, names in groups.items():
        keys = {k for k, _ in names} - {""}
        if len(names) < 2 or len(keys) > 1:
            continue
        known = [(k, n) for k, n in names if k]
        chosen[core] = known[0] if known else min(names, key=lambda kn: (len(kn[1].split()), kn[1]))
    out = []
    for span, key, name in entries:
        full = _known_name(gazetteer, key) or name
        core = _core_name(full) if full else ""
        out.append((span, *chosen[core]) if core in chosen else (span, key, name))
    return out


_CYRILLIC_SOUNDS = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "h",
            "ts",
            "ch",
            "sh",
            "sch",
            "-",
            "y",
            "-",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)
# Latin spellings of one sound, in the order they are read: "ph", "w", "f" are "v" to the ear
# of a Russian spelling ("Volkswagen", "Фольксваген"), "c" before "e"/"i" an "s", else "k".
_LATIN_SOUNDS = (
    ("ph", "v"), ("w", "v"), ("f", "v"), ("ck", "k"), ("x", "ks"), ("q", "k"),
    ("ts", "s"), ("tz", "s"), ("z", "s"),
)  # fmt: skip
_SOUNDED_CONSONANTS = 4  # "vlksvgn": fewer may match by chance ("Тойота", "Toyota": "tt")


def _consonants(name: str) -> str:
    """A name's consonants as a Russian ear hears them, Latin or Cyrillic, doubled ones once
    ("Volkswagen", "Фольксваген" → "vlksvgn"); "" for a name mixing both scripts."""
    low = name.lower()
    latin = re.fullmatch(r"[a-z][a-z\s-]*", low) is not None
    if not latin:
        if re.fullmatch(r"[а-яё][а-яё\s-]*", low) is None:
            return ""
        low = "".join(_CYRILLIC_SOUNDS.get(ch, ch).strip("-") for ch in low)
    low = re.sub(r"c(?=[eiy])", "s", low).replace("c", "k")
    for written, heard in _LATIN_SOUNDS:
        low = low.replace(written, heard)
    sounds = re.sub(r"[aeiouyhj\s-]", "", low)
    return re.sub(r"(.)\1+", r"\1", sounds)


def joined_by_sound(
    entries: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """An unknown Cyrillic name that spells by sound exactly one Latin name of the text
    («Фольксваген» of "Volkswagen": the same consonants to the ear, four or more) is that
    organization: its key and name. Not a name two Latin names of the text sound like, nor
    one of fewer consonants, nor one of other consonants ("Фольксбанк")."""
    latin: dict[str, set[tuple[str, str]]] = {}
    for _, key, name in entries:
        full = _known_name(gazetteer, key) or name
        if re.search(r"[A-Za-z]", full) and len(found := _consonants(full)) >= _SOUNDED_CONSONANTS:
            latin.setdefault(found, set()).add((key, full))
    out = []
    for span, key, name in entries:
        sounds = "" if key or re.search(r"[A-Za-z]", name) else _consonants(name)
        meant = latin.get(sounds, set()) if len(sounds) >= _SOUNDED_CONSONANTS else set()
        out.append((span, *next(iter(meant))) if len(meant) == 1 else (span, key, name))
    return out


def _city_adjective(adjective: str, place: str) -> bool:
    """`adjective` is made of `place`'s name, in any case of it ("Лимский" of "Лимы",
    "Сантьягский" of "Сантьяго", "Кёльнский" of "Кёльна"): they share all but its last two
    letters, three at least."""
    low, name = normalize(adjective), normalize(place)
    shared = next((n for n, (a, b) in enumerate(zip(low, name, strict=False)) if a != b), 0)
    shared = shared or min(len(low), len(name))
    return shared >= max(3, len(name) - 2)


def _place_adjective(word: str) -> bool:
    """A capitalised adjective, one the dictionary knows or one a place's name makes with
    "-ский"/"-цкий" ("Сантьягский")."""
    made = re.search(r"[сц]к(?:ий|ая|ое)$", word.lower()) is not None
    return word[:1].isupper() and (made or adjective_word(word))


def joined_city_forms(
    entries: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """A body's noun after its city's adjective ("Лимского суда") is the one unknown body of
    the text named by that noun and the city's genitive ("Суд Лимы"), which names it. Not
    a name with more words ("Административный суд Лимы": `_part_of_name`), nor where two
    such names fit."""
    pairs = [(key, _known_name(gazetteer, key) or name) for _, key, name in entries]
    by_place = {
        (normalize(words[0]), words[1]): name
        for key, name in pairs
        if not key and len(words := name.split()) == 2 and words[1][:1].isupper()
        and not adjective_word(words[1])
    }  # fmt: skip
    out = []
    for (span, key, name), (_, full) in zip(entries, pairs, strict=True):
        words = full.split()
        if key or len(words) != 2 or not _place_adjective(words[0]):
            out.append((span, key, name))
            continue
        meant = {
            n for (noun, place), n in by_place.items()
            if noun == normalize(words[1]) and _city_adjective(words[0], place)
        }  # fmt: skip
        out.append((span, "", next(iter(meant))) if len(meant) == 1 else (span, key, name))
    return out


_LOCAL = re.compile(r"[сц]к(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")


def _item_places(gazetteer: Gazetteer, key: str) -> list[str]:
    """The places a known item's other names give after a hyphen ("Москва" of
    "Спартак-Москва")."""
    org = gazetteer.org(key)
    if org is None:
        return []
    return [n.rsplit("-", 1)[1] for n in org.abbreviations if "-" in n and n[:1].isupper()]


def _made_of(adjective: str, place: str) -> bool:
    """`adjective` may be made of `place`'s name: they open alike up to its last two letters,
    two at least and four at most ("московский" of "Москва", "рижский" of "Рига")."""
    low, name = normalize(adjective), normalize(place)
    shared = len(os.path.commonprefix([low, name]))
    return shared >= max(2, min(4, len(name) - 2))


def local_namesakes(
    entries: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """A known quoted name after a lower-case adjective of a city other than the one the
    item's other names give ("тамбовский «Спартак»", "рижский «Спартак»" of "Спартак-Москва")
    is that city's namesake: no key, named with the adjective, so two cities' are two; the
    name without an adjective in a text that names one such namesake only, and not the item's
    own city, is that one too. Not the item's own city ("московский «Спартак»"), nor an item
    whose names give no city."""
    local: dict[int, str] = {}
    namesakes: dict[str, set[str]] = {}
    own: set[str] = set()
    for n, (span, key, name) in enumerate(entries):
        doc, i = span.doc, span.start - 2
        adjective = doc[i] if i >= 0 and doc[i + 1].text in QUOTES_OPEN else None
        places = _item_places(gazetteer, key) if key and adjective is not None else []
        if (
            adjective is None
            or not places
            or not adjective.text.islower()
            or not _LOCAL.search(adjective.text)
        ):
            continue
        if any(_made_of(adjective.lemma_, place) for place in places):
            own.add(key)
            continue
        local[n] = f"{upper_first(adjective.lemma_)} {_known_name(gazetteer, key) or name}"
        namesakes.setdefault(key, set()).add(local[n])
    out = []
    for n, (span, key, name) in enumerate(entries):
        if n in local:
            out.append((span, "", local[n]))
        elif key and key not in own and len(namesakes.get(key, ())) == 1:
            out.append((span, "", next(iter(namesakes[key]))))
        else:
            out.append((span, key, name))
    return out


# a model's number or code: "737", "S24", "A320neo", "F-16", "787-9", "CRJ900"
_MODEL = re.compile(r"^(?:[A-Za-z]{0,4}-?\d{1,4}[A-Za-z]{0,4}(?:-\d{1,3})?)$")


def maker_of_model(span: Span) -> bool:
    """A Latin-script name right before a model's number or code, perhaps past a product
    line's Latin name ("Boeing 737 MAX", "Xiaomi 14", "Samsung Galaxy S24"): it names the
    product, not the company. Not a name before a quantity or a date ("Huawei 5 мая",
    "Samsung 10 млрд"): a number a Cyrillic word or "%" follows counts something."""
    if not span.text or not all(latin_letter(w) for w in span.text.split()):
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
                                    and not latin_letter(after.text) and after.pos_ in
                                    ("NOUN", "NUM", "ADJ"))  # fmt: skip
    return not (code.isdigit() and counts)


def _line_word(t: Token) -> bool:
    """A product line's Latin word between a maker and its model ("Galaxy", "iPhone")."""
    return t.text[:1].isalpha() and latin_letter(t.text) and not _MODEL.match(t.text)


def joined_adjectives(ents: Sequence[Span]) -> list[Span]:
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


def joined_genitives(ents: list[Span]) -> list[Span]:
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
        body = morph().lemma(noun.lower_, "NOUN") in BODY_NOUNS | ORG_NOUNS
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
    return heads and all(t.text in QUOTES_OPEN for t in between)


def named_again(found: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """A name in brackets right after an organization's, past its closing quote, is the
    same organization named otherwise ("Экономического сообщества западноафриканских
    государств (ЭКОВАС)", "Японская организация внешней торговли (JETRO)"), and so is one
    after "(далее —" or ", или" ("Федеральное агентство … (далее — Агентство)",
    "Национальная полиция Польши, или Policja,"): one node under the known key of either,
    else under the first name; not two known bodies. The text's other mentions by the
    second name ("По данным Госстата" after "… Украины (Госстат)") are that node too:
    the text said the two names are one body (forty-ninth pass, h-orgs56)."""
    out = list(found)
    firsts: dict[int, list[int]] = {}
    for n, (span, _, _) in enumerate(found):
        firsts.setdefault(span.end + closes_quote(span), []).append(n)
    joined: dict[str, tuple[str, str]] = {}  # a second name → the node the text ties it to
    for n, (span, key, name) in enumerate(found):
        opener = _naming_opener(span)
        first = None if opener is None else _bracketed_name(found, firsts.get(opener, []), span)
        if first is None:
            continue
        other, other_key, other_name = out[first]
        if key and other_key and key != other_key:
            continue
        out[first] = (other, other_key or key, other_name)
        out[n] = (span, other_key or key, other_name)
        if not key:
            joined[normalize(name)] = out[n][1:]
    return [
        (span, *joined[normalize(name)]) if not key and normalize(name) in joined else entry
        for entry in out
        for span, key, name in [entry]
    ]


_ALSO_WORDS = frozenset(["далее"])  # "(далее — Агентство)": the name the text goes on with


def _naming_opener(span: Span) -> int | None:
    """Where the name that `span` names again must end: the token of "(" before a bracketed
    second name, of "(" before "далее —" ("(далее по тексту — X)"), of the comma before
    ", или X,"; None where `span` stands in none of those. Quotes around the second name
    are passed over ("(«Укрпочта»)")."""
    doc = span.doc
    start, end = span.start, span.end
    if start and doc[start - 1].text in QUOTES_OPEN:
        start -= 1
    if end < len(doc) and doc[end].text in QUOTES_CLOSE:
        end += 1
    if start < 2 or end >= len(doc):
        return None
    closing = doc[end].text
    if doc[start - 1].text == "(" and closing == ")":
        return start - 1
    if doc[start - 1].text.lower() == "или" and doc[start - 2].text == ",":
        return start - 2 if closing in {",", ")"} | DASHES_OR_HYPHEN else None
    if doc[start - 1].text not in DASHES_OR_HYPHEN or closing != ")":
        return None
    for i in range(start - 2, max(start - 6, 0), -1):  # "(далее", "(далее по тексту"
        if doc[i].text.lower() in _ALSO_WORDS:
            return i - 1 if i and doc[i - 1].text == "(" else None
    return None


def _bracketed_name(found: list[tuple[Span, str, str]], ends: list[int], named: Span) -> int | None:
    """Which of the names ending right before the brackets of `named` the brackets name:
    the one whose initials it is, else the innermost ("исполнительного комитета
    Социал-демократической партии (SDE)" → the party, not its committee)."""
    if len(ends) < 2:
        return ends[0] if ends else None
    letters = initials_letters(named.text)
    spelled = [n for n in ends if letters in name_initials(found[n][0], ())]
    if len(spelled) == 1:
        return spelled[0]
    return max(ends, key=lambda n: found[n][0].start)


def add_untaken(
    out: list[tuple[Span, str, str]], taken: set[int], entries: list[tuple[Span, str, str]]
) -> None:
    """Adds to `out` each entry none of whose tokens a mention found before holds."""
    for span, key, name in entries:
        if not any(i in taken for i in range(span.start, span.end)):
            out.append((span, key, name))
            taken.update(range(span.start, span.end))


def latin_letter(word: str) -> bool:
    """The word opens with a Latin letter ("Vancouver"; not ".", "в")."""
    return word[:1].isascii() and word[:1].isalpha()


def closes_quote(span: Span) -> int:
    """1 where a closing quote follows the span ("«Лима Кроникл»"), else 0."""
    return int(span.end < len(span.doc) and span.doc[span.end].text in QUOTES_CLOSE)
