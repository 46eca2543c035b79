"""A bare ceremony held for an act the text tells in words, not as an event: "Киргизия и Китай
во вторник открыли пункт пропуска «Торугарт». В церемонии открытия приняли участие X и Y",
"Японская ракета во вторник вывела на орбиту спутник ОАЭ. … На церемонии присутствовали X и
Y". Such a ceremony names nothing it is of, so it is the ceremony of that act: labelled by it
("Церемония открытия пункта пропуска «Торугарт»", "Церемония запуска спутника"), held on its
day and at its place (`hits._act_ceremonies` reads the act's words as an event would be read).
The acts and the genitive the label names each by are `act` and `act_goal` in
`event_words.tsv`. Sixty-eighth pass (h-events257).

Sixty-ninth pass (h-events262): an act told in a year before the report's is background, and
a bare ceremony after it the signing the text told as its news (`background`,
`news_signing`); a ceremony named by an act's word ("Церемонию встречи самолётов провёл …"
after "… прибыли в понедельник на авиабазу …") takes that act's day (`named_act`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.events.labels import phrase_in
from kg.extract.events.openings import genitive, take_day, take_place
from kg.extract.events.triggers import Rule, trigger_rules
from kg.extract.events.words import is_role, role_words
from kg.gazetteer import normalize
from kg.nlp.deps import preposition
from kg.nlp.morph import case_of

if TYPE_CHECKING:
    from kg.extract.events.hit import Hit

_CEREMONY = "церемония"


@cache
def _acts() -> dict[str, tuple[str, bool]]:
    """Lemma of an act → the genitive its ceremony's label names it by, and whether it is an
    act only with a goal beside it ("вывела на орбиту")."""
    acts: dict[str, tuple[str, bool]] = {}
    for role, lemmas in role_words().items():
        kind, _, word = role.partition(":")
        if kind in {"act", "act_goal"} and word:
            acts.update(dict.fromkeys(lemmas, (word, kind == "act_goal")))
    return acts


def ceremony_rule() -> Rule:
    """The rule of a bare "церемония", by which an act's words are read as its ceremony's."""
    return next(r for r in trigger_rules()[_CEREMONY] if r.kind == "Ceremony")


def act_word(tok: Token) -> str:
    """The genitive a ceremony names the act `tok` tells by ("открыли": "открытия", "вывела
    на орбиту": "запуска"); "" where `tok` tells no act ("вывели войска")."""
    found = _acts().get(tok.lemma_)
    if found is None:
        return ""
    word, goal = found
    if goal and not any(is_role(c, "act_goal") for c in tok.children):
        return ""
    return word


def thing_of(act: Token) -> Token | None:
    """What the act opens or launches: a verb's object, its passive's subject, a reflexive's
    subject ("открылся мост"), a noun's genitive ("открытие моста"); None where it names none
    ("Запуск состоялся")."""
    if act.pos_ == "VERB":
        deps = {"obj", "nsubj:pass"} | ({"nsubj"} if act.lemma_.endswith("ся") else set())
    else:
        deps = {"nmod"}
    things = [c for c in act.children if c.dep_ in deps and c.pos_ in {"NOUN", "PROPN"}]
    # a noun's genitive, not its dative ("Передача Египту первой партии самолётов")
    things = [c for c in things if not preposition(c) and (act.pos_ == "VERB" or genitive(c))]
    return things[0] if things else None


def launch_site(act: Token) -> Token | None:
    """The site a launch is made from, the act's or its verb's "с" phrase ("Запуск состоялся с
    космодрома Танэгасима"), which no reader of places reads: a place is "в"/"на" one."""
    heads = [act, act.head] if act.dep_ == "nsubj" else [act]
    return next(
        (
            c
            for h in heads
            for c in h.children
            if is_role(c, "launch_site") and preposition(c) == "с"
        ),
        None,
    )


def arrival_site(act: Token) -> Token | None:
    """Where things arrive, the verb's "в"/"на" phrase of a place of arrival or a port ("прибыли
    в понедельник на авиабазу Карши", "в порт Умм-Каср"): the place of their welcome, which
    no reader of places reads, a place being "в"/"на" in the locative. Sixty-ninth pass
    (h-events262)."""
    if not is_role(act, "arrive") or act.pos_ != "VERB":
        return None
    sites = [c for c in act.children if preposition(c) in {"в", "на"} and case_of(c) == "Acc"]
    return next((c for c in sites if is_role(c, "arrival_place") or is_role(c, "named")), None)


def bare_ceremony(tok: Token, hit: Hit) -> bool:
    """A ceremony that names nothing it is of: "На церемонии", "В церемонии открытия" (a
    bare opening); not "церемония прощания", "церемония открытия моста", a mission's opening,
    a programme's opening ceremony `openings.programme_opening` named, nor one of another
    time ("На прошлогодней церемонии")."""
    if hit.kind != "Ceremony" or tok.lemma_ != _CEREMONY or hit.mission:
        return False
    if any(c.dep_ == "amod" and is_role(c, "other_time") for c in tok.children):
        return False
    if len(hit.name.split()) > 2:
        return False
    own = [c for c in tok.children if c.dep_ in {"nmod", "appos", "acl", "acl:relcl"}]
    return all(opening_word(c) for c in own)


def opening_word(word: Token) -> str:
    """The genitive of an act a ceremony names with nothing of its own ("церемония
    открытия"): "открытия"; "" for any other word."""
    if word.dep_ != "nmod" or any(c.dep_ == "nmod" for c in word.children):
        return ""
    return word.lower_ if act_word(word) else ""


def acts_before(sents: Sequence[Span], n: int, ceremony: Token) -> list[tuple[Token, int]]:
    """The act the ceremony of sentence `n` is held for, with its sentence's index: the last
    told before it in its sentence, else in the sentence before; where that act names
    nothing it acts on ("Запуск состоялся с космодрома"), the act of its word that does, told
    in the sentence before it, after it (nearest first). [] for none, or an act of another word
    than the ceremony's own ("церемония открытия" after "запустили спутник")."""
    own = [t for t in sents[n] if t.i < ceremony.i and act_word(t)]
    m = n if own else n - 1
    near = own or ([t for t in sents[m] if act_word(t)] if m >= 0 else [])
    if not near:
        return []
    act = near[-1]
    named = {opening_word(c) for c in ceremony.children} - {""}
    if named and named != {act_word(act)}:
        return []
    if thing_of(act) is not None:
        return [(act, m)]
    if m < 1:
        return []
    back = [t for t in sents[m - 1] if act_word(t) == act_word(act) and thing_of(t) is not None]
    return [(act, m), (back[-1], m - 1)] if back else []


def named_act(sents: Sequence[Span], n: int, ceremony: Token) -> list[tuple[Token, int]]:
    """The act a ceremony named by its word is held for ("Церемонию встречи самолётов провёл
    министр" after "Первые три истребителя прибыли в понедельник на авиабазу …", "Церемония
    передачи корабля" after "передала Азербайджану патрульный корабль"), with its sentence's
    index: the last act of that word told before it in its sentence, else in the nearest of
    the `_NAMED_REACH` sentences before (the name ties them: "… прибыли в понедельник на
    авиабазу …. Контракт … заключили в 2022 году.\n\nЦеремонию встречи самолётов …"); []
    for none. Sixty-ninth pass (h-events262)."""
    words = {c.lower_ for c in ceremony.children if c.dep_ == "nmod" and genitive(c)}
    for m in range(n, max(n - _NAMED_REACH, 0) - 1, -1):
        near = [t for t in sents[m] if t.i < ceremony.i and act_word(t) in words]
        if near:
            return [(near[-1], m)]
    return []


_NAMED_REACH = 2  # sentences back the act a ceremony named by its word may be told


def border_sides(act: Token) -> list[Token]:
    """The words naming the sides of a border the act's thing lies on ("открылся мост на
    границе Индии и Бангладеш": "Индии", "Бангладеш"; "на границе Чили с Аргентиной открыли
    мост" too):
    the states whose act it is, though neither is its subject. Sixty-ninth pass (h-places72)."""
    thing = thing_of(act)
    near = [*(thing.subtree if thing is not None else ()), *act.children]  # "на границе открыли"
    borders = [t for t in near if is_role(t, "border")]
    sides = [c for b in borders for c in b.children if c.dep_ == "nmod"]
    return [w for c in sides for w in (c, *(j for j in c.children if j.dep_ == "conj"))]


def act_name(ceremony: Token, act: Token) -> str:
    """The ceremony named by the act and what it acts on: "церемония открытия автомобильного
    пункта пропуска «Торугарт»", not the thing's place ("на общей границе")."""
    thing = thing_of(act)
    if thing is None:
        return ""
    places = {t.i for x in thing.subtree if preposition(x) for t in x.subtree}
    own = {t.i for t in ceremony.subtree if t.i > ceremony.i}
    noun = phrase_in(ceremony, "nomn", own)
    return f"{noun} {act_word(act)} {phrase_in(thing, 'gent', places)}"


def take_act(hit: Hit, name: str, acts: list[Hit]) -> None:
    """The ceremony of the act: its name, and the act's time, place and states
    (`take_act_time`)."""
    hit.name, hit.name_key = name, normalize(name)
    take_act_time(hit, acts)


def take_act_time(hit: Hit, acts: list[Hit]) -> None:
    """The act's day and place for its ceremony where it tells none (the nearest act's
    first: "Запуск состоялся с космодрома …" before the verb it names), and the states that
    act."""
    dated = next((a for a in acts if a.date or a.hint), None)
    if dated is not None and not (hit.date or hit.hint):
        take_day(hit, dated)
    placed = next((a for a in acts if a.location), None)
    if placed is not None and not hit.location:
        take_place(hit, placed)
    hit.states = list(dict.fromkeys([*hit.states, *(k for a in acts for k in a.states)]))


def other_time(hit: Hit, acts: list[Hit]) -> bool:
    """Whether the ceremony gives a time of its own that no act's day fits ("В 2019 году на
    церемонии открытия присутствовал X" after "во вторник открыли пункт"): another ceremony."""
    own = hit.date or hit.hint
    days = [a.date or a.hint for a in acts if a.date or a.hint]
    return bool(own and days) and not any(d.startswith(own) or own.startswith(d) for d in days)


def told_ceremony(act: Token, triggers: set[int]) -> bool:
    """Whether the act is the genitive of a ceremony already told as an event ("состоялась
    церемония открытия площади"): a bare ceremony after it is that one told again."""
    return act.head.lemma_ == _CEREMONY and act.head.i in triggers


def background(acts: list[Hit], today: str) -> bool:
    """Whether each act is told in a year of its own before the report's ("В 2022 году
    Германия передала Нигерии права собственности …" in a report of 2025): background to the
    news, not the act a bare ceremony of the text's day is held for. Sixty-ninth pass
    (h-events262)."""
    years = [a.date[:4] for a in acts if a.dated_by_text and a.date]
    return bool(today) and len(years) == len(acts) > 0 and all(y < today[:4] for y in years)


def news_signing(told: list[Hit], today: str) -> Hit | None:
    """The signing the text tells as its news, the first told in the report's year or of no
    day ("Соглашение подписали в среду в Лейдене"): the act a bare ceremony after a background
    act is held for, not one told as done before. Sixty-ninth pass (h-events262)."""
    return next(
        (
            h
            for h in told
            if h.kind == "Signing"
            and not (h.earlier or h.previous)
            and (not h.date or h.date.startswith(today[:4]))
        ),
        None,
    )


def attend_signing(hit: Hit, signing: Hit) -> None:
    """The ceremony told again as the signing: those it names at it take part in the signing
    ("Посол Нигерии X, присутствовавшая на церемонии")."""
    signing.extra = list(dict.fromkeys([*signing.extra, *hit.persons, *hit.extra]))
