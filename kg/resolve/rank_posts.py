"""The post before a rank and a name across the post's genitive complement ("командующий
войсками Северного военного округа генерал-полковник Хавьер Итурриага"): the name's office
is the post with the complement's words, of the state they name, besides the rank; a verb
of removing ("уволен в запас командующий войсками …") ends it, and an appointment's
instrumental post before it ("Новым главнокомандующим назначен командующий войсками …
генерал-полковник X") is the name's new one (h-offices51, the forty-fifth pass; own
sentences about Chile and Peru)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from spacy.tokens import Doc

from kg.nlp.morph import is_adjectival
from kg.resolve.clergy import STATELESS_RANKS
from kg.resolve.given_agreement import (
    HONORIFICS,
    GivenOffice,
    alike,
    given_by_title,
    military_rank,
    ranked,
    with_complement,
)
from kg.resolve.given_appointments import given_before, office_appointed_as, removed_title
from kg.resolve.kin_and_ranks import family_title
from kg.resolve.title_lexicon import Title, is_trade


def posts_over_rank(
    doc: Doc, titles: list[Title], names: dict[int, int]
) -> list[tuple[int, GivenOffice]]:
    """(name's first token, office) for a singular title whose head the rank right before the
    name stands in apposition to, with words of the title's own genitive complement between
    them that name no person and hold no other title: the title with those words (a state
    among them the title's), ended by a removal told; and the instrumental post an
    appointment gives the title's holder."""
    by_end = {t.end: t for t in titles}
    by_head = {t.head: t for t in titles if not t.plural}
    out: list[tuple[int, GivenOffice]] = []
    for start, end in names.items():
        rank = by_end.get(start)
        if rank is None or rank.plural or not ranked(rank):
            continue
        title = _post_of_rank(doc, titles, by_head, rank)
        if (
            title is None
            or title.end >= rank.start
            or ranked(title)
            or is_trade(title.office)
            or not alike(title.case, rank.case)
        ):
            continue
        gap = doc[title.end : rank.start]
        own = doc[title.head]
        if any(not own.is_ancestor(t) for t in gap):
            continue
        if any(
            title.end <= t.start < rank.start and not _complement_title(doc, title, t)
            for t in titles
        ) or any(title.end <= s < rank.start for s in names):
            continue  # another title or a name between: no complement of this one
        end_char = doc[end - 1].idx + len(doc[end - 1])
        if office_appointed_as(doc, titles, title) is not None:
            out.append((start, given_before(doc, titles, title, end_char)))
        post = _with_gap(doc, with_complement(doc, titles, title), rank)
        post, removal = removed_title(doc, post)
        given = given_by_title(post, post.start_char, end_char, removal is None)
        out.append((start, given if removal is None else replace(given, verb=removal.i)))
        if (held := _rank_of_post(rank, post.state)) is not None:
            out.append((start, given_by_title(held, rank.start_char, end_char)))
    return out


def _post_of_rank(
    doc: Doc, titles: list[Title], by_head: dict[int, Title], rank: Title
) -> Title | None:
    """The singular title the rank stands in apposition to, by the parse; where the parse
    makes the rank the head of the titles before it ("Заместитель губернатора провинции
    Мекка принц X принял …", the rank read as the sentence's root), the first of them
    (seventy-second pass, h-names163)."""
    word = doc[rank.head]
    if word.dep_ == "appos":
        return by_head.get(word.head.i)
    return next(
        (
            t
            for t in titles
            if not t.plural and t.end <= rank.start and word.is_ancestor(doc[t.head])
        ),
        None,
    )


def posts_over_ranks(
    doc: Doc, titles: list[Title], names: dict[int, int], given: dict[int, GivenOffice]
) -> dict[int, GivenOffice]:
    """`given` with the current post over a rank (`posts_over_rank`) for each name the title
    right before it gave only the rank or a title inside the post, its genitive complement
    ("принял заместителя министра обороны Египта генерала X" gave "министр обороны", "с
    заместителем министра обороны Египта генералом X" "генерал"): the names step's office
    and state the offices extractor's row has (seventy-second pass, h-names163)."""
    out = dict(given)
    for start, g in posts_over_rank(doc, titles, names):
        had = out.get(start)
        inside = had is None or had.title.start > g.title.start
        if g.current and inside and not _rank_only(g.office):
            out[start] = g
    return out


def ranks_beside_posts(
    named: list[tuple[int, GivenOffice]], persons: Mapping[int, str]
) -> list[tuple[int, GivenOffice]]:
    """The names' offices less a military rank beside a post the name holds now ("заместитель
    командующего … США генерал-лейтенант X", "Министр обороны Египта генерал X"): a rank is
    no post a state gives, and the ontology has no property for it (seventieth pass,
    h-names157; it was a second row of the post's state). A bare rank, the one title a name
    has ("Генерал-майор X прибыл"), stays its office, as does one beside a post left, past or
    told after the name ("Генерал X ранее был министром обороны Перу": a general now). So
    too a royal family's title beside a post ("заместитель губернатора провинции … принц X":
    the post; seventy-first pass, h-names160); "Принц X прибыл" keeps "принц". `persons`:
    the person (entity key) each name start is of: a rank alone before a later mention of one
    given such a post ("… генерала X. Генерал X заявил") is no office either (seventy-second
    pass, h-names163)."""
    posted = {
        persons[s] for s, g in named if g.current and g.title.end <= s and not _rank_only(g.office)
    }
    return [(s, g) for s, g in named if persons[s] not in posted or not _rank_only(g.office)]


def _rank_only(office: str) -> bool:
    """A rank a name bears that is no post: a military one, or a royal family's title."""
    return military_rank(office) or family_title(office)


def _complement_title(doc: Doc, title: Title, other: Title) -> bool:
    """Whether `other` is the genitive complement of `title` right after it, one post with it
    ("заместитель губернатора провинции …": the deputy's, not a second person's title;
    seventy-first pass, h-names160)."""
    word = doc[other.head]
    return (
        other.start == title.end
        and word.head.i == title.head
        and word.dep_ == "nmod"
        and other.case == "Gen"
    )


def _placed(doc: Doc, start: int) -> bool:
    """A state's name after a preposition ("в Гаити"): where a post of its own state serves,
    a word of its office ("командующий контингентом Перу в Гаити"), not where it ends."""
    return start > 0 and doc[start - 1].pos_ == "ADP"


def _rank_of_post(rank: Title, state: str) -> Title | None:
    """The rank with the state of the post before it, across the post's complement
    ("командующий группировкой войск Индии в Кашмире генерал X": a general of India), as a
    rank right after its post is (`_rank_held`); None where the post names no state, or the
    rank is an honorific or a church's, of no state (fiftieth pass, h-orgs59)."""
    if not state.startswith("state/") or rank.state:
        return None
    if rank.office in HONORIFICS or rank.office in STATELESS_RANKS:
        return None
    return replace(rank, state=state)


def _with_gap(doc: Doc, title: Title, rank: Title) -> Title:
    """The title with the words up to the rank that its complement adds to its office, up
    to a state they name, which is the title's where it names none ("командующий войсками
    Южного военного округа Перу": Peru's). Not the rank's own adjectives ("командира армии
    Чили 68-летнего генерала": an age), which end no complement, nor the parent of a body
    the title serves ("начальник ДИНЕ Генштаба …": the body's, not the post's; h-fix45a);
    a state after a preposition is a word of the office of a post that has its own state
    ("командующий контингентом Перу в Гаити"; h-orgs59). The words never end in the
    preposition of a state that ends them ("командующий войсками в Перу" of a post naming
    none: "командующий войсками", Peru's; fiftieth pass, h-orgs60)."""
    end = rank.start
    stop = end
    own, head = doc[rank.head], doc[title.head]
    while stop > title.end and (
        is_adjectival(doc[stop - 1])
        or own.is_ancestor(doc[stop - 1])
        and (head.is_ancestor(own) or not head.is_ancestor(doc[stop - 1]))
    ):
        stop -= 1  # the rank's words, not the title's where the parse hangs the title on it
    states = [
        s
        for s in doc.spans.get("states", [])
        if title.end <= s.start < stop and not (title.state and _placed(doc, s.start))
    ]
    if states:
        stop = states[0].start
    while stop > title.end and doc[stop - 1].pos_ == "ADP":
        stop -= 1  # "командующий войсками в Перу": the place's state ends the words, not "в"
    words = "" if title.body >= 0 else doc[title.end : stop].text.strip()
    office = f"{title.office} {words}" if words else title.office
    state = title.state or (states[0].kb_id_ if states else "")
    return replace(title, office=office, state=state, end=end)
