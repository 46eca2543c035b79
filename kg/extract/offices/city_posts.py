"""The state of a city's post: "мэр Флоренции" serves Italy, the state the city lies in."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context
from kg.gazetteer import capital_named, normalize
from kg.nlp.morph import case_of
from kg.resolve.city_names import city_state, place_state
from kg.resolve.place_kinds import kind_of_place, region_kind_states
from kg.resolve.title_lexicon import CITY_POSTS, Title, title_lemma

# The heads of a city-state or an emirate named by its city ("наследный принц Дубая", "эмир
# Дубая", "правитель Шарджи"): the post serves the state the tables place the city in, as a
# mayor's does; never read by `placed_post` ("принц Уэльский" is no place's).
_CITY_RULERS = frozenset(["принц", "кронпринц", "эмир", "правитель"])


def city_post_state(ctx: Context, title: Title) -> str:
    """The state of a city's post named of no state, by the city in the genitive right after
    its words ("мэра Флоренции", "мэр Лимы", "наследный принц Дубая"): the capital's state,
    else the state cities.tsv places the city in; "" for any other title, a place after a
    kind of place ("губернатор штата Техас", "провинции Онтарио": a region, which cities.tsv
    may name elsewhere), or a place that is no city it knows."""
    doc = ctx.doc
    at = title.words_end or title.end
    head = title_lemma(doc[title.head].lemma_)
    if title.state or at >= len(doc) or head not in CITY_POSTS | _CITY_RULERS:
        return ""
    place = doc[at]
    city = ctx.gazetteer.city(place.text) or ctx.gazetteer.city(place.lemma_)
    # a city's declined form natasha read into the name after it ("Губернатор Арекипы Хорхе")
    declined = city is not None and normalize(place.text) != normalize(city.name)
    named = place.text[:1].isupper() and (place.ent_type_ != "PER" or declined)
    if not named or (case_of(place) not in ("Gen", "") and not declined):
        return ""
    capital = capital_named(ctx.gazetteer, place)
    if capital:
        return capital
    return city_state(city)


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


def region_state(ctx: Context, title: Title) -> str:
    """The state of a region's head named of no state by a kind of place and the region's
    name ("губернатор штата Техас", "губернатор провинции Онтарио"): the state the city and
    region tables place the name in; "" for any other title or a name they do not know
    (fifty-sixth pass, h-names117: the tables' regions are no other state's towns, as
    `build_cities.py` leaves them out of cities.tsv)."""
    words = _region_words(ctx, title)
    return place_state(words[1], ctx.gazetteer) if words else ""


def kind_state(ctx: Context, title: Title, titles: list[Title]) -> str:
    """The state of a region's head named by a kind of place and a name the tables do not
    know ("губернатор префектуры Мияги"): the one state of those the document names (not
    only in another's title, "с послом Чили") whose regions that kind names
    (`region_kind_states`: "префектура" Japan's, in a text about Japan and Korea); "" where
    it names two such states or none (fifty-sixth pass, h-names117)."""
    words = _region_words(ctx, title)
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


def _region_words(ctx: Context, title: Title) -> tuple[Token, Token] | None:
    """The kind of place and the capitalised name after it that a city's or a region's post
    of no state ends with or is followed by ("губернатор штата | Техас", "губернатор |
    префектуры Мияги"); None for any other title."""
    doc = ctx.doc
    at = title.words_end or title.end
    if title.state or at >= len(doc) or title_lemma(doc[title.head].lemma_) not in CITY_POSTS:
        return None
    kinds = [k for k in (at - 1, at) if title.head < k < len(doc) - 1 and kind_of_place(doc[k])]
    if not kinds or not doc[kinds[0] + 1].text[:1].isupper():
        return None
    return doc[kinds[0]], doc[kinds[0] + 1]
