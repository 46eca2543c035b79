"""A state's cultural programme held in another state: "Дни культуры Алжира открылись в
столице Туниса", "В Сеуле открылся фестиваль узбекского кино", "Год Кореи в Узбекистане
стартовал в Ташкенте", "Выставка мексиканского искусства открылась в Мадриде" (kind
`Festival`, the `with` word "культура_страны" of `event_kinds.tsv`).

Its noun ("дни", "неделя", "год", "фестиваль", "выставка") presents a state's culture: a
word of culture in its genitive ("культуры", "кино", "искусства"; `event_words.tsv`, role
"culture") that a state's genitive or adjective qualifies, or a state's genitive on the
noun itself where the noun has such a word or is written with a capital, as such names are
("Дни Вьетнама в Чехии", "Год Кореи"). Its participants are that state and the host: the
state the noun's "в" names ("Год Кореи в Узбекистане"), else its place's. No state whose
culture is presented, no programme: "в ближайшие дни", "в дни визита", "выставка
вооружений", "министр культуры" tell none. Sixty-fifth pass (h-events240).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.common.words import conjuncts
from kg.extract.events.labels import phrase_in
from kg.extract.events.linking import unique
from kg.extract.events.words import is_role
from kg.gazetteer import normalize
from kg.model import Mention
from kg.nlp.deps import preposition
from kg.nlp.morph import case_of, name_in

if TYPE_CHECKING:
    from kg.extract.events.hit import Hit
    from kg.extract.events.mentions import Mentions

# `with` of a programme's noun that presents a state's culture ("Дни культуры Алжира")
CULTURE_OF_STATE = "культура_страны"


def presented_states(reader: Mentions, tok: Token) -> list[str]:
    """The states whose culture the programme's noun `tok` presents ("Дни культуры Алжира",
    "фестиваль узбекского кино", "Год Кореи"), in the text's order; [] where it presents
    none ("в ближайшие дни", "выставка вооружений")."""
    words = _culture(tok)
    words += [tok] if words or tok.text[:1].isupper() else []
    qualifiers = [c for w in words for c in w.children if _qualifies(c)]
    return unique([k for c in qualifiers for x in conjuncts(c) for k in reader.states_at(x)])


def host_states(reader: Mentions, tok: Token) -> list[str]:
    """The state the programme's name says it is held in ("Год Кореи в Узбекистане", "Дни
    культуры Эквадора в Колумбии"), by a mention of a state itself, not of its capital (a
    city is the place)."""
    places = [c for w in [tok, *_culture(tok)] for c in w.children if preposition(c) == "в"]
    return unique([m.entity for c in places for m in reader.by_token.get(c.i, ()) if _named(m)])


def _culture(tok: Token) -> list[Token]:
    """The words of culture in the genitive on a programme's noun ("культуры", "кино")."""
    return [c for c in tok.children if c.dep_ == "nmod" and _genitive(c) and is_role(c, "culture")]


def _named(mention: Mention) -> bool:
    """A state mention by its name, not by its capital or adjective."""
    return mention.type == "State" and mention.via == "name"


def _genitive(word: Token) -> bool:
    """A genitive with no preposition ("культуры", "кино")."""
    return not preposition(word) and case_of(word) in {"Gen", ""}


def _qualifies(word: Token) -> bool:
    """A word naming whose its noun is: its adjective ("узбекского кино") or a genitive with
    no preposition ("культуры Алжира"), not "в Узбекистане", the host."""
    if word.dep_ == "amod":
        return True
    return word.dep_ == "nmod" and _genitive(word) and not is_role(word, "culture")


def festival_opening(doc: Doc, before: list[Hit], hits: list[Hit]) -> None:
    """A ceremony of a bare opening or closing ("Церемонию открытия в Городском театре
    провели министры …") right after the sentence that tells one cultural programme ("Дни
    культуры Алжира открылись в понедельник в столице Туниса") opens or closes it: held on
    its day, in its place where it gives none of its own, and named by it ("Церемония
    открытия Дней культуры Алжира"); not a ceremony whose opening names what it opens
    ("церемония открытия нового моста")."""
    festivals = [h for h in before if h.kind == "Festival"]
    if not hits or len({h.name_key for h in festivals}) != 1:
        return  # most sentences: no Token made for their words
    festival = festivals[0]
    for hit in hits:
        tok = doc[hit.trigger]
        opening = next((c for c in tok.children if _bare_opening(c)), None)
        if hit.kind != "Ceremony" or opening is None:
            continue
        if not (hit.date or hit.hint):
            hit.date, hit.hint, hit.yearless = festival.date, festival.hint, festival.yearless
            hit.weekday, hit.dated_by_text = festival.weekday, festival.dated_by_text
        if not hit.location:
            hit.location, hit.country, hit.town = festival.location, festival.country, festival.town
            hit.capital, hit.city_state = festival.capital, festival.city_state
        own = {t.i for t in tok.subtree if t.i > opening.i}
        hit.name = " ".join([phrase_in(tok, "nomn", own), name_in(festival.name, "gent")])
        hit.name_key = normalize(hit.name)


def _bare_opening(word: Token) -> bool:
    """ "открытия", "закрытия" in the genitive on a ceremony, naming no genitive of its own
    ("церемония открытия в театре", not "церемония открытия моста")."""
    if word.dep_ != "nmod" or not is_role(word, "opening"):
        return False
    return not any(c.dep_ == "nmod" and _genitive(c) for c in word.children)
