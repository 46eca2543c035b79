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
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.events.labels import phrase_in
from kg.extract.events.linking import came_to_power
from kg.extract.events.words import bare_trade, is_role, leads_company, practises_trade, rumoured
from kg.extract.offices.extract import extract_offices
from kg.lexicon import load_list
from kg.nlp.clauses import contrast_between
from kg.nlp.deps import (
    PASSIVE_MARKS,
    SUBJECTS,
    has_subject,
    held_title_between,
    is_passive,
    marked_own,
    new_paragraph,
    possessive_pronoun,
    preposition,
    sentence_before,
    sentences_back,
    speaker_acts,
    verb_above,
    which_subject,
)
from kg.nlp.morph import case_of, is_animate, is_gerund, is_inanimate, is_infinitive, is_verb, morph
from kg.resolve.given_across import nearer_noun
from kg.resolve.given_agreement import POSTED_AT, TEAM_NOUNS
from kg.resolve.this_post import pointed_post, post_before
from kg.resolve.title_lexicon import is_office, post_nouns
from kg.resolve.title_words import contracted_deputy

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader
    from kg.extract.events.hit import Hit
    from kg.model import Mention

CAREERS = frozenset({"Appointment", "Resignation", "Death"})
_POSTS = post_nouns("post", "seat")  # "на пост премьера", "в должности посла"
_TITLED_POSTS = post_nouns("post", "seat", "position")  # "с позиции посла"
_LEFT = _POSTS | {"служба"}  # "уволил с военной службы X", "снял с поста X"
# taking office by its rite ("принёс присягу", "инаугурация президента"): the rite stands for
# the post where no title does
_OATH = "присяга"
_SWORN = frozenset({_OATH, "инаугурация"})
# one who takes the post of another ("Его преемником стал X"), and the words that say whose
_SUCCESSORS = frozenset({"преемник", "преемница"})
_POSSESSORS = frozenset({"он", "она", "его", "её", "ее"})
_PENSION = "пенсия"  # "ушёл на пенсию": a retirement, of one who holds an office
_POWERS = "полномочие"  # "приостановил полномочия президента X": X's (h-events112)
# a company one leaves ("покинул компанию"): a leaving of one who holds an office there
_COMPANIES = frozenset({"компания", "корпорация", "концерн", "холдинг"})
# a company's own name: "Embraer", "General Motors"; only a mention's start is matched (it
# opens in Latin letters), unlike organizations' and build_links' `_LATIN_NAME`, which take
# a whole name
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z&.\- ]+")
# what one heads as an office ("возглавил правительство"); the ministries by their short
# names too ("МИД возглавит X"), which no resolved mention names where no state does
_LED = frozenset(
    ["правительство", "государство", "страна", "министерство", "кабинет", "ведомство", "мид",
     "минобороны", "минфин", "мвд", "минюст", "госдепартамент", "госдеп"]
)  # fmt: skip
# posts of a state that "стать" makes news of without naming the state ("стал вице-премьером")
_STATE_POSTS = frozenset({
    "министр", "вице-премьер", "вице-президент", "посол", "губернатор", "мэр", "депутат",
    "сенатор", "спикер", "вице-спикер", "генсек", "госсекретарь", "канцлер", "генпрокурор",
    "полпред", "постпред", "замминистра", "главнокомандующий", "председатель",
})  # fmt: skip
# bodies that are no state, whose offices and votes are their own ("лидер оппозиции",
# "главным тренером команды", "художественным руководителем театра")
_BODIES = frozenset({"оппозиция", "партия", "коалиция", "движение", "фракция", "компания",
                     "корпорация", "банк", "концерн", "клуб", "ассоциация",
                     "профсоюз", "команда", "театр", "музей", "центр", "фонд",
                     "холдинг"})  # fmt: skip
# posts that are never a state's, whoever holds them ("главным тренером назначен X")
_PRIVATE_POSTS = frozenset({"тренер", "наставник", "худрук"})
_TIMED = frozenset({"после", "до", "перед"})  # "после ухода в отставку": when, not why
# "с министром", "над послом": one met or dealt with, no office taken (h-events111)
_WITH = frozenset({"с", "со", "над", "за", "под", "перед", "между"})
# "стал первым", "самым молодым премьером": a record, not the news
_RANKS = frozenset({"первый", "второй", "третий"})  # the tagger marks no "Ord" on them
_RECORDS = _RANKS | {"единственный", "последний", "самый"}
# verbs whose holder is their subject (not their object), whatever their voice
_OWN = frozenset({"стать", "возглавить", "занять", "сменить", "вступить", "подать", "уйти",
                  "покинуть", "принести", "приносить", "принять", "выйти", "выходить", "отречься",
                  "сложить", "отрекаться", "уходить", "подавать", "оставить", "умереть", "покидать",
                  "скончаться", "погибнуть", "утонуть", "покончить", "повеситься",
                  "застрелиться", "уволиться", "увольняться", "прийти", "приходить"})  # fmt: skip
# verbs that fill a post anew: a bare title they will fill names the post, not its holder
_FILL = frozenset({"избрать", "назначить"})
# taking another's place: news only in a state's post ("сменил на посту премьер-министра
# Перу"), not in a party's or a club's ("сменившая на посту лидера своей партии X")
_SUCCEED = "сменить"
_LIFE = "жизнь"  # "ушёл из жизни" dies; "ушёл из политической жизни" leaves a field
# papers one hands in to leave ("написал заявление об отставке"): the writer is the holder,
# not who speaks of the paper ("опровергла заявление об отставке")
_PAPERS = frozenset({"заявление", "прошение", "рапорт"})
_ANNOUNCE = frozenset({"объявить", "заявить"})  # "объявил об отставке": one's own
_ACCEPT = frozenset({"принять", "принимать", "удовлетворить"})  # "принял отставку X"
_ENACT = frozenset({"подписать", "подписывать", "издать", "издавать"})  # "подписал указ о …"
# struck off a body ("исключил X из состава Совета Безопасности"): a change of office only
# out of a state's council, cabinet or board, not a team's or a party's
_STRUCK_OFF, _MEMBERSHIP = "исключить", "состав"
_STATE_BODIES = frozenset({"совет", "правительство", "кабинет", "коллегия", "президиум",
                           "комиссия", "комитет", "администрация"})  # fmt: skip
