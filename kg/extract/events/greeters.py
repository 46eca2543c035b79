"""The host who met a visitor, told by a pronoun after the visit ("Президент Чили прибыл в
Лиму с визитом. Его встретил президент Перу X"): "встретить" is only a role word, no
trigger, so the sentence gave no event, and the host was in no event. A person of a state,
the subject of a receiving verb ("встретил", "встречала", "приветствовал") whose object is
"его"/"её"/"их" standing for the visitor of the sentence before, takes part in that visit
(and so in a meeting merged with it); the press ("Его встретили журналисты") is no one's
side, and "её" does not stand for a man who arrived ("прибыл"). A guest noun ("высокого
гостя", "гостей", "делегацию") stands for the visitor as the pronoun does, whatever its
gender, unless a genitive tells whose guests they are ("гостей форума"). A person of a
state who accompanies the visitor ("Его сопровождает министр иностранных дел Кении X") is of
their party and takes part in the visit as well; a spouse, of no state, is not.

Fifty-third pass (h-events151); the guest noun, fifty-fourth pass (h-events156); the
companions, fifty-fourth pass (h-events159).
"""

from __future__ import annotations

from spacy.tokens import Span as Sentence
from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.events.hit import Hit
from kg.extract.events.triggers import VISITS
from kg.extract.events.words import is_role
from kg.nlp.deps import SUBJECTS, verb_above
from kg.nlp.morph import features, is_animate, shown_gender
from kg.resolve.gender import person_gender

# the object pronoun's lemma → the visitor's gender ("masc"/"femn") or number ("plur") it fits
_PRONOUNS = {"он": "masc", "она": "femn", "они": "plur"}
# what a guest noun fits: any visitor ("высокого гостя" is said of a woman too)
_ANY = "any"
# the words a person's phrase goes on with after its noun: a name, an apposition
_NAME_PARTS = frozenset({"flat:name", "flat", "appos"})


def greeted_visitor(
    ctx: Context, sent: Sentence, prior: list[Hit], hits: list[Hit]
) -> list[tuple[Hit, Token]]:
    """Adds to the visits among `prior` (the hits of the sentence before) whose visitor the
    object pronoun or guest noun of a receiving verb in `sent` stands for that verb's
    subject, a person of a state; not where the verb is a trigger of a hit of its own
    (`hits`). So too for a visit of `hits` whose clause that verb's clause hangs on ("X
    прибыл в Кампалу, где его встретил Y"; fifty-eighth pass, h-events188). Gives each
    visit so greeted with its receiving verb, which may tell where it met the visitor."""
    visits = [h for h in prior if h.kind in VISITS and _greetable(h)]
    told = [h for h in hits if h.kind in VISITS and _greetable(h)]
    greeted: list[tuple[Hit, Token]] = []
    if not visits and not told:
        return greeted
    own = {h.trigger for h in hits}
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in own or not _receives(verb):
            continue
        objects = [c for c in verb.children if c.dep_ == "obj"] + misread_guests(verb)
        fits = next((f for c in objects if (f := _stands_for(c))), "")
        named = {k for c in objects for k in persons_in(ctx, c)}
        hosts = [p for s in _subjects(verb) for p in _hosts(ctx, verb, s)]
        met = visits + [h for h in told if _in_its_clause(verb, sent.doc[h.trigger])]
        for visit in met:
            guest = visit.visitor in named or _fits(fits, _traveller(ctx, visit, sent))
            if hosts and guest:
                new = [p for p in hosts if p != visit.visitor and p not in visit.persons]
                visit.persons = [*visit.persons, *new]
                greeted.append((visit, verb))
    return greeted


def greeting(ctx: Context, sent: Sentence) -> tuple[str, str, Token] | None:
    """The guest, the host and the verb of a greeting `sent` tells ("В аэропорту Энтеббе
    президента Ганы X встретил премьер-министр Уганды Y"): the one person its receiving
    verb's object names and the one its subject names, each of a state, the two states
    apart; None where the sentence tells none. Fifty-ninth pass (h-events192)."""
    for verb in sent:
        if verb.pos_ != "VERB" or not is_role(verb, "receive"):
            continue
        objects = [c for c in verb.children if c.dep_ == "obj"] + misread_guests(verb)
        guests = list(dict.fromkeys(k for c in objects for k in persons_in(ctx, c)))
        hosts = [p for s in _subjects(verb) for p in _hosts(ctx, verb, s)]
        if len(guests) != 1 or len(hosts) != 1:
            continue
        homes = [e.state if (e := ctx.entity(k)) else "" for k in (guests[0], hosts[0])]
        if all(homes) and homes[0] != homes[1]:
            return guests[0], hosts[0], verb
    return None


def _in_its_clause(verb: Token, trigger: Token) -> bool:
    """The receiving verb's clause hangs, after it, on the clause of the visit's verb: a
    clause of "где" on its place or a verb joined to it ("X прибыл в Кампалу, где его
    встретил Y", "… и его встретил Y"); not the visit's own verb."""
    visit = verb_above(trigger)
    return verb.i > trigger.i and verb != visit and visit in verb.ancestors


def _receives(verb: Token) -> bool:
    """A verb whose subject meets the visitor as host ("встретил") or goes with them as
    one of their party ("Его сопровождает министр иностранных дел Кении X"; fifty-fourth
    pass, h-events159): either takes part in the visit."""
    return is_role(verb, "receive") or is_role(verb, "accompany")


def _greetable(visit: Hit) -> bool:
    """A visit whose visitor a pronoun may stand for: a person, or a state's title the text
    names no one by ("Президент Лаоса прибыл во Вьетнам. В аэропорту Ханоя его встретил
    …": the visitor is Laos; sixty-second pass, h-events220)."""
    return visit.visitor.startswith(("person/", "state/"))


