"""Agreement titles: where a title ends, its nominative form, and a key robust to inflection.

A title is a head noun ("соглашение", "Декларация") with the title adjectives
before it ("Межправительственное соглашение") and the complements after it:
prepositional and genitive phrases ("о вечной дружбе, сотрудничестве и
взаимной помощи", "между Российской Федерацией и Республикой Казахстан"),
enumerations of the same case, an infinitive ("договорённость вернуть …") or a
quoted name. It ends at a verb, a participle clause, a relative pronoun, a date
("от 25 мая 1992 года", which is the agreement's date), a place ("в Москве") or
a new subject. "с Россией" names a party and is left out of the title; a
prepositional phrase the parse hangs on a complement noun stays in it ("по борьбе
с выбросами углерода"). Proper adjectives ("Киотский протокол", "Римский статут",
"пост-киотское соглашение") count as title adjectives. A head noun inside an
organization's name ("Организация Договора о коллективной безопасности") is none;
"устав" needs an organization, and a common noun for one ("устав организации")
stands for the organization the document names most, in the key. The head and its
adjectives go to the nominative singular; the complements stay as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from kg.extract.common.pair import BOTH, PAIR_WORDS, body_state, is_side
from kg.extract.common.words import called, lem, word_lemma
from kg.extract.context import Context
from kg.gazetteer import capitals
from kg.lexicon import load_groups, load_list, load_rows
from kg.model import Mention
from kg.nlp.deps import preposition, route_dash
from kg.nlp.morph import (
    UD_CASE,
    capitals_of,
    case_of,
    is_animate,
    is_finite,
    is_infinitive,
    is_noun,
    morph,
    upper_first,
)
from kg.nlp.quote_marks import OPENING
from kg.resolve.org_naming import HOUSES, STATE_BODIES

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
STATUS_WORDS = Path(__file__).with_name("agreement_status_words.tsv")

_PREPS = load_list(TITLE_PREPOSITIONS)
ORG_NOUNS = load_list(ORGANIZATION_NOUNS)
_BODY_NOUNS = load_list(BODY_NOUNS)
_SPEECH_NOUNS = load_list(SPEECH_NOUNS)
_SPEECH_TOPICS = {r[0]: frozenset(r[1].split()) for r in load_rows(SPEECH_NOUNS) if len(r) > 1}
_BUILDINGS = load_list(BUILDING_NOUNS)
# verbs of handing a paper over: "направило проект соглашения … в бундестаг": the chamber it
# goes to is no title word (no side either: who hands a draft may be a mediator)
HAND = load_groups(STATUS_WORDS)["hand"]
_PRIVATE = load_list(PRIVATE_CONTRACTS)
TOPICAL = load_list(TOPIC_ADJECTIVES)
_PROPER_PREFIXES = ("пост-", "пред-")  # "пост-киотское соглашение"
_PLACE_SUFFIXES = ("ский", "цкий")  # adjectives of places: "Минский", "Шушинская"
# "до конца года", "к началу переговоров": a time after a title is when, not what
_TIME_PREPS = frozenset(["до", "к", "через", "после"])
# "в пользу", "в обмен на", "в рамках", "в ходе", "во время", "в присутствии", "в
# соответствии с": a compound preposition is no topic; after "по" and "на" too ("по итогам
# переговоров", "на полях саммита")
_COMPOUND_PREPS = frozenset(["польза", "обмен", "рамка", "ход", "связь", "качество", "течение",
                             "результат", "отличие", "ответ", "интерес", "время",
                             "присутствие", "период", "соответствие"])  # fmt: skip
# ("по предложению/инициативе египетской стороны": at whose proposal, not what; "при
# посредничестве Катара": who brokered it, no topic and no side)
_COMPOUND_AFTER = {
    "по": frozenset(["итог", "результат", "предложение", "инициатива", "просьба", "приглашение"]),
    "на": frozenset(["поле", "полях"]),
    "при": frozenset(["посредничество", "участие", "содействие", "поддержка", "помощь"]),
}
# "вместо договора 1999 года", "взамен соглашения": the older paper a new one replaces
INSTEAD = frozenset(["вместо", "взамен"])
# Gatherings a paper is signed or adopted at ("на саммите в Каире", "на встрече"): where, not
# what it is about; also of a union whose members adopt its papers ("на саммите АСЕАН")
MEETINGS = frozenset(["саммит", "встреча", "заседание", "совещание", "форум", "сессия",
                      "переговоры", "церемония", "конференция"])  # fmt: skip
# What an amount measures ("в размере", "сроком на", "мощностью 500 МВт", "протяжённостью
# 1,2 тыс. км"): after a title, its size, no title word
_MEASURES = frozenset(["размер", "сумма", "срок", "объем", "объём", "стоимость", "мощность",
                       "протяженность", "протяжённость", "длина", "вместимость"])  # fmt: skip
TIME_NOUNS = frozenset(["конец", "начало", "середина", "год", "месяц", "неделя", "квартал",
                         "время"])  # fmt: skip
# Papers of one person or one state: "декларация о доходах", "Декларация независимости"
_ONE_SIDED_TOPICS = frozenset(["доход", "имущество", "расход", "независимость", "суверенитет"])
# ... unless one side hands it to, or recognises or respects it in, the other ("договор о
# передаче суверенитета над архипелагом", "о взаимном признании независимости"; not "о
# провозглашении независимости")
_BETWEEN_SIDES = frozenset(["передача", "признание", "уважение"])
_TOPIC_PREPS = {"о", "об", "обо", "по", "к"}
# who concludes an agreement for a state, named after "между" for each side
_SIDE_NOUNS = frozenset(["правительство", "министерство", "ведомство", "кабинет"])
_REGIONS = frozenset(["область", "край", "район", "губерния", "штат", "провинция"])
# a state's groups of people ("между партиями Латвии", "профсоюзами Латвии"): the state of
# their genitive is none of the paper's sides
_STATES_GROUPS = frozenset(["партия", "фракция", "профсоюз"])
# a state's name in apposition to one of these names a place ("реку Уругвай"), no side
_NATURAL_FEATURES = frozenset(["река", "озеро", "залив", "пролив", "остров", "море", "гора"])
# "программа сотрудничества"; not "программа развития области", a plan at home
_TOPIC_WORDS = {"сотрудничество", "взаимодействие", "партнерство", "намерение"}
_SKIP_POS = {"ADP", "CCONJ", "PUNCT", "SCONJ", "PART"}
_MAX_TOKENS = 30
# dependencies of a name beside its noun ("компанией Iron Ridge")
_NAMES = frozenset(["appos", "flat", "flat:foreign", "nmod"])
# A name in apposition to a title's last noun, Cyrillic or foreign (the tagger reads "Black
# Hawk", "Rafale Marine" as X), and the further words of a foreign one.
_NAME_POS = frozenset({"PROPN", "X"})
_NAME_DEPS = frozenset({"appos", "flat:foreign"})


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


@lru_cache(maxsize=1)
def kinds() -> dict[str, tuple[str, str]]:
    """Head-noun lemma → (kind, what it needs), from agreement_kinds.tsv."""
    return {r[0]: (r[1], r[2]) for r in load_rows(AGREEMENT_KINDS)}


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
        words = tuple(lem(w) for w in title.split() if lem(w) not in _PREPS | {"и", "или"})
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
    first = _first_lemmas(after_head)
    if first is None:
        return True
    # most tokens are dictionary words none of whose readings starts an alias: no parse
    word = text.lower()
    return morph().may_read_as(word, _first_forms(after_head)) and lem(word) in first


@lru_cache(maxsize=2)
def _first_lemmas(after_head: bool) -> frozenset[str] | None:
    """The first words of the aliases `entry_at` compares; None when some alias is empty
    (every token then starts one)."""
    seqs = [s for e in entries() for s in e.aliases + (e.after_head if after_head else ())]
    return frozenset(s[0] for s in seqs) if all(seqs) else None


@lru_cache(maxsize=2)
def _first_forms(after_head: bool) -> frozenset[str]:
    return morph().paradigm_forms(_first_lemmas(after_head) or ())


def _entry_for(title: Title) -> Entry | None:
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
        return lemmas[i - 1] in _TOPIC_PREPS
    return i == head + 1 and i + n == len(lemmas)


def _capital(ctx: Context, t: Token) -> bool:
    """A capital named as a place ("в Анкаре"), which ends a title."""
    return t.pos_ == "PROPN" and lem(t.text) in capitals(ctx.gazetteer)


def _can_be(word: str, case: str) -> bool:
    """Whether some reading of `word` is in the UD case `case` (for enumerations)."""
    grammeme = UD_CASE.get(case)
    return grammeme is not None and morph().can_be(word, grammeme)


class _Scanner:
    """Reads one title's complement, token by token, left to right."""

    def __init__(self, ctx: Context, head: Token, dates: dict[int, tuple[int, str]]) -> None:
        self.ctx = ctx
        self.doc = head.doc
        self.head = head
        self.dates = dates  # token index → (end token index, ISO value)
        self.end = head.sent.end
        self.tokens: list[Token] = []
        self.states: list[str] = []
        self.with_parties: list[str] = []
        self.pair_named = False
        self.with_firm = False
        self.date_from = ""
        self.last_case = ""

    def between(self) -> bool:
        """Whether the title's last preposition so far is "между", which names its sides."""
        preps = [t.lower_ for t in self.tokens if t.pos_ == "ADP"]
        return bool(preps) and preps[-1] == "между"

    def union_side(self, m: Mention) -> bool:
        """A union named beside a state right after the head, before any topic ("соглашение
        ЕС и Сербии об упрощении визового режима", "Сербии и ЕС"): a side, not the topic
        ("договор о ЕАЭС")."""
        if m.type != "Organization" or not is_side(m, unions=True):
            return False
        if any(t.pos_ == "ADP" for t in self.tokens):
            return False
        if any(s.startswith("state/") for s in self.states):
            return True
        text = self.ctx.document.text
        after = self.ctx.mentions_in(m.end, self.head.sent.end_char, "State")
        return bool(after) and text[m.end : after[0].start].strip() == "и"

    def mention(self, t: Token) -> Mention | None:
        found = self.ctx.mentions_in(t.idx, t.idx + len(t.text))
        if found:
            return found[0]
        for m in self.ctx.mentions_in(t.idx - 60, t.idx + len(t.text) + 60):
            if m.start <= t.idx < m.end:
                return m
        return None

    def mention_end(self, m: Mention) -> int:
        """Index of the token after the mention."""
        i = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return i.end if i is not None else self.head.i + 1

    def governed(self, k: int, m: Mention | None) -> bool:
        """A prepositional phrase at `k` that the parse hangs on a complement noun of the
        title, not on its head: "по борьбе [с выбросами]"; a named state or organization
        there is a party or a place, not part of the title."""
        if m is not None:
            return False
        inside = {t.i for t in self.tokens if t.pos_ in ("NOUN", "PROPN")}
        t = self.doc[k]
        while t.dep_ == "amod" and t.head.i != t.i:
            t = t.head
        return t.pos_ in ("NOUN", "PROPN") and t.head.i in inside

    def continues_enumeration(self, j: int) -> bool:
        """After "," or "и": the next noun phrase is in the case of the last one, or the
        next adjective of one noun ("о всеобъемлющем и прогрессивном … партнёрстве")."""
        if self.waiting() and j + 1 < self.end and self.doc[j + 1].pos_ == "ADJ":
            return True
        k = j + 1
        while k < self.end and (self.doc[k].is_space or self._modifier(self.doc[k])):
            k += 1
        if k < self.end and self.between() and self.doc[k].lemma_ in _SIDE_NOUNS:
            return True  # "между Правительством Республики X и Правительством Республики Y"
        if k < self.end and self.between() and self.named_side(self.doc[k]):
            return True  # "между Японией и АСЕАН": a side whose name does not decline
        if self.doc[j].lower_ == "и" and self.quoted_side(k) is not None:
            return True  # "между партиями «Единство» и «Прогресс»": a quoted name keeps its case
        if k >= self.end or not self.last_case or self.last_case == "Nom":
            return False
        t = self.doc[k]
        if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
        m = self.mention(t)
        if m is not None and m.type == "Person":
            return False
        if self.doc[j].text == "," and t.dep_ != "conj" and t.head not in self.tokens:
            return False  # "Согласно уставу ОДКБ, решения принимаются": a new clause
        return _can_be(t.text, self.last_case) or self.second_topic(t)

    def firm_of_a_state(self, k: int, m: Mention | None) -> tuple[str, int] | None:
        """After "с": a firm by its common noun, which a state's adjective may qualify ("с
        японской корпорацией Mitsubishi", "с австралийской компанией", "с компанией
        Siemens"): the side is the firm, by its name where kg knows it ("" where not), not
        the state; returns it and where the scan reads on, past the firm's name. None where
        the phrase at `k` is no such firm."""
        noun = self.doc[k]
        if noun.lemma_ not in FIRMS or m is not None:
            adjective, noun = noun, noun.head
            if m is None or m.type != "State" or m.via != "adjective" or adjective.pos_ != "ADJ":
                return None
            if not k < noun.i < self.end:
                return None
            if noun.lemma_ not in FIRMS:
                return self.quoted_firm(noun)  # "с итальянским «Ювентусом»"
        for t in self.doc[noun.i + 1 : min(noun.i + 3, self.end)]:
            named = self.mention(t)
            if named is not None and named.type == "Organization":
                named = quoted_after(self.ctx, named) or named  # "с клубом МЛС «Интер Майами»"
                return named.entity, self.mention_end(named)
        end = noun.i + 1
        while end < self.end and self.doc[end].head.i == noun.i and self.doc[end].dep_ in _NAMES:
            end += 1  # "с австралийской компанией Iron Ridge": its name, unknown to kg
        return "", end

    def quoted_firm(self, noun: Token) -> tuple[str, int] | None:
        """A name in quotation marks that a state's adjective qualifies ("контракт с
        итальянским «Ювентусом»", "с мексиканской «Америкой»"): a club or firm, the side
        itself, not the state; returns it and where the scan reads on. None for another
        name ("с японским МИДом")."""
        named = self.mention(noun)
        if named is None or named.type != "Organization" or self.doc[noun.i - 1].text not in '«„"':
            return None
        return named.entity, self.mention_end(named)

    def past_side_noun(self, j: int, m: Mention) -> int:
        """Where the scan reads on after a "с"-side at `m`, which ends at `j`: past the noun
        a state's adjective qualifies and that noun's genitives ("с японским правительством",
        "с вьетнамскими властями", "с французским министерством обороны"), the side itself
        and no title words ("Соглашение о кредите", not "… о кредите правительством")."""
        adjective = self.doc[j - 1]
        noun = adjective.head
        if m.via != "adjective" or adjective.dep_ != "amod" or noun.i != j or j >= self.end:
            return j
        within = {noun.i}
        j += 1
        while j < self.end and self.doc[j].head.i in within and self.doc[j].pos_ != "ADP":
            if any(c.dep_ == "case" for c in self.doc[j].children):
                break  # "с японским правительством на сумму …": the title's again
            within.add(j)
            j += 1
        return j

    def named_side(self, t: Token) -> bool:
        """A state or organization named at `t` in the case the tagger gives the side before
        it, however its form reads ("между Японией и АСЕАН"; not a new subject: "между Японией
        и Вьетнамом, Китай же …")."""
        m = self.mention(t)
        named = m is not None and m.type in ("State", "Organization") and m.start >= t.idx
        return named and case_of(t) == self.last_case

    def subject_after(self, t: Token, m: Mention) -> bool:
        """A state named right before a finite verb that is its subject, however the tagger
        reads an undeclined name's case ("в рамках Соглашения о свободной торговле Чили
        поставляет Мексике медь", "… о сотрудничестве Мали получает от Алжира зерно"): the
        subject of the act after the title, not the title's. The parse makes it the verb's
        subject, or the verb has none and the name may be a nominative; an auxiliary's
        subject is its verb's ("между Индией и ОАЭ было подписано": the title's is)."""
        stop = self.mention_end(m)
        if m.type != "State" or stop >= self.end or not is_finite(self.doc[stop]):
            return False
        verb = self.doc[stop]
        if verb.pos_ == "AUX" and verb.dep_.startswith("aux"):
            verb = verb.head
        if t.dep_ in ("nsubj", "nsubj:pass") and t.head == verb:
            return True
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        return not subjects and _can_be(self.doc[stop - 1].lower_, "Nom")

    def _modifier(self, t: Token) -> bool:
        """A word before a list item's noun; not a noun the tagger read as an adjective
        ("о торговле, транспорте и рыболовстве": the last item is the noun itself)."""
        return t.pos_ in ("DET", "NUM") or t.pos_ == "ADJ" and not is_noun(t)

    def second_topic(self, t: Token) -> bool:
        """A noun in the case of the title's topic after "о", a second topic past the first
        one's genitives ("о разграничении морских пространств и сотрудничестве в …")."""
        about = ("о", "об", "обо")
        topics = [x for x in self.tokens if any(c.lower_ in about for c in x.children)]
        return t.pos_ == "NOUN" and any(case_of(x) == case_of(t) != "" for x in topics)

    def run(self, start: int = 0) -> None:  # noqa: C901 - one left-to-right scan; its branches share the cursor
        """Reads from `start`, or from right after the head."""
        j, expect_np, after_inf = start or self.head.i + 1, False, False
        if j < self.end and self.doc[j].text == "»" and self.quoted_head():
            j += 1  # "«дорожную карту» по расширению торговли": the title goes on
        while j < self.end and len(self.tokens) < _MAX_TOKENS:
            t = self.doc[j]
            low = t.lower_
            if puts_signatures(t):
                break  # "Соглашение о торговле скрепили подписями …": the verb, no title word
            if t.is_space:
                j += 1
                continue
            if j in self.dates:
                if self.year_of_title(j):  # "Договору о дружбе 1997 года": its year
                    self.date_from = self.dates[j][1]
                break
            if t.pos_ == "ADP":
                k = j + 1
                while k < self.end and self.doc[k].is_space:
                    k += 1
                if k >= self.end:
                    break
                m = self.mention(self.doc[k])
                if low == "от" and k in self.dates:
                    if not any(x.lemma_ in kinds() for x in self.tokens):
                        self.date_from = self.dates[k][1]  # not "… в соглашение от 2010 года"
                    break
                if low in ("с", "со") and (firm := self.firm_of_a_state(k, m)) is not None:
                    (party, j), self.with_firm = firm, True
                    if party:
                        self.with_parties.append(party)
                    continue
                if low in ("с", "со") and m is not None and m.type != "Person":
                    self.with_parties.append(m.entity)
                    j = self.past_side_noun(self.mention_end(m), m)
                    continue
                if low == "между" and self.both_sides(k):
                    self.pair_named = True  # "договор между двумя странами": no title words
                    j = k + 2
                    continue
                if low in ("с", "со") and self.doc[k].pos_ == "PRON" and self.waiting():
                    j = k + 1  # "совместного [с ними] правительства": left out, read on
                    continue
                place = m is not None and m.type == "State" or _capital(self.ctx, self.doc[k])
                if (low in _TIME_PREPS or low in ("в", "во")) and self.noun_at(k, TIME_NOUNS):
                    break  # "… до конца года", "в ближайшие недели": when it is to be signed
                if low in ("на", "в") and (self.doc[k].pos_ == "NUM" or self.doc[k].like_num):
                    break  # "кредитное соглашение на 500 млн долларов", "в 3,4 млрд": its amount
                if low in ("в", "на") and self.noun_at(k, _MEASURES):
                    break  # "… в размере 2,5 млрд евро", "на (общую) сумму …"
                if low in ("в", "во") and (k in self.dates or place):
                    break  # "… в Анкаре 3 марта": where and when it was signed
                if low in ("в", "во", "на") and not self.tokens and self.proper_place(k, m):
                    break  # "соглашение в Сочи": where it was signed, no title
                if low in ("в", "во") and self.doc[k].lemma_ in _COMPOUND_PREPS:
                    break  # "соглашения с ЕС в пользу связей с Россией": no topic
                if low in ("в", "во") and self.speech_at(k):
                    break  # "приветствовал соглашение в своём заявлении": where it was told
                if low in ("в", "во") and self.noun_at(k, _BUILDINGS):
                    break  # "подписали декларацию в Белом доме": where it was signed
                if low in ("в", "во") and self.sent_to(k):
                    break  # "направило проект соглашения … в бундестаг": where it is sent
                if self.doc[k].lemma_ in _COMPOUND_AFTER.get(low, ()):
                    break  # "меморандум о … по итогам переговоров": when, not what
                if low in INSTEAD or low in ("на", "в", "во") and self.noun_at(k, MEETINGS):
                    break  # "… вместо договора", "… на саммите": what it replaces, where signed
                if low not in _PREPS and not self.governed(k, m):
                    break
                self.tokens.append(t)
                j, expect_np = j + 1, True
                continue
            if t.lemma_ in _MEASURES and case_of(t) == "Ins":
                break  # "сроком на 10 лет", "объёмом 10 млрд кубометров"
            if self.both_sides(j):
                self.pair_named = True  # "соглашение двух стран": the document's pair
                j += 2
                continue
            m = self.mention(t)
            if m is not None and case_of(t) == "Nom" and not expect_np:
                break  # a new subject: "соглашение … Москва и Вашингтон подписали"
            if m is not None and self.subject_after(t, m):
                break  # "В рамках Соглашения о торговле Чили поставляет Мексике медь"
            if m is not None and m.type in ("State", "Organization") and m.start >= t.idx:
                stop = self.mention_end(m)
                self.tokens.extend(self.doc[j:stop])
                place = t.dep_ == "appos" and t.head.lemma_ in _NATURAL_FEATURES  # "реку Уругвай"
                place = place or m.type == "State" and _of_its_groups(t)
                if not place and (m.type == "State" or self.between() or self.union_side(m)):
                    # "между ЕС и Канадой": a union is a side; "между Правительством Республики
                    # Чили и …": a state's body stands for its state
                    side = m.entity if m.type == "State" else body_state(self.ctx, m) or m.entity
                    if side not in self.states:
                        self.states.append(side)
                self.last_case = case_of(self.doc[stop - 1]) or self.last_case
                j, expect_np = stop, False
                continue
            if low in ("и", "или", ",") and self.continues_enumeration(j):
                self.tokens.append(t)
                j, expect_np = j + 1, True
                continue
            if low == "«" and j == self.head.i + 1:
                close = next((k for k in range(j + 1, self.end) if self.doc[k].text == "»"), 0)
                if close:
                    self.tokens.extend(self.doc[j : close + 1])
                break
            if (shut := self.quoted_side(j)) is not None:  # "между партиями «Единство» и
                m = self.mention(self.doc[j + 1])  # «Прогресс»": each quoted name a side
                if m is not None and m.entity not in self.states:
                    self.states.append(m.entity)
                self.tokens.extend(self.doc[j : shut + 1])
                j, expect_np = shut + 1, False
                continue
            if low == "«" and self.named_in_quotes(j):  # "газопровода «Сила Сибири»"
                close = next(
                    k for k in range(j + 1, min(j + 7, self.end)) if self.doc[k].text == "»"
                )
                self.tokens.extend(self.doc[j : close + 1])
                j, expect_np = close + 1, False
                continue
            if t.pos_ == "VERB" and is_infinitive(t):
                if self.tokens and not after_inf:
                    break
                if j != self.head.i + 1 and not self.with_parties:
                    break
                self.tokens.append(t)
                j, after_inf, expect_np = j + 1, True, True
                continue
            if self.route(t):  # "нефтепровода Ламу — Аддис-Абеба"
                self.tokens.append(t)
                j, expect_np = j + 1, True
                continue
            if self.predicated(t) or not self._word_fits(t, expect_np, after_inf):
                break
            self.tokens.append(t)
            if t.pos_ in ("NOUN", "PROPN"):
                self.last_case = case_of(t) or self.last_case
                expect_np = False
            j += 1
        j = self.rest_of_quoted_name(j)
        self.close_quote()
        self.date_after_quote(j)
        while self.tokens and (self.dangling(self.tokens[-1]) or (
            self.tokens[-1].pos_ in _SKIP_POS and self.tokens[-1].text != "»"
        )):  # fmt: skip
            self.tokens.pop()

    def quoted_head(self) -> bool:
        """Whether only the head and its adjectives are in quotation marks: "«дорожную
        карту»", "«Совместное заявление»"."""
        start = max(self.head.sent.start, self.head.i - 3)
        return any(t.text == "«" for t in self.doc[start : self.head.i])

    def opens_quote(self) -> bool:
        """Whether a quotation mark opens right before the head: "«Конвенцией о …»", a title
        whose name the marks hold from its head on."""
        return self.head.i > 0 and self.doc[self.head.i - 1].text == "«"

    def next_mark(self, j: int) -> int | None:
        """The first quotation mark, opening or closing, from `j` to the scan's end."""
        return next((k for k in range(j, self.end) if self.doc[k].text in ("«", "»")), None)

    def proper_place(self, k: int, m: Mention | None) -> bool:
        """A capitalised name in the locative at `k`, past its adjectives, that names no
        person or organization: a place ("в Кэмп-Дэвиде", "в Нагорном Карабахе")."""
        while k < self.end and self.doc[k].pos_ == "ADJ":
            k += 1
        t = self.doc[k] if k < self.end else None
        if t is None or t.pos_ != "PROPN" or not t.text[:1].isupper():
            return False
        named = m or self.mention(t)
        return "Loc" in t.morph.get("Case") and (named is None or named.type == "State")

    def rest_of_quoted_name(self, j: int) -> int:
        """A title whose name the quotation marks open right before its head runs to their
        closing mark where the scan stopped short of it ("«Конвенцией о запрещении …
        химического оружия и о его уничтожении»": not up to "оружия"); returns where the
        scan now stands."""
        if not self.opens_quote() or not self.tokens:
            return j
        close = self.next_mark(j)
        if close is None or self.doc[close].text != "»" or close - self.head.i > _MAX_TOKENS:
            return j
        if any(is_finite(t) for t in self.doc[j:close]):
            return j  # a clause inside the marks: no name of a paper
        self.tokens.extend(t for t in self.doc[j:close] if not t.is_space)
        return close

    def route(self, dash: Token) -> bool:
        """A dash between two proper names, the ends of a route ("газопровода Россия —
        Китай", "дороги Момбаса — Найроби") after the title's last noun."""
        before = self.tokens[-1] if self.tokens else None
        return (
            before is not None
            and before.i == dash.i - 1
            and dash.i + 1 < self.end
            and route_dash(dash)
            and any(x.pos_ == "NOUN" for x in self.tokens)
        )

    def quoted_side(self, j: int) -> int | None:
        """Where the quoted name of an organization at `j` closes, when the title names its
        sides after "между" ("между фракциями «Единство» и «Прогресс»"), else None."""
        if j + 1 >= self.end or self.doc[j].text not in OPENING or not self.between():
            return None
        m = self.mention(self.doc[j + 1])
        if m is None or m.type != "Organization" or m.start != self.doc[j + 1].idx:
            return None
        close = self.mention_end(m)
        return close if close < self.end and self.doc[close].text == "»" else None

    def named_in_quotes(self, j: int) -> bool:
        """A capitalised name in quotation marks at `j` right after the title's last noun
        ("газопровода «Васка Муэрта»", "АЭС «Пакш»"), closed within a few words."""
        if not self.tokens or self.tokens[-1].pos_ not in ("NOUN", "PROPN") or j + 1 >= self.end:
            return False
        return self.doc[j + 1].text[:1].isupper() and any(
            self.doc[k].text == "»" for k in range(j + 1, min(j + 7, self.end))
        )

    def date_after_quote(self, j: int) -> None:
        """ "«Соглашением о рыболовстве» от 2015 года": the date after the closing quotation
        mark of a title that opens with its head dates it, as "от" after an unquoted one does
        (the scan may stop short of the mark: "«Меморандумом о …, который …» от 2015
        года")."""
        if not self.opens_quote() or self.date_from:
            return
        mark = self.next_mark(j)
        k = (self.end if mark is None else mark) + 1
        if k < self.end and self.doc[k - 1].text == "»" and self.doc[k].lower_ == "от":
            self.date_from = self.dates[k + 1][1] if k + 1 in self.dates else ""

    def close_quote(self) -> None:
        """A name in quotation marks the title opened stays whole: "АЭС «Пакш»"."""
        text = [t.text for t in self.tokens]
        if text.count("«") <= text.count("»"):
            return
        last = self.tokens[-1].i
        close = next((k for k in range(last + 1, min(last + 6, self.end))
                      if self.doc[k].text == "»"), 0)  # fmt: skip
        if close:
            self.tokens.extend(self.doc[last + 1 : close + 1])

    def both_sides(self, j: int) -> bool:
        """ "двух стран", "обеих стран", "наших государств" at `j`: the parties, not the
        title's words."""
        if j + 1 >= self.end or self.doc[j].lemma_ not in BOTH:
            return False
        return self.doc[j + 1].lemma_ in PAIR_WORDS

    def year_of_title(self, j: int) -> bool:
        """A bare year in the genitive right after the title ("1997 года", "1997 г."), also
        after a head alone ("временное соглашение 2018 года"), not a time the sentence gives
        ("в 1997 году") nor a full date ("5 марта 1997 года")."""
        end, value = self.dates[j]
        words = [t.lower_ for t in self.doc[j:end]]
        return (
            not any(x.lemma_ in kinds() for x in self.tokens)  # "протокол … в соглашение
            and len(value) == 4  # о торговле 2018 года": the year of the paper it amends
            and self.doc[j].like_num
            and len(words) >= 2
            and words[1] in ("года", "г.", "г")
        )

    def noun_at(self, k: int, lemmas: frozenset[str]) -> bool:
        """The noun phrase at `k` has its noun, past its adjectives, among `lemmas`: a time
        ("конца (текущего) года"), a gathering ("двустороннем саммите")."""
        while k < self.end and self.doc[k].pos_ in ("ADJ", "DET", "NUM"):
            k += 1
        return k < self.end and self.doc[k].lemma_ in lemmas

    def sent_to(self, k: int) -> bool:
        """The accusative noun phrase at `k` after "в" is a chamber or a body of a state
        (`STATE_BODIES`, `HOUSES`) and a verb of handing governs the title ("направило проект
        соглашения о … в бундестаг", "внесло … в парламент"): where the paper is sent, not
        its topic ("соглашение о выборах в парламент")."""
        while k < self.end and self.doc[k].pos_ in ("ADJ", "DET"):
            k += 1
        t = self.doc[k] if k < self.end else None
        if t is None or case_of(t) != "Acc" or t.lemma_ not in STATE_BODIES | HOUSES:
            return False
        up = self.head
        for _ in range(3):
            if up.pos_ == "VERB":
                break
            up = up.head
        return up.lemma_ in HAND

    def speech_at(self, k: int) -> bool:
        """The noun phrase at `k` is of a speech ("в своём обращении", "в сообщении МИД"),
        not a topic its words beside it make of the same noun ("в прямом международном
        сообщении", "в обращении с отходами": `speech_nouns.txt`)."""
        if not self.noun_at(k, _SPEECH_NOUNS):
            return False
        while self.doc[k].pos_ in ("ADJ", "DET", "NUM"):
            k += 1
        noun = self.doc[k]
        beside = {c.lemma_ for c in noun.children if c.dep_ == "amod"}
        beside |= {preposition(c) for c in noun.children if c.i > noun.i}
        return not beside & _SPEECH_TOPICS.get(noun.lemma_, frozenset())

    def waiting(self) -> bool:
        """The last word is an adjective whose noun comes later."""
        return bool(self.tokens) and self.dangling(self.tokens[-1])

    def dangling(self, t: Token) -> bool:
        """An adjective whose noun the title did not reach: "о создании [совместного] с
        ними правительства"; so is a conjunct of one ("о научном, [техническом] и культурном
        сотрудничестве": the parse hangs the later adjectives on the first)."""
        if t.pos_ != "ADJ":
            return False
        first = t
        while first.dep_ == "conj" and first.head.pos_ == "ADJ" and first.head.i < first.i:
            first = first.head
        return first.dep_ == "amod" and first.head.i > t.i and first.head.i != self.head.i

    def predicated(self, t: Token) -> bool:
        """A word of what the verb whose object the head is calls or deems it, an
        instrumental it takes beside the object ("назвал это соглашение историческим",
        "считают такое соглашение выгодным", "назвал данный договор важным шагом"), also an
        adjective the parse hangs on the object in a case it does not agree in ("назвал
        соглашение о морской границе историческим"), or an instrumental it hangs on the
        object ("считает соглашение с X делом будущего", `called`): no title word."""
        if t.pos_ == "ADJ" and case_of(t) == "Ins" and case_of(t.head) not in ("Ins", None):
            return True  # agreeing with no noun it hangs on: "соглашение о границе историческим"
        while t.dep_ == "amod" and t.head.i != t.i:
            t = t.head
        if t.dep_ == "xcomp" and t.head == self.head.head and case_of(t) == "Ins":
            return True
        return t.head == self.head and t in called(self.head)

    def _word_fits(self, t: Token, expect_np: bool, after_inf: bool) -> bool:
        """A word inside a complement noun phrase."""
        case = case_of(t)
        if _genitive_noun(t):
            return True
        if t.pos_ == "VERB":  # a participle used as an adjective: "осуждённых украинцев",
            # past the adjectives of its noun: "сжиженного природного газа"
            k = t.i + 1
            while k < self.end and self.doc[k].pos_ == "ADJ" and case_of(self.doc[k]) == case:
                k += 1
            nxt = self.doc[k] if k < self.end else None
            return bool(
                case
                and "Part" in t.morph.get("VerbForm")
                and nxt is not None
                and nxt.pos_ in ("NOUN", "PROPN")
                and case_of(nxt) == case
            )
        if _degree_of_next_adjective(t):
            return True  # "критически важных минералов", "экологически чистого топлива"
        beside = bool(self.tokens) and t.head == self.tokens[-1]
        if t.pos_ in _NAME_POS and t.dep_ in _NAME_DEPS and beside:
            return True  # "вод реки Омо", "вертолётов Black Hawk": a name beside its noun, in
            # whatever case it stays, with the words of a foreign name after its first
        if t.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "DET"):
            return False
        if t.lower_ in ("который", "которые", "которое", "которая", "этот", "это"):
            return False
        if not case:  # the tagger gives some adjectives no case: "всеобъемлющего …"
            before_noun = t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.i > t.i
            return t.pos_ in ("NUM", "PROPN") or expect_np or before_noun
        if case == "Nom" and not expect_np:
            return False
        return not (case == "Acc" and not (expect_np or after_inf))


