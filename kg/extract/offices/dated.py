"""The start and end of an office the text gives, from the dates the parse hangs on the word
that tells it. A date of taking the office starts it ("назначен министром 1 февраля",
"избран президентом в 2018 году", "вступил в должность 20 января", "назначенный в 2019 году
министр"), one of leaving it ends it ("покинул пост в марте", "освободил от должности 5
марта"), and "с", "до", "по" bound any ("с 2019 года занимает пост", "занимал пост посла с
2010 по 2015 год", "занимавшая пост до отставки в 2021 году"); a point date of holding it
("в 2015 году был депутатом") is neither. A date of another verb ("назначенный в 2019 году
министр 3 марта посетил Ханой": 2019, not 3 March), of a noun ("после выборов 2019 года"),
of a predecessor ("после отставки Y в мае") or of what is planned ("будет назначен в июне")
dates nothing."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.extract.common.date_bounds import Dates, bound
from kg.extract.common.dates import year_by_tense
from kg.lexicon import load_list
from kg.nlp.deps import SUBJECTS, has_fixed_preposition, negated, preposition
from kg.nlp.morph import is_infinitive
from kg.resolve.given import LEAVING_WORDS, GivenOffice

TAKING_WORDS = Path(__file__).with_name("taking_words.txt")
# Nouns of the post itself, which a date may hang on for the verb ("занимал пост с 2010 года").
_POSTS = frozenset(["пост", "должность", "кресло", "качество", "отставка"])
_ARGUMENTS = frozenset(["obj", "iobj", "obl", "xcomp"])  # what a verb of a post takes


def term_dates(
    doc: Doc, dates: Dates, given: GivenOffice, name: Span, doc_date: str
) -> tuple[str, str]:
    """(start, end) of the office `given` gives the name, "" where the text tells none."""
    inside = {i for first, (last, _) in dates.items() for i in range(first, last)}
    verb = doc[given.verb] if given.verb >= 0 else _beside_verb(doc, given, name, inside)
    if verb is None or not _told(verb):
        return "", ""
    point = "end" if verb.lemma_ in LEAVING_WORDS else ""
    point = "start" if verb.lemma_ in load_list(TAKING_WORDS) else point
    office = set(range(given.title.start, given.title.end))
    found = {"start": "", "end": ""}
    opened = False  # the date before was a start after "с": "с 2005 года по 2010 год"
    for first, (last, d) in dates.items():
        if not _hangs_on(doc[first:last].root, verb, office | inside):
            continue
        which = bound(doc[first]) or _until_leaving(doc[first]) or point
        if which == "end" and point == "start" and not opened:
            continue  # "назначен до 2026 года": a term set, not an end told
        if which in found and not found[which]:
            # what holds or changes an office is told in the past: the last such day or
            # month up to the document ("вступил в должность 20 декабря" in a January text)
            past = year_by_tense(d.value, doc_date, "past", by_day=True)
            found[which] = past if d.yearless else d.value
        opened = bound(doc[first]) == "start"
    return found["start"], found["end"]


def _told(verb: Token) -> bool:
    """The word tells what is or was, not what is planned or denied ("будет назначен",
    "рассчитывает быть избранным", "не был назначен")."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]
    return not any(_ahead(t) for t in [verb, *helpers]) and not negated(verb)


def _ahead(t: Token) -> bool:
    """A future ("вступит", "будет", which the tagger may call present) or an infinitive."""
    tense = t.morph.get("Tense")
    perfective = "Perf" in t.morph.get("Aspect") and "Fin" in t.morph.get("VerbForm")
    ahead = bool(tense) and "Past" not in tense and (perfective or t.lemma_ == "быть")
    return "Fut" in tense or ahead or is_infinitive(t)


def _hangs_on(date: Token, verb: Token, between: set[int]) -> bool:
    """The date's root hangs on the verb, directly or through the office's own words and
    the other end of a range ("занимал пост посла с 2010 по 2015 год")."""
    t = date
    for _ in range(4):
        if t.head.i == verb.i:
            return True
        if t.head.i == t.i or t.head.i not in between:
            return False
        t = t.head
    return False


def _until_leaving(first: Token) -> str:
    """ "end" for a date right after "до отставки" or "до ухода" ("занимала пост до отставки
    в 2021 году"): the office ended then."""
    i = first.i - 1 if first.i > 0 and first.doc[first.i - 1].lower_ in ("в", "во") else first.i
    noun = first.doc[i - 1] if i > 0 else None
    leaving = noun is not None and noun.lemma_ in LEAVING_WORDS and preposition(noun) == "до"
    return "end" if leaving else ""


def _beside_verb(doc: Doc, given: GivenOffice, name: Span, dated: set[int]) -> Token | None:
    """For a title beside the name, the word that dates it: a participle of taking that post
    ("Назначенный в 2019 году министр обороны X", "Министр X, назначенный на этот пост в
    2022 году"), or a verb of taking or leaving a post of which the holder is the subject
    and which names no other office ("Министр финансов X покинул свой пост в марте")."""
    for holder in (doc[given.title.head], name.root):
        for c in holder.children:
            participle = c.dep_ in ("acl", "amod") and "Part" in c.morph.get("VerbForm")
            if participle and _bare_post(c, dated):
                return c
        verb = holder.head
        if holder.dep_ in SUBJECTS and verb.pos_ == "VERB" and _bare_post(verb, dated):
            return verb if any(c.lemma_ in _POSTS for c in verb.children) else None
    return None


def _bare_post(verb: Token, dated: set[int]) -> bool:
    """A word of taking or leaving a post whose only objects are that post and dates, beside
    a reason ("в связи с истечением срока"): "назначенный на этот пост", "покинул свой пост",
    "ушёл в отставку"; not "назначенный послом" (that office is another, given by
    `given_offices` with this verb), "избранный в парламент", "ушёл с поста главы партии"."""
    if verb.lemma_ not in load_list(TAKING_WORDS) | LEAVING_WORDS:
        return False
    args = [
        c for c in verb.children
        if c.dep_ in _ARGUMENTS and c.i not in dated and not has_fixed_preposition(c)
    ]  # fmt: skip
    return all(c.lemma_ in _POSTS and not any(g.dep_ == "nmod" for g in c.children) for c in args)
