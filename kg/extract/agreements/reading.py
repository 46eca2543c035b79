"""One agreement mention's reading and the document's, and what every step of reading uses.

`Reading` is one mention of a paper in one sentence as the steps fill it in (title, status,
date, place, parties, signers); `AgreementReading` is what a document's agreements are read
as, for the events and relations that link to them. The token look-ups (`mention_at`, `within_hops`,
an apposed person, an official's title) and the word lists here are shared by the modules
that read a sentence's papers, their subjects and parties, so that none of them imports
another for them."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.tokens import Span as Sent
from spacy.tokens import Token

from kg.extract.agreements.fact import Agreement
from kg.extract.agreements.title_words import Title
from kg.extract.agreements.titles import NOT_SAME
from kg.extract.context import Context
from kg.extract.identity import Identity
from kg.lexicon import load_groups, load_list
from kg.model import Mention
from kg.nlp.morph import case_of, is_animate, is_plural
from kg.resolve.office_holders import OFFICE_KINDS
from kg.resolve.org_naming import STATE_BODIES
from kg.resolve.title_lexicon import TITLES, is_office

GENERIC_TITLE_WORDS = Path(__file__).with_name("generic_title_words.txt")


SUBJECTS = {"nsubj"}


# Nouns of an act whose bare genitive does it, standing for a subject ("Решение президента
# Кении отказаться от подписания соглашения с ЕС", "Отказ Египта от подписания …").
ACTS = frozenset({"отказ", "решение", "намерение", "готовность"})


# Papers that are an agreement only with two sides read (`_two_sides`): a roadmap
# ("дорожная карта") or a plan is as often a home plan ("по газификации области", "план
# мероприятий", signed by a governor), a contract one of an unnamed player ("футболист подписал
# контракт"), a deal one with a court ("сумма сделки", "сделка со следствием").
SIDED = frozenset(["карта", "план", "контракт", "сделка"])


# Titles and bodies that act for the state their genitive names ("президенты Чили и
# Аргентины", "парламент Эстонии"); "журналисты Чили" do not.
ACTING_FOR = frozenset(k[0] for k in TITLES) | STATE_BODIES | {
    "делегация", "посол", "представитель", "вице-президент", "вице-премьер", "дипломат",
    "переговорщик"}  # fmt: skip


# An executive's title: he signs for the firm it names ("Генеральный директор Airbus").
EXECUTIVES = frozenset({"директор", "гендиректор", "ceo"})  # "председатель", "президент": TITLES


AGENT = {"obl", "nmod", "obl:agent"}


_OFFICIAL_KINDS = ("политик", "дипломат")  # kinds of office_kinds.tsv a state's officials hold


SIDE_WORDS = frozenset({"сторона", "коллега"})  # "датская сторона", "его датский коллега"


@dataclass
class Reading:
    """One agreement mention in one sentence."""

    title: Title
    sent: Sent
    status: str = "mentioned"
    date: str = ""
    place: str = ""
    parties: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    plural: bool = False
    # one of papers counted that a colon's list gives by topic ("два соглашения: о X и о Y"):
    # a paper of its own, though its head is the counted plural
    listed: bool = False
    never: bool = False  # the text says it was not concluded ("так и не заключили")
    left: bool = False  # a side leaves, suspends or ends it ("вышла из", "одобрил выход из")
    personal: bool = False  # a contract with one person ("контракт с тренером"): none
    unnamed_side: str = ""  # "с палестинцами" of "соглашение с палестинцами": a side kg cannot name
    refused: bool = False  # "отказался подписать": its subject is no party, nor its state
    declined: bool = False  # a refusal to sign, even of a paper "с X": nobody signed it
    reported: bool = False  # signed by a finite verb the report tells ("подписали", "подписано")
    demoted: bool = False  # "межправительственное соглашение" where the text names it
    same_as: Reading | None = None  # "… — это договор СНВ-3"
    discussed: bool = False  # a paper in force its sentence only talks about
    arranged: bool = False  # told by "договорились о X", not by a paper's noun
    verb: int = -1  # token index of the signing verb that signed it, -1 for none
    # its date is the talks' or the report's day, not one the text gives its act
    # (`dates.concluded_on`): the signing event that signs it settles it
    guessed: bool = False
    firms: bool = False  # a subject or "с"-side is a firm by its common noun ("Компания Airbus")
    for_self: bool = False  # a named signer acts for no state or body ("Защитник Пьер Дюран")
    # a relative clause on the paper names who signs it ("договор, который собирается
    # подписать Эфиопия"): no missing side is completed from the main clause's states
    clause_signers: bool = False
    # a relative clause on a signed paper tells another side's signing as not done ("договор,
    # который собирается подписать Эфиопия"): no signer of it, nor a missing side completed
    not_signers: list[str] = field(default_factory=list)
    # one state's body or its members adopt it ("Депутаты парламента Иордании приняли
    # декларацию о поддержке Египта"): that state's own act, no other side completed
    own_act: bool = False
    # the document's date: a paper planned is none signed before it (`identity`)
    doc_date: str = ""
    # its act presumes it signed ("ратифицирует соглашение", "подпишут поправки к
    # соглашению"): a plan of it is no paper yet to be signed (`identity`)
    presumes_signed: bool = False
    # the signing verb (its token index) that signs or is to sign it and the date that verb
    # governs as read at this paper's words: every paper of the verb takes it
    # (`sentences._verb_dates`)
    verb_date: tuple[int, str] = (-1, "")

    def identity(self) -> Identity:
        """This mention's identity (`kg.extract.identity`): kind, date, whether it was
        concluded or is planned, and the document's date, so that a paper the visit ahead is
        to give is never one signed in 2021 (fifty-sixth pass, h-agreements59); its parties,
        often partial in one sentence, are the fact's."""
        planned = self.status == "planned" and not self.presumes_signed  # signing it lies ahead
        status = "never" if self.never else "signed" if self.status == "signed" else ""
        status = "planned" if planned and not status else status
        return Identity(self.title.kind, date=self.date, status=status, doc_date=self.doc_date)

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
    # the keys of papers dated by a guess (`Reading.guessed`), which their signing's day
    # replaces (`events.extract`)
    guessed: frozenset[str] = frozenset()
    # the identity that keyed each paper of no party, by its key (`take_sides`)
    keyed: dict[str, Identity] = field(default_factory=dict)

    def take_sides(self, paper: Agreement, sides: list[str]) -> None:
        """Gives `paper`, of no party, the two sides of the signing event that signs it, keyed
        as a paper read with those sides is: "Президент Перу посетил Чили. Лидеры обсудили
        ситуацию в Боливии. Стороны подписали соглашение …" (three states, so no report's
        pair) and "Он подписал соглашение …" name no side the paper's reading finds, while
        the signing takes the visit's two (`events.frames.within`). Not a paper with a side
        kg names no state for (`unstated`), nor one keyed otherwise (`keyed`: a title another
        paper of the document took), nor one whose new key another paper has. Sixty-second
        pass (h-agreements72)."""
        identity = self.keyed.get(paper.key)
        if identity is None or paper.parties or paper.key in self.unstated:
            return
        key = replace(identity, parties=frozenset(sides)).key("agreement")
        if any(a.key == key for a in self.facts):
            return
        del self.keyed[paper.key]
        if paper.key in self.guessed:
            self.guessed = self.guessed - {paper.key} | {key}
        paper.key, paper.parties = key, sorted(sides)


