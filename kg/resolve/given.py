"""The office a title gives the person it stands beside, as a reader pairs them:

- right before the name, agreeing in case ("премьер-министр Норвегии Юнас Гар Стёре"),
  also across the title's own complement and the name's modifiers ("лидер консерваторов
  Дэвид Кэмерон", "депутат Госдумы от фракции ЛДПР Василий Тарасюк", "бывший полковник
  ГРУ 66-летний Сергей Скрипаль"), read from the dependency parse;
- after the name and a comma ("с Юнасом Гаром Стёре, премьер-министром Норвегии");
- as the predicate of the name ("Кэмерон стал премьером", "Караджич — первый президент
  Республики Сербской", "занимал пост главы правительства").

A genitive title before a name of another case is the complement of the office before
it: "пресс-секретарь министра обороны Индии Раджеш Кумар" is the minister's press
secretary, not the minister. A plural title gives no one person an office, except before
coordinated names ("A и B", "A, B и C"): each takes it, with the states in the order the
title names them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.extract.common.dates import find_dates
from kg.lexicon import load_list
from kg.nlp.deps import (
    SUBJECTS,
    acted_on,
    copular,
    has_preposition,
    is_passive,
    negated,
    possessive_pronoun,
    preposition,
    subjunctive,
    which_subject,
)
from kg.nlp.morph import (
    UD_CASE,
    case_of,
    caseless,
    features,
    is_adjectival,
    is_future,
    is_present,
    morph,
    only_animate,
)
from kg.nlp.quote_marks import CLOSING, OPENING
from kg.resolve.gender import dictionary_gender, man_named, predicate_gender, woman_named
from kg.resolve.japanese_names import own_a
from kg.resolve.kin_and_ranks import KIN, WOMEN_KIN
from kg.resolve.name_cases import east_patron
from kg.resolve.name_forms import VOWELS
from kg.resolve.name_lexicons import genitive_only, reads_genitive
from kg.resolve.name_spellings import UNDECLINED_OPENERS
from kg.resolve.persons import PERSON_WORDS
from kg.resolve.state_bodies import apposed_team
from kg.resolve.this_post import pointed_post, post_before
from kg.resolve.titles import (
    OFFICE_VERBS,
    POST_VERBS,
    SERVING_STATE,
    STAFF_NOUNS,
    SUCCESSORS,
    TITLES,
    Title,
    acting_office,
    is_trade,
    post_nouns,
    spelled_out_complement,
)
from kg.resolve.womens_names import feminine_verb_after, womans_surname
from kg.sentences import sentence_bounds

WITHHOLDING_WORDS = Path(__file__).with_name("withholding_words.txt")
HOST_WORDS = Path(__file__).with_name("host_words.txt")
# The one list of a team's nouns (the agreements reader's too): "команда", "сборная", "клуб".
TEAM_NOUNS = Path(__file__).parents[1] / "extract" / "agreements" / "team_nouns.txt"
# A sportsman's roles and a sport's words, the agreements reader's lists
SPORTS_ROLES = TEAM_NOUNS.with_name("sports_roles.txt")
SPORTS_MARKS = TEAM_NOUNS.with_name("sports_marks.txt")
# "на посту главы", "в качестве", "исполнять обязанности главы"
_POST_NOUNS = post_nouns("post", "position", "capacity", "duties")
_TITLED_POSTS = post_nouns("post", "position")  # "покинул пост посла", "с позиции посла"
_APPOSITION = frozenset([",", "-", "—", "–"])  # "Ольсеном — действующим премьером страны"
_GAP_PUNCT = frozenset(["«", "»", '"', "(", ")", "-", "„", "“"])
_NAME_OPENERS = frozenset(["—", "–", "-", "(", ":"])  # before a name a plural title is of
_SENTENCE_ENDS = frozenset([".", "!", "?", ";"])
# Verbs whose object is given the office: "назначил Дюбуа послом", "утвердил Миллера в
# должности посла"; not "выдвинул Миллера на должность посла", a nomination not yet confirmed.
_APPOINTING = frozenset(["назначить", "назначать", "избрать", "избирать", "переизбрать",
                         "утвердить", "утверждать"])  # fmt: skip
# Verbs whose subject after them takes the instrumental office before them, as a passive
# appointment's does: "Министром обороны Перу стал генерал X".
_BECOMING = frozenset(["стать", "становиться"])
# ... and their nouns, whose genitive is given it: "назначение Смита послом".
_APPOINTMENT = frozenset(["назначение", "избрание", "переизбрание", "утверждение"])


# Adverbs of time between a name's comma and its title: an office of the time the text
# tells of ("Ольсен, тогда премьер-министр Дании"), or held now ("Ольсен, ныне посол").
_THEN = frozenset(["тогда", "некогда", "прежде", "ранее"])
_NOW = frozenset(["ныне", "теперь", "сейчас"])
# The prepositions of where a post is, after its words ("посол в Китае", "представитель при ООН").
POSTED_AT = frozenset(["в", "во", "при"])
# Ranks a name may carry between its office and itself; alone before a name they are its title.
_HONORIFICS = frozenset(["принц", "принцесса", "шейх", "сэр"])
# Military ranks, by a word of the rank's first word ("генерал-лейтенант", "вице-адмирал"):
# between an office and the name ("министр обороны генерал X") the rank is no office served.
_MILITARY_RANKS = frozenset(["генерал", "адмирал", "маршал", "фельдмаршал", "полковник"])
# A church's ranks, which a name may carry between its office and itself as it does a
# military rank ("глава пресс-службы Святого престола кардинал X": the post is the office),
# of no state.
_CHURCH_RANKS = frozenset(["кардинал", "архиепископ", "епископ", "митрополит"])
# Cases an animate noun spells alike, which the tagger confuses.
_ALIKE = frozenset(["Acc", "Gen"])
_POSSESSIVES = frozenset(["его", "её", "ее"])  # "Его вьетнамский коллега X": of one named before


@dataclass(frozen=True)
class GivenOffice:
    """The office a title beside a name gives that person in this text."""

    office: str
    state: str  # state or organization key, or ""
    title: Title
    start_char: int  # title and name together: the evidence
    end_char: int
    current: bool = True  # False: a past office the text recounts ("был депутатом")
    # the verb or noun that tells the holding ("назначен", "занимал", "покинул"), whose
    # dates are its start or end (kg.extract.offices.dated); -1 for a title beside the name
    verb: int = -1


@dataclass(frozen=True)
class GivenRead:
    """`given_offices`' result with what it read besides the Doc: the titles, the persons and
    each answer of `holds`, in the order asked. The names step and the offices extractor both
    ask it of a document, mostly with the same titles and persons (`read_given`)."""

    titles: list[Title]
    persons: list[tuple[int, int]]
    asked: dict[tuple[int, str, str], bool]
    given: dict[int, GivenOffice]
    # name start → the genitive title right before it that kin governs, the name the kin's
    # ("Сын президента Ганы Кофи Асанте"): no holder of that title's office by the name;
    # with the earliest date its sentence tells ("" none: the document's date)
    kin_titles: dict[int, tuple[Title, str]] = field(default_factory=dict)


def read_given(
    doc: Doc,
    titles: list[Title],
    persons: list[tuple[int, int]],
    holds: Callable[[int, str, str], bool],
    before: GivenRead | None = None,
) -> GivenRead:
    """`given_offices`, or `before` where it read the same titles and persons and `holds`
    answers each of its questions alike: a pure function of those, it would read the same
    again. Asked in its order, `holds` is asked what `given_offices` would ask it up to the
    first answer that differs (the offices extractor's `holds` notes the entities it reads)."""
    if (
        before is not None
        and before.titles == titles
        and before.persons == persons
        and all(holds(*question) == answer for question, answer in before.asked.items())
    ):
        return before
    asked: dict[tuple[int, str, str], bool] = {}

    def noted(start: int, office: str, served: str) -> bool:
        asked[start, office, served] = answer = holds(start, office, served)
        return answer

    given = given_offices(doc, titles, persons, noted)
    return GivenRead(titles, persons, asked, given, _kin_titles(doc, titles, persons))


def _kin_titles(
    doc: Doc, titles: list[Title], persons: list[tuple[int, int]]
) -> dict[int, tuple[Title, str]]:
    """Each name after kin and a genitive title whose name it is (`_kin_named`), by its
    start: the title, whose holder the name is not, and the time its sentence tells."""
    by_end = {t.end: t for t in titles}
    return {
        start: (title, _told_time(doc[start].sent.text))
        for start, end in persons
        if (title := by_end.get(start)) is not None and _kin_named(doc, title, (start, end))
    }


def _told_time(sentence: str) -> str:
    """The earliest date the sentence names ("В 1994 году сын президента …": 1994), ""
    where it names none: the time whose holder of an office the kin's name is not."""
    told = [d.value.split("/")[0] for d in find_dates(sentence) if d.value and not d.relative]
    return min(told, default="")


def given_offices(
    doc: Doc,
    titles: list[Title],
    persons: list[tuple[int, int]],
    holds: Callable[[int, str, str], bool] = lambda start, office, served: False,
) -> dict[int, GivenOffice]:
    """The office a title gives each person (token range), by the name's first token.
    `holds(start, office, served)`: the person whose name starts at that token is known (by
    the gazetteer's terms) to hold that office of the state or organization `served` (a
    title's state key, "" where it names none). A name the document gives a state's office
    elsewhere is known to hold it too (`_held_here`)."""
    out = _given_once(doc, titles, persons, holds)
    ends = dict(persons)
    here = _held_here(doc, ends, out)
    if not here:
        return out

    def known(start: int, office: str, served: str) -> bool:
        return holds(start, office, served) or (_name_key(doc, start, ends), office, served) in here

    return _given_once(doc, titles, persons, known)


def _name_key(doc: Doc, start: int, ends: dict[int, int]) -> tuple[str, ...]:
    """The lemmas of the words of the name starting at token `start` (`ends`: each name's
    end by its start)."""
    return tuple(t.lemma_ for t in doc[start : ends[start]] if t.is_alpha)


def _held_here(
    doc: Doc, ends: dict[int, int], given: dict[int, GivenOffice]
) -> set[tuple[tuple[str, ...], str, str]]:
    """The state offices the document gives a name, by its words' lemmas, where it gives the
    same name another office elsewhere too ("Президент Эквадора Гильермо Лассо …. Советник
    президента Эквадора Гильермо Лассо заявил": the second is the president's name, and his
    adviser is not named); empty where each name has one office."""
    offices: dict[tuple[str, ...], set[tuple[str, str]]] = {}
    for start in ends:
        if start in given and given[start].state.startswith("state/"):
            offices.setdefault(_name_key(doc, start, ends), set()).add(
                (given[start].office, given[start].state)
            )
    return {
        (key, *held) for key, all_held in offices.items() if len(all_held) > 1 for held in all_held
    }


def _given_once(
    doc: Doc,
    titles: list[Title],
    persons: list[tuple[int, int]],
    holds: Callable[[int, str, str], bool],
) -> dict[int, GivenOffice]:
    """`given_offices` with the knowledge `holds` gives."""
    by_end = {t.end: t for t in titles}
    by_start = {t.start: t for t in titles}
    starts = {start for start, _ in persons}
    ends = {end for _, end in persons}
    cases = {(start, end): _name_case(doc, start, end) for start, end in persons}
    # Each name's title right before it and across its modifiers, read once for both uses.
    nearest = {
        (start, end): _nearest(doc, titles, by_end, (start, end), cases[start, end], starts, ends)
        for start, end in persons
    }
    # Titles that stand before a name, which the name before them cannot take as an
    # apposition ("Элоп, руководитель подразделения Microsoft Робби Бах": Бах's title).
    claimed = {t.start: t for pair in nearest.values() for t in pair if t is not None}
    out: dict[int, GivenOffice] = {}
    names = dict(persons)
    for several in (t for t in titles if t.plural):
        several = _plural_complemented(doc, by_start, several)
        out.update(_respective(doc, several, names, by_start))
    for each in titles:  # "один из" tells the plural a participle's tag may not
        out.update(_one_of(doc, each, names))
    served = _served(doc, by_end, names)
    out.update(served)
    out.update(_ranks_appointed(doc, titles, nearest, set(out)))
    owners = {first for first, end in names.items() if end in served}
    for start, end in persons:
        if (
            start in out
            or start in owners
            or _neither(doc, by_end, nearest[start, end][0], (start, end), cases[start, end], holds)
        ):
            continue  # "Советник президента Сенегала Макки Салла заявил": Салл's or Салла's
        # "Охранник Мбеки рассказал": Мбеки's guard, no guard Мбеки
        if (
            _complement_of_predicate(doc, by_end, start)
            or _staff_of(doc, nearest[start, end][0], start, end)
            or _patron_named(doc, nearest[start, end][0], (start, end), persons)
        ):
            continue
        case = cases[start, end]
        end_char = doc[end - 1].idx + len(doc[end - 1])
        title, across = nearest[start, end]
        if title is not None and _kin_named(doc, title, (start, end)) is None:
            known = holds(start, title.office, title.state)
            title, governor = _chain(by_end, title, case)
            # a name that tells no case, read in an appointing title's instrumental, is the
            # one appointed ("назначил министром обороны Кармен Вальдес", "… Хорхе Сото")
            told_none = case == "Ins" and _tells_no_case(doc, start, end)
            given = (
                (_appointed_named(doc, title, None) if told_none else None)
                or _before(doc, title, (start, end), case, governor, known, ends)
                or _appointed_named(doc, title, case)
                or _appointed_rank(doc, titles, title, case)
            )
            if given is not None:
                out[start] = _given_before(doc, titles, given, end_char)
                continue
        if across is not None:
            known = holds(start, across.office, across.state)
            governor = by_end.get(across.start)
            across = _before(doc, across, (start, end), case, governor, known, ends) or across
            out[start] = _given(across, across.start_char, end_char)
            continue
        after = _after(doc, end, by_start)
        if (
            after is not None
            and not after.plural
            and after.end not in starts
            and after.start not in claimed
            and _alike(case, after.case)
            and not _names_next(doc, after, starts)
            and not _next_item(doc, after, claimed, starts)
        ):
            then = any(t.lower_ in _THEN for t in doc[end : after.start])
            after = _with_complement(doc, titles, after)  # ", первый заместитель министра …"
            out[start] = _given(after, doc[start].idx, after.end_char, current=not then)
            continue
        predicate = (
            _predicate(doc, titles, start, end)
            or _left(doc, titles, start, end)
            or _named_next(doc, titles, start, end, starts)
            or _appointed_bare(doc, titles, (start, end), case, end_char)
        )
        if predicate is not None:
            out[start] = predicate
    for each in titles:  # "X и другие художники": a name's own title comes first
        for start, of_kind in _and_others(doc, each, names).items():
            out.setdefault(start, of_kind)
    for start, end in persons:  # offices read off another name's: a colleague's, a successor's
        if start not in out and (
            by_other := _colleague(doc, start, end, out)
            or _predecessor(doc, start, end, names, out)
        ):
            out[start] = by_other
    return out


def _patron_named(
    doc: Doc, title: Title | None, name: tuple[int, int], persons: list[tuple[int, int]]
) -> bool:
    """A lone surname right after a title of no state or body that is the genitive of a
    surname the text writes elsewhere as written in the nominative ("Экс-советник Трампа …
    Дональд Трамп", "Советник Кариса … Алар Карис"): the one advised, whom the title does
    not name; the adviser is someone else. Not a surname the text writes so only there
    ("Советник Иванов", "Советник Мендоса")."""
    start, end = name
    if title is None or title.end != start or end - start != 1 or title.state:
        return False
    word = doc[start].text
    if len(word) < 4 or word[-1:] not in ("а", "я"):
        return False
    written = {doc[e - 1].text for s, e in persons if (s, e) != name}
    stem = word[:-1]
    softened = {stem + "й", stem + "ь"} if word.endswith("я") else set()
    return stem in written or bool(softened & written)


def _staff_of(doc: Doc, title: Title | None, start: int, end: int) -> bool:
    """A noun of someone's staff (`STAFF_NOUNS`: "охранник", "водитель") of no state right
    before a lone surname ("Охранник Мбеки рассказал", "Водитель Сото"): the surname is the
    master's, in the genitive whatever case the tagger reads, and holds no such office; not
    a full name ("Охранник Иван Петров"), nor a title of another word ("Постпред Сото")."""
    return (
        title is not None
        and title.end == start == title.start + 1
        and end - start == 1
        and not title.state
        and doc[title.start].lemma_.lower().replace("ё", "е") in STAFF_NOUNS
    )


def _nearest(
    doc: Doc,
    titles: list[Title],
    by_end: dict[int, Title],
    name: tuple[int, int],
    case: str,
    starts: set[int],
    ends: set[int],
) -> tuple[Title | None, Title | None]:
    """The name's title right before it and across its modifiers; neither where kin stands
    before them ("брат лидера КНДР Ким Чен Нам": the brother's name)."""
    start, end = name
    pair = (_right_before(doc, by_end, start, ends), _across(doc, titles, start, end, case, starts))
    return (None, None) if _kin_named(doc, pair[0] or pair[1], name) else pair


def _given_before(doc: Doc, titles: list[Title], title: Title, end_char: int) -> GivenOffice:
    """The office the title before a name gives it (ending at `end_char`): the one an
    appointment names before the name's rank (`_appointed_as`), and one a removal the text
    tells ends, past (`_removed`), dated by that removal; an office in the instrumental of a
    verb of appointing or becoming is dated by that verb ("В 2015 году министром обороны
    стал генерал X", "В 2015 году назначил министром обороны Луиса Лару": from 2015)."""
    title, removal = _removed(doc, title)
    kin = _owned_kin(doc, title.start)
    office = _appointed_as(doc, titles, title) or kin and _appointed_as(doc, titles, kin) or title
    given = _given(office, min(office.start_char, title.start_char), end_char, removal is None)
    if removal is not None:
        return replace(given, verb=removal.i)
    verb = doc[office.head].head
    taken = office.case == "Ins" and verb.lemma_ in _APPOINTING | _BECOMING
    return replace(given, verb=verb.i) if taken else given


def _served(doc: Doc, by_end: dict[int, Title], names: dict[int, int]) -> dict[int, GivenOffice]:
    """A title, a genitive name and a name right after it: the second holds the title and
    the first is whom it serves ("Адвокат Ковальского Анджей Новак", "По словам адвоката
    Ковальского Анджея Новака", "Пресс-секретарь Лулы да Силвы Паулу Пиментел"), also past
    the title's genitive complement ("спикер правительства Ямады Хиротака Сато"), by the
    second name's first token. Only a title of no state or role: "президента Бразилии Лулы"
    is his own. A genitive title with a title before it that governs it is the genitive
    name's own, and the title before it the second name's ("Адвокат певицы Шакиры Абдель
    Рахман": Шакира the singer, Абдель Рахман the lawyer). A state's office so governed
    serves the second name with its state (`_served_state`)."""
    out = {}
    for first, end in names.items():
        title = by_end.get(first) or by_end.get(_past_genitives(doc, first))
        second = names.get(end)
        if title is None or second is None or title.plural or not _genitive_owner(doc, first, end):
            continue
        end_char = doc[second - 1].idx + len(doc[second - 1])
        if title.role or title.state:
            out.update(_served_state(doc, by_end, title, (first, end), second))
            continue
        governor = by_end.get(title.start) if title.case == "Gen" else None
        if governor and not governor.plural and _holder_agrees(doc, governor, end, second):
            out[first] = _given(title, title.start_char, doc[end - 1].idx + len(doc[end - 1]))
            out[end] = _given(governor, governor.start_char, end_char)
        elif title.case == "Gen" and _person_noun_before(doc, title):
            # "Стилист певицы Мадонны Ариана Филлипс": the singer is Мадонна; the stylist,
            # a noun of no title, gives the second name no office
            out[first] = _given(title, title.start_char, doc[end - 1].idx + len(doc[end - 1]))
        elif _holder_agrees(doc, title, end, second):
            out[end] = _given(title, title.start_char, end_char)
    return out


def _served_state(
    doc: Doc, by_end: dict[int, Title], title: Title, first: tuple[int, int], second: int
) -> dict[int, GivenOffice]:
    """A state's office, a genitive name that holds it and a name right after it that
    agrees with the title governing it: the genitive name the office's, the second the
    governor's with it as complement ("Советник премьер-министра Индии Нарендры Моди Амит
    Кхаре": Моди the premier, Кхаре the adviser), or a compound's ("Пресс-секретарь
    президента Франции Эмманюэля Макрона Жюльен Дюваль": `_inner_holder`). Else none: the
    office of no governor is the genitive name's own ("президента Бразилии Лулы")."""
    start, end = first  # the second name is doc[end:second]
    first_char = doc[end - 1].idx + len(doc[end - 1])
    end_char = doc[second - 1].idx + len(doc[second - 1])
    governor = by_end.get(title.start) if title.case == "Gen" else None
    if governor is not None and not governor.plural and _holder_agrees(doc, governor, end, second):
        return {
            start: _given(title, title.start_char, first_char),
            end: _given(_complemented(doc, title, governor), governor.start_char, end_char),
        }
    inner = _inner_holder(doc, title, first)
    if inner is not None and _holder_agrees(doc, title, end, second):
        return {
            start: _given(inner, inner.start_char, first_char),
            end: _given(title, title.start_char, end_char),
        }
    return {}


def _person_noun_before(doc: Doc, title: Title) -> bool:
    """Whether a noun that names only a person and is no title of the table stands right
    before a genitive title and governs it ("Стилист певицы", "телохранитель актрисы"): the
    genitive title is its complement's, not the holder of that noun's."""
    if title.start == 0:
        return False
    word = doc[title.start - 1]
    return doc[title.head].head.i == word.i and only_animate(word.lower_)


def _holder_agrees(doc: Doc, title: Title, start: int, end: int) -> bool:
    """Whether the name after the genitive one agrees with the title: by the tagger's case,
    or by every word's forms where it reads a foreign name that does not decline in another
    ("спикеру правительства Ямады Хиротаке Сато")."""
    if _agree(case_of(doc[start]), title.case):
        return True
    return _words_read_in(doc, start, end, morph().cases(doc[title.head].text))


def _past_genitives(doc: Doc, i: int) -> int:
    """Token index `i` moved left past the common nouns in the genitive before it, the
    title's complement ("спикеру правительства Ямады Хиротака Сато"), at most three."""
    lo = max(0, i - 3)
    while i > lo and doc[i - 1].pos_ == "NOUN" and case_of(doc[i - 1]) == "Gen":
        i -= 1
    return i


def _genitive_owner(doc: Doc, start: int, end: int) -> bool:
    """Whether the name between a title and another name is in the genitive: as the tagger
    reads it, or, where it reads another case, by every word's forms, as a name that does
    not decline or the tagger misreads is ("Врач Марии Рубио Ана Перес", "спикеру
    правительства Ямады Хиротака Сато"): a second name right after it can be nothing else."""
    if case_of(doc[start]) == "Gen":
        return True
    return _words_read_in(doc, start, end, frozenset(["gent"]))


def _words_read_in(doc: Doc, start: int, end: int, cases: frozenset[str]) -> bool:
    """Whether every word of the name at tokens [start, end) (initials aside) has a reading
    in one of `cases` (OpenCorpora's: "gent"), whatever case the tagger gave it."""
    words = [t for t in doc[start:end] if t.is_alpha and len(t) > 1]
    return bool(words) and all(cases & morph().cases(t.text) for t in words)


def _colleague(doc: Doc, start: int, end: int, given: dict[int, GivenOffice]) -> GivenOffice | None:
    """A colleague of another state ("Виейра провёл разговор со своим венесуэльским
    коллегой Иваном Хилем") holds the office of the person named before in the sentence,
    in the state the adjective names; none without such an adjective. "Его вьетнамский
    коллега X" opening a sentence with no office before it is the colleague of the one the
    sentence before gives an office to, where it gives one office alone."""
    if (
        start < 2
        or doc[start - 1].lemma_ != "коллега"
        or features(doc[start - 1], "Number") == ("Plur",)
    ):
        return None
    adjectives = [
        s for s in doc.spans.get("states", []) if s.end == start - 1 and s.id_ == "adjective"
    ]
    if not adjectives:
        return None
    sent_start = sentence_bounds(doc[start])[0]
    before = _current_between(given, sent_start, start)
    owner = doc[adjectives[0].start - 1] if adjectives[0].start > sent_start else None
    if not before and sent_start and owner is not None and owner.lower_ in _POSSESSIVES:
        before = _current_between(given, sentence_bounds(doc[sent_start - 1])[0], sent_start)
        if len({(g.office, g.state) for g in before}) != 1:
            return None
    if not before or before[-1].state in ("", adjectives[0].kb_id_):
        return None
    office = replace(before[-1].title, state=adjectives[0].kb_id_)
    end_char = doc[end - 1].idx + len(doc[end - 1])
    return _given(office, adjectives[0].start_char, end_char)


def _current_between(given: dict[int, GivenOffice], start: int, end: int) -> list[GivenOffice]:
    """The current offices given to the names starting in tokens [start, end), in order."""
    return [g for first, g in sorted(given.items()) if start <= first < end and g.current]


def _predecessor(
    doc: Doc, start: int, end: int, names: dict[int, int], given: dict[int, GivenOffice]
) -> GivenOffice | None:
    """The office of the one a holder replaced in a post the text does not name again
    ("посол Чили X сменил на посту Y", "сменил Y на этом посту"): the subject's current
    office, held by the object before, so a past one."""
    verb = _replacing_verb(doc, start, end)
    if verb is None or not _past(verb):
        return None
    if not any(c.lemma_ in _POST_NOUNS and c.dep_ == "obl" for c in verb.children):
        return None
    subject = next((c.i for c in verb.children if c.dep_ == "nsubj"), -1)
    # the subject's name or its title beside it ("посол Чили X сменил", "X, посол Чили,")
    beside = (
        g for f, g in given.items() if min(f, g.title.start) <= subject < max(names[f], g.title.end)
    )
    holder = next(beside, None)
    if holder is None or not holder.current:
        return None
    return _given(holder.title, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), False)


