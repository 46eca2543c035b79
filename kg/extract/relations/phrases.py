"""The words of a level: the phrase at a level noun, a predicate's, a frame's or a tone's.

A level noun with its level adjectives and coordinated level words ("всеобъемлющее
стратегическое партнерство и союзничество"), a side's noun naming the level ("союзником" →
"союзничество"), a level adjective predicated of "отношения" or of a frame noun
("стратегический характер отношений"), and a tone of the relations; the words go to the
nominative, keeping the text's number (`extract._relations` spells "ё" as "е").

Split out of extract.py (forty-fourth pass, h-split47)."""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sent

from kg.extract.agreements.status import future
from kg.extract.agreements.title_words import MEETINGS
from kg.extract.common.level_words import level_lexicon, level_role, sectoral
from kg.extract.common.shared_future import shared_future
from kg.extract.common.words import NAMING, called
from kg.extract.relations.cuts import level_denied
from kg.extract.relations.words import COPULAS, PROSPECT, SAID
from kg.nlp.deps import SUBJECTS, negated, preposition
from kg.nlp.morph import UD_NUMBER, morph

_LEVEL_NOUNS = ("core", "needs_adj", "rel", "mate")
_ALLIANCE = "альянс"  # "альянс между X и Y": a level with no adjective (`_alliance_between`)


def framed(t: Token) -> str:
    """ "стратегический характер отношений", "отношения носят стратегический характер" →
    "стратегические отношения"; of a level noun that needs its adjective, that noun
    ("стратегический характер партнёрства" → "стратегическое партнёрство")."""
    if level_role(t) != "frame":
        return ""
    of = [c for c in t.children if _framed_noun(c)]
    if t.dep_ == "nmod" and t.head.lemma_ == "отношение" and "Gen" in t.morph.get("Case"):
        of.append(t.head)  # "отношения союзнического характера"
    if t.dep_ == "obj":  # "отношения … носят стратегический характер": the verb's subject,
        # "придать отношениям стратегический характер": its indirect object
        of += [c for c in t.head.children
               if c.dep_ in ("nsubj", "iobj", "obl") and _framed_noun(c)]  # fmt: skip
    if not of or any(level_denied(x) for x in (t, *of)) or any(sectoral(x) for x in of):
        return ""
    adjs = sorted((c for c in t.children if c.dep_ == "amod" and level_role(c) in ("adj", "tone")),
                  key=lambda c: c.i)  # fmt: skip
    if not adjs:
        return ""
    if of[0].lemma_ != "отношение":
        return _nominative_phrase([*adjs, of[0]])
    return " ".join([*(morph().inflect(a.text, {"nomn", "plur"}) for a in adjs), "отношения"])


def _framed_noun(t: Token) -> bool:
    """What a frame noun gives the level of: "отношения", or a level noun that needs a level
    adjective ("партнёрство", "взаимодействие") and has none of its own."""
    if t.lemma_ == "отношение":
        return True
    return level_role(t) == "needs_adj" and not any(level_role(c) == "adj" for c in t.children)


def predicated_level(t: Token, sent: Sent) -> str:
    """ "отношения остаются напряжёнными", "отношений …, которые остаются напряжёнными", and
    a level adjective as the predicate: "отношения являются стратегическими"."""
    if t.lemma_ != "отношение":
        return ""
    if t.dep_ == "obj" and t.head.lemma_ in NAMING and not negated(t.head):
        return _named_as(t)
    said = t.head
    if t.dep_ in SUBJECTS and level_role(said) in SAID and not negated(said):
        if said.pos_ == "ADJ":  # a short predicate: "отношения … враждебны"
            return _nominative_phrase([said, t])
        if adjective := level_lexicon()[said.lemma_][1]:  # "отношения напряжены", "… напряжённые"
            return _as_adjective(adjective)
    if (bare := _verbless_predicate(t)) is not None:  # "Отношения X и Y враждебные."
        return _nominative_phrase([bare, t])
    for adj in sent:
        verb = adj.head
        if level_role(adj) not in SAID or adj.dep_ != "xcomp" or verb.lemma_ not in COPULAS:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":  # a subject shared with the verb before:
            # "Отношения двух стран окрепли и стали стратегическими"
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_ == "который":
            subject = _antecedent(subject, sent)
        if subject is not None and subject.i == t.i and not negated(verb):
            # a participle the tagger read as its verb: "оставались натянутыми" (натянуть)
            adjective = level_lexicon()[adj.lemma_][1]
            return _as_adjective(adjective) if adjective else _nominative_phrase([adj, t])
    return ""


