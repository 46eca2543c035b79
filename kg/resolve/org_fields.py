"""An organization's span widened to what names it: a field after its noun, a number, a work's
or a body's title, a Latin name beside it. Split out of kg/resolve/organizations.py."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from functools import cache
from pathlib import Path

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from kg.doc_text import doc_text, token_strings
from kg.gazetteer import Gazetteer, normalize
from kg.lexicon import load_list
from kg.nlp.deps import preposition
from kg.nlp.marks import DASHES
from kg.nlp.morph import case_of, cases_of, is_animate, morph, upper_first
from kg.resolve.body_states import body_of, org_names, state_adjectives, state_body
from kg.resolve.name_forms import one_name
from kg.resolve.name_lexicons import common_word, is_first_name, listed_surname
from kg.resolve.not_orgs import (
    PERSON_GRAMMEMES,
    dateline_place,
    named_in_full,
    office_holders,
    party_leader,
    thing_named,
    undeclined_leader,
)
from kg.resolve.not_persons import batch
from kg.resolve.org_forms import closes_quote, latin_letter
from kg.resolve.org_modifiers import (
    adjectives_start,
    council,
    field_end,
    lemmas_of,
    part_noun,
    past_genitives,
    region_phrase,
    state_after_noun,
)
from kg.resolve.org_naming import (
    FIELDED_PART,
    LOCAL_BODY,
    NOT_NAMES,
    POSTED_IN,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    WORDS,
    in_quotes,
    organization_name,
)
from kg.resolve.title_lexicon import is_office


def with_field(found: tuple[Span, str, str], gazetteer: Gazetteer) -> list[tuple[Span, str, str]]:
    """An organization with the "по" phrase of its field after it (`field_end`): another
    body than the one named without it, the gazetteer's only where it knows the whole; the
    one named without it stays a mention of its own ("Сборная Чили [по футболу]"), unless
    it is a part of a body (part_bodies.txt: "комитета Госдумы [по обороне]"; a lower-case
    body's noun before whose it is, `_lower_part`: "управления президента Турции [по связям
    с общественностью]"; a FIELDED_PART:
    "Агентство ООН [по делам беженцев]"), the tagger cut it inside the phrase ("Управления
    по контролю [за оборотом …]") or without it it is a kind of body the gazetteer does not
    know, no name ("Международный уголовный трибунал [по Руанде]": `_kind_only`)."""
    span = found[0]
    end = field_end(span)
    if end == span.end:
        return [found]
    doc = span.doc
    whole = doc[span.start : end]
    # the phrase as written, after the name in the nominative: its nouns hang on the body
    name = upper_first(organization_name(span)) + doc_text(doc)[span.end_char : whole.end_char]
    entry = (whole, org_names(gazetteer).get(normalize(name), ""), name)
    cut = (
        doc[span.end].lower_ != "по"
        or region_phrase(doc[span.end : end])
        or part_noun(span.root)
        or span.label_ == FIELDED_PART
        or council(span)  # "Высший совет" alone names no body
        or (not found[1] and _kind_only(span))
        or (not found[1] and _lower_part(span))
        or (not found[1] and state_after_noun(span))
    )
    return [entry] if cut else [found, entry]


def _lower_part(span: Span) -> bool:
    """A lower-case noun of a body named by its field (group `field`) opening a name with
    the genitive of whose it is ("управления президента Турции [по связям с
    общественностью]"): a department, named only with its field; not the body alone."""
    return len(span) > 1 and span[0].text.islower() and span[0].lemma_ in WORDS["field"]


def _kind_only(span: Span) -> bool:
    """A name with no capitalised word, figure or mark past its first ("Международный
    уголовный трибунал", "Комитет") but adjectives ("Гаагский Международный трибунал"):
    words of a kind of body, no one body's name, as "Сборная Чили" is."""
    return all(t.is_alpha and (t.text[:1].islower() or t.pos_ == "ADJ") for t in span[1:])


def named_by_genitive(doc: Doc) -> list[Span]:
    """A singular noun of a body named by what it governs (group `governs`), untagged, with
    the lower-case genitive words hanging on it ("администрации города", "столичного
    департамента потребительского рынка", "администрации президента") or an adjective of
    group `local` before it ("городской администрации"), and its adjectives: an
    organization of this text alone (LOCAL_BODY). Not the noun alone ("администрация
    заявила"), nor bodies of a kind ("департаменты министерства")."""
    out = []
    for noun in lemmas_of(doc, WORDS["governs"]):
        end = past_genitives(noun)
        start = adjectives_start(noun)
        local = any(t.lemma_.lower() in WORDS["local"] for t in doc[start : noun.i])
        if end > noun.i + 1 or local:
            out.append(Span(doc, start, end, LOCAL_BODY))
    return out


def person_administrations(doc: Doc, ents: Sequence[Span]) -> list[tuple[Span, str]]:
    """A noun of group `led` ("администрация"), singular, with the genitive of a person's
    office between ("администрации президента") or none, right before a person the tagger
    names hanging on them ("администрацию президента Джастина Трюдо", "администрации
    Трюдо"): that person's administration, one body under either wording, named
    "Администрация Трюдо" by the surname as written; the span ends before the person, whose
    words stay a person's, and the body's mention runs over them once the persons are read
    (`document._leader`: NEREL's span, the person nested in it; fifty-fourth pass). Not a
    noun before a state ("администрации президента Мексики"), nor before a person of another
    word ("администрация, Трюдо заявил"). Forty-sixth pass, h-orgs50."""
    persons = {e.start: e for e in ents if e.label_ == "PER"}
    persons.update((p.start, p) for p in (party_leader(e, ents) for e in ents) if p is not None)
    out = []
    for noun in lemmas_of(doc, WORDS["led"]):
        end = noun.i + 1
        if end < len(doc) and doc[end].text.islower() and "Gen" in doc[end].morph.get("Case"):
            end += is_office((doc[end].lemma_,))
        person = persons.get(end)
        if person is None or person.root.dep_ not in ("nmod", "appos"):
            continue
        if person.root.head.i not in range(noun.i, end) or _room(noun, end):
            continue
        if noun.lemma_.lower() in WORDS["party"] and not _party_of(noun, person, ents):
            continue
        name = f"{upper_first(noun.lemma_)} {person[-1].text}"
        out.append((doc[adjectives_start(noun) : end], name))
    return out


def _party_of(noun: Token, person: Span, ents: Sequence[Span]) -> bool:
    """A party (group `party`) named by its leader: right before the leader's surname in the
    genitive, declined ("Партия Макрона победила", "партии Орбана"; fifty-fifth pass,
    h-orgs66), or a person's name that never declines ("партии Кастильо", "Партия Мадуро":
    `undeclined_leader`; fifty-sixth pass, h-orgs67). Not a nominative in apposition ("лидер
    партии Игорь Петров"), an undeclined word of no person (the party's own name, h-orgs62's:
    "партия Комэйто"), a batch of goods ("прибыла партия Пежо", `batch`), a game of two
    players ("партия Карлсена против Ароняна")."""
    doc, surname = person.doc, person[-1]
    if person.start != noun.i + 1:
        return False
    declined = "Gen" in surname.morph.get("Case") and surname.lower_ != surname.lemma_.lower()
    if not declined and not undeclined_leader(person, ents):
        return False
    if person.end < len(doc) and doc[person.end].lower_ in _OPPONENT_WORDS:
        return False
    return not batch(noun)


# after the first player of a game: "партия Карлсена [против] Ароняна", "[с]", "[и]", "[—]"
_OPPONENT_WORDS = frozenset({"против", "с", "со", "и", *DASHES, "-"})


def _room(noun: Token, end: int) -> bool:
    """A "кабинет" that is a room, not a cabinet named after its head: an office between
    ("в кабинете министра Хаяси", where a cabinet is "кабинет министров"), or a word of
    group `room` on it ("личный кабинет", "рабочий кабинет"). Fifty-fourth pass, h-orgs65."""
    if noun.lemma_.lower() != "кабинет":
        return False
    return end > noun.i + 1 or any(c.lemma_.lower() in WORDS["room"] for c in noun.children)


def coordinated_bodies(doc: Doc, gazetteer: Gazetteer) -> list[tuple[Span, str, str]]:
    """Two capitalised adjectives that "и" joins before a plural noun of group
    `coordinated` in their case ("бойцов Ленинградского и Волховского фронтов", "Северного
    и Южного фронтов"): two bodies, each adjective with the noun in the singular
    ("Ленинградский фронт", "Волховский фронт"), the gazetteer's key where it knows the
    name; the first one's span is its adjective alone. Not a state's adjective
    ("Эстонской и Латвийской армий": the states' bodies), nor lower-case adjectives
    ("северного и южного флангов"), nor a noun a name follows ("… партий Мексики").
    Forty-sixth pass, h-orgs50."""
    out: list[tuple[Span, str, str]] = []
    states = state_adjectives(gazetteer)
    names = org_names(gazetteer)
    lemmas = token_strings(doc, LEMMA)
    for noun in (
        doc[i] for i, lemma in enumerate(lemmas) if i >= 3 and lemma in WORDS["coordinated"]
    ):
        first, joiner, second = doc[noun.i - 3], doc[noun.i - 2], doc[noun.i - 1]
        if joiner.lower_ != "и":
            continue
        if "Plur" not in noun.morph.get("Number") or not noun.text.islower():
            continue
        if noun.i + 1 < len(doc) and doc[noun.i + 1].text[:1].isupper():
            continue  # "Демократической и Республиканской партий Мексики": of whom, unsaid
        adjectives = (first, second)
        if not all(a.pos_ == "ADJ" and a.text[:1].isupper() for a in adjectives):
            continue
        if any(case_of(a) != case_of(noun) or normalize(a.lemma_) in states for a in adjectives):
            continue
        parse = next((p for p in morph().parse(noun.lower_) if p.tag.POS == "NOUN"), None)
        if parse is None or parse.tag.gender is None:
            continue
        for adjective, span in (
            (first, doc[first.i : first.i + 1]),
            (second, doc[second.i : noun.i + 1]),
        ):
            read = next((p for p in morph().parse(adjective.lower_) if p.tag.POS == "ADJF"), None)
            agreed = read.inflect({"nomn", "sing", parse.tag.gender}) if read else None
            if agreed is None:
                break
            name = f"{upper_first(agreed.word)} {parse.normal_form}"
            out.append((span, names.get(normalize(name), ""), name))
    return out


def parties_apposed(doc: Doc, ents: Sequence[Span], gazetteer: Gazetteer) -> list[tuple[Span, str]]:
    """A one-word name in apposition after a party's noun (`apposed_to_party`: "партия
    Кыргызстан"), with the name the party takes: a state's name or alias, as written (the
    party named like its state), or a noun or unknown word alone ("партия Гоминьдан", which
    the tagger read as a person's), then with every other case of it in the text
    ("кандидатом Гоминьдана"; h-orgs61); no word of a person's name the tagger gives in
    full, nor a first name."""
    from kg.nlp.gazetteer_filters import apposed_to_party  # it imports this package

    persons = {i for e in ents if e.label_ == "PER" and len(e) > 1 for i in range(e.start, e.end)}
    states = _state_names(gazetteer)
    after_party = (i + 1 for i, lemma in enumerate(token_strings(doc, LEMMA)) if lemma == "партия")
    apposed = [
        t
        for t in (doc[i] for i in after_party if i < len(doc))
        if t.i not in persons
        and not is_first_name(t.text)
        and (
            apposed_to_party(t)
            and (normalize(t.text) in states or _name_alone(t, ents))
            or _undeclined_name(t, states)
            and _name_alone(t, ents)
        )
    ]
    # the name again in another case ("кандидатом Гоминьдана"), which the tagger may read as
    # a person's: the party, not a state's name ("Кыргызстана" is the state)
    # a party's name again is asked of the Doc's words as strings, and only where one is
    # apposed: a pass of `Token`s made one per word of every document (~1 µs each)
    named = {t.i: t.text for t in apposed}
    for i, text in enumerate(token_strings(doc) if apposed else ()):
        if i in named or i in persons or not text[:1].isupper():
            continue
        name = next((a.text for a in apposed if one_name(a.text, text)), "")
        if name and normalize(name) not in states:
            named[i] = name
    return [(doc[i : i + 1], name) for i, name in sorted(named.items())]


# what a word's reading names that no party's one-word name is: a person, a place, a living
# being ("партия Берлускони", "партии Перу", "партия Тельман")
_NO_PARTY_GRAMMEMES = PERSON_GRAMMEMES | {"Geox"}


def _undeclined_name(t: Token, states: Container[str]) -> bool:
    """A capitalised word after "партия" every noun reading of which is undeclined and of
    nothing living, or which the dictionary does not know ("партии Комэйто", "с партией
    Шинхэйто"): the party's own name in any case, which `apposed_to_party` leaves, an
    undeclined word reading as a genitive too (fifty-second pass, h-orgs62). Not a state's
    name ("партии Перу": Peru's), nor a word that reads as a person's or a place's, nor a
    surname natasha lists ("партия Берлускони", "партии Кастильо": the person's party)."""
    if not t.text[:1].isupper() or not t.is_alpha or normalize(t.text) in states:
        return False
    parses = morph().parse(t.lower_)
    if any(_NO_PARTY_GRAMMEMES & p.tag.grammemes for p in parses) or listed_surname(t.text):
        return False
    nouns = [p for p in parses if p.tag.POS == "NOUN"]
    return bool(nouns) and all("Fixd" in p.tag for p in nouns)


def _name_alone(t: Token, ents: Sequence[Span]) -> bool:
    """A capitalised word with no capitalised word after it that the dictionary reads as a
    noun, or does not know ("партия Гоминьдан", "партии Ликуд"): the party's one-word name;
    not an adjective opening a longer name ("партия Справедливая Россия"), nor a word the
    parse hangs elsewhere ("Глава партии Обама уехал"), nor a game's
    players ("партия Карлсен — Аронян": a dash after it, or the surname of a person the text
    names in full)."""
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if after is not None and (after.text[:1].isupper() or after.text in DASHES):
        return False
    if t.head.i != t.i - 1:
        return False  # "Глава партии Обама уехал": the head's name, no apposition
    if named_in_full(t.text, ents):
        return False
    parses = morph().parse(t.lower_)
    return any(p.tag.POS == "NOUN" for p in parses) or not any(p.is_known for p in parses)


@cache
def _state_names(gazetteer: Gazetteer) -> frozenset[str]:
    """The states' names and aliases, normalised (once per gazetteer: ~270 names)."""
    return frozenset(normalize(n) for s in gazetteer.states for n in (s.name, *s.aliases))


def with_pair_noun(span: Span, gazetteer: Gazetteer) -> Span:
    """A quoted name of states alone joined by a dash ("«Франция — Армения»") is no name by
    itself: the body's noun before the quotes, with its genitives and adjectives (group
    `founded` or `pair_quoted`: "группы дружбы", "межправительственной комиссии"), opens
    it, the quotes kept ("группы дружбы «Франция — Армения»"); else the span itself. The
    tagger's states inside such quotes are no state mentions, so the names are read."""
    doc = span.doc
    words = [t for t in span if t.text not in DASHES]
    if (
        not in_quotes(span)
        or len(words) < 2
        or len(words) == len(span)
        or not all(normalize(t.text) in _state_names(gazetteer) for t in words)
    ):
        return span
    noun = doc[span.start - 2] if span.start > 1 else None
    while (
        noun is not None
        and not _pair_body(noun)
        and noun.i > 0
        and _genitive_on(noun, doc[noun.i - 1])
    ):
        noun = doc[noun.i - 1]  # "группы [дружбы]": the genitive hangs on the body's noun
    if noun is None or not _pair_body(noun):
        return span
    return doc[adjectives_start(noun) : span.end + 1]


def _pair_body(noun: Token) -> bool:
    """A body's noun (group `founded` or `pair_quoted`), also as a compound's last part
    ("Бизнес-совет «Вьетнам — Индия»", which the tagger may read as a person; h-orgs85)."""
    lemma = noun.lemma_.lower()
    bodies = WORDS["founded"] | WORDS["pair_quoted"]
    return lemma in bodies or "-" in lemma and lemma.rsplit("-", 1)[1] in bodies


def _genitive_on(word: Token, noun: Token) -> bool:
    """`word` is a lower-case genitive noun the parse hangs on the lower-case noun before it."""
    return (
        word.head.i == noun.i
        and noun.pos_ == "NOUN"
        and noun.text.islower()
        and word.text.islower()
        and case_of(word) == "Gen"
    )


def governing_body(gazetteer: Gazetteer, name: str, span: Span, states: list[Span]) -> str:
    """The key of the body a LOCAL_BODY span names where the gazetteer knows it bare as the
    text's state's (kind `StateBody`: "администрации президента" in a text of Ukraine is
    "Администрация президента Украины"), by `state_body`; "" for any other ("администрации
    города", a body of a state the gazetteer knows none of), which stays the text's own; only
    in a text of one state: in "Министр Украины прибыл в Тбилиси … встретился с главой
    администрации президента" the visitor's state is named most, the host's body meant."""
    if span.label_ != LOCAL_BODY or len({s.kb_id_ for s in states}) != 1:
        return ""  # a visitor's state may be named most, the host's body meant
    key = state_body(gazetteer, name, span, states)
    org = gazetteer.org(key) if key else None
    return key if org is not None and org.kind == "StateBody" and org.state else ""


NUMBER_SIGNS = frozenset(["№", "N"])  # before an institution's number ("школа № 12")
_ORDINAL = re.compile(r"(\d{1,3})-(й|го|я|ой|ая|ую|ом|му|м|е)")
# the genders a singular ordinal's ending agrees with: "-х" and a plural "-е" are decades
_ORDINAL_GENDERS = {
    "й": {"Masc", "Fem"},
    "го": {"Masc", "Neut"},
    "ом": {"Masc", "Neut"},
    "му": {"Masc", "Neut"},
    "м": {"Masc", "Neut"},
    "я": {"Fem"},
    "ая": {"Fem"},
    "ую": {"Fem"},
    "ой": {"Fem"},
    "е": {"Neut"},
}


def numbered(doc: Doc, states: Container[int]) -> list[Span]:
    """An institution a number names (group `numbered`): its noun with its adjectives, "№"
    and the number, and the place's genitive name after it ("школы № 1 Махачкалы",
    "городскую больницу № 3"; not a capital read as its state, at `states`' tokens, nor a
    name that may be a nominative: "лицея № 21 Иваново Ярослав Минников"), or an
    ordinal agreeing with the noun before it ("21-го лицея"): an organization. Not a ward,
    a house ("палата № 4", "дом № 7"), nor a decade ("в 1990-х школа")."""
    out = []
    for noun in lemmas_of(doc, WORDS["numbered"]):
        i = noun.i
        number = _past_spaces(doc, i + 2)  # "№\xa01": a no-break space is a token of its own
        if number < len(doc) and doc[i + 1].text in NUMBER_SIGNS and doc[number].text[0].isdigit():
            end = number + 1
            place = doc[end] if end < len(doc) else None
            if place is not None and place.pos_ == "PROPN" and end not in states:
                end += _genitive_only(place)
            out.append(doc[adjectives_start(noun) : end])
        elif i and _ordinal_of(doc[i - 1], noun):
            out.append(doc[i - 1 : i + 1])
    return out


def _ordinal_of(t: Token, noun: Token) -> bool:
    """`t` is a singular ordinal in digits agreeing with `noun`'s gender ("5-й школы",
    "12-го лицея"): not a year or a decade ("в 1990-х школа", "в 2000-е больница")."""
    found = _ORDINAL.fullmatch(t.text)
    genders = _ORDINAL_GENDERS[found.group(2)] if found else set()
    return bool(genders.intersection(noun.morph.get("Gender")))


def _genitive_only(t: Token) -> bool:
    """The tagger reads `t` as a genitive and no reading of its form is a nominative."""
    return "Gen" in t.morph.get("Case") and "Nom" not in cases_of(t)


def _past_spaces(doc: Doc, i: int) -> int:
    """The first token from `i` that is no whitespace."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def named_otherwise(span: Span) -> bool:
    """natasha's organization names something else: a dateline's place, the holders of an
    office, a thing in apposition, a building or ground ("в Вестминстерском аббатстве"), a
    prize or a network by its quoted name, a kind of body by its abbreviation ("СП")."""
    return (
        dateline_place(span)
        or office_holders(span)
        or thing_named(span)
        or span.root.lemma_.lower() in WORDS["building"]
        or _thing_apposed_after(span)
        or prize_or_network(span)
        or (len(span) == 1 and span.text.lower() in WORDS["kind_abbreviation"])
        or _plant_kind_alone(span)
    )


def _plant_kind_alone(span: Span) -> bool:
    """A power plant's kind by its abbreviation alone (group `plant`: "построит АЭС в
    Польше") in a text that names no plant of that kind by its own name, a capitalised
    adjective or a quoted name beside it ("Нарвская ГЭС", "АЭС «Аккую»"): a plant, no body.
    Where one is named, the bare kind may be that one (forty-fifth pass)."""
    if len(span) != 1 or span.text.lower() not in WORDS["plant"]:
        return False
    doc = span.doc
    for t in doc:
        if t.text != span.text:
            continue
        before = doc[t.i - 1] if t.i > 0 else None
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if before is not None and before.pos_ == "ADJ" and before.text[:1].isupper():
            return False
        if after is not None and after.text in QUOTES_OPEN:
            return False
    return True


def prize_or_network(span: Span) -> bool:
    """A quoted name right after a prize's noun (group `award`: "премий «Эмми»"), or a
    network's own name after "сеть" (group `network`: "в сети «Интернет»"): the prize or
    the network, no organization; not a chain's name ("сеть «Пятёрочка»")."""
    doc, at = span.doc, span.start - 2
    if at < 0 or doc[at + 1].text not in QUOTES_OPEN:
        return False
    noun = doc[at].lemma_.lower()
    return noun in WORDS["award"] or (
        noun == "сеть" and len(span) == 1 and span[0].lemma_.lower() in WORDS["network"]
    )


_APPOSED_GAP = 3  # "— тем же самым веществом": the words before the noun


def _thing_apposed_after(span: Span) -> bool:
    """A quoted name followed by a dash or comma and a noun of a substance or a work in its
    case ("отравлены «Новичком» — тем же веществом", "«Ветер», сборник стихов"): the
    thing's name, no organization. Not a noun of an organization ("«Вектор» — компания")."""
    doc = span.doc
    at = span.end + (span.end < len(doc) and doc[span.end].text in QUOTES_CLOSE)
    at = _past_spaces(doc, at)
    if span.start == 0 or doc[span.start - 1].text not in QUOTES_OPEN:
        return False
    if at >= len(doc) or doc[at].text not in (*DASHES, ","):
        return False
    cases = set(span.root.morph.get("Case"))
    for t in doc[at + 1 : at + 2 + _APPOSED_GAP]:
        if t.pos_ in ("NOUN", "PROPN"):
            same = not cases or bool(cases & set(t.morph.get("Case")))
            return same and t.lemma_.lower() in WORDS["apposed"]
    return False


_TITLE_WORDS = 3  # "Larry King Now": a brand news puts after a work's noun is shorter


def work_titled(span: Span, gazetteer: Gazetteer) -> bool:
    """A Latin name of three words or more the gazetteer does not know right after a noun of
    a work or an event (group `opus`: "на церемонии MTV Europe Music Awards", "Программа Larry
    King Now"): its title, no organization; a known one or a brand there is its owner
    ("сериал Netflix", "Передача BBC")."""
    at = span.start - 1
    return (
        at >= 0
        and span.doc[at].lemma_ in WORDS["opus"]
        and len(span.text.split()) >= _TITLE_WORDS
        and _LATIN_NAME.fullmatch(span.text) is not None
        and normalize(span.text) not in org_names(gazetteer)
    )


def listed_title(span: Span, gazetteer: Gazetteer) -> bool:
    """A Latin name the gazetteer does not know later in a list of Latin titles after a noun
    of a song, film or book, whose first one is a title (`work_titled`: "песни Forever and
    Ever, Quand je t’aime, Una Paloma Blanca"): a title too, however short. Not after a
    programme's noun: "программам Face the Nation, Al Jazeera и Sky News" lists outlets."""
    doc, at = span.doc, span.start - 1
    while at >= 0 and (doc[at].text in (",", "и") or _LATIN_WORD.fullmatch(doc[at].text)):
        at -= 1
    first = doc[at + 1 : span.start]
    comma = next((t.i for t in first if t.text == ","), None)
    return (
        comma is not None
        and at >= 0
        and doc[at].lemma_ in WORDS["piece"]
        and _LATIN_NAME.fullmatch(span.text) is not None
        and normalize(span.text) not in org_names(gazetteer)
        and work_titled(doc[at + 1 : comma], gazetteer)
    )


# One word of an abbreviation and a lower-case word joined by a hyphen ("ДНК-теста")
_ABBREVIATED_KIND = re.compile(r"[A-ZА-ЯЁ]{2,}-([а-яё]+)")


def abbreviated_kind(span: Span, gazetteer: Gazetteer) -> bool:
    """One word of an abbreviation and a common noun joined by a hyphen ("ДНК-теста",
    "IT-компании"): a kind of thing or of body the abbreviation says what of, no name. Not
    one in quotes ("«КАМАЗ-мастер»") nor one the gazetteer knows, also with a space for the
    hyphen ("РИА-новости")."""
    kind = _ABBREVIATED_KIND.fullmatch(span.text) if len(span) == 1 else None
    names = org_names(gazetteer)
    return (
        kind is not None
        and common_word(kind.group(1))
        and not in_quotes(span)
        and not any(normalize(n) in names for n in (span.text, span.text.replace("-", " ")))
    )


_TITLE_QUOTED = 8  # words of one quoted title in a list ("«Брюс всемогущий»")


def quoted_title_listed(span: Span) -> bool:
    """A name in quotes in a list of quoted names, joined by "," or "и", right after a noun
    of a song, a film or a book (group `piece`: "в фильмах «Тихая гавань», «Прорыв»"; or
    after it and a colon, each title with its year in brackets or not: "сняты фильмы: «Воры»
    (1988 год), «Кармелита» (ожидается 2016 год)"): a title as the first is, no
    organization. Not where other words break the list ("в фильме «Буря», а газета
    «Прорыв»")."""
    doc, at = span.doc, span.start - 1
    if not in_quotes(span):
        return False
    while at >= 1 and doc[at].text in QUOTES_OPEN:
        if doc[at - 1].lemma_ in WORDS["piece"]:
            return True
        if doc[at - 1].text == ":" and at >= 2 and doc[at - 2].lemma_ in WORDS["piece"]:
            return True  # "сняты фильмы: «Воры» (1988 год), …"
        closing = _past_dated(doc, at - 2)
        if doc[at - 1].text not in (",", "и") or closing < 0:
            return False
        if doc[closing].text not in QUOTES_CLOSE:
            return False
        at = closing - 1
        while at > max(0, closing - _TITLE_QUOTED) and doc[at].text not in QUOTES_OPEN:
            at -= 1
    return False


_DATED_WORDS = 5  # "(ожидается 2016 год)": the words of a title's year in brackets


def _past_dated(doc: Doc, at: int) -> int:
    """Before a year in brackets closing at `at` ("«Воры» (1988 год)"): the token before its
    opening bracket; else `at`."""
    if at < 0 or doc[at].text != ")":
        return at
    for i in range(at - 1, max(-1, at - 2 - _DATED_WORDS), -1):
        if doc[i].text == "(":
            dated = any(t.like_num and len(t.text) == 4 for t in doc[i + 1 : at])
            return i - 1 if dated else at
    return at


def with_article(span: Span) -> Span:
    """A known name with the foreign article that opens it in the text ("The Independent",
    "Der Spiegel"), which the gazetteer matches without: the article is a word of the name."""
    before = span.doc[span.start - 1] if span.start else None
    if before is None or not before.text[:1].isupper():
        return span
    return span.doc[span.start - 1 : span.end] if before.lower_ in WORDS["article"] else span


def with_own_state(span: Span, states: list[Span], gazetteer: Gazetteer) -> Span:
    """A known body with its own state's name right after it ("Госдумы РФ", as "МИД РФ"):
    the state is a word of the name, the span keeping the body's key. Not another state's
    ("Госдумы Украины"), nor a state after a name that ends in one: "[банк России] Россия и
    Египет договорились" named "банк России Россия", the next clause's subject taken in and
    the row's own adjective then lost (seventy-second pass, h-orgs86)."""
    known = gazetteer.org(span.kb_id_)
    after = next((s for s in states if s.start == span.end and s.id_ not in NOT_NAMES), None)
    if known is None or not known.state or after is None or _ends_in_state(span, states):
        return span
    entry = gazetteer.state(after.kb_id_)
    if entry is None or entry.iso3 != known.state:
        return span
    return Span(span.doc, span.start, after.end, label=span.label_, kb_id=span.kb_id_)


def _ends_in_state(span: Span, states: list[Span]) -> bool:
    """The span's last words are a state's name ("банк России")."""
    return any(s.end == span.end and span.start < s.start for s in states)


def with_naming_adjectives(span: Span, gazetteer: Gazetteer) -> Span:
    """A known state's body found by a name inside the one the text gives, with the
    capitalised adjectives of that name right before it ("Центрального [банка Мексики]": the
    row "Банк Мексики"), where the text's name is that body too (`body_of`: "Центральный
    банк" of Mexico is its one central bank): the adjectives are words of the mention
    (seventy-first pass, h-orgs85). Not adjectives of another body ("Европейского [банка
    …]"), nor lower-case ones."""
    known = gazetteer.org(span.kb_id_)
    if known is None or not known.state or not span[0].text.islower():
        return span
    doc, start = span.doc, span.start
    while start and doc[start - 1].pos_ == "ADJ" and doc[start - 1].text[:1].isupper():
        start -= 1
    if start == span.start or any(t.head.i != span.start for t in doc[start : span.start]):
        return span
    name = upper_first(organization_name(doc[start : span.start + 1]))
    said = body_of(gazetteer, name, f"state/{known.state}")
    return doc[start : span.end] if said is not None and said.key == known.key else span


def bracket_parts(span: Span | None) -> list[Span]:
    """A name and a second name of it in brackets after it, which the tagger takes in as
    one ("Фонда защиты лесов (Forest Protection Fund)", "МИД (Форин-офис)"): each a
    mention of its own. Not lower-case words in brackets ("(дочерняя компания)")."""
    if span is None:
        return []
    doc, last = span.doc, span.end - 1
    opening = [t.i for t in span if t.text == "("]
    if len(opening) != 1 or not span.start < opening[0] < last - 1 or doc[last].text != ")":
        return [span]
    if not doc[opening[0] + 1].text[:1].isupper() or ")" in doc[opening[0] : last].text:
        return [span]
    return [doc[span.start : opening[0]], doc[opening[0] + 1 : last]]


# A name in Latin letters: capitalised, of words, digits, "&", dots, dashes, apostrophes.
# Wider than careers' and build_links' `_LATIN_NAME`: the whole text in brackets must match,
# and an organization's own name there may have accents and digits ("Universidad de São").
_LATIN_NAME = re.compile(r"[A-Z][A-Za-zÀ-ÿ0-9&.'’\- ]*")
_LATIN_NAME_WORDS = 8
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9&.'’\-]+")  # any word of a Latin title: "je", "t’aime"


def latin_names_after(found: list[Span]) -> list[Span]:
    """A Latin name in brackets right after an organization's name, past its closing quote
    ("«Лима Кроникл» (Lima Chronicle)", "университета Сантьяго (Universidad de Santiago)"):
    the organization's own name, a mention of its own. Not after the name of a person's
    organization ("глава компании «Андстрой» (Juan Perez)"): the person's name."""
    out = []
    for span in found:
        if _of_person(span):
            continue
        named = _latin_in_brackets(span.doc, span.end + closes_quote(span))
        if named is not None:
            out.append(named)
    return out


LATIN_GIVEN_NAMES = Path(__file__).with_name("latin_given_names.txt")

# A capitalised Latin word of a name's run ("Web", "Sachs", "O'Neil", "P&G"); no figure: a
# model's code ("Galaxy S24") is a product's, `maker_of_model`'s to read.
_LATIN_CAPITALISED = re.compile(r"[A-Z][A-Za-zÀ-ÿ&'’\-]*")


def latin_given_names() -> frozenset[str]:
    """First names news writes in Latin letters (latin_given_names.txt), lower case."""
    return load_list(LATIN_GIVEN_NAMES)


def outlet_before_person(ent: Span, gazetteer: Gazetteer) -> tuple[Span, str] | None:
    """A known organization's name the tagger read with the person's name after it as one
    ("CNN Larry King", "BBC Jane Smith": a host, a correspondent): the organization's name
    alone (span, key), where the rest is two or three capitalised words opening with a
    first name (in Latin letters, latin_given_names.txt, or one the dictionary knows); None
    for a name whose next word is no first name ("BBC World News")."""
    for k in range(1, len(ent) - 1):
        rest = ent[k:]
        first = rest[0].text
        given = first.lower() in latin_given_names() or is_first_name(first)
        key = org_names(gazetteer).get(normalize(ent[:k].text), "")
        if (
            given
            and key
            and len(rest) <= 3
            and all(t.is_alpha and t.text[:1].isupper() for t in rest)
        ):
            return ent[:k], key
    return None


def whole_latin_runs(
    found: list[tuple[Span, str, str]], ents: Sequence[Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """A Latin organization name is the whole run of capitalised Latin words it stands in,
    where the words follow each other with no mark between ("Логотип [Amazon] Web
    Services", "со ссылкой на The Sunday [People]", a tagger's "Goldman Sachs" of "Goldman
    Sachs Group"): one name, another organization's mentions in the run taken in, under the
    gazetteer's key of the whole run or none (the known shorter name is another body: a
    wrong QID is worse than none). Not across a mark or a Russian word ("Amazon и Google",
    "Amazon, Google"), nor over a word the tagger read as a person or place (forty-ninth
    pass, h-orgs56)."""
    if not found:
        return found
    doc = found[0][0].doc
    others = {i for e in ents if e.label_ in ("PER", "LOC") for i in range(e.start, e.end)}
    at: dict[int, int] = {i: n for n, (s, _, _) in enumerate(found) for i in range(s.start, s.end)}

    def joins(i: int, n: int) -> bool:
        word = doc[i]
        mine = at.get(i, n) == n or _LATIN_NAME.fullmatch(found[at[i]][0].text) is not None
        glued = i + 1 < len(doc) and not word.whitespace_ and doc[i + 1].text[:1].isalnum()
        whole = _LATIN_CAPITALISED.fullmatch(word.text) is not None and not glued  # "P60"
        return i not in others and mine and whole and word.lower_ not in latin_given_names()

    out = list(found)
    gone: set[int] = set()
    for n, (span, _, _) in enumerate(found):
        if n in gone or not all(_LATIN_CAPITALISED.fullmatch(t.text) for t in span):
            continue
        start, end = span.start, span.end
        while start > 0 and doc[start - 1].whitespace_ and joins(start - 1, n):
            start -= 1
        while end < len(doc) and doc[end - 1].whitespace_ and joins(end, n):
            end += 1
        if (start, end) == (span.start, span.end):
            continue
        run = doc[start:end]
        gone |= {at[i] for i in range(start, end) if i in at} - {n}
        out[n] = (run, org_names(gazetteer).get(normalize(run.text), ""), run.text)
    return [entry for n, entry in enumerate(out) if n not in gone]


def latin_named_again(
    found: list[tuple[Span, str, str]], ents: Sequence[Span]
) -> list[tuple[Span, str, str]]:
    """Each other place the text writes a Latin name it names an organization by, word for
    word, where the tagger tagged nothing ("у Canucks лучше игра" … "Canucks вышли в
    финал"): the same organization, as a Latin name is no Russian word that may mean
    something else there. Not as a part of a longer Latin name ("Vancouver Canucks")."""
    out: list[tuple[Span, str, str]] = []
    if not found:
        return out
    doc = found[0][0].doc
    words = token_strings(doc)
    tagged = {i for e in ents for i in range(e.start, e.end)}
    for span, key, name in found:
        size = len(span)
        if _LATIN_NAME.fullmatch(span.text) is None or size > _LATIN_NAME_WORDS:
            continue
        for at in range(len(doc) - size + 1):
            if words[at : at + size] != words[span.start : span.end] or at == span.start:
                continue
            near = [words[i] for i in (at - 1, at + size) if 0 <= i < len(doc)]
            if tagged.intersection(range(at, at + size)) or any(latin_letter(w) for w in near):
                continue
            out.append((doc[at : at + size], key, name))
    return out


def untagged_in_brackets(
    found: list[tuple[Span, str, str]], ents: Sequence[Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """The capitalised name in brackets right after an organization's that the tagger left
    ("Государственная авиационная служба Украины (Госавиаслужба)", "… Польши (Straż
    Graniczna)", quoted or not): a mention, which `named_again` makes that organization.
    Up to four capitalised words of any script (`latin_names_after` reads only plain Latin
    letters), nothing the tagger read inside the brackets otherwise nor a place's name
    ("компания «Андстрой» (Лима)"), not after a person's organization, nor a lower-case
    phrase ("(ранее …)"), a figure or a year (forty-ninth pass, h-orgs56)."""
    out: list[tuple[Span, str, str]] = []
    for span, _, _ in found:
        if _of_person(span):
            continue  # "глава компании «Андстрой» (Хуан Перес)": the person's name
        doc = span.doc
        at = span.end + closes_quote(span)
        if at + 2 >= len(doc) or doc[at].text != "(":
            continue  # the tagger's spans across the bracket ("Украины (Госавиаслужба)") aside:
        tagged = {i for e in ents if e.start > at for i in range(e.start, e.end)}
        start = at + 1 + (doc[at + 1].text in QUOTES_OPEN)
        end = next((t.i for t in doc[start : start + 5] if not t.is_alpha), start)
        closing = end + (end < len(doc) and doc[end].text in QUOTES_CLOSE)
        if end == start or closing >= len(doc) or doc[closing].text != ")":
            continue
        if tagged.intersection(range(start, end)):
            continue
        words = doc[start:end]
        if all(t.text[:1].isupper() for t in words) and not any(map(_place_word, words)):
            out.append((words, org_names(gazetteer).get(normalize(words.text), ""), words.text))
    return out


def _place_word(t: Token) -> bool:
    """A word the dictionary reads as a place's name ("(Киев)" after a company's name)."""
    return any("Geox" in p.tag for p in morph().parse(t.text) if p.is_known)


def _of_person(span: Span) -> bool:
    """The name hangs on a person's noun before it, directly or through the noun of its
    kind ("глава компании «Андстрой»", "редактор журнала")."""
    head = span.root.head
    for _ in range(2):
        if head.i >= span.start or head.pos_ != "NOUN":
            return False
        if is_animate(head):
            return True
        head = head.head
    return False


def _latin_in_brackets(doc: Doc, start: int) -> Span | None:
    """The words of a Latin name between brackets opening at `start`, else None."""
    if start >= len(doc) or doc[start].text != "(":
        return None
    reach = range(start + 2, min(start + 2 + _LATIN_NAME_WORDS, len(doc)))
    close = next((i for i in reach if doc[i].text == ")"), None)
    name = doc[start + 1 : close] if close is not None else None
    return name if name is not None and _LATIN_NAME.fullmatch(name.text) else None


def posted_on(span: Span) -> bool:
    """A service news names as where words were posted ("написал в Twitter", "на
    видеохостинге YouTube", "в своём Telegram-канале"): a place, no organization acting
    (annotators tag it a product); "Twitter заблокировал аккаунт" stays the company, and
    so does one named as a workplace ("на работу в Facebook", "работает в Twitter")."""
    if span.text.split("-")[0].lower() not in WORDS["platform"]:
        return False
    root = span.root
    apposed = root.head.i == span.start - 1 and root.dep_ in (
        "appos",
        "flat",
        "flat:foreign",
        "nmod",
    )
    phrase = root.head if apposed else root
    return preposition(phrase) in POSTED_IN and phrase.head.lemma_ not in WORDS["workplace"]


# The plural nouns after which a list of parties may go unpunctuated ("фракциями", "партиями")
# and the singular words such a list may hold between names ("… партия Кыргызстан …").
_PARTY_LISTS = frozenset({"фракция", "партия"})


def listed_party_gaps(
    doc: Doc,
    found: Sequence[tuple[Span, str, str]],
    state_tokens: Container[int],
    gazetteer: Gazetteer,
) -> list[Span]:
    """A party named without commas in a list after a plural "фракциями"/"партиями" between
    two names of parties the text or the gazetteer knows ("между фракциями КНП Эстонии
    Исамаа СДП Эстонии": "Исамаа"): the capitalised words between them, past a state's
    name. Not words before the first or after the last known name (no reading says where
    a name ends there), nor a run that no known name cuts (forty-sixth pass, h-orgs51)."""
    known = {i for span, _, _ in found for i in range(span.start, span.end)}
    names = org_names(gazetteer)
    out: list[Span] = []
    lemmas = token_strings(doc, LEMMA)  # a `Token` only for the few plural nouns' lemmas
    for at_noun, lemma in enumerate(lemmas):
        if lemma.lower() not in _PARTY_LISTS:
            continue
        noun = doc[at_noun]
        if "Plur" not in noun.morph.get("Number"):
            continue
        end = noun.i + 1
        while end < len(doc) and (
            doc[end].text[:1].isupper()
            and doc[end].is_alpha
            or doc[end].lower_ in ("партия", "фракция")
        ):
            end += 1
        covered = [i in known for i in range(noun.i + 1, end)]
        for i in range(noun.i + 1, end):  # the gazetteer's names in the run, longest first
            for size in range(min(4, end - i), 0, -1):
                if not any(covered[i - noun.i - 1 : i - noun.i - 1 + size]) and names.get(
                    normalize(doc[i : i + size].text)
                ):
                    covered[i - noun.i - 1 : i - noun.i - 1 + size] = [True] * size
                    break
        at, seen = noun.i + 1, False
        while at < end:
            if covered[at - noun.i - 1]:
                seen, at = True, at + 1
                continue
            stop = at
            while stop < end and not covered[stop - noun.i - 1]:
                stop += 1
            words = [i for i in range(at, stop) if i not in state_tokens]
            if (
                seen
                and stop < end
                and words
                and words == list(range(words[0], stop))
                and all(doc[i].text[:1].isupper() for i in words)
            ):
                out.append(Span(doc, words[0], stop, label="ORG"))
            at = stop
    return out
