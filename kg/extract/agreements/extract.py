"""Agreements a document reports: title, kind, status, date, place, parties, signatories.

Every agreement head noun ("договор", "соглашение", "совместное заявление", …)
is read once per sentence (see titles.py and status.py). Then:
- named mentions of one agreement in a document are fused by their key words, and
  a title whose key words a longer title of the document contains joins it
  ("Соглашение по ФСЭГ" and "Соглашение о создании ФСЭГ"); a title that only says
  who concludes it ("межправительственное соглашение") is a bare reference when the
  document names an agreement of its kind otherwise;
- bare references ("этот документ", "декларация", "Договор") join the nearest
  preceding named agreement of their kind, else the nearest following one, else
  the only one the document names; "документ" only with a determiner or right
  after an agreement; plural and "новое/другое соглашение" never join one;
- an agreement referred to only generically is a fact only when it carries more:
  a signing, plan or talks with a named party. It is then titled by kind and
  parties: "Соглашение между Казахстаном и Росатомом".
- a side missing from a bilateral agreement ("Договор … с Россией") is the
  speaker's state, else the other state of the document's main pair.
Keys: `fact_key("agreement", key words, "|", parties)`, the key words being
lemmas of the title without states (the states are the parties), so case, ё,
inflection and "между Москвой и Вашингтоном" vs "между Россией и США" do not
split one agreement. Ratification counts as "signed" (the contract has no
"ratified"). Dates are signing dates: "от <date>" after the title, or a date
governed by the signing verb (never a ratification's or a law's date).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.tokens import Span as Sent
from spacy.tokens import Token

from kg.doc_text import span_text
from kg.extract.agreements.arrangements import ARRANGING, EXCHANGING, arrangement_at, of_an_event
from kg.extract.agreements.fact import Agreement
from kg.extract.agreements.status import (
    ADOPT,
    LET,
    RANK,
    RATIFY,
    SIGN,
    adopting,
    binding,
    carrying_out,
    concluded_over_talks,
    framed,
    leaving,
    leaving_meant,
    left_by_noun,
    never_concluded,
    paid_under,
    predicate,
    refused,
    signs,
    status_of,
    talks_noun,
    talks_on_unsigned,
    unsigned_status,
)
from kg.extract.agreements.titles import (
    FIRMS,
    MEETINGS,
    NOT_SAME,
    SPEECH_NOUNS,
    TOPICAL,
    Entry,
    Title,
    entry_at,
    genitive_or_foreign,
    kinds,
    may_head,
    may_start_alias,
    proper_adjective,
    quoted_after,
    read_title,
)
from kg.extract.common.attribution import reporting_lemmas
from kg.extract.common.date_bounds import date_tokens, is_term_or_limit, noun_dated
from kg.extract.common.pair import (
    BOTH,
    PAIR_WORDS,
    UNIONS,
    body_state,
    is_side,
    main_pair,
    other_side,
    pair_word,
    speaker_state,
    states_named,
)
from kg.extract.common.words import called, compared, conjuncts, lem, word_lemma
from kg.extract.context import Context
from kg.extract.identity import HISTORY_YEARS, Identity, same_fact
from kg.lexicon import load_groups, load_list
from kg.model import Mention
from kg.model import Span as Evidence
from kg.nlp.clauses import clause_subjects, contrast_between
from kg.nlp.deps import (
    circumstance_noun,
    co_subjects_hung_below,
    has_preposition,
    is_passive,
    negated,
    preposition,
    sentence_before,
    told_as_reason,
)
from kg.nlp.morph import (
    case_of,
    cases_of,
    is_animate,
    is_finite,
    is_infinitive,
    is_noun,
    is_plural,
    is_verb,
    morph,
    name_in,
)
from kg.nlp.quote_marks import OPENING
from kg.resolve.body_states import body_word
from kg.resolve.office_holders import OFFICE_KINDS
from kg.resolve.org_naming import STATE_BODIES
from kg.resolve.title_bodies import is_portfolio
from kg.resolve.title_lexicon import TITLES, is_trade
from kg.resolve.unions import union_served

GENERIC_TITLE_WORDS = Path(__file__).with_name("generic_title_words.txt")
OTHER_TIME_WORDS = Path(__file__).with_name("other_time_words.txt")
UNION_ACTS = Path(__file__).with_name("union_acts.txt")
SPORTS_ROLES = Path(__file__).with_name("sports_roles.txt")
TEAM_NOUNS = Path(__file__).with_name("team_nouns.txt")
SPORTS_MARKS = Path(__file__).with_name("sports_marks.txt")

_DETERMINERS = {"этот", "данный", "указанный", "настоящий", "упомянутый", "подписанный"}
_SIGNERS = {"межправительственный", "межгосударственный", "межведомственный"}
_SUBJECTS = {"nsubj"}
# Nouns of an act whose bare genitive does it, standing for a subject ("Решение президента
# Кении отказаться от подписания соглашения с ЕС", "Отказ Египта от подписания …").
_ACTS = frozenset({"отказ", "решение", "намерение", "готовность"})
# Papers that are an agreement only with two sides read (`_two_sides`): a roadmap
# ("дорожная карта") is as often a home plan ("по газификации области"), a contract one of an
# unnamed player ("футболист подписал контракт"), a deal one with a court ("сумма сделки",
# "сделка со следствием").
_SIDED = frozenset(["карта", "контракт", "сделка"])
# A lease, a settlement, a licence or a sponsorship deal is one as well, by a word of its
# title: the gold counts them papers ("Шри-Ланка и Китай заключили договор аренды порта",
# "Boeing заключила мировое соглашение с Министерством юстиции США", "Nokia и Samsung
# подписали лицензионное соглашение"); a home rent or a settlement of unnamed sides names
# none ("договор аренды квартиры", "Истец и ответчик заключили мировое соглашение").
_NEEDS_SIDES = frozenset(["аренда", "арендный", "мировой", "лицензионный", "спонсорский"])
_BOUND = {"nsubj:pass", "obj"}  # the states a paper binds: "связаны договором", "связал Чили"
_NONE = {"ни", "никакой", "никакого", "никакое", "никаких", "ни одного", "ни одно"}
# Titles and bodies that act for the state their genitive names ("президенты Чили и
# Аргентины", "парламент Эстонии"); "журналисты Чили" do not.
_ACTING_FOR = frozenset(k[0] for k in TITLES) | STATE_BODIES | {
    "делегация", "посол", "представитель", "вице-президент", "вице-премьер", "дипломат",
    "переговорщик"}  # fmt: skip
# An executive's title: he signs for the firm it names ("Генеральный директор Airbus").
_EXECUTIVES = frozenset({"директор", "гендиректор", "ceo"})  # "председатель", "президент": TITLES
_AGENT = {"obl", "nmod", "obl:agent"}
_OFFICIAL_KINDS = ("политик", "дипломат")  # kinds of office_kinds.tsv a state's officials hold
_DISCUSS = frozenset({"обсудить", "обсуждать", "обсуждаться"})
_TREATY_OR_AGREEMENT = frozenset({"Treaty", "Agreement"})  # "мирный договор" ~ "мирное соглашение"
_LEADERS = frozenset({"лидер"})  # "Лидеры двух стран": a state's leader holds any office
# what a verb of naming calls a paper it does not speak of as made ("считает соглашение с
# Ираном невозможным", "… плохой идеей", "… ошибкой")
_UNMADE_JUDGEMENTS = frozenset({"возможный", "невозможный", "необходимый", "нужный",
                                "желательный", "маловероятный", "нереальный",
                                "преждевременный", "неизбежный", "идея", "ошибка",
                                "мечта", "цель", "задача", "перспектива",
                                "приоритет"})  # fmt: skip
# a word and its genitive that say so together ("… делом далёкого будущего", "… вопросом
# времени"), though neither alone does ("залогом будущего", "делом чести")
_UNMADE_IDIOMS = frozenset({("дело", "будущее"), ("вопрос", "будущее"), ("дело", "время"),
                            ("вопрос", "время")})  # fmt: skip
_SIDE_WORDS = frozenset({"сторона", "коллега"})  # "датская сторона", "его датский коллега"
# meetings and authorities a state's adjective names it a side by ("индийско-японский саммит",
# "чилийские власти")
_MEETING_WORDS = frozenset({"саммит", "переговоры", "встреча", "консультация", "визит", "власть"})
_MEMBER_WORDS = frozenset({"страна", "государство", "член", "участник"})  # "страны ЕАЭС"


@dataclass
class _Reading:
    """One agreement mention in one sentence."""

    title: Title
    sent: Sent
    status: str = "mentioned"
    date: str = ""
    place: str = ""
    parties: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    plural: bool = False
    never: bool = False  # the text says it was not concluded ("так и не заключили")
    left: bool = False  # a side leaves, suspends or ends it ("вышла из", "одобрил выход из")
    personal: bool = False  # a contract with one person ("контракт с тренером"): none
    unnamed_side: str = ""  # "с палестинцами" of "соглашение с палестинцами": a side kg cannot name
    refused: bool = False  # "отказался подписать": its subject is no party, nor its state
    declined: bool = False  # a refusal to sign, even of a paper "с X": nobody signed it
    reported: bool = False  # signed by a finite verb the report tells ("подписали", "подписано")
    demoted: bool = False  # "межправительственное соглашение" where the text names it
    same_as: _Reading | None = None  # "… — это договор СНВ-3"
    discussed: bool = False  # a paper in force its sentence only talks about
    arranged: bool = False  # told by "договорились о X", not by a paper's noun
    verb: int = -1  # token index of the signing verb that signed it, -1 for none
    firms: bool = False  # a subject or "с"-side is a firm by its common noun ("Компания Airbus")
    for_self: bool = False  # a named signer acts for no state or body ("Защитник Пьер Дюран")

    def identity(self) -> Identity:
        """This mention's identity (`kg.extract.identity`): kind, date and whether it was
        concluded; its parties, often partial in one sentence, are the fact's."""
        status = "never" if self.never else "signed" if self.status == "signed" else ""
        return Identity(self.title.kind, date=self.date, status=status)

    @property
    def firm_side(self) -> bool:
        """A firm is a side, by its common noun ("саудовская компания ACWA Power подписала",
        "с китайской компанией"): the state its adjective names is no missing other side."""
        return self.firms or self.title.with_firm

    @property
    def named(self) -> bool:
        """Named by its own title: "документ" has no kind, so "пакет межправительственных
        документов" names no agreement, it may only refer to one."""
        if self.demoted or not self.title.kind:
            return False
        return bool(self.title.text) or self.title.entry is not None


@dataclass
class AgreementReading:
    """What the agreements of one document are read as: the facts, and where their titles
    stand, so that a signing or ratification knows the agreement it is about."""

    facts: list[Agreement]
    by_token: dict[int, Agreement]  # token index of every word of a title → its agreement
    by_verb: dict[int, list[Agreement]]  # token index of a signing verb → the papers it signed
    # the keys of papers with a side kg names no state for ("соглашение с курдами", a firm)
    unstated: frozenset[str] = frozenset()


def read_agreements(ctx: Context) -> AgreementReading:
    """Every agreement the document reports, fused within the document."""
    return AgreementReading(*_extract(ctx))


def extract_agreements(ctx: Context) -> list[Agreement]:
    return read_agreements(ctx).facts


def _extract(
    ctx: Context,
) -> tuple[list[Agreement], dict[int, Agreement], dict[int, list[Agreement]], frozenset[str]]:
    dates = _date_tokens(ctx)
    readings = [r for sent in ctx.sents for r in _sentence(ctx, sent, dates)]
    _demote_signers_only(readings)
    _pointers_first(readings)
    groups: list[list[_Reading]] = []
    for r in readings:
        if r.same_as is not None and (r.named or r.same_as.named):
            same = next((g for g in groups if r.same_as in g), None)
            if same is not None:
                same.append(r)
                continue
        if r.named:
            same = next((g for g in groups if _same_paper(g[0], r)), None)
            if same is not None:
                same.append(r)
            else:
                groups.append([r])
    generic: list[_Reading] = []
    named = any(r.named for r in readings)
    for i, r in enumerate(readings):
        if r.named or any(r in g for g in groups):
            continue
        target = _antecedent(readings, i, groups)
        if target is not None and _may_stand_for(ctx, r, target):
            target.append(r)
        elif _may_be_generic(r, named):
            generic.append(r)
    groups = [g for g in groups if not g[0].title.private]
    groups = _fuse_paraphrases(_fuse_shorter(groups))
    facts = [(_fact(ctx, g), g) for g in groups] + _generic_facts(ctx, generic)
    facts = [
        (f, g)
        for f, g in facts
        if not _of_private_bodies(ctx, f.parties, g) and not _firms_deal(g) and not _union_act(f, g)
    ]
    out = _merge_by_key(ctx, facts)
    tokens = {t.i: out[id(f)] for f, g in facts for r in g for t in r.title.tokens}
    verbs: dict[int, list[Agreement]] = {}
    for f, g in facts:
        for r in g:
            if r.verb >= 0 and out[id(f)] not in verbs.setdefault(r.verb, []):
                verbs[r.verb].append(out[id(f)])
    unstated = frozenset(
        out[id(f)].key for f, g in facts if any(r.unnamed_side or r.firm_side for r in g)
    )
    return list({id(a): a for a in out.values()}.values()), tokens, verbs, unstated


def _may_be_generic(r: _Reading, named: bool) -> bool:
    """A paper told by its kind alone that may be a fact titled by kind and sides: not a
    "документ", not the plural heading of papers the document names ("подписали
    соглашения"), nor papers counted ("подписали 12 соглашений"), which name no one paper."""
    head = r.title.head
    plural_heading = r.plural and named
    return (
        head.lemma_ != "документ" and _informative(r) and not plural_heading and not _counted(head)
    )


def _same_paper(x: _Reading, r: _Reading) -> bool:
    """Whether `r` names the paper of `x`; a private paper (`Title.private`: employment, a
    settlement, a purchase or a transfer) is one of its own, kept only so that a bare
    "Соглашение было подписано" after it is not taken for one of states."""
    return not (x.title.private or r.title.private) and _same(x, r)


def _date_tokens(ctx: Context) -> dict[int, tuple[int, str]]:
    """Start token index → (end token index, ISO value) of every date in the document."""
    dates = date_tokens(ctx.doc, ctx.document.text, ctx.document.date)
    return {start: (end, d.value) for start, (end, d) in dates.items()}


def _sentence(ctx: Context, sent: Sent, dates: dict[int, tuple[int, str]]) -> list[_Reading]:
    out: list[_Reading] = []
    used: set[int] = set()
    for t in _may_read(ctx, sent):
        if t.i in used:
            continue
        title = _lexicon_title(t, sent) or (
            read_title(ctx, t, dates, _signed_paper(t) or _signed_under_a_frame(t))
            if _may_head(t)
            else None
        )
        if title is None:
            arranged = arrangement_at(ctx, t)
            if arranged is not None:
                used.update(x.i for x in arranged[0].tokens)
                r = _Reading(arranged[0], sent, arranged[1], arranged=True)
                r.parties = _arranging_parties(ctx, r, t)
                r.date = _concluded_on(ctx, t, arranged[0], dates) if r.status == "signed" else ""
                if r.status == "negotiating" or len(r.parties) >= 2 or _exchanged(t, r):
                    out.append(r)  # a settled arrangement of sides it names
            continue
        used.update(x.i for x in title.tokens)
        if of_an_event(title.head):
            continue  # "достигли договорённости о встрече": an event ahead
        if _quoted_statement(title.head):
            continue  # "…, — говорится в совместном заявлении двух стран": a publication
        r = _read(ctx, title, sent, dates)
        r.demoted = _titled_document(title) and len(r.parties) < 2  # one side: a pointer
        needs = title.head.lemma_ in _SIDED or bool(_NEEDS_SIDES & _head_words(title.head))
        sided = title.entry is None and needs
        if sided and not _two_sides(r) or r.personal:  # is one of named sides
            continue
        if _denied(title.head):
            continue
        if out and (_restated(title.tokens[0]) or _bracketed(out[-1].title, title)):
            r.same_as = out[-1]
        out.append(r)
    return out


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


