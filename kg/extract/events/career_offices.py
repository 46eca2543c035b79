"""Whether an office stands beside a change, and the post a text told before it.

`has_office` tells a change from a record ("стал первым чернокожим президентом"); a post
the trigger names only by pointing back ("на эту должность", "его место займёт", "назвал
имя своего кандидата в премьер-министры") is the one a candidacy, an appointment, a leaving
or the holder's title told before; the office's name loses the capital its sentence's start
gave it.

Split out of careers.py (forty-fifth pass, h-split48)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.events.career_posts import (
    APPOINTING,
    LEADING,
    POSTS,
    _office,
    office_titled,
    post_title,
    state_office,
    team_noun,
)
from kg.extract.events.career_replacements import (
    handed_post,
    post_by_pronoun,
    replaced_post,
)
from kg.extract.events.career_roles import FILL, _objects, holders_and_agents, named_by
from kg.extract.events.words import bare_trade
from kg.nlp.deps import (
    SUBJECTS,
    new_paragraph,
    possessive_pronoun,
    preposition,
    sentence_before,
    sentences_back,
)
from kg.nlp.morph import case_of, is_verb, morph
from kg.resolve.this_post import pointed_post

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader


# "стал первым", "самым молодым премьером": a record, not the news
_RANKS = frozenset({"первый", "второй", "третий"})  # the tagger marks no "Ord" on them
_RECORDS = _RANKS | {"единственный", "последний", "самый"}
# taking another's place: news only in a state's post ("сменил на посту премьер-министра
# Перу"), not in a party's or a club's ("сменившая на посту лидера своей партии X")
SUCCEED = "сменить"


def has_office(reader: ActReader, tok: Token) -> bool:
    """Whether an office stands beside the trigger (`office` rows of `event_kinds.tsv`)."""
    office = office_or_title_before(reader, tok, "", [])
    if office is None or tok.lemma_ != "стать":
        return office is not None
    return state_office(reader, office) and not _record(office)


def _record(office: Token) -> bool:
    """ "стал первым чернокожим президентом", "самым молодым премьером", "первым президентом,
    посетившим Хиросиму": a record the text recounts, not the news of a change of office; a
    rank alone on the title is the holder's place in the line of its holders ("стал первым
    премьер-министром Сингапура", "седьмым президентом"), a change of office."""
    before = [t for t in office.subtree if t.i < office.i]
    if any(t.lemma_ in _RECORDS - _RANKS for t in before):
        return True
    ranked = any(t.lemma_ in _RANKS or _ordinal(t) for t in before)
    described = [c for c in office.children if c.dep_ in {"amod", "acl", "acl:relcl"}]
    return ranked and (len(described) > 1 or _participle_after(office))


def _participle_after(office: Token) -> bool:
    """A participle in the instrumental right after the office's phrase and its comma, which
    the parser may hang elsewhere ("вторым монархом в истории Дании, отметившим 50-летие
    правления"): what the holder did, a record among holders, not the office's news."""
    after = office.right_edge.i + 1
    if after + 1 >= len(office.doc) or office.doc[after].text != ",":
        return False
    word = office.doc[after + 1]
    return any({"PRTF", "ablt"} <= p.tag.grammemes for p in morph().parse(word.text))


def _ordinal(t: Token) -> bool:
    """ "седьмым", "2-м": an ordinal, which the tagger does not always mark."""
    return "Ord" in t.morph.get("NumType") or any("Anum" in p.tag for p in morph().parse(t.text))


def office_or_title_before(
    reader: ActReader, tok: Token, kind: str, anchors: list[Token]
) -> Token | None:
    """`_office`; for an appointment to a post "на эту должность" that no post noun before
    names, the holder's title before (`_holders_title_before`)."""
    office = _office(reader, tok, kind)
    pointed = kind in {"Appointment", ""} and any(
        pointed_post(c, office_titled) for c in tok.children
    )
    if pointed and office is not None and _sought_post(office):
        return None  # "выставил кандидатуру на пост X … намерен сменить на этом посту Y"
    if office is None and pointed:
        given = _appointment_before(reader, tok)  # "назначил X министром. На этом посту …"
        if given is None:
            office = _holders_title_before(reader, tok, anchors, is_verb(tok))
        elif not any(c.dep_ in SUBJECTS and c.pos_ == "PRON" for c in tok.children):
            return given  # "… на этом посту его сменит Y": Y takes that post
        else:
            return None  # "… на этом посту он сменит Y": that appointment, told again
    bare = office is None or office.lemma_ in POSTS and office.head.i == tok.i
    if kind in {"Appointment", ""} and bare and is_verb(tok) and tok.lemma_ in _TAKE_PLACE:
        office = _predecessors_post(reader, tok) or office
    if office is None and kind in {"Appointment", ""} and is_verb(tok) and tok.lemma_ in APPOINTING:
        office = _candidacy_before(reader, tok)
    if office is None and kind in {"Appointment", ""} and is_verb(tok):  # "назначил на неё Y",
        office = post_by_pronoun(tok) or replaced_post(reader, tok) or handed_post(tok)
    return office