def _replacing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb of replacing whose object the name is, by the parse or, where it hangs the
    name elsewhere, by the words: the verb and the post right before the name ("сменил на
    посту Y")."""
    root = doc[start:end].root
    if root.dep_ == "obj" and root.head.lemma_ in _REPLACING:
        return root.head
    i = start - 1
    while i > 0 and (doc[i].pos_ in ("ADP", "DET") or doc[i].lemma_ in _POST_NOUNS):
        i -= 1
    return doc[i] if i < start - 1 and doc[i].lemma_ in _REPLACING else None


def coordinated_offices(
    doc: Doc, titles: list[Title], given: dict[int, GivenOffice], names: dict[int, int]
) -> dict[int, GivenOffice]:
    """The other office of a name that two coordinated titles stand before ("президент и
    операционный директор компании Nordlys Эрик Ольсен", "бывшему президенту и военному
    лидеру страны"), by the name's first token: a bare title (no state or body of its own,
    "Президент Чили и премьер Перу X" are two people) joined by "и", past any adjectives, to
    the title beside the name, in its case; it serves the same state or body. Not where the
    title beside the name is a word for a person ("Президент и первая леди X": his wife). A
    profession serves none ("экономист и советник президента Уругвая X": no economist of
    Uruguay).
    Where the parse hangs the name on the first title, the second, right before the name,
    is the other ("вышла замуж за актёра и сценариста X")."""
    by_end = {t.end: t for t in titles}
    by_start = {t.start: t for t in titles}
    out = {}
    for start, g in given.items():
        if doc[g.title.head].lemma_.replace("ё", "е") in PERSON_WORDS:
            continue
        if (then_now := _then_now(doc, by_end, by_start, g.title)) is not None:
            held = then_now if then_now.state else replace(then_now, state=g.state)
            out[start] = _given(held, held.start_char, g.end_char)
            continue
        other = _joined_before(doc, by_end, g.title) or _joined_after(doc, by_end, g.title, start)
        if other is None and (aside := _aside(doc, titles, g, names.get(start), names)):
            out[start] = aside
            continue
        if other is None and (rank := _rank_held(by_start, g, start)) is not None:
            out[start] = rank
            continue
        if other is None and (told := _ranked_predicate(doc, titles, g, start, names)):
            out[start] = told
            continue
        if other is None or other.plural or other.state or not _alike(other.case, g.title.case):
            continue
        state = "" if is_trade(other.office) else g.state  # "экономист и советник президента"
        out[start] = _given(replace(other, state=state), other.start_char, g.end_char, g.current)
    return out


def _rank_held(by_start: dict[int, Title], g: GivenOffice, start: int) -> GivenOffice | None:
    """The military rank between the office and the name, which the name holds besides the
    office ("Министр обороны Египта генерал X": a general of Egypt), as of its state."""
    rank = by_start.get(g.title.end)
    if rank is None or rank.end != start or rank.office in _HONORIFICS or not _ranked(rank):
        return None
    state = g.state if g.state.startswith("state/") and rank.office not in _CHURCH_RANKS else ""
    return _given(replace(rank, state=state), rank.start_char, g.end_char, g.current)


def _ranked_predicate(
    doc: Doc, titles: list[Title], g: GivenOffice, start: int, names: dict[int, int]
) -> GivenOffice | None:
    """The office the clause gives a name that a bare rank stands right before ("Генерал X
    ранее был министром обороны Перу", "Адмирал X занимал пост министра обороны"): the rank
    is the name's title, and the predicate after it, read as for a name alone (`_predicate`,
    `_left`), its other office, past or present as the verb tells. An office told before
    the verb ("Министром обороны Перу стал генерал X") is `_appointed_as`'s; one denied
    ("никогда не был министром") is none."""
    if not _ranked(g.title) or g.title.state or g.title.end != start or start not in names:
        return None
    end = names[start]
    told = _predicate(doc, titles, start, end) or _left(doc, titles, start, end)
    if told is None or told.title.start < end or (told.verb >= 0 and negated(doc[told.verb])):
        return None
    return told


def _joined_before(doc: Doc, by_end: dict[int, Title], title: Title) -> Title | None:
    """The title joined by "и" before `title`, past its adjectives ("президент и
    операционный директор")."""
    i = title.start
    while i > 0 and doc[i - 1].pos_ == "ADJ":
        i -= 1
    return by_end.get(i - 1) if i >= 2 and doc[i - 1].lower_ == "и" else None


def _aside(
    doc: Doc, titles: list[Title], g: GivenOffice, end: int | None, names: dict[int, int]
) -> GivenOffice | None:
    """The second office of a name with a title before it that a title between commas after
    it gives, former or now held ("Экс-премьер Японии Фумио Кисида, ныне депутат парламента,",
    "Посол Египта Амр Хамами, бывший заместитель министра иностранных дел,"): not one
    another name after it takes ("…, министр финансов Синиша Мали"), nor the title's own."""
    if end is None or g.start_char > doc[end - 1].idx or g.title.end > end:
        return None  # the office is not the title before the name
    after = _after(doc, end, {t.start: t for t in titles})
    if after is None or after.plural or not _alike(after.case, g.title.case):
        return None
    after = _with_complement(doc, titles, after)  # ", бывший заместитель министра …"
    if after.end >= len(doc) or doc[after.end].text != "," or _names_next(doc, after, set(names)):
        return None
    then = any(t.lower_ in _THEN for t in doc[end : after.start])
    marked = then or after.former or any(t.lower_ in _NOW for t in doc[end : after.start])
    if not marked and _title_next(doc, after.end, {t.start: t for t in titles}):
        return None  # "Макрон, премьер-министр Италии, канцлер Германии и …": a list
    if _posted_abroad(doc, after) and g.state.startswith("state/"):
        after = replace(after, state=g.state)  # "Посол Египта X, бывший посол в Китае"
    return _given(after, doc[after.start].idx, after.end_char, current=not then)


def _posted_abroad(doc: Doc, title: Title) -> bool:
    """A title of no state of its own whose words "в"/"при" and a place follow ("посол в
    Китае", "представитель при ООН"): where the post is, not whom it serves; a state's envoy
    there serves the state the person holds an office of."""
    words_end = title.words_end or title.end
    return not title.state and words_end < title.end and doc[words_end].lower_ in POSTED_AT


def _title_next(doc: Doc, comma: int, by_start: dict[int, Title]) -> bool:
    """Whether another title, or "и" and one, follows the comma: the title before it is one
    of a list of unnamed titles, not an aside about the name before them."""
    i = _right_of(doc, comma + 1)
    if i < len(doc) and doc[i].lower_ == "и":
        i = _right_of(doc, i + 1)
    while i < len(doc) and i not in by_start and is_adjectival(doc[i]):
        i += 1
    return i in by_start


def _then_now(
    doc: Doc, by_end: dict[int, Title], by_start: dict[int, Title], title: Title
) -> Title | None:
    """The other of a former title and the one now held that ", а ныне" joins, one person's
    both: the former before the title ("Бывший министр обороны Египта, а ныне советник
    президента X") or the one now held after it ("X, бывший министр иностранных дел
    Бразилии, а ныне сенатор,"); None where the first is not former."""
    i = title.start
    if i >= 3 and doc[i - 1].lower_ in _NOW and doc[i - 2].lower_ == "а" and doc[i - 3].text == ",":
        before = by_end.get(i - 3)
        return before if before is not None and before.former and not before.plural else None
    j = title.end
    joined = j + 3 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "а"
    if not title.former or not joined or doc[j + 2].lower_ not in _NOW:
        return None
    after = by_start.get(j + 3)
    return after if after is not None and not after.former and not after.plural else None


def _joined_after(doc: Doc, by_end: dict[int, Title], title: Title, name: int) -> Title | None:
    """The title right before the name at token `name` that "и" joins to `title` before it:
    both are that person's ("за актёра и сценариста X")."""
    beside = by_end.get(name)
    joined = _joined_before(doc, by_end, beside) if beside is not None else None
    same = joined is not None and (joined.start, joined.end) == (title.start, title.end)
    return beside if same else None


def _plural_complemented(doc: Doc, by_start: dict[int, Title], title: Title) -> Title:
    """A plural title with the genitive titles right after it as its complement
    ("Заместители министра обороны Чили": each a deputy minister of defence of Chile)."""
    while (complement := by_start.get(title.end)) is not None and complement.case == "Gen":
        if complement.plural:
            break
        title = _complemented(doc, complement, title)
    return title


def _past_aside(doc: Doc, i: int) -> int:
    """Token index `i` moved past a short aside in brackets after a name ("Томас Бах
    (Германия)") or a place's name after "из" ("сенаторы Рэнд Пол из Кентукки и Марко Рубио
    из Флориды"), which tells where the person is from, not the office's state."""
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 6, len(doc))) if doc[j].text == ")"), None)
        if close is not None:
            return close + 1
    if i + 1 < len(doc) and doc[i].lower_ == "из" and doc[i + 1].pos_ == "PROPN":
        j = i + 1
        while j < min(i + 4, len(doc)) and doc[j].pos_ == "PROPN":
            j += 1
        return j
    return i


