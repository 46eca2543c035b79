"""Which names the gazetteer matcher found are no mention of their state or organization.

A state's name that is a word of another name (a paper's "«Литературная Россия»", a party's
"Единая Россия"), of a region ("Латинская Америка"), of a person ("Доминик Стросс-Кан",
"Мартин Куба") or a place's own name after its kind ("округ Колумбия"); a continent's name
where the text names its state no other way; and a bare short name two states share, a mention
of the one named before it ("Кореи"). An organization's name that opens a longer name of
another body ("«Газпром нефть»", "RT America") or that is a common phrase at a sentence's start
("Левая оппозиция"), or a singular of the noun a plural name is ("Известие" of "Известия").

Split out of gazetteer_matcher.py (forty-sixth pass, h-split51): what the matcher drops or
settles after matching, apart from the matching."""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import normalize
from kg.lexicon import load_rows
from kg.nlp.marks import DASHES
from kg.nlp.morph import UD_CASE, case_of, morph, name_forms
from kg.resolve.body_states import subordinate
from kg.resolve.kin_and_ranks import ruler_of_state
from kg.resolve.name_lexicons import PARTICLES, is_first_name, russian_surname_end
from kg.resolve.org_quotes import quoted_stretch
from kg.resolve.pair_words import BOTH
from kg.resolve.title_lexicon import is_office

# Adjectives that make a region of a name ("Латинская Америка", "Северная Африка").
REGION_ADJECTIVES = frozenset(
    ["латинский", "северный", "южный", "западный", "восточный", "центральный", "малый"]
)
# Parts of the world a state's alias shares ("Америка"): that state only where the text
# names it otherwise too. Not "Австралия", the state's own name.
CONTINENTS = frozenset(["америка", "африка", "европа", "азия"])


def opens_longer_name(span: Span, state_tokens: set[int], ner_orgs: list[Span]) -> bool:
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


def word_of_a_quoted_name(span: Span, state_tokens: set[int]) -> bool:
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


def quoted_pair(span: Span, state_tokens: set[int]) -> bool:
    """A state's name in quotes that hold states alone joined by a dash ("комитета «Индия —
    Непал»", "комиссия «Сербия — Венгрия»"): the body's name is the pair's, each state a
    mention of its own, after a kind's noun too (`in_quoted_name`; seventy-first pass,
    h-orgs85). Not a name with another word ("телеканал «Россия — Культура»")."""
    doc = span.doc
    stretch = quoted_stretch(doc, span.start, span.end)
    if stretch is None:
        return False
    words = [i for i in range(*stretch) if doc[i].text not in DASHES]
    return len(words) < stretch[1] - stretch[0] and all(i in state_tokens for i in words)


def word_of_a_body_name(span: Span, orgs: list[Span]) -> bool:
    """A state's name inside a known organization's name after an adjective of that name
    ("Единой России", "Справедливая Россия"): a word of the party's name, not the state the
    body belongs to, which follows a noun in the genitive ("Банк России", "МИД Сербии")."""
    before = span.doc[span.start - 1] if span.start else None
    return (
        before is not None
        and before.pos_ == "ADJ"
        and any(o.start <= before.i and span.end <= o.end for o in orgs)
    )


def region_name(span: Span) -> bool:
    """A state's one-word name with an adjective of region before it that the gazetteer
    does not know as one name with it ("Латинской Америке", "Центральной Азии"), or a name
    whose countries are spoken of ("в странах Южной Африки"): a region. Not the states of
    the text's pair named after its words ("двух стран Перу и Чили", "обеих стран Ганы и
    Того"; fifty-sixth pass, h-orgs67)."""
    root = span.root
    if root.dep_ == "nmod" and root.head.lemma_ == "страна" and root.head.i < root.i:
        counted = any(c.lemma_ in BOTH for c in root.head.children)
        return "Plur" in root.head.morph.get("Number") and not counted
    if len(span) != 1 or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.pos_ == "ADJ" and before.lemma_ in REGION_ADJECTIVES


