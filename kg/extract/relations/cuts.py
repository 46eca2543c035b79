"""Levels denied or cut, and cut relations restored.

Denied or cut diplomatic relations are a level ("не поддерживает дипломатических
отношений", "разорвала отношения" → "нет дипломатических отношений") unless the cut is
only weighed, refused, voted on, cancelled or undone later (missions posted again, a
restoration told); any other level negated or called impossible ("нельзя назвать
стратегическим партнёрством") or bygone is no statement; a document's cut of a pair whose
restoration it reports later is background.

Split out of extract.py (forty-fourth pass, h-split47)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agreements.status import future
from kg.extract.common.level_words import level_lexicon, level_role
from kg.extract.common.pair import PAIR_WORDS, SIDES
from kg.extract.common.words import conjuncts
from kg.extract.context import Context
from kg.extract.events.words import rumoured
from kg.extract.relations.fact import RelationLevel
from kg.extract.relations.words import ANNOUNCING, PROSPECT, UNMADE, WEIGHED
from kg.nlp.deps import SUBJECTS, argument_before, negated, preposition
from kg.nlp.morph import is_infinitive, is_plural

_NO_RELATIONS = "нет дипломатических отношений"
# "Чили разорвала отношения с …": diplomatic ones (`of_no_kind`); not "прервали отношения",
# "нет отношений", of contacts or talks too
_BREAKING = {"разорвать", "разрывать"}
# words for the pair that may break off or set up relations ("Стороны установили отношения")
_PAIR_WORDS = {SIDES, *PAIR_WORDS}
# a field that limits a break to itself ("разорвали отношения в сфере образования", "в
# области спорта", "по линии министерств культуры"): no cut of the diplomatic relations
_FIELDS = {"сфера", "область", "отрасль", "сектор", "линия", "направление", "часть"}
_RESTORED = "восстановление дипломатических отношений"  # a change: no cut holds after it
_CANNOT = {"нельзя", "невозможно"}  # "нельзя назвать стратегическим партнёрством"
# predicates that say a level cannot be: "альянс между X и Y невозможен", "… исключено"
_IMPOSSIBLE = {"невозможный", "немыслимый", "нереальный", "неосуществимый", "исключить"}
# what "нельзя" denies a level by: naming it so, not "нельзя недооценивать партнёрство"
_NAMING = {"назвать", "называть", "считать", "счесть", "говорить", "сказать"}
_CANCELLING = {"отмена", "отменить", "отменять", "аннулировать", "аннулирование"}
_VOTING = {"голосовать", "проголосовать", "высказаться", "выступить", "выступать"}  # "за разрыв"
_LATER = {"спустя", "через"}  # "спустя семь лет после разрыва": a time long after the cut
# what a clause after a cut says undoes it: "вновь открыли посольства", "обменялись послами"
_AGAIN = {"вновь", "снова", "опять"}
_RETURNING = {"обменяться", "обмениваться", "вернуть", "возвращать"}
_UNDOING = {"восстановление", "нормализация"}  # the changes of relations that undo a cut
_POSTING = {"открыть", "открывать", "назначить", "назначать"}  # "открыли посольства"
_MISSIONS = {"посольство", "посол"}  # what `_POSTING` a cut restores
_PLACED = {"в", "во", "при"}  # "посольство в Пекине": a mission of a place named
# what tells a restoring noun done: "соглашение о восстановлении", "договорились о …"
_SETTLING = {"соглашение", "договор", "меморандум", "протокол", "договориться",
             "договариваться", "согласиться", "соглашаться"}  # fmt: skip
_GOING_FOR = {"пойти", "идти"}  # "не пойдёт на разрыв": a cut refused (`_cut_object`)
_REFUSING = {"отказаться", "отказываться", "отказ", "опровергнуть", "опровергать"}
_GONE = {"остаться", "оставаться", "уйти", "уходить", "отойти", "отходить", "кануть"}


def without_cuts_undone(found: list[RelationLevel]) -> list[RelationLevel]:
    """No "нет дипломатических отношений" of a pair whose relations the report says were
    restored, unless the cut is dated after the restoration: "Марокко восстановило
    дипломатические отношения с Ираном. Рабат разорвал дипломатические отношения с Тегераном
    в 2009 году" tells the cut as background."""
    restored = {(r.state_a, r.state_b): r.date for r in found if r.level == _RESTORED}

    def undone(r: RelationLevel) -> bool:
        when = restored.get((r.state_a, r.state_b))
        return r.level == _NO_RELATIONS and when is not None and not (when and r.date > when)

    return [r for r in found if not undone(r)]


