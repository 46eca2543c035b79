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

Since the forty-fourth pass (h-split46) this module keeps the document's loop
(`read_agreements`); a mention's reading and the look-ups every step shares are in
reading.py, a sentence's papers in sentences.py, dates, places and gapped clauses in
dates.py, whom a subject stands for in subjects.py, the other sides in parties.py, players'
and teams' contracts in player_contracts.py, bare references in references.py, a reading's
fact in fact_building.py and the fusing of one paper's mentions in fusing.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.agreements.fact import Agreement
from kg.extract.agreements.fact_building import _fact, informative
from kg.extract.agreements.fusing import (
    body_names_accord,
    fuse_headline,
    fuse_paraphrases,
    fuse_shorter,
    fuse_terms,
    generic_facts,
    merge_by_key,
)
from kg.extract.agreements.parties import many_papers
from kg.extract.agreements.reading import AgreementReading, Reading
from kg.extract.agreements.references import (
    _same,
    act_on_one_of_several,
    antecedent,
    demote_no_one_paper,
    may_stand_for,
    pointers_first,
    signers_for_bodies,
    signers_told_after,
    such_a_paper,
)
from kg.extract.agreements.sentences import _sentence
from kg.extract.agreements.subjects import firms_deal, of_private_bodies, union_act
from kg.extract.common.date_bounds import date_tokens
from kg.extract.common.dates import year_by_tense
from kg.extract.context import Context
from kg.extract.identity import Identity


def read_agreements(ctx: Context) -> AgreementReading:
    """Every agreement the document reports, fused within the document."""
    return AgreementReading(*_extract(ctx))


def extract_agreements(ctx: Context) -> list[Agreement]:
    return read_agreements(ctx).facts


def _extract(
    ctx: Context,
) -> tuple[
    list[Agreement],
    dict[int, Agreement],
    dict[int, list[Agreement]],
    frozenset[str],
    frozenset[str],
    dict[str, Identity],
]:
    dates = _date_tokens(ctx)
    readings = [r for sent in ctx.sents for r in _sentence(ctx, sent, dates)]
    demote_no_one_paper(readings)
    pointers_first(readings)
    signers_told_after(readings)
    groups: list[list[Reading]] = []
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
    generic: list[Reading] = []
    named = any(r.named for r in readings)
    for i, r in enumerate(readings):
        if r.named or any(r in g for g in groups):
            continue
        target = antecedent(readings, i, groups)
        if target is not None:
            signers_for_bodies(ctx, r, target)
        if target is not None and may_stand_for(ctx, r, target):
            target.append(r)
        elif _may_be_generic(r, named) and not act_on_one_of_several(readings, i, groups):
            generic.append(r)
    groups = [g for g in groups if not g[0].title.private]
    groups = fuse_headline(ctx, fuse_paraphrases(fuse_terms(fuse_shorter(groups))), dates)
    groups = body_names_accord(ctx, groups, dates)
    built = [(_fact(ctx, g), g) for g in groups]
    facts = [(f, g) for (f, _), g in built] + generic_facts(ctx, generic)
    facts = [
        (f, g)
        for f, g in facts
        if not of_private_bodies(ctx, f.parties, g) and not firms_deal(g) and not union_act(f, g)
    ]
    out = merge_by_key(ctx, facts)
    _year_by_status(out.values(), _yearless_values(ctx), ctx.document.date)
    tokens = {t.i: out[id(f)] for f, g in facts for r in g for t in r.title.tokens}
    verbs: dict[int, list[Agreement]] = {}
    for f, g in facts:
        for r in g:
            if r.verb >= 0 and out[id(f)] not in verbs.setdefault(r.verb, []):
                verbs[r.verb].append(out[id(f)])
    unstated = frozenset(
        out[id(f)].key for f, g in facts if any(r.unnamed_side or r.firm_side for r in g)
    )
    told = {id(out[id(f)]) for f, g in facts for r in g if r.date and not r.guessed}
    guessed = frozenset(a.key for a in out.values() if a.date and id(a) not in told)
    papers = list({id(a): a for a in out.values()}.values())
    return papers, tokens, verbs, unstated, guessed, _keyed(built, out)


def _keyed(
    built: list[tuple[tuple[Agreement, Identity], list[Reading]]], out: dict[int, Agreement]
) -> dict[str, Identity]:
    """The identity that keyed each paper of no party, by its key, where that paper stands
    as `_fact` keyed it (not fused into another, nor keyed apart by `merge_by_key`): what a
    signing that gives it sides keys it by (`AgreementReading.take_sides`)."""
    return {
        f.key: identity
        for (f, identity), _ in built
        if out.get(id(f)) is f and not f.parties and identity.key("agreement") == f.key
    }


def _may_be_generic(r: Reading, named: bool) -> bool:
    """A paper told by its kind alone that may be a fact titled by kind and sides: not a
    "документ", not the plural heading of papers the document names ("подписали
    соглашения"), nor papers counted ("подписали 12 соглашений"), which name no one paper, nor
    "первое такое соглашение Перу" (`such_a_paper`)."""
    head = r.title.head
    plural_heading = r.plural and named
    return (
        head.lemma_ != "документ"
        and informative(r)
        and not plural_heading
        and not many_papers(head)
        and not such_a_paper(r)
    )


def _same_paper(x: Reading, r: Reading) -> bool:
    """Whether `r` names the paper of `x`; a private paper (`Title.private`: employment, a
    settlement, a purchase or a transfer) is one of its own, kept only so that a bare
    "Соглашение было подписано" after it is not taken for one of states."""
    return not (x.title.private or r.title.private) and _same(x, r)


# what moves the year of a paper's yearless date, as `kg.extract.events.building` moves its
# signing's: a paper signed is signed on or before the report's day, one planned after it
_TENSES = {"signed": "past", "planned": "future"}


def _yearless_values(ctx: Context) -> frozenset[str]:
    """The values of the document's dates written without a year ("12 мая"), which took the
    document's year, less any the text also writes with one."""
    found = date_tokens(ctx.doc, ctx.document.text, ctx.document.date).values()
    stated = {d.value for _, d in found if not d.yearless}
    return frozenset(d.value for _, d in found if d.yearless and d.value not in stated)


def _year_by_status(papers: Iterable[Agreement], yearless: frozenset[str], doc_date: str) -> None:
    """A yearless date of a paper takes the year its status points to, by day, as its
    signing event's does: "подписала … 12 мая" in a text of 6 March 2025 is 12 May 2024, not
    a signing two months ahead of the report (lead, fifty-second pass). After the fusing, as
    the paper's mentions fuse on the date they share."""
    for a in papers:
        if a.date in yearless and doc_date:
            a.date = year_by_tense(a.date, doc_date, _TENSES.get(a.status, ""), by_day=True)


def _date_tokens(ctx: Context) -> dict[int, tuple[int, str]]:
    """Start token index → (end token index, ISO value) of every date in the document."""
    dates = date_tokens(ctx.doc, ctx.document.text, ctx.document.date)
    return {start: (end, d.value) for start, (end, d) in dates.items()}
