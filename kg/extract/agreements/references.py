"""Bare references to a paper and the named paper each is.

"этот документ", "декларация", "Договор" join the nearest preceding named paper of their
kind, else the nearest following one, else the only one the document names; not one of
another year, of other sides or of another kind of side, nor a paper nested in another's
title; and a title that only says who concludes it ("межправительственное соглашение") is a
bare reference where the document names its paper otherwise.

Split out of extract.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg.extract.agreements.fact_building import _status
from kg.extract.agreements.fusing import (
    TREATY_OR_AGREEMENT,
    parties_agree,
    sides_read,
    topic_words,
)
from kg.extract.agreements.listed import signing_told_before
from kg.extract.agreements.parties import many_papers
from kg.extract.agreements.reading import Reading, one_more, renewed, titled_document
from kg.extract.agreements.status import act_on_a_paper, framed
from kg.extract.agreements.title_words import TOPIC_NOUNS
from kg.extract.agreements.titles import NOT_SAME
from kg.extract.context import Context
from kg.extract.identity import same_fact

_DETERMINERS = {"этот", "данный", "указанный", "настоящий", "упомянутый", "подписанный"}


_SIGNERS = {"межправительственный", "межгосударственный", "межведомственный"}


_SIDES_AFTER = {"между", "с", "со"}  # the prepositions that name a paper's sides


def _same(a: Reading, b: Reading) -> bool:
    if not same_fact(a.identity(), b.identity()):
        return False
    if renewed([b]):
        return False
    if a.title.entry is not None or b.title.entry is not None:
        return a.title.entry is b.title.entry
    return a.title.words == b.title.words


def antecedent(
    readings: list[Reading], i: int, groups: list[list[Reading]]
) -> list[Reading] | None:
    """The named agreement a bare reference stands for, or None."""
    r = readings[i]
    head = r.title.head
    if r.plural or many_papers(head):
        return None  # "подписали ещё два документа": papers of their own, not one named
    if any(c.lemma_ in NOT_SAME for c in head.children):
        return _firms_deal_before(readings, i, groups)
    if head.lemma_ == "документ":
        pointed = _pointed_back(readings, i)
        return _group_of(pointed, groups) if pointed is not None else None
    family = [x for x in readings if x.named and _of_its_topic(r, x)]
    same = family or [x for x in readings if x.named and x.title.kind == r.title.kind]
    before = _of_its_sides(r, [x for x in same if x.title.head.i < head.i])
    if act_on_one_of_several(readings, i, groups):
        return None
    if before:
        return _group_of(before[-1], groups)
    if same:
        return _group_of(same[0], groups)
    if len(groups) == 1 and _kindless(groups[0]) and _refers_back(r, groups[0]):
        return groups[0]  # "подписали документ о …. Меморандум вступит в силу": that paper
    if len(groups) != 1 or r.title.kind not in ("Agreement", groups[0][0].title.kind):
        return None  # a bare "меморандум" is no "Соглашение о торговле"; "соглашение" is any
    return groups[0]


def _of_its_topic(r: Reading, x: Reading) -> bool:
    """Whether the bare "мирный договор" `r` is the treaty or agreement `x` named by the noun
    of its topic ("соглашение об установлении мира"): one paper of the peace family, whichever
    of the two kinds each is told as."""
    if {r.title.kind, x.title.kind} - TREATY_OR_AGREEMENT:
        return False
    nouns = {TOPIC_NOUNS.get(c.lemma_) for c in r.title.head.children if c.dep_ == "amod"}
    return bool(nouns & set(x.title.words))


def _of_its_sides(r: Reading, before: list[Reading]) -> list[Reading]:
    """The papers before a bare one that its sides allow: a bare "соглашение" whose sentence
    names two sides ("Текст соглашения был согласован сторонами") after a paper of other
    sides ("а Армения и США — соглашение о …") is the last one of its own sides named before
    it, where there is one."""
    sides = set(r.parties)
    if len(sides) < 2 or not before or set(before[-1].parties) == sides:
        return before
    own = [x for x in before if set(x.parties) == sides]
    return own or before


def act_on_one_of_several(readings: list[Reading], i: int, groups: list[list[Reading]]) -> bool:
    """Whether the bare paper `readings[i]`, under a noun of an act on it ("годовщину
    вступления договора в силу", "ратификации договора", "денонсации договора"), comes after
    two named papers of its kind: the text does not say which, so it is neither (the act's
    status is no guess to give the nearest) nor a paper of its own. Sixty-third pass
    (h-agreements78)."""
    r = readings[i]
    head = r.title.head
    if head.dep_ != "nmod" or not act_on_a_paper(head.head):
        return False
    before = (x for x in readings[:i] if x.named and x.title.kind == r.title.kind)
    return len({id(_group_of(x, groups)) for x in before}) > 1


def _kindless(group: list[Reading]) -> bool:
    """A paper named only as a "документ" titled by its topic (`_signed_paper`), whose kind
    the text has not said."""
    return all(titled_document(x.title) for x in group if x.named)


def _refers_back(r: Reading, group: list[Reading]) -> bool:
    """Whether a bare "меморандум" after a "документ" of no kind is that paper, so tells its
    kind: one a determiner points back with ("этот меморандум") or one of the status the
    paper has ("подписали документ о …. Меморандум вступит в силу"), not one told as one
    more ("Стороны также готовят меморандум") or that the sides have still to sign."""
    if any(c.lemma_ in _DETERMINERS for c in r.title.head.children):
        return True
    return r.status == _status(group) and not one_more(r)


def _pointed_back(readings: list[Reading], i: int) -> Reading | None:
    """The named paper a "документ" at `readings[i]` points back to: the last one before it,
    within 80 tokens unless a determiner points ("этот документ"); None where there is none."""
    head = readings[i].title.head
    recent = [x for x in readings[:i] if x.named and head.i - x.title.head.i < 80]
    determined = any(c.lemma_ in _DETERMINERS for c in head.children)
    before = [x for x in readings[:i] if x.named] if determined else recent
    return before[-1] if before else None


def pointers_first(readings: list[Reading]) -> None:
    """A "документ" titled by its topic (`_signed_paper`) that points back to a paper named
    before it is that paper ("подписали соглашение о поставках газа. Подписанный сторонами
    документ о поставках …"): the pointer rule comes first. One the text signs as one more,
    of another topic, is a paper of its own, of the sides of the paper before where its
    sentence names none (`_one_more_paper`). One of a colon's list by topic ("три документа: о
    транспорте, об энергетике …", `Reading.listed`) points at none: its list names it."""
    for i, r in enumerate(readings):
        pointer = titled_document(r.title) and not r.listed
        before = _pointed_back(readings, i) if pointer else None
        if before is None:
            continue
        if _one_more_paper(r, before):
            r.demoted = False
            r.parties = r.parties if len(r.parties) >= 2 else list(before.parties)
        else:
            r.demoted = True


def _one_more_paper(r: Reading, before: Reading) -> bool:
    """A titled "документ" signed as one more ("Также стороны подписали документ о …",
    "Кроме того, был подписан документ о …"), after a paper of two sides whose key words
    (`topic_words`) its title shares none of: "Документ о поставках газа" told after
    "соглашение о поставках газа" stays that paper."""
    if r.status != "signed" or len(before.parties) < 2 or topic_words([r]) & topic_words([before]):
        return False
    return one_more(r)


def _signed_by_a_subject(head: Token) -> bool:
    """Whether the verb a paper is the object or subject of has a subject of its own ("Индия
    и Япония подписали соглашение"), not "Соглашение было подписано" nor "При подписании
    соглашения министр заявил"."""
    verb = head.head
    return verb.pos_ in ("VERB", "AUX") and any(
        c.i != head.i and c.dep_.startswith("nsubj") for c in verb.children
    )


def _firms_deal_before(
    readings: list[Reading], i: int, groups: list[list[Reading]]
) -> list[Reading] | None:
    """ "Новое соглашение" where every paper named before is a firm's deal is that deal, new
    on the market ("Банк подписал соглашение о покупке доли … При подписании нового
    соглашения министр заявил"), not another paper of states; else no paper named before."""
    before = [x for x in readings[:i] if x.named]
    if before and all(x.title.private for x in before):
        return _group_of(before[-1], groups)
    return None


def signers_for_bodies(ctx: Context, r: Reading, group: list[Reading]) -> None:
    """A bare reference whose signers' states are all states of the bodies that are the
    paper's sides, and no more, is signed for those bodies ("Центральный банк Бразилии и
    Народный банк Китая подписали соглашение о …. Документ подписали председатель Центробанка
    Бразилии X и управляющий Народным банком Китая Y"): its sides are the banks, so it stands
    for their paper and adds its signers, not the states (sixty-eighth pass, h-agreements85)."""
    if not r.signatories or not r.parties or not all(p.startswith("state/") for p in r.parties):
        return
    sides = sides_read(group) or set()
    if not sides or any(p.startswith("state/") for p in sides):
        return
    bodies = {p: entity.state for p in sides if (entity := ctx.entity(p)) is not None}
    if set(bodies.values()) == set(r.parties):
        r.parties = sorted(bodies)


def may_stand_for(ctx: Context, r: Reading, group: list[Reading]) -> bool:
    """A bare reference ("договор, подписанный в 2000 году") whose date or conclusion
    contradicts the agreement before it is another agreement (`kg.extract.identity`), and so
    is one between other parties ("соглашение между Арменией и Ираном" after one of Russia
    and Ukraine), and so may be one beside a paper of its own sides (`_of_its_own_sides`).
    The sides kg guesses for a paper no subject signs are no reason to part it from a firm's
    deal before it (`_signed_by_a_subject`)."""
    if group[0].title.private and not _signed_by_a_subject(r.title.head):
        return True
    if not parties_agree([r], group) or _of_its_own_sides(ctx, r, group):
        return False
    if _other_kind_of_side(r, group):
        return False
    if _of_another_year(ctx, r, group) or _nested(r, group) or _ahead_of_signed(r, group):
        return False
    return all(same_fact(x.identity(), replace(r.identity(), kind=x.title.kind)) for x in group)


def _other_kind_of_side(r: Reading, group: list[Reading]) -> bool:
    """A bare paper with a side kg names no state for ("подписал соглашение с курдами") is
    not a paper of two states told before it ("Турция и Египет подписали соглашение о
    торговле"), nor one with another such side: its other side is that group, not a state."""
    if not r.unnamed_side:
        return False
    theirs = {x.unnamed_side for x in group if x.unnamed_side}
    if theirs:
        return r.unnamed_side not in theirs
    return len(sides_read(group) or set()) >= 2 or any(x.firm_side for x in group)


def _nested(r: Reading, group: list[Reading]) -> bool:
    """A paper named in the clause of a bare one, or the reverse, is another paper: "подписали
    соглашение, которое дополняет договор о границе 1929 года" signs the agreement only; so
    is one its sentence names as the frame of the act ("Договорённость достигнута в рамках
    Договора о водах")."""
    head = r.title.head
    if any(x.sent.start == r.sent.start and framed(x.title.head) for x in group):
        return True
    return any(head.is_ancestor(x.title.head) or x.title.head.is_ancestor(head) for x in group)


def _of_another_year(ctx: Context, r: Reading, group: list[Reading]) -> bool:
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


def _ahead_of_signed(r: Reading, group: list[Reading]) -> bool:
    """A bare paper whose own signing lies ahead on a day it names ("обсудили проект
    меморандума, который будет подписан в сентябре") is not one the text tells signed by a
    verb ("подписали меморандум о торговле"): a paper signed is not signed again, so the
    draft is another paper, planned, and its day is not the signed one's. Sixtieth pass
    (h-agreements67)."""
    ahead = r.status == "planned" and not r.presumes_signed and r.date > r.doc_date[: len(r.date)]
    return ahead and any(x.reported and not x.arranged for x in group)


def _of_its_own_sides(ctx: Context, r: Reading, group: list[Reading]) -> bool:
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


def _signers_only(r: Reading) -> bool:
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


def demote_no_one_paper(readings: list[Reading]) -> None:
    """A title that says only who concludes it is a reference, not a name, when the
    document names an agreement of its kind otherwise: "участники подписали
    межправительственное соглашение … ратифицировали соглашение о создании форума",
    "одобрила соглашение о создании правительства … согласно договорённости между
    консерваторами и либеральными демократами". Papers counted name none of them, whatever
    their title says ("заключили более 200 межправительственных соглашений", "подписали 35
    соглашений на бизнес-форуме", "ряд соглашений о торговле": sixty-third pass,
    h-agreements77), unless a colon's list gives each by its topic ("два соглашения: о
    воздушном сообщении и о …", `Reading.listed`; sixty-fourth pass, h-agreements80)."""
    for r in readings:
        if (
            many_papers(r.title.head)
            and not r.listed
            or _signers_only(r)
            and _named_otherwise(r, readings)
            or such_a_paper(r)
        ):
            r.demoted = True


def such_a_paper(r: Reading) -> bool:
    """A paper of "такой" titled by names alone ("Перу", "Панамы в Азии") names the kind of
    a paper told before, not one of its own: "модернизацию соглашения о свободной торговле,
    подписанного в 2005 году, — первого такого соглашения Перу" tells the agreement's place
    among Peru's, no "Соглашение Перу" nor a paper of Peru told by its kind
    (`extract._may_be_generic`). "такое же соглашение с Японией" is another paper like it,
    left to the others. Sixty-sixth pass (h-agreements83)."""
    head = r.title.head
    such = [c for c in head.children if c.lemma_ == "такой" and c.i < head.i]
    if not such or any(c.lower_ == "же" for t in such for c in t.children):
        return False
    words = [t for t in r.title.tokens if t != head]
    if any(t.lower_ in _SIDES_AFTER for t in words):
        return False  # "Такое соглашение между Чили и Перу": a paper of the sides it names
    names = (t.pos_ in ("PROPN", "ADP", "CCONJ", "PUNCT") for t in words)
    return r.title.entry is None and all(names)


def _named_otherwise(r: Reading, readings: list[Reading]) -> bool:
    """Whether the document names a paper of `r`'s kind by more than who concludes it, one
    whose sides `r`'s title may name."""
    return any(
        x.named and not _signers_only(x) and x.title.kind == r.title.kind and _sides_fit(r, x)
        for x in readings
    )


def _sides_fit(r: Reading, x: Reading) -> bool:
    """Whether the states a title names as its sides may be those of agreement `x`: not
    "Соглашение между США, Мексикой и Канадой" for one Mexico and the US signed."""
    sides, theirs = set(r.title.states), set(x.parties)
    return not sides or sides <= theirs or (len(theirs) < 2 and theirs <= sides)


def _group_of(r: Reading, groups: list[list[Reading]]) -> list[Reading]:
    return next(g for g in groups if r in g)


def signers_told_after(readings: list[Reading]) -> None:
    """Papers a bare plural paper noun names again right after their signing ("… подписали
    12 документов, в том числе соглашение о …. Документы подписали министры …",
    `listed.signing_told_before`) take the signers it names: the plural is no paper of its
    own, and its signers signed each of them. Papers counted or told as others ("ещё два
    документа") give none."""
    for r in readings:
        if not (r.plural and r.signatories and not r.named and r.verb >= 0):
            continue
        before = signing_told_before(r.title.head)
        verb = before.i if before is not None else -2
        for x in readings:
            if x.verb == verb and x.named and x.status == "signed":
                x.signatories += [p for p in r.signatories if p not in x.signatories]