def _complement_gap(doc: Doc, title: Title, i: int, names: dict[int, int]) -> tuple[int, list[str]]:
    """Token index `i` moved past the plural title's own complement before the names
    ("первым зампредам правительства Польши Яну … и Мареку …"): nouns and adjectives the
    title's head governs, no conjunction or punctuation but a body's quotes and a dash, a
    bracket or a colon opening before the name; with the states named there.
    `i` unmoved where no name follows."""
    head, j = doc[title.head], i
    while j < len(doc) and j not in names and j - i < 6:
        token = doc[j]
        if token.text in _NAME_OPENERS and j + 1 in names:
            j += 1  # "один из адвокатов истца — X", "один из лучших вратарей (X)"
            break
        quote = token.text in OPENING | CLOSING  # "клуба «Динамо»"
        if not (quote or token.pos_ in ("NOUN", "PROPN", "ADJ", "ADP")):
            return i, []
        if not head.is_ancestor(token):
            return i, []
        j += 1
    if j not in names:
        return i, []
    spans = doc.spans.get("states", [])
    return j, [s.kb_id_ for s in spans if i <= s.start < j and s.id_ != "adjective"][:1]


def _third_name(doc: Doc, i: int, names: dict[int, int]) -> bool:
    """Whether the list of names goes on at token `i`: "и", or a comma before another name
    (a comma before a title ends the list: "первым зампредам A и B, шести зампредам …")."""
    if i >= len(doc):
        return False
    return doc[i].lower_ == "и" or (doc[i].text == "," and _right_of(doc, i + 1) in names)


def _listed(
    doc: Doc, first: int, names: dict[int, int], by_start: dict[int, Title]
) -> list[tuple[int, int]]:
    """The names listed from token `first`: "A и B", or "A, B и C" with commas and "и"
    before the last, or "A, B" with commas only up to the sentence's end or to "и" and
    another plural title ("легкоатлеты A, B и гандболистки C, D"); none where the list
    does not close so ("A, B и режиссёр C") or goes on past it."""
    listed = [(first, names[first])]
    while True:
        sep = _past_aside(doc, listed[-1][1])
        if len(listed) > 1 and _list_closes(doc, sep, by_start):
            return listed
        if sep >= len(doc) or doc[sep].lower_ not in (",", "и"):
            return []
        start = _right_of(doc, sep + 1)
        if start not in names:
            return []
        listed.append((start, names[start]))
        if doc[sep].lower_ == "и":
            return [] if _third_name(doc, _past_aside(doc, names[start]), names) else listed


def _list_closes(doc: Doc, i: int, by_start: dict[int, Title]) -> bool:
    """Whether a list of names separated by commas ends at token `i`: the sentence ends
    there, or "и" opens another group under a plural title of its own."""
    if i >= len(doc) or doc[i].text in _SENTENCE_ENDS:
        return True
    if doc[i].lower_ != "и":
        return False
    i += 1
    while i < len(doc) and doc[i].pos_ == "ADJ":
        i += 1  # "и минские гандболистки"
    group = by_start.get(i)
    return group is not None and group.plural


def _respective(
    doc: Doc, title: Title, names: dict[int, int], by_start: dict[int, Title]
) -> dict[int, GivenOffice]:
    """A plural title right before coordinated names gives each the office, and the
    states it names, in their order ("Министры иностранных дел Турции и Египта Хакан
    Фидан и Самех Шукри"), or the one it names to all ("Вице-президенты МОК Томас Бах
    (Германия) и Хуан Антонио Самаранч (Испания)", "актрисы A, B и C"); "двух стран" names
    neither. Not one name."""
    states, i = _states_listed(doc, title)
    both = [t.lemma_ for t in doc[i : i + 2]]
    if i == title.end and both[:1] in (["два"], ["оба"]) and both[1:] == ["страна"]:
        states, i = [], i + 2
    if i == title.end:
        i, served = _complement_gap(doc, title, i, names)
        states = states or served
    i = _such_as(doc, i)
    listed = _listed(doc, i, names, by_start) if i in names else []
    if len(states) != len(listed):
        states = states[:1] * len(listed) if len(states) == 1 else [""] * len(listed)
    return {
        start: _given(
            replace(title, state=state, plural=False),
            title.start_char,
            doc[end - 1].idx + len(doc[end - 1]),
        )
        for (start, end), state in zip(listed, states, strict=True)
    }


def _such_as(doc: Doc, i: int) -> int:
    """Token index `i` moved past ", как" or ", такие как" after a plural title, which open
    the names it gives as examples ("с такими режиссёрами, как X, Y и Z")."""
    words = [t.lower_ for t in doc[i : i + 3]]
    if words[:2] == [",", "как"]:
        return _right_of(doc, i + 2)
    if words[:1] == [","] and doc[i + 1 : i + 2].lemma_ == "такой" and words[2:] == ["как"]:
        return _right_of(doc, i + 3)
    return i


def _states_listed(doc: Doc, title: Title) -> tuple[list[str], int]:
    """The states a plural title names, its own and those listed after it ("Министры
    иностранных дел Дании, Норвегии и Швеции"), with the token after the list."""
    states = [title.state] if title.state else []
    spans = {s.start: s for s in doc.spans.get("states", [])}
    i = title.end
    while i + 1 < len(doc) and doc[i].lower_ in (",", "и") and (state := spans.get(i + 1)):
        states, i = [*states, state.kb_id_], state.end
        if doc[state.start - 1].lower_ == "и":
            break
    return states, i


def _one_of(doc: Doc, title: Title, names: dict[int, int]) -> dict[int, GivenOffice]:
    """One of a plural title's holders named after it ("один из лидеров ХАМАС Исмаил Хания",
    "связан с одним из командиров ополчения Сомали Ахмедом Абди", "один из ведущих
    управляющих корпорации X"), past the title's adjectives and own complement: that person
    holds the office, where the name agrees in case with "один"."""
    first = title.start
    while first > 0 and doc[first - 1].pos_ == "ADJ":
        first -= 1  # "один из лучших норвежских вратарей"
    if first < 2 or doc[first - 1].lower_ != "из":
        return {}
    one = doc[first - 2]
    if one.lemma_ != "один":
        return {}
    i, served = _complement_gap(doc, title, title.end, names)
    end = names.get(i)
    if end is None or not _agree(case_of(doc[i]), case_of(one)):
        return {}
    office = replace(title, plural=False, state=title.state or next(iter(served), ""))
    return {i: _given(office, one.idx, doc[end - 1].idx + len(doc[end - 1]))}


# Words of "and other such" between listed names and a plural title: "A, B и другие
# художники" says A and B are painters.
_OTHERS = frozenset(["другой", "прочий", "остальной"])