_CANDIDATE = "кандидат"
# what one runs for a post by ("выставил свою кандидатуру на пост", "баллотироваться на пост")
_RUNNING = frozenset({"кандидатура", "кандидат", "баллотироваться", "баллотировка"})


def _sought_post(title: Token) -> bool:
    """A title of the post a candidacy is for ("выставил свою кандидатуру на пост президента
    комитета"): to succeed its holder "на этом посту" is the election's hoped end, no
    appointment of its own. Forty-seventh pass, own sentences (h-events123)."""
    post = title.head
    return post.lemma_ in POSTS and preposition(post) == "на" and post.head.lemma_ in _RUNNING


def _candidacy_before(reader: ActReader, tok: Token) -> Token | None:
    """The post a candidacy in the paragraph's sentences before names the appointee for, where a
    verb of appointing names no post ("назвал имя своего кандидата в премьер-министры. Им
    оказался X. Президент назначил X": the premiership): the title after "кандидат в" or
    "кандидат на пост", where the appointee is named after it. Pass forty-fourth, own
    sentences (h-events113)."""
    objects = [k for c in _objects(tok) for k in named_by(reader, c) if k.startswith("person/")]
    if not objects:
        return None
    first = tok.sent
    for _ in range(8):  # its paragraph's sentences before it
        before = None if new_paragraph(first) else sentence_before(first)
        if before is None:
            break
        first = before
    for cand in tok.doc[first.start : tok.sent.start]:
        if cand.lemma_ != _CANDIDATE:
            continue
        after = tok.doc[cand.i + 1 : tok.sent.start]
        named = {m.entity for t in after for m in reader.by_token.get(t.i, ())}
        if objects[0] not in named:
            continue
        for c in cand.children:
            title = post_title(c) if c.lemma_ in POSTS else c
            if title is not None and preposition(c) in {"в", "на"} and office_titled(title):
                return title
    return None


# verbs of taking another's post ("пост займёт X", "его место займёт X", "сменит его на
# посту"), and the words of the post or place taken
_TAKE_PLACE = frozenset({"занять", "сменить"})
_PLACE = "место"
# verbs of leaving a post, whose subject's title names the post another then takes
_LEAVING = frozenset({"уйти", "покинуть", "оставить", "сложить", "подать", "уволиться"})
# a post told vacant ("этот ставший вакантным пост"), and the verbs of leading a body the
# sentence before tells it by, with the head title each makes ("командовал контингентом")
_VACANT = frozenset({"вакантный", "освободившийся", "свободный"})


