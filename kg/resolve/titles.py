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

Since the forty-third pass (h-split45) this module keeps finding titles (`find_titles`,
`_find_titles`, spelled-out titles, titles standing alone); the vocabulary and `Title` are in
title_lexicon.py, title words and what they serve in title_words.py, a title's tenure in
title_tenure.py, and its body and portfolio in title_bodies.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import LEMMA, POS, SENT_START
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from kg.doc_text import token_strings
from kg.lexicon import load_list
from kg.nlp.deps import (
    SUBJECTS,
    modifies_later_noun,
    reads_plural,
)
from kg.nlp.morph import (
    OC_CASE,
    case_of,
    cases_of,
    dictionary_case,
    is_finite,
    is_plural,
    morph,
)
from kg.resolve.kin_and_ranks import clergy_before_name, rank_before_name
from kg.resolve.title_bodies import (
    HEADS,
    INTERIM,
    byword,
    no_character,
    no_doer,
    office_words,
    role_words,
    title_from_words,
    wing,
    with_anaphoric_body,
)
from kg.resolve.title_lexicon import (
    FIRST,
    MAX,
    NOT_COMPLEMENTS,
    TITLES,
    Title,
    open_class_first_lemmas,
    open_class_offices,
    title_lemma,
    word_lemma,
)
from kg.resolve.title_spelling import genitive_head, spelled_out
from kg.resolve.title_tenure import (
    counted_title,
    former_title,
    name_inside,
    nominated,
    of_post,
    succession_ordinal,
    to_become,
    with_acting_office,
    yet_to_take,
)
from kg.resolve.title_words import (
    MISSIONS,
    common_before_name,
    contracted_deputy_title,
    fights_for_cause,
    may_word_title,
    spaced_compound,
    title_of_state,
    word_title,
)

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
    """The title with its body's new key as its state (`title_from_words`: the key, else the
    state in the body's name, else an adjective's before the title, which starts it there);
    None where either key is none and an adjective stands before."""
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
    country = key[-1] == "страна" and key[0] not in HEADS
    if country and key in open_class and key[:-1] in open_class:
        return open_class[key[:-1]]
    if (
        key in open_class
        and not (
            n == 1
            and (
                (
                    doc[i].pos_ == "PROPN"
                    and not common_before_name(doc[i])
                    and not title_of_state(doc, i, by_start)
                    and not rank_before_name(doc[i])
                    and not clergy_before_name(doc[i])
                    and not _deputy_of_title(doc, i, open_class)
                )
                or modifies_later_noun(doc[i])
                or _modifies_next(doc[i])
            )
        )
        and not fights_for_cause(doc, i + n, key)
    ):
        return open_class[key]
    return None


# Nouns of a deputy, whose post a genitive title after them completes.
_DEPUTIES = frozenset(["заместитель"])


def _deputy_of_title(doc: Doc, i: int, open_class: dict[tuple[str, ...], str]) -> bool:
    """A capitalised deputy's noun, which the tagger reads as a name, before a title's first
    word in the genitive ("от должности Заместителя Председателя Правительства", "Заместителя
    Министра иностранных дел"): the deputy's post, as the lower-case words are, not a name
    before the head's title. Forty-seventh pass, own sentences (h-titles47)."""
    if title_lemma(doc[i].lemma_) not in _DEPUTIES or i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    first = title_lemma(after.lemma_)
    opens = first in FIRST or any(k[0] == first for k in open_class)
    return opens and case_of(after) == "Gen"


# Grades an adjective right before a minister's title makes another post: a state minister
# ("государственного министра иностранных дел Эфиопии") is not the minister of the field.
_MINISTER_GRADES = frozenset(["государственный"])


def _graded(doc: Doc, title: Title) -> Title:
    """The title with a grade of minister right before its head (`_MINISTER_GRADES`) as its
    first word and office's: "государственный министр иностранных дел", of no role, so no
    gazetteer's foreign minister stands for its holder. Sixty-sixth pass (h-names148)."""
    k = title.start - 1
    if k < 0 or title.head != title.start or title_lemma(doc[title.head].lemma_) != "министр":
        return title
    grade = title_lemma(doc[k].lemma_.lower())
    if grade not in _MINISTER_GRADES or doc[k].pos_ != "ADJ":
        return title
    office = f"{grade} {title.office}"
    return replace(title, start=k, office=office, role="", generic=False, said="")


