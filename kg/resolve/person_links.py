"""A document's person names → person entities: the same person earlier in the document,
the gazetteer, a person an earlier document introduced (by surname alone), or someone new;
titles with no name beside them go to the holder of the office."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer, OfficeTerm, PersonEntry, normalize, slug
from kg.lexicon import load_groups, load_list
from kg.memory import NAMES_KEPT
from kg.model import Document, Entity
from kg.nlp.morph import morph
from kg.resolve.gender import man_named, woman_named
from kg.resolve.missed_names import same_words
from kg.resolve.name_forms import VOWELS, fold, form_of, one_name
from kg.resolve.name_lexicons import (
    PARTICLES,
    POSSESSIVE_END,
    is_first_name,
    is_patronymic,
    listed_first_name,
    russian_surname_end,
)
from kg.resolve.name_spellings import (
    FIRST_NAME_VOWELS,
    arabic_spelling,
    other_father,
    own_and_fathers,
    same_given,
    son_of_as_one,
    undeclined_opener,
)
from kg.resolve.names import NameParts, family_surnames
from kg.resolve.offices import (
    latest_start,
    person_entity,
    said_office,
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
from kg.resolve.persons import PersonMention
from kg.resolve.registry import Registry
from kg.resolve.surname_declension import without_generation
from kg.resolve.titles import POSTED, ROLE_OFFICES, Title, is_trade
from kg.resolve.womens_names import womans_surname

OFFICE_KINDS = Path(__file__).with_name("office_kinds.tsv")
SHARED_POSTS = Path(__file__).with_name("shared_posts.txt")

if TYPE_CHECKING:
    from kg.resolve.document import NameReading


def link_persons(
    reading: NameReading,
    document: Document,
    registry: Registry,
    emit: Callable[[Entity, int, int, str], None],
) -> None:
    gaz = registry.gazetteer
    plan = person_plan(reading, document, gaz)
    clusters: dict[str, Entity] = {}  # folded surname (or first+patronymic) → entity
    shared: set[str] = set()  # first+patronymic keys of two persons named in full
    order: list[tuple[int, Entity, bool]] = []  # (token, entity, is subject): for bare titles
    # (office, state) → who this text names with that title now ("Премьер-министр Японии X").
    named: dict[tuple[str, str], set[str]] = {}
    before: tuple[int, Entity] | None = None  # the last name's end and entity
    aliased = False  # the last name is another's other name in brackets after it
    seen: set[str] = set()  # the persons named so far
    told: dict[str, set[str]] = {}  # entity key → the genders verbs tell of its full names
    # entity key → the offices the text or gazetteer gives, each with the state or body
    offices: dict[str, set[tuple[str, str]]] = {}
    # folded surname → the persons named so far with a first name and that surname
    namesakes: dict[str, dict[str, Entity]] = {}
    for i, (m, (alone, parts)) in enumerate(zip(plan.persons, plan.parts, strict=True)):
        given = reading.given.get(m.tokens[0])
        title = given.title if given is not None else None
        gender = "femn" if m.woman else m.verb_gender
        namesake = _namesake(parts, namesakes, gender)
        # A verb's gender keeps a surname alone off a person of the other sex only where the
        # text speaks of kin of that sex ("Джон Камау … его мать … Камау заявила").
        sex = "femn" if m.woman else (gender if gender in reading.kin_genders else "")
        text = document.text
        aliased = before is not None and _in_brackets(text, before[0], m.start, m.end, aliased)
        relative: Entity | None = None
        if before is not None and aliased:
            entity: Entity | None = before[1]  # "рэперу Басте (Василий Вакуленко)": one man
        else:
            # a surname alone is no gazetteer person of the sex its verb denies ("Фернандес
            # заявила" is no Альберто Фернандес); a masculine verb after a title right before
            # the name may agree with the title ("Председатель Еврокомиссии фон дер Ляйен
            # заявил")
            titled = given is not None and given.title.end == m.tokens[0] and gender == "masc"
            bare = not parts.first and not parts.initials and not titled
            alone_sex = gender if bare else ""
            find = partial(
                _gazetteer_person, parts, document.date, gaz, title, plan.in_full, sex or alone_sex
            )
            known = partial(plan.entry, i, gaz, find)
            relative = _relative(m, clusters, document.date, gaz) if m.relative else None
            entity = (
                namesake
                or relative
                or _link(parts, document, clusters, registry, title, known, sex, told)
            )
        if entity is None:
            continue
        kins = reading.given_read.kin_titles.get(m.tokens[0])
        if _kins_namesake(m, entity, seen, before) or _holders_namesake(
            entity, kins, document.date, gaz
        ):
            name = m.parts.full
            entity = Entity(f"person/{slug(name)}-in-{slug(document.id)}", "Person", name)
        if given is not None and given.current and not entity.office:
            # The gazetteer knows no term of this person at the date: the text's title is
            # the office it gives ("Президент США Барак Обама" for a linked, term-less entry).
            office = given.office
            if office == given.title.said:  # "лидер Японии": which office, if the gazetteer knows
                office = said_office(gaz.person(entity.key), given.title, document.date)
            # The person keeps the state the gazetteer knows, whatever a profession's title
            # ("Экономист Хавьер Милей" is Argentina's); the offices row of a profession
            # takes none it does not name (`kg.extract.offices`).
            entity = replace(entity, office=office, state=given.state or entity.state)
        elif given is not None and not given.current and given.state and not entity.state:
            # "бывший президент Кении X", "уволил министра обороны Перу X": no longer in
            # office, still of the state it served
            entity = replace(entity, state=given.state)
        # the surname as read alone too ("Роналду" read as "Роналд"): its other forms join
        for key in dict.fromkeys([*_cluster_keys(parts), *_cluster_keys(alone)]):
            if key in shared:
                continue
            if clusters.setdefault(key, entity).key != entity.key and key.startswith("FP:"):
                # two persons of one first name and patronymic: that pair alone is neither
                del clusters[key]
                shared.add(key)
        if relative is not None and entity.key == relative.key:
            # "брата Джохара Царнаева, Тамерлана": his first name alone later is him too
            clusters.setdefault("R:" + fold(entity.name), entity)
        _remember_namesake(namesakes, parts, entity)
        if m.parts.first and m.verb_gender:
            told.setdefault(entity.key, set()).add(m.verb_gender)
        emit(entity, m.start, m.end, _first_name_via(m.parts, entity) or m.via)
        seen.add(entity.key)
        before = (m.end, entity)
        if given is not None and given.current and given.state:
            named.setdefault((given.title.office, given.state), set()).add(entity.key)
        order.append((m.tokens[0], registry.entities[entity.key], m.subject))
        held = offices.setdefault(entity.key, {(entity.office, entity.state)} - {("", "")})
        if given is not None and given.current:
            held.add((given.office, given.state))

    _link_titles(reading, document, registry, emit, order, named, offices)


def _kins_namesake(
    m: PersonMention, entity: Entity, seen: set[str], before: tuple[int, Entity] | None
) -> bool:
    """Whether a name in apposition to kin by blood is a namesake of `entity`, not him:
    named in full as a person the text named before ("Янукович … Младший сын Виктор
    Янукович"), or by the first name alone of the person named right before, whose kin it
    is ("Виктор Ющенко женат дважды. Младший сын Виктор"), or by any first name of one named
    before, listed among children ("Виктор Янукович … два сына: Александр и Виктор"); not
    by the first name of another named before ("Фидель Кастро … его брат Рауль": Рауль
    Кастро). Which one, the text alone knows."""
    if not (m.kin and m.parts.first):
        return False
    if m.parts.last or m.kin == "listed":
        return entity.key in seen
    return before is not None and before[1].key == entity.key


def _holders_namesake(
    entity: Entity, kin: tuple[Title, str] | None, date: str, gaz: Gazetteer
) -> bool:
    """Whether a name kin stands before, past a genitive title ("Сын президента Азербайджана
    Гейдар Алиев"), was linked to one the gazetteer knows held that title's office by the
    time the sentence tells, else the document's date: the kin is named after that holder
    (a son after his father or grandfather), not the holder. One who took the office only
    later ("Сын президента Туркмении Сердар Бердымухамедов" in 2020, "В 1994 году сын
    президента Азербайджана Ильхам Алиев" in a text of 2024) may be the kin."""
    person = gaz.person(entity.key)
    if kin is None or person is None:
        return False
    title, told = kin
    when = told or date
    return any(_term_of(t, title.office, title.state) and t.start <= when for t in person.terms)


@dataclass(frozen=True)
class PersonPlan:
    """What linking a document's persons reads from the document alone, whatever the
    registry: kept on its `NameReading` (`person_plan`)."""

    # Gazetteer entries that this text names with a surname and a first name or initials
    # anywhere (a headline often gives the surname first): only those without terms may take
    # a surname alone, and they pick one of the namesakes a first name and patronymic fit.
    in_full: frozenset[str]
    persons: list[PersonMention]  # in the order of the text
    # each one's name as written or extended to a longer name of the text, and then as the
    # one the text names in full (`_the_one_named_in_full`)
    parts: list[tuple[NameParts, NameParts]]
    # each one's gazetteer entry by its place in `persons` ("": none), once a linking asked
    known: dict[int, str] = field(default_factory=dict)

    def entry(
        self, i: int, gaz: Gazetteer, find: Callable[[], PersonEntry | None]
    ) -> PersonEntry | None:
        """The gazetteer entry of the `i`th person, `find` the first time (a pure function
        of the document: its name, its title, the names the text gives in full)."""
        if i not in self.known:
            found = find()
            self.known[i] = found.key if found is not None else ""
        return gaz.person(self.known[i]) if self.known[i] else None


def person_plan(reading: NameReading, document: Document, gaz: Gazetteer) -> PersonPlan:
    """The plan of `reading`'s persons, made at its first linking: a build links a document
    twice (against the corpus, and alone for what it says of each entity), and a worker's
    plan travels with the reading to the parent, which then does not make it again."""
    if reading.person_plan is None:
        offices = {i: g.office for i, g in reading.given.items()}
        reading.person_plan = _plan(reading.persons, document, gaz, offices)
    return reading.person_plan


def _plan(
    mentions: list[PersonMention], document: Document, gaz: Gazetteer, offices: dict[int, str]
) -> PersonPlan:
    """`offices`: the office a title gives each name, by the name's first token."""
    date = document.date
    mentions = _compounds_as_written(_surnames_read_as_patronymics(mentions))
    mentions = _surnames_written_alone(mentions, date, gaz)
    mentions = _surnames_undeclined_elsewhere(mentions, document.text)
    names = [m.parts for m in mentions]
    in_full = frozenset(
        known.key
        for p in names
        if (p.first or p.initials) and p.last
        for known in [_gazetteer_person(p, date, gaz, None)]
        if known is not None
    )
    longer = _extended_names(names) | _dynasty_forms(names, date, gaz)
    full = _full_names(names)
    persons = sorted(mentions, key=lambda m: m.start)
    parts = []
    for m in persons:
        alone = longer.get(m.parts, m.parts)
        if alone != m.parts and _listed_apart(m, alone, persons, document.text, offices):
            alone = m.parts
        gender = "femn" if m.woman else m.verb_gender
        parts.append((alone, _the_one_named_in_full(alone, gender, full)))
    return PersonPlan(in_full, persons, parts)


def _listed_apart(
    m: PersonMention,
    full: NameParts,
    persons: list[PersonMention],
    text: str,
    offices: dict[int, str],
) -> bool:
    """A lone first name under a title of its own, and the name in full it would extend to
    listed later in the same sentence under another title ("епископ Марко, … иеромонах Марко
    Антонио Рейес"): two persons of one list; a writer names no one twice in a list. Not a
    name the comma's apposition names again in full ("Принц Фейсал, министр иностранных дел
    Фейсал бен Фархан"): one man, with no other member or "и" between the two."""
    mine = offices.get(m.tokens[0])
    return mine is not None and any(
        o.parts == full
        and o.start > m.end
        and not re.search(r"[.!?]\s|\n", text[m.end : o.start])
        and offices.get(o.tokens[0], mine) != mine
        and _list_between(m, o, persons, text)
        for o in persons
    )


def _list_between(
    m: PersonMention, o: PersonMention, persons: list[PersonMention], text: str
) -> bool:
    """Another person or an "и" between the two mentions: they are members of a list, not a
    name and its apposition."""
    return any(m.end <= p.start and p.end <= o.start for p in persons) or bool(
        re.search(r"\bи\b", text[m.end : o.start])
    )


def _surnames_read_as_patronymics(mentions: list[PersonMention]) -> list[PersonMention]:
    """A first name and a word in "-ич" read as his patronymic, which the text also writes
    alone as a name ("Позиция Кнежевича не изменилась. Милан Кнежевич заявил"): no
    patronymic stands alone, so the word is his surname, as Balkan ones end. Not where the
    text never writes it alone ("Касым-Жомарт Кемелевич" is a patronymic)."""
    alone = {
        fold(m.parts.last)
        for m in mentions
        if m.parts.last and not (m.parts.first or m.parts.patronymic or m.parts.initials)
    }

    def reread(m: PersonMention) -> PersonMention:
        p = m.parts
        if not (p.first and p.patronymic and not p.last and fold(p.patronymic) in alone):
            return m
        return replace(m, parts=replace(p, last=p.patronymic, patronymic=""))

    return [reread(m) for m in mentions]


def _compounds_as_written(mentions: list[PersonMention]) -> list[PersonMention]:
    """An Arabic compound name read from an oblique case ("Бадром Абдель Атой" → "Бадр
    Абдель Ата") takes the last word of the one the text also writes in the nominative
    ("Бадр Абдель Аты", "Б.Абдель Аты"): "Аты" may be "Ата"'s genitive or his own word
    that never declines, which only the nominative tells; one man, one name."""

    def opener(p: NameParts) -> str:
        return undeclined_opener(p.first.split())

    def as_written(p: NameParts) -> bool:
        return fold(" ".join(p.words)) == fold(p.full)

    written = [m.parts for m in mentions if opener(m.parts) and as_written(m.parts)]

    def same_man(oblique: NameParts, nominative: NameParts) -> bool:
        given, own = oblique.first.split()[0], nominative.first.split()[0]
        # his first name, its initial ("Б.Абдель Аты") or none before the opener
        initials = own == opener(nominative) and all(
            i[:1] == given[:1] for i in nominative.initials
        )
        return (
            opener(oblique) == opener(nominative)
            and one_name(oblique.last, nominative.last)
            and (initials or fold(own) == fold(given))
        )

    def reread(m: PersonMention) -> PersonMention:
        p = m.parts
        if not opener(p) or as_written(p):
            return m
        lasts = {n.last for n in written if same_man(p, n)}
        return replace(m, parts=replace(p, last=lasts.pop())) if len(lasts) == 1 else m

    return [reread(m) for m in mentions]


def _surnames_written_alone(
    mentions: list[PersonMention], date: str, gaz: Gazetteer
) -> list[PersonMention]:
    """A man's full name whose surname the reader kept in the genitive or accusative
    ("принял министра … Аргентины Херардо Вертейна": "Херардо" never declines, and a
    genitive's "-а" may end a nominative, "Ортега") takes the surname the text also writes
    alone, as written, with no ending ("Позднее Вертейн сказал"; not a "Рам" the reader
    made of "Рама"): one man, one name. Not a woman's name
    ("Анна Петрова" beside a "Петров"), nor a surname that may be a woman's nominative, nor
    a name the gazetteer knows as written ("Даниэль Ортега")."""
    alone = {
        fold(m.parts.last): m.parts.last
        for m in mentions
        if " " not in m.parts.last
        and not (m.parts.first or m.parts.patronymic or m.parts.initials)
        and fold(m.parts.written_last("")) == fold(m.parts.last)  # as written: "Рама" no "Рам"
    }

    def reread(m: PersonMention) -> PersonMention:
        p = m.parts
        if not p.first or " " in p.last or m.woman or womans_surname(p.last):
            return m
        if _gender_of(p.full) == "femn" or _gazetteer_person(p, date, gaz, None) is not None:
            return m
        last = fold(p.last)
        base = alone.get(last[:-1]) if last.endswith("а") else None
        if base is None and last.endswith("я"):
            base = alone.get(last[:-1] + "й") or alone.get(last[:-1] + "ь")
        if base is None or base[-1:].lower() in VOWELS:
            return m
        return replace(m, parts=replace(p, last=base))

    return [reread(m) for m in mentions]


# Words before a name that govern its genitive, whatever the name's ending: a surname so
# written as its nominative is ("по словам Хельме") never declines.
_GENITIVE_BEFORE = re.compile(r"(?:^|\s)(?:по словам|по мнению)\s+$", re.I)


def _surnames_undeclined_elsewhere(mentions: list[PersonMention], text: str) -> list[PersonMention]:
    """A full name whose one-word surname the reader took for an oblique case and gave
    another ending ("позвонил Мартину Хельме" → "Хельма", "принял Луиша Монтенегру" →
    "Монтенегра") keeps the surname as written where the text also writes that very form as
    its clause's subject and reads it so ("Хельме заявил", "Монтенегру сказал"), or alone
    after "по словам" ("по словам Хельме": a "Хельма"'s genitive is "Хельмы"): a surname
    the nominative or the genitive writes as the other case does never declines. Not a form
    the text writes only in that case ("Вареле" beside "Варела заявил"), nor a Russian
    surname, whose case the reader reads by its ending."""

    def told(m: PersonMention) -> bool:
        before = text[max(0, m.start - 30) : m.start]
        return m.subject or (not m.parts.first and bool(_GENITIVE_BEFORE.search(before)))

    nominative = {
        fold(m.parts.last)
        for m in mentions
        if told(m)
        and m.parts.last
        and " " not in m.parts.last
        and fold(m.parts.written_last("")) == fold(m.parts.last)
    }

    def reread(m: PersonMention) -> PersonMention:
        p = m.parts
        written = p.written_last("")
        if not p.first or not p.last or " " in p.last or len(p.words) < 2:
            return m
        if fold(written) == fold(p.last) or fold(written) not in nominative:
            return m
        if russian_surname_end(fold(written)):
            return m  # "группы Александра Панфилова … Панфилова уточнила": a Russian one declines
        return replace(m, parts=replace(p, last=written))

    return [reread(m) for m in mentions]


def _link_titles(
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
    person_starts = {m.tokens[0] for m in persons}
    beside = {g.title.end for g in reading.given.values()}
    for title in titles:
        if title.end in person_starts or (title.comma_after and title.end + 1 in person_starts):
            continue  # apposition: the person span names them
        if title.end in beside:
            continue  # "Юнас Гар Стёре, премьер-министр Норвегии": the name before it
        if title.start in reading.hosts:
            continue  # "посетил Лиму, где его принял президент страны": the host, unnamed
        if title.post:
            continue  # "выдвинет её на пост госсекретаря": the post, no one who holds it
        holder = _titles_holder(reading, document, registry, order, named, offices, title)
        if holder is not None and not (
            title.start in reading.her_titles and _listed_man(registry.gazetteer, holder)
        ):
            emit(holder, title.start_char, title.end_char, "title")


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
) -> Entity | None:
    """The person a title with no name beside it stands for, or None."""
    own = named.get((title.office, title.state), set())
    if len(own) == 1 and not (title.plural or title.former):
        # The text names the holder itself: it beats the gazetteer's terms at the date,
        # which may be out of date or the date misread.
        holder: Entity | None = registry.entities[next(iter(own))]
    else:
        holder = title_holder(
            title, document.date, registry.gazetteer, registry, order, reading.home
        )
        if holder is None and title.start in reading.bare:
            said = document.text[title.start_char : title.end_char].lower()
            holder = _the_one_in_office(title, said, order, offices)
    if holder is not None and not _holds_it_then(registry.gazetteer, holder, title, document.date):
        return None
    return holder


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


def _in_brackets(text: str, after: int, start: int, end: int, aliased: bool) -> bool:
    """A name in brackets right after another: the same person's other name ("Басте
    (Василий Вакуленко)", "Бьорк (Бьорк Гудмундсдоуттир)", "Кен Кокрел (Ken Cockrel Jr.)",
    a nickname in quotes, "«Гордон» (Gordon)"),
    also past one word in brackets, another spelling ("Зайгер (Цайгер) (Lawrence Zeiger)"),
    or a secular name ("Кирилл (в миру — Владимир Гундяев)"); and each of a list of them
    ("Феодор (Феодорос, Тодорос; в миру — Николаос Кирьякос)"), the one before it in the
    same brackets (`after` past their opening) being one of them (`aliased`), not the first
    of a list of persons ("Стороны (Иван Петров, Сергей Сидоров)")."""
    gap = text[after:start].strip().lstrip('»”"').lstrip()  # "«Гордон» (Gordon)": a nickname
    opening = text.rfind("(", 0, start)
    listed = aliased and opening < after and bool(_ALIAS_GAP.fullmatch(gap))
    first = bool(_BRACKET_GAP.fullmatch(gap))
    return (first or listed) and text[end:].lstrip(". ").startswith((")", ",", ";"))


# What lies between a name and another of its names in brackets: "(", or a one-word aside
# in brackets before it; "в миру —" before a secular name.
_SECULAR = r"(?:\s*в миру\s*[—–-]?)?"
_BRACKET_GAP = re.compile(r"(?:\(\w+\)\s*)?\(" + _SECULAR)
# ... and between two of its names in the same brackets: "," or ";".
_ALIAS_GAP = re.compile(r"[,;]" + _SECULAR)


def _extended_names(names: list[NameParts]) -> dict[NameParts, NameParts]:
    """A name and the one longer name of the document that extends its surname past a
    particle ("Кристина Фернандес" of "Кристина Фернандес де Киршнер"): one person, named
    in full. The first names must agree: "Хуан Фернандес" is someone else."""
    long = [p for p in names if len(words := p.last.split()) > 1 and words[1] in PARTICLES]
    # a double surname read as a first name's second word ("Эрнесто Фуэнтес Мансилья":
    # "Эрнесто Фуэнтес" and "Мансилья") extends the one written without its second half:
    # "Эрнесто Фуэнтес" is the same person (names71); not a second first name ("Хуан Карлос")
    double = [
        p
        for p in names
        if " " not in p.last
        and len(firsts := p.first.split()) == 2
        and not p.patronymic
        and firsts[1][:1].isupper()
        and not is_first_name(firsts[1], plural=False)
        and not listed_first_name(firsts[1])
    ]
    full = [p for p in names if p.first and p.last]
    out = {}
    for short in names:
        if len(short.words) == 1 and not short.initials and not short.first:
            # "Басте", "Басты" of "Баста": the form the others decline from, wherever it is.
            bases = {
                p.last
                for p in names
                if not p.first
                and " " not in p.last
                and form_of(short.last, p.last)
                and not form_of(p.last, short.last)
            }
            if len(bases) == 1:
                out[short] = replace(short, last=bases.pop())
                continue
        if len(short.words) == 1 and not short.initials:
            # "шейху Тамиму" before "Тамим бен Хамад Аль Тани": his own first name, when it
            # is no surname of the text and one person's only.
            word = short.words[0]
            owners = _longest({p.full: p for p in full
                      if any(form_of(word, w) for w in own_and_fathers(p.first)[0])})  # fmt: skip
            if len(owners) == 1 and not any(form_of(word, p.last.split()[-1]) for p in names
                                            if p.last and p is not short):  # fmt: skip
                out[short] = next(iter(owners.values()))
            continue
        if short.first and short.patronymic and not short.last:
            # "Марина Филипповна" of "Марина Филипповна Ходорковская"
            match = {p.full: p for p in full if p.patronymic
                     and fold(p.first) == fold(short.first)
                     and fold(p.patronymic) == fold(short.patronymic)}  # fmt: skip
            if len(match) == 1:
                out[short] = next(iter(match.values()))
            continue
        if not short.first or not short.last or " " in short.last:
            continue
        match = {
            p.full: p
            for p in long
            if form_of(short.last, p.last.split()[0]) and fold(short.first) == fold(p.first)
        } or {
            p.full: p
            for p in double
            if form_of(short.last, p.first.split()[1])
            and fold(short.first) == fold(p.first.split()[0])
            and p.full != short.full
        }
        if len(match) == 1:
            out[short] = next(iter(match.values()))
    return out


_DYNASTY = re.compile(r"(?:аль|эль|ал)(?:-|$)")


def _longest(owners: dict[str, NameParts]) -> dict[str, NameParts]:
    """The names that are no tail of another ("Мелендес Гарсия" of "Кармен Мелендес
    Гарсия": the double surname written without the first name is the same person)."""
    return {
        k: p
        for k, p in owners.items()
        if not any(len(q.words) > len(p.words) and _tail(p.words, q.words) for q in owners.values())
    }


def _tail(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the words of `short` end `long`, each a form of the other's."""
    return all(
        form_of(a, b) or form_of(b, a) for a, b in zip(short, long[-len(short) :], strict=True)
    )


def _dynasty_forms(names: list[NameParts], date: str, gaz: Gazetteer) -> dict[NameParts, NameParts]:
    """A name and the name that is it plus a family or dynasty name ("Мухаммед бен Сальман",
    "Мухаммед бен Сальман Аль Сауд"): one person, whom the gazetteer links by the short
    form, else named in full by the long one. The first name and the nasab must agree."""
    out = {}
    for short in {p for p in names if p.first and p.last}:
        for long in set(names):
            # the short name as written, in any case, begins the long one
            words = [long.first, *long.last.split()]
            tail = words[len(short.words) :]
            if not tail or not _DYNASTY.match(tail[0].lower()):
                continue
            if not all(map(form_of, short.words, words)):
                continue
            if _gazetteer_person(short, date, gaz, None) is not None:
                out[long] = short
            else:
                out.setdefault(short, long)
    return out


def _full_names(names: list[NameParts]) -> dict[NameParts, str]:
    """Each name given with a first name, once, with the sex its first name tells
    (`_gender_of`), in the order of its last mention: reckoned once per document, not for
    each of its mentions over all the others (a long transcript names hundreds)."""
    last_mentions = reversed(dict.fromkeys(p for p in reversed(names) if p.first and p.last))
    return {p: _gender_of(f"{p.first} {p.last}") for p in last_mentions}


def _the_one_named_in_full(parts: NameParts, gender: str, full: dict[NameParts, str]) -> NameParts:
    """A surname alone that the text also gives with a first name, to one person only,
    before or after it ("встретился с Ивановым … принял Петра Иванова"): that person, not a
    gazetteer namesake of another first name nor a node of the surname alone. Not a full
    name of the other sex, by the surname's form or by the gender the text tells (a man's
    genitive "об отставке Журова" is spelled as a woman's nominative, and the parse may
    miss that "Журова" is the subject of "работала": a woman wrongly linked to him is worse
    than a node of the surname)."""
    lone = _lone_first_name(parts, full)
    if parts.initials and parts.last and not (parts.first or parts.patronymic):
        return _the_one_of_initials(parts, gender, full)
    if not lone and (parts.first or parts.initials or parts.patronymic or not parts.last):
        return parts
    last = parts.first if lone else parts.last
    written = parts.written_last(last)
    fits = {
        (fold(p.first), fold(p.last)): p
        for p, sex in full.items()
        if _surname_form(last, written, p.last)
        and not _other_sex(last, p.last)
        and not _his_surname(written, f"{p.first} {p.last}")
        and not (gender and sex not in ("", gender))
    }
    return next(iter(fits.values())) if len(fits) == 1 else parts


def _the_one_of_initials(parts: NameParts, gender: str, full: dict[NameParts, str]) -> NameParts:
    """A surname after initials ("К. Мендоса" in a headline, "Х.Рамос прибыл") that the
    text also gives with a first name of that initial, to one person only, before or after
    it ("Карлос Мендоса"): that person, not a node of the surname alone. Not where the text
    names two of that surname and initial ("Карлос Мендоса … Кармен Мендоса")."""
    written = parts.written_last(parts.last)
    initial = fold(parts.initials[0])[:1]
    fits = {
        (fold(p.first), fold(p.last)): p
        for p, sex in full.items()
        if fold(p.first).startswith(initial)
        and _surname_form(parts.last, written, p.last)
        and not _other_sex(parts.last, p.last)
        and not (gender and sex not in ("", gender))
    }
    return next(iter(fits.values())) if len(fits) == 1 else parts


def _surname_form(last: str, written: str, surname: str) -> bool:
    """`surname` in some case, either as the name reader gave the last name or as the text
    wrote its last word: the reader's normal form of a foreign surname may not be the
    one that declines to the written word. An Arabic surname's article may be left out
    ("ас-Сиси … Сиси заявил", "аль-Судани … Судани")."""
    bare = _ARTICLE.sub("", surname)
    return any(form_of(last, s) or form_of(written, s) for s in {surname, bare} if s)


# An Arabic article joined to a surname by a hyphen ("ас-Сиси", "аль-Асад", "эль-Сиси").
_ARTICLE = re.compile(r"^(?:аль|эль|ал|ас|ад|ат|ан|ар|аш|аз|эс|эд|эт|эн|эр|эш|эз)-(?=\w)", re.I)


def _lone_first_name(parts: NameParts, full: Iterable[NameParts]) -> bool:
    """One word read as a first name that no name in full begins with ("генерала Аллена"
    in a headline before "Джон Аллен", "посла Мартина" before "Джеймс Мартин"): it may be
    the surname of one of them."""
    return (
        len(parts.words) == 1
        and bool(parts.first)
        and not (parts.last or parts.initials or parts.patronymic)
        and not any(form_of(parts.words[0], p.first) for p in full)
    )


def _namesake(
    parts: NameParts, namesakes: dict[str, dict[str, Entity]], gender: str
) -> Entity | None:
    """A surname alone where the text has named two persons of it in full ("Ингрид Хольм и
    её муж Эрик Хольм"): the one its grammar (`gender`: a verb or a form of address,
    "Хольм выступил") leaves, not the first named. None where the text has named at most
    one, or the grammar leaves both: then the first named, the one a text is mostly about
    ("Нурсултан Назарбаев … его дочь Дарига Назарбаева … Назарбаев")."""
    found = namesakes.get(fold(parts.last), {}).values()
    if parts.first or parts.initials or not parts.last or len(found) < 2 or not gender:
        return None
    fitting = [e for e in found if _man(e.name) == (gender == "masc")]
    return fitting[0] if len(fitting) == 1 else None


def _remember_namesake(
    namesakes: dict[str, dict[str, Entity]], parts: NameParts, entity: Entity
) -> None:
    if parts.first and parts.last:
        namesakes.setdefault(fold(parts.last), {})[entity.key] = entity


def _relative(
    m: PersonMention, clusters: dict[str, Entity], date: str, gaz: Gazetteer
) -> Entity | None:
    """A relative named by the first name alone ("сыну Саиду", "его дочь Кейко") after a
    person named with a surname ("Михаил Гуцериев"): the gazetteer's one person with that
    first name and the family's surname, of either sex's form ("Ольга Петрова" of "Иван
    Петров"), who is not one of the persons named so far; None where no such person, or
    several, fit."""
    own = m.parts.first or m.parts.last  # a foreign first name may read as a surname
    if len(m.parts.words) != 1 or m.parts.patronymic or m.parts.initials:
        return None
    named = {e.key: e for k, e in clusters.items() if k.startswith("L:")}
    sex = "femn" if m.woman or woman_named(own) else ""
    found = {
        p.key: p
        for e in named.values()
        for last in family_surnames(e.name.split()[-1])
        for p in [_gazetteer_person(NameParts(first=own, last=last), date, gaz, None, sex=sex)]
        if p is not None and p.key not in named
    }
    return person_entity(next(iter(found.values())), date) if len(found) == 1 else None


def _cluster_keys(parts: NameParts) -> list[str]:
    keys = []
    if parts.last:
        keys.append("L:" + fold(son_of_as_one(parts.last)))  # "ибн Салман" is "бин Салман"
    if parts.first and parts.patronymic:
        keys.append("FP:" + fold(parts.first) + " " + fold(parts.patronymic))
    return keys


def _link(
    parts: NameParts,
    document: Document,
    clusters: dict[str, Entity],
    registry: Registry,
    title: Title | None,
    gazetteer_entry: Callable[[], PersonEntry | None],
    sex: str = "",
    told: dict[str, set[str]] | None = None,
) -> Entity | None:
    """`gazetteer_entry`: the gazetteer's person these name parts stand for, if any; `sex`:
    "femn"/"masc" where the text says which the person named is; `told`: the genders the
    text tells of the persons it named in full."""
    woman = sex == "femn"
    # 1. The same person earlier in this document.
    earlier = _in_document(parts, clusters)
    if earlier is not None and not _other_gender(earlier, sex, told or {}):
        return earlier
    # 2. The gazetteer.
    known = gazetteer_entry()
    if known is not None:
        return person_entity(known, document.date, title.office if title is not None else "")
    # 3. A person found earlier in the corpus.
    if parts.last and not parts.first:
        same = registry.unknown_by_surname(parts.last)
        if len(same) == 1 and _compatible(parts, same[0]) and not (woman and _man(same[0].name)):
            return same[0]
    # 4. Someone new.
    return _new_person(parts, document.id, clusters)


def _in_document(parts: NameParts, clusters: dict[str, Entity]) -> Entity | None:
    """The person these name parts stand for among those the document named before."""
    for key in _cluster_keys(parts):
        if key.startswith("FP:") and parts.last:
            continue  # a full name is its surname's: "Ольга Игоревна Лиепа" is no "… Тамм"
        if key in clusters and _compatible(parts, clusters[key]):
            return clusters[key]
    if not parts.last and len(parts.words) == 1:
        # A lone word read as a first name may be a surname met before ("Алиев", "Рахмон").
        by_surname = [e for k, e in clusters.items() if k.startswith("L:")
                      and form_of(parts.words[0], e.name.split()[-1])]  # fmt: skip
        if by_surname:
            return by_surname[-1]
    if parts.last:
        written = parts.written_last(parts.last)
        for key, entity in clusters.items():
            surname = entity.name.split()[-1]
            same = _surname_form(parts.last, written, surname)
            if key.startswith("L:") and same and _compatible(parts, entity):
                return entity
    if parts.last:
        # "Вэнсом" after "Сайрус Вэнс-младший": the one person named with a generation.
        younger = {
            e.key: e
            for k, e in clusters.items()
            if k.startswith("L:")
            and (bare := without_generation(e.name.split()[-1])) != e.name.split()[-1]
            and _surname_form(parts.last, written, bare)
            and _compatible(parts, e)
        }
        if len(younger) == 1:
            return next(iter(younger.values()))
    if parts.last:
        # "Камерон" after "Дэвид Кэмерон": one transliteration spelled two ways.
        variants = {
            e.key: e
            for k, e in clusters.items()
            if k.startswith("L:")
            and (
                _spelled_otherwise(parts.last, e.name.split()[-1])
                or (parts.first and _first_of(e) and _sibilant_otherwise(parts.last, e.name))
            )
            and _compatible(parts, e)
        }
        if len(variants) == 1:
            return next(iter(variants.values()))
    if len(parts.words) == 1 and not parts.initials:
        # A lone word that is no surname met before but the first name of exactly one person
        # named in full ("Нааму" after "Нааму Иссахар"): a first name the dictionary lacks.
        by_first = {e.key: e for e in clusters.values()
                    if (first := _first_of(e)) and form_of(parts.words[0], first)}  # fmt: skip
        if len(by_first) == 1:
            return next(iter(by_first.values()))
    return None


_VOWELS_SPELLED_ALIKE = frozenset("аеэ")


def _spelled_otherwise(a: str, b: str) -> bool:
    """Two spellings of one foreign surname that differ in one vowel of а/е/э
    ("Камерон"/"Кэмерон", "Меркель"/"Меркэль") or in one consonant written once or twice
    ("Мидлтон"/"Миддлтон"), or in a Spanish "ll" written "ль" or "й" before a vowel
    ("Кабельо"/"Кабейо", "Кастильо"/"Кастийо"); short names differ too much for it."""
    a, b = fold(a), fold(b)
    if min(len(a), len(b)) < 5 or a == b:
        return False
    if _ll_spelled(a) == _ll_spelled(b):
        return True  # "Кабельо"/"Кабейо": a Spanish "ll" either way
    if abs(len(a) - len(b)) == 1:
        return _doubled(*sorted((a, b), key=len))
    if len(a) != len(b):
        return False
    diff = [(i, x, y) for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    # Not the last letter: that one is a case ending ("Басте" of "Баста").
    return len(diff) == 1 and diff[0][0] < len(a) - 1 and {*diff[0][1:]} <= _VOWELS_SPELLED_ALIKE


# A Spanish "ll" before a vowel, which Russian writes "ль" or "й" ("Кабельо", "Кабейо").
_LL = re.compile(r"(?<=[аеиоу])(?:ль|й)(?=[еоюяиа])")


def _ll_spelled(name: str) -> str:
    """`name` (folded) with a Spanish "ll" between vowels written one way."""
    return _LL.sub("й", name)


def _sibilant_otherwise(a: str, b: str) -> bool:
    """Two spellings of one foreign surname that differ in one з written for с, anywhere
    ("Гонзалес"/"Гонсалес", "Родригез"/"Родригес"): `b` is the full name of a person the
    text named, which must share the first name too."""
    a, b = fold(a), fold(b.split()[-1])
    if min(len(a), len(b)) < 5 or len(a) != len(b):
        return False
    diff = [{x, y} for x, y in zip(a, b, strict=True) if x != y]
    return diff == [{"з", "с"}]


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _doubled(short: str, long: str) -> bool:
    """`long` is `short` with one consonant written twice, not in the last two letters,
    where a case ending would be ("Мидлтон" → "Миддлтон", "Колинз" → "Коллинз")."""
    return any(
        long == short[: i + 1] + short[i:] for i in range(len(short) - 2) if short[i] in _CONSONANTS
    )


# a first name's last syllable a transliteration writes either way: a final "о"/"у"
# ("Мауро"/"Мауру"), a vowel before a final "р" after two consonants ("Александар",
# "Александер"/"Александр"); not a final "а", a woman's ("Паоло"/"Паола"), nor a vowel
# after one consonant ("Омар"/"Омер", "Питер")
_FINAL_VOWEL = re.compile(r"[оу]$", re.I)
_CONSONANT = "бвгджзклмнпрстфхцчшщ"
_FINAL_R = re.compile(rf"(?<=[{_CONSONANT}][{_CONSONANT}])([ае]?)р$", re.I)


def _first_spelled_otherwise(written: str, first: str) -> bool:
    """A foreign first name transliterated with one у for ю, е for э or е for и, in any
    case ("Эммануэля" of "Эмманюэль", "Рэймонд" of "Реймонд", "Беньямина" of "Биньямин"),
    with a final "о" for "у" ("Мауро" of "Мауру"), or by `_r_variants`; a short name
    differs too much, and two names the dictionary lists are two ("Ирина", "Ирена")."""
    low = fold(first)
    if len(low) < 5 or " " in written or " " in first:
        return False
    variants = [
        first[:i] + v + first[i + 1 :]
        for i, c in enumerate(low)
        for group in FIRST_NAME_VOWELS
        if c in group
        for v in group - {c}
    ]
    if _FINAL_VOWEL.search(first):
        variants.append(first[:-1] + ("у" if first[-1].lower() == "о" else "о"))
    return any(
        form_of(written, other) and not (listed_first_name(other) and listed_first_name(first))
        for other in variants
    ) or any(form_of(written, other) for other in _r_variants(first))


def _first_doubled(written: str, first: str) -> bool:
    """One of the given names with one consonant written once for twice or twice for once,
    in any case ("Хусейна" of "Мохаммед Хуссейн"): one name transliterated two ways. Not
    a name of under five letters ("Ала", "Ана"), nor where the dictionary lists both
    ("Мохамед" and "Мохаммед", "Филип" and "Филипп" stay apart, as two names may)."""
    if " " in written:
        return False
    for name in first.split():
        low = fold(name)
        if len(low) < 5:
            continue
        single = [low[:i] + low[i + 1 :] for i in range(1, len(low) - 2)
                  if low[i] == low[i - 1] and low[i] in _CONSONANTS]  # fmt: skip
        double = [low[: i + 1] + low[i:] for i in range(len(low) - 2) if low[i] in _CONSONANTS]
        if any(
            form_of(written, v) and not (listed_first_name(v) and listed_first_name(name))
            for v in single + double
        ):
            return True
    return False


def _r_variants(first: str) -> list[str]:
    """The other spellings of a first name's final "-р" after two consonants, with a vowel
    or without ("Александр", "Александар", "Александер"): one name however many the
    dictionary lists."""
    found = _FINAL_R.search(first)
    if found is None:
        return []
    stem = first[: found.start()]
    return [stem + v + "р" for v in ("", "а", "е") if v != found.group(1).lower()]


def _spellings(surname: str) -> list[str]:
    """The other spellings `_spelled_otherwise` accepts ("Кэмерон" of "Камерон")."""
    low = fold(surname)
    return [
        surname[:i] + v + surname[i + 1 :]
        for i, c in enumerate(low[:-1])
        if c in _VOWELS_SPELLED_ALIKE and len(low) >= 5
        for v in sorted(_VOWELS_SPELLED_ALIKE - {c})
    ]


def _new_person(parts: NameParts, doc_id: str, clusters: dict[str, Entity]) -> Entity | None:
    """A person no one named before. A first name alone ("Марк"), or with a patronymic, is
    a person of this document only: across documents it would conflate strangers."""
    name = parts.full
    if not parts.last:
        if parts.first and not parts.patronymic:
            first = fold(parts.first)
            same = {e.key: e for e in clusters.values() if _first_of(e) == first}
            if len(same) == 1:
                return next(iter(same.values()))
        return Entity(f"person/{slug(name)}-in-{slug(doc_id)}", "Person", name) if name else None
    return Entity(f"person/{slug(name)}", "Person", name)


def _first_name_via(parts: NameParts, entity: Entity) -> str:
    """ "name" for a lone word that is the entity's first name and not its surname ("Нааму"
    of "Наама Иссахар", which the dictionary does not know as a first name), else ""."""
    if len(parts.words) != 1 or parts.initials or not (first := _first_of(entity)):
        return ""
    word = parts.words[0]
    return "name" if form_of(word, first) and not form_of(word, entity.name.split()[-1]) else ""


def _first_of(entity: Entity) -> str:
    words = entity.name.split()
    return fold(words[0]) if len(words) > 1 else ""


def _other_sex(last: str, surname: str) -> bool:
    """ "Карапетова" (read as a woman's nominative) and "Карапетов": the same family, not
    the same person."""
    a, b = fold(last), fold(surname)
    if not (a and b):
        return False
    man, woman = sorted((a, b), key=len)
    if woman == man + "а" and man.endswith(POSSESSIVE_END):
        return True
    # "Ходорковская" and "Ходорковский", "Толстая" and "Толстой"
    return a[:-2] == b[:-2] and len(a) > 4 and {a[-2:], b[-2:]} in _ADJECTIVE_PAIRS


_ADJECTIVE_PAIRS = ({"ая", "ий"}, {"ая", "ой"}, {"ая", "ый"})


def _his_surname(written: str, name: str) -> bool:
    """A surname written in a consonant ("советник Пасен") beside a woman's full `name`
    whose surname ends in a vowel ("Вероника Пасена"): no case of hers ends so, it is a man
    of her family. Her "-ой"/"-ей" ("Петровой") ends in "й", which is hers."""
    surname, written = fold(without_generation(name.split()[-1])), fold(written)
    return (
        _gender_of(name) == "femn"
        and surname[-1:] in ("а", "я")
        and written[-1:].isalpha()
        and written[-1:] not in VOWELS
        and written[-1:] != "й"
    )


def _other_gender(entity: Entity, sex: str, told: dict[str, set[str]]) -> bool:
    """A person of the other sex than `sex` by the first name, unless a verb of the text
    told that sex of them ("Габриэль Гиффордс была ранена": a woman's name the dictionary
    reads as a man's)."""
    if not sex or sex in told.get(entity.key, ()):
        return False
    return _gender_of(entity.name) not in ("", sex)


# Not `dictionary_gender`: to rule a link out a guess counts ("Эмманюэль" a man's), and a
# woman's name the dictionary knows in any case ("Беате").
def _gender_of(name: str) -> str:
    """ "masc"/"femn" of a name's first name where the dictionary is sure, else ""."""
    words = name.split()
    if len(words) < 2:
        return ""
    return "masc" if man_named(words[0]) else "femn" if woman_named(words[0]) else ""


def _man(name: str) -> bool:
    """A name whose first name is a man's ("Эмманюэль Макрон"), which a woman named by the
    surname alone ("госпожа Макрон", "Макрон заявила") is not; a surname alone tells
    nothing."""
    words = name.split()
    return len(words) > 1 and man_named(words[0])


def _compatible(parts: NameParts, entity: Entity) -> bool:
    """Initials and first names of a mention must not contradict the entity's name, nor
    its surname's sex."""
    if _other_sex(parts.last, entity.name.split()[-1]) or other_father(parts.full, entity.name):
        return False
    if _his_surname(parts.written_last(parts.last), entity.name):
        return False
    words = entity.name.split()
    fathers = [w for w in words[1:-1] if is_patronymic(w)]
    if parts.patronymic and fathers and not form_of(parts.patronymic, fathers[0]):
        return False  # "Ольга Петровна Тамм" is no "Ольга Игоревна Тамм"
    first = fold(words[0]) if len(words) > 1 else ""
    given = " ".join(words[:-1])
    # one foreign first name transliterated two ways ("Биньямин"/"Беньямин") is one
    if (
        parts.first
        and first
        and not (same_given(parts.first, given) or _first_spelled_otherwise(parts.first, given))
        and not _one_arabic_name(parts, entity.name)
    ):
        return False
    if parts.first and parts.last and not first:
        # A node of a surname alone is left only where the text names several persons of
        # it in full ("Смирнова … Владимир Смирнов … Дмитрий Смирнов"), _plan gives a lone
        # surname the one it names: each of them is someone of their own, not that node.
        return False
    return not (parts.initials and first and not first.startswith(fold(parts.initials[0])))


def _one_arabic_name(parts: NameParts, name: str) -> bool:
    """Two names of one man whose nasabs name one father, the own names one Arabic name
    spelled two ways ("Мухаммед ибн Заид", "Мохаммед бин Заид"; names71)."""
    own_a, fathers_a = own_and_fathers(parts.full)
    own_b, fathers_b = own_and_fathers(name)
    return (
        len(own_a) == len(own_b) == 1
        and len(fathers_a) == len(fathers_b) == 1
        and (form_of(fathers_a[0], fathers_b[0]) or arabic_spelling(fathers_a[0], fathers_b[0]))
        and arabic_spelling(own_a[0], own_b[0])
    )


def _gazetteer_person(
    parts: NameParts,
    date: str,
    gaz: Gazetteer,
    title: Title | None,
    in_full: frozenset[str] = frozenset(),
    sex: str = "",
) -> PersonEntry | None:
    """The gazetteer's person `parts` name at `date`, of no first name of the other `sex`
    ("femn"/"masc": the text's word for it)."""
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
            candidates = [p for v in _spellings(parts.last) for p in gaz.persons_by_surname(v)]
    else:
        candidates = list(
            patronymic_index(gaz).get((fold(parts.first), fold(parts.patronymic)), ())
        )
    candidates = [
        p
        for p in candidates
        if _first_agrees(parts, p)
        and not _other_sex(parts.last, p.last)
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
    return any(_term_of(t, office, served) for person in named for t in person.terms)


def _term_of(term: OfficeTerm, office: str, served: str) -> bool:
    """The term is in this office of the state or organization `served` (its key; "" any)."""
    where = served.removeprefix("state/")
    return normalize(term.office) == normalize(office) and (not where or term.state == where)


def _first_agrees(parts: NameParts, person: PersonEntry) -> bool:
    if parts.first:
        # "Тайип Эрдоган" of "Реджеп Тайип Эрдоган": any first name may stand for all.
        return (
            not person.first
            or same_given(parts.first, person.first)
            or _first_spelled_otherwise(parts.first, person.first)
            or _first_doubled(parts.first, person.first)
        )
    if parts.initials:
        firsts = re.split(r"[\s-]+", person.first)
        return bool(person.first) and all(
            i < len(firsts) and fold(firsts[i]).startswith(fold(init))
            for i, init in enumerate(parts.initials[: len(firsts)])
        )
    return True