def _as_adjective(adjective: str) -> str:
    """The level of "отношения" a participle of tone names by its adjective ("напряжены",
    "оставались натянутыми", lemmatised to the verb) → "натянутые отношения"."""
    return morph().inflect(adjective, {"nomn", "plur"}) + " отношения"


def _verbless_predicate(t: Token) -> Token | None:
    """A nominative level or tone adjective the parse made a conjunct of a sentence's
    "Отношения" with no verb ("Отношения Эфиопии и Эритреи враждебные."): their predicate.
    Not an adjective joined by "и" or a comma ("отношения и враждебные действия")."""
    if t.dep_ != "ROOT" or "Nom" not in t.morph.get("Case"):
        return None
    return next((c for c in t.children
                 if c.dep_ == "conj" and c.pos_ == "ADJ" and level_role(c) in SAID
                 and "Nom" in c.morph.get("Case") and not negated(c)
                 and not any(g.dep_ in ("cc", "punct") and g.i < c.i for g in c.children)),
                None)  # fmt: skip


# the time a state held for before what ended it ("после семи лет напряжённости")
_SPANS = {"год", "лето", "месяц", "период", "десятилетие"}


def ended_level(noun: Token) -> bool:
    """A state of relations the text tells as held before what ended it ("Иран и Саудовская
    Аравия после семи лет напряжённости в отношениях возобновили …", "после периода
    напряжённости", "После лет напряжённых отношений"): no level of today. The parse may hang
    the noun of tone on the verb, past the span; the noun's adjectives go before it."""
    start = min((c.i for c in noun.children if c.dep_ == "amod" and c.i < noun.i), default=noun.i)
    before = noun.doc[start - 1] if start else None
    if preposition(noun) == "после":
        return True
    return before is not None and before.lemma_ in _SPANS and preposition(before) == "после"


def tension_level(t: Token) -> str:
    """ "напряжённость в отношениях между X и Y" → "напряжённые отношения"; not where there is
    none ("нет напряжённости в отношениях") or it may only come ("может вызвать …")."""
    if t.lemma_ != "отношение" or preposition(t) != "в":
        return ""
    nouns = [t.head, *(c for c in t.head.children if c.dep_ == "nsubj")]  # "… нарастает
    noun = next((n for n in nouns if level_role(n) == "tension"), None)  # напряжённость"
    if noun is None:
        return ""
    verb = noun.head
    if verb.lemma_ == "нет" or future(verb) or {verb.lemma_, verb.head.lemma_} & PROSPECT:
        return ""  # "может вызвать напряжённость в отношениях": not there yet
    if ended_level(noun):
        return ""
    return morph().inflect(level_lexicon()[noun.lemma_][1], {"nomn", "plur"}) + " отношения"


# what eases or averts a tension: no tension stated as held ("снижение напряжённости между …")
_EASING = {"снижение", "снизить", "снижать", "ослабление", "ослабить", "снятие", "снять",
           "разрядка", "урегулирование", "избежать", "избегать", "предотвратить",
           "предотвращение", "допустить", "спад", "ослабнуть", "ослабеть", "снизиться",
           "спасть", "спадать", "уменьшиться", "исчезнуть"}  # fmt: skip
_PAIR_NOUNS = ("страна", "государство")


