"""The office a title gives the person it stands beside, as a reader pairs them:

- right before the name, agreeing in case ("премьер-министр Норвегии Юнас Гар Стёре"),
  also across the title's own complement and the name's modifiers ("лидер консерваторов
  Дэвид Кэмерон", "депутат Госдумы от фракции ЛДПР Василий Тарасюк", "бывший полковник
  ГРУ 66-летний Сергей Скрипаль"), read from the dependency parse;
- after the name and a comma ("с Юнасом Гаром Стёре, премьер-министром Норвегии"), or
  filling brackets of its own ("Карим Мансур (Президент Египта): …");
- as the predicate of the name ("Кэмерон стал премьером", "Караджич — первый президент
  Республики Сербской", "занимал пост главы правительства").

A genitive title before a name of another case is the complement of the office before
it: "пресс-секретарь министра обороны Индии Раджеш Кумар" is the minister's press
secretary, not the minister. A plural title gives no one person an office, except before
coordinated names ("A и B", "A, B и C"): each takes it, with the states in the order the
title names them.

This module reads the offices of a document (`read_given`, `given_offices`) and a title
given once; the questions it asks live apart, one concern each: the office record, the words
and whether a title and a name agree (given_agreement.py), a title read across its
complement, teams and the nearer noun (given_across.py), appointments, kin and removals
(given_appointments.py), a title as the name's predicate (given_predicates.py), plural
titles and coordinated names (given_plural.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from kg.extract.common.dates import find_dates
from kg.nlp.morph import case_of, features, morph, only_animate
from kg.resolve.colleague_states import colleague_states
from kg.resolve.given_across import ADDRESS_WORDS, title_across_complement
from kg.resolve.given_agreement import (
    POSSESSIVES,
    POST_NOUNS,
    THEN,
    GivenOffice,
    agree,
    alike,
    chain,
    complemented,
    given_by_title,
    inner_holder,
    name_case,
    names_next,
    neither,
    next_item,
    past_rank,
    tells_no_case,
    title_after_name,
    title_before_name,
    with_complement,
)
from kg.resolve.given_appointments import (
    REPLACING,
    appointed_bare,
    appointed_named,
    appointed_rank,
    given_before,
    kin_named,
    left,
    past_tense,
    right_before,
    yielded_to,
)
from kg.resolve.given_plural import (
    and_others,
    carried_states,
    one_of,
    paired,
    plural_complemented,
    respective,
)
from kg.resolve.given_predicates import (
    complement_of_predicate,
    named_next,
    predicate_office,
    ranks_appointed,
)
from kg.resolve.own_posts import own_states
from kg.resolve.place_posts import placed_states
from kg.resolve.pronoun_posts import pronoun_antecedent
from kg.resolve.rank_posts import posts_over_ranks
from kg.resolve.this_post import pointed_post, post_before
from kg.resolve.title_lexicon import Title
from kg.resolve.title_tenure import future_title, planned_cabinet
from kg.resolve.title_words import STAFF_NOUNS
from kg.sentences import sentence_bounds


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
    # name start → the state of the plural colleagues it is named after ("с филиппинскими
    # коллегами X и Y"): theirs, with no office (`colleague_states`)
    colleague_states: dict[int, str] = field(default_factory=dict)


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
    first answer that differs (the offices extractor's `holds` notes the entities it reads).
    The persons are read in the text's order: the names step lists them as it read the names,
    the extractor as the linked mentions come, and 14 of 100 NEREL documents, the same names
    in another order, were read twice (fifty-eighth pass, h-perf59)."""
    persons = sorted(persons)
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
    kin = _kin_titles(doc, titles, persons)
    return GivenRead(titles, persons, asked, given, kin, colleague_states(doc, persons))


