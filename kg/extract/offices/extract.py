"""Who holds which office, read from one document: the title beside a name ("министр
энергетики Норвегии Терье Осланд", "Юнас Гар Стёре, премьер-министр Норвегии"), the title
standing for its holder ("Президент Бразилии заявил"), and the gazetteer's terms of every
person the text names. A text's holding is dated by its document, and has the start and end
the text tells (`dated.py`); where a gazetteer term of the same office covers that date, the
two are one fact, with the term's dates."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from kg.doc_text import char_range, doc_text
from kg.extract.common.date_bounds import Dates, date_tokens
from kg.extract.common.named_states import states_named
from kg.extract.common.origins import is_origin
from kg.extract.context import Context, fact_key
from kg.extract.offices.chambers import chamber_post
from kg.extract.offices.city_posts import kind_state, placed_post
from kg.extract.offices.clause_terms import clause_term, then_term
from kg.extract.offices.coaches import coached_teams
from kg.extract.offices.dated import Term, bracketed_term, spanned_term, term_dates
from kg.extract.offices.delegation_states import delegation_state
from kg.extract.offices.fact import OfficeHolding
from kg.extract.offices.group_states import group_state
from kg.extract.offices.headed_bodies import headed_bodies
from kg.extract.offices.home_states import (
    adjective_state,
    home_state,
    members_house,
    own_house_post,
)
from kg.extract.offices.led_bodies import led_bodies
from kg.extract.offices.next_term import next_sentence_term
from kg.extract.offices.pair_states import of_two_states, pair_states
from kg.extract.offices.peoples import peoples_state
from kg.extract.offices.rank_lands import rank_land
from kg.extract.offices.replacements import replacement_posts
from kg.extract.offices.same_posts import one_post_rows
from kg.extract.offices.successors import replaced_ends
from kg.extract.offices.trade_nouns import fields, named_again
from kg.formats.textmeta import CAPITALS_PLACE, DATELINE
from kg.gazetteer import OfficeTerm, capital_named, ended_before, normalize, post_key
from kg.model import Mention
from kg.model import Span as Evidence
from kg.nlp.deps import new_paragraph, preposition, sentence_before
from kg.nlp.morph import is_present
from kg.resolve.been_posts import been_posts
from kg.resolve.body_states import noun_bodies
from kg.resolve.gender import person_gender
from kg.resolve.given import read_given
from kg.resolve.given_agreement import GivenOffice
from kg.resolve.given_appointments import acting_subject, appointing_verb
from kg.resolve.given_lists import (
    apposed_besides,
    listed_posts,
    own_besides_clause,
    predicate_besides,
    title_before_predicate,
)
from kg.resolve.given_plural import coordinated_offices
from kg.resolve.kept_posts import kept_posts
from kg.resolve.names import NameParts
from kg.resolve.office_holders import name_holds
from kg.resolve.offices import one_office, said_office, terms_at
from kg.resolve.org_naming import org_span
from kg.resolve.own_posts import owning_verb
from kg.resolve.place_posts import place_post_state
from kg.resolve.pronoun_posts import null_subject_posts, pronoun_posts
from kg.resolve.rank_posts import posts_over_rank, ranks_beside_posts
from kg.resolve.title_lexicon import TITLES, Title, is_trade
from kg.resolve.title_spelling import genitive_head
from kg.resolve.title_tenure import PREVIOUS, held_then
from kg.resolve.titles import find_titles, stands_alone


def extract_offices(ctx: Context) -> list[OfficeHolding]:
    out: dict[str, OfficeHolding] = {}
    texts = _from_text(ctx)
    stated = _stated(texts)
    for told, holding in [
        *((False, h) for h in _gazetteer_terms(ctx)),
        *((True, h) for h in texts),
    ]:
        # "Действующий президент X" of one the text gives that office of a state: that row;
        # "занимал пост президента с 2001 по 2008 год" of the "экс-президент Египта": his
        same = stated.get((holding.person, post_key(holding.office), holding.past))
        if told and same is not None and not holding.state:
            holding = replace(holding, key=same)
        known = out.get(holding.key)
        if known is not None and _other_tenure(known, holding):
            holding = replace(
                holding, key=fact_key("office", holding.key, holding.start, holding.end)
            )
            known = out.get(holding.key)
        if known is None:
            out[holding.key] = holding
        else:  # the text confirms a term: one fact, dated by both
            known.basis, known.date = holding.basis, holding.date or known.date
            known.state = known.state or holding.state
            known.start, known.end = known.start or holding.start, known.end or holding.end
            known.evidence = sorted({*known.evidence, *holding.evidence}, key=_order)
    rows = pair_states(ctx, list(out.values()))  # "министры энергетики двух стран X и Y"
    rows = replaced_ends(ctx, rows)  # "Он сменил на этом посту Y": until the successor's start
    return sorted(one_post_rows(rows, _same_post), key=lambda h: h.key)


def _other_tenure(a: OfficeHolding, b: OfficeHolding) -> bool:
    """Whether two rows of one post are two tenures: one's told end falls before the other's
    told start ("Махама принёс присягу в качестве президента … уже занимал пост президента в
    2012–2017 годах"), or before the report's date for a current post of its state. Joined,
    they would write an end before a start. A bare title with no state ("Тэтчер была
    премьер-министром … с 1979 по 1990 год. Премьер-министр Тэтчер встретилась …") is that
    term told again. Sixty-ninth pass (h-names155)."""
    return any(x.end and ended_before(x.end, _since(y)) for x, y in ((a, b), (b, a)))


def _since(row: OfficeHolding) -> str:
    """When a row's tenure is known to hold: its told start, else the report's date for a
    current post told with its state ("президент Замбии X" today); a bare title of no state
    has no time of its own."""
    return row.start or ("" if row.past or not row.state else row.date)


def _stated(texts: list[OfficeHolding]) -> dict[tuple[str, str, bool], str]:
    """(person, office, past) → the key of the text's one holding of that office of a state
    or body by that person, current or past alike; none where it gives two states. A bare
    title of an office the text gives the person only as a past one of a state ("Тэтчер
    была премьер-министром Великобритании … Премьер-министр Тэтчер встретилась") is that
    post, told of its time."""
    states: dict[tuple[str, str, bool], set[str]] = {}
    keys: dict[tuple[str, str, bool], str] = {}
    for h in texts:
        if h.state:
            at = (h.person, post_key(h.office), h.past)
            states.setdefault(at, set()).add(h.state)
            keys[at] = h.key
    out = {at: keys[at] for at, served in states.items() if len(served) == 1}
    for (person, office, past), key in list(out.items()):
        if past and (person, office, False) not in states:
            out[person, office, False] = key
    return out


def _order(span: Evidence) -> tuple[int, int]:
    return span.start, span.end


@dataclass(frozen=True)
class _Given:
    """The document's titles, the persons it names, and which title gives whose office."""

    titles: list[Title]
    persons: dict[int, Mention]  # first token → the name's mention
    given: dict[int, GivenOffice]  # first token of a name → the office a title gives it


def _given(ctx: Context) -> _Given:
    doc = ctx.doc
    states = list(doc.spans.get("states", []))
    by_noun = noun_bodies(doc, states, ctx.gazetteer)
    orgs = [
        span
        for m in ctx.mentions
        if m.type == "Organization"
        and (m.start, m.end) not in by_noun
        and (span := org_span(doc, m.start, m.end, m.entity, ctx.gazetteer)) is not None
    ]
    titles = find_titles(doc, states, orgs)
    persons: dict[int, Mention] = {}
    for m in ctx.mentions:
        if m.type != "Person" or m.via == "title":
            continue
        found = char_range(doc, m.start, m.end)
        if found is not None:
            persons.setdefault(found[0], m)
    ranges = [(start, _token_end(doc, m)) for start, m in persons.items()]

    def holds(start: int, office: str, served: str) -> bool:
        return name_holds(ctx.gazetteer, _parts(ctx, persons[start].entity), office, served)

    return _Given(titles, persons, read_given(doc, titles, ranges, holds, ctx.given).given)


def _parts(ctx: Context, key: str) -> NameParts:
    """The entity's name in parts: the gazetteer's where it is a known person ("Чан Ван
    Тхань": the surname "Чан"), else its last word the surname."""
    known = ctx.gazetteer.person(key)
    if known is not None:
        return NameParts(first=known.first, last=known.last)
    entity = ctx.entity(key)
    words = entity.name.split() if entity is not None else []
    return NameParts(first=" ".join(words[:-1]), last=words[-1] if words else "")


def former_holders(ctx: Context) -> frozenset[str]:
    """Persons the text names with a title of an office they have left ("бывший президент
    Кении X", "экс-премьер Бразилии Y"): what they do now they do for no state. Not one held
    then ("тогдашний президент Перу X провёл переговоры": for Peru, then; `held_then`)."""
    return frozenset(
        m.entity
        for m, g in ctx.once(titled)
        if (g.title.former and not held_then(ctx.doc, g.title.start))
        or (g.title.ordinal and _term_ended(ctx, m.entity, g.office, g.state))
    )


def titled(ctx: Context) -> list[tuple[Mention, GivenOffice]]:
    """Each person's name with the office the title before it gives, current or former
    ("бывший премьер-министр Италии X"): a noun that describes the person again
    ("экс-премьер заявил") may name that office."""
    found = ctx.once(_given)
    return [(found.persons[s], g) for s, g in found.given.items()]


def _from_text(ctx: Context) -> list[OfficeHolding]:
    found = ctx.once(_given)
    titles, persons, given = found.titles, found.persons, found.given
    out = []
    doc, date = ctx.doc, ctx.document.date
    dates = date_tokens(doc, ctx.document.text, date, resolved=True)
    names = {start: _token_end(doc, m) for start, m in persons.items()}
    rows: list[tuple[str, str, str, tuple[int, int], bool, tuple[str, str], str]] = []
    lead: dict[int, tuple[str, int]] = {}  # name start → the title beside it: state, start
    appointers: set[str] = set()  # who removes or appoints a holder (`_appointer`)
    deputies: dict[int, str] = {}  # row → whose deputy "его заместитель" names (`_possessor`)
    listed = listed_posts(doc, titles, given, names)
    # a list's further posts take no date of its verb ("с 2007 года был министром обороны,
    # послом …": the date is the first post's), only one of their own in brackets
    pronouns = pronoun_posts(doc, titles, names)  # "До этого он был губернатором …, …"
    undated = {id(g) for _, g in listed}
    named = [
        *given.items(),
        *coordinated_offices(doc, titles, given, names).items(),
        *listed,
        *pronouns,
        *null_subject_posts(doc, titles, names),  # "Хуан Сото родился … В 1988 году стал депутатом"
        *posts_over_rank(doc, titles, names),  # "командующий войсками … округа генерал X"
        *headed_bodies(ctx, names),  # "X возглавляет Центральный банк Чили"
        *led_bodies(ctx, names),  # "Союз горняков во главе с X"
        *been_posts(doc, titles, names),  # "X, бывший министром экономики в 2006—2008 годах,"
        *predicate_besides(doc, titles, given, names),
        *own_besides_clause(doc, titles, given, names),  # "назначен X, который ранее занимал пост"
        *apposed_besides(doc, titles, given, names),
        *title_before_predicate(doc, titles, given, names),
        *coached_teams(ctx, names),
        *replacement_posts(ctx, titles, persons),
        *kept_posts(doc, titles, names),  # "…, сохранив за собой место председателя партии"
    ]
    # "… США генерал-лейтенант X": the post, no rank row
    named = ranks_beside_posts(named, {start: m.entity for start, m in persons.items()})
    used = {g.title.end for _, g in named}  # the ends of titles beside a name
    # the tokens of titles and names: a list's items before a title (`group_state`)
    items = {
        *(i for t in titles for i in range(t.start, max(t.end, t.words_end))),
        *(i for s, e in names.items() for i in range(s, e)),
    }
    landed: set[int] = set()  # ranks that name their own land (`rank_land`)
    for start, g in named:
        person = persons[start].entity
        office = _role_office(ctx, person, g)
        name = doc[start : _token_end(doc, persons[start])]
        term = _term_of(ctx, dates, g, name, names, id(g) in undated)
        at = (g.start_char, g.end_char)
        current = g.current and not term.left  # "Министр X ушёл в отставку": left it
        current = current and not _replaced(doc, g.title, start)
        land = rank_land(doc, g.title)  # "принцем Уэльским": its land's state, or none
        if land is not None:
            landed.add(len(rows))  # the row this name's title makes
        told = _told_state(ctx, g, office, lead.get(start), items) if land is None else ""
        state = g.state or land or told
        lead.setdefault(start, (state, g.title.start))
        current = current and not (g.title.ordinal and _term_ended(ctx, person, office, state))
        # "Председатель Совета Федерации X": the gazetteer's chair of that chamber (`chambers`)
        office, state = chamber_post(
            ctx, person, office, state, g.title.head, date if current else ""
        )
        boss = "" if state else _boss(ctx, office, g.title.end_char, person)
        whose = "" if state or boss else _possessor(ctx, office, g.title, person)
        if whose:
            boss, deputies[len(rows)] = whose, whose
        appointer = "" if state or boss or is_trade(office) else _appointer(ctx, g.title, person)
        rows.append((person, office, state, at, current, (term.start, term.end), boss or appointer))
        appointers.add(appointer)
    generic = {g.start_char for _, g in named if g.title.generic and g.title.role}
    rows = [
        (p, o, s or (_sentence_state(ctx, rows, p, at) if at[0] in generic else ""), at, c, t, b)
        for p, o, s, at, c, t, b in rows
    ]
    previous = {g.start_char for _, g in named if _previous(doc, g.title)}
    foreign = {g.start_char for _, g in named if g.title.foreign}
    placed = {
        g.start_char for _, g in named if placed_post(ctx, g.title) or own_house_post(ctx, g.title)
    }
    kinds = {g.start_char: kind_state(ctx, g.title, titles) for _, g in named}  # "префектуры"
    served: dict[str, set[str]] = {}
    for person, office, state, *_ in rows:
        if state and not is_trade(office):
            served.setdefault(person, set()).add(state)
    # two states named (not as a sum's currency): a bare title is either's
    text = doc_text(doc)
    one_state = len(states_named(ctx, 0, len(text))) < 2
    for n, (person, office, state, at, current, terms, boss) in enumerate(rows):
        if n in deputies:
            office = _deputy_of(rows, office, boss)
        if n in landed:  # "принцем Уэльским": no other title's state
            out.append(_holding(ctx, person, office, state, *at, current, terms))
            continue
        bosses = served.get(boss, set())
        bosses = bosses or (_entity_state(ctx, boss) if boss in appointers else set())
        state = state or (next(iter(bosses)) if len(bosses) == 1 else "")
        ended = (
            ""
            if current
            else _predecessors_state(doc, rows, person, office, at[0], at[0] in previous)
        )
        state = state or ended or _aides_state(rows, person, office)
        # the state the graph or the gazetteer knows the person holds the office in comes
        # before one read off another title ("Президент Казахстана … с президентом X")
        state = state or _state_of(ctx, person, office)
        if one_state:
            state = state or _unnamed_state(titles, used, rows, person, office)
        # "Позднее министр финансов X заявил" in a text about Chile (`home_states`)
        state = state or members_house(ctx, office, at[0])  # "депутатом от «X»" of it
        # "В Вильнюсе министры двух стран X и Y": one of the pair each (`pair_states`)
        state = state or kinds.get(at[0], "")  # "губернатор префектуры Мияги X": Japan's
        paired = of_two_states(ctx.doc, *at)
        if (at[0] not in foreign or at[0] in placed) and not paired:  # "Президент совета …"
            # "Мэр Тарту X" in a text about Estonia: a place no table places (`placed_post`)
            state = state or home_state(ctx, titles, rows, person, office, at[0], at[0] in placed)
        out.append(_holding(ctx, person, office, state, *at, current, terms))
    by_span = {(t.start_char, t.end_char): t for t in titles}
    for m in ctx.mentions:
        title = by_span.get((m.start, m.end)) if m.via == "title" else None
        if title is not None:
            out.append(_bare(ctx, m, title))
    return out + _trades_again(ctx, out, titles)


def _term_of(
    ctx: Context, dates: Dates, g: GivenOffice, name: Span, names: dict[int, int], undated: bool
) -> Term:
    """The term a name's office is held in, as its title's dates tell, else its clause's,
    the next sentence's, brackets' or a span's after the title; none for a list's further
    post (`undated`: "с 2007 года был министром обороны, послом …": the first post's)."""
    doc, date = ctx.doc, ctx.document.date
    term = Term("", "", False) if undated else term_dates(doc, dates, g, name, date)
    if not (term.start or term.end):  # "Премьер X, которая занимала этот пост до 2017 года"
        term = clause_term(doc, dates, g, name, date) or term
    if not (term.start or term.end):  # "В 2016 году тогдашний премьер-министр X посетил"
        term = then_term(doc, dates, g, name, date) or term
    if not (term.start or term.end):  # "… назначен главой ЦБ. Занимать этот пост он будет с"
        term = next_sentence_term(doc, dates, g, names, date) or term
    if g.borrowed:  # the years after another name's title are that name's
        return term
    if not (term.start or term.end):  # "Министр внутренних дел (2001—2003)"
        term = bracketed_term(doc_text(doc), g.title.end_char, date) or term
    if g.verb < 0 and not undated and not (term.start or term.end):  # "— президент с 2000 по"
        term = spanned_term(doc_text(doc), g.title.end_char, date) or term
    return term


def _told_state(
    ctx: Context,
    g: GivenOffice,
    office: str,
    lead: tuple[str, int] | None,
    listed: set[int],
) -> str:
    """The state the text tells a name's title serves: given with it, told by a country
    named after it, its people, its city, its adjective, the delegation its holder leads,
    the group it is listed in (`listed`: the tokens of titles and names), the title it is
    joined to or the body it leads in; "" where none does."""
    state = g.state or _country_told(ctx, g.title) or peoples_state(ctx, g.title)
    state = state or place_post_state(ctx.doc, ctx.gazetteer, g.title)
    state = state or adjective_state(ctx, g.title, office)  # "Азербайджанский начальник …"
    state = state or delegation_state(ctx.doc, ctx.gazetteer, g.title)  # "Египетскую делегацию"
    if not is_trade(office):  # "чиновников Никарагуа, в том числе министра X"
        state = state or group_state(ctx.doc, g.title, listed)
    state = state or _joined_state(ctx.doc, g.title, lead, office)
    return state or ("" if is_trade(office) else _lead_in_body(ctx, g.title))


def _predecessors_state(
    doc, rows: list, person: str, office: str, at: int, previous: bool = False
) -> str:  # noqa: ANN001 - a spaCy Doc
    """The one state of which the text gave the same title to another person in a sentence
    before a past holder's bare one ("руководителя аппарата правительства Чили назначена Y.
    Ранее руководителем аппарата был X": Chile's), or "": none where it gives the title of
    two states ("Чили … Перу"), nor for a trade, nor from the past holder's own sentence
    ("Президент Египта встретился с Y, который занимал пост президента": maybe another's)
    unless its title says it is the one before (`previous`: "X занял пост главы государства
    после того, как скончался предыдущий глава государства — Y")."""
    if is_trade(office):
        return ""
    same = [r for r in rows if r[0] != person and r[2] and _same_post(r[1], office)]
    states = {r[2] for r in same}
    token = doc.char_span(at, at + 1, alignment_mode="expand")
    if token is None or len(states) != 1:
        return ""
    if not previous and not any(r[3][0] < token[0].sent.start_char for r in same):
        return ""
    return next(iter(states))


def _sentence_state(ctx: Context, rows: list, person: str, at: tuple[int, int]) -> str:
    """The one state the person's other titles in the same sentence give a generic title of
    a state's head of no state ("Бывший вице-президент Чили X занял пост главы государства":
    Chile's); "" where the sentence gives the person no state or two. Only a generic head's
    title, which is some state's: another post beside a title keeps none of its state ("Посол
    Египта X, бывший заместитель министра иностранных дел", tests/test_office_unseen_news.py).
    Pass forty-five, own sentences (h-offices50)."""
    sent = ctx.sentence_at(at[0])
    if sent is None:
        return ""
    states = {
        r[2]
        for r in rows
        if r[0] == person and r[2].startswith("state/") and not is_trade(r[1])
        and sent.start_char <= r[3][0] < sent.end_char
    }  # fmt: skip
    return states.pop() if len(states) == 1 else ""


def _previous(doc, title: Title) -> bool:  # noqa: ANN001 - a spaCy Doc
    """The title says it is of the one who held the post before ("предыдущий глава")."""
    return title.start > 0 and doc[title.start - 1].lemma_ == PREVIOUS


def _unnamed_state(
    titles: list[Title], used: set[int], rows: list, person: str, office: str
) -> str:
    """The one state the text names the office of with a title beside no name ("Вице-президент
    Перу заявил … с участием вице-президента Луиса Гомеса": Peru's), for a holder whose
    title names none; "" where it names that office of two states, or of none, or gives it
    with a state to another named person (one of the two may be another state's: "Премьер
    Эстонии X … премьер Y"), and for a trade. Never another office's state ("Президент Перу
    … вице-президент Y")."""
    if is_trade(office):
        return ""
    key = normalize(office)
    if any(r[0] != person and r[2] and normalize(r[1]) == key for r in rows):
        return ""
    states = {
        t.state
        for t in titles
        if t.state and t.end not in used and not t.plural and not t.former
        and normalize(t.said or t.office) == key
    }  # fmt: skip
    one = states.pop() if len(states) == 1 else ""
    return one if one.startswith("state/") else ""


def _same_post(told: str, bare: str) -> bool:
    """The bare title names the post told in full: the same office, or that office with the
    state's body its part's noun belongs to ("руководитель аппарата правительства" told,
    "руководителем аппарата" again)."""
    told, bare = normalize(told), normalize(bare)
    rest = told.removeprefix(bare + " ")
    return told == bare or (rest != told and " " not in rest and _body_word(rest))


def _body_word(word: str) -> bool:
    """A state body's noun in the genitive, as the office keeps it ("правительства")."""
    from kg.nlp.morph import morph
    from kg.resolve.title_words import bodies_of_state

    return any(p.normal_form.replace("ё", "е") in bodies_of_state() for p in morph().parse(word))


def _joined_state(doc, title: Title, lead: tuple[str, int] | None, office: str) -> str:  # noqa: ANN001 - a spaCy Doc
    """The state of the title beside the name for a title joined to it before by "и"
    ("бывшему президенту и военному лидеру страны X": the country of both, which
    `coordinated_offices` cannot give where only the offices extractor reads "страны");
    none for a profession, nor for a rank after the title."""
    if lead is None or not lead[0] or is_trade(office) or title.end > lead[1]:
        return ""
    return lead[0] if any(doc[k].lower_ == "и" for k in range(title.end, lead[1])) else ""


# Nouns of a body's leadership a list of its posts follows ("Руководство компании X: …").
_LEADERSHIP = frozenset(
    ["руководство", "правление", "дирекция", "менеджмент", "топ-менеджмент", "администрация"]
)


def _lead_in_body(ctx: Context, title: Title) -> str:
    """The one organization a lead-in names for a list of posts after its colon
    ("Руководство компании LATAM: президент X, вице-президент Y": LATAM's), for a title
    that names no state or body of its own; "" where the colon's lead-in is no body's
    leadership ("Участники встречи в компании X: …"), names none or two, or a verb
    stands between the colon and the title (another clause)."""
    doc = ctx.doc
    sent = doc[title.start].sent
    colon = next((t for t in reversed(doc[sent.start : title.start]) if t.text == ":"), None)
    if colon is None or title.state or title.foreign:
        return ""
    if any(t.pos_ in ("VERB", "AUX") for t in doc[colon.i + 1 : title.start]):
        return ""
    lead = doc[sent.start : colon.i]
    if not any(t.lemma_.replace("ё", "е") in _LEADERSHIP for t in lead[:2]):
        return ""
    bodies = {m.entity for m in ctx.mentions_in(lead.start_char, lead.end_char, "Organization")}
    return bodies.pop() if len(bodies) == 1 else ""


# Offices of one who serves a person: "заместитель Переса" serves the state or body he does.
_DEPUTIES = frozenset(["заместитель", "первый заместитель", "советник", "помощник"])


def _boss(ctx: Context, office: str, title_end: int, person: str) -> str:
    """The person another's bare title of a deputy names right after it in the genitive
    ("заместитель Переса Мария Гонсалес", "Мария Гонсалес, заместитель Переса"), whose one
    state or body the text gives (`_from_text`) the deputy serves too; "" where none."""
    if office not in _DEPUTIES:
        return ""
    text = ctx.document.text
    at = title_end + len(text[title_end:]) - len(text[title_end:].lstrip(" "))
    for m in ctx.mentions:
        if m.start == at and m.entity.startswith("person/") and m.entity != person:
            return m.entity
    return ""


_POSSESSIVES = frozenset(["его", "её", "ее"])


def _possessor(ctx: Context, office: str, title: Title, person: str) -> str:
    """The person a possessive before a deputy's bare title points back to ("Педро Санчес и
    его заместитель Рауль Торрес"): the nearest other person named before the title in its
    sentence; "" where none, or no possessive stands there. Pass forty-seven, own sentences
    (h-offices59)."""
    doc = ctx.doc
    if office not in _DEPUTIES or title.start < 1:
        return ""
    if doc[title.start - 1].lower_ not in _POSSESSIVES:
        return ""
    sent = doc[title.start].sent
    named = [
        m
        for m in ctx.mentions_in(sent.start_char, doc[title.start].idx, "Person")
        if m.entity != person and m.entity.startswith("person/")
    ]
    return max(named, key=lambda m: m.start).entity if named else ""


def _deputy_of(rows: list, office: str, boss: str) -> str:
    """A deputy's bare office as the deputy of the post the text gives whose deputy he is
    ("его заместитель" of the "директор лаборатории": "заместитель директора лаборатории"),
    where it gives that person one post of a state or body; the office as it is else."""

    posts = {(r[1], r[2]) for r in rows if r[0] == boss and r[2] and not is_trade(r[1])}
    posts = posts or {(r[1], "") for r in rows if r[0] == boss and not is_trade(r[1])}
    if len(posts) != 1:
        return office
    ((post, _state),) = posts
    return f"{office} {genitive_head(post)}"


def _aides_state(rows: list, person: str, office: str) -> str:
    """The state of an aide to a state's role told by its office alone ("пресс-секретарь
    премьера X" in a text about Bhutan, whose king the text names): the one state the text's
    other holders of a state's post serve; "" for any other office, or where they serve two
    or none. Pass forty-seven, own sentences (h-offices59)."""
    if not any(office.endswith(f" {genitive_head(o)}") for o in _ROLE_OFFICES):
        return ""
    states = {r[2] for r in rows if r[0] != person and r[2].startswith("state/")}
    return states.pop() if len(states) == 1 else ""


_ROLE_OFFICES = frozenset(
    o for o, role in TITLES.values() if role and " " not in o and o != "председатель"
)  # "заместитель председателя": of any body


def _appointer(ctx: Context, title: Title, person: str) -> str:
    """The person who removes or appoints the one a title of no state names ("Перес уволил
    министра финансов X", "Перес пытался смягчить кризис, уволив министра финансов X"), whose
    state the post is, as the events give a removal the state of who makes it; "" where a
    passive tells it, or a body, a state or no one makes it. Pass forty-five, own sentences
    (h-offices50). So too the one whose post "свой" says it is ("Борич отозвал своего посла
    в Израиле X": `owning_verb`; sixty-second pass, h-names138)."""
    verb = appointing_verb(ctx.doc, title) or owning_verb(ctx.doc, title)
    subject = acting_subject(verb) if verb is not None else None
    if subject is None:
        return ""
    sent = subject.sent
    found = [
        m.entity
        for m in ctx.mentions_in(sent.start_char, sent.end_char, "Person")
        if m.start <= subject.idx < m.end and m.entity != person
    ]
    return found[0] if found else ""


def _entity_state(ctx: Context, person: str) -> set[str]:
    """The state a person's entity serves (the gazetteer's or the text's), as a set."""
    entity = ctx.entity(person) if person else None
    return {entity.state} if entity is not None and entity.state.startswith("state/") else set()


def _trades_again(
    ctx: Context, read: list[OfficeHolding], titles: list[Title]
) -> list[OfficeHolding]:
    """The professions the text names a titled person by again ("тело актёра" after
    "народный артист X": `trade_nouns.named_again`), of no state, marked `again` so that
    the title they repeat stays the person's office in `persons`."""
    titled: dict[str, set[str]] = {}
    for h in read:
        titled.setdefault(h.person, set()).add(h.office)
    titled = {p: offices for p, offices in titled.items() if any(map(fields, offices))}
    if not titled:
        return []
    given = [(e.start, e.end) for h in read for e in h.evidence]
    people = {m.entity for m in ctx.mentions if m.type == "Person"}
    genders = {p: person_gender(ctx.doc, ctx.mentions, p, _name(ctx, p)) for p in people}
    found = named_again(ctx.doc, ctx.mentions, titled, given, titles, genders)
    return [
        replace(_holding(ctx, person, lemma, "", t.idx, t.idx + len(t.text)), again=True)
        for person, t in found
        if (lemma := t.lemma_.replace("ё", "е")) not in titled[person]
    ]


def _replaced(doc, title: Title, name: int) -> bool:  # noqa: ANN001 - a spaCy Doc
    """Whether the name after a title is the one a successor replaced on that post ("X,
    сменивший на посту премьер-министра страны Y", "сменил на посту посла Y"): Y held it
    before, not now; "сменит на посту" leaves Y in it."""
    post = doc[title.head].head
    verb = post.head
    return (
        name >= title.end
        and post.lemma_ in _POSTS
        and preposition(post) == "на"
        and verb.lemma_ in _REPLACING
        and not is_present(verb)
        and "Fut" not in verb.morph.get("Tense")
    )


_POSTS = frozenset({"пост", "должность"})
_REPLACING = frozenset({"сменить", "заменить"})


# "страны", "этой страны" in a title: the country the text is about just before it
_THIS = frozenset({"этот", "данный"})


def _country_told(ctx: Context, title: Title) -> str:
    """The state of a title that names it "страны" ("сменивший на посту премьер-министра
    страны X", "нынешний министр иностранных дел страны Y"): the country its sentence, else
    the sentence before, is about, where only one fits (`_country_before`); "" for "двух
    стран", "другой страны" or a title of no such word."""
    doc = ctx.doc
    words = doc[title.start : title.end]
    near = [*words, *(c for t in words for c in t.children if c.i >= title.end)]
    country = [
        t
        for t in near
        if t.lemma_ == "страна"
        and t.dep_ == "nmod"
        and "Sing" in t.morph.get("Number")
        and all(c.lemma_ in _THIS for c in t.children if c.dep_ in {"det", "amod", "nummod"})
    ]
    if not country or title.state:
        return ""
    return _country_before(ctx, country[0])


def _country_before(ctx: Context, word: Token) -> str:
    """The country a word points back to: in its own sentence before it, the place the
    sentence is set in or goes to ("в Эстонии", "посетил Таллин": the capital's state), else
    the nearest state named; then the same of the sentence before, where one state fits;
    then the paragraph's sentences before, where they name one state alone. A state named
    only as a birthplace is none (`is_origin`)."""
    sent = word.sent
    before = sentence_before(sent)
    spans = [(sent.start, word.i, True)]
    if before is not None:
        spans.append((before.start, before.end, False))
    for start, end, nearest in spans:
        found = _states_at(ctx, start, end, nearest)
        if found is not None:
            return found
    # then the paragraph's sentences before those, where they name one state and no other
    # ("В Йемене прошли протесты. Тысячи вышли на улицы. … отставки президента страны X")
    first = before if before is not None and not new_paragraph(sent) else None
    while first is not None and not new_paragraph(first) and first.start > 0:
        first = sentence_before(first)
    if first is None or before is None or first.start >= before.start:
        return ""
    states = {
        m.entity
        for m in ctx.mentions_in(doc_char(ctx, first.start), doc_char(ctx, before.start), "State")
        if not is_origin(ctx, m)
    }
    return states.pop() if len(states) == 1 else ""


def _states_at(ctx: Context, start: int, end: int, nearest: bool) -> str | None:
    """`_country_before` of tokens `start`..`end`: the state it finds, "" where several fit,
    None where the words name none."""
    at: list[tuple[int, str]] = []  # (where, state) of each place, in text order
    named: list[str] = []
    for m in ctx.mentions_in(doc_char(ctx, start), doc_char(ctx, end), "State"):
        if is_origin(ctx, m):
            continue
        root = _root_of(ctx, m)
        if root is not None and preposition(root) in {"в", "на"}:
            at.append((m.start, m.entity))
        else:
            named.append(m.entity)
    at += [
        (t.idx, key)
        for t in ctx.doc[start:end]
        if t.text[:1].isupper() and (key := capital_named(ctx.gazetteer, t))
    ]
    places = [key for _, key in sorted(at)]
    if nearest and not places and len(set(named)) > 1 and (setting := _setting(ctx)):
        return setting  # "КАРАКАС. … Перу и Чили встретились с вице-президентом страны"
    for found in (places, named):
        if nearest and found:
            return found[-1]
        if len(set(found)) == 1:
            return found[0]
        if found:
            return ""
    return None


def _setting(ctx: Context) -> str:
    """The state whose capital a dateline opening the text names ("КАРАКАС, 12 мая."): the
    country the text is set in, the one a title's "страны" is of where its sentence names
    several states none as its place; "" for a dateline of no capital, or none."""
    text = ctx.document.text
    start = len(text) - len(text.lstrip())
    if not (DATELINE.match(text, start) or CAPITALS_PLACE.match(text, start)):
        return ""
    end = text.find(",", start)
    words = [t for t in ctx.doc if start <= t.idx < end and t.is_alpha]
    return next((key for t in words if (key := capital_named(ctx.gazetteer, t))), "")


def doc_char(ctx: Context, i: int) -> int:
    """The character offset where token `i` starts (the text's end past the last)."""
    return ctx.doc[i].idx if i < len(ctx.doc) else len(ctx.document.text)


def _root_of(ctx: Context, m: Mention) -> Token | None:
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None else None


def _name(ctx: Context, person: str) -> str:
    entity = ctx.entity(person)
    return entity.name if entity is not None else ""


def _role_office(ctx: Context, person: str, given: GivenOffice) -> str:
    """The office a title gives; for one that names only a role ("лидер Японии"), the one
    the gazetteer knows the person held (`said_office`)."""
    if given.office != given.title.said or not given.current:
        return given.office
    return said_office(ctx.gazetteer.person(person), given.title, ctx.document.date)


def _token_end(doc, m: Mention) -> int:  # noqa: ANN001 - a spaCy Doc
    found = char_range(doc, m.start, m.end)
    return found[1] if found is not None else 0


def _bare(ctx: Context, m: Mention, title: Title) -> OfficeHolding:
    """A title standing for its holder: the office the title names, or for a generic one
    ("глава государства") or one naming again whom the text named before ("Министр Перу
    заявил") the office the holder has."""
    entity = ctx.entity(m.entity)
    office, state = title.office, title.state
    again = not state or stands_alone(ctx.doc, title)
    if entity is not None and entity.office and (title.generic or again):
        office, state = entity.office, entity.state
    state = state or _country_told(ctx, title)  # "занимающий пост президента страны"
    return _holding(ctx, m.entity, office, state, m.start, m.end)


def _holding(
    ctx: Context,
    person: str,
    office: str,
    state: str,
    start: int,
    end: int,
    current: bool = True,
    term_dates: tuple[str, str] = ("", ""),
) -> OfficeHolding:
    """A holding the text gives; one it recounts as past ("был депутатом") is not dated by
    the document. `term_dates`: the start and end the text tells (`dated.term_dates`); a
    gazetteer term of that office at the date gives its own."""
    date = ctx.document.date if current else ""
    state = state or _state_of(ctx, person, office)
    term = _term(ctx, person, office, state, date)
    evidence = [ctx.evidence(start, end)]
    if term is not None:
        key = _term_key(person, term)
        return OfficeHolding(key, person, term.office, state, term.start, term.end, date,
                             "text", evidence, past=not current)  # fmt: skip
    key = fact_key("office", person, post_key(office), state)  # one post, one row
    first, last = term_dates
    return OfficeHolding(key, person, office, state, first, last, date, evidence=evidence,
                         past=not current)  # fmt: skip


def _state_of(ctx: Context, person: str, office: str) -> str:
    """The state of an office a title gives without one ("Президент Касым-Жомарт Токаев"):
    the state the person holds that office in, when the graph or the gazetteer knows one;
    none for a profession, which serves no state ("адвокат Джузеппе Конте")."""
    if is_trade(office):
        return ""
    entity = ctx.entity(person)
    if entity is not None and entity.state and one_office(entity.office, office):
        return entity.state
    entry = ctx.gazetteer.person(person)
    terms = entry.terms if entry is not None else ()
    states = {_state_key(t) for t in terms if one_office(t.office, office)}
    return states.pop() if len(states) == 1 else ""


def _term(ctx: Context, person: str, office: str, state: str, date: str) -> OfficeTerm | None:
    """The gazetteer's term of this person in this office of this state covering the date,
    if any: of these words, else of another name of the post (`one_office`: the gazetteer's
    "премьер-министр" of "председатель совета министров")."""
    entry = ctx.gazetteer.person(person)
    held = [t for t in terms_at(entry, date) if _state_key(t) == state] if entry else []
    same = [t for t in held if one_office(t.office, office)]
    return min(same, key=lambda t: normalize(t.office) != normalize(office), default=None)


def _term_ended(ctx: Context, person: str, office: str, state: str) -> bool:
    """The gazetteer's terms of this person in this office all ended before the document's
    date ("Седьмой генсек ООН Кофи Аннан" in 2024): an ordinal of succession then names a
    former holder. An undated document, an unknown person or a term running at the date
    ("Девятый генсек ООН Антониу Гутерриш") tells no such thing."""
    entry = ctx.gazetteer.person(person)
    date = ctx.document.date
    if entry is None or not date:
        return False
    terms = [
        t
        for t in entry.terms
        if normalize(t.office) == normalize(office) and (not state or _state_key(t) == state)
    ]
    return bool(terms) and all(ended_before(t.end, date) for t in terms)


def _gazetteer_terms(ctx: Context) -> list[OfficeHolding]:
    """Every term the gazetteer knows of each person the text names, shown with the
    person's first mention as the place the document names them."""
    first: dict[str, Evidence] = {}
    for m in ctx.mentions:
        if m.type == "Person":
            first.setdefault(m.entity, ctx.evidence(m.start, m.end))
    out = []
    for person, span in first.items():
        entry = ctx.gazetteer.person(person)
        for term in entry.terms if entry is not None else ():
            key = _term_key(person, term)
            out.append(OfficeHolding(key, person, term.office, _state_key(term), term.start,
                                     term.end, basis="gazetteer", evidence=[span]))  # fmt: skip
    return out


def _term_key(person: str, term: OfficeTerm) -> str:
    return fact_key("office", person, normalize(term.office), _state_key(term), term.start)


def _state_key(term: OfficeTerm) -> str:
    return f"state/{term.state}" if term.state and "/" not in term.state else term.state
