"""Office titles that name a person: "Президент РФ", "глава Российского государства",
"министр иностранных дел Китая", "казахстанский лидер", "посол Норвегии", "пресс-секретарь".

A title is found on lemmas: the offices of a state's three roles below (which the
gazetteer's terms can resolve to a holder), else the open class of offices and
professions in `office_titles.tsv` (generated from the NEREL links table by
`kg/data/build_offices.py`). Its state is the state mention right after it (genitive:
"Президента Республики Казахстан") or the state adjective inside or before it ("глава
Российского государства", "российский президент"); an organization right after it is
the body it serves ("генеральный секретарь ООН"), or, where the body's name ends with a
state's, that state with the body's words in the office ("председатель Национального
собрания Вьетнама"). A plural title ("лидеры двух стран")
names no one person; a title with some other complement ("президент компании",
"председатель совета директоров") is not its state's office.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from weakref import WeakKeyDictionary

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from kg.doc_text import token_strings
from kg.lexicon import load_dict, load_list, load_rows
from kg.nlp.deps import (
    SUBJECTS,
    circumstance_noun,
    modifies_later_noun,
    preposition,
    yet_to_come,
)
from kg.nlp.morph import (
    NAME_TAGS,
    case_of,
    dictionary_case,
    features,
    is_adjectival,
    is_inanimate,
    is_plural,
    morph,
    only_animate,
)
from kg.nlp.quote_marks import OPENING
from kg.resolve.kin_and_ranks import clergy_before_name, rank_before_name
from kg.resolve.unions import serves_union, union_served

OFFICE_TITLES = Path(__file__).with_name("office_titles.tsv")
POST_NOUNS = Path(__file__).with_name("post_nouns.tsv")
TRADES = Path(__file__).with_name("trades.txt")
OFFICE_VERBS = Path(__file__).with_name("office_verbs.txt")
POST_VERBS = Path(__file__).with_name("post_verbs.txt")
# Short forms of offices → the office spelled out ("глава минфина" → "министр финансов").
SHORT_OFFICES = Path(__file__).with_name("short_offices.tsv")

# Title lemma sequences → (office as stored, role). The role lets a generic title
# ("глава государства") find the holder of whatever that state's head-of-state office is.
TITLES: dict[tuple[str, ...], tuple[str, str]] = {
    ("президент",): ("президент", "head_of_state"),
    ("глава", "государство"): ("президент", "head_of_state"),
    ("лидер",): ("президент", "head_of_state"),
    ("председатель",): ("председатель", "head_of_state"),
    ("король",): ("король", "head_of_state"),
    ("премьер-министр",): ("премьер-министр", "head_of_government"),
    ("премьер",): ("премьер-министр", "head_of_government"),
    ("председатель", "правительство"): ("председатель правительства", "head_of_government"),
    ("председатель", "кабинет", "министр"): (
        "председатель кабинета министров",
        "head_of_government",
    ),
    ("глава", "правительство"): ("премьер-министр", "head_of_government"),
    ("канцлер",): ("канцлер", "head_of_government"),
    ("министр", "иностранный", "дело"): ("министр иностранных дел", "foreign_minister"),
    ("глава", "мид"): ("министр иностранных дел", "foreign_minister"),
    ("госсекретарь",): ("государственный секретарь", "foreign_minister"),
    ("государственный", "секретарь"): ("государственный секретарь", "foreign_minister"),
}
# Offices a role may be held under, tried in order, for gazetteer look-ups.
ROLE_OFFICES = {
    "head_of_state": ("президент", "председатель", "король", "эмир", "султан", "император"),
    "head_of_government": (
        "премьер-министр",
        "председатель правительства",
        "канцлер",
        "премьер",
    ),  # fmt: skip
    "foreign_minister": ("министр иностранных дел", "государственный секретарь"),
}
_MAX = max(len(k) for k in TITLES)
_FIRST = frozenset(k[0] for k in TITLES)  # where a title can start


@cache
def _open_class() -> dict[tuple[str, ...], str]:
    """Lemma sequence → office, of the generated open class."""
    return {tuple(k.split()): v for k, v in load_dict(OFFICE_TITLES).items()}


@cache
def _open_first() -> frozenset[str]:
    """The lemmas an office of the open class can start with."""
    return frozenset(k[0] for k in _open_class())


@dataclass(frozen=True)
class Title:
    start: int  # token indices of the whole title, state included
    end: int
    office: str
    role: str
    state: str  # state key, or "" when the title names none ("Глава государства")
    generic: bool = False  # "глава государства", "лидер": any office of the role fits
    start_char: int = 0  # character offsets of the whole title
    end_char: int = 0
    comma_after: bool = False  # "Президент Казахстана, Касым-Жомарт Токаев"
    plural: bool = False  # "лидеры", "президенты двух стран": no one person
    # Its office is of another body than its state: "президент компании", "председатель
    # Европейской комиссии" (then `state` is that organization's key), or of a state's
    # body, whose words the office holds ("председатель Центрального банка Чили").
    foreign: bool = False
    case: str = ""  # the head's case (UD: Nom, Gen, Ins…): an apposition agrees with it
    head: int = 0  # token index of the office's head word
    words_end: int = 0  # end of the office's words, before the state or body it serves
    former: bool = False  # "бывший президент", "экс-президент": not the one in office
    ordinal: bool = False  # "Первый генсек ООН": an ordinal of succession, no tense itself
    undeclined: bool = False  # opens with a word that does not decline ("и.о."): any case
    # The office as the text words it where `office` only stands for a role: "лидер",
    # "глава государства" (the state's head may be a king or, for "лидер", its premier).
    said: str = ""
    # The organization whose key `state` is (its first token; -1: none), and the state the
    # title has were that body of no key (None: an adjective before would start it): what
    # `find_titles` reads anew of a body the same text keys differently.
    body: int = -1
    unkeyed: str | None = None
    # The genitive of a post noun ("на пост министра", "с должности посла", "кресло
    # премьера") or a verb's predicate ("оказался президентом"): the post, or what someone
    # is, which stands for no one else who holds it.
    post: bool = False


# A Doc's titles by the spans they were read with: the names reading and the offices
# extractor read one document's titles from the same spans (~1 % of a build's CPU a time).
# A processed Doc never changes; the titles go with it, weakly.
_TITLES: WeakKeyDictionary[Doc, dict[tuple, list[Title]]] = WeakKeyDictionary()


def find_titles(doc: Doc, states: list[Span], orgs: Sequence[Span] = ()) -> list[Title]:
    """Titles in the doc, each with the state (or organization, `orgs` by their kb_id_, their
    kind as label_) it is of where the text says."""
    key = (span_keys(states), span_keys(orgs))
    known = _TITLES.setdefault(doc, {})
    if key not in known:
        rekeyed = _rekeyed(known, *key)
        known[key] = _find_titles(doc, states, orgs) if rekeyed is None else rekeyed
    return list(known[key])


def _rekeyed(known: dict[tuple, list[Title]], states: tuple, orgs: tuple) -> list[Title] | None:
    """The titles read with the same spans but other organization keys, with these keys:
    the names reading keys a body the gazetteer does not know "", the offices extractor by
    its entity (~0.6 of documents). None where a key would change more than the state."""
    where = _org_at(orgs)
    for (old_states, old_orgs), titles in known.items():
        if old_states == states and _org_at(old_orgs) == where:
            old_keys, new_keys = {k[0]: k[3] for k in old_orgs}, {k[0]: k[3] for k in orgs}
            out = []
            for title in titles:
                rekeyed = _rekey(title, old_keys, new_keys)
                if rekeyed is None:
                    return None
                out.append(rekeyed)
            return out
    return None


def _org_at(orgs: tuple) -> dict[int, tuple]:
    """What `_find_titles` reads of organization spans (`span_keys`) but their keys: each
    one by its start, as `_find_titles` looks them up (the last span of a start)."""
    return {k[0]: (k[1], k[2], k[4]) for k in orgs}


def _rekey(title: Title, old_keys: dict[int, str], new_keys: dict[int, str]) -> Title | None:
    """The title with its body's new key as its state (`_title`: the key, else the state in
    the body's name, else an adjective's before the title, which starts it there); None
    where either key is none and an adjective stands before."""
    if title.body < 0:
        return title
    new = new_keys[title.body]
    if title.unkeyed is None:
        return replace(title, state=new) if new and old_keys[title.body] else None
    return replace(title, state=new or title.unkeyed)


def span_keys(spans: Sequence[Span]) -> tuple[tuple[int, int, str, str, str], ...]:
    """What `_find_titles` reads of each span (and rules that keep what they read of a Doc
    by the spans they read it with): all but the Doc it is of."""
    return tuple((s.start, s.end, s.label_, s.kb_id_, s.id_) for s in spans)


def _open_class_office(
    doc: Doc,
    key: tuple[str, ...],
    i: int,
    open_class: dict[tuple[str, ...], str],
    by_start: dict[int, Span],
) -> str | None:
    """The office of the open class that the lemmas `key` at token `i` spell, if any."""
    n = len(key)
    # "вице-президент страны" (an office of the open class with "страны"): the
    # country's vice-president, as "премьер страны" is its premier
    country = key[-1] == "страна" and key[0] not in _HEADS
    if country and key in open_class and key[:-1] in open_class:
        return open_class[key[:-1]]
    if (
        key in open_class
        and not (
            n == 1
            and (
                (
                    doc[i].pos_ == "PROPN"
                    and not _common_before_name(doc[i])
                    and not _title_of_state(doc, i, by_start)
                    and not rank_before_name(doc[i])
                    and not clergy_before_name(doc[i])
                )
                or modifies_later_noun(doc[i])
                or _modifies_next(doc[i])
            )
        )
        and not _cause(doc, i + n, key)
    ):
        return open_class[key]
    return None


def _finite(t: Token) -> bool:
    """A finite verb, which no title opens: the open class keys a participle's title by its
    verb's lemma ("управляющий" by "управлять"), so "а самолётом управлял майор X" would
    otherwise read "управлял" as the title of the subject before it."""
    return t.pos_ in ("VERB", "AUX") and features(t, "VerbForm") == ("Fin",)


def _modifies_next(t: Token) -> bool:
    """A participle the parse hangs as a modifier on a noun after it, of its case, that
    opens right after it ("управляющий партнер хедж-фонда", the head read as "хедж-фонда"
    or "партнер"): that noun's modifier, not the participle's own title ("управляющий
    Центральным банком")."""
    if t.pos_ != "VERB" or t.dep_ != "amod" or t.head.i <= t.i or t.i + 1 >= len(t.doc):
        return False
    after = t.doc[t.i + 1]
    return after.pos_ == "NOUN" and case_of(after) == case_of(t)


def _find_titles(doc: Doc, states: list[Span], orgs: Sequence[Span]) -> list[Title]:
    by_start = {s.start: s for s in states}
    by_end = {s.end: s for s in states}
    org_at = {s.start: s for s in orgs}
    open_class = _open_class()
    out: list[Title] = []
    # Once, from the Doc's array: a Token per token costs more. "экс-президент" is a
    # president's title too, a former one as "бывший президент" is.
    lemmas = [title_lemma(lemma) for lemma in token_strings(doc, LEMMA)]
    open_first = _open_first()
    i, count = 0, len(lemmas)
    while i < count:
        match: tuple[int, tuple[str, str] | None] | None = None
        first = (lemmas[i] in _FIRST or lemmas[i] in open_first) and not _finite(doc[i])
        for n in range(max(_MAX, 4), 0, -1) if first else ():
            key = tuple(lemmas[i : i + n])
            if len(key) != n or _name_inside(doc, key, i, by_start):
                continue
            if key in TITLES:
                match = (n, TITLES[key])
                break
            if n > 1 and key[:-1] in TITLES and key[-1] in _NOT_COMPLEMENTS and key[0] != "лидер":
                match = (n, TITLES[key[:-1]])  # "премьер страны": the country's premier
                break
            if (office := _open_class_office(doc, key, i, open_class, by_start)) is not None:
                match = (n, (office, ""))
                break
            # "глава временного правительства Сирии": an interim body's head holds that
            # office, as written, no role: not the holder a bare "глава правительства" is
            if n == 3 and (key[0], key[2]) in TITLES and key[1] in _INTERIM:
                office = f"{key[0]} {doc[i + 1 : i + 3].text.lower()}"
                match = (3, (office, ""))
                break
            # "глава Российского государства": a state adjective inside the title.
            if n == 3 and (key[0], key[2]) in TITLES:
                inner = by_start.get(i + 1)
                if inner is not None and inner.id_ == "adjective":
                    office, role = TITLES[(key[0], key[2])]
                    out.append(Title(i, i + 3, office, role, inner.kb_id_, generic=True,
                                     head=i, words_end=i + 3,
                                     said=_role_words(key, role)))  # fmt: skip
                    match = (3, None)
                    break
        if match is None and _may_word_title(lemmas[i], open_class) and not _finite(doc[i]):
            match = _word_title(doc, lemmas[i], i, open_class, by_start, org_at)
        if match is None:
            i += 1
            continue
        n, spec = match
        spec = _no_doer(lemmas, i + n, spec)  # "исполнители взрывов": who did it, no performer
        if spec is not None:
            n, spec = _office_words(doc, i, n, spec, by_start, org_at)
        if spec is not None and n == 1 and (joined := _spaced_compound(doc, lemmas, i)):
            n, spec = 3, (joined, spec[1])  # "директором - распорядителем МВФ"
        if spec is not None:
            out.append(_title(doc, i, i + n, spec, by_start, by_end, org_at))
            i = out[-1].end
        else:
            i += n
    ahead = [doc[t.head] for t in out if _yet_to_take(doc[t.head])]
    states_ahead = [doc[t.head] for t in out if doc[t.head] in ahead and not t.foreign]
    out = [
        _acting(doc, lemmas, t)
        for t in out
        if not _nominated(doc[t.head])
        and doc[t.head] not in ahead
        and not _to_become(doc, t, states_ahead)
    ]
    # "Замглавы" reads as a genitive but does not decline: its case is the name's, unless
    # it is another title's complement ("пресс-секретарь замглавы МИД").
    ends = {t.end for t in out}
    formers = _formers_joined(doc, out)
    return [
        replace(
            t,
            office=spelled_out(t.office),
            start_char=doc[t.start].idx,
            end_char=doc[t.end - 1].idx + len(doc[t.end - 1]),
            comma_after=t.end < len(doc) and doc[t.end].text == ",",
            plural=t.plural or is_plural(doc[t.head]) or _counted(doc[t.head]),
            former=former_title(doc, t.start) or t.start in formers,
            ordinal=succession_ordinal(doc, t.start),
            post=_of_post(doc[t.head]),
            case=""
            if t.undeclined or (t.start not in ends and _deputy(lemmas[t.head], open_class))
            else dictionary_case(doc[t.head]),
        )
        for t in out
    ]


def _formers_joined(doc: Doc, titles: list[Title]) -> set[int]:
    """The starts of titles that "и" joins to a former one before them with no state or body
    of its own: "бывший" covers both ("Бывший президент и премьер-министр Эстонии X"), not
    a title of another state's ("бывший президент Чили и премьер-министр Перу")."""
    by_end = {t.end: t for t in titles}
    out: set[int] = set()
    for t in sorted(titles, key=lambda t: t.start):
        i = t.start
        while i > 0 and doc[i - 1].pos_ == "ADJ":
            i -= 1
        before = by_end.get(i - 1) if i >= 2 and doc[i - 1].lower_ == "и" else None
        if before is None or before.state or before.words_end not in (0, before.end):
            continue
        if former_title(doc, before.start) or before.start in out:
            out.add(t.start)
    return out


def spelled_out(office: str) -> str:
    """The office a short form names, spelled out (`short_offices.tsv`): "глава минфина" is
    "министр финансов", "генсек" "генеральный секретарь"; a deputy's contracted title is
    "заместитель" and the genitive of the office spelled out ("замглавы МИД": "заместитель
    министра иностранных дел", "замминистра обороны": "заместитель министра обороны"). One
    office, one name, whichever form the text used (a rank before it stays: "первый
    замминистра финансов" is "первый заместитель министра финансов"); any other office as
    it is."""
    short = load_dict(SHORT_OFFICES)
    first, space, rest = office.partition(" ")
    if office.lower() in short:
        return short[office.lower()]
    if rest and (first.lower(), "заместитель") in _open_class():  # "первый замминистра"
        return f"{first} {spelled_out(rest)}"
    deputy = _deputy(first.lower(), _open_class())
    if not deputy:
        return office
    head = _deputy_head(deputy)
    full = spelled_out(f"{head}{space}{rest}")
    if full == f"{head}{space}{rest}":
        return f"заместитель {deputy.removeprefix('зам')}{space}{rest}"
    return f"заместитель {_genitive_head(full)}"


def spelled_out_complement(title: Title, short: str, text: str) -> str:
    """A title's genitive words `text`, another title's complement, as its office spelled
    out (`spelled_out`) where they are a short form, `short` being them with the head in the
    nominative: "генсека" is "генерального секретаря", "главы МИД" "министра иностранных
    дел", so "Заместитель генсека АСЕАН" holds "заместитель генерального секретаря", as
    does a title read from a short form written out ("Заместитель главы Минфина": its office
    "министр финансов"), one office whichever form the text used; any other words as they
    are."""
    full = spelled_out(short) != short or title.office in load_dict(SHORT_OFFICES).values()
    return _genitive_head(title.office) if full else text


def _deputy_head(deputy: str) -> str:
    """The office a contracted deputy's title ("замглавы") is the deputy of: "глава"."""
    parse = next(p for p in morph().parse(deputy.removeprefix("зам")) if p.tag.POS == "NOUN")
    return parse.normal_form.replace("ё", "е")


def _genitive_head(office: str) -> str:
    """An office with its head and the adjectives before it in the genitive, its complement
    as it is: "генеральный секретарь" → "генерального секретаря", "министр иностранных дел"
    → "министра иностранных дел"."""
    words = office.split()
    out = []
    for n, word in enumerate(words):
        noun = any(p.tag.POS == "NOUN" for p in morph().parse(word)[:1])
        out.append(morph().inflect(word, {"gent", "sing"}))
        if noun:
            return " ".join(out + words[n + 1 :])
    return office


# Contracted titles whose second part is no office's own word ("зампред": "пред" is no
# word), spelled out, with the office whose deputy they are: "зампред правительства" is the
# deputy of the head of government, "заместитель председателя правительства".
_CONTRACTED = {"зампред": ("заместитель председателя", "председатель")}


def _deputy(lemma: str, open_class: dict[tuple[str, ...], str]) -> str:
    """A deputy's title contracted into one word ("замсекретаря", "замглавы",
    "замгубернатора"): "зам" and the genitive of an office; "" for any other word."""
    rest = lemma.removeprefix("зам")
    if rest == lemma or len(rest) < 4:
        return ""
    parse = next((p for p in morph().parse(rest) if p.tag.POS == "NOUN"), None)
    office = parse.normal_form.replace("ё", "е") if parse is not None else rest
    if office not in _FIRST and (office,) not in open_class:
        return ""
    genitive = parse.inflect({"gent", "sing"}) if parse is not None else None
    return "зам" + (genitive.word if genitive else rest)


# Heads that name a post only with the body they serve right after them ("глава МВФ",
# "сотрудник ЦРУ", "член Совета Федерации", "представитель МИД Бразилии"): alone they are a
# chapter, any employee, a member or a spokesman of anything. "глава" and "сотрудник" serve
# any organization, a name in quotes or a genitive common noun ("глава холдинга",
# "сотрудник посольства"); "член" and "представитель" only a body of a state ("член
# Совета Федерации", "представитель Кремля"), not a party, team or family ("представитель
# Демократической партии", "член семьи"), and "представитель" a state before "в"/"при"
# ("представитель России при ООН"; "представитель Чехии" alone is an athlete from there).
_SERVING_ANY = frozenset(["глава", "сотрудник", "сотрудница"])
SERVING_STATE = frozenset(["член", "представитель", "представительница"])
STATE_BODIES = Path(__file__).with_name("state_bodies.txt")
# A state's diplomatic missions abroad, whose ranks hold the mission's noun (mission_bodies.txt).
MISSIONS = Path(__file__).with_name("mission_bodies.txt")
# Offices held at a place abroad, whose "в + place" is where the post is (posted_offices.txt).
POSTED = Path(__file__).with_name("posted_offices.txt")
# Bodies of state that open an organization's name besides `STATE_BODIES`' ("партия" is no
# such body here): contractions ("МИД", "Минобороны", "Госдума", "Генпрокуратура") and seats.
_GOVERNMENT_PREFIXES = ("мид", "мин", "гос", "ген", "кремл")


# One-word professions that, before "за", "против", "с", name one who fights for a cause
# ("борец против апартеида", "борец за права человека"), not the sport ("борец вольного стиля").
_CAUSE_WORDS = frozenset(["борец"])


def _cause(doc: Doc, end: int, key: tuple[str, ...]) -> bool:
    return (
        key[0] in _CAUSE_WORDS and end < len(doc) and doc[end].lower_ in ("за", "против", "с", "со")
    )


def _word_title(
    doc: Doc,
    lemma: str,
    i: int,
    open_class: dict[tuple[str, ...], str],
    by_start: dict[int, Span],
    org_at: dict[int, Span],
) -> tuple[int, tuple[str, str]] | None:
    """A title the lists do not hold as such, at doc[i] (its length and office): a deputy's
    contracted title ("замсекретаря Совбеза", "замглавы МИД", "зампред правительства"), or
    a head of `_SERVING_*` before the body it serves ("глава МВФ", "сотрудник ЦРУ", "член
    Совета Федерации"; "глава (крупного) холдинга": the complement's noun is part of the
    office, its adjectives are not); "глава" before a state's name, its head of state
    ("глава Израиля"); a compound that opens with an office ("писатель-сатирик"); a
    contracted deputy's title after the rank the open class gives a deputy ("первый зампред"
    as "первый заместитель"). Asked only of a lemma `_may_word_title` lets through."""
    if (contracted := _contracted(doc, lemma, i, open_class)) is not None:
        return contracted
    if i + 1 < len(doc) and (lemma, "заместитель") in open_class:
        ranked = _contracted(doc, doc[i + 1].lemma_.replace("ё", "е"), i + 1, open_class)
        if ranked is not None:
            n, (office, role) = ranked
            return n + 1, (f"{lemma} {office}", role)
    if lemma == "глава" and _state_name(by_start.get(i + 1)):
        return 1, TITLES[("глава", "государство")]  # "глава Израиля": its head of state
    if _compound(lemma, open_class):
        return 1, (lemma, "")
    served = _serves(doc, lemma, i + 1, by_start, org_at)
    if not served:
        return None
    # A common noun's words are the office's, but a state adjective among them (which names
    # the state) and a place's name ("глава Удмуртии", as "мэр Осло") are not.
    states = {k for s in by_start.values() for k in range(s.start, s.end)}
    words = [t.lower_ for t in doc[i + 1 : served] if t.i not in states and t.pos_ != "PROPN"]
    return served - i, (" ".join([lemma, *words]), "")


def _common_before_name(token: Token) -> bool:
    """A sentence's capitalised first word the tagger reads as a name's, though the
    dictionary reads it only as a person's common noun, before a first name ("Политолог
    Игорь Петров заявил": a title, as "Эксперт Иван Петров" the tagger reads as a noun), or
    before a complement it governs, a field after "по" or a genitive ("Еврокомиссар по
    вопросам торговли X", "Спецпосланник США X"): no name has one."""
    if not token.is_sent_start or token.i + 1 >= len(token.doc):
        return False
    parses = morph().parse(token.lower_)
    first = token.doc[token.i + 1]
    return (
        # "Экс-посол Японии X": no name opens with "экс-", whatever other readings the
        # dictionary gives the title ("посол" salting, "министр" an abbreviation)
        (token.lower_.startswith("экс-") or only_animate(token.lower_))
        and not any(NAME_TAGS & p.tag.grammemes for p in parses)
        and (
            (
                first.text[:1].isupper()
                and any("Name" in p.tag for p in morph().parse(first.text) if p.is_known)
            )
            or _governed_complement(token, first)
            or _surname_subject_after(token, first)
        )
    )


# Nouns of a household's or a person's staff: a surname after one is the master's, in the
# genitive, whatever case the tagger reads ("Прислуга Мбеки дала интервью", "Телохранитель
# Сото рассказал"), never the noun's holder.
STAFF_NOUNS = frozenset(["прислуга", "челядь", "охрана", "персонал", "свита", "окружение",
                          "слуга", "служанка", "горничная", "домработница", "экономка",
                          "дворецкий", "камердинер", "лакей", "повар", "кухарка", "садовник",
                          "няня", "гувернантка", "водитель", "шофер", "телохранитель",
                          "охранник", "секретарша", "сиделка"])  # fmt: skip


def _surname_subject_after(token: Token, first: Token) -> bool:
    """A lone capitalised word after the opening title that the parse makes its apposition,
    an animate name in the nominative, the title being the subject ("Постпред Небензя
    сказал", "Постпред Сото заявил"): a title before a surname, as before a first name; not
    after a noun of someone's staff (`STAFF_NOUNS`: "Прислуга Мбеки", his servants)."""
    return (
        token.lower_.replace("ё", "е") not in STAFF_NOUNS
        and first.text[:1].isupper()
        and first.head == token
        and first.dep_ in ("appos", "flat:name")
        and first.pos_ == "PROPN"
        and features(first, "Animacy") == ("Anim",)
        and features(first, "Case") == ("Nom",)
        and token.dep_ in SUBJECTS
    )


def _title_of_state(doc: Doc, i: int, by_start: dict[int, Span]) -> bool:
    """A title that is also a given name ("Султан") governing a state's name in the
    genitive right after it ("Султан Омана Хейсам бен Тарик"): no given name governs one.
    The parse's `nmod` is the genitive: the tagger may read the state's case wrong ("Омана")."""
    state = by_start.get(i + 1)
    return _state_name(state) and doc[i + 1].head.i == i and doc[i + 1].dep_ == "nmod"


def _governed_complement(token: Token, first: Token) -> bool:
    """The word after `token` opens a complement the parse hangs on it: a "по" phrase or a
    genitive noun."""
    if first.lower_ == "по":
        return first.head.head.i == token.i and first.head.dep_ == "nmod"
    return first.head.i == token.i and first.dep_ == "nmod" and case_of(first) == "Gen"


def _field_end(doc: Doc, i: int, head: int) -> int:
    """The end of a field after "по" at doc[i] the parse hangs on the title's `head` ("по
    вопросам расширения", "по иностранным делам и политике безопасности"), short of a
    name; `i` where none."""
    if i >= len(doc) or not _governed_complement(doc[head], doc[i]) or doc[i].lower_ != "по":
        return i
    noun, j = doc[i].head, i + 1
    if circumstance_noun(noun.lemma_, account=True):
        return i  # "Председатель Еврокомиссии по итогам саммита": when, not a field
    while j < len(doc) and doc[j].ent_type_ != "PER" and (j == noun.i or noun.is_ancestor(doc[j])):
        j += 1
    return j


def _may_word_title(lemma: str, open_class: dict[tuple[str, ...], str]) -> bool:
    """Whether `_word_title` can find a title at a word of `lemma`, by string tests alone: a
    contracted deputy's title, a rank before one, "глава", a compound, a serving head."""
    return (
        lemma.startswith("зам")
        or lemma in _CONTRACTED
        or lemma in _SERVING_ANY
        or lemma in SERVING_STATE
        or "-" in lemma
        or (lemma, "заместитель") in open_class
    )


def _contracted(
    doc: Doc, lemma: str, i: int, open_class: dict[tuple[str, ...], str]
) -> tuple[int, tuple[str, str]] | None:
    """A deputy's title contracted into one word at doc[i] ("зампред правительства",
    "замглавы", "замминистра"), its length and office spelled as the text has it; else None."""
    if lemma in _CONTRACTED:
        office, head = _CONTRACTED[lemma]
        if i + 1 < len(doc) and (head, doc[i + 1].lemma_) in TITLES:
            return 2, (f"{office} {doc[i + 1].lower_}", "")
        return 1, (office, "")
    if deputy := _deputy(lemma, open_class):
        return 1, (deputy, "")
    return None


def _serves(
    doc: Doc, lemma: str, i: int, by_start: dict[int, Span], org_at: dict[int, Span]
) -> int:
    """Where the office's words end when a head of `_SERVING_*` (lemma) is followed at doc[i]
    by a body it serves: `i` before an organization, a quoted name or a state (which the
    title takes as the body served), after a genitive complement, which is part of the
    office ("глава холдинга"); 0 where none follows."""
    if lemma not in _SERVING_ANY and lemma not in SERVING_STATE:
        return 0
    quoted = i < len(doc) and doc[i].text in OPENING
    org = org_at.get(i + 1 if quoted else i)
    if lemma in SERVING_STATE:
        state = by_start.get(i)
        envoy = (
            state is not None
            and state.id_ not in ("adjective", "capital")
            and lemma != "член"
            and state.end < len(doc)
            and doc[state.end].lower_ in ("в", "во", "при")
        )
        served = org is not None and (_of_state(doc[org.start]) or _intergovernmental(org, lemma))
        return i if envoy or served else 0
    if org is not None or _quoted_name(doc, i):
        return i
    if by_start.get(i) is not None:
        return 0
    if lemma == "глава" and _place(doc[i]):
        return i + 1  # "глава Удмуртии": a region's head (a state's: _word_title)
    if not _complement(doc, i, i - 1):
        return 0
    while doc[i].pos_ != "NOUN":  # the genitive adjectives before the noun
        i += 1
    return i + 1


def _spaced_compound(doc: Doc, lemmas: list[str], i: int) -> str:
    """The hyphenated title a one-word title at doc[i] makes with a noun after a dash set
    apart by spaces, in its case ("директором - распорядителем МВФ" is
    "директор-распорядитель", whose body follows), or "". Not a title of its own after the
    dash ("президент - лидер нации": an apposition)."""
    open_class = _open_class()
    if i + 2 >= len(doc) or doc[i + 1].text not in ("-", "–") or not doc[i].whitespace_:
        return ""
    after = doc[i + 2]
    if after.pos_ != "NOUN" or not after.text.islower() or case_of(after) != case_of(doc[i]):
        return ""
    rest = lemmas[i + 2]
    if (rest,) in open_class or (rest,) in TITLES:
        return ""
    joined = f"{lemmas[i]}-{rest}"
    return joined if _compound(joined, open_class) else ""


def _compound(lemma: str, open_class: dict[tuple[str, ...], str]) -> bool:
    """A hyphenated word whose first part is an office or profession of the open class and
    says what kind ("писатель-сатирик", "депутат-единоросс"), or whose last part is one and
    the first, no person, says in what field ("интернет-предприниматель", "вице-спикер"; not
    "женщина-генпрокурор", "отец-руководитель"): the whole word is the title. Not a form of
    address or kin before it ("мать-одиночка" opens with no office)."""
    first, dash, rest = lemma.partition("-")
    if not dash or not (first.isalpha() and rest.isalpha()):
        return False
    if len(rest) > 2 and (first,) in open_class:
        return True
    return len(first) > 2 and (rest,) in open_class and not only_animate(first)


def _state_name(span: Span | None) -> bool:
    """A state's name ("Израиля"), not its adjective or capital."""
    return span is not None and span.id_ not in ("adjective", "capital")


def _place(token: Token) -> bool:
    """A place's name in the genitive ("Удмуртии", "Сергиева Посада" opens with one)."""
    return token.pos_ == "PROPN" and token.ent_type_ == "LOC" and "Gen" in token.morph.get("Case")


def _of_state(first: Token) -> bool:
    """An organization's first word names a body of a state ("Министерства", "МИД",
    "Госдумы", "Кремля"), not a party or a company."""
    lemma = first.lemma_.lower().replace("ё", "е")
    return lemma in _bodies_of_state() or lemma.startswith(_GOVERNMENT_PREFIXES)


def _intergovernmental(org: Span, lemma: str) -> bool:
    """A body of states ("ВОЗ", "НАТО"), or an agency of the UN named with it ("Агентство
    ООН по делам беженцев"), whose "представитель" speaks for it as a state's body's does
    ("с представителем Всемирной организации здравоохранения X"); not its "член", a state."""
    return lemma != "член" and (
        org.label_ == "IntergovernmentalOrganization" or any(t.text == "ООН" for t in org)
    )


@cache
def _bodies_of_state() -> frozenset[str]:
    """The nouns of `STATE_BODIES` but "партия", which is no body of a state here."""
    return load_list(STATE_BODIES) - {"партия"}


def _acting(doc: Doc, lemmas: list[str], title: Title) -> Title:
    """ "исполняющий обязанности президента", "временно исполняющего обязанности губернатора":
    an acting holder's own office, in the case of the participle, and no role: not the
    office's holder, whom a bare title would stand for."""
    i = title.start
    short = _acting_abbreviation(doc, i)
    if short:
        # "и.о. президента", "врио губернатора": the abbreviation does not decline, so the
        # title agrees with the name in any case ("И.о. президента Перу Хосе Херонимо").
        words = doc[i : title.words_end or title.end]
        temporary = "временно " if doc[i - short].lower_ == "врио" else ""
        office = f"{temporary}{acting_office(words)}"
        return replace(title, start=i - short, office=office, role="", generic=False, said="",
                       undeclined=True)  # fmt: skip
    if not (i >= 2 and lemmas[i - 2 : i] == ["исполнять", "обязанность"]):
        return title
    if "Part" not in doc[i - 2].morph.get("VerbForm"):
        return title  # "будет исполнять обязанности главы": a predicate (kg.resolve.given)
    start = i - 3 if i >= 3 and lemmas[i - 3] == "временно" else i - 2
    words = doc[i : title.words_end or title.end]
    office = f"{'временно ' * (start < i - 2)}{acting_office(words)}"
    return replace(title, start=start, office=office, role="", generic=False, said="", head=i - 2)


def _acting_abbreviation(doc: Doc, i: int) -> int:
    """How many tokens before doc[i] abbreviate "(временно) исполняющий обязанности": "и.о.",
    "и. о." (which the tokenizer splits into "и", ".", "о", "."), "врио"; else 0."""
    if i >= 1 and doc[i - 1].lower_ in ("и.о.", "врио"):
        return 1
    if i >= 4 and [t.lower_ for t in doc[i - 4 : i]] == ["и", ".", "о", "."]:
        return 4
    return 0


# Military ranks whose longer titles hold a body's noun ("генерал армии", "генерал-полковник
# полиции"): a rank of its own, unless the noun opens the body's capitalised name.
_RANK_WORDS = frozenset(["генерал", "адмирал", "маршал", "полковник"])


def _name_inside(doc: Doc, key: tuple[str, ...], i: int, by_start: dict[int, Span]) -> bool:
    """Whether the words of `key` at doc[i:] after the first hold a name, so they are no
    title: a state's long name ("Президент Республики Корея"), or a body's capitalised one
    after a rank ("генерал Армии США": a general of the body, not "генерал армии")."""
    n = len(key)
    if any(_state_name(by_start.get(k)) for k in range(i + 1, i + n)):
        return True
    return n > 1 and _rank_before_body(doc, key, i, n)


def _rank_before_body(doc: Doc, key: tuple[str, ...], i: int, n: int) -> bool:
    """Whether a rank's longer title `key` at doc[i:i+n] has a word after the rank written
    capitalised, which opens a body's name ("Отставной генерал Армии США Майкл Флинн"): the
    rank is the first word's ("генерал") and the body is the one it serves, not the rank
    "генерал армии" the words spell in lower case."""
    if key[0].split("-")[0] not in _RANK_WORDS:
        return False
    return any(doc[k].text[:1].isupper() for k in range(i + 1, i + n))


def _nominated(head: Token) -> bool:
    """A title a nominee's noun governs, itself or through the post ("кандидат на пост
    президента", "претендент на должность посла", "кандидатура в премьеры"): an office
    sought, which no one the text names holds by it."""
    post = head.head if head.head.lemma_ in _SOUGHT_POSTS else head
    sought = post.head.i < post.i and preposition(post) in ("на", "в")
    return sought and post.head.lemma_ in _NOMINEES  # "Среди кандидатов были сенаторы": no


def _yet_to_take(head: Token) -> bool:
    """A title of an office the text tells is yet to be taken: the predicate, itself or
    through its post, of a verb of holding or taking one that tells the future or is an
    infinitive no past verb governs ("Премьером станет X", "будет назначен послом", "может
    стать министром", "вступит в должность президента", "будет президентом"), or one sought
    ("претендует на пост премьера"). No one the text names holds it by it, nor does it stand
    for whoever holds it now. Not "останется министром" (held now), "решил назначить X
    послом" (done), nor a title only a preposition's object ("будет работать с президентом")
    or in a case no predicate takes ("принесёт извинения президенту X")."""
    if yet_to_come(head):  # "X будет президентом": the title is the predicate, "быть" its own
        return True
    post = head.head if head.head.lemma_ in _SOUGHT_POSTS else head
    if post is not head and post.head.lemma_ in SUCCESSORS:
        post = post.head  # "Преемником Хольма на посту министра станет X"
    verb = post.head
    if verb.i == post.i or post.dep_ in SUBJECTS or post.dep_ == "appos":
        return False
    if post is head and preposition(head) not in _PREDICATE_PREPOSITIONS:
        return False  # "будет работать с президентом": one worked with, who holds it now
    if post is head and not preposition(head) and "Ins" not in features(head, "Case"):
        return False  # "принесёт извинения президенту X", "сменит посла X": not a predicate
    if post is not head and verb.lemma_ in _SEEKING:
        return True  # "претендует на пост премьера", "баллотируется на пост президента"
    taking = (load_list(OFFICE_VERBS) | load_list(POST_VERBS) | _SEEMING) - _STAYING
    return verb.lemma_ in taking and yet_to_come(verb)


def _to_become(doc: Doc, title: Title, ahead: list[Token]) -> bool:
    """A generic title ("лидер", "глава") with no state of its own, the subject of the verb
    of an office yet to be taken ("её лидер станет президентом Франции", "лидер партии может
    стать премьер-министром"): one who is to take an office holds none of that state's
    yet; not its holder now, whom the title alone would stand for. `ahead` holds only the
    offices of a state: one to chair a body ("глава государства станет председателем G20")
    is its holder now."""
    head, verb = doc[title.head], doc[title.head].head
    if not title.generic or title.state or head.dep_ not in SUBJECTS:
        return False
    if title.end < len(doc) and doc[title.end].pos_ == "PROPN":
        return False  # "возглавит глава администрации Сергей Иванов": the name's title
    # the verb itself, or through the post or the infinitive it governs ("может стать")
    return any(a.head == verb or (a.head.head == verb and _through(a.head)) for a in ahead)


def _through(word: Token) -> bool:
    """A post ("займёт пост президента") or an infinitive its verb governs ("может стать
    президентом"), not a verb coordinated ("возглавит …, а заместителями станут")."""
    return word.lemma_ in _SOUGHT_POSTS or word.dep_ == "xcomp"


# Nouns of one who takes a post after another ("преемником Хольма на посту министра").
SUCCESSORS = frozenset(["преемник", "преемница", "сменщик"])
# Verbs of keeping an office: "останется министром" tells it held now.
_STAYING = frozenset(["оставаться", "остаться"])
# Prepositions of a title itself the verb's predicate: none ("станет министром"), "в
# качестве" ("будет работать в качестве советника"), "в" ("пойдёт в президенты").
_PREDICATE_PREPOSITIONS = frozenset(["", "в"])
# Verbs of what may turn out ("может оказаться первым президентом"): a hypothetical office,
# yet to be taken where the verb tells what is to come.
_SEEMING = frozenset(["оказаться", "оказываться"])
# Verbs of seeking a post, in any tense: the post is not held by it.
_SEEKING = frozenset(["претендовать", "баллотироваться"])


def acting_office(words: Span) -> str:
    """The office of one who acts for the holder of the title `words` ("президента")."""
    return f"исполняющий обязанности {words.text.lower()}"


def is_trade(office: str) -> bool:
    """Whether the office (as kg stores it, or a title's lemma) is a profession
    (`trades.txt`, its first word): one that serves no state or body, so it takes no state
    the text does not name ("адвокат Марко Рубио", not "министр Марко Рубио")."""
    words = office.lower().replace("ё", "е").split()
    return bool(words) and words[0] in load_list(TRADES)


# Nouns of one put forward for an office, and the posts they seek ("кандидат на пост").
_NOMINEES = frozenset(["кандидат", "кандидатка", "кандидатура", "претендент", "претендентка"])


def post_nouns(*kinds: str) -> frozenset[str]:
    """The post nouns of the given kinds (`post_nouns.tsv`): each reader takes the kinds its
    reading allows, from the one list of them."""
    return frozenset(noun for noun, kind in load_rows(POST_NOUNS) if kind in kinds)


_SOUGHT_POSTS = post_nouns("post", "seat")


def _of_post(head: Token) -> bool:
    """A title a post noun governs as its genitive ("выдвинет её на пост госсекретаря",
    "назначен на должность посла", "ушёл с поста премьера"), or a verb's predicate in the
    instrumental ("оказался президентом", "считают его премьером"): it names the post, or
    what the subject is, not another who holds it. Not "позиция посла" (a stance, the
    ambassador's), "в качестве министра", an agent ("подписано президентом"), nor a post a
    verb's subject holds now ("занимающий пост президента страны": the office is his)."""
    if head.dep_ == "xcomp" and not preposition(head) and "Ins" in features(head, "Case"):
        return True  # "Кастильо оказался президентом Перу": what he is, not the holder
    post = head.head
    if head.dep_ != "nmod" or post.i > head.i or post.lemma_ not in _SOUGHT_POSTS:
        return False
    verb = post.head  # "занимающий пост президента страны": his own, now
    return verb.lemma_ not in _HOLDING or _held_then(verb)


def _held_then(verb: Token) -> bool:
    """A finite verb of holding in the past ("Пост премьера он занимал до 1998 года"): the
    post is the subject's of that time, not the holder's at the document's date."""
    return "Fin" in features(verb, "VerbForm") and "Past" in features(verb, "Tense")


# Verbs whose subject holds the post they govern now ("занимающий пост президента страны",
# "остаётся на посту премьера"): the post's title is the subject's own office.
_HOLDING = frozenset(["занимать", "занять", "оставаться", "остаться", "находиться", "совмещать"])


def _counted(head: Token) -> bool:
    """A title a numeral of more than one governs ("оба лидера", "два президента"): several
    people, though the noun after "два" is singular in form; or one "любой", "каждый"
    govern ("любой президент"): whoever holds it, no one person."""
    return any(
        (c.dep_.startswith("nummod") and c.lemma_ not in ("один", "1"))
        or (c.dep_ in ("det", "amod") and c.lemma_ in _ANY)
        for c in head.children
    )


# Determiners that make a title anyone's who holds it ("любой президент"), no one person.
_ANY = frozenset(["любой", "каждый", "всякий"])


def title_lemma(lemma: str) -> str:
    """A title word's lemma as the title tables spell it: "экс-председатель" is a
    chairman's title, a former one ("бывший председатель"), and "ё" is written "е"."""
    return lemma.replace("ё", "е").removeprefix("экс-")


def _city_at(doc: Doc, start: int) -> Span | None:
    """The place the tagger finds at `start` that is no state ("посол ЕС в Тбилиси"): an
    envoy's post in a city, which the title holds up to the name after it, as it does a
    state's ("посол Дании в Норвегии")."""
    return next((e for e in doc.ents if e.start == start and e.label_ == "LOC"), None)


# Ordinals of succession: "Первый генеральный секретарь ООН X", "восьмой генсек ООН Y" name
# a holder by his place among them, who may still hold the office (names71, fix41); not a
# rank of the title's own ("первый заместитель", "первый секретарь посольства", "первый
# вице-премьер").
_SUCCESSION = frozenset(
    [
        "первый",
        "второй",
        "третий",
        "четвёртый",
        "четвертый",
        "пятый",
        "шестой",
        "седьмой",
        "восьмой",
        "девятый",
        "десятый",
    ]
)
_RANKED_NOUNS = ("секретарь", "заместитель", "замест", "вице-", "помощник", "советник", "зам")


def former_title(doc: Doc, start: int) -> bool:
    """The title says its holder has left office: "экс-президент", "бывшего президента",
    "отставной генерал"."""
    if doc[start].lower_.startswith("экс-"):
        return True
    return start > 0 and doc[start - 1].lemma_ in ("бывший", "прежний", "отставной")


def succession_ordinal(doc: Doc, start: int) -> bool:
    """An ordinal of succession before the title ("Первый генеральный секретарь ООН X",
    "Девятый генсек ООН Y"): it tells the holder's place among them, not whether he still
    holds the office; the offices extractor marks him former only where the gazetteer's
    term of that office ended before the document's date (fix41)."""
    return (
        start > 0
        and doc[start - 1].lemma_ in _SUCCESSION
        and not doc[start].lower_.startswith(_RANKED_NOUNS)
    )


def _title(
    doc: Doc,
    i: int,
    end: int,
    spec: tuple[str, str],
    by_start: dict[int, Span],
    by_end: dict[int, Span],
    org_at: dict[int, Span],
) -> Title:
    """The title whose office words are doc[i:end], with the state or body it serves."""
    office, role = spec
    head = next((t.i for t in doc[i:end] if t.pos_ in ("NOUN", "PROPN")), i)
    state, foreign, start, words_end, body_words = "", False, i, end, ""
    body, inside = -1, ""  # the body whose key is the state, the state its name holds
    after = by_start.get(end)
    # A body in quotes ("лидер «Аль-Каиды»") is served as one without them.
    org = org_at.get(end + 1 if end < len(doc) and doc[end].text in OPENING else end)
    if org is not None and _reporting(doc, i, org):
        org = None
    if after is not None and after.id_ == "capital":
        end = after.end  # "мэр Осло" serves the city, not the state
    elif after is not None and after.id_ != "adjective":
        end, state = after.end, after.kb_id_
    elif org is not None and (own := _state_body(doc, end, org, by_end)) is not None:
        # "председатель Национального собрания Вьетнама": the body is the office's, the
        # state its name ends with is served
        body_words, state = doc[end : own.start].text, own.kb_id_
        end, foreign = org.end, True
    elif org is not None:  # "генеральный секретарь ООН"; a body of no key, the state in it
        spans = (by_start.get(k) for k in range(org.start, org.end))
        inside = next((s.kb_id_ for s in spans if s is not None and s.id_ != "adjective"), "")
        end, state, foreign = org.end, org.kb_id_ or inside, True
        body = org.start
    elif (named := _named_body(doc, end, head, org_at)) is not None:
        # "лидер партии «Фидес»": the complement's noun is the office's, the body it names
        # is served
        body_words, state = doc[end].lower_, named.kb_id_
        end, foreign, body = named.end, True, named.start
    elif (body_end := _body_noun(doc, end, by_start, _bodies_of_state())) > end:
        # "вице-спикер парламента Грузии", "командир армии Сомали": a title of a state's body,
        # named by its common noun, serves that state
        end, state, foreign = by_start[body_end].end, by_start[body_end].kb_id_, True
    elif _complement(doc, end, head) or _quoted_name(doc, end):
        foreign = True  # "президент компании", "председатель совета директоров", "глава «Лиги»"
    # A post is where one is ("в Норвегии"), not where one goes ("визит президента Франции
    # в Индию": the accusative is the visit's goal); only an envoy's is abroad, the place
    # after any other title is the sentence's ("переговоры министра Турции в Анкаре")
    where = (
        end + 1 < len(doc)
        and title_lemma(doc[head].lemma_) in load_list(POSTED)
        and doc[end].lower_ in ("в", "во", "при")
        and case_of(doc[end + 1]) != "Acc"
    )
    posted = (
        (by_start.get(end + 1) or org_at.get(end + 1) or _city_at(doc, end + 1)) if where else None
    )
    if posted is not None and posted.id_ != "adjective":
        end = posted.end  # "посол Дании в Норвегии": where the post is, not whom it serves
    before = by_end.get(i)
    adjective = before is not None and before.id_ == "adjective"
    unkeyed = inside or (None if adjective else "")
    if not state and before is not None and before.id_ == "adjective":
        start, state = before.start, before.kb_id_  # "российский президент"
    if not state and not foreign and (union := union_served(doc[head].lemma_)):
        state, foreign = union, True  # "Еврокомиссар Марта Кос": the EU's, no body named
    field = ""
    if state and serves_union(state) and (field_end := _field_end(doc, end, head)) > end:
        # "Комиссар ЕС по вопросам расширения X": a union's post is named with its field
        words = doc[end:field_end]  # lower case but names ("по Ближнему Востоку")
        field = " ".join(t.text if t.text[:1].isupper() else t.lower_ for t in words)
        end = field_end
    generic = doc[i].lemma_ in ("глава", "лидер")
    kind = doc[i - 1] if i > 0 and before is None and doc[i].lemma_ == "лидер" else None
    if role and kind is not None and _kind_of_leader(kind):
        # "верховный лидер Ирана", "духовный лидер": a kind of leader, not the head of state.
        return Title(i - 1, end, f"{kind.lemma_} лидер", "", state, head=head,
                     words_end=words_end, body=body, unkeyed=unkeyed)  # fmt: skip
    if foreign and role:
        # "лидер консерваторов" leads a party, not a state: the title's own word, not the
        # state office its role stands for.
        lemmas = tuple(title_lemma(t.lemma_) for t in doc[i:words_end])
        office, role, generic = _open_class().get(lemmas, " ".join(lemmas)), "", False
    office = f"{office} {body_words}" if body_words else office
    office = f"{office} {field}" if field else office
    said = _role_words(tuple(t.lemma_ for t in doc[i:words_end]), role) if generic else ""
    return Title(start, end, office, role, state, generic, foreign=foreign, head=head,
                 words_end=words_end, said=said, body=body, unkeyed=unkeyed)  # fmt: skip


def _no_doer(lemmas: list[str], end: int, spec: tuple[str, str] | None) -> tuple[str, str] | None:
    """The title's office and role, but none for a performer's noun before a deed's in the
    genitive (`_DEEDS`: "исполнители взрывов"), who is the one who did it."""
    if spec is not None and spec[0] in _DOERS and end < len(lemmas) and lemmas[end] in _DEEDS:
        return None
    return spec


def _office_words(
    doc: Doc,
    i: int,
    n: int,
    spec: tuple[str, str],
    by_start: dict[int, Span],
    org_at: dict[int, Span],
) -> tuple[int, tuple[str, str]]:
    """The title at doc[i:i+n] with the words after it that are its office's: a ministry's
    field ("министр экономики Мексики", "первый замминистра финансов"), a diplomatic
    mission's noun before its state's name ("советник посольства Франции", "первый секретарь
    посольства Швеции": a mission's rank, no adviser to the state; not of an office that
    stands for a role)."""
    last = title_lemma(doc[i + n - 1].lemma_)
    if last in _PORTFOLIO_HEADS and spec[0].endswith(last):
        field_end = _portfolio(doc, i + n, by_start, org_at)
        if field_end > i + n:
            spec, n = (f"{spec[0]} {doc[i + n : field_end].text.lower()}", spec[1]), field_end - i
    if not spec[1] and (body := _body_noun(doc, i + n, by_start, load_list(MISSIONS))) > i + n:
        spec, n = (f"{spec[0]} {doc[i + n : body].text.lower()}", ""), body - i
    return n, spec


def _body_noun(doc: Doc, i: int, by_start: dict[int, Span], nouns: frozenset[str]) -> int:
    """The end of a body's genitive noun of `nouns` (after its genitive adjectives) at doc[i]
    right before a state's name ("посольства Франции", "парламента Грузии"): a body of that
    state; `i` where none."""
    j = i
    while j < len(doc) and j not in by_start and is_adjectival(doc[j]) and case_of(doc[j]) == "Gen":
        j += 1
    if j >= len(doc) or j in by_start or doc[j].lemma_.replace("ё", "е") not in nouns:
        return i
    # the noun written capitalised, as a name's first word, the tagger may call a proper
    # noun ("генерал Армии Чили"): still the body's genitive noun
    named = doc[j].pos_ == "PROPN" and "Gen" in features(doc[j], "Case")
    body = _complement(doc, j, -1) or named
    return j + 1 if body and _state_name(by_start.get(j + 1)) else i


def _state_body(doc: Doc, end: int, org: Span, by_end: dict[int, Span]) -> Span | None:
    """The state whose genitive name ends the body's right after a title at doc[end]
    ("Национального собрания Вьетнама", "ЦК Компартии Кубы", "Центрального банка Турции"):
    a body of that state, not an international one ("ООН") nor one only placed there
    ("представительства ЕС в Китае"); not a body in quotes, whose name is its own."""
    own = by_end.get(org.end)
    if own is None or own.start <= org.start or own.id_ in ("adjective", "capital"):
        return None
    if doc[end].text in OPENING or doc[own.start - 1].pos_ == "ADP":
        return None
    return own


# Nouns for someone's words an outlet reports: "передаёт слова кенийского министра РИА Новости"
_WORDS = frozenset(["слово", "цитата", "высказывание"])


def _reporting(doc: Doc, i: int, org: Span) -> bool:
    """Whether the outlet after a title at doc[i] reports the words the title's holder said
    ("— передаёт слова кенийского министра РИА Новости", "— приводит слова египетского посла
    агентство Анадолу"): the parser hangs it on the title, but it is the verb's subject,
    no body the title serves. Only a media outlet closing its clause, after the words' noun
    ("слова генсека ООН" serves the UN; "главный редактор РИА Новости" serves it)."""
    k = i - 1
    while k >= 0 and doc[k].pos_ == "ADJ":  # "слова кенийского министра"
        k -= 1
    closes = org.end == len(doc) or doc[org.end].is_punct
    return org.label_ == "MediaOutlet" and closes and k >= 0 and doc[k].lemma_ in _WORDS


def _role_words(lemmas: tuple[str, ...], role: str) -> str:
    """What a generic title of the head of state says ("лидер", "глава государства") in the
    nominative: which office its holder has, the title does not say."""
    if role != "head_of_state":
        return ""  # "глава правительства", "глава МИД": one office, whatever its name
    return "лидер" if lemmas[0] == "лидер" else "глава государства"


def _kind_of_leader(word: Token) -> bool:
    """An adjective that says what kind of leader ("верховный", "духовный"), not when or
    how old ("бывший", "57-летнего", "многолетний")."""
    return (
        word.pos_ == "ADJ"
        and word.text.isalpha()
        and word.lemma_ not in _WHEN
        and not word.lemma_.endswith("летний")
    )


# Adjectives that date a leader rather than say what kind ("бывший лидер страны").
_WHEN = frozenset(["бывший", "нынешний", "новый", "действующий", "покойный", "будущий",
                   "прежний", "многолетний", "последний", "первый", "старый"])  # fmt: skip
# Genitives after a title that do not make it another body's office: "лидер страны" is
# the state's leader, "президент в течение года" a president.
# A performer's noun before a deed's in the genitive is the one who did the deed
# ("главные исполнители взрывов", "исполнитель теракта"), not a performer's title.
_DOERS = frozenset(["исполнитель"])
_DEEDS = frozenset(
    ["взрыв", "теракт", "террористический", "убийство", "нападение", "покушение",
     "преступление", "атака", "похищение", "поджог", "расстрел", "ограбление", "акт"]
)  # fmt: skip
# Adjectives of an interim body inside a title ("глава переходного правительства").
_INTERIM = frozenset(["временный", "временной", "переходный"])  # "временного": either lemma
_NOT_COMPLEMENTS = frozenset(["страна", "государство", "республика", "год", "время", "день"])
# Titles whose "страны" makes a generic head of the country ("лидер страны", "глава страны").
_HEADS = frozenset(["лидер", "глава"])


def _complement(doc: Doc, i: int, head: int) -> bool:
    """A genitive common noun (after any genitive adjectives, coordinated too) right after
    a title: the body the office is of ("президент компании", "лидер советской и российской
    рок-группы"). A noun the parse hangs on the title's head counts when it can be genitive,
    whatever case the tagger chose ("рок-группы" read as a plural nominative). A participle
    is an adjective here ("лидер указанной партии")."""
    while i < len(doc) and (
        (is_adjectival(doc[i]) and "Gen" in features(doc[i], "Case"))
        or (doc[i].pos_ == "CCONJ" and i + 1 < len(doc) and is_adjectival(doc[i + 1]))
    ):
        i += 1
    token = doc[i] if i < len(doc) else None
    if token is None or token.pos_ != "NOUN" or token.lemma_ in _NOT_COMPLEMENTS:
        return False
    return "Gen" in features(token, "Case") or (
        token.dep_ == "nmod"
        and token.head.i == head
        and any(p.tag.case == "gent" and p.tag.POS == "NOUN" for p in morph().parse(token.text))
    )


def _named_body(doc: Doc, i: int, head: int, org_at: dict[int, Span]) -> Span | None:
    """The organization a title's one-noun complement at doc[i] names right after it, in
    quotes or not ("лидер партии «Фидес»", "президент клуба «Фламенго»"), else None."""
    if (
        not _complement(doc, i, head)
        or doc[i].pos_ != "NOUN"
        or not is_inanimate(doc[i])  # "заместитель главы Минфина": the head's deputy
        or i + 2 >= len(doc)
    ):
        return None
    org = org_at.get(i + 2 if doc[i + 1].text in OPENING else i + 1)
    return org if org is not None and not _reporting(doc, i, org) else None


# Offices whose genitive complement is the field they run, not another body: "министр
# экономики", "министр промышленности и торговли" (the fields the open class lacks).
_PORTFOLIO_HEADS = frozenset(["министр", "замминистра"])
# Genitives after "министр" that are whose minister he is, not his field.
_NOT_FIELDS = _NOT_COMPLEMENTS | {"правительство", "кабинет", "администрация"}


def _portfolio(doc: Doc, i: int, by_start: dict[int, Span], org_at: dict[int, Span]) -> int:
    """The end of a ministry's field after its title's head (common nouns in the genitive,
    their adjectives and participles, coordinated: "сельского хозяйства", "промышленности и
    торговли", "сельского хозяйства и окружающей среды"), or
    `i` where none follows or it is a state or a body."""
    end = j = i
    commas: list[int] = []  # "экономики, торговли и промышленности": a list "и" closes
    while j < len(doc) and j not in by_start and j not in org_at:
        t = doc[j]
        genitive = "Gen" in t.morph.get("Case")
        if is_adjectival(t) and genitive:  # "окружающей среды": a participle
            j += 1
        elif t.pos_ == "NOUN" and genitive and t.lemma_ not in _NOT_FIELDS:
            j = end = j + 1
        elif t.lower_ in ("и", ",") and end == j and end > i:
            commas += [j] if t.lower_ == "," else []
            j += 1
        else:
            break
    if not commas:
        return end
    listed = doc[commas[0] : end]
    closed = any(t.lower_ == "и" for t in doc[commas[-1] : end])
    # one field an item: "экономики, торговли и промышленности", not "экономики, руководства
    # компании и профсоюзов" (the minister and others)
    single = not any(t.pos_ == "NOUN" and listed[k + 1].pos_ == "NOUN"
                     for k, t in enumerate(listed[:-1]))  # fmt: skip
    return end if closed and single else commas[0]


def is_portfolio(t: Token) -> bool:
    """Whether `t` is a minister's field in the parse ("министры торговли", "министр
    сельского хозяйства"): a genitive common noun under "министр", not whose minister."""
    return (
        t.head.lemma_ in _PORTFOLIO_HEADS
        and t.pos_ == "NOUN"
        and "Gen" in t.morph.get("Case")
        and t.lemma_ not in _NOT_FIELDS
    )


def _quoted_name(doc: Doc, i: int) -> bool:
    """A capitalised name in quotes right after a title ("глава «Лиги»"): a body's, whatever
    the tagger made of it, not a state's."""
    return i + 1 < len(doc) and doc[i].text in OPENING and doc[i + 1].text[:1].isupper()


def is_office(lemmas: Sequence[str], state_role: bool = False) -> bool:
    """Whether the words from `lemmas[0]` on begin an office title ("посол", "глава МИД",
    "министр иностранных дел"); `state_role`: one of a state's three roles ("премьер").
    For readers of events that change an office ("назначил послом", "стал премьером")."""
    words = tuple(w.replace("ё", "е") for w in lemmas)
    spans = [words[:n] for n in range(len(words), 0, -1)]
    if any(k in TITLES for k in spans):
        return True
    return not state_role and any(k in _open_class() for k in spans)


def titled_person(t: Token) -> bool:
    """A capital's word the tagger reads as an animate nominative apposed to an office title
    before it, with no preposition ("Министр Сана заявил", "Министр обороны Гвинеи Сану
    заявил"): a person's name, not Yemen's capital; "прибыл в Сану", "власти Саны" are the
    place."""
    head = t.head
    return (
        head.i < t.i
        and t.dep_ in ("appos", "nmod", "flat:name")
        and "Anim" in t.morph.get("Animacy")
        and "Nom" in t.morph.get("Case")
        and not any(c.dep_ == "case" for c in t.children)
        and is_office([head.lemma_])
    )


# Determiners that point back to someone named before ("этот дипломат", "сам министр"), not
# a new person.
_POINTING_BACK = frozenset(["этот", "тот", "данный", "названный", "упомянутый", "сам"])


def stands_alone(doc: Doc, title: Title) -> bool:
    """A bare office noun or a description of a state's or body's office as a clause's
    subject, with no word of its own or other modifier past its state or body ("Дипломат
    отметил", "Этот политик заявил", "Министр Перу заявил", "Форвард «Реала» написал"): it
    can only stand for someone the text named before. Not "Другой дипломат", "один из
    дипломатов", nor an office of a role, whose holder the gazetteer's terms tell."""
    if title.role or title.plural or title.former:
        return False
    head = doc[title.head]
    if head.dep_ not in SUBJECTS or (title.start < title.head and not title.state):
        return False  # "Главный тренер": a word of its own; "Немецкий посол": its state
    return all(
        title.start <= c.i < title.end
        or c.dep_ in ("punct", "cc")
        or (c.dep_ in ("det", "amod") and c.lemma_ in _POINTING_BACK)
        for c in head.children
    )
