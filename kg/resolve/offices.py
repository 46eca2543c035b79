"""Office holders: who held an office at a date (gazetteer terms), the entity of a known
person with the office the text names, and the person a bare title stands for."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from kg.gazetteer import Gazetteer, OfficeTerm, PersonEntry, normalize, post_key
from kg.model import Entity
from kg.resolve.title_lexicon import GOVERNMENT_HEADS, ROLE_OFFICES, Title

_STATE_OFFICES = tuple(o for offices in ROLE_OFFICES.values() for o in offices)


def term_at(person: PersonEntry, date: str, prefer: str = "") -> OfficeTerm | None:
    """The term held at `date`; of concurrent ones, the office the text named (`prefer`),
    else a state office before a party post ("председатель" before "генеральный секретарь")."""
    held = terms_at(person, date)
    return min(held, key=lambda t: _rank(t.office, prefer), default=None)


def terms_at(person: PersonEntry, date: str) -> list[OfficeTerm]:
    """Every term the person held at `date` (none where the document has no date)."""
    if not date:
        return []
    key = date[:10]
    return [
        t
        for t in person.terms
        if (not t.start or t.start[: len(key)] <= key)
        and (not t.end or key <= t.end[: len(key)] or t.end >= key)
    ]


def one_office(term_office: str, office: str) -> bool:
    """Whether a gazetteer term's office is the office a title names: the same words, or a
    state's head of government by two of its names (`GOVERNMENT_HEADS`: "председатель
    совета министров Польши" of the gazetteer's "премьер-министр", "федеральный канцлер" of
    its "канцлер"), one post of one state. Fifty-fifth pass (h-names114). A minister's field
    with "национальной" or without is one post (`post_key`; h-names121)."""
    told, known = normalize(office), normalize(term_office)
    same = post_key(told) == post_key(known)
    return same or (told in GOVERNMENT_HEADS and known in GOVERNMENT_HEADS)


def _rank(office: str, prefer: str) -> int:
    if normalize(office) == normalize(prefer):
        return -1
    return _STATE_OFFICES.index(office) if office in _STATE_OFFICES else len(_STATE_OFFICES)


def said_office(person: PersonEntry | None, title: Title, date: str) -> str:
    """The office a person holds whom a title names only by role ("лидер Японии", "глава
    государства"): the gazetteer's term of that role at the date, else, in an undated text,
    the one office of that role the gazetteer knows them to have held in the state; else the
    title's own words ("лидер"), never a guess at which office the role is."""
    state = title.state.removeprefix("state/")
    offices = ROLE_OFFICES.get(title.role, ())
    if title.said == "лидер":  # a state's leader may be its head of government ("Японии")
        offices += ROLE_OFFICES["head_of_government"]
    terms = [
        t for t in (person.terms if person is not None else ())
        if t.office in offices and (not state or t.state == state)
    ]  # fmt: skip
    term = term_at(person, date) if person is not None and date else None
    if term is not None and term in terms:
        return term.office
    held = {t.office for t in terms}
    return held.pop() if not date and len(held) == 1 else title.said


def latest_start(person: PersonEntry) -> str:
    return max((t.start for t in person.terms), default="")


def person_entity(person: PersonEntry, date: str, prefer: str = "") -> Entity:
    """The gazetteer's person with the office held at the document's date. An undated
    document shows no term of the gazetteer (its text may give an office): today's office
    is not what an old text said; the state, where every term is of one, is."""
    term = term_at(person, date, prefer)
    office, state = (term.office, term.state) if term is not None else ("", "")
    states = {t.state for t in person.terms}
    if term is None and len(states) == 1:
        state = states.pop()  # whatever the office, the state they serve is not in doubt
    state_key = f"state/{state}" if state and "/" not in state else state
    return Entity(
        person.key,
        "Person",
        person.name,
        person.name_en,
        person.wikidata,
        office=office,
        state=state_key,
    )


def _held_told(
    gaz: Gazetteer, entity: Entity, offices: tuple[str, ...], iso3: str, told: frozenset[int]
) -> bool:
    """`_held`, and where the text gives years (`told`) and the gazetteer terms of these
    offices in the state, one of them covers one of those years."""
    if not _held(gaz, entity, offices, iso3):
        return False
    known = gaz.person(entity.key)
    terms = [t for t in known.terms if t.office in offices and t.state == iso3] if known else []
    if not told or not terms:
        return True
    return any(
        (not t.start or int(t.start[:4]) <= year) and (not t.end or year <= int(t.end[:4]))
        for t in terms
        for year in told
    )


def _held_at(
    gaz: Gazetteer, entity: Entity, offices: tuple[str, ...], iso3: str, date: str
) -> bool:
    """Whether the person held one of `offices` in the state at `date`: by a gazetteer term
    of it covering the date where the gazetteer gives any, else by the text's office."""
    known = gaz.person(entity.key)
    terms = [t for t in known.terms if t.office in offices and t.state == iso3] if known else []
    if known is None or not terms:
        return _held(gaz, entity, offices, iso3)
    return any(t in terms for t in terms_at(known, date))


def _held(gaz: Gazetteer, entity: Entity, offices: tuple[str, ...], iso3: str) -> bool:
    """Whether the person ever held one of `offices` in the state, by gazetteer or text."""
    known = gaz.person(entity.key)
    if known is not None and known.terms:
        return any(t.office in offices and t.state == iso3 for t in known.terms)
    return entity.office in offices and entity.state == f"state/{iso3}"


def title_holder(
    title: Title,
    date: str,
    gaz: Gazetteer,
    order: list[tuple[int, Entity, bool]],
    home: str,
    later: Title | None = None,
    told: frozenset[int] = frozenset(),
    here: Mapping[str, set[tuple[str, str]]] | None = None,
) -> Entity | None:
    """The person a title with no name beside it stands for. In an undated text, `later`:
    the next title of the same office and state, whose holder one before whom the text names
    no holder takes (a headline's "турецкий премьер", read in the body); `told`: the years
    the text's dates give, at none of which one the gazetteer gives other terms of the
    office held it; `here`: each person's offices this text gives (by entity key), which a
    bare title's holder named before may hold though the corpus first described them
    otherwise."""
    if title.state.startswith("org/") and not (title.plural or title.former or title.role):
        return _body_holder(title, date, gaz)
    if title.plural or title.former or not title.role:
        # "лидеры двух стран" are several people; an office of the open class or of another
        # body ("председатель Еврокомиссии") is never the document's head of state; a
        # former holder ("экс-президент") is not the one in office, and which one the
        # title alone does not say.
        return None
    named_state = bool(title.state)
    if not named_state:
        # "Президент подчеркнул": the one person named before in that role, the one who
        # was the subject of a sentence where any was, as a reader would; where the text
        # named two so ("премьеры Норвегии X и Швеции Y прибыли …"), the title alone does
        # not say which.
        roles = set(ROLE_OFFICES[title.role]) if title.generic else {title.office}
        earlier = [
            (e, subj)
            for i, e, subj in order
            if i < title.start and _holds_here(e, roles, here or {})
        ]
        subjects = {e.key: e for e, subj in earlier if subj}
        fit = subjects or {e.key: e for e, _ in earlier}
        if fit or not home:
            return next(iter(fit.values())) if len(fit) == 1 else None
        # Nobody named yet: the holder of that office in the state the text speaks for;
        # of that very office unless the title names only a role ("глава государства"):
        # "король" is no president's title where the state has no king.
        title = replace(title, state=home)
    offices = (title.office, *ROLE_OFFICES[title.role])
    if not named_state and not title.generic:
        offices = (title.office,)
    iso3 = title.state.removeprefix("state/")
    if not date:
        return _undated_holder(title, gaz, order, home, offices, later, told)
    for office in dict.fromkeys(offices):
        holder = gaz.office_holder(office, iso3, date)
        if holder is not None and len(gaz.office_holders(office, iso3, date)) > 1:
            return None  # "Президент Мексики" in a text of 2024: two held it that year
        if holder is not None:
            return person_entity(holder, date, office)
    # No term in the gazetteer at the date: someone this text named before in that office
    # (a linked entry without terms holds the office the text gave it), not one whose terms
    # of it all fall outside the date ("Премьер Израиля" in a text between two of the one
    # named's terms), nor a holder another document named, whose date it does not tell
    # (fifty-second pass, h-offices63).
    before = [e for i, e, _ in order if i < title.start and _held_at(gaz, e, offices, iso3, date)]
    return before[-1] if before else None


def _holds_here(entity: Entity, roles: set[str], here: Mapping[str, set[tuple[str, str]]]) -> bool:
    """Whether the person holds one of the offices `roles`: as the entity was first described,
    or as this text gives it (`here`): "Король Иордании X" is a king here, though an earlier
    document named X a prince (a bare "королём" later stood for the king of the state the
    text named most; sixty-second pass, h-names138)."""
    return entity.office in roles or any(office in roles for office, _ in here.get(entity.key, ()))


def _undated_holder(
    title: Title,
    gaz: Gazetteer,
    order: list[tuple[int, Entity, bool]],
    home: str,
    offices: tuple[str, ...],
    later: Title | None,
    told: frozenset[int],
) -> Entity | None:
    """`title_holder` in an undated text."""
    iso3 = title.state.removeprefix("state/")
    # Without a date the holder is not guessed: someone this text names who held it.
    # The subject last named before it first ("Д.Медведев предложил В.Путину …
    # Нынешний глава государства заявил": Медведев, names89), else the last named.
    # Where it names several, one the gazetteer says held it only in another period than
    # the text's dates does not (forty-seventh pass, h-titles47); the one holder it names
    # keeps the title though its years are all history ("напомнил о договоре 1992 года").
    held = [(i, e) for i, e, _ in order if _held(gaz, e, offices, iso3)]
    if len({e.key for _, e in held}) > 1:
        held = [(i, e) for i, e in held if _held_told(gaz, e, offices, iso3, told)] or held
    named: list[Entity | None] = [e for _, e in held]
    before = [e for i, e in held if i < title.start]
    last_subject = [e for i, e, subj in order if i < title.start and subj][-1:]
    if last_subject and last_subject[0] in before:
        return last_subject[0]
    if not before and later is not None:
        # "Турецкий премьер …" in a headline, "… турецкий премьер" after Эрдоган in the
        # body: the one the body's title stands for, not whoever the text names last
        found = title_holder(later, "", gaz, order, home, None, told)
        if found is not None:
            return found
    return (before or named or [None])[-1]


def _body_holder(title: Title, date: str, gaz: Gazetteer) -> Entity | None:
    """The holder of an organization's office a title names with no name beside it ("Генсек
    НАТО заявил"): the one person whose gazetteer term of that office of that body covers
    the document's date, as a state's title links its one holder; no one in an undated text,
    nor where two terms meet the date (a year in which the post changed hands)."""
    holders = gaz.office_holders(title.office, title.state, date) if date else []
    return person_entity(holders[0], date, title.office) if len(holders) == 1 else None
