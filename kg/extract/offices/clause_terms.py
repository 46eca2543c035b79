"""The term a relative clause on the holder tells of the office beside the name: "Премьер-
министр Польши X, которая занимала этот пост до 2017 года, …" ends it, so it is a past office,
not the one at the document's date; "…, который возглавлял правительство в 2008–2013 годах"
starts and ends it; "…, который занимает этот пост с 2017 года" starts a current one. Not a
clause of another post ("…, которая занимала пост министра обороны до 2017 года") or of
another body than the office heads (fifty-first pass, h-offices62). A point year of a past
holding ("…, который занимал этот пост в 2019 году") is the year it was held (fifty-second
pass, h-offices63)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy
from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from kg.extract.common.date_bounds import Dates, bound, date_tokens
from kg.extract.offices.dated import Term, term_dates, title_words
from kg.lexicon import load_rows
from kg.model import Document
from kg.nlp.deps import SUBJECTS, negated, told_ahead
from kg.resolve.given_agreement import GivenOffice
from kg.resolve.title_lexicon import post_nouns
from kg.resolve.title_tenure import held_then

HEADED_POSTS = Path(__file__).with_name("headed_posts.tsv")
# Verbs of holding a post or heading a body, whose dates in the clause bound the term.
_HOLDING = frozenset(["занимать", "исполнять", "возглавлять", "руководить"])
_CLAUSE, _PARTICIPLE = "acl:relcl", "acl"  # "…, который занимал", "…, занимающий"
_HOLDERS = (get_string_id(_CLAUSE), get_string_id(_PARTICIPLE))  # their ids in a DEP array


def clause_term(
    doc: Doc, dates: Dates, given: GivenOffice, name: Span, doc_date: str
) -> Term | None:
    """The term a relative clause of "который" on the name or on the title beside it tells
    of that same office, by a verb of holding it ("занимал этот пост", "занимала должность")
    or of heading the body it heads ("возглавлял правительство"); left where it ends before
    the document's date. None for a title a verb tells or where no such clause dates it."""
    if given.verb >= 0:
        return None
    for holder in (name.root, *title_words(doc, given)):
        for verb in holder.children:
            if not _holding_clause(verb) or not _same_post(verb, given.office):
                continue
            term = term_dates(doc, dates, replace(given, verb=verb.i), name, doc_date)
            if not (term.start or term.end):
                return _held_in_year(doc, dates, verb, doc_date)
            left = bool(term.end and doc_date) and term.end < doc_date[: len(term.end)]
            return Term(term.start, term.end, left)
    return None


def ended_in_clause(
    doc: Doc, document: Document, given: dict[int, GivenOffice], names: list[tuple[int, int]]
) -> frozenset[int]:
    """The first tokens of the names whose current title beside them a relative clause
    (`clause_term`) tells ended before the document's date: no office of theirs now, so not
    the person's office (the state stays). The dates are read only where a relative clause of
    holding is in the text."""
    # a `Token` only for a relative clause's or participle's verb, found in the Doc's array:
    # a pass of `Token`s made one per word of every document (~1 µs each)
    found = numpy.isin(doc.to_array(DEP), _HOLDERS) if len(doc) else numpy.zeros(0, bool)
    clauses = numpy.flatnonzero(found).tolist()
    if not any(_holding_clause(doc[i]) for i in clauses):
        return frozenset()
    dates = date_tokens(doc, document.text, document.date, resolved=True)
    out = set()
    for start, end in names:
        g = given.get(start)
        if g is None or not g.current:
            continue
        term = clause_term(doc, dates, g, doc[start:end], document.date)
        if term is not None and term.left:
            out.add(start)
    return frozenset(out)


