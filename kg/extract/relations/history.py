"""When a level holds: its date, and levels of the past that are no statement of today.

A level of a war's alliance, of an era, a ruler or a century gone ("при шахе", "в XX
веке") is history; the date is the one governing the level in its sentence (its verb's, a
decision's, a "с 2010 года" after it, a founding's), else the report's; a level dated long
before the document is of the past.

Split out of extract.py (forty-fourth pass, h-split47)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token
from spacy.tokens import Span as Sent

from kg.extract.common.attribution import pointing_back
from kg.extract.common.dates import DateMention, dates_within
from kg.extract.common.level_words import level_role
from kg.extract.common.numbers import word_value
from kg.extract.context import Context
from kg.extract.events.words import role_words
from kg.extract.relations.fact import RelationLevel
from kg.extract.relations.words import (
    AFTER,
    ANNOUNCING,
    COPULAS,
    FOUNDING,
    OFFICES,
    RAISING,
)
from kg.gazetteer import Gazetteer
from kg.nlp.clauses import CONTRAST, contrast_between
from kg.nlp.deps import (
    CONDITIONS,
    SUBJECTS,
    argument_before,
    condition_clause,
    is_if,
    is_predicate,
    negated,
    preposition,
    preposition_noun,
)
from kg.nlp.morph import is_infinitive, is_present, may_be_present

_PAST_YEARS = 10  # a level dated this many years before the document is history
_CENTURY = 21  # the century of the news kg reads: a level of an earlier one is history
_FORMERLY = {"ранее", "раньше", "прежде", "когда-то", "некогда", "тогда", "давно"}
# a past copula in an era gone by or under a ruler is what once was (`former_times`)
_ERAS = {"десятилетие", "время", "эпоха", "век"}
_BYGONE = {"прошлый", "позапрошлый", "минувший", "былой", "прежний"}
_RULE = {"шах", "царь", "монарх", "диктатор", "режим", "правление", "власть", "хунта"}
_NOW = {"нынешний", "новый", "действующий"}
_CLAUSE_EDGES = {"что", ",", ";", ":", "—", "–", "-", "«", "»"}  # `before_in_clause`
# verbs that reach a level once and for good ("в 2012 году отношения были повышены до уровня
# …", "установили отношения … партнёрства"): `raising_verb`
_REACHING = {*RAISING, "установить"}
# nouns of reaching a level that a verb of announcing tells as done ("объявили об установлении
# отношений стратегического партнёрства", "заявили о повышении отношений до уровня …")
_REACHING_NOUNS = {"установление", "повышение", "выход", "поднятие", "перевод"}


def before_in_clause(t: Token) -> list[Token]:
    """The words before `t` back to its clause's start ("что", a comma, a dash or another
    verb): a time told there is the clause's, wherever the parse hangs it ("напомнил, что в
    годы войны Греция и Сербия были …", "В советское время КНДР и Вьетнам считались …")."""
    out, i = [], t.i - 1
    while i >= t.sent.start:
        x = t.doc[i]
        if x.lower_ in _CLAUSE_EDGES or x.pos_ in ("VERB", "AUX"):
            break
        out.append(x)
        i -= 1
    return out


def former_times(t: Token) -> bool:
    """A word of former times on a verb: "ранее", "до инцидента", "до 2008 года" (not "до
    сих пор": until now), "в 1990-е годы", "в прошлом десятилетии", "при шахе"."""
    if t.dep_ == "advmod":
        return t.lower_ in _FORMERLY
    if t.dep_ not in ("obl", "nmod"):
        return False
    case = preposition(t)
    words = {w.lower_ for w in t.subtree}
    if case == "при":
        return _of_a_ruler(t)
    return (case == "до" and "сих" not in words) or (case == "в" and _past_era(t))


def _past_era(t: Token) -> bool:
    """A decade or an era gone by ("в 1990-е годы", "в прошлом десятилетии", "в былые
    времена", "в прежние годы"); not "в прошлом году", a year that may still hold."""
    if _decade_in(t):
        return True
    era = t.lemma_ in _ERAS or (t.lemma_ == "год" and "Plur" in t.morph.get("Number"))
    return era and any(c.dep_ == "amod" and c.lemma_ in _BYGONE for c in t.children)


def _of_a_ruler(t: Token) -> bool:
    """ "при шахе", "при Каддафи", "при прежнем президенте": the time of a ruler, not of the
    one now ("при нынешнем президенте") nor a circumstance ("при поддержке")."""
    if any(c.lemma_ in _NOW for c in t.children):
        return False
    return t.pos_ == "PROPN" or t.lemma_ in OFFICES or t.lemma_ in _RULE