def _degree_of_next_adjective(t: Token) -> bool:
    """An adverb of the adjective right after it, which qualifies a noun after it
    ("критически важных минералов"): a word of the noun phrase, not the end of the title."""
    adjective = t.head
    return (
        t.pos_ == "ADV"
        and t.dep_ == "advmod"
        and adjective.i == t.i + 1
        and adjective.pos_ == "ADJ"
        and adjective.head.i > adjective.i
    )


def may_head(token: Token) -> bool:
    """Whether `token`'s lemma may head a title `read_title` reads: the cheap test a caller
    makes before asking whether the word is a noun, which may cost a parse."""
    return token.lemma_ in kinds() or token.lemma_ == "документ"


def read_title(
    ctx: Context, head: Token, dates: dict[int, tuple[int, str]], paper: bool = False
) -> Title | None:
    """The title whose head noun is `head`, or None when the noun is not an agreement here.
    A "документ" is a kind-less pointer back to a paper unless `paper` (a signed one with a
    topic, `extract._signed_paper`): then an agreement titled by its topic; a head that needs
    a topic has one in `paper` too (signed under a frame, `extract._signed_under_a_frame`)."""
    if not may_head(head):
        return None
    kind, needs = kinds().get(head.lemma_) or (("Agreement", "-") if paper else ("", "-"))
    orgs = ctx.mentions_in(head.sent.start_char, head.sent.end_char, "Organization")
    if any(m.start < head.idx and head.idx + len(head.text) < m.end for m in orgs):
        return None  # "Организация Договора о коллективной безопасности": a name; one that
        # ends at the head is the paper's ("из Стамбульской конвенции", tagged an organization)
    if in_a_bodys_name(head, orgs):
        return None
    if in_a_works_name(head, ctx.words):
        return None
    sides, compounds = _compound_sides(ctx, head)
    left = _title_adjectives(head, compounds)
    scan = _Scanner(ctx, head, dates)
    scan.states += [s for s in sides if s not in scan.states]
    if head.lemma_ != "документ" or paper:
        scan.run()
        if not scan.tokens and (topic := _topic_after_passive(head)):
            scan.run(topic)
        scan.date_from = scan.date_from or _dated_from(head, dates)
    comp = scan.tokens
    if needs == "adj" and not left:
        return None
    if needs.startswith("adj:") and not any(t.lemma_ == needs[4:] for t in left):
        return None  # "дорожная карта", not "большая карта"
    if needs == "topic" and not left and not _has_topic(comp) and not paper:
        return None
    if needs == "org" and not _has_organization(scan, comp):
        return None
    if not left and _no_agreement_topic(scan, comp):
        return None
    deal = next((t for t in comp if t.pos_ == "NOUN"), None)
    if _private(head, comp) or _over_a_firm(scan, comp) or deal is not None and over_a_player(deal):
        text = _nominative_title(left, head, comp, ctx.document.text)
        return Title(head, kind, text, (), [*left, head, *comp], private=True)
    if not left and comp and not _has_topic(comp):
        left = _topic_adjectives(head)  # "Мирный договор между Японией и Россией"
    tokens = [*left, head, *comp]
    named = bool(left or comp)
    text = _nominative_title(left, head, comp, ctx.document.text) if named else ""
    title = Title(head, kind, text, _key_words(ctx, scan, tokens), tokens, scan.states,
                  scan.with_parties, scan.date_from, pair_named=scan.pair_named,
                  with_firm=scan.with_firm)  # fmt: skip
    title.entry = _entry_for(title) if named else None
    return title