def _held_in_year(doc: Doc, dates: Dates, verb: Token, doc_date: str) -> Term | None:
    """The term a past verb of holding dated by one point year tells ("…, который занимал
    этот пост в 2019 году"): held in that year, which neither starts nor ends the term, so
    both are that year at the year's precision; a past office where that year is before the
    document's. None for a verb in the present ("занимает этот пост в 2019 году" is no
    holding told), no date or several years, or a year not before the document's (past
    in the year of the text: whether the holder still holds it, it does not tell)."""
    if "Past" not in verb.morph.get("Tense") or not doc_date:
        return None
    year = _point_year(doc, dates, verb)
    return Term(year, year, True) if year and year < doc_date[:4] else None


def _point_year(doc: Doc, dates: Dates, verb: Token) -> str:
    """The one year of the point dates that hang on `verb` ("в 2019 году"), not a bound's
    ("с 2019 года"); "" for none or several."""
    years = {
        d.value[:4]
        for first, (last, d) in dates.items()
        if doc[first:last].root.head.i == verb.i and not bound(doc[first]) and d.value
    }
    return next(iter(years)) if len(years) == 1 else ""


def then_term(doc: Doc, dates: Dates, given: GivenOffice, name: Span, doc_date: str) -> Term | None:
    """The year a "тогдашний" title was held: its clause's one point year before the
    document's ("В 2016 году тогдашний премьер-министр Хорватии X посетил Любляну", "в 2015
    году встретился с тогдашним президентом …": held in 2016, at the year's precision, as
    `_held_in_year` reads "который занимал этот пост в 2019 году"), not the document's date
    nor no date at all (sixty-fourth pass, h-names144). None for another title ("бывший":
    the year is the deed's, not the post's), a bound ("с 2016 года") or no year."""
    if not doc_date or not held_then(doc, given.title.start):
        return None
    verb = _clause_verb((*title_words(doc, given), name.root)[0])
    year = _point_year(doc, dates, verb) if verb is not None else ""
    return Term(year, year, True) if year and year < doc_date[:4] else None


def _clause_verb(word: Token) -> Token | None:
    """The nearest verb `word` hangs on, through the nouns between ("визит тогдашнего
    президента X состоялся"); None at the sentence's root."""
    while word.head.i != word.i:
        word = word.head
        if word.pos_ == "VERB":
            return word
    return None


def _holding_clause(verb: Token) -> bool:
    """A relative clause whose subject is "который", or an active participle beside the
    holder ("X, занимающий эту должность с 2019 года", which tells what the clause does),
    told, of a verb of holding."""
    if verb.dep_ not in (_CLAUSE, _PARTICIPLE) or verb.lemma_ not in _HOLDING:
        return False
    if negated(verb) or told_ahead(verb):
        return False
    if verb.dep_ == _PARTICIPLE:
        return "Part" in verb.morph.get("VerbForm") and "Act" in verb.morph.get("Voice")
    return any(c.dep_ in SUBJECTS and c.lemma_ == "который" for c in verb.children)


def _same_post(verb: Token, office: str) -> bool:
    """The verb's object is the post itself with no complement ("этот пост", "эту
    должность"; not "пост министра обороны"), or a body the office heads ("правительство"
    for "премьер-министр", "министерство" for any "министр …")."""
    posts = post_nouns("post")
    heads = {(body, post) for body, post in load_rows(HEADED_POSTS)}
    objects = [c for c in verb.children if c.dep_ == "obj" or (c.dep_ == "obl" and _bare(c))]
    if not objects:
        return False
    for obj in objects:
        if obj.lemma_ in posts and not any(c.dep_ in ("nmod", "amod") for c in obj.children):
            continue
        kinds = {office.lower(), office.lower().split(" ")[0]}  # "министр" opens "министр обороны"
        if any((obj.lemma_, k) in heads for k in kinds) and not any(
            c.dep_ == "nmod" for c in obj.children
        ):
            continue
        return False
    return True


def _bare(noun: Token) -> bool:
    """A noun of no preposition ("руководил страной"), not a date or place ("до 2017 года")."""
    return not any(c.dep_ == "case" for c in noun.children)
