"""Agreement titles' vocabulary: the word lists, the known agreements and what a title is.

The word lists every title module reads (kinds of papers, title adjectives, prepositions,
nouns of organizations, bodies, speech, buildings, firms; the time, measure and meeting nouns
that end a title), the `Entry` of an agreement known by an abbreviation or a fixed name and
the places an alias of one may start, and the `Title` read at one head noun.

Split out of titles.py (forty-fifth pass, h-split50): the vocabulary, apart from the reading."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from kg.extract.common.words import lem
from kg.lexicon import load_groups, load_list, load_rows
from kg.nlp.morph import morph

AGREEMENT_KINDS = Path(__file__).with_name("agreement_kinds.tsv")
AGREEMENT_ADJECTIVES = Path(__file__).with_name("agreement_adjectives.txt")
AGREEMENT_ABBREVIATIONS = Path(__file__).with_name("agreement_abbreviations.tsv")
TITLE_PREPOSITIONS = Path(__file__).with_name("title_prepositions.txt")
ORGANIZATION_NOUNS = Path(__file__).with_name("organization_nouns.txt")
BODY_NOUNS = Path(__file__).with_name("body_nouns.txt")
SPEECH_NOUNS = Path(__file__).with_name("speech_nouns.txt")
PRIVATE_CONTRACTS = Path(__file__).with_name("private_contracts.txt")
TOPIC_ADJECTIVES = Path(__file__).with_name("topic_adjectives.txt")
WORK_NOUNS = Path(__file__).with_name("work_nouns.txt")
BUILDING_NOUNS = Path(__file__).with_name("building_nouns.txt")
SITUATION_NOUNS = Path(__file__).with_name("situation_nouns.txt")
SUPPORT_NOUNS = Path(__file__).with_name("support_nouns.txt")
SUPPORT_OBJECTS = Path(__file__).with_name("support_objects.txt")
STATUS_WORDS = Path(__file__).with_name("agreement_status_words.tsv")

PREPS = load_list(TITLE_PREPOSITIONS)
ORG_NOUNS = load_list(ORGANIZATION_NOUNS)
_BODY_NOUNS = load_list(BODY_NOUNS)
_SPEECH_NOUNS = load_list(SPEECH_NOUNS)
SPEECH_TOPICS = {r[0]: frozenset(r[1].split()) for r in load_rows(SPEECH_NOUNS) if len(r) > 1}
BUILDINGS = load_list(BUILDING_NOUNS)
SITUATIONS = load_list(SITUATION_NOUNS)
SUPPORTS = load_list(SUPPORT_NOUNS)
SUPPORTED = load_list(SUPPORT_OBJECTS)
# verbs of handing a paper over: "направило проект соглашения … в бундестаг": the chamber it
# goes to is no title word (no side either: who hands a draft may be a mediator)
HAND = load_groups(STATUS_WORDS)["hand"]
# lemmas of acts on a paper (signing, drafting, adopting, leaving, amending, handing it over,
# ratifying): their participles after a title ("соглашений о кредитах, подписанных в мае")
# tell its history, never its topic; not "иметь" ("угодьях, имеющих международное значение")
_ACTS = ("sign", "negotiate", "reach", "adopt", "leave", "replace", "hand")
ACTS_ON_PAPERS = frozenset().union(*(load_groups(STATUS_WORDS)[g] for g in _ACTS)) | {
    "ратифицировать", "ратифицироваться", "вступить", "вступать"}  # fmt: skip
PRIVATE = load_list(PRIVATE_CONTRACTS)
TOPICAL = load_list(TOPIC_ADJECTIVES)
# a topic adjective → the noun of its topic ("мирный" → "мир")
TOPIC_NOUNS = {r[0]: r[1] for r in load_rows(TOPIC_ADJECTIVES) if len(r) > 1}
PROPER_PREFIXES = ("пост-", "пред-")  # "пост-киотское соглашение"
PLACE_SUFFIXES = ("ский", "цкий")  # adjectives of places: "Минский", "Шушинская"
# "до конца года", "к началу переговоров": a time after a title is when, not what
TIME_PREPS = frozenset(["до", "к", "через", "после"])
# "в пользу", "в обмен на", "в рамках", "в ходе", "во время", "в присутствии", "в
# соответствии с": a compound preposition is no topic; after "по" and "на" too ("по итогам
# переговоров", "на полях саммита")
COMPOUND_PREPS = frozenset(["польза", "обмен", "рамка", "ход", "связь", "качество", "течение",
                             "результат", "отличие", "ответ", "интерес", "время",
                             "присутствие", "период", "соответствие"])  # fmt: skip
# ("по предложению/инициативе египетской стороны": at whose proposal, not what; "при
# посредничестве Катара": who brokered it, no topic and no side)
COMPOUND_AFTER = {
    "по": frozenset(["итог", "результат", "предложение", "инициатива", "просьба", "приглашение"]),
    "на": frozenset(["поле", "полях"]),
    "при": frozenset(["посредничество", "участие", "содействие", "поддержка", "помощь"]),
}
# A paper's entry into force ("вступил в силу", "вступление договора в силу"): its status
# (status.py), and the one word a "в силу" of a title's topic follows (title_ends.py)
FORCE_ENTRY = frozenset(["вступить", "вступать", "вступление"])
# "вместо договора 1999 года", "взамен соглашения": the older paper a new one replaces
INSTEAD = frozenset(["вместо", "взамен"])
# Gatherings a paper is signed or adopted at ("на саммите в Каире", "на встрече"): where, not
# what it is about; also of a union whose members adopt its papers ("на саммите АСЕАН")
MEETINGS = frozenset(["саммит", "встреча", "заседание", "совещание", "форум", "сессия",
                      "переговоры", "церемония", "конференция"])  # fmt: skip


def gathering_noun(t: Token) -> bool:
    """A gathering's noun (`MEETINGS`), a hyphenated one by its last part ("бизнес-форум",
    "онлайн-конференция", "мини-саммит": the part before the hyphen only says its kind), so
    that "подписали соглашение на бизнес-форуме" ends the title as "на форуме" does
    (sixty-third pass, h-agreements77)."""
    return t.lemma_ in MEETINGS or t.lemma_.rpartition("-")[2] in MEETINGS


# Gatherings whose record a protocol signed at them is ("По итогам заседания подписан
# протокол": the protocol of that sitting, `sittings.py`); a summit's, a visit's or a meeting
# of persons' ("встречи президента Чили с …") has none
SITTINGS = frozenset(["заседание", "совещание", "сессия", "переговоры", "консультация"])
# What an amount measures ("в размере", "сроком на", "мощностью 500 МВт", "протяжённостью
# 1,2 тыс. км"): after a title, its size, no title word
MEASURES = frozenset(["размер", "сумма", "срок", "объем", "объём", "стоимость", "мощность",
                       "протяженность", "протяжённость", "длина", "вместимость"])  # fmt: skip
# What a deal is paid at ("по (средней) цене 235 долларов за тонну", "по ставке 3%"): after
# a title's topic, its price, no title word; a title of the price itself keeps it ("Соглашение
# по ценам на газ")
PRICES = frozenset(["цена", "ставка", "тариф"])
# A state's acts ("закон о ратификации"); after a title in the instrumental, the act that
# ratified or enacted it ("ратифицировал соглашение законом от …"), no title word
LAW_ACTS = frozenset(["закон", "указ", "постановление", "распоряжение"])
TIME_NOUNS = frozenset(["конец", "начало", "середина", "год", "месяц", "неделя", "квартал",
                         "время"])  # fmt: skip
# Papers of one person or one state: "декларация о доходах", "Декларация независимости"
ONE_SIDED_TOPICS = frozenset(["доход", "имущество", "расход", "независимость", "суверенитет"])
# ... unless one side hands it to, or recognises or respects it in, the other ("договор о
# передаче суверенитета над архипелагом", "о взаимном признании независимости"; not "о
# провозглашении независимости")
BETWEEN_SIDES = frozenset(["передача", "признание", "уважение"])
TOPIC_PREPS = {"о", "об", "обо", "по", "к"}
# who concludes an agreement for a state, named after "между" for each side
SIDE_NOUNS = frozenset(["правительство", "министерство", "ведомство", "кабинет"])
REGIONS = frozenset(["область", "край", "район", "губерния", "штат", "провинция"])
# a state's groups of people ("между партиями Латвии", "профсоюзами Латвии"): the state of
# their genitive is none of the paper's sides
STATES_GROUPS = frozenset(["партия", "фракция", "профсоюз"])
# a state's name in apposition to one of these names a place ("реку Уругвай"), no side
NATURAL_FEATURES = frozenset(["река", "озеро", "залив", "пролив", "остров", "море", "гора"])
# "программа сотрудничества"; not "программа развития области", a plan at home
TOPIC_WORDS = {"сотрудничество", "взаимодействие", "партнерство", "намерение"}
SKIP_POS = {"ADP", "CCONJ", "PUNCT", "SCONJ", "PART"}
MAX_TOKENS = 30
# dependencies of a name beside its noun ("компанией Iron Ridge")
NAMES = frozenset(["appos", "flat", "flat:foreign", "nmod"])
# A name in apposition to a title's last noun, Cyrillic or foreign (the tagger reads "Black
# Hawk", "Rafale Marine" as X), and the further words of a foreign one.
NAME_POS = frozenset({"PROPN", "X"})
NAME_DEPS = frozenset({"appos", "flat:foreign"})


@dataclass(frozen=True)
class Entry:
    """An agreement known by an abbreviation or a fixed name."""

    title: str
    kind: str
    parties: tuple[str, ...]
    words: tuple[str, ...]  # key words of the title
    aliases: tuple[tuple[str, ...], ...]  # lemma sequences that stand alone
    after_head: tuple[tuple[str, ...], ...]  # lemma sequences that need a head noun


@dataclass
class Title:
    """A title read at one head noun."""

    head: Token
    kind: str
    text: str  # nominative; "" for a bare reference ("соглашение", "этот документ")
    words: tuple[str, ...]  # key words: lemmas, states left out, organizations by key
    tokens: list[Token] = field(default_factory=list)  # every token of the title
    states: list[str] = field(default_factory=list)  # states inside it, and sides "между …"
    with_parties: list[str] = field(default_factory=list)  # "с Россией"
    date_from: str = ""  # "от 25 мая 1992 года"
    entry: Entry | None = None
    pair_named: bool = False  # "соглашение двух стран": between the document's pair
    with_firm: bool = False  # "с китайской компанией": a firm, named or not, is a side
    private: bool = False  # employment, a settlement, a firm's purchase, a player's transfer
    # (`_private`, `over_a_player`): no fact, only what "Соглашение" after it refers to
    # a programme's years ("на 2027–2028 годы"), title words or, after a topic, not
    term: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def kinds() -> dict[str, tuple[str, str]]:
    """Head-noun lemma → (kind, what it needs), from agreement_kinds.tsv."""
    return {r[0]: (r[1], r[2]) for r in load_rows(AGREEMENT_KINDS)}


def paper_noun(t: Token) -> bool:
    """A head noun of a paper's kind (`agreement_kinds.tsv`) as its row allows it: one that
    must be "of" a noun is a paper only with that noun the first after it ("письмо о
    намерениях", a letter of intent; "письмо о кредите на сумму …" is a letter, whose sum is
    the credit's), as `titles._complement_needed` reads it. For the readers outside the
    agreements (claims, relations) that ask whether a noun heads a paper."""
    if t.lemma_ not in kinds():
        return False
    return not kinds()[t.lemma_][1].startswith("of:") or paper_complement(t) is not None


def paper_complement(t: Token) -> Token | None:
    """The noun a paper's kind must be "of" (`agreement_kinds.tsv` "of:<lemma>"), the first noun
    after it: "письмо [о намерениях]" — the words that make the letter a paper, which a name
    of it keeps ("письмо о намерениях на сумму …" is no bare "письмо"); None for a kind that
    needs none, or a noun after it that is no such one."""
    needs = kinds()[t.lemma_][1] if t.lemma_ in kinds() else ""
    if not needs.startswith("of:"):
        return None
    after = next((x for x in t.doc[t.i + 1 : t.sent.end] if x.pos_ == "NOUN"), None)
    return after if after is not None and after.lemma_ == needs[3:] else None


@lru_cache(maxsize=1)
def title_adjectives() -> frozenset[str]:
    return frozenset(r[0] for r in load_rows(AGREEMENT_ADJECTIVES))


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    """The abbreviation lexicon, agreement_abbreviations.tsv."""
    out = []
    for title, kind, parties, aliases in load_rows(AGREEMENT_ABBREVIATIONS):
        alone: list[tuple[str, ...]] = []
        after: list[tuple[str, ...]] = []
        for alias in aliases.split("|"):
            seq = tuple(lem(w) for w in alias.lstrip("+").split())
            (after if alias.startswith("+") else alone).append(seq)
        words = tuple(lem(w) for w in title.split() if lem(w) not in PREPS | {"и", "или"})
        states = tuple(f"state/{p}" for p in parties.split(";") if p)
        out.append(Entry(title, kind, states, words, tuple(alone), tuple(after)))
    return tuple(out)


def entry_at(tokens: list[Token], after_head: bool = False) -> tuple[Entry, int] | None:
    """A lexicon abbreviation starting at tokens[0] ("ДСНВ"; after a head noun also
    "ПРО" in "договор по ПРО"): the entry and how many tokens it takes."""
    best: tuple[Entry, int] | None = None
    if not tokens or not may_start_alias(tokens[0].text, after_head):
        return None
    lemmas = [lem(t.text) for t in tokens[:5]]
    for e in entries():
        for seq in e.aliases + (e.after_head if after_head else ()):
            if tuple(lemmas[: len(seq)]) == seq and (best is None or len(seq) > best[1]):
                best = (e, len(seq))
    return best


def may_start_alias(text: str, after_head: bool = False) -> bool:
    """Whether some alias `entry_at` compares starts with a token of this text (most tokens:
    none)."""
    first = first_lemmas(after_head)
    if first is None:
        return True
    # most tokens are dictionary words none of whose readings starts an alias: no parse
    word = text.lower()
    return morph().may_read_as(word, _first_forms(after_head)) and lem(word) in first


@lru_cache(maxsize=2)
def first_lemmas(after_head: bool) -> frozenset[str] | None:
    """The first words of the aliases `entry_at` compares; None when some alias is empty
    (every token then starts one)."""
    seqs = [s for e in entries() for s in e.aliases + (e.after_head if after_head else ())]
    return frozenset(s[0] for s in seqs) if all(seqs) else None


@lru_cache(maxsize=2)
def _first_forms(after_head: bool) -> frozenset[str]:
    return morph().paradigm_forms(first_lemmas(after_head) or ())


def entry_for(title: Title) -> Entry | None:
    """The lexicon entry a title names, by its key words or an abbreviation inside it. An
    after-head alias counts only as the topic of the title's own head ("договор по ПРО",
    "договор о ЕАЭС"), not as a side ("соглашение между ЕАЭС и Сербией", "Соглашение ЕАЭС и
    Вьетнама о свободной торговле" is no Treaty on the EAEU) nor as the topic of a paper
    the title names ("протокол к договору о ЕАЭС" is a protocol)."""
    lemmas = [lem(t.text) for t in title.tokens]
    head = title.tokens.index(title.head) if title.head in title.tokens else 0
    for e in entries():
        if title.words == e.words:
            return e
        for seq, topic_only in [(s, False) for s in e.aliases] + [(s, True) for s in e.after_head]:
            n = len(seq)
            for i in range(1, len(lemmas) - n + 1):
                if tuple(lemmas[i : i + n]) != seq:
                    continue
                if not topic_only or _head_topic(lemmas, head, i, n):
                    return e
    return None


def _head_topic(lemmas: list[str], head: int, i: int, n: int) -> bool:
    """Whether the alias of `n` lemmas at `i` is the topic of the head at `head`: after a
    topic preposition right after it ("договор о ЕАЭС"), or right after it and ending the
    title ("договор ПРО"; "соглашение ЕАЭС и Вьетнама о …" names the union as a side)."""
    if i == head + 2:
        return lemmas[i - 1] in TOPIC_PREPS
    return i == head + 1 and i + n == len(lemmas)


# Common nouns for a firm or club ("Компания Airbus", "концерн", "клуб «Бенфика»", a
# builder: "подрядчик"): the name after one is the side, the noun alone no side of a paper.
FIRMS = frozenset(
    {"компания", "фирма", "банк", "концерн", "корпорация", "холдинг", "отделение", "филиал",
     "клуб", "авиакомпания", "авиаперевозчик", "перевозчик", "подрядчик", "застройщик"}
)  # fmt: skip