def _complement_runs_on(
    lemmas: list[str], i: int, n: int, open_class: dict[tuple[str, ...], str]
) -> bool:
    """A title of two words or more whose words after the first open a longer title that runs
    past it ("заместитель начальника" of "заместитель начальника генштаба": "начальник
    генштаба"): the first word is the title, the longer one its complement, so the office
    keeps every word of it, as "заместитель министра обороны" does."""
    return any(
        (key := tuple(lemmas[i + 1 : i + 1 + m])) in TITLES or key in open_class
        for m in range(n, max(MAX, 4) + 1)
        if i + 1 + m <= len(lemmas)
    )


def _finite(t: Token) -> bool:
    """A finite verb, which no title opens: the open class keys a participle's title by its
    verb's lemma ("управляющий" by "управлять"), so "а самолётом управлял майор X" would
    otherwise read "управлял" as the title of the subject before it."""
    return t.pos_ in ("VERB", "AUX") and is_finite(t)


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
    open_class = open_class_offices()
    out: list[Title] = []
    lemmas = _title_lemmas(doc)
    hidden = _hidden_titles(doc, lemmas, by_start)  # and their lemmas set in `lemmas`
    open_first = open_class_first_lemmas()
    i, count = 0, len(lemmas)
    while i < count:
        match: tuple[int, tuple[str, str] | None] | None = None
        first = (lemmas[i] in FIRST or lemmas[i] in open_first) and not _finite(doc[i])
        for n in range(max(MAX, 4), 0, -1) if first else ():
            key = tuple(lemmas[i : i + n])
            if len(key) != n or name_inside(doc, key, i, by_start):
                continue
            if n >= 2 and _complement_runs_on(lemmas, i, n, open_class):
                continue  # "заместитель начальника генштаба": the deputy's title alone
            if key in TITLES:
                match = (n, TITLES[key])
                break
            if n > 1 and key[:-1] in TITLES and key[-1] in NOT_COMPLEMENTS and key[0] != "лидер":
                match = (n, TITLES[key[:-1]])  # "премьер страны": the country's premier
                break
            if (office := _open_class_office(doc, key, i, open_class, by_start)) is not None:
                match = (n, (office, ""))
                break
            # "глава временного правительства Сирии": an interim body's head holds that
            # office, as written, no role: not the holder a bare "глава правительства" is
            if n == 3 and (key[0], key[2]) in TITLES and key[1] in INTERIM:
                office = f"{key[0]} {doc[i + 1 : i + 3].text.lower()}"
                match = (3, (office, ""))
                break
            # "глава Российского государства", "глава пакистанской дипмиссии": a state
            # adjective inside the title
            if n == 3 and (inside := _adjective_inside(doc, key, i, by_start)) is not None:
                out.append(inside)
                match = (3, None)
                break
        if match is None and may_word_title(lemmas[i], open_class) and not _finite(doc[i]):
            match = word_title(doc, lemmas[i], i, open_class, by_start, org_at)
        if match is None:
            i += 1
            continue
        n, spec = match
        spec = no_doer(lemmas, i + n, spec)  # "исполнители взрывов": who did it, no performer
        n, spec = byword(doc, i, n, spec)  # "король сальсы": fame's words, no throne
        spec = no_character(doc, i, spec)  # "сыграл роль президента X": a character
        if spec is not None:
            n, spec = office_words(doc, i, n, spec, by_start, org_at)
        if spec is not None and n == 1 and (joined := spaced_compound(doc, lemmas, i)):
            n, spec = 3, (joined, spec[1])  # "директором - распорядителем МВФ"
        if spec is not None:
            title = _graded(
                doc, _party_aside(title_from_words(doc, i, i + n, spec, by_start, by_end, org_at))
            )
            out.append(with_anaphoric_body(doc, title, org_at, by_start))
            i = out[-1].end
        else:
            i += n
    ahead = [doc[t.head] for t in out if yet_to_take(doc[t.head])]
    states_ahead = [doc[t.head] for t in out if doc[t.head] in ahead and not t.foreign]
    out = [
        with_acting_office(doc, lemmas, t)
        for t in out
        if not nominated(doc[t.head])
        and doc[t.head] not in ahead
        and not to_become(doc, t, states_ahead)
        and not _wing_leader(doc, t)
    ]
    out = [t for t in out if not _their_complement(doc, t, out)]
    out = _sharing_body(doc, out)
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
            plural=t.plural or reads_plural(doc[t.head]) or counted_title(doc[t.head]),
            former=former_title(doc, t.start) or t.start in formers,
            ordinal=succession_ordinal(doc, t.start),
            post=of_post(doc[t.head]),
            case=_head_case(doc, t, lemmas[t.head], t.start in ends, hidden.get(t.head)),
        )
        for t in out
    ]