def _and_others(doc: Doc, title: Title, names: dict[int, int]) -> dict[int, GivenOffice]:
    """Names listed before "и других", ", а также прочих" and a plural title with no state
    ("картины Шагала, Моне и других художников", "X и Y, а также другие дипломаты"): each
    holds the office. The list runs back from the name right before the conjunction over
    commas, and over "и" before ", а также"."""
    first = title.start
    if not title.plural or title.state or first < 3 or doc[first - 1].lemma_ not in _OTHERS:
        return {}
    i = first - 1
    if doc[i - 1].lower_ == "также" and doc[i - 2].lower_ == "а":
        i -= 1  # "а также других"
    if doc[i - 1].lower_ not in ("и", "а"):
        return {}
    by_end = {end: start for start, end in names.items()}
    listed, end = [], _left_of(doc, i - 1)
    separators = {","}
    if doc[i - 1].lower_ == "а" and doc[end - 1].text == ",":
        end = _left_of(doc, end - 1)  # "X и Y, а также других": the list "и" closed
        separators.add("и")
    while (start := by_end.get(end)) is not None:
        listed.append((start, end))
        if start < 2 or doc[start - 1].lower_ not in separators:
            break
        end = _left_of(doc, start - 1)
    office = replace(title, plural=False)
    return {start: _given(office, doc[start].idx, title.end_char) for start, _ in listed}


def _appointed_as(doc: Doc, titles: list[Title], rank: Title) -> Title | None:
    """The office an appointment gives the one whose rank stands before their name:
    "назначил министром обороны адмирала Хуана Переса" (the admiral becomes the minister),
    "назначен послом генерал Перес", "Министром обороны Перу стал генерал Перес". The
    instrumental title must come right before the rank (past its own complement) and hang on
    the appointing verb, whose object is the rank: in the accusative (or genitive) after an
    active verb, in the nominative after a passive or a verb of becoming between."""
    before = [t for t in titles if t.end <= rank.start and t.case == "Ins" and not t.plural]
    if not before:
        return None
    office = max(before, key=lambda t: t.end)
    head, verb = doc[office.head], doc[office.head].head
    # only an office that names whom it serves, itself or by its genitive complement
    # ("Заместителем министра обороны Чили назначен генерал X": the deputy's office):
    # "Председателем жюри стал продюсер X" keeps the producer, whom no state appoints
    full = _with_complement(doc, titles, office)
    becoming = verb.lemma_ in _BECOMING and verb.i > office.start and bool(full.state)
    if verb.lemma_ not in _APPOINTING and not becoming:
        return None
    if verb.i > office.start:
        # "Послом Индии назначен карьерный дипломат X", "Министром обороны стал генерал X":
        # the passive or the verb of becoming between, whose subject is the rank, with only
        # the office's complement and the rank's adjectives besides
        subject = doc[rank.head]
        if not (becoming or is_passive(verb)) or subject.head != verb:
            return None
        if not subject.dep_.startswith("nsubj"):
            return None
        auxiliaries = (c for c in verb.children if c.dep_.startswith("aux"))  # "был назначен"
        # "в 2024 году стал": the verb's circumstance, of no one
        when = (t for c in verb.children if c.dep_ in ("obl", "advmod") for t in c.subtree)
        own = (verb, *auxiliaries, *when, *head.subtree, *subject.subtree)
        if any(t not in own for t in doc[office.end : rank.start]) or negated(verb):
            return None
        return full
    if any(not _between_own(head, doc[rank.head], t) for t in doc[office.end : rank.start]):
        return None
    if any(t.dep_ == "obj" for t in doc[verb.i + 1 : office.start]):
        return None  # "назначил Смита советником президента X": Смит is the one appointed
    # "назначен советником президента X": the passive's subject is appointed; a genitive
    # after its instrumental is whom the office serves.
    if rank.case not in _appointed_cases(verb):
        return None
    # The rank right after the office, or the appointee's titles before it, which the parse
    # may hang on it as its complement, are no body it serves: the appointer's state is
    # ("генерала" in "назначил министром обороны генерала X", "начальника генштаба генерала X").
    theirs = _titles_fill(titles, office.end, rank.start)
    return _with_appointer(doc, replace(office, foreign=False) if theirs else office, verb)


def _between_own(office: Token, rank: Token, token: Token) -> bool:
    """A word between the instrumental office and the rank that is the office's own or an
    adjective of the rank ("назначил министром финансов бывшего главу центробанка X": the
    parse hangs "бывшего" on the rank the verb governs), so no one else stands between."""
    return office.is_ancestor(token) or (token.dep_ == "amod" and token.head == rank)


def _titles_fill(titles: list[Title], start: int, end: int) -> bool:
    """Whether titles, each right after the one before, fill doc[start:end] (none where
    `start == end`): the appointee's own titles before the rank, not a body served."""
    ends = {t.start: t.end for t in titles}
    while start < end and start in ends:
        start = ends[start]
    return start == end


def _appointed_rank(doc: Doc, titles: list[Title], rank: Title, case: str) -> Title | None:
    """The rank before a name that an appointment names the office of, where the name's
    case is one an animate noun spells alike with the rank's ("назначил министром обороны
    генерала Хорхе Чавеса", the name read genitive, the rank accusative): the object
    appointed is the ranked person, not someone the rank serves; else None."""
    if not _alike(case, rank.case) or _appointed_as(doc, titles, rank) is None:
        return None
    return rank


def _appointed_bare(
    doc: Doc, titles: list[Title], name: tuple[int, int], case: str, end_char: int
) -> GivenOffice | None:
    """The office an appointment names for one after a person's common noun that is no
    title ("назначил министром финансов банкира Хуана Переса"), as after a rank, or after
    kin whose genitive complement is a title ("вдову генерала Аму Боатенг")."""
    before = next((t for t in titles if t.end == name[0]), None)
    rank = _bare_rank(doc, titles, name[0]) or (before and _kin_named(doc, before, name))
    given = _appointed_rank(doc, titles, rank, case) if rank is not None else None
    return None if given is None else _given_before(doc, titles, given, end_char)


def _bare_rank(doc: Doc, titles: list[Title], start: int) -> Title | None:
    """A person's common noun right before the name that no title table holds, as a title of
    its own word, hung on the verb or the instrumental office, not on another person's noun
    ("сына банкира X": the son is appointed), nor kin no pronoun owns ("брата Хуана Переса":
    the brother is appointed, Перес is whose; "своего брата Хуана Переса" is his name); else
    None."""
    if start < 1:
        return None
    word = doc[start - 1]
    if word.pos_ != "NOUN" or "Anim" not in features(word, "Animacy"):
        return None
    if any(t.start <= word.i < t.end for t in titles):
        return None
    if word.lemma_.replace("ё", "е") in KIN and not _owned(word):
        return None
    if word.head.pos_ != "VERB" and case_of(word.head) != "Ins":
        return _owned_kin(doc, word.i)  # "своего сына банкира X": the son, X, is appointed
    return _word_title(word)


def _word_title(word: Token) -> Title:
    """A person's common noun no title table holds as a title of its own word, no state."""
    return Title(word.i, word.i + 1, word.lemma_, "", "", start_char=word.idx,
                 end_char=word.idx + len(word), case=case_of(word), head=word.i,
                 words_end=word.i + 1)  # fmt: skip


def _kin_named(doc: Doc, title: Title | None, name: tuple[int, int]) -> Title | None:
    """The kin noun no pronoun owns right before a genitive title, as a title of its own
    word, where the name after the title is the kin's: a woman's after a woman's kin
    ("вдову генерала Грейс Вамбуи"); a name whose last word declines and has no genitive
    reading ("вдову генерала Аму Боатенг", "Старший брат лидера КНДР Ким Чен Нам"), unless
    another word shows the genitive ("Жена президента Мали Ибрагима Кейты"); or one
    that shows no genitive, has a word in the kin's case and fits the kin's sex ("Сын
    президента Ганы Кофи Асанте", "Встреча сына президента Ганы Кофи Асанте"). The first two
    not after kin spelt as a genitive ("сына генерала X": the general may be X); none for
    "брат лидера КНДР Ким Чен Ына", nor a name not a woman's after a woman's kin ("Дочь
    премьер-министра Японии Хироси Накамура": the father's); else None."""
    before = _left_of(doc, title.start) - 1 if title is not None else -1
    if title is None or before < 0:
        return None
    kin = doc[before]
    lemma = kin.lemma_.replace("ё", "е")
    if lemma not in KIN or _owned(kin):
        return None
    if "gent" not in morph().cases(doc[title.head].text):
        return None
    words = [t.text for t in doc[name[0] : name[1]] if t.is_alpha and not caseless(t.text)]
    womans = woman_named(doc[name[0]].text)
    # the last word declines ("Аму Боатенг", "Ким Чен Ына": "Чен" never does), and one the
    # dictionary does not know ("Ына") tells nothing
    last = morph().cases(words[-1]) if words else frozenset()
    shows = _shows_genitive(doc, name)
    agrees = (
        not shows
        and any(case_of(t) == case_of(kin) for t in doc[name[0] : name[1]] if t.is_alpha)
        # after accusative kin, not a name the genitive title's may be: "избрал сестру
        # президента Ильхама Алиева вице-президентом" is the president's
        and (case_of(kin) != "Acc" or _accusative_only(words))
    )
    hers = lemma in WOMEN_KIN and womans
    # a first name only a genitive reads so ("Ибрагима Кейты") outweighs the guessed forms
    # of a surname that lack the genitive ("Кейты" as a plural "кейт")
    no_genitive = hers or (bool(last) and "gent" not in last and not shows)
    # the kin's sex, unless the first name is known as the other's: a name the dictionary
    # does not know ("Кэндзи", "Юко") leaves the title no holder rather than a wrong one
    first = doc[name[0]].text
    fits = not (man_named(first) if lemma in WOMEN_KIN else womans)
    theirs = (no_genitive and "gent" not in morph().cases(kin.text)) or (agrees and fits)
    return _word_title(kin) if theirs else None


def _accusative_only(words: list[str]) -> bool:
    """A word of a name reads as an accusative and never as a genitive ("Мехрибан Алиеву",
    "Агнешку Новак"): no name of a genitive title, which an animate accusative spells alike
    ("Ильхама Алиева")."""
    return any("accs" in (cases := morph().cases(w)) and "gent" not in cases for w in words)


def _owned_kin(doc: Doc, start: int) -> Title | None:
    """Kin one owns right before `start` ("своего брата"), as a title of its own word: the one
    an appointment names, the title and name after it in apposition ("назначил послом в Китае
    своего брата бизнесмена Кофи Боатенга": the brother is Кофи Боатенг); else None."""
    kin = doc[start - 1] if start >= 1 else None
    if kin is None or kin.lemma_.replace("ё", "е") not in KIN or not _owned(kin):
        return None
    if not _alike(case_of(kin), case_of(doc[start])):
        return None
    return replace(_word_title(kin), start=kin.left_edge.i)  # with its owner: "своего брата"


def _owned(kin: Token) -> bool:
    """Kin one owns ("своего брата", "его сына"): the name after it is the kin's own."""
    return any(c.lemma_ == "свой" or possessive_pronoun(c) for c in kin.children)


def _appointed_cases(verb: Token) -> tuple[str, ...]:
    """The cases of the one an appointing verb appoints: the nominative of a passive's
    subject ("назначен послом Хуан Перес"), else an object's accusative, which an animate
    noun spells as its genitive."""
    return ("Nom",) if is_passive(verb) else ("Acc", "Gen")


def _appointed_named(doc: Doc, title: Title, case: str | None) -> Title | None:
    """An instrumental title an appointing verb gives the name right after it, in the
    name's case (`_appointed_cases`; None: a name that tells none): "назначил министром
    обороны Луиса Лару", with the appointer's state where it names none; not where the verb
    has an object of its own ("назначил Смита советником президента X"), nor a denied one
    ("не назначил")."""
    verb = doc[title.head].head
    if title.case != "Ins" or title.plural or verb.lemma_ not in _APPOINTING:
        return None
    if verb.i > title.start or negated(verb) or any(c.dep_ == "obj" for c in verb.children):
        return None
    if case is not None and case not in _appointed_cases(verb):
        return None
    return _with_appointer(doc, title, verb)


def _with_appointer(doc: Doc, title: Title, verb: Token) -> Title:
    """The appointed title with the appointer's state where it names no state or body."""
    if title.state or title.foreign:
        return title
    return replace(title, state=_appointer_state(doc, verb))


def _right_before(doc: Doc, by_end: dict[int, Title], start: int, ends: set[int]) -> Title | None:
    """The title right before the name, or before a comma or a dash before it ("Президент
    Казахстана, Касым-Жомарт Токаев"; in a list of a cabinet, "министр финансов — Хуан
    Перес, министр обороны — Луис Гомес", where the title after the comma is the next
    name's, not this one's); past the name's adjectives after a dash or a comma
    ("Президент Финляндии, 60-летний Саули Ниинистё")."""
    start = _left_of(doc, start)
    title = by_end.get(start) or _quote_closed(doc, by_end, start)
    if title is None:
        title = _before_comma(doc, by_end, start, ends)
    adjectives = start
    if title is None:
        start = _past_adjectives(doc, start)  # "Министр финансов — 72-летний Таро Асо"
    if title is None and start >= 1 and doc[start - 1].text in ("—", "–"):
        title = by_end.get(_left_of(doc, start - 1))
    if title is None and start < adjectives:
        title = _before_comma(doc, by_end, start, ends)
    return title


def _before_comma(doc: Doc, by_end: dict[int, Title], start: int, ends: set[int]) -> Title | None:
    """The title before a comma at token `start - 1`, unless it points back or is the
    predicate of a name before it ("Рут — тренер, Кан — вратарь": Рут's, not Кан's)."""
    if start < 1 or doc[start - 1].text != ",":
        return None
    end = _left_of(doc, start - 1)
    title = by_end.get(end) or _quote_closed(doc, by_end, end)
    if title is None or _points_back(doc, title) or _named_before_dash(doc, title, ends):
        return None
    return title


def _points_back(doc: Doc, title: Title) -> bool:
    """Whether "сам" before the title points back to one named before ("Как и сам
    миллиардер, Сокол родился…"), so the name after the comma is not its holder."""
    return title.start >= 1 and doc[title.start - 1].lemma_ == "сам"


def _quote_closed(doc: Doc, by_end: dict[int, Title], end: int) -> Title | None:
    """The title that ends right before a quote closing at token `end - 1` and opens that
    quote itself ("главного тренера «Ливерпуля» Юргена Клоппа": the body's name in quotes
    ends the title)."""
    if end < 2 or doc[end - 1].text not in CLOSING:
        return None
    title = by_end.get(end - 1)
    if title is None or not any(t.text in OPENING for t in doc[title.start : end - 1]):
        return None
    return title