def tension_between(t: Token) -> str:
    """ "напряжённость между X и Y", "Между X и Y сохраняется напряжённость", "на фоне
    напряжённости между двумя странами" → "напряжённые отношения": a tension between two
    states (or "странами") is the tone of their relations, "в отношениях" or not. Not one
    there is none of or that may only come ("нет напряжённости", "может вызвать …"), one
    eased or averted ("снижение напряжённости", "избежать …", "ослабла"), nor one held before
    what ended it; between what is no state ("между армией и полицией") `sides.level_states`
    finds no pair, and one at a border ("на границе между X и Y") hangs "между" on the border."""
    if level_role(t) != "tension" or negated(t) or not between_states(t):
        return ""
    verb = t.head
    if verb.lemma_ == "нет" or future(verb) or {verb.lemma_, verb.head.lemma_} & PROSPECT:
        return ""
    if {verb.lemma_, verb.head.lemma_} & _EASING or negated(verb) or ended_level(t):
        return ""
    return morph().inflect(level_lexicon()[t.lemma_][1], {"nomn", "plur"}) + " отношения"


def between_states(t: Token) -> bool:
    """Whether noun `t` stands "между" two states by name or "странами", on itself or, as a
    subject, on its verb ("Между X и Y сохраняется напряжённость", "… наметилось потепление")."""
    places = list(t.children)
    if t.dep_ in SUBJECTS:
        places += [c for c in t.head.children if c.dep_ == "obl"]
    between = [c for c in places if preposition(c) == "между"]
    return any(c.pos_ == "PROPN" or c.lemma_ in _PAIR_NOUNS for c in between)


def _named_as(t: Token) -> str:
    """ "назвал отношения с Индией особыми и привилегированными" → "особые и привилегированные
    отношения": level or tone words a verb of naming calls the relations, with their
    conjuncts."""
    said = [c for c in called(t) if level_role(c) in SAID]
    said += [g for c in said for g in c.children if g.dep_ == "conj" and level_role(g) in SAID]
    if not said:
        return ""
    words = [
        morph().inflect(a.text, {"nomn", "plur"}) for a in sorted(set(said), key=lambda a: a.i)
    ]
    return " и ".join(words) + " отношения" if len(words) == 2 else " ".join([*words, "отношения"])


def _antecedent(which: Token, sent: Sent) -> Token | None:
    """The noun "который" stands for: the nearest common noun before it of its number."""
    number = which.morph.get("Number")
    for t in reversed(sent[: which.i - sent.start]):
        if t.pos_ == "NOUN" and t.morph.get("Number") == number:
            return t
    return None


def level_at(t: Token, sent: Sent, used: set[int]) -> str:
    """The level phrase anchored at noun `t`, or ""; marks the tokens it takes as used."""
    role = level_role(t)
    if role == "partner":
        return _partner_level(t, used)
    if role == "shared":  # "сообщество единой судьбы": the level's one name
        return level_lexicon()[t.lemma_][1] if shared_future(t) else ""
    if role not in ("core", "needs_adj", "rel"):
        return ""
    lo, hi = _left(t, sent), t.i
    while True:  # coordinated level words to the right: "… партнерства и союзничества"
        nxt = _coordinated_right(t.doc, hi, sent)
        if nxt is None:
            break
        hi = nxt
    while True:  # and to the left: "добрососедстве и союзничестве"
        prev = _coordinated_left(t.doc, lo, sent)
        if prev is None:
            break
        lo = prev
    words = [x for x in t.doc[lo : hi + 1] if not x.is_space]
    roles = [level_role(x) for x in words]
    adj = "adj" in roles
    tone = ("tone" in roles or "special" in roles) and "rel" in roles
    scaled = "needs_adj" in roles and t.dep_ == "nmod" and level_role(t.head) == "scale"
    scaled = scaled and not _rank_of_a_meeting(t.head)
    scaled = scaled or _alliance_between(t)
    if not ("core" in roles or tone or (adj and ("needs_adj" in roles or "rel" in roles))):
        parsed = _parsed_level(t, used)  # "на уровень особого стратегического и глобального
        if parsed or not scaled:  # партнёрства": the level adjective the parse gives it
            return parsed
    used.update(range(lo, hi + 1))
    return _nominative_phrase(words)


