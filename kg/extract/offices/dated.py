"""The start and end of an office the text gives, from the dates the parse hangs on the word
that tells it. A date of taking the office starts it ("назначен министром 1 февраля",
"избран президентом в 2018 году", "вступил в должность 20 января", "назначенный в 2019 году
министр"), one of leaving it ends it ("покинул пост в марте", "освободил от должности 5
марта"; a leaving in the news present with no day of its own at the document's date:
"покидает пост"), and "с", "до", "по" bound any ("с 2019 года занимает пост", "занимал пост посла с
2010 по 2015 год", "занимавшая пост до отставки в 2021 году"); a point date of holding it
("в 2015 году был депутатом") is neither. A date of another verb ("назначенный в 2019 году
министр 3 марта посетил Ханой": 2019, not 3 March), of a noun ("после выборов 2019 года"),
of a predecessor ("после отставки Y в мае") or of what is planned ("будет назначен в июне")
dates nothing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from kg.extract.common.date_bounds import Dates, bound
from kg.extract.common.dates import year_by_tense
from kg.lexicon import load_list
from kg.nlp.deps import (
    SUBJECTS,
    acted_on,
    agent,
    has_fixed_preposition,
    negated,
    preposition,
    told_ahead,
)
from kg.nlp.marks import DASHES_OR_HYPHEN
from kg.nlp.morph import features, is_present
from kg.resolve.given_agreement import GivenOffice
from kg.resolve.given_appointments import LEAVING_WORDS, REMOVING_WORDS
from kg.resolve.title_lexicon import post_nouns

TAKING_WORDS = Path(__file__).with_name("taking_words.txt")
RENEWAL_WORDS = Path(__file__).with_name("renewal_words.txt")
# Nouns of the post itself, which a date may hang on for the verb ("занимал пост с 2010 года").
_POSTS = post_nouns("post", "seat", "capacity", "throne") | {"отставка"}
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_RANGE = re.compile(r"((?:19|20)\d\d)[-–—](?:19|20)\d\d")
_ARGUMENTS = frozenset(["obj", "iobj", "obl", "xcomp"])  # what a verb of a post takes


class Term(NamedTuple):
    """What the text tells of an office's term: its start and end ("" where it tells none),
    and whether it tells the holder left it ("Министр X ушёл в отставку"), so the office is
    a past one."""

    start: str
    end: str
    left: bool


def term_dates(doc: Doc, dates: Dates, given: GivenOffice, name: Span, doc_date: str) -> Term:
    """The term of the office `given` gives the name, as far as the text tells it."""
    inside = {i for first, (last, _) in dates.items() for i in range(first, last)}
    verb = doc[given.verb] if given.verb >= 0 else _beside_verb(doc, given, name, inside)
    if verb is None or not _told(verb):
        return Term("", "", False)
    leaving = verb.lemma_ in LEAVING_WORDS
    announced = leaving and is_present(verb)  # "уходит в отставку": still held
    point = "end" if leaving else ""
    point = "start" if verb.lemma_ in load_list(TAKING_WORDS) and not _renewed(verb) else point
    office = set(range(given.title.start, given.title.end))
    found = {"start": "", "end": ""}
    opened = False  # the date before was a start after "с": "с 2005 года по 2010 год"
    for first, (last, d) in dates.items():
        if not _hangs_on(doc[first:last].root, verb, office | inside):
            continue
        opening = _range_opening(doc, first) if not point and not bound(doc[first]) else ""
        if opening and not (found["start"] or found["end"]):
            found = {"start": opening, "end": d.value}  # "в 2010–2014 годах занимал пост"
            continue
        which = bound(doc[first]) or _until_leaving(doc[first]) or point
        if which == "end" and point == "start" and not opened:
            continue  # "назначен до 2026 года": a term set, not an end told
        if which in found and not found[which]:
            # what holds or changes an office is told in the past: the last such day or
            # month up to the document ("вступил в должность 20 декабря" in a January text);
            # a leaving announced, the next ("уходит в отставку 9 июня" in a May text)
            tense = "future" if announced and which == "end" else "past"  # not its start
            told = year_by_tense(d.value, doc_date, tense, by_day=True)
            found[which] = told if d.yearless else d.value
        opened = bound(doc[first]) == "start"
    if announced and not found["end"] and doc_date:
        # "Тамм покидает пост министра", "уходит в отставку": the news present of a
        # leaving no day is told for happens at the document's date, as "покинул" did
        found["end"] = doc_date[:10]
    left = leaving and (not announced or _by(found["end"], doc_date))
    then_left = None if leaving else _left_after(verb, inside, name.root)
    if then_left is not None:
        found["end"] = found["end"] or _end_told(doc, dates, then_left, inside, doc_date)
    return Term(found["start"], found["end"], left or then_left is not None)


_BRACKETED = re.compile(r"\s*\(\s*((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\s*(?:гг?\.?\s*)?\)")


def bracketed_term(text: str, title_end: int, doc_date: str) -> Term | None:
    """The term a range of years in brackets right after a title tells, as in a list of
    posts ("Министр внутренних дел Чили (2001—2003), председатель сената (2003—2011)"): it
    starts and ends with them, and is left where it ends before the document's year or the
    document has none. Not the years after a name ("министр Хуан Перес (1950—2010)": his
    life), which no title ends right before."""
    found = _BRACKETED.match(text, title_end)
    if found is None or found.group(1) > found.group(2):
        return None
    left = not doc_date or found.group(2) < doc_date[:4]
    return Term(found.group(1), found.group(2), left)


_SPANNED = re.compile(
    r"\s*,?\s*с\s+((?:19|20)\d\d)(?:\s*(?:года|г\.))?\s+по\s+((?:19|20)\d\d)"
    r"(?:\s*(?:год|годы|гг?\.))?(?=[\s,.;:)!?]|$)"
)


def spanned_term(text: str, title_end: int, doc_date: str) -> Term | None:
    """The term "с … по …" years right after a title of no verb tells ("Рикардо Лагос —
    президент Чили с 2000 по 2006 год"), as `bracketed_term` reads one in brackets: it starts
    and ends with them, left where it ends before the document's year or the document has
    none. Not years after the name ("министр Хуан Перес с 2000 по 2006 год жил в Лиме"),
    which no title ends right before. Pass forty-five, own sentences (h-offices50)."""
    found = _SPANNED.match(text, title_end)
    if found is None or found.group(1) > found.group(2):
        return None
    left = not doc_date or found.group(2) < doc_date[:4]
    return Term(found.group(1), found.group(2), left)


def _range_opening(doc: Doc, i: int) -> str:
    """The first year of a range of years whose last starts at token `i` ("2010–2014
    годах", one token or three): a holding told over a range starts and ends with it."""
    joined = _YEAR_RANGE.fullmatch(doc[i].text)
    if joined:
        return joined.group(1)
    dashed = i >= 2 and doc[i - 1].text in DASHES_OR_HYPHEN and _YEAR.fullmatch(doc[i - 2].text)
    return doc[i - 2].text if dashed else ""


def _left_after(verb: Token, dated: set[int], holder: Token) -> Token | None:
    """A verb of leaving the post joined to the one that tells the holding, with no subject
    of its own and no other office ("был назначен министром в 2015 году, а в 2018 году ушёл
    в отставку", "… и покинул свой пост в 2018 году"): the holder left that office. Not one
    told in the present ("… и уходит в отставку": announced), ahead or denied, nor another's
    ("…, а в 2018 году Y ушёл в отставку")."""
    for c in verb.children:
        if (
            _joined(c)
            and c.lemma_ in LEAVING_WORDS
            and not is_present(c)
            and _told(c)
            and not any(s.dep_ in SUBJECTS for s in c.children)
            and _bare_post(c, dated, holder)
        ):
            return c
    return None


def _joined(verb: Token) -> bool:
    """A verb joined to its head: its conjunct, or one the parser hangs on it as parataxis
    though a conjunction joins them (", а в марте покинул свой пост")."""
    if verb.dep_ == "conj":
        return True
    return verb.dep_ == "parataxis" and any(c.dep_ == "cc" for c in verb.children)


def _end_told(doc: Doc, dates: Dates, verb: Token, dated: set[int], doc_date: str) -> str:
    """The date the leaving verb takes ("в 2018 году ушёл"), as the end of the term."""
    for first, (last, d) in dates.items():
        if bound(doc[first]) != "start" and _hangs_on(doc[first:last].root, verb, dated):
            return year_by_tense(d.value, doc_date, "past", by_day=True) if d.yearless else d.value
    return ""


def _by(day: str, doc_date: str) -> bool:
    """A day told that is the document's date or before it, or a month or year wholly
    before the document's: a leaving announced for it has happened ("1 марта 2024 года
    уходит в отставку" in a May text), not one for the document's own month or year ("в
    мае уходит в отставку" in a text of 2 May)."""
    if not (day and doc_date):
        return False
    if len(day) >= 10:
        return day[:10] <= doc_date[:10]
    return day < doc_date[: len(day)]


def _renewed(verb: Token) -> bool:
    """A taking that renews an office held before ("вновь избран", "повторно назначен",
    "избран на второй срок"; "переизбран" is no taking word at all): its date is not when
    the office began."""
    renewal = load_list(RENEWAL_WORDS)
    return any(
        c.lemma_ in renewal or (c.lemma_ == "срок" and any(a.lemma_ in renewal for a in c.children))
        for c in verb.children
    )


def _told(verb: Token) -> bool:
    """The word tells what is or was, not what is planned or denied ("будет назначен",
    "рассчитывает быть избранным", "не был назначен")."""
    return not told_ahead(verb) and not negated(verb)


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
    and which names no other office ("Министр финансов X покинул свой пост в марте",
    "отправлен в отставку парламентом"), or of removing, whose object it is ("отправил в
    отставку министра обороны X")."""
    for holder in (*title_words(doc, given), name.root):
        for c in holder.children:
            participle = c.dep_ in ("acl", "amod") and "Part" in c.morph.get("VerbForm")
            if participle and _bare_post(c, dated, holder):
                return c
        verb = holder.head
        if _holder_of(holder, verb) and verb.pos_ == "VERB" and _bare_post(verb, dated, holder):
            return verb if any(c.lemma_ in _POSTS for c in verb.children) else None
    return _throne_next(doc, given, name, dated)


def title_words(doc: Doc, given: GivenOffice) -> tuple[Token, ...]:
    """The title's head where the title is the name's own; none for one read off another
    name (`GivenOffice.borrowed`): a participle or clause on it dates that other person
    ("Министр X, назначенный 3 марта, сменил на посту Y": X's start, not Y's)."""
    return () if given.borrowed else (doc[given.title.head],)


_THRONES = post_nouns("throne")


def _pronouns_holder(title: Token, name: Token, pronoun: Token) -> bool:
    """The holder is the one the next sentence's pronoun stands for: the sentence's subject,
    or one of the pronoun's gender beside a subject of the other ("правительница сменила
    скончавшегося короля Таиланда X. Он взошёл на престол")."""
    gender = features(pronoun, "Gender")
    if features(title, "Gender") not in ((), gender):
        return False  # "королева … Он вступил на престол": not hers
    if title.dep_ in SUBJECTS or name.dep_ in SUBJECTS:
        return True
    subjects = [c for c in title.sent.root.children if c.dep_ in SUBJECTS]
    other = bool(subjects) and all(features(s, "Gender") not in ((), gender) for s in subjects)
    return other and bool(gender) and features(title, "Gender") == gender


def _throne_next(doc: Doc, given: GivenOffice, name: Span, dated: set[int]) -> Token | None:
    """The verb of taking the throne the next sentence tells of the name by a pronoun that
    opens it ("Король Норвегии X долго болел. Он вступил на престол в 1957 году."), where
    the name is its own sentence's subject. Forty-fifth pass, own sentences (h-events117)."""
    if name.sent.end >= len(doc):
        return None
    first = doc[name.sent.end]
    if first.pos_ != "PRON" or first.lemma_ not in {"он", "она"} or first.dep_ not in SUBJECTS:
        return None
    if not _pronouns_holder(doc[given.title.head], name.root, first):
        return None
    verb = first.head
    if verb.pos_ != "VERB" or not any(c.lemma_ in _THRONES for c in verb.children):
        return None
    return verb if _bare_post(verb, dated, first) else None


def _holder_of(holder: Token, verb: Token) -> bool:
    """Whether the verb tells of the holder's post: its subject, unless it removes someone
    else ("Президент X уволил министра"), or the one it removes ("отправил в отставку
    министра X", "X отправлен в отставку")."""
    if verb.lemma_ in REMOVING_WORDS:
        return acted_on(holder, verb)
    return holder.dep_ in SUBJECTS


def _bare_post(verb: Token, dated: set[int], holder: Token) -> bool:
    """A word of taking or leaving a post whose only objects are that post and dates, beside
    a reason ("в связи с истечением срока") and the one who removes ("парламентом"):
    "назначенный на этот пост", "покинул свой пост", "ушёл в отставку"; not "назначенный
    послом" (that office is another, given by `given_offices` with this verb), "избранный в
    парламент", "ушёл с поста главы партии"."""
    if verb.lemma_ not in load_list(TAKING_WORDS) | LEAVING_WORDS:
        return False
    args = [
        c for c in verb.children
        if c.dep_ in _ARGUMENTS and c.i not in dated and c.i != holder.i
        and not has_fixed_preposition(c) and not agent(c, verb)
    ]  # fmt: skip
    return all(c.lemma_ in _POSTS and not any(g.dep_ == "nmod" for g in c.children) for c in args)