def _named_before_dash(doc: Doc, title: Title, ends: set[int]) -> bool:
    """Whether a name and a dash stand before the title, past its adjectives: the title is
    that name's predicate ("Рут — лучший тренер"), not the title of a name after it."""
    i = _past_adjectives(doc, _left_of(doc, title.start))
    return i >= 1 and doc[i - 1].text in ("—", "–") and _left_of(doc, i - 1) in ends


def _past_adjectives(doc: Doc, i: int) -> int:
    """Token index `i` moved left past the adjectives before it ("72-летний Таро Асо",
    "лучший тренер"), and the spaces inside the line between them."""
    while i >= 1 and doc[i - 1].pos_ == "ADJ":
        i = _left_of(doc, i - 1)
    return i


def _inline_space(token: Token) -> bool:
    """A whitespace token inside a line: a no-break space is one, which the tokenizer keeps
    ("Главный секретарь кабинета министров\u00a0— Ёсихидэ Суга")."""
    return token.is_space and "\n" not in token.text


def _left_of(doc: Doc, i: int) -> int:
    """Token index `i` moved left past whitespace tokens inside the line."""
    while i > 0 and _inline_space(doc[i - 1]):
        i -= 1
    return i


def _right_of(doc: Doc, i: int) -> int:
    """Token index `i` moved right past whitespace tokens inside the line."""
    while i < len(doc) and _inline_space(doc[i]):
        i += 1
    return i


def _after(doc: Doc, end: int, by_start: dict[int, Title]) -> Title | None:
    """The title after the name and a comma or dash, past an adverb of time and any
    adjectives ("Ольсеном — действующим премьером страны", "Ольсен, бывший посол Дании",
    "Ольсен, тогда премьер-министр Дании")."""
    end = _right_of(doc, end)
    if end >= len(doc) or doc[end].text not in _APPOSITION:
        return None
    i = _right_of(doc, end + 1)
    if i < len(doc) and doc[i].lower_ in _THEN | _NOW:
        i = _right_of(doc, i + 1)
    while i < len(doc) and i not in by_start and is_adjectival(doc[i]):
        i += 1
    return by_start.get(i)


def _names_next(doc: Doc, title: Title, starts: set[int]) -> bool:
    """Whether a name in the title's case follows it before any punctuation, verb or
    conjunction, and not after a preposition ("Вогт, министр иностранных дел у Стёре"): the
    title is that name's, not the one's before the comma ("Анна Смирнова, певица Малина",
    "Карелин, бывший вратарь сборной по хоккею Олег Сидоров"), where the parse does not
    join them or the name is no person kg keeps."""
    end = min(doc[title.start].sent.end, title.end + 8)
    for token in doc[title.end : end]:
        case = case_of(token)
        if (
            (token.i in starts or token.ent_type_ == "PER")
            and case
            and _alike(case, title.case)
            and doc[token.i - 1].pos_ != "ADP"
        ):
            return True
        if token.pos_ in ("VERB", "AUX", "CCONJ") or (
            token.is_punct and token.text not in OPENING | CLOSING
        ):
            return False
    return False


def _next_item(doc: Doc, title: Title, claimed: dict[int, Title], starts: set[int]) -> bool:
    """Whether the title after a name's comma opens the next item of a list of persons each
    named after their titles: its words run, with no verb or conjunction, to a comma before
    another name's own title that is a bare word right before that name (`starts`), which
    the title describes further ("Ян Нойман, руководитель клуба «Ветер», доцент Карел Свобода":
    Свобода's description, not Нойман's; "Марек Новак, посол Польши, ответил" and "Марек
    Новак, посол Польши, президент компании «Орлен» Иван Ковач" are Новак's: the next title
    is complete in itself)."""
    i = title.end
    while i < len(doc) and (not doc[i].is_punct or doc[i].text in OPENING | CLOSING):
        if doc[i].pos_ in ("VERB", "AUX", "CCONJ"):
            return False
        i += 1
    if i >= len(doc) or doc[i].text != ",":
        return False
    j = _right_of(doc, i + 1)
    while j < len(doc) and j not in claimed and is_adjectival(doc[j]):
        j += 1
    after = claimed.get(j)
    return after is not None and after.end == after.head + 1 and after.end in starts


def _hers_undeclined(doc: Doc, start: int) -> bool:
    """A woman's first name that never declines opens the name ("Кармен", "Нелли"): her
    surname declines no more, so no word of the name tells its case."""
    first = doc[start].text
    return caseless(first, guessed=False) and woman_named(first)


def _tells_no_case(doc: Doc, start: int, end: int) -> bool:
    """No word of the name doc[start:end] tells its case: a woman's first name that never
    declines (`_hers_undeclined`), or words none of which declines ("Хорхе Сото")."""
    words = [t.text for t in doc[start:end] if t.is_alpha]
    return _hers_undeclined(doc, start) or bool(words) and all(caseless(w) for w in words)


def _name_case(doc: Doc, start: int, end: int) -> str:
    """The case of the name doc[start:end]: the tagger's of its first word, but a genitive
    the surname's forms deny is a nominative ("Пресс-секретарь генсека НАТО Фарах
    Дахлаллах", "Заместитель генсека ООН Амина Мохаммед": a surname that reads as a
    nominative and never as a genitive, so the name is not the genitive title's holder); an
    East-Asian patron's genitive the tagger read as a nominative is a genitive
    (`east_patron`)."""
    case = case_of(doc[start])
    if case in ("", "Nom") and east_patron(doc[start:end]):
        return "Gen"  # "Помощник Ли Цяна прибыл": the aide's patron, not the aide
    last = doc[end - 1]
    if case != "Gen" or end - start < 2 or not last.is_alpha:
        return case
    if _hers_undeclined(doc, start):
        return case  # "генерала Кармен Ортис": her surname would not decline either
    forms = morph().cases(last.text)
    return "Nom" if "nomn" in forms and "gent" not in forms else case


def _given(title: Title, start_char: int, end_char: int, current: bool = True) -> GivenOffice:
    """The office `title` gives, with the stretch of title and name as its evidence; a former
    one ("бывший премьер-министр Дании X", "экс-глава МИД") is no longer held at the
    document's date, so it is past, as "был премьер-министром" is."""
    return GivenOffice(title.said or title.office, title.state, title, start_char, end_char,
                       current and not title.former)  # fmt: skip


def _agree(a: str, b: str) -> bool:
    return not a or not b or a == b


def _alike(a: str, b: str) -> bool:
    """Cases that agree, or that an animate noun spells alike and the tagger confuses
    ("Ханса Ольсена, тогда премьер-министра Дании": genitive and accusative)."""
    return _agree(a, b) or {a, b} <= _ALIKE


def _name_agrees(doc: Doc, title: Title, case: str, name: tuple[int, int]) -> bool:
    """Whether the name (its token range) agrees in case with the title right before it: by
    the cases the tagger wrote; else, after a title that names the state or body it serves
    (so the name cannot be its complement), by the words' forms, which the tagger reads one
    way where Russian spells two cases alike ("вызвала посла Китая Ивана Петрова": an
    animate noun's accusative is its genitive) or a foreign name does not decline ("с
    министром иностранных дел Филиппин Энрике Манало", "принял посла ЕС в Белграде
    Эмануэле Жиофре": "Жиофре" reads as any case, whatever the dictionary guesses); so
    too after a title with a complement of its own where the tagger reads one accusative
    and the other genitive ("уволил непопулярного министра финансов Яна Новака"), unless
    the title is itself another noun's complement ("советника министра финансов Яна
    Новака"). A bare title keeps the tagger's reading: "адвокат Марко Рубио" may be
    Rubio's lawyer."""
    if _agree(case, title.case):
        return True
    if not title.state and not (_complemented_head(doc, title) and {case, title.case} <= _ALIKE):
        return False
    forms = morph().cases(doc[title.head].text)
    # an initial ("Т." of "Т.Комбсу") reads as any case: only words tell
    words = [t for t in doc[name[0] : name[1]] if t.is_alpha and len(t) > 1]
    return any(forms & morph().cases(t.text) or caseless(t.text) for t in words)


def _complemented_head(doc: Doc, title: Title) -> bool:
    """Whether the title's office has a complement of its own ("министра финансов") and is
    no other noun's complement."""
    return (title.words_end or title.end) > title.head + 1 and doc[title.head].dep_ != "nmod"


def _genitive_name(doc: Doc, title: Title, name: tuple[int, int]) -> bool:
    """Whether a name after a genitive title that names its state is in the genitive by its
    own forms, where the tagger read another case ("По словам министра иностранных дел Индии
    Субрахманьяма Джайшанкара"): a word of it declines, and each that does can be genitive
    ("супруга экс-президента Польши Анна Новакова": "Анна" cannot, though "Новакова" can be
    a man's). A word that does not decline gives no such sign ("Фицо" of "Премьера Словакии
    Роберта Фицо госпитализировали"; "Жена посла Перу Ана Мария Рубио"), nor a guess at
    its cases; a name after a comma starts a clause of its own ("По данным сайта президента
    Перу, Иван Петров родился": the title is the site's complement). A title whose field a
    preposition names tells its kind as a state does ("советника по национальной
    безопасности Хорхе Переса", the tagger reading "Хорхе" accusative)."""
    fielded = any(t.dep_ == "case" and t.pos_ == "ADP" for t in doc[title.head + 1 : title.end])
    if not (title.state or fielded) or any(t.is_punct for t in doc[title.end : name[0]]):
        return False
    # an Arabic compound's first word ("Абдель") declines in no case, nominative as read
    words = [
        t.text
        for t in doc[name[0] : name[1]]
        if t.is_alpha and not caseless(t.text) and t.text not in UNDECLINED_OPENERS
    ]
    return bool(words) and all("gent" in morph().cases(w) or genitive_only(w) for w in words)


def _ungoverned_locative(doc: Doc, name: tuple[int, int]) -> bool:
    """Whether a name the tagger read as a locative has no preposition to govern one and
    each of its words ends in a vowel, a foreign name that does not decline ("Одре Азуле"):
    its case is the title's before it, as nothing else tells one."""
    words = [t for t in doc[name[0] : name[1]] if t.is_alpha]
    root = next((t for t in words if not name[0] <= t.head.i < name[1] or t.head == t), None)
    if root is None or any(c.dep_ == "case" for c in root.children):
        return False
    return all(t.lower_[-1] in VOWELS for t in words)


def _object_read_genitive(doc: Doc, title: Title, name: tuple[int, int]) -> bool:
    """Whether a title that names its state is a verb's direct object the tagger read as a
    genitive (an animate noun's accusative is spelt so: "приняла в Мехико президента
    Колумбии Густаво Петро") before a name no word of which tells a case (`caseless`:
    "Ндайишимийе" too, which the dictionary guesses a case or two for), so nothing tells its
    case but the title's; not a noun's complement ("жена посла Перу Ана Мария Рубио")."""
    words = [t for t in doc[name[0] : name[1]] if t.is_alpha]
    return (
        bool(title.state)
        and doc[title.head].dep_ == "obj"
        and not any(t.is_punct for t in doc[title.end : name[0]])
        and bool(words)
        and all(caseless(t.text) for t in words)
    )


def _before(
    doc: Doc,
    title: Title,
    name: tuple[int, int],
    case: str,
    governor: Title | None,
    known: bool = False,
    ends: Collection[int] = (),
) -> Title | None:
    """The title standing right before a name (its token range, in the tagger's `case`) in
    that name's office, or None. `governor` is the title right before this one, whose
    complement a genitive title may be; `known`: the person is known to hold the office of
    `title` itself; `ends`: where the document's person names end."""
    if title.plural:
        return None
    if governor is None and (inner := _inner_holder(doc, title, name)) is not None:
        return inner  # "Пресс-секретарь президента Ганы Джона Махамы заявил": the president's
    if (
        governor is not None
        and title.case == "Gen"
        and (known or _unlike(doc, governor, name) or _appointee_apart(doc, governor))
    ):
        # "Советник премьер-министра Индии Нарендры Моди": the premier's name, whatever
        # case the tagger read it in; the adviser is not named, or named apart
        return title
    if (
        governor is not None
        and not known
        and _governor_takes_name(doc, governor, title, name, ends)
    ):
        return _complemented(doc, title, governor)  # "принял заместителя министра Ганы X"
    if (
        governor is not None
        and _genitive_name(doc, title, name)
        and (case in _ALIKE or case == "Nom" and _shows_genitive(doc, name))
    ):
        # "с участием советника президента Колумбии Хорхе Варгаса", read Acc; "Советник
        # премьер-министра Таиланда Сретты Тхависина прибыл", read Nom
        case = "Gen"
    if governor is not None and governor.plural and title.case == "Gen":
        return None  # "заместителей генпрокурора X, Y и Z": X is a deputy, not the prosecutor
    governs = governor is not None and not governor.plural and governor.case == case
    if governor is not None and governs and _ranked(title) and not title.state:
        # "министр иностранных дел Саудовской Аравии принц Фейсал", "с министром обороны
        # Египта генералом X": a rank between the office and the name is not the office
        return governor
    if (
        governor is not None
        and governs
        and case == "Gen" == title.case
        and not known
        and not _after_a_name(doc, governor, ends)
    ):
        # All in the genitive ("автомобиль заместителя муфтия Дагестана Магомеда Алиева"):
        # the name stands with the first title, the second is its complement; unless the
        # person holds the second ("помощника президента России Владимира Путина").
        return _complemented(doc, title, governor)
    if title.case != "Gen" or not case or case == "Gen":
        # "адвокат Радована Караджича": a title of another case is not the name's
        return title if _name_agrees(doc, title, case, name) else None
    if governor is None and _genitive_name(doc, title, name):
        return title  # "По словам министра … Индии Субрахманьяма Джайшанкара", read as Nom
    if governor is None and _object_read_genitive(doc, title, name):
        return title  # "приняла в Мехико президента Колумбии Густаво Петро"
    if governor is None and case == "Loc" and title.state and _ungoverned_locative(doc, name):
        return title  # "доклад главы ЮНЕСКО Одре Азуле": no locative without a preposition
    if governor is None or not governs:
        return None  # "жена президента Бразилии Мария": a genitive title is not theirs
    return _complemented(doc, title, governor)


