"""Plural titles and coordinated names ("A и B", "A, B и C"): each name takes the title, with the
states in the order the title names them; lists, "such as", "one of", "and others", ranks
held together. Split out of kg/resolve/given.py."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from kg.gazetteer import post_key
from kg.nlp.deps import SUBJECTS, negated
from kg.nlp.morph import case_of, is_adjectival
from kg.nlp.quote_marks import CLOSING, OPENING
from kg.resolve.clergy import STATELESS_RANKS
from kg.resolve.given_across import left_of
from kg.resolve.given_agreement import (
    CLAUSE_ENDS,
    HONORIFICS,
    NAME_OPENERS,
    NOW,
    POSTED_AT,
    THEN,
    GivenOffice,
    agree,
    alike,
    complemented,
    given_by_title,
    names_next,
    ranked,
    right_of,
    title_after_name,
    with_complement,
)
from kg.resolve.given_appointments import left
from kg.resolve.given_lists import official_posts
from kg.resolve.given_predicates import predicate_office
from kg.resolve.persons import PERSON_WORDS
from kg.resolve.title_lexicon import (
    CITY_POSTS,
    GOVERNMENT_HEADS,
    STATE_HEADS,
    Title,
    is_trade,
    state_post,
    title_lemma,
)


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
    pairs = paired(doc, by_end, names)
    out = {}
    for start, g in given.items():
        if doc[g.title.head].lemma_.replace("ё", "е") in PERSON_WORDS:
            continue
        if start in pairs and _same_place(pairs[start][0], g.title):
            continue  # "король и королева Бельгии Филипп и Матильда": one title each
        if (then_now := _then_now(doc, by_end, by_start, g.title)) is not None:
            held = then_now if then_now.state else replace(then_now, state=g.state)
            # its own words: the title after the name's ("X, бывший министр …, а ныне
            # сенатор") ends after the given's span, which ends before it starts
            out[start] = given_by_title(held, held.start_char, max(held.end_char, g.end_char))
            continue
        other = _joined_before(doc, by_end, g.title) or _joined_after(doc, by_end, g.title, start)
        other = _governed(doc, by_end, other)  # "заместитель премьер-министра и министр …"
        if other is None and (listed := _listed_before(doc, by_end, g.title)) is not None:
            out[start] = given_by_title(listed, listed.start_char, g.end_char, g.current)
            continue
        if other is None and (aside := _aside(doc, titles, g, names.get(start), names)):
            out[start] = aside
            continue
        if other is None and (rank := _rank_held(by_start, g, start)) is not None:
            out[start] = rank
            continue
        if other is None and (told := _ranked_predicate(doc, titles, g, start, names)):
            out[start] = told
            continue
        if other is None or other.plural or other.state or not alike(other.case, g.title.case):
            continue
        if _two_holders(doc, other, g.title, (start, names.get(start, start + 1))):
            continue  # "эмир и султан Омана X проведут переговоры": the emir is another
        state = "" if is_trade(other.office) else g.state  # "экономист и советник президента"
        out[start] = given_by_title(
            replace(other, state=state), other.start_char, g.end_char, g.current
        )
    return out


def _two_holders(doc: Doc, first: Title, second: Title, name: tuple[int, int]) -> bool:
    """Whether the bare title joined by "и" before the title beside a name is another
    person's: a state has one head of state, so two heads' ranks are two people ("эмир и
    султан Омана X", "с королём и президентом Египта X"), as are its head's and its head of
    government's where no singular verb makes them one subject (`_head_and_government`:
    "с президентом и премьер-министром Индии X"; not "Президент и премьер-министр Эстонии X
    посетил Ригу"), and one person of two offices is a singular verb's subject, so a plural
    verb's are two ("президент и премьер-министр Индии X проведут переговоры"), where
    nothing else is coordinated with them ("… X посетил Ригу": one person, his both)."""
    posts = {post_key(first.office), post_key(second.office)}
    if len(posts) == 2 and posts <= STATE_HEADS and second.state.startswith("state/"):
        return True
    head = doc[first.head]
    verb = head.head if head.dep_ in SUBJECTS and head.head.pos_ in ("VERB", "AUX") else None
    if verb is None and second.state.startswith("state/") and _head_and_government(posts):
        return True
    conjuncts = [c.i for t in (head, doc[second.head], *doc[name[0] : name[1]])
                 for c in t.children if c.dep_ == "conj"]  # fmt: skip
    if verb is None or conjuncts != [second.head]:
        return False
    return "Plur" in verb.morph.get("Number")


def _head_and_government(posts: set[str]) -> bool:
    """A state's head's rank and its head of government's title ("с президентом и
    премьер-министром Индии X", "королём и премьер-министром"): two offices nearly every
    state gives two people, so a name after both, told by no verb, holds the title nearest
    it alone, the other unnamed. Decided: "с президентом и председателем правительства X"
    too, though a few states' presidents have chaired their governments (h-names132)."""
    return bool(posts & STATE_HEADS) and bool(posts & GOVERNMENT_HEADS)


def carried_states(
    doc: Doc,
    given: dict[int, GivenOffice],
    titles: Sequence[Title] = (),
    persons: Sequence[tuple[int, int]] = (),
) -> dict[int, GivenOffice]:
    """`given` with the state of a state's post carried to the next holder's post of a list
    of posts each before its own name ("министр обороны Чили X и начальник генштаба Y",
    "посол Чили X, военный атташе Y и консул Z"), by each name's first token: a
    post the words of which name no state or body (`_takes_state`), joined by "и" or a
    comma to the stretch of the post and name before it in the same case, is of that one's
    state, where it is another office. Its own state or body stays ("… и начальник
    генштаба Перу Y", "… и генсек НАТО Y"); two holders of one office are of two states
    ("президент Чили X и президент Y"). Pass forty-eight, own sentences (h-offices61).
    The post before may give its name no office (`titles`, `persons`: the name the
    tagger reads in another case, "от генерального секретаря ЦК … Вьетнама То Лама и
    президента Y"): its title's state is carried all the same (seventy-first pass,
    h-names160)."""
    out = dict(given)
    by_end = {g.end_char: start for start, g in given.items()}  # each stretch's end → its name
    titled = _titled_names(titles, persons)  # each name's end token → the title before it
    for start in sorted(out):
        g = out[start]
        if g.state or g.title.start >= start or not _takes_state(doc, g.title):
            continue
        i = g.title.start
        while i > 0 and doc[i - 1].lower_ in (",", "и") and g.title.start - i < 2:
            i -= 1
        if i == g.title.start or i == 0:
            continue
        before = out.get(by_end.get(doc[i - 1].idx + len(doc[i - 1]), -1))
        title = before.title if before is not None else titled.get(i)
        state = before.state if before is not None else title.state if title else ""
        if (
            title is not None
            and state.startswith("state/")
            and alike(title.case, g.title.case)
            and post_key(title.office) != post_key(g.office)
        ):
            out[start] = replace(g, state=state)
    return out


def _titled_names(titles: Sequence[Title], persons: Sequence[tuple[int, int]]) -> dict[int, Title]:
    """Each name's end token → the singular title right before the name."""
    by_end = {t.end: t for t in titles if not t.plural}
    return {end: by_end[start] for start, end in persons if start in by_end}


def _takes_state(doc: Doc, title: Title) -> bool:
    """Whether a post of no state may be the state's of the post listed before it: one only
    a state fills or an official's (`office_kinds.tsv`: "посол", "атташе"), singular,
    naming no body ("председатель партии", "вице-президент компании" do); not a rank, a
    profession, a city's head, a role said generically ("лидер оппозиции") or a post noun."""
    office = title.said or title.office
    if title.state or title.foreign or title.plural or title.generic or title.post:
        return False
    head = title_lemma(doc[title.head].lemma_)
    if ranked(title) or is_trade(office) or head in CITY_POSTS:
        return False  # "мэр Y": a city's, whichever
    return state_post(office) or office in official_posts() or head in official_posts()


def paired(
    doc: Doc, by_end: dict[int, Title], names: dict[int, int]
) -> dict[int, tuple[Title, int]]:
    """Two names joined by "и" right after two singular titles joined by "и" ("король и
    королева Бельгии Филипп и Матильда", "президентом и вице-президентом Перу X и Y"): by
    each name's first token, the title it holds, in their order, and the first name's
    start. Not where the second name has a title of its own ("… X и министр обороны Y"),
    nor a list of more names ("X, Y и Z")."""
    out = {}
    for first, end in names.items():
        second_title = by_end.get(first)
        if second_title is None or second_title.plural:
            continue
        first_title = _joined_before(doc, by_end, second_title)
        if first_title is None or first_title.plural:
            continue
        if end >= len(doc) or doc[end].lower_ != "и":
            continue
        second = right_of(doc, end + 1)
        last = names.get(second)
        if last is None or second in by_end:
            continue
        more = last + 1 < len(doc) and doc[last].text in ("и", ",")
        if more and right_of(doc, last + 1) in names:
            continue  # "X и Y, Z": a list of more names
        out[first] = (first_title, first)
        out[second] = (second_title, first)
    return out


def _same_place(a: Title, b: Title) -> bool:
    """The two titles end at one token (one of them read with its complement before it)."""
    return a.end == b.end


def _rank_held(by_start: dict[int, Title], g: GivenOffice, start: int) -> GivenOffice | None:
    """The military rank between the office and the name, which the name holds besides the
    office ("Министр обороны Египта генерал X": a general of Egypt), as of its state."""
    rank = by_start.get(g.title.end)
    if rank is None or rank.end != start or rank.office in HONORIFICS or not ranked(rank):
        return None
    state = g.state if g.state.startswith("state/") and rank.office not in STATELESS_RANKS else ""
    return given_by_title(replace(rank, state=state), rank.start_char, g.end_char, g.current)


def _ranked_predicate(
    doc: Doc, titles: list[Title], g: GivenOffice, start: int, names: dict[int, int]
) -> GivenOffice | None:
    """The office the clause gives a name that a bare rank stands right before ("Генерал X
    ранее был министром обороны Перу", "Адмирал X занимал пост министра обороны"): the rank
    is the name's title, and the predicate after it, read as for a name alone (`predicate_office`,
    `left`), its other office, past or present as the verb tells. An office told before
    the verb ("Министром обороны Перу стал генерал X") is `office_appointed_as`'s; one denied
    ("никогда не был министром") is none."""
    if not ranked(g.title) or g.title.state or g.title.end != start or start not in names:
        return None
    end = names[start]
    told = predicate_office(doc, titles, start, end) or left(doc, titles, start, end)
    if told is None or told.title.start < end or (told.verb >= 0 and negated(doc[told.verb])):
        return None
    return told


def _governed(doc: Doc, by_end: dict[int, Title], title: Title | None) -> Title | None:
    """A genitive title with the singular title right before it that governs it, as that
    title's office ("заместитель премьер-министра и министр иностранных дел X": the deputy
    premier's post, not the premier's genitive, which agrees with no title after "и")."""
    governor = by_end.get(title.start) if title is not None and title.case == "Gen" else None
    if title is None or governor is None or governor.plural or governor.case == "Gen":
        return title
    return complemented(doc, title, governor)


def _joined_before(doc: Doc, by_end: dict[int, Title], title: Title) -> Title | None:
    """The title joined by "и" before `title`, past its adjectives ("президент и
    операционный директор")."""
    i = title.start
    while i > 0 and doc[i - 1].pos_ == "ADJ":
        i -= 1
    return by_end.get(i - 1) if i >= 2 and doc[i - 1].lower_ == "и" else None


def _listed_before(doc: Doc, by_end: dict[int, Title], title: Title) -> Title | None:
    """The singular title a comma joins before the title beside a name, in its case, where
    the name is the subject of a verb in the singular ("Вице-президент Международной
    федерации волейбола, глава Национального олимпийского комитета Перу Андрес Перес
    выставил свою кандидатуру"): the same person's first post, with its own state or body
    only; None where the verb is plural ("премьер-министр Италии, канцлер Германии X
    встретились": two people) or no such title stands there. Pass forty-seven, own
    sentences (h-offices59)."""
    if title.start < 2 or doc[title.start - 1].text != ",":
        return None
    first = by_end.get(title.start - 1) or _party_before(doc, by_end, title.start - 1)
    if first is None or first.plural or first.former != title.former:
        return None
    if not alike(first.case, title.case) or title.case != "Nom":
        return None
    subject = doc[title.head]
    while subject.dep_ in ("appos", "conj") and subject.head.i < subject.i:
        subject = subject.head  # "…, глава НОК Перу" hung on the first title
    verb = subject.head if subject.dep_ == "nsubj" else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or "Sing" not in verb.morph.get("Number"):
        return None
    return first if first.state or first.foreign else replace(first, state="")


def _party_before(doc: Doc, by_end: dict[int, Title], comma: int) -> Title | None:
    """The title before a party one was elected for that ends at the comma ("депутат
    парламента Египта от Партии свободы и справедливости,"): no verb nor other punctuation
    than quotes between; None where none."""
    at = next((k for k in range(comma - 1, max(comma - 12, 0), -1) if doc[k].lower_ == "от"), None)
    if at is None or at not in by_end:
        return None
    between = doc[at:comma]
    if any(t.pos_ in ("VERB", "AUX") or (t.is_punct and t.text not in '«»"') for t in between):
        return None
    return by_end[at]


def _aside(
    doc: Doc, titles: list[Title], g: GivenOffice, end: int | None, names: dict[int, int]
) -> GivenOffice | None:
    """The second office of a name with a title before it that a title between commas after
    it gives, former or now held ("Экс-премьер Японии Фумио Кисида, ныне депутат парламента,",
    "Посол Египта Амр Хамами, бывший заместитель министра иностранных дел,"): not one
    another name after it takes ("…, министр финансов Синиша Мали"), nor the title's own."""
    if end is None or g.start_char > doc[end - 1].idx or g.title.end > end:
        return None  # the office is not the title before the name
    after = title_after_name(doc, end, {t.start: t for t in titles})
    if after is None or after.plural or not alike(after.case, g.title.case):
        return None
    after = with_complement(doc, titles, after)  # ", бывший заместитель министра …"
    if after.end >= len(doc) or doc[after.end].text != "," or names_next(doc, after, set(names)):
        return None
    then = any(t.lower_ in THEN for t in doc[end : after.start])
    marked = then or after.former or any(t.lower_ in NOW for t in doc[end : after.start])
    if not marked and _title_next(doc, after.end, {t.start: t for t in titles}):
        return None  # "Макрон, премьер-министр Италии, канцлер Германии и …": a list
    if _posted_abroad(doc, after) and g.state.startswith("state/"):
        after = replace(after, state=g.state)  # "Посол Египта X, бывший посол в Китае"
    return given_by_title(after, doc[after.start].idx, after.end_char, current=not then)


def _posted_abroad(doc: Doc, title: Title) -> bool:
    """A title of no state of its own whose words "в"/"при" and a place follow ("посол в
    Китае", "представитель при ООН"): where the post is, not whom it serves; a state's envoy
    there serves the state the person holds an office of."""
    words_end = title.words_end or title.end
    return not title.state and words_end < title.end and doc[words_end].lower_ in POSTED_AT


def _title_next(doc: Doc, comma: int, by_start: dict[int, Title]) -> bool:
    """Whether another title, or "и" and one, follows the comma: the title before it is one
    of a list of unnamed titles, not an aside about the name before them."""
    i = right_of(doc, comma + 1)
    if i < len(doc) and doc[i].lower_ == "и":
        i = right_of(doc, i + 1)
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
    if i >= 3 and doc[i - 1].lower_ in NOW and doc[i - 2].lower_ == "а" and doc[i - 3].text == ",":
        before = by_end.get(i - 3)
        return before if before is not None and before.former and not before.plural else None
    j = title.end
    joined = j + 3 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "а"
    if not title.former or not joined or doc[j + 2].lower_ not in NOW:
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


def plural_complemented(doc: Doc, by_start: dict[int, Title], title: Title) -> Title:
    """A plural title with the genitive titles right after it as its complement
    ("Заместители министра обороны Чили": each a deputy minister of defence of Chile)."""
    while (complement := by_start.get(title.end)) is not None and complement.case == "Gen":
        if complement.plural:
            break
        title = complemented(doc, complement, title)
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
        if token.text in NAME_OPENERS and j + 1 in names:
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
    return doc[i].lower_ == "и" or (doc[i].text == "," and right_of(doc, i + 1) in names)


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
        start = right_of(doc, sep + 1)
        if start not in names:
            return []
        listed.append((start, names[start]))
        if doc[sep].lower_ == "и":
            return [] if _third_name(doc, _past_aside(doc, names[start]), names) else listed


def _list_closes(doc: Doc, i: int, by_start: dict[int, Title]) -> bool:
    """Whether a list of names separated by commas ends at token `i`: the sentence ends
    there, or "и" opens another group under a plural title of its own."""
    if i >= len(doc) or doc[i].text in CLAUSE_ENDS:
        return True
    if doc[i].lower_ != "и":
        return False
    i += 1
    while i < len(doc) and doc[i].pos_ == "ADJ":
        i += 1  # "и минские гандболистки"
    group = by_start.get(i)
    return group is not None and group.plural


def respective(
    doc: Doc, title: Title, names: dict[int, int], by_start: dict[int, Title]
) -> dict[int, GivenOffice]:
    """A plural title right before coordinated names gives each the office, and the
    states it names, in their order ("Министры иностранных дел Турции и Египта Хакан
    Фидан и Самех Шукри"), or the one it names to all ("Вице-президенты МОК Томас Бах
    (Германия) и Хуан Антонио Самаранч (Испания)", "актрисы A, B и C"); "двух стран" names
    neither. Not one name. A mission's seat after the title or its states ("постоянные
    представители двух стран при ООН A и B", "послы Чили и Перу в Японии A и B") stands
    between it and the names too, and names no state of theirs, as the title's own
    complement after its states does."""
    states, i = _states_listed(doc, title)
    both = [t.lemma_ for t in doc[i : i + 2]]
    if i == title.end and both[:1] in (["два"], ["оба"]) and both[1:] == ["страна"]:
        states, i = [], i + 2
    seats = _past_seats(doc, i)
    if seats == i == title.end:
        i, served = _complement_gap(doc, title, i, names)
        states = states or served
    else:
        i = _complement_gap(doc, title, seats, names)[0]
    i = _such_as(doc, i)
    listed = _listed(doc, i, names, by_start) if i in names else []
    if len(states) != len(listed):
        states = states[:1] * len(listed) if len(states) == 1 else [""] * len(listed)
    return {
        start: given_by_title(
            replace(title, state=state, plural=False),
            title.start_char,
            doc[end - 1].idx + len(doc[end - 1]),
        )
        for (start, end), state in zip(listed, states, strict=True)
    }


def _past_seats(doc: Doc, i: int) -> int:
    """Token index `i` moved past the seats of a mission after a plural title and its states:
    "при"/"в" and a body's or place's name ("при ООН", "при Организации Объединенных Наций",
    "в Японии"), however the parse hangs them (on the verb, a participle inside the name);
    where the holders serve, not whom."""
    while i + 1 < len(doc) and doc[i].lower_ in POSTED_AT:
        seat = next((e for e in doc.ents if e.start == i + 1 and e.label_ in _SEATS), None)
        if seat is None:
            break
        i = seat.end
    return i


# Entities a mission's seat is named by: a body ("при ООН") or a place ("в Японии").
_SEATS = frozenset(["ORG", "LOC"])


def _such_as(doc: Doc, i: int) -> int:
    """Token index `i` moved past ", как" or ", такие как" after a plural title, which open
    the names it gives as examples ("с такими режиссёрами, как X, Y и Z")."""
    words = [t.lower_ for t in doc[i : i + 3]]
    if words[:2] == [",", "как"]:
        return right_of(doc, i + 2)
    if words[:1] == [","] and doc[i + 1 : i + 2].lemma_ == "такой" and words[2:] == ["как"]:
        return right_of(doc, i + 3)
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


def one_of(doc: Doc, title: Title, names: dict[int, int]) -> dict[int, GivenOffice]:
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
    if end is None or not agree(case_of(doc[i]), case_of(one)):
        return {}
    office = replace(title, plural=False, state=title.state or next(iter(served), ""))
    return {i: given_by_title(office, one.idx, doc[end - 1].idx + len(doc[end - 1]))}


# Words of "and other such" between listed names and a plural title: "A, B и другие
# художники" says A and B are painters.
_OTHERS = frozenset(["другой", "прочий", "остальной"])


def and_others(doc: Doc, title: Title, names: dict[int, int]) -> dict[int, GivenOffice]:
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
    listed, end = [], left_of(doc, i - 1)
    separators = {","}
    if doc[i - 1].lower_ == "а" and doc[end - 1].text == ",":
        end = left_of(doc, end - 1)  # "X и Y, а также других": the list "и" closed
        separators.add("и")
    while (start := by_end.get(end)) is not None:
        listed.append((start, end))
        if start < 2 or doc[start - 1].lower_ not in separators:
            break
        end = left_of(doc, start - 1)
    office = replace(title, plural=False)
    return {start: given_by_title(office, doc[start].idx, title.end_char) for start, _ in listed}