def _exchanged(verb: Token, r: _Reading) -> bool:
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
_INITIAL = frozenset({"парафировать"})  # initialling, a step of concluding it


def _signed_paper(t: Token) -> bool:
    """A "документ" with a topic ("о/об/по" + noun) under a signing word ("подписали в Каире
    документ о разграничении границ", "Подписанный в Душанбе документ о прекращении огня",
    "парафировали документ о …"): a paper titled by its topic when two sides sign it (else
    it stays a pointer; so is one the pointer rule gives an earlier paper, `_pointers_first`),
    not "Документ предусматривает …" nor "документы о происхождении товара"."""
    if t.lemma_ != "документ" or "Plur" in t.morph.get("Number"):
        return False
    if not any(_topic_of_paper(c) for c in t.children):
        return False
    over = [t.head] if t.dep_ in ("obj", "nsubj:pass") else []
    over += [c for c in t.children if c.dep_ in ("acl", "amod")]
    return any(v.pos_ == "VERB" and (signs(v) or v.lemma_ in _INITIAL) for v in over)


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


def _titled_document(title: Title) -> bool:
    """A "документ" `read_title` titled by its topic (`_signed_paper`)."""
    return title.head.lemma_ == "документ" and bool(title.text)


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
    return i > 0 and doc[i].lower_ == "это" and doc[i - 1].text in "—–-"


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


def _read(ctx: Context, title: Title, sent: Sent, dates: dict[int, tuple[int, str]]) -> _Reading:
    head = title.head
    r = _Reading(title, sent, plural="Plur" in head.morph.get("Number"))
    pred = predicate(head, title.tokens) or adopting(head) or _listed_among(sent)
    pred = pred or _listed_after_colon(head)
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
    r.never = never_concluded(pred)
    if r.status == "negotiating" and pred is not None and _existing(title, pred):
        r.status, r.discussed = "mentioned", True
    if r.status == "mentioned":
        r.status = unsigned_status(head) or r.status
    r.date = title.date_from
    r.parties = list(dict.fromkeys(title.states + title.with_parties))
    if title.pair_named:
        r.parties += [p for p in main_pair(ctx, only_two=True) if p not in r.parties]
    if gap is not None:
        r.date = r.date or _gap_date(gap, dates)
        r.parties += [m.entity for t in gap if (m := _mention_at(ctx, t)) and m.type == "State"]
        r.parties = list(dict.fromkeys(r.parties))
    elif pred is not None and signs(pred) and r.status in ("signed", "planned"):
        r.date = r.date or _governed_date(pred, title, dates)
        r.place = _place(ctx, pred, title)
        finite = is_finite(pred) or "Short" in pred.morph.get("Variant")
        r.reported = r.status == "signed" and finite and pred.pos_ in ("VERB", "AUX")
        r.verb = _signing_word(pred).i if r.status == "signed" else -1
    elif pred is not None and pred.lemma_ in ADOPT and r.status == "signed" and is_plural(pred):
        r.date = r.date or _concluded_on(ctx, pred, title, dates)  # not "Сенат одобрил …"
    r.left = left_by_noun(head) or leaving(head) is not None
    if r.status == "signed" and pred is not None and pred.dep_ == "acl" and leaving(head):
        r.status = "mentioned"  # "денонсировала соглашение, подписанное в 2015 году": its date
    elif r.status == "signed" and left_by_noun(head):  # "одобрил выход из соглашения …"
        r.status, r.reported, r.verb = "mentioned", False, -1
        if pred is None or pred.dep_ != "acl":  # "…, подписанного в 2000 году" dates it
            r.date, r.place = title.date_from, ""
    _read_parties(ctx, r, pred, gap)
    r.parties = list(dict.fromkeys(r.parties + _acting_under(ctx, title, pred)))
    for payee in (c for c in payer.children if c.dep_ == "iobj") if payer is not None else ():
        _subject(ctx, r, payee, False, False)  # "выплатит компании Masimo": the other side
    if concluded is not None and talks is not None:  # "Сенат одобрил договор, который
        _subjects(ctx, r, talks, states_only=True)  # Германия и Чехия обсуждали": its sides
    return r


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
    words = [c for c in verb.children if c.dep_ in _SUBJECTS]
    words += [c for c in verb.children if c.dep_ in ("iobj", "obl")
              and c.i != over.i and (_dative(c) or preposition(c) in _RECEIVERS)]  # fmt: skip
    found: list[str] = []
    for t in (x for w in words for x in conjuncts(w)):
        m = _mention_at(ctx, t)
        if m is not None and m.type == "State" and m.entity not in found:
            found.append(m.entity)
    return found if len(found) == 2 else []


def _settled_by_paying(head: Token) -> Token | None:
    """The verb of paying under a settlement ("Банк ING заплатит 775 млн евро по мировому
    соглашению с прокуратурой Нидерландов"): the settlement is reached, its payer a side;
    None for another paper paid under, which may be an old one ("по соглашению 2010 года")."""
    return paid_under(head) if "мировой" in _head_words(head) else None


def _existing(title: Title, pred: Token) -> bool:
    """A paper a name or the lexicon gives, which a verb of discussing only talks about,
    not negotiates: "обсудили Парижское соглашение", "Минские соглашения", "Киотский
    протокол" (not "обсудили соглашение о торговле", nor "проект Шушинской декларации")."""
    if pred.lemma_ not in _DISCUSS or pred.i != title.head.head.i:
        return False
    return _named_paper(title)


def _named_paper(title: Title) -> bool:
    """A paper with a name of its own: a proper adjective ("Парижское соглашение", "Киотский
    протокол") or the lexicon's."""
    named = any(proper_adjective(t, title.head) for t in title.tokens if t.i < title.head.i)
    return named or title.entry is not None


def _read_parties(ctx: Context, r: _Reading, pred: Token | None, gap: Sent | None) -> None:
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
        _subjects(ctx, r, pred, states_only=enacts)
    leaver = _leaving_sides(ctx, r, pred) if gap is None else None
    if (governor := _acting_on(head, pred)) is not None:
        _subjects(ctx, r, governor, states_only=governor.lemma_ in RATIFY | ADOPT)
    if gap is None:  # the "с" of the verb a gapped clause leaves out is the first clause's
        r.parties += [p for p in _with_parties(ctx, sent, head, pred) if p not in r.parties]
        r.firms |= _with_a_firm(sent, head, pred) or _of_firms(ctx, head)
        r.unnamed_side = _with_unnamed(ctx, sent, head, pred)
        r.personal = _with_a_person(ctx, r, pred)
        if (player := _contracted_person(ctx, r, pred)) is not None:
            r.personal, r.for_self = False, True  # the club's paper, the player its signer,
            r.unnamed_side = ""  # titled by the club, as "Контракт с «Марселем»" is
            r.signatories += [player] if player not in r.signatories else []
    if gap is None and not r.parties and r.firms and (moved := _club_moved_to(ctx, r, pred)):
        r.parties, r.for_self = [moved[0]], True  # "Игрок подписал контракт с новым клубом"
        r.signatories += [moved[1]] if moved[1] not in r.signatories else []
    if leaver is not None and (player := _extending_player(ctx, r, leaver)) is not None:
        r.for_self = True  # "Полузащитник … продлил контракт с «Ювентусом»": his club's
        r.signatories += [player] if player not in r.signatories else []
    if gap is None and (holder := _holding_player(ctx, r)) is not None:
        r.for_self = True  # "У нападающего … был контракт с «Бенфикой»": the club's
        r.signatories += [holder] if holder not in r.signatories else []
    if not r.named and len(r.parties) < 2 and head.dep_ == "obj":
        _keepers(ctx, r, head.head)
    elif len(r.parties) < 2 and (carrier := carrying_out(head)) is not None:
        _keepers(ctx, r, carrier)
    elif len(r.parties) < 2 and (binder := binding(head)) is not None:
        _keepers(ctx, r, binder, bound=True)
    unsided = not r.parties and not _titled_document(title)  # its sides only in its sentence
    if unsided and pred is not None and _signed_by_nobody_named(pred, r, title):
        r.parties = _pair_of_sides(ctx)
    r.parties = [p for p in r.parties if p not in _bodies_beside_states(ctx, r)]
    _sides_its_title_names(ctx, r)
    if r.declined:
        r.signatories = []  # "отказался подписать соглашение с Бразилией": a party, no signer
    if (
        len(r.parties) < 2
        and not _coalitions(title)
        and any(_no_two_states(ctx, s) for s in _sides(sent, head, pred))
    ):
        r.personal = True  # not a coalition's paper, which its parties' leaders sign


def _leaving_sides(ctx: Context, r: _Reading, pred: Token | None) -> Token | None:
    """Add the sides who leave, suspend, extend or end the paper (only a party can), also of
    a paper a participle dates, or who mean or threaten to ("Египет пригрозил выйти из …");
    return the verb of leaving, if any."""
    leaver = leaving(r.title.head)
    if leaver is not None and leaver is not pred:
        # a club or firm extends or ends its contract, while a state's body does so for its
        # state ("Госдепартамент США продлил сделку")
        sided, before = r.title.head.lemma_ in _SIDED, list(r.parties)
        _subjects(ctx, r, leaver, states_only=not sided)
        sides = [p if p in before else _side_for(ctx, p) for p in r.parties]
        r.parties = list(dict.fromkeys(sides))
    elif leaver is None and (meant := leaving_meant(r.title.head)) is not None:
        _subjects(ctx, r, meant, states_only=True)
    return leaver


def _sides_its_title_names(ctx: Context, r: _Reading) -> None:
    """The sides a title leaves a paper: the union whose paper it is, where states only
    discuss it (`_owning_union`), and those it names after "между", which leave it no other
    ("Египет и Катар обсудили соглашение … между Израилем и ХАМАС")."""
    if r.status == "negotiating" and (union := _owning_union(ctx, r.title)):
        r.parties = [union, *(p for p in r.title.with_parties if p != union)]
    if len(between := _sides_between(ctx, r.title)) >= 2:
        r.parties = [p for p in r.parties if p in between]


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


def _act_doers(act: Token) -> list[Token]:
    """Who does an act a noun tells: its bare genitive ("Решение президента Кении отказаться
    от подписания …"), else the subject of the verb that tells it ("Кения и Танзания
    объявили о намерении заключить соглашение", "заявили о готовности подписать")."""
    doers = [c for c in act.children if c.dep_ == "nmod" and _agent_genitive(c)]
    if doers or act.head.pos_ != "VERB" or act.dep_ not in ("obl", "obj"):
        return doers
    return clause_subjects(act.head, _SUBJECTS)


def _sides_between(ctx: Context, title: Title) -> list[str]:
    """The states and organizations a title names as its sides after "между" ("соглашение о
    свободной торговле между ЕС и Индией"): its only parties, whoever signs, discusses or
    talks of it in the sentence ("Франция и Индия обсудили …", "Египет и Катар …")."""
    at = next((t for t in title.tokens if t.lower_ == "между"), None)
    if at is None:
        return []
    end = max(t.idx + len(t) for t in title.tokens)
    named = (m for m in ctx.mentions_in(at.idx, end) if m.type in ("State", "Organization"))
    return list(dict.fromkeys(m.entity for m in named))


_AMONG = (("среди", "них"), ("в", "их", "числе"), ("в", "том", "числе"))
_COUNTS = frozenset({"ряд", "пакет", "серия", "комплекс"})


def _listed_among(sent: Sent) -> Token | None:
    """The verb that signed the papers the sentence before counts, for papers a sentence
    opening "Среди них —" or "В их числе" lists ("Япония и Индия подписали 10 документов.
    Среди них — соглашение о …"): theirs is its status, date and sides; else None."""
    words = [t.lower_ for t in sent[:3]]
    before = sentence_before(sent)
    if not any(words[: len(a)] == list(a) for a in _AMONG) or before is None:
        return None
    return next((v for t in before if (v := _counted_papers_verb(t)) is not None), None)


def _counted_papers_verb(t: Token) -> Token | None:
    """The signing verb of papers counted at `t` ("подписали 10 документов", "ряд
    соглашений"), else None."""
    counted = is_plural(t) or any(c.dep_.startswith("nummod") for c in t.children)
    if not (t.lemma_ in kinds() or t.lemma_ == "документ") or not counted:
        return None
    verb = t.head.head if t.head.lemma_ in _COUNTS else t.head  # "ряд соглашений"
    return verb if signs(verb) and verb.pos_ == "VERB" else None


def _signing_word(verb: Token) -> Token:
    """The word that tells the signing `verb` stands for: the participle that signed the
    papers it exchanged ("обменялись документами, подписанными по итогам переговоров"), which
    the signing event is told by, so the papers a list names take its date; else the verb
    itself."""
    papers = (
        (c for c in verb.children if c.dep_ in ("obj", "obl")) if verb.lemma_ not in SIGN else ()
    )
    told = (x for c in papers for x in c.children if x.dep_ in ("acl", "amod") and x.lemma_ in SIGN)
    return next(told, verb)


def _counted(head: Token) -> bool:
    """Papers counted ("подписали 12 соглашений", "более 40 соглашений", "ряд соглашений",
    "несколько"): many, so no one paper kg could title by its kind and sides."""
    if head.dep_ == "nmod" and head.head.lemma_ in _COUNTS:
        return True
    return any(c.dep_.startswith("nummod") and c.lemma_ != "один" for c in head.children)


def _listed_after_colon(head: Token) -> Token | None:
    """The verb that signed the papers a colon lists ("подписали три документа: соглашение
    о …, меморандум о …"), where the parse hangs the first on the counted noun; else None."""
    sent = head.sent
    colon = next((t for t in reversed(sent[: head.i - sent.start]) if t.text in (":", ";")), None)
    if colon is None or colon.text != ":" or colon.i < sent.start + 1:
        return None
    if any(t.pos_ == "VERB" for t in head.doc[colon.i + 1 : head.i]):
        return None  # a clause of its own after the colon
    for t in reversed(sent[: colon.i - sent.start]):
        if (verb := _counted_papers_verb(t)) is not None:
            return verb
    return None


def _gapped(head: Token) -> tuple[Sent, Token] | None:
    """The words of a clause whose verb Russian leaves out for a dash, between its "а"/"и"
    and the dash before the title ("…, а Словакия и Венгрия — соглашение о …", "…, а в мае —
    меморандум о …"), and the signing verb before it the parse hangs the title on (also
    through the first clause's paper); else None."""
    verb, dep = head.head, head.dep_
    if dep == "nmod" and verb.lemma_ in kinds() and verb.dep_ == "obj":
        verb, dep = verb.head, "conj"  # the parse hung it on the first clause's paper
    elif dep == "orphan" and verb.dep_ == "conj":
        verb, dep = verb.head, "conj"  # UD's gapping: an orphan of the clause's subject
    if dep not in ("parataxis", "conj") or verb.pos_ != "VERB" or not signs(verb):
        return _gapped_by_words(head)
    doc, i = head.doc, head.i - 1
    while i > verb.i and doc[i].pos_ in ("ADJ", "DET"):
        i -= 1
    if i <= verb.i or doc[i].text not in "—–":
        return None
    start = i
    while start > verb.i + 1 and doc[start - 1].lower_ not in ("а", "но", ","):
        start -= 1
    return (doc[start:i], verb) if start < i else None