def _decade_in(t: Token) -> bool:
    """Whether the phrase of `t` names a decade ("в 1990-е годы", "в 90-х годах")."""
    return any(_decade(w.text) for w in t.subtree)


def historic(t: Token) -> bool:
    """A level word of a war, a past coalition or a past century: "союзники по
    антигитлеровской коалиции", "в XIX веке стали союзниками"."""
    near = [*t.children, *(g for c in t.children for g in c.children)]
    if t.dep_ in ("xcomp", "ROOT", *SUBJECTS) or t.head.lemma_ in COPULAS:
        # "стали союзниками в годы войны", "отношения сложились во время войны"
        times = [
            c
            for c in t.head.children
            if c.dep_ in ("obl", "nmod") and c.i != t.i and not _others_time(c, t.head)
        ]
        near += [*times, *(g for c in times for g in c.children if g.dep_ == "nmod")]
    elif t.dep_ == "obj" or raising_verb(t) is not None:
        # "заключили союз во время войны", "в советское время были подняты до уровня
        # союзничества": a time of the verb that set the level up is the level's
        verb = raising_verb(t) or t.head
        times = [c for c in verb.children if c.dep_ == "obl" and preposition(c) in ("в", "во")]
        near += [*times, *(g for c in times for g in c.children if g.dep_ in ("nmod", "amod"))]
    return any(level_role(x) == "history" or past_century(x) for x in near)


def _others_time(x: Token, verb: Token) -> bool:
    """A time on the level's verb that is not the level's: what a change came after or from
    ("Отношения Эфиопии и Эритреи после войны заметно улучшились"), or a time of a relative
    clause the parse hung on the verb ("Отношения Турции и Греции, которые во время войны
    были противниками, заметно улучшились")."""
    if level_role(verb) == "change" and preposition(x) in AFTER:
        return True
    return any(w.lemma_ == "который" for w in before_in_clause(x))


def past_century(t: Token) -> bool:
    """ "в XIX веке", "в прошлом веке": a century before this one (news of the 21st)."""
    if t.lemma_ != "век":
        return False
    for c in t.children:
        if c.lemma_ in ("прошлый", "позапрошлый", "средний"):  # "в Средние века"
            return True
        if re.fullmatch(r"[IVXLC]+", c.text) and _roman(c.text) < _CENTURY:
            return True
    return False


