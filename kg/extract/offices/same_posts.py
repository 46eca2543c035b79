"""A person's rows of one post named twice are one row ("нынешнего спикера парламента X …
спикер X": "спикер парламента"; "бывший глава генштаба X … бывший начальник генерального
штаба X": one post of two names): the row of the fuller name kept, its evidence joined (pass
forty-six, own sentences, h-offices56); so are a state's head of government's by two names
("премьер-министр", "председатель совета министров": the first the text used; h-names115).
Posts of other words stay apart ("министр финансов", "министр экономики"; "вице-премьер",
"премьер-министр")."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from kg.extract.offices.fact import OfficeHolding
from kg.gazetteer import normalize
from kg.lexicon import load_rows
from kg.nlp.morph import morph
from kg.resolve.title_lexicon import GOVERNMENT_HEADS

_NAMES = Path(__file__).with_name("same_post_names.tsv")


@cache
def _names() -> dict[str, str]:
    """Each office's name → its post's first name (`same_post_names.tsv`)."""
    out: dict[str, str] = {}
    for row in load_rows(_NAMES):
        names = [normalize(n) for n in row]
        out.update((n, names[0]) for n in names)
    return out


def one_post_rows(
    holdings: list[OfficeHolding], same_post: Callable[[str, str], bool]
) -> list[OfficeHolding]:
    """The holdings with each text row whose post another text row of the same person, time
    (current or past) and state (or none) names more fully (`same_post`: "спикер" and
    "спикер парламента") or by another name of it (`same_post_names.tsv`) joined to it."""
    rows = [h for h in holdings if h.basis == "text"]
    gone: set[int] = set()
    for h in rows:
        for k in rows:
            if h is k or id(h) in gone or id(k) in gone:
                continue
            if h.person != k.person or h.past != k.past or not _fuller(k, h, same_post):
                continue
            if h.state and k.state and h.state != k.state:
                continue
            k.state = k.state or h.state
            k.start, k.end, k.date = k.start or h.start, k.end or h.end, k.date or h.date
            k.evidence = sorted({*k.evidence, *h.evidence}, key=lambda s: (s.start, s.end))
            gone.add(id(h))
    return [h for h in holdings if id(h) not in gone]


def _fuller(k: OfficeHolding, h: OfficeHolding, same_post: Callable[[str, str], bool]) -> bool:
    """Whether k's office names h's post more fully (a one-word office and its field or body
    after it, a qualifying adjective before it, or `same_post`) or is its post's first
    name."""
    told, bare = normalize(k.office), normalize(h.office)
    if told == bare:
        return False
    if told in GOVERNMENT_HEADS and bare in GOVERNMENT_HEADS:
        return _one_government(k, h)
    names = _names()
    if bare in names and names.get(told) == names[bare]:
        return told == names[bare] or (names[bare] != bare and len(told) > len(bare))
    if " " not in bare and told.startswith(bare + " "):
        return True  # "министр" of the one "министр финансов" told
    if bare in _GENERIC_HEADS and told in _HEADS and h.state == k.state:
        return h.state.startswith("org/")  # "глава ЦРУ" of the one "директор ЦРУ" told
    extra = told.removesuffix(" " + bare)
    if extra != told and all(_qualifier(w) for w in extra.split()):
        return True  # "наследный принц" of the one "принц" told
    return same_post(told, bare)


def _one_government(k: OfficeHolding, h: OfficeHolding) -> bool:
    """Whether k's title of a state's head of government is the one h's other name of the
    post joins ("премьер-министр Ливана X … председатель Совета министров Ливана X", no
    gazetteer term to make them one): one state told by both, k's the title the text used
    first. Fifty-fifth pass (h-names115)."""
    first = min((s.start for s in k.evidence), default=-1)
    later = min((s.start for s in h.evidence), default=-1)
    return bool(k.state) and k.state == h.state and first < later


# A body's head by a generic word, and the titles of a body's one head: of the same
# organization (no state: "глава государства" is its own), one post ("сменила на посту
# главы Codelco X" beside "директор Codelco"). Pass forty-seven, own sentences (h-offices60).
_GENERIC_HEADS = frozenset({"глава", "руководитель"})
_HEADS = frozenset({"директор", "генеральный директор", "председатель", "президент",
                    "руководитель", "управляющий"})  # fmt: skip


# Adjectives that make another post of a title ("первый заместитель", "главный тренер")
_RANKING = frozenset({"первый", "второй", "главный", "старший", "младший", "исполнительный"})


def _qualifier(word: str) -> bool:
    """An adjective before a title that names the same post ("наследный", "генеральный"),
    not one that ranks another (`_RANKING`)."""
    parse = morph().parse(word)[0]
    return parse.tag.POS == "ADJF" and parse.normal_form not in _RANKING