def _gapped_by_words(head: Token) -> tuple[Sent, Token] | None:
    """A gapped clause the parse does not see, by its words alone: a dash right before the
    title, ", а" or ", но" before it with no verb between, and a signing verb before that in
    the sentence ("… подписали соглашение о газе, а министры энергетики двух стран —
    меморандум о …", the title hung on the ministers as an apposition)."""
    doc, i = head.doc, head.i - 1
    while i > head.sent.start and doc[i].pos_ in ("ADJ", "DET"):
        i -= 1
    if doc[i].text not in "—–":
        return None
    start = i
    while start > head.sent.start and doc[start - 1].lower_ not in ("а", "но"):
        start -= 1
        if doc[start].pos_ in ("VERB", "AUX"):
            return None
    if start <= head.sent.start + 1 or doc[start - 2].text != "," or doc[start].lower_ == "также":
        return None  # "…, а также главный документ визита — декларацию": one clause
    verbs = [t for t in doc[head.sent.start : start - 2] if t.pos_ == "VERB" and signs(t)]
    return (doc[start:i], verbs[-1]) if verbs and start < i else None


def _gap_sides(ctx: Context, r: _Reading, pred: Token | None, gap: Sent, enacts: bool) -> None:
    """The sides and signers of a gapped clause's paper: the states it names, else the first
    clause's subjects' ("…, а министры энергетики двух стран — меморандум", "…, а в мае —
    меморандум"); where the clause has a subject of its own, its signers are only the persons
    it names ("…, а министры … Карим Бадави и Йоргос Папанастасиу — меморандум"), never the
    first clause's."""
    if not r.parties and pred is not None and not r.refused and not r.discussed:
        _subjects(ctx, r, pred, states_only=enacts)
    if any(t.pos_ in ("NOUN", "PROPN") and case_of(t) == "Nom" for t in gap):
        named = (_mention_at(ctx, t) for t in gap)
        r.signatories = list(
            dict.fromkeys(m.entity for m in named if m is not None and m.type == "Person")
        )


def _in_gaps(verb: Token) -> set[int]:
    """The token indices of the gapped clauses whose left-out verb is `verb`: their subjects
    sign those clauses' papers, not the first clause's ("Президенты … подписали соглашение, а
    министры … Карим Бадави и … — меморандум")."""
    if verb.pos_ != "VERB":
        return set()
    gaps = (_gapped(t) for t in verb.sent if t.i > verb.i and t.lemma_ in kinds())
    return {x.i for g in gaps if g is not None and g[1].i == verb.i for x in g[0]}


def _gap_date(gap: Sent, dates: dict[int, tuple[int, str]]) -> str:
    """The date of a gapped clause; one without a year ("а в мае —") takes the year of the
    sentence's first dated clause ("В марте 2024 года … заключили …, а в мае — …")."""
    doc = gap.doc
    for t in gap:
        if t.i not in dates:
            continue
        end, value = dates[t.i]
        if any(len(x.text) == 4 and x.text.isdigit() for x in doc[t.i : end]):
            return value
        years = [v[:4] for s, (_, v) in dates.items() if gap.sent.start <= s < t.i and v]
        return years[0] + value[4:] if years else value
    return ""


def _acting_on(head: Token, pred: Token | None) -> Token | None:
    """The verb that signs, ratifies or adopts the agreement as its object where the status
    came from another predicate, a participle after the title ("Гана и Того ратифицировали
    договор, подписанный в 2020 году"): its subjects are the parties too."""
    verb = head.head
    if pred is None or verb.i == pred.i or head.dep_ != "obj" or verb.pos_ != "VERB":
        return None
    return verb if signs(verb) or verb.lemma_ in RATIFY | ADOPT else None


def _two_sides(r: _Reading) -> bool:
    """Two parties, or a named signer for himself with a party ("Хорхе Рамос подписал
    контракт с клубом «Бенфика»"): a contract of firms or of a person with a club is a paper
    too (the gold's convention); an unnamed player's or coach's is not, nor one whose signer
    acts for the one party or is an official ("Министр энергетики Узбекистана … подписал
    дорожную карту", "Губернатор Техаса … подписал контракт на строительство стены")."""
    return len(r.parties) >= 2 or bool(r.parties and r.for_self)


def _signed_by_nobody_named(pred: Token, r: _Reading, title: Title) -> bool:
    """An undated passive signing with no agent ("Кроме того, подписано соглашение о …") in
    a report of two sides is theirs; a dated one ("был подписан в 1968 году") or one from the
    lexicon of multilateral treaties may be anybody's."""
    passive = is_passive(pred, short=False)
    agent = any(
        c.dep_ in _AGENT
        and "Ins" in c.morph.get("Case")
        and (c.dep_ == "obl:agent" or c.lemma_ in PAIR_WORDS or is_animate(c))
        for c in pred.children
    )  # not "летом", "в Москве"
    if agent:
        return False  # "подписанный восемью странами региона": signed by others
    return passive and signs(pred) and r.status == "signed" and not r.date and title.entry is None


def _pair_of_sides(ctx: Context) -> list[str]:
    """The report's two states as the sides of an agentless signing, where each is named as
    a state at least once: by a noun (its name, its capital) or by the adjective of its
    official, body, side or meeting ("китайский премьер", "бразильская делегация",
    "индийско-японский саммит", "египетские и турецкие министры"). States told only as a
    traveller's, a craft's or a firm's nationality ("стал вторым бразильским космонавтом",
    "на китайском корабле") make no report of two sides: the paper is the traveller's."""
    pair = list(main_pair(ctx, only_two=True))
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
        if head.lemma_ in _SIDE_WORDS or _official(head):  # `_official`: _ACTING_FOR too
            return True
        if head.lemma_ in _MEETING_WORDS and not _of_private_people(head):
            return True
    return False


def _of_private_people(meeting: Token) -> bool:
    """A meeting of people who act for no state ("встреча предпринимателей", "саммит
    бизнесменов"): a genitive of an animate noun that is no official."""
    return any(c.dep_ == "nmod" and is_animate(c) and not _official(c) for c in meeting.children)


def _keepers(ctx: Context, r: _Reading, verb: Token, bound: bool = False) -> None:
    """An unnamed agreement's parties from the states that do something with it ("Египет и
    Израиль соблюдают мирный договор"), or that it binds or that have it (`bound`, also as
    the subject of a passive, the object or by "у": "Чили и Перу связаны договором",
    "Договор связал Чили и Перу", "у Чили и Перу есть договор"), when they are two or more."""
    told = _Reading(r.title, r.sent)
    _subjects(ctx, told, verb, states_only=True)
    held = [c for c in verb.children if bound and c.i != r.title.head.i
            and (c.dep_ in _BOUND or preposition(c) == "у")]  # fmt: skip
    for t in (x for c in held for x in conjuncts(c)):
        _subject(ctx, told, t, False, True)
    if len(told.parties) >= 2:
        r.parties += [p for p in told.parties if p not in r.parties]


def _near(t: Token, targets: set[int], hops: int = 3) -> bool:
    """Whether `t` or one of its first `hops` ancestors is one of `targets`."""
    for _ in range(hops + 1):
        if t.i in targets:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


# Prepositions of a signing noun that another act hangs on as a time before or after it
# ("после подписания договора"): the date of that act is not the signing's.
_OTHER_TIME_PREPS = frozenset({"после", "до", "перед", "вместо"})


def _governed_date(pred: Token, title: Title, dates: dict[int, tuple[int, str]]) -> str:
    """A date the signing verb governs, else one in its comma-delimited chunk; of a signing
    noun that another act hangs on as its reason or time, only one the noun governs ("В 1994
    году он получил премию за подписание договора": 1994 is the prize's)."""
    sent, inside = pred.sent, {t.i for t in title.tokens}
    found = [(s, e, v) for s, (e, v) in dates.items() if sent.start <= s < sent.end and v]
    if pred.pos_ == "NOUN" and (told_as_reason(pred) or preposition(pred) in _OTHER_TIME_PREPS):
        own = {t.i for t in pred.subtree} | set(range(pred.i, title.head.i))
        found = [(s, e, v) for s, e, v in found if s in own]  # "за подписание в 1979 году …"
    # not inside the title, nor "от <date>", which dates the paper it follows (another one's
    # where the title names it: "протокол … в соглашение о торговле от 2010 года")
    found = [(s, e, v) for s, e, v in found if s not in inside and pred.doc[s - 1].lower_ != "от"]
    # nor the term it runs for or a deadline: "программа на 2025–2027 годы", "до 2030 года"
    found = [(s, e, v) for s, e, v in found if not is_term_or_limit(pred.doc[s])]
    # nor the year of another paper ("подписали соглашение вместо договора 1999 года")
    found = [(s, e, v) for s, e, v in found if not _of_another_paper(pred.doc[s:e], title)]
    # nor the date of a clause whose verb a dash leaves out ("…, а в мае — меморандум о …")
    gapped = _in_gaps(pred)
    found = [(s, e, v) for s, e, v in found if s not in gapped]
    for s, e, v in found:
        near = any(_near(pred.doc[k], {pred.i}, 2) for k in range(s, e))
        if near and not contrast_between(pred, pred.doc[s]):  # ", а министры обсудили … в мае"
            return v
    lo, hi = pred.i, pred.i
    while lo > sent.start and pred.doc[lo - 1].text not in ",;:—–":
        lo -= 1
    while hi < sent.end - 1 and pred.doc[hi + 1].text not in ",;:—–":
        hi += 1
    doc = pred.doc
    # not a genitive date of a noun ("соглашение о торговле 2018 года" that a protocol amends),
    # nor one of a verb coordinated with the signing ("подписали декларацию и договорились
    # провести совет в следующем году")
    return next(
        (
            v
            for s, e, v in found
            if lo <= s <= hi and _signing_time(doc[s:e]) and not _of_a_conjunct(doc[s], pred)
        ),
        "",
    )


def _signing_time(date: Sent) -> bool:
    """A date of no noun, or of the gathering the paper is signed at ("подписали соглашение
    на саммите 10 мая 2023 года"): the signing's."""
    noun = noun_dated(date)
    return noun is None or noun.lemma_ in MEETINGS and preposition(noun) in ("на", "в", "во")


def _of_another_paper(date: Sent, title: Title) -> bool:
    """A date that qualifies a paper's head noun other than the title's ("договора 1999
    года", "соглашение 2010 года утратило силу"): that paper's, not the signing's."""
    noun = noun_dated(date)
    return noun is not None and noun.i != title.head.i and noun.lemma_ in kinds()


def _concluded_on(
    ctx: Context, verb: Token, title: Title, dates: dict[int, tuple[int, str]]
) -> str:
    """The date of a paper the sides adopted or an arrangement they reached ("приняли
    совместное заявление", "договорились о строительстве моста"), which no signing event
    dates: one its verb governs, else the report's day where a past verb tells it, as a
    signing's."""
    own = _governed_date(verb, title, dates)
    if own or not (is_finite(verb) and "Past" in verb.morph.get("Tense")):
        return own
    return ctx.document.date


def _of_a_conjunct(t: Token, pred: Token) -> bool:
    """Whether `t` hangs, below `pred`, on a verb coordinated with it."""
    while t.i != pred.i and t.head.i != t.i:
        if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX"):
            return True
        t = t.head
    return False


def _place(ctx: Context, pred: Token, title: Title) -> str:
    """ "в Праге" governed by the signing verb: the place, nominative."""
    inside = {t.i for t in title.tokens}
    for t in pred.sent:
        if t.i in inside or t.pos_ != "PROPN" or "Loc" not in t.morph.get("Case"):
            continue
        if not any(c.lower_ in ("в", "во") for c in t.children) or not _near(t, {pred.i}, 1):
            continue
        if ctx.mentions_in(t.idx, t.idx + len(t.text), "Person"):
            continue
        words = [t] + [c for c in t.children if c.dep_ in ("flat", "flat:name")]
        gender = morph().gender(t.text)
        return morph().nominative_phrase((w.text for w in sorted(words, key=lambda w: w.i)), gender)
    return ""


def _mention_at(ctx: Context, t: Token) -> Mention | None:
    for m in ctx.mentions_in(t.sent.start_char, t.sent.end_char):
        if m.start <= t.idx < m.end:
            return m
    return None


def _subjects(ctx: Context, r: _Reading, pred: Token, states_only: bool = False) -> None:
    """Parties and signatories: subjects of the signing or preparing verb (agents of a
    passive one); of a noun predicate, the subject of the verb governing it (parties only:
    "Вьетнам и Таиланд ведут переговоры о заключении соглашения"), and of a noun of
    negotiating its bare genitive ("переговоры Чили и Перу"). A ratifying subject
    (`states_only`) is a party by its state ("Парламент Эстонии ратифицировал"), never a
    signatory or an organization party; leaders who adopt a declaration are its signatories."""
    # leaders who adopt a declaration sign it ("Эрдоган и Сиси приняли совместную декларацию")
    adopts = pred.lemma_ in ADOPT and r.title.kind == "Declaration"
    verb, persons_sign = pred, signs(pred) and not states_only or adopts
    if pred.pos_ in ("NOUN", "PROPN"):
        verb, persons_sign = pred.head, False
        for _ in range(2):  # "переговоры о заключении соглашения": up to the verb
            if verb.pos_ not in ("NOUN", "PROPN") or verb.head.i == verb.i:
                break
            if verb.lemma_ in _ACTS:
                break  # "Отказ президента Египта от подписания …": the act's genitive
            verb = verb.head
        if is_infinitive(verb) and verb.dep_ == "xcomp":
            verb = verb.head  # "договорились начать переговоры о …": the controller's subject
    elif is_infinitive(pred) and pred.dep_ in ("xcomp", "csubj"):
        verb = pred.head  # "Индия и Россия намерены подписать": the controller's subject
    if is_infinitive(verb) and verb.head.lemma_ in _ACTS:
        verb = verb.head  # "Решение президента Кении отказаться от подписания …"
    passive = is_passive(verb, short=False)
    subjects = clause_subjects(verb, _SUBJECTS) or _states_fronted(ctx, verb)
    if verb.lemma_ in LET and verb.i != pred.i:
        subjects = [c for c in verb.children if c.dep_ in ("iobj", "obl") and _dative(c)]
    if verb.lemma_ in _ACTS:
        subjects = _act_doers(verb)
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "Вьетнам и Индонезия согласовали сроки визита и подписали соглашение": the first
        # verb's subject is the second's
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    if passive:
        subjects += [c for c in verb.children if c.dep_ in _AGENT and "Ins" in c.morph.get("Case")]
    if talks_noun(pred):  # "Начались переговоры Чили и Перу по соглашению": who talks
        subjects += [c for c in pred.children if c.dep_ == "nmod" and _agent_genitive(c)]
    gapped = _in_gaps(verb)  # "…, а министры … — меморандум": the gapped clause's signers
    for s in subjects:
        words = conjuncts(s) + co_subjects_hung_below(s) + _names_after_plural(s)
        for t in (t for t in words if t.i not in gapped and not compared(t)):
            _subject(ctx, r, t, persons_sign, states_only)
            # "Компания Airbus и компания Boeing подписали": a firm, no state of its own
            r.firms |= t.lemma_ in FIRMS and _mention_at(ctx, t) is None


def _states_fronted(ctx: Context, verb: Token) -> list[Token]:
    """States the parse takes for the objects of a verb with no subject, named before it while
    its object after it is a paper ("Вьетнам и Лаос подписали в марте соглашение о …": a name
    whose nominative and accusative are one form): its subjects."""
    before = [c for c in verb.children if c.dep_ == "obj" and c.i < verb.i]
    if not any(c.dep_ == "obj" and c.i > verb.i and c.lemma_ in kinds() for c in verb.children):
        return []
    named = (_mention_at(ctx, c) for c in before)
    return [c for c, m in zip(before, named, strict=True) if m is not None and m.type == "State"]


