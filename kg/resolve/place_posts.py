"""The state a city's or a region's head serves: "мэр Флоренции" serves Italy, "губернатор
Аризоны" the USA, the state the tables place the city or region in. The names step gives
the post's holder that state (`kg.resolve.given`), the offices extractor the holding."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.gazetteer import Gazetteer, capital_named, normalize
from kg.nlp.morph import case_of
from kg.resolve.city_names import city_state, place_state
from kg.resolve.given_agreement import GivenOffice
from kg.resolve.place_kinds import kind_of_place
from kg.resolve.title_lexicon import CITY_POSTS, Title, title_lemma

# The heads of a city-state or an emirate named by its city ("наследный принц Дубая", "эмир
# Дубая", "правитель Шарджи"): the post serves the state the tables place the city in, as a
# mayor's does; never read by `placed_post` ("принц Уэльский" is no place's).
_CITY_RULERS = frozenset(["принц", "кронпринц", "эмир", "правитель"])


def city_post_state(doc: Doc, gazetteer: Gazetteer, title: Title) -> str:
    """The state of a city's post named of no state, by the city in the genitive right after
    its words ("мэра Флоренции", "мэр Лимы", "наследный принц Дубая"): the capital's state,
    else the state cities.tsv places the city in; "" for any other title, a place after a
    kind of place ("губернатор штата Техас", "провинции Онтарио": a region, which cities.tsv
    may name elsewhere), or a place that is no city it knows."""
    at = title.words_end or title.end
    head = title_lemma(doc[title.head].lemma_)
    if title.state or at >= len(doc) or head not in CITY_POSTS | _CITY_RULERS:
        return ""
    place = doc[at]
    city = gazetteer.city(place.text) or gazetteer.city(place.lemma_)
    # a city's declined form natasha read into the name after it ("Губернатор Арекипы Хорхе")
    declined = city is not None and normalize(place.text) != normalize(city.name)
    named = place.text[:1].isupper() and (place.ent_type_ != "PER" or declined)
    if not named or (case_of(place) not in ("Gen", "") and not declined):
        return ""
    capital = capital_named(gazetteer, place)
    if capital:
        return capital
    return city_state(city)


def region_state(doc: Doc, gazetteer: Gazetteer, title: Title) -> str:
    """The state of a region's head named of no state by a kind of place and the region's
    name ("губернатор штата Техас", "губернатор провинции Онтарио"): the state the city and
    region tables place the name in; "" for any other title or a name they do not know
    (fifty-sixth pass, h-names117: the tables' regions are no other state's towns, as
    `build_cities.py` leaves them out of cities.tsv)."""
    words = region_words(doc, title)
    return place_state(words[1], gazetteer) if words else ""


def placed_states(doc: Doc, given: dict[int, GivenOffice]) -> dict[int, GivenOffice]:
    """`given` with each city's or region's post of no state given the state it serves
    ("губернатор Аризоны X", "мэр Флоренции X": the USA's, Italy's), as a national post's
    state is given with it: its holder is of that state too (fifty-eighth pass,
    h-names123)."""
    gazetteer = Gazetteer.load()
    return {
        start: g if g.state else replace(g, state=place_post_state(doc, gazetteer, g.title))
        for start, g in given.items()
    }


def place_post_state(doc: Doc, gazetteer: Gazetteer, title: Title) -> str:
    """The state a city's or a region's post of no state serves, its place named after it
    (`city_post_state`, else `region_state`); "" for any other title."""
    return city_post_state(doc, gazetteer, title) or region_state(doc, gazetteer, title)


def region_words(doc: Doc, title: Title) -> tuple[Token, Token] | None:
    """The kind of place and the capitalised name after it that a city's or a region's post
    of no state ends with or is followed by ("губернатор штата | Техас", "губернатор |
    префектуры Мияги"); None for any other title."""
    at = title.words_end or title.end
    if title.state or at >= len(doc) or title_lemma(doc[title.head].lemma_) not in CITY_POSTS:
        return None
    kinds = [k for k in (at - 1, at) if title.head < k < len(doc) - 1 and kind_of_place(doc[k])]
    if not kinds or not doc[kinds[0] + 1].text[:1].isupper():
        return None
    return doc[kinds[0]], doc[kinds[0] + 1]