def _neither(
    doc: Doc,
    by_end: dict[int, Title],
    title: Title | None,
    name: tuple[int, int],
    case: str,
    holds: Callable[[int, str, str], bool],
) -> bool:
    """Whether the title right before a name, with the titles it governs, gives the name no
    office, as either's holder it may be (`_either_holder`), unless known to hold it."""
    if title is None or holds(name[0], title.office, title.state):
        return False
    title, governor = _chain(by_end, title, case)
    return _either_holder(doc, governor or title, title, name)


def _either_holder(doc: Doc, speaker: Title, title: Title, name: tuple[int, int]) -> bool:
    """Whether a name after a title of the nominative, a man's verb's subject, that ends in or
    governs a genitive title may be either title's holder by its words: a word reads as a
    man's genitive singular and as a nominative singular only a woman's ("Салла" of "Салл" and
    "Салла", "Идрисса"). Other men's surnames in "-а" read so too, so the text names neither
    title's holder: no office beats the wrong one. Not a Japanese name ("Таро Ямада"), whose
    "-а" is the surname's own."""
    inner = _inner_title(doc, title) if speaker is title else title
    if inner is None or speaker.case != "Nom" or inner.case != "Gen":
        return False
    if predicate_gender([doc[speaker.head]]) != "masc" or _shows_genitive(doc, name):
        return False
    words = [t.text for t in doc[name[0] : name[1]] if t.is_alpha]
    if len(words) > 1 and own_a(words[0], words[-1]):
        return False  # "Таро Ямада": a Japanese surname's "-а" is its own
    return any(_mans_genitive_or_womans(w) for w in words)


def _mans_genitive_or_womans(word: str) -> bool:
    """A word that reads as a man's genitive singular and whose nominative singular readings
    are all a woman's ("Салла": "Салл"'s genitive or "Салла")."""
    singular = [p.tag for p in morph().parse(word.lower()) if "sing" in p.tag]
    nominative = {t.gender for t in singular if "nomn" in t}
    return nominative == {"femn"} and any("gent" in t and t.gender == "masc" for t in singular)


def _inner_title(doc: Doc, title: Title) -> Title | None:
    """The genitive title a compound office of another case ends with ("пресс-секретарь
    президента" of the title table), as a title of its own; None for any other title."""
    if title.case in ("Gen", "") or title.foreign or title.words_end != title.head + 2:
        return None
    word = doc[title.head + 1]
    spec = TITLES.get((word.lemma_.replace("ё", "е"),))
    if spec is None or "gent" not in morph().cases(word.text):
        return None
    return replace(title, start=word.i, start_char=word.idx, office=spec[0], role=spec[1],
                   head=word.i, case="Gen", said="", generic=False)  # fmt: skip


def _inner_holder(doc: Doc, title: Title, name: tuple[int, int]) -> Title | None:
    """The genitive title a compound office of another case ends with ("пресс-секретарь
    президента" of the title table), as a title of its own, where the name after the state
    shows the genitive: that title's holder ("Пресс-секретарь президента Ганы Джона Махамы
    заявил": the president's; the press secretary is not named). Else None: "Пресс-секретарь
    президента Ганы Кофи Асанте" is the press secretary."""
    inner = _inner_title(doc, title)
    return inner if inner is not None and _shows_genitive(doc, name) else None


def _ranked(title: Title) -> bool:
    """Whether the title is an honorific or a military rank, which a name may carry between
    its office and itself."""
    first = title.office.split(" ", 1)[0]
    if title.office in _HONORIFICS or title.office in _CHURCH_RANKS:
        return True
    return not _MILITARY_RANKS.isdisjoint(first.split("-"))


def _governor_takes_name(
    doc: Doc, governor: Title, title: Title, name: tuple[int, int], ends: Collection[int]
) -> bool:
    """Whether the name after a genitive title stands with the title of another case that
    governs it, as it would after a genitive governor, though the tagger read it as the
    genitive title's: the name's words tell no case apart from the governor's. So for an
    accusative governor, whose animate case is spelt as the genitive, where each word of
    the name that declines can be either ("принял первого заместителя премьер-министра
    Малайзии Ахмада Хамиди": the deputy, not the premier; a foreign surname's guessed
    forms may lack the animate accusative: "Хоанга"); so for any governor before a name no
    word of which declines ("с заместителем министра Японии Кэнтаро Сато"); so for a
    nominative governor, the subject, before a name a word of which is never a genitive and
    none only one ("Заместитель генсека АСЕАН Чан Дык Бинь прибыл": the tagger reads "Чан"
    genitive; not "Советник министра финансов Польши Анджея Доманского", nor "Пресс-секретарь
    министра обороны Чехии Петра Дворжака заявила"). Not where the governor is another
    person's apposition, nor a rank after an office one is appointed to ("назначил министром
    обороны адмирала Хорхе Монтойю": the admiral is appointed, `_appointed_as`)."""
    if governor.plural or title.case != "Gen" or governor.case in ("Gen", ""):
        return False
    if _ranked(title) and governor.case == "Ins" and doc[governor.head].head.lemma_ in _APPOINTING:
        return False
    if _after_a_name(doc, governor, ends):
        return False
    words = [t.text for t in doc[name[0] : name[1]] if t.is_alpha]
    declined = [w for w in words if not caseless(w)]
    if words and not declined:
        return True
    if governor.case == "Nom" and doc[governor.head].dep_ in SUBJECTS:
        return (not _shows_genitive(doc, name) or _first_name_nominative(doc, name)) and any(
            "gent" not in morph().cases(w) for w in declined
        )
    return governor.case == "Acc" and all(morph().cases(w) & {"accs", "gent"} for w in declined)


def _first_name_nominative(doc: Doc, name: tuple[int, int]) -> bool:
    """Whether a name of two words or more opens with a man's first name the dictionary
    knows in the nominative singular and never as a genitive singular ("Петр", "Ян"): his
    surname's genitive reading ("Черны" of "Черна") does not make the name the genitive
    title's, as his first name would show the genitive too ("Петра Черны")."""
    if name[1] - name[0] < 2:
        return False
    first = doc[name[0]].text
    singular = [p.tag for p in morph().parse(first.lower()) if "sing" in p.tag]
    return (
        man_named(first)
        and any("nomn" in t for t in singular)
        and not any("gent" in t for t in singular)
    )


def _appointee_apart(doc: Doc, governor: Title) -> bool:
    """Whether the governor is the instrumental office of an appointing verb whose object or
    passive subject stands before it: that one is appointed, and a name after the genitive
    title the office governs is that title's holder ("назначил Луиса Лару советником
    министра обороны Хорхе Сото", "Лара назначен советником министра обороны Хорхе Сото":
    Сото is the minister)."""
    verb = doc[governor.head].head
    if governor.case != "Ins" or verb.lemma_ not in _APPOINTING:
        return False
    return any(c.dep_ in ("obj", "nsubj:pass") and c.i < governor.start for c in verb.children)


def _unlike(doc: Doc, governor: Title, name: tuple[int, int]) -> bool:
    """Whether the verb whose subject the governing title is shows the other gender than the
    name's first name, a woman's or a man's by the dictionary ("Советник премьер-министра
    Норвегии Ингрид Хольм заявил": the adviser who spoke is a man, she is the premier)."""
    verb = predicate_gender([doc[governor.head]])
    first = dictionary_gender(doc[name[0]].text) if name[1] - name[0] >= 2 else ""
    return bool(verb and first) and verb != first


def _shows_genitive(doc: Doc, name: tuple[int, int]) -> bool:
    """Whether a word of a name reads as a genitive singular and never as a nominative
    singular ("Нарендры", "Доманского"); not "Чан" or "Хоанг" (its genitive reading is a
    plural's), nor "Фаттаха", a name of its own in the nominative, nor a word that does not
    decline. Nor a known common noun's genitive ("Фанта" of "фант"), nor a man's where the
    surname after it stands unchanged in a consonant, as a man's never does in the genitive
    ("Дочь президента Сенегала Амината Салл": no "Аминат Салл", whose would be "Салла")."""
    tokens = [t for t in doc[name[0] : name[1]] if t.is_alpha and not caseless(t.text)]
    unchanged = len(tokens) > 1 and _unchanged_in_consonant(tokens[-1].text)
    # a first name before a surname is read as one ("Тарека": not a "тарека")
    return any(
        reads_genitive(t.text, man=not unchanged, first=t.i == name[0] < name[1] - 1)
        for t in tokens
    )


def _unchanged_in_consonant(word: str) -> bool:
    """A surname in a consonant that reads as a nominative singular and as no genitive
    singular ("Салл"): a man's would show the genitive's "-а"."""
    low = word.lower()
    singular = [p.tag for p in morph().parse(low) if "sing" in p.tag]
    return (
        low[-1:].isalpha()
        and low[-1] not in VOWELS
        and low[-1] not in "йь"
        and any("nomn" in t for t in singular)
        and not any("gent" in t for t in singular)
    )


def _after_a_name(doc: Doc, title: Title, ends: Collection[int]) -> bool:
    """Whether a title stands in apposition after another person's name and a comma or
    dash, past its own adjectives ("юбилей Ивана Петрова, — духовного наставника патриарха
    Фотия", "Ивана Петрова, советника президента Гонсалеса"): the title is that person's, so the
    name after its genitive complement is the complement's holder, not the title's."""
    i = title.start
    while i > 0 and is_adjectival(doc[i - 1]):
        i -= 1
    while i > 0 and doc[i - 1].text in _APPOSITION:
        i -= 1
    return i < title.start and i in ends


def _chain(by_end: dict[int, Title], title: Title, case: str) -> tuple[Title, Title | None]:
    """The genitive title right before a name of another case with every genitive title
    before it, as one complement, and the title that governs them all ("Заместитель главы
    администрации президента Бразилии Жоау Силва": the deputy, whose complement is "главы
    администрации президента"), else the title and the one right before it."""
    governor = by_end.get(title.start)
    if title.case != "Gen" or case in ("Gen", ""):
        return title, governor
    while governor is not None and governor.case == "Gen" and governor.start in by_end:
        title = replace(title, start=governor.start, start_char=governor.start_char)
        governor = by_end[governor.start]
    return title, governor


def _complemented(doc: Doc, title: Title, governor: Title) -> Title:
    """The governor's office with `title` as its complement ("пресс-секретарь министра
    обороны")."""
    words = doc[title.start : title.words_end or title.end]
    short = " ".join(t.lemma_ if t.i == title.head else t.lower_ for t in words)
    office = f"{governor.office} {spelled_out_complement(title, short, words.text.lower())}"
    return replace(title, start=governor.start, start_char=governor.start_char, office=office,
                   role="", generic=False, said="", foreign=False, former=governor.former,
                   head=governor.head, case=governor.case)  # fmt: skip


def _with_complement(doc: Doc, titles: list[Title], title: Title) -> Title:
    """A post's title with the genitive title right after it ("с поста заместителя
    министра финансов", "на пост первого заместителя министра"): the deputy's office,
    never the head post alone."""
    complement = next((t for t in titles if t.start == title.end and t.case == "Gen"), None)
    return title if complement is None else _complemented(doc, complement, title)


def _across(
    doc: Doc, titles: list[Title], start: int, end: int, case: str, names: set[int]
) -> Title | None:
    """The nearest title before the name in its sentence when every word between them
    belongs to the title's complement or to the name's modifiers ("лидер консерваторов
    Дэвид Кэмерон", "полковник ГРУ 66-летний Сергей Скрипаль"), or a dash before the name
    ("Адвокат потерпевшего — X"): no verb, no comma, and no
    other person's name ("дочь президента Нурсултана Назарбаева Дарига": his title)."""
    sent_start = sentence_bounds(doc[start])[0]
    before = [t for t in titles if sent_start <= t.start and t.end < start]
    if not before:
        return None
    title = _governing(doc, before, max(before, key=lambda t: t.end), case)
    if title.plural or not _across_agrees(doc, title, start, end, case) or start - title.end > 12:
        return None
    if any(i in names for i in range(title.end, start)):
        return None
    head, root = doc[title.head], doc[start:end].root
    if any(c.dep_ == "case" and title.end <= c.i < start for c in root.children):
        return None  # "министр иностранных дел у Стёре": a name after a preposition
    gap = _left_of(doc, start)
    if gap > title.end and doc[gap - 1].text in ("—", "–"):
        gap -= 1  # "Адвокат потерпевшего — Матвей Цзена": the name after its title's dash
    aged = _past_aged(doc, title.end, gap, root)
    if aged < gap and _points_back(doc, title):
        return None
    gap = aged
    member = _member_between(title, root, start)
    for token in doc[title.end : gap]:
        if member is not None and (
            member.is_ancestor(token)
            or token.i == member.i
            or (token.text == "," and token.i + 1 == member.i)
        ):
            continue  # "председатель Сената член партии X", "вице-спикер, представитель КП X"
        if token.pos_ in ("VERB", "AUX") or (
            token.is_punct and token.text not in _GAP_PUNCT and not _in_series(doc, token, gap)
        ):
            return None
        if token.dep_ == "conj" and token.lemma_.replace("ё", "е") in PERSON_WORDS:
            return None  # "Президент и госпожа Макрон": she is not the president
        if token.pos_ == "CCONJ" and start <= token.head.i < end:
            return None  # "Режиссёр и Рэнди Хиллер": the name is the title's conjunct
        # the parse may hang what follows a title's conjunct on the first title ("премьер-
        # министр и министр иностранных дел Кувейта шейх X": "шейх" on "премьер-министр")
        joined = head.head if head.dep_ == "conj" else head
        if not (head.is_ancestor(token) or root.is_ancestor(token) or joined.is_ancestor(token)):
            return None
    states = [
        s
        for s in doc.spans.get("states", [])
        if title.end <= s.start < start and not _host_after_sender(doc, title.end, s.start)
    ]
    if not title.state and states and states[0].id_ not in ("adjective", "capital"):
        # "Игрок сборной Бразилии X": a national team's player or coach serves no state, nor
        # a profession ("Журналист, член Союза журналистов Аргентины X")
        trade = (
            apposed_team(states[0]) or _team_of(states[0], title.office) or is_trade(title.office)
        )
        return title if trade else replace(title, state=states[0].kb_id_)
    return title


