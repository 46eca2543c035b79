"""Entity resolution: every way a text names a person, state or organization → one key.

Inside a document, name variants of one person cluster on the surname (or on
first name and patronymic); the cluster links to the gazetteer when the
names agree, otherwise it becomes a corpus entity keyed by its nominative
name. Titles ("Президент РФ", "глава Российского государства") name the
holder of the office at the document's date, or the person they stand in
apposition to ("премьер-министр Индии Нарендра Моди"), which also gives
unknown people their office and state. Across documents a `Registry` carries
the entities seen so far, so "Моди" in a later article is the same node.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from urllib.parse import urlparse

from spacy.tokens import Doc, Span

from kg.gazetteer import Gazetteer, OfficeTerm, PersonEntry, slug
from kg.model import Document, Entity, Mention
from kg.nlp import models
from kg.nlp.names import NameParts, fold, form_of, is_first_name, name_parts, nominative_word
from kg.nlp.titles import ROLE_OFFICES, Title, find_titles

_QUOTES_OPEN = "«\"“„'"
_QUOTES_CLOSE = "»\"”'"
# Nouns before a quoted name that make it an organization ("газета «Известия»").
ORG_NOUNS = frozenset(
    [
        "газета",
        "агентство",
        "издание",
        "журнал",
        "телеканал",
        "радио",
        "компания",
        "корпорация",
        "холдинг",
        "банк",
        "фонд",
        "концерн",
        "партия",
        "движение",
        "портал",
        "сайт",
        "информагентство",
    ]
)
# Words natasha sometimes pulls into a person span that are not names.
_NOT_NAME = frozenset(
    ["уважаемый", "уважаемая", "господин", "госпожа", "г-н", "товарищ", "коллега"]
)
_SPACE_RUN = re.compile(r"\s*[\n\r]\s*")


@dataclass
class Registry:
    """Entities known to the corpus so far, by key; the first description wins."""

    gazetteer: Gazetteer
    entities: dict[str, Entity] = field(default_factory=dict)
    # Persons without a Wikidata ID by folded surname: a later "Дахал" finds "Пушпа Камал
    # Дахал" without walking every entity of the corpus.
    _by_surname: dict[str, list[Entity]] = field(default_factory=dict, repr=False)

    def add(self, entity: Entity) -> Entity:
        known = self.entities.get(entity.key)
        if known is None:
            self.entities[entity.key] = entity
            if entity.type == "Person" and not entity.wikidata:
                self._by_surname.setdefault(_surname(entity), []).append(entity)
            return entity
        if not known.office and entity.office:
            known.office, known.state = entity.office, entity.state
        return known

    def known(self, key: str) -> Entity | None:
        """The entity with this key: one resolved so far, else a gazetteer state or org."""
        if key in self.entities:
            return self.entities[key]
        if key.startswith("state/") and self.gazetteer.state(key):
            return _state_entity(self.gazetteer, key)
        return _org_entity(self.gazetteer, key, "") if self.gazetteer.org(key) else None

    def unknown_persons(self) -> Iterable[Entity]:
        return (e for e in self.entities.values() if e.type == "Person" and not e.wikidata)

    def unknown_by_surname(self, surname: str) -> list[Entity]:
        return self._by_surname.get(fold(surname), [])


@dataclass
class _PersonMention:
    start: int  # character offsets
    end: int
    parts: NameParts
    tokens: tuple[int, int]  # token range
    via: str
    key: str = ""


def resolve(doc: Doc, document: Document, registry: Registry) -> tuple[list[Entity], list[Mention]]:
    """Entities named in the document and every mention of them."""
    states = list(doc.spans.get("states", []))
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []

    def emit(entity: Entity, start: int, end: int, via: str) -> None:
        entity = registry.add(entity)
        entities[entity.key] = entity
        mentions.append(Mention(start, end, document.text[start:end], entity.key, entity.type, via))

    for span in states:
        emit(
            _state_entity(registry.gazetteer, span.kb_id_), span.start_char, span.end_char, span.id_
        )
    for start, end, key in doc.user_data.get("state_parts", []):
        emit(_state_entity(registry.gazetteer, key), start, end, "adjective")

    org_spans = _organization_spans(doc, states)
    for span, key, name in org_spans:
        entity = _org_entity(registry.gazetteer, key, name)
        emit(entity, span.start_char, span.end_char, span.id_ or "name")

    titles = find_titles(doc, states)
    persons = _person_mentions(doc, states, [s for s, _, _ in org_spans], registry.gazetteer)
    home = home_state(
        document, [m.entity for m in mentions if m.type == "State"], registry.gazetteer
    )
    _resolve_persons(persons, titles, doc, document, registry, home, emit)
    mentions.sort(key=lambda m: (m.start, m.end, m.entity))
    return sorted(entities.values(), key=lambda e: e.key), _dedupe(mentions)


def home_state(document: Document, states: list[str], gazetteer: Gazetteer) -> str:
    """The state a text speaks for, whose "Глава государства" needs no name: the country
    of the source's domain (akorda.kz, kremlin.ru), else the state it names most."""
    host = urlparse(document.url).hostname or ""
    country = host.rsplit(".", 1)[-1].upper() if "." in host else ""
    country = {"UK": "GB", "SU": "RU"}.get(country, country)
    by_domain = next((s.key for s in gazetteer.states if s.iso2 == country and country), "")
    if by_domain:
        return by_domain
    counts = Counter(states)
    return max(counts, key=lambda k: (counts[k], -states.index(k))) if counts else ""


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[int, int, str]] = set()
    out = []
    for m in mentions:
        if (m.start, m.end, m.entity) not in seen:
            seen.add((m.start, m.end, m.entity))
            out.append(m)
    return out


