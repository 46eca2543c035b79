"""When two mentions tell one fact: the one identity rule of events and agreements.

Fusing two facts into one node states things no text said, which is worse than missing
one, so mentions are one fact only when everything that identifies them agrees:

- kind: the same (the caller folds its synonyms first: any visit rank is a visit);
- participants: persons where the text names them, else states; where both mentions
  name persons, one's persons are among the other's ("переговоры Путина" is the talks
  of Путин and Токаев, not those of Лавров and Вучич); the same for states, and for the
  roles a kind keys on (a visit's visitor and host, a signing's paper);
- date: equal at the precision both give ("2022-11" agrees with "2022-11-28", not with
  "2022-12"); a date decades before the document (history, `HISTORY_YEARS`) is never
  the date of an undated mention that names its own participants, which the text tells
  as present; one person's death is one whatever days the text gives it;
- name: a gathering's, where both give one, is one told with more or fewer words
  (`names_agree`);
- place: equal where both give one; a part of a fact (a visit to an island within a
  state visit) is never the whole it is part of;
- office (a change of office): the same post told more or less fully ("нового
  премьер-министра Финляндии", "премьер-министра Финляндии", "премьер-министра страны",
  "замсекретаря Совбеза" and "заместителя секретаря Совета безопасности"), not two posts
  ("посла в Японии", "посла в Индии"): so an undated change of office is never a dated one
  of the same person to or from another post, and one post told twice, once dated, is one;
  one body's post told by its acronym and by its full name ("главой МАГАТЭ", "генеральным
  директором Международного агентства по атомной энергии") is one where both resolve to one
  organization and name one post in it (a head's however titled; a deputy's is another),
  in one document and across documents, whose keys then name that body and post;
- ballot: an election of one thing ("парламентские выборы", "выборы в парламент") is not
  one of another ("региональные выборы", "выборы президента"), nor one told as held
  ("выборы прошли", "на прошлых выборах") one told as ahead ("следующие выборы пройдут",
  "на предстоящих выборах");
- era: what the document's lead reports and what the text tells as done before ("комитет
  одобрил резолюцию" in the lead, "комитет уже одобрял резолюцию в 2016 году") are two;
- repeat: an undated mention told as a repeat ("снова встречался", "вторая встреча") is
  not one dated as background (by year or month alone, or in a year before the
  document's), which is the earlier occurrence;
- status: what happened and what lies ahead are two facts ("прибыл в Норвегию",
  "затем посетит Данию"), and a planned mention is never one dated before the document
  ("проведёт переговоры", "встречались в декабре прошлого года", "ранее отказался от
  поездки"); a treaty the text says
  was never concluded is not a signed one.

Across documents the same rule is a key (`Identity.key`): kind, roles, participants, the
date at the kind's precision (a visit, forum or summit: its month, so two visits of one
year are two; a titled treaty: its title and parties alone, since its name identifies it);
a fact that names no one and nothing of its own (no role, no name) keys on
its document whatever its date ("выборы 2008 года" of two documents are two); an undated
fact also keys on its document unless it names two persons, or a person and a role (a
visit's host, an office), so an undated event never merges across documents on its pair
of states alone, nor on one person ("Путин провёл совещание" in one document is not
"встреча Путина" in another). Status is in the key only where it is "cancelled": a visit
announced by one document and reported by a later one is one visit, but a trip called off
is a fact of its own, never the visit held days before or after it; two facts of one
document that share a key but are not one fact (planned and occurred) get keys of their own
(`apart`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.context import fact_key
from kg.nlp.morph import morph

HISTORY_YEARS = 10  # a date this many years before the document's is history
_EXCLUSIVE = ({"occurred", "planned"}, {"signed", "never"})  # statuses that are two facts
_ONCE = frozenset({"Death"})  # what befalls a person once: its persons identify it
_OWN_NODE = frozenset({"cancelled"})  # statuses in the key: a trip called off is no visit held


@dataclass(frozen=True)
class Identity:
    """What identifies one mention of a fact."""

    kind: str
    persons: frozenset[str] = frozenset()
    parties: frozenset[str] = frozenset()  # states (or organizations) taking part
    roles: tuple[str, ...] = ()  # kind-specific keys, "" where the mention leaves one open
    date: str = ""  # ISO at the text's precision
    place: str = ""  # normalised place name
    status: str = ""  # occurred, planned, cancelled; signed, never (concluded); "" unknown
    document: str = ""  # the id of the document it was read from
    doc_date: str = ""  # that document's date, for telling history from the present
    named: bool = False  # its own name identifies it (a titled treaty): no date or scope in the key
    part: str = ""  # a part of a larger fact ("в рамках визита … посетил остров"): "whole"
    # for the frame, the part's place for the part; not in the key, as the frame's is its own
    era: str = ""  # "news": what the document's lead reports; "earlier": told as done before
    office: str = ""  # normalised office of a change of office (`offices_agree`); in the key
    # the organization an office names, as resolved, and the post in it ("org/iaea|head"):
    # one post told by the body's acronym and by its full name; in the key for `office`
    body: str = ""
    again: bool = False  # told as a repeat ("снова встретился", "вторая встреча"); not in the key
    ballot: str = ""  # what an election elects ("парламентские", "региональные"); not in the key
    turn: str = ""  # an election told as "held" or "ahead" ("прошли", "следующие"); not in key

    def historical(self) -> bool:
        """Dated decades before its document."""
        if len(self.date) < 4 or len(self.doc_date) < 4:
            return False
        return int(self.doc_date[:4]) - int(self.date[:4]) >= HISTORY_YEARS

    def background(self) -> bool:
        """Dated as the text dates what it tells as background: by year or month alone
        ("в 2016 году"), or in a year before its document's; news is told by its day."""
        return bool(self.date) and (len(self.date) < 10 or self.date[:4] < self.doc_date[:4])

    def past(self) -> bool:
        """Dated before its document, at the precision of its date: what lies ahead is not it."""
        n = len(self.date)
        return bool(n and len(self.doc_date) >= n and self.date < self.doc_date[:n])

    def told_before(self) -> bool:
        """Dated before its document, or told as done before it ("ранее отказался от
        поездки"): what lies ahead ("посетит в июле") is not it."""
        return self.past() or self.era == "earlier"

    def key(self, prefix: str, precision: int = 10, apart: bool = False) -> str:
        """The node key: equal for mentions of one fact in any document. `precision` cuts
        the date (7: a visit or forum is keyed by its month). `apart`: the key of a fact
        whose plain key another fact of its document took, though the two are not one
        (`same_fact`): its status, date and document then count too."""
        who = sorted(self.persons) or sorted(self.parties)
        # a body's post by the body and the post in it, however the text titles it ("главой
        # ОАГ", "генеральным секретарём Организации американских государств"): one key in
        # any document, as `same_fact` makes them one in a document (h-events129)
        post = self.body or self.office
        roles = (*self.roles, *[post][: bool(post)])
        if apart:
            return fact_key(prefix, self.kind, *roles, "|", *who, "|", self.date,
                            self.status, self.document)  # fmt: skip
        if self.named:  # the name (in `roles`) says the kind too
            return fact_key(prefix, *roles, "|", *who)
        date = self.date[:precision]
        pinned = len(self.persons) > 1 or (self.persons and any(roles))
        dated = date and (who or any(roles))  # a date alone identifies nothing
        scope = [] if dated or pinned else [self.document]
        called_off = [self.status][: self.status in _OWN_NODE]
        return fact_key(prefix, self.kind, *roles, "|", *who, "|", date, *called_off, *scope)