# meetings whose "на высшем уровне" is the rank of those who meet, not a level of relations
_MEETINGS = MEETINGS | {"визит", "переговор", "контакт", "диалог", "консультация", "обмен"}


def _rank_of_a_meeting(scale: Token) -> bool:
    """Whether "на … уровне" is a meeting's ("встреча на высшем уровне", "провели переговоры
    на высшем уровне", "Переговоры на высшем уровне … прошли"): the rank of those who meet,
    so a level noun it governs needs its level adjective ("на высоком уровне союза" is none);
    the relations' level ("отношения находятся на высоком уровне партнёрства") is not one."""
    if preposition(scale) != "на":
        return False
    head = scale.head
    near = [head, *(c for c in head.children if c.dep_ in (*SUBJECTS, "obj"))]
    return head.pos_ in ("NOUN", "VERB") and any(x.lemma_ in _MEETINGS for x in near)


def _alliance_between(t: Token) -> bool:
    """An alliance "между" two states needs no level adjective ("альянс между двумя нашими
    странами", "альянс между Грецией и Кипром"): a bloc's alliance names no pair; nor one
    between parties, universities or airlines of two states ("альянс между правящими
    партиями Сербии и Венгрии")."""
    return t.lemma_ == _ALLIANCE and any(
        c.dep_ == "nmod"
        and preposition(c) == "между"
        and (c.pos_ == "PROPN" or c.lemma_ in ("страна", "государство"))
        for c in t.children
    )


def _parsed_level(t: Token, used: set[int]) -> str:
    """A level adjective the parse gives the noun past another adjective: "особого
    стратегического и глобального партнёрства" → "стратегическое партнёрство"."""
    if level_role(t) not in ("needs_adj", "rel"):
        return ""
    amods = [c for c in t.children if c.dep_ == "amod"]
    amods += [g for c in amods for g in c.children if g.dep_ == "conj" and g.pos_ == "ADJ"]
    amods = amods or _adjectives_before(t)  # the parse made the noun a conjunct of them
    if any(level_role(a) == "sector" for a in amods):
        return ""  # "стратегического и экономического партнёрства": of a domain
    adjs = sorted((a for a in amods if level_role(a) == "adj"), key=lambda a: a.i)
    if not adjs:
        return ""
    used.update(a.i for a in adjs)
    used.add(t.i)
    return _nominative_phrase([*adjs, t])


def _adjectives_before(t: Token) -> list[Token]:
    """The adjectives right before `t`, joined by "и" or commas: "особого стратегического и
    глобального [партнёрства]"."""
    out, i = [], t.i - 1
    while i >= t.sent.start and (t.doc[i].pos_ == "ADJ" or t.doc[i].lower_ in ("и", ",")):
        if t.doc[i].pos_ == "ADJ":
            out.append(t.doc[i])
        i -= 1
    return out


def _left(t: Token, sent: Sent) -> int:
    """Start of the adjectives before a level noun that are level or mate words."""
    i = t.i
    while i - 1 >= sent.start:
        x = t.doc[i - 1]
        # a participle the tagger reads as a verb still modifies it ("расширенного")
        if (x.pos_ == "ADJ" or x.dep_ == "amod") and level_role(x) in (
            "adj",
            "mate",
            "tone",
            "special",
        ):
            i -= 1
        elif x.lower_ in ("и", ",") and i - 2 >= sent.start and t.doc[i - 2].pos_ == "ADJ" \
                and level_role(t.doc[i - 2]) in ("adj", "mate"):  # fmt: skip
            i -= 2
        elif x.lower_ == "особо":
            i -= 1
        else:
            break
    return i


