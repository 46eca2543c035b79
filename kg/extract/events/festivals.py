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

A state's trade exhibition held in another is a programme of the same build, kind
`Exhibition` (the `with` word "торговля_страны"): "выставка иранских товаров", "национальная
выставка Ирана", "выставка «Иран-Экспо Армения 2026»" (a quoted trade-show name with a
state's name in it). Sixty-seventh pass (h-events253).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.doc_text import doc_text
from kg.extract.common.pair import state_of_word
from kg.extract.common.words import conjuncts
from kg.extract.events.labels import quoted_after
from kg.extract.events.linking import unique
from kg.extract.events.words import is_role, role_words
from kg.model import Mention
from kg.nlp.deps import preposition
from kg.nlp.morph import case_of

if TYPE_CHECKING:
    from kg.extract.events.mentions import Mentions

# `with` of a programme's noun that presents a state's culture ("Дни культуры Алжира")
CULTURE_OF_STATE = "культура_страны"
# `with` of an exhibition's noun that presents a state's goods ("выставка иранских товаров")
TRADE_OF_STATE = "торговля_страны"
# kinds of one state's programme held in another: the presenting state and the host
HOSTED_PROGRAMMES = frozenset({"Festival", "Exhibition"})


def presented_states(reader: Mentions, tok: Token) -> list[str]:
    """The states whose culture the programme's noun `tok` presents ("Дни культуры Алжира",
    "фестиваль узбекского кино", "Год Кореи"), in the text's order; [] where it presents
    none ("в ближайшие дни", "выставка вооружений")."""
    words = _culture(tok)
    words += [tok] if words or tok.text[:1].isupper() else []
    qualifiers = [c for w in words for c in w.children if _qualifies(c)]
    return unique([k for c in qualifiers for x in conjuncts(c) for k in reader.states_at(x)])


def traded_states(reader: Mentions, tok: Token) -> list[str]:
    """The states whose trade the exhibition's noun `tok` presents: a word of goods in its
    genitive that a state qualifies ("выставка иранских товаров", "выставка продукции
    Турции"), a state's genitive beside a word of a trade show ("национальная выставка
    Ирана"), a state in its quoted trade-show name ("выставка «Иран-Экспо Армения 2026»");
    [] for "выставка картин", "выставка вооружений"."""
    goods = [c for c in tok.children if c.dep_ == "nmod" and _genitive(c) and is_role(c, "goods")]
    show = any(c.dep_ == "amod" and is_role(c, "trade_show") for c in tok.children)
    words = goods + ([tok] if show else [])
    qualifiers = [c for w in words for c in w.children if _qualifies(c)]
    found = [k for c in qualifiers for x in conjuncts(c) for k in reader.states_at(x)]
    return unique(found + _named_in_show(reader, tok))


def _named_in_show(reader: Mentions, tok: Token) -> list[str]:
    """The states a trade show's quoted name after `tok` names ("«Иран-Экспо Армения
    2026»": Iran, Armenia), where the name has a word of a trade show ("Экспо", "Expo")."""
    name = quoted_after(tok)
    if not set(re.split(r"[\W\d_]+", name.lower())) & role_words().get("expo", frozenset()):
        return []
    start = doc_text(tok.doc).index(name, tok.idx + len(tok.text))
    inside = [t for t in tok.doc[tok.i + 1 : tok.sent.end] if start <= t.idx < start + len(name)]
    parts = [p for t in inside for p in t.text.split("-")]  # "Иран-Экспо": no mention of Iran
    named = [k for t in inside for k in reader.named_states(t)]
    return unique([s for p in parts if (s := state_of_word(p))] + named)


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