# --- states and organizations -------------------------------------------------------------


def _state_entity(gazetteer: Gazetteer, key: str) -> Entity:
    state = gazetteer.state(key)
    assert state is not None, key  # spans carry keys the gazetteer gave
    return Entity(key, "State", state.name, state.name_en, state.wikidata)


def _org_entity(gazetteer: Gazetteer, key: str, name: str) -> Entity:
    org = gazetteer.org(key) if key else None
    if org is not None:
        state = f"state/{org.state}" if org.state else ""
        return Entity(org.key, "Organization", org.name, org.name_en, org.wikidata, state=state)
    return Entity(f"org/{slug(name)}", "Organization", name)


def _organization_spans(doc: Doc, states: list[Span]) -> list[tuple[Span, str, str]]:
    """(span, gazetteer key or "", nominative name) for each organization mention."""
    out: list[tuple[Span, str, str]] = []
    taken: set[int] = set()
    for span in doc.spans.get("orgs", []):
        org_name = span.kb_id_
        out.append((span, org_name, ""))
        taken.update(range(span.start, span.end))
    state_tokens = {i: s for s in states for i in range(s.start, s.end)}
    for ent in doc.ents:
        if ent.label_ != "ORG" and not (ent.label_ == "PER" and _quoted_title(doc, ent)):
            continue
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        if all(i in state_tokens for i in range(ent.start, ent.end)):
            continue  # natasha's ORG that is just a state name ("РФ")
        span = _strip_quotes(ent)
        if span is None:
            continue
        after = next((s for s in states if s.start == span.end and s.id_ != "adjective"), None)
        if after is not None:
            span = doc[span.start : after.end]  # "Правительства России", "МИД РФ"
        elif len(span) == 1 and _common_noun(span[0].text):
            continue  # a bare "Правительство": which one, the text does not say here
        name = organization_name(span)
        if len(name) < 2:
            continue
        out.append((span, "", name))
        taken.update(range(span.start, span.end))
    return out


def _common_noun(word: str) -> bool:
    """A dictionary common noun ("Правительство") or a generic abbreviation ("СМИ", "СНВ-3"),
    not a name ("Росатом", "Известия", "МИД", "ФИФА")."""
    stem = word.split("-")[0] if any(ch.isdigit() for ch in word) else word
    parses = models.morph_analyzer().parse(stem)
    if not parses or not parses[0].is_known or parses[0].tag.POS != "NOUN":
        return False
    grammemes = parses[0].tag.grammemes
    if {"Orgn", "Geox", "Name", "Surn"} & grammemes:
        return False
    return "Abbr" in grammemes if stem.isupper() else True


