"""A read paper's parties other than its clause's subject.

The sides a paper's "с X"/"между X и Y" phrase, its title, a list ("подписали три
соглашения: …"), a gapped clause, a meeting or a keeper of the paper names, who leaves it,
a club's or firm's deal, and which states are no sides (two subjects each of one paper, a
paper signed by nobody named).

Split out of extract.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

from spacy.tokens import Span as Sent
from spacy.tokens import Token

from kg.extract.agreements.player_contracts import (
    club_moved_to,
    contracted_person,
    extending_player,
    holding_player,
    private_noun,
    private_role,
)
from kg.extract.agreements.reading import (
    ACTING_FOR,
    AGENT,
    SIDE_WORDS,
    SIDED,
    SUBJECTS,
    Reading,
    apposed_person,
    mention_at,
    official_title,
    titled_document,
    with_someone,
    within_hops,
)
from kg.extract.agreements.relative_topics import relative_topic
from kg.extract.agreements.status import (
    ADOPT,
    KEEP,
    RATIFY,
    SIGN,
    binding,
    carrying_out,
    leaving,
    leaving_meant,
    left_by_noun,
    refused,
    signs,
    status_of,
)
from kg.extract.agreements.subjects import (
    adopting_body_state,
    coalitions,
    name_after,
    private_body,
    read_subject,
    read_subjects,
    side_for,
    sides_word,
    state_body,
    title_states,
)
from kg.extract.agreements.title_ends import firm_for_adjective, of_a_firm
from kg.extract.agreements.title_words import (
    FIRMS,
    LAW_ACTS,
    ORG_NOUNS,
    SUPPORTS,
    Title,
    kinds,
)
from kg.extract.agreements.titles import compound_sides
from kg.extract.common.pair import body_state, is_side, named_pair, pair_by, pair_word
from kg.extract.common.turns import turn_sides, turn_speaker
from kg.extract.common.words import AMONG, POINTING_BACK, conjuncts
from kg.extract.context import Context
from kg.nlp.clauses import clause_subjects
from kg.nlp.deps import has_preposition, is_passive, negated, preposition, sentence_before
from kg.nlp.morph import case_of, is_animate, is_infinitive, is_plural, is_verb_form
from kg.resolve.pair_words import PAIR_WORDS

_BOUND = {"nsubj:pass", "obj"}  # the states a paper binds: "связаны договором", "связал Чили"


# meetings and authorities a state's adjective names it a side by ("индийско-японский саммит",
# "чилийские власти", "узбекско-туркменская комиссия")
_MEETING_WORDS = frozenset({"саммит", "переговоры", "встреча", "консультация", "визит", "власть",
                            "комиссия", "межправкомиссия"})  # fmt: skip


def read_parties(ctx: Context, r: Reading, pred: Token | None, gap: Sent | None) -> None:
    """The parties and signatories of reading `r`, whose predicate is `pred` (`gap`: the
    clause of a verb left out for a dash)."""
    title, head, sent = r.title, r.title.head, r.sent
    # who refuses to sign is no party, but for a paper "с X" the other side of it
    r.declined = refused(pred)
    r.refused = r.declined and not title.with_parties
    # who signs a decree of leaving or joining a paper is its side, not its signer
    enacts = pred is not None and (pred.lemma_ in RATIFY | ADOPT or left_by_noun(head))
    if gap is not None:
        _gap_sides(ctx, r, pred, gap, enacts)
    elif pred is not None and not r.refused and not r.discussed:
        before = len(r.parties)
        read_subjects(ctx, r, pred, states_only=enacts)
        r.clause_signers = len(r.parties) > before and _in_relative_clause(head, pred)
        r.not_signers = _signing_not_done(ctx, r)
    leaver = _leaving_sides(ctx, r, pred) if gap is None else None
    if (governor := _acting_on(head, pred, bool(r.parties))) is not None:
        read_subjects(ctx, r, governor, states_only=governor.lemma_ in RATIFY | ADOPT)
    if (ratifier := _ratified_too(pred)) is not None:
        read_subjects(ctx, r, ratifier, states_only=True)
    r.parties += [s for s in _ratifying_act_states(ctx, pred) if s not in r.parties]
    if gap is None:  # the "с" of the verb a gapped clause leaves out is the first clause's
        r.parties += [p for p in with_parties(ctx, sent, head, pred) if p not in r.parties]
        r.firms |= _with_a_firm(sent, head, pred) or _of_firms(ctx, head)
        r.unnamed_side = _with_unnamed(ctx, sent, head, pred)
        r.personal = _with_a_person(ctx, r, pred) or _signed_by_a_private_noun(ctx, r, pred)
        if (player := contracted_person(ctx, r, pred)) is not None:
            r.personal, r.for_self = False, True  # the club's paper, the player its signer,
            r.unnamed_side = ""  # titled by the club, as "Контракт с «Марселем»" is
            r.signatories += [player] if player not in r.signatories else []
    if gap is None and not r.parties and r.firms and (moved := club_moved_to(ctx, r, pred)):
        r.parties, r.for_self = [moved[0]], True  # "Игрок подписал контракт с новым клубом"
        r.signatories += [moved[1]] if moved[1] not in r.signatories else []
    if leaver is not None and (player := extending_player(ctx, r, leaver)) is not None:
        r.for_self = True  # "Полузащитник … продлил контракт с «Ювентусом»": his club's
        r.signatories += [player] if player not in r.signatories else []
    if gap is None and (holder := holding_player(ctx, r)) is not None:
        r.for_self = True  # "У нападающего … был контракт с «Бенфикой»": the club's
        r.signatories += [holder] if holder not in r.signatories else []
    _keeping_sides(ctx, r, pred)
    # its sides only in its sentence; papers counted and listed by topic ("Подписано семь
    # документов, в том числе о …") are the report's as any paper signed so is
    unsided = not r.parties and (not titled_document(title) or many_papers(head))
    if unsided and pred is not None and _signed_by_nobody_named(pred, r, title):
        private = r.firm_side or _private_subject_before(ctx, sent)
        r.parties = [] if private else _pair_of_sides(ctx, sent)  # "между компаниями": none
    elif unsided and pred is not None and _signed_today_in_a_turn(ctx, r, pred):
        r.parties = sorted(turn_sides(ctx).values())
    elif unsided and pred is not None:
        r.parties = _sides_pointed_back(ctx, r, pred) or _pair_of_topic(ctx, r)
    r.parties = [p for p in r.parties if p not in _bodies_beside_states(ctx, r)]
    _sides_its_title_names(ctx, r)
    _one_bodys_declaration(ctx, r, pred)
    if r.declined:
        r.signatories = []  # "отказался подписать соглашение с Бразилией": a party, no signer
    if (
        len(r.parties) < 2
        and not coalitions(title)
        and any(_no_two_states(ctx, s) for s in _sides(sent, head, pred))
    ):
        r.personal = True  # not a coalition's paper, which its parties' leaders sign


def _one_bodys_declaration(ctx: Context, r: Reading, pred: Token | None) -> None:
    """A declaration one state's body or its members adopt ("Депутаты парламента Иордании
    приняли декларацию о поддержке Египта") is that state's act, no paper of two: the states
    its title names are no parties, unless the adopting one, and no missing side is completed
    (`Reading.own_act`). Bodies of two states ("Парламенты Египта и Иордании приняли
    совместную декларацию"), states themselves ("Иордания и Египет приняли") and a title that
    names its two sides ("декларацию о партнёрстве между Чили и Перу") keep theirs.
    Fifty-fifth pass (h-agreements52)."""
    if pred is None or r.title.kind != "Declaration" or pred.lemma_ not in ADOPT:
        return
    if len(_sides_between(ctx, r.title) or compound_sides(ctx, r.title.head)[0]) >= 2:
        return
    if own := adopting_body_state(ctx, pred):
        r.own_act = True
        r.parties = [p for p in r.parties if p == own or p not in r.title.states]


def _in_relative_clause(head: Token, pred: Token) -> bool:
    """Whether `pred` is told in a relative clause after the paper ("договор о водах,
    который собирается подписать Эфиопия"): a "который" between the title's head and the
    predicate, in the same sentence. Fiftieth pass, h-agreements39."""
    return pred.i > head.i and any(t.lemma_ == "который" for t in head.doc[head.i + 1 : pred.i])


def _signing_not_done(ctx: Context, r: Reading) -> list[str]:
    """The sides a relative clause on a paper the main clause signs tells as signing it
    later, or not ("Египет подписал договор о водах, который собирается подписать Эфиопия",
    "…, который пока не подписала / не собирается подписывать Эфиопия"): none of its
    signers, so no missing side they complete (fifty-first pass, h-agreements40). Not those
    that signed it too ("…, который уже подписала Эфиопия"), nor who ratifies it, a party."""
    out: list[str] = []
    if r.status != "signed" or r.clause_signers:
        return out
    for verb in (c for t in r.title.tokens for c in t.children if c.dep_ == "acl:relcl"):
        if not any(x.lemma_ == "который" for x in verb.subtree):
            continue
        told = next((c for c in verb.children if c.dep_ == "xcomp" and signs(c)), verb)
        if not signs(told) or told.lemma_ in RATIFY or status_of(told) == "signed":
            continue
        clause = Reading(r.title, r.sent)
        read_subjects(ctx, clause, told)
        out += [p for p in clause.parties if p not in r.parties and p not in out]
    return out


def _ratifying_act_states(ctx: Context, pred: Token | None) -> list[str]:
    """The state whose own law or decree of ratification it is, by a genitive or adjective
    of the act ("Закон Армении о ратификации Конвенции …", "молдавский закон о ратификации"):
    a party, whatever verb the act has ("вступил в силу"). Forty-ninth pass, h-agreements35."""
    if pred is None or pred.lemma_ not in RATIFY or pred.head.lemma_ not in LAW_ACTS:
        return []
    owners = (
        c for c in pred.head.children if c.dep_ in ("nmod", "amod") and not has_preposition(c)
    )
    found = (mention_at(ctx, c) for c in owners)
    return [m.entity for m in found if m is not None and m.type == "State"]


def _leaving_sides(ctx: Context, r: Reading, pred: Token | None) -> Token | None:
    """Add the sides who leave, suspend, extend or end the paper (only a party can), also of
    a paper a participle dates, or who mean or threaten to ("Египет пригрозил выйти из …");
    return the verb of leaving, if any."""
    leaver = leaving(r.title.head)
    if leaver is not None and leaver is not pred:
        # a club or firm extends or ends its contract, while a state's body does so for its
        # state ("Госдепартамент США продлил сделку")
        sided, before = r.title.head.lemma_ in SIDED, list(r.parties)
        read_subjects(ctx, r, leaver, states_only=not sided)
        sides = [p if p in before else side_for(ctx, p) for p in r.parties]
        r.parties = list(dict.fromkeys(sides))
    elif leaver is None and (meant := leaving_meant(r.title.head)) is not None:
        read_subjects(ctx, r, meant, states_only=True)
    return leaver


def _sides_its_title_names(ctx: Context, r: Reading) -> None:
    """The sides a title leaves a paper: the union whose paper it is, where states only
    discuss it (`_owning_union`), and those it names after "между", which leave it no other
    ("Египет и Катар обсудили соглашение … между Израилем и ХАМАС"), or by a compound
    adjective of two states ("Гана и Нигерия обсудили ганско-тоголезский договор": Ghana and
    Togo; forty-ninth pass, h-agreements35)."""
    if r.status == "negotiating" and (union := _owning_union(ctx, r.title)):
        r.parties = [union, *(p for p in r.title.with_parties if p != union)]
    own = _sides_between(ctx, r.title) or compound_sides(ctx, r.title.head)[0]
    if len(own) >= 2:  # "обсудили египетско-суданское соглашение": Egypt and Sudan only
        r.parties = [p for p in r.parties if p in own]


def _owning_union(ctx: Context, title: Title) -> str:
    """The union whose paper a title names by its genitive right after the head, with no
    state beside it ("соглашение АСЕАН о торговле товарами", "соглашение ЕС о стабилизации и
    ассоциации"); "" for any other title. States that discuss such a paper are no sides of
    it, nor of each other ("Вьетнам и Индонезия обсудили соглашение АСЕАН о …"); those that
    sign or join it are."""
    if title.states or title.entry is not None or title.head not in title.tokens:
        return ""
    i = title.tokens.index(title.head) + 1
    if i >= len(title.tokens):
        return ""
    t = title.tokens[i]
    found = ctx.mentions_in(t.idx, t.idx + len(t.text), "Organization")
    return found[0].entity if found and is_side(found[0], unions=True) else ""


def _sides_between(ctx: Context, title: Title) -> list[str]:
    """The states and organizations a title names as its sides after "между" ("соглашение о
    свободной торговле между ЕС и Индией"): its only parties, whoever signs, discusses or
    talks of it in the sentence ("Франция и Индия обсудили …", "Египет и Катар …")."""
    at = next((t for t in title.tokens if t.lower_ == "между"), None)
    if at is None:
        return []
    end = max(t.idx + len(t) for t in title.tokens)
    named = [m for m in ctx.mentions_in(at.idx, end) if m.type in ("State", "Organization")]
    sides = [t for t in title.tokens if t.i > at.i]
    referred = (referred_union(ctx, t, sides) for t in sides if mention_at(ctx, t) is None)
    return list(dict.fromkeys([*(m.entity for m in named), *(u for u in referred if u)]))


def referred_union(ctx: Context, t: Token, beside: list[Token]) -> str:
    """The union of states a bare common noun for one refers back to ("МЕРКОСУР … . Соглашение
    … между блоком и Европейским союзом", "… с объединением" after "АСЕАН"): the union its
    sentence or the one before names last before it, not one of the sides `beside` it; ""
    for a noun of another lemma or with words of its own ("блок НАТО", "оппозиционный
    блок"), or where no union is named so near (fifty-ninth pass, h-agreements64)."""
    if t.lemma_ not in ORG_NOUNS or any(c.dep_ in ("nmod", "appos", "amod") for c in t.children):
        return ""
    others = {m.entity for x in beside if (m := mention_at(ctx, x)) is not None}
    start = (sentence_before(t.sent) or t.sent).start_char
    unions = [
        m.entity
        for m in ctx.mentions_in(start, t.idx, "Organization")
        if (is_side(m, unions=True) or ctx.gazetteer.is_union(m.entity)) and m.entity not in others
    ]
    return unions[-1] if unions else ""


_COUNTS = frozenset({"ряд", "пакет", "серия", "комплекс"})


def listed_among(sent: Sent) -> Token | None:
    """The verb that signed the papers the sentence before counts, for papers a sentence
    opening "Среди них —" or "В их числе" lists ("Япония и Индия подписали 10 документов.
    Среди них — соглашение о …"): theirs is its status, date and sides; else None."""
    words = [t.lower_ for t in sent[:3]]
    before = sentence_before(sent)
    if not any(words[: len(a)] == list(a) for a in AMONG) or before is None:
        return None
    return next((v for t in before if (v := counted_papers_verb(t)) is not None), None)


def package_sides(
    ctx: Context, r: Reading, pred: Token | None, listing: tuple[Token | None, Token | None]
) -> None:
    """A paper a list names after papers counted is signed as that package ("Компании Чили и
    Перу подписали 20 соглашений. Среди них — соглашение между чилийской компанией Codelco и
    провинцией Арекипа о …"): where its own sides are bodies or firms of no state other than
    the report's two (a firm, a province kg names no state for), its sides are those two
    states, as those of the package's paper between two states' ministries are; a paper of
    two states of its own, or with a body of another state, keeps its sides (sixty-third pass,
    h-agreements77). `listing`: the verbs of the packages a list after them or a "Среди
    них" sentence tells the paper of (`listed.listed_including`, `listed_among`)."""
    if pred is None or pred not in listing:
        return
    sides = {side_for(ctx, p) for p in r.parties}
    states = {s for s in sides if s.startswith("state/")}
    if not r.parties or len(states) >= 2:
        return
    pair = _pair_of_sides(ctx, r.sent)
    if len(pair) == 2 and states <= set(pair):
        r.parties = pair


def counted_papers(t: Token) -> bool:
    """Papers counted or in the plural ("семь документов", "пять соглашений", "документы")."""
    counted = is_plural(t) or any(c.dep_.startswith("nummod") for c in t.children)
    return counted and (t.lemma_ in kinds() or t.lemma_ == "документ")


def counted_papers_verb(t: Token) -> Token | None:
    """The signing verb of papers counted at `t` ("подписали 10 документов", "ряд
    соглашений"), else None."""
    if not counted_papers(t):
        return None
    verb = t.head.head if t.head.lemma_ in _COUNTS else t.head  # "ряд соглашений"
    return verb if signs(verb) and verb.pos_ == "VERB" else None


def signing_word(verb: Token) -> Token:
    """The word that tells the signing `verb` stands for: the participle that signed the
    papers it exchanged ("обменялись документами, подписанными по итогам переговоров"), which
    the signing event is told by, so the papers a list names take its date; else the verb
    itself."""
    papers = (
        (c for c in verb.children if c.dep_ in ("obj", "obl")) if verb.lemma_ not in SIGN else ()
    )
    told = (x for c in papers for x in c.children if x.dep_ in ("acl", "amod") and x.lemma_ in SIGN)
    return next(told, verb)


def many_papers(head: Token) -> bool:
    """Papers counted ("подписали 12 соглашений", "более 40 соглашений", "ряд соглашений",
    "несколько"), and a plural noun of papers coordinated with them ("35 соглашений и
    меморандумов о взаимопонимании", sixty-third pass, h-agreements77): many, so no one
    paper kg could title by its kind and sides, whatever topic the plural names."""
    if head.dep_ == "nmod" and head.head.lemma_ in _COUNTS and is_plural(head):
        return True  # not "пакет …, в том числе соглашение о …", a paper the parse hangs on it
    if head.dep_ == "conj" and is_plural(head) and head.head.i < head.i and many_papers(head.head):
        return True
    return any(c.dep_.startswith("nummod") and c.lemma_ != "один" for c in head.children)


def _gap_sides(ctx: Context, r: Reading, pred: Token | None, gap: Sent, enacts: bool) -> None:
    """The sides and signers of a gapped clause's paper: the states it names, else the first
    clause's subjects' ("…, а министры энергетики двух стран — меморандум", "…, а в мае —
    меморандум"); where the clause has a subject of its own, its signers are only the persons
    it names ("…, а министры … Карим Бадави и Йоргос Папанастасиу — меморандум"), never the
    first clause's."""
    if not r.parties and pred is not None and not r.refused and not r.discussed:
        read_subjects(ctx, r, pred, states_only=enacts)
    if any(t.pos_ in ("NOUN", "PROPN") and case_of(t) == "Nom" for t in gap):
        named = (mention_at(ctx, t) for t in gap)
        r.signatories = list(
            dict.fromkeys(m.entity for m in named if m is not None and m.type == "Person")
        )


def _acting_on(head: Token, pred: Token | None, signed_by_others: bool) -> Token | None:
    """The verb that signs, ratifies or adopts the agreement as its object where the status
    came from another predicate, a participle after the title ("Гана и Того ратифицировали
    договор, подписанный в 2020 году"): its subjects are the parties too. Not a verb that
    does not, where the clause on the title names who signed (`signed_by_others`: "Египет
    не подписал / отказался подписать договор, который подписали Эфиопия и Судан": theirs
    alone; fiftieth pass, h-agreements36)."""
    verb = head.head
    if pred is None or verb.i == pred.i or head.dep_ != "obj" or not is_verb_form(verb):
        return None
    if signed_by_others and _not_done(verb):
        return None
    return verb if signs(verb) or verb.lemma_ in RATIFY | ADOPT else None


def _ratified_too(pred: Token | None) -> Token | None:
    """The ratifying verb conjoined to the passive signing of the paper ("Договор был
    подписан в 2020 году и ратифицирован парламентами Армении и Грузии / обеих стран"): its
    agents' states are the parties, as they are of "ратифицирован парламентами" alone
    (sixty-seventh pass, h-agreements84). None where there is none."""
    if pred is None or not is_passive(pred, short=False):
        return None
    return next((c for c in pred.children if c.dep_ == "conj" and c.lemma_ in RATIFY), None)


def _not_done(verb: Token) -> bool:
    """A verb negated or refused, itself or by the verb of its infinitive ("не подписал",
    "отказался ратифицировать", "не стал подписывать")."""
    governed = is_infinitive(verb) and verb.head.i != verb.i
    return negated(verb) or refused(verb) or governed and negated(verb.head)


def two_sides(r: Reading) -> bool:
    """Two parties, or a named signer for himself with a party ("Хорхе Рамос подписал
    контракт с клубом «Бенфика»"): a contract of firms or of a person with a club is a paper
    too (the gold's convention); an unnamed player's or coach's is not, nor one whose signer
    acts for the one party or is an official ("Министр энергетики Узбекистана … подписал
    дорожную карту", "Губернатор Техаса … подписал контракт на строительство стены")."""
    return len(r.parties) >= 2 or bool(r.parties and r.for_self)


def _signed_by_nobody_named(pred: Token, r: Reading, title: Title) -> bool:
    """An undated passive signing with no agent ("Кроме того, подписано соглашение о …") in
    a report of two sides is theirs; a dated one ("был подписан в 1968 году") or one from the
    lexicon of multilateral treaties may be anybody's, and one with an agent ("подписанный
    восемью странами региона") is the agent's. A planned one ("…, которое будет подписано в
    мае", "…, а меморандум о туризме будет подписан в сентябре") is theirs, dated or not: a
    time to come names no old paper (sixtieth pass, h-agreements68); so is one of the report's
    year or the year before that its title names ("Контракт на поставку … был заключён в
    апреле прошлого года"): a step of the sides' dealings the report goes on from, not a paper
    of another era; a bare "Соглашение было подписано в марте" may be the paper of what they
    agreed on (sixty-second pass, h-agreements75)."""
    recent = r.named and _of_recent_years(r.date, r.doc_date)
    return _agentless_signing(pred, r, title) and (not r.date or r.status == "planned" or recent)


def _of_recent_years(value: str, doc_date: str) -> bool:
    """Whether an ISO date falls in the document's year or the year before it."""
    year, now = value[:4], doc_date[:4]
    return year.isdigit() and now.isdigit() and 0 <= int(now) - int(year) <= 1


def _has_agent(pred: Token) -> bool:
    """A passive signing's agent: an instrumental of a side, a person or the parse's agent
    (not "летом", "в Москве")."""
    return any(
        c.dep_ in AGENT
        and "Ins" in c.morph.get("Case")
        and (c.dep_ == "obl:agent" or c.lemma_ in PAIR_WORDS or is_animate(c))
        for c in pred.children
    )


def _agentless_signing(pred: Token, r: Reading, title: Title) -> bool:
    """A passive verb that signs the paper, told done or to be done, with no agent, of no
    paper the lexicon knows (a multilateral treaty may be anybody's)."""
    passive = is_passive(pred, short=False) and _signs_or_adopts(pred, title)
    told = r.status in ("signed", "planned")
    return passive and not _has_agent(pred) and told and title.entry is None


def _signs_or_adopts(pred: Token, title: Title) -> bool:
    """A signing word, or one adopting a plan or roadmap ("утверждена «дорожная карта»"), which
    the sides approve as they sign a paper, as "Стороны утвердили «дорожную карту»" tells
    (sixty-first pass, h-agreements71)."""
    return signs(pred) or pred.lemma_ in ADOPT and title.kind == "Programme"


def _signed_today_in_a_turn(ctx: Context, r: Reading, pred: Token) -> bool:
    """An agentless signing ("Сегодня подписаны соглашение о … и меморандум о …") in a turn
    of a transcript of two leaders' statements (`turn_sides`), undated or of the document's
    day: the two speakers' states signed it, as "мы подписали" there says (`_speakers_we`);
    a paper told of an earlier day ("в 1992 году был подписан договор") may be anybody's, and
    one in a sentence naming a third state that state's (an agent the parse hung elsewhere)."""
    if r.date not in ("", ctx.document.date) or not _agentless_signing(pred, r, r.title):
        return False
    start, end = r.sent.start_char, r.sent.end_char
    sides = set(turn_sides(ctx).values())
    others = any(m.type == "State" and m.entity not in sides for m in ctx.mentions_in(start, end))
    return not others and bool(turn_speaker(ctx, start, end))


def _sides_pointed_back(ctx: Context, r: Reading, pred: Token) -> list[str]:
    """The sides of a paper a word points back with ("Армения и Фиджи установили
    дипломатические отношения. Соответствующее совместное коммюнике подписали …"): those of
    what it refers to, the two states the sentence before names, else the pair "двух стран"
    its signers are of names; none for a paper told without such a word."""
    if not any(c.lemma_ in POINTING_BACK for c in r.title.head.children):
        return []
    before = sentence_before(r.sent)
    if before is not None:
        told = ctx.mentions_in(before.start_char, before.end_char, "State")
        states = list(dict.fromkeys(m.entity for m in told))
        if len(states) == 2:
            return states
    signers = [c for c in pred.children if c.dep_ == "nsubj"]
    word = next((w for s in signers if (w := pair_word(s))), "")
    return list(named_pair(ctx, word, r.sent.end_char))


def _pair_of_topic(ctx: Context, r: Reading) -> list[str]:
    """The sides of a paper titled by its relative clause's noun (`relative_topic`), where
    that noun's phrase is between the report's pair ("строительство нефтепровода между
    двумя странами, соглашение о котором …") or "стороны" discuss it: the report's pair."""
    topic = relative_topic(r.title.head)
    if topic is None:
        return []
    sides = topic.head.lemma_ == "сторона" or any(
        c.dep_ == "nsubj" and c.lemma_ == "сторона" for c in topic.head.children
    )
    word = pair_word(topic) or ("два" if sides else "")
    return list(named_pair(ctx, word, r.sent.end_char))


def _private_subject_before(ctx: Context, sent: Sent) -> bool:
    """Whether the sentence before an agentless signing tells of a private side: its subject
    is a person of a private role ("бизнесмен"; a pronoun: the last person named before it)
    or a firm ("Он прошёл обследования в космическом агентстве. После этого был подписан
    договор о полёте": his contract, no paper of the report's two states). Pass forty-sixth,
    h-events120."""
    before = sentence_before(sent)
    if before is None:
        return False
    for subject in (c for c in before.root.children if c.dep_ in ("nsubj", "nsubj:pass")):
        if subject.pos_ == "PRON":
            named = [m for m in ctx.mentions if m.end <= subject.idx and m.type == "Person"]
            told = named[-1] if named else None
        else:
            told = mention_at(ctx, subject)
        if told is not None and (private_role(ctx, told.entity) or private_body(ctx, told.entity)):
            return True
    return False


def _pair_of_sides(ctx: Context, sent: Sent) -> list[str]:
    """The report's two states as the sides of an agentless signing in `sent`, as the text
    has told them by its end (`pair_by`), where each is named as a state at least once: by
    a noun (its name, its capital) or by the adjective of its official, body, side or
    meeting ("китайский премьер", "бразильская делегация", "индийско-японский саммит",
    "египетские и турецкие министры"). States told only as a
    traveller's, a craft's or a firm's nationality ("стал вторым бразильским космонавтом",
    "на китайском корабле") make no report of two sides: the paper is the traveller's."""
    pair = list(pair_by(ctx, sent.end_char))
    return pair if all(_named_as_side(ctx, state) for state in pair) else []


def _named_as_side(ctx: Context, state: str) -> bool:
    """Whether a mention names `state` by a noun, or by an adjective of a word that acts for
    it (an official, a state body, "сторона") or of a meeting of states; an adjective
    coordinated with another ("египетские и турецкие министры") qualifies that one's noun."""
    for m in ctx.mentions:
        if m.entity != state:
            continue
        if m.via != "adjective":
            return True
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root.head
        while head.pos_ == "ADJ" and head.head.i != head.i:
            head = head.head
        if head.lemma_ in SIDE_WORDS or official_title(head):  # `official_title`: ACTING_FOR too
            return True
        if head.lemma_ in _MEETING_WORDS and not _of_private_people(head):
            return True
    return False


def _of_private_people(meeting: Token) -> bool:
    """A meeting of people who act for no state ("встреча предпринимателей", "саммит
    бизнесменов"): a genitive of an animate noun that is no official."""
    return any(
        c.dep_ == "nmod" and is_animate(c) and not official_title(c) for c in meeting.children
    )


def _keepers(ctx: Context, r: Reading, verb: Token, bound: bool = False) -> None:
    """An unnamed agreement's parties from the states that do something with it ("Египет и
    Израиль соблюдают мирный договор"), or that it binds or that have it (`bound`, also as
    the subject of a passive, the object or by "у": "Чили и Перу связаны договором",
    "Договор связал Чили и Перу", "у Чили и Перу есть договор"), when they are two or more."""
    told = Reading(r.title, r.sent)
    read_subjects(ctx, told, verb, states_only=True)
    held = [c for c in verb.children if bound and c.i != r.title.head.i
            and (c.dep_ in _BOUND or preposition(c) == "у")]  # fmt: skip
    for t in (x for c in held for x in conjuncts(c)):
        read_subject(ctx, told, t, False, True)
    if len(told.parties) >= 2:
        r.parties += [p for p in told.parties if p not in r.parties]


def _keeping_sides(ctx: Context, r: Reading, pred: Token | None) -> None:
    """The sides of a paper of fewer than two parties read from those that keep, carry out,
    are bound by or have it (`_keepers`), and the pair a word for it names that keeps a
    titled paper "с X" (`_pair_keeping`)."""
    head = r.title.head
    if not r.named and len(r.parties) < 2 and head.dep_ == "obj":
        _keepers(ctx, r, head.head)
    elif pred is None and _only_with_sides(r) and head.dep_ == "obj":
        _pair_keeping(ctx, r, head.head)
    elif len(r.parties) < 2 and (carrier := carrying_out(head)) is not None:
        _keepers(ctx, r, carrier)
    elif len(r.parties) < 2 and (binder := binding(head)) is not None:
        _keepers(ctx, r, binder, bound=True)


def _only_with_sides(r: Reading) -> bool:
    """A titled paper whose only parties read are its "с"-sides ("соглашение о свободной
    торговле с Египтом")."""
    return r.named and bool(r.parties) and set(r.parties) <= set(r.title.with_parties)


def _pair_keeping(ctx: Context, r: Reading, verb: Token) -> None:
    """The pair a word for it names that keeps or carries out a singular paper "с X" ("Обе
    страны выполняют соглашение о свободной торговле с Египтом", verbs of `keep`): X's
    other side, so both of the pair are parties beside X, as they are of a paper "с X" they
    sign; not "наша страна" (the speaker's) nor named states, which may keep another's paper
    as guarantors, nor a pair that discusses or criticises it."""
    if verb.lemma_ not in KEEP or is_plural(r.title.head):
        return  # "обсудили", "критикуют"; "выполняют соглашения о … с X": each its own
    told = Reading(r.title, r.sent)
    for t in (x for c in clause_subjects(verb, SUBJECTS) for x in conjuncts(c)):
        if sides_word(t):
            read_subject(ctx, told, t, False, True)
    if len(told.parties) >= 2:
        r.parties += [p for p in told.parties if p not in r.parties]


def with_parties(ctx: Context, sent: Sent, head: Token, pred: Token | None) -> list[str]:
    """States and organizations in a "с X" or "между X и Y" phrase attached to the
    agreement or its predicate ("Между Вьетнамом и Индонезией действует соглашение"), and
    the state of a title there ("подписал с президентом Бразилии меморандум"); not the "с"
    of a topic of standing by a state ("о солидарности с Перу": `Scanner.supported`)."""
    others = _coordinated_papers(head)
    targets = ({head.i} | ({pred.i} if pred is not None else set()) | {head.head.i}) - others
    out = []
    for t in sent:
        if not any(c.lower_ in ("с", "со", "между") and c.dep_ == "case" for c in t.children):
            continue
        if t.head.lemma_ in SUPPORTS and t.head.i > head.i:
            continue  # "декларация о солидарности с Перу": the topic's, no side
        for x in conjuncts(t):
            if not within_hops(t, targets, 3) or within_hops(t, others, 3):
                continue
            m = firm_for_adjective(ctx, x, mention_at(ctx, x))  # "с саудовской ACWA Power"
            if m is None and (union := referred_union(ctx, x, conjuncts(t))):
                out.append(union)  # "между блоком и Европейским союзом": the bloc named before
                continue
            if m is None and x.lemma_ in FIRMS and (firm := name_after(ctx, x)) is not None:
                m = firm if firm.type == "Organization" else None  # "с компанией Airbus"
            if m is None and x.lemma_ in ACTING_FOR:  # "с премьер-министром Эфиопии"
                out += [s for s in title_states(ctx, x) if s not in out]
            person = ctx.entity(m.entity) if m is not None and m.type == "Person" else None
            if person is not None and person.state.startswith("state/"):  # "с Эрдоганом"
                out += [person.state] if person.state not in out else []
            if m is None or m.type not in ("State", "Organization") or of_a_firm(x, m):
                continue  # "между ганской и тоголезской компаниями": the firms', no state's
            side = body_state(ctx, m) if m.type == "Organization" and state_body(ctx, m) else ""
            out.append(side or m.entity)  # "с Министерством финансов Кипра": Cyprus
    return out


def _with_a_firm(sent: Sent, head: Token, pred: Token | None) -> bool:
    """Whether a "с"-phrase on the paper or its predicate is a firm by its common noun ("с
    китайской компанией Huawei"), or its "между"-phrase is ("договор о поставке чая между
    компаниями": forty-ninth pass, h-orgs56): the firm is the other side, not the state of
    its adjective nor the report's other state."""
    targets = {head.i} | ({pred.i} if pred is not None else set())
    return any(
        t.lemma_ in FIRMS
        and any(c.lower_ in ("с", "со", "между") and c.dep_ == "case" for c in t.children)
        and within_hops(t, targets, 2)
        for t in sent
    )


def _of_firms(ctx: Context, head: Token) -> bool:
    """Whether the paper is firms' by a bare genitive of their common noun with no name
    after it ("говорится в совместном заявлении компаний"): a press statement, no side kg can
    name (`_firms_deal`), not the report's."""
    return any(
        c.dep_ == "nmod"
        and c.lemma_ in FIRMS
        and not any(x.dep_ == "case" for x in c.children)
        and name_after(ctx, c) is None
        for c in head.children
    )


def _coordinated_papers(head: Token) -> set[int]:
    """Other papers coordinated with the agreement ("ратифицировал соглашение с Турцией о
    газе, а также договор о дружбе между Суданом и Эфиопией"): their "с" and "между" sides
    are theirs. The parse may hang the second paper on the first one's topic ("соглашение с
    Данией о рыболовстве и протокол о …")."""
    first = head
    if head.dep_ == "conj":
        first = head.head
        for _ in range(2):
            if first.lemma_ in kinds() or first.head.i == first.i:
                break
            first = first.head
    return {t.i for t in conjuncts(first) if t.i != head.i and t.lemma_ in kinds()}


def _with_unnamed(ctx: Context, sent: Sent, head: Token, pred: Token | None) -> str:
    """A "с"-phrase of people kg names no state or organization for ("соглашение с
    палестинцами", "с повстанцами"), as written, else "": the other side is not the
    document's other state, and an unnamed paper is titled by it, not by its one party."""
    t = with_someone(sent, head, pred)
    if t is None or t.pos_ != "NOUN" or mention_at(ctx, t) is not None:
        return ""
    if t.lemma_ in ACTING_FOR and title_states(ctx, t):
        return ""  # "с премьер-министром Эфиопии": a side `with_parties` names
    case = next(c for c in t.children if c.lower_ in ("с", "со") and c.dep_ == "case")
    return t.doc[case.i : t.i + 1].text.lower()


def _with_a_person(ctx: Context, r: Reading, pred: Token | None) -> bool:
    """A contract with one person, not an agreement between states: "контракт с 55-летним
    специалистом", "соглашение с Венгером" (a person who holds no state's office). A people
    in the plural is a side ("соглашение с палестинцами", "с талибами"), and so is the
    holder of an office ("соглашение с премьер-министром Эфиопии")."""
    t = with_someone(r.sent, r.title.head, pred)
    if t is None or "Sing" not in t.morph.get("Number"):
        return False
    m = mention_at(ctx, t)
    if m is not None:
        person = ctx.entity(m.entity) if m.type == "Person" else None
        return person is not None and not person.state
    return t.lemma_ not in ACTING_FOR and not any(c.dep_ == "nmod" for c in t.children)


def _signed_by_a_private_noun(ctx: Context, r: Reading, pred: Token | None) -> bool:
    """A paper of no named side that persons signed or concluded whom the text names only
    by a private role ("Футболист подписал договор о переходе", "Турист заключил договор о
    полёте"; `private_noun`): his own contract, whose sides kg cannot name, so no row (a
    treaty needs states; an Agreement of no side and no signer states nothing). Not where
    a name goes with the role (his signature: "Нападающий Пьер Дюран подписал"), nor an
    official's or a state's ("Министр подписал договор"), nor one "с" a club or firm, whose
    paper it is. Forty-ninth pass, h-agreements35."""
    if r.parties or r.firms or pred is None or not signs(pred):
        return False  # "Игрок подписал контракт с новым клубом": the club's (`club_moved_to`)
    subjects = [x for c in pred.children if c.dep_ in SUBJECTS for x in conjuncts(c)]
    return bool(subjects) and all(
        private_noun(x) and mention_at(ctx, x) is None and apposed_person(ctx, x) is None
        for x in subjects
    )


def _bodies_beside_states(ctx: Context, r: Reading) -> set[str]:
    """A state's body its sentence names beside that state among the parties: the title
    reads "с Министерством финансов Кипра" as the ministry, `with_parties` as Cyprus, and
    the body stands for its state, one side ("Boeing заключила мировое соглашение с
    Министерством юстиции США": Boeing, USA)."""
    sent = r.sent
    return {
        m.entity
        for m in ctx.mentions_in(sent.start_char, sent.end_char, "Organization")
        if m.entity in r.parties and state_body(ctx, m) and body_state(ctx, m) in r.parties
    }


def _sides(sent: Sent, head: Token, pred: Token | None) -> list[list[Token]]:
    """The coordinated sides a sentence gives a paper: a "между X и Y" on it or its
    predicate, and two or more subjects of its verb ("X и Y подписали")."""
    targets = {head.i} | ({pred.i} if pred is not None else set()) | {head.head.i}
    out = [
        conjuncts(t)
        for t in sent
        if any(c.lower_ == "между" and c.dep_ == "case" for c in t.children)
        and within_hops(t, targets, 3)
    ]
    if pred is not None and pred.pos_ in ("VERB", "AUX"):
        out += [conjuncts(c) for c in pred.children if c.dep_ in SUBJECTS]
    return [s for s in out if len(s) > 1]


def _no_two_states(ctx: Context, sides: list[Token]) -> bool:
    """Persons among a paper's sides that make it no two states' paper: one kg places in no
    state or a name it does not know beside them ("между Шольцем и Макроном" where Macron's
    office is not told, "Эрдоган и бизнесмен Петров подписали"), or all of one state ("между
    Путиным и Медведевым"). A one-party paper of one of them is a fact the text does not
    state."""
    found = [(x, mention_at(ctx, x) or apposed_person(ctx, x)) for x in sides]
    persons = [ctx.entity(m.entity) for _, m in found if m is not None and m.type == "Person"]
    if not persons:
        return False
    if any(m is None and x.pos_ == "PROPN" for x, m in found):  # "Макроном"
        return True
    if any(p is None or not p.state for p in persons):
        return True
    return len(persons) == len(sides) and len({p.state for p in persons if p}) == 1
