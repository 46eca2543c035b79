"""A visit told by "он"/"она" after a person's visit, and a trip ahead during a visit under way.

"Это первый государственный визит Хасан в Кению. В четверг она посетит Момбасу" gave a
planned "Визит в Кению" with no visitor: the tagger reads a woman's foreign surname as a man's,
so `Linking.antecedent` found no woman before "она". The person a pronoun subject of a visit
stands for is the one person of its gender (`person_gender`: the document's forms and verbs,
else her first name) that its paragraph, or the sentence before, names, where that person is
the visitor of a visit told there. A trip of that visitor ahead to a city of that visit's host,
while the visit is under way, is a stop of it, as "также посетит" is (`visits.also_visited`).
Fifty-eighth pass (h-events189)."""

from __future__ import annotations

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.events.frames import days_on, visit_weekday
from kg.extract.events.hit import Hit
from kg.extract.events.linking import unique
from kg.extract.events.triggers import VISITS
from kg.extract.events.visits import make_stop, pronoun_traveller
from kg.nlp.deps import SUBJECTS, new_paragraph, sentence_before
from kg.resolve.gender import person_gender

_GENDERS = {"он": "masc", "она": "femn"}


def travellers_ahead(ctx: Context, sent: Sentence, earlier: list[Hit], hits: list[Hit]) -> None:
    """Gives each visit of `hits` (told in `sent`) whose one subject is "он"/"она" and that
    names no visitor the one person of its gender named in its paragraph or the sentence
    before, where that person is the visitor of a visit among `earlier` told there; a trip
    ahead of such a visitor to a city of that visit's host, while it goes on, is a stop of it."""
    doc = ctx.doc
    if not any(h.kind in VISITS for h in hits):
        return  # the walk back to the paragraph's start only for a sentence of a visit
    start = _reach(sent)
    told = [f for f in earlier if f.kind in VISITS and f.trigger >= start]
    for h in hits if told else []:
        verb = doc[h.trigger]
        if h.kind not in VISITS or verb.pos_ != "VERB":
            continue
        if not h.visitor and pronoun_traveller(verb):
            key = _one_of_gender(ctx, verb, doc[start].idx)
            if key and any(f.visitor == key for f in told):
                h.visitor = key
                h.persons = unique([key, *h.persons])
        visits = [f for f in told if h.visitor and f.visitor == h.visitor]
        if visits and h.stop_of < 0 and _stop_ahead(h, visits[-1], ctx.document.date):
            make_stop(h, visits[-1])  # not one "также" told


def _reach(sent: Sentence) -> int:
    """The first word a pronoun of `sent` may point back to: its paragraph's, or the sentence
    before's where that opens later (the pronoun's sentence opens a paragraph)."""
    walk = sent
    while walk.start and not new_paragraph(walk):
        walk = sentence_before(walk) or walk
    before = sentence_before(sent)
    return min(walk.start, before.start) if before is not None else walk.start


def _one_of_gender(ctx: Context, verb: Token, start: int) -> str:
    """The one person named between `start` (a character offset) and the verb's pronoun
    subject whose gender kg knows as the pronoun's, or does not know; "" where none or two."""
    pronoun = next(c for c in verb.children if c.dep_ in SUBJECTS)
    gender = _GENDERS[pronoun.lemma_]
    named = unique([m.entity for m in ctx.mentions_in(start, pronoun.idx, "Person")])
    fitting = [k for k in named if _gender_of(ctx, k) in {gender, ""}]
    return fitting[0] if len(fitting) == 1 else ""


def _gender_of(ctx: Context, key: str) -> str:
    """The gender kg knows of a person by the document's forms (`person_gender`), "" where
    it knows none: such a person may be the one a pronoun of either gender stands for."""
    entity = ctx.entity(key)
    return person_gender(ctx.doc, ctx.mentions, key, entity.name) if entity is not None else ""


def _stop_ahead(h: Hit, visit: Hit, doc_date: str) -> bool:
    """`h`, a trip told ahead of no time of its own but a weekday, to a city of the host of
    `visit`, a visit told done or under way (the traveller's state visit goes on while they
    go to a city of its host): a stop of it, not a visit of its own. Not after a visit
    told cancelled or ahead ("Визит X в Москву не состоится. X посетит Санкт-Петербург"),
    unless the weekday falls within its days (`_on_its_days`)."""
    city = bool(h.location) and not h.country and h.host == visit.host and bool(visit.host)
    own_time = bool(h.date) and not h.weekday or h.earlier
    # "Это первый визит X в Кению": the visit told again, of no status of its own
    going = visit.status in {"occurred", ""} and h.status == "planned"
    return city and not own_time and (going or _on_its_days(h, visit, doc_date))


def _on_its_days(h: Hit, visit: Hit, doc_date: str) -> bool:
    """`h`, told by a weekday in the tense of `visit`, a visit of a day the text gives, falls
    on one of its few days read from its start ("прибудет в Уганду 12 марта с трёхдневным
    визитом. В пятницу посетит Мбарару", "прибыл 12 марта … В пятницу посетил Мбарару",
    `visit_weekday`). Fifty-ninth pass (h-events191)."""
    if not h.weekday or h.status != visit.status or len(visit.date) != 10:
        return False
    return days_on(visit.date, visit_weekday(h.date, h.status, visit.date, doc_date))