def _team_of(state: Span, office: str) -> bool:
    """A state's name that is the genitive of a sports team's noun (`team_nouns.txt`:
    "капитан команды Перу", "тренер клуба Чили"): the title serves the team, so it takes no
    state. "Команда" alone is any team ("руководитель команды Египта на переговорах"): a
    sports one only by a sportsman's title or a sport's word in the sentence (`_sporting`)."""
    noun = state.root.head
    lemma = noun.lemma_.replace("ё", "е")
    return (
        state.root.dep_ == "nmod"
        and noun.i == state.start - 1
        and lemma in load_list(TEAM_NOUNS)
        and (lemma != "команда" or _sporting(state, office))
    )


def _sporting(state: Span, office: str) -> bool:
    """A sportsman's title (`sports_roles.txt`, a captain: "капитан команды Перу") or a
    sport's word in the sentence (`sports_marks.txt`: "матч", "турнир")."""
    roles = load_list(SPORTS_ROLES) | {"капитан"}
    marks = load_list(SPORTS_MARKS)
    return any(w in roles for w in office.lower().replace("ё", "е").split()) or any(
        t.lemma_.replace("ё", "е") in marks for t in state.sent
    )


def _host_after_sender(doc: Doc, end: int, state: int) -> bool:
    """Whether the state at token `state` is where a post is ("в", "при"), after a place's
    name that says whom it serves, one no state of the gazetteer ("Посол Кореи в Китае X",
    "Посол Уэльса в Китае X": China is the host, not the state served; "Лидер оппозиции в
    Венесуэле X" has no place before and serves Venezuela)."""
    return doc[state - 1].lower_ in POSTED_AT and any(
        t.pos_ == "PROPN" for t in doc[end : state - 1]
    )


def _member_between(title: Title, root: Token, start: int) -> Token | None:
    """A member's or spokesman's noun between a title and the name apposed to it, in the
    title's case ("председатель Сената Чили член Социалистической партии Хорхе Альварес",
    "первый вице-спикер, представитель Социалистической партии Хорхе Альварес"): a second
    description of the same person, which with its complement and a comma before it does
    not part the title from the name; else None."""
    member = root.head
    if (
        root.dep_ != "appos"
        or not title.end <= member.i < start
        or member.lemma_ not in SERVING_STATE
        or not _agree(case_of(member), title.case)
    ):
        return None
    return member


def _governing(doc: Doc, before: list[Title], title: Title, case: str) -> Title:
    """The title whose complement a genitive title of another case than the name's is, with
    it as the office's complement ("заместитель муфтия Дагестана 40-летний X", "водитель
    высокопоставленного чиновника — X": X is the deputy, the driver), else the title."""
    if title.case != "Gen" or _agree(case, "Gen"):
        return title
    heads = [t for t in before if t.end <= title.start and doc[t.head].is_ancestor(doc[title.head])]
    governor = max(heads, key=lambda t: t.end, default=None)
    return title if governor is None else _complemented(doc, title, governor)


def _across_agrees(doc: Doc, title: Title, start: int, end: int, case: str) -> bool:
    """Whether the name agrees with a title across its complement: in the tagger's cases, or
    in the genitive and accusative an animate noun spells alike where every word of the name
    a word of the name reads so ("бывшего командира армии боснийских сербов Ратко Младича",
    "Ратко" read as an accusative); a bare title keeps the tagger's reading ("адвоката Марко
    Рубио"), and so does one before a preposition ("актёра на роль Гамлета")."""
    if _agree(case, title.case):
        return True
    between = doc[title.end : start]  # a genitive complement, no preposition's phrase
    complement = any(t.pos_ == "NOUN" for t in between) and all(t.pos_ != "ADP" for t in between)
    form = UD_CASE.get(title.case, "")
    return (
        complement
        and {case, title.case} <= _ALIKE
        and any(form in morph().cases(t.text) for t in doc[start:end])
    )


def _past_aged(doc: Doc, lo: int, gap: int, root: Token) -> int:
    """Token index `gap` moved left past the name's adjectives and the comma before them
    ("сотрудник префектуры полиции, 45-летний Хуан Гарсия"), unmoved where no comma comes
    before them."""
    i = gap
    while i > lo and doc[i - 1].pos_ == "ADJ" and root.is_ancestor(doc[i - 1]):
        i -= 1
    return i - 1 if lo < i < gap and doc[i - 1].text == "," else gap


def _in_series(doc: Doc, comma: Token, end: int) -> bool:
    """A comma between conjuncts of one word in the title's complement, the last of them
    joined by a conjunction before `end` ("Глава комитета по вопросам семьи, женщин и детей
    Анна Новак")."""
    first = comma.head.head
    return (
        comma.text == ","
        and comma.head.dep_ == "conj"
        and any(
            t.pos_ == "CCONJ" and t.head.dep_ == "conj" and t.head.head.i == first.i
            for t in doc[comma.i + 1 : end]
        )
    )


def nearer_noun(doc: Doc, noun: Token, start: int, end: int) -> bool:
    """A person's noun between `noun` and the name apposed to it, in the name's case, whose
    name it is ("назначил министром финансов сына банкира Кофи Менсаха": the banker's, and
    the son appointed is unnamed), not an adjective of `noun`'s ("свою жену Мехрибан"), nor
    a genitive noun where the name reads only as an accusative ("избрал дочь премьер-министра
    Агнешку Новак вице-маршалом": hers)."""
    case = _name_case(doc, start, end)
    accusative = _accusative_only([t.text for t in doc[start:end] if t.is_alpha])
    return any(
        t.pos_ == "NOUN"
        and "Anim" in t.morph.get("Animacy")
        and _alike(case, case_of(t))
        and not (accusative and case_of(t) == "Gen")
        for t in doc[noun.i + 1 : start]
    )


def _role_word(doc: Doc, start: int, end: int) -> Token:
    """The word whose role in the clause is the name's: the noun it stands in apposition to
    as the subject ("Его отец Гейдар Алиев был президентом") or the object appointed
    ("назначил свою жену Мехрибан первым вице-президентом"), or appointed kin the parse
    hangs it past (`_kin_past_name`); else the name's own root."""
    root = doc[start:end].root
    kin = _kin_past_name(doc, start)
    if kin is not None:
        return kin
    if (
        root.dep_ == "appos"
        and root.head.i < start
        and (
            root.head.dep_ in SUBJECTS
            or (root.head.dep_ == "obj" and root.head.head.lemma_ in _APPOINTING)
        )
        and not nearer_noun(doc, root.head, start, end)
    ):
        return root.head
    return root


def _predicate(doc: Doc, titles: list[Title], start: int, end: int) -> GivenOffice | None:
    """A title the name is the subject of: "Кэмерон стал самым молодым премьером", "Форд
    был депутатом", "Караджич — первый президент", "занимал пост главы правительства"; or
    the object of, where the verb appoints: "назначил Дюбуа послом" (Дюбуа is the envoy,
    not the one who appointed him)."""
    root = _role_word(doc, start, end)
    # "Ольсен, занимавший пост премьера": a participle of an office verb after the name,
    # on it or on the noun it stands in apposition to; so is a relative clause ("Ольсен,
    # который занимал пост премьера", "Берг, которая была министром").
    near = [*root.children, *(root.head.children if root.dep_ == "appos" else ())]
    office_verbs = load_list(OFFICE_VERBS) | load_list(POST_VERBS)
    participle = next((c for c in near if c.i >= end and _nearest_name(doc, end, c) and (
        (c.dep_ == "acl" and c.lemma_ in office_verbs)
        or (_relative(c) and (c.lemma_ in office_verbs or c.pos_ == "NOUN")))), None)  # fmt: skip
    hers = None if root.dep_ in SUBJECTS or participle is not None else _her_verb(doc, root, end)
    # "До назначения в МИД Петрова работала послом": her verb, no appointment of Петров
    appointed = hers is None and _appointed(root)
    if root.dep_ not in SUBJECTS and participle is None and not appointed and hers is None:
        return None
    verb = next((v for v in (participle, hers) if v is not None), root.head)
    if root.dep_ == "nsubj" and not appointed and participle is None and verb.lemma_ in _APPOINTING:
        return None  # "Моро назначил Дюбуа послом": Моро appoints (active voice)
    verbs = _APPOINTING | _APPOINTMENT if appointed else office_verbs
    sent = verb.sent
    for title in titles:
        if title.plural or not sent.start <= title.head < sent.end:  # no Token per title
            continue
        head = doc[title.head]
        if appointed and head.dep_.startswith("nsubj"):
            continue  # "Президент Смит выдвинет Миллера…": the one who appoints
        if verb.lemma_ in _APPOINTMENT and title.case not in ("Ins", ""):
            continue  # "назначение посла": the title is not what the appointment gives
        holder = head.head if head.head.lemma_ in _POST_NOUNS else head
        post = holder is not head or _in_capacity(head)
        if post and holder.head.lemma_ in SUCCESSORS:
            holder = holder.head  # "станет преемником Хольма на посту министра": the post's
        if not post and verb.lemma_ in load_list(POST_VERBS):
            continue  # "вступил в спор с президентом": only a post is entered
        if not post and _beside_verb(head, verb):
            continue
        held = _held(verb, holder, verbs)
        if not held:
            continue
        if held == "denied":
            return None
        current = held == "current"
        if holder.lemma_ == "обязанность":  # "исполнял обязанности главы правительства"
            words = doc[title.start : title.words_end or title.end]
            title = replace(title, office=acting_office(words), role="", generic=False, said="")
        title = _with_complement(doc, titles, title)
        if appointed and not title.state and not title.foreign:
            title = replace(title, state=_appointer_state(doc, verb))
        lo, hi = min(start, title.start), max(end, title.end)
        given = _given(title, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]), current)
        return replace(given, verb=verb.i)
    return _this_post(doc, titles, verb, start, end) if verb.lemma_ in verbs else None


def _ranks_appointed(
    doc: Doc,
    titles: list[Title],
    nearest: dict[tuple[int, int], tuple[Title | None, Title | None]],
    taken: set[int],
) -> dict[int, GivenOffice]:
    """The offices of names right after a rank (`_ranked`) that the sentence appoints to
    one (`_appointed_after`), by the name's first token; none for a name in `taken`."""
    return {
        start: given
        for (start, end), (title, _) in nearest.items()
        if start not in taken
        and title is not None
        and _ranked(title)
        and (given := _appointed_after(doc, titles, start, end)) is not None
    }


def _appointed_after(doc: Doc, titles: list[Title], start: int, end: int) -> GivenOffice | None:
    """The office a ranked name is appointed to or becomes, told after it ("Адмирал Хорхе
    Сото был назначен министром обороны Перу", "Генерал X стал министром обороны Чили"), or
    the office after it the verb before it appoints the ranked name to ("назначил полковника
    X советником"): his office, where the rank before the name is none a state gives; else
    None. The one who appoints is given none (`_predicate`)."""
    after = [t for t in titles if t.start >= end]
    given = _predicate(doc, after, start, end)
    if given is None or not given.current:
        return None
    return given if doc[given.verb].lemma_ in _APPOINTING | _BECOMING else None


def _named_next(
    doc: Doc, titles: list[Title], start: int, end: int, starts: set[int]
) -> GivenOffice | None:
    """The office of the title that is the subject of the sentence before, naming its state
    and no one, where the name opens the next sentence as its subject ("Премьер-министр
    Хорватии прибыл в Рим. Пленкович заявил": Croatia's premier): the reader takes the name
    for the holder the text has just brought in. Not where that sentence names anyone else or
    holds another title ("Президент Румынии посетил Кишинёв. Журналист Андрей Попеску
    спросил …", "Президент Португалии встретился с Педро Санчесом. Санчес …"), nor where the
    name was named earlier: the title then stands for that person, a mention of its own
    ("… Александр Лукашенко подписали. Белорусский лидер поблагодарил …. Александр
    Григорьевич подчеркнул"), nor where the name's sentence makes it the host of whom the
    title's sentence brought in ("… прибыл в Таллин. X провёл с гостем переговоры")."""
    sent = doc[start].sent
    root = doc[start:end].root
    if start != sent.start or sent.start == 0 or root.dep_ != "nsubj" or root.head.dep_ != "ROOT":
        return None
    previous = doc[sent.start - 1].sent
    if _named_before(doc, start, end, starts, previous.start):
        return None
    if any(t.lemma_ in load_list(HOST_WORDS) for t in sent):  # "X провёл с гостем переговоры"
        return None
    if any(
        previous.start <= t.i < start and (t.i in starts or t.ent_type_ == "PER") for t in previous
    ):
        return None
    before = [t for t in titles if previous.start <= t.start < start]
    if len(before) != 1 or before[0].start != previous.start:
        return None
    title = before[0]
    head = doc[title.head]
    if (
        title.plural
        or title.former
        or not title.state
        or head.dep_ != "nsubj"
        or head.head.dep_ != "ROOT"
    ):
        return None
    return _given(title, title.start_char, doc[end - 1].idx + len(doc[end - 1]))


def _named_before(doc: Doc, start: int, end: int, starts: set[int], until: int) -> bool:
    """Whether a word of the name doc[start:end] is a word of a name before token `until`."""
    words = {t.lemma_ for t in doc[start:end]}
    return any(t.lemma_ in words for t in doc[:until] if t.ent_type_ == "PER" or t.i in starts)