def called_diplomatic(t: Token) -> bool:
    """Relations called diplomatic ("дипломатические отношения"), also as links
    ("возобновили дипломатические связи") or in one word ("дипотношения"); links of trade or
    transport are none."""
    if level_role(t) == "one_word":
        return True
    if t.lemma_ not in ("отношение", "связь"):
        return False
    return any(level_role(c) == "diplomatic" for c in t.children if c.dep_ == "amod")


def no_relations(ctx: Context, t: Token) -> str:
    """ "не поддерживает дипломатических отношений", "разрыв дипломатических отношений",
    "между X и Y нет дипломатических отношений", a pronoun of a cut that takes them up
    (`_cut_taken_up`); a cut only threatened, refused, weighed, ahead or denied ("не
    разорвал") is none."""
    if t.pos_ == "PRON":
        return _NO_RELATIONS if _cut_taken_up(t) else ""
    if not called_diplomatic(t) and not of_no_kind(ctx, t, _BREAKING):
        return ""
    if level_role(t.head) == "cut":
        return _NO_RELATIONS if cut_made(t.head) and not _spared(t) else ""
    return _NO_RELATIONS if _negated_near(t) and not _untold(t.head) else ""


def _cut_taken_up(pronoun: Token) -> bool:
    """The object of a cut ("их"), or the subject of one in the passive ("они были
    разорваны"), that takes up diplomatic relations of the clause before (`argument_before`):
    "установили дипломатические отношения в 1992 году, а в 2015 году разорвали их" cuts
    them; not a pronoun of anything else ("заключили контракты …, а затем разорвали их"),
    nor a cut denied or only threatened ("не разорвали их", "пригрозили разорвать их")."""
    verb = pronoun.head
    if pronoun.dep_ not in ("obj", "nsubj:pass") or level_role(verb) != "cut":
        return False
    meant = argument_before(pronoun)
    return meant is not None and called_diplomatic(meant) and cut_made(verb)


def of_no_kind(ctx: Context, t: Token, verbs: set[str]) -> bool:
    """Relations of no kind states break off or set up by one of `verbs` ("Эквадор разорвал
    отношения с Мексикой", "Чили и Вьетнам установили отношения в 1969 году", "Отношения были
    установлены в 1969 году"): between states only the diplomatic ones are broken off or set
    up. Only by a verb whose subject is states by name or by a word for the pair ("Стороны",
    "две страны"), or in the passive: not a body's, a person's or a noun's ("Федерация
    футбола Эквадора разорвала отношения с …", "объявил о разрыве отношений"); not relations
    an adjective or a genitive noun names ("торговые отношения", "отношения сотрудничества"),
    nor those with or between what is no state ("с компанией из Мексики", "между клубами")."""
    verb = t.head
    if t.lemma_ != "отношение" or verb.lemma_ not in verbs or not is_plural(t):
        return False
    if any(c.dep_ == "amod" for c in t.children) or _in_a_field(t):
        return False
    owners = [c for c in t.children if c.dep_ == "nmod" and not preposition(c)]
    partners = [c for c in (*t.children, *verb.children) if preposition(c) in _WITH_OR_AMONG]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and t.dep_ != "nsubj:pass":
        return False
    named = [x for c in owners + partners + subjects for x in conjuncts(c)]
    return all(_of_states(ctx, x) for x in named)


_WITH_OR_AMONG = {"с", "со", "между"}


def _of_states(ctx: Context, x: Token) -> bool:
    """A word that names a state, or the pair by a word for states ("Стороны", "двух стран",
    "между странами")."""
    return x.lemma_ in _PAIR_WORDS or bool(ctx.mentions_in(x.idx, x.idx + len(x.text), "State"))


def _in_a_field(t: Token) -> bool:
    """Relations broken off only in a field ("разорвали отношения в сфере образования", "в
    области спорта", "по линии министерств культуры"): the field is on the relations noun or
    its verb."""
    beside = (*t.children, *t.head.children)
    return any(c.lemma_ in _FIELDS and preposition(c) in ("в", "во", "по") for c in beside)


