"""The people the gazetteer lists, found by a name or by an office: a mention's name against the
gazetteer's persons (their terms in office, shared posts, first names spelled otherwise), and a
title with no name beside it against the holder of that office on the document's date.

Split out of person_links.py (forty-third pass, h-split45): the gazetteer side of linking
persons."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.extract.common.dates import find_dates
from kg.gazetteer import Gazetteer, OfficeTerm, PersonEntry, normalize, post_key
from kg.lexicon import load_groups, load_list
from kg.memory import NAMES_KEPT
from kg.model import Document, Entity
from kg.nlp.morph import morph
from kg.resolve.gender import man_named, woman_named
from kg.resolve.kin_and_ranks import WOMEN_RANKS
from kg.resolve.missed_names import same_words
from kg.resolve.name_forms import fold, form_of
from kg.resolve.name_lexicons import (
    PARTICLES,
)
from kg.resolve.name_spellings import (
    other_father,
    own_and_fathers,
    same_given,
)
from kg.resolve.names import NameParts
from kg.resolve.offices import (
    latest_start,
    term_at,
    terms_at,
    title_holder,
)
from kg.resolve.org_naming import STATE_BODIES
from kg.resolve.person_indexes import (
    name_index,
    patronymic_index,
    surname_index,
    surname_words_index,
)
from kg.resolve.person_matches import (
    first_doubled,
    first_spelled_otherwise,
    other_sex,
    other_spellings,
)
from kg.resolve.registry import Registry
from kg.resolve.title_lexicon import ROLE_OFFICES, STATE_HEADS, Title, is_trade
from kg.resolve.title_words import POSTED
from kg.resources import DATA_DIR

if TYPE_CHECKING:
    from kg.resolve.document import NameReading


OFFICE_KINDS = Path(__file__).with_name("office_kinds.tsv")
SHARED_POSTS = Path(__file__).with_name("shared_posts.txt")
# Surnames many share: those the NEREL links table gives two persons of (generated,
# kg/data/build_surnames.py) and the hand list of those it gives fewer, each with its reason.
COMMON_SURNAMES = (
    DATA_DIR / "common_surnames.txt",
    Path(__file__).with_name("common_surnames.txt"),
)


def link_titles(
    reading: NameReading,
    document: Document,
    registry: Registry,
    emit: Callable[[Entity, int, int, str], None],
    order: list[tuple[int, Entity, bool]],
    named: dict[tuple[str, str], set[str]],
    offices: dict[str, set[tuple[str, str]]],
) -> None:
    """Titles with no name beside them: the holder the text names with that title, the
    office's holder at the date, or the one person named before whom a bare office noun
    fits."""
    persons, titles = reading.persons, reading.titles
    # the years an undated text's dates give, read once for all its titles
    told = _told_years(document.text) if titles and not document.date else frozenset()
    person_starts = {m.tokens[0] for m in persons}
    name_words = {i for m in persons for i in range(*m.tokens)}
    beside = {g.title.end for g in reading.given.values()}
    for title in titles:
        if title.end in person_starts or (title.comma_after and title.end + 1 in person_starts):
            continue  # apposition: the person span names them
        if title.start in name_words:
            continue  # "Султан Ахмедов заявил": a first name, no sultan
        if title.end in beside:
            continue  # "Юнас Гар Стёре, премьер-министр Норвегии": the name before it
        if title.start in reading.hosts:
            continue  # "посетил Лиму, где его принял президент страны": the host, unnamed
        if title.start in reading.unheld:
            # "назначил X, … что новый премьер": the appointee, not the sitting one
            appointed = {e.key: e for i, e, _ in order if i in reading.unheld[title.start]}
            if len(appointed) == 1:
                appointee = next(iter(appointed.values()))
                emit(appointee, title.start_char, title.end_char, "title")
            continue
        if title.post:
            continue  # "выдвинет её на пост госсекретаря": the post, no one who holds it
        joined = _joined_stated(document.text, title, titles)
        if joined is not None and joined.end in beside:
            continue  # "премьер-министра и министра обороны Литвы X": X's, as both are
        title = title if joined is None else replace(title, state=joined.state)
        holder = _titles_holder(reading, document, registry, order, named, offices, title, told)
        if holder is not None and not (
            title.start in reading.her_titles
            and _listed_man(registry.gazetteer, holder)
            and not _given_womans_rank(offices.get(holder.key, set()))
        ):
            emit(holder, title.start_char, title.end_char, "title")


def _joined_stated(text: str, title: Title, titles: list[Title]) -> Title | None:
    """The title of a state's office "и" joins right after a bare one in its case, whose
    state it shares ("премьер-министра и министра обороны Литвы": Lithuania's premier, not
    the state the text speaks for), else None; not two ranks of a state's head, which are
    two people ("султан и эмир Кувейта X": the sultan named before; `given_plural`'s
    `_two_holders`). Sixty-first pass, h-orgs74."""
    if title.state or title.plural or title.former:
        return None
    after = next((t for t in titles if t.start == title.end + 1), None)
    if after is None or not after.state.startswith("state/") or after.case != title.case:
        return None
    posts = {post_key(title.office), post_key(after.office)}
    if len(posts) == 2 and posts <= STATE_HEADS:
        return None
    return after if text[title.end_char : after.start_char].strip() == "и" else None


def _given_womans_rank(held: set[tuple[str, str]]) -> bool:
    """Whether the text gives the holder a woman's royal rank ("Принцесса Мако Акисино"):
    it tells her sex before the dictionary's guess at a foreign first name ("Мако" as a
    man's), so a feminine verb keeps a lone rank on her ("— рассказала принцесса"; fix46b)."""
    return any(office.split()[:1] and office.split()[0] in WOMEN_RANKS for office, _ in held)