def _names_after_plural(t: Token) -> list[Token]:
    """The names after the first that a plural title has in apposition ("министры обороны
    двух стран Ричард Марлз и Сьяфри Сьямсуддин": the parse hangs the second name on the
    first), each a subject of its own; the first is the title's (`_apposed_person`); so do
    a firm noun's names before a plural verb, which the tagger may read as a singular
    genitive ("Компании Hyundai и LG Energy Solution подписали")."""
    if not is_plural(t) and not (t.lemma_ in FIRMS and is_plural(t.head)):
        return []
    return [x for a in t.children if a.dep_ == "appos" for x in conjuncts(a)[1:]]


def _for_its_state(ctx: Context, m: Mention, states_only: bool) -> bool:
    """Whether an organization subject stands for the state it is a body of: a state's body
    does ("Министерство финансов Греции"), and any one that ratifies or leaves
    (`states_only`: "Парламент Эстонии ратифицировал"), but a union of states ratifies,
    leaves or extends for itself ("ЕС и Марокко продлили соглашение о рыболовстве")."""
    if m.type != "Organization" or m.entity in load_list(UNIONS):
        return False
    return states_only or state_body(ctx, m)


def union_of_body(ctx: Context, m: Mention) -> str:
    """The union of states a body of it acts for, as a state's parliament acts for the state:
    one `union_bodies.tsv` lists ("Европейский парламент", "Еврокомиссия"), or one its name
    names ("Совет ЕС"); else ""."""
    if m.type != "Organization" or m.entity in load_list(UNIONS):
        return ""
    if union := union_served(m.entity):
        return union
    inner = (x.entity for x in ctx.mentions_in(m.start, m.end, "Organization") if x is not m)
    return next((u for u in inner if u in load_list(UNIONS)), "")


def _dative(t: Token) -> bool:
    """A bare dative: who a verb of letting lets ("не дает двум странам заключить")."""
    return "Dat" in t.morph.get("Case") and not has_preposition(t)


def _agent_genitive(t: Token) -> bool:
    """A bare genitive of an act noun, its doer: "решение президента", "отказ Египта"."""
    return "Gen" in t.morph.get("Case") and not has_preposition(t)


def _apposed_person(ctx: Context, t: Token) -> Mention | None:
    """ "Президент России Владимир Путин": the person named in apposition to a title, also
    where the parse hung the name on another title of the list ("…, премьер-министр Армении
    Никол Пашинян и президент США Дональд Трамп": Trump under the first "Президент"), as the
    person whose name opens right after the title's own words."""
    apposed = (_mention_at(ctx, c) for c in t.children if c.dep_ == "appos")
    found = next((x for x in apposed if x is not None and x.type == "Person"), None)
    if found is not None or t.lemma_ not in _ACTING_FOR or t.right_edge.i + 1 >= len(t.doc):
        return found
    after = t.doc[t.right_edge.i + 1]
    m = _mention_at(ctx, after)
    return m if m is not None and m.type == "Person" and m.start == after.idx else None


def _named_sides(ctx: Context, t: Token, m: Mention, states_only: bool) -> list[str]:
    """The sides a named subject `t` stands for: the union a body of it acts for ("Европейский
    парламент ратифицировал": the EU), the state(s) of a state's body ("Министерство финансов
    Греции": Greece; "Министерства обороны Индии и Франции": both), else itself."""
    if union := union_of_body(ctx, m):
        return [union]
    if not _for_its_state(ctx, m, states_only):
        return [m.entity]
    states = _title_states(ctx, t)
    return states if len(states) > 1 else [body_state(ctx, m)]


def _person_sides(ctx: Context, r: _Reading, t: Token, key: str) -> list[str]:
    """Whom a signing person acts for: a coalition's leader for the party his title names,
    unless it names a state ("президент Ирана": Iran); anyone else for his state, or for
    the firm an office names ("глава Газпрома Алексей Миллер"); "нападающий сборной
    Бразилии Карлос Силва", who signs a contract with a club, not for his team; nor "капитан
    команды Перу Паоло Герреро", whom the office list gives his team's state (`_team_role`)."""
    if _coalitions(r.title):
        return _title_states(ctx, t) or _title_orgs(ctx, t)
    person = ctx.entity(key)
    if person and person.state and not _team_role(ctx, r.sent, key):
        return [person.state]
    return _title_orgs(ctx, t) if t.lemma_ in _ACTING_FOR | _EXECUTIVES else []


def _official(t: Token) -> bool:
    """Whether a signing person's title is an office of a state or body, who signs for it
    ("губернатор", "министр", "посол"), not for himself ("защитник", "тренер")."""
    offices = load_groups(OFFICE_KINDS)
    return t.lemma_ in _ACTING_FOR or any(t.lemma_ in offices[k] for k in _OFFICIAL_KINDS)


def _subject(ctx: Context, r: _Reading, t: Token, persons_sign: bool, states_only: bool) -> None:
    m = _mention_at(ctx, t) or _apposed_person(ctx, t)
    by_noun = m is None and t.lemma_ in FIRMS  # "Компания Airbus и …": Airbus
    if by_noun and (firm := _name_after(ctx, t)) is not None:
        m = firm if firm.type == "Organization" else None
    if m is None and t.lemma_ in _PARTY_WORDS:  # "Правящие партии Германии подписали
        # коалиционное соглашение": not Germany; "Партия «Фидес» и ХДНП": the named ones
        r.parties += [p for p in _quoted_parties(ctx, t) if p not in r.parties]
        return
    # a firm its noun names is no state's body: a side of its own where it extends or leaves
    # a paper too ("Компания Adidas и клуб «Реал Мадрид» продлили спонсорское соглашение")
    add = [] if m is None else [m.entity] if by_noun else _named_sides(ctx, t, m, states_only)
    if m is not None and m.type == "Person":
        add = _person_sides(ctx, r, t, m.entity)
        if persons_sign and m.entity not in r.signatories:
            r.signatories.append(m.entity)
            r.for_self |= not add and not _official(t)
    elif m is None and t.lower_ == "мы":  # the speaker's state, else the report's two sides
        add = [speaker_state(ctx, r.sent.start_char, r.sent.end_char)]
        add = add if add[0] else list(main_pair(ctx, only_two=True, places=True))
    elif m is None and t.lower_ == "они":  # "Президенты X и Y провели переговоры. Они …"
        add, persons = _states_before(ctx, r.sent)
        if persons_sign:
            r.signatories += [p for p in persons if p not in r.signatories]
    elif m is None and t.lemma_ in _ACTING_FOR | _SIDE_WORDS and (adj := _adjective_states(ctx, t)):
        add = adj  # "его датский коллега", "бразильская и аргентинская стороны"
    elif m is None and t.lemma_ in _MEMBER_WORDS and (union := _union_of(ctx, t)):
        add = [union, *_beside_union(ctx, t)]  # "Страны ЕАЭС и Вьетнам подписали": the union
        # speaks for its members
    elif (
        m is None
        and t.lemma_ in PAIR_WORDS | {"сторона"}
        and ("Plur" in t.morph.get("Number") or any(c.lemma_ in BOTH for c in t.children))
        and not _other_states(t)
    ):  # "Стороны", "две страны" (a genitive singular after "две"), "обе стороны"
        add = _sides_word_stands_for(ctx, r, t)
    elif m is None and t.lemma_ in _ACTING_FOR:
        add = _title_states(ctx, t) or (_title_orgs(ctx, t) if _coalitions(r.title) else [])
        members = [c for c in t.children if c.dep_ == "nmod" and c.lemma_ in _MEMBER_WORDS]
        if not add and members and (union := _union_of(ctx, members[0])):
            add = [union]  # "Лидеры стран АСЕАН приняли декларацию": the union
        elif any(_other_states(c) for c in members):
            pass  # "Лидеры стран БРИКС", "главы государств региона": not the report's two
        elif not add and (_bare_plural(t) or pair_word(t)):  # "Президенты подписали",
            # "министры иностранных дел двух стран": the report's two sides
            add = _report_sides(ctx, t)
            holders = _named_holders(ctx, r.sent, t, add) if persons_sign else []
            r.signatories += [p for p in holders if p not in r.signatories]
    r.parties += [p for p in add if p and p not in r.parties]


def _earlier_sides(ctx: Context, sent: Sent, t: Token) -> list[str]:
    """The states "стороны" `t` stand for where a clause before names them as its subjects:
    the clause its verb's clause hangs on ("Греция и Турция так и не подписали договор, хотя в
    1976 году стороны подписали соглашение"), else the sentence before ("Греция и Турция
    провели переговоры в Берне. Стороны подписали …"); those, not the report's pair."""
    verb = t.head
    if verb.head.i < verb.i and (states := _subject_states(ctx, verb.head)[0]):
        return states
    return _states_before(ctx, sent)[0] if verb.i == sent.root.i else []


def _report_sides(ctx: Context, t: Token) -> list[str]:
    """The sides a word for the report's states stands for: the union whose meeting its verb
    is told at ("На саммите АСЕАН лидеры стран приняли декларацию": ASEAN), else the report's
    two sides."""
    union = _meeting_union(ctx, t)
    return [union] if union else list(main_pair(ctx, only_two=True, places=True))


def _meeting_union(ctx: Context, t: Token) -> str:
    """The union whose meeting the verb of subject `t` is told at, where `t` has no state of
    its own ("На саммите АСЕАН лидеры стран приняли декларацию": ASEAN, not the report's
    two states); else ""."""
    if _title_states(ctx, t) or t.dep_ not in ("nsubj", "nsubj:pass"):
        return ""
    meetings = (c for c in t.head.children if c.dep_ == "obl" and c.lemma_ in MEETINGS)
    return next((u for c in meetings if (u := _union_of(ctx, c))), "")


def _other_states(t: Token) -> bool:
    """ "восемью странами региона", "страны Африки", "страны БРИКС": states a number other
    than two or a genitive counts, places or groups, not the report's two sides."""
    return any(
        (c.dep_ == "nummod" and c.lemma_ not in BOTH)
        or (c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and "Gen" in c.morph.get("Case"))
        for c in t.children
    )


def _union_of(ctx: Context, t: Token) -> str:
    """The union of states a word for its members names in the genitive ("страны ЕАЭС",
    "государства — члены АСЕАН"), else ""."""
    for c in t.children:
        m = _mention_at(ctx, c) if c.dep_ in ("nmod", "appos") else None
        if (
            m is not None
            and m.type == "Organization"
            and (is_side(m, unions=True) or ctx.gazetteer.is_union(m.entity))
        ):
            return m.entity  # also "страны БРИКС", "государства СНГ"
        if c.dep_ == "appos" and c.lemma_ in _MEMBER_WORDS:
            return _union_of(ctx, c)
    return ""


# Organizations the gazetteer knows to act for states or to be made of them.
_PUBLIC_KINDS = frozenset(
    {"IntergovernmentalOrganization", "Parliament", "CentralBank", "PoliticalParty", "StateBody"}
)
# Parties and their factions make coalition deals, kept as papers of their own (the tuning
# gold's "договорённость между консерваторами и либеральными демократами").
_PARTY_WORDS = frozenset({"партия", "фракция"})
# A paper its title calls a coalition's is made by parties, whatever their names say ("ХДС и
# СДПГ подписали коалиционное соглашение": a union and an abbreviation, no "партия").
_COALITION_WORDS = frozenset({"коалиционный", "коалиция"})


def _firms_deal(group: list[_Reading]) -> bool:
    """A paper that firms kg names no side for sign ("Норвежские компании и датские банки
    подписали соглашение"): no paper of sides it can tell, not one of the report's two sides
    (a firm named after its noun is a party: "Компания Airbus и компания Boeing")."""
    return any(r.firms for r in group) and not any(r.parties for r in group)


def _union_act(fact: Agreement, group: list[_Reading]) -> bool:
    """A pact of one union of states, named in its title or its one side ("Пакт о миграции
    и убежище ЕС вступит в силу", "Страны ЕС согласовали пакт о миграции"): an act the union
    adopts for itself, no agreement between parties (`union_acts.txt`)."""
    title = group[0].title
    if title.head.lemma_ not in load_list(UNION_ACTS):
        return False
    unions = load_list(UNIONS)
    own = {w for r in group for w in r.title.words if w in unions}
    sides = set(fact.parties)
    return len(own | sides) == 1 and sides <= unions


def _coalitions(title: Title) -> bool:
    """A paper its title calls a coalition's ("коалиционное соглашение", "о создании
    коалиции"): made by parties, whatever their names say."""
    return bool(_COALITION_WORDS & set(title.words))


def _of_private_bodies(ctx: Context, parties: list[str], group: list[_Reading]) -> bool:
    """One organization of no state and no other side nor named signer ("Местные власти
    Лиона и мэрия Турина подписали соглашение": Turin unnamed): a deal kg cannot tell the
    sides of. Two named ones are its parties, as the gold counts firms' and a club's
    contracts ("Toyota и VinFast заключили контракт"); a coalition's paper is its parties'."""
    if any(_coalitions(r.title) or r.signatories for r in group):
        return False  # "Пьер Дюран заключил контракт с «Марселем»": the player and the club
    return len(parties) == 1 and _private_body(ctx, parties[0])


def _side_for(ctx: Context, key: str) -> str:
    """The side a party acts for: a public body's state ("Госдепартамент США": the US),
    else the party itself (a firm, a club, a state)."""
    if not key.startswith("org/") or _private_body(ctx, key):
        return key
    entity, entry = ctx.entity(key), ctx.gazetteer.org(key)
    if entry is not None and entry.state:
        return f"state/{entry.state}"
    return entity.state if entity is not None and entity.state.startswith("state/") else key


def _private_body(ctx: Context, key: str) -> bool:
    """An organization that is no union of states, no intergovernmental body, no body of a
    state ("Правительство Египта", "Министерство обороны Японии") and no political party."""
    entity = ctx.entity(key)
    if not key.startswith("org/") or key in load_list(UNIONS) or entity is None:
        return False
    entry = ctx.gazetteer.org(key)
    if entry is not None and entry.kind in _PUBLIC_KINDS:
        return False
    words = [lem(w) for w in entity.name.split()]
    return not words or (words[0] not in STATE_BODIES and not _PARTY_WORDS & set(words))


def _states_before(ctx: Context, sent: Sent) -> tuple[list[str], list[str]]:
    """The states of the subjects of the sentence before, and the persons among them, where
    every one is a state or a title of one ("Президент Вьетнама и президент Индонезии провели
    переговоры"), for "они" of the next; else no states ("Журналисты из Кении и Эфиопии")."""
    before = sentence_before(sent)
    return ([], []) if before is None else _subject_states(ctx, before.root)


def _sides_word_stands_for(ctx: Context, r: _Reading, t: Token) -> list[str]:
    """The states "Стороны" `t` stand for: those a clause before names ("прибыл в Лиму.
    Стороны …"), else the report's two; none where the sentence before has firms sign
    ("Airbus и IndiGo подписали контракт. Стороны договорились о …": the firms', whose deal
    kg leaves to their own paper)."""
    if t.head.i == r.sent.root.i and _firms_before(ctx, r.sent):
        r.firms = True
        return []
    return _earlier_sides(ctx, r.sent, t) or _report_sides(ctx, t)