def _untold(noun: Token) -> bool:
    """A noun "о …" under a negated verb of announcing ("не объявили о восстановлении
    дипломатических отношений"): the telling is denied, neither the change nor its opposite."""
    verb = noun.head
    return preposition(noun) in ("о", "об") and verb.lemma_ in ANNOUNCING and negated(verb)


def cut_made(cut: Token) -> bool:
    """Whether the text says the cut happened or holds: not negated, not in the future, and
    neither it nor its infinitive's or noun's governor a word of prospect, threat, refusal
    or call ("пригрозила разорвать", "возможность разрыва"), nor a negated governor ("не
    стал разрывать", "не объявляла о разрыве"), nor a rumour denied ("опроверг слухи о
    разрыве", `rumoured`). A cut the clause is told after has come, whatever its verb ("После
    разрыва дипломатических отношений страны не поддерживают контактов"), unless undone
    (`_cut_aside`)."""
    if negated(cut) or future(cut) or rumoured(cut):
        return False
    governed = is_infinitive(cut) or cut.pos_ == "NOUN"
    gov = cut.head
    if not governed or gov.i == cut.i:
        return True
    if cut.pos_ == "NOUN" and preposition(cut) == "после":
        return not _cut_aside(cut)
    unmade = gov.lemma_ in PROSPECT or gov.lemma_ in WEIGHED or level_role(gov) in UNMADE
    return not (unmade or negated(gov) or future(gov) or _cut_aside(cut))


def _cut_aside(cut: Token) -> bool:
    """A cut noun that is not its clause's own act: one voted against or for ("против
    разрыва", "проголосовал за разрыв": a call for it), a time after it that restores the
    relations ("спустя семь лет после прекращения дипломатических отношений … вновь открыли
    посольства", `_undone_later`), or a decision on it cancelled ("отмена решения о
    разрыве")."""
    if cut.pos_ != "NOUN":
        return False
    prep = preposition(cut)
    if prep == "против" or (prep == "за" and cut.head.lemma_ in _VOTING):
        return True  # voted against, or for: a call for a cut, not one made
    if prep == "после" and _undone_later(cut):
        return True
    return any(x.lemma_ in _CANCELLING for x in (cut.head, cut.head.head))


def _undone_later(cut: Token) -> bool:
    """A cut "спустя/через N лет после" which the clause restores ("вновь открыли
    посольства", "обменялись послами", "восстановили отношения", "подписали соглашение о
    восстановлении отношений", "открыли посольства", "назначили послов"); one the clause
    only follows up ("через неделю после разрыва … закрыла границу") holds."""
    span = next((x for x in (cut.head, cut.head.head) if preposition(x) in _LATER), None)
    if span is None:
        return False
    verb = span.head
    near = [c for c in verb.children if c.i != span.i]
    nouns = [x for x in (*near, *(g for c in near for g in c.children)) if _restoring_told(x)]
    again = any(c.lemma_ in _AGAIN for c in verb.children)
    restoring = _restoring(verb) or verb.lemma_ in _RETURNING or _missions_posted(verb)
    return restoring or again or bool(nouns)


def _restoring(t: Token) -> bool:
    """A word of restoring relations ("восстановили", "нормализация")."""
    return level_lexicon().get(t.lemma_, ("", ""))[1] in _UNDOING


def _restoring_told(noun: Token) -> bool:
    """A restoring noun agreed on or announced ("подписали соглашение о восстановлении
    отношений", "объявили о возобновлении"), not one rejected ("отверг восстановление")."""
    gov = noun.head
    settled = gov.lemma_ in _SETTLING or gov.lemma_ in ANNOUNCING
    return noun.pos_ == "NOUN" and _restoring(noun) and settled and not _negated_near(noun)


def _missions_posted(verb: Token) -> bool:
    """Embassies opened or ambassadors named ("открыли посольства", "назначили послов"),
    not those of a place named ("открыл посольство в Пекине": of a third country, maybe)."""
    if verb.lemma_ not in _POSTING or negated(verb):
        return False
    missions = [c for c in verb.children if c.dep_ == "obj" and c.lemma_ in _MISSIONS]
    placed = any(preposition(c) in _PLACED for x in (verb, *missions) for c in x.children)
    return bool(missions) and not placed