def _coordinated_right(doc: Doc, hi: int, sent: Sent) -> int | None:
    """End of a level noun phrase joined by "и"/"," after token `hi`, or None."""
    k = hi + 1
    if k >= sent.end or doc[k].lower_ not in ("и", ","):
        return None
    k += 1
    while k < sent.end and doc[k].pos_ == "ADJ" and level_role(doc[k]) in ("adj", "mate"):
        k += 1
    if k < sent.end and doc[k].pos_ in ("NOUN", "PROPN") and level_role(doc[k]) in _LEVEL_NOUNS:
        return k
    return None


def _coordinated_left(doc: Doc, lo: int, sent: Sent) -> int | None:
    """Start of a level noun phrase joined by "и"/"," before token `lo`, or None."""
    k = lo - 1
    if k - 1 < sent.start or doc[k].lower_ not in ("и", ","):
        return None
    noun = doc[k - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or level_role(noun) not in _LEVEL_NOUNS:
        return None
    return _left(noun, sent)


def _partner_level(t: Token, used: set[int]) -> str:
    """ "стратегическим партнёром" → "стратегическое партнёрство"; "союзники" → "союзничество";
    coordinated ones are one level, as written ("стратегическим партнёром и союзником" →
    "стратегическое партнёрство и союзничество")."""
    mates = [c for c in t.children if c.dep_ == "conj" and level_role(c) == "partner"]
    if (nxt := _coordinated_partner(t)) is not None and nxt not in mates:
        mates.append(nxt)  # where the parse makes the second one's adjective of the first
    used.update(c.i for c in mates)
    levels = [x for x in (_one_partner_level(p) for p in (t, *mates)) if x]
    return " и ".join(dict.fromkeys(levels))


def _coordinated_partner(t: Token) -> Token | None:
    """The partner word "и" joins right after `t`, past its adjectives ("надёжным союзником и
    стратегическим партнёром"), or None."""
    doc, k = t.doc, t.i + 1
    if k >= t.sent.end or doc[k].lower_ not in ("и", ","):
        return None
    k += 1
    while k < t.sent.end and doc[k].pos_ == "ADJ":
        k += 1
    return doc[k] if k < t.sent.end and level_role(doc[k]) == "partner" else None


def _one_partner_level(t: Token) -> str:
    noun = level_lexicon()[t.lemma_][1]
    adjs = [c for c in t.children if c.dep_ == "amod" and level_role(c) == "adj"]
    if noun == "партнерство" and not adjs:
        return ""
    gender = morph().gender(noun) or "neut"
    words = [
        morph().inflect(a.text, {"nomn", "sing", gender}) for a in sorted(adjs, key=lambda a: a.i)
    ]
    return " ".join([*words, noun])


def _nominative_phrase(words: list[Token]) -> str:
    """Nouns to the nominative in their number; adjectives agreeing with the next noun."""
    out = []
    for i, w in enumerate(words):
        if w.pos_ in ("NOUN", "PROPN"):
            number = UD_NUMBER.get(_number(w), "sing")
            out.append(morph().inflect(w.text, {"nomn", number}))
        elif w.pos_ == "ADJ" or w.dep_ == "amod":  # the tagger may read "союзническими" as a verb
            noun = next((x for x in words[i + 1 :] if x.pos_ in ("NOUN", "PROPN")), None)
            number = _number(noun) if noun is not None else "Sing"
            want = {"nomn", UD_NUMBER.get(number, "sing")}
            if number == "Sing" and noun is not None:
                want.add(morph().gender(noun.text) or "neut")
            out.append(morph().inflect(w.text, want))
        else:
            out.append(w.lower_)
    return " ".join(out).replace(" ,", ",")


def _number(noun: Token) -> str:
    """A level noun's number: an abstract one ("союзничество", "партнёрство") is singular
    where the tagger reads a plural ("добрососедства и союзничества")."""
    if level_role(noun) in ("core", "needs_adj", "mate"):
        return "Sing"
    return (noun.morph.get("Number") or ["Sing"])[0]