def _dated_from(head: Token, dates: dict[int, tuple[int, str]]) -> str:
    """The date of an "от <date>" the parse hangs on the head itself, which a scan that
    stops short of it inside a long list of sides misses ("коалиционного соглашения между
    фракциями Центристской партии, Исамаа и Народной партии от 8 апреля 2019 года"); not
    one of another noun ("в заявлении от 10 ноября"). "" where there is none."""
    for c in head.children:
        if c.dep_ == "nmod" and c.i in dates and preposition(c) == "от":
            return dates[c.i][1]
    return ""


def _topic_after_passive(head: Token) -> int:
    """Where the topic of a paper the passive tells after its verb starts ("Отдельное
    соглашение было подписано о сотрудничестве в энергетике": "о" hangs on the verb): the
    first word of the verb's "о" phrase right after it; 0 where there is none."""
    verb = head.head
    if head.dep_ != "nsubj:pass" or verb.i < head.i or verb.i + 1 >= head.sent.end:
        return 0
    if any(t.pos_ not in ("AUX", "ADV", "PART") for t in head.doc[head.i + 1 : verb.i]):
        return 0
    k = verb.i + 1
    while k + 1 < head.sent.end and head.doc[k].pos_ in ("ADV", "PART"):
        k += 1  # "было заключено также о поставках газа"
    after = head.doc[k]
    if after.lower_ not in ("о", "об", "обо") or after.head.head != verb:
        return 0
    return after.i