def dates_agree(a: str, b: str) -> bool:
    """Equal at the precision both give; an absent date agrees with any."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _nested(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a or not b or a <= b or b <= a


# Words of an office's name that tell no post apart: "нового премьер-министра", "президента
# страны" (the state the text is about), "своего спикера" (the body's own), and prepositions.
_IDLE = re.compile(
    r"нов(?:ый|ого|ому|ым|ом|ая|ой|ую)|сво(?:й|его|ему|им|ём|ем|я|ей|ю)|стран[аыуе]"
    r"|государства|[вна]"
)


# One post by its other usual names (genitive, as "на пост …" gives it)
_SAME_POST = (
    (re.compile(r"\b(?:главы|руководителя) правительства\b|\bпремьера\b"), "премьер-министра"),
    (
        re.compile(r"\bглавы мид\b|\bглавы внешнеполитического ведомства\b"),
        "министра иностранных дел",
    ),
    # a ministry or a bank by its short name ("главы ЦБ" is "главы центрального банка",
    # "главы Минобороны" "главы министерства обороны"; pass forty-two, h-events105)
    (re.compile(r"\bцб\b"), "центрального банка"),
    (re.compile(r"\bмид\b"), "министерства иностранных дел"),
    (re.compile(r"\bминобороны\b"), "министерства обороны"),
    # "Госсовета", "Госдумы", "госсекретаря": the state's body or post by its short name
    (re.compile(r"\bгос(совет|дум|секретар|департамент)"), r"государственного \1"),
    # a deputy's title contracted ("замсекретаря Совбеза" is "заместителя секретаря Совета
    # безопасности"; pass forty-fourth, h-events112)
    (re.compile(r"\bзам(?!ест)(\w{4,})"), r"заместителя \1"),
    (re.compile(r"\bсовбез(\w*)"), "совета безопасности"),
)


def offices_agree(a: str, b: str) -> bool:
    """One post told more or less fully: the words (cut to five letters) of one office's
    name are among the other's, idle words and other names of one post aside ("главы
    правительства" is "премьер-министра"); an office not given agrees with any."""
    named = []
    for office in (a, b):
        for pattern, post in _SAME_POST:
            office = pattern.sub(post, office)
        named.append(office.lower())
    words = [
        frozenset(w[:5] for w in _initialled(mine, other).split() if not _IDLE.fullmatch(w))
        for mine, other in zip(named, named[::-1], strict=True)
    ]
    return _nested(*words) or _head_of(*named) or _head_of(*named[::-1])


