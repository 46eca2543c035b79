"""Direct flights between two states opened, resumed or suspended ("Таджикистан и Пакистан
возобновили прямое авиасообщение", "Прямые рейсы между двумя столицами были приостановлены в
марте 2020 года"): kinds AirLinkOpened and AirLinkSuspended (`event_kinds.tsv`: a verb or
noun of opening, resuming or suspending with a word of flights beside it).

Its participants are the two states the flights join, and no others: the states the verb's
subject names or acts for ("Таджикистан и Пакистан", "власти Египта"), the states or the
capitals and cities of states the flights' words name ("рейсы из Душанбе в Исламабад",
"авиасообщение с Грузией"), and the document's pair where a word of both says so ("между
двумя столицами"). Fewer than two states tell none ("авиакомпания приостановила рейсы из-за
непогоды", "возобновили рейсы в Анталью" of no state's subject). Sixty-seventh pass
(h-events252).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.common.pair import main_pair
from kg.extract.events.linking import unique
from kg.extract.events.sanctions import acting_state
from kg.nlp.deps import preposition
from kg.resolve.pair_words import BOTH, PAIR_WORDS

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader
    from kg.extract.events.hit import Hit

AIR_LINKS = frozenset({"AirLinkOpened", "AirLinkSuspended"})
_PAIR_PLACES = PAIR_WORDS | {"столица"}  # "между двумя столицами": the pair's capitals


def read_air_link(reader: ActReader, tok: Token, hit: Hit, anchors: list[Token]) -> bool:
    """Fills the two states the flights join; False unless there are at least two."""
    verb = tok if tok.pos_ in {"VERB", "AUX"} else (anchors[0] if anchors else None)
    doers = reader.subject_mentions(verb, climb=False) if verb is not None else []
    states = [s for k in doers if (s := acting_state(reader, k))]
    words = [w for c in tok.children for w in c.subtree]
    keys = [m.entity for w in words for m in reader.by_token.get(w.i, ())]
    states += [s for k in keys if (s := acting_state(reader, k))]
    states += [s for w in words if w.pos_ == "PROPN" and (s := reader.capital_of(w))]
    if any(_pair_told(w) for w in words) or _sides(verb):
        states += main_pair(reader.ctx, only_two=True, places=True)
    states = unique(states)
    if len(states) < 2:
        return False
    hit.states = states
    return True


def _pair_told(word: Token) -> bool:
    """A word for the two states or their capitals with a word of both or after "между"
    ("между двумя столицами", "между обеими странами", "между странами"): the pair's."""
    if word.lemma_ not in _PAIR_PLACES:
        return False
    return any(c.lemma_ in BOTH for c in word.children) or preposition(word) == "между"


def _sides(verb: Token | None) -> bool:
    """The verb's subject is the two sides ("стороны возобновили авиасообщение")."""
    return verb is not None and any(
        c.dep_ == "nsubj" and c.lemma_ == "сторона" for c in verb.children
    )
