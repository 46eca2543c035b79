"""A chamber's chairman the text names by a chair's word and the chamber ("Председатель
Совета Федерации X", "спикер Государственной думы X", "председатель Сената Казахстана X",
"Председатель Халк Маслахаты X"): the title reads the chamber as the body or state served
and the office as the chair's word alone ("председатель" of the Federation Council), which
no gazetteer term names, so the person had that row beside the gazetteer's "председатель
Совета Федерации" of the state. Where the gazetteer's term of the chair of that chamber
covers the document's date, the text's title is that office of that state: one row, with
the term's dates. Fifty-fifth pass, own sentences (h-names115)."""

from __future__ import annotations

from kg.doc_text import doc_text
from kg.extract.context import Context
from kg.gazetteer import normalize
from kg.nlp.morph import morph
from kg.resolve.offices import terms_at
from kg.resolve.title_bodies import CHAIRS

# A chamber's chairman by the text's word (`CHAIRS`): the gazetteer writes the post
# "председатель X".
_CHAIR = "председатель"


def chamber_post(
    ctx: Context, person: str, office: str, state: str, head: int, date: str
) -> tuple[str, str]:
    """The office and state of a chamber's chairman the text names by a chair's word
    (`office`) at token `head` with the chamber's name right after it: the gazetteer's term
    of the person covering `date` (the text's holding, none for a past one) whose office is
    "председатель" and those words, of the state the title serves or whose body it names
    (any, where it names none); `office` and `state` as they are else (no term covers the
    date: a chairman of history, one after the term; another chamber's words: "председатель
    Государственной думы" is no chair of the Federation Council; a body of no state)."""
    entry = ctx.gazetteer.person(person)
    served = _served(ctx, state)
    chair = normalize(office).split(" ")[0]
    if entry is None or not date or served is None or chair not in CHAIRS:
        return office, state
    word = ctx.doc[head]
    start = word.idx + len(word.text)
    told = normalize(doc_text(ctx.doc)[start : start + 200])
    names = _names(ctx, state) or _names(ctx, _body_after(ctx, start, office != chair))
    for term in terms_at(entry, date):
        chair, _, chamber = normalize(term.office).partition(" ")
        if chair != _CHAIR or not chamber or (served and term.state != served):
            continue
        after = told.startswith(chamber) and not told[len(chamber) : len(chamber) + 1].isalnum()
        if (
            after or morph().word_lemmas(chamber) in names
        ):  # "Спикер Совфеда": the body's short name
            return term.office, f"state/{term.state}" if "/" not in term.state else term.state
    return office, state


def _body_after(ctx: Context, start: int, named: bool) -> str:
    """The key of the body whose mention follows the chair's word ending at `start`, where
    the office holds its words ("председатель Госдумы", a known parliament's chair of its
    state: `title_bodies.title_from_words`, sixtieth pass, h-orgs73); "" where it holds none."""
    found = ctx.mentions_in(start, start + 200, "Organization") if named else []
    after = [m for m in found if m.start <= start + 1]
    return after[0].entity if after else ""


def _names(ctx: Context, key: str) -> set[tuple[str, ...]]:
    """The lemmas of the names of the body `key` is ("совет федерация" of "Совет Федерации",
    "Совфед"); none for a state's key."""
    org = ctx.gazetteer.org(key) if key.startswith("org/") else None
    return (
        {morph().word_lemmas(normalize(n)) for n in (org.name, *org.abbreviations)}
        if org
        else set()
    )


def _served(ctx: Context, state: str) -> str | None:
    """The ISO3 code of the state a title's state or body key is of ("" where it has none);
    None for a body of no state ("председатель совета директоров «X»")."""
    if not state:
        return ""
    if state.startswith("state/"):
        return state.removeprefix("state/")
    org = ctx.gazetteer.org(state)
    return org.state if org is not None and org.state else None