def titled_document(title: Title) -> bool:
    """A "документ" `read_title` titled by its topic (`_signed_paper`)."""
    return title.head.lemma_ == "документ" and bool(title.text)


def within_hops(t: Token, targets: set[int], hops: int = 3) -> bool:
    """Whether `t` or one of its first `hops` ancestors is one of `targets`."""
    for _ in range(hops + 1):
        if t.i in targets:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def mention_at(ctx: Context, t: Token) -> Mention | None:
    for m in ctx.mentions_in(t.sent.start_char, t.sent.end_char):
        if m.start <= t.idx < m.end:
            return m
    return None


def apposed_person(ctx: Context, t: Token) -> Mention | None:
    """ "Президент России Владимир Путин": the person named in apposition to a title, also
    where the parse hung the name on another title of the list ("…, премьер-министр Армении
    Никол Пашинян и президент США Дональд Трамп": Trump under the first "Президент"), as the
    person whose name opens right after the title's own words, or after the genitive state
    the parse hung on the first title too ("министр энергетики Чили … и министр энергетики и
    природных ресурсов Перу Хорхе Монтеро": fifty-fifth pass, h-agreements51). A name the
    parse hangs on the title past other words' ("… министр иностранных дел Венгрии Петер
    Сийярто в присутствии президента Сербии Александра Вучича": Vučić under "министр") is not
    its holder; the name right after the title's own words is, also one the parse hung on
    the title's place ("посол Китая в Лусаке Ду Сяохуэй"; sixty-seventh pass, h-agreements84)."""
    apposed = (mention_at(ctx, c) for c in t.children if c.dep_ == "appos" and _own_words(t, c))
    found = next((x for x in apposed if x is not None and x.type == "Person"), None)
    found = found or _name_after_own_words(ctx, t) or _holder_after_second_title(ctx, t)
    if found is not None or t.lemma_ not in ACTING_FOR or t.right_edge.i + 1 >= len(t.doc):
        return found
    after = t.doc[t.right_edge.i + 1]
    m = mention_at(ctx, after)
    if (
        m is not None
        and m.type == "State"
        and t.dep_ == "conj"
        and "Gen" in after.morph.get("Case")
    ):
        past = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        after = t.doc[past.end] if past is not None and past.end < after.sent.end else after
        m = mention_at(ctx, after)
    return m if m is not None and m.type == "Person" and m.start == after.idx else None