def _roman(numeral: str) -> int:
    values = [{"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))  # fmt: skip


def of_gone_states(r: RelationLevel) -> bool:
    """A level between states that no longer exist (the USSR): history whenever dated."""
    gazetteer = Gazetteer.load()
    for key in (r.state_a, r.state_b):
        state = gazetteer.state(key.removeprefix("state/")) if key.startswith("state/") else None
        if state is not None and state.historic:
            return True
    return False


def long_ago(ctx: Context, r: RelationLevel) -> bool:
    """A level dated more than ten years before the document: of the past, unless it holds
    since then ("являются партнёрами с 2013 года", or a level raised then that the text
    says no more of: `held`)."""
    now = ctx.reference_year
    return bool(r.date[:4].isdigit() and now and int(r.date[:4]) < now - _PAST_YEARS)


def raising_verb(anchor: Token) -> Token | None:
    """The past perfective verb of the level's clause that raised the relations to it or set
    it up, not negated nor bounded by an era, a ruler or a time it held until ("В 2012 году
    отношения были повышены до уровня всеобъемлющего стратегического партнёрства",
    "установили отношения стратегического партнёрства в 1993 году"; not "до 2014 года",
    "при прежнем президенте"), or that announced it reached ("В 2014 году стороны объявили
    об установлении отношений всеобъемлющего стратегического партнёрства"): a level reached
    once, which holds until the text tells it ended or changed."""
    verb = next((t for t in [anchor, *anchor.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or negated(verb):
        return None
    if verb.lemma_ not in _REACHING and not _reach_announced(anchor, verb):
        return None
    if "Past" not in verb.morph.get("Tense") or "Perf" not in verb.morph.get("Aspect"):
        return None
    level = {anchor.i, *(a.i for a in anchor.ancestors)}  # "до уровня …" is no time
    times = [c for c in verb.children if c.i not in level and level_role(c) != "scale"]
    bounded = any(c.dep_ != "advmod" and former_times(c) for c in times)
    return None if bounded else verb


def _reach_announced(anchor: Token, verb: Token) -> bool:
    """Whether verb `verb` announces the level of `anchor` reached: a noun of reaching right
    under a verb of announcing, "о"/"об", with the level below it ("объявили об установлении
    отношений стратегического партнёрства", "заявили об установлении всеобъемлющего
    партнёрства", "сообщили о повышении отношений до уровня …"); not one told as possible,
    near or on a condition ("о возможном установлении", "…, если парламенты одобрят"), nor
    a readiness or an intention announced ("о готовности к установлению")."""
    if verb.lemma_ not in ANNOUNCING:
        return False
    noun = next((t for t in [anchor, *anchor.ancestors] if t.head.i == verb.i), None)
    if noun is None or noun.lemma_ not in _REACHING_NOUNS or preposition(noun) not in ("о", "об"):
        return False
    return not supposed(noun, verb)


def supposed(noun: Token, verb: Token) -> bool:
    """A change or a level an announcement tells as possible, near or on a condition, not as
    made: "заявили о возможном восстановлении отношений", "… о восстановлении отношений, если
    Доха выполнит условия", "… в случае прекращения огня"."""
    ahead = role_words()["plan"] | role_words()["maybe"]  # "о возможном", "о скором"
    if any(c.dep_ == "amod" and c.lemma_ in ahead for c in noun.children):
        return True
    return any(
        is_if(c) or condition_clause(c) or preposition_noun(c, CONDITIONS)
        for c in (*verb.children, *noun.children)
    )


# a verb that counts the years of a level ("исполняется 27 лет партнёрству": `anniversary_years`)
_TURNING = {"исполниться", "исполняться"}
_SETTING_UP = {"установление"}  # an anniversary of a level's setting up counts its years
# a time since a level's setting up: "60 лет со дня установления …", "со времени установления
# стратегического партнёрства в 2013 году" (`_years_since_day`, `_since_set_up`)
_DAY = {"день", "момент", "время"}
_TAKING = {"принять", "принимать"}  # "решение было принято": the day of the decision told


def level_date(ctx: Context, sent: Sent, anchor: Token) -> tuple[str, bool]:
    """A date in the sentence that the level's clause governs (a decade, "в 1950-х годах", by
    its first year), and whether the level holds since then ("с 2013 года", "партнёрство,
    установленное в 2013 году"). Of two such
    dates the nearer: "установили партнёрство в 2013 году, а в 2025 году повысили их до
    уровня всеобъемлющего", where the parse hangs both on the second verb."""
    targets = {anchor.head.i, anchor.head.head.i}
    if any(c.dep_ == "cop" for c in anchor.children):  # "в 1980-е годы были союзниками": the
        targets.add(anchor.i)  # level noun heads its clause, so the clause's date hangs on it
    # the verb of the level's clause, however deep the level's words hang under it ("в
    # прошлом году объявили о выходе отношений на уровень … партнёрства")
    verb = _level_verb(anchor)
    if verb is not None:
        targets.add(verb.i)
    if verb is not None and verb.dep_ == "xcomp" and is_infinitive(verb):
        targets.add(verb.head.i)  # "В 2012 году договорились повысить отношения до …": 2012
    if lapsed := _lapse_date(ctx, sent, verb):
        return lapsed, False  # "в 1989 году установили …, а спустя три года повысили …": 1992
    founding = _founding(anchor)
    targets |= founding
    time = _time_of_when(verb)  # "с 2021 года, когда Пекин понизил …": the year told (or -1)
    found = []
    for d, span in _dated_spans(ctx, sent):
        value = d.value or _decade(d.text)
        if (
            value
            and span is not None
            and (
                any(t.head.i in targets for t in span)
                or _verbs_date_on_level(anchor, span)
                or _in_verbs_clause(verb, span)
                or _ends_verbs_clause(verb, span)
                or _opens_verbs_clause(verb, span)
                or _opens_first_verb(verb, span)
                or _since_after_level(anchor, span)
                or _since_set_up(anchor, span)
                or any(t.i == time for t in span)
            )
        ):
            if _clause_edge(anchor, span[0]) or _opens_contrast_after(anchor, span):
                continue  # "в 1990-е годы были соперниками, а сейчас являются партнёрами"
            first = ctx.doc[span.start - 1] if span.start > sent.start else None
            since = first is not None and first.lower_ in ("с", "со")
            since = since or any(t.head.i in founding for t in span) or _since_set_up(anchor, span)
            since = since and all(t.i != time for t in span)  # the "когда" clause's own time
            found.append((min(abs(t.i - anchor.i) for t in span), value, since))
    if not found:
        return _started(anchor, ctx.document.date) or ("", False)
    _, value, since = min(found)
    return _started(anchor, value) or (value, since or taken_up_today(anchor))


def _lapse_date(ctx: Context, sent: Sent, verb: Token | None) -> str:
    """The year a count of years in the level verb's clause reckons from the date told
    before it ("установили дипломатические отношения в 1989 году, а спустя три года повысили
    их до уровня …", "… в 2010 году. Через два года отношения были повышены …", "год
    спустя"), or from the date of the named act it counts after ("спустя три года после
    войны 1991 года"): that date's year and the count, wherever the parse hangs the count;
    "" where the clause counts no years, counts them after a named act of no date told in
    the count ("спустя три года после войны"), counts no number ("спустя несколько лет"), or
    no date is told before it in the sentence or the one before."""
    unit = _lapse_unit(sent, verb)
    years = _years_counted(unit) if unit is not None else 0
    if unit is None or not years:
        return ""
    if _after_act(unit):
        told = _last_year(ctx, sent, unit.right_edge.i + 1, unit.left_edge.i)
    else:
        told = _last_year(ctx, sent, unit.i)
        if not told and sent.start > 0:
            told = _last_year(ctx, sent.doc[sent.start - 1].sent, unit.i)
    return str(int(told) + years) if told else ""


def undated_or_today(ctx: Context, sent: Sent, anchor: Token, verb: Token | None = None) -> str:
    """The date of a level its clause and the next sentence date nowhere: the report's day,
    but "" (undated) where the clause of its verb (`verb`, else the level's own) tells its
    time only as a lapse no date reckons ("Спустя несколько лет страны установили
    дипломатические отношения", "спустя три года после войны восстановили отношения"): the
    report's day would be a date the text never told."""
    verb = verb if verb is not None else _level_verb(anchor)
    return "" if _lapse_unit(sent, verb) is not None else ctx.document.date


def _level_verb(anchor: Token) -> Token | None:
    """The verb of the level's clause, however deep the level's words hang under it."""
    return next((t for t in [anchor, *anchor.ancestors] if t.pos_ in ("VERB", "AUX")), None)


def _lapse_unit(sent: Sent, verb: Token | None) -> Token | None:
    """The word of years a lapse in the clause of `verb` counts ("спустя три года": "года"),
    None for none."""
    return next((u for u in sent if _lapse(u) and _in_clause_of(u, verb)), None)


_LAPSING = {"через", "спустя"}  # "спустя три года", "через два года", "три года спустя"
_COUNTED = {"год", "десятилетие"}  # "спустя годы", "спустя десятилетие": of no number


def _lapse(unit: Token) -> bool:
    """ "спустя три года", "через два года", "три года спустя", "год спустя", "спустя
    несколько лет", "спустя три года после войны": years counted after a moment."""
    return unit.lemma_ in _COUNTED and any(c.lemma_ in _LAPSING for c in unit.children)


def _after_act(unit: Token) -> bool:
    """Whether a lapse counts after a named act ("спустя три года после войны"), not after
    the date told before it."""
    return any(t.lemma_ == "после" for t in unit.subtree)


def _in_clause_of(unit: Token, verb: Token | None) -> bool:
    """Whether a word stands in the clause of `verb`: no other verb (nor an auxiliary of
    one) and no clause's edge between them (`_clause_edge`), wherever the parse hangs the
    word ("…, а спустя три года повысили их": hung on the first verb)."""
    if verb is None:
        return False
    lo, hi = sorted((unit.i, verb.i))
    others = [t for t in unit.doc[lo + 1 : hi] if t.pos_ in ("VERB", "AUX") and t.head != verb]
    return not others and not _clause_edge(unit, verb)  # "были повышены": its own auxiliary


def _years_counted(unit: Token) -> int:
    """How many years a lapse counts ("спустя три года": 3, "через 12 лет": 12, "год
    спустя": 1); 0 where its count is no number ("спустя несколько лет", "спустя годы",
    "спустя десятилетие")."""
    count = next((c for c in unit.children if c.dep_.startswith("nummod")), None)
    if count is None:
        return 1 if unit.lemma_ == "год" and "Sing" in unit.morph.get("Number") else 0
    if count.text.isdigit():
        return int(count.text)
    value = word_value(count.text)
    return int(value) if value is not None else 0


def _dated_spans(ctx: Context, sent: Sent) -> Iterator[tuple[DateMention, Span | None]]:
    """Each date `sent` tells, with the words it spans (None where no tokens align): the
    dates a level's clause, a lapse or a report are matched against by their words' heads."""
    for d in dates_within(ctx.document.text, ctx.document.date, sent.start_char, sent.end_char):
        start = sent.start_char + d.start
        yield d, ctx.doc.char_span(start, sent.start_char + d.end, alignment_mode="expand")


def _last_year(ctx: Context, sent: Sent, before: int, after: int = 0) -> str:
    """The year of the last date told in `sent` before the word `before` (and from the word
    `after` on), "" for none."""
    years = []
    for d, span in _dated_spans(ctx, sent):
        if d.value[:4].isdigit() and span is not None and after <= span.start < span.end <= before:
            years.append(d.value[:4])
    return years[-1] if years else ""


def _time_of_when(verb: Token | None) -> int:
    """The index of the noun of time a "когда" clause of the level's verb tells of
    ("Отношения остаются напряжёнными с 2021 года, когда Пекин понизил уровень
    дипломатических отношений с Литвой …": "года"), whose date is the verb's, not the
    sentence's other verb's; -1 for none."""
    if verb is None or verb.dep_ not in _WHEN_CLAUSES:
        return -1
    return verb.head.i if any(c.lower_ == "когда" for c in verb.children) else -1


_WHEN_CLAUSES = {"acl:relcl", "acl", "advcl"}


def verbs_own_date(ctx: Context, sent: Sent, verb: Token) -> str:
    """The first date in the sentence a word of which hangs on `verb` itself, "" for none: a
    change told by a verb coordinated with another is dated by its own clause alone
    ("разорваны в 2016 году и восстановлены в 2023 году": 2023, not the nearer of two), or
    by the years it counts from the date before ("…, а спустя два года восстановлены")."""
    if lapsed := _lapse_date(ctx, sent, verb):
        return lapsed
    for d, span in _dated_spans(ctx, sent):
        value = d.value or _decade(d.text)
        if value and span is not None and any(t.head.i == verb.i for t in span):
            return value
    return ""


def _started(anchor: Token, told: str) -> tuple[str, bool] | None:
    """The year a level started that the text counts the years of, told back from the year
    told ("в этом году исполняется 27 лет стратегическому партнёрству" in 2026: since 1999,
    "отмечают 25-летие стратегического партнёрства"), which it holds since; None where it
    counts none."""
    years = anniversary_years(anchor)
    if not years or not told[:4].isdigit():
        return None
    return str(int(told[:4]) - years), True


def anniversary_years(anchor: Token) -> int:
    """How many years a level's anniversary counts: "25-летие" or "25-я годовщина" on the
    level noun or above it, also across its setting up ("25-летие стратегического
    партнёрства", "40-ю годовщину установления дипломатических отношений"), "N лет" that
    "исполняется" gives the level in the dative ("исполнилось 20 лет стратегическому
    партнёрству"), or "N лет со дня/с момента" its setting up ("исполнилось 60 лет со дня
    установления дипломатических отношений"); 0 for none ("в последнее десятилетие",
    "исполнилось 27 лет со дня рождения", "30-летие восстановления …")."""
    counted = anchor.head if anchor.head.lemma_ in _SETTING_UP and anchor.dep_ == "nmod" else anchor
    words = (anchor,) if counted is anchor else (anchor, counted)
    near = [c for x in words for c in x.children if c.dep_ in ("amod", "nummod", "nmod")]
    near += [counted.head] if counted.dep_ == "nmod" else []
    if counted is not anchor and counted.i:  # "25-летие установления …" parsed apart
        near.append(counted.doc[counted.i - 1])
    if years := next((n for x in near if (n := _jubilee(x))), 0):
        return years
    if years := _years_since_day(anchor):
        return years
    verb = anchor.head
    if verb.lemma_ not in _TURNING or "Dat" not in anchor.morph.get("Case"):
        return 0
    counts = (g for c in verb.children if c.lemma_ == "год" and c.i != anchor.i
              for g in c.children if g.dep_ == "nummod" and g.text.isdigit())  # fmt: skip
    return next((int(g.text) for g in counts), 0)


def _years_since_day(anchor: Token) -> int:
    """The N of "N лет со дня/с момента" the level's setting up (`_setting_up_since`), else 0."""
    noun = _setting_up_since(anchor)
    if noun is None or noun.head.dep_ != "nmod" or noun.head.head.lemma_ != "год":
        return 0
    counts = (g for g in noun.head.head.children if g.dep_ == "nummod" and g.text.isdigit())
    return next((int(g.text) for g in counts), 0)


def _jubilee(t: Token) -> int:
    """The years of a numbered anniversary word ("25-летие", "30-летия") or of a numbered
    "годовщина" ("40-ю годовщину"), else 0."""
    found = re.match(r"(\d+)-?лети", t.lower_)
    if found:
        return int(found[1])
    if t.lemma_ != "годовщина":
        return 0
    numbers = (re.match(r"(\d+)-?[а-я]{0,2}$", c.lower_) for c in t.children if c.dep_ == "amod")
    return next((int(n[1]) for n in numbers if n), 0)


def taken_up_today(anchor: Token) -> bool:
    """A level a later clause of its sentence takes up by a pronoun in the present ("В 2008
    году наши страны установили стратегическое партнёрство, и сегодня мы выводим его на новый
    уровень"): it holds today, since its date however long ago; not where the pronoun stands
    for another noun ("… и подписали договор, и сегодня мы выполняем его"), nor in the past,
    the future or denied ("а в 2015 году заморозили его", "но не развиваем его")."""
    verb = next((t for t in [anchor, *anchor.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    later = [c for c in verb.children if c.dep_ in ("conj", "parataxis") and c.i > anchor.i]
    meant = {anchor.i, anchor.head.i} if anchor.dep_ == "nmod" else {anchor.i}
    for clause in later:
        pronouns = [c for c in clause.children if c.lemma_ == "он" and c.pos_ == "PRON"
                    and c.dep_ in (*SUBJECTS, "obj")]  # fmt: skip
        taken = any((a := argument_before(p, 0)) is not None and a.i in meant for p in pronouns)
        if taken and is_present(clause) and may_be_present(clause) and not negated(clause):
            return True
    return False


def reported_date(ctx: Context, sent: Sent, anchor: Token) -> tuple[str, bool]:
    """The date the sentence after the level's gives its report, for a level its own sentence
    does not date ("Египет и Турция возобновили дипломатические отношения. Об этом 4 июля
    2023 года сообщили МИД двух стран": 2023-07-04), the day of the decision it tells
    ("Решение было принято 30 сентября 2022 года"), or the time it says a level told done by
    a past verb happened ("Это произошло в 2015 году"): a date on the verb that points back;
    with whether it is a decision's, which says since when the level holds, so that however
    long ago it is no past level ("Такое решение было принято ещё в 1998 году")."""
    back = pointing_back(ctx, sent)
    decision = None if back else _decision_taken(ctx, sent)
    verb = back or decision or (_happened(ctx, sent) if _told_done(anchor) else None)
    if verb is None:
        return "", False
    report = verb.sent
    for d, span in _dated_spans(ctx, report):
        if d.value and span is not None and any(t.head.i == verb.i for t in span):
            return d.value, verb is decision
    return "", False


def _told_done(anchor: Token) -> bool:
    """A level its clause tells done by a past verb ("подняли отношения до уровня …",
    "установили партнёрство"), which "Это произошло …" may date; not one a copula or a
    present verb tells held ("являются стратегическими партнёрами")."""
    verb = _level_verb(anchor)
    return verb is not None and verb.pos_ == "VERB" and "Past" in verb.morph.get("Tense")


def _happened(ctx: Context, sent: Sent) -> Token | None:
    """The verb of happening of the sentence after `sent` whose subject is "это" ("Перу и
    Боливия подняли отношения до уровня стратегического партнёрства. Это произошло в 2015
    году"; `befell` words, as events read them): it tells when what `sent` told took place;
    not negated."""
    if sent.end >= len(ctx.doc):
        return None
    befell = role_words()["befell"]
    return next((t for t in ctx.doc[sent.end].sent
                 if t.lemma_ in befell and t.pos_ in ("VERB", "AUX") and not negated(t)
                 and any(c.dep_ == "nsubj" and c.lower_ == "это" for c in t.children)),
                None)  # fmt: skip


def _decision_taken(ctx: Context, sent: Sent) -> Token | None:
    """The verb of the sentence after `sent` that says the decision it told was taken
    ("Соответствующее решение было принято …", "Это решение правительство приняло …"); not
    a decision on another thing ("Решение о строительстве моста было принято …")."""
    if sent.end >= len(ctx.doc):
        return None
    return next((t for t in ctx.doc[sent.end].sent
                 if t.lemma_ in _TAKING and is_predicate(t) and not negated(t)
                 and any(c.lemma_ == "решение" and c.dep_ in ("nsubj:pass", "obj")
                         and not any(g.dep_ in ("nmod", "acl", "acl:relcl") for g in c.children)
                         for c in t.children)),
                None)  # fmt: skip


def _verbs_date_on_level(anchor: Token, span: Span) -> bool:
    """A date "в …" the parse hangs on a level noun that is a verb's object or oblique
    ("объявили о стратегическом партнёрстве в 2024 году"): the verb's, as "в 2024 году
    объявили о партнёрстве" is; not a date of another preposition ("партнёрство до 2030
    года")."""
    return (
        anchor.dep_ in ("obj", "obl")
        and anchor.head.pos_ == "VERB"
        and any(t.head.i == anchor.i for t in span)
        and span.start > 0
        and span.doc[span.start - 1].lower_ in ("в", "во")
    )


def _opens_contrast_after(anchor: Token, span: Span) -> bool:
    """A date that opens a clause of contrast after the level, gapped or not ("в 2008 году
    подняли отношения до уровня стратегического партнёрства, а в 2020 году — до
    всеобъемлющего …", the parse hanging both dates on the one verb): the next level's."""
    at = span.start - (span.doc[span.start - 1].lower_ in ("в", "во"))
    if at - 2 <= anchor.i:
        return False
    return span.doc[at - 1].lower_ in CONTRAST and span.doc[at - 2].text == ","


def _ends_verbs_clause(verb: Token | None, span: Span) -> bool:
    """A date after the level's verb that the parse hangs on the verb of the next clause,
    before that clause's edge (", а", ";", "и": `_clause_edge`; "установили дипломатические
    отношения в 1965 году, а в 2015 году подняли их до уровня …": "в 1965 году" on
    "подняли"): the level verb's, whose clause it ends; the later clause's level does not
    take it."""
    later = span.root.head
    if verb is None or not verb.i < span.start or later.i < span.end:
        return False
    return later.head.i == verb.i and _clause_edge(span[-1], later)


def _opens_verbs_clause(verb: Token | None, span: Span) -> bool:
    """A date before the level's verb, after a clause edge, that the parse hangs on the verb
    of the clause before ("установили дипломатические отношения в 1962 году; в 2014 году
    отношения были повышены до уровня …": "в 2014 году" on "установили"): the level verb's,
    whose clause it opens."""
    earlier = span.root.head
    if verb is None or not earlier.i < span.start or verb.i < span.end:
        return False
    return verb.head.i == earlier.i and _clause_edge(earlier, span[0])


def _opens_first_verb(verb: Token | None, span: Span) -> bool:
    """A date before the first of two coordinated verbs, hung on it, that the level's verb
    shares ("12 ноября президенты Египта и Индии подписали договор … и подняли отношения до
    уровня стратегического партнёрства": the raise's day too); a date of its own is nearer,
    and one across a clause's edge is not the level's (`_clause_edge`)."""
    if verb is None or verb.dep_ != "conj":
        return False
    first = verb.head
    return first.i < verb.i and span.end <= first.i and span.root.head.i == first.i


def _clause_edge(a: Token, b: Token) -> bool:
    """Whether a clause with a verb of its own opens between two words of a sentence: after
    ", а", ", но" (`contrast_between`), after ";", or at "и" before a verb coordinated with
    one before the earlier word ("установили дипломатические отношения в 1962 году и в 2014
    году подняли их до уровня …"; not "В 2014 году подписали договор и подняли …", whose
    opening date is both verbs'): a date on one side is not the other clause's level's."""
    if contrast_between(a, b):
        return True
    lo, hi = sorted((a.i, b.i))
    return any(w.text == ";" or _and_opens(w, lo) for w in a.doc[lo + 1 : hi])


def _and_opens(w: Token, lo: int) -> bool:
    """ "и" that opens a clause of its verb, coordinated with a verb before word `lo`."""
    verb = w.head
    if w.lower_ != "и" or w.dep_ != "cc" or verb.pos_ not in ("VERB", "AUX") or verb.i < w.i:
        return False
    return verb.dep_ in ("conj", "parataxis") and verb.head.i <= lo


def _since_after_level(anchor: Token, span: Span) -> bool:
    """A date "с …" right after the level noun, wherever the parse hangs it ("являются
    стратегическими партнёрами с 1998 года, напомнил Макрон, прибывший в …": on the
    participle): the level's since then."""
    return span.start == anchor.i + 2 and span.doc[anchor.i + 1].lower_ in ("с", "со")


def _since_set_up(anchor: Token, span: Span) -> bool:
    """A date right after a level whose setting up a time "с" runs from, wherever the parse
    hangs it ("Со времени установления стратегического партнёрства в 2013 году товарооборот
    вырос вдвое", "с момента установления … в 2015 году"): the level's since then."""
    noun = _setting_up_since(anchor)
    if noun is None:
        return False
    edge = anchor.right_edge.i
    between = span.doc[edge + 1 : span.start]
    return (
        span.start > edge
        and len(between) <= 1
        and all(t.pos_ == "ADP" for t in between)
        or any(t.head.i == noun.i for t in span)
    )


def _setting_up_since(anchor: Token) -> Token | None:
    """The noun of a level's setting up a time "с" runs from ("со времени установления
    стратегического партнёрства", "с момента установления …"), else None."""
    noun, time = anchor.head, anchor.head.head
    if anchor.dep_ != "nmod" or noun.lemma_ not in _SETTING_UP or noun.dep_ != "nmod":
        return None
    return noun if time.lemma_ in _DAY and preposition(time) in ("с", "со") else None


def told_set_up(anchor: Token) -> bool:
    """Whether the text tells the level set up by a participle, a relative clause
    (`_founding`) or a time since its setting up (`_setting_up_since`)."""
    return bool(_founding(anchor)) or _setting_up_since(anchor) is not None


def _in_verbs_clause(verb: Token | None, span: Span) -> bool:
    """A date "в …" the parse hangs on a noun of the level verb's clause that no other verb
    stands between ("понизили уровень отношений до поверенных в делах в 2024 году": on
    "поверенных"): the verb's; not one of a participle's or another clause's ("соглашение,
    подписанное в 2015 году"), of another preposition ("до 2030 года"), nor of an act the
    change came after or from ("после разрыва отношений в 2024 году")."""
    head = next((t for t in span if t.head.i not in range(span.start, span.end)), span[0])
    if verb is None or head.head.i == head.i or preposition(head) != "в":
        return False
    t = head.head
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        if preposition(t) in AFTER:
            return False  # "ухудшились после разрыва отношений в 2024 году": the cut's date
        t = t.head
    return t.i == verb.i


def _founding(anchor: Token) -> set[int]:
    """Participles that set up the level or its relations ("партнёрство, установленное в
    2013 году", "отношения …, установленные в 2013 году", "партнёрство, заключённое в 2018
    году"), and relative clauses that did
    (`_reached_in_relative`): a date on them is since when."""
    return {
        c.i
        for x in (anchor, anchor.head)
        for c in x.children
        if c.dep_ == "acl" and c.lemma_ in FOUNDING and "Part" in c.morph.get("VerbForm")
    } | _reached_in_relative(anchor)


def _reached_in_relative(anchor: Token) -> set[int]:
    """Relative clauses that set the level up or raised the relations to it, wherever the
    parse hangs them (on the level, its owners or the noun it hangs on): "стратегического
    партнёрства двух стран, отношения которых были подняты до этого уровня в январе 2023
    года", "партнёрства, которое было установлено в 2019 году", "партнёрства, до уровня
    которого отношения были подняты в 2022 году"; a past perfective verb of reaching, not
    negated, told of the level ("который" its passive subject, or its object where the clause
    hangs on the level: "партнёрство, которое страны установили в 2017 году") or of a level
    ("уровень" its oblique). Not a clause of the owners' own acts ("двух стран, которые
    установили дипломатические отношения в 1990 году")."""
    owners = [c for c in anchor.children if c.dep_ == "nmod"]
    found = set()
    for x in (anchor, anchor.head, *owners):
        for c in x.children:
            if c.dep_ != "acl:relcl" or not _reached(c):
                continue
            told = [g for g in c.children if g.lemma_ == "уровень" and g.dep_ == "obl"]
            told += [g for g in c.children if g.lemma_ == "который" and g.dep_ == "nsubj:pass"]
            # "партнёрство, которое страны установили в 2017 году": the level the object
            told += [g for g in c.children if g.lemma_ == "который" and g.dep_ == "obj"
                     and x is anchor]  # fmt: skip
            if told and any(w.lemma_ == "который" for w in c.subtree):
                found.add(c.i)
    return found


def _reached(verb: Token) -> bool:
    """A past perfective verb of reaching a level, not negated ("были подняты", "было
    установлено"; not "будут подняты", "не были подняты")."""
    done = "Past" in verb.morph.get("Tense") and "Perf" in verb.morph.get("Aspect")
    return verb.lemma_ in _REACHING and done and not negated(verb)


def _decade(text: str) -> str:
    """ "1950-х годах" → "1950"; "90-е годы" → "1990"."""
    found = re.match(r"(\d{2}|\d{4})-[ех]", text)
    if found is None:
        return ""
    year = found[1]
    return year if len(year) == 4 else ("19" if year >= "30" else "20") + year