def _this_post(
    doc: Doc, titles: list[Title], verb: Token, start: int, end: int
) -> GivenOffice | None:
    """The post "этот пост" on the verb points back to: the last one the sentence before or
    this one names with a post noun ("После отставки X с поста вице-президента Чили на этот
    пост был назначен Y": Y is vice-president), where the name is the one the verb gives it
    to (`_given_post`)."""
    # "на этот пост": the post one is put on (the parse may hang it on another noun of the
    # verb's sentence), not one left ("ушёл с этого поста")
    heads = {t.head: t for t in titles}

    def titled(g: Token) -> bool:
        return g.i in heads

    post = next(
        (t for t in verb.subtree if pointed_post(t, titled) and preposition(t) == "на"), None
    )
    if post is None or not _given_post(doc[start:end].root, verb):
        return None
    named = post_before(post, titled)
    if named is None:
        return None
    title = _with_complement(doc, titles, heads[named.i])
    current = not _recounted(verb)
    return replace(
        _given(title, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), current), verb=verb.i
    )


def _given_post(name: Token, verb: Token) -> bool:
    """Whether `verb` gives the name "этот пост": the name is its subject ("на этот пост
    назначен Y", "на этот пост вернулся Y") or the one it appoints (`_appointed`: "назначил
    на этот пост Y", "одобрил назначение на этот пост Y"); not a name merely beside it, nor
    one of an appointment a preposition makes a circumstance or topic ("Против назначения
    на этот пост Y выступила Z") or a verb withholds ("отклонил назначение Y")."""
    if name.head.i != verb.i or negated(verb):
        return False
    if verb.lemma_ in _APPOINTMENT:
        withheld = negated(verb.head) or verb.head.lemma_ in load_list(WITHHOLDING_WORDS)
        return _appointed(name) and not has_preposition(verb) and not withheld
    return name.dep_ in SUBJECTS or _appointed(name)


def _appointed(name: Token) -> bool:
    """Whether the name is the one an appointing verb or noun appoints: its object
    ("назначил Дюбуа послом"), a noun's genitive ("назначение Смита послом") or a second
    subject (`_second_subject`); not where it is denied ("Сейм не избрал Озолса
    президентом": he holds nothing) or still to come (`_to_come`)."""
    appointed = (
        (name.dep_ == "obj" and name.head.lemma_ in _APPOINTING)
        or (name.dep_ == "nmod" and name.head.lemma_ in _APPOINTMENT and not _to_come(name.head))
        or _second_subject(name)
    )
    return appointed and not negated(name.head)


def _to_come(appointment: Token) -> bool:
    """Whether an appointment noun is the subject of a clause that tells it as still to come
    or only weighed ("Назначение X послом будет означать…", "означало бы…"): no one holds
    the post yet; not one told as done ("стало неожиданностью")."""
    verb = appointment.head
    if appointment.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
        return False
    said = [verb, *(c for c in verb.children if c.dep_ in ("aux", "cop"))]
    return subjunctive(verb) or any(is_future(w) for w in said)


def _kin_past_name(doc: Doc, start: int) -> Token | None:
    """The kin an appointing verb takes, before a genitive title and its holder's name that
    the name at `start` follows: the kin's own name, which the parse hangs on the holder's
    ("избрал дочь президента Ислама Каримова Гульнару главой комитета": Гульнара is
    elected); else None."""
    title = doc[start - 1] if start else None
    if title is None or title.pos_ != "PROPN":
        return None
    while title.pos_ == "PROPN" and title.head.i < title.i:
        title = title.head  # up the holder's name to the title it is apposed to
    kin = title.head
    told = title.pos_ == "NOUN" and title.dep_ == "nmod" and case_of(title) == "Gen"
    if not told or kin.i >= title.i or kin.lemma_.replace("ё", "е") not in KIN:
        return None
    return kin if kin.dep_ == "obj" and kin.head.lemma_ in _APPOINTING else None


def _her_verb(doc: Doc, root: Token, end: int) -> Token | None:
    """The verb of a woman's surname the parse hangs on a noun, reading the genitive of a
    man's ("До избрания в сенат Петрова год работала вице-премьером": not Петров's
    election; "в сенат Новакова год": an adjective of "год"): `feminine_verb_after` it,
    where the name's last word is a woman's surname in the nominative."""
    if root.dep_ not in ("nmod", "amod") or not womans_surname(doc[end - 1].text):
        return None
    return feminine_verb_after(doc[end : root.sent.end])


def _second_subject(name: Token) -> bool:
    """A name the parse makes a second subject of an active appointing verb, after it and
    after the verb's own subject, which an undeclined name's case does not tell: the one
    appointed ("Парламент Грузии избрал Нико Кавтарадзе председателем")."""
    verb = name.head
    return (
        name.dep_ == "nsubj"
        and verb.lemma_ in _APPOINTING
        and verb.i < name.i
        and _appointed_cases(verb) != ("Nom",)
        and any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children)
    )


def _relative(clause: Token) -> bool:
    """A relative clause on the name whose subject is "который" ("Ольсен, который занимал
    пост премьера"): the name is its subject."""
    return clause.dep_ == "acl:relcl" and which_subject(clause)


def _nearest_name(doc: Doc, end: int, clause: Token) -> bool:
    """Whether no other person's name stands between the name (ending at `end`) and the
    clause after it: a participle or "который" goes with the nearest name, wherever the
    parse hangs it ("уволил Хольма, который возглавил ведомство после отставки Ольсена, ныне
    занимающего пост посла": Ольсен's post, not Хольм's)."""
    commas = [t.i for t in doc[end : clause.i] if t.text == ","]  # the clause opens after one
    return not commas or not any(t.ent_type_ == "PER" for t in doc[end : commas[-1]])


def _beside_verb(title: Token, verb: Token) -> bool:
    """A title that is no predicate of the verb: its subject where it is not the predicate
    itself ("Бывший прокурор из Осло, Хольм проработал …"), or after a preposition other
    than "в" ("работал с министром": whom one worked with; "избран в президенты")."""
    subject = title.dep_ in SUBJECTS and title.i != verb.i
    return subject or preposition(title) not in ("", "в")


def _complement_of_predicate(doc: Doc, by_end: dict[int, Title], start: int) -> bool:
    """Whether the name right after a title is its complement, not its holder: the title is
    the predicate of a subject before it ("Хансен был аспирантом Ямамото": Хансен the
    student, Ямамото, whose student he was, holds no office), which an indeclinable name's
    case does not tell and the parser may hang on it as a second subject."""
    title = by_end.get(start)
    if title is None:
        return False
    head = doc[title.head]
    return copular(head) and any(c.dep_ in SUBJECTS and c.i < title.start for c in head.children)


def _in_capacity(title: Token) -> bool:
    """A title after "в качестве", which the parser may read as one preposition ("принёс
    присягу в качестве министра обороны")."""
    return any(
        c.lemma_ == "в" and any(f.lemma_ == "качество" for f in c.children) for c in title.children
    )


def _appointer_state(doc: Doc, verb: Token) -> str:
    """The state that appoints, where the title names none: an office a state fills is that
    state's ("Эфиопия назначила Кебеде на пост министра иностранных дел", "президент Кении
    назначил …", "кенийский парламент утвердил …"), also through an infinitive ("президент
    Кении решил назначить …"). "" when the subject is no state's."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    while subject is None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return ""
    spans = doc.spans.get("states", [])
    near = [subject, *(c for c in subject.children if c.dep_ in ("nmod", "amod"))]
    for token in near:
        state = next((s for s in spans if s.start <= token.i < s.end), None)
        if state is not None:
            return str(state.kb_id_)
    return ""


def _removed(doc: Doc, title: Title) -> tuple[Title, Token | None]:
    """A title of one a verb removes ("Президент Перу отправил в отставку министра обороны
    X", "уволил министра финансов X"): where it names no state, the remover's state's office,
    as an appointment is the appointer's (the remover holds nothing by it); and the verb,
    where it tells the removal done (`_removal_told`), so the office is past."""
    holder = doc[title.head]
    verb = holder.head
    if _removed_from_post(holder):
        verb = holder.head.head  # "уволил с поста министра X": the post's holder removed
    elif holder.dep_ != "obj" or verb.lemma_ not in REMOVING_WORDS:
        return title, None
    if not title.state and not title.foreign:
        title = replace(title, state=_appointer_state(doc, verb))
    return title, verb if _removal_told(verb) else None


def _removed_from_post(holder: Token) -> bool:
    """A title the post noun a removing verb takes one from governs, where the verb names
    no one else it removes ("уволил с поста советника по национальной безопасности X",
    "освободил от должности министра X"): the name after the title is the one removed; not
    "уволил Y с поста министра" (Y is) nor "назначил на пост министра X"."""
    post, verb = holder.head, holder.head.head
    return (
        holder.dep_ == "nmod"
        and post.lemma_ in _POST_NOUNS
        and post.dep_ == "obl"
        and any(c.dep_ == "case" and c.lower_ in ("с", "со", "от") for c in post.children)
        and verb.lemma_ in REMOVING_WORDS
        and not any(acted_on(c, verb) for c in verb.children)
    )


def _removal_told(verb: Token) -> bool:
    """A removal the text tells done: a past verb, not denied, that names the post or the
    leaving ("отправил в отставку", "освободил от должности") or removes by itself
    ("уволил"); not "пригрозил отправить в отставку", nor "отправил министра в Лиму"."""
    post = any(c.lemma_ in _POST_NOUNS | _LEAVING_NOUNS for c in verb.children)
    return _past(verb) and not negated(verb) and (post or verb.lemma_ in _DISMISSING)


# Verbs of leaving a post ("ушёл в отставку с поста", "покинул пост"), whose subject held
# it, and of removing someone from one ("освободил от должности", "уволен с поста"), whose
# object (or passive subject) held it.
_LEAVING = frozenset(["уйти", "уходить", "покинуть", "покидать", "оставить", "оставлять",
                      "подать", "подавать"])  # fmt: skip
REMOVING_WORDS = frozenset(["уволить", "увольнять", "освободить", "освобождать", "снять", "снимать",
                       "отстранить", "отстранять", "сместить", "смещать", "отправить",
                       "отправлять"])  # fmt: skip
# ... those whose object alone tells it, with no post named ("уволил министра финансов X";
# not "освободил министра X", "отправил министра X", freed or sent).
_DISMISSING = frozenset(["уволить", "увольнять", "сместить", "смещать", "отстранить",
                         "отстранять"])  # fmt: skip


# Verbs of taking another's post ("сменил Хольма на посту посла"), whose object held it
# before, where the verb is past ("сменит Хольма": Хольм holds it still).
_REPLACING = frozenset(["сменить", "сменять", "заменить", "заменять"])
# Nouns of leaving a post, whose genitive held it ("после отставки Хольма с поста министра").
_LEAVING_NOUNS = frozenset(["отставка", "уход"])
# All the words of leaving or being removed from a post: a date they take ends the office.
LEAVING_WORDS = _LEAVING | REMOVING_WORDS | _LEAVING_NOUNS


def _left(doc: Doc, titles: list[Title], start: int, end: int) -> GivenOffice | None:
    """The office of a post the name leaves or is removed from ("Хольм ушёл в отставку с
    поста министра обороны", "покинул пост посла", "парламент освободил Хольма от должности
    министра юстиции", "вынудил Хольма подать в отставку с поста"): one the person held, so a
    past one, not dated by the document; one they are leaving, told in the present ("Хольм
    уходит с поста министра обороны"), is still held. The one who removes ("Премьер Хольм
    уволил Берг с поста министра") holds nothing by it."""
    root = doc[start:end].root
    verbs = [root.head] if root.dep_ in (*SUBJECTS, "obj") else []
    if root.dep_ == "nmod" and root.head.lemma_ in _LEAVING_NOUNS:
        verbs = [root.head]  # "после отставки Хольма с поста министра"
    if root.dep_ == "obj":  # "вынудил Хольма подать в отставку": the verb it is object of
        verbs += [c for c in root.head.children if c.dep_ == "xcomp" and c.lemma_ in _LEAVING]
    for verb in verbs:
        holds = (
            (verb.lemma_ in _LEAVING and (root.dep_ == "nsubj" or verb is not root.head))
            or (verb.lemma_ in REMOVING_WORDS and acted_on(root, verb))
            or (verb.lemma_ in _REPLACING and root.dep_ == "obj" and _past(verb))
            or verb.lemma_ in _LEAVING_NOUNS
        )
        title = next(
            (
                t for t in titles
                if not t.plural and doc[t.head].head.lemma_ in _TITLED_POSTS
                and doc[t.head].head.head.i == verb.i
            ),
            None,
        )  # fmt: skip
        if holds and title is not None:
            title = _with_complement(doc, titles, title)
            lo, hi = min(start, title.start), max(end, title.end)
            given = _given(title, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1]), is_present(verb))
            # one replaced is dated by no one's leaving: the verb's dates are the successor's
            return given if verb.lemma_ in _REPLACING else replace(given, verb=verb.i)
    return None


def _held(verb: Token, holder: Token, verbs: Collection[str]) -> str:
    """How the verb tells the title is held: "current", "past" ("был депутатом", "больше не
    является министром"), "denied" ("не является министром": held by no one it names), or
    "" where the title is not what the verb gives."""
    if holder.i == verb.i:  # "Караджич — президент": the title is the predicate
        past = any(c.dep_ == "cop" and _recounted(c) for c in verb.children)
    elif holder.head.i == verb.i and verb.lemma_ in verbs:
        past = _recounted(verb)
    else:
        return ""
    if negated(verb):
        return "past" if _no_longer(verb) else "denied"
    return "past" if past else "current"


# Words with "не" that say an office was held before ("больше не является министром").
_NO_LONGER = frozenset(["больше", "более", "уже", "давно"])


def _no_longer(verb: Token) -> bool:
    """A denial of what held before ("больше не является министром", "уже не занимает
    пост", "давно не является президентом"): the office is a past one, where a bare "не"
    says it was never held."""
    denials = [verb, *(c for c in verb.children if c.lower_ == "не")]
    return any(c.lower_ in _NO_LONGER for t in denials for c in t.children)


def _past(verb: Token) -> bool:
    """The verb tells of what has happened: past tense."""
    return "Past" in verb.morph.get("Tense")


def _recounted(verb: Token) -> bool:
    """A past state the text recounts ("был депутатом", "работала вице-премьером"), not
    a change it reports ("стал премьером", "назначен директором")."""
    return _past(verb) and verb.lemma_ in (
        "быть", "являться", "работать", "служить", "занимать", "возглавлять", "оставаться",
        "совмещать", "исполнять",
    )  # fmt: skip
