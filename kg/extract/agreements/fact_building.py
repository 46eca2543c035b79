"""A reading's fact: whether it is worth one, and its kind, status, scope, title and sides.

A generic mention is a fact only when it carries more (a signing, plan or talks with a named
party, a failed agreement of two named sides); the fact's kind (a contract of firms, of
persons, of a team), its status, its era, a title by kind and parties, and the sides a
bilateral paper misses completed from the speaker's state or the report's pair.

Split out of extract.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span as Sent
from spacy.tokens import Token

from kg.extract.agreements.dates import OUTCOME_OF
from kg.extract.agreements.fact import Agreement
from kg.extract.agreements.parties import _of_private_people
from kg.extract.agreements.player_contracts import had, private_person, team_role
from kg.extract.agreements.reading import (
    ACTS,
    SUBJECTS,
    Reading,
    mention_at,
    renewed,
    titled_document,
)
from kg.extract.agreements.status import RANK, initialled
from kg.extract.agreements.subjects import agent_genitive, private_body, sides_word
from kg.extract.agreements.title_words import TOPICAL, Entry, Title
from kg.extract.common.named_states import states_named
from kg.extract.common.pair import main_pair, other_side
from kg.extract.common.words import called, compared, conjuncts
from kg.extract.context import Context
from kg.extract.identity import HISTORY_YEARS, Identity
from kg.model import Span as Evidence
from kg.nlp.clauses import clause_subjects
from kg.nlp.deps import fixed_preposition, has_preposition, negated, preposition_noun

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


def kind_title(group: list[Reading], first: Reading) -> Title:
    """The title whose kind the paper has: its first named one's, unless that is a
    "документ" of no kind and a reference to it says what it is ("подписали документ о
    сотрудничестве. Меморандум вступит в силу" is a memorandum)."""
    if not titled_document(first.title):
        return first.title
    told = (r.title for r in group if r.title.head.lemma_ != "документ" and r.title.kind)
    return next(told, first.title)


def informative(r: Reading) -> bool:
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
    if (r.left or had(r.title.head)) and r.for_self and r.parties:
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


def _topic_adjective(head: Token) -> bool:
    """ "мирный договор", "торговое соглашение": an adjective that says what it is about."""
    return any(c.dep_ == "amod" and c.lemma_ in TOPICAL for c in head.children)


def _fact(ctx: Context, group: list[Reading]) -> tuple[Agreement, Identity]:
    """The fact of one paper's readings, and the identity that keyed it."""
    named = [r for r in group if r.named]
    first = next((r for r in named if r.title.entry is not None), named[0])
    entry: Entry | None = first.title.entry
    status = _status(group)
    # a date the text gives the paper's act wins over the talks' or report's day of another
    # mention (`Reading.guessed`)
    date = next((r.date for r in group if r.date and not r.guessed), "")
    date = date or next((r.date for r in group if r.date), "")
    place = next((r.place for r in group if r.place), "")
    parties = list(entry.parties) if entry is not None and entry.parties else []
    if not parties:
        parties = list(dict.fromkeys(p for r in group for p in r.parties))
        if not parties and entry is None and not any(r.refused for r in group):
            parties = [] if historic(ctx, date) else _pair_in_context(ctx, named)
        if not any(r.unnamed_side or r.firm_side or r.clause_signers or r.own_act for r in group):
            apart = {p for r in group for p in r.not_signers}
            parties = complete(ctx, parties, first.sent, first.title, apart)
    signatories = sorted({p for r in group for p in r.signatories})
    title = entry.title if entry is not None else first.title.text
    words = entry.words if entry is not None else first.title.words
    roles = (*words, *_scope(ctx, group, entry, date))
    kind = _kind(ctx, kind_title(group, first), parties, signatories)
    identity = Identity(kind, parties=_keyed_sides(parties, signatories), roles=roles, named=True)
    evidence = [ctx.evidence(*ctx.trimmed(r.sent)) for r in group]
    fact = Agreement(identity.key("agreement"), title, kind, status, date, place,  # type: ignore[arg-type]
                     sorted(parties), signatories, unique(evidence))  # fmt: skip
    return fact, identity


# Head nouns that name a state's treaty and a firm's contract alike ("договор"), not those
# only states make ("конвенция", "пакт").
_CONTRACT_HEADS = frozenset({"договор"})


def _kind(ctx: Context, title: Title, parties: list[str], signatories: list[str]) -> str:
    """A "договор" whose sides are firms, clubs or other private bodies, with at most one
    state ("Toyota и VinFast заключили договор", a player's "договор с «Бенфикой»", "Вьетнам
    подписал с компанией Thales договор на поставку радаров"), or of no side that private
    persons sign ("Нападающий Пьер Дюран подписал новый договор"), or whose "с"-side is a
    firm by its noun alone ("Кения заключила договор с китайской компанией", "… с
    подрядчиком": forty-ninth pass, h-orgs56) is a contract, of kind Agreement: the contract
    keeps Treaty for papers between states. A gazetteer's treaty and
    one of two states, with a union or of no known side keep their word's kind."""
    states = [p for p in parties if p.startswith("state/")]
    others = [p for p in parties if p not in states]
    contract = title.entry is None and title.head.lemma_ in _CONTRACT_HEADS and len(states) < 2
    private = bool(others) and all(private_body(ctx, p) for p in others)
    signed = not parties and bool(signatories)
    signed = signed and all(
        private_person(ctx, p) or team_role(ctx, title.head.sent, p) for p in signatories
    )
    return "Agreement" if contract and (private or signed or title.with_firm) else title.kind


def _keyed_sides(parties: list[str], signatories: list[str]) -> frozenset[str]:
    """The sides that key a titled paper: its states, or its organizations where it has no
    state (the coalition agreement of two parties is not another two parties' one), or its
    signers where it has neither ("Энтони Албаниз и Адам Бандт подписали коалиционное
    соглашение" is not the one Фридрих Мерц and Ларс Клингбайль signed)."""
    states = frozenset(p for p in parties if p.startswith("state/"))
    return states or frozenset(parties) or frozenset(signatories)


def _scope(ctx: Context, group: list[Reading], entry: Entry | None, date: str) -> list[str]:
    """What else keys a paper the gazetteer does not know: its era (`_era_of`). Not its
    document where no side is known: keyed so, a paper two held-out reports name without
    sides kg reads split in two and lost what each report adds (validation agreements
    strict F1 0.50 → 0.31), so "Четыре партии подписали коалиционное соглашение" still
    joins another document's paper of that title and era."""
    if entry is not None:
        return []
    return [_era_of(ctx, group, date)]


def _status(group: list[Reading]) -> str:
    """The furthest status its readings reach, except that a paper a side leaves stays
    mentioned, however a sentence tells its signing, and that sides who agreed on a thing
    whose paper is still to be signed have planned it ("договорились о торговле;
    соглашение будет подписано в мае"): the arrangement is no signature; and talks the text
    goes on to say a signing follows are over ("завершили переговоры о соглашении, документ
    будет подписан в марте"): planned; not a paper told initialled, whose signing the sides
    only mean to do ("парафировали текст соглашения … Стороны намерены подписать документ
    после …"): its text agreed, unsigned, it stays negotiating, as the contract has no
    status of initialling (seventy-second pass, h-agreements91)."""
    signed = [r for r in group if r.status == "signed"]
    if signed and any(r.left for r in group):
        return "mentioned"  # "вышла из соглашения … Соглашение было подписано в 2000 году"
    planned = [r.title.head.i for r in group if r.status == "planned"]
    if signed and all(r.arranged for r in signed) and planned:
        return "planned"
    talks = [r for r in group if r.status == "negotiating"]
    talked = not signed and talks and planned and max(planned) > min(r.title.head.i for r in talks)
    if talked and not any(initialled(r.title.head, r.title.tokens) for r in talks):
        return "planned"
    return min((r.status for r in group), key=RANK.__getitem__)


def historic(ctx: Context, date: str) -> bool:
    """A paper dated decades before the document ("Соглашение о Шпицбергене 1920 года"),
    which today's two sides, named near it, did not conclude for it, and which talks of today
    only discuss (`sentences._existing`)."""
    now = ctx.reference_year
    return date[:4].isdigit() and bool(now) and now - int(date[:4]) >= HISTORY_YEARS


def _era_of(ctx: Context, group: list[Reading], date: str) -> str:
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
    if renewed(group):
        return ctx.document.date[:4] or ctx.document.id
    if any(r.reported for r in group):
        return ctx.document.date[:4]
    return ""


def _pair_in_context(ctx: Context, readings: list[Reading]) -> list[str]:
    """A named agreement whose text names no party is between the document's two states
    when its sentences involve one of them ("предложить российской стороне проект
    договора о ПРО") or both as "стороны" ("Стороны договорились ускорить работу над
    проектом соглашения о …": the report's sides as `_report_sides` reads them, the only two
    of a short report too); an organization in its title makes it multilateral."""
    if any(w.startswith("org/") for r in readings for w in r.title.words):
        return []
    sides = list(main_pair(ctx, only_two=True, places=True))
    told = any(sides_word(t) for r in readings for t in r.sent) or any(
        r.status in ("signed", "planned") and _talks_outcome(r.sent) for r in readings
    )
    if told and not _others_named(ctx, readings, sides):
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


# what a paper comes of ("по итогам переговоров", "по результатам визита", "в ходе встречи")
_TALKS = frozenset({"переговоры", "визит", "встреча", "саммит", "консультация"})


def _talks_outcome(sent: Sent) -> bool:
    """The sentence tells its paper as what talks, a visit or a meeting bring ("По итогам
    переговоров планируется подписать соглашение о …"): of the report's sides, as
    "Стороны" would say, where it names no other state and the talks no private people."""
    for t in sent:
        if t.lemma_ not in _TALKS or _of_private_people(t):
            continue
        if fixed_preposition(t, OUTCOME_OF):  # "в ходе визита" parsed as one preposition
            return True
        outcome = t.head
        if t.dep_ == "nmod" and preposition_noun(outcome, OUTCOME_OF):
            return True
    return False


def _others_named(ctx: Context, readings: list[Reading], sides: list[str]) -> bool:
    """The paper's sentences name a state that is none of the report's sides ("Пакистан
    предложил Китаю проект соглашения, однако стороны пока не пришли к согласию" in a
    report on France and India): "стороны" are theirs, not the report's."""
    return any(
        m.type == "State" and m.entity not in sides
        for r in readings
        for m in ctx.mentions_in(r.sent.start_char, r.sent.end_char)
    )


def complete(
    ctx: Context, parties: list[str], sent: Sent, title: Title, apart: Collection[str] = ()
) -> list[str]:
    """Adds the missing side of a one-party agreement ("Договор … с Россией"); not of a
    convention or a paper whose title names an organization, which are open to many states
    ("Индонезия ратифицировала соглашение о торговле товарами АСЕАН", "конвенцию о морском
    праве": no other side of the report's pair; "конвенция … с Россией" has one), nor a side
    `apart` that has not signed it (`Reading.not_signers`)."""
    if len(parties) != 1 or (_multilateral(title) and not title.with_parties):
        return parties
    other = other_side(ctx, parties[0], sent.start_char, sent.end_char)
    if not other and parties == title.with_parties:
        other = _sole_other_state(ctx, sent, parties[0])
    if _only_compared(ctx, sent, other):  # "Турция, как и Египет, подписала соглашение"
        return parties
    if other in apart:
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
        if act.lemma_ in ACTS or act.head.i == act.i:
            break
        act = act.head
    if act.lemma_ not in ACTS or act.head.pos_ != "VERB":
        return set()
    if not any(c.dep_ == "nmod" and agent_genitive(c) for c in act.children):
        return set()
    out: set[str] = set()
    for s in clause_subjects(act.head, SUBJECTS):
        for t in conjuncts(s):
            m = mention_at(ctx, t)
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


def unique(spans: list[Evidence]) -> list[Evidence]:
    return sorted(set(spans), key=lambda s: (s.start, s.end))