def first_name(span: Span) -> bool:
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


# Kinds of place a state's name may be given to as its own ("округ Колумбия", "город Кувейт",
# "река Конго", "озеро Чад")
PLACE_KINDS = frozenset(
    ["город", "округ", "штат", "провинция", "графство", "департамент", "область", "район",
     "префектура", "кантон", "муниципалитет", "река", "озеро"]
)  # fmt: skip


def place_of_a_kind(span: Span) -> bool:
    """A state's name right after a kind of place in the nominative or in that noun's case
    ("из округа Колумбия", "в провинции Панама", "в городе Кувейт"): the place's own name, not
    the state, which follows it in the genitive ("города Кувейта", "штатов Мексики"); also
    a party's (`apposed_to_party`: "партия Кыргызстан")."""
    if span.id_ != "name" or not span.start:
        return False
    if len(span) == 1 and apposed_to_party(span[0]):
        return True
    noun = span.doc[span.start - 1]
    if not _kind_of_place(noun):
        return False
    case = case_of(span[0])
    return case == "Nom" or case == case_of(noun) != "Gen"


def _kind_of_place(noun: Token) -> bool:
    """A singular noun of a kind of place, whose name may follow it ("реке", not "районах")."""
    return noun.lemma_ in PLACE_KINDS and "Plur" not in noun.morph.get("Number")


def _particle_after(span: Span) -> bool:
    """A surname's particle after the name, then the surname ("де Вильпен", "фон дер
    Ляйен"): no state's name is followed so, and the tagger may give the surname another
    case than the first name."""
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].lower_ in PARTICLES and doc[i].text[:1].islower():
        i += 1
    return span.end < i < len(doc) and doc[i].text[:1].isupper()


def word_of_a_name(span: Span) -> bool:
    """A state's or organization's one-word name inside a person's name natasha tags as one:
    the surname after a first name ("председатель партии Мартин Куба", "Мартина Куба";
    "канцлера Фридриха Мерца", whose guessed lemma is the party "Мерец", sixty-second pass,
    h-orgs76), or the first name before a surname of a Russian ending in its case ("супруга
    экс-президента Ливия Клаусова"); not a state before a first name ("Казахстана
    Касым-Жомарт"), nor after a ruler's rank ("Султан Брунея Хассанал Болкиах")."""
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


def confirmed(states: list[Span]) -> list[Span]:
    """States, less a continent's name ("Америка") where the text names its state in no
    other way ("США", "американский", "Вашингтон")."""
    named = {s.kb_id_ for s in states if s.lemma_ not in CONTINENTS}
    return [s for s in states if s.lemma_ not in CONTINENTS or s.kb_id_ in named]


def _keys(codes: str) -> tuple[str, ...]:
    """The state keys of `short_states.tsv`'s "|"-joined codes."""
    return tuple(f"state/{code}" for code in codes.split("|"))


# A short name two states share → their keys, the keys of those the bare name is written
# for, and of the one it stands for alone (`short_states.tsv`): "Конго" for either Congo,
# DR Congo alone; "Корея" for the South.
_SHORT_NAMES = {
    row[0]: (_keys(row[1]), _keys(row[2]), _keys(row[3]))
    for row in load_rows(Path(__file__).with_name("short_states.tsv"))
}