def _quoted_title(doc: Doc, ent: Span) -> bool:
    """A name in quotes after "газета", "агентство"…, or the owner of a "пресс-служба":
    an organization, not a person."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text in _QUOTES_OPEN:
        before = doc[ent.start - 2] if ent.start > 1 else None
    return before is not None and (before.lemma_ in ORG_NOUNS or before.lemma_ == "пресс-служба")


def _strip_quotes(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and span.doc[start].text in _QUOTES_OPEN + _QUOTES_CLOSE:
        start += 1
    while end > start and span.doc[end - 1].text in _QUOTES_OPEN + _QUOTES_CLOSE:
        end -= 1
    return span.doc[start:end] if end > start else None


def organization_name(span: Span) -> str:
    """The organization's name in the nominative: the head and its agreeing adjectives
    change case ("Российской газете" → "Российская газета"); genitive dependents stay."""
    head = span.root
    case = head.morph.get("Case")
    if not case or case[0] == "Nom":
        return span.text
    words = []
    for t in span:
        agrees = t.i == head.i or (t.head.i == head.i and t.dep_ == "amod" and t.i < head.i)
        words.append((_nominative_common(t, head) if agrees else t.text) + t.whitespace_)
    return "".join(words).strip()


_GENDER = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}


def _nominative_common(t, head) -> str:  # noqa: ANN001 - spaCy Tokens
    """A common noun or adjective in the nominative, agreeing with the head noun."""
    if t.text.isupper():
        return t.text  # an abbreviation ("МИД") does not decline
    number = {"Plur": "plur"}.get((head.morph.get("Number") or ["Sing"])[0], "sing")
    gender = _GENDER.get((head.morph.get("Gender") or [""])[0])
    wanted = {"nomn", number} | (
        {gender} if gender and number == "sing" and t.i != head.i else set()
    )
    for p in models.morph_analyzer().parse(t.text):
        if p.tag.POS in ("NOUN", "ADJF") and p.is_known:
            form = p.inflect(wanted) or p.inflect({"nomn", number}) or p.inflect({"nomn"})
            if form:
                word = form.word
                return word[:1].upper() + word[1:] if t.text[:1].isupper() else word
    # An unknown name ("Акорды"): the same case-ending rules as for surnames.
    case = (t.morph.get("Case") or [""])[0]
    return nominative_word(t.text, case, (t.morph.get("Gender") or [""])[0] == "Fem", "")


# --- persons ------------------------------------------------------------------------------


def _person_mentions(
    doc: Doc, states: list[Span], orgs: list[Span], gaz: Gazetteer
) -> list[_PersonMention]:
    blocked = {i for s in [*states, *orgs] for i in range(s.start, s.end)}
    spans = _merge_adjacent(doc, list(doc.ents), blocked)
    spans += _surnames_missed(doc, spans, blocked, gaz)
    out = []
    for span in spans:
        for piece in _split_lines(span):
            piece = _trim(piece, blocked)
            if piece is not None:
                piece = _with_initials(piece)
            if piece is None or all(i in blocked for i in range(piece.start, piece.end)):
                continue
            if _quoted_title(doc, piece):
                continue
            parts = name_parts(piece)
            if not (parts.last or parts.first):
                continue
            via = _via(parts)
            out.append(
                _PersonMention(
                    piece.start_char, piece.end_char, parts, (piece.start, piece.end), via
                )
            )
    return out


@cache
def _name_index(gaz: Gazetteer) -> tuple[dict[str, list[str]], dict[str, list[PersonEntry]]]:
    """Known surnames by their first three letters, and persons with several name words
    by the first two letters of the first: built once, not per document or mention
    (`form_of` keeps a name's first letters, so the prefix never hides a match)."""
    surnames: dict[str, list[str]] = {}
    names: dict[str, list[PersonEntry]] = {}
    for p in gaz.persons:
        if len(p.last) >= 4:
            surnames.setdefault(fold(p.last)[:3], []).append(p.last)
        words = p.name.split()
        if len(words) > 1:
            names.setdefault(fold(words[0])[:2], []).append(p)
    return surnames, names


def _surnames_missed(doc: Doc, spans: list[Span], blocked: set[int], gaz: Gazetteer) -> list[Span]:
    """Known surnames natasha left untagged ("Токаев написал статью"): surnames of the
    gazetteer and of the names found in this document, as proper nouns."""
    covered = blocked | {i for s in spans for i in range(s.start, s.end)}
    surnames, names = _name_index(gaz)
    in_doc: dict[str, list[str]] = {}
    for surname in (s[-1].text for s in spans if len(s) > 1):
        if len(surname) >= 4:
            in_doc.setdefault(fold(surname)[:3], []).append(surname)
    out = []
    for t in doc:
        if t.i in covered or not t.text[:1].isupper():
            continue
        # A whole known name, however short its parts ("Си Цзиньпин подчеркнул").
        whole = next(
            (
                doc[t.i : t.i + len(words)]
                for words in (p.name.split() for p in names.get(fold(t.text)[:2], ()))
                if _same_words(tuple(x.text for x in doc[t.i : t.i + len(words)]), words)
            ),
            None,
        )
        if whole is not None and not any(i in covered for i in range(whole.start, whole.end)):
            out.append(whole)
            covered |= set(range(whole.start, whole.end))
        elif (
            t.pos_ == "PROPN"
            and len(t.text) >= 4
            and any(
                form_of(t.text, s)
                for index in (surnames, in_doc)
                for s in index.get(fold(t.text)[:3], ())
            )
        ):
            out.append(doc[t.i : t.i + 1])
    return out


def _via(parts: NameParts) -> str:
    if parts.initials:
        return "initials"
    if parts.first and parts.last:
        return "name"
    if parts.patronymic:
        return "patronymic"
    return "surname" if parts.last else "name"


def _merge_adjacent(doc: Doc, ents: list[Span], blocked: set[int]) -> list[Span]:
    """PER spans, each joined with a one-word proper name natasha tagged LOC/ORG right
    before it on the same line ("Касым-Жомарта"/LOC + "Токаева"/PER)."""
    out: list[Span] = []
    for i, ent in enumerate(ents):
        if ent.label_ != "PER":
            continue
        prev = ents[i - 1] if i > 0 else None
        if (
            prev is not None
            and prev.label_ != "PER"
            and prev.end == ent.start
            and len(prev) == 1
            and prev[0].pos_ == "PROPN"
            and prev.start not in blocked
            and "\n" not in prev[0].whitespace_
            and _name_like(prev[0].text)
        ):
            ent = doc[prev.start : ent.end]
        out.append(ent)
    return out


def _name_like(word: str) -> bool:
    """A first name ("Касым-Жомарта"), not a place, an organization or a common noun
    ("Приморья", "ФИФА", "Арсенала") that natasha put before a name."""
    if word.isupper():
        return False
    if is_first_name(word) or "-" in word:
        return True
    parses = models.morph_analyzer().parse(word)
    return not any(
        p.is_known and ({"Geox", "Orgn"} & p.tag.grammemes or p.normal_form == p.word.lower())
        for p in parses
    )


def _split_lines(span: Span) -> list[Span]:
    """ "Касым-Жомартом Токаевым\\n\\nВ.Путин" is two people: a line break ends a name."""
    pieces, start = [], span.start
    for t in span:
        if t.text == "(":  # "Джошуа Вольфа (Joshua Wolf)": the original spelling is not the name
            break
        prev = span.doc[t.i - 1] if t.i > start else None
        if prev is not None and _new_name_starts(prev, t):
            pieces.append(span.doc[start : t.i])  # "советника Обамы Тони Донилона": two people
            start = t.i
            continue
        if t.is_space and _SPACE_RUN.search(t.text):
            if t.i > start:
                pieces.append(span.doc[start : t.i])
            start = t.i + 1
        elif t.i > span.start and "\n" in span.doc[t.i - 1].whitespace_:
            pieces.append(span.doc[start : t.i])
            start = t.i
    end = next((t.i for t in span if t.text == "("), span.end)
    if start < end:
        pieces.append(span.doc[start:end])
    return pieces


def _new_name_starts(prev, t) -> bool:  # noqa: ANN001 - spaCy Tokens
    """A first name right after a known surname begins another person's name."""
    if not (prev.text[:1].isupper() and is_first_name(t.text)) or is_first_name(prev.text):
        return False
    parses = models.morph_analyzer().parse(prev.text)
    return any("Surn" in p.tag and p.is_known for p in parses)


def _trim(span: Span, blocked: set[int]) -> Span | None:
    """Drop what natasha pulled into a name: a state ("Казахстана Касым-Жомарт…"),
    a form of address ("Уважаемый"), punctuation at either end."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (
        start in blocked or doc[start].lower_ in _NOT_NAME or not doc[start].text[:1].isalpha()
    ):
        start += 1
    while end > start and (end - 1 in blocked or not doc[end - 1].text[:1].isalpha()):
        end -= 1
    return doc[start:end] if end > start else None


def _with_initials(span: Span) -> Span:
    """Take in initials written before the name ("К.-Ж.Токаев", "В. В. Путин") and first
    names natasha left out ("Реджепом" before "Тайипом Эрдоганом")."""
    doc, start = span.doc, span.start
    while (
        start >= 1
        and doc[start - 1].pos_ == "PROPN"
        and "\n" not in doc[start - 1].whitespace_
        and is_first_name(doc[start - 1].text)
    ):
        start -= 1
    while (
        start >= 2
        and doc[start - 1].text in (".", "-")
        or (start >= 1 and re.fullmatch(r"[А-ЯЁA-Z]", doc[start - 1].text))
    ):
        if doc[start - 1].text == "-" and start >= 2 and doc[start - 2].text == ".":
            start -= 1
        elif (
            doc[start - 1].text == "."
            and start >= 2
            and re.fullmatch(r"[А-ЯЁA-Z]", doc[start - 2].text)
        ):
            start -= 2
        else:
            break
    return doc[start : span.end]


def _resolve_persons(
    persons: list[_PersonMention],
    titles: list[Title],
    doc: Doc,
    document: Document,
    registry: Registry,
    home: str,
    emit,  # noqa: ANN001 - closure from resolve()
) -> None:
    gaz = registry.gazetteer
    title_before = {t.end: t for t in titles}
    clusters: dict[str, Entity] = {}  # folded surname (or first+patronymic) → entity
    order: list[tuple[int, Entity, bool]] = []  # (token, entity, is subject): for bare titles

    for m in sorted(persons, key=lambda m: m.start):
        title = title_before.get(m.tokens[0]) or _title_across_comma(title_before, doc, m.tokens[0])
        entity = _link(m.parts, document, gaz, clusters, registry, title)
        if entity is None:
            continue
        if title is not None and title.state and not entity.office and not entity.wikidata:
            entity = replace(entity, office=title.office, state=title.state)
        for key in _cluster_keys(m.parts):
            clusters.setdefault(key, entity)
        emit(entity, m.start, m.end, m.via)
        root = doc[m.tokens[0] : m.tokens[1]].root
        order.append((m.tokens[0], registry.entities[entity.key], _is_subject(root)))

    person_starts = {m.tokens[0] for m in persons}
    for title in titles:
        comma_then_name = title.end < len(doc) and doc[title.end].text == ","
        if title.end in person_starts or (comma_then_name and title.end + 1 in person_starts):
            continue  # apposition: the person span names them
        holder = _title_holder(title, document.date, gaz, registry, order, home)
        if holder is not None:
            emit(
                holder,
                doc[title.start].idx,
                doc[title.end - 1].idx + len(doc[title.end - 1]),
                "title",
            )


def _is_subject(token) -> bool:  # noqa: ANN001 - spaCy Token
    """The subject of its clause, also when it stands in apposition to a title
    ("Президент Казахстана Касым-Жомарт Токаев прибыл")."""
    while token.dep_ in ("appos", "flat", "flat:name", "conj") and token.head.i != token.i:
        token = token.head
    return token.dep_ in ("nsubj", "nsubj:pass")


def _title_across_comma(title_before: dict[int, Title], doc: Doc, start: int) -> Title | None:
    """ "Президент Казахстана, Касым-Жомарт Токаев": a comma between title and name."""
    if start >= 1 and doc[start - 1].text == ",":
        return title_before.get(start - 1)
    return None


def _cluster_keys(parts: NameParts) -> list[str]:
    keys = []
    if parts.last:
        keys.append("L:" + fold(parts.last))
    if parts.first and parts.patronymic:
        keys.append("FP:" + fold(parts.first) + " " + fold(parts.patronymic))
    return keys


def _link(
    parts: NameParts,
    document: Document,
    gaz: Gazetteer,
    clusters: dict[str, Entity],
    registry: Registry,
    title: Title | None,
) -> Entity | None:
    date, doc_id = document.date, document.id
    # 1. The same person earlier in this document.
    for key in _cluster_keys(parts):
        if key in clusters and _compatible(parts, clusters[key]):
            return clusters[key]
    if not parts.last and len(parts.words) == 1:
        # A lone word read as a first name may be a surname met before ("Алиев", "Рахмон").
        surname = [e for k, e in clusters.items() if k.startswith("L:")
                   and form_of(parts.words[0], e.name.split()[-1])]  # fmt: skip
        if surname:
            return surname[-1]
    if parts.last:
        written = parts.words[-1] if parts.words else parts.last
        for key, entity in clusters.items():
            surname = entity.name.split()[-1]
            same = form_of(parts.last, surname) or form_of(written, surname)
            if key.startswith("L:") and same and _compatible(parts, entity):
                return entity
    # 2. The gazetteer.
    known = _gazetteer_person(parts, date, gaz, title)
    if known is not None:
        return _person_entity(known, date, title.office if title is not None else "")
    # 3. A person found earlier in the corpus.
    if parts.last and not parts.first:
        same = registry.unknown_by_surname(parts.last)
        if len(same) == 1 and _compatible(parts, same[0]):
            return same[0]
    # 4. Someone new. A first name alone ("Марк"), or with a patronymic, is a person of
    # this document only: across documents it would conflate strangers.
    name = parts.full
    if not parts.last:
        if parts.first and not parts.patronymic:
            same = {e.key: e for k, e in clusters.items() if _first_of(e) == fold(parts.first)}
            if len(same) == 1:
                return next(iter(same.values()))
        return Entity(f"person/{slug(name)}-in-{slug(doc_id)}", "Person", name) if name else None
    return Entity(f"person/{slug(name)}", "Person", name)


def _first_of(entity: Entity) -> str:
    words = entity.name.split()
    return fold(words[0]) if len(words) > 1 else ""


def _surname(entity: Entity) -> str:
    return fold(entity.name.split()[-1])


def _compatible(parts: NameParts, entity: Entity) -> bool:
    """Initials and first names of a mention must not contradict the entity's name."""
    words = entity.name.split()
    first = fold(words[0]) if len(words) > 1 else ""
    if (
        parts.first
        and first
        and not any(form_of(w, g) for w in parts.first.split() for g in words[:-1])
    ):
        return False
    return not (parts.initials and first and fold(parts.initials[0]) != first[:1])


def _gazetteer_person(
    parts: NameParts, date: str, gaz: Gazetteer, title: Title | None
) -> PersonEntry | None:
    nearby = _name_index(gaz)[1].get(fold(parts.words[0])[:2], ()) if parts.words else ()
    whole = [p for p in nearby if _same_words(parts.words, p.name.split())]
    if len(whole) == 1:
        return whole[0]  # every word agrees, in order: "Си Цзиньпином", "Лулы да Силвы"
    if parts.last:
        written = parts.words[-1] if parts.words else parts.last
        candidates = gaz.persons_by_surname(parts.last) or [
            p
            for p in gaz.persons
            if p.last
            and (form_of(parts.last, p.last) or form_of(written, p.last)
                 or (len(parts.words) == 1 and form_of(written, p.last.split()[0])))
        ]  # fmt: skip
    else:
        candidates = [
            p for p in gaz.persons
            if p.patronymic and fold(p.patronymic) == fold(parts.patronymic)
            and fold(p.first) == fold(parts.first)
        ]  # fmt: skip
    candidates = [p for p in candidates if _first_agrees(parts, p)]
    if title is not None and title.state:
        iso3 = title.state.removeprefix("state/")
        in_state = [p for p in candidates if any(t.state == iso3 for t in p.terms)]
        candidates = in_state or candidates
    if not candidates:
        return None
    if len(candidates) > 1 and not parts.first and not parts.initials:
        dated = [p for p in candidates if _term_at(p, date)]
        if len(dated) != 1:
            return None  # "Алиев" alone: which one? Leave it to the text's own names.
        return dated[0]
    return max(candidates, key=lambda p: (_term_at(p, date) is not None, _latest(p)))


def _same_words(words: tuple[str, ...], name: list[str]) -> bool:
    return len(words) == len(name) > 1 and all(
        form_of(w, n) for w, n in zip(words, name, strict=True)
    )


def _first_agrees(parts: NameParts, person: PersonEntry) -> bool:
    if parts.first:
        # "Тайип Эрдоган" of "Реджеп Тайип Эрдоган": any first name may stand for all.
        given = person.first.split()
        return not given or any(form_of(w, g) for w in parts.first.split() for g in given)
    if parts.initials:
        firsts = re.split(r"[\s-]+", person.first)
        return bool(person.first) and all(
            i < len(firsts) and fold(firsts[i][:1]) == fold(init)
            for i, init in enumerate(parts.initials[: len(firsts)])
        )
    return True


_STATE_OFFICES = tuple(o for offices in ROLE_OFFICES.values() for o in offices)


def _term_at(person: PersonEntry, date: str, prefer: str = "") -> OfficeTerm | None:
    """The term held at `date`; of concurrent ones, the office the text named (`prefer`),
    else a state office before a party post ("председатель" before "генеральный секретарь")."""
    if not date:
        return None
    key = date[:10]
    held = [
        t
        for t in person.terms
        if (not t.start or t.start[: len(key)] <= key)
        and (not t.end or key <= t.end[: len(key)] or t.end >= key)
    ]
    return min(held, key=lambda t: _rank(t.office, prefer), default=None)


def _rank(office: str, prefer: str) -> int:
    if office == prefer:
        return -1
    return _STATE_OFFICES.index(office) if office in _STATE_OFFICES else len(_STATE_OFFICES)


def _latest(person: PersonEntry) -> str:
    return max((t.start for t in person.terms), default="")


def _person_entity(person: PersonEntry, date: str, prefer: str = "") -> Entity:
    latest = max((t.start for t in person.terms), default="")
    term = _term_at(person, date, prefer) or _term_at(person, latest, prefer)
    office, state = (term.office, term.state) if term is not None else ("", "")
    state_key = f"state/{state}" if state and "/" not in state else state
    return Entity(
        person.key,
        "Person",
        person.name,
        person.name_en,
        person.wikidata,
        office=office,
        state=state_key,
    )


def _held(gaz: Gazetteer, entity: Entity, offices: tuple[str, ...], iso3: str) -> bool:
    """Whether the person ever held one of `offices` in the state, by gazetteer or text."""
    known = gaz.person(entity.key)
    if known is not None:
        return any(t.office in offices and t.state == iso3 for t in known.terms)
    return entity.office in offices and entity.state == f"state/{iso3}"


def _title_holder(
    title: Title,
    date: str,
    gaz: Gazetteer,
    registry: Registry,
    order: list[tuple[int, Entity, bool]],
    home: str,
) -> Entity | None:
    if not title.state:
        # "Президент подчеркнул": the person last named in that role, preferring the
        # last one who was the subject of a sentence, as a reader would.
        offices = set(ROLE_OFFICES[title.role]) if title.generic else {title.office}
        before = [(e, subj) for i, e, subj in order if i < title.start and e.office in offices]
        subjects = [e for e, subj in before if subj]
        named = (subjects or [e for e, _ in before] or [None])[-1]
        if named is not None or not home:
            return named
        # Nobody named yet: the head of the state the text speaks for.
        title = replace(title, state=home)
    iso3 = title.state.removeprefix("state/")
    offices = (title.office, *ROLE_OFFICES[title.role])
    if not date:
        # Without a date the holder is not guessed: someone this text names who held it.
        named = [e for i, e, _ in order if _held(gaz, e, offices, iso3)]
        before = [e for i, e, _ in order if i < title.start and _held(gaz, e, offices, iso3)]
        return (before or named or [None])[-1]
    for office in dict.fromkeys(offices):
        holder = gaz.office_holder(office, iso3, date)
        if holder is not None:
            return _person_entity(holder, date, office)
    for entity in registry.unknown_persons():
        if entity.state == title.state and entity.office in offices:
            return entity
    return None
