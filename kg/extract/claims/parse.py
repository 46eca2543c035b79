"""Where a figure sits in the dependency parse: the token of a quantity's characters, the
predicate it belongs to (above "может"/"должно" chains and gapped infinitives), the clause
before it, the verb right before it, the figure whose verb a gapped item's dash stands for.
Every claim module asks these, so they sit below all of them.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.claims.lexicons import WORDS, lexicons
from kg.extract.common.numbers import Quantity
from kg.extract.context import Context
from kg.nlp.deps import has_preposition, is_predicate, preposition
from kg.nlp.marks import DASHES_OR_HYPHEN
from kg.nlp.morph import is_finite, is_infinitive, is_participle, morph
from kg.resolve.org_quotes import common_noun

_CLAUSE_STOP = {";"}
_SIGNED_PAPERS = WORDS["paper"]  # "контракт", "соглашение": papers of a deal
_SUPPLIES = WORDS["trade_part"]  # "поставка", "закупка": acts of trade a paper provides for


def finite(t: Token) -> bool:
    """A finite verb: the predicate of a clause of its own, no participle."""
    return is_predicate(t) and is_finite(t)


def around(ctx: Context, sent: Span, q: Quantity) -> tuple[list[Token], list[Token]]:
    """The tokens of `sent` before a figure and those after it, sliced at its characters
    (`Context.first_from`) with no `Token` made for the rest of the Doc."""
    before = list(ctx.doc[sent.start : ctx.first_from(sent, q.start)])
    return before, list(ctx.doc[ctx.first_from(sent, q.end) : sent.end])


def clause_before(tokens: list[Token]) -> list[Token]:
    """Tokens of the clause before the number: back to a semicolon."""
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i].text in _CLAUSE_STOP and i < len(tokens) - 1:
            return tokens[i + 1 :]
    return tokens


def clause_between(start: Token, figure: Token) -> bool:
    """Whether a clause with its own verb opens between `start` and `figure` after ", а" or
    "; " ("Товарооборот составил 1,2 млрд долларов, а в Египте трудятся 4 млн суданцев"):
    the parse may hang the figure on the verb before, whose measure it is not."""
    doc = start.doc
    cut = next(
        (t.i for t in doc[start.i + 1 : figure.i]
         if t.text == ";" or (t.lower_ == "а" and doc[t.i - 1].text == ",")),
        None,
    )  # fmt: skip
    return cut is not None and any(finite(t) for t in doc[cut + 1 : figure.i])


def first_conjunct(noun: Token) -> Token:
    """The first of coordinated nouns, whose verb a later one shares: "погибли четверо
    агентов и шесть членов секты" — the members died too; "выделить 2,8 млрд — 1,3 млрд в
    2018 году и 1,5 млрд в 2019 году" — both sums are given; "2,2 % и 2,4 % ВВП" too."""
    while (
        noun.dep_ == "conj"
        and (noun.head.pos_ in ("NOUN", "PROPN") or noun.head.text == "%")
        and noun.head.i < noun.i
    ):
        noun = noun.head
    return noun


def range_start(end: Token) -> Token:
    """The low end of a range whose high end the parser hangs on it: its verb is both's
    ("выделила Тунису от 5 до 8 млрд евро": 8 млрд is given too, "… и 1,5 млрд" a conjunct;
    "выделит Мали $10–$15 млн", "100 млн – 150 млн евро", the high end's dash right before
    it; a spaced em dash is a sentence's)."""
    low = end.head
    if low.i > end.i:
        return end
    dash = next(
        (c for c in end.children if c.text in DASHES_OR_HYPHEN and low.i < c.i < end.i), None
    )
    tight = dash is not None and not dash.whitespace_ and not dash.nbor(-1).whitespace_
    if dash is not None and (dash.text != "—" or tight):
        return low  # a dash with no space either side, or a short one, joins the range's ends
    if not any(c.dep_ == "case" and c.lower_ == "до" for c in end.children):
        return end
    return low if any(c.dep_ == "case" and c.lower_ == "от" for c in low.children) else end


def past_comma(number: Token, subject: Token) -> bool:
    """A subject after the sum past a comma opens a clause whose verb a dash elides: "Победитель
    получит 368 млн рублей, команда, занявшая второе место, — 316 млн"."""
    return subject.i > number.i and any(t.text == "," for t in number.doc[number.i : subject.i])


def own_participle(number: Token) -> Token | None:
    """The participle of trade or money after a measure that tells its deed, where the
    clause's verb does not ("Из 5 млн тонн пшеницы, [закупленных] Египтом в 2024 году, 3 млн
    пришлись на Россию" → закупки пшеницы, of 2024): a whole "из" which the verb takes a
    part is no deed of that verb; "поставила 90 млн тонн сои, закупленных у фермеров" stays
    поставки."""
    verbs = lexicons()["verb"]
    if number.head.lemma_ in verbs and preposition(number) != "из":
        return None
    for t in (number, *(c for c in number.children if c.dep_ == "nmod")):
        for c in t.children:
            if c.dep_ == "acl" and c.i > number.i and is_participle(c) and c.lemma_ in verbs:
                return c
    return None


