"""A list of posts one name is the subject of ("Сото был начальником Генштаба, главой МВД
Перу, министром иностранных дел, премьер-министром"): each instrumental title the parse
joins to the predicate's title is another office of that name, told of the same time
(h-offices47, the forty-fourth pass)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from kg.lexicon import load_rows
from kg.nlp.morph import is_adjectival
from kg.resolve.given_agreement import (
    GivenOffice,
    alike,
    given_by_title,
    names_next,
    ranked,
    right_of,
    with_complement,
)
from kg.resolve.given_predicates import clause_besides, predicate_office
from kg.resolve.office_holders import OFFICE_KINDS
from kg.resolve.title_lexicon import Title, is_trade


def listed_posts(
    doc: Doc, titles: list[Title], given: dict[int, GivenOffice], names: dict[int, int]
) -> list[tuple[int, GivenOffice]]:
    """(name's first token, office) for each further title of a list whose first is the
    name's predicate in the instrumental ("был министром обороны Чили и послом Чили в
    Перу"): a singular instrumental title whose head the parse joins (conj) to the
    predicate title's head, with no other name between them ("Сото был министром, а
    Перес — послом": Перес's). Each keeps the state or body its own words name."""
    by_head = {t.head: t for t in titles}
    out = []
    for start, g in given.items():
        if g.verb < 0 or g.title.case != "Ins" or g.title.plural:
            continue
        for t in titles:
            head = doc[t.head]
            if (
                t is g.title
                or t.plural
                or t.case != "Ins"
                or head.dep_ != "conj"
                or head.head.i != g.title.head
                or by_head.get(head.head.i) is not g.title
                or any(g.title.end <= s < t.start for s in names)
            ):
                continue
            listed = with_complement(doc, titles, t)
            told = given_by_title(listed, listed.start_char, listed.end_char, g.current)
            out.append((start, replace(told, verb=g.verb)))
    return out


def predicate_besides(
    doc: Doc, titles: list[Title], given: dict[int, GivenOffice], names: dict[int, int]
) -> list[tuple[int, GivenOffice]]:
    """(name's first token, office) for a predicate's title of a name that an apposition's
    title already gives an office ("Хорхе Руис, адвокат из Сантьяго, является президентом
    Национальной ассоциации адвокатов Чили": the lawyer heads the association too; so
    after a title before the name, "Министр юстиции Чили X был послом"): the title after
    the name and the apposition's, which the name is the subject of."""
    out = []
    for start, g in given.items():
        if g.verb >= 0 or start not in names:
            continue
        told = predicate_office(doc, titles, start, names[start])
        after = max(g.title.end, names[start])
        if (
            told is not None
            and told.verb >= 0
            and told.title.start >= after
            and not is_trade(told.office)  # "работал корреспондентом": a trade, no post
        ):
            out.append((start, told))
    return out


def own_besides_clause(
    doc: Doc, titles: list[Title], given: dict[int, GivenOffice], names: dict[int, int]
) -> list[tuple[int, GivenOffice]]:
    """(name's first token, office) for the post the name's own verb gives a name whose
    clause after it gives another (`clause_besides`: "Новым министром экономики Латвии
    назначен X, который ранее занимал пост заместителя министра финансов"); not a trade."""
    out = []
    for start, g in given.items():
        if g.verb < 0 or start not in names:
            continue
        told = clause_besides(doc, titles, start, names[start])
        if told is not None and not is_trade(told.office):
            out.append((start, told))
    return out


@cache
def official_posts() -> frozenset[str]:
    """The offices of officials `office_kinds.tsv` lists ("посол", "вице-президент")."""
    return frozenset(row[0] for row in load_rows(OFFICE_KINDS))


def serves(title: Title) -> bool:
    """The title is a post someone holds: a state's or a body's, by the state or body it
    names, or an official's office (`office_kinds.tsv`); not a profession or a kind of
    person ("экономист", "специалист", "потомственный политик"), which tell what one is."""
    return bool(title.state or title.foreign or title.office in official_posts())


def title_before_predicate(
    doc: Doc, titles: list[Title], given: dict[int, GivenOffice], names: dict[int, int]
) -> list[tuple[int, GivenOffice]]:
    """(name's first token, office) for the title right before a name whose predicate's title
    comes first ("Президентом Перу стал вице-президент Хосе Перес": the vice-president too),
    told of the predicate's time: a state's or a body's post, by the state or body it names
    or as an official's office (`office_kinds.tsv`); not the predicate's own title, a
    plural, a rank or an honorific ("Министром обороны назначен генерал X"), a profession or
    a kind of person ("стал экономист X", "назначен специалист X"), nor one in another case
    than the subject's."""
    by_end = {t.end: t for t in titles}
    out = []
    for start, g in given.items():
        t = by_end.get(start)
        if g.verb < 0 or start not in names or g.title.end > start or t is None:
            continue
        if t is g.title or t.plural or t.post or ranked(t) or not alike(t.case, "Nom"):
            continue
        if not serves(t):
            continue  # "стал экономист X", "назначен специалист X": what X is, no post told
        told = with_complement(doc, titles, t)
        end = doc[names[start] - 1]
        out.append((start, given_by_title(told, told.start_char, end.idx + len(end), g.current)))
    return out


def apposed_besides(
    doc: Doc, titles: list[Title], given: dict[int, GivenOffice], names: dict[int, int]
) -> list[tuple[int, GivenOffice]]:
    """(name's first token, office) for a second title after the comma that closes the
    title a name's dash or comma gives it ("Хуан Перес — бывший министр печати Чили,
    советник президента Чили Себастьяна Пиньеры": the adviser is Перес too): a singular
    title of the same case, past its adjectives, that no name of its own in its case follows
    and that gives no other name an office. Its own "бывший" alone makes it past
    (h-offices48)."""
    by_start = {t.start: t for t in titles}
    beside = {g.title.start for g in given.values()}
    out = []
    for start, g in given.items():
        if start not in names or g.title.start < names[start] or g.verb >= 0:
            continue
        comma = right_of(doc, g.title.end)
        if comma >= len(doc) or doc[comma].text != ",":
            continue
        i = right_of(doc, comma + 1)
        while i < len(doc) and i not in by_start and is_adjectival(doc[i]):
            i += 1
        t = by_start.get(i)
        if (
            t is None
            or t.plural
            or t.start in beside
            or not alike(t.case, g.title.case)
            or names_next(doc, t, set(names))
        ):
            continue
        told = with_complement(doc, titles, t)
        out.append((start, given_by_title(told, told.start_char, told.end_char)))
    return out