def _spared(relations: Token) -> bool:
    """Relations a cut of something else leaves out ("прекратила торговлю с Израилем, но не
    дипломатические отношения"): the "не" of the ellipsis hangs on them or their adjective."""
    adjectives = (c for c in relations.children if c.dep_ == "amod")
    return any(negated(x) for x in (relations, *adjectives))


def _negated_near(t: Token) -> bool:
    """Negated itself, or its head or the head above that is, or the verb one of them is the
    infinitive of ("не стали повышать отношения до уровня …"); a negated word of cutting over
    an infinitive affirms it ("не перестаём развивать стратегическое партнёрство")."""
    near = [t, t.head, t.head.head]
    near += [h.head for h in near if h.dep_ == "xcomp"]
    return any(negated(h) and not _keeps_on(h) for h in near)


def _keeps_on(verb: Token) -> bool:
    """A word of cutting with an infinitive ("перестаём развивать"): negated, it goes on."""
    return level_role(verb) == "cut" and any(c.dep_ == "xcomp" for c in verb.children)


def level_denied(t: Token) -> bool:
    """A level negated near it, or one a word of cutting governs: none, or none any more
    ("нет союзнических отношений", "приостановили стратегическое партнёрство"; an end
    refused or denied leaves it, `_cut_refused`); also one
    whose own level adjective is negated ("больше не стратегические партнёры"; "не только
    …", "не просто …" hang "не" elsewhere) or that "нельзя" names ("нельзя назвать
    стратегическим партнёрством"; not "нельзя недооценивать партнёрство"), or that is the
    subject of "невозможен", "исключено" (`_IMPOSSIBLE`)."""
    if level_role(t.head) == "cut":
        return not _cut_refused(t.head)
    if _negated_near(t) or _bygone(t):
        return True
    if t.dep_ in SUBJECTS and t.head.lemma_ in _IMPOSSIBLE and not _impossible_to_do(t.head):
        return True
    if any(c.dep_ == "amod" and level_role(c) == "adj" and negated(c) for c in t.children):
        return True
    return t.head.lemma_ in _NAMING and t.head.head.lemma_ in _CANNOT


def _cut_refused(cut: Token) -> bool:
    """An end of a level refused or denied ("отказалась прекратить стратегическое
    партнёрство", "отказался от прекращения", "не стали сворачивать", "опроверг слухи о
    сворачивании партнёрства", "не прекратила"): the level holds. Only the governor's own
    object counts: a negated verb a clause hangs on ("не исключают, что … приостановила")
    or a refusal the cut only dates ("отказался от участия … после приостановки") is none."""
    gov = cut.head
    refused = gov.i != cut.i and _cut_object(cut) and (gov.lemma_ in _REFUSING or negated(gov))
    return negated(cut) or refused or rumoured(cut)


def _cut_object(cut: Token) -> bool:
    """The cut is what its governor does or refuses: its object, infinitive, "от …", or
    "на …" of "пойти" ("не пойдёт на разрыв партнёрства")."""
    going_for = preposition(cut) == "на" and cut.head.lemma_ in _GOING_FOR
    return cut.dep_ in ("obj", "xcomp") or preposition(cut) == "от" or going_for


def _bygone(t: Token) -> bool:
    """A level its verb of ending says is a thing of the past ("Стратегическое партнёрство X
    и Y осталось в прошлом", "Союзничество … ушло в прошлое"); a level "в прошлом" told
    doing something ("в прошлом строилось на поставках нефти") was so then and may still
    be."""
    verb = t.head
    if t.dep_ not in SUBJECTS or verb.lemma_ not in _GONE:
        return False
    return any(c.lemma_ == "прошлое" and preposition(c) == "в" for c in verb.children)


def _impossible_to_do(predicate: Token) -> bool:
    """A "невозможно" of a deed or a condition, not of the level: "партнёрство невозможно
    переоценить" affirms it, "… невозможно без доверия" sets a condition."""
    return any(
        "Inf" in c.morph.get("VerbForm") or preposition(c) == "без" for c in predicate.children
    )