_HEAD = frozenset({"главы", "руководителя"})
_NOT_A_BODY = frozenset({"прави", "госуд", "стран", "делег"})  # a government's, a state's head
_DEPUTY = re.compile(r"замест|вице|исполн|врио|перв")


def _head_of(a: str, b: str) -> bool:
    """ "главы ВТО" and "генерального директора ВТО": the head of one body named by the
    general word and by its own title (pass forty-two, h-events104); not a government's or a
    state's head ("главы правительства" is the premier, by `_SAME_POST`), nor a deputy."""
    mine, other = a.split(), b.split()
    if len(mine) < 2 or mine[0] not in _HEAD or mine[1][:5] in _NOT_A_BODY:
        return False
    body = [w[:5] for w in mine[1:]]
    rest = [w[:5] for w in other]
    if len(rest) <= len(body) or rest[-len(body) :] != body:
        return False
    return not any(_DEPUTY.match(w) for w in other[: len(other) - len(body)])


def _initialled(office: str, other: str) -> str:
    """`office` with the run of words whose initials spell a word of `other` put as that
    word ("главы центрального разведывательного управления" beside "главы цру" → "главы
    цру"; offices come lower-cased): one body, named in full once and by its initials once.
    Three letters at least, so that no preposition passes for initials; the run follows the
    post's own noun ("мэр" is no "министр экономического развития") and both end alike
    ("главы свр" is no "главы службы военной разведки колумбии", another state's body)."""
    words, others = office.split(), other.split()
    for initials in sorted({w for w in others if 3 <= len(w) <= 6} - set(words)):
        n, tail = len(initials), others[others.index(initials) + 1 :]
        for i in range(1, len(words) - n + 1):
            spelt = "".join(w[0] for w in words[i : i + n]) == initials
            if spelt and words[i + n :] == tail:
                return " ".join([*words[:i], initials, *tail])
    return office