def short_named(
    doc: Doc,
    states: list[Span],
    places: dict[int, str],
    forms: list[str],
    lemmas: list[str],
    orgs: list[Span],
) -> list[Span]:
    """States, with a bare short name two states share ("Кореи", "Конго") where exactly one
    of them is named before it, by name, adjective or capital ("Президент Южной Кореи прибыл
    в Токио. Министерство торговли Кореи …"), the capital also as a place, `places` by token
    ("Переговоры прошли в Сеуле. … Кореи"), and the bare name is written for that one, or
    the one it is written for where the text names no other anywhere (`_unnamed_default`);
    none where both are named before, nor where the one named is the North: news calls it "КНДР",
    and a bare "Кореи" after it is as often the South answering it ("КНДР провела пуск. …
    Министерство обороны Кореи заявило"); nor inside a known organization's name `orgs`,
    whose row gives its state ("Трудовой партии Кореи" is the North's whatever was named).
    Each token's text and lemma come from `forms` and `lemmas` (the Doc's arrays): a `Token`
    per token and a normalised lemma per word cost ~10 % of the matcher."""
    taken = {i for s in states for i in range(s.start, s.end)}
    taken |= {i for o in orgs for i in range(o.start, o.end)}
    added = []
    for at, text in enumerate(forms):
        if not text[:1].isupper() or at in taken:
            continue
        keys, bare, alone = _SHORT_NAMES.get(normalize(lemmas[at]), ((), (), ()))
        if not keys or (at and _kind_of_place(doc[at - 1])):
            continue  # "на реке Конго" is the river's name
        named = {s.kb_id_ for s in states if s.end <= at and s.kb_id_ in keys}
        named |= {key for i, key in places.items() if i < at and key in keys}
        key = named.pop() if len(named) == 1 else _unnamed_default(states, places, keys, alone)
        if key in bare:
            added.append(Span(doc, at, at + 1, label="State", kb_id=key, span_id="name"))
    return sorted([*states, *added], key=lambda s: s.start) if added else states


def _unnamed_default(
    states: list[Span], places: dict[int, str], keys: tuple[str, ...], alone: tuple[str, ...]
) -> str:
    """The one state a bare short name stands for alone (`short_states.tsv`'s fourth column:
    "Корея" the South, "Конго" DR Congo) where the text names no other state that shares it
    anywhere, by name, adjective or capital ("Товарооборот Вьетнама с Японией и Кореей",
    "Министерство торговли Кореи … в Сеуле", "Переговоры представителей Конго и Руанды");
    "" where it does (a "КНДР" or "Пхеньян" after it leaves a bare "Кореи" unsettled, a
    "Браззавиль" a bare "Конго")."""
    if len(alone) != 1:
        return ""
    others = set(keys) - set(alone)
    named = any(s.kb_id_ in others for s in states) or any(k in others for k in places.values())
    return "" if named else alone[0]


def common_phrase(span: Span, lemmas: list[str], forms: list[str]) -> bool:
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


def singular_of_plural_name(span: Span, org: object) -> bool:
    """One word matched by its lemma to a one-word name a noun's plural is ("Известия",
    "Ведомости"), in a form that only the singular reads ("Известие о визите породило …",
    a sentence's first word): the common noun, no mention of the paper, whose name is
    plural in every case ("в «Известиях»"). Forty-sixth pass, h-orgs50."""
    name = getattr(org, "name", "")
    if len(span) != 1 or not name or " " in name:
        return False
    named = [p for p in morph().parse(name.lower()) if p.tag.POS == "NOUN"]
    written = [p for p in morph().parse(span.text.lower()) if p.tag.POS == "NOUN"]
    plural_name = any(p.tag.number == "plur" and p.tag.case == "nomn" for p in named)
    lemmas = {p.normal_form for p in named}
    return (
        plural_name
        and bool(written)
        and all(p.tag.number == "sing" and p.normal_form in lemmas for p in written)
    )


def apposed_to_party(word: Token) -> bool:
    """A capitalised word right after a party's noun ("партия", "партии") that no reading
    puts in the genitive ("партия Кыргызстан", "партии Кыргызстан"): the party's own name in
    apposition, as a state's name after a place's kind is the place's
    (`place_of_a_kind`); the party of a state or a person follows in the genitive
    ("партия Кыргызстана", "партия Навального"), and an undeclined word ("партии Перу") may
    be either, so a state's. Forty-sixth pass, h-orgs50."""
    if not word.i or not word.text[:1].isupper() or not word.is_alpha:
        return False
    noun = word.doc[word.i - 1]
    if noun.lemma_ != "партия":
        return False
    parses = morph().parse(word.lower_)
    return bool(parses) and not any(p.tag.case in ("gent", "gen2") for p in parses)