def quoted_after(ctx: Context, m: Mention) -> Mention | None:
    """The organization whose quoted name comes right after mention `m`: after a club's
    common noun the club itself, `m` its league ("с клубом МЛС «Интер Майами»", "с клубом
    Серии А «Аталанта»"); None where none does."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(ctx.doc) or ctx.doc[span.end].text not in OPENING:
        return None
    at = ctx.doc[span.end + 1].idx
    found = ctx.mentions_in(at, ctx.doc[span.end + 1].sent.end_char)
    return next((x for x in found if x.start == at and x.type == "Organization"), None)


def in_a_bodys_name(head: Token, orgs: Sequence[Mention]) -> bool:
    """A head in the genitive of the body that serves the paper ("Организация
    Североатлантического договора", "Секретариат Энергетической хартии", "глава секретариата
    Договора об Антарктике"): the body's name, no paper. The body is the noun the head hangs
    on, inside one organization's mention with it or a word for a body (`body_nouns.txt`)."""
    body = head.head
    if head.dep_ != "nmod" or body.i >= head.i or "Gen" not in head.morph.get("Case"):
        return False
    if body.lemma_ in _BODY_NOUNS:
        return True
    return any(m.start <= body.idx and head.idx < m.end for m in orgs)


_QUOTE_REACH = 40  # tokens back from a head to the opening mark of the name it is in


def puts_signatures(t: Token) -> bool:
    """A verb of putting signatures ("скрепили подписями", "поставили подписи под …"), which
    the tagger often reads as an adjective ("скрепили" as ADJ, even as the adjective of
    "подписями"): a signing, not a title word; a past form, not "личными подписями"."""
    if not (t.pos_ == "VERB" or t.pos_ == "ADJ" and morph().can_be(t.lower_, "past")):
        return False
    on_signatures = t.dep_ == "amod" and t.head.lemma_ == "подпись"
    return on_signatures or any(c.lemma_ == "подпись" for c in t.children)


def in_a_works_name(head: Token, words: Sequence[str]) -> bool:
    """A head inside the quoted name of a work or an event ("темой дискуссии был «Пакт
    Молотова-Риббентропа. Последний пакт трагедии»", "книга «Пакт тишины»"): the name is a
    figure of speech, no paper. The name is the work noun's apposition or parataxis, follows
    it, or is tied to it by a verb; it may run over a sentence break. `words`: the Doc's
    token texts (`Context.words`), read back to the opening mark with no `Token` made."""
    doc = head.doc
    opening = next((k for k in range(head.i - 1, max(-1, head.i - _QUOTE_REACH), -1)
                    if words[k] in ("«", "»") or "\n" in words[k]), None)  # fmt: skip
    if opening is None or words[opening] != "«" or opening + 1 >= len(doc):
        return False
    root = doc[opening + 1]  # the name's word the sentence takes: its first word's head
    while root.i < root.head.i <= head.i:  # up to `head` ("«Варшавский договор")
        root = root.head
    works = load_list(WORK_NOUNS)
    before = doc[opening - 1] if opening > 0 else None
    named = root.head if root.dep_ in ("appos", "parataxis", "nmod") else None
    return any(t is not None and t.lemma_ in works for t in (before, named)) or any(
        c.lemma_ in works for c in _linked_by_a_verb(root)
    )


def _linked_by_a_verb(root: Token) -> list[Token]:
    """The subject or predicate noun a verb between them ties the quoted name to ("Темой
    вечера станет «Варшавский договор. …»", "Лекция будет называться «…»"), else none."""
    verb = root.head
    if root.dep_ not in ("nsubj", "xcomp") or verb.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in verb.children if c.dep_ in ("nsubj", "xcomp") and c.i != root.i]


