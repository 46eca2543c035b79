"""A figure's comparator and the bounds a denial or a participle sets.

"более", "до", "от" and "(не) превышать" as `common.numbers` and the clause tell them; "цена
от N" is ge, a participle "достигающий" caps a term or a fine, and a denied "more than N"
caps the figure ("не может превышать", "никто не набрал более 50 %") unless it is its
subject that cannot; a gapped item's figure takes the bound of the verb its dash stands for.

Split out of extract.py (forty-fifth pass, h-split49)."""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Token

from kg.extract.claims.durations import UNITS as DURATION_UNITS
from kg.extract.claims.lexicons import PRICES, REACHING, SCALES, WORDS
from kg.extract.claims.parse import gap_source, verb_before
from kg.extract.common.numbers import Quantity
from kg.extract.context import Context
from kg.nlp.deps import SUBJECTS, copular, negated
from kg.nlp.morph import is_infinitive, morph

_LIMIT_MODALS = WORDS["limit_modal"]
_RULES = WORDS["rule"]
_RULING_OUT = WORDS["ruling_out"]
_BEING_THERE = WORDS["being_there"]
_CAPPED = WORDS["capped"]


def _comparator(q: Quantity, clause: list[Token]) -> str:
    """The quantity's comparator, or a bound set by "(не) превышать"; "до N" is an upper
    bound ("пострадали до 4 тысяч", "собрал до 500 тысяч зрителей") unless a change or a
    goal reaches it ("вырос до", "сократить до", "довести до": the level itself)."""
    if q.comparator != "eq":
        return q.comparator
    if exceeding := _exceeding(clause):
        return exceeding
    if _reaching_bound(clause[-2:]):
        return "le"  # "на срок, достигающий 180 дней": what reaches up to N
    if clause and clause[-1].lower_ == "от" and any(_priced_from(t) for t in clause):
        return "ge"  # "по цене от 10 долларов за одну карту и от 50 долларов за другую"
    if not clause or clause[-1].lower_ != "до":
        return "eq"
    if any(t.lower_ in ("с", "со") and _numeral(t.nbor(1)) for t in clause[-5:-2]):
        return "eq"  # "с тысячи до 569", "с 8 до 12": the new level of a change
    words = clause[-16:-1]
    reached = (t.lemma_ in REACHING or morph().normal_form(t.lower_) in REACHING for t in words)
    return "eq" if any(reached) else "le"


def _exceeding(clause: list[Token]) -> str:
    """The bound "(не) превышать" right before a figure sets ("превысил 19 млрд" gt, "не
    превысил 30 млн" le); "" for none."""
    for i, t in enumerate(clause[-4:]):
        if t.lemma_ in {"превышать", "превысить"}:
            negated = any(x.lower_ == "не" for x in clause[-4:][max(0, i - 2) : i + 1])
            return "le" if negated else "gt"
    return ""


def elided_bound(ctx: Context, q: Quantity, comparator: str) -> str:
    """A figure of a gapped item whose dash stands for the verb of the figure before it takes
    that verb's bound ("Объём турецких инвестиций в экономику Грузии превысил 9 млрд
    долларов, грузинских в экономику Турции — 2 млрд долларов": both gt; "не превысил" le);
    its own comparator word, or a verb of its own ("…, а грузинских составил 2 млрд"), keeps
    `comparator`."""
    first = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if comparator != "eq" or q.comparator != "eq" or first is None:
        return comparator
    donor = gap_source(first[0])
    if donor is None:
        return comparator
    return _exceeding(list(donor.doc[max(donor.sent.start, donor.i - 4) : donor.i])) or comparator


def _reaching_bound(words: list[Token]) -> bool:
    """A present participle of "достигать" right before the figure caps a term or a fine it
    qualifies ("на срок, достигающий 180 дней", "штрафы, достигающие 5 тысяч евро"); on any
    other noun ("товарооборот, достигающий 150 млрд") and as a finite "достигла 3 млрд" or a
    past "достигший" it tells the level reached."""
    return any(
        p.tag.POS == "PRTF" and "pres" in p.tag and p.normal_form == "достигать"
        and any(n.lemma_ in _CAPPED for n in _qualified(t))
        for t in words
        for p in morph().parse(t.lower_)
    )  # fmt: skip  # the tagger calls "достигающие" a noun at times


def _qualified(participle: Token) -> list[Token]:
    """The nouns a participial phrase set off by a comma may qualify: the word before the
    comma and the nouns it hangs on ("Штрафы для компаний из Бельгии, достигающие")."""
    if participle.i < 2:
        return []
    chain = [participle.nbor(-2)]
    while chain[-1].dep_ in ("nmod", "conj") and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _beyond_the_limit(path: list[Token], verb: Token | None) -> bool:
    """A "более N" a denied modal does not cap: its subject, who cannot ("Более 100 граждан
    Египта не могут покинуть Судан", "не могут выехать более 300 граждан"), but for a verb of
    being somewhere, what there may be ("не может находиться более 500 военнослужащих", "не
    может быть более 20 человек"); and a time one fails over, after a perfective infinitive
    or "уже" ("не могут урегулировать спор более 20 лет", "не могут вести переговоры уже
    более 20 лет"), where otherwise it is how long one may ("не могут находиться более 180
    дней"). A subject with a copula is the predicate ("не может быть меньше 300 евро")."""
    subject = any(t.dep_ in SUBJECTS and not copular(t) for t in path)
    verbs = [verb, *verb.children] if verb is not None else []  # "может быть": быть
    being = any(v.lemma_ in _BEING_THERE and (v is verb or v.dep_ == "xcomp") for v in verbs)
    start = path[-1].left_edge
    before = [start.nbor(-1)] if start.i > 0 else []
    already = any(t.lower_ == "уже" for t in [*before, *path[-1].subtree])
    perfective = verb is not None and "Perf" in verb.morph.get("Aspect")
    time = any(t.lemma_ in DURATION_UNITS for t in path)
    return (subject and not being) or (time and (perfective or already))


