"""Whose an office is: a state's, a company's, or a body's of no state.

A post in an organization of no state ("глава ЕЦБ"), in a company ("генеральный директор
компании Embraer"), in a party or the opposition, or in a joint body of two states
("сопредседатель Чилийско-перуанского делового совета") is no office of the state the text
is about; the state of a post taken from a predecessor is the predecessor's.

Split out of careers.py (forty-fifth pass, h-split48)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.events.career_posts import POSTS
from kg.extract.events.words import is_role, leads_company
from kg.extract.offices.extract import extract_offices
from kg.nlp.deps import preposition
from kg.nlp.morph import case_of, is_animate

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader
    from kg.model import Mention


# a company one leaves ("покинул компанию"): a leaving of one who holds an office there
_COMPANIES = frozenset({"компания", "корпорация", "концерн", "холдинг"})
# a company's own name: "Embraer", "General Motors"; only a mention's start is matched (it
# opens in Latin letters), unlike organizations' and build_links' `_LATIN_NAME`, which take
# a whole name
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z&.\- ]+")
# bodies that are no state, whose offices and votes are their own ("лидер оппозиции",
# "главным тренером команды", "художественным руководителем театра")
BODIES = frozenset({"оппозиция", "партия", "коалиция", "движение", "фракция", "компания",
                     "корпорация", "банк", "концерн", "клуб", "ассоциация",
                     "профсоюз", "команда", "театр", "музей", "центр", "фонд",
                     "холдинг"})  # fmt: skip
# posts that are never a state's, whoever holds them ("главным тренером назначен X")
_PRIVATE_POSTS = frozenset({"тренер", "наставник", "худрук"})
# struck off a body ("исключил X из состава Совета Безопасности"): a change of office only
# out of a state's council, cabinet or board, not a team's or a party's
_STRUCK_OFF, _MEMBERSHIP = "исключить", "состав"
_STATE_BODIES = frozenset({"совет", "правительство", "кабинет", "коллегия", "президиум",
                           "комиссия", "комитет", "администрация"})  # fmt: skip
# the first word of a name: a compound adjective ("Чилийско-перуанского") is one
_FIRST_WORD = re.compile(r"[\w-]+")


def joint_bodies(reader: ActReader, office: Token) -> list[Mention]:
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


def phrase_of(word: Token) -> set[int]:
    """The run of words of `word`'s subtree that stand together around it, as written: not
    one the parser hung on it from past a word of another phrase."""
    tree = {t.i for t in word.subtree}
    start = end = word.i
    while start - 1 in tree:
        start -= 1
    while end + 1 in tree:
        end += 1
    return set(range(start, end + 1))


def predecessors_states(reader: ActReader, tok: Token, office: Token | None) -> list[str]:
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


def serves_stateless_org(reader: ActReader, key: str) -> bool:
    """Whether the person's office is in an organization of no state ("глава ЕЦБ X уйдёт
    со своего поста"): the post is the body's, so the state the text is about is not its
    state, as the gazetteer's international bodies are not (`stateless_body`)."""
    entity = reader.ctx.entity(key)
    body = entity.state if entity is not None else ""
    return body.startswith("org/") and not reader.state_of(body)


def titled_in_body(reader: ActReader, key: str) -> bool:
    """Whether the document's titles give the person posts only in organizations of no
    state ("Нынешний генсек Пан Ги Мун сложит полномочия", the post told as the UN's): the
    post they leave is that body's, not the state's the text is about."""
    told = reader.told_posts(key)
    return bool(told) and all(_stateless(reader, b) for b in told)


def _stateless(reader: ActReader, body: str) -> bool:
    """A body of no state: none its entity records ("Правительство Южной Кореи", a state's
    government the text names with its state, records Korea: `state_named_in`)."""
    return body.startswith("org/") and not reader.state_of(body)


def company_staff(reader: ActReader, key: str) -> bool:
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


def company_left(reader: ActReader, tok: Token) -> Token | None:
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


def out_of_no_state_body(tok: Token) -> bool:
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


def named_state(reader: ActReader, tok: Token, key: str) -> bool:
    """Whether the sentence names the state itself ("премьер Эстонии X"), not only a city
    of it ("имам мечети Дамаска X")."""
    vias = {m.via for t in tok.sent for m in reader.by_token.get(t.i, ()) if m.entity == key}
    return bool(vias - {"capital"})


