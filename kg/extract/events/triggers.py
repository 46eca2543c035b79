"""The trigger words of `event_kinds.tsv`: each lemma's rules (the kind it tells, the
words it wants or refuses beside it), read once, and the groups of kinds the readers ask
about (visits, talks of several sides, named gatherings, acts of a body). Compound nouns
("бизнес-форум", "онлайн-саммит") trigger as their last part.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from kg.extract.agreements.listed import signed_among
from kg.extract.agreements.title_words import STATUS_WORDS
from kg.lexicon import load_groups, load_rows

EVENT_KINDS = Path(__file__).with_name("event_kinds.tsv")


VISITS = frozenset({"Visit", "StateVisit", "OfficialVisit", "WorkingVisit"})


TALKS = frozenset({"Talks", "Meeting"})  # the sides sit together: rounds, sittings, topics
SPOKEN = TALKS | {"PhoneCall"}  # the sides talk: one says things to another in it, agrees in it
MULTI = TALKS | {"PhoneCall", "Signing"}


NAMED = frozenset({"Forum", "Summit", "Ceremony"})


HOSTS = frozenset({"Forum", "Summit"})  # gatherings where the sides may meet apart


# kinds that last: over a span of days ("с 24 по 26 ноября") they are on all of them
LASTING = VISITS | TALKS | HOSTS | {"Exercise", "Festival", "Exhibition"}


# kinds one takes part in: "прошли с участием X", "X приняли участие в …" tell who
ATTENDED = MULTI | NAMED | {"Exercise"}


BODIES = frozenset({"Approval", "Vote"})  # acts of a body: who adopts or votes takes part


@dataclass(frozen=True)
class Rule:
    kind: str
    with_: frozenset[str]
    single: bool
    verb: bool
    told: bool
    pair: bool
    dest: bool
    guest: bool
    office: bool
    said: bool  # a text whose words a verb of saying gives: "в своём заявлении X подчеркнул"
    held: bool  # a gathering, an event only where the text tells it held (`_gathered`)
    many: bool  # a gathering of many, not the document's two states' (`gathering`)
    stay: bool  # a stay that is a visit only over days it gives (`visits.stay_of_days`)
    plural: bool  # told only in the plural: "учения", not "учение Конфуция"


_COMPOUND_PREFIXES = ("бизнес-", "онлайн-", "видео-")  # "бизнес-форум", "онлайн-саммит"
# a compound of these is a place of writing, no gathering ("на интернет-форуме")
_BOARDS = ("интернет-", "веб-")


@cache
def trigger_rules() -> dict[str, list[Rule]]:
    """Trigger lemma → its rules, specific ones first (`event_kinds.tsv`)."""
    rules: dict[str, list[Rule]] = {}
    for row in load_rows(EVENT_KINDS):
        lemma, kind, with_, flags = (*row, "", "", "")[:4]
        with_set = frozenset(filter(None, with_.split("|")))
        flag = set(flags.split())
        rule = Rule(
            kind,
            with_set,
            *(
                f in flag
                for f in (
                    "single",
                    "verb",
                    "told",
                    "pair",
                    "dest",
                    "guest",
                    "office",
                    "said",
                    "held",
                    "many",
                    "stay",
                    "plural",
                )
            ),
        )
        rules.setdefault(lemma, []).append(rule)
    return rules


def hosts(tok: Token) -> bool:
    """A gathering's word (`HOSTS`): "саммит", "форум", and a compound of one by its head
    ("бизнес-форум", `compound_head`), as every trigger is read."""
    return any(r.kind in HOSTS for r in trigger_rules().get(compound_head(tok.lemma_), ()))


def gathering(lemma: str) -> bool:
    """A gathering of many (`many` in `event_kinds.tsv`): a conference or festival, not the
    document's two states' ("Каннский кинофестиваль")."""
    return any(r.many for r in trigger_rules().get(lemma, ()))


@cache
def signing_words() -> frozenset[str]:
    """Words that by themselves tell a signing (`event_kinds.tsv`): "подписать", …"""
    return frozenset(
        lemma
        for lemma, rules in trigger_rules().items()
        if any(r.kind == "Signing" and not r.with_ for r in rules)
    )


@cache
def visit_verbs() -> frozenset[str]:
    """Verbs that by themselves tell a visit (`Visit` verbs of `event_kinds.tsv` with no
    `dest`): "посетить", "посещать", "побывать", whose object or "в" place is the host."""
    return frozenset(
        lemma
        for lemma, rules in trigger_rules().items()
        if any(r.kind == "Visit" and r.verb and not r.dest for r in rules)
    )


def exchanged_paper(tok: Token) -> Token | None:
    """The papers the sides exchange that a signing participle before them qualifies
    ("обменялись подписанными документами", the tagger's adjective too, also one the parse
    hangs on the verb beside them): the exchange is the signing, told as done, where
    "подписанное соглашение" elsewhere only names a paper; else None."""
    if tok.lemma_ not in signing_words() or tok.i + 1 >= len(tok.doc):
        return None
    after = tok.doc[tok.i + 1]
    paper = tok.head if tok.dep_ == "amod" else after if after.head == tok.head else None
    exchange = load_groups(STATUS_WORDS)["exchange"]
    if paper is None or paper.i <= tok.i or paper.dep_ not in {"obj", "obl"}:
        return None
    return paper if paper.head.lemma_ in exchange else None


def among_signed_paper(tok: Token) -> Token | None:
    """The first paper after the dash of a sentence that opens "Среди подписанных (…)
    документов — X" (`tok` the participle, `listed.signed_among`): the participle tells
    the signing done, where "подписанные документы" elsewhere only names papers; else
    None. Sixty-fifth pass, h-agreements82."""
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ not in {"среди", ","}:
        return None  # asked of every word: most are not right after it
    found = signed_among(tok.sent)
    if found is None or found[0] != tok:
        return None
    return next(
        (t for t in tok.doc[found[1].i + 1 : tok.sent.end] if t.pos_ in {"NOUN", "PROPN"}), None
    )


def compound_head(lemma: str) -> str:
    """The event word of a compound whose first part only says how or among whom it is held
    ("бизнес-форум" is a forum, "онлайн-саммит" a summit, as any word before a gathering's:
    "инвест-форум"); other lemmas as they are."""
    if "-" not in lemma:  # every prefix ends in one; asked of every word of a document
        return lemma
    for prefix in _COMPOUND_PREFIXES:
        if lemma.startswith(prefix):
            return lemma.removeprefix(prefix)
    # "инвест-форум", "экспо-форум", "мини-саммит": whatever comes before a gathering's word
    # is its kind or size (h-events166); a compound of a rule of its own keeps it
    # ("пресс-конференция"), and so does one of another event's word ("пресс-тур")
    rules, last = trigger_rules(), lemma.rpartition("-")[2]
    if (
        lemma not in rules
        and not lemma.startswith(_BOARDS)
        and any(r.kind in HOSTS for r in rules.get(last, ()))
    ):
        return last
    return lemma
