"""The state a state's post of no state is of: "Позднее министр финансов X заявил" in a text
about Chile, "В Латвии вице-министр транспорта X арестован", "бывший спикер парламента Y" in
the sentence of "Центральной избирательной комиссии Эстонии". Pass forty-six, own sentences
(h-offices54, tests/test_office_document_state.py)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Span, Token

from kg.extract.common.named_states import states_named
from kg.extract.common.origins import is_origin
from kg.extract.context import Context
from kg.gazetteer import capital_in_any_case, normalize
from kg.model import Mention
from kg.nlp.deps import new_paragraph, preposition, sentence_before
from kg.nlp.morph import case_of
from kg.resolve.body_states import state_adjectives
from kg.resolve.org_naming import WORDS
from kg.resolve.title_lexicon import Title, is_trade, state_post


def home_state(
    ctx: Context,
    titles: list[Title],
    rows: list,
    person: str,
    office: str,
    at: int,
    placed: bool = False,
) -> str:
    """The state of a state's post (`state_post`) a title gives with no state or body: the
    one state the title's sentence is set in or names a body of ("В Латвии …", "власти
    Чили", "комиссии Эстонии"), else the one the paragraph's sentences before set it in,
    else the document's only state, else the one state the person's other posts in the text
    serve. "" where the sentence or paragraph names two, the document two and nothing else
    decides, or, where its own sentence does not decide, another person or a title holds the
    same office of a state in the text (one state has one: "Президент Египта встретился с X,
    который занимал пост президента"). `placed`: a place's head the tables place nowhere
    ("мэр Тарту", `placed_post`), whose document's only state counts only outside titles
    ("Мэр Тарту X встретился с послом Латвии": the envoy's state, not the city's)."""
    key = normalize(office)
    sent = ctx.sentence_at(at) if placed or state_post(office) else None
    if sent is None:
        return ""
    # "В Латвии вице-министр транспорта X" decides alone; not where the holder is the one
    # something is given to ("Королеве Сильвии вручили орден в Хельсинки": a guest's honour)
    own = set() if _recipient(ctx, at) else _set_in(ctx, titles, sent)
    if own:
        return own.pop() if len(own) == 1 else ""
    host = visit_host(ctx, sent, at)
    if host and not any(r[0] != person and r[2] == host and normalize(r[1]) == key for r in rows):
        return host  # "посетил Того и провёл переговоры с президентом X": Togo's
    if any(r[0] != person and r[2] and normalize(r[1]) == key for r in rows):
        return ""
    if any(t.state and normalize(t.said or t.office) == key for t in titles):
        return ""  # a title names the office's state ("Премьер-министр Латвии"): `_unnamed_state`
    spans: list[Span] = []  # the paragraph's sentences before, nearest first
    last = sent
    while not new_paragraph(last) and (before := sentence_before(last)) is not None:
        spans.append(before)
        last = before
    for span in spans:
        found = _set_in(ctx, titles, span)
        if found and _actors(ctx, titles, span) - found:
            return ""  # "Армения и Азербайджан провели переговоры в Москве": a venue
        if found:
            return found.pop() if len(found) == 1 else ""
        if _actors(ctx, [], span):
            break  # "Король Иордании назначил …": another's post's state ends the scene
    named = {
        m.entity
        for m in ctx.mentions_in(0, len(ctx.document.text), "State")
        if not is_origin(ctx, m)
    }
    named &= states_named(ctx, 0, len(ctx.document.text))
    if placed:  # "… встретился с послом Латвии": another's post's state sets no place
        titled = [(t.start_char, t.end_char) for t in titles if t.state]
        named -= {
            m.entity
            for m in ctx.mentions_in(0, len(ctx.document.text), "State")
            if any(s <= m.start and m.end <= e for s, e in titled) or _dealt_with(ctx, m)
        }
    goals = {
        m.entity for m in ctx.mentions_in(sent.start_char, sent.end_char, "State") if _goal(ctx, m)
    }
    goals |= _capitals(ctx, sent, {"в", "во", "на"}, "Acc")
    if len(named) == 1 and not named & goals:  # not "Начальник штаба X посетил Чили"
        return named.pop()
    other = {
        r[2] for r in rows if r[0] == person and r[2].startswith("state/") and not is_trade(r[1])
    }
    return other.pop() if len(other) == 1 else ""


def visit_host(ctx: Context, sent: Span, at: int) -> str:
    """The state a visit the sentence tells goes to, else one the sentence before tells
    ("посетил Того и провёл переговоры с президентом X", "В ходе визита в Того министр
    встретился с премьером X"), for a title after "с"/"со" at char `at`: the one the visitor
    meets is the host's; "" for a title of the visitor's own, a companion's ("вместе с
    министром X"), where no visit is told, or where one goes to two states. Sixty-first
    pass, h-names134."""
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or preposition(span[0]) not in {"с", "со"} or _companion(span[0]):
        return ""
    before = sentence_before(sent)
    for scene in (sent, before) if before is not None else (sent,):
        hosts = _visited(ctx, scene)
        if hosts:
            return hosts.pop() if len(hosts) == 1 else ""
    return ""


# The words before "с" that make the one named a companion of the subject, not the one met
# ("посетил Того вместе с министром обороны X": the visitor's own minister), or its head
# ("Делегация во главе с министром X прибыла в Ригу": the delegation's, not the host's).
_TOGETHER = frozenset({"вместе", "совместно", "наряду", "главе"})


def _companion(word: Token) -> bool:
    """Whether "с"/"со" before `word` follows "вместе", "совместно" or "наряду"."""
    cases = [c for c in word.children if c.dep_ == "case"]
    return any(c.i > 0 and word.doc[c.i - 1].lower_ in _TOGETHER for c in cases)


def _visited(ctx: Context, sent: Span) -> set[str]:
    """The states a sentence names as a visit's goal: the object of "посетить", after "в" in
    the accusative of "визит", "прибыть" (`visit_noun`'s words), or right after such a verb;
    a capital's state after "в" on such a word ("прибыл в Ханой"; seventy-first pass,
    h-events269)."""
    from kg.extract.events.places import visit_noun  # here: the events package reads offices

    found = set()
    for m in ctx.mentions_in(sent.start_char, sent.end_char, "State"):
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not _goal(ctx, m):
            continue
        word = span.root.head if span.root.dep_ == "conj" else span.root
        # "посетил Того и провёл переговоры": the parse may hang the object on the next verb
        if visit_noun(word.head) or (word.i > 0 and visit_noun(ctx.doc[word.i - 1])):
            found.add(m.entity)
    # "прибыл в Ханой": a capital gone to on a visit's word is its state's (h-events269)
    gone = {k for t in sent if visit_noun(t.head) and (k := _capital_at(ctx, t, _INTO, "Acc"))}
    return found | gone


_INTO = frozenset({"в", "во"})


def _capital_at(ctx: Context, word: Token, prepositions: AbstractSet[str], case: str) -> str:
    """The state whose capital `word` names after one of `prepositions` in `case` ("в Лиме":
    where it is set; "в Лиму": where one goes), else ""."""
    after = preposition(word) in prepositions and case_of(word) == case
    return capital_in_any_case(ctx.gazetteer, word) if word.text[:1].isupper() and after else ""


def own_house_post(ctx: Context, title: Title) -> bool:
    """A post of no state of a parliament named by its own name, capitalised right after the
    title's head ("спикер Сейма X", "председатель Меджлиса X"): several states name theirs
    so, so the document's only state counts for it only outside other titles, as for a
    place's head (`home_state`'s `placed`: "… встретился с послом Польши" tells nothing of
    the speaker's). Fifty-eighth pass, h-names123."""
    doc = ctx.doc
    at = title.words_end or title.end
    words = [doc[i] for i in (at - 1, at) if title.head < i < len(doc)]
    return not title.state and any(
        w.text[:1].isupper() and w.lemma_.lower() in WORDS["house"] for w in words
    )


def adjective_state(ctx: Context, title: Title, office: str) -> str:
    """The state the adjective right before a state's post names, agreeing with its noun
    ("Азербайджанский начальник генерального штаба X": Azerbaijan's, where "начальник" is no
    noun that makes the adjective a state's mention); "" for any other post or word, or an
    adjective of a noun after the title ("похвалил перуанских солдат")."""
    doc = ctx.doc
    if title.state or title.start < 1 or not state_post(office):
        return ""
    word, head = doc[title.start - 1], doc[title.head]
    if word.pos_ != "ADJ" or (word.head.i != head.i and case_of(word) != case_of(head)):
        return ""
    return state_adjectives(ctx.gazetteer).get(normalize(word.lemma_), "")


# Posts of a parliament's member, which serve the parliament the sentence names.
_MEMBERS = frozenset(["депутат", "сенатор", "парламентарий", "член парламента"])


def members_house(ctx: Context, office: str, at: int) -> str:
    """The one parliament the sentence names (its organization's name opens with, or is, a
    parliament's noun: "парламент Эстонии", "Государственная дума"; or the gazetteer's kind
    `Parliament`) for a member's bare post ("внесенные в парламент Эстонии депутатом от
    «Центристской партии» X": "депутат" of it); "" where it names none or two."""
    sent = ctx.sentence_at(at) if normalize(office) in _MEMBERS else None
    if sent is None:
        return ""
    houses = {
        m.entity
        for m in ctx.mentions_in(sent.start_char, sent.end_char, "Organization")
        if _house(ctx, m.entity) and _fits(ctx, normalize(office), m.entity)
    }
    return houses.pop() if len(houses) == 1 else ""


# What a senator's house's name holds: a senate, an upper house, or the whole parliament or
# congress ("Совет Федерации", "Сенат Чили", "Конгресс Перу"); never a lower house the
# sentence names as where a bill went ("внесенных в сейм Польши … сенатором X", h-fix46a).
_SENATES = ("сенат", "совет федерации", "верхн", "парламент", "конгресс")


def _fits(ctx: Context, office: str, key: str) -> bool:
    """A member's post may be of that house: a senator's only a senate's or a parliament's."""
    if office != "сенатор":
        return True
    entity = ctx.entity(key)
    name = normalize(entity.name) if entity is not None else ""
    return any(word in name for word in _SENATES)


def _house(ctx: Context, key: str) -> bool:
    known = ctx.gazetteer.org(key)
    if known is not None and known.kind == "Parliament":
        return True
    entity = ctx.entity(key)
    words = normalize(entity.name).split() if entity is not None else []
    nouns = WORDS["house"]
    return any(w in nouns or (w.startswith("гос") and w[3:] in nouns) for w in words[:2])


def _set_in(ctx: Context, titles: list[Title], sent: Span) -> set[str]:
    """The states a sentence is set in ("в Латвии", "на Кубе", "В Лиме": a capital's) or names
    a body of ("власти Чили", "правительство Эстонии"): not one a title names (another
    person's post), a place one goes to ("переговоры о поставках газа в Чили", "посетил
    Чили"), nor a birthplace."""
    bodies = [
        (m.start, m.end)
        for m in ctx.mentions_in(sent.start_char, sent.end_char, "Organization")
        if not _counterpart(ctx, m)
    ]
    titled = [(t.start_char, t.end_char) for t in titles if t.state]
    found = set()
    for m in ctx.mentions_in(sent.start_char, sent.end_char, "State"):
        if (
            is_origin(ctx, m)
            or _goal(ctx, m)
            or any(s <= m.start and m.end <= e for s, e in titled)
        ):
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        place = span is not None and _placed(span.root)
        if place or any(
            s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in bodies
        ):
            found.add(m.entity)
    found |= _capitals(ctx, sent, {"в", "во"}, "Loc")
    return found


def _counterpart(ctx: Context, m: Mention) -> bool:
    """A body the sentence names as the party one deals with ("провел переговоры с
    Министерством обороны Азербайджана"): after "с"/"со", not where the post is set."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and preposition(span.root) in {"с", "со"}


def _dealt_with(ctx: Context, m: Mention) -> bool:
    """A state named as the party one deals with, itself or by a noun it is the genitive of:
    after "с"/"со" ("встретился с делегацией Китая") or a verb's object ("принял делегацию
    Китая"), which sets no place a place's head serves (seventy-first pass, h-names161)."""
    word = _named_word(ctx, m)
    if word is None:
        return False
    words = (word, word.head) if word.dep_ == "nmod" else (word,)
    return any(preposition(w) in {"с", "со"} or _verb_object(w) for w in words)


def _named_word(ctx: Context, m: Mention) -> Token | None:
    """The word a state's mention stands at in its phrase: its head where it is a conjunct
    ("в Перу и Чили": "Перу"), so that each of a list is read as the first."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    return span.root.head if span.root.dep_ == "conj" else span.root


def _verb_object(word: Token) -> bool:
    """A verb's object: what one visits ("посетил Чили") or deals with ("принял делегацию")."""
    return word.dep_ == "obj" and word.head.pos_ == "VERB"


def _actors(ctx: Context, titles: list[Title], sent: Span) -> set[str]:
    """The states a sentence names outside another's title and a birthplace, as where it is
    set or not ("Армения и Азербайджан провели переговоры": the parties beside a venue)."""
    titled = [(t.start_char, t.end_char) for t in titles if t.state]
    return {
        m.entity
        for m in ctx.mentions_in(sent.start_char, sent.end_char, "State")
        if not is_origin(ctx, m) and not any(s <= m.start and m.end <= e for s, e in titled)
    }


def _capitals(ctx: Context, sent: Span, prepositions: set[str], case: str) -> set[str]:
    """The states whose capitals the sentence names after one of `prepositions` in `case`
    ("в Лиме": where it is set; "в Лиму": where one goes)."""
    return {key for t in sent if (key := _capital_at(ctx, t, prepositions, case))}


def _recipient(ctx: Context, at: int) -> bool:
    """Whether the title at char `at` is a verb's dative: the one a thing is given to or done
    for, who may be a guest where the sentence is set ("Королеве Сильвии вручили орден в
    Хельсинки"); not a noun's ("у памятника президенту Линкольну в Вашингтоне": a
    dedication, in the place it honours)."""
    span = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or case_of(span[0]) != "Dat":
        return False
    return span[0].head.pos_ in ("VERB", "AUX") or span[0].head.i == span[0].i


def _placed(root: Token) -> bool:
    """After "в"/"на", itself or as a conjunct of one that is ("в Перу и Чили")."""
    word = root.head if root.dep_ == "conj" else root
    return preposition(word) in {"в", "на"}


def _goal(ctx: Context, m: Mention) -> bool:
    """A state named as where one goes or what one visits: the object of a verb ("посетил
    Чили"), or after "в"/"на" in the accusative ("прибыл в Перу", "поставки газа в Чили")
    where the tagger tells that case."""
    word = _named_word(ctx, m)
    if word is None:
        return False
    return _verb_object(word) or (preposition(word) in {"в", "во", "на"} and case_of(word) == "Acc")