def _has_topic(comp: list[Token]) -> bool:
    return bool(comp) and (
        comp[0].lower_ in _TOPIC_PREPS or any(t.lemma_ in _TOPIC_WORDS for t in comp)
    )


def _no_agreement_topic(scan: _Scanner, comp: list[Token]) -> bool:
    """A paper of persons, of one state or of a region, not between states: "декларация о
    доходах", "декларация потерпевших" (a person's genitive right after the head),
    "Декларация независимости"."""
    if not comp:
        return False
    first = comp[0]
    persons = (
        first.pos_ == "NOUN"
        and is_animate(first)
        and "Gen" in first.morph.get("Case")
        and scan.mention(first) is None
    )
    home = _of_a_region(comp) and not (scan.states or scan.with_parties)
    topic = next((t for t in comp[:3] if t.pos_ == "NOUN"), None)
    between = topic is not None and topic.lemma_ in _BETWEEN_SIDES
    return persons or not between and any(t.lemma_ in _ONE_SIDED_TOPICS for t in comp[:3]) or home


def _of_a_region(comp: list[Token]) -> bool:
    """A paper of a region at home: "соглашение «О минимальной заработной плате в
    Свердловской области»" (a named province or territory, not "в области энергетики")."""
    return any(
        t.lemma_ in _REGIONS
        and any(c.dep_ == "amod" and c.text[:1].isupper() and c.pos_ == "ADJ" for c in t.children)
        for t in comp
    )