def _kin_titles(
    doc: Doc, titles: list[Title], persons: list[tuple[int, int]]
) -> dict[int, tuple[Title, str]]:
    """Each name after kin and a genitive title whose name it is (`kin_named`), by its
    start: the title, whose holder the name is not, and the time its sentence tells."""
    by_end = {t.end: t for t in titles}
    return {
        start: (title, _told_time(doc[start].sent.text))
        for start, end in persons
        if (title := by_end.get(start)) is not None and kin_named(doc, title, (start, end))
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
    if here:

        def known(start: int, office: str, served: str) -> bool:
            return (
                holds(start, office, served)
                or (_name_key(doc, start, ends), office, served) in here
            )

        out = _given_once(doc, titles, persons, known)
    out = posts_over_ranks(doc, titles, ends, out)
    return placed_states(doc, own_states(doc, carried_states(doc, out, titles, persons)))


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
    cases = {(start, end): name_case(doc, start, end) for start, end in persons}
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
        several = plural_complemented(doc, by_start, several)
        out.update(respective(doc, several, names, by_start))
    for each in titles:  # "один из" tells the plural a participle's tag may not
        out.update(one_of(doc, each, names))
    served = _served(doc, by_end, names)
    out.update(served)
    out.update(ranks_appointed(doc, titles, nearest, set(out)))
    owners = {first for first, end in names.items() if end in served}
    for start, end in persons:
        if (
            start in out
            or start in owners
            or neither(doc, by_end, nearest[start, end][0], (start, end), cases[start, end], holds)
        ):
            continue  # "Советник президента Сенегала Макки Салла заявил": Салл's or Салла's
        # "Охранник Мбеки рассказал": Мбеки's guard, no guard Мбеки
        if (
            complement_of_predicate(doc, by_end, start)
            or _staff_of(doc, nearest[start, end][0], start, end)
            or _patron_named(doc, nearest[start, end][0], (start, end), persons)
        ):
            continue
        case = cases[start, end]
        end_char = doc[end - 1].idx + len(doc[end - 1])
        title, across = nearest[start, end]
        if title is not None and kin_named(doc, title, (start, end)) is None:
            title = past_rank(by_end, title)  # "заместителя министра Египта генерала X"
            known = holds(start, title.office, title.state)
            title, governor = chain(by_end, title, case)
            # a name that tells no case, read in an appointing title's instrumental, is the
            # one appointed ("назначил министром обороны Кармен Вальдес", "… Хорхе Сото")
            told_none = case == "Ins" and tells_no_case(doc, start, end)
            given = (
                (appointed_named(doc, title, None) if told_none else None)
                or title_before_name(doc, title, (start, end), case, governor, known, ends)
                or appointed_named(doc, title, case)
                or appointed_rank(doc, titles, title, case)
                or yielded_to(doc, title, case)
            )
            if given is not None:
                out[start] = given_before(doc, titles, given, end_char)
                continue
        if across is not None:
            known = holds(start, across.office, across.state)
            governor = by_end.get(across.start)
            across = (
                title_before_name(doc, across, (start, end), case, governor, known, ends) or across
            )
            out[start] = given_by_title(across, across.start_char, end_char)
            continue
        after = title_after_name(doc, end, by_start)
        if (
            after is not None
            and not after.plural
            and after.end not in starts
            and after.start not in claimed
            and alike(case, after.case)
            and not names_next(doc, after, starts)
            and not next_item(doc, after, claimed, starts)
        ):
            then = any(t.lower_ in THEN for t in doc[end : after.start])
            after = with_complement(doc, titles, after)  # ", первый заместитель министра …"
            out[start] = given_by_title(after, doc[start].idx, after.end_char, current=not then)
            continue
        predicate = (
            predicate_office(doc, titles, start, end)
            or left(doc, titles, start, end)
            or named_next(doc, titles, start, end, starts)
            or appointed_bare(doc, titles, (start, end), case, end_char)
        )
        if predicate is not None:
            out[start] = predicate
    out.update(_one_each(doc, by_end, names, out))
    for each in titles:  # "X и другие художники": a name's own title comes first
        for start, of_kind in and_others(doc, each, names).items():
            out.setdefault(start, of_kind)
    for start, end in persons:  # offices read off another name's: a colleague's, a successor's
        if start not in out and (
            by_other := _colleague(doc, (start, end), names, out)
            or _predecessor(doc, titles, (start, end), names, out)
        ):
            out[start] = by_other
    # "будущему королю Филиппу": an office still to be taken is none yet; "кабинета с
    # премьером X": a line-up spoken of, no office held
    return {
        start: g
        for start, g in out.items()
        if not future_title(doc, g.title.start) and not planned_cabinet(doc, g.title.head)
    }


def _one_each(
    doc: Doc, by_end: dict[int, Title], names: dict[int, int], out: dict[int, GivenOffice]
) -> dict[int, GivenOffice]:
    """Two names after two titles joined by "и", each the holder of one title in order
    (`paired`): the first name holds the first title, of the state the second names where
    the first names none, and the second name, which no title gave an office, the office
    the second title gave the first name."""
    changed = {}
    pairs = paired(doc, by_end, names)
    for start, (title, first) in pairs.items():
        g = out.get(first)
        second = next(s for s, (_, f) in pairs.items() if f == first and s != first)
        if g is None or g.title.end != first or second in out:
            continue
        end_char = doc[names[start] - 1].idx + len(doc[names[start] - 1])
        if start == first:
            held = replace(title, state=title.state or g.state)
            changed[start] = given_by_title(held, title.start_char, end_char, g.current)
        else:
            changed[start] = replace(g, end_char=end_char)
    return changed


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
    pair = (
        right_before(doc, by_end, start, ends),
        title_across_complement(doc, titles, start, end, case, starts),
    )
    return (None, None) if kin_named(doc, pair[0] or pair[1], name) else pair


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
            out[first] = given_by_title(
                title, title.start_char, doc[end - 1].idx + len(doc[end - 1])
            )
            out[end] = given_by_title(governor, governor.start_char, end_char)
        elif title.case == "Gen" and _person_noun_before(doc, title):
            # "Стилист певицы Мадонны Ариана Филлипс": the singer is Мадонна; the stylist,
            # a noun of no title, gives the second name no office
            out[first] = given_by_title(
                title, title.start_char, doc[end - 1].idx + len(doc[end - 1])
            )
        elif _holder_agrees(doc, title, end, second):
            out[end] = given_by_title(title, title.start_char, end_char)
    return out


def _served_state(
    doc: Doc, by_end: dict[int, Title], title: Title, first: tuple[int, int], second: int
) -> dict[int, GivenOffice]:
    """A state's office, a genitive name that holds it and a name right after it that
    agrees with the title governing it: the genitive name the office's, the second the
    governor's with it as complement ("Советник премьер-министра Индии Нарендры Моди Амит
    Кхаре": Моди the premier, Кхаре the adviser), or a compound's ("Пресс-секретарь
    президента Франции Эмманюэля Макрона Жюльен Дюваль": `inner_holder`). Else none: the
    office of no governor is the genitive name's own ("президента Бразилии Лулы")."""
    start, end = first  # the second name is doc[end:second]
    first_char = doc[end - 1].idx + len(doc[end - 1])
    end_char = doc[second - 1].idx + len(doc[second - 1])
    governor = by_end.get(title.start) if title.case == "Gen" else None
    if governor is not None and not governor.plural and _holder_agrees(doc, governor, end, second):
        return {
            start: given_by_title(title, title.start_char, first_char),
            end: given_by_title(complemented(doc, title, governor), governor.start_char, end_char),
        }
    inner = inner_holder(doc, title, first)
    if inner is not None and _holder_agrees(doc, title, end, second):
        return {
            start: given_by_title(inner, inner.start_char, first_char),
            end: given_by_title(title, title.start_char, end_char),
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
    if agree(case_of(doc[start]), title.case):
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


def _colleague(
    doc: Doc, name: tuple[int, int], names: dict[int, int], given: dict[int, GivenOffice]
) -> GivenOffice | None:
    """A colleague of another state ("Виейра провёл разговор со своим венесуэльским
    коллегой Иваном Хилем") holds the office of the person named before in the sentence,
    in the state the adjective names; none without such an adjective. A surname the
    sentence names with no title holds the office an earlier sentence gives the full name
    ("Министр … Радослав Сикорский прибыл … Сикорский обсудил с литовским коллегой X":
    `_titled_earlier`). "Его вьетнамский
    коллега X" opening a sentence with no office before it is the colleague of the one the
    sentence before gives an office to, where it gives one office alone. A form of address
    or a rank no title reads may stand before the name ("со своим эмиратским коллегой
    шейхом X", "оманским коллегой господином Y": h-names107)."""
    start, end = name
    noun = start - 1
    while noun > 0 and doc[noun].lemma_ in ADDRESS_WORDS:
        noun -= 1
    if noun < 1 or doc[noun].lemma_ != "коллега" or features(doc[noun], "Number") == ("Plur",):
        return None
    adjectives = [s for s in doc.spans.get("states", []) if s.end == noun and s.id_ == "adjective"]
    if not adjectives:
        return None
    sent_start = sentence_bounds(doc[start])[0]
    before = _current_between(given, sent_start, start) or _titled_earlier(
        doc, names, given, sent_start, start
    )
    owner = doc[adjectives[0].start - 1] if adjectives[0].start > sent_start else None
    if not before and sent_start and owner is not None and owner.lower_ in POSSESSIVES:
        before = _current_between(given, sentence_bounds(doc[sent_start - 1])[0], sent_start)
        if len({(g.office, g.state) for g in before}) != 1:
            return None
    if not before or before[-1].state in ("", adjectives[0].kb_id_):
        return None
    office = replace(before[-1].title, state=adjectives[0].kb_id_)
    end_char = doc[end - 1].idx + len(doc[end - 1])
    return given_by_title(office, adjectives[0].start_char, end_char)


def _titled_earlier(
    doc: Doc, names: dict[int, int], given: dict[int, GivenOffice], start: int, end: int
) -> list[GivenOffice]:
    """The state office an earlier sentence gives the name that the last untitled name in
    tokens [start, end) ends ("Сикорский" of "Радослав Сикорский"), where every such earlier
    name has that one office; none where they differ or the name has none."""
    untitled = [first for first in names if start <= first < end and first not in given]
    words = _name_key(doc, untitled[-1], names) if untitled else ()
    if not words:
        return []
    held = {
        (g.office, g.state): g
        for first, g in sorted(given.items())
        if first < start
        and g.current
        and g.state.startswith("state/")
        and first in names
        and _name_key(doc, first, names)[-len(words) :] == words
    }
    return list(held.values()) if len(held) == 1 else []


def _current_between(given: dict[int, GivenOffice], start: int, end: int) -> list[GivenOffice]:
    """The current offices given to the names starting in tokens [start, end), in order."""
    return [g for first, g in sorted(given.items()) if start <= first < end and g.current]


def _predecessor(
    doc: Doc,
    titles: list[Title],
    span: tuple[int, int],
    names: dict[int, int],
    given: dict[int, GivenOffice],
) -> GivenOffice | None:
    """The office of the one a holder replaced in a post the text does not name again
    ("посол Чили X сменил на посту Y", "сменил Y на этом посту"): the post "этот пост"
    points back to (`_pointed_before`), else the current office of the subject or of the
    name a pronoun subject stands for; held by the object before, so a past one."""
    start, end = span
    verb = replacing_verb(doc, start, end)
    if verb is None or not past_tense(verb):
        return None
    post = next((c for c in verb.children if c.lemma_ in POST_NOUNS and c.dep_ == "obl"), None)
    if post is None:
        return None
    pointed = _pointed_before(doc, titles, post)
    if pointed is not None:
        return given_by_title(pointed, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), False)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    # the subject's name or its title beside it ("посол Чили X сменил", "X, посол Чили,"),
    # or the name a pronoun stands for ("X назначен министром … Он сменил на посту Y")
    beside = (
        g
        for f, g in given.items()
        if min(f, g.title.start) <= subject.i < max(names[f], g.title.end)
    )
    holder = next(beside, None) or given.get(pronoun_antecedent(doc, subject, names))
    if holder is None or not holder.current:
        return None
    return given_by_title(holder.title, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), False)


def _pointed_before(doc: Doc, titles: list[Title], post: Token) -> Title | None:
    """The title of the post a replacing verb's "на этом посту" points back to ("был назначен
    послом … Он сменил на этом посту Y": the ambassador's), with its complement; None for a
    post noun that points to none ("сменил на посту Y"). Sixty-third pass, h-names141."""
    heads = {t.head: t for t in titles if not t.plural}

    def titled(token: Token) -> bool:
        return token.i in heads

    named = post_before(post, titled) if pointed_post(post, titled) else None
    return with_complement(doc, titles, heads[named.i]) if named is not None else None


def replacing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb of replacing whose object the name is, by the parse or, where it hangs the
    name elsewhere, by the words: the verb and the post right before the name ("сменил на
    посту Y")."""
    root = doc[start:end].root
    if root.dep_ == "obj" and root.head.lemma_ in REPLACING:
        return root.head
    i = start - 1
    while i > 0 and (doc[i].pos_ in ("ADP", "DET") or doc[i].lemma_ in POST_NOUNS):
        i -= 1
    return doc[i] if i < start - 1 and doc[i].lemma_ in REPLACING else None
