"""A document's person names → person entities: the same person earlier in the document,
the gazetteer, a person an earlier document introduced (by surname alone), or someone new;
titles with no name beside them go to the holder of the office.

Since the forty-third pass (h-split45) the concerns live in their own modules: the reading of
names before linking in person_plans.py, the matching of names in a document in
person_matches.py, and the gazetteer's persons and office holders in office_holders.py; this
module keeps the linking loop, namesakes and relatives."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer, slug
from kg.model import Document, Entity
from kg.nlp.morph import morph
from kg.resolve.gender import woman_named
from kg.resolve.given_agreement import GivenOffice
from kg.resolve.kin_and_ranks import ruler_office
from kg.resolve.name_forms import fold, form_of
from kg.resolve.name_lexicons import is_first_name, listed_first_name
from kg.resolve.name_spellings import one_letter_apart
from kg.resolve.names import NameParts, family_surnames
from kg.resolve.office_holders import gazetteer_person, link_titles, term_of
from kg.resolve.offices import (
    person_entity,
    said_office,
)
from kg.resolve.other_names import other_name_gap
from kg.resolve.person_matches import (
    cluster_keys,
    entity_for_name,
    first_name_via,
    mans_first_name,
    ranked_apart,
    ruled_apart,
    surname_form,
    surname_via,
)
from kg.resolve.person_plans import person_plan
from kg.resolve.persons import PersonMention
from kg.resolve.registry import Registry
from kg.resolve.surname_declension import without_generation
from kg.resolve.title_lexicon import Title

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
    states = frozenset(key for _, _, key, _ in reading.states)  # the states the text names
    clusters: dict[str, Entity] = {}  # folded surname (or first+patronymic) → entity
    shared: set[str] = set()  # first+patronymic keys of two persons named in full
    order: list[tuple[int, Entity, bool]] = []  # (token, entity, is subject): for bare titles
    # (office, state) → who this text names with that title now ("Премьер-министр Японии X").
    named: dict[tuple[str, str], set[str]] = {}
    before: tuple[int, Entity] | None = None  # the last name's end and entity
    before_parts = NameParts()  # the last name as read
    aliased = False  # the last name is another's other name in brackets after it
    # a full name in brackets after another's (folded) → that person ("Сальмы (Каролины
    # эль-Хадад)"): the surname of the name in brackets alone later is that person too
    bracketed: dict[str, Entity] = {}
    seen: set[str] = set()  # the persons named so far
    told: dict[str, set[str]] = {}  # entity key → the genders verbs tell of its full names
    # entity key → the offices the text or gazetteer gives, each with the state or body
    offices: dict[str, set[tuple[str, str]]] = {}
    # folded surname → the persons named so far with a first name and that surname
    namesakes: dict[str, dict[str, Entity]] = {}
    listed: set[str] = set()  # the persons first named in a list of children
    # (key of the one named before, folded first name) → kin listed as that one's namesake
    listed_namesakes: dict[tuple[str, str], Entity] = {}
    chains: dict[str, str] = {}  # entity key → the given names of several words it was named by
    rulers: dict[str, Entity] = {}  # folded one name → the ruler named by it after his rank
    for i, (m, (alone, parts)) in enumerate(zip(plan.persons, plan.parts, strict=True)):
        given = reading.given.get(m.tokens[0])
        title = given.title if given is not None else None
        gender = "femn" if m.woman else m.verb_gender
        # "дочь принца Ямада" after "Принцесса Мако Ямада": the surname alone, not her
        apart = ranked_apart(parts, clusters, m.rank_sex, told) if m.rank_sex else ""
        # "король Малайзии султан Ибрагим" after "Анвар Ибрагим": the king, not the premier
        ruled = "" if apart else _ruled_apart(reading.titles, m.tokens[0], alone, clusters, offices)
        apart, parts = (ruled, alone) if ruled else (apart, parts)
        ruler = _after_ruler(reading.titles, m.tokens[0], alone)
        # "султан Ибрагим" before "Анвар Ибрагим": the ruler's own one name, not lengthened
        parts = alone if ruler and not ruled and not form_of(ruler, parts.first or ruler) else parts
        if (
            not ruler
            and rulers
            and _two_bearers(alone, rulers, [registry.entities[k] for k in seen])
        ):
            continue  # "Ибрагим отметил" after "султан Ибрагим" and "Анвар Ибрагим": either
        parts = _family_surname(alone, clusters, apart) if apart and not alone.first else parts
        parts = _with_bracketed_name(alone, document.text, m.end, reading, clusters) or parts
        namesake = _namesake(parts, namesakes, gender) or (
            _subject_of_family(parts, order, clusters, gender) if m.subject else None
        )
        # A verb's gender keeps a surname alone off a person of the other sex only where the
        # text speaks of kin of that sex ("Джон Камау … его мать … Камау заявила").
        sex = "femn" if m.woman else (gender if gender in reading.kin_genders else "")
        sex = sex or m.rank_sex  # "дочь принца Ямада": no "Мако Ямада"
        text = document.text
        aliased = before is not None and _in_brackets(
            text, before[0], (m.start, m.end), aliased, before_parts
        )
        relative: Entity | None = None
        if before is not None and aliased:
            entity: Entity | None = before[1]  # "рэперу Басте (Василий Вакуленко)": one man
            _remember_bracketed(bracketed, parts, before[1])
        else:
            # a surname alone is no gazetteer person of the sex its verb denies ("Фернандес
            # заявила" is no Альберто Фернандес); a masculine verb after a title right before
            # the name may agree with the title ("Председатель Еврокомиссии фон дер Ляйен
            # заявил")
            titled = given is not None and given.title.end == m.tokens[0] and gender == "masc"
            bare = not parts.first and not parts.initials and not titled
            alone_sex = gender if bare else ""
            find = partial(
                gazetteer_person,
                parts,
                document.date,
                gaz,
                title,
                plan.in_full,
                sex or alone_sex,
                states,
            )
            known = partial(plan.entry, i, gaz, find)
            relative = _relative(m, clusters, document.date, gaz) if m.relative else None
            entity = (
                bracketed.get(_full_key(parts))
                or namesake
                or relative
                or entity_for_name(
                    parts, document, clusters, registry, title, known, sex, told, apart
                )
            )
        if entity is None:
            continue
        entity = _other_chain(parts, entity, chains)
        if len(parts.first.split()) > 1 and parts.last:
            chains.setdefault(entity.key, parts.first)
        kins = reading.given_read.kin_titles.get(m.tokens[0])
        namesake_kin = _kins_namesake(m, entity, seen, before, listed) or _holders_namesake(
            entity, kins, document.date, gaz
        )
        entity = _kin_entity(m, entity, namesake_kin, document.id, seen, listed, listed_namesakes)
        # "Премьер X, которая занимала этот пост до 2017 года": no office of hers now
        current = given is not None and given.current and m.tokens[0] not in reading.ended
        if given is not None and current and not entity.office:
            # The gazetteer knows no term of this person at the date: the text's title is
            # the office it gives ("Президент США Барак Обама" for a linked, term-less entry).
            office = given.office
            if office == given.title.said:  # "лидер Японии": which office, if the gazetteer knows
                office = said_office(gaz.person(entity.key), given.title, document.date)
            # The person keeps the state the gazetteer knows, whatever a profession's title
            # ("Экономист Хавьер Милей" is Argentina's); the offices row of a profession
            # takes none it does not name (`kg.extract.offices`).
            entity = replace(entity, office=office, state=given.state or entity.state)
        else:
            peers = reading.given_read.colleague_states.get(m.tokens[0], "")
            entity = _state_told(entity, given if not current else None, peers)
        # the surname as read alone too ("Роналду" read as "Роналд"): its other forms join
        for key in dict.fromkeys([*cluster_keys(parts), *cluster_keys(alone)]):
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
        emit(
            entity,
            m.start,
            m.end,
            first_name_via(m.parts, entity) or surname_via(m.parts, entity, m.via, gaz),
        )
        seen.add(entity.key)
        rulers.update({fold(ruler): entity} if ruler else {})
        before, before_parts = (m.end, entity), m.parts
        if given is not None and given.current and given.state:
            named.setdefault((given.title.office, given.state), set()).add(entity.key)
        order.append((m.tokens[0], registry.entities[entity.key], m.subject))
        held = offices.setdefault(entity.key, {(entity.office, entity.state)} - {("", "")})
        if given is not None and given.current:
            held.add((given.office, given.state))

    link_titles(reading, document, registry, emit, order, named, offices)


def _state_told(entity: Entity, former: GivenOffice | None, peers: str) -> Entity:
    """`entity` with the state the text gives one it names in no office, where it knows
    none: the state of a title no longer held ("бывший президент Кении X", "уволил министра
    обороны Перу X": still of the state it served), else of the plural colleagues the name
    follows ("с филиппинскими коллегами X и Y": `colleague_states`)."""
    if entity.state:
        return entity
    state = former.state if former is not None else ""
    return replace(entity, state=state or peers) if state or peers else entity


def _kins_namesake(
    m: PersonMention,
    entity: Entity,
    seen: set[str],
    before: tuple[int, Entity] | None,
    listed: set[str],
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
    if m.kin == "apposed" and entity.key in listed:
        return False  # "два сына: Хосе и Луис. Младший сын Луис Гарсия": the son again
    if m.parts.last or m.kin == "listed":
        return entity.key in seen
    return before is not None and before[1].key == entity.key


def _kin_entity(
    m: PersonMention,
    entity: Entity,
    namesake: bool,
    doc_id: str,
    seen: set[str],
    listed: set[str],
    listed_namesakes: dict[tuple[str, str], Entity],
) -> Entity:
    """The person kin named by `m` is: `entity`, or where the kin is its namesake, a person of
    the document's own, and the one a list of children named by that first name where a
    name in full names that kin again ("два сына: Александр и Виктор. Младший сын Виктор
    Янукович": the son again; names80). Records the persons first named in such a list."""
    if namesake:
        again = (entity.key, fold(m.parts.first))
        name = m.parts.full
        entity = listed_namesakes.get(again) or Entity(
            f"person/{slug(name)}-in-{slug(doc_id)}", "Person", name
        )
        if m.kin == "listed" and not m.parts.last:
            listed_namesakes.setdefault(again, entity)
    if m.kin == "listed" and entity.key not in seen:
        listed.add(entity.key)
    return entity


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
    return any(term_of(t, title.office, title.state) and t.start <= when for t in person.terms)


def _with_bracketed_name(
    alone: NameParts,
    text: str,
    end: int,
    reading: NameReading,
    clusters: dict[str, Entity],
) -> NameParts | None:
    """A person named by one name with another single name in brackets right after it: the
    surname's first name ("принцессы Ямада (Кико)": Кико Ямада, not the Мако Ямада named
    before) or the first name's surname ("Акиэ (Абэ)"): an alias of this mention only
    (names90). Not a state or body the text names there ("Перес (Чили)", "(ЛДПР)"), a place
    that is no first name ("(Москва)"; "(София)" is one), an abbreviation or dates."""
    found = _BRACKETED_NAME.match(text, end)
    if found is None or len(alone.words) != 1 or alone.initials or alone.patronymic:
        return None
    word, start = found.group(1), found.start(1)
    if any(s <= start < e for s, e, *_ in (*reading.states, *reading.orgs)):
        return None
    if _place_word(word) and not (is_first_name(word) or listed_first_name(word)):
        return None
    one = alone.last or alone.first  # as read, in the nominative
    surname_first = "L:" + fold(one) in clusters  # "Ямада (Кико)" after "Мако Ямада"
    if not surname_first and (
        "L:" + fold(word) in clusters  # "Акиэ (Абэ)" after "Синдзо Абэ"
        or not alone.last  # "Марию (Гонсалес)": a first name's surname
    ):
        return replace(alone, first=one, last=word, words=(alone.words[0], word))
    return replace(alone, first=word, last=one, words=(word, alone.words[0]))


# A single capitalized word in brackets right after a name (no abbreviation, no dates).
_BRACKETED_NAME = re.compile(r"\s*\(([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\)")


def _place_word(word: str) -> bool:
    """Whether the dictionary reads the word as a place ("Москва", "Чили", "София")."""
    return any("Geox" in p.tag for p in morph().parse(word))


def _in_brackets(
    text: str, after: int, span: tuple[int, int], aliased: bool, named: NameParts
) -> bool:
    """A name in brackets right after another: the same person's other name ("Басте
    (Василий Вакуленко)", "Бьорк (Бьорк Гудмундсдоуттир)", "Кен Кокрел (Ken Cockrel Jr.)",
    a nickname in quotes, "«Гордон» (Gordon)"),
    also past one word in brackets, another spelling ("Зайгер (Цайгер) (Lawrence Zeiger)"),
    or a secular name ("Кирилл (в миру — Владимир Гундяев)"), or a former one ("Джоан Уилсон
    (ранее Джон Уилсон)": one person who changed the name; names84); and each of a list of them
    ("Феодор (Феодорос, Тодорос; в миру — Николаос Кирьякос)"), the one before it in the
    same brackets (`after` past their opening) being one of them (`aliased`), not the first
    of a list of persons ("Стороны (Иван Петров, Сергей Сидоров)"); or a birth name, real name,
    maiden name or pseudonym after its marker, in brackets or after a comma ("Зара (настоящее
    имя Зарифа Мгоян)", "Таркан, урождённый Таркан Теветоглу,"; `other_names`; `named`: the
    name before, as read)."""
    start, end = span
    gap = text[after:start].strip().lstrip("»”\"'’").lstrip()  # "«Гордон» (Gordon)": a nickname
    opening = text.rfind("(", 0, start)
    listed = aliased and opening < after and bool(_ALIAS_GAP.fullmatch(gap))
    first = bool(_BRACKET_GAP.fullmatch(gap))
    if (first or listed) and text[end:].lstrip(". ").startswith((")", ",", ";")):
        return True
    return other_name_gap(gap, text[end : end + 3], named)


# What lies between a name and another of its names in brackets: "(", or a one-word aside
# in brackets before it; "в миру —" before a secular name, "ранее"/"прежде" before a former
# one; the original script's word and
# "В источниках также:" or "также:" before another spelling ("(三浦雄一郎 В источниках
# также: Ючиро Миура)").
_SECULAR = r"(?:\s*(?:в миру|ранее|прежде|до смены имени)\s*[—–-]?)?"
_SPELLING = r"(?:\s*[^\sА-Яа-яЁё()]+)?\s*(?:в источниках\s+)?также\s*:"
_BRACKET_GAP = re.compile(r"(?:\(\w+\)\s*)?\((?:" + _SPELLING + "|" + _SECULAR + ")", re.I)
# ... and between two of its names in the same brackets: "," or ";".
_ALIAS_GAP = re.compile(r"[,;]" + _SECULAR)


def _namesake(
    parts: NameParts, namesakes: dict[str, dict[str, Entity]], gender: str
) -> Entity | None:
    """A surname alone where the text has named two persons of it in full ("Ингрид Хольм и
    её муж Эрик Хольм"): the one its grammar (`gender`: a verb or a form of address,
    "Хольм выступил") leaves, not the first named. None where the text has named at most
    one, or the grammar leaves both: then the first named, the one a text is mostly about
    ("Нурсултан Назарбаев … его дочь Дарига Назарбаева … Назарбаев")."""
    bare = without_generation(parts.last)
    if parts.first and bare != parts.last:
        return _sibling_of_first_name(parts.first, namesakes.get(fold(bare), {}))
    found = namesakes.get(fold(parts.last), {}).values()
    if parts.first or parts.initials or not parts.last or len(found) < 2 or not gender:
        return None
    fitting = [e for e in found if mans_first_name(e.name) == (gender == "masc")]
    return fitting[0] if len(fitting) == 1 else None


def _sibling_of_first_name(first: str, found: dict[str, Entity]) -> Entity | None:
    """A first name and a surname with "-младший"/"-старший" ("Серена Уильямс-младшая")
    where the text has named two or more persons of that surname in full ("Венера Уильямс и
    Серена Уильямс"): the one of that first name, the suffix telling siblings apart (names86).
    None where one alone was named ("Хосе Перес … Хосе Перес-младший" may be his son) or
    none, or several, of that first name."""
    same = [e for e in found.values() if _first_name_is(first, e.name)]
    return same[0] if len(found) > 1 and len(same) == 1 else None


def _first_name_is(first: str, name: str) -> bool:
    words = name.split()
    return len(words) > 1 and form_of(first, words[0])


def _subject_of_family(
    parts: NameParts,
    order: list[tuple[int, Entity, bool]],
    clusters: dict[str, Entity],
    gender: str,
) -> Entity | None:
    """A surname alone right after the subject of a clause named by first name and that
    surname, where the text named another person of the surname first ("Младший сын
    Рикардо Эскобара — Хуан — назначен … Эскобар будет": the son it speaks of, not the
    father the surname's cluster holds; names83). Asked only for a surname that is a subject
    itself, going on with the topic: "Его брат Питер Камау скрылся. Позже Камау предъявили
    обвинения" charges the one the text named first. None where the grammar tells the other
    sex, the last person named was no subject, or is the surname's first holder anyway."""
    if parts.first or parts.initials or not parts.last or not order:
        return None
    _, last, subject = order[-1]
    first = clusters.get("L:" + fold(parts.last))
    words = last.name.split()
    if not subject or first is None or first.key == last.key or len(words) < 2:
        return None
    if fold(words[-1]) != fold(parts.last) or (
        gender and mans_first_name(last.name) != (gender == "masc")
    ):
        return None
    return last


def _other_chain(parts: NameParts, entity: Entity, chains: dict[str, str]) -> Entity:
    """A full name whose chain of given names differs from the one the person linked was
    named by ("Ахмад Юсуф Абд ар-Рахман Хаддад" after "Ахмад Салим Ахмад Хаддад", both
    "Ахмад Хаддад" for short): a namesake, someone of their own. The same chain, or one
    the other begins with ("Ахмад Салим Хаддад"), is the same man (names89)."""
    had = chains.get(entity.key)
    words = parts.first.split()
    if had is None or len(words) < 2 or not parts.last:
        return entity
    other = had.split()
    if not _cyrillic(parts.first) or not _cyrillic(had):
        return entity  # "Йонас Гар Стёре (Jonas Gahr Støre)": one name in two scripts
    if all(form_of(a, b) or one_letter_apart(a, b) for a, b in zip(words, other, strict=False)):
        return entity
    return Entity(f"person/{slug(parts.full)}", "Person", parts.full)


def _cyrillic(words: str) -> bool:
    return all("а" <= c.lower() <= "я" or c.lower() == "ё" for c in words if c.isalpha())


def _remember_namesake(
    namesakes: dict[str, dict[str, Entity]], parts: NameParts, entity: Entity
) -> None:
    if parts.first and parts.last:
        namesakes.setdefault(fold(parts.last), {})[entity.key] = entity


def _full_key(parts: NameParts) -> str:
    """A name's first name and surname, folded; "" for any other name."""
    return fold(parts.full) if parts.first and parts.last else ""


def _remember_bracketed(bracketed: dict[str, Entity], parts: NameParts, entity: Entity) -> None:
    """A full name in brackets after another's ("Сальмы (Каролины эль-Хадад)") stands for
    that person wherever the document writes it again, alone or by its surname."""
    if key := _full_key(parts):
        bracketed.setdefault(key, entity)


def _ruled_apart(
    titles: list[Title],
    start: int,
    alone: NameParts,
    clusters: dict[str, Entity],
    offices: dict[str, set[tuple[str, str]]],
) -> str:
    """`ruled_apart` of a name as written right after a ruler's rank ("султан Ибрагим",
    "король Малайзии султан Ибрагим", whose office is the king's), else "": the plan has
    already lengthened it to the full name it would join."""
    return ruled_apart(alone, clusters, offices) if _after_ruler_rank(titles, start) else ""


def _after_ruler(titles: list[Title], start: int, alone: NameParts) -> str:
    """The one word of a name written right after a ruler's rank ("султан Ибрагим", "король
    Малайзии султан Ибрагим"), else ""."""
    if len(alone.words) != 1 or alone.initials:
        return ""
    return alone.words[0] if _after_ruler_rank(titles, start) else ""


def _after_ruler_rank(titles: list[Title], start: int) -> bool:
    """Whether a ruler's rank ends right before the token `start` ("султан Ибрагим")."""
    return any(t.end == start and ruler_office(t.office) for t in titles)


def _two_bearers(alone: NameParts, rulers: dict[str, Entity], named: list[Entity]) -> bool:
    """A bare one-word name that both a ruler the text named by it after his rank and another
    person it named in full with it as the surname may be ("король Малайзии султан Ибрагим …
    Анвар Ибрагим … Ибрагим отметил"): either, so neither's mention; a name of one bearer
    alone ("Анвар Ибрагим … Ибрагим заявил") is his (seventy-first pass, h-names159).
    `named`: the persons named before it."""
    if len(alone.words) != 1 or alone.initials:
        return False
    word = fold(alone.words[0])
    ruler = rulers.get(word)
    return ruler is not None and any(
        e.key != ruler.key and len(e.name.split()) > 1 and fold(e.name.split()[-1]) == word
        for e in named
    )


def _family_surname(alone: NameParts, clusters: dict[str, Entity], apart: str) -> NameParts:
    """A surname alone read apart from a person of the other sex, with that person's
    nominative of it ("принца Ямада" beside "Мако Ямада": "Ямада", not a genitive's "Ямад")."""
    named = next((e for e in clusters.values() if e.key == apart), None)
    if named is None or not alone.last:
        return alone
    surname = named.name.split()[-1]
    same = surname_form(alone.last, alone.written_last(alone.last), surname)
    return replace(alone, last=surname) if same else alone


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
        for p in [gazetteer_person(NameParts(first=own, last=last), date, gaz, None, sex=sex)]
        if p is not None and p.key not in named
    }
    return person_entity(next(iter(found.values())), date) if len(found) == 1 else None
