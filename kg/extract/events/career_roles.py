"""Who a change of office is of and who makes it: the holder and who appoints or dismisses.

The holder is the object of an active verb, the subject of a passive or intransitive one, the
genitive of a noun, or the one the parser hung elsewhere (on the post or body one goes to,
on the title, on a decree's verb, after the post left); who appoints is the subject of an
active verb, or who accepts a resignation or signs the decree on it. A leaving whose noun
names no one is one's own where one announces it or hands in its paper.

Split out of careers.py (forty-fifth pass, h-split48)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.events.career_posts import (
    APPOINTING,
    LEFT,
    OWN,
    POSTS,
    _led,
    left_post_after,
    office_titled,
)
from kg.extract.events.career_replacements import handed_to
from kg.extract.events.linking import came_to_power
from kg.extract.events.triggers import trigger_rules
from kg.extract.events.words import is_role, practises_trade
from kg.nlp.deps import (
    PASSIVE_MARKS,
    SUBJECTS,
    has_subject,
    initialled_subject,
    is_passive,
    marked_own,
    possessive_pronoun,
    preposition,
    sentence_before,
    speaker_acts,
    verb_above,
    which_subject,
)
from kg.nlp.marks import DASHES_OR_HYPHEN
from kg.nlp.morph import case_of, features, is_animate, is_gerund, is_inanimate, is_infinitive
from kg.resolve.given_across import nearer_noun

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader


_POWERS = "полномочие"  # "приостановил полномочия президента X": X's (h-events112)
_TIMED = frozenset({"после", "до", "перед"})  # "после ухода в отставку": when, not why
# verbs that fill a post anew: a bare title they will fill names the post, not its holder
FILL = frozenset({"избрать", "назначить"})
# papers one hands in to leave ("написал заявление об отставке"): the writer is the holder,
# not who speaks of the paper ("опровергла заявление об отставке")
_PAPERS = frozenset({"заявление", "прошение", "рапорт"})
_ANNOUNCE = frozenset({"объявить", "заявить"})  # "объявил об отставке": one's own
_ACCEPT = frozenset({"принять", "принимать", "удовлетворить"})  # "принял отставку X"
_ENACT = frozenset({"подписать", "подписывать", "издать", "издавать"})  # "подписал указ о …"
_RECEIVE = frozenset({"получить", "получать"})
_DATIVES = frozenset({"iobj", "obl"})  # "доверил X пост": to whom a post is entrusted
_HAND_IN = frozenset({"написать", "писать", "подать", "подавать", "направить", "представить"})


def in_office(reader: ActReader, holders: list[str]) -> bool:
    """Whether one of the holders holds an office by the text's titles or their entity's,
    and no trade ("директор ФБР X ушёл на пенсию"; not "пенсионер X", "актриса X")."""
    return any(
        (e := reader.ctx.entity(k)) is not None and e.office and not practises_trade(reader.ctx, k)
        for k in holders
    )


def kinsman(t: Token) -> bool:
    """A person noun that is no office nor post ("дочь", "сын", "племянник")."""
    animate = is_animate(t)
    return t.pos_ == "NOUN" and animate and t.lemma_ not in LEFT and not office_titled(t)


def holders_and_agents(
    reader: ActReader, tok: Token, anchors: list[Token], verb: bool, leaving: bool
) -> tuple[list[str], list[str]]:
    """(holders, who appoints or dismisses); `leaving`: the trigger tells one leaving."""
    if verb and (entrusted := _entrusted(reader, tok)):  # "предложил X возглавить"
        entruster = tok if is_role(tok, "entrust") else tok.head  # "доверил X пост"
        appointers = reader.subject_mentions(entruster, climb=False)
        return entrusted, [k for k in appointers if k not in entrusted]
    return _told_roles(reader, tok, anchors, verb, leaving)


def _told_roles(
    reader: ActReader, tok: Token, anchors: list[Token], verb: bool, leaving: bool
) -> tuple[list[str], list[str]]:
    """`holders_and_agents` of a trigger no verb of entrusting governs."""
    if not verb:  # "назначение Лопес", "отставка премьера", "объявил о своей отставке"
        owners = [
            c
            for c in tok.children
            if c.dep_ == "nmod" and case_of(c) == "Gen" or possessive_pronoun(c)
        ]  # "отставка премьера", "после её избрания"
        holders = [k for c in owners for k in _owner(reader, c, tok, leaving)]
        holders = holders or _named_at_post(reader, tok)
        own = marked_own(tok) or _handed_in(tok, anchors)
        own = own or not owners and (_told_own(tok, anchors) or _own_going(tok, anchors))
        if not holders and own and anchors:  # "объявил о своей отставке", "подал рапорт об
            holders = reader.subject_mentions(anchors[0], climb=False)  # отставке"
            return holders, []
        return holders, _enacted_by(reader, tok, leaving)
    passive = is_passive(tok, short=False, marks=PASSIVE_MARKS)
    subjects = reader.subject_mentions(tok, climb=False)
    if not subjects and (is_infinitive(tok) or is_gerund(tok)):
        # "объявил о решении сложить полномочия", "удивил парламент, назначив X министром"
        subjects = _controller(reader, tok)
    if not subjects and speaker_acts(tok):  # "заявил, что уйдёт в отставку"
        subjects = reader.subject_mentions(tok.head, climb=False)
    if not subjects and (issued := by_decree(tok)) is not None:
        subjects = reader.subject_mentions(issued, climb=False)
    relative = which_subject(tok)
    if tok.dep_ in {"acl", "acl:relcl"} and (relative or passive and not subjects):
        subjects = named_by(reader, tok.head)  # "Лопес, назначенная послом", "…, который ушёл"
    if (described := described_before(reader, tok)) is not None:
        subjects = described  # "X, а также Y, разоблачивший … и скончавшийся": Y's
    if not subjects and not passive and tok.lemma_ in OWN:
        subjects = _described_after(reader, tok)  # "вместо ушедшего в отставку X"
    if not subjects and leaving and tok.lemma_ in OWN and not has_subject(tok):
        subjects = _named_after_post(reader, tok)  # "ушёл с должности главы … Р.Эспиноса"
    objects = [
        k
        for c in _objects(tok)
        if not _instead(c)  # "избрало эмира вместо убитого X"
        for k in named_by(reader, c)
    ]
    if not objects and not passive and leaving:
        objects = _left_post_holders(reader, tok)
    if passive and _post_to_fill(tok):
        return [], []  # "на выборах будет избран президент": not the president of today
    # "X возглавлял МИД. В 2008 году освобождён от должности"; a past verb of one's own act
    # with no subject is the sentence before's subject's too, whose gender it tells ("Лагос
    # трижды избирался в парламент. В ноябре 2011 г. … добровольно ушел в отставку"; events118)
    if (passive or tok.lemma_ in OWN) and not subjects and _subjectless(tok):
        subjects = [k for k in [reader.previous_subject(tok)] if k]
    if passive or tok.lemma_ in OWN:
        swapped = not any(k.startswith("person/") for k in subjects)  # "МИД возглавит Хэйг"
        if swapped and tok.lemma_ == "возглавить":  # the name parsed as an object, or as
            named = [k for c in tok.children if c.dep_ == "nsubj" for k in named_by(reader, c)]
            return objects or [k for k in named if k.startswith("person/")], []  # 2nd subject
        return subjects, []
    powered = {
        k for c in tok.children if c.dep_ in SUBJECTS and _to_power(c) for k in named_by(reader, c)
    }
    return objects, [k for k in subjects if k not in objects and k not in powered]


def _entrusted(reader: ActReader, tok: Token) -> list[str]:
    """The persons a verb of entrusting ("поручил", "предложил", "доверил") tells in the
    dative to take the post its infinitive names ("предложил X возглавить правительство"):
    they are appointed, the verb's subject appoints. The dative may be parsed anywhere
    between the two verbs (as an apposition of the subject). Forty-ninth pass (h-events131).
    A verb of entrusting that is the trigger itself ("доверил X пост премьера") appoints its
    own dative, with no preposition (fiftieth pass, h-events133)."""
    if is_role(tok, "entrust"):
        given = [c for c in tok.children if c.dep_ in _DATIVES and case_of(c) == "Dat"]
        given = [c for c in given if not preposition(c)]
        return unique_persons([k for c in given[:1] for k in named_by(reader, c)])
    verb = tok.head
    if tok.dep_ != "xcomp" or not is_infinitive(tok) or not is_role(verb, "entrust"):
        return []
    between = tok.doc[verb.i + 1 : tok.i]
    dative = [t for t in between if case_of(t) == "Dat" and t.pos_ in {"PROPN", "NOUN"}]
    return unique_persons([k for t in dative[:1] for k in named_by(reader, t)])


def _to_power(word: Token) -> bool:
    """A name the parser hung on the verb that came to power ("после прихода к власти X")."""
    return came_to_power(word.doc, word.left_edge.i)


def _described_after(reader: ActReader, participle: Token) -> list[str]:
    """The person an attributive participle of one's own leaving describes, named right
    after its phrase in its case, however the parser hangs the two ("назначен министром
    вместо ушедшего в отставку Луиса Гарсии", the participle read as the main verb's
    oblique). Pass forty-fourth, own sentences (h-events111)."""
    if features(participle, "VerbForm") != ("Part",) or features(participle, "Variant") == (
        "Short",
    ):
        return []
    if participle.dep_ in {"acl", "acl:relcl"} and participle.head.i > participle.i:
        return []  # hung on its noun already: `named_by` of that noun reads it
    after = max([participle.i, *(t.i for t in participle.subtree)]) + 1
    head = reader.mention_head.get(after)
    if head is None or head.type != "Person":
        first = reader.by_token.get(after, ())
        head = next((m for m in first if m.type == "Person"), None)
    if head is None:  # "сменил скончавшегося 13 октября экс-президента Латвии X" (h-events115)
        return _noun_described(reader, participle, participle.doc[after])
    if case_of(participle.doc[after]) not in {case_of(participle), ""}:
        return []
    return [head.entity]


def described_before(reader: ActReader, participle: Token) -> list[str] | None:
    """The person an attributive participle set off by a comma after its noun describes: the
    nearest name before it in its case and number, however the parser hangs the participle
    (on the first of two coordinated persons, as a conjunct of another participle, as
    parataxis): "содержались бывший министр X, а также журналист Y, разоблачивший схему и
    скончавшийся в тюрьме" is Y's death. [] where the nearest such noun is a person the text
    does not name ("…, а также журналист, скончавшийся …"); None where no such phrase is
    told (a finite verb or the sentence's start comes first). Forty-sixth pass, own
    sentences (h-events119)."""
    if features(participle, "VerbForm") != ("Part",) or features(participle, "Variant") == (
        "Short",
    ):
        return None
    if participle.dep_ not in {"acl", "conj", "parataxis"} or participle.head.i > participle.i:
        return None
    case, number = case_of(participle), participle.morph.get("Number")
    doc = participle.doc
    for t in reversed(doc[participle.sent.start : participle.i]):
        if t.pos_ in {"VERB", "AUX"} and features(t, "VerbForm") == ("Fin",):
            return None
        if case_of(t) != case or t.morph.get("Number") != number:
            continue
        persons = [m for m in reader.by_token.get(t.i, ()) if m.type == "Person"]
        if persons:
            after = max(i for i, ms in reader.by_token.items() if persons[0] in ms) + 1
            return [persons[0].entity] if after < len(doc) and doc[after].text == "," else None
        if t.pos_ == "NOUN" and is_animate(t):
            return []  # "…, а также журналист, скончавшийся …": one the text does not name
    return None


_NOUN_REACH = 10  # the words from a participle to its noun: a date, an age, adjectives


def _noun_described(reader: ActReader, participle: Token, noun: Token) -> list[str]:
    """The person named by the titled noun right after an attributive participle's phrase,
    of its number and gender and of its case (an animate accusative the tagger may read as
    a genitive): "сменил скончавшегося 13 октября 89-летнего экс-президента Латвии X".
    Forty-fifth pass, own sentences (h-events115)."""
    # "скончавшегося 13 октября 2016 года 89-летнего короля": its noun past the date and the
    # adjectives, however the parser hangs them; no verb, comma or other name between
    words = noun.doc[noun.i : min(noun.sent.end, participle.i + _NOUN_REACH)]
    for t in words:
        if t.is_punct or t.pos_ in {"VERB", "AUX", "PROPN"} or t.i in reader.mention_head:
            return []
        if t.pos_ == "NOUN" and is_animate(t):
            noun = t
            break
    else:
        return []
    cases = {case_of(participle), case_of(noun)}
    if len(cases) > 1 and cases != {"Acc", "Gen"}:
        return []
    if any(participle.morph.get(f) != noun.morph.get(f) for f in ("Number", "Gender")):
        return []
    return [k for k in named_by(reader, noun) if k.startswith("person/")][:1]


def _named_after_post(reader: ActReader, verb: Token) -> list[str]:
    """The one who leaves a post a subjectless verb of leaving names after it, their name
    closing the post's phrase in the nominative ("1 октября ушёл в отставку с должности главы
    администрации президента Чили Р.Эспиноса"): the subject after the verb, which the parser
    hung on the post's words. Pass forty-fourth, own sentences (h-events111)."""
    post = left_post_after(verb)
    if post is None:
        return []
    for t in verb.doc[post.i + 1 : verb.sent.end]:
        if t.is_punct and t.text != ".":
            return []  # the post's phrase ends: ", который …" is another clause
        m = reader.mention_head.get(t.i) or next(
            (m for m in reader.by_token.get(t.i, ()) if m.type == "Person"), None
        )
        if m is None or m.type != "Person":
            continue
        span = reader.ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and any(case_of(w) == "Nom" for w in span):
            return [m.entity]
        return []
    return []


def _enacted_by(reader: ActReader, noun: Token, leaving: bool) -> list[str]:
    """Who makes the change a noun names by accepting it or by the decree on it ("принял
    отставку X", "подписал указ об отставке X", "издал указ о назначении X"): the one who
    dismisses or appoints, as the subject of "уволил X" is; only one who holds an office
    ("журналист X принял отставку спокойно" accepts nothing)."""
    head = noun.head
    verb = None
    if leaving and noun.dep_ == "obj" and head.lemma_ in _ACCEPT:
        verb = head
    elif noun.dep_ == "nmod" and is_role(head, "decree") and head.dep_ == "obj":
        verb = head.head if head.head.lemma_ in _ENACT else None
    found = [] if verb is None else reader.subject_mentions(verb, climb=False)
    return [k for k in found if in_office(reader, [k])]


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects, and a person's title the parser cut off as a parataxis
    where a long apposition follows it ("отправил в отставку губернатора области, члена
    совета партии X"): an animate accusative with no clause of its own."""
    if handed := handed_to(verb):  # "передал исполнение обязанностей брату X" (h-events115)
        return handed
    # "после прихода к власти X, министр отстранил Y": X came to power (h-events113)
    objects = [c for c in verb.children if c.dep_ == "obj" and not _to_power(c)]
    # "В Лиме Х. Перес назначил П. Гомеса": the initial of who appoints parsed as an object
    subjectless = not has_subject(verb)
    objects = [c for c in objects if not (subjectless and initialled_subject(c, verb))]
    if objects and not _swapped_body(verb, objects):
        return objects
    # "X в понедельник, 6 мая, назначил Y министром": the parser, put off by the date in
    # apposition, reads a second subject after the verb, whom it appoints
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and subjects[0].i < verb.i < subjects[-1].i or objects:
        return [c for c in subjects if c.i > verb.i]
    return [
        c
        for c in verb.children
        if c.dep_ == "parataxis"
        and c.i > verb.i
        and c.pos_ == "NOUN"
        and is_animate(c)
        and case_of(c) == "Acc"
        and not has_subject(c)
    ]


def _swapped_body(verb: Token, objects: list[Token]) -> bool:
    """An appointing verb whose only object is a nominative body noun before it and whose
    subject is a person's name after it ("Конгресс Перу в среду утвердил X премьер-министром",
    a date before the verb turning the parse round): the body appoints, the name is whom
    (agr41); "Его утвердил парламент" keeps its object."""
    if verb.lemma_ not in APPOINTING or len(objects) != 1:
        return False
    body = objects[0]
    named = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
    return (
        body.i < verb.i
        and body.pos_ in ("NOUN", "PROPN")
        and case_of(body) == "Nom"
        and is_inanimate(body)
        and len(named) == 1
        and named[0].pos_ == "PROPN"
        and is_animate(named[0])
    )


def _listed(reader: ActReader, title: Token) -> list[str]:
    """The persons a plural title lists in its own case ("уволил министров X и Y", "отставка
    министров X и Y"), which the parser hangs on it as a genitive or apposition; one name
    alone after a plural is whom the title serves ("уволил помощников X")."""
    names = [
        c
        for c in title.children
        if c.dep_ in {"appos", "nmod"} and c.pos_ == "PROPN" and case_of(c) == case_of(title)
    ]
    names += [c for n in names for c in n.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    heads = [reader.mention_head.get(n.i) for n in names]
    persons = [m.entity for m in heads if m is not None and m.entity.startswith("person/")]
    return persons if len(set(persons)) > 1 else []


def _post_to_fill(verb: Token) -> bool:
    """A future passive of filling a post whose subject is a bare title ("будет избран
    президент", "будут избраны президент и сенаторы"): whoever wins is not known yet, so
    the title stands for no one the text names (not "будет переизбран": the holder)."""
    future = any(
        a.dep_ in {"aux", "aux:pass"} and a.lemma_ == "быть" and a.text.lower().startswith("буд")
        for a in verb.children
    )
    titles = [c for c in verb.children if c.dep_ == "nsubj:pass"]
    return (
        future
        and verb.lemma_ in FILL
        and bool(titles)
        and all(t.pos_ == "NOUN" and not any(a.dep_ == "appos" for a in t.children) for t in titles)
    )


def _instead(noun: Token) -> bool:
    """Whom another is chosen or named instead of ("вместо", `instead`): not the holder,
    though the parser takes them for the verb's object."""
    return any(c.dep_ == "case" and is_role(c, "instead") for c in noun.children)


def _named_at_post(reader: ActReader, noun: Token) -> list[str]:
    """The person the parser hung on the body or post a noun of a change of office goes to,
    not on the noun ("до избрания в Сенат Переса", "назначение на пост министра Хосе
    Переса"): a person's genitive after the body, or beside the post's title (not the
    clause's subject the parser hung there: "о назначении на пост министра X встретился");
    not after what else the noun names ("заявление об отставке на имя министра X": to X)."""
    places = [
        c
        for c in noun.children
        if c.dep_ == "nmod" and preposition(c) in {"в", "на"} and _post_or_body(reader, c)
    ]
    named = [g for c in places for g in c.children if g.dep_ == "nmod" and case_of(g) == "Gen"]
    titles = [g for g in named if office_titled(g)]
    named += [a for t in titles for a in t.children if a.dep_ == "appos" and case_of(a) == "Gen"]
    persons = [reader.mention_head.get(g.i) for g in named]
    return [m.entity for m in persons if m is not None and m.type == "Person"]


def _post_or_body(reader: ActReader, tok: Token) -> bool:
    """A post ("на пост", "на должность") or a body one is put in: one led ("в
    правительство"), or a name no person's ("в Сенат")."""
    unnamed = tok.pos_ == "PROPN" and tok.i not in reader.mention_head
    return tok.lemma_ in POSTS or _led(reader, tok) or unnamed


def _subjectless(verb: Token) -> bool:
    """A finite passive with no subject in its clause, nor in that of a verb it is joined
    to ("освобождён от должности и назначен послом"): the subject is the one the text goes
    on about; not where the parser hangs the shared subject on the second verb ("освобождён
    от должности и уволен со службы генерал X")."""
    root = verb.head if verb.dep_ == "conj" else verb
    if verb.dep_ not in {"ROOT", "conj"} or root.dep_ != "ROOT":
        return False
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    return not any(c.dep_ in SUBJECTS | {"expl"} for v in verbs for c in v.children)


def by_decree(tok: Token) -> Token | None:
    """The verb that issues the decree a change of office is made by, in a clause of its own
    with no subject ("подписал указ, которым отправил X в отставку", "издал распоряжение, по
    которому назначил X послом"): whoever issues it makes the change, on that day."""
    paper = tok.head
    if tok.dep_ != "acl:relcl" or not is_role(paper, "decree") or paper.head.pos_ != "VERB":
        return None
    if has_subject(tok):
        return None
    which = [t for c in tok.children for t in c.subtree if t.lemma_ == "который"]
    return paper.head if which and paper.head.i != paper.i else None


def _left_post_holders(reader: ActReader, verb: Token) -> list[str]:
    """Whom a verb of leaving removes where the parser hangs its object on the post left
    ("уволил с военной службы генерал-майора X", "освободил от должности начальника
    штаба X": the genitive after the post is who leaves it)."""
    posts = [c for c in verb.children if c.dep_ == "obl" and c.lemma_ in LEFT]
    # "приостановил полномочия президента X": the powers' holder (h-events112)
    posts += [c for c in verb.children if c.dep_ == "obj" and c.lemma_ == _POWERS]
    owners = [g for c in posts for g in c.children if g.dep_ == "nmod" and case_of(g) == "Gen"]
    return [k for g in owners for k in named_by(reader, g) if k.startswith("person/")]


def titled_name(reader: ActReader, office: Token) -> tuple[list[str], set[int]]:
    """The person the parser hung on the office title the verb gives instead of on the verb
    ("Рада избрала своим новым спикером Александра Турчинова"): a name in apposition to it,
    or to the title of the holder's own post that follows it ("спикером первого заместителя
    главы партии Александра Турчинова"), with where the office's name ends (that title or
    the name)."""
    for title in [office, *(c for c in office.children if c.dep_ == "nmod" and office_titled(c))]:
        for c in title.children:
            head = reader.mention_head.get(c.i) if c.dep_ == "appos" else None
            if head is not None and head.type == "Person":
                return [head.entity], {c.left_edge.i if title.i == office.i else title.left_edge.i}
    return _hung_on_a_thing(reader, office)


def holders_in(reader: ActReader, office: Token, holders: list[str]) -> set[int]:
    """Where the office's name ends before a holder's name the parser hung inside it
    ("главы администрации президента Чили Р.Эспиноса"), and a holder's name it hung before
    the title as its modifier ("назначил М.Мадбули премьер-министром": the surname after
    the initial an adjective of the title; h-events126), which no name of the post takes."""
    at = [
        t.i for t in office.subtree if (m := reader.mention_head.get(t.i)) and m.entity in holders
    ]
    within = [
        t.i for t in office.lefts for m in reader.by_token.get(t.i, ()) if m.entity in holders
    ]
    after = [i for i in at if i > office.i]
    return set(within) | ({min(after)} if after else set())


def own_name(reader: ActReader, office: Token) -> set[int]:
    """Where the office's name ends before the holder's name in apposition to its title
    ("освободил от должности главы РЖД Владимира Якунина", "инаугурация президента Чили X"),
    not before a name of whom the office serves ("помощником премьер-министра X")."""
    names = [c for c in office.children if c.dep_ == "appos" and c.i in reader.mention_head]
    # or apposed to the body the office serves ("с должности замсекретаря Совбеза Р.Сото"),
    # not to a title (h-events112)
    names += [
        c
        for c in office.subtree
        if c.dep_ == "appos"
        and c.head.i != office.i
        and c.i in reader.mention_head
        and c.head.pos_ == "PROPN"
        and not office_titled(c.head)
    ]
    # or to a rank apposed to the title before the name ("командующий войсками округа
    # генерал-полковник X": the rank is no part of the post; h-events115)
    ranks = [c for c in office.children if c.dep_ == "appos" and office_titled(c)]
    ranked = [
        r for r in ranks for c in r.children if c.dep_ == "appos" and c.i in reader.mention_head
    ]
    names = [c for c in names if reader.mention_head[c.i].type == "Person"]
    return {c.left_edge.i for c in names} | {r.left_edge.i for r in ranked}


def _hung_on_a_thing(reader: ActReader, office: Token) -> tuple[list[str], set[int]]:
    """The person the parser hung in apposition on a thing the office names ("назначил
    начальником Генерального штаба вооружённых сил генерал-лейтенанта X": X names no
    staff), with where the office's name ends: a thing has no person for its name."""
    for c in office.subtree:
        if c.dep_ != "appos" or not is_inanimate(c.head):
            continue
        for t in (c, *(g for g in c.children if g.dep_ == "appos")):
            head = reader.mention_head.get(t.i)
            if head is not None and head.type == "Person":
                return [head.entity], {c.left_edge.i}
    return [], set()


def _handed_in(tok: Token, anchors: list[Token]) -> bool:
    """ "написал заявление об отставке", "подал рапорт об отставке": the trigger names a
    paper one hands in, and the verb hands it in."""
    return tok.head.lemma_ in _PAPERS and bool(anchors) and anchors[0].lemma_ in _HAND_IN


def _told_own(tok: Token, anchors: list[Token]) -> bool:
    """ "объявил об отставке", "принял решение об уходе на пенсию": a leaving whose noun names
    no one is of who announces or decides it (not who "сообщил об отставке", often another's,
    nor who "принял отставку" of another)."""
    verb = anchors[0] if anchors else None
    if verb is None:
        return False
    decided = tok.head.lemma_ == "решение" and verb.lemma_ == "принять"
    told = verb.lemma_ in _ANNOUNCE or is_role(verb, "intend")  # "собрался в отставку"
    # "получил новое назначение на пост X": the appointment one receives is one's own
    # (pass forty-third, h-events107)
    told = told or tok.lemma_ in APPOINTING and tok.dep_ == "obj" and verb.lemma_ in _RECEIVE
    return decided or tok.head.i == verb.i and told


def _own_going(tok: Token, anchors: list[Token]) -> bool:
    """ "после ухода в отставку он оставался …": a going that names no one, told as the time
    of a verb, is its subject's own ("уход" is one's own going; "после отставки" may be
    another's)."""
    timed = preposition(tok) in _TIMED and bool(anchors) and tok.head.i == anchors[0].i
    return tok.lemma_ == "уход" and timed and tok.dep_ == "obl"


def _controller(reader: ActReader, infinitive: Token) -> list[str]:
    """Who an infinitive's or a gerund's act is of: the subject of the nearest verb up the
    parse that has one ("Клинтон, которая объявила о намерении уйти": "которая" is Клинтон)."""
    verb = verb_above(infinitive.head)
    if verb.pos_ not in {"VERB", "AUX"} or verb.i == infinitive.i:
        return []
    if which_subject(verb):
        return named_by(reader, verb.head) if verb.dep_ in {"acl", "acl:relcl"} else []
    return reader.subject_mentions(verb, climb=False)


def _owner(reader: ActReader, owner: Token, noun: Token, leaving: bool) -> list[str]:
    """Whose a change of office told by its noun is: its genitive, or whom its possessive
    pronoun stands for, the one the same change was told made to before where the
    pronoun would go back to who makes it (`_changed_before`)."""
    if possessive_pronoun(owner) and (key := _changed_before(reader, owner, noun, leaving)):
        return [key]
    return named_by(reader, owner)


def _changed_before(reader: ActReader, pronoun: Token, noun: Token, leaving: bool) -> str:
    """The person "его"/"её" on a noun of a change of office stands for where the two
    sentences before, or its own before it, told that change made to someone by a verb of
    the noun's kind ("Президент заявил, что уволит своего зятя X. Эрдоган обвинил … . Его
    увольнение …"): X, the object, not who dismisses, whom the pronoun would otherwise go back
    to as the subject before; "" where no such verb is told or the pronoun goes back to
    someone else. Forty-seventh pass, own sentences (h-events124)."""
    kinds = {r.kind for r in trigger_rules().get(noun.lemma_, []) if not r.verb}
    gender = "Fem" if pronoun.lower_ in {"её", "ее"} else "Masc"
    sents = [pronoun.sent]
    for _ in range(2):
        before = sentence_before(sents[-1])
        if before is None:
            break
        sents.append(before)
    words = [t for s in reversed(sents) for t in s if t.i < noun.i]
    for verb in reversed(words):
        rules = trigger_rules().get(verb.lemma_, []) if verb.pos_ == "VERB" else []
        if not any(r.verb and r.kind in kinds for r in rules):
            continue
        if is_passive(verb, short=False, marks=PASSIVE_MARKS):
            continue
        objects = [c for c in _objects(verb) if c.morph.get("Gender") in ([], [gender])]
        named = unique_persons([k for c in objects for k in named_by(reader, c)])
        if len(named) != 1:
            continue
        said = reader.antecedent(pronoun)
        _, agents = holders_and_agents(reader, verb, [], True, leaving)
        return named[0] if not said or said in agents or said == named[0] else ""
    return ""


def unique_persons(keys: list[str]) -> list[str]:
    """The person keys of `keys`, each once, in order."""
    return list(dict.fromkeys(k for k in keys if k.startswith("person/")))


def named_by(reader: ActReader, tok: Token) -> list[str]:
    """The person (or state) `tok` names: its mention, or the name beside its title."""
    if tok.pos_ == "PRON" or possessive_pronoun(tok):
        return [k for k in [reader.antecedent(tok)] if k]
    if "Plur" in tok.morph.get("Number") and tok.i not in reader.mention_head:
        return _listed(reader, tok)  # "уволило 1400 военных, включая советника X": none
    found = [k for k in reader.linked(tok, set()) if not _anothers_name(reader, tok, k)]
    head = reader.mention_head.get(tok.i)
    return ([head.entity] if head is not None else []) + found


def _anothers_name(reader: ActReader, kin: Token, key: str) -> bool:
    """A person the parse apposes to kin across another person's noun in the name's case
    ("назначил министром финансов сына банкира Кофи Менсаха": the banker's name; the son
    is unnamed), as `nearer_noun` reads for a title."""
    if not kinsman(kin):
        return False
    if _clause_subject_apposed(reader, kin, key):
        return True
    sent = kin.sent
    at = [
        i for i in range(kin.i + 1, sent.end) for m in reader.by_token.get(i, ()) if m.entity == key
    ]
    return bool(at) and nearer_noun(kin.doc, kin, at[0], at[-1] + 1)


def _clause_subject_apposed(reader: ActReader, kin: Token, key: str) -> bool:
    """A name in the nominative the parse apposes to a kinsman in another case, where the
    clause's verb has no subject of its own: the clause's subject, not the kinsman ("После
    гибели мужа Мария Рохас стала председателем": her husband's death, not hers). Forty-fifth
    pass, own sentences (h-events117)."""
    case = case_of(kin)
    if case in {"Nom", ""}:
        return False
    names = [c for c in kin.children if c.dep_ == "appos" and case_of(c) == "Nom"]
    names = [c for c in names if any(m.entity == key for m in reader.by_token.get(c.i, ()))]
    if not names:
        return False
    verb = kin.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or features(verb, "VerbForm") not in (("Fin",), ()):
        return False
    return not any(c.dep_ in {"nsubj", "nsubj:pass"} for c in verb.children)


# words that bring in someone new, not the one the text named before ("другой футболист")
_NEW_ONE = frozenset({"другой", "второй", "ещё", "еще", "местный", "один", "новый", "некий",
                      "какой-то", "неизвестный", "молодой", "третий", "очередной"})  # fmt: skip


def described_dead(reader: ActReader, verb: Token, kind: str, holders: list[str]) -> list[str]:
    """The person a verb of dying's subject noun, unnamed, stands for: the name after a dash
    closing its phrase ("скончался предыдущий глава государства — X"), or the one person the
    text named before by that noun right beside the name ("в память о великом футболисте —
    X. Легендарный футболист ушёл из жизни"); none where the noun brings in someone new
    ("другой футболист") or the text named no one or two by it. Forty-fifth pass, own
    sentences (h-events115)."""
    if kind != "Death" or any(k.startswith("person/") for k in holders):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if len(subjects) != 1 or subjects[0].i in reader.mention_head:
        return []
    noun = subjects[0]
    if not is_animate(noun) or features(noun, "Number") != ("Sing",):
        return []
    if any(reader.by_token.get(t.i) for t in noun.subtree):
        return []  # "глава МИД Перу": a phrase that names its own
    after = noun.right_edge.i + 1
    after += noun.doc[after].is_space if after < noun.sent.end else 0  # "государства\xa0— X"
    if after + 1 < noun.sent.end and noun.doc[after].text in DASHES_OR_HYPHEN:
        dashed = [m for m in reader.by_token.get(after + 1, ()) if m.type == "Person"]
        return [dashed[0].entity] if dashed and case_of(noun.doc[after + 1]) == "Nom" else []
    if any(c.lemma_ in _NEW_ONE for c in noun.children):
        return []
    found = set()
    for i, m in reader.mention_head.items():
        if i >= noun.i or m.type != "Person":
            continue
        name = noun.doc[i]
        beside = name.head if name.dep_ == "appos" else None  # "футболисте — X"
        span = noun.doc.char_span(m.start, m.end, alignment_mode="expand")
        before = noun.doc[span.start - 1] if span is not None and span.start > 0 else None
        if any(t is not None and t.lemma_ == noun.lemma_ for t in (beside, before)):
            found.add(m.entity)  # "футболист X"
    return [found.pop()] if len(found) == 1 else []