def _holder_after_second_title(ctx: Context, t: Token) -> Mention | None:
    """The holder of the last conjunct `t` of a coordinated subject that a comma and a second
    title of his follow ("Премьер-министр Пакистана … и наследный принц, премьер-министр
    Саудовской Аравии Мухаммед бен Сальман": the parse hung the second title and the name on
    the first conjunct): the person named right after that title's own words. Not a title
    of a list of commas ("министр Кении, министр Уганды Иван Петров и …"), whose conjunct
    `t` is not the last after "и"."""
    after = t.right_edge.i + 1
    if t.dep_ != "conj" or not any(c.lower_ == "и" for c in t.children):
        return None
    if after + 1 >= t.sent.end or t.doc[after].text != ",":
        return None
    second = t.doc[after + 1]
    return _name_after_own_words(ctx, second) if official_title(second) else None


def _own_words(t: Token, name: Token) -> bool:
    """Whether every word between the title `t` and the `name` after it is the title's own:
    below it, and not through a conjunct ("министр … и министр …" is two titles)."""
    return all(_below_not_joined(t, w) for w in t.doc[t.i + 1 : name.i])


def _below_not_joined(t: Token, w: Token) -> bool:
    """Whether `w` hangs below `t`, not below a conjunct of `t` ("министр … и министр …":
    two titles; "Президенты Египта и Кипра": one title's own words)."""
    while w.head.i != w.i:
        if w.head.i == t.i:
            return w.dep_ != "conj"
        w = w.head
    return w.i == t.i


def _name_after_own_words(ctx: Context, t: Token) -> Mention | None:
    """The person whose name opens right after the title `t`'s own words (`_own_words`, and
    the rest of a name one of them opens: "глава MOL Group", "Group" hung elsewhere), wherever
    the parse hung it; None where the title is no office, a plural one ("министры … двух стран
    A и B": its holders are read as a list) or no name follows. A body's name in the genitive
    right after the title is its own words wherever the parse hung it ("… и президент
    Центрального резервного банка Перу Хулио Веларде", "банка" hung on the first title;
    sixty-eighth pass, h-agreements85); so is a participle that is an office ("управляющий
    Народным банком Китая Пань Гуншэн", whose name the parse hung on the first title; the
    tagger gives it its verb's lemma, whether it reads a verb or a noun)."""
    by_verb = t.lemma_.endswith(("ть", "ться")) and is_office([t.lemma_])
    office = t.lemma_ in ACTING_FOR or official_title(t) or by_verb
    if not office or is_plural(t):
        return None
    named_to = 0  # where the name an own word opens ends
    for w in t.doc[t.i + 1 : t.sent.end]:
        m = mention_at(ctx, w)
        if m is not None and m.type == "Person" and m.start == w.idx:
            return m
        own = _below_not_joined(t, w) or _genitive_body(ctx, m, w)
        if w.idx >= named_to and not own:
            return None
        named_to = max(named_to, m.end if m is not None else 0)
    return None


def _genitive_body(ctx: Context, m: Mention | None, w: Token) -> bool:
    """Whether `w` opens the name of a body `m` in the genitive ("Центрального резервного
    банка Перу"), which a title right before it governs."""
    if m is None or m.type != "Organization" or m.start != w.idx:
        return False
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and case_of(span.root) == "Gen"


def official_title(t: Token) -> bool:
    """Whether a signing person's title is an office of a state or body, who signs for it
    ("губернатор", "министр", "посол"), not for himself ("защитник", "тренер")."""
    offices = load_groups(OFFICE_KINDS)
    return t.lemma_ in ACTING_FOR or any(t.lemma_ in offices[k] for k in _OFFICIAL_KINDS)


def with_someone(sent: Sent, head: Token, pred: Token | None) -> Token | None:
    """The animate noun of a "с"-phrase on the agreement or its predicate, else None."""
    targets = {head.i} | ({pred.i} if pred is not None else set())
    for t in sent:
        if t.pos_ not in ("NOUN", "PROPN") or not is_animate(t):
            continue
        with_ = any(c.lower_ in ("с", "со") and c.dep_ == "case" for c in t.children)
        if with_ and within_hops(t, targets, 2):
            return t
    return None


def head_words(head: Token) -> set[str]:
    """The lemmas of a title's head and the words that say which paper it is ("мировое
    соглашение", "договор аренды"), not of its topic ("соглашение о стабилизации мировой
    торговли")."""
    return {head.lemma_, *(c.lemma_ for c in head.children if c.dep_ in ("amod", "nmod"))}


def renewed(group: list[Reading]) -> bool:
    """A "новое/другое соглашение о торговле" is not the one of that title named before it
    ("В 2010 году подписали соглашение о торговле. Сегодня подписали новое …")."""
    return any(c.lemma_ in NOT_SAME for r in group for c in r.title.head.children)


def one_more(r: Reading) -> bool:
    """A paper its sentence tells as one more ("Кроме того, …", "Стороны также подписали …")."""
    opening = [t.lower_ for t in itertools.islice(r.sent, 3) if not t.is_punct]
    verb = r.title.head.head
    return opening[:2] == ["кроме", "того"] or any(c.lower_ == "также" for c in verb.children)


GENERIC = load_list(GENERIC_TITLE_WORDS)
