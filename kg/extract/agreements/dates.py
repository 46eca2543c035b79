"""When and where a paper was signed, and gapped clauses with dates and sides of their own.

A signing date is a date the signing verb governs or "от <date>" after the title, never a
ratification's, a law's or another paper's ("договор от 2010 года"), nor one of another
clause of a gapped sentence ("подписали в марте соглашение, а в мае — договор"); the place
is the city or state the signing is told in.

Split out of extract.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

from spacy.tokens import Span as Sent
from spacy.tokens import Token

from kg.extract.agreements.reading import within_hops
from kg.extract.agreements.status import AGREE_TO, future, signs
from kg.extract.agreements.title_words import Title, gathering_noun, kinds
from kg.extract.common.date_bounds import is_term_or_limit, noun_dated
from kg.extract.common.decisions import decided_then
from kg.extract.context import Context
from kg.nlp.clauses import contrast_between
from kg.nlp.deps import (
    fixed_preposition,
    has_subject,
    negated,
    preposition,
    preposition_noun,
    told_as_reason,
    verb_above,
)
from kg.nlp.marks import DASHES
from kg.nlp.morph import is_finite, morph


def _gapped(head: Token) -> tuple[Sent, Token] | None:
    """The words of a clause whose verb Russian leaves out for a dash, between its "а"/"и"
    and the dash before the title ("…, а Словакия и Венгрия — соглашение о …", "…, а в мае —
    меморандум о …"), and the signing verb before it the parse hangs the title on (also
    through the first clause's paper); else None."""
    verb, dep = head.head, head.dep_
    if dep == "nmod" and verb.lemma_ in kinds() and verb.dep_ == "obj":
        verb, dep = verb.head, "conj"  # the parse hung it on the first clause's paper
    elif dep == "orphan" and verb.dep_ == "conj":
        verb, dep = verb.head, "conj"  # UD's gapping: an orphan of the clause's subject
    if dep not in ("parataxis", "conj") or verb.pos_ != "VERB" or not signs(verb):
        return _gapped_by_words(head)
    doc, i = head.doc, head.i - 1
    while i > verb.i and doc[i].pos_ in ("ADJ", "DET"):
        i -= 1
    if i <= verb.i or doc[i].text not in DASHES:
        return None
    start = i
    while start > verb.i + 1 and doc[start - 1].lower_ not in ("а", "но", ","):
        start -= 1
    return (doc[start:i], verb) if start < i else None


def _gapped_by_words(head: Token) -> tuple[Sent, Token] | None:
    """A gapped clause the parse does not see, by its words alone: a dash right before the
    title, ", а" or ", но" before it with no verb between, and a signing verb before that in
    the sentence ("… подписали соглашение о газе, а министры энергетики двух стран —
    меморандум о …", the title hung on the ministers as an apposition)."""
    doc, i = head.doc, head.i - 1
    while i > head.sent.start and doc[i].pos_ in ("ADJ", "DET"):
        i -= 1
    if doc[i].text not in DASHES:
        return None
    start = i
    while start > head.sent.start and doc[start - 1].lower_ not in ("а", "но"):
        start -= 1
        if doc[start].pos_ in ("VERB", "AUX"):
            return None
    if start <= head.sent.start + 1 or doc[start - 2].text != "," or doc[start].lower_ == "также":
        return None  # "…, а также главный документ визита — декларацию": one clause
    verbs = [t for t in doc[head.sent.start : start - 2] if t.pos_ == "VERB" and signs(t)]
    return (doc[start:i], verbs[-1]) if verbs and start < i else None


def in_gaps(verb: Token) -> set[int]:
    """The token indices of the gapped clauses whose left-out verb is `verb`: their subjects
    sign those clauses' papers, not the first clause's ("Президенты … подписали соглашение, а
    министры … Карим Бадави и … — меморандум")."""
    if verb.pos_ != "VERB":
        return set()
    gaps = (_gapped(t) for t in verb.sent if t.i > verb.i and t.lemma_ in kinds())
    return {x.i for g in gaps if g is not None and g[1].i == verb.i for x in g[0]}


def gap_date(gap: Sent, dates: dict[int, tuple[int, str]]) -> str:
    """The date of a gapped clause; one without a year ("а в мае —") takes the year of the
    sentence's first dated clause ("В марте 2024 года … заключили …, а в мае — …")."""
    doc = gap.doc
    for t in gap:
        if t.i not in dates:
            continue
        end, value = dates[t.i]
        if any(len(x.text) == 4 and x.text.isdigit() for x in doc[t.i : end]):
            return value
        years = [v[:4] for s, (_, v) in dates.items() if gap.sent.start <= s < t.i and v]
        return years[0] + value[4:] if years else value
    return ""


# Prepositions of a signing noun that another act hangs on as a time before or after it
# ("после подписания договора"): the date of that act is not the signing's.
_OTHER_TIME_PREPS = frozenset({"после", "до", "перед", "вместо"})


def governed_date(
    ctx: Context, pred: Token, title: Title, dates: dict[int, tuple[int, str]]
) -> str:
    """A date the signing verb governs, else one in its comma-delimited chunk; of a signing
    noun that another act hangs on as its reason or time, only one the noun governs ("В 1994
    году он получил премию за подписание договора": 1994 is the prize's)."""
    sent, inside = pred.sent, {t.i for t in title.tokens}
    found = [(s, e, v) for s, (e, v) in dates.items() if sent.start <= s < sent.end and v]
    if pred.pos_ == "NOUN" and (told_as_reason(pred) or preposition(pred) in _OTHER_TIME_PREPS):
        own = {t.i for t in pred.subtree} | set(range(pred.i, title.head.i))
        found = [(s, e, v) for s, e, v in found if s in own]  # "за подписание в 1979 году …"
    # not inside the title, nor "от <date>", which dates the paper it follows (another one's
    # where the title names it: "протокол … в соглашение о торговле от 2010 года")
    found = [(s, e, v) for s, e, v in found if s not in inside and pred.doc[s - 1].lower_ != "от"]
    # nor the term it runs for or a deadline: "программа на 2025–2027 годы", "до 2030 года"
    found = [(s, e, v) for s, e, v in found if not is_term_or_limit(pred.doc[s])]
    # nor the year of another paper ("подписали соглашение вместо договора 1999 года")
    found = [(s, e, v) for s, e, v in found if not _of_another_paper(pred.doc[s:e], title)]
    # nor the date of a clause whose verb a dash leaves out ("…, а в мае — меморандум о …")
    gapped = in_gaps(pred)
    found = [(s, e, v) for s, e, v in found if s not in gapped]
    # nor, for a signing, one of a clause beside it ("…, и протокол … будет подписан в июле")
    found = [(s, e, v) for s, e, v in found if not _of_another_clause(pred.doc[s], pred)]
    # nor the date of deciding or agreeing to sign ("подписать было решено в 2024 году")
    today = ctx.document.date or str(ctx.reference_year)
    found = [(s, e, v) for s, e, v in found if not _of_a_decision(pred.doc[s], pred, v, today)]
    for s, e, v in found:
        near = any(within_hops(pred.doc[k], {pred.i}, 2) for k in range(s, e))
        if near and not contrast_between(pred, pred.doc[s]):  # ", а министры обсудили … в мае"
            return v
    lo, hi = pred.i, pred.i
    while lo > sent.start and pred.doc[lo - 1].text not in ",;:—–":
        lo -= 1
    while hi < sent.end - 1 and pred.doc[hi + 1].text not in ",;:—–":
        hi += 1
    doc = pred.doc
    # not a genitive date of a noun ("соглашение о торговле 2018 года" that a protocol amends),
    # nor one of a verb coordinated with the signing ("подписали декларацию и договорились
    # провести совет в следующем году"); a day right after the title is the signing's past a
    # comma too ("подписали протокол о …, меморандум о … и соглашение о транзите 14 мая")
    return next(
        (
            v
            for s, e, v in found
            if ((lo <= s <= hi and _signing_time(doc[s:e])) or _day_after_topic(doc[s:e], title))
            and _conjunct_above(doc[s], pred) is None
        ),
        "",
    )


def verb_day(value: str, title: Title, dates: dict[int, tuple[int, str]]) -> str:
    """`value`, a date `governed_date` read for `title`, where it is the signing verb's, which
    every paper of the verb shares (`sentences._verb_dates`); "" for one that qualifies the
    title's own head ("подписали договор, соглашение 2010 года утратило силу": that paper's
    year, no signing's)."""
    doc = title.head.doc
    sent = title.head.sent
    nouns = (
        noun_dated(doc[s:e])
        for s, (e, v) in dates.items()
        if v == value and sent.start <= s < sent.end
    )
    return "" if any(n is not None and n.i == title.head.i for n in nouns) else value


# The verb that tells a paper in force ("соглашение действует с 1979 года").
_IN_FORCE = frozenset({"действовать"})


def in_force_since(head: Token, dates: dict[int, tuple[int, str]], today: str) -> str:
    """The year before the report's that a paper is told in force since ("соглашение о
    рыболовстве между странами действует с 1979 года", "…, действующее с 1959 года"): it was
    concluded by then, and the ontology keeps no date of entry into force, so the year dates
    the paper. A day ("новое соглашение действует с 1 января") is a new paper's entry into
    force, which dates no signing, as is the report's own year; a verb ahead or negated tells
    none. Sixty-eighth pass, h-agreements85."""
    verbs = [c for c in head.children if c.dep_ == "acl" and c.lemma_ in _IN_FORCE]
    if head.dep_ == "nsubj" and head.head.lemma_ in _IN_FORCE:
        verbs.append(head.head)
    since = (
        c
        for v in verbs
        if not future(v) and not negated(v)
        for c in v.children
        if c.dep_ == "obl" and preposition(c) == "с"
    )
    for c in since:
        value = next((v for s, (e, v) in dates.items() if s <= c.i < e), "")
        if len(value) == 4 and value < today[:4]:
            return value
    return ""


def _signing_time(date: Sent) -> bool:
    """A date of no noun, or of the gathering the paper is signed at ("подписали соглашение
    на саммите 10 мая 2023 года"): the signing's."""
    noun = noun_dated(date)
    return noun is None or gathering_noun(noun) and preposition(noun) in ("на", "в", "во")


def _day_after_topic(date: Sent, title: Title) -> bool:
    """A date with a day of a month right after a title (or after its "с"-side), which the
    parse hangs on the last word of its topic ("подписала соглашение о транзите 5 марта",
    "… о торговле 12 мая 2024 года", "… о транзите со Словакией 12 мая"): a topic is dated by
    a year alone ("соглашение о торговле 2018 года"), a day is the signing's; not one of a
    topic the title times by ("о восстановлении после наводнения 6 февраля": the flood's)."""
    noun = noun_dated(date)
    last = max(title.tokens, key=lambda t: t.i, default=title.head)
    return (
        noun is not None
        and noun.i == last.i != title.head.i
        and preposition(last) not in _OTHER_TIME_PREPS
        and _only_a_side(date.doc[last.i + 1 : date.start])
        and date[0].like_num
        and len(date[0].text) <= 2
    )


def _only_a_side(between: Sent) -> bool:
    """Whether the words between a title and a date are none, or one "с"-side the parse hangs
    on the title ("соглашение о транзите со Словакией 12 мая")."""
    if not len(between):
        return True
    root = between.root
    return (
        between[0].lower_ in ("с", "со")
        and between[0].head.i == root.i
        and root.pos_ == "PROPN"
        and all(t.i == root.i or t.head.i == root.i for t in between)
    )


def _of_another_paper(date: Sent, title: Title) -> bool:
    """A date that qualifies a paper's head noun other than the title's ("договора 1999
    года", "соглашение 2010 года утратило силу"): that paper's, not the signing's."""
    noun = noun_dated(date)
    return noun is not None and noun.i != title.head.i and noun.lemma_ in kinds()


def concluded_on(
    ctx: Context, verb: Token, title: Title, dates: dict[int, tuple[int, str]]
) -> tuple[str, bool]:
    """The date of a paper the sides adopted or an arrangement they reached ("приняли
    совместное заявление", "договорились о строительстве моста"), and whether the text
    gives it the act: one its verb governs; else the day of the talks it is adopted at, or
    the report's day where a past verb tells it, as a signing's, which are guesses the
    signing event that signs the paper settles (`events.extract`: one day for both)."""
    own = governed_date(ctx, verb, title, dates)
    if own:
        return own, True
    met = meeting_day(verb, dates)
    if met or not (is_finite(verb) and "Past" in verb.morph.get("Tense")):
        return met, False
    return ctx.document.date, False


# what a paper comes of ("по итогам встречи", "по результатам переговоров", "в ходе визита")
OUTCOME_OF = frozenset({("по", "итог"), ("по", "результат"), ("в", "ход"), ("в", "рамка")})
_TALKS = frozenset({"переговоры", "встреча", "визит", "саммит", "консультация", "заседание",
                    "совещание", "форум"})  # fmt: skip
_MET = frozenset({"встретиться", "посетить", "побывать"})  # talks told by a verb


def meeting_day(verb: Token, dates: dict[int, tuple[int, str]]) -> str:
    """The day of the talks or meeting a paper is adopted "по итогам"/"в ходе"/"в рамках" of
    ("По итогам встречи принято совместное заявление"), as a signing they bring takes it
    (`events.frames.frame_of`): a date of the meeting's own words ("встречи, которая пройдёт
    20 сентября"), else one of the clause that tells the talks held in the nearest sentence
    before that tells any ("провели переговоры в понедельник", "в среду встретился с …");
    "" where that nearest one gives none (a later meeting told undated is not the earlier
    talks)."""
    return met_on(verb, dates)[0]


def met_on(verb: Token, dates: dict[int, tuple[int, str]]) -> tuple[str, Sent | None]:
    """`meeting_day`'s day, and the sentence before that told the talks it is the day of
    (None where the meeting's own words date it)."""
    meeting = meeting_of(verb) or _then(verb)
    if meeting is None:
        return "", None
    doc, sent = verb.doc, verb.sent
    words = {t.i for t in meeting.subtree}
    own = [v for s, (_, v) in sorted(dates.items()) if s in words and v]
    if own:
        return own[0], None
    for before in reversed([s for s in doc.sents if s.end <= sent.start]):
        talks = [t for t in before if t.lemma_ in _TALKS or t.lemma_ in _MET]
        if not talks:
            continue
        clauses = {verb_above(t).i for t in talks}
        told = [
            v
            for s, (_, v) in sorted(dates.items())
            if before.start <= s < before.end and v and verb_above(doc[s]).i in clauses
        ]
        return (told[0], before) if len(set(told)) == 1 else ("", None)
    return "", None


def meeting_of(verb: Token) -> Token | None:
    """The talks' noun of an outcome phrase on `verb` ("по итогам встречи", "в ходе визита"),
    or, for a verb coordinated with one before it that has no subject of its own, on that
    first verb before it ("По итогам саммита стороны приняли декларацию и подписали план":
    the plan comes of the summit too; fifty-fifth pass, h-agreements54); on a paper too ("протокол
    по итогам заседания": the sitting it records, `sittings.recorded_sitting`)."""
    children = list(verb.children)
    first = verb.head
    own_subject = any(c.dep_ in ("nsubj", "nsubj:pass") for c in children)
    if verb.dep_ == "conj" and first.pos_ in ("VERB", "AUX") and first.i < verb.i:
        children += [] if own_subject else [c for c in first.children if c.i < first.i]
    for c in children:
        if preposition_noun(c, OUTCOME_OF):
            found = [g for g in c.children if g.dep_ == "nmod" and g.lemma_ in _TALKS]
            if found:
                return found[0]
        if c.lemma_ in _TALKS and fixed_preposition(c, OUTCOME_OF):
            return c
    return None


def _then(verb: Token) -> Token | None:
    """The "тогда" on a verb, which puts its act at the talks or visit the sentence before
    tells ("В прошлом году президент посетил Париж. Тогда стороны подписали …"), as "в ходе
    визита" would (sixty-ninth pass, h-agreements86)."""
    return next((c for c in verb.children if c.dep_ == "advmod" and c.lemma_ == "тогда"), None)


def talks_told_before(verb: Token) -> Token | None:
    """The talks' noun a relative clause of their outcome qualifies ("провели переговоры, по
    итогам которых подписали дорожную карту", "встреча, в ходе которой подписан меморандум"):
    "который" in the outcome phrase stands for it; None for any other clause. Sixty-second
    pass (h-agreements75)."""
    talks = verb.head
    if verb.dep_ != "acl:relcl" or talks.lemma_ not in _TALKS:
        return None
    for c in verb.children:
        if preposition_noun(c, OUTCOME_OF) and any(
            g.dep_ == "nmod" and g.lemma_ == "который" for g in c.children
        ):
            return talks
        if c.lemma_ == "который" and fixed_preposition(c, OUTCOME_OF):
            return talks
    return None


def _of_another_clause(t: Token, pred: Token) -> bool:
    """Whether `t` hangs, below `pred`, on a verb set beside it (a parataxis) or coordinated
    with it with a subject of its own: another clause, whose date is its own act's, never
    this signing's ("Стороны подписали соглашение, и протокол … будет подписан в июле", also
    where the parse hangs "протокол" on the paper signed), however near the parse hangs it
    (fifty-ninth pass, h-agreements64)."""
    if not signs(pred):  # "договорились о торговле; соглашение будет подписано в мае": when
        return False  # the arrangement's paper is to be signed, which `concluded_on` dates it by
    verb = _conjunct_above(t, pred, ("conj", "parataxis"))
    return verb is not None and (verb.dep_ == "parataxis" or has_subject(verb))


def _of_a_decision(t: Token, pred: Token, value: str, today: str) -> bool:
    """Whether `t` dates deciding or agreeing to sign ("Подписать соглашение было решено ещё
    в 2024 году", "решили в 2024 году подписать"), not the paper (h-agreements68,
    h-agreements69), read as the Signing's date is (`common.decisions.decided_then`): a
    date still ahead ("договорились в мае подписать") is the signing's (sixty-second pass,
    h-agreements76)."""
    return decided_then(t, pred, value, today, lambda v: v.lemma_ in AGREE_TO)


def _conjunct_above(t: Token, pred: Token, deps: tuple[str, ...] = ("conj",)) -> Token | None:
    """The first verb at or above `t`, below `pred`, hung as one of `deps` (a verb
    coordinated with another), if any."""
    while t.i != pred.i and t.head.i != t.i:
        if t.dep_ in deps and t.pos_ in ("VERB", "AUX"):
            return t
        t = t.head
    return None


def _of_signing(place: Token, pred: Token) -> bool:
    """Whether a "в"-place hangs on the signing verb, or on its instrumental agent, where
    the parse hangs it ("подписан Египтом и Иорданией в Каире": "в Каире" on "Египтом"; a
    side is no place's; sixtieth pass, h-agreements68)."""
    agent = place.head
    while agent.dep_ == "conj" and agent.head.i != agent.i:
        agent = agent.head
    by_agent = agent.dep_ in ("obl", "obl:agent") and "Ins" in agent.morph.get("Case")
    return (
        within_hops(place, {pred.i}, 1)
        or by_agent
        and place.dep_ == "nmod"
        and agent.head.i == pred.i
    )


def _place(ctx: Context, pred: Token, title: Title) -> str:
    """ "в Праге" governed by the signing verb: the place, nominative."""
    inside = {t.i for t in title.tokens}
    for t in pred.sent:
        if t.i in inside or t.pos_ != "PROPN" or "Loc" not in t.morph.get("Case"):
            continue
        if not any(c.lower_ in ("в", "во") for c in t.children) or not _of_signing(t, pred):
            continue
        if ctx.mentions_in(t.idx, t.idx + len(t.text), "Person"):
            continue
        words = [t] + [c for c in t.children if c.dep_ in ("flat", "flat:name")]
        gender = morph().gender(t.text)
        return morph().nominative_phrase((w.text for w in sorted(words, key=lambda w: w.i)), gender)
    return ""