def _listed_man(gazetteer: Gazetteer, holder: Entity) -> bool:
    """Whether the persons tables list the holder under a man's first name: a title whose verb
    is feminine ("Президент Египта встретила") is not his. A person only the text names
    shows their sex by its own verbs, whatever the dictionary guesses of the first name
    ("Мао Нин прокомментировала")."""
    entry = gazetteer.person(holder.key)
    return entry is not None and man_named(entry.first)


def _titles_holder(
    reading: NameReading,
    document: Document,
    registry: Registry,
    order: list[tuple[int, Entity, bool]],
    named: dict[tuple[str, str], set[str]],
    offices: dict[str, set[tuple[str, str]]],
    title: Title,
    told: frozenset[int],
) -> Entity | None:
    """The person a title with no name beside it stands for, or None; `told`: the years an
    undated text's dates give (`title_holder`)."""
    own = named.get((title.office, title.state), set())
    if len(own) == 1 and not (title.plural or title.former):
        # The text names the holder itself: it beats the gazetteer's terms at the date,
        # which may be out of date or the date misread.
        holder: Entity | None = registry.entities[next(iter(own))]
    else:
        later = _same_title_after(reading.titles, title) if not document.date else None
        holder = title_holder(
            title, document.date, registry.gazetteer, order, reading.home, later, told, offices
        )
        if holder is None and title.start in reading.bare:
            said = document.text[title.start_char : title.end_char].lower()
            holder = _the_one_in_office(title, said, order, offices)
    if holder is not None and not _holds_it_then(registry.gazetteer, holder, title, document.date):
        return None
    return holder


def _same_title_after(titles: list[Title], title: Title) -> Title | None:
    """The next title of the same office, role and state as `title`, one person's."""
    return next(
        (
            t
            for t in titles
            if t.start > title.start
            and (t.office, t.role, t.state, t.generic)
            == (title.office, title.role, title.state, title.generic)
            and not (t.plural or t.former or t.post)
        ),
        None,
    )


@lru_cache(maxsize=64)
def _told_years(text: str) -> frozenset[int]:
    """The years of the dates an undated text gives ("12 мая 2012 года", "в 2015 году")."""
    return frozenset(
        int(d.value[:4])
        for d in find_dates(text)
        if not d.relative and d.value[:4].isdigit() and 1000 <= int(d.value[:4]) <= 2100
    )


