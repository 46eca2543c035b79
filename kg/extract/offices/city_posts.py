"""The state of a city's post: "мэр Флоренции" serves Italy, the state the city lies in."""

from __future__ import annotations

from kg.extract.context import Context
from kg.gazetteer import capital_named, normalize
from kg.nlp.morph import case_of
from kg.resolve.org_naming import PLACE_KINDS
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
    return f"state/{city.state}" if city is not None and city.state else ""


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
    if place.text.islower() and place.lemma_ in PLACE_KINDS and at + 1 < len(doc):
        place = doc[at + 1]  # "губернатор провинции Пьюра": the region's name
    elif case_of(place) not in ("Gen", "") and place.ent_type_ != "LOC":
        return False
    return place.text[:1].isupper() and place.is_alpha and place.ent_type_ != "PER"