def _firms_before(ctx: Context, sent: Sent) -> bool:
    """Whether the subjects of the sentence before are firms, which "Стороны" of the next
    stand for ("Японская Mitsubishi и индийская Tata подписали меморандум. Стороны
    договорились о …"): a firm noun or an organization that is neither a state's body nor a
    union, and no state or person among them."""
    before = sentence_before(sent)
    subjects = [] if before is None else clause_subjects(before.root, _SUBJECTS)
    found = [x for c in subjects for x in conjuncts(c)]
    for t in found:
        m = _mention_at(ctx, t)
        if m is None and t.lemma_ not in FIRMS:
            return False
        if m is not None and (m.type != "Organization" or is_side(m, unions=True)):
            return False
        if m is not None and state_body(ctx, m):
            return False
    return len(found) >= 2


def _subject_states(ctx: Context, verb: Token) -> tuple[list[str], list[str]]:
    """The states of the subjects of `verb`, and the persons among them, where there are two
    or more states and every subject is a state or a title or person of one; else none."""
    out: list[str] = []
    persons: list[str] = []
    for t in (x for c in clause_subjects(verb, _SUBJECTS) for x in conjuncts(c)):
        m = _mention_at(ctx, t) or _apposed_person(ctx, t)
        person = ctx.entity(m.entity) if m is not None and m.type == "Person" else None
        states = [m.entity] if m is not None and m.type == "State" else []
        states = states or ([person.state] if person is not None and person.state else [])
        states = states or (_title_states(ctx, t) if t.lemma_ in _ACTING_FOR else [])
        if not states:
            return [], []
        out += [s for s in states if s not in out]
        persons += [m.entity] if person is not None and m is not None else [""]
    persons = [] if "" in persons else persons  # all of them persons, else none
    return (out, persons) if len(out) >= 2 else ([], [])


def _beside_union(ctx: Context, t: Token) -> list[str]:
    """States in the nominative the parse joins to the union after a word for its members
    ("Страны АСЕАН и Япония подписали": Japan signs beside ASEAN, not as its member)."""
    out = []
    for c in t.children:
        for g in c.children if c.dep_ in ("nmod", "appos") else ():
            m = _mention_at(ctx, g) if g.dep_ == "conj" and "Nom" in g.morph.get("Case") else None
            if m is not None and m.type == "State":
                out.append(m.entity)
    return out


def _named_holders(ctx: Context, sent: Sent, t: Token, sides: list[str]) -> list[str]:
    """The persons a plural title of the report's two sides stands for ("Президенты
    подписали", "Премьер-министры двух стран подписали"): of each side the one person with
    that title's office the text names before (any office for "Лидеры"), where both sides
    have one; else none, never one side's signer ("Президенты двух стран" after a king and a
    president)."""
    office = TITLES.get((t.lemma_,), ("", ""))[0]
    if not office or len(sides) != 2:
        return []
    found: dict[str, set[str]] = {side: set() for side in sides}
    for m in ctx.mentions_in(0, sent.start_char, "Person"):
        person = ctx.entity(m.entity)
        fits = person is not None and (t.lemma_ in _LEADERS or person.office == office)
        if person is not None and fits and person.state in found:
            found[person.state].add(person.key)
    if any(len(keys) != 1 for keys in found.values()):
        return []
    return [key for keys in found.values() for key in keys]


def _bare_plural(t: Token) -> bool:
    """A plural title with no word of its own ("Президенты", "Лидеры двух стран"), also
    where the tagger reads a sentence's first word as a singular genitive."""
    own = [c for c in t.children if c.dep_ in ("nmod", "amod") and c.lemma_ not in PAIR_WORDS]
    return is_plural(t) and not [c for c in own if not is_portfolio(c)]  # "министры торговли"


_RANK_ADJECTIVES = frozenset({"генеральный", "верховный", "центральный"})


def state_body(ctx: Context, m: Mention) -> bool:
    """An organization that is a body of a state ("Министерство финансов Греции"), not a
    firm of one ("Росатом"): its name opens with a word for a state body (also "Власти
    Того"); not a party, whose name may open so too ("Партия зелёных Новой Зеландии" signs
    for itself, not for New Zealand). The mention's own first word counts as the label's
    does where it is the head noun and the mention names its state: "Армия Сирии" is a body
    of Syria though its label is "Вооружённые силы Сирии" ("Армия национального
    освобождения" names none: a group of its own); an adjective before it may say the body
    is no state's ("Олимпийский комитет Японии"), except a rank's ("Генеральная
    прокуратура Узбекистана")."""
    entity = ctx.entity(m.entity)
    first = entity.name.split()[0] if entity is not None and entity.name else ""
    span = list(ctx.doc.char_span(m.start, m.end, alignment_mode="expand") or ())
    if len(span) > 1 and span[0].lemma_ in _RANK_ADJECTIVES:
        span = span[1:]  # "Генеральная прокуратура Узбекистана", "Верховный суд Кении"
    head = span[0].text if span and span[0].pos_ in ("NOUN", "PROPN") else ""
    if _PARTY_WORDS & {lem(w) for w in (first, head) if w}:
        return False
    return (bool(first) and body_word(first)) or (
        bool(head) and body_word(head) and bool(body_state(ctx, m))
    )


def _quoted_parties(ctx: Context, t: Token) -> list[str]:
    """The organizations a party word names in apposition, and those coordinated with its
    name ("Партия «Фидес» и ХДНП": the parse hangs ХДНП on «Фидес»)."""
    names = [x for c in t.children if c.dep_ == "appos" for x in conjuncts(c)]
    found = (_mention_at(ctx, x) for x in names)
    return [m.entity for m in found if m is not None and m.type == "Organization"]


def _title_orgs(ctx: Context, t: Token) -> list[str]:
    """The organizations a title names in the genitive (or by an undeclined name), which its
    holder acts for where he acts for no state ("лидер ХДС Фридрих Мерц", "глава Газпрома
    Алексей Миллер", "лидеры ХДС и СДПГ" of a coalition's paper, "генеральный директор
    Airbus", "директор компании Embraer")."""
    near = [x for c in t.children if c.dep_ == "nmod" for x in conjuncts(c)]
    near = [x for x in near if genitive_or_foreign(x) and not has_preposition(x)]
    found = (_name_after(ctx, x) if x.lemma_ in FIRMS else _mention_at(ctx, x) for x in near)
    return [m.entity for m in found if m is not None and m.type == "Organization"]


def _title_states(ctx: Context, t: Token) -> list[str]:
    """The states a title or a body names in the genitive: "президенты Чили и Аргентины",
    "министры иностранных дел Норвегии и Дании", "премьер-министр Литвы", "парламент
    Эстонии"."""
    near = [c for c in t.children if c.dep_ == "nmod"]
    near += [g for c in near for g in c.children if g.dep_ == "nmod"]
    out = []
    for x in (x for c in near for x in conjuncts(c)):
        m = _mention_at(ctx, x)
        if m is None or not ({"Gen"} & set(x.morph.get("Case"))):
            continue
        state = m.entity if m.type == "State" else body_state(ctx, m)
        if state and state not in out:
            out.append(state)
    if not out and t.dep_ == "conj":
        out = _genitive_after(ctx, t)
    return out


def _genitive_after(ctx: Context, t: Token) -> list[str]:
    """The state in the genitive right after a coordinated title the parse left without it
    ("министр … Бразилии и министр иностранных дел Аргентины", "Аргентины" hung on the
    first)."""
    for x in t.doc[t.i + 1 : min(t.i + 6, t.sent.end)]:
        if x.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return []
        m = _mention_at(ctx, x)
        if m is not None and m.type == "State" and "Gen" in x.morph.get("Case"):
            return [m.entity]
    return []


def _adjective_states(ctx: Context, t: Token) -> list[str]:
    """States the adjectives of `t` name: "датский коллега", "бразильская и аргентинская"."""
    out = []
    for x in (x for c in t.children if c.dep_ == "amod" for x in conjuncts(c)):
        m = _mention_at(ctx, x)
        if m is not None and m.type == "State" and m.entity not in out:
            out.append(m.entity)
    return out


def _with_parties(ctx: Context, sent: Sent, head: Token, pred: Token | None) -> list[str]:
    """States and organizations in a "с X" or "между X и Y" phrase attached to the
    agreement or its predicate ("Между Вьетнамом и Индонезией действует соглашение"), and
    the state of a title there ("подписал с президентом Бразилии меморандум")."""
    others = _coordinated_papers(head)
    targets = ({head.i} | ({pred.i} if pred is not None else set()) | {head.head.i}) - others
    out = []
    for t in sent:
        if not any(c.lower_ in ("с", "со", "между") and c.dep_ == "case" for c in t.children):
            continue
        for x in conjuncts(t):
            if not _near(t, targets, 3) or _near(t, others, 3):
                continue
            m = _mention_at(ctx, x)
            if m is None and x.lemma_ in FIRMS and (firm := _name_after(ctx, x)) is not None:
                m = firm if firm.type == "Organization" else None  # "с компанией Airbus"
            if m is None and x.lemma_ in _ACTING_FOR:  # "с премьер-министром Эфиопии"
                out += [s for s in _title_states(ctx, x) if s not in out]
            person = ctx.entity(m.entity) if m is not None and m.type == "Person" else None
            if person is not None and person.state.startswith("state/"):  # "с Эрдоганом"
                out += [person.state] if person.state not in out else []
            if m is None or m.type not in ("State", "Organization"):
                continue
            side = body_state(ctx, m) if m.type == "Organization" and state_body(ctx, m) else ""
            out.append(side or m.entity)  # "с Министерством финансов Кипра": Cyprus
    return out


def _name_after(ctx: Context, t: Token) -> Mention | None:
    """The mention of the name right after a common noun ("компанией Airbus"), else None; a
    quoted name right after that one is the club's own, the first its league ("с клубом МЛС
    «Интер Майами»", "Клуб Серии А «Аталанта»")."""
    first = next((m for n in t.doc[t.i + 1 : t.i + 3] if (m := _mention_at(ctx, n))), None)
    return None if first is None else quoted_after(ctx, first) or first