# Nouns that name a body's head whatever its office is called ("глава МАГАТЭ").
_HEADS = frozenset(["глава", "руководитель"])


def _holds_it_then(gaz: Gazetteer, holder: Entity, title: Title, date: str) -> bool:
    """Whether a title of an organization's office with no name beside it ("генсек ООН",
    "глава МАГАТЭ"), whose holder changes, may stand for `holder`: a person only the text
    knows, or a gazetteer person the gazetteer gives a term of that office (of any office
    of that body, after a head noun: "глава") at the document's date. The text may have
    named a past holder with that title ("Первый генеральный секретарь ООН Трюгве Ли");
    an undated text links no gazetteer person by such a title alone."""
    entry = gaz.person(holder.key)
    if entry is None or not title.state.startswith("org/"):
        return True
    office = normalize(title.office)
    for term in terms_at(entry, date):
        held = _office_in(gaz, term, title.state)
        if held is not None and (
            office in _HEADS or held == office or held.startswith(office + " ")
        ):
            return True
    return False


def _office_in(gaz: Gazetteer, term: OfficeTerm, body: str) -> str | None:
    """The term's office (normalized) if it is one of the organization `body`: a term of
    that key, or one whose office ends with the body's name, less that name ("председатель
    Европейской комиссии" of the EU is "председатель" of "Еврокомиссия"); else None."""
    if term.state == body:
        return normalize(term.office)
    org = gaz.org(body)
    if org is None:
        return None
    names = {_lemmas(n.split()) for n in (org.name, *org.abbreviations)}
    words = normalize(term.office).split()
    return next(
        (" ".join(words[:n]) for n in range(1, len(words)) if _lemmas(words[n:]) in names), None
    )