def verb_before(number: Token) -> Token | None:
    """The verb right before a number with nothing but its complements between ("в 2023г.
    экспортировал в Китай 2,1 млн т зерна", where the parser, misled by "т", hangs the
    number elsewhere): the last verb of the sentence before it, unless a clause ends between."""
    for t in reversed(number.doc[number.sent.start : number.i]):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.is_punct and t.text in ",;:—–-":
            return None
    return None


def noun_complement(number: Token) -> bool:
    """A measure in a prepositional phrase of a noun ("доступ к 18 тыс. тонн", "квота на 9
    тыс. тонн") measures what that noun names, not what the verb above the noun trades."""
    prepositional = any(c.dep_ == "case" and c.pos_ == "ADP" for c in number.children)
    return prepositional and number.dep_ == "nmod" and number.head.pos_ == "NOUN"


def root(ctx: Context, start: int, end: int) -> Token | None:
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else None


def anchor_predicate(token: Token) -> Token:
    """The predicate a word belongs to: its nearest verb ancestor, above "может"/"должно"
    chains ("может составить", "не должно превышать")."""
    t = first_infinitive(predicate(token))
    while t.dep_ == "xcomp" and t.head.i != t.i:
        t = first_infinitive(t.head)
    return t


def predicate(token: Token) -> Token:
    """The nearest verb ancestor of a word (the root where none is)."""
    t = token.head
    while t.head.i != t.i and not is_predicate(t):
        t = t.head
    return t


def first_infinitive(verb: Token) -> Token:
    """The first of coordinated infinitives, whose modal a later one shares: "экспорт может
    вырасти на 20 % и [превысить] 130 млрд долларов" — the sum is what "может" forecasts;
    so does a gapped one after a contrast (`gapped_infinitive`)."""
    while verb.dep_ == "conj" and is_infinitive(verb) and is_infinitive(verb.head):
        verb = verb.head
    return gapped_infinitive(verb) or verb


def gapped_infinitive(verb: Token) -> Token | None:
    """The infinitive a modal governs before `verb`, an infinitive with no verb of its own
    after "а"/"и"/"но" whose modal the parse leaves out: "экспорт может вырасти на 10 %, а
    импорт [сократиться] на 3 %" shares "может" and its date, however the parser hangs the
    second infinitive (parataxis, orphan, a noun's nmod); None for any other word."""
    if not is_infinitive(verb) or verb.dep_ in ("xcomp", "csubj", "conj", "ROOT"):
        return None
    modal = next((a for a in verb.ancestors if is_predicate(a)), None)
    if modal is None or is_infinitive(modal):
        return None
    first = next(
        (c for c in modal.children if c.dep_ == "xcomp" and is_infinitive(c) and c.i < verb.i),
        None,
    )
    if first is None:
        return None
    between = verb.doc[first.i + 1 : verb.i]
    joined = any(t.lower_ in ("а", "и", "но") and t.dep_ == "cc" for t in between)
    alone = not any(is_predicate(t) and t.i not in (first.i, verb.i) for t in between)
    return first if joined and alone else None


def thing_measure(number: Token) -> Token | None:
    """The measure noun in the instrumental that carries a figure, with no verb or
    preposition between ("нефтепровод [протяжённостью] 180 км", "ГЭС [мощностью] 500 МВт"):
    the figure is a property of a thing, not a deed's. A "между" the parser hangs on the
    measure is its thing's (`past_between`: "Дорога между Лимой и Куско протяжённостью …")."""
    for t in number.ancestors:
        if t.pos_ in ("VERB", "AUX"):
            return None
        measure = t.lemma_ in lexicons()["metric"] and _instrumental(t)
        if has_preposition(t) and not (measure and past_between(t) is not None):
            return None
        if measure:
            return t
    return None


def _instrumental(t: Token) -> bool:
    """A word in the instrumental: as the tagger reads it, or by its form where the tagger
    misreads a measure noun as an adjective in another case ("фонд [объёмом] 400 млн
    долларов", tagged a genitive plural): every dictionary reading of "объёмом" is one."""
    if "Ins" in t.morph.get("Case"):
        return True
    return t.pos_ == "ADJ" and morph().cases(t.text) == frozenset({"ablt"})


def past_between(measure: Token) -> Token | None:
    """The thing a "между" phrase right before a measure in the instrumental places, with its
    genitives ("[линию] электропередачи между двумя странами протяжённостью 800 км",
    "[дорога] между Лимой и Куско протяжённостью …"): the measure sizes the thing between the
    places, never the places; None where no such phrase stands before it."""
    doc = measure.doc
    start = max(measure.sent.start, measure.i - 8)
    between = next((t for t in reversed(doc[start : measure.i]) if t.lower_ == "между"), None)
    if between is None or between.i == measure.sent.start:
        return None
    inside = doc[between.i + 1 : measure.i]
    if not inside or any(t.pos_ in ("VERB", "AUX", "ADP", "PUNCT") for t in inside):
        return None
    thing = doc[between.i - 1]
    while thing.dep_ == "nmod" and thing.head.i < thing.i and not has_preposition(thing):
        thing = thing.head  # "линию [электропередачи]": the phrase's head noun
    return thing if thing.pos_ == "NOUN" or _opening_common(thing) else None


