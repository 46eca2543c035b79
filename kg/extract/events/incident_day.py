"""A diplomatic act told with no time of its own right after the sentence that dates the
quarrel it answers ("В четверг МИД Японии выразил протест Китаю. Временный поверенный в
делах Китая был вызван в МИД, где ему вручили ноту протеста"): the summons, recall or
expulsion is that day's, as the story tells it, not the report's. Sixty-fourth pass
(h-events238).

One told later, past, between the two states of an act the lead reported ("Литва объявила
персоной нон грата временного поверенного Белоруссии … В МИД Литвы также вызвали
представителя белорусского посольства"), is of the lead's news, and the note handed to the
one summoned ("… и вручили ему ноту протеста") is of the summons's day. Seventieth pass
(h-events267).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc
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


def with_lead_incident(hits: list[Hit], earlier: list[Hit]) -> None:
    """Gives the sentence's undated diplomatic acts told as done the time of an act the lead
    reported between the same two states (`earlier`: the hits of the sentences before): the
    day it gave, else the lead's news's (`Hit.lead`, `Hit.reported`); not an act told of
    long before ("ранее посла уже вызывали": `Hit.earlier`)."""
    news = [h for h in earlier if h.kind in _INCIDENTS and h.lead and h.status == "occurred"]
    for hit in (h for h in hits if _undated_incident(h) and h.status == "occurred"):
        pair = set(_states(hit))
        lead = next((h for h in news if len(pair) == 2 and pair == set(_states(h))), None)
        if lead is not None and not lead.earlier:
            hit.date, hit.dated_by_text, hit.yearless = lead.date, lead.dated_by_text, lead.yearless
            hit.lead, hit.reported = True, lead.reported


def summons_note(doc: Doc, hits: list[Hit]) -> None:
    """Gives a note handed by a verb conjoined with a summons's ("вызвали посла и вручили
    ему ноту протеста") the summons's day and status where it has no time of its own."""
    for summons in (h for h in hits if h.kind == "Summons"):
        verb = doc[summons.trigger]
        for note in (h for h in hits if h.kind == "Message" and not (h.date or h.hint)):
            handing = doc[note.trigger].head
            if handing.dep_ == "conj" and handing.head == verb:
                note.date, note.dated_by_text = summons.date, summons.dated_by_text
                note.yearless, note.lead = summons.yearless, summons.lead
                note.reported, note.status = summons.reported, note.status or summons.status


def _states(hit: Hit) -> list[str]:
    """The states an act is between."""
    return [k for k in {*hit.states, *hit.extra} if k.startswith("state/")]


def _undated_incident(hit: Hit) -> bool:
    """A summons, recall or expulsion with no time of its own, not told as ahead or off."""
    told = not (hit.date or hit.hint or hit.earlier)
    return hit.kind in _INCIDENTS and told and hit.status not in {"planned", "cancelled"}


def _states_of(sent: Sentence | None, by_token: Mapping[int, Sequence[Mention]]) -> set[str]:
    """The states a sentence names."""
    if sent is None:
        return set()
    return {m.entity for t in sent for m in by_token.get(t.i, ()) if m.type == "State"}