_PLEA = frozenset({"вина", "следствие"})  # "о признании вины", "о сотрудничестве со следствием"


def _private(head: Token, comp: list[Token]) -> bool:
    """A contract of one's own employment or marriage, or a settlement in court, not a
    paper of sides: "трудовой договор", "мировое соглашение", "соглашение
    сторон" ("по соглашению сторон"), a plea deal ("соглашение о признании вины", "о
    сотрудничестве со следствием": the first two nouns of the topic)."""
    adjectives = (c.lemma_ for c in head.children if c.dep_ == "amod")
    topic = [t.lemma_ for t in comp if t.pos_ == "NOUN"][:2]
    return (
        any(a in _PRIVATE for a in adjectives)
        or bool(comp)
        and comp[0].lemma_ in _PRIVATE
        or any(w in _PLEA for w in topic)
    )


# A deal of firms over a firm: "договор о покупке Tumblr", "соглашение о приобретении
# компании" (not "соглашение о покупке истребителей", a deal of states over goods).
_FIRM_DEALS = frozenset({"покупка", "продажа", "приобретение", "слияние", "поглощение"})
# A transfer of a player between clubs: "о переходе защитника", "о трансфере нападающего".
_TRANSFERS = frozenset({"переход", "трансфер"})
# A player's role noun, the one a transfer moves ("о переходе защитника").
_PLAYERS = frozenset(
    {"защитник", "нападающий", "игрок", "вратарь", "полузащитник", "футболист", "хоккеист"}
)
# Common nouns for a firm or club ("Компания Airbus", "концерн", "клуб «Бенфика»"): the name
# after one is the side, the noun alone no side of a paper.
FIRMS = frozenset(
    {"компания", "фирма", "банк", "концерн", "корпорация", "холдинг", "отделение", "филиал",
     "клуб", "авиакомпания", "авиаперевозчик", "перевозчик"}
)  # fmt: skip
# A stake bought or sold is a firm's when its own phrase names one: "о покупке контрольной
# доли в американском отделении банка", "о продаже акций компании" (not "акций совместного
# предприятия", which states may sell).
_STAKES = frozenset({"доля", "акция", "пакет"})


