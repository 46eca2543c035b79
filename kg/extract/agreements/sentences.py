"""The agreement mentions of one sentence, each read with its title, status, date and sides.

Every head noun a sentence reads as a paper (`titles.py`) gets a `Reading`: a title from the
lexicon or after it, whether it is named, restated or bracketed, what the predicate says
happened to it (`status.py`), its date and place (`dates.py`) and its sides (`subjects.py`,
`parties.py`).

Split out of extract.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Span as Sent
from spacy.tokens import Token

from kg.doc_text import span_text
from kg.extract.agreements.arrangements import (
    ARRANGING,
    EXCHANGING,
    agreed_level,
    arrangement_at,
    of_an_event,
    own_paper_words,
)
from kg.extract.agreements.dates import (
    _gapped,
    _place,
    concluded_on,
    gap_date,
    governed_date,
    in_force_since,
    met_on,
    verb_day,
)
from kg.extract.agreements.fact_building import historic
from kg.extract.agreements.listed import among_signed, listed_including, listed_topics
from kg.extract.agreements.parties import (
    listed_among,
    package_sides,
    read_parties,
    signing_word,
    two_sides,
    with_parties,
)
from kg.extract.agreements.reading import (
    AGENT,
    SIDED,
    SUBJECTS,
    Reading,
    head_words,
    mention_at,
    titled_document,
)
from kg.extract.agreements.sittings import (
    Sitting,
    of_its_sitting,
    recorded_sitting,
    untitled_protocol,
)
from kg.extract.agreements.status import (
    ADOPT,
    DISCUSS,
    INITIALLING,
    RATIFY,
    SIGN,
    adopting,
    concluded_over_talks,
    framed,
    in_force,
    leaving,
    left_by_noun,
    never_concluded,
    paid_under,
    predicate,
    signs,
    status_of,
    talks_on_unsigned,
    unsigned_status,
)
from kg.extract.agreements.subjects import _dative, read_subject, read_subjects
from kg.extract.agreements.title_words import (
    SPEECH_NOUNS,
    STATUS_WORDS,
    Title,
    entry_at,
    kinds,
    may_start_alias,
)
from kg.extract.agreements.titles import (
    listed_topic_title,
    may_head,
    proper_adjective,
    read_title,
)
from kg.extract.common.attribution_words import reporting_lemmas
from kg.extract.common.pair import main_pair
from kg.extract.common.words import conjuncts
from kg.extract.context import Context
from kg.lexicon import load_groups, load_list
from kg.nlp.deps import circumstance_noun, first_noun_conjunct, preposition
from kg.nlp.marks import DASHES_OR_HYPHEN
from kg.nlp.morph import features, is_finite, is_noun, is_plural

# A lease, a settlement, a licence or a sponsorship deal is one as well, by a word of its
# title: the gold counts them papers ("Шри-Ланка и Китай заключили договор аренды порта",
# "Boeing заключила мировое соглашение с Министерством юстиции США", "Nokia и Samsung
# подписали лицензионное соглашение"); a home rent or a settlement of unnamed sides names
# none ("договор аренды квартиры", "Истец и ответчик заключили мировое соглашение"). So is a
# programme of exchange (`non_titles.exchange_programme`): "Чили и Перу подписали программу
# культурного обмена", not a student's ("училась в Чили по программе обмена"); an agreement
# on an exchange is a paper with or without sides ("выйти из соглашения об обмене информацией").
_NEEDS_SIDES = frozenset(["аренда", "арендный", "мировой", "лицензионный", "спонсорский"])
_EXCHANGE = "обмен"


_NONE = {"ни", "никакой", "никакого", "никакое", "никаких", "ни одного", "ни одно"}


def _sentence(ctx: Context, sent: Sent, dates: dict[int, tuple[int, str]]) -> list[Reading]:
    out: list[Reading] = []
    used: set[int] = set()
    for t in _may_read(ctx, sent):
        if t.i in used:
            continue
        if topics := _topics_listed(ctx, t, dates):
            used.update(x.i for title in topics for x in title.tokens)
            out += [_listed_paper(ctx, title, sent, dates) for title in topics]
            continue
        sitting = _sitting_recorded(t) if t.lemma_ in kinds() else None
        signed = sitting is not None or _signed_paper(t) or _signed_under_a_frame(t)
        title = _lexicon_title(t, sent) or (
            read_title(ctx, t, dates, signed) if _may_head(t) else None
        )
        if title is None:
            arranged = arrangement_at(ctx, t)
            if arranged is not None:
                used.update(x.i for x in arranged[0].tokens)
                used.update(own_paper_words(t, arranged[0].head))
                r = Reading(arranged[0], sent, arranged[1], arranged=True,
                            doc_date=ctx.document.date)  # fmt: skip
                r.parties = _arranging_parties(ctx, r, t)
                if r.status == "signed":
                    _date_concluded(ctx, r, t, dates)
                if r.status == "negotiating" or len(r.parties) >= 2 or _exchanged(t, r):
                    out.append(r)  # a settled arrangement of sides it names
            continue
        used.update(x.i for x in title.tokens)
        sitting = sitting if title.tokens[0] == title.head else None  # "Минский протокол"
        if sitting is not None and not of_its_sitting(ctx, title, sitting):
            continue  # "По итогам заседания правительства Чили …": one side's record
        if of_an_event(title.head):
            continue  # "достигли договорённости о встрече": an event ahead
        if agreed_level(title.head):
            continue  # "… о стратегическом партнёрстве": a level of relations (`relations`)
        if _quoted_statement(title.head):
            continue  # "…, — говорится в совместном заявлении двух стран": a publication
        r = _read(ctx, title, sent, dates)
        r.demoted = titled_document(title) and len(r.parties) < 2  # one side: a pointer
        words = head_words(title.head)
        exchange = title.head.lemma_ == "программа" and _EXCHANGE in words
        needs = title.head.lemma_ in SIDED or bool(_NEEDS_SIDES & words) or exchange
        needs = needs or sitting is not None  # a sitting's record is no paper of one side
        sided = title.entry is None and needs
        if sided and not two_sides(r) or r.personal:  # is one of named sides
            continue
        if _denied(title.head):
            continue
        if out and (_restated(title.tokens[0]) or _bracketed(out[-1].title, title)):
            r.same_as = out[-1]
        out.append(r)
    _verb_dates(out)
    return out


def _verb_dates(readings: list[Reading]) -> None:
    """Every paper of one signing verb takes the date that verb governs, whichever paper's
    words the parse hangs it on ("подписали соглашение о газе 9 июня, а также меморандум об
    энергетике": the date hung on the first title's topic; "… соглашение о рыболовстве и
    меморандум о науке 11 июля 2024 года": on the last); not where its papers give the verb
    two dates, nor a paper's own date ("от 12 мая 2010 года", a gapped clause's "а в мае —")."""
    days: dict[int, set[str]] = {}
    for r in readings:
        if r.verb_date[1]:
            days.setdefault(r.verb_date[0], set()).add(r.verb_date[1])
    for r in readings:
        found = days.get(r.verb_date[0], set())
        if len(found) == 1 and (not r.date or r.guessed):
            r.date, r.guessed = next(iter(found)), False


def _topics_listed(ctx: Context, t: Token, dates: dict[int, tuple[int, str]]) -> list[Title]:
    """The titles of the papers a colon's list after papers counted at `t` gives by topic
    alone ("подписали два соглашения: о … и о …"), or none."""
    if t.lemma_ not in kinds() and t.lemma_ != "документ":
        return []
    titles = (listed_topic_title(ctx, t, item, dates) for item in listed_topics(t))
    return [title for title in titles if title is not None]


def _listed_paper(
    ctx: Context, title: Title, sent: Sent, dates: dict[int, tuple[int, str]]
) -> Reading:
    """One paper of a list by topic (`_topics_listed`): read as its counted head is, with
    its status, date and sides, but one paper, not a plural heading; a "документ" of one
    side or none is no paper, as one signed alone is not (`_sentence`)."""
    r = _read(ctx, title, sent, dates)
    r.plural, r.listed = False, True
    r.demoted = titled_document(title) and len(r.parties) < 2  # as a "документ о …" is
    return r


def _quoted_statement(head: Token) -> bool:
    """A statement the text gives the words of ("«…», — говорится в совместном заявлении
    министерств Индии и Франции", "как отмечается в совместном коммюнике"): a publication
    (tests/gold/README.md), not a paper signed; "подписали совместное заявление" stays, and
    so does one a clause on it says was signed ("в заявлении, которое подписали …")."""
    told = head.dep_ == "obl" and head.head.lemma_ in reporting_lemmas()
    inside = any(c.lower_ in ("в", "во") for c in head.children)
    signed = any(  # "в совместном заявлении, которое подписали …", "в коммюнике, подписанном …"
        c.dep_.startswith("acl") and any(t.lemma_ in SIGN for t in c.subtree) for c in head.children
    )
    return head.lemma_ in load_list(SPEECH_NOUNS) and told and inside and not signed


def _exchanged(verb: Token, r: Reading) -> bool:
    """A deal one side accepted in exchange for something ("согласилась на X в обмен на Y")
    needs only that side named: the other is who gives Y, often untold."""
    return verb.lemma_ in EXCHANGING and bool(r.parties)


def _may_read(ctx: Context, sent: Sent) -> Iterator[Token]:
    """The tokens of a sentence `_sentence` may read something at: a title's head noun, an
    arrangement's verb (by lemma) or an alias's first word; most are none, and no `Token` is
    made for them."""
    lemmas, words, pos = ctx.lemmas, ctx.words, ctx.pos
    for i in range(sent.start, sent.end):
        heads = lemmas[i] in kinds() or lemmas[i] == "документ" or lemmas[i] in ARRANGING
        if heads or pos[i] in _ALIAS_POS and may_start_alias(words[i]):
            yield ctx.doc[i]


_TOPIC_PREPS = frozenset({"о", "об", "обо", "по"})


def _signed_paper(t: Token) -> bool:
    """A "документ" with a topic ("о/об/по" + noun) under a signing word ("подписали в Каире
    документ о разграничении границ", "Подписанный в Душанбе документ о прекращении огня",
    "парафировали документ о …"): a paper titled by its topic when two sides sign it (else
    it stays a pointer; so is one the pointer rule gives an earlier paper, `_pointers_first`),
    not "Документ предусматривает …" nor "документы о происхождении товара". So is a head
    that needs a signing (`agreement_kinds.tsv`: "подписали план действий", also after a
    paper it is coordinated with: "подписали соглашение и план действий"; not "план действий
    правительства"), or that the sides adopt ("Стороны утвердили программу … и план действий
    по …": not "Правительство утвердило план", one body's act; sixty-second pass). A head
    that needs naming ("положение") counts so too, and where it is ratified or written with
    a title capital inside its sentence ("Парламент Грузии ратифицировал Положение о …",
    "согласно Положению о …"; not "положение на границе", the situation; sixty-seventh pass,
    h-agreements84)."""
    need = kinds().get(t.lemma_, ("", ""))[1]
    if need == "named" and (_ratified(t) or _title_capital(t)):
        return True
    if need in ("signed", "named"):
        paper = t.head if t.dep_ == "conj" and t.head.lemma_ in kinds() else t
        signed = _under_signing(paper) or paper is not t and _under_signing(t)
        return signed or adopted_by_sides(t, "signed") is not None
    if t.lemma_ != "документ" or "Plur" in t.morph.get("Number"):
        return False
    if not any(_topic_of_paper(c) for c in t.children):
        return False
    return _under_signing(t)


def _under_signing(t: Token) -> bool:
    """Whether a word signs or initials the paper `t` as its object, passive subject or
    participle ("подписали документ", "документ подписан", "подписанный документ")."""
    return _signing_word(t) is not None


def _signing_word(t: Token) -> Token | None:
    """The word that signs or initials the paper `t` (`_under_signing`), or None."""
    over = _verbs_on(t)
    return next(
        (v for v in over if v.pos_ == "VERB" and (signs(v) or v.lemma_ in INITIALLING)), None
    )


def _verbs_on(t: Token) -> list[Token]:
    """The words that may act on the paper `t`: the verb it is the object or passive subject
    of, and its participles ("подписали документ", "документ подписан", "подписанный
    документ")."""
    over = [t.head] if t.dep_ in ("obj", "nsubj:pass") else []
    return over + [c for c in t.children if c.dep_ in ("acl", "amod")]


def _ratified(t: Token) -> bool:
    """Whether a word ratifies the paper `t` ("ратифицировал Положение о …", "Положение …
    ратифицировано", "ратифицированное положение")."""
    return any(v.lemma_ in RATIFY for v in _verbs_on(t))


def _title_capital(t: Token) -> bool:
    """Whether the head `t` is written with a capital inside its sentence and has a topic, as
    a paper's title has ("согласно Положению о совместной деятельности комиссий"; not
    "Положение дел")."""
    titled = not t.is_sent_start and t.text[:1].isupper()
    return titled and any(_topic_of_paper(c) for c in t.children)


def _sitting_recorded(t: Token) -> Sitting | None:
    """The sitting an untitled protocol `t` signed there records
    (`sittings.untitled_protocol`, `sittings.recorded_sitting`: "По итогам заседания подписан
    протокол", "подписали соглашение о … и протокол заседания комиссии"), or None."""
    if not untitled_protocol(t):
        return None
    verb = _signing_word(t) or _signing_word(first_noun_conjunct(t))
    return None if verb is None else recorded_sitting(t, verb)


def _signed_under_a_frame(t: Token) -> bool:
    """A paper of a kind that needs a topic, signed under another paper that frames it
    ("Египет и Судан подписали протокол в рамках соглашения 1959 года", "… протокол в
    соответствии с договором о границе"): a paper to that one, between its signers, whose
    topic is the frame's. The frame hangs on it or on its signing verb, and names no sides of
    its own ("в рамках соглашения между Китаем и Лаосом": whose the protocol is, unsaid)."""
    if kinds().get(t.lemma_, ("", ""))[1] != "topic" or t.dep_ not in ("obj", "nsubj:pass"):
        return False
    verb = t.head
    if not signs(verb):
        return False
    frames = (x for x in t.sent if kinds().get(x.lemma_, ("", ""))[1] == "-" and framed(x))
    return any(
        {x.head, x.head.head} & {t, verb} and not any(w.lower_ == "между" for w in x.subtree)
        for x in frames
    )


def _topic_of_paper(c: Token) -> bool:
    """An "о/об/по" + noun phrase on a "документ" that tells what the paper is about, not
    when or why it was signed ("по итогам переговоров", "по случаю юбилея")."""
    prep = preposition(c)
    if c.dep_ != "nmod" or c.pos_ != "NOUN" or prep not in _TOPIC_PREPS:
        return False
    return prep != "по" or not circumstance_noun(c.lemma_)


def _may_head(t: Token) -> bool:
    """A title's head may be a noun the tagger read as another word when capitalised ("о
    Соглашении между Египтом и Суданом"); only capitalised words whose lemma may head a
    title are parsed again."""
    if not may_head(t):
        return False  # most words: no lemma a title's head has, no parse
    return t.pos_ in ("NOUN", "PROPN") or t.text[:1].isupper() and is_noun(t)


# What an alias that is no head noun's may start with: tested before `may_start_alias`, whose
# lemma of every other token cost a pymorphy3 parse of its lowercase form (~0.1 s CPU per 100
# NEREL documents).
_ALIAS_POS = frozenset({"PROPN", "NOUN", "ADJ", "X"})


def _lexicon_title(t: Token, sent: Sent) -> Title | None:
    """A lexicon agreement at `t`: "ДСНВ", or a head noun before one ("договор по СНВ")."""
    if t.is_space or (
        t.lemma_ not in kinds() and (t.pos_ not in _ALIAS_POS or not may_start_alias(t.text))
    ):
        return None  # neither a head noun nor the start of an alias (most tokens)
    # a head noun, a preposition and an alias of at most 5 words (`entry_at` reads 5)
    rest = list(itertools.islice((x for x in sent[t.i - sent.start :] if not x.is_space), 7))
    start, found = 0, None
    if t.lemma_ in kinds() and len(rest) > 1:
        start = 2 if rest[1].lower_ in ("по", "о", "об") else 1
        found = entry_at(rest[start:], after_head=True)
        if found is not None and start == 1 and not _alias_topic(rest[1 + found[1] :]):
            found = None
    if found is None:
        start, found = 0, entry_at(rest)
        if found is None or t.pos_ not in _ALIAS_POS:
            return None
    entry, n = found
    tokens = rest[: start + n]
    title = Title(_root(tokens), entry.kind, entry.title, entry.words, tokens)
    title.entry = entry
    return title


def _alias_topic(after: list[Token]) -> bool:
    """Whether an alias right after a head noun, with no preposition, names the head's
    topic ("договор РСМД", "соглашения ЕАЭС"): the title does not go on with another side or
    its own topic ("Соглашение ЕАЭС и Вьетнама о свободной торговле", "соглашению ЕАЭС о
    зоне свободной торговли": the union is a side, not its founding treaty)."""
    return not after or after[0].lower_ not in ("и", "о", "об", "с", "между")


def _root(tokens: list[Token]) -> Token:
    """The word of a title the rest hang on ("соглашению" of "Парижскому соглашению"): what
    the sentence does with the agreement (joins it, leaves it) is said of that word."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])


def _restated(first: Token) -> bool:
    """ "… — это договор СНВ-3": the agreement restates the one before it."""
    doc = first.doc
    i = first.i - 1
    return i > 0 and doc[i].lower_ == "это" and doc[i - 1].text in DASHES_OR_HYPHEN


def _bracketed(before: Title, title: Title) -> bool:
    """ "Договор о стратегических наступательных вооружениях (СНВ-3)": a lexicon abbreviation
    in brackets right after a title names that title's paper, however the text words it, when
    the title is of its kind ("договор"); a paper on it ("соглашение о мониторинге соблюдения
    Договора о нераспространении ядерного оружия (ДНЯО)") is another."""
    i = title.tokens[0].i - 1
    doc = title.head.doc
    if title.entry is None or doc[i].text != "(" or before.tokens[-1].i != i - 1:
        return False
    return before.head.lemma_ == title.entry.title.split()[0].lower()


def _adopted_on(ctx: Context, r: Reading, dates: dict[int, tuple[int, str]]) -> None:
    """A declaration a participle after its title tells adopted, not left, is signed, dated
    by the participle's date (`_adopted_declaration`)."""
    adopted = None if r.left else _adopted_declaration(r.title)
    if adopted is not None and r.status in ("mentioned", "signed"):
        r.status = "signed"  # "Декларация …, принятая 12 мая": concluded then
        r.date = r.date or governed_date(ctx, adopted, r.title, dates)


def _sides_adopting(verb: Token, status: str) -> bool:
    """An adopting verb of the sides, dated as their act (`concluded_on`): plural ("приняли
    совместное заявление"), or a passive that names no body adopting ("По итогам встречи
    принято совместное заявление", "будет принята декларация"); not "Сенат одобрил …",
    "одобрено парламентом": one side's act."""
    if verb.lemma_ not in ADOPT or status not in ("signed", "planned"):
        return False
    return _of_the_sides(verb)


def _of_the_sides(verb: Token) -> bool:
    """A verb of the sides' act: plural ("стороны приняли", "министры подписали"), or a
    passive that names no one acting ("было подписано"); not one body's or person's."""
    if is_plural(verb):
        return True
    if "Pass" not in features(verb, "Voice"):
        return False
    return not any(a.dep_ in AGENT and "Ins" in a.morph.get("Case") for a in verb.children)


def adopted_by_sides(head: Token, status: str) -> Token | None:
    """The verb by which the sides adopt the paper `head` heads, of `status` ("Стороны приняли
    совместную декларацию", "По итогам переговоров принято совместное заявление"): its
    conclusion, which a signing event tells as it tells "подписали" (`events.rules`); None for
    one body's approval ("Сенат одобрил соглашение") or no adoption. Fifty-fourth pass
    (h-agreements48)."""
    verb = adopting(head)
    return verb if verb is not None and _sides_adopting(verb, status) else None


def _adopted_declaration(title: Title) -> Token | None:
    """The participle after a declaration's title that tells it adopted ("Декларация о …,
    принятая 12 мая", "… принятая президентами"): adopting a declaration concludes it, as
    "Стороны приняли декларацию 12 мая" does, so the paper is signed and the participle's
    date is its own. Not one a single body approves ("одобренная парламентом": one side's
    act), nor a paper of another kind: an agreement adopted, ratified or approved on a day
    is dated by its signing, which that day is not (the ontology keeps no adoption date on a
    paper; a ratification is an event of its own)."""
    if title.kind != "Declaration":
        return None
    for c in title.head.children:
        if c.dep_ != "acl" or c.lemma_ not in ADOPT or c.i < title.head.i:
            continue
        agents = [a for a in c.children if a.dep_ in AGENT and "Ins" in a.morph.get("Case")]
        if all(is_plural(a) for a in agents):
            return c
    return None


def _read(ctx: Context, title: Title, sent: Sent, dates: dict[int, tuple[int, str]]) -> Reading:
    head = title.head
    r = Reading(title, sent, plural="Plur" in head.morph.get("Number"), doc_date=ctx.document.date)
    # "Среди подписанных по итогам переговоров документов — X": the participle, not the talks
    listed, among = among_signed(head) or listed_including(head), listed_among(sent)
    pred = listed or predicate(head, title.tokens) or adopting(head) or among
    gap, gapped = _gapped(head) or (None, None)
    if gapped is not None and pred not in (None, gapped):
        gap = None
    elif gapped is not None:  # "…, а Словакия и Венгрия — соглашение о …": the verb before
        pred = gapped
    talks, concluded = pred, concluded_over_talks(pred, title.tokens)
    pred = concluded or talks_on_unsigned(pred, head) or pred
    payer = _settled_by_paying(head) if pred is None else None
    pred = payer or pred
    r.status = "signed" if payer is not None else status_of(pred)
    if span_text(sent).rstrip().endswith("?"):
        r.status = "mentioned"  # "Планируете ли вы заключить соглашение …?" asks, plans nothing
    remnant = _remnant(head, title)  # "…, а меморандум о туризме — нет": not signed
    r.status = "mentioned" if remnant == "denied" and r.status == "signed" else r.status
    r.never = never_concluded(pred)
    r.presumes_signed = _presumes_signed(head, pred)
    since = in_force_since(head, dates, ctx.document.date)  # "действующее с 1995 года"
    if r.status == "negotiating" and pred is not None and _existing(ctx, title, pred, since):
        r.status, r.discussed = "mentioned", True
    if r.status == "mentioned":
        r.status = unsigned_status(head) or r.status
    r.date = title.date_from or since
    r.parties = list(dict.fromkeys(title.states + title.with_parties))
    if title.pair_named:
        r.parties += [p for p in main_pair(ctx, only_two=True) if p not in r.parties]
    if gap is not None and gapped is not None:
        _gap_signing(ctx, r, gap, gapped, dates)
    elif pred is not None and signs(pred) and r.status in ("signed", "planned") and not remnant:
        # not "…, а меморандум о туризме — позже": signed, but not then nor by that verb
        day = governed_date(ctx, pred, title, dates)
        r.date, r.verb_date = r.date or day, (pred.i, verb_day(day, title, dates))
        r.place = _place(ctx, pred, title)
        finite = is_finite(pred) or "Short" in pred.morph.get("Variant")
        r.reported = r.status == "signed" and finite and pred.pos_ in ("VERB", "AUX")
        r.verb = signing_word(pred).i if r.status == "signed" else -1
        _signed_at_meeting(ctx, r, pred, dates)
    elif pred is not None and _sides_adopting(pred, r.status):  # not "Сенат одобрил …"
        _date_concluded(ctx, r, pred, dates)
    r.left = left_by_noun(head) or leaving(head) is not None
    _adopted_on(ctx, r, dates)
    if r.status == "signed" and pred is not None and pred.dep_ == "acl" and leaving(head):
        r.status = "mentioned"  # "денонсировала соглашение, подписанное в 2015 году": its date
    elif r.status == "signed" and left_by_noun(head):  # "одобрил выход из соглашения …"
        r.status, r.reported, r.verb = "mentioned", False, -1
        if pred is None or pred.dep_ != "acl":  # "…, подписанного в 2000 году" dates it
            r.date, r.place = title.date_from, ""
    read_parties(ctx, r, pred, gap)
    package_sides(ctx, r, pred, (listed, among))  # "Среди них — соглашение между X и Y"
    r.parties = list(dict.fromkeys(r.parties + _acting_under(ctx, title, pred)))
    for payee in (c for c in payer.children if c.dep_ == "iobj") if payer is not None else ():
        read_subject(ctx, r, payee, False, False)  # "выплатит компании Masimo": the other side
    if concluded is not None and talks is not None:  # "Сенат одобрил договор, который
        read_subjects(ctx, r, talks, states_only=True)  # Германия и Чехия обсуждали": its sides
    return r


def _presumes_signed(head: Token, pred: Token | None) -> bool:
    """The act its predicate tells presumes the paper signed: its ratification
    ("ратифицирует соглашение"), or an act on another noun that governs it ("подпишут
    поправки к соглашению"), so that a plan of it is no paper yet to be signed
    (`Reading.identity`; fifty-sixth pass, h-agreements59)."""
    if pred is None:
        return False
    if pred.lemma_ in RATIFY:
        return True
    if not pred.is_ancestor(head):  # "проект меморандума, который будет подписан": its own
        return False  # clause, no act on a noun over it (sixtieth pass, h-agreements67)
    t = head
    for _ in range(4):
        if t.head.i in (t.i, pred.i):
            return False
        t = t.head
        if t.pos_ in ("NOUN", "PROPN"):
            return True
    return False


def _signed_at_meeting(
    ctx: Context, r: Reading, verb: Token, dates: dict[int, tuple[int, str]]
) -> None:
    """A paper the sides signed with no date its verb governs, "по итогам"/"в ходе" of talks
    or a gathering ("По итогам саммита стороны приняли декларацию и подписали план …"): the
    meeting's day (`dates.met_on`), as a paper they adopt there takes it, a guess the
    signing event that signs it settles (fifty-fifth pass, h-agreements54). Not the day of
    a gathering of more than two states told before ("саммит МЕРКОСУР с участием …": the
    pair's talks on its sidelines are no gathering the text dates). A paper to be signed at
    a gathering its own words date ("будет подписан в ходе следующего заседания комиссии,
    которое пройдёт в мае") is planned for that day; not for a day the talks before had."""
    if r.date or not _of_the_sides(verb):
        return
    day, told = met_on(verb, dates)
    if r.status == "planned":
        r.date = day if told is None else ""
        return
    if r.status != "signed" or not r.reported:
        return
    if told is not None:
        named = {m.entity for m in ctx.mentions_in(told.start_char, told.end_char, "State")}
        day = "" if len(named) > 2 else day
    r.date, r.guessed = day, bool(day)


def _date_concluded(
    ctx: Context, r: Reading, verb: Token, dates: dict[int, tuple[int, str]]
) -> None:
    """An adopted paper's or a reached arrangement's date where its title gives none
    (`dates.concluded_on`), marked a guess where the text does not give it the act."""
    if not r.date:
        r.date, told = concluded_on(ctx, verb, r.title, dates)
        r.guessed = not told


_REMNANTS = load_groups(STATUS_WORDS)


def _remnant(head: Token, title: Title) -> str:
    """What a contrast's dash after a paper tells of the verb before, which it leaves out: a
    title right after ", а"/", но" and then a dash and one word ending the clause ("…, а
    меморандум о туризме — нет": "denied"; "— позже": "later"); else ""."""
    doc, i = head.doc, title.tokens[0].i - 1
    while i > head.sent.start and doc[i].pos_ in ("ADJ", "DET"):
        i -= 1
    if i <= head.sent.start or doc[i].lower_ not in ("а", "но") or doc[i - 1].text != ",":
        return ""
    end = title.tokens[-1].i + 1
    if end + 2 > head.sent.end or doc[end].text not in DASHES_OR_HYPHEN:
        return ""
    if end + 2 < head.sent.end and doc[end + 2].text not in ",;.!":
        return ""
    word = doc[end + 1].lower_
    return next((g for g in ("denied", "later") if word in _REMNANTS.get(g, ())), "")


def _gap_signing(
    ctx: Context, r: Reading, gap: Sent, verb: Token, dates: dict[int, tuple[int, str]]
) -> None:
    """The date and sides of a paper of a clause whose signing verb `verb` a dash leaves out:
    its own date and states where it has them ("…, а в мае — …", "…, а Словакия и Венгрия —
    …"); else, its subject persons ("…, а министры иностранных дел двух стран — меморандум о
    …"), it is signed at the first clause's signing, on that verb's date and in its event;
    with states of its own and no date of its own, on that verb's date all the same ("3 мая
    Чили и Перу подписали …, а Перу и Эквадор — соглашение о …": 3 May, its own sides)."""
    states = [m.entity for t in gap if (m := mention_at(ctx, t)) and m.type == "State"]
    own = gap_date(gap, dates)
    if not own and r.status == "signed":
        day = governed_date(ctx, verb, r.title, dates)
        r.date, r.verb_date = r.date or day, (verb.i, verb_day(day, r.title, dates))
    if not own and not states and r.status == "signed":
        r.reported = is_finite(verb) and verb.pos_ in ("VERB", "AUX")
        r.verb = signing_word(verb).i
    r.date = r.date or own
    r.parties = list(dict.fromkeys(r.parties + states))


_RECEIVERS = frozenset({"у", "с", "со"})  # "закупает у Аргентины", "торгует с Перу"


def _acting_under(ctx: Context, title: Title, pred: Token | None) -> list[str]:
    """The sides of a paper an act is done under, which no predicate concludes (`pred` None:
    "в рамках соглашения 2018 года Китай поставит Пакистану", "в соответствии с договором
    2010 года Индия передаст Бангладеш"): the states that act's verb has as its subject and
    as its bare dative or "у"/"с" object; both or none, as a paper of one state alone is not
    told by its act; none for a paper of a name of its own ("в рамках Парижского соглашения
    Индия и Бразилия сократят выбросы": not theirs alone)."""
    head = title.head
    if pred is not None or not framed(head) or head.dep_ not in ("obl", "nmod"):
        return []
    if _named_paper(title):
        return []
    over = head.head  # "в рамках соглашения": the frame noun, the verb over it
    verb = over.head if over.pos_ == "NOUN" else over
    if verb.pos_ != "VERB":
        return []
    words = [c for c in verb.children if c.dep_ in SUBJECTS]
    words += [c for c in verb.children if c.dep_ in ("iobj", "obl")
              and c.i != over.i and (_dative(c) or preposition(c) in _RECEIVERS)]  # fmt: skip
    found: list[str] = []
    for t in (x for w in words for x in conjuncts(w)):
        m = mention_at(ctx, t)
        if m is not None and m.type == "State" and m.entity not in found:
            found.append(m.entity)
    return found if len(found) == 2 else []


def _settled_by_paying(head: Token) -> Token | None:
    """The verb of paying under a settlement ("Банк ING заплатит 775 млн евро по мировому
    соглашению с прокуратурой Нидерландов"): the settlement is reached, its payer a side;
    None for another paper paid under, which may be an old one ("по соглашению 2010 года")."""
    return paid_under(head) if "мировой" in head_words(head) else None


def _existing(ctx: Context, title: Title, pred: Token, since: str) -> bool:
    """A paper a name or the lexicon gives, one dated decades before the document
    (`historic`: "обсудили египетско-суданское соглашение 1959 года"; h-agreements38), one
    a relative clause tells in force (`status.in_force`: "…, которое вступило в силу в 2020
    году"; sixty-fourth pass, h-agreements80) or in force `since` a year before ("…,
    действующее с 1995 года"; sixty-eighth pass, h-agreements85), which a
    verb of discussing only talks about, not negotiates: "обсудили Парижское соглашение",
    "Минские соглашения", "Киотский протокол" (not "обсудили соглашение о торговле", "…
    соглашение о водах 2020 года", nor "проект Шушинской декларации")."""
    if pred.lemma_ not in DISCUSS or pred.i != title.head.head.i:
        return False
    told = in_force(title.tokens) or bool(since)
    return _named_paper(title) or historic(ctx, title.date_from) or told


def _named_paper(title: Title) -> bool:
    """A paper with a name of its own: a proper adjective ("Парижское соглашение", "Киотский
    протокол") or the lexicon's."""
    named = any(proper_adjective(t, title.head) for t in title.tokens if t.i < title.head.i)
    return named or title.entry is not None


def _denied(head: Token) -> bool:
    """A paper the text says there is none of ("не подписали ни одного соглашения", "не
    достигнуто никаких договорённостей между X и Y"): no agreement, named or not."""
    return any(c.lower_ in _NONE or c.lemma_ == "никакой" for c in head.subtree if c.i < head.i)


def _arranging_parties(ctx: Context, r: Reading, verb: Token) -> list[str]:
    """Who tries to agree: the subjects of "договориться" and its "с X"."""
    read_subjects(ctx, r, verb)
    return r.parties + [p for p in with_parties(ctx, r.sent, verb, None) if p not in r.parties]