def _with_a_firm(sent: Sent, head: Token, pred: Token | None) -> bool:
    """Whether a "с"-phrase on the paper or its predicate is a firm by its common noun ("с
    китайской компанией Huawei"): the firm is the other side, not the state of its
    adjective nor the report's other state."""
    targets = {head.i} | ({pred.i} if pred is not None else set())
    return any(
        t.lemma_ in FIRMS
        and any(c.lower_ in ("с", "со") and c.dep_ == "case" for c in t.children)
        and _near(t, targets, 2)
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
        and _name_after(ctx, c) is None
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
    t = _with_someone(sent, head, pred)
    if t is None or t.pos_ != "NOUN" or _mention_at(ctx, t) is not None:
        return ""
    if t.lemma_ in _ACTING_FOR and _title_states(ctx, t):
        return ""  # "с премьер-министром Эфиопии": a side `_with_parties` names
    case = next(c for c in t.children if c.lower_ in ("с", "со") and c.dep_ == "case")
    return t.doc[case.i : t.i + 1].text.lower()


def _with_someone(sent: Sent, head: Token, pred: Token | None) -> Token | None:
    """The animate noun of a "с"-phrase on the agreement or its predicate, else None."""
    targets = {head.i} | ({pred.i} if pred is not None else set())
    for t in sent:
        if t.pos_ not in ("NOUN", "PROPN") or not is_animate(t):
            continue
        with_ = any(c.lower_ in ("с", "со") and c.dep_ == "case" for c in t.children)
        if with_ and _near(t, targets, 2):
            return t
    return None


def _with_a_person(ctx: Context, r: _Reading, pred: Token | None) -> bool:
    """A contract with one person, not an agreement between states: "контракт с 55-летним
    специалистом", "соглашение с Венгером" (a person who holds no state's office). A people
    in the plural is a side ("соглашение с палестинцами", "с талибами"), and so is the
    holder of an office ("соглашение с премьер-министром Эфиопии")."""
    t = _with_someone(r.sent, r.title.head, pred)
    if t is None or "Sing" not in t.morph.get("Number"):
        return False
    m = _mention_at(ctx, t)
    if m is not None:
        person = ctx.entity(m.entity) if m.type == "Person" else None
        return person is not None and not person.state
    return t.lemma_ not in _ACTING_FOR and not any(c.dep_ == "nmod" for c in t.children)


def _bodies_beside_states(ctx: Context, r: _Reading) -> set[str]:
    """A state's body its sentence names beside that state among the parties: the title
    reads "с Министерством финансов Кипра" as the ministry, `_with_parties` as Cyprus, and
    the body stands for its state, one side ("Boeing заключила мировое соглашение с
    Министерством юстиции США": Boeing, USA)."""
    sent = r.sent
    return {
        m.entity
        for m in ctx.mentions_in(sent.start_char, sent.end_char, "Organization")
        if m.entity in r.parties and state_body(ctx, m) and body_state(ctx, m) in r.parties
    }


def _head_words(head: Token) -> set[str]:
    """The lemmas of a title's head and the words that say which paper it is ("мировое
    соглашение", "договор аренды"), not of its topic ("соглашение о стабилизации мировой
    торговли")."""
    return {head.lemma_, *(c.lemma_ for c in head.children if c.dep_ in ("amod", "nmod"))}


def _contracted_person(ctx: Context, r: _Reading, pred: Token | None) -> str | None:
    """The named person a named club or firm contracts with ("«Севилья» подписала контракт с
    бразильским нападающим Лукасом Перейрой", "«Бенфика» заключила контракт с полузащитником
    Хакимом Зиешем"): the club is the party, he its signer, as in "Пьер Дюран
    заключил контракт с «Марселем»"; None for an unnamed one ("Клуб продлил контракт с
    тренером"), an official or a person of a state by name alone ("контракт с министром
    …"), one named with no sportsman's or coach's role (`sports_roles.txt`: "контракт с
    инженером Маркусом Вебером"), or where no organization signs ("Соглашение с Венгером
    истекло")."""
    if not any((e := ctx.entity(p)) is not None and e.type == "Organization" for p in r.parties):
        return None
    t = _with_someone(r.sent, r.title.head, pred)
    roles = load_list(SPORTS_ROLES)
    if t is None or not any(w.lemma_.replace("ё", "е") in roles for w in (t, t.head, *t.children)):
        return None
    named = None if t is None else _mention_at(ctx, t)
    m = named or (None if t is None or _official(t) else _apposed_person(ctx, t))
    person = ctx.entity(m.entity) if m is not None and m.type == "Person" else None
    if person is None or named is not None and person.state:
        return None
    return person.key


# a player's move to a club, which "с новым клубом" of his contract after it stands for
_MOVES = frozenset({"переход", "трансфер", "перейти", "переходить"})


def _club_moved_to(ctx: Context, r: _Reading, pred: Token | None) -> tuple[str, str] | None:
    """The club and the player of a contract "с новым клубом", "с лондонским клубом" after
    the text tells a named player moving to a named club ("… о переходе нападающего Жоау
    Мендеша в английский «Челси». Мендеш подписал с лондонским клубом контракт", "Габриэл
    Силва перешёл из «Сантоса» в «Аль-Хиляль». Игрок подписал контракт с новым клубом"):
    the nearest move before that names both, where its player is the signer or an unnamed
    sportsman signs; None where none does ("договорились о трансфере полузащитника")."""
    if pred is None:
        return None
    subjects = clause_subjects(pred, _SUBJECTS)
    roles = load_list(SPORTS_ROLES)
    unnamed = any(s.lemma_ in roles and _apposed_person(ctx, s) is None for s in subjects)
    for t in reversed(ctx.doc[: r.sent.start]):
        if t.lemma_ not in _MOVES:
            continue
        found = [(x, m) for x in t.subtree if (m := _mention_at(ctx, x)) is not None]
        movers = [m.entity for _, m in found if m.type == "Person"]
        to = [m.entity for x, m in found if m.type == "Organization" and _moved_into(x, t)]
        if not movers or not to:
            continue  # "Сумма трансфера составила …": no move of a named player
        signed = r.signatories == movers[:1] or unnamed and not r.signatories
        return (to[0], movers[0]) if signed else None
    return None


def _moved_into(name: Token, move: Token) -> bool:
    """Whether a club's name is where the move `move` goes: "в «Челси»", or after its common
    noun ("перешёл в португальский клуб «Бенфика»"), in the accusative and hung on the move
    through no other verb. Not where he was ("ранее игравший в клубе «Вердер», перешёл …":
    a locative of another verb)."""
    noun = name.head if name.dep_ in ("appos", "nmod", "flat:name") else None
    word = name if preposition(name) == "в" else noun if noun and noun.lemma_ in FIRMS else None
    if word is None or preposition(word) != "в":
        return False
    # the common noun's case tells where he goes ("в клуб", not "в клубе"); a club's name may
    # read as another word's oblique case ("Боку" as "бок"'s), so its verb alone tells
    cases = cases_of(word) if word is not name else frozenset()
    return (not cases or "Acc" in cases) and _hung_on(word, move)


def _hung_on(word: Token, verb: Token) -> bool:
    """Whether `word` hangs on `verb` through nouns only, no other verb or participle."""
    t = word.head
    while t.i != verb.i and t.head.i != t.i:
        if is_verb(t):
            return False
        t = t.head
    return t.i == verb.i


_EXTEND = frozenset({"продлить", "продлевать"})


def _extending_player(ctx: Context, r: _Reading, verb: Token) -> str | None:
    """The named sportsman or coach who extends his contract with a named club ("Полузащитник
    Матиас Гомес продлил контракт с «Ювентусом»"): its signer, the club its party, as where
    he signs it (`_contracted_person`); None for an unnamed one ("Полузащитник продлил
    контракт"), one of no sportsman's role, or where no organization is a side."""
    if verb.lemma_ not in _EXTEND or not any(
        (e := ctx.entity(p)) is not None and e.type == "Organization" for p in r.parties
    ):
        return None
    roles = load_list(SPORTS_ROLES)
    for t in clause_subjects(verb, _SUBJECTS):
        m = _apposed_person(ctx, t) if t.lemma_.replace("ё", "е") in roles else None
        if m is not None and m.type == "Person":
            return m.entity
    return None


_HAVING = frozenset({"быть", "есть", "иметься"})


def _holding_player(ctx: Context, r: _Reading) -> str | None:
    """The named sportsman or coach who has a contract with a named club ("У нападающего
    Марко Росси был контракт с «Бенфикой»"): its signer, the club its party, as where he
    signs it (`_contracted_person`); None for an unnamed one, one of no sportsman's role
    ("У инженера Маркуса Вебера был контракт с Siemens") or where no organization is a side."""
    head = r.title.head
    clubs = (e for p in r.parties if (e := ctx.entity(p)) is not None)
    if not _had(head) or not any(e.type == "Organization" for e in clubs):
        return None
    roles = load_list(SPORTS_ROLES)
    verb = head.head  # the parse may make "был" the copula of the holder, its head
    for t in [*verb.children, *([verb.head] if verb.dep_ == "cop" else [])]:
        if preposition(t) != "у" or t.lemma_.replace("ё", "е") not in roles:
            continue
        m = _apposed_person(ctx, t)
        if m is not None and m.type == "Person":
            return m.entity
    return None


def _had(head: Token) -> bool:
    """Whether the paper is the subject of a verb of having ("у него был контракт")."""
    return head.dep_ == "nsubj" and head.head.lemma_ in _HAVING


def _sides(sent: Sent, head: Token, pred: Token | None) -> list[list[Token]]:
    """The coordinated sides a sentence gives a paper: a "между X и Y" on it or its
    predicate, and two or more subjects of its verb ("X и Y подписали")."""
    targets = {head.i} | ({pred.i} if pred is not None else set()) | {head.head.i}
    out = [
        conjuncts(t)
        for t in sent
        if any(c.lower_ == "между" and c.dep_ == "case" for c in t.children)
        and _near(t, targets, 3)
    ]
    if pred is not None and pred.pos_ in ("VERB", "AUX"):
        out += [conjuncts(c) for c in pred.children if c.dep_ in _SUBJECTS]
    return [s for s in out if len(s) > 1]


def _no_two_states(ctx: Context, sides: list[Token]) -> bool:
    """Persons among a paper's sides that make it no two states' paper: one kg places in no
    state or a name it does not know beside them ("между Шольцем и Макроном" where Macron's
    office is not told, "Эрдоган и бизнесмен Петров подписали"), or all of one state ("между
    Путиным и Медведевым"). A one-party paper of one of them is a fact the text does not
    state."""
    found = [(x, _mention_at(ctx, x) or _apposed_person(ctx, x)) for x in sides]
    persons = [ctx.entity(m.entity) for _, m in found if m is not None and m.type == "Person"]
    if not persons:
        return False
    if any(m is None and x.pos_ == "PROPN" for x, m in found):  # "Макроном"
        return True
    if any(p is None or not p.state for p in persons):
        return True
    return len(persons) == len(sides) and len({p.state for p in persons if p}) == 1


def _same(a: _Reading, b: _Reading) -> bool:
    if not same_fact(a.identity(), b.identity()):
        return False
    if _renewed([b]):
        return False
    if a.title.entry is not None or b.title.entry is not None:
        return a.title.entry is b.title.entry
    return a.title.words == b.title.words


def _renewed(group: list[_Reading]) -> bool:
    """A "новое/другое соглашение о торговле" is not the one of that title named before it
    ("В 2010 году подписали соглашение о торговле. Сегодня подписали новое …")."""
    return any(c.lemma_ in NOT_SAME for r in group for c in r.title.head.children)


def _antecedent(
    readings: list[_Reading], i: int, groups: list[list[_Reading]]
) -> list[_Reading] | None:
    """The named agreement a bare reference stands for, or None."""
    r = readings[i]
    head = r.title.head
    if r.plural:
        return None
    if any(c.lemma_ in NOT_SAME for c in head.children):
        return _firms_deal_before(readings, i, groups)
    if head.lemma_ == "документ":
        pointed = _pointed_back(readings, i)
        return _group_of(pointed, groups) if pointed is not None else None
    same = [x for x in readings if x.named and x.title.kind == r.title.kind]
    before = [x for x in same if x.title.head.i < head.i]
    if before:
        return _group_of(before[-1], groups)
    if same:
        return _group_of(same[0], groups)
    if len(groups) == 1 and _kindless(groups[0]) and _refers_back(r, groups[0]):
        return groups[0]  # "подписали документ о …. Меморандум вступит в силу": that paper
    if len(groups) != 1 or r.title.kind not in ("Agreement", groups[0][0].title.kind):
        return None  # a bare "меморандум" is no "Соглашение о торговле"; "соглашение" is any
    return groups[0]


def _kindless(group: list[_Reading]) -> bool:
    """A paper named only as a "документ" titled by its topic (`_signed_paper`), whose kind
    the text has not said."""
    return all(_titled_document(x.title) for x in group if x.named)


def _refers_back(r: _Reading, group: list[_Reading]) -> bool:
    """Whether a bare "меморандум" after a "документ" of no kind is that paper, so tells its
    kind: one a determiner points back with ("этот меморандум") or one of the status the
    paper has ("подписали документ о …. Меморандум вступит в силу"), not one told as one
    more ("Стороны также готовят меморандум") or that the sides have still to sign."""
    if any(c.lemma_ in _DETERMINERS for c in r.title.head.children):
        return True
    return r.status == _status(group) and not _one_more(r)


def _kind_title(group: list[_Reading], first: _Reading) -> Title:
    """The title whose kind the paper has: its first named one's, unless that is a
    "документ" of no kind and a reference to it says what it is ("подписали документ о
    сотрудничестве. Меморандум вступит в силу" is a memorandum)."""
    if not _titled_document(first.title):
        return first.title
    told = (r.title for r in group if r.title.head.lemma_ != "документ" and r.title.kind)
    return next(told, first.title)


def _pointed_back(readings: list[_Reading], i: int) -> _Reading | None:
    """The named paper a "документ" at `readings[i]` points back to: the last one before it,
    within 80 tokens unless a determiner points ("этот документ"); None where there is none."""
    head = readings[i].title.head
    recent = [x for x in readings[:i] if x.named and head.i - x.title.head.i < 80]
    determined = any(c.lemma_ in _DETERMINERS for c in head.children)
    before = [x for x in readings[:i] if x.named] if determined else recent
    return before[-1] if before else None


def _pointers_first(readings: list[_Reading]) -> None:
    """A "документ" titled by its topic (`_signed_paper`) that points back to a paper named
    before it is that paper ("подписали соглашение о поставках газа. Подписанный сторонами
    документ о поставках …"): the pointer rule comes first. One the text signs as one more,
    of another topic, is a paper of its own, of the sides of the paper before where its
    sentence names none (`_one_more_paper`)."""
    for i, r in enumerate(readings):
        before = _pointed_back(readings, i) if _titled_document(r.title) else None
        if before is None:
            continue
        if _one_more_paper(r, before):
            r.demoted = False
            r.parties = r.parties if len(r.parties) >= 2 else list(before.parties)
        else:
            r.demoted = True


def _topic(r: _Reading) -> set[str]:
    """The key words of a title but its head and the generic ones ("сотрудничество")."""
    return set(r.title.words) - {lem(r.title.head.text)} - _GENERIC


def _one_more_paper(r: _Reading, before: _Reading) -> bool:
    """A titled "документ" signed as one more ("Также стороны подписали документ о …",
    "Кроме того, был подписан документ о …"), after a paper of two sides whose key words
    its title shares none of: "Документ о поставках газа" told after "соглашение о поставках
    газа" stays that paper."""
    if r.status != "signed" or len(before.parties) < 2 or _topic(r) & _topic(before):
        return False
    return _one_more(r)


def _one_more(r: _Reading) -> bool:
    """A paper its sentence tells as one more ("Кроме того, …", "Стороны также подписали …")."""
    opening = [t.lower_ for t in itertools.islice(r.sent, 3) if not t.is_punct]
    verb = r.title.head.head
    return opening[:2] == ["кроме", "того"] or any(c.lower_ == "также" for c in verb.children)


def _signed_by_a_subject(head: Token) -> bool:
    """Whether the verb a paper is the object or subject of has a subject of its own ("Индия
    и Япония подписали соглашение"), not "Соглашение было подписано" nor "При подписании
    соглашения министр заявил"."""
    verb = head.head
    return verb.pos_ in ("VERB", "AUX") and any(
        c.i != head.i and c.dep_.startswith("nsubj") for c in verb.children
    )


def _firms_deal_before(
    readings: list[_Reading], i: int, groups: list[list[_Reading]]
) -> list[_Reading] | None:
    """ "Новое соглашение" where every paper named before is a firm's deal is that deal, new
    on the market ("Банк подписал соглашение о покупке доли … При подписании нового
    соглашения министр заявил"), not another paper of states; else no paper named before."""
    before = [x for x in readings[:i] if x.named]
    if before and all(x.title.private for x in before):
        return _group_of(before[-1], groups)
    return None


def _may_stand_for(ctx: Context, r: _Reading, group: list[_Reading]) -> bool:
    """A bare reference ("договор, подписанный в 2000 году") whose date or conclusion
    contradicts the agreement before it is another agreement (`kg.extract.identity`), and so
    is one between other parties ("соглашение между Арменией и Ираном" after one of Russia
    and Ukraine), and so may be one beside a paper of its own sides (`_of_its_own_sides`).
    The sides kg guesses for a paper no subject signs are no reason to part it from a firm's
    deal before it (`_signed_by_a_subject`)."""
    if group[0].title.private and not _signed_by_a_subject(r.title.head):
        return True
    if not _parties_agree([r], group) or _of_its_own_sides(ctx, r, group):
        return False
    if _other_kind_of_side(r, group):
        return False
    if _of_another_year(ctx, r, group) or _nested(r, group):
        return False
    return all(same_fact(x.identity(), replace(r.identity(), kind=x.title.kind)) for x in group)


def _other_kind_of_side(r: _Reading, group: list[_Reading]) -> bool:
    """A bare paper with a side kg names no state for ("подписал соглашение с курдами") is
    not a paper of two states told before it ("Турция и Египет подписали соглашение о
    торговле"), nor one with another such side: its other side is that group, not a state."""
    if not r.unnamed_side:
        return False
    theirs = {x.unnamed_side for x in group if x.unnamed_side}
    if theirs:
        return r.unnamed_side not in theirs
    return len(_sides_read(group) or set()) >= 2 or any(x.firm_side for x in group)


def _nested(r: _Reading, group: list[_Reading]) -> bool:
    """A paper named in the clause of a bare one, or the reverse, is another paper: "подписали
    соглашение, которое дополняет договор о границе 1929 года" signs the agreement only; so
    is one its sentence names as the frame of the act ("Договорённость достигнута в рамках
    Договора о водах")."""
    head = r.title.head
    if any(x.sent.start == r.sent.start and framed(x.title.head) for x in group):
        return True
    return any(head.is_ancestor(x.title.head) or x.title.head.is_ancestor(head) for x in group)


def _of_another_year(ctx: Context, r: _Reading, group: list[_Reading]) -> bool:
    """A bare head with a year of its own ("соглашение 2010 года") is another paper than one
    of another kind ("Договор о границе") or of another year, and than one the report tells
    signed with no date, which is signed at the report's time: "Аргентина и Чили подписали
    соглашение о туризме. Соглашение 2010 года утратило силу" are two papers."""
    own = r.title.date_from[:4]
    if not own:
        return False
    if group[0].title.kind != r.title.kind:
        return True
    years = {x.date[:4] for x in group if x.date}
    if not years and any(x.reported for x in group):
        years = {ctx.document.date[:4]} - {""}
    return bool(years) and own not in years


def _of_its_own_sides(ctx: Context, r: _Reading, group: list[_Reading]) -> bool:
    """A title dated and naming its sides ("Соглашение между Египтом и Суданом 1959 года")
    is a paper of those sides only: a bare "соглашение" of the report is not it when told
    before it, or after a sentence naming a state that is none of its sides ("Эфиопия,
    Египет и Судан провели переговоры. Стороны подписали соглашение")."""
    own = [x for x in group if x.named and x.title.date_from and len(set(x.title.states)) >= 2]
    if not own:
        return False
    x = own[0]
    if r.title.head.i < x.title.head.i:
        return True
    between = ctx.mentions_in(x.sent.end_char, r.sent.start_char, "State")
    return any(m.entity not in x.title.states for m in between)


def _signers_only(r: _Reading) -> bool:
    """A title that says only who concludes it: "межправительственное соглашение",
    "договорённость между консерваторами и либеральными демократами", "соглашение Японии и
    Филиппин"."""
    t = r.title
    if not r.named or t.entry is not None:
        return False
    left = [x for x in t.tokens if x.i < t.head.i]
    right = [x for x in t.tokens if x.i > t.head.i]
    if not all(x.lemma_ in _SIGNERS for x in left):
        return False
    if not right:
        return bool(left)
    if right[0].lower_ != "между":  # "соглашение Японии и Филиппин": its sides' names only
        names = all(x.pos_ in ("PROPN", "CCONJ") or x.text == "," for x in right)
        return names and len(set(t.states)) >= 2
    return not any(x.pos_ == "ADP" for x in right[1:])


def _demote_signers_only(readings: list[_Reading]) -> None:
    """A title that says only who concludes it is a reference, not a name, when the
    document names an agreement of its kind otherwise: "участники подписали
    межправительственное соглашение … ратифицировали соглашение о создании форума",
    "одобрила соглашение о создании правительства … согласно договорённости между
    консерваторами и либеральными демократами"; so is one of papers counted ("заключили
    более 200 межправительственных соглашений"), which names none of them."""
    for r in readings:
        if _signers_only(r) and (_counted(r.title.head) or any(
            x.named and not _signers_only(x) and x.title.kind == r.title.kind and _sides_fit(r, x)
            for x in readings
        )):  # fmt: skip
            r.demoted = True


def _sides_fit(r: _Reading, x: _Reading) -> bool:
    """Whether the states a title names as its sides may be those of agreement `x`: not
    "Соглашение между США, Мексикой и Канадой" for one Mexico and the US signed."""
    sides, theirs = set(r.title.states), set(x.parties)
    return not sides or sides <= theirs or (len(theirs) < 2 and theirs <= sides)


def _group_of(r: _Reading, groups: list[list[_Reading]]) -> list[_Reading]:
    return next(g for g in groups if r in g)


def _informative(r: _Reading) -> bool:
    """A generic mention worth a fact: signed, planned or negotiated with a named party, one
    two named sides never concluded ("Япония и Россия так и не заключили мирный договор"),
    which the news counts as a failed agreement, or a named player's contract with a named
    club that he extends or that it extends with him."""
    if r.never:
        return len(r.parties) >= 2
    head = r.title.head
    if r.title.with_parties and (r.declined or _topic_adjective(head) or _judged(head)):
        return True  # "разорвать мирный договор с Израилем", "отказаться от подписания
        # соглашения с ЕС", "назвал соглашение с Грецией важным": a paper of a named side the
        # news speaks of
    if r.title.date_from and len(r.parties) >= 2:
        return True  # "продлили временное соглашение 2018 года": one paper its year names
    if (r.left or _had(r.title.head)) and r.for_self and r.parties:
        return True  # "Полузащитник … продлил контракт с «Ювентусом»", "У нападающего … был
        # контракт с «Бенфикой»": his club's paper
    return r.status != "mentioned" and bool(r.parties or r.signatories)


def _judged(head: Token) -> bool:
    """A paper a verb of naming calls something in the instrumental ("назвал соглашение с
    Грецией важным", "считает соглашение с Того выгодным", "назвал … историческим шагом"):
    one the speaker speaks of as made; not one called possible or needed, nor not so called
    ("считает соглашение с Ираном невозможным", "не считает …")."""
    said = called(head)
    if not said or negated(head.head):
        return False
    return not any(_unmade(c) for c in said)


def _unmade(word: Token) -> bool:
    """The instrumental `word` says a paper is not made: by itself, an adjective of it or a
    word joined to it ("невозможным", "плохой идеей", "важным, но преждевременным"), or
    with its genitive as an idiom ("делом будущего"); not by another noun it governs
    ("залогом будущего")."""
    adjectives = (c.lemma_ for c in word.children if c.dep_ == "amod")
    if word.lemma_ in _UNMADE_JUDGEMENTS or any(a in _UNMADE_JUDGEMENTS for a in adjectives):
        return True
    kin = (c.lemma_ for c in word.children if c.dep_ == "nmod" and not has_preposition(c))
    if any((word.lemma_, k) in _UNMADE_IDIOMS for k in kin):
        return True
    return any(_unmade(c) for c in word.children if c.dep_ == "conj")


def _denied(head: Token) -> bool:
    """A paper the text says there is none of ("не подписали ни одного соглашения", "не
    достигнуто никаких договорённостей между X и Y"): no agreement, named or not."""
    return any(c.lower_ in _NONE or c.lemma_ == "никакой" for c in head.subtree if c.i < head.i)


def _topic_adjective(head: Token) -> bool:
    """ "мирный договор", "торговое соглашение": an adjective that says what it is about."""
    return any(c.dep_ == "amod" and c.lemma_ in TOPICAL for c in head.children)


def _fact(ctx: Context, group: list[_Reading]) -> Agreement:
    named = [r for r in group if r.named]
    first = next((r for r in named if r.title.entry is not None), named[0])
    entry: Entry | None = first.title.entry
    status = _status(group)
    date = next((r.date for r in group if r.date), "")
    place = next((r.place for r in group if r.place), "")
    parties = list(entry.parties) if entry is not None and entry.parties else []
    if not parties:
        parties = list(dict.fromkeys(p for r in group for p in r.parties))
        if not parties and entry is None and not any(r.refused for r in group):
            parties = [] if _historic(ctx, date) else _pair_in_context(ctx, named)
        if not any(r.unnamed_side or r.firm_side for r in group):
            parties = _complete(ctx, parties, first.sent, first.title)
    signatories = sorted({p for r in group for p in r.signatories})
    title = entry.title if entry is not None else first.title.text
    words = entry.words if entry is not None else first.title.words
    roles = (*words, *_scope(ctx, group, entry, date))
    kind = _kind(ctx, _kind_title(group, first), parties, signatories)
    key = Identity(kind, parties=_keyed_sides(parties, signatories), roles=roles, named=True).key(
        "agreement"
    )
    evidence = [ctx.evidence(*ctx.trimmed(r.sent)) for r in group]
    return Agreement(key, title, kind, status, date, place, sorted(parties),  # type: ignore[arg-type]
                     signatories, _unique(evidence))  # fmt: skip


# Head nouns that name a state's treaty and a firm's contract alike ("договор"), not those
# only states make ("конвенция", "пакт").
_CONTRACT_HEADS = frozenset({"договор"})


def _kind(ctx: Context, title: Title, parties: list[str], signatories: list[str]) -> str:
    """A "договор" whose sides are firms, clubs or other private bodies, with at most one
    state ("Toyota и VinFast заключили договор", a player's "договор с «Бенфикой»", "Вьетнам
    подписал с компанией Thales договор на поставку радаров"), or of no side that private
    persons sign ("Нападающий Пьер Дюран подписал новый договор") is a contract, of kind
    Agreement: the contract keeps Treaty for papers between states. A gazetteer's treaty and
    one of two states, with a union or of no known side keep their word's kind."""
    states = [p for p in parties if p.startswith("state/")]
    others = [p for p in parties if p not in states]
    contract = title.entry is None and title.head.lemma_ in _CONTRACT_HEADS and len(states) < 2
    private = bool(others) and all(_private_body(ctx, p) for p in others)
    signed = not parties and bool(signatories)
    signed = signed and all(
        _private_person(ctx, p) or _team_role(ctx, title.head.sent, p) for p in signatories
    )
    return "Agreement" if contract and (private or signed) else title.kind


def _private_person(ctx: Context, key: str) -> bool:
    """A person of no state whose role the text gives as a private one: a sportsman's or a
    coach's (`sports_roles.txt`), a firm's executive's or another trade's (`is_trade`:
    "бизнесмен", "актёр"): he signs for himself, not for a state. Not one of any other title,
    which an office list may miss ("Генпрокурор", "Монарх", "Адмирал" sign for their state),
    nor one known by name alone, who may be any state's signer."""
    person = ctx.entity(key)
    if person is None or person.type != "Person" or person.state or not person.office:
        return False
    role = _role_noun(person.office)
    return role in load_list(SPORTS_ROLES) or role in _EXECUTIVES or is_trade(role)


def _team_role(ctx: Context, sent: Sent, key: str) -> bool:
    """A signer whose role the sentence gives as one of a sports team ("Капитан команды
    Матео Гарсия", "Матео Гарсия, капитан сборной Уругвая"; `team_nouns.txt`,
    `_sports_team`): a word like "капитан" the office list keeps alone is a sportsman's only
    by its genitive, not a ship's or a rank's captain, who signs for his state."""
    for m in ctx.mentions_in(sent.start_char, sent.end_char):
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.entity != key or span is None:
            continue
        name = span.root
        roles = [c for c in name.children if c.dep_ == "appos"]
        roles += [name.head] if name.dep_ == "appos" else []
        teams = ((r, c) for r in roles for c in r.children if c.dep_ == "nmod")
        if any(_sports_team(ctx, r, c) for r, c in teams):
            return True
    return False


# Roles of a team's own player, which make a team of no one's a sports one ("капитан
# команды", "лидер клуба")
_TEAM_ROLES = frozenset({"капитан", "лидер"})


def _sports_team(ctx: Context, role: Token, team: Token) -> bool:
    """A team or club a role is of that is a sports one: sports by its word or by a modifier
    or genitive (`sports_marks.txt`: "сборной", "футбольного клуба", "клуба Премьер-лиги"),
    or of a player's role with no genitive but a state's or a quoted name, the team's own
    ("капитан команды", "капитан команды «Насьональ»"). Not the team of
    someone ("глава команды переговорщиков", "представитель команды президента", "лидер
    команды коалиции") nor a club of other kinds ("Глава Лондонского клуба"): their heads
    sign for their states."""
    if team.lemma_.replace("ё", "е") not in load_list(TEAM_NOUNS):
        return False
    marks = load_list(SPORTS_MARKS)
    near = [c for c in team.children if c.dep_ in ("amod", "nmod")]
    if any(c.lemma_.replace("ё", "е") in marks for c in (team, *near)):
        return True
    owners = [c for c in near if c.dep_ == "nmod" and not _state_mention(ctx, c)]
    return role.lemma_ in _TEAM_ROLES and not [c for c in owners if not _quoted(c)]


def _quoted(t: Token) -> bool:
    """A word that opens a name in quotes ("команды «Пеньяроль»"): the team's own name, which
    the parse may hang on it as a genitive, not someone whose team it is."""
    return any(c.dep_ == "punct" and c.text in OPENING and c.i < t.i for c in t.children)


def _state_mention(ctx: Context, t: Token) -> bool:
    """A token of a state's name ("сборной Уругвая")."""
    m = _mention_at(ctx, t)
    return m is not None and m.type == "State"


def _role_noun(office: str) -> str:
    """The noun of an office as kg stores it, past the adjectives before it ("главный тренер":
    "тренер", "генеральный директор": "директор")."""
    words = office.lower().replace("ё", "е").split()
    return next((w for w in words if morph().can_be(w, "NOUN")), "")


def _keyed_sides(parties: list[str], signatories: list[str]) -> frozenset[str]:
    """The sides that key a titled paper: its states, or its organizations where it has no
    state (the coalition agreement of two parties is not another two parties' one), or its
    signers where it has neither ("Энтони Албаниз и Адам Бандт подписали коалиционное
    соглашение" is not the one Фридрих Мерц and Ларс Клингбайль signed)."""
    states = frozenset(p for p in parties if p.startswith("state/"))
    return states or frozenset(parties) or frozenset(signatories)


def _scope(ctx: Context, group: list[_Reading], entry: Entry | None, date: str) -> list[str]:
    """What else keys a paper the gazetteer does not know: its era (`_era_of`). Not its
    document where no side is known: keyed so, a paper two held-out reports name without
    sides kg reads split in two and lost what each report adds (validation agreements
    strict F1 0.50 → 0.31), so "Четыре партии подписали коалиционное соглашение" still
    joins another document's paper of that title and era."""
    if entry is not None:
        return []
    return [_era_of(ctx, group, date)]


def _status(group: list[_Reading]) -> str:
    """The furthest status its readings reach, except that a paper a side leaves stays
    mentioned, however a sentence tells its signing, and that sides who agreed on a thing
    whose paper is still to be signed have planned it ("договорились о торговле;
    соглашение будет подписано в мае"): the arrangement is no signature; and talks the text
    goes on to say a signing follows are over ("завершили переговоры о соглашении, документ
    будет подписан в марте"): planned."""
    signed = [r for r in group if r.status == "signed"]
    if signed and any(r.left for r in group):
        return "mentioned"  # "вышла из соглашения … Соглашение было подписано в 2000 году"
    planned = [r.title.head.i for r in group if r.status == "planned"]
    if signed and all(r.arranged for r in signed) and planned:
        return "planned"
    talks = [r.title.head.i for r in group if r.status == "negotiating"]
    if not signed and talks and planned and max(planned) > min(talks):
        return "planned"
    return min((r.status for r in group), key=RANK.__getitem__)


def _historic(ctx: Context, date: str) -> bool:
    """A paper dated decades before the document ("Соглашение о Шпицбергене 1920 года"),
    which today's two sides, named near it, did not conclude for it."""
    now = ctx.reference_year
    return date[:4].isdigit() and bool(now) and now - int(date[:4]) >= HISTORY_YEARS


def _era_of(ctx: Context, group: list[_Reading], date: str) -> str:
    """What tells a title of common words from the same title of another year in another
    document ("соглашение о торговле" of 2010 and the "новое соглашение о торговле" of
    today): its year where the text dates it, the document's where it is new or the report
    tells it signed ("подписали соглашение" of today's report is "соглашение, подписанное
    10 апреля" of a later one); else "" (one node for every undated mention). Never its day,
    not even for a paper of no state side: a key cannot tell a retelling that gives only the
    month or year ("Соглашение о прекращении огня, подписанное в октябре") from another
    paper, so keyed by day the two split."""
    if date:
        return date[:4]
    if _renewed(group):
        return ctx.document.date[:4] or ctx.document.id
    if any(r.reported for r in group):
        return ctx.document.date[:4]
    return ""


def _arranging_parties(ctx: Context, r: _Reading, verb: Token) -> list[str]:
    """Who tries to agree: the subjects of "договориться" and its "с X"."""
    _subjects(ctx, r, verb)
    return r.parties + [p for p in _with_parties(ctx, r.sent, verb, None) if p not in r.parties]


def _pair_in_context(ctx: Context, readings: list[_Reading]) -> list[str]:
    """A named agreement whose text names no party is between the document's two states
    when its sentences involve one of them ("предложить российской стороне проект
    договора о ПРО") or both as "стороны" ("Стороны договорились ускорить работу над
    проектом соглашения о …": the report's sides as `_report_sides` reads them, the only two
    of a short report too); an organization in its title makes it multilateral."""
    if any(w.startswith("org/") for r in readings for w in r.title.words):
        return []
    sides = list(main_pair(ctx, only_two=True, places=True))
    if any(_sides_word(t) for r in readings for t in r.sent) and not _others_named(
        ctx, readings, sides
    ):
        return sides
    pair = main_pair(ctx)
    if not pair:
        return []
    found: list[str] = []
    for r in readings:
        for m in ctx.mentions_in(r.sent.start_char, r.sent.end_char):
            entity = ctx.entity(m.entity)
            state = m.entity if m.type == "State" else (entity.state if entity else "")
            if state in pair and state not in found and not _only_compared(ctx, r.sent, state):
                found.append(state)
    return found


def _others_named(ctx: Context, readings: list[_Reading], sides: list[str]) -> bool:
    """The paper's sentences name a state that is none of the report's sides ("Пакистан
    предложил Китаю проект соглашения, однако стороны пока не пришли к согласию" in a
    report on France and India): "стороны" are theirs, not the report's."""
    return any(
        m.type == "State" and m.entity not in sides
        for r in readings
        for m in ctx.mentions_in(r.sent.start_char, r.sent.end_char)
    )


def _sides_word(t: Token) -> bool:
    """ "Стороны", "обе стороны": the report's two sides, as a word (no name)."""
    return t.lemma_ == "сторона" and "Plur" in t.morph.get("Number") and not _other_states(t)


def _fuse_paraphrases(groups: list[list[_Reading]]) -> list[list[_Reading]]:
    """Joins two named agreements of one document told in other words: a headline's
    "Договорённость вернуть Афанасьева" and the lead's "договорённость вернуть на родину
    двоих осуждённых украинцев — Геннадия Афанасьева и …" (see `_paraphrase`). The
    longer title leads the joined group, so it names the agreement."""
    out: list[list[_Reading]] = []
    for g in groups:
        same = next((o for o in out if _paraphrase(o, g)), None)
        if same is None:
            out.append(g)
            continue
        longer = len(g[0].title.tokens) > len(same[0].title.tokens)
        same[:] = g + same if longer else same + g
    return out


def _fuse_shorter(groups: list[list[_Reading]]) -> list[list[_Reading]]:
    """Joins a title to a longer one of the same document that contains all its key words
    and more ("Соглашение по ФСЭГ" and "Соглашение о создании ФСЭГ"), when it has a key word
    of its own besides the head and generic words, and the parties agree. The longer title
    leads, so it names the agreement."""
    out: list[list[_Reading]] = []
    for g in sorted(groups, key=lambda g: -len(g[0].title.words)):
        same = next((o for o in out if _joins(o, g) and _may_join(o, g)), None)
        if same is None:
            out.append(g)
        else:
            same.extend(g)
    return sorted(out, key=lambda g: min(r.title.head.i for r in g))


def _joins(longer: list[_Reading], shorter: list[_Reading]) -> bool:
    return _contains(longer[0], shorter[0]) or _other_head(longer, shorter)


def _other_head(a: list[_Reading], b: list[_Reading]) -> bool:
    """The same title words under "договор" and "соглашение", told in other sentences of one
    document, are one paper ("подписали договор о границе. Соглашение о границе вступит в
    силу", "коалиционное соглашение … Коалиционный договор"), as an unnamed "мирный договор"
    and "мирное соглашение" are (`_generic_facts`), when they are dated alike, told of one
    time and of no other status."""
    x, y = a[0].title, b[0].title
    if {x.kind, y.kind} != _TREATY_OR_AGREEMENT or x.entry is not None or y.entry is not None:
        return False
    if {r.sent.start for r in a} & {r.sent.start for r in b}:
        return False  # "подписали договор о X и соглашение о X": two papers
    if {r.date[:4] for r in a if r.date} != {r.date[:4] for r in b if r.date}:
        return False  # "Договор о границе 1929 года" is not the agreement signed today
    if _of_other_time(a) != _of_other_time(b):
        return False  # "подписали соглашение о X. Ранее … договор о X, который утратил силу"
    told = [{r.status for r in g} - {"mentioned"} for g in (a, b)]
    if all(told) and told[0] != told[1]:
        return False  # "подписали договор о X. Соглашение о X планируют подписать"
    wx = set(x.words) - {lem(x.head.text)}
    wy = set(y.words) - {lem(y.head.text)}
    return bool(wx - _GENERIC) and wx == wy


def _of_other_time(group: list[_Reading]) -> bool:
    """A sentence of the group tells of an earlier time or of the paper's end
    (`other_time_words.txt`: "ранее", "прежний", "утратил силу")."""
    return any(t.lemma_ in load_list(OTHER_TIME_WORDS) for r in group for t in r.sent)


def _contains(longer: _Reading, shorter: _Reading) -> bool:
    a, b = longer.title, shorter.title
    if a.kind != b.kind or a.entry is not None or b.entry is not None:
        return False
    own = set(b.words) - _GENERIC - {lem(b.head.text)}
    return bool(own) and set(b.words) < set(a.words)


def _may_join(a: list[_Reading], b: list[_Reading]) -> bool:
    """Two groups of one document may be one agreement: parties that agree, neither told as
    new, and identities that agree ("Договор о дружбе, подписанный в 1992 году" is not the
    "новый договор о дружбе и сотрудничестве" signed today)."""
    if not _parties_agree(a, b) or _renewed(a) or _renewed(b):
        return False
    return all(same_fact(x.identity(), replace(y.identity(), kind=x.title.kind))
               for x in a for y in b)  # fmt: skip


def _parties_agree(a: list[_Reading], b: list[_Reading]) -> bool:
    pa, pb = _sides_read(a), _sides_read(b)
    return pa is None or pb is None or pa <= pb or pb <= pa


def _sides_read(group: list[_Reading]) -> set[str] | None:
    """The sides of the paper `group` tells: a lexicon paper's own ("США вышли из ДРСМД.
    Договор был подписан Михаилом Горбачёвым и Рональдом Рейганом": the USSR and the USA,
    not the USA that leaves it), None for one open to any state (ДОВСЕ, ДНЯО), else the sides
    its readings name."""
    entry = next((r.title.entry for r in group if r.title.entry is not None), None)
    if entry is not None:
        return set(entry.parties) or None
    return {p for r in group for p in r.parties}


_GENERIC = load_list(GENERIC_TITLE_WORDS)
_CONTENT_POS = ("NOUN", "PROPN", "VERB")


def _content(r: _Reading) -> set[str]:
    """Key words of a title that are nouns or verbs after its head, generic words out."""
    head = r.title.head.i
    after = {word_lemma(t) for t in r.title.tokens if t.i > head and t.pos_ in _CONTENT_POS}
    return (after & set(r.title.words)) - _GENERIC


def _paraphrase(a: list[_Reading], b: list[_Reading]) -> bool:
    """Same kind, parties that agree, told in different sentences, sharing a content word,
    and most content words of the shorter title found in the other's sentences."""
    x, y = a[0], b[0]
    if x.title.kind != y.title.kind or x.title.entry is not None or y.title.entry is not None:
        return False
    if not _may_join(a, b) or {r.sent.start for r in a} & {r.sent.start for r in b}:
        return False
    wa, wb = _content(x), _content(y)
    if not wa & wb:
        return False
    short, other = (a, b) if len(wa) <= len(wb) else (b, a)
    told = {word_lemma(t) for r in other for t in r.sent}
    words = wa if short is a else wb
    return len(words & told) * 2 > len(words)


def _generic_facts(
    ctx: Context, readings: list[_Reading]
) -> list[tuple[Agreement, list[_Reading]]]:
    """Facts for agreements named only generically, titled by kind and parties; in one
    document a treaty and an agreement of one topic and the same sides are one paper
    ("мирный договор с Израилем" … "мирное соглашение с Израилем")."""
    out: list[tuple[Agreement, list[_Reading]]] = []
    by_topic: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[Agreement, list[_Reading]]] = {}
    sided = [(r, sorted(_generic_parties(ctx, r))) for r in readings]
    sided.sort(key=lambda x: -len(x[1]))  # a paper told with all its sides first: one told
    for r, parties in sided:  # later or before with fewer joins it (`_told`)
        head = r.title.head
        gender = morph().gender(head.text)
        topic = sorted((c for c in head.children if c.dep_ == "amod" and c.lemma_ in TOPICAL),
                       key=lambda c: c.i)  # fmt: skip
        same = (tuple(c.lemma_ for c in topic), tuple(parties))
        told = _told(by_topic, same) if topic and r.title.kind in _TREATY_OR_AGREEMENT else None
        if told is not None:
            told[0].evidence = _unique([*told[0].evidence, ctx.evidence(*ctx.trimmed(r.sent))])
            told[1].append(r)
            continue
        words = [morph().nominative(c.text.lower(), gender) for c in topic]
        head_word = " ".join([*words, morph().nominative(head.text.lower())])
        sides = r.unnamed_side or _between(ctx, parties, r.sent)  # "с палестинцами", not its party
        title = head_word[:1].upper() + head_word[1:] + " " + sides
        key = _group_identity(ctx, [r], parties).key("agreement")
        ev = [ctx.evidence(*ctx.trimmed(r.sent))]
        kind = _kind(ctx, r.title, parties, r.signatories)
        fact = Agreement(key, title.strip(), kind, r.status, r.date, r.place,  # type: ignore[arg-type]
                         parties, sorted(r.signatories), ev)  # fmt: skip
        out.append((fact, [r]))
        if topic and r.title.kind in _TREATY_OR_AGREEMENT:
            by_topic[same] = out[-1]
    return out


