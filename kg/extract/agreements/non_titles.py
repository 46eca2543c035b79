"""What no agreement title is: a head noun in a name, a paper of one side, a private deal.

A head noun inside an organization's or a work's name ("Организация Договора о коллективной
безопасности", a film "Договор"), a paper without an agreement's topic or of one person or one
state ("декларация о доходах"), of a region, a plea ("о признании вины"), an employment, a
firm's purchase or a player's transfer, and "устав" without an organization: `read_title`
asks these before it reads a title.

Split out of titles.py (forty-fifth pass, h-split50): the exclusions, apart from the reading."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract.agreements.title_ends import Scanner
from kg.extract.agreements.title_words import (
    _BODY_NOUNS,
    BETWEEN_SIDES,
    FIRMS,
    ONE_SIDED_TOPICS,
    ORG_NOUNS,
    PRIVATE,
    REGIONS,
    TOPIC_PREPS,
    TOPIC_WORDS,
    WORK_NOUNS,
    kinds,
)
from kg.lexicon import load_list
from kg.model import Mention
from kg.nlp.morph import case_of, is_animate, is_plural


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


def has_topic(comp: list[Token]) -> bool:
    return bool(comp) and (
        comp[0].lower_ in TOPIC_PREPS or any(t.lemma_ in TOPIC_WORDS for t in comp)
    )


_EXCHANGING = frozenset({"обмен", "обменяться", "обмениваться"})


def exchanged_notes(head: Token) -> bool:
    """Notes the sides exchange, the instrumental plural under a word of exchanging ("обмен
    нотами", "обменялись нотами"): a form of agreement between two states; a note alone is
    one side's ("вручил ноту протеста"). Sixty-third pass (h-agreements78)."""
    if not is_plural(head) or case_of(head) != "Ins":
        return False
    before = head.doc[head.i - 1] if head.i > head.sent.start else head
    while before.i > head.sent.start and before.pos_ == "ADJ":
        before = head.doc[before.i - 1]  # "обмен дипломатическими нотами"
    return head.head.lemma_ in _EXCHANGING or before.lemma_ in _EXCHANGING


def notes_no_paper(comp: list[Token]) -> bool:
    """Whether exchanged notes are no paper of their own: with no topic, or a genitive
    before it ("обмен нотами протеста"), or about another paper ("обменялись нотами о
    вступлении в силу договора о …": the treaty is the paper, the notes an act on it)."""
    topical = bool(comp) and comp[0].pos_ == "ADP" and any(t.lower_ in TOPIC_PREPS for t in comp)
    return not topical or any(t.lemma_ in kinds() for t in comp)


def exchange_programme(head: Token, scan: Scanner, comp: list[Token]) -> bool:
    """A programme of exchange between states ("программа культурного обмена", "программа
    молодёжных обменов"): an exchange is a programme's topic as cooperation is, where the
    complement names no sides or states as sides; not one between others ("программа обмена
    студентами между университетами"), nor a visit's ("программа визита")."""
    if head.lemma_ != "программа" or not any(t.lemma_ == "обмен" for t in comp):
        return False
    return not any(t.lower_ == "между" for t in comp) or bool(scan.states or scan.pair_named)


def no_agreement_topic(scan: Scanner, comp: list[Token]) -> bool:
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
    between = topic is not None and topic.lemma_ in BETWEEN_SIDES
    return persons or not between and any(t.lemma_ in ONE_SIDED_TOPICS for t in comp[:3]) or home


def _of_a_region(comp: list[Token]) -> bool:
    """A paper of a region at home: "соглашение «О минимальной заработной плате в
    Свердловской области»" (a named province or territory, not "в области энергетики")."""
    return any(
        t.lemma_ in REGIONS
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
        any(a in PRIVATE for a in adjectives)
        or bool(comp)
        and comp[0].lemma_ in PRIVATE
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
# A stake bought or sold is a firm's when its own phrase names one: "о покупке контрольной
# доли в американском отделении банка", "о продаже акций компании" (not "акций совместного
# предприятия", which states may sell).
_STAKES = frozenset({"доля", "акция", "пакет"})


def over_a_firm(scan: Scanner, comp: list[Token]) -> bool:
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


def _a_firm(scan: Scanner, t: Token) -> bool:
    """A firm by its noun ("компании", "банке") or an organization kg names."""
    m = scan.mention(t)
    return t.lemma_ in FIRMS or (m is not None and m.type == "Organization")


def genitive_or_foreign(t: Token) -> bool:
    """A genitive, or a name that does not decline ("о покупке Tumblr"; "глава Korea Hydro
    & Nuclear Power", whose Latin words the tagger calls foreign, X)."""
    return "Gen" in t.morph.get("Case") or not t.morph.get("Case") and t.pos_ in ("PROPN", "X")


def has_organization(scan: Scanner, comp: list[Token]) -> bool:
    """A complement naming an organization: "устав ФСЭГ", "устав организации"."""
    for t in comp:
        m = scan.mention(t)
        if (m is not None and m.type == "Organization") or (m is None and t.lemma_ in ORG_NOUNS):
            return True
    return False
