"""Which two states a document is about, and whose state "мы"/"наши страны" is.

Agreements, events, claims and relation levels often name one state or none ("наши
страны", "соглашение с Россией", "переговоры с Путиным"); the other side comes from the
speaker's state or from the pair of states the document mentions most. That pair is
computed here only, from one count of state mentions per document.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span as Sent
from spacy.tokens import Token

from kg.extract.common.attribution import speaker_of
from kg.extract.common.named_states import qualifies_currency
from kg.extract.common.numbers import whole_count
from kg.extract.common.origins import is_origin
from kg.extract.common.words import lem
from kg.extract.context import Context
from kg.gazetteer import Gazetteer, capital_in_any_case
from kg.lexicon import load_list, load_rows
from kg.model import Mention
from kg.nlp.deps import (
    has_preposition,
    is_passive,
    new_paragraph,
    preposition,
    sentence_before,
)
from kg.nlp.gazetteer_capitals import PLACE_PREPOSITIONS
from kg.nlp.morph import morph
from kg.resolve.body_states import body_word

# PAIR_WORDS is read from here by agreements' subjects and relations' sides
from kg.resolve.pair_words import BOTH, both_word
from kg.resolve.pair_words import PAIR_WORDS as PAIR_WORDS

UNIONS = Path(__file__).with_name("unions.txt")
UNION_SEATS = Path(__file__).with_name("union_seats.tsv")
# The words for the document's two sides: "Стороны" (plural), "наши/обе/две страны".
SIDES = "сторона"
# Words under "стороны" that make them others' ("стороны конфликта", "эти стороны", "обе стороны
# обвинения"): with one, they are no longer the text's two sides.
SIDES_OWN = frozenset({"nmod", "det", "amod", "nummod"})
_BILATERAL = BOTH | {"двусторонний", "межгосударственный"}  # "двусторонние отношения"
_PAIR_NOUNS = {"страна", "лидер", "президент", "глава"}  # "Страны стали союзниками"
# Words on a sentence's main verb that tell it as a look back ("Ранее он побывал в …", "До
# этого он посетил …"): adverbs, and the prepositions of "этим"/"этого"
_EARLIER = frozenset({"ранее", "прежде", "раньше"})
_BEFORE_THAT = frozenset({"до", "перед"})


def is_side(m: Mention, unions: bool = False) -> bool:
    """Whether a mention names a state, or (with `unions`) a union of states."""
    return m.type == "State" or (unions and m.entity in load_list(UNIONS))


def side_key(key: str) -> bool:
    """Whether an entity key names a state or a union of states: an agreement's party that
    may be a side of relations ("соглашение о стратегическом партнёрстве" of two firms is no
    level of states)."""
    return key.startswith("state/") or key in load_list(UNIONS)


def seated_union(ctx: Context, m: Mention) -> str:
    """The union a capital stands for ("Отношения Брюсселя и Анкары" in a report on the EU
    and Turkey): a state named by its capital alone, where the report names exactly one union
    seated there (`union_seats.tsv`) and never names the state otherwise ("Премьер-министр
    Бельгии …" keeps Brussels Belgium's); "" for any other mention."""
    if m.type != "State" or m.via != "capital":
        return ""
    by_name = any(x.entity == m.entity and x.via != "capital" for x in ctx.mentions)
    return "" if by_name else _seat_of(ctx, m.entity)


def _seat_of(ctx: Context, state: str) -> str:
    """The one union the report names that sits in `state`'s capital (`union_seats.tsv`),
    else ""."""
    seated = {union for union, where in load_rows(UNION_SEATS) if where == state}
    unions = seated & {x.entity for x in ctx.mentions}
    return next(iter(unions)) if len(unions) == 1 else ""


@lru_cache(maxsize=1)
def _state_names() -> dict[tuple[str, ...], str]:
    """Lemmas of every state name, full name and alias → the state's key; also the name's
    words as written, lower case: a plural name's nominative is the lemma the tagger gives
    its other cases ("Сенат Филиппин": "филиппины"), where the word alone lemmatises to a
    singular ("Филиппины": "филиппина")."""
    names: dict[tuple[str, ...], str] = {}
    for state in Gazetteer.load().states:
        for name in (state.name, state.full_name, *state.aliases):
            if name:
                names.setdefault(tuple(lem(w) for w in name.split()), state.key)
                names.setdefault(tuple(w.lower() for w in name.split()), state.key)
    return names


def state_of_word(word: str) -> str:
    """The state a single word as written names ("Иран" in "Иран-Экспо"), else "": for a
    part of a compound the tagger makes no mention of."""
    return _state_names().get((word.lower(),), "")


def body_state(ctx: Context, m: Mention) -> str:
    """The state an organization is a body of: its own ("МИД России"), else the state its
    name names ("Верховная Рада Украины", "Государственный департамент США") or, for a
    state's body, the one state its adjective names ("китайское правительство"); "" for
    others. A state's body speaks and acts for it, as its capital does; a news outlet of a
    state ("сообщает ТАСС") only reports, and names no side."""
    entity = ctx.entity(m.entity)
    if m.type != "Organization" or entity is None or m.entity in load_list(UNIONS):
        return ""
    known = ctx.gazetteer.org(m.entity)
    if known is not None and known.kind == "MediaOutlet":
        return ""
    if entity.state.startswith("state/"):
        return entity.state
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    lemmas = [t.lemma_ for t in span or []]
    names = _state_names()
    for i in range(len(lemmas)):
        for j in range(len(lemmas), i, -1):
            if key := names.get(tuple(lemmas[i:j])):
                return key
    if not entity.name or not body_word(entity.name.split()[0]):
        return ""  # "китайская корпорация CNPC" is a firm, no state's body
    inner = {x.entity for x in ctx.mentions_in(m.start, m.end, "State")}
    return inner.pop() if len(inner) == 1 else ""  # "с китайским правительством": China


def _state_counts(ctx: Context) -> Counter[str]:
    return Counter(m.entity for m in ctx.mentions if _counted_state(ctx, m))


def _counted_state(ctx: Context, m: Mention) -> bool:
    """A state mention that counts toward the document's pair: not a currency's ("российский
    рубль"), nor a person's origin."""
    return is_side(m) and not qualifies_currency(ctx, m) and not is_origin(ctx, m)


def _side_counts(ctx: Context) -> Counter[str]:
    """States and unions, with a state's bodies counted as the state."""
    return Counter(
        m.entity if is_side(m, unions=True) else body_state(ctx, m)
        for m in ctx.mentions
        if (is_side(m, unions=True) or body_state(ctx, m))
        and not qualifies_currency(ctx, m)
        and not is_origin(ctx, m)
    )


def _place_counts(ctx: Context) -> Counter[str]:
    """States whose capital the text names as a place ("прибыл в Белград"; in any case, "в
    Кампалу" the dictionary reads as another word too: `capital_in_any_case`): the host of a
    visit, which the gazetteer matcher rightly does not take for a government; not the place
    a passive tells a thing was done ("Договор был подписан в Праге", "соглашения,
    подписанного в Анкаре"), which says where a paper came about, not whom anyone visits.
    A capital where the one union the report names sits, of a state it never names, is that
    union's ("визит премьер-министра Сербии в Брюссель" in a report on the EU and Serbia)."""
    named = {m.entity for m in ctx.mentions}
    return Counter(
        key if key in named else _seat_of(ctx, key) or key
        for t in ctx.doc
        if (key := placed_capital(t))
    )


def placed_capital(t: Token) -> str:
    """The state whose capital `t` names as a place after a preposition of place ("прибыл в
    Белград", "в Кампалу"), or "": not the place a passive tells a thing was done in
    (`_place_counts`)."""
    if not t.text[:1].isupper() or t.i == 0 or t.doc[t.i - 1].lower_ not in PLACE_PREPOSITIONS:
        return ""
    if t.dep_ == "obl" and is_passive(t.head, participle=True):
        return ""
    return capital_in_any_case(Gazetteer.load(), t)


def main_pair(
    ctx: Context,
    at_least: int = 2,
    unions: bool = False,
    only_two: bool = False,
    places: bool = False,
) -> tuple[str, ...]:
    """The two states (or, with `unions`, states and unions) mentioned most, each at least
    `at_least` times, most mentioned first; () unless there are two. With `only_two`, a
    document that names exactly two sides has them as its pair however rarely it names
    them (a short report: "Президент Чили встретился с президентом Мексики. Стороны …").
    With `places`, a capital named as a place counts for its state where the mentions
    give fewer than two sides ("Премьер Венгрии прибыл в Белград. Стороны …")."""
    counts = ctx.once(_side_counts if unions else _state_counts)
    if places and len(counts) < 2:
        counts = counts + ctx.once(_place_counts)
    return _pair_of(counts, at_least, only_two)


def paragraph_pair(ctx: Context, end: int, unions: bool = False) -> tuple[str, ...]:
    """The two sides the nearest sentence of the paragraph names, at or before the one that
    ends at character `end`, where the report names more than two ("Президент Франции прибыл
    в Армению. … Стороны подписали декларацию" in a digest of four bilateral stories): a
    "Стороны" of a paragraph is its own pair or that of the event told just before it, not
    the document's two named most; () where the report names two sides or fewer, or no
    sentence of the paragraph names exactly two, or only one paragraph names states (one
    story: its counts and its lead settle it) (sixty-first pass, h-relations60)."""
    if len(ctx.once(_side_counts if unions else _state_counts)) <= 2 or ctx.once(_one_story):
        return ()
    at = next((s for s in ctx.sents if s.start_char < end <= s.end_char), None)
    if at is not None and ctx.once(_main_pair_together):
        # a report of one pair with a third state in a clause of the sentence itself
        # ("Отношения между двумя странами ухудшились, после того как президент Франции
        # признал суверенитет Марокко"): its pair word is the report's pair, not those two
        if new_paragraph(at):
            return ()
        at = sentence_before(at)
    while at is not None:
        sides = _sides_in(ctx, at.start_char, at.end_char, unions)
        if len(sides) == 2 or new_paragraph(at):
            return sides if len(sides) == 2 else ()
        at = sentence_before(at)
    return ()


def _one_story(ctx: Context) -> bool:
    """Whether at most one paragraph of the report names a state: a report of one story,
    not a digest of several."""
    named = [bool(_sides_in(ctx, a, b, False)) for a, b in ctx.once(_paragraphs)]
    return sum(named) <= 1


def _paragraphs(ctx: Context) -> list[tuple[int, int]]:
    """The report's paragraphs as [start, end) character spans."""
    starts = [s.start_char for s in ctx.sents if s.start == 0 or new_paragraph(s)]
    return list(zip(starts, [*starts[1:], len(ctx.doc.text)], strict=True))


def _main_pair_together(ctx: Context) -> bool:
    """Whether one paragraph names both states the report names most: a report of that
    pair, where a sentence naming two states of which one is a third is no story of its own
    ("… ухудшились, после того как президент Франции признал суверенитет Марокко" in an
    Algeria–France report); a digest's two named most belong to different stories and share
    no paragraph. Fix after the sixty-first pass's merges (h-relations60's rule read that
    change of relations as France–Morocco)."""
    pair = main_pair(ctx)
    if len(pair) != 2:
        return False
    return any(set(pair) <= set(_sides_in(ctx, a, b, False)) for a, b in ctx.once(_paragraphs))


def _sides_in(ctx: Context, start: int, end: int, unions: bool) -> tuple[str, ...]:
    """The states (with `unions`, unions too) named in [start, end), a person's origin too
    ("президент Франции Эмманюэль Макрон"), not a currency's, in the order it names them."""
    named = [
        m.entity
        for m in ctx.mentions_in(start, end)
        if is_side(m, unions=unions) and not qualifies_currency(ctx, m)
    ]
    return tuple(dict.fromkeys(named))


def pair_by(ctx: Context, end: int, only_two: bool = True) -> tuple[str, ...]:
    """`main_pair(ctx, only_two=only_two)` as the text has told it by character `end`,
    counting only the state mentions before it: the sides of what a sentence tells without
    naming any come from it or the sentences before, never from a later one ("Было
    подписано соглашение …" in a report on four states, two of which a later sentence names
    again: fifty-ninth pass, h-agreements64), the pair of its paragraph first in a digest of
    several (`paragraph_pair`); with `only_two`, a report that names only two states has them
    wherever it names them."""
    whole = ctx.once(_state_counts)
    if only_two and len(whole) == 2:
        return _pair_of(whole, 2, only_two)
    if near := paragraph_pair(ctx, end):
        return near
    counts = Counter(m.entity for m in ctx.mentions if m.end <= end and _counted_state(ctx, m))
    return _pair_of(counts, 2, only_two)


def _pair_of(counts: Counter[str], at_least: int, only_two: bool) -> tuple[str, ...]:
    """The two keys counted most, each at least `at_least` times (with `only_two`, the
    two counted where there are just two); () unless there are two."""
    if only_two and len(counts) == 2:
        return tuple(key for key, _ in counts.most_common(2))
    top = [key for key, n in counts.most_common(2) if n >= at_least]
    return tuple(top) if len(top) == 2 else ()


def lead_pair(ctx: Context, unions: bool = False) -> tuple[str, ...]:
    """The two sides joined by "и" that are the subject of the report's first sentence that
    names any, or its bare genitive (`_in_subject`) ("Бразилия и Индонезия вывели отношения
    …", "Япония и Филиппины являются союзниками США …", "Президенты Чили и Перу провели
    переговоры"): the report's pair where counts settle none, third states named once
    beside it; () where that sentence's subject is no two sides ("Президент Перу посетил Чили
    и Эквадор")."""
    for sent in ctx.sents:
        named = [m for m in ctx.mentions_in(sent.start_char, sent.end_char)
                 if is_side(m, unions=unions)]  # fmt: skip
        if not named:
            continue
        at: dict[int, str] = {}
        for m in named:
            span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                at[span.root.i] = m.entity
        for i, key in at.items():
            t = ctx.doc[i]
            first = at.get(t.head.i, key)
            if t.dep_ == "conj" and first != key and _in_subject(t.head):
                return (first, key)
        return ()
    return ()


def _in_subject(t: Token) -> bool:
    """Whether `t` is a subject, or a bare genitive of one at any depth ("Президенты Чили и
    Перу", "Министры иностранных дел Чили и Перу провели переговоры"): the persons of two
    states stand for their pair as the states do (sixty-first pass, h-agreements69)."""
    while t.dep_ == "nmod" and not has_preposition(t) and "Gen" in t.morph.get("Case"):
        t = t.head
    return t.dep_ in ("nsubj", "nsubj:pass")


def told_earlier(sent: Sent) -> bool:
    """Whether `sent`'s main verb is told as done before the story it follows, by an adverb
    or "до/перед этим" ("Президент Перу посетил Чили. Ранее он побывал в Боливии и Эквадоре"):
    a look back, whose states are not the sides of what the story tells next (sixty-second
    pass, h-agreements76)."""
    return any(
        c.dep_ == "advmod"
        and c.lemma_ in _EARLIER
        or c.dep_ == "obl"
        and c.lemma_ in ("это", "тот")
        and preposition(c) in _BEFORE_THAT
        for c in sent.root.children
    )


def story_sentence_before(sent: Sent) -> Sent | None:
    """The sentence before `sent`, past the looks back (`told_earlier`) within its paragraph:
    the one whose sides "Стороны" opening `sent` stand for."""
    before = sentence_before(sent)
    while before is not None and told_earlier(before) and not new_paragraph(before):
        before = sentence_before(before)
    return before


def lead_pair_near(ctx: Context, sent: Sent) -> tuple[str, ...]:
    """The report's first pair (`lead_pair`, unions too), where `sent` and the one before it
    name no two other sides: "Стороны" may be those, nearer than the first sentence's
    ("Египет и Иордания осудили … Президент Кении принял премьера Уганды. Стороны
    договорились …"); a third state named once beside the pair leaves it ("являются
    союзниками США"). Read by the relation levels and, where the counts settle no pair, by
    the sides of a paper "Стороны" sign (moved from relations/sides.py, sixty-first pass,
    h-agreements69)."""
    lead = lead_pair(ctx, unions=True)
    before = sentence_before(sent)
    start = before.start_char if before is not None else sent.start_char
    near = ctx.mentions_in(start, sent.end_char)
    others = {m.entity for m in near if is_side(m, unions=True) and m.entity not in lead}
    return () if len(others) >= 2 else lead


def bilateral(t: Token) -> bool:
    """ "наши страны", "двусторонние отношения", "Стороны", "Страны" and "Лидеры" alone
    (plural, with no state or other word of their own): the document's pair. Read by the
    relation levels and the agreements (moved from relations/sides.py, h-agreements42)."""
    if t.lemma_ in _BILATERAL:
        return True
    if "Plur" not in t.morph.get("Number") and not (t.dep_ == "nsubj" and _plural_subject(t)):
        return False
    bare = not any(c.dep_ in ("nmod", "amod") for c in t.children)
    return t.lemma_ == SIDES or (t.lemma_ in _PAIR_NOUNS and bare)


def bare_sides(t: Token) -> bool:
    """ "Стороны" with no word of its own (`SIDES_OWN`): the text's two sides, not "стороны
    конфликта"."""
    return t.lemma_ == SIDES and not any(c.dep_ in SIDES_OWN for c in t.children)


def _plural_subject(t: Token) -> bool:
    """A subject that can be a plural nominative, which the tagger may misread when it opens
    a sentence ("Страны стали союзниками": tagged a singular genitive)."""
    return any(p.tag.number == "plur" and p.tag.case == "nomn" for p in morph().parse(t.lower_))


def pair_word(t: Token) -> str:
    """The word of BOTH that makes a word for states `t` governs, or its genitive does, the
    document's pair ("министры иностранных дел двух стран": "два"; "саммит наших стран":
    "наш"), read from the parse; "" where none does."""
    near = [c for c in t.children if c.dep_ == "nmod"]
    near += [g for c in near for g in c.children if g.dep_ == "nmod"]
    return next((w for x in near if (w := both_word(x))), "")


def counted_states(ctx: Context, t: Token) -> list[str]:
    """The report's states a count of three or more on a word for states `t` governs, or its
    genitive does, stands for where the report names exactly that many ("главы правительств
    трёх стран" in a report of China, Kyrgyzstan and Uzbekistan: all three, not the two it
    names most); none otherwise. Seventy-first pass (h-events271)."""
    near = [c for c in t.children if c.dep_ == "nmod"]
    near += [g for c in near for g in c.children if g.dep_ == "nmod"]
    counts = [
        whole_count(c.text)
        for x in near
        if x.lemma_ in PAIR_WORDS
        for c in x.children
        if c.dep_ == "nummod"
    ]
    states = ctx.once(_state_counts)
    many = next((n for n in counts if n >= 3), 0)
    return [s for s, _ in states.most_common()] if many and len(states) == many else []


def named_pair(ctx: Context, word: str, end: int) -> tuple[str, ...]:
    """The document's pair a word of BOTH in the sentence ending at `end` names: its
    paragraph's in a digest of several pairs (`paragraph_pair`), else the two states
    mentioned most (each at least twice), or the only two a short report names ("Лидеры
    Габона и Камеруна встретились. Саммит двух стран …"); after "двух"/"обеих" always, after
    "наших" only where no third state is mentioned as often (of three, "наши страны" are all
    of them); () otherwise."""
    if word not in BOTH:
        return ()
    if near := paragraph_pair(ctx, end):
        return near
    pair = main_pair(ctx) or main_pair(ctx, only_two=True)
    third = ctx.once(_state_counts).most_common(3)[2:]
    return () if word == "наш" and third and third[0][1] >= 2 else pair


def speaker_state(ctx: Context, start: int, end: int) -> str:
    """State key of whoever the text says said [start, end), or ""."""
    person = ctx.entity(speaker_of(ctx, start, end))
    return person.state if person is not None and person.state.startswith("state/") else ""


def other_side(ctx: Context, known: str, start: int, end: int, unions: bool = False) -> str:
    """The state opposite `known`: the speaker's, else the other of the document's pair, else
    the other of the only two sides a short report names ("Президент Кении провёл переговоры
    с премьер-министром Эфиопии. … Мы подписали")."""
    own = speaker_state(ctx, start, end)
    if own and own != known:
        return own
    for pair in (main_pair(ctx, unions=unions),
                 main_pair(ctx, unions=unions, only_two=True, places=True)):  # fmt: skip
        if known in pair:
            return pair[1] if pair[0] == known else pair[0]
    return ""
