"""Posts of places: whether a city's or a region's head is named by its place, and the state
of a region's kind ("префектура": Japan's). The state of a named city or region:
`kg.resolve.place_posts`."""

from __future__ import annotations

from kg.extract.context import Context
from kg.nlp.morph import case_of
from kg.resolve.place_kinds import kind_of_place, region_kind_states
from kg.resolve.place_posts import region_words
from kg.resolve.title_lexicon import CITY_POSTS, Title, title_lemma


def placed_post(ctx: Context, title: Title) -> bool:
    """A city's or a region's head of no state with its place's name right after its words:
    a capitalised genitive or a name natasha tags a place ("мэр Тарту"), or a kind of place
    and its capitalised name ("губернатор провинции Пьюра"); its state, where no table or
    capital gives it (`city_post_state`), is the one the text sets it in (`home_state`)."""
    doc = ctx.doc
    at = title.words_end or title.end
    if title.state or at >= len(doc) or title_lemma(doc[title.head].lemma_) not in CITY_POSTS:
        return False
    place = doc[at]
    if kind_of_place(place) and at + 1 < len(doc):
        place = doc[at + 1]  # "губернатор провинции Пьюра": the region's name
    elif case_of(place) not in ("Gen", "") and place.ent_type_ != "LOC":
        return False
    return place.text[:1].isupper() and place.is_alpha and place.ent_type_ != "PER"


def kind_state(ctx: Context, title: Title, titles: list[Title]) -> str:
    """The state of a region's head named by a kind of place and a name the tables do not
    know ("губернатор префектуры Мияги"): the one state of those the document names (not
    only in another's title, "с послом Чили") whose regions that kind names
    (`region_kind_states`: "префектура" Japan's, in a text about Japan and Korea); "" where
    it names two such states or none (fifty-sixth pass, h-names117)."""
    words = region_words(ctx.doc, title)
    if words is None:
        return ""
    theirs = region_kind_states(words[0].lemma_)
    titled = [(t.start_char, t.end_char) for t in titles if t.state]
    named = {
        m.entity
        for m in ctx.mentions_in(0, len(ctx.document.text), "State")
        if m.entity.removeprefix("state/") in theirs
        and not any(s <= m.start and m.end <= e for s, e in titled)
    }
    return named.pop() if len(named) == 1 else ""
