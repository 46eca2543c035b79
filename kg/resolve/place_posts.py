"""The state a city's or a region's head serves: "мэр Флоренции" serves Italy, "губернатор
Аризоны" the USA, the state the tables place the city or region in. The names step gives
the post's holder that state (`kg.resolve.given`), the offices extractor the holding."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import CityEntry, Gazetteer, capital_named, normalize
from kg.nlp.morph import case_of
from kg.resolve.city_names import city_state, place_state
from kg.resolve.given_agreement import GivenOffice
from kg.resolve.place_kinds import PLACE_KINDS, kind_of_place
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
    post = _city_post_word(doc, title)
    if title.state or at >= len(doc) or title_lemma(post.lemma_) not in CITY_POSTS | _CITY_RULERS:
        return ""
    place = doc[at]
    city = gazetteer.city(place.text) or gazetteer.city(place.lemma_)
    # a city's declined form natasha read into the name after it ("Губернатор Арекипы Хорхе")
    declined = city is not None and normalize(place.text) != normalize(city.name)
    # a city's name that declines in no case, the parse's genitive of the title's word, in
    # whatever case the tagger read it ("Аким Алматы X", "Губернатор Нагасаки X")
    fixed = city is not None and not declined and _of_title(place, post)
    named = place.text[:1].isupper() and (place.ent_type_ != "PER" or declined or fixed)
    if not named or (case_of(place) not in ("Gen", "") and not (declined or fixed)):
        return ""
    capital = capital_named(gazetteer, place)
    if capital:
        return capital
    return city_state(city)


def _of_title(place: Token, post: Token) -> bool:
    """Whether the parse hangs `place` on the post's word as its noun's dependent."""
    return place.head == post and place.dep_ in ("nmod", "appos")


# Nouns of one who serves a post, whose genitive complement names it: "заместитель
# губернатора Эр-Рияда" serves the state the governor's city is in.
_SERVING = frozenset(["заместитель", "помощник", "советник"])


def _city_post_word(doc: Doc, title: Title) -> Token:
    """The word that names the title's post: its head, or the genitive noun right after a
    deputy's, an aide's or an adviser's head ("заместитель губернатора Эр-Рияда",
    "первый заместитель мэра Лимы"): the post whose city or region the title's state is
    read from (seventy-second pass, h-names163)."""
    head = doc[title.head]
    after = doc[head.i + 1] if head.i + 1 < (title.words_end or title.end) else None
    if after is None or title_lemma(head.lemma_) not in _SERVING or case_of(after) != "Gen":
        return head
    return after if after.head == head else head


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
    return {start: g if g.state else _placed(doc, gazetteer, g) for start, g in given.items()}


def _placed(doc: Doc, gazetteer: Gazetteer, given: GivenOffice) -> GivenOffice:
    """`given` of no state with the state its place serves; a region named by its adjective
    is part of the office, as a state's body's words are ("председатель правительства
    Аджарской автономной республики": no national post of Georgia)."""
    state = place_post_state(doc, gazetteer, given.title)
    region = region_adjective(doc, given.title)
    if not (state and region):
        return replace(given, state=state)
    office = f"{given.office} {region.text}"
    return replace(given, state=state, office=office, title=replace(given.title, office=office))


def place_post_state(doc: Doc, gazetteer: Gazetteer, title: Title) -> str:
    """The state a city's or a region's post of no state serves, its place named after it
    (`city_post_state`, else `region_state`, else `region_adjective_state`); "" for any
    other title."""
    return (
        city_post_state(doc, gazetteer, title)
        or region_state(doc, gazetteer, title)
        or region_adjective_state(doc, gazetteer, title)
    )


# A region's noun an adjective of its name stands before ("Аджарской автономной республики"):
# the kinds of place, and a republic, which a state's region is only with such an adjective.
_REGION_HEADS = PLACE_KINDS | {"республика"}


def region_adjective_state(doc: Doc, gazetteer: Gazetteer, title: Title) -> str:
    """The state of a post of no state whose body is a region named by its adjective right
    after the title's words ("председатель правительства Аджарской автономной республики":
    Georgia; "министр образования Нахичеванской автономной республики": Azerbaijan): the
    state the city and region tables place the name the adjective is made of in; "" where no
    such region follows or the tables know no such name (sixty-eighth pass, h-names153)."""
    region = region_adjective(doc, title)
    return city_state(_adjective_place(region[0].lemma_, gazetteer)) if region else ""


def region_adjective(doc: Doc, title: Title) -> Span | None:
    """The region's adjective, lower-case adjectives and noun right after a title of no
    state's words ("Аджарской автономной республики"); None where none follows."""
    at = title.words_end or title.end
    if title.state or at >= len(doc) - 1:
        return None
    adjective = doc[at]
    if adjective.pos_ != "ADJ" or not adjective.text[:1].isupper():
        return None
    noun = next((t for t in doc[at + 1 : at + 4] if t.pos_ != "ADJ"), None)
    if noun is None or not noun.text.islower() or noun.lemma_ not in _REGION_HEADS:
        return None
    if any(not t.text.islower() for t in doc[at + 1 : noun.i]):
        return None
    return doc[at : noun.i + 1]


def _adjective_place(lemma: str, gazetteer: Gazetteer) -> CityEntry | None:
    """The table's region or city an adjective of place is made of ("аджарский": Аджария,
    "техасский": Техас, "нахичеванский": Нахичевань); None for one it knows no such name
    of."""
    stem = lemma.lower().removesuffix("ский")
    if stem == lemma.lower() or len(stem) < 4:
        return None
    for form in (stem, stem + "ия", stem + "ь", stem + "а"):
        if entry := gazetteer.city(form.capitalize()):
            return entry
    return None


def region_words(doc: Doc, title: Title) -> tuple[Token, Token] | None:
    """The kind of place and the capitalised name after it that a city's or a region's post
    of no state ends with or is followed by ("губернатор штата | Техас", "губернатор |
    префектуры Мияги"); None for any other title."""
    at = title.words_end or title.end
    post = _city_post_word(doc, title)
    if title.state or at >= len(doc) or title_lemma(post.lemma_) not in CITY_POSTS:
        return None
    kinds = [k for k in (at - 1, at) if post.i < k < len(doc) - 1 and kind_of_place(doc[k])]
    if not kinds or not doc[kinds[0] + 1].text[:1].isupper():
        return None
    return doc[kinds[0]], doc[kinds[0] + 1]
