"""Openings: a state's mission opened in another state ("Кения открыла генеральное
консульство в столице Эфиопии", "В Лиме открылось торгпредство Чили", "открытие посольства
Ганы в Дакаре"; a `Ceremony`, the `with` word "миссия_страны" of `event_kinds.tsv`), and the
bare "церемония открытия" told after a programme the text told before: exercises, forums,
summits, cultural programmes and such a mission's opening.

A bare opening ceremony names nothing it opens ("На церемонии открытия присутствовали X и
Y"), so it is the opening of the one programme the text told before: of a mission's opening
the same event (its day, its persons), of any other programme a ceremony of its own, held on
its day and in its place ("Церемония открытия совместных учений …"). Sixty-sixth pass
(h-events245); the cultural programmes' rule of h-events240 generalised.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.events.festivals import HOSTED_PROGRAMMES
from kg.extract.events.labels import phrase_in
from kg.extract.events.linking import verb_subjects
from kg.extract.events.words import is_role, opened_mission
from kg.gazetteer import normalize
from kg.nlp.deps import preposition, under_compound_preposition
from kg.nlp.morph import case_of, name_in

if TYPE_CHECKING:
    from kg.extract.events.hit import Hit
    from kg.extract.events.mentions import Mentions

# `with` of a verb or noun of opening that takes a state's mission ("открыла консульство")
MISSION_OF_STATE = "миссия_страны"
# programmes a bare "церемония открытия" after them opens
# "в рамках выставки": an event held within a programme
_WITHIN = frozenset({("в", "рамка")})
_PROGRAMMES = frozenset({"Exercise", "Forum", "Summit", *HOSTED_PROGRAMMES})


def opening_state(reader: Mentions, tok: Token) -> str:
    """The state that opens the mission: its own genitive or adjective ("консульство
    Кении", "кенийское консульство"), else the verb's subject ("Кения открыла"), an
    infinitive's that of the verb it hangs on ("Кения решила открыть"); "" where none is
    named ("открылся визовый центр")."""
    mission = opened_mission(tok)
    if mission is None:
        return ""
    owners = [c for c in mission.children if c.dep_ == "amod" or genitive(c)]
    subjects = verb_subjects(tok) if tok.pos_ == "VERB" else []  # "Кения намерена открыть"
    states = [k for w in [*owners, *subjects] for k in reader.states_at(w)]
    return states[0] if states else ""


def mission_name(reader: Mentions, tok: Token, stop: set[int]) -> str:
    """ "открытие генерального консульства Кении": the mission in the genitive and the state
    that opens it, where the mission's own words do not name it; its place ("в Лиме") is
    left to the label, which names the place the event resolves."""
    mission = opened_mission(tok)
    state = opening_state(reader, tok)
    if mission is None or not state:
        return ""
    places = {t.i for c in mission.children if preposition(c) for t in c.subtree}
    phrase = phrase_in(mission, "gent", stop | places)
    owned = any(reader.states_at(c) for c in mission.children if genitive(c))
    entity = reader.ctx.entity(state)
    owner = "" if owned or entity is None else " " + name_in(entity.name, "gent")
    return f"открытие {phrase}{owner}"


def genitive(word: Token) -> bool:
    """A genitive with no preposition ("консульства Кении")."""
    return word.dep_ == "nmod" and not preposition(word) and case_of(word) in {"Gen", ""}


def programme_opening(doc: Doc, before: list[Hit], hits: list[Hit]) -> None:
    """A ceremony of a bare opening or closing ("Церемония открытия состоялась в пятницу",
    "На церемонии открытия присутствовали X и Y") after the one programme the text told
    before ("Совместные учения … стартовали в понедельник в Раджастхане", "Кения открыла
    консульство в столице Эфиопии") opens or closes it: of a mission's opening it is that
    opening, which takes its day and persons; of exercises, a forum, a summit or a cultural
    programme a ceremony held on the programme's day, in its place where it gives none, and
    named by it ("Церемония открытия совместных учений сухопутных войск Индии и Египта").
    Not a ceremony whose opening names what it opens ("церемония открытия нового моста"),
    nor one after two programmes or none; a previous edition is no programme told now."""
    programme = _the_programme(before) if hits else None
    if programme is None:
        return  # most sentences: no Token made for their words
    for hit in hits:
        tok = doc[hit.trigger]
        opening = next((c for c in tok.children if _bare_opening(c)), None)
        if hit.kind != "Ceremony" or opening is None or hit.mission:
            continue
        if programme.mission:  # "Церемония открытия состоялась в пятницу": the opening itself
            hit.name, hit.name_key = programme.name, programme.name_key
            hit.mission = programme.mission
        else:
            own = {t.i for t in tok.subtree if t.i > opening.i}
            hit.name = " ".join([phrase_in(tok, "nomn", own), _programme_name(doc, programme)])
            hit.name_key = normalize(hit.name)
            if not (hit.date or hit.hint):
                take_day(hit, programme)
        if not hit.location:
            take_place(hit, _finest_place(before, programme))


def within_programme(doc: Doc, before: list[Hit], hits: list[Hit], today: str) -> None:
    """An event told "в рамках" a state's programme the text told before by its noun ("В
    рамках выставки пройдёт белорусско-китайский бизнес-форум", "В рамках Дней культуры
    пройдёт концерт"): held at the programme's place and in its days, which it takes where it
    gives none of its own; the opening day where both are told alike, else the month of the
    report's day `today` (a forum ahead within an exhibition opened before: in its days after
    the report, of which the model keeps no end). The programme the nearest before of that
    noun. Sixty-seventh pass (h-events253)."""
    hosted = [h for h in before if h.kind in HOSTED_PROGRAMMES]  # most documents: none
    for hit in hits if hosted else ():
        tok = doc[hit.trigger]
        frames = (g for h in {tok, tok.head} for c in h.children for g in (c, *c.children))
        framed = [g.lemma_ for g in frames if under_compound_preposition(g, _WITHIN)]
        programmes = [h for h in hosted if h.lemma in framed]
        if hit.kind in HOSTED_PROGRAMMES or not programmes:
            continue
        programme = programmes[-1]
        if not (hit.date or hit.hint) and programme.date:
            take_day(hit, programme)
            if hit.status != programme.status:
                hit.date, hit.hint, hit.weekday = today[:7], "", False
        if not hit.location:
            take_place(hit, _finest_place(before, programme))


def programme_again(before: list[Hit], hits: list[Hit]) -> None:
    """A hosted programme's bare noun an earlier sentence told by its name ("Выставку
    открыли министр X и министр Y" after "открылась выставка китайских товаров"): that
    programme again, with its name, day and place, so the two merge and it gains the persons
    who open it. Sixty-seventh pass (h-events253)."""
    for hit in hits:
        told = [h for h in before if h.kind == hit.kind and h.lemma == hit.lemma]
        told = [h for h in told if h.name_key != normalize(h.lemma)]
        if hit.kind not in HOSTED_PROGRAMMES or not told or hit.name_key != normalize(hit.lemma):
            continue  # "Выставка": its noun alone names it
        programme = told[-1]
        hit.name, hit.name_key = programme.name, programme.name_key
        hit.states = list(programme.states)
        take_day(hit, programme)
        hit.status = programme.status
        take_place(hit, programme)


def _the_programme(before: list[Hit]) -> Hit | None:
    """The one programme the text told before, by the hit that names it best ("Бизнес-форум
    Перу и Чили" over a bare "на форуме" after it); None for none, or two of other kinds or
    names ("учения" and "форум")."""
    programmes = [h for h in before if _programme(h)]
    if len({h.kind for h in programmes}) != 1 or len({h.name_key for h in programmes} - {""}) > 1:
        return None
    return max(programmes, key=lambda h: len(h.name_key))


def _finest_place(before: list[Hit], programme: Hit) -> Hit:
    """The telling of the programme with the finest place, a city before a country (the
    headline's "В Монголии начались учения «…»", the lead's "под Улан-Батором": Улан-Батор),
    as the programme's own mentions fold (`sameness`). Seventieth pass (h-events267)."""
    told = [h for h in before if _programme(h) and h.name_key == programme.name_key]
    placed = sorted((h for h in told if h.location), key=lambda h: h.country)
    return placed[0] if placed else programme


def _programme(hit: Hit) -> bool:
    """A programme told now that a bare opening ceremony after it may open: exercises, a
    forum, a summit, a cultural programme or a mission's opening; not a previous edition
    ("предыдущие прошли в ноябре 2025 года") or one told as done before."""
    told = hit.kind in _PROGRAMMES or bool(hit.mission)
    return told and not (hit.previous or hit.earlier)


def _programme_name(doc: Doc, programme: Hit) -> str:
    """The programme in the genitive, as its ceremony's label names it: a cultural
    programme's name ("Дней культуры Алжира"), else its own noun phrase ("совместных учений
    сухопутных войск Индии и Египта", "бизнес-форума Перу и Чили")."""
    if programme.kind in HOSTED_PROGRAMMES and programme.name:
        return name_in(programme.name, "gent")
    tok = doc[programme.trigger]
    stop = {t.i for c in tok.children if preposition(c) for t in c.subtree}
    phrase = phrase_in(tok, "gent", stop)
    # "Совместные учения … стартовали": the capital of the sentence's start put down
    return phrase[:1].lower() + phrase[1:] if tok.left_edge.i == tok.sent.start else phrase


def take_day(hit: Hit, programme: Hit) -> None:
    """The programme's day for its opening ceremony that tells none of its own (an act's for
    its ceremony: `act_ceremonies.take_act`)."""
    hit.date, hit.hint, hit.yearless = programme.date, programme.hint, programme.yearless
    hit.weekday, hit.dated_by_text = programme.weekday, programme.dated_by_text


def take_place(hit: Hit, programme: Hit) -> None:
    """The programme's place for its opening ceremony that tells none of its own (an act's
    for its ceremony), and whether it is a place's own name (`Hit.town`)."""
    hit.take_place(programme)
    hit.town = programme.town


def _bare_opening(word: Token) -> bool:
    """ "открытия", "закрытия" in the genitive on a ceremony, naming no genitive of its own
    ("церемония открытия в театре", not "церемония открытия моста")."""
    if word.dep_ != "nmod" or not is_role(word, "opening"):
        return False
    return not any(genitive(c) for c in word.children)
