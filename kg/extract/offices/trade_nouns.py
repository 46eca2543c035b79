"""A profession the text names a person by again: "Народный артист Франции Жан Дюваль
скончался в Париже. Тело актёра обнаружили соседи" gives Дюваль the profession актёр too,
where the text titled one person only with a profession of that field
(`trade_fields.tsv`): news names an actor, a singer or a footballer by his trade's other
word as often as by his name, and a reader records that word as what he does."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from kg.doc_text import doc_text
from kg.lexicon import load_rows
from kg.model import Mention
from kg.nlp.deps import copular
from kg.nlp.morph import UD_GENDER, features, morph
from kg.resolve.title_lexicon import Title

FIELDS = Path(__file__).with_name("trade_fields.tsv")

# Verbs whose instrumental tells what one is or becomes ("стал футболистом"): the noun is a
# predicate of its own subject, not a name of the one titled before.
_BEING = frozenset({"быть", "стать", "становиться", "являться", "работать", "считаться"})


@cache
def _table() -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[1].split()) for row in load_rows(FIELDS)}


@cache
def _positions() -> frozenset[str]:
    return frozenset(row[0] for row in load_rows(FIELDS) if row[2:] == ("position",))


def fields(office: str) -> frozenset[str]:
    """The fields of an office as kg stores it ("лидер рок-группы") or a lemma: the whole
    office's, else its first word's; none for an office of no listed field."""
    key = office.lower().replace("ё", "е")
    table = _table()
    return table.get(key) or table.get(next(iter(key.split()), ""), frozenset())


def named_again(
    doc: Doc,
    mentions: Iterable[Mention],
    titled: Mapping[str, Collection[str]],
    given: Collection[tuple[int, int]],
    titles: Iterable[Title],
    genders: Mapping[str, str],
) -> list[tuple[str, Token]]:
    """(person, noun) for each singular profession noun standing alone (no name beside it,
    no predicate of "стал", outside the `given` spans of the titles read) after the first
    mention of the one person `titled` (person → offices the text gives) holds a
    profession of its field; where two persons hold one, or a title of the field before a
    capitalised word gives no one it ("полузащитник «Порту» Отавиу" of a name not read),
    the noun names neither. Nor does it name one of the other gender (`genders`: person →
    "masc"/"femn" or ""): "певица" no man, "певец" no woman; nor anyone where another
    person of the noun's gender is named since the holder last was ("Народный артист X
    вручил премию коллеге Y. Актер поблагодарил жюри": the actor may be Y; not "жена
    Кинчева Александра … «не травмировать артиста»")."""
    first: dict[str, int] = {}
    people: list[tuple[int, str]] = []  # (start, person) of every person's mention
    named: set[int] = set()  # tokens of persons' names
    things: set[int] = set()  # tokens of states' and organizations' names
    states: set[int] = set()  # tokens of states' names
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        tokens = range(span.start, span.end) if span is not None else range(0)
        if m.type != "Person":
            things.update(tokens)
            states.update(tokens if m.type == "State" else ())
            continue
        people.append((m.start, m.entity))
        if m.via == "title":
            continue
        first[m.entity] = min(first.get(m.entity, m.start), m.start)
        named.update(tokens)
    strangers = [
        (title.start_char, title.office)
        for title in titles
        if _name_after(doc, title.end, things)
        and not any(start < title.end_char and title.start_char < end for start, end in given)
    ]
    out = []
    for t in doc:
        # a sentence's first noun the tagger may read as a name ("Рокера доставили …")
        noun = t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_sent_start and t.i not in named)
        own = fields(t.lemma_) if noun else frozenset()
        if not own or "Plur" in features(t, "Number") or _not_alone(t, named, given, states):
            continue
        gender = UD_GENDER.get((features(t, "Gender") or ("",))[0], "")
        holders = {
            person
            for person, offices in titled.items()
            if first.get(person, len(doc_text(doc))) < t.idx
            and any(_names(t.lemma_, own, o) for o in offices)
            and genders.get(person, "") in ("", gender)
        }
        holders |= {
            str(at) for at, office in strangers if at < t.idx and _names(t.lemma_, own, office)
        }
        others = [(at, p) for at, p in people if genders.get(p, "") in ("", gender)]
        if len(holders) == 1 and not _named_between(others, holders, t.idx):
            out.append((holders.pop(), t))
    return out


def _named_between(people: list[tuple[int, str]], holders: set[str], at: int) -> bool:
    """Another person of `people` is mentioned between the holder's last mention (a
    stranger's title, keyed by its start) and the noun at `at`."""
    holder = next(iter(holders))
    ends = [start for start, person in people if person == holder and start < at]
    last = max(ends, default=int(holder) if holder.isdigit() else at)
    return any(last < start < at and person != holder for start, person in people)


def _names(lemma: str, own: frozenset[str], office: str) -> bool:
    """The noun of fields `own` names a holder of `office`: a word of the whole field
    ("футболист") one of any place in it, a position ("вратарь") only its own holder, not
    the forward of "Нападающий X забил гол … Вратарь не смог отразить удар"."""
    key = lemma.replace("ё", "е")
    if key in _positions():
        return office.lower().replace("ё", "е").split()[:1] == [key]
    return bool(own & fields(office))


def _name_after(doc: Doc, i: int, things: set[int]) -> bool:
    """A capitalised word follows the title at token `i`, past a quoted name ("полузащитник
    «Порту» Отавиу"): a name, read or not; not a state's or organization's (`things`), nor
    a word the dictionary knows in the genitive, the body the title serves ("Форвард Реала
    написал", which the tagger may read as a name)."""
    quoted = False
    for t in doc[i : i + 6]:
        if t.text in ("«", "»"):
            quoted = t.text == "«"
        elif t.is_quote:
            quoted = not quoted
        elif not quoted and not t.is_punct:
            body = t.i in things or any(
                p.is_known and p.tag.case == "gent" for p in morph().parse(t.lower_)
            )
            return t.text[:1].isupper() and not t.is_sent_start and not body
    return False


def _not_alone(
    t: Token, named: set[int], given: Collection[tuple[int, int]], states: set[int]
) -> bool:
    """The noun is a title beside a name ("футболист Роналду"), inside a title read, what
    its own subject is or becomes ("его брат стал футболистом"), or told by a noun of its
    own, a title of someone unnamed ("по словам футболиста сборной Египта", "гитарист
    группы"), not a bare noun; a state's name is no such noun, the honour's state
    ("звание народного артиста СССР")."""
    beside = t.head.i in named or any(c.i in named for c in t.children)
    inside = any(start <= t.idx < end for start, end in given)
    own = any(c.dep_.startswith("nmod") and c.i not in states for c in t.children)
    being = t.head.lemma_ in _BEING and t.dep_ != "nsubj"
    return beside or inside or own or copular(t) or being
