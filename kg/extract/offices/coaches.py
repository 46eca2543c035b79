"""A coach told by a participle after the name ("Хорхе Гарсес, тренирующий «Альянс»", "Мария
Лопес, ныне возглавляющая сборную Мексики"): the coach's post of that team, of the club named
(its organization), of none for a national team ("сборная"), as "главный тренер сборной
Испании X" holds "главный тренер" of no state (tests/test_office_national_teams.py). Pass
forty-five, own sentences (h-offices50)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context
from kg.nlp.morph import case_of
from kg.resolve.given_agreement import GivenOffice
from kg.resolve.title_lexicon import Title

# participle lemma → the coach's office it tells; "возглавлять" only of a national or a
# sports team ("возглавляющая сборную", "возглавляющий команду"), not a club its president
# may head
_COACHING = {
    "тренировать": "тренер",
    "возглавлять": "главный тренер",
    "возглавить": "главный тренер",
}
_NATIONAL = frozenset({"сборная"})
_HEADING = frozenset({"возглавлять", "возглавить"})
_HEADED = frozenset({"сборная", "команда"})


def coached_teams(ctx: Context, names: dict[int, int]) -> list[tuple[int, GivenOffice]]:
    """(the name's first token, the office) of each name a coaching participle follows,
    past a comma and an adverb of time ("ныне", "сейчас")."""
    doc = ctx.doc
    out = []
    for start, end in names.items():
        i = end
        if i >= len(doc) or doc[i].text != ",":
            continue
        i += 1
        while i < len(doc) and doc[i].pos_ == "ADV":
            i += 1
        if (
            i >= len(doc)
            or doc[i].lemma_ not in _COACHING
            or "Part" not in doc[i].morph.get("VerbForm")
        ):
            continue
        given = _coached(ctx, doc[i], start)
        if given is not None:
            out.append((start, given))
    return out


def _coached(ctx: Context, participle: Token, name: int) -> GivenOffice | None:
    """The office a coaching participle gives: of the club its object names, of no body for
    a national team; None where its object is no team ("тренирующий детей")."""
    team = next((c for c in participle.children if c.dep_ == "obj" and case_of(c) == "Acc"), None)
    if team is None:
        return None
    last = max(t.i for t in team.subtree)
    span = ctx.doc[team.left_edge.i : last + 1]
    orgs = ctx.mentions_in(span.start_char, span.end_char, "Organization")
    national = team.lemma_ in _NATIONAL
    if participle.lemma_ in _HEADING and team.lemma_ not in _HEADED:
        return None  # "возглавляющий МИД Мексики", "возглавлявший клуб" (its president?)
    if not national and not orgs:
        return None
    state = "" if national else orgs[0].entity
    office = _COACHING[participle.lemma_]
    past = "Past" in participle.morph.get("Tense")
    title = Title(participle.i, last + 1, office, "", state, start_char=participle.idx,
                  end_char=span.end_char, foreign=True, head=participle.i, case="Nom")  # fmt: skip
    return GivenOffice(office, state, title, ctx.doc[name].idx, span.end_char, not past)