def _adjective_inside(
    doc: Doc, key: tuple[str, ...], i: int, by_start: dict[int, Span]
) -> Title | None:
    """A three-word title with a state's adjective inside, of that state: a listed title's
    ("глава Российского государства": its office and role, generic), or the head of a
    state's mission abroad (`mission_bodies.txt`: "Глава пакистанской дипмиссии X", "глава
    чилийского посольства"), whose office is the one its state's genitive name gives
    ("глава посольства Чили": "глава посольства"; "посол" only where the text says it;
    sixty-seventh pass, own sentences, h-names151). None for any other words."""
    inner = by_start.get(i + 1)
    if inner is None or inner.id_ != "adjective" or inner.end != i + 2:
        return None
    if (key[0], key[2]) in TITLES:
        office, role = TITLES[(key[0], key[2])]
        said = role_words(key, role)
        state = inner.kb_id_
        return Title(
            i, i + 3, office, role, state, generic=True, head=i, words_end=i + 3, said=said
        )
    if key[0] != "глава" or key[2] not in load_list(MISSIONS):
        return None
    office = f"глава {genitive_head(key[2])}"
    return Title(i, i + 3, office, "", inner.kb_id_, head=i, words_end=i + 3)


def _head_case(
    doc: Doc, title: Title, lemma: str, governed: bool, hidden: tuple[str, str] | None
) -> str:
    """The case of the title's head: none for a word that does not decline ("и.о.",
    "замглавы", unless another title governs it), a hidden title word's reading's
    (`_hidden_titles`), else the dictionary's (`dictionary_case`)."""
    if title.undeclined or (not governed and contracted_deputy_title(lemma, open_class_offices())):
        return ""
    return hidden[1] if hidden is not None else dictionary_case(doc[title.head], lemma)


_VERB = POS_IDS["VERB"]


def _title_lemmas(doc: Doc) -> list[str]:
    """The tokens' lemmas as the title tables spell them, once, from the Doc's array: a Token
    per token costs more. "экс-президент" is a president's title too, a former one as
    "бывший президент" is; a title opening a sentence that the tagger read as a participle
    is its noun's (`word_lemma`)."""
    lemmas = [title_lemma(lemma) for lemma in token_strings(doc, LEMMA)]
    # a `Token` only for a verb opening a sentence: a pass of `t.pos_` over the Doc made one
    # per word (~1 µs each, ~29,000 a 100 news documents)
    if not len(doc):
        return lemmas
    rows = doc.to_array([POS, SENT_START])
    opening = (rows[:, 0] == _VERB) & (rows[:, 1] == 1)  # `is_sent_start`: 1 (-1 not, 0 unset)
    for i in numpy.flatnonzero(opening).tolist():
        lemmas[i] = word_lemma(doc[i])
    return lemmas