def _generic_parties(ctx: Context, r: _Reading) -> list[str]:
    """The sides of a paper named only generically: a side kg cannot name ("с палестинцами")
    keeps its one party; else the missing side is completed."""
    if r.unnamed_side or r.firm_side:
        return r.parties
    return _complete(ctx, list(r.parties), r.sent, r.title)


def _told(
    by_topic: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[Agreement, list[_Reading]]],
    same: tuple[tuple[str, ...], tuple[str, ...]],
) -> tuple[Agreement, list[_Reading]] | None:
    """The paper of this topic told before with these sides, or with these and more: a
    "торговое соглашение с Эфиопией" whose sentence names no other side is the "торговое
    соглашение между Кенией и Эфиопией" the document tells."""
    if same in by_topic:
        return by_topic[same]
    wider = [v for (topic, sides), v in by_topic.items()
             if topic == same[0] and set(same[1]) < set(sides)]  # fmt: skip
    return wider[0] if len(wider) == 1 else None


def _complete(ctx: Context, parties: list[str], sent: Sent, title: Title) -> list[str]:
    """Adds the missing side of a one-party agreement ("Договор … с Россией"); not of a
    convention or a paper whose title names an organization, which are open to many states
    ("Индонезия ратифицировала соглашение о торговле товарами АСЕАН", "конвенцию о морском
    праве": no other side of the report's pair; "конвенция … с Россией" has one)."""
    if len(parties) != 1 or (_multilateral(title) and not title.with_parties):
        return parties
    other = other_side(ctx, parties[0], sent.start_char, sent.end_char)
    if not other and parties == title.with_parties:
        other = _sole_other_state(ctx, sent, parties[0])
    if _only_compared(ctx, sent, other):  # "Турция, как и Египет, подписала соглашение"
        return parties
    return parties + [other] if other and other not in _onlookers(ctx, title.head) else parties