def of_body(reader: ActReader, tok: Token, office: Token | None, holders: list[str]) -> bool:
    """An office of a body that is no state ("лидером оппозиции", "председателем партии",
    "главой МВФ"), or one such a body elects ("избран сирийской оппозицией", "коалиция
    выбрала"), or a bare post left by who holds one of a body ("президент клуба X ушёл с
    должности"): neither the text's state nor the holder's is the office's."""
    private = office is not None and office.lemma_ in _PRIVATE_POSTS
    if private or company_left(reader, tok) is not None:
        return True
    words = [*office.children] if office is not None else []
    if office is not None and office.lemma_ in POSTS:  # "ушёл с должности": which one?
        words += [c for t in _holder_titles(reader, tok, holders) for c in t.children]
    words += [c for c in tok.children if c.dep_ in {"obl", "obl:agent"} and case_of(c) == "Ins"]
    words += [c for c in tok.children if c.dep_ == "nsubj" and tok.pos_ == "VERB"]
    if any(c.lemma_ in BODIES and c.dep_ != "xcomp" for c in words):
        return True
    # "член правления банка «Свед»": the body a board or a council of the title is of
    if any(t.lemma_ in BODIES for c in words if c.dep_ != "xcomp" for t in _bodies_of(c)):
        return True
    keys = {m.entity for c in words for t in c.subtree for m in reader.by_token.get(t.i, ())}
    # a title the phrase names the post by ("на пост генсека ООН") is no body: whomever it
    # is resolved to, their state is not the post's
    keys = {k for k in keys if not k.startswith("person/")}
    stateless = any(reader.stateless_body(k) or _named_body(reader, k) for k in keys)
    ceo = office is not None and _chief_executive(office)
    stateless = stateless or ceo and any(_company_named(reader, c) for c in words)
    # "возглавит Google": the company a verb of leading takes, by its Latin name
    led = office is not None and office.head.i == tok.i and office.dep_ == "obj"
    stateless = stateless or led and office is not None and _company_named(reader, office)
    return stateless and not any(map(reader.state_of, keys))


# the parts of a body whose genitive names the body ("член правления банка", "совета
# директоров компании"): their post is the body's
_BODY_PARTS = frozenset({"правление", "совет", "директор", "руководство", "коллегия"})


def _bodies_of(word: Token) -> list[Token]:
    """The genitives a body's part hangs on it ("правления банка", "совета директоров
    компании"): the body whose part the title names. Pass forty-fifth (h-events116)."""
    found: list[Token] = []
    while word.lemma_ in _BODY_PARTS and len(found) < 3:
        word_of = (c for c in word.children if c.dep_ == "nmod" and not preposition(c))
        if (genitive := next(word_of, None)) is None:
            break
        found.append(word := genitive)
    return found


# a company's chief executive ("гендиректор", "генеральный/исполнительный директор"), no
# state agency's head ("глава NASA")
_EXECUTIVES = frozenset({"генеральный", "исполнительный"})


def _chief_executive(office: Token) -> bool:
    if office.lemma_ == "гендиректор":
        return True
    return office.lemma_ == "директор" and any(c.lemma_ in _EXECUTIVES for c in office.children)


def _company_named(reader: ActReader, word: Token) -> bool:
    """A company's own name in Latin letters in the post's phrase, of no state ("с поста
    гендиректора Google"): the post is the company's, as `company_staff` reads a title's
    (h-events116)."""
    text = reader.ctx.document.text
    return any(
        m.entity.startswith("org/")
        and not reader.state_of(m.entity)
        and _LATIN_NAME.match(text[m.start : m.end]) is not None
        for t in word.subtree
        for m in reader.by_token.get(t.i, ())
    )


def _named_body(reader: ActReader, key: str) -> bool:
    """An organization of no state the gazetteer names by a word of a body that is no state
    ("Европейский центральный банк", ЕЦБ): a post in it is the body's, not the text's
    state's (a state's bank has its state: "Сбербанк России"). Pass forty-fifth
    (h-events116)."""
    org = reader.ctx.gazetteer.org(key) if key.startswith("org/") else None
    if org is None or org.state or reader.state_of(key):
        return False
    return any(w in BODIES for w in org.name.lower().replace("ё", "е").split())


def _holder_titles(reader: ActReader, tok: Token, holders: list[str]) -> list[Token]:
    """The titles the trigger's sentence gives its holders beside their names ("президент
    клуба X", "X, президент клуба")."""
    names = [t for t in tok.sent for m in reader.by_token.get(t.i, ()) if m.entity in holders]
    titles = [t.head for t in names if t.dep_ == "appos"]
    return titles + [c for t in names for c in t.children if c.dep_ == "appos"]


# where one works or comes to work for a company ("работал в банке", "пришёл в госбанк")
_FIRMS = _COMPANIES | {"банк", "госбанк"}


def worked_in_company(reader: ActReader, tok: Token, office: Token | None) -> bool:
    """A company's post, with no body of its own, in a sentence that tells its holder work in
    or come to a company or a bank and names no state ("работал в банке X - в 2004 году он
    пришёл в госбанк, а в 2007-м стал старшим вице-президентом"): the post is that firm's,
    not the text's state's; a state's post ("стал министром финансов") keeps it.
    Pass forty-fifth (h-events116)."""
    if office is None or not is_role(office, "chief"):
        return False
    if any(c.dep_ in {"nmod", "appos"} for c in office.children):
        return False
    sent = tok.sent
    if any(m.type == "State" for t in sent for m in reader.by_token.get(t.i, ())):
        return False
    return any(t.lemma_ in _FIRMS and preposition(t) == "в" and t.head.pos_ == "VERB" for t in sent)