_NAME_WORD = re.compile(r"«[^»]*»|\S+")  # a quoted name is one word


def names_agree(a: str, b: str) -> bool:
    """One gathering named with more or fewer words ("церемония канонизации" ~ "церемония
    канонизации католической монахини", "… премии" ~ "… премии «Ника»"): one name's words
    are among the other's and the words it adds are common ones or a quoted name; a name
    the longer adds ("саммит ЕС" ~ "саммит ЕС — Китай") tells another; two names given."""
    if not (a and b):
        return False
    short, long = sorted((_NAME_WORD.findall(a), _NAME_WORD.findall(b)), key=len)
    if not all(any(_same_word(w, x) for x in long) for w in short):
        return False
    # the first word: a sentence's
    added = [w for w in long[1:] if not any(_same_word(w, x) for x in short)]
    return all(w[0].islower() or w.startswith("«") for w in added)


def _same_word(a: str, b: str) -> bool:
    """One word in two cases ("по Судану" ~ "поддержке Судана"): a reading of each with the
    same lemma, by the dictionary ("Нигеру" and "Нигерии", "Австрии" and "Австралии" stay
    two); a quoted name or one the dictionary does not decline ("COP28") only as written."""
    if a.casefold() == b.casefold():
        return True
    if a.startswith("«") or b.startswith("«"):
        return False
    lemmas = {p.normal_form for p in morph().parse(a)}
    return any(p.normal_form in lemmas for p in morph().parse(b))


def same_fact(a: Identity, b: Identity) -> bool:
    """Whether two mentions tell one fact (see the module's rule)."""
    if a.kind != b.kind or not (_nested(a.persons, b.persons) and _nested(a.parties, b.parties)):
        return False
    mine = (*a.roles, a.part, a.era, a.ballot, a.turn)
    theirs = (*b.roles, b.part, b.era, b.ballot, b.turn)
    if any(x and y and x != y for x, y in zip(mine, theirs, strict=False)):
        return False
    if not (_once(a, b) or dates_agree(a.date, b.date)):
        return False
    if a.place and b.place and a.place != b.place:
        return False
    if not (offices_agree(a.office, b.office) or a.body and a.body == b.body):
        return False
    if any({a.status, b.status} == pair for pair in _EXCLUSIVE):
        return False
    if (a.status == "planned" and b.told_before()) or (b.status == "planned" and a.told_before()):
        return False
    if _once(a, b):  # "Она умерла в Мехико. Когда она умерла 5 сентября 1997 года": one
        return True  # death, its history or not (h-events115)
    return not (
        _history_apart(a, b) or _history_apart(b, a) or _repeat_apart(a, b) or _repeat_apart(b, a)
    )


def _once(a: Identity, b: Identity) -> bool:
    """One person's death told twice with two days ("умер 26 ноября", "умер в 19:00 25
    ноября" by another clock): a person dies once, so the days do not tell two deaths."""
    return a.kind in _ONCE and bool(a.persons) and a.persons == b.persons


def _history_apart(a: Identity, b: Identity) -> bool:
    """`a` is history and `b`, undated, names its own participants: told as present."""
    return a.historical() and not b.date and bool(b.persons or b.parties)


def _repeat_apart(a: Identity, b: Identity) -> bool:
    """`a`, undated, is told as a repeat ("снова встречался") and `b` is dated as
    background ("в 2016 году"): that is the earlier occurrence `a` repeats, not `a`."""
    return a.again and not a.date and b.background()