def _stands_for(obj: Token) -> str:
    """What visitor the received object can stand for: the pronoun's gender or number, or
    any for a guest noun ("гостя", "делегацию") no genitive ties to another gathering or
    host ("гостей форума"); "" for other objects."""
    if obj.pos_ == "PRON":
        return _PRONOUNS.get(obj.lemma_, "")
    if obj.pos_ == "NOUN" and is_role(obj, "party"):
        return "" if any(c.dep_ == "nmod" for c in obj.children) else _ANY
    return ""


def misread_guests(verb: Token) -> list[Token]:
    """The guests the parser hung as the genitive of the place before them ("В аэропорту
    гостей встретил", "у трапа самолёта гостей"), an animate plural whose genitive is its
    accusative, right before the verb: its object; so too a person so hung, whose phrase
    ends right before the verb ("В аэропорту президента Ганы Джона Махаму встретил":
    "президента", whose genitive is its accusative; fifty-ninth pass, h-events192), also
    with its name the parse hung on the subject after the verb ("президента Лаоса Тхонглуна
    Сисулита встретил вице-президент …": the title and the name; sixty-second pass,
    h-events214)."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    name = _phrase_head(before) if before is not None else None
    if name is None or name.dep_ != "appos" or name.head.i < verb.i or name.i == verb.sent.start:
        name = None
    before = verb.doc[name.i - 1] if name is not None else before
    if before is not None:
        before = _phrase_head(before)
    if before is None or before.dep_ != "nmod" or before.head.i > before.i:
        return []
    if is_role(before, "party"):
        return [before] if "Plur" in features(before, "Number") else []
    guest = is_animate(before) and not is_animate(before.head)
    return [before, *([name] if name is not None else [])] if guest else []


def _phrase_head(word: Token) -> Token:
    """The noun whose name or apposition `word` ends ("Махаму" of "президента Ганы Джона
    Махаму": "президента"), or whose genitive it is, that noun a being ("Лаоса" of
    "президента Лаоса"; sixty-second pass, h-events214)."""
    while word.head.i < word.i and (
        word.dep_ in _NAME_PARTS or word.dep_ == "nmod" and is_animate(word.head)
    ):
        word = word.head
    return word


def persons_in(ctx: Context, obj: Token) -> list[str]:
    """The persons an object's phrase names ("президента Ганы Джона Махаму")."""
    words = list(obj.subtree)
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return [m.entity for m in ctx.mentions_in(start, end) if m.entity.startswith("person/")]


def _hosts(ctx: Context, verb: Token, subject: Token) -> list[str]:
    """The persons a subject names who meet the visitor or go with him: persons of a state
    ("президент Перу X"), not the press; for a receiving verb also a person named by name
    alone ("его встретил Йовери Мусевени", whom the text ties to no state; fifty-eighth
    pass, h-events188), or by a title of a state the subject's own words name ("король
    Малайзии султан Ибрагим", whose two titles leave him of no state; seventieth pass,
    h-events268), never one a noun before the name describes ("супруга X")."""
    words = list(subject.subtree)
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    found = [m.entity for m in ctx.mentions_in(start, end)]
    keys = [k for k in found if k.startswith("person/")]
    named = is_role(verb, "receive") and (
        all(t.pos_ == "PROPN" for t in words) or any(k.startswith("state/") for k in found)
    )
    return [k for k in dict.fromkeys(keys) if named or (e := ctx.entity(k)) is not None and e.state]


def _told_as(trigger: Token) -> str:
    """The gender ("masc"/"femn") or plural ("plur") the visit's past verb tells its
    traveller by ("прибыл", "прибыла", "прибыли"), "sing" where a verb in the present tells
    only one ("находится с визитом"); "" where it tells none (a noun alone)."""
    verb = verb_above(trigger)
    if verb.pos_ not in {"VERB", "AUX"}:
        return ""
    if "Plur" in features(verb, "Number"):
        return "plur"
    return shown_gender(verb) or ("sing" if "Sing" in features(verb, "Number") else "")


def _traveller(ctx: Context, visit: Hit, sent: Sentence) -> str:
    """What the visit's verb tells its traveller as (`_told_as`); for one in the present,
    which tells no gender, the gender kg knows of the visitor, where it knows one."""
    told = _told_as(sent.doc[visit.trigger])
    person = ctx.entity(visit.visitor) if told == "sing" else None
    if person is None or person.type != "Person":
        return told
    return person_gender(ctx.doc, ctx.mentions, visit.visitor, person.name) or told


def _fits(pronoun: str, told: str) -> bool:
    """Whether the received object, a pronoun of `pronoun`'s gender or number or a guest
    noun, can stand for a traveller its verb tells as `told`: "его" or "её" for one in the
    present tense ("X находится с визитом в Непале. В аэропорту Катманду его встретил Y";
    seventy-second pass, h-events277)."""
    if not pronoun:
        return False  # no pronoun nor guest noun ("Президент принял закон"): no one received
    return pronoun in {_ANY, told} or (told == "sing" and pronoun in {"masc", "femn"})


def _subjects(verb: Token) -> list[Token]:
    """The receiving verb's subjects; where it has none, those of a verb joined after it,
    whose subject the two share ("В аэропорту его тепло встретил и приветствовал
    премьер-министр Непала Y": on "приветствовал"; seventy-second pass, h-events277)."""
    own = [s for s in verb.children if s.dep_ in SUBJECTS]
    if own:
        return own
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return [s for c in joined for s in c.children if s.dep_ in SUBJECTS]