def _over_a_firm(scan: _Scanner, comp: list[Token]) -> bool:
    """A purchase, sale or merger of a firm, the genitive object of the deal noun its topic
    opens with: a deal of firms. A firm in another case is a side of a deal over goods
    ("о продаже «Газпромом» газа", "о продаже газа Газпрому")."""
    nouns = [t for t in comp if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or nouns[0].lemma_ not in _FIRM_DEALS:
        return False
    objects = [t for t in nouns[1:] if t.head.i == nouns[0].i and genitive_or_foreign(t)]
    if not objects:
        return False
    if objects[0].lemma_ in _STAKES:
        return any(_a_firm(scan, t) for t in objects[0].subtree if t.i != objects[0].i)
    return _a_firm(scan, objects[0])


def over_a_player(deal: Token) -> bool:
    """A transfer of one player, the bare singular genitive of the deal noun, a name or a
    player's role noun ("о переходе защитника Луиса Диаса", "о трансфере Хорхе Рамоса"): a
    deal of clubs over a player, as a purchase of a firm is one of firms; not a change of
    anything else ("о переходе на расчёты в национальных валютах", "о переходе Молдовы на
    евро"), nor a crossing of people ("о переходе паломников через границу")."""
    return deal.lemma_ in _TRANSFERS and any(
        c.dep_ == "nmod" and "Gen" in c.morph.get("Case") and is_animate(c)
        and "Sing" in c.morph.get("Number")
        and (c.pos_ == "PROPN" or c.lemma_ in _PLAYERS)
        and not any(g.dep_ == "case" for g in c.children)
        for c in deal.children
    )  # fmt: skip


def _a_firm(scan: _Scanner, t: Token) -> bool:
    """A firm by its noun ("компании", "банке") or an organization kg names."""
    m = scan.mention(t)
    return t.lemma_ in FIRMS or (m is not None and m.type == "Organization")


def genitive_or_foreign(t: Token) -> bool:
    """A genitive, or a name that does not decline ("о покупке Tumblr")."""
    return "Gen" in t.morph.get("Case") or not t.morph.get("Case") and t.pos_ == "PROPN"


def _has_organization(scan: _Scanner, comp: list[Token]) -> bool:
    """A complement naming an organization: "устав ФСЭГ", "устав организации"."""
    for t in comp:
        m = scan.mention(t)
        if (m is not None and m.type == "Organization") or (m is None and t.lemma_ in ORG_NOUNS):
            return True
    return False


def _compound_sides(ctx: Context, head: Token) -> tuple[list[str], set[int]]:
    """The states of compound adjectives on the head ("вьетнамско-индонезийское
    соглашение", "Кенийско-эфиопский договор"): its sides, not words of its title."""
    sides: list[str] = []
    tokens: set[int] = set()
    i = head.i - 1  # the adjectives right before the head (the parse may hang them elsewhere)
    while i >= head.sent.start and head.doc[i].pos_ == "ADJ":
        c = head.doc[i]
        found = [m.entity for m in ctx.mentions_in(c.idx, c.idx + len(c.text), "State")]
        if "-" in c.text and len(set(found)) >= 2:
            sides += [s for s in found if s not in sides]
            tokens.add(c.i)
        i -= 1
    return sides, tokens


def _title_adjectives(head: Token, skip: set[int]) -> list[Token]:
    """Title adjectives right before the head ("Совместное", "межправительственного"),
    and proper ones ("Киотский протокол", "пост-киотского соглашения"), past the `skip`
    ones ("Совместное российско-китайское заявление")."""
    out: list[Token] = []
    i = head.i - 1
    while i >= head.sent.start and (
        i in skip or head.doc[i].lemma_ in title_adjectives() or proper_adjective(head.doc[i], head)
    ):
        if i not in skip:
            out.insert(0, head.doc[i])
        i -= 1
    return out


def _topic_adjectives(head: Token) -> list[Token]:
    """Adjectives right before the head that say what the agreement is about ("мирный",
    "торговое"), kept in a title whose complement names only its sides, as in the title of
    an agreement named by its kind alone."""
    out: list[Token] = []
    i = head.i - 1
    while i >= head.sent.start and head.doc[i].lemma_ in TOPICAL and head.doc[i].pos_ == "ADJ":
        out.insert(0, head.doc[i])
        i -= 1
    return out


# Adjectives that tell an agreement from another of its title ("новое соглашение о торговле"
# is not the one named before), and so never a part of a name.
NOT_SAME = frozenset({"новый", "другой", "очередной", "будущий", "следующий", "иной", "отдельный",
                      "аналогичный", "подобный", "похожий", "схожий"})  # fmt: skip


def proper_adjective(t: Token, head: Token) -> bool:
    """An adjective made from a name, agreeing with the head: capitalised inside the
    sentence ("Римского статута") or prefixed ("пост-киотского"); opening a sentence, one
    made from a place name ("Минский протокол был подписан", "-ский"), also where the tagger
    read it as a name agreeing with the head ("Стамбульскую конвенцию"), or as an
    adjective of the head in no case or another one ("Кэмп-Дэвидские соглашения", "так
    называемый Северный пакт"); never a word a preposition governs."""
    if t.pos_ == "PROPN" and lem(t.text).endswith(_PLACE_SUFFIXES):
        return _adjective_of(t, head)
    if t.pos_ != "ADJ" or any(c.dep_ == "case" for c in t.children):
        return False  # "подписали в Момбасе соглашение": a place read as an adjective
    if t.morph.get("Case") != head.morph.get("Case") and not (
        t.head == head and t.dep_ == "amod" and _adjective_of(t, head)
    ):
        return False
    if lem(t.text) in NOT_SAME:
        return False  # "Новое соглашение" opening a headline after a marker: no name
    if t.lower_.startswith(_PROPER_PREFIXES):
        return True
    if not t.text[:1].isupper() or t.text.isupper():
        return False
    return not t.is_sent_start or lem(t.text).endswith(_PLACE_SUFFIXES)


def _adjective_of(t: Token, head: Token) -> bool:
    """Whether some adjective reading of `t` agrees with the noun `head` in case, number and
    gender (the tagger's own gender of a name it misread is no guide); the head's number is
    the tagger's where it gives one ("соглашения" is a plural accusative as often as a
    singular genitive)."""
    case = UD_CASE.get(next(iter(head.morph.get("Case")), ""), "")
    number = {"Sing": "sing", "Plur": "plur"}.get(next(iter(head.morph.get("Number")), ""))
    nouns = [p.tag for p in morph().parse(head.lower_) if p.tag.POS == "NOUN"]
    noun = next((n for n in nouns if n.case == case and n.number == number), None)
    noun = noun or next(iter(nouns), None)
    if not case or noun is None:
        return False
    return any(
        p.tag.POS == "ADJF" and p.tag.case == case and p.tag.number == noun.number
        and (noun.number == "plur" or p.tag.gender == noun.gender)
        for p in morph().parse(t.lower_)
    )  # fmt: skip


def _key_words(ctx: Context, scan: _Scanner, tokens: list[Token]) -> tuple[str, ...]:
    """Lemmas of the title's words: no prepositions, conjunctions or states; organizations
    by key, so "Договор о ЕАЭС" and "Договор о Евразийском экономическом союзе" agree."""
    out: list[str] = []
    seen_orgs: set[str] = set()
    for t in tokens:
        if t.pos_ in _SKIP_POS or not t.text[:1].isalnum() or t.lower_ in _PREPS:
            continue
        m = scan.mention(t)
        if m is None and t.i != scan.head.i and t.lemma_ in ORG_NOUNS:
            m = _main_organization(ctx)  # "устав организации": the one the text is about
        if m is not None and m.type == "State":
            continue
        if m is not None and m.type == "Organization":
            if m.entity not in seen_orgs:
                seen_orgs.add(m.entity)
                out.append(m.entity)
            continue
        if _genitive_noun(t):
            out.append(morph().lemma(t.lower_, "NOUN", "Gen"))
        else:
            out.append(t.lemma_ if t.i == scan.head.i else word_lemma(t))  # "устав", not "устать"
    return tuple(out)


def _genitive_noun(t: Token) -> bool:
    """A word the tagger reads as a verb right after a noun of the title, where it has a
    noun's genitive reading and heads no clause of its own ("соглашение об импорте стали":
    "сталь", not "стать", which the parse hangs on the noun or the signing verb); not a
    verb with a subject, an infinitive or a predicate ("Участники соглашения о торговле
    стали партнёрами", "… стали расти")."""
    before = t.doc[t.i - 1] if t.i > 0 else None
    if t.pos_ != "VERB" or t.dep_ in ("ROOT", "xcomp") or before is None:
        return False
    if before.pos_ != "NOUN" or not before.text.islower():
        return False
    if any(c.dep_.startswith(_CLAUSE_OWN) for c in t.children):
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and is_infinitive(nxt):
        return False
    return any(p.tag.POS == "NOUN" and "gent" in p.tag for p in morph().parse(t.lower_))


# dependents that make a verb a clause's own: its subject, a predicate or an object
_CLAUSE_OWN = ("nsubj", "xcomp", "obj", "ccomp", "csubj", "aux", "cop")


def _main_organization(ctx: Context) -> Mention | None:
    """A mention of the organization the document names most, at least twice."""
    counts: dict[str, list[Mention]] = {}
    for m in ctx.mentions:
        if m.type == "Organization":
            counts.setdefault(m.entity, []).append(m)
    best = max(counts.values(), key=len, default=[])
    return best[0] if len(best) >= 2 else None


def _head_nominative(head: Token) -> str:
    """The head noun in the nominative singular, read as a noun ("устав", not the
    gerund of "устать")."""
    word = head.text.lower()
    parses = morph().parse(word)
    if not parses or parses[0].tag.POS == "NOUN":
        return morph().nominative(head.text)
    noun = next((p for p in parses if p.tag.POS == "NOUN"), None)
    form = noun.inflect({"nomn", "sing"}) if noun is not None else None
    if form is None:
        return morph().nominative(head.text)
    return form.word[:1].upper() + form.word[1:] if head.text[:1].isupper() else form.word


def _adjective_nominative(word: str, gender: str) -> str:
    """A title adjective in the nominative, read as an adjective where pymorphy3 guesses
    another word first ("Шушинскую" is no form of a verb)."""
    parses = morph().parse(word.lower())
    adjective = next((p for p in parses if p.tag.POS in ("ADJF", "PRTF")), None)
    if adjective is None or adjective is parses[0]:
        return morph().nominative(word, gender)
    form = adjective.inflect({"nomn", "sing", gender} if gender else {"nomn", "sing"})
    out = form.word if form is not None else word.lower()
    return capitals_of(word, out)


def _nominative_title(left: list[Token], head: Token, comp: list[Token], text: str) -> str:
    gender = morph().gender(head.text)
    words = [_adjective_nominative(t.text, gender) for t in left] + [_head_nominative(head)]
    runs: list[list[Token]] = []  # contiguous stretches; "с Россией" is left out between them
    for t in comp:
        if runs and runs[-1][-1].i == t.i - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    parts = [" ".join(text[r[0].idx : r[-1].idx + len(r[-1].text)].split()) for r in runs]
    out = " ".join(words + parts)
    return upper_first(out)


def _of_its_groups(t: Token) -> bool:
    """Whether a state's name is the genitive of its parties, factions or unions ("между
    партиями Латвии"): they make the paper, not the state."""
    return t.dep_ == "nmod" and t.head.lemma_ in _STATES_GROUPS and case_of(t) == "Gen"
