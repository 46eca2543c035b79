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

from spacy.tokens import Token

from kg.extract.common.words import conjuncts
from kg.extract.events.linking import unique
from kg.extract.events.words import is_role
from kg.model import Mention
from kg.nlp.deps import preposition
from kg.nlp.morph import case_of

if TYPE_CHECKING:
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