def _predecessors_post(reader: ActReader, tok: Token) -> Token | None:
    """The post one takes from another the text named before: the title of whose post or
    place it is ("Министр обороны Перу X ушёл в отставку. Его место займёт Y", "На посту его
    сменит Y"), or of the one who left it in the sentence before ("… ушёл в отставку. Этот
    ставший вакантным пост займёт Y"), or a body one led there, where the post is told
    vacant ("X командовал контингентом НАТО. Теперь этот ставший вакантным пост займёт Y").
    Pass forty-fourth, own sentences (h-events111)."""
    places = [c for c in tok.children if c.lemma_ in POSTS or c.lemma_ == _PLACE]
    if not places:
        return None
    place = places[0]
    owners = [c for c in place.children if possessive_pronoun(c)]
    owners += [c for c in place.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
    if tok.lemma_ == SUCCEED:
        owners += [c for c in tok.children if c.dep_ == "obj"]
    keys = []
    for w in owners:
        if w.pos_ == "PRON" or possessive_pronoun(w):
            keys.append(reader.antecedent(w))
        else:
            keys += [m.entity for m in reader.by_token.get(w.i, ()) if m.type == "Person"]
    keys = [k for k in keys if k.startswith("person/")]
    # "этот ставший вакантным пост", which the parser may break up ("этот" the verb's object)
    words = place.doc[max(place.sent.start, place.i - 4) : place.i]
    words = words[next((k + 1 for k in range(len(words) - 1, -1, -1)
                        if words[k].pos_ in {"NOUN", "PROPN", "PUNCT"}), 0) :]  # fmt: skip
    pointed = pointed_post(place, office_titled) or any(t.lemma_ in {"этот", "тот"} for t in words)
    vacant = any(t.lemma_ in _VACANT for t in [*words, *place.subtree])
    if not keys and not pointed:
        return None
    before = sentence_before(tok.sent)
    if before is None:
        return None
    if not keys:  # "этот пост": the one who left it in the sentence before
        leaving = [t for t in before if t.lemma_ in _LEAVING and t.pos_ in {"VERB", "AUX"}]
        keys = [k for v in leaving for k in reader.subject_mentions(v, climb=False)]
        keys = [k for k in keys if k.startswith("person/")]
    if keys:
        names = [t for t in before if (m := reader.mention_head.get(t.i)) and m.entity == keys[0]]
        titles = [t.head for t in names if t.dep_ == "appos" and office_titled(t.head)]
        return titles[-1] if titles else None
    led = [t for t in before if t.lemma_ in LEADING and t.pos_ == "VERB"]
    bodies = [
        c for v in led for c in v.children if c.dep_ in {"obj", "obl"} and case_of(c) == "Ins"
    ]
    return bodies[0] if vacant and bodies and not team_noun(bodies[0]) else None


def _appointment_before(reader: ActReader, tok: Token) -> Token | None:
    """The title an appointment in the sentence before, or in this one before the trigger,
    gives, where "на этом посту" points back to it ("объявил о назначении X своим
    советником. На этом посту он сменит Y"): a pronoun that takes it is that appointee
    (the appointment told again), not one whose own title names a post (not the president
    who appointed X); a name takes it next ("На этом посту его сменит Y"). Pass
    forty-fourth, own sentences (h-events111)."""
    start = sentences_back(tok.sent, 1).start
    given = (
        _office(reader, t, "Appointment")
        for t in tok.doc[start : tok.i]
        if t.lemma_ in APPOINTING | FILL
    )
    return next((o for o in given if o is not None and o.lemma_ not in POSTS), None)


def _holders_title_before(
    reader: ActReader, tok: Token, anchors: list[Token], verb: bool
) -> Token | None:
    """The post "на эту должность" points back to where no post noun names it: the title the
    sentence before, or this one before the trigger, sets beside the holder's own name ("Посол
    Чили в Перу Хосе Мартинес отозван. Мартинес был назначен на эту должность в июне 2019
    года": the ambassador's post). None where the holder has no title there ("X отозван. На
    эту должность назначен Y": the post is X's, and Y's title is not told). Pass
    forty-third (h-events107)."""
    holders, _ = holders_and_agents(reader, tok, anchors, verb, False)
    persons = {k for k in holders if k.startswith("person/")}
    if not persons:
        return None
    start = sentences_back(tok.sent, 1).start
    for t in reversed(tok.doc[start : tok.i]):
        keys = {m.entity for m in reader.by_token.get(t.i, ())}
        if (
            keys & persons
            and t.dep_ == "appos"
            and office_titled(t.head)
            and not bare_trade(t.head)
        ):
            return t.head
    return None


def sentence_case(office: Token, name: str) -> str:
    """The office's name with the capital its sentence's start gave it put down ("Посол Чили
    в Перу X отозван" → "посла Чили в Перу"), or the capital of a title the tagger took for
    a name ("Президентом Перу" → "президента Перу"); an abbreviation ("МИД") keeps its
    capitals."""
    if office.pos_ == "PROPN" and office.i != office.sent.start:  # "новым Президентом Перу"
        stem = office.text[:4]
        return " ".join(
            w.lower() if w.startswith(stem) and w[1:2].islower() else w for w in name.split(" ")
        )
    first = min([office.i, *(c.i for c in office.children if c.dep_ == "amod")])
    opening = first == office.sent.start
    return name[0].lower() + name[1:] if opening and name[1:2].islower() else name