def _hidden_titles(
    doc: Doc, lemmas: list[str], by_start: dict[int, Span]
) -> dict[int, tuple[str, str]]:
    """Token → (a title word's lemma, its UD case) where the tagger read that word's oblique
    form as another word's ("о премьере" as a premiere's, "о после" as the preposition): a
    form some animate noun reading of which is a title word's, right before a state's name in
    the genitive and then (past a comma at most) a person's name each word of which can be
    in that reading's case, as the tagger or a reading of it has it ("о премьере Черногории
    Милойко Спаиче", "о после Франции Жане Дюпоне"). Not "о премьере фильма", a title whose
    state no name follows ("при премьере Черногории"), nor a name in another case ("После
    Чехии Марек Новак отправился"). Each such word's lemma in `lemmas` is set to the title
    word's, which the finder reads (sixty-second pass, h-names138)."""
    first = FIRST | open_class_first_lemmas()
    out: dict[int, tuple[str, str]] = {}
    for i, lemma in enumerate(lemmas):
        state = by_start.get(i + 1)
        if lemma in first or state is None or state.id_ != "name":
            continue
        name = _person_after(doc, state.end)
        if name is None or case_of(doc[state.start]) != "Gen":
            continue
        for reading in morph().parse(doc[i].lower_):
            word = title_lemma(reading.normal_form)
            case = OC_CASE.get(str(reading.tag.case), "")
            if (
                reading.tag.POS == "NOUN"
                and "anim" in reading.tag
                and word in first
                and case
                and all(case in cases_of(t) for t in name if t.is_alpha)
            ):
                out[i] = (word, case)
                lemmas[i] = word
                break
    return out


def _person_after(doc: Doc, i: int) -> Span | None:
    """The person's name (NER's) starting at token `i` or after a comma there, None where none
    starts."""
    i += i < len(doc) and doc[i].text == ","
    if i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "PER":
        return None
    return next((e for e in doc.ents if e.start == i), None)


def _sharing_body(doc: Doc, titles: list[Title]) -> list[Title]:
    """The titles, a bare one a comma joins right before a title of a named organization
    made that body's too ("президент, вице-президент Турецкой ассоциации рекламодателей":
    the association's president, no head of state). Pass forty-seven, own sentences
    (h-offices59)."""
    by_start = {t.start: t for t in titles}
    out = []
    for t in titles:
        after = by_start.get(t.end + 1)
        if (
            after is not None
            and doc[t.end].text == ","
            and not t.state
            and not t.foreign
            and not t.plural
            and after.body >= 0
            and not after.state.startswith("state/")
        ):
            lemmas = tuple(title_lemma(w.lemma_) for w in doc[t.start : t.words_end or t.end])
            office = open_class_offices().get(lemmas, t.office) if t.role else t.office
            t = replace(t, office=office, role="", generic=False, said="", state=after.state,
                        foreign=True, body=after.body, unkeyed=after.unkeyed)  # fmt: skip
        out.append(t)
    return out


def _their_complement(doc: Doc, title: Title, titles: list[Title]) -> bool:
    """A plural title in the genitive right after a singular one whose head the parse hangs
    it on ("Наставник футболистов национальной сборной Чили X"): those the first one leads,
    its complement, no title of the name after them; not one that names states ("Советник
    президентов Чили и Перу"). Forty-fifth pass, own sentences (h-offices52)."""
    word = doc[title.head]
    if title.state or not is_plural(word) or case_of(word) != "Gen" or word.dep_ != "nmod":
        return False
    before = next((t for t in titles if t.end == title.start), None)
    return before is not None and word.head.i == before.head and not is_plural(doc[before.head])


def _party_aside(title: Title) -> Title:
    """ "депутатом от «Партии реформ»": the party one was elected for is no word of the post
    nor the body it serves (the open class keeps "депутат от"): the post "депутат", of the
    parliament the sentence names (`kg/extract/offices/home_states.py`). Pass forty-six, own
    sentences (h-offices54)."""
    if not title.office.endswith(" от"):
        return title
    office = title.office.removesuffix(" от")
    return replace(title, office=office, state="", foreign=False, body=-1, unkeyed="")


def _wing_leader(doc: Doc, title: Title) -> bool:
    """A leader of a political wing ("правого лидера X", "ультралевого лидера Эстонии"): whom
    he leads is a camp, no post. Pass forty-six, own sentences (h-offices54)."""
    head = doc[title.head]
    return (
        title.start == title.head
        and head.lemma_ == "лидер"
        and title.start > 0
        and wing(doc[title.start - 1])
    )


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
