"""What an organization is called: the nouns that make a span a body, an outlet or a house, the
entity an organization's name becomes, and its name in the nominative ("Российской газете" →
"Российская газета"). Split out of kg/resolve/organizations.py so that every reader of
organizations shares one place for these words and forms."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from kg.doc_text import kept_per_span, token_strings
from kg.gazetteer import Gazetteer, slug, state_table
from kg.lexicon import load_dict, load_groups, load_list, load_rows
from kg.memory import NAMES_KEPT
from kg.model import Entity
from kg.nlp.morph import (
    OC_CASE,
    UD_GENDER,
    case_of,
    closest_form,
    features,
    morph,
    noun_gender,
    same_form,
)
from kg.nlp.quote_marks import CLOSING, OPENING
from kg.resolve.name_lexicons import state_genitives
from kg.resolve.names import nominative_word
from kg.resolve.org_initials import abbreviation_like

# Names also stand in single straight quotes ('Apple'), beside the marks kg.nlp.quote_marks lists.
QUOTES_OPEN = OPENING | {"'"}
PLURAL_BODIES = load_list(Path(__file__).with_name("plural_bodies.txt"))
MANY_PER_STATE = load_list(Path(__file__).with_name("many_per_state.txt"))
PART_BODIES = load_list(Path(__file__).with_name("part_bodies.txt"))
THING_NOUNS = Path(__file__).with_name("thing_nouns.txt")
# The claims' nouns of a measured quantity ("грузооборот", "экспорт"): read here too
MEASURE_NOUNS = Path(__file__).parents[1] / "extract" / "claims" / "metric_nouns.txt"
PLACE_ABBREVIATIONS = Path(__file__).with_name("place_abbreviations.txt")
WORDS = load_groups(Path(__file__).with_name("org_words.txt"))
AGENCY_FIELDS = load_dict(Path(__file__).with_name("agency_fields.tsv"))
POSTED_IN = frozenset(["в", "на", "через"])  # "написал в Twitter", "через Telegram"
NOT_BODIES = frozenset(["по", "под"])  # before a part's word that then means no body
NOT_NAMES = frozenset(["adjective", "capital"])  # how a state is named: not by its name
LIST_JOINERS = frozenset([",", "и"])  # between listed adjectives


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
    "совет безопасности": ("Совбез",),
    "пограничная служба": ("Погранслужба",),
    "центральный банк": ("ЦБ", "Центробанк"),
    "национальный банк": ("Нацбанк",),
    "военно-воздушные силы": ("ВВС",),
    "военно-морские силы": ("ВМС",),
    "коммунистическая партия": ("Компартия",),
}


# A state's bodies by their nouns (state_bodies.txt).
STATE_BODIES = load_list(Path(__file__).with_name("state_bodies.txt"))
# The one-word contractions of a state's bodies' names (`BODY_SHORT`, lower case:
# "минобороны", "минфин", "генштаб"), which name a state's body before its state as the nouns
# do ("минобороны Турции" as "министерство обороны Турции"), written in lower case, where the
# tagger leaves them (`org_modifiers.body_noun`); the links table's generator reads them with
# `STATE_BODIES`. The other readers of the list read its nouns alone: a bare body the text's
# one state settles ("Госдепартамент" alone is no Egypt's), a capitalised contraction the
# tagger names ("Госдепартамента США", whose title keeps it: "пресс-секретарь Госдепартамента").
CONTRACTED_BODIES = frozenset(
    s.lower() for shorts in BODY_SHORT.values() for s in shorts if not s.isupper()
)
# A state's bodies and its national team ("сборная"), named by a noun before the state.
BODY_NOUNS = STATE_BODIES | WORDS["team"]


QUOTES_CLOSE = CLOSING | {"'"}
QUOTES = QUOTES_OPEN | QUOTES_CLOSE
# The label of a state's body named by its common noun (`noun_bodies`).
BODY_NOUN = "BODY_NOUN"
# The label of a governing body named bare whose state the text settles (`settled_bodies`).
SETTLED_BODY = "SETTLED_BODY"
# The label of a body named by what it governs in common nouns (`named_by_genitive`):
# "администрация города" is this text's city's, another text's is another body.
LOCAL_BODY = "LOCAL_BODY"
# The label of a body's noun and the organization it is a part of, named by the field after
# them (`_fielded_part`: "Агентство ООН [по делам беженцев]"), no body without it.
FIELDED_PART = "FIELDED_PART"


# Nouns before a quoted name that make it an organization ("газета «Известия»"), and those
# of a news outlet, after which a one-word name is the outlet's ("агентство Бернама").
ORG_NOUNS = WORDS["kind"]
HOUSES = WORDS["house"]  # a parliament's own one-word names: "бундестаг", "кнессет"
# a parliament's own word several states (or one) name it by → those states' keys (group `own`)
HOUSE_STATES = {
    row[0]: frozenset(f"state/{iso3}" for iso3 in row[2].split())
    for row in load_rows(Path(__file__).with_name("org_words.txt"))
    if row[1] == "own"
}
# a joint body's clipped compound → its words written out ("межправкомиссия":
# "межправительственная комиссия"; group `clipped`)
CLIPPED_BODIES = {
    row[0]: row[2]
    for row in load_rows(Path(__file__).with_name("org_words.txt"))
    if row[1] == "clipped"
}
OUTLET_NOUNS = WORDS["outlet"]
REPORT_VERBS = WORDS["report"]


def org_entity(
    gazetteer: Gazetteer, key: str, name: str, state: str = "", local: str = ""
) -> Entity:
    """The gazetteer's organization of `key`, else one of `name` and of the `state` a bare
    body's span was settled as (`kb_id_` of a SETTLED_BODY span: "Парламент Чили" is Chile's,
    so leaving it is no leaving a company), of the document `local` alone where its name
    says not whose it is (a LOCAL_BODY span: two texts' "администрация города" are two). A
    known body whose row gives no state takes the one its span names inside its name
    ("Правительство Великобритании": the links table's rows give a state only to a body news
    also names bare; fifty-third pass)."""
    org = gazetteer.org(key) if key else None
    if org is not None:
        state = f"state/{org.state}" if org.state else state or _party_state(gazetteer, org.name)
        return Entity(org.key, "Organization", org.name, org.name_en, org.wikidata, state=state)
    own = f"-in-{slug(local)}" if local else ""
    return Entity(f"org/{slug(in_full(name))}{own}", "Organization", name, state=state)


def _party_state(gazetteer: Gazetteer, name: str) -> str:
    """The state a known party's own name ends with, in the genitive ("Коммунистическая
    партия Российской Федерации", "Коммунистическая партия Кубы"), for a row that gives
    none: "КПРФ", "Кубинская компартия" are that state's party as "Компартия Кубы" is
    (fifty-fifth pass, h-orgs66); "" for any other name ("Партия регионов")."""
    words = name.split()
    if not any(w.lower() in WORDS["party"] for w in words):
        return ""
    ends = _state_genitives(gazetteer)
    return next((ends[t] for n in (1, 2, 3) if (t := " ".join(words[-n:])) in ends), "")


@lru_cache(maxsize=1)
def _state_genitives(gazetteer: Gazetteer) -> dict[str, str]:
    """Each state's name and full name in the genitive → its key ("Кубы": "state/CUB"), from
    the table cache (`state_table`): ~500 names inflected cost ~0.03 s CPU of every build
    that reads a document (fifty-ninth pass, h-perf60)."""
    return dict(state_table("state-genitives", gazetteer, state_genitives))


# A state's bodies by the full and short names news gives them ("министерство юстиции",
# "минюст", "центральный банк", "цб"), lower case: `BODY_SHORT`.
_BODY_NAMES = tuple(
    sorted({n.lower() for full, shorts in BODY_SHORT.items() for n in (full, *shorts)})
)


def state_named_in(span: Span, name: str, states: Sequence[Span]) -> str:
    """The state a state's body names inside its own name, in whatever case the name
    stands ("Министерство обороны Чили", "парламента Эстонии", "Правительству Южной
    Кореи": Chile's, Estonia's, Korea's), by name or abbreviation: the body's state, as a
    settled bare body's. A body's noun heads the name (state_bodies.txt, plural_bodies.txt
    in the plural), or its nominative `name` opens with a state body's full or short name
    (`BODY_SHORT`: "Минюст Канады", "Центральный банк Чили"); one state only, not one
    past a preposition inside the name ("Посольство Чили в Перу" is Chile's; "Министерство
    по делам Палестины", a field, is none). "" for a name no state's body heads ("Банк
    развития Латинской Америки", a company), a state named by capital ("Правительство
    Москвы"), by adjective on no body ("Российские авиалинии"; on a body it is the body's,
    `adjective_state`) or only near the body ("посол Чили в
    Министерстве иностранных дел Перу": Peru's ministry, the span holds no Chile). A body
    named by its field after the state right after its noun (`state_after_noun`:
    "Национальное агентство Индии [по делам беженцев]") is that state's too, whatever its
    noun, and a plural body's noun the list writes in the nominative is one in any case
    ("Вооружёнными силами Перу"; fiftieth pass); so is a noun of group `owned` with the state
    in its name (`_owned`: "Национальная ассамблея Уганды"; fifty-second pass), which alone names
    none."""
    from kg.resolve.org_modifiers import state_after_noun  # it imports this module

    head = _noun_head(span)
    if national := _national_field_state(span, head, states):
        return national
    plural = "Plur" in head.morph.get("Number")
    lemma = head.lemma_.lower().replace("ё", "е")
    body = lemma in STATE_BODIES or head.lower_ in STATE_BODIES or plural and lemma in PLURAL_BODIES
    # a plural the list writes in the nominative ("силы"), in any case ("Вооружёнными
    # силами Перу" after "командующий"; fiftieth pass)
    body = body or plural and morph().inflect(head.lower_, ["nomn"]) in STATE_BODIES
    # a contraction heading a known body's span ("Компартии Кубы", "ЦБ Швеции"), whose
    # `name` the row's key leaves empty
    body = body or lemma in _BODY_NAMES or head.lower_.replace("ё", "е") in _BODY_NAMES
    body = body or state_after_noun(span) or _state_agency(head) or _owned(head)
    body = body or _ends_in_state(span, head, states)
    low = name.lower().replace("ё", "е")
    if not (body or any(low.startswith(f"{n} ") for n in _BODY_NAMES)):
        return adjective_state(span, head, states) if _fielded_agency(span, head) else ""
    doc = span.doc
    named = {
        s.kb_id_
        for s in states
        if span.start <= s.start
        and s.end <= span.end
        and s.id_ not in NOT_NAMES
        and s.start > head.i
        and not any(t.pos_ == "ADP" for t in doc[head.i : s.start])
    }
    return named.pop() if len(named) == 1 else adjective_state(span, head, states)


def adjective_state(span: Span, head: Token, states: Sequence[Span]) -> str:
    """The one state whose adjective qualifies a state's body's head noun, opening the span or
    right before it ("Египетское министерство иностранных дел", "японского министерства
    финансов", "египетский МИД", "Индийская торгово-промышленная палата"): the body's state,
    as the state's genitive name after it gives (fifty-ninth pass, h-orgs71). Not two states'
    adjective ("Индийско-японская комиссия", no state span), nor one on another word."""
    named = {
        s.kb_id_
        for s in states
        if s.id_ == "adjective"
        and len(s) == 1
        and span.start - 1 <= s.start < head.i
        and (s.start >= span.start or s.end == span.start)
        and s[0].head.i == head.i
    }
    return named.pop() if len(named) == 1 else ""


def _fielded_agency(span: Span, head: Token) -> bool:
    """A state's agency or lender (groups `agency`, `lender`) with the words of its field
    after it in the span ("Японское агентство международного сотрудничества", "Японский банк
    для международного сотрудничества"), or a lender of its kind's adjective (group
    `lender_kind`: "Индийский экспортно-импортный банк"), which a state's adjective makes
    that state's; not the noun alone ("Японский банк", a bank of Japan's maybe private) nor a
    news agency (group `newswire`)."""
    lemma = head.lemma_.lower()
    if lemma not in WORDS["agency"] | WORDS["lender"]:
        return False
    adjectives = {c.lemma_.lower() for c in head.children if c.dep_ == "amod"}
    if lemma in WORDS["lender"] and adjectives & WORDS["lender_kind"]:
        return True  # "Индийский экспортно-импортный банк"
    return span.end > head.i + 1 and not adjectives & WORDS["newswire"]


def _owned(head: Token) -> bool:
    """A noun of group `owned` ("ассамблея", "комиссия"), which names a state's body with the
    state's name after it; not with an adjective of group `joint` on it ("Смешанная комиссия
    Перу", "Межправительственная комиссия Кении": a body of two states, one named)."""
    adjectives = {c.lemma_.lower() for c in head.children if c.dep_ == "amod" and c.i < head.i}
    return head.lemma_.lower() in WORDS["owned"] and not adjectives & WORDS["joint"]


def _ends_in_state(span: Span, head: Token, states: Sequence[Span]) -> bool:
    """A name of a bank or a fund (group `state_named`) that ends in one state's name hung on
    its head noun, right after it or past lower-case genitive nouns of its field
    ("Экспортно-импортный банк Индии", "Банк развития Бразилии", "Национальный фонд
    инвестиций и инфраструктуры Индии"): the name says whose it is (sixtieth pass,
    h-orgs73); a team's or an outlet's stays none (h-orgs58, h-orgs59). Not a state a noun of
    help governs (group `aided`: "Фонд поддержки Украины", the one helped), nor a body of
    group `joint` ("Межправительственная комиссия Кении"), nor a state past a preposition
    (`state_named_in`: "Посольство Чили в Перу")."""
    if head.lemma_.lower() not in WORDS["state_named"]:
        return False
    return _closing_state(span, head, states) is not None


def _closing_state(span: Span, head: Token, states: Sequence[Span]) -> Span | None:
    """The one state's name closing the span that hangs on its head noun, right after it or
    past lower-case nouns of the body's field ("Банк развития Бразилии", "комиссия по музеям
    и памятникам Нигерии"), none a noun of help (group `aided`: "Фонд поддержки Украины", the
    one helped); None too for a body of group `joint` ("Межправительственная комиссия
    Кении", a body of two states, one named)."""
    last = next((s for s in states if s.end == span.end and s.start > head.i), None)
    if last is None or last.id_ in NOT_NAMES:
        return None
    adjectives = {c.lemma_.lower() for c in head.children if c.dep_ == "amod" and c.i < head.i}
    if adjectives & WORDS["joint"]:
        return None
    word = last.root.head
    for _ in range(len(span)):
        if word.i == head.i:
            return last
        if not span.start <= word.i < span.end or word.pos_ != "NOUN" or not word.text.islower():
            return None
        if word.lemma_.lower() in WORDS["aided"]:
            return None
        word = word.head
    return None


def _national_field_state(span: Span, head: Token, states: Sequence[Span]) -> str:
    """The state closing a national body's name past the "по" phrase of its field
    ("Национальная комиссия по музеям и памятникам Нигерии", "Государственный комитет по
    науке Узбекистана"): an adjective of group `of_state` makes the body a state's, and the
    one state its name gives is its own, as "Национальное агентство Индии по делам беженцев"
    is India's (sixty-ninth pass, h-orgs83). "" for a team, an outlet or a company (groups
    `team`, `outlet`, `company`: "Государственное информационное агентство …"), a state a
    noun of help governs ("Национальный фонд поддержки Украины") or a name with no such
    adjective ("Министерство по делам Палестины", a field)."""
    lemma = head.lemma_.lower()
    if lemma in WORDS["team"] | WORDS["outlet"] | WORDS["company"]:
        return ""
    adjectives = {c.lemma_.lower() for c in head.children if c.dep_ == "amod" and c.i < head.i}
    if not adjectives & WORDS["of_state"] or adjectives & WORDS["newswire"]:
        return ""
    last = _closing_state(span, head, states)
    return last.kb_id_ if last is not None else ""


def _state_agency(head: Token) -> bool:
    """An agency (group `agency`) with an adjective of the state's (`of_state`) on it and
    a state's name right after it ("Национальное агентство Индии"): the state's body with
    no field after it too (fiftieth pass, h-orgs59); not a news agency ("Государственное
    информационное агентство Индии", `newswire`), nor an agency of no such adjective."""
    doc = head.doc
    if head.lemma_.lower() not in WORDS["agency"] or head.i + 1 >= len(doc):
        return False
    if not any(s.start == head.i + 1 for s in doc.spans.get("states", [])):
        return False
    adjectives = {c.lemma_.lower() for c in head.children if c.dep_ == "amod" and c.i < head.i}
    return bool(adjectives & WORDS["of_state"]) and not adjectives & WORDS["newswire"]


# "им." or "имени" and the initials of the one named after, if given ("им. М. В. ")
_NAMED_AFTER_SHORT = re.compile(r"\b(?:им\.|имени\s)\s*(?:[А-ЯЁ]\.\s*){0,2}")


def in_full(name: str) -> str:
    """The name a text's own body is keyed by, "им." written out and the initials after it
    left out ("Академия им. М. В. Фрунзе" → "Академия имени Фрунзе"): news writes one
    body's name each of those ways, which are one node."""
    return _NAMED_AFTER_SHORT.sub("имени ", name)


def org_span(doc: Doc, start: int, end: int, key: str, gazetteer: Gazetteer) -> Span | None:
    """The characters [start, end) as an organization's span for titles: its key as
    `kb_id_`, its gazetteer kind ("MediaOutlet", …; "ORG" where unknown) as `label_`, and
    a known parliament's state as `id_` ("state/NOR" of the Storting), whose post its chair
    holds (`title_bodies.title_from_words`; sixtieth pass, h-orgs73)."""
    known = gazetteer.org(key) if key else None
    label = known.kind if known is not None and known.kind else "ORG"
    own = known is not None and known.kind == "Parliament" and known.state
    state = f"state/{known.state}" if known is not None and own else ""
    return doc.char_span(start, end, label, kb_id=key, span_id=state, alignment_mode="expand")


def in_quotes(span: Span) -> bool:
    """The span stands between a pair of quotes ("«Арсенала»")."""
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].text in QUOTES_OPEN
        and span.end < len(doc)
        and doc[span.end].text in QUOTES_CLOSE
    )


# "имени" and its abbreviation, written lower case before the name of the one a body, a
# prize or a street is named after ("премии им. А. Блока"): no word of that name.
NAMED_AFTER = frozenset(["имени", "им"])


def organization_name(span: Span) -> str:
    """The organization's name in the nominative: the head and its agreeing adjectives
    change case ("Российской газете" → "Российская газета"); genitive dependents stay.
    Kept per token range of a settled Doc: the readers of organizations ask it again of
    the same names (1,125 calls per 100 NEREL documents, 946 token ranges)."""
    doc = span.doc
    return kept_per_span(
        doc, "organization_name", span.start, span.end, lambda: _nominative_name(span)
    )


def _nominative_name(span: Span) -> str:
    """`organization_name`, worked out."""
    cut = next((t.i for t in span[1:] if t.text in NAMED_AFTER), None)
    if cut is not None:
        # "НИИ им. Бурденко": the name before "им." declines, the one it is named after is
        # as written; the parse may make "им" the head, whose nominative is "имя"
        before = span.doc[span.start : cut]
        return organization_name(before) + before[-1].whitespace_ + span.doc[cut : span.end].text
    if (house := _foreign_house(span)) is not None:  # "Милли Меджлиса" → "Милли Меджлис"
        return span[:-1].text_with_ws + _cased_as_written(
            _nominative_common(house, house), house.text
        )
    if (state := _state_taken_for_head(span)) is not None:  # "Красного Полумесяца Турции"
        before = span.doc[span.start : state.start]
        return organization_name(before) + before[-1].whitespace_ + state.text
    head = _noun_head(span)
    case = features(head, "Case")
    if not case or case[0] == "Nom" or _undeclined_quoted(span, case[0]):
        return span.text
    if quoted_after_kind(span):
        return span.text
    words = []
    for t in span:
        on_head = t.head.i == head.i and t.dep_ == "amod" or t.i == span.root.i
        agrees = t.i == head.i or (on_head or _before_head(t, head)) and t.i < head.i
        words.append((_nominative_common(t, head) if agrees else t.text) + t.whitespace_)
    return "".join(words).strip()


def _state_taken_for_head(span: Span) -> Span | None:
    """A state's name closing the span that the parse made its root, the body's words
    before it hung on it ("Добровольцы [Красного Полумесяца] Турции": "Полумесяца" on
    "Турции"): the state is a genitive after the body's name, which declines alone, the
    state as written ("Красный Полумесяц Турции", was "Красная Полумесяц Турция", every
    word agreeing with the state's noun). None where the state opens the span ("Южной
    Кореи") or the root is another word. Sixty-eighth pass, h-orgs82."""
    doc = span.doc
    named = kept_per_span(doc, "named_state_bounds", 0, 0, lambda: _named_state_bounds(doc))
    start = next((a for a, b in named if b == span.end and span.start < a), None)
    if start is None or not start <= span.root.i < span.end:
        return None
    return doc[start : span.end] if doc[start - 1].pos_ in ("NOUN", "PROPN") else None


def _named_state_bounds(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each state the Doc names, no adjective ("турецкий"), in the
    group's order: kept beside a settled Doc for `_state_taken_for_head`, asked of every
    organization's name, where a pass over `doc.spans["states"]` made a `Span` (and three
    `Token`s) of every state each time (~16,000 `Span`s per 60 NEREL documents).
    Sixty-ninth pass, h-perf71."""
    return tuple((s.start, s.end) for s in doc.spans.get("states", []) if s.id_ != "adjective")


def _foreign_house(span: Span) -> Token | None:
    """A parliament's noun (`WORDS["house"]`) closing a name after capitalised words of
    another tongue, in an oblique case ("Милли Меджлиса", "Милли Меджлисом"): the name's
    head, whose nominative the name takes, the words before it as written (the parse
    makes the first word the head and declines it: "Милль Меджлиса"); None where a word
    before it is an adjective ("Великого хурала": they agree) or a common word.
    Fifty-seventh pass (h-names121)."""
    house = span[-1]
    if len(span) < 2 or house.lemma_.lower() not in WORDS["house"] or case_of(house) in ("", "Nom"):
        return None
    before = span[:-1]
    foreign = all(t.text[:1].isupper() and t.pos_ == "PROPN" and t.is_alpha for t in before)
    return house if foreign else None


# nouns (lemmas) of a body a quoted name in apposition follows, beside group `kind`'s
_APPOSED_KINDS = frozenset({"организация", "объединение", "общество", "ансамбль", "союз"})


def quoted_after_kind(span: Span) -> bool:
    """A quoted name right after a noun of its kind, in any case or capitalisation
    ("студенческая организация «Юнкера Тарту»", "партии «Сила Перу»", "Организация
    «Доктора Лимы»"): in apposition, in the nominative whatever case the noun is in, kept
    as written (not "Юнкер Тарту"), the body's own name, whose words are no person's noun
    nor an office's holders. Not after another noun ("сотрудник «Российской газеты»"),
    which it hangs on in the genitive."""
    if not in_quotes(span) or span.start < 2:
        return False
    lemma = span.doc[span.start - 2].lemma_.lower()
    return lemma in ORG_NOUNS or lemma in _APPOSED_KINDS


def _before_head(t: Token, head: Token) -> bool:
    """An adjective in the head's case right before it, adjectives only between, which the
    parse hung elsewhere ("[Военную] академию имени Фрунзе, … Военную академию": on the
    other noun): it agrees with the head all the same."""
    between = t.doc[t.i : head.i]
    return (
        t.i < head.i
        and all(w.pos_ == "ADJ" for w in between)
        and bool(case_of(t))
        and case_of(t) == case_of(head)
    )


def _undeclined_quoted(span: Span, case: str) -> bool:
    """A one-word quoted name whose form no reading puts in the case its phrase gives it
    ("контракт с «Шальке»": "шальке" reads only as a dative or locative of "шалька", never
    the instrumental), or only as a word that does not decline ("с «Порту»": not the
    locative of "порт"): a foreign name that does not decline, kept as written."""
    if len(span) != 1 or not in_quotes(span):
        return False
    read = [p for p in morph().parse(span.text.lower()) if p.tag.case]
    return bool(read) and not any(
        OC_CASE.get(str(p.tag.case)) == case and "Fixd" not in p.tag for p in read
    )


_JOINER_POS = frozenset(["CCONJ", "PUNCT"])


def _noun_head(span: Span) -> Token:
    """The span's head noun: its root, or where the parse makes an adjective the root and
    hangs the noun after it on it ("Гаагского трибунала решение …": "Гаагского" the subject),
    the first noun after it in its case; or a participle the tagger took for a name
    ("Объединённых вооружённых сил": "Объединённых" a PROPN, "сил" hung outside). A list's
    "и" or comma the parse hung outside the name ("комиссии по сотрудничеству Ганы [и]
    Того" with "и" on the verb) heads none: the first noun hung outside is the head. A
    state's name closing the span the parse made its root heads none either
    (`_state_taken_for_head`): the head is that of the words before it."""
    if (state := _state_taken_for_head(span)) is not None:
        return _noun_head(span.doc[span.start : state.start])
    if (preposition := _object_taken_for_head(span)) is not None:
        return _noun_head(span.doc[span.start : preposition.i])
    root = span.root
    if root.pos_ in _JOINER_POS:
        nouns = (t for t in span if t.pos_ in ("NOUN", "PROPN"))
        root = next((t for t in nouns if not span.start <= t.head.i < span.end), root)
    if root.pos_ != "ADJ" and not _participle_only(root.text):
        return root
    after = (t for t in span if t.i > root.i and t.pos_ in ("NOUN", "PROPN"))
    return next((t for t in after if case_of(t) == case_of(root)), root)


def _object_taken_for_head(span: Span) -> Token | None:
    """The preposition of the span's root where a noun stands before it in the span: the
    parse hung the object of the name's preposition outside it, so the object is the root
    ("Центра управления [в] чрезвычайных ситуациях": "ситуациях" on the verb), and the head
    is a noun before it, whose case the name takes ("Центр управления в чрезвычайных
    ситуациях", was "Центра управления в чрезвычайные ситуации"; sixty-ninth pass,
    h-orgs83). None where the preposition opens the span or no noun precedes it."""
    root = span.root
    preposition = next(
        (c for c in root.children if c.dep_ == "case" and span.start < c.i < root.i), None
    )
    if preposition is None:
        return None
    before = span.doc[span.start : preposition.i]
    return preposition if any(t.pos_ in ("NOUN", "PROPN") for t in before) else None


def _participle_only(word: str) -> bool:
    """Every dictionary reading of the word is a full participle: no noun's head."""
    readings = [p for p in morph().parse(word.lower()) if p.is_known]
    return bool(readings) and all(p.tag.POS == "PRTF" for p in readings)


def _nominative_common(t, head) -> str:  # noqa: ANN001 - spaCy Tokens
    """A common noun or adjective in the nominative, agreeing with the head noun."""
    if abbreviation_like(t.text):
        # An abbreviation ("МИД", "СдПГ") does not decline, but news adds a case ending
        # to one read as a word ("МИДа", "МИДе"): the capitals alone.
        inflected = re.fullmatch(r"([А-ЯЁ]{2,})(?:а|у|е|ом)", t.text)
        return inflected.group(1) if inflected else t.text
    if len(t.text) > 1 and t.text.isupper():
        return t.text  # a longer name in capitals ("ФИПРЕССИ", "АНДЕС") is no word to decline
    number = {"Plur": "plur"}.get((features(head, "Number") or ("Sing",))[0], "sing")
    # the dictionary's gender of the head, not the tagger's of a capitalised word it reads
    # as a name ("Красного Креста" → "Красный Крест", was "Красное"; sixty-seventh pass);
    # an abbreviation's the tagger's, which reads the words it stands for ("Тихоокеанский ЦБ")
    tagged = UD_GENDER.get((features(head, "Gender") or ("",))[0])
    gender = tagged if abbreviation_like(head.text) else noun_gender(head) or tagged
    agreed = gender if gender and number == "sing" and t.i != head.i else None
    forms = list(_nominative_forms(t.text, number, agreed, t.i != head.i))
    first, hyphen, last = t.text.rpartition("-")
    if not forms and hyphen and first and last:
        # "Эстонско-Латвийской", no word of the dictionary: its last part declines
        ends = _nominative_forms(last.lower(), number, agreed, t.i != head.i)
        forms = [f"{first.lower()}-{end}" for end in ends]
    if forms:
        return _cased_as_written(_written_form(t.doc, forms), t.text)
    # An unknown name ("Акорды"): the same case-ending rules as for surnames.
    return nominative_word(t.text, case_of(t), (features(t, "Gender") or ("",))[0] == "Fem", "")


def _cased_as_written(word: str, written: str) -> str:
    """A word's nominative with the capitals of the form written: its first letter, and that
    of each part of a hyphenated name ("Саяно-Шушенской" → "Саяно-Шушенская")."""
    parts, shown = word.split("-"), written.split("-")
    if len(parts) != len(shown):
        shown = shown[:1]
    return "-".join(
        p[:1].upper() + p[1:] if s[:1].isupper() else p
        for p, s in zip(parts, shown + [""] * (len(parts) - len(shown)), strict=True)
    )


@lru_cache(maxsize=NAMES_KEPT)
def _nominative_forms(
    word: str, number: str, gender: str | None, modifier: bool = False
) -> tuple[str, ...]:
    """The nominatives in `number` (and `gender`, where given) of the readings of `word` alike
    the likeliest, lower case: the same for every organization name that writes the word,
    and each asks ~20 inflections of pymorphy3 (~0.5 ms). A `modifier` of the head noun
    reads as an adjective where it can ("полицейского управления": not the noun
    "полицейский", which keeps its gender), else as a participle, which the dictionary
    gives no adjective's reading ("Объединёнными силами" → "Объединённые силы", not left
    in the instrumental before a head put in the nominative)."""
    wanted = {"nomn", number} | ({gender} if gender else set())
    kinds = ("NOUN", "ADJF", "PRTF") if modifier else ("NOUN", "ADJF")
    readings = [p for p in morph().parse(word) if p.tag.POS in kinds and p.is_known]
    for kind in ("ADJF", "PRTF") if modifier else ():
        if any(kind == p.tag.POS for p in readings):
            readings = [p for p in readings if kind == p.tag.POS]
            break
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