def _opening_common(t: Token) -> bool:
    """A capitalised sentence-initial word the tagger took for a name that the dictionary
    reads as a common noun ("Газопровод между Сербией и Венгрией …" PROPN, even a one-word
    LOC span): the thing, where a name ("Сербия", "Балтика") or a span of several words of
    the NER's is none."""
    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
    alone = ent is None or len(ent) == 1
    return t.pos_ == "PROPN" and bool(t.is_sent_start) and alone and common_noun(t.text)


def sized_by_measure(noun: Token) -> Token | None:
    """The noun a measure in the instrumental sizes: its head ("границу [протяжённостью]"),
    or the noun right before it where the parser made the measure the root and that noun
    the subject or object of a verb on it ("Мост протяжённостью 2 км … будет построен": "мост"
    hangs on "построен", or on the measure itself; "Хранилище ёмкостью 50 тыс. кубометров …
    построят"); past a "между" phrase, the thing it places (`past_between`), wherever the
    parser hangs the measure."""
    if not _instrumental(noun):
        return None
    placed = past_between(noun)
    if noun.dep_ == "nmod":
        return placed if placed is not None and placed.i < noun.head.i else noun.head
    if placed is not None and placed.head == (noun if noun.dep_ == "ROOT" else noun.head):
        return placed  # "Дорога [между Лимой и Куско] протяжённостью …": the measure's subject
    before = placed or (noun.doc[noun.i - 1] if noun.i > 0 else None)
    if noun.dep_ != "ROOT" or before is None or not before.dep_.startswith(("nsubj", "obj")):
        return None
    if before.head == noun and before.dep_ == "nsubj" and before.pos_ == "NOUN":
        return before  # "[Мост] протяжённостью 2 км будет построен": the measure's own subject
    return (
        before if before.head.head == noun and before.head.dep_ in ("conj", "parataxis") else None
    )


_ITEM_OPENERS = {",", "а", "но", ";"}  # what opens a gapped list item before its dash
_ITEM_POS = {"NOUN", "PROPN", "ADJ", "DET", "ADP", "CCONJ"}  # "[за повторное нарушение] —"
# words that make an item the figure in force now, no item of the list ("сейчас —", "в
# настоящее время —", "по действующему закону —")
_NOW = {"сейчас", "ныне", "теперь", "время", "действующий", "нынешний", "текущий", "прежний"}


def gap_source(first: Token) -> Token | None:
    """The number of the figure whose verb the dash before the figure that starts at `first`
    stands for, back through the gapped items before it to the first ("превысил 19 млрд,
    азербайджанских — 20 млрд, казахстанских — 5 млрд": 19); None where no dash stands for a
    verb (`_gap_donor`)."""
    donor, seen = _gap_donor(first), 0
    while donor is not None and seen < 8 and (before := _gap_donor(donor)) is not None:
        donor, seen = before, seen + 1
    return donor


def _gap_donor(first: Token) -> Token | None:
    """The number of the figure whose verb the dash before the figure that starts at `first`
    stands for: back past a preposition or a range's first end to a dash, past the item's
    noun phrase ("а Боливии", "должностных лиц") to the comma, "а" or "но" that opens it, and
    to the nearest number before that; none across a verb, a bracket, an adverb or a word
    of now in the item, or the sentence's start."""
    doc, i, start = first.doc, first.i - 1, first.sent.start
    while (
        i >= start
        and i > first.i - 10
        and not (doc[i].is_punct and doc[i].text in DASHES_OR_HYPHEN)
    ):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text in ",;()"):
            return None  # "…, а Боливии [продала] 1 млн": a verb of its own
        i -= 1
    if i < start or i <= first.i - 10:
        return None
    item = []
    i -= 1
    while i >= start and doc[i].lower_ not in _ITEM_OPENERS:
        item.append(doc[i])
        i -= 1
    if (
        i < start
        or not 0 < len(item) <= 6
        or not any(t.pos_ in ("NOUN", "PROPN") for t in item)
        or any(t.pos_ not in _ITEM_POS or t.lemma_ in _NOW for t in item)
    ):
        return None
    for k in range(i - 1, max(start, i - 12) - 1, -1):
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text in "()"):
            return None
        if t.like_num:
            return t
    return None


def contracted_supply(number: Token) -> Token | None:
    """The act of trade (`trade_part`) in the "на"/"о"-phrase of a paper of a deal (`paper`)
    that the figure measures through nouns alone ("контракт на поставку до 2 млн тонн газа",
    "соглашение о закупке 300 тысяч тонн пшеницы": "поставку", "закупке"); None for none."""
    below = number
    for t in number.ancestors:
        if t.pos_ not in ("NOUN", "NUM"):
            return None
        if below.lemma_ in _SUPPLIES and preposition(below) in ("на", "о", "об"):
            return below if t.lemma_ in _SIGNED_PAPERS else None
        below = t
    return None