_RECEIVE = frozenset({"получить", "получать"})
_HAND_IN = frozenset({"написать", "писать", "подать", "подавать", "направить", "представить"})


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
    posts = [c for c in tok.children if c.dep_ == "nmod" and case_of(c) == "Gen" and _titled(c)]
    return any(g.lemma_ in _BODIES for p in posts for g in p.children if g.dep_ == "nmod")


def has_office(reader: ActReader, tok: Token) -> bool:
    """Whether an office stands beside the trigger (`office` rows of `event_kinds.tsv`)."""
    office = _office_or_title_before(reader, tok, "", [])
    if office is None or tok.lemma_ != "стать":
        return office is not None
    return _state_office(reader, office) and not _record(office)


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


def read_career(reader: ActReader, tok: Token, hit: Hit, anchors: list[Token]) -> bool:
    """Fills holder, appointer and office; False when `tok` tells no change of office here."""
    verb = is_verb(tok)
    if verb and (_possible(tok) or _of_a_thing(reader, tok)):
        return False
    if _voted_down(tok) or _out_of_no_state_body(tok):
        return False
    office = _office_or_title_before(reader, tok, hit.kind, anchors)
    pointed = any(pointed_post(c, _titled) for c in tok.children)
    if office is None and (hit.kind == "Appointment" or pointed):
        return False  # "этот пост занял …", "избран на этот пост": the office is told elsewhere
    if office is not None and bare_trade(office):
        return False  # "стал актёром театра": a profession, no office
    holders, agents = _roles(reader, tok, anchors, verb, hit.kind == "Resignation")
    stop: set[int] = set()  # where the office's name ends: before the holder's own title
    unnamed = any(c.dep_ == "nsubj:pass" for c in tok.children)  # "её глава назначен …"
    if (
        verb
        and office is not None
        and not unnamed
        and tok.lemma_ != _SUCCEED  # "он сменил на посту X": X left the post, not took it
        and not any(k.startswith("person/") for k in holders)
    ):
        named, stop = _titled_name(reader, office)  # "избрала своим спикером Александра …"
        holders += named
    named_states = [k for k in holders if k.startswith("state/") and _named_state(reader, tok, k)]
    holders = [k for k in holders if k.startswith("person/")]
    if hit.kind != "Death":  # "избрала дочь президента X": the daughter, not X
        holders = [k for k in holders if not kins_possessor(reader, tok, k)]
    # "Социал-демократ сменит её на посту премьер-министра": a successor no one names
    # (h-events106), the post's state's appointment where the post has one (checked last)
    nameless = not holders and verb and _nameless_holder(reader, tok, hit, office)
    nameless = nameless or not holders and _inaugurated_unnamed(reader, tok, office)
    if (
        not (holders or nameless)
        or _retiring(tok)
        and office is None
        and not _in_office(reader, holders)
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
    body = _of_body(reader, tok, office, holders)  # "сирийская коалиция выбрала": not Syria's
    body = body or office is not None and bool(_joint_bodies(reader, office))
    # a producer who chairs a jury, a company's architect serve no state, neither their
    # own nor the text's
    staff = [k for k in holders if _company_staff(reader, k)]
    serving = [k for k in holders if not practises_trade(reader.ctx, k) and k not in staff]
    serving = [k for k in serving if not _serves_stateless_org(reader, k)]
    if hit.kind == "Resignation":  # the post left is the one the titles give, not a new one
        serving = [k for k in serving if not _titled_in_body(reader, k)]
    states = [] if body else [reader.state_of(k) for k in agents]
    posted: set[int] = set()
    if office is not None:
        posted = {t.i for c in office.children if reader.prep_of(c) in POSTED_AT for t in c.subtree}
        # "главным тренером сборной Мексики": the team's post, no office of its state
        posted |= {t.i for c in office.subtree if _team(c) for t in c.subtree}
        # not a word the parser hung on the office across the clause's end ("X, который
        # сменил на посту главы МИД Канады Y, провёл переговоры с министром … Мексики")
        posted |= {t.i for t in office.subtree if t.i not in _phrase_of(office)}
        joint = _joint_bodies(reader, office)
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
        stop = stop or _own_name(reader, office)  # "с поста главы РЖД Владимира Якунина"
        stop = stop or _holders_in(reader, office, holders)  # "… президента Чили Р.Эспиноса"
        hit.office = _sentence_case(office, _office_name(office, stop))
    posts = {m.entity for i in posted for m in reader.by_token.get(i, ())}
    if not any(states) and not body:  # the office's state is the holder's where the text
        named_states = [k for k in named_states if k not in posts]  # names none
        named_states = named_states if serving or not staff else []  # "японской компании"
        states = named_states + [reader.served_state(k) for k in serving]
    if tok.lemma_ == _SUCCEED and not body and not any(s.startswith("state/") for s in states):
        states += _predecessors_states(reader, tok, office)  # "X сменит её на посту премьера"
    hit.states = [s for s in dict.fromkeys(states) if s.startswith("state/")]
    if not hit.states and not body and serving:  # "премьер-министр Андрус Ансип ушёл в отставку"
        hit.states = [s for s in [reader.home_state()] if s and s not in posts]
    return bool(hit.states) or tok.lemma_ != _SUCCEED and not nameless


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
    if tok.lemma_ != "инаугурация" or office is None or office.i == tok.i:
        return False
    if tok.head.lemma_ == "церемония":
        return False
    named = (m for t in office.subtree for m in reader.by_token.get(t.i, ()))
    return not any(m.type == "Person" for m in named)


# the first word of a name: a compound adjective ("Чилийско-перуанского") is one
_FIRST_WORD = re.compile(r"[\w-]+")


def _joint_bodies(reader: ActReader, office: Token) -> list[Mention]:
    """The organizations an office names whose name opens with a compound adjective of two
    states ("сопредседателем Чилийско-перуанского делового совета", "Эстонско-латвийской
    комиссии"; not "Либерально-демократической партии Японии"): a joint body of both, whose
    post is neither state's, so the states named inside its name take no part. Pass
    forty-fourth, own sentences (h-events111)."""
    text = reader.ctx.document.text
    orgs = {
        id(m): m
        for t in office.subtree
        for m in reader.by_token.get(t.i, ())
        if m.type == "Organization"
    }
    found = []
    for org in orgs.values():
        first = _FIRST_WORD.match(text, org.start)
        end = first.end() if first is not None else org.start
        states = {
            m.entity
            for t in office.subtree
            for m in reader.by_token.get(t.i, ())
            if m.type == "State" and org.start <= m.start and m.end <= end
        }
        if len(states) > 1:
            found.append(org)
    return found


def _phrase_of(word: Token) -> set[int]:
    """The run of words of `word`'s subtree that stand together around it, as written: not
    one the parser hung on it from past a word of another phrase."""
    tree = {t.i for t in word.subtree}
    start = end = word.i
    while start - 1 in tree:
        start -= 1
    while end + 1 in tree:
        end += 1
    return set(range(start, end + 1))


def _predecessors_states(reader: ActReader, tok: Token, office: Token | None) -> list[str]:
    """The state of the post one takes from another where the text names none for it: the
    predecessor's, named as the verb's object or after the post ("сменит Каю Каллас на посту
    премьер-министра", "сменил на посту министра X"), or a pronoun that stands for them
    ("Кристен Михал сменит её на посту премьер-министра": the one named before)."""
    words = [c for c in tok.children if c.dep_ == "obj"]
    words += [c for c in office.children if c.dep_ == "appos"] if office is not None else []
    keys = []
    for w in words:
        if w.pos_ == "PRON":
            keys.append(reader.antecedent(w))
        else:
            keys += [m.entity for m in reader.by_token.get(w.i, ()) if m.type == "Person"]
    return [s for k in keys if k.startswith("person/") and (s := reader.served_state(k))]


def _serves_stateless_org(reader: ActReader, key: str) -> bool:
    """Whether the person's office is in an organization of no state ("глава ЕЦБ X уйдёт
    со своего поста"): the post is the body's, so the state the text is about is not its
    state, as the gazetteer's international bodies are not (`stateless_body`)."""
    entity = reader.ctx.entity(key)
    body = entity.state if entity is not None else ""
    return body.startswith("org/") and not reader.state_of(body)


def _titled_in_body(reader: ActReader, key: str) -> bool:
    """Whether the document's titles give the person posts only in organizations of no
    state ("Нынешний генсек Пан Ги Мун сложит полномочия", the post told as the UN's): the
    post they leave is that body's, not the state's the text is about."""
    told = reader.told_posts(key)
    return bool(told) and all(b.startswith("org/") and not reader.state_of(b) for b in told)


def _company_staff(reader: ActReader, key: str) -> bool:
    """Whether the text titles the person by a post in a company ("генеральный директор
    бразильской компании Embraer", "архитектор американского гиганта Microsoft"): its post
    is no state's office, so neither the state the text is about nor the company's
    adjective is theirs (not "глава МИД", a state's body the text names without its state)."""
    spans = [e for h in reader.ctx.once(extract_offices) if h.person == key for e in h.evidence]
    text = reader.ctx.document.text
    for span in spans:
        words = {t.lemma_ for t in reader.ctx.doc.char_span(span.start, span.end, "expand") or ()}
        orgs = [
            m
            for m in reader.ctx.mentions
            if m.entity.startswith("org/") and span.start <= m.start and m.end <= span.end
        ]
        for m in orgs:
            stateless = not (reader.state_of(m.entity) or reader.stateless_body(m.entity))
            named = _LATIN_NAME.match(text[m.start : m.end]) is not None
            if stateless and (named or words & _COMPANIES):
                return True
    return False


def _retiring(tok: Token) -> bool:
    """ "ушёл на пенсию", "уход на пенсию": a retirement, which leaves an office only where
    one is held."""
    return any(c.lemma_ == _PENSION for c in tok.children)


def _no_office_left(reader: ActReader, tok: Token, holders: list[str]) -> bool:
    """A company left by one who does not lead it; a removal that does not say from what
    of one who holds no office ("отстранил Видаля за нарушение режима": a player) or from
    something else ("отстранён от матчей")."""
    if (left := _company_left(reader, tok)) is not None and not _leads(reader, left, holders):
        return True
    return _removed_unsaid(tok) and (_from_else(tok) or not _in_office(reader, holders))


_REMOVING = frozenset({"отстранить", "отстранять"})


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


def _company_left(reader: ActReader, tok: Token) -> Token | None:
    """The company a verb of leaving leaves ("покинул компанию", "покидает корпорацию"), also
    by its name ("ушёл из Apple", "уход X из Microsoft"): news only of one who leads it, and
    an office no state's."""
    objects = (c for c in tok.children if c.lemma_ in _COMPANIES and not preposition(c))
    return next(objects, None) or next((c for c in tok.children if out_of_company(reader, c)), None)


def out_of_company(reader: ActReader, tok: Token) -> bool:
    """A company one goes out of ("из компании"), also by its name: an organization that is
    no state's body nor a party or an international one ("из Apple", "из Microsoft"; not
    "из НАТО", "из МИД России", "в компанию Samsung")."""
    keys = [m.entity for m in reader.by_token.get(tok.i, ()) if m.entity.startswith("org/")]
    of_state = any(reader.state_of(k) or reader.stateless_body(k) for k in keys)
    named = bool(keys) and not of_state
    return preposition(tok) == "из" and (named or tok.lemma_ in _COMPANIES)


def _leads(reader: ActReader, company: Token, holders: list[str]) -> bool:
    """Whether one of the holders leads a company by their office ("гендиректор X"), and
    the company is one ("компанию друзей" is a group of people)."""
    return not _of_people(company) and any(leads_company(reader.ctx, k) for k in holders)


def _of_people(noun: Token) -> bool:
    """A noun with an animate genitive ("компания друзей"): a group of people."""
    return any(c.dep_ == "nmod" and is_animate(c) for c in noun.children)


def _in_office(reader: ActReader, holders: list[str]) -> bool:
    """Whether one of the holders holds an office by the text's titles or their entity's,
    and no trade ("директор ФБР X ушёл на пенсию"; not "пенсионер X", "актриса X")."""
    return any(
        (e := reader.ctx.entity(k)) is not None and e.office and not practises_trade(reader.ctx, k)
        for k in holders
    )


def _voted_down(tok: Token) -> bool:
    """An appointment's noun voted "против" ("Депутаты проголосовали против назначения X
    премьер-министром"): the vote refused it, so no one was appointed (agr41)."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_ in _APPOINTING
        and tok.head.lemma_ in _VOTING
        and preposition(tok) == "против"
    )


def _office_or_title_before(
    reader: ActReader, tok: Token, kind: str, anchors: list[Token]
) -> Token | None:
    """`_office`; for an appointment to a post "на эту должность" that no post noun before
    names, the holder's title before (`_holders_title_before`)."""
    office = _office(reader, tok, kind)
    pointed = kind in {"Appointment", ""} and any(pointed_post(c, _titled) for c in tok.children)
    if office is None and pointed:
        given = _appointment_before(reader, tok)  # "назначил X министром. На этом посту …"
        if given is None:
            office = _holders_title_before(reader, tok, anchors, is_verb(tok))
        elif not any(c.dep_ in SUBJECTS and c.pos_ == "PRON" for c in tok.children):
            return given  # "… на этом посту его сменит Y": Y takes that post
        else:
            return None  # "… на этом посту он сменит Y": that appointment, told again
    bare = office is None or office.lemma_ in _POSTS and office.head.i == tok.i
    if kind in {"Appointment", ""} and bare and is_verb(tok) and tok.lemma_ in _TAKE_PLACE:
        office = _predecessors_post(reader, tok) or office
    if (
        office is None
        and kind in {"Appointment", ""}
        and is_verb(tok)
        and tok.lemma_ in _APPOINTING
    ):
        office = _candidacy_before(reader, tok)
    return office


_CANDIDATE = "кандидат"


def _candidacy_before(reader: ActReader, tok: Token) -> Token | None:
    """The post a candidacy in the paragraph's sentences before names the appointee for, where a
    verb of appointing names no post ("назвал имя своего кандидата в премьер-министры. Им
    оказался X. Президент назначил X": the premiership): the title after "кандидат в" or
    "кандидат на пост", where the appointee is named after it. Pass forty-fourth, own
    sentences (h-events113)."""
    objects = [k for c in _objects(tok) for k in _named(reader, c) if k.startswith("person/")]
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
            title = _post_title(c) if c.lemma_ in _POSTS else c
            if title is not None and preposition(c) in {"в", "на"} and _titled(title):
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
_LEADING = {"командовать": "командующего", "руководить": "руководителя", "возглавлять": "главы"}


def _predecessors_post(reader: ActReader, tok: Token) -> Token | None:
    """The post one takes from another the text named before: the title of whose post or
    place it is ("Министр обороны Перу X ушёл в отставку. Его место займёт Y", "На посту его
    сменит Y"), or of the one who left it in the sentence before ("… ушёл в отставку. Этот
    ставший вакантным пост займёт Y"), or a body one led there, where the post is told
    vacant ("X командовал контингентом НАТО. Теперь этот ставший вакантным пост займёт Y").
    Pass forty-fourth, own sentences (h-events111)."""
    places = [c for c in tok.children if c.lemma_ in _POSTS or c.lemma_ == _PLACE]
    if not places:
        return None
    place = places[0]
    owners = [c for c in place.children if possessive_pronoun(c)]
    owners += [c for c in place.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
    if tok.lemma_ == _SUCCEED:
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
    pointed = pointed_post(place, _titled) or any(t.lemma_ in {"этот", "тот"} for t in words)
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
        titles = [t.head for t in names if t.dep_ == "appos" and _titled(t.head)]
        return titles[-1] if titles else None
    led = [t for t in before if t.lemma_ in _LEADING and t.pos_ == "VERB"]
    bodies = [
        c for v in led for c in v.children if c.dep_ in {"obj", "obl"} and case_of(c) == "Ins"
    ]
    return bodies[0] if vacant and bodies and not _team(bodies[0]) else None


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
        if t.lemma_ in _APPOINTING | _FILL
    )
    return next((o for o in given if o is not None and o.lemma_ not in _POSTS), None)


def _holders_title_before(
    reader: ActReader, tok: Token, anchors: list[Token], verb: bool
) -> Token | None:
    """The post "на эту должность" points back to where no post noun names it: the title the
    sentence before, or this one before the trigger, sets beside the holder's own name ("Посол
    Чили в Перу Хосе Мартинес отозван. Мартинес был назначен на эту должность в июне 2019
    года": the ambassador's post). None where the holder has no title there ("X отозван. На
    эту должность назначен Y": the post is X's, and Y's title is not told). Pass
    forty-third (h-events107)."""
    holders, _ = _roles(reader, tok, anchors, verb, False)
    persons = {k for k in holders if k.startswith("person/")}
    if not persons:
        return None
    start = sentences_back(tok.sent, 1).start
    for t in reversed(tok.doc[start : tok.i]):
        keys = {m.entity for m in reader.by_token.get(t.i, ())}
        if keys & persons and t.dep_ == "appos" and _titled(t.head) and not bare_trade(t.head):
            return t.head
    return None


def _sentence_case(office: Token, name: str) -> str:
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


def _out_of_no_state_body(tok: Token) -> bool:
    """ "исключил X из состава команды", "из состава партии": a body that is no state's
    council or cabinet; one struck off a state's body ("исключил X из состава Совета
    Безопасности", "из состава правительства") leaves a post there. Pass forty-third
    (h-events107)."""
    if tok.lemma_ != _STRUCK_OFF:
        return False
    bodies = [
        g
        for c in tok.children
        if c.lemma_ == _MEMBERSHIP and preposition(c) == "из"
        for g in c.children
        if g.dep_ == "nmod" and case_of(g) == "Gen"
    ]
    return not any(g.lemma_ in _STATE_BODIES for g in bodies)


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
    return is_inanimate(noun) and noun.lemma_ not in _POSTS


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
    keys = [next((k for k in _named(reader, g) if k.startswith("person/")), "") for g in joined]
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
        return bool(owned) and all(o is not None and _kinsman(o) for o in owned)
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


def _kinsman(t: Token) -> bool:
    """A person noun that is no office nor post ("дочь", "сын", "племянник")."""
    animate = is_animate(t)
    return t.pos_ == "NOUN" and animate and t.lemma_ not in _LEFT and not _titled(t)


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


def _named_state(reader: ActReader, tok: Token, key: str) -> bool:
    """Whether the sentence names the state itself ("премьер Эстонии X"), not only a city
    of it ("имам мечети Дамаска X")."""
    vias = {m.via for t in tok.sent for m in reader.by_token.get(t.i, ()) if m.entity == key}
    return bool(vias - {"capital"})


def _of_body(reader: ActReader, tok: Token, office: Token | None, holders: list[str]) -> bool:
    """An office of a body that is no state ("лидером оппозиции", "председателем партии",
    "главой МВФ"), or one such a body elects ("избран сирийской оппозицией", "коалиция
    выбрала"), or a bare post left by who holds one of a body ("президент клуба X ушёл с
    должности"): neither the text's state nor the holder's is the office's."""
    private = office is not None and office.lemma_ in _PRIVATE_POSTS
    if private or _company_left(reader, tok) is not None:
        return True
    words = [*office.children] if office is not None else []
    if office is not None and office.lemma_ in _POSTS:  # "ушёл с должности": which one?
        words += [c for t in _holder_titles(reader, tok, holders) for c in t.children]
    words += [c for c in tok.children if c.dep_ in {"obl", "obl:agent"} and case_of(c) == "Ins"]
    words += [c for c in tok.children if c.dep_ == "nsubj" and tok.pos_ == "VERB"]
    if any(c.lemma_ in _BODIES and c.dep_ != "xcomp" for c in words):
        return True
    keys = {m.entity for c in words for t in c.subtree for m in reader.by_token.get(t.i, ())}
    # a title the phrase names the post by ("на пост генсека ООН") is no body: whomever it
    # is resolved to, their state is not the post's
    keys = {k for k in keys if not k.startswith("person/")}
    return any(reader.stateless_body(k) for k in keys) and not any(map(reader.state_of, keys))


def _holder_titles(reader: ActReader, tok: Token, holders: list[str]) -> list[Token]:
    """The titles the trigger's sentence gives its holders beside their names ("президент
    клуба X", "X, президент клуба")."""
    names = [t for t in tok.sent for m in reader.by_token.get(t.i, ()) if m.entity in holders]
    titles = [t.head for t in names if t.dep_ == "appos"]
    return titles + [c for t in names for c in t.children if c.dep_ == "appos"]


def _roles(
    reader: ActReader, tok: Token, anchors: list[Token], verb: bool, leaving: bool
) -> tuple[list[str], list[str]]:
    """(holders, who appoints or dismisses); `leaving`: the trigger tells one leaving."""
    if not verb:  # "назначение Лопес", "отставка премьера", "объявил о своей отставке"
        owners = [
            c
            for c in tok.children
            if c.dep_ == "nmod" and case_of(c) == "Gen" or possessive_pronoun(c)
        ]  # "отставка премьера", "после её избрания"
        holders = [k for c in owners for k in _named(reader, c)] or _named_at_post(reader, tok)
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
        subjects = _named(reader, tok.head)  # "Лопес, назначенная послом", "…, который ушёл"
    if not subjects and not passive and tok.lemma_ in _OWN:
        subjects = _described_after(reader, tok)  # "вместо ушедшего в отставку X"
    if not subjects and leaving and tok.lemma_ in _OWN and not has_subject(tok):
        subjects = _named_after_post(reader, tok)  # "ушёл с должности главы … Р.Эспиноса"
    objects = [
        k
        for c in _objects(tok)
        if not _instead(c)  # "избрало эмира вместо убитого X"
        for k in _named(reader, c)
    ]
    if not objects and not passive and leaving:
        objects = _left_post_holders(reader, tok)
    if passive and _post_to_fill(tok):
        return [], []  # "на выборах будет избран президент": not the president of today
    if passive and not subjects and _subjectless(tok):  # "X возглавлял МИД. В 2008 году
        subjects = [k for k in [reader.previous_subject(tok)] if k]  # освобождён от должности"
    if passive or tok.lemma_ in _OWN:
        swapped = not any(k.startswith("person/") for k in subjects)  # "МИД возглавит Хэйг"
        if swapped and tok.lemma_ == "возглавить":  # the name parsed as an object, or as
            named = [k for c in tok.children if c.dep_ == "nsubj" for k in _named(reader, c)]
            return objects or [k for k in named if k.startswith("person/")], []  # 2nd subject
        return subjects, []
    powered = {
        k for c in tok.children if c.dep_ in SUBJECTS and _to_power(c) for k in _named(reader, c)
    }
    return objects, [k for k in subjects if k not in objects and k not in powered]


def _to_power(word: Token) -> bool:
    """A name the parser hung on the verb that came to power ("после прихода к власти X")."""
    return came_to_power(word.doc, word.left_edge.i)


def _described_after(reader: ActReader, participle: Token) -> list[str]:
    """The person an attributive participle of one's own leaving describes, named right
    after its phrase in its case, however the parser hangs the two ("назначен министром
    вместо ушедшего в отставку Луиса Гарсии", the participle read as the main verb's
    oblique). Pass forty-fourth, own sentences (h-events111)."""
    if participle.morph.get("VerbForm") != ["Part"] or participle.morph.get("Variant") == ["Short"]:
        return []
    if participle.dep_ in {"acl", "acl:relcl"} and participle.head.i > participle.i:
        return []  # hung on its noun already: `_named` of that noun reads it
    after = max([participle.i, *(t.i for t in participle.subtree)]) + 1
    head = reader.mention_head.get(after)
    if head is None or head.type != "Person":
        first = reader.by_token.get(after, ())
        head = next((m for m in first if m.type == "Person"), None)
    if head is None or case_of(participle.doc[after]) not in {case_of(participle), ""}:
        return []
    return [head.entity]


def _left_post_after(verb: Token) -> Token | None:
    """The post a finite verb of leaving leaves, named right after it and its "в отставку",
    however the parser hangs it ("ушёл в отставку с должности главы администрации
    президента Чили Р.Эспиноса, который …": "с должности" read under the relative clause's
    verb): its title, else the post noun."""
    if verb.morph.get("VerbForm") != ["Fin"]:
        return None
    own = {t.i for c in verb.children if c.i > verb.i and c.lemma_ not in _POSTS for t in c.subtree}
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.is_punct:
            return None
        if t.lemma_ in _LEFT and preposition(t) in {"с", "со", "от"}:
            nxt = verb.doc[t.i + 1] if t.i + 1 < verb.sent.end else t
            hung = nxt if _titled(nxt) and case_of(nxt) == "Gen" else t  # hung elsewhere too
            return _post_title(t) or hung
        if t.i not in own and t.dep_ != "case":
            return None
    return None


def _named_after_post(reader: ActReader, verb: Token) -> list[str]:
    """The one who leaves a post a subjectless verb of leaving names after it, their name
    closing the post's phrase in the nominative ("1 октября ушёл в отставку с должности главы
    администрации президента Чили Р.Эспиноса"): the subject after the verb, which the parser
    hung on the post's words. Pass forty-fourth, own sentences (h-events111)."""
    post = _left_post_after(verb)
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
    return [k for k in found if _in_office(reader, [k])]


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects, and a person's title the parser cut off as a parataxis
    where a long apposition follows it ("отправил в отставку губернатора области, члена
    совета партии X"): an animate accusative with no clause of its own."""
    # "после прихода к власти X, министр отстранил Y": X came to power (h-events113)
    objects = [c for c in verb.children if c.dep_ == "obj" and not _to_power(c)]
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
    if verb.lemma_ not in _APPOINTING or len(objects) != 1:
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
        and verb.lemma_ in _FILL
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
    titles = [g for g in named if _titled(g)]
    named += [a for t in titles for a in t.children if a.dep_ == "appos" and case_of(a) == "Gen"]
    persons = [reader.mention_head.get(g.i) for g in named]
    return [m.entity for m in persons if m is not None and m.type == "Person"]


def _post_or_body(reader: ActReader, tok: Token) -> bool:
    """A post ("на пост", "на должность") or a body one is put in: one led ("в
    правительство"), or a name no person's ("в Сенат")."""
    unnamed = tok.pos_ == "PROPN" and tok.i not in reader.mention_head
    return tok.lemma_ in _POSTS or _led(reader, tok) or unnamed


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
    posts = [c for c in verb.children if c.dep_ == "obl" and c.lemma_ in _LEFT]
    # "приостановил полномочия президента X": the powers' holder (h-events112)
    posts += [c for c in verb.children if c.dep_ == "obj" and c.lemma_ == _POWERS]
    owners = [g for c in posts for g in c.children if g.dep_ == "nmod" and case_of(g) == "Gen"]
    return [k for g in owners for k in _named(reader, g) if k.startswith("person/")]


def _titled_name(reader: ActReader, office: Token) -> tuple[list[str], set[int]]:
    """The person the parser hung on the office title the verb gives instead of on the verb
    ("Рада избрала своим новым спикером Александра Турчинова"): a name in apposition to it,
    or to the title of the holder's own post that follows it ("спикером первого заместителя
    главы партии Александра Турчинова"), with where the office's name ends (that title or
    the name)."""
    for title in [office, *(c for c in office.children if c.dep_ == "nmod" and _titled(c))]:
        for c in title.children:
            head = reader.mention_head.get(c.i) if c.dep_ == "appos" else None
            if head is not None and head.type == "Person":
                return [head.entity], {c.left_edge.i if title.i == office.i else title.left_edge.i}
    return _hung_on_a_thing(reader, office)


def _holders_in(reader: ActReader, office: Token, holders: list[str]) -> set[int]:
    """Where the office's name ends before a holder's name the parser hung inside it
    ("главы администрации президента Чили Р.Эспиноса")."""
    at = [t.i for t in office.subtree if t.i > office.i and (m := reader.mention_head.get(t.i))
          and m.entity in holders]  # fmt: skip
    return {min(at)} if at else set()


def _own_name(reader: ActReader, office: Token) -> set[int]:
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
        and not _titled(c.head)
    ]
    return {c.left_edge.i for c in names if reader.mention_head[c.i].type == "Person"}


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
    told = told or tok.lemma_ in _APPOINTING and tok.dep_ == "obj" and verb.lemma_ in _RECEIVE
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
        return _named(reader, verb.head) if verb.dep_ in {"acl", "acl:relcl"} else []
    return reader.subject_mentions(verb, climb=False)


def _named(reader: ActReader, tok: Token) -> list[str]:
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
    if not _kinsman(kin):
        return False
    sent = kin.sent
    at = [
        i for i in range(kin.i + 1, sent.end) for m in reader.by_token.get(i, ()) if m.entity == key
    ]
    return bool(at) and nearer_noun(kin.doc, kin, at[0], at[-1] + 1)


# words of putting one in a post, whose named object the parser may hang the post on
_APPOINTING = frozenset({"назначение", "утверждение", "избрание", "назначить", "утвердить"})
_VOTING = frozenset({"проголосовать", "голосовать"})


def _office(reader: ActReader, tok: Token, kind: str) -> Token | None:
    """The office word: an instrumental title ("назначил послом"; not of a dismissal, whose
    instrumental is who dismisses: "смещён генералом"), the title after "пост" or
    "должность" ("занял пост премьера"), the body a verb of leading takes ("возглавил
    правительство", "возглавил МИД")."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
    heads += _appointee(reader, tok)
    named = kind not in {"Resignation", "Death"}
    after = _left_post_after(tok) if kind == "Resignation" and tok.lemma_ in _OWN else None
    hung = after is not None and (after.head.i != tok.i or after.lemma_ not in _POSTS)
    if after is not None and hung and not has_subject(tok):
        return after  # "ушёл в отставку с должности главы … X, который …" (h-events111)
    seat = _seat(heads) if named else None
    if seat is not None:
        return seat
    for head in heads:
        for c in [*head.children, *_post_beside(head)]:
            title, this = _post_title(c), pointed_post(c, _titled)
            if this and not _points_for(c, head):
                continue
            if c.lemma_ in _POSTS or title is not None or this:
                if title is None and this:  # "на этот пост назначен": the one named before
                    title = post_before(c, _titled)
                return title or (None if this and named else c)
            ins = c.dep_ in {"xcomp", "obl", "obl:agent", "nmod"} and case_of(c) == "Ins"
            ins = ins and preposition(c) not in _WITH  # "стал встречаться с министром"
            if named and (ins or _in_capacity(c)) and _titled(c):
                return c
            if named and ins and c.lemma_ in _SUCCESSORS and (post := _predecessors(reader, c)):
                return post
            acting = _acting(c)
            if named and acting is not None:
                return acting
            if tok.lemma_ == "возглавить" and c.dep_ in {"obj", "nsubj"}:  # OVS order too
                if _led(reader, c):
                    return c
                if c.dep_ == "obj" and c.pos_ == "PRON":  # "Его возглавил X"
                    return _body_before(reader, c)
    if named and (post := _succeeded_post(reader, tok)) is not None:
        return post
    return _sworn(tok)


_SEATS = frozenset({"член"})  # "в члены правления": a seat of a body one is put in


def _seat(heads: list[Token]) -> Token | None:
    """ "номинирован президентом X в члены правления банка": the seat of a body one is put
    in, not who puts him (pass forty-four, h-events114)."""
    for head in heads:
        seats = [c for c in head.children if c.lemma_ in _SEATS and preposition(c) == "в"]
        if seats and any(g.dep_ == "nmod" for g in seats[0].children):
            return seats[0]
    return None


_TAKING_TURN = frozenset({"прийти", "приходить"})  # "ему на смену пришёл X"
_TURN = "смена"


def _succeeded_post(reader: ActReader, verb: Token) -> Token | None:
    """The post of whom one comes "на смену" ("Ему на смену пришёл X", "На смену Пересу
    пришёл X"): that person's title in apposition in this sentence or the one before, or the
    post the sentence before tells them leaving ("освобождён от должности
    главнокомандующего армией"). Pass forty-fourth, own sentences (h-events112)."""
    turns = [c for c in verb.children if c.lemma_ == _TURN and preposition(c) == "на"]
    if verb.lemma_ not in _TAKING_TURN or not turns:
        return None
    words = [c for h in (verb, turns[0]) for c in h.children if case_of(c) in {"Dat", "Gen"}]
    keys = [reader.antecedent(w) if w.pos_ == "PRON" else "" for w in words]
    keys += [m.entity for w in words for m in reader.by_token.get(w.i, ()) if m.type == "Person"]
    keys = [k for k in keys if k.startswith("person/")]
    if not keys and not any(w.pos_ == "PRON" for w in words):
        return None  # "На смену холодам пришла весна"
    before = verb.doc[sentences_back(verb.sent, 1).start : verb.i]
    named = [
        t for t in before if keys and (m := reader.mention_head.get(t.i)) and m.entity == keys[0]
    ]
    titles = [t.head for t in named if t.dep_ == "appos" and _titled(t.head)]
    posts = [t for t in before if t.lemma_ in _POSTS and t.dep_ == "obl"]
    # the post left in the sentence that names them, or, naming no one, tells of them by a
    # verb with no subject ("освобождён от должности начальника штаба. Ему на смену …")
    if named:
        posts = [t for t in posts if t.head.sent == named[-1].sent]
    else:
        posts = [t for t in posts if t.sent != verb.sent and not has_subject(t.head)]
    left = [g for t in posts for g in t.children if g.dep_ == "nmod" and _titled(g)]
    found = left or titles
    return found[-1] if found else None


def voted_appointment(tok: Token) -> Token | None:
    """The vote verb an appointment's noun is voted "за" with ("Члены парламента в среду
    проголосовали за назначение X премьер-министром"): the vote makes the appointment, so
    its tense and its date are the appointment's (agr41); None for any other word."""
    if tok.pos_ != "NOUN" or tok.lemma_ not in _APPOINTING or tok.dep_ != "obl":
        return None
    vote = tok.head
    return vote if vote.lemma_ in _VOTING and preposition(tok) == "за" else None


def _appointee(reader: ActReader, noun: Token) -> list[Token]:
    """The named person in the genitive of an appointment's noun or the object of its verb,
    on whom the parser hangs the post ("утверждение X на посту премьер-министра", "утвердил
    X на посту премьер-министра"): the post is the appointment's; and the vote for it, on
    which it may hang the title ("проголосовали за утверждение X генеральным секретарём").
    Pass forty-one, own sentences (h-events101)."""
    if noun.lemma_ not in _APPOINTING:
        return []
    case, dep = ("Gen", "nmod") if noun.pos_ == "NOUN" else ("Acc", "obj")
    named = [
        c
        for c in noun.children
        if c.dep_ == dep
        and case_of(c) == case
        and (m := reader.mention_head.get(c.i)) is not None
        and m.type == "Person"
    ]
    # "проголосовали за утверждение X генеральным секретарём": the title on the vote
    voted = noun.pos_ == "NOUN" and noun.dep_ == "obl" and noun.head.lemma_ in _VOTING
    return named + ([noun.head] if named and voted and preposition(noun) == "за" else [])


def _predecessors(reader: ActReader, successor: Token) -> Token | None:
    """The title of whom "преемником" names as the one succeeded ("Преемником Тоа назначен
    X" after "уволил министра внутренних дел Каролину Тоа"; "Его преемником стал X" after
    "Министр обороны Японии Ясукадзу Хамада ушёл в отставку"): the title in apposition to a
    mention of that person in this sentence or the one before; for "его"/"её", the last
    titled person of the sentence before. None where the text gives no title."""
    before = successor.doc[sentences_back(successor.sent, 1).start : successor.i]
    owner = [c for c in successor.children if c.dep_ == "nmod" and c.i in reader.mention_head]
    if owner:
        key = reader.mention_head[owner[0].i].entity
        names = [t for t in before if (m := reader.mention_head.get(t.i)) and m.entity == key]
    elif successor.i > 0 and successor.doc[successor.i - 1].lemma_ in _POSSESSORS:
        prior = successor.doc[successor.sent.start - 1].sent if successor.sent.start else None
        names = [t for t in prior or () if t.i in reader.mention_head]
        names = [t for t in names if reader.mention_head[t.i].type == "Person"][-1:]
    else:
        return None
    titles = [t.head for t in names if t.dep_ == "appos" and _titled(t.head)]
    return titles[-1] if titles else None


def _points_for(post: Token, head: Token) -> bool:
    """Whether the pointed post `post` ("на этом посту") the parse hangs on `head` is the one
    `head` gives: not where it stands in a clause of its own before a contrast ("На этом посту
    он проработал три года, а затем X был назначен послом"), nor where `head` names its own
    title ("назначен послом")."""
    own = any(c.dep_ == "xcomp" and case_of(c) == "Ins" and _titled(c) for c in head.children)
    return not own and not contrast_between(post, head)


def _sworn(tok: Token) -> Token | None:
    """The office one takes by its rite where no title stands beside the verb: the title
    an inauguration names ("инаугурация президента Чили X"), else the rite itself ("принёс
    присягу", "инаугурация X": which post, the text does not say here); not a soldier's oath
    ("принял военную присягу"), nor the one who swears others in ("принял присягу у
    министров")."""
    if tok.lemma_ == "инаугурация":
        return next((c for c in tok.children if c.dep_ == "nmod" and _titled(c)), tok)
    oaths = [c for c in tok.children if c.lemma_ == _OATH]
    if not oaths or any(preposition(c) == "у" for c in tok.children):
        return None
    return None if any(c.lemma_ == "военный" for c in oaths[0].children) else oaths[0]


def _post_beside(verb: Token) -> list[Token]:
    """The post "на должность"/"на пост" the parser hung on a verb's oblique noun instead of
    or on its genitive ("по его предложению на должность главы компании назначен X", "по
    рекомендации премьера на пост министра назначен X"): a post one is put "на" follows
    the oblique, before the verb, and is the verb's to give."""
    obliques = [c for c in verb.children if c.dep_ == "obl" and c.lemma_ not in _POSTS]
    return [
        g
        for c in obliques
        for g in c.subtree
        if g.dep_ == "nmod" and g.lemma_ in _POSTS and preposition(g) == "на" and c.i < g.i < verb.i
    ]


def _led(reader: ActReader, c: Token) -> bool:
    """A body one heads: a government, a ministry, a state, or any organization named; not
    a team ("возглавил сборную Перу", "возглавил команду": a coach's, no office)."""
    if _team(c):
        return False
    return c.lemma_ in _LED or any(m.type != "Person" for m in reader.by_token.get(c.i, ()))


def _team(t: Token) -> bool:
    """A team's noun (`team_nouns.txt`: "сборная", "команда", "клуб"), or a noun "сборный"
    describes ("национальную сборную команду")."""
    teams = load_list(TEAM_NOUNS)
    if t.pos_ not in {"NOUN", "PROPN"}:
        return False
    return t.lemma_.replace("ё", "е") in teams or any(
        c.dep_ == "amod" and c.lemma_ in {"сборный", "сборная"} for c in t.children
    )


def _body_before(reader: ActReader, pronoun: Token) -> Token | None:
    """The body "его"/"её" stands for in "Его возглавил X": the last noun of the sentence
    before that agrees with the pronoun and is a body one heads ("В Чили создано новое
    министерство науки. Его возглавил X"); none for anything else ("делегацию")."""
    before = sentence_before(pronoun.sent)
    if before is None:
        return None
    genders = {"Fem"} if pronoun.morph.get("Gender") == ["Fem"] else {"Masc", "Neut"}
    nouns = [
        t
        for t in before
        if t.pos_ in {"NOUN", "PROPN"}
        and t.morph.get("Number") == ["Sing"]
        and set(t.morph.get("Gender")) & genders
        and t.dep_ in {"nsubj", "nsubj:pass", "obj"}
    ]
    return nouns[-1] if nouns and _led(reader, nouns[-1]) else None


def _post_title(post: Token) -> Token | None:
    """The office title a post noun governs: "пост вице-президента", "с позиции посла"
    ("позиция" is a post only with a title: "позиция Египта" is a stance)."""
    if post.lemma_ not in _TITLED_POSTS:
        return None
    return next((g for g in post.children if g.dep_ == "nmod" and _titled(g)), None)


def _acting(tok: Token) -> Token | None:
    """The title of an acting post ("исполняющим обязанности главы МИД назначена X",
    "назначил X временно исполняющей обязанности министра"): an appointment to it."""
    if tok.lemma_ != "исполнять" or case_of(tok) != "Ins":
        return None
    duties = [c for c in tok.children if c.lemma_ == "обязанность"]
    return next((g for d in duties for g in d.children if g.dep_ == "nmod" and _titled(g)), None)


def _in_capacity(tok: Token) -> bool:
    """ "выбрала X в качестве временного премьер-министра": the title after "в качестве"."""
    return any(
        c.lemma_ == "в" and any(f.lemma_ == "качество" for f in c.children) for c in tok.children
    )


def _titled(tok: Token) -> bool:
    """An office title; the tagger may take its capital for a name's where a complement
    follows, at the start of a sentence ("Министром финансов станет X") or in the
    instrumental Wikinews capitalises ("был выбран новым Президентом Перу"; pass
    forty-third, h-events109); a bare "Президентом" may be of a company."""
    opening = tok.i == tok.sent.start and any(c.dep_ == "nmod" for c in tok.children)
    opening = opening or case_of(tok) == "Ins" and _state_complement(tok)
    common = tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and opening
    return common and (
        is_office([t.lemma_ for t in tok.doc[tok.i : tok.i + 4]])
        or _head_of(tok)
        or _adjective_title(tok)
        or contracted_deputy(tok.lemma_)  # "от должности замсекретаря Совбеза" (h-events112)
    )


def _adjective_title(tok: Token) -> bool:
    """A title that begins with the adjective right before its noun ("специальным
    представителем", "постоянным представителем"): the noun alone names no office.
    Pass forty-third, own sentences (h-events109)."""
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    if before is None or before.dep_ != "amod" or before.head.i != tok.i:
        return False
    if is_office([before.lemma_]):  # "военными манёврами": the adjective's own title
        return False
    return is_office([before.lemma_, *(t.lemma_ for t in tok.doc[tok.i : tok.i + 3])])


def _state_complement(tok: Token) -> bool:
    """A genitive complement of a capitalised word ("Президентом Перу"), or an adjective
    ("новым Президентом"): a title's phrase, not a name alone."""
    return any(c.dep_ == "nmod" and case_of(c) == "Gen" or c.dep_ == "amod" for c in tok.children)


def _head_of(tok: Token) -> bool:
    """ "главой Роспотребнадзора", "главы управления МВД": "глава" names a post with the
    body it serves, its genitive, whatever body the lists lack (alone it names none)."""
    return tok.lemma_ == "глава" and any(
        c.dep_ == "nmod" and case_of(c) == "Gen" for c in tok.children
    )


def _state_office(reader: ActReader, office: Token) -> bool:
    """A post of a state or a body: a state office title or post ("вице-премьером",
    "министром обороны"), or one that names a state or an organization ("послом Франции",
    "председателем Еврокомиссии"), or a deputy's of such a post ("заместителем губернатора
    области": the deputy's post is the state's too); not a profession ("автором книги"),
    nor a deputy's of one ("заместителем директора школы")."""
    deputy_of = [c for c in office.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
    if any(_state_title(t) for t in [office, *deputy_of]):
        return True
    return any(m.type != "Person" for t in office.subtree for m in reader.by_token.get(t.i, ()))


def _state_title(title: Token) -> bool:
    """A title that is a state's post whatever it names ("министр", "губернатор")."""
    return is_office([title.lemma_], state_role=True) or title.lemma_ in _STATE_POSTS


def _office_name(office: Token, stop: set[int]) -> str:
    """The office as the text gives it, in the genitive, for "на пост …": "посла в
    Аргентине", "премьер-министра Италии"; a body led: "главы правительства"; an acting post
    as one ("исполняющего обязанности министра"), not the post it stands in for."""
    if office.lemma_ in _POSTS | _SWORN:
        return ""  # "вступил в должность", "принёс присягу": which one, the text does not say
    if office.head.lemma_ in _LEADING and case_of(office) == "Ins":  # "командовал X"
        return _LEADING[office.head.lemma_] + " " + phrase_in(office, "ablt", stop)
    phrase = phrase_in(office, "gent", stop)
    if _acting(office.head.head) == office:  # not "исполнял обязанности X. На этот пост …"
        return "исполняющего обязанности " + phrase
    return phrase if _titled(office) or office.lemma_ in _SEATS else "главы " + phrase
