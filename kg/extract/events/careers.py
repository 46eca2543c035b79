"""Changes of office, and the death of who holds one: appointment ("назначил X послом",
"стал премьер-министром", "возглавил правительство", "занял пост", "вступил в
должность"), resignation ("подал в отставку", "отправил в отставку", "освободил от
должности", "покинул пост"), election to an office ("избран президентом", "избрание X
председателем") and the death of a named person ("скончался", "смерть X": the person alone
takes part, whoever they are: a singer's death is news as a president's is).

Their participants are their roles read from the parse, not whoever the sentence names:
- the holder, whose office changes: the object of an active verb ("назначил Марию Лопес"),
  the subject of a passive or intransitive one ("был назначен", "подал в отставку"), the
  genitive of a noun ("отставка премьера", "назначение Лопес"), "свой" a noun's governing
  verb's subject ("объявил о своей отставке"); it must be a named person (or a title
  that stands for one): "назначил встречу", "правительство ушло в отставку" tell none;
- who appoints or dismisses: the subject of an active verb, with the state they act for;
- the office: an office title in the instrumental ("послом", "премьер-министром Италии"),
  after "пост"/"должность" ("на пост главы МИД"), or the body led ("возглавил
  правительство"), with the states it names ("послом в Аргентине": where the post is).
  An appointment needs its office ("назначил встречу" is none; one elected need not say
  to what: "она была переизбрана"); the holder's
  own citizenship is not a participant unless the office names it. Where neither the office
  nor the holder gives a state, the office is the state's the text is about (its home state,
  as a bare title's: "премьер-министр Андрус Ансип подал в отставку").
The office is kept as a role (`Hit.office`): two appointments of one person to two offices
are two events.

Since the forty-fifth pass (h-split48) this module keeps the reading of one trigger
(`read_career`) and what tells it no change at all (a holder described, not named; a change
only possible; a removal from something else; a death not told, or a kinsman's); the office
word is read in career_posts.py, the holder and who appoints in career_roles.py, whether an
office stands beside the trigger and the post told before it in career_offices.py, and
whose the office is (a state's, a company's, a body's of no state) in career_bodies.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.events.career_bodies import (
    BODIES,
    _leads,
    company_left,
    company_staff,
    joint_bodies,
    named_state,
    of_body,
    out_of_no_state_body,
    phrase_of,
    predecessors_states,
    serves_stateless_org,
    titled_in_body,
    worked_in_company,
)
from kg.extract.events.career_offices import SUCCEED, office_or_title_before, sentence_case
from kg.extract.events.career_posts import (
    _OATH,
    APPOINTING,
    POSTS,
    VOTING,
    _sworn,
    by_rite,
    enters_office,
    office_name,
    office_titled,
    team_noun,
)
from kg.extract.events.career_replacements import not_replaced
from kg.extract.events.career_roles import (
    described_dead,
    holders_and_agents,
    holders_in,
    in_office,
    kinsman,
    named_by,
    own_name,
    titled_name,
)
from kg.extract.events.congratulations import congratulated
from kg.extract.events.words import (
    bare_trade,
    bracket_around,
    is_role,
    practises_trade,
    rumoured,
)
from kg.nlp.deps import (
    SUBJECTS,
    held_title_between,
    marked_own,
    preposition,
    sentence_before,
    sentences_back,
)
from kg.nlp.morph import case_of, is_animate, is_inanimate, is_infinitive, is_verb
from kg.resolve.given_agreement import POSTED_AT
from kg.resolve.this_post import pointed_post
from kg.resolve.title_lexicon import is_office

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader
    from kg.extract.events.hit import Hit


CAREERS = frozenset({"Appointment", "Resignation", "Death"})
_PENSION = "пенсия"  # "ушёл на пенсию": a retirement, of one who holds an office
_LIFE = "жизнь"  # "ушёл из жизни" dies; "ушёл из политической жизни" leaves a field


def reads_career(kind: str, tok: Token) -> bool:
    """Whether a trigger of `kind` is read here: appointments, resignations, and being
    elected to an office ("избран президентом", "избрание X председателем"; "выборы" and
    "переизбрание" name a vote, read with the other events)."""
    elected = tok.pos_ in {"VERB", "AUX"} or tok.lemma_ == "избрание"
    return kind in CAREERS or (kind == "Election" and elected)


def body_post_vote(tok: Token) -> bool:
    """ "выборы председателя партии", "выборы лидера оппозиции": the vote fills a post of a
    body that is no state, so no state takes part in it (whatever state the parser hangs on
    the post)."""
    posts = [
        c for c in tok.children if c.dep_ == "nmod" and case_of(c) == "Gen" and office_titled(c)
    ]
    return any(g.lemma_ in BODIES for p in posts for g in p.children if g.dep_ == "nmod")


def read_career(reader: ActReader, tok: Token, hit: Hit, anchors: list[Token]) -> bool:
    """Fills holder, appointer and office; False when `tok` tells no change of office here."""
    verb = is_verb(tok)
    if verb and (_possible(tok) or _of_a_thing(reader, tok)):
        return False
    if _voted_down(tok) or out_of_no_state_body(tok):
        return False
    office = office_or_title_before(reader, tok, hit.kind, anchors)
    pointed = any(pointed_post(c, office_titled) for c in tok.children)
    if office is None and (hit.kind == "Appointment" or pointed):
        return False  # "этот пост занял …", "избран на этот пост": the office is told elsewhere
    if office is not None and bare_trade(office):
        return False  # "стал актёром театра": a profession, no office
    holders, agents = holders_and_agents(reader, tok, anchors, verb, hit.kind == "Resignation")
    # "поздравил президента Непала с вступлением в должность": the one congratulated's
    holders, agents, office, greeted = _congratulated_roles(reader, tok, holders, agents, office)
    stop: set[int] = set()  # where the office's name ends: before the holder's own title
    unnamed = any(c.dep_ == "nsubj:pass" for c in tok.children)  # "её глава назначен …"
    if (
        verb
        and office is not None
        and not unnamed
        and tok.lemma_ != SUCCEED  # "он сменил на посту X": X left the post, not took it
        and not any(k.startswith("person/") for k in holders)
    ):
        named, stop = titled_name(reader, office)  # "избрала своим спикером Александра …"
        holders += named
    holders += described_dead(reader, tok, hit.kind, holders)  # "легендарный футболист умер"
    holders += _bracketed_person(reader, tok, hit.kind, holders)  # "X (…, причина смерти — …)"
    holders = not_replaced(reader, tok, holders)  # "а вместо него … возглавит Y": not him
    guests = _guests(reader, tok, anchors)  # "X присутствовал на инаугурации президента"
    holders = [k for k in holders if k not in guests] or _titled_before(reader, tok, office, guests)
    named_states = [k for k in holders if k.startswith("state/") and named_state(reader, tok, k)]
    holders = [k for k in holders if k.startswith("person/")]
    if hit.kind != "Death":  # "избрала дочь президента X": the daughter, not X
        holders = [k for k in holders if not kins_possessor(reader, tok, k)]
    # "Социал-демократ сменит её на посту премьер-министра": a successor no one names
    # (h-events106), the post's state's appointment where the post has one (checked last)
    nameless = not holders and verb and _nameless_holder(reader, tok, hit, office)
    nameless = nameless or not holders and _inaugurated_unnamed(reader, tok, office)
    nameless = nameless or not holders and greeted
    if (
        not (holders or nameless)
        or _retiring(tok)
        and office is None
        and not in_office(reader, holders)
    ):
        return False
    if _no_office_left(reader, tok, holders):
        return False
    if hit.kind == "Death":  # anyone's named death: the person's alone
        hit.persons = [k for k in holders if not _possessor(reader, tok, k)][:1]
        hit.persons += _also_died(reader, tok, hit.persons)
        return bool(hit.persons) and _death_told(tok)
    hit.persons = list(dict.fromkeys(holders + [k for k in agents if k.startswith("person/")]))
    hit.holders = list(dict.fromkeys(holders))
    body = of_body(reader, tok, office, holders)  # "сирийская коалиция выбрала": not Syria's
    body = body or office is not None and bool(joint_bodies(reader, office))
    # a producer who chairs a jury, a company's architect serve no state, neither their
    # own nor the text's
    staff = [k for k in holders if company_staff(reader, k)]
    serving = [k for k in holders if not practises_trade(reader.ctx, k) and k not in staff]
    serving = [k for k in serving if not serves_stateless_org(reader, k)]
    if hit.kind == "Resignation":  # the post left is the one the titles give, not a new one
        serving = [k for k in serving if not titled_in_body(reader, k)]
    states = [] if body else [reader.state_of(k) for k in agents]
    posted: set[int] = set()
    if office is not None:
        posted = {t.i for c in office.children if reader.prep_of(c) in POSTED_AT for t in c.subtree}
        # "главным тренером сборной Мексики": the team's post, no office of its state
        posted |= {t.i for c in office.subtree if team_noun(c) for t in c.subtree}
        # not a word the parser hung on the office across the clause's end ("X, который
        # сменил на посту главы МИД Канады Y, провёл переговоры с министром … Мексики")
        posted |= {t.i for t in office.subtree if t.i not in phrase_of(office)}
        joint = joint_bodies(reader, office)
        named = [  # "послом в России": where the post is, not the state it serves
            k
            for t in office.subtree
            if t.i not in posted
            for m in reader.by_token.get(t.i, ())
            if not any(b.start <= m.start and m.end <= b.end and m is not b for b in joint)
            for k in [m.entity]
        ]
        # a body the office names ("главой МИД Кении") gives its state; the participants
        # are the persons and the states they act for, not the body
        states += [k for k in named if k.startswith("state/")]
        states += [reader.state_of(k) for k in named if k.startswith("org/")]
        stop = stop or own_name(reader, office)  # "с поста главы РЖД Владимира Якунина"
        stop = stop or holders_in(reader, office, holders)  # "… президента Чили Р.Эспиноса"
        hit.office = sentence_case(office, office_name(office, stop))
        hit.office_body = post_of_body(reader, office)
    posts = {m.entity for i in posted for m in reader.by_token.get(i, ())}
    if not any(states) and not body:  # the office's state is the holder's where the text
        named_states = [k for k in named_states if k not in posts]  # names none
        named_states = named_states if serving or not staff else []  # "японской компании"
        states = named_states + [reader.served_state(k) for k in serving]
    if tok.lemma_ == SUCCEED and not body and not any(s.startswith("state/") for s in states):
        states += predecessors_states(reader, tok, office)  # "X сменит её на посту премьера"
    hit.states = [s for s in dict.fromkeys(states) if s.startswith("state/")]
    body = body or worked_in_company(reader, tok, office)  # "пришёл в банк, а в 2007-м стал
    if not hit.states and not body and serving:  # вице-президентом": the bank's post
        home = [s for s in [reader.home_state()] if s and s not in posts]
        hit.states = [s for s in home if not _guests_state(reader, tok, s)]
        hit.home_guessed = bool(hit.states)  # where the rite is held tells better (`_locate`)
    return bool(hit.states) or tok.lemma_ != SUCCEED and not nameless


def _congratulated_roles(
    reader: ActReader, tok: Token, holders: list[str], agents: list[str], office: Token | None
) -> tuple[list[str], list[str], Token | None, bool]:
    """(holders, who appoints, office, whether the post's holder is unnamed) of a change of
    office one congratulates on (`congratulated`): the person congratulated and no appointer
    (the sender is neither), else the post the addressee's title names where the change names
    none ("направил телеграмму президенту Малайзии по случаю его вступления в должность");
    the roles read so far for any other change. Sixty-fifth pass (h-events241)."""
    greeted = congratulated(tok)
    if greeted is None:
        return holders, agents, office, False
    named = [k for k in named_by(reader, greeted) if k.startswith("person/")]
    bare = not named and office_titled(greeted) and _bare_office(office, tok)
    office = greeted if bare else office
    return named, [], office, not named and office is greeted


def _bare_office(office: Token | None, tok: Token) -> bool:
    """No title of the post taken stands beside the change: "вступление в должность", "его
    инаугурация" (the rite itself); the congratulated one's title names it then ("президенту
    Малайзии по случаю его вступления в должность": Malaysia's president). Sixty-fifth pass
    (h-events241)."""
    return office is None or office.i == tok.i or office.lemma_ in POSTS and office.head.i == tok.i


def _guests(reader: ActReader, tok: Token, anchors: list[Token]) -> set[str]:
    """Who the verb an inauguration's noun hangs on says attends it ("Президент Сенегала
    присутствовал на инаугурации президента"): its subject, a guest, not the one inaugurated
    (one's own is "своей инаугурации"); none where the rite is the subject. Sixty-fourth
    pass (h-events233)."""
    if tok.lemma_ != _INAUGURATION or tok.dep_ in SUBJECTS or marked_own(tok) or not anchors:
        return set()  # "Инаугурация X состоялась": the verb's subject is the rite
    return set(reader.subject_mentions(anchors[0], climb=False))


def _titled_before(
    reader: ActReader, tok: Token, office: Token | None, guests: set[str]
) -> list[str]:
    """The one inaugurated where the inauguration's title names no one and no state
    ("присутствовал на инаугурации президента"): the person the sentence before, or this
    one before the rite, titles so ("Президент Ганы Джон Махама вернулся к власти"), not a
    guest. Sixty-fourth pass (h-events233)."""
    if tok.lemma_ != _INAUGURATION or office is None or office.i == tok.i:
        return []
    if any(m.type == "State" for t in office.subtree for m in reader.by_token.get(t.i, ())):
        return []  # "Инаугурация нового президента Перу": unnamed (`_inaugurated_unnamed`)
    for t in reversed(tok.doc[sentences_back(tok.sent, 1).start : tok.i]):
        if t.dep_ != "appos" or t.head.lemma_ != office.lemma_:
            continue
        named = [m.entity for m in reader.by_token.get(t.i, ()) if m.type == "Person"]
        if named := [k for k in named if k not in guests]:
            return named[:1]
    return []


def _guests_state(reader: ActReader, tok: Token, state: str) -> bool:
    """A state the sentence of an inauguration or an oath names outside the rite's own
    words, itself or by a person of it ("Президент Сенегала присутствовал на инаугурации
    Джона Махамы": the guest's): not the document's state the holder's office falls back
    to. Sixty-fourth pass (h-events233)."""
    if not by_rite(tok):
        return False
    own = {t.i for t in tok.subtree}
    named = (m for t in tok.sent if t.i not in own for m in reader.by_token.get(t.i, ()))
    return any(reader.state_of(m.entity) == state for m in named if m.type in {"State", "Person"})


def post_of_body(reader: ActReader, office: Token) -> str:
    """ "org/iaea|head" for "главой МАГАТЭ" and "генеральным директором Международного
    агентства по атомной энергии": the organization the office's own genitive names, as
    resolved, and the post in it, a head's however titled (`body_head` in
    `event_words.tsv`), else the title's lemma ("заместитель"), so that one post told by an
    acronym and by the body's full name is one (`sameness.event_identity`); "" where the office
    names none of its own ("главой миссии ООН": the mission's head, not the UN's)."""
    bodies = [
        m.entity
        for c in office.children
        if c.dep_ == "nmod" and not preposition(c)
        for m in reader.by_token.get(c.i, ())
        if m.type == "Organization"
    ]
    if not bodies:
        return ""
    general = office.lemma_ == "секретарь" and any(
        c.lemma_ == "генеральный" for c in office.children
    )
    return f"{bodies[0]}|{'head' if is_role(office, 'body_head') or general else office.lemma_}"


# a subject that heads something or is told by a time of office ("глава совета", "бывший
# посол") is one the text knows as a post's holder, not an unnamed successor
_KNOWN_HEADS = frozenset({"глава", "руководитель", "лидер", "начальник", "шеф"})
_IN_TIME = frozenset({"бывший", "нынешний", "действующий", "прежний"})


def _nameless_holder(reader: ActReader, tok: Token, hit: Hit, office: Token | None) -> bool:
    """The subject of a verb of taking a post is a person the text describes, not names
    ("социал-демократ", "представитель партии"): an animate noun with no person's name in
    it, no title (a title is a holder the text knows: "министр обороны станет …"), not the
    office itself."""
    if hit.kind != "Appointment" or office is None:
        return False
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    if len(subjects) != 1:
        return False
    who = subjects[0]
    # a sentence's first word the tagger may read as a name ("Социал-демократ сменит …"):
    # no name where no mention is on it
    noun = who.pos_ == "NOUN" or who.pos_ == "PROPN" and not reader.by_token.get(who.i)
    if not noun or not is_animate(who) or who.i == office.i or is_office([who.lemma_]):
        return False
    if who.lemma_ in _KNOWN_HEADS or any(c.lemma_ in _IN_TIME for c in who.children):
        return False  # "бывший глава совета назначен …": one who held a post, known
    named = (m for t in who.subtree for m in reader.by_token.get(t.i, ()))
    return not any(m.type == "Person" for m in named)


def _inaugurated_unnamed(reader: ActReader, tok: Token, office: Token | None) -> bool:
    """An inauguration of a state's post whose holder the text does not name ("Инаугурация
    нового президента Перу пройдёт 28 июля"): the post's state's appointment, as a named
    holder's is; not the rite alone ("пропустит инаугурацию": no post told), nor one
    a ceremony names (the ceremony is the event; h-events108)."""
    if tok.lemma_ != _INAUGURATION or office is None or office.i == tok.i:
        return False
    if tok.head.lemma_ == _CEREMONY:
        return False
    named = (m for t in office.subtree for m in reader.by_token.get(t.i, ()))
    return not any(m.type == "Person" for m in named)


def inauguration_before(tok: Token) -> bool:
    """A bare "церемония" ("отказалось направить на церемонию свою делегацию") after an
    inauguration its sentence or the one before names ("не получил приглашения на
    инаугурацию президента X"): that inauguration, a change of office, not a ceremony of
    its own; not one named by its own genitive ("церемония вручения наград"), nor after
    "церемония инаугурации", which is the ceremony. Sixty-third pass (h-events223)."""
    if tok.lemma_ != _CEREMONY or any(
        c.dep_ == "nmod" and not preposition(c) for c in tok.children
    ):
        return False
    before = sentence_before(tok.sent)
    start = before.start if before is not None else tok.sent.start
    return any(_rite(t) for t in tok.doc[start : tok.i])


def _rite(word: Token) -> bool:
    """An inauguration's noun, not one "церемония" names ("церемония инаугурации": the
    ceremony), or the oath one takes office by ("принёс присягу"; not a soldier's, sixty-fourth
    pass, h-events233)."""
    if word.lemma_ == _INAUGURATION or enters_office(word):  # "вступил в должность"
        return word.head.lemma_ != _CEREMONY
    oath = _sworn(word.head) if word.lemma_ == _OATH and word.head.i != word.i else None
    return oath is not None and oath.i == word.i


def ceremonies_of(rite: Token) -> list[Token]:
    """The bare "церемония" words after an inauguration or an oath of office, in its
    sentence or the next, that stand for it (`inauguration_before`): "Махама принёс присягу
    7 января. Церемония прошла на площади Независимости" tells where the rite was held.
    Sixty-fourth pass (h-events233)."""
    end = rite.sent.end
    after = [rite.doc[end].sent] if end < len(rite.doc) else []
    return [t for s in [rite.sent, *after] for t in s if t.i > rite.i and inauguration_before(t)]


_CEREMONY = "церемония"
_INAUGURATION = "инаугурация"


def _bracketed_person(reader: ActReader, tok: Token, kind: str, holders: list[str]) -> list[str]:
    """The person whose name the parenthesis a noun of dying stands in follows, where the
    noun names no one of its own (a list's entry: "Мустафа Кемаль (14 февраля 2016 года, 52
    года, заявленная причина смерти — инфаркт) — исполнительный директор"): that one died.
    Forty-seventh pass, own sentences (h-events123)."""
    if kind != "Death" or tok.pos_ != "NOUN" or any(k.startswith("person/") for k in holders):
        return []
    bracket = bracket_around(tok)
    if bracket is None or bracket[0] == 0:
        return []
    named = reader.by_token.get(bracket[0] - 1, ())
    return [m.entity for m in named if m.type == "Person"][:1]


def _retiring(tok: Token) -> bool:
    """ "ушёл на пенсию", "уход на пенсию": a retirement, which leaves an office only where
    one is held."""
    return any(c.lemma_ == _PENSION for c in tok.children)


def _no_office_left(reader: ActReader, tok: Token, holders: list[str]) -> bool:
    """A company left by one who does not lead it; a removal that does not say from what
    of one who holds no office ("отстранил Видаля за нарушение режима": a player) or from
    something else ("отстранён от матчей")."""
    if (left := company_left(reader, tok)) is not None and not _leads(reader, left, holders):
        return True
    if _sacked_from_a_trade(tok):
        return True
    return _removed_unsaid(tok) and (_from_else(tok) or not in_office(reader, holders))


_REMOVING = frozenset({"отстранить", "отстранять"})
_SACKING = frozenset({"уволить", "увольнять", "уволиться", "увольняться", "увольнение"})
_WORKING = frozenset({"работать", "трудиться", "служить"})


def _sacked_from_a_trade(tok: Token) -> bool:
    """A dismissal from the job a verb of working it is joined to tells as a profession
    ("в России она работала учителем и была уволена": a teacher sacked), no office of a state
    (`bare_trade`). Forty-seventh pass, own sentences (h-events123)."""
    if tok.lemma_ not in _SACKING:
        return False
    verbs = [tok.head] if tok.dep_ == "conj" else []
    verbs += [c for c in tok.children if c.dep_ == "conj"]
    jobs = [
        c
        for v in verbs
        if v.lemma_ in _WORKING
        for c in v.children
        if c.dep_ in {"xcomp", "obl"} and case_of(c) == "Ins" and not preposition(c)
    ]
    return bool(jobs) and all(bare_trade(j) for j in jobs)


def _removed_unsaid(tok: Token) -> bool:
    """ "X был вновь отстранён за отказ …": a removal that does not say from what, a
    removal from office only of one who holds one (`event_kinds.tsv`'s bare "отстранить"
    row); one "от" something else ("от матчей", "от тренировок") is none. Pass
    forty-fourth (h-events112)."""
    if tok.lemma_ not in _REMOVING:
        return False
    said = [t for c in tok.children for t in (c, *c.children)]  # "от исполнения обязанностей"
    return not any(t.lemma_ in _LEFT_POWER for t in said)


def _from_else(tok: Token) -> bool:
    """ "отстранён от матчей", "отстранил от расследования": removed from something the
    post words do not name."""
    return any(preposition(c) == "от" for c in tok.children)


_LEFT_POWER = frozenset({"пост", "должность", "власть", "обязанность"})  # the rows' words


def _voted_down(tok: Token) -> bool:
    """An appointment's noun voted "против" ("Депутаты проголосовали против назначения X
    премьер-министром"): the vote refused it, so no one was appointed (agr41)."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_ in APPOINTING
        and tok.head.lemma_ in VOTING
        and preposition(tok) == "против"
    )


def _possible(tok: Token) -> bool:
    """ "может назначить X премьером", "может быть назначен", "может уйти в отставку": a
    change of office only possible, which the text does not tell ("смог", "сможет" do)."""
    head = tok.head
    if tok.dep_ != "xcomp" or not is_role(head, "may"):
        return False
    tense = head.morph.get("Tense")
    return tense != ["Past"] and (is_infinitive(tok) or _with_be(tok))


def _of_a_thing(reader: ActReader, tok: Token) -> bool:
    """A participle of a thing ("проверкой, назначенной генпрокурором X"): what was set is
    the thing, and the title in the instrumental is who set it, not a post one took."""
    noun = tok.head
    if tok.dep_ != "acl" or noun.pos_ != "NOUN" or noun.i in reader.mention_head:
        return False
    return is_inanimate(noun) and noun.lemma_ not in POSTS


def _with_be(tok: Token) -> bool:
    """A passive participle with the infinitive "быть" ("может быть назначен")."""
    return any(c.lemma_ == "быть" and is_infinitive(c) for c in tok.children)


def _also_died(reader: ActReader, tok: Token, first: list[str]) -> list[str]:
    """The others a plural verb of dying names as its subject, joined by "и" ("погибли
    министр Кении X и генерал Y"): each one named dies in that one event."""
    if not first or "Plur" not in tok.morph.get("Number"):
        return []
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    joined = [g for s in subjects for g in s.children if g.dep_ == "conj"]
    keys = [next((k for k in named_by(reader, g) if k.startswith("person/")), "") for g in joined]
    return [k for k in dict.fromkeys(keys) if k and k not in first]


def _possessor(reader: ActReader, tok: Token, key: str, kin: bool = False) -> bool:
    """Whether the sentence names `key` only as a possessor in the phrase of who died
    ("погиб племянник миллиардера Алишера Усманова Бабур Усманов": the nephew died;
    "скончалась мать канцлера X": someone unnamed); `kin`: of a person who holds no office
    ("избрала дочь президента X"), not of a post or title one leaves or takes ("освободил
    от должности начальника штаба X": X is the chief)."""
    heads = [i for i in range(tok.sent.start, tok.sent.end) if i in reader.mention_head]
    owned = [_possessed(tok.doc[i], tok) for i in heads if reader.mention_head[i].entity == key]
    if kin:
        return bool(owned) and all(o is not None and kinsman(o) for o in owned)
    return bool(owned) and all(o is not None for o in owned)


def kins_possessor(reader: ActReader, tok: Token, key: str) -> bool:
    """Whether the sentence names `key` only as whose kin the one who acts is ("избрала дочь
    президента X", "сын министра X прибыл в Лиму": the daughter is elected, the son
    travels; X does neither)."""
    return _possessor(reader, tok, key, kin=True)


def _possessed(t: Token, trigger: Token) -> Token | None:
    """Whom a name's genitive phrase belongs to ("племянник" of "племянник миллиардера
    Алишера Усманова"), where the name hangs off a genitive noun of its phrase, not off the
    trigger ("смерть X"), also as a later one of several owners ("адвокат X и Y": Y's)."""
    described = trigger.head.i if trigger.dep_ in {"acl", "acl:relcl", "amod"} else -1
    if t.i == described:
        return None  # "у Марии Лопес, умершей": the participle's own noun died
    if held_title_between(t):
        return t.head  # "скончалась жена президента Перу X", parsed as her name
    while _up_the_phrase(t) and t.head.i != trigger.i:
        t = t.head
        if t.i == described:  # "тело скончавшегося президента Перу X": the president's
            return None
    owned = t.dep_ == "nmod" and case_of(t) == "Gen" and t.head.i != trigger.i
    return t.head if owned else None


def _up_the_phrase(t: Token) -> bool:
    """Whether a name's phrase goes on up from `t`: a name's parts, an apposition, or a
    genitive conjunct of a genitive owner ("адвокат X и Y"; not "жена X, … Y", who died)."""
    return t.dep_ in {"appos", "flat:name", "flat"} or t.dep_ == "conj" and case_of(t) == "Gen"


def _death_told(tok: Token) -> bool:
    """A death the text tells as one: not one that could have been or may come ("мог
    погибнуть", "может умереть": an infinitive), nor one narrowly escaped ("едва не погиб",
    "чуть не умер"), nor a rumour or a denied report of one ("слухи о смерти", "опроверг
    сообщения о смерти")."""
    if is_infinitive(tok):
        return False
    if any(is_role(c, "narrowly") for c in tok.children if c.dep_ == "advmod"):
        return False
    if _left_a_field(tok):
        return False
    return not rumoured(tok)


def _left_a_field(tok: Token) -> bool:
    """ "ушёл из политической жизни", "из общественной жизни": a life with a word of its
    own is a field one leaves, not one's life ("ушёл из жизни": died)."""
    lives = [c for c in tok.children if c.lemma_ == _LIFE]
    return any(g.dep_ in {"amod", "nmod"} for c in lives for g in c.children)