def denied_bound(number: Token | None, comparator: str) -> str:
    """A denied "more than N" caps the figure at N and a denied "less than N" floors it:
    "не могут приглашать более 50 журналистов", "нельзя ввозить более 10 литров" (le), "не
    может быть меньше 300 евро" (ge); the denial is the number's verb's, or of the modal its
    infinitive hangs on, never a "не" of another word ("не просто закупила более 200"); and
    only what the modal forbids (`_beyond_the_limit`), not a possibility not ruled out
    ("нельзя исключать поставок более 10 тысяч тонн")."""
    if comparator not in ("gt", "lt") or number is None:
        return comparator
    if _denied_by_none(number) or _denied_modal(number) is not None:
        return "le" if comparator == "gt" else "ge"
    return comparator


def _denied_modal(number: Token) -> Token | None:
    """The denied modal that forbids more (or less) than the figure ("не могут приглашать
    более 50", "нельзя ввозить более 10 литров"); None for none."""
    path = [number, *takewhile(lambda a: a.pos_ not in ("VERB", "AUX"), number.ancestors)]
    verb = next((a for a in number.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if _beyond_the_limit(path, verb):
        return None  # "более 100 граждан не могут", "не могут договориться более 20 лет"
    if verb is not None and verb.lemma_ in _RULING_OUT:
        return None  # "нельзя исключать поставок более 10 тысяч тонн": a possibility
    if verb is not None and verb.lemma_ not in _LIMIT_MODALS and is_infinitive(verb):
        verb = verb.head if verb.dep_ in ("xcomp", "csubj") else None
    if verb is None or verb.lemma_ not in _LIMIT_MODALS:
        return None
    if verb.lemma_ != "нельзя" and not negated(verb):
        return None
    return verb


def limit_in_force(number: Token | None, comparator: str, status: str) -> str:
    """A cap or floor a present denied modal sets is a rule in force, no forecast of the
    figure, where its sentence names the rule (group `rule`: "Согласно закону, акционер не
    может рассчитывать более чем на 20 процентов голосов", "по закону доля иностранцев не может
    превышать 20 %" → actual); a future one ("не сможет получить более 20 %"), or one no rule
    sets ("Партия не может рассчитывать более чем на 20 %"), still forecasts it. `status` as
    the clause's cues read it, "actual" for such a cap's forecast."""
    if status != "forecast" or comparator not in ("le", "ge") or number is None:
        return status
    modal = _denied_modal(number)
    if modal is None or "Fut" in modal.morph.get("Tense"):
        return status
    return "actual" if any(t.lemma_ in _RULES for t in number.sent) else status


def _denied_by_none(number: Token) -> bool:
    """ "никто не набрал более 50 %", "ни одна партия не получила более 30 %": a verb denied of
    no one bounds what each got, never beyond the figure (a time, "никто не жил там более 20
    лет", is how long, left as it is)."""
    path = [number, *takewhile(lambda a: a.pos_ not in ("VERB", "AUX"), number.ancestors)]
    verb = path[-1].head if path[-1].head.i != path[-1].i else None
    if verb is not None and verb.i > number.i and _after_a_comma(number, verb):
        verb = verb_before(number) or verb  # "… не набрала более 30 %, и две партии, получившие"
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not negated(verb):
        return False
    if any(t.lemma_ in DURATION_UNITS or t.dep_ in SUBJECTS for t in path):
        return False  # a time, or a figure of the subject ("ни одна компания с оборотом более")
    if any(t.dep_ in SUBJECTS and _no_one(t) for t in verb.children):
        return True
    # "Никто … не набрал более 50 %, и первые два вышли": the parse may give the subject to
    # the clause coordinated after, when the denied verb has none of its own
    if any(t.dep_ in SUBJECTS and not _after_a_comma(verb, t) for t in verb.children):
        return False  # a subject after a comma is the coordinated clause's ("…, и первые два")
    joined = [c for c in verb.children if c.dep_ in ("conj", "parataxis") and c.i > verb.i]
    return any(
        t.dep_ in SUBJECTS and t.i < verb.i and _no_one(t) for c in joined for t in c.children
    )


def _after_a_comma(number: Token, verb: Token) -> bool:
    """A verb the parse hangs a number on past a comma after it: another clause's."""
    return any(t.text == "," for t in number.doc[number.i + 1 : verb.i])


def _no_one(subject: Token) -> bool:
    """A subject that names no one: "никто", "ничто", "ни один (из) …", "ни одна партия"."""
    if subject.lemma_ in ("никто", "ничто"):
        return True
    words = [t.lower_ for t in subject.subtree][:2]
    return words[:1] == ["ни"] or (subject.lower_ == "ни" and len(words) > 1)


def _priced_from(t: Token) -> bool:
    """A price word right before "от": its sums are the lowest prices ("по цене от 10
    долларов"), where "отказалась от 10 млн" or "помощь от 5 стран" bound nothing."""
    return t.lemma_ in PRICES and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "от"


def _numeral(t: Token) -> bool:
    return t.like_num or t.pos_ == "NUM" or t.lemma_ in SCALES