def _lemmas(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(morph().normal_form(w.lower()) for w in words)


def _the_one_in_office(
    title: Title,
    said: str,
    order: list[tuple[int, Entity, bool]],
    offices: dict[str, set[tuple[str, str]]],
) -> Entity | None:
    """The person a bare office noun or a description stands for ("Посол Кении Джон Мванга …
    Дипломат отметил", "Министр иностранных дел Перу X … Министр Перу заявил"): the one
    named before it with an office the title fits, of the state or body the title names;
    no one where two fit. `said`: the title as written, lowercased."""
    fit = {
        e.key: e
        for i, e, _ in order
        if i < title.start
        and any(_describes(title, said, o, s) for o, s in offices.get(e.key, set()))
    }
    return next(iter(fit.values())) if len(fit) == 1 else None


def _describes(title: Title, said: str, office: str, state: str) -> bool:
    """Whether `title` may name again whom the text gave `office` of `state`: the same
    office, a noun it is a kind of (`office_kinds.tsv`), or it less a word before or its
    complement after ("тренер" of "главный тренер", "пресс-секретарь" of "пресс-секретарь
    президента"); of the same state or body, where the title names one. A body the title
    names with no key ("Глава Военного совета") is told by its words: the office's own."""
    office = office.lower()
    if title.foreign and not title.state:
        return said == office
    if title.state and title.state != state:
        return False
    own = title.office.lower()
    kinds = load_groups(OFFICE_KINDS).get(own, frozenset())
    return (
        own == office
        or office in kinds
        or office.endswith(" " + own)
        or office.startswith(own + " ")
    )


# A pope's titles, before the name he took alone ("Папа Римский Бенедикт").
_PONTIFF_OFFICES = frozenset(["папа римский", "папа", "понтифик", "римский папа"])
_REGNAL_NAME = re.compile(r"(\w+(?: \w+)?) ([IVXL]+)")


@cache
def _regnal_names(gaz: Gazetteer) -> dict[str, tuple[PersonEntry, ...]]:
    """Folded name taken → the gazetteer's persons named by it and a number ("Бенедикт
    XVI", "Иоанн Павел II")."""
    out: dict[str, list[PersonEntry]] = {}
    for p in gaz.persons:
        m = _REGNAL_NAME.fullmatch(p.name)
        if m is not None:
            out.setdefault(fold(m.group(1)), []).append(p)
    return {k: tuple(v) for k, v in out.items()}


def _pontiff_named(parts: NameParts, title: Title | None, gaz: Gazetteer) -> PersonEntry | None:
    """The pope a pope's title names by the name he took, without its number ("Папа
    Римский Бенедикт"): the one gazetteer person of that name and a number, where the
    gazetteer has one; not a name of a number the text gives otherwise."""
    if title is None or title.office.lower() not in _PONTIFF_OFFICES or parts.last:
        return None
    if not parts.first or parts.patronymic or parts.initials:
        return None
    found = _regnal_names(gaz).get(fold(parts.first), ())
    return found[0] if len(found) == 1 else None


def gazetteer_person(
    parts: NameParts,
    date: str,
    gaz: Gazetteer,
    title: Title | None,
    in_full: frozenset[str] = frozenset(),
    sex: str = "",
    states: frozenset[str] | None = None,
) -> PersonEntry | None:
    """The gazetteer's person `parts` name at `date`, of no first name of the other `sex`
    ("femn"/"masc": the text's word for it); `states`: the state keys the document names,
    where known (`_common_alone`)."""
    pontiff = _pontiff_named(parts, title, gaz)
    if pontiff is not None:
        return pontiff
    whole = _named_in_full(parts.words, gaz)
    if len(whole) == 1:
        return whole[0]  # every word agrees, in order: "Си Цзиньпином", "Лулы да Силвы"
    surname = _surname_in_full(parts.words, gaz)
    if surname:
        # A surname of several words alone ("Лопес Обрадор", "Лулы да Силвы"), which the
        # name reader splits into a first name and a surname: a surname alone.
        parts = replace(parts, first="", initials=(), last=" ".join(parts.words))
        candidates = list(surname)
    elif parts.last:
        candidates = _by_surname(parts, gaz)
    else:
        candidates = list(
            patronymic_index(gaz).get((fold(parts.first), fold(parts.patronymic)), ())
        )
    candidates = [
        p
        for p in candidates
        if _first_agrees(parts, p)
        and not other_sex(parts.last, p.last)
        and not other_father(parts.full, p.name)
        and not (sex == "femn" and man_named(p.first))
        and not (sex == "masc" and woman_named(p.first))
    ]
    if not parts.last or (not parts.first and not parts.initials):
        # A surname alone, or a first name and patronymic ("Александр Васильевич"), links to
        # an office holder, whose term narrows it down, to an entry the text also names in
        # full, or to one news names by the surname alone (a one-word alias); never to a
        # stranger who shares the surname or the two given names.
        candidates = [
            p for p in candidates if p.terms or p.key in in_full or _named_alone(parts, p)
        ]
    common = _common_alone(parts) if states is not None and title is None else ""
    if common:
        # "Президент Перу позвонил Чавесу": a surname many share, alone, is the famous
        # namesake only in a text of a state that one served, or named in full; of a
        # surname the source gives two persons of, also the one with no term the source
        # names by it alone ("Рейган" is Рональд's, not Нэнси's), and office holders who
        # all served one state, whose terms tell them apart ("Алиев", "Обама"; not "Ли":
        # China's and Korea's)
        served = {t.state for p in candidates for t in p.terms}
        candidates = [
            p
            for p in candidates
            if p.key in in_full
            or any("state/" + t.state in (states or ()) for t in p.terms)
            or (
                common == "source"
                and (len(served) == 1 or not p.terms)
                and _named_or_held(parts, p)
            )
        ]
    if title is not None and _contradicts(title) and not parts.first and not parts.initials:
        # a surname alone beside a title is no office holder who never held that office
        # ("Директор школы Клинтон" is not the president)
        candidates = [p for p in candidates if not p.terms or _ever_held(p, title)]
    if title is not None and _shared_post(title) and not parts.first and not parts.initials:
        # a surname alone beside a post many hold at once is only a person the gazetteer
        # gives a term of that post at the date ("Министр Лавров" in 2024), or one the text
        # names in full: not a famous namesake ("Посол Кеннеди", "Посол Абрамович"), nor
        # one in another office or out of it then ("Посол Лавров", "Министр Лавров" in 1995)
        candidates = [p for p in candidates if p.key in in_full or _in_that_post(p, title, date)]
    if title is not None and title.state:
        iso3 = title.state.removeprefix("state/")
        in_state = [p for p in candidates if any(t.state == iso3 for t in p.terms)]
        candidates = in_state or [
            p
            for p in candidates
            if not _first_in_part(parts, p) and not _served_elsewhere(parts, p, title, in_full)
        ]
    if not candidates:
        return None
    if len(candidates) > 1 and not parts.first and not parts.initials:
        dated = [p for p in candidates if term_at(p, date)]
        if len(dated) != 1:
            return None  # "Алиев" alone: which one? Leave it to the text's own names.
        return dated[0]
    if len(candidates) > 1 and not parts.last:
        # "Владимир Владимирович": the namesake the text names with a surname, or the one
        # in office at the date; otherwise which one is not said.
        named = [p for p in candidates if p.key in in_full]
        dated = [p for p in candidates if term_at(p, date)]
        return next((one[0] for one in (named, dated) if len(one) == 1), None)
    return max(candidates, key=lambda p: (term_at(p, date) is not None, latest_start(p)))


def _contradicts(title: Title) -> bool:
    """Whether a title the gazetteer does not list for an office holder makes a surname
    beside it a namesake: one of another field than a state's offices, a profession
    ("Тренер Обама") or a post of a body of no state ("Директор школы Клинтон"), or a
    state's office whose holders the gazetteer knows ("Канцлер Байден"). Not another state
    post it may not list ("Сенатор Байден", "Спикер Госдумы Володин")."""
    if title.generic:
        return False
    return is_trade(title.office) or (title.foreign and not title.state) or bool(title.role)


def _shared_post(title: Title) -> bool:
    """Whether the title is a post a state or body fills with many at once (`SHARED_POSTS`,
    a post held abroad), or one of a body every state has whose state it does not name
    ("спикер парламента", "председатель правительства": one in each state): "Посол
    Кеннеди", "Министр Лопес", "сотрудник посольства", "Спикер парламента Кеннеди" name one
    of many, whom a one-word alias does not tell. Not a post one person holds at a time,
    whose title tells the famous holder ("Министр обороны России Шойгу", "Мэр Москвы
    Собянин", "Капитан сборной Бразилии Неймар"), nor a profession or a role."""
    if title.generic or title.role or is_trade(title.office):
        return False
    office = normalize(title.office)
    words = office.split()
    unnamed_body = not title.state and any(
        morph().normal_form(w) in STATE_BODIES for w in words[1:]
    )
    return office in load_list(SHARED_POSTS) or words[0] in load_list(POSTED) or unnamed_body


def _in_that_post(person: PersonEntry, title: Title, date: str) -> bool:
    """The gazetteer gives the person a term at `date` of the title's office, of one it
    heads ("министр" of "министр иностранных дел", not of "премьер-министр"), or of another
    name of it (`_names_of`), of the state or body the title names, if it names one."""
    office, where = normalize(title.office), title.state.removeprefix("state/")
    names = _names_of(title)
    for t in terms_at(person, date):
        held = normalize(t.office)
        if (held in names or held.startswith(office + " ")) and (not where or t.state == where):
            return True
    return False


def _ever_held(person: PersonEntry, title: Title) -> bool:
    """The gazetteer knows a term of the person in the title's office, of any state or body,
    or in one it opens ("председатель" of "председатель Европейской комиссии"), or in
    another name of it (`_names_of`) of the state the title names, if it names one."""
    office, names, where = normalize(title.office), _names_of(title), title.state
    return any(
        normalize(t.office).startswith(office)
        or (normalize(t.office) in names and (not where or f"state/{t.state}" == where))
        for t in person.terms
    )


def _names_of(title: Title) -> frozenset[str]:
    """The title's office, normalized, and where it is a head of government's named in
    full ("председатель правительства", "премьер-министр"), that office's other names: the
    gazetteer lists one as "премьер-министр" or "канцлер" whom news call "председатель
    правительства России". Not an office of another role, nor a generic title."""
    office = normalize(title.office)
    if title.role != "head_of_government" or title.generic:
        return frozenset([office])
    return frozenset([office, *(normalize(o) for o in ROLE_OFFICES["head_of_government"])])


def _served_elsewhere(
    parts: NameParts, person: PersonEntry, title: Title, in_full: frozenset[str]
) -> bool:
    """A surname alone beside a state's own office ("Премьер-министр Эстонии Медведев"),
    and a gazetteer person whose every term is of other states, whom the text does not name
    in full: a namesake, not the famous office holder of another state. Not a person the
    gazetteer gives no term, nor a title of another body of the state ("посол", "президент
    компании")."""
    return (
        not parts.first
        and not parts.initials
        and title.state.startswith("state/")
        and not title.foreign
        and bool(person.terms)
        and person.key not in in_full
    )


def _first_in_part(parts: NameParts, person: PersonEntry) -> bool:
    """The first of the entry's several given names, its middle name left out ("Ларс" of
    "Ларс Питер Хансен"): beside a title of a state the entry served in no term of, a
    namesake ("министра Норвегии Ларса Хансена" is not the American economist). Not the
    name a person goes by among several ("Тайип Эрдоган", "Каваку Силва")."""
    own, written = own_and_fathers(person.first)[0], own_and_fathers(parts.first)[0]
    return 0 < len(written) < len(own) and form_of(written[0], own[0])


def _first_surname_word(word: str, surname: str) -> bool:
    """A lone word that is the first word of a surname of several ("Лопеса" of "Лопес
    Обрадор"), not a particle that begins one ("Ле" of "Ле Дриан", "фон" of "фон дер
    Ляйен"): no surname alone, and a word like it ("Леи", "Фона") is someone else."""
    first = surname.split()[0]
    return first.lower() not in PARTICLES and form_of(word, first)


def _common_alone(parts: NameParts) -> str:
    """A surname alone (no first name, initials or patronymic) that many share
    (`COMMON_SURNAMES`): two persons the source names ("Клинтону", "Переса"), or many
    Spanish and Portuguese speakers ("Лопесом", "Фернандесу", "Чавеса")."""
    if parts.first or parts.initials or parts.patronymic or not parts.last:
        return ""
    return _common_surnames().get(fold(parts.last), "")


@cache
def _common_surnames() -> dict[str, str]:
    """Folded surname → "source" (the generated list) or "many" (the hand list, which
    wins: "Перес" of both is no Шимон Перес by his alias alone)."""
    source, many = COMMON_SURNAMES
    return {fold(w): "source" for w in load_list(source)} | {
        fold(w): "many" for w in load_list(many)
    }


def _named_or_held(parts: NameParts, person: PersonEntry) -> bool:
    """An office holder, or a person the gazetteer lists by the surname alone."""
    return bool(person.terms) or _named_alone(parts, person)


def _named_alone(parts: NameParts, person: PersonEntry) -> bool:
    """A surname alone that the gazetteer lists as the person's one-word alias ("Шойгу")."""
    return (
        not parts.first
        and any(" " not in a and form_of(parts.last, a) for a in person.aliases)
        and not parts.patronymic
    )


@lru_cache(maxsize=NAMES_KEPT)
def _surname_in_full(words: tuple[str, ...], gaz: Gazetteer) -> tuple[PersonEntry, ...]:
    """The persons whose surname of several words `words` is, word for word."""
    nearby = surname_words_index(gaz).get(fold(words[0])[:2], ()) if words else ()
    return tuple({p.key: p for names, p in nearby if same_words(words, names)}.values())


@lru_cache(maxsize=NAMES_KEPT)  # at 1,024: 0.02 MB at 10 documents, 0.36 MB at 400
def _named_in_full(words: tuple[str, ...], gaz: Gazetteer) -> tuple[PersonEntry, ...]:
    """The persons whose every name word `words` gives, in order (asked again for each
    mention of a name and each document that repeats it)."""
    nearby = name_index(gaz)[1].get(fold(words[0])[:2], ()) if words else ()
    return tuple({p.key: p for names, p in nearby if same_words(words, names)}.values())


def name_holds(gaz: Gazetteer, parts: NameParts, office: str, served: str) -> bool:
    """Someone the name may be (its surname, and its first name where given, however
    spelled) holds or held this office of the state or organization a title serves
    (`served`, its key; "" any) by the gazetteer's terms: a genitive title before such a
    name is that person's, not another title's complement ("помощника президента Франции
    Эммануэля Макрона"). Not a namesake of another state ("советника президента Узбекистана
    Рустама Алиева": an Алиев was Azerbaijan's) or first name ("помощника премьер-министра
    Японии Кэндзи Кисиды"). A name in another case is the person all its words are forms
    of ("советника премьер-министра Японии Сигэру Исибы")."""
    named = [p for p in gaz.persons_by_surname(parts.last) if _first_agrees(parts, p)]
    if not named and parts.first:
        named = list(_named_in_full(tuple(parts.words), gaz))
    return any(term_of(t, office, served) for person in named for t in person.terms)


def term_of(term: OfficeTerm, office: str, served: str) -> bool:
    """The term is in this office of the state or organization `served` (its key; "" any)."""
    where = served.removeprefix("state/")
    return normalize(term.office) == normalize(office) and (not where or term.state == where)


def _by_surname(parts: NameParts, gaz: Gazetteer) -> list[PersonEntry]:
    """The gazetteer's persons of the surname `parts` give, in some case, else (with a first
    name) spelled otherwise or made Russian otherwise."""
    written = parts.written_last(parts.last)
    index = surname_index(gaz)
    near = index.get(fold(parts.last)[:2], {}) | index.get(fold(written)[:2], {})
    candidates = gaz.persons_by_surname(parts.last) or [
        p
        for _, p in sorted(near.items())  # in gazetteer order, as a scan would give
        if form_of(parts.last, p.last)
        # the written last word, of a surname as long: not "Ли" of "Ван Ли"
        or (form_of(written, p.last) and p.last.count(" ") == parts.last.count(" "))
        or (len(parts.words) == 1 and _first_surname_word(written, p.last))
    ]  # fmt: skip
    if not candidates and parts.first:
        # "Дэвид Камерон" of "Дэвид Кэмерон": with the first name, another spelling.
        candidates = [p for v in other_spellings(parts.last) for p in gaz.persons_by_surname(v)]
    return candidates or (_russified_otherwise(parts, gaz) if parts.first else [])


def _russified_otherwise(parts: NameParts, gaz: Gazetteer) -> list[PersonEntry]:
    """The office holders whose surname the text writes with the Russian "-ов"/"-ев" ending
    added or dropped, of the same first name ("Эмомали Рахмонов", the name he bore before
    2007, of "Эмомали Рахмон"): one person under a name made Russian or unmade. Only where
    the surname as written names nobody (the gazetteer's "Александр Турчин" and "Александр
    Турчинов" are two), and only a holder of an office, so not a stranger who shares a first
    name with a namesake's stem; a stem of four letters or more ("Али" of "Алиев" is none)
    (fifty-sixth pass, h-names117)."""
    last = fold(parts.last)
    stems = [last[:-2]] if last.endswith(("ов", "ев")) else [last + "ов", last + "ев"]
    return [
        p
        for stem in stems
        if min(len(stem), len(last)) >= 4
        for p in gaz.persons_by_surname(stem)
        if p.terms and p.first and same_given(parts.first, p.first)
    ]


def _first_agrees(parts: NameParts, person: PersonEntry) -> bool:
    if parts.first:
        # "Тайип Эрдоган" of "Реджеп Тайип Эрдоган": any first name may stand for all.
        return (
            not person.first
            or same_given(parts.first, person.first)
            or first_spelled_otherwise(parts.first, person.first)
            or first_doubled(parts.first, person.first)
        )
    if parts.initials:
        firsts = re.split(r"[\s-]+", person.first)
        return bool(person.first) and all(
            i < len(firsts) and fold(firsts[i]).startswith(fold(init))
            for i, init in enumerate(parts.initials[: len(firsts)])
        )
    return True