def _only_compared(ctx: Context, sent: Sent, state: str) -> bool:
    """Whether the sentence names `state`, and only by "как и" ("Турция, как и Египет, имеет
    соглашение о свободной торговле"): it has a paper of its own, no side with the other."""
    named = [m for m in ctx.mentions_in(sent.start_char, sent.end_char) if m.entity == state]
    spans = [ctx.doc.char_span(m.start, m.end, alignment_mode="expand") for m in named]
    roots = [s.root for s in spans if s is not None]
    return bool(roots) and all(compared(t) for t in roots)


def _onlookers(ctx: Context, head: Token) -> set[str]:
    """The states that judge another's act on a paper, no side of it: the subjects of the
    verb over an act noun whose own bare genitive does it ("Бразилия приветствовала
    намерение Аргентины заключить соглашение": Brazil)."""
    act = head.head
    for _ in range(2):
        if act.lemma_ in _ACTS or act.head.i == act.i:
            break
        act = act.head
    if act.lemma_ not in _ACTS or act.head.pos_ != "VERB":
        return set()
    if not any(c.dep_ == "nmod" and _agent_genitive(c) for c in act.children):
        return set()
    out: set[str] = set()
    for s in clause_subjects(act.head, _SUBJECTS):
        for t in conjuncts(s):
            m = _mention_at(ctx, t)
            if m is not None and m.type == "State":
                out.add(m.entity)
            elif m is not None and (entity := ctx.entity(m.entity)) is not None:
                out.add(entity.state)  # a state's body or person: its state
    return out - {""}


def _sole_other_state(ctx: Context, sent: Sent, known: str) -> str:
    """The one state besides `known` a sentence names, the other side of a paper "с X" the
    document's pair does not settle ("в столице Кении прошли демонстрации с требованиями
    расторгнуть торговое соглашение с Эфиопией": Kenya); "" where it names none or several."""
    found = states_named(ctx, sent.start_char, sent.end_char) - {known}
    return found.pop() if len(found) == 1 else ""


def _multilateral(title: Title) -> bool:
    """A paper open to many states: a convention, one whose title names an organization, or
    one the lexicon knows with no fixed parties ("Аргентина вышла из Парижского соглашения":
    no other state the text names is its other side; `agreement_abbreviations.tsv`)."""
    open_entry = title.entry is not None and not title.entry.parties
    return (
        title.head.lemma_ == "конвенция"
        or open_entry
        or any(w.startswith("org/") for w in title.words)
    )


def _between(ctx: Context, parties: list[str], sent: Sent) -> str:
    """ "между Казахстаном и Росатомом" / "с Россией", names in the instrumental."""
    names = [
        _written_instrumental(ctx, sent, p) or name_in(ent.name, "ablt")
        for p in parties
        if (ent := ctx.entity(p)) is not None
    ]
    names.sort()
    if not names:
        return ""
    if len(names) == 1:  # a state "с" which only where the text writes it so, not the signer
        own = parties[0].startswith("state/") and not _after_with(ctx, sent, parties[0])
        return "" if own else "с " + names[0]  # a club's contract is "с" the club (players')
    return "между " + ", ".join(names[:-1]) + " и " + names[-1]


def _after_with(ctx: Context, sent: Sent, party: str) -> bool:
    """Whether the sentence names the party after "с"/"со" ("соглашение с Египтом"), not as
    the one who signs ("Египет подписал кредитное соглашение с китайским банком")."""
    for m in ctx.mentions_in(sent.start_char, sent.end_char):
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.entity != party or span is None:
            continue
        # "с Египтом"; "с правительством Египта": the "с" of the noun the name hangs on
        if "с" in (preposition(span.root), preposition(span.root.head)):
            return True
    return False


def _written_instrumental(ctx: Context, sent: Sent, party: str) -> str:
    """The party's one-word quoted name as its sentence writes it in the instrumental
    ("контракт с «Интером»" → "Интером"): the dictionary cannot decline a foreign club's
    name it lists as fixed ("Интер") or does not know; "" where the sentence has none."""
    for m in ctx.mentions_in(sent.start_char, sent.end_char):
        span = ctx.doc.char_span(m.start, m.end)
        if m.entity != party or span is None or len(span) != 1 or not span.start:
            continue
        if ctx.doc[span.start - 1].text in OPENING and case_of(span[0]) == "Ins":
            return span.text
    return ""


def _unique(spans: list[Evidence]) -> list[Evidence]:
    return sorted(set(spans), key=lambda s: (s.start, s.end))


def _group_identity(ctx: Context, group: list[_Reading], parties: list[str]) -> Identity:
    """One agreement's identity from its mentions, as read in this document."""
    ids = [r.identity() for r in group]
    concluded = [i.status for i in ids if i.status]
    signatories = [p for r in group for p in r.signatories]
    return Identity(
        _kind(ctx, _kind_title(group, group[0]), parties, signatories),
        parties=frozenset(parties),
        date=next((i.date for i in ids if i.date), ""),
        status="signed" if "signed" in concluded else concluded[0] if concluded else "",
        document=ctx.document.id,
    )


def _merge_by_key(
    ctx: Context, facts: list[tuple[Agreement, list[_Reading]]]
) -> dict[int, Agreement]:
    """Two groups that came out with one key (a title read two ways) are one fact when
    their identities agree; otherwise the later one is keyed by its own date and status
    ("мирный договор так и не заключён" is not the treaty signed in 1999). Returns each
    fact's id → the fact it became."""
    out: dict[str, tuple[Agreement, Identity]] = {}
    became: dict[int, Agreement] = {}
    for a, group in facts:
        ident = _group_identity(ctx, group, a.parties)
        known = out.get(a.key)
        if known is not None and (not same_fact(known[1], ident) or _renewed(group)):
            a.key = replace(ident, roles=(a.key,)).key("agreement", apart=True)
            known = out.get(a.key)
        if known is None:
            out[a.key] = (a, ident)
            became[id(a)] = a
            continue
        b = known[0]
        became[id(a)] = b
        b.status = min(a.status, b.status, key=RANK.__getitem__)  # type: ignore[assignment]
        b.date, b.place = b.date or a.date, b.place or a.place
        b.parties = sorted(set(b.parties) | set(a.parties))
        b.signatories = sorted(set(b.signatories) | set(a.signatories))
        b.evidence = _unique(b.evidence + a.evidence)
    return became
