"""A diplomatic act told with no time of its own right after the sentence that dates the
quarrel it answers ("В четверг МИД Японии выразил протест Китаю. Временный поверенный в
делах Китая был вызван в МИД, где ему вручили ноту протеста"): the summons, recall or
expulsion is that day's, as the story tells it, not the report's. Sixty-fourth pass
(h-events238).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span as Sentence

from kg.extract.common.dates import DateMention
from kg.extract.events.dating import within_days
from kg.extract.events.hit import Hit
from kg.model import Mention
from kg.nlp.deps import sentence_before

# the acts of one state on another's diplomats that answer a quarrel told just before
_INCIDENTS = frozenset({"Summons", "Recall", "Expulsion"})


def incident_day(
    sent: Sentence,
    before: list[DateMention],
    hits: list[Hit],
    by_token: Mapping[int, Sequence[Mention]],
    today: str,
) -> None:
    """Gives the sentence's undated diplomatic acts told as done the one day the sentence
    right before, in their paragraph (`before`: its dates, none for a new paragraph), gives
    where that sentence names a state of the act and the day is of the report's week
    (`today`); not a day long before ("10 мая 2015 года страны подписали договор": background),
    nor a month or a year, nor a sentence giving two days."""
    acts = [h for h in hits if _undated_incident(h)]
    if not acts or len({d.value for d in before}) != 1:
        return
    day = before[0].value
    if len(day) != 10 or today and not within_days(day, today):
        return
    named = _states_of(sentence_before(sent), by_token)
    for hit in acts:
        if named & {*hit.states, *hit.extra}:
            hit.date, hit.dated_by_text, hit.yearless = day, True, before[0].yearless


def _undated_incident(hit: Hit) -> bool:
    """A summons, recall or expulsion with no time of its own, not told as ahead or off."""
    told = not (hit.date or hit.hint or hit.earlier)
    return hit.kind in _INCIDENTS and told and hit.status not in {"planned", "cancelled"}


def _states_of(sent: Sentence | None, by_token: Mapping[int, Sequence[Mention]]) -> set[str]:
    """The states a sentence names."""
    if sent is None:
        return set()
    return {m.entity for t in sent for m in by_token.get(t.i, ()) if m.type == "State"}
