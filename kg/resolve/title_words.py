"""One-word and compound titles and what they serve: a title word ("министр", "посол") with
the state, body or place it serves, contracted and spaced compounds, deputies, the common noun
before a name, the state bodies and missions a post is in.

Split out of titles.py (forty-third pass, h-split45): reading a title word's own scope."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer
from kg.lexicon import load_list
from kg.nlp.deps import (
    SUBJECTS,
    circumstance_noun,
)
from kg.nlp.morph import (
    NAME_TAGS,
    case_of,
    features,
    morph,
    only_animate,
)
from kg.nlp.quote_marks import OPENING
from kg.resolve.city_names import place_entry
from kg.resolve.title_lexicon import (
    FIRST,
    TITLES,
    genitive_complement,
    open_class_offices,
    quoted_name,
    title_lemma,
)

# Contracted titles whose second part is no office's own word ("зампред": "пред" is no
# word), spelled out, with the office whose deputy they are: "зампред правительства" is the
# deputy of the head of government, "заместитель председателя правительства".
_CONTRACTED = {"зампред": ("заместитель председателя", "председатель")}


def contracted_deputy_title(lemma: str, open_class: dict[tuple[str, ...], str]) -> str:
    """A deputy's title contracted into one word ("замсекретаря", "замглавы",
    "замгубернатора"): "зам" and the genitive of an office; "" for any other word. Public:
    `titles` reads such a word as undeclined and `title_spelling` spells it out, by the same
    test."""
    rest = lemma.removeprefix("зам")
    if rest == lemma or len(rest) < 4:
        return ""
    parse = next((p for p in morph().parse(rest) if p.tag.POS == "NOUN"), None)
    office = parse.normal_form.replace("ё", "е") if parse is not None else rest
    if office not in FIRST and (office,) not in open_class:
        return ""
    genitive = parse.inflect({"gent", "sing"}) if parse is not None else None
    return "зам" + (genitive.word if genitive else rest)


def contracted_deputy(lemma: str) -> bool:
    """Whether `lemma` is a deputy's title contracted into one word ("замсекретаря",
    "замглавы", "замкомандующего"): for readers of a change of office, whose title lexicon
    lists only a few of them. Pass forty-fourth (h-events112)."""
    return bool(contracted_deputy_title(lemma, open_class_offices()))


# Heads that name a post only with the body they serve right after them ("глава МВФ",
# "сотрудник ЦРУ", "член Совета Федерации", "представитель МИД Бразилии"): alone they are a
# chapter, any employee, a member or a spokesman of anything. "глава" and "сотрудник" serve
# any organization, a name in quotes or a genitive common noun ("глава холдинга",
# "сотрудник посольства"); "член" and "представитель" only a body of a state ("член
# Совета Федерации", "представитель Кремля"), not a party, team or family ("представитель
# Демократической партии", "член семьи"), and "представитель" a state before "в"/"при"
# ("представитель России при ООН"; "представитель Чехии" alone is an athlete from there).
_SERVING_ANY = frozenset(["глава", "сотрудник", "сотрудница"])
SERVING_STATE = frozenset(["член", "представитель", "представительница"])
STATE_BODIES = Path(__file__).with_name("state_bodies.txt")
# A state's diplomatic missions abroad, whose ranks hold the mission's noun (mission_bodies.txt).
MISSIONS = Path(__file__).with_name("mission_bodies.txt")
# Offices held at a place abroad, whose "в + place" is where the post is (posted_offices.txt).
POSTED = Path(__file__).with_name("posted_offices.txt")
# Bodies of state that open an organization's name besides `STATE_BODIES`' ("партия" is no
# such body here): contractions ("МИД", "Минобороны", "Госдума", "Генпрокуратура") and seats.
_GOVERNMENT_PREFIXES = ("мид", "мин", "гос", "ген", "кремл")


# Kinds of organization the gazetteer gives a state's body, whatever its name's first word
# ("Совфеда", a parliament; "Рийгикогу"): a member or spokesman serves it (h-offices53).
_STATE_BODY_KINDS = frozenset(["StateBody", "Parliament", "Ministry"])


# One-word professions that, before "за", "против", "с", name one who fights for a cause
# ("борец против апартеида", "борец за права человека"), not the sport ("борец вольного стиля").
_CAUSE_WORDS = frozenset(["борец"])


def fights_for_cause(doc: Doc, end: int, key: tuple[str, ...]) -> bool:
    """A word of `_CAUSE_WORDS` followed by "за", "против" or "с" ("борец за права
    человека"): one who fights for a cause, no holder of the open class's title (the
    sport's "борец вольного стиля"). Public: `titles` reads no such title there."""
    return (
        key[0] in _CAUSE_WORDS and end < len(doc) and doc[end].lower_ in ("за", "против", "с", "со")
    )


def word_title(
    doc: Doc,
    lemma: str,
    i: int,
    open_class: dict[tuple[str, ...], str],
    by_start: dict[int, Span],
    org_at: dict[int, Span],
) -> tuple[int, tuple[str, str]] | None:
    """A title the lists do not hold as such, at doc[i] (its length and office): a deputy's
    contracted title ("замсекретаря Совбеза", "замглавы МИД", "зампред правительства"), or
    a head of `_SERVING_*` before the body it serves ("глава МВФ", "сотрудник ЦРУ", "член
    Совета Федерации"; "глава (крупного) холдинга": the complement's noun is part of the
    office, its adjectives are not); "глава" before a state's name, its head of state
    ("глава Израиля"); a compound that opens with an office ("писатель-сатирик"); a
    contracted deputy's title after the rank the open class gives a deputy ("первый зампред"
    as "первый заместитель"). Asked only of a lemma `may_word_title` lets through."""
    if (contracted := _contracted(doc, lemma, i, open_class)) is not None:
        return contracted
    if i + 1 < len(doc) and (lemma, "заместитель") in open_class:
        ranked = _contracted(doc, doc[i + 1].lemma_.replace("ё", "е"), i + 1, open_class)
        if ranked is not None:
            n, (office, role) = ranked
            return n + 1, (f"{lemma} {office}", role)
    if lemma == "глава" and state_name(by_start.get(i + 1)):
        return 1, TITLES[("глава", "государство")]  # "глава Израиля": its head of state
    if _compound(lemma, open_class):
        return _with_field(doc, lemma, i, open_class) or (1, (lemma, ""))
    served = _serves(doc, lemma, i + 1, by_start, org_at)
    if not served:
        return None
    # A common noun's words are the office's, but a state adjective among them (which names
    # the state) and a place's name ("глава Удмуртии", as "мэр Осло") are not.
    states = {k for s in by_start.values() for k in range(s.start, s.end)}
    words = [t.lower_ for t in doc[i + 1 : served] if t.i not in states and _common(t)]
    return served - i, (" ".join([lemma, *words]), "")


# Rank prefixes a compound title opens with that keep the field of the office after them
# ("вице-министр транспорта": the deputy of "министр транспорта").
_RANK_PREFIXES = frozenset(["вице"])


def ranked(token: Token) -> bool:
    """A rank-prefixed compound title word ("вице-министр"), the head of its title where the
    tagger reads it as an adjective opening a sentence ("Вице-министр транспорта Латвии")."""
    first, dash, _ = title_lemma(token.lemma_).partition("-")
    return bool(dash) and first in _RANK_PREFIXES


def _with_field(
    doc: Doc, lemma: str, i: int, open_class: dict[tuple[str, ...], str]
) -> tuple[int, tuple[str, str]] | None:
    """A rank-prefixed compound ("вице-министр") and the genitive words after it that make
    the office after the prefix one of the open class ("вице-министр транспорта Латвии": the
    office "вице-министр транспорта", was "вице-министр" with the field cut off), or None.
    Pass forty-six, own sentences (h-offices54)."""
    first, _, rest = lemma.partition("-")
    if first not in _RANK_PREFIXES:
        return None
    for n in range(4, 1, -1):
        words = doc[i + 1 : i + n]
        if len(words) != n - 1 or any(
            t.pos_ not in ("NOUN", "ADJ") or case_of(t) != "Gen" for t in words
        ):
            continue
        office = open_class.get((rest, *(title_lemma(t.lemma_) for t in words)))
        if office is not None:
            return n, (f"{first}-{office}", "")
    return None


def common_before_name(token: Token) -> bool:
    """A sentence's capitalised first word the tagger reads as a name's, though the
    dictionary reads it only as a person's common noun, before a first name ("Политолог
    Игорь Петров заявил": a title, as "Эксперт Иван Петров" the tagger reads as a noun), or
    before a complement it governs, a field after "по" or a genitive ("Еврокомиссар по
    вопросам торговли X", "Спецпосланник США X"): no name has one."""
    if not token.is_sent_start or token.i + 1 >= len(token.doc):
        return False
    parses = morph().parse(token.lower_)
    first = token.doc[token.i + 1]
    return (
        # "Экс-посол Японии X": no name opens with "экс-", whatever other readings the
        # dictionary gives the title ("посол" salting, "министр" an abbreviation)
        (token.lower_.startswith("экс-") or only_animate(token.lower_))
        and not any(NAME_TAGS & p.tag.grammemes for p in parses)
        and (
            (
                first.text[:1].isupper()
                and any("Name" in p.tag for p in morph().parse(first.text) if p.is_known)
            )
            or _governed_complement(token, first)
            or _surname_subject_after(token, first)
        )
    )


# Nouns of a household's or a person's staff: a surname after one is the master's, in the
# genitive, whatever case the tagger reads ("Прислуга Мбеки дала интервью", "Телохранитель
# Сото рассказал"), never the noun's holder.
STAFF_NOUNS = frozenset(["прислуга", "челядь", "охрана", "персонал", "свита", "окружение",
                          "слуга", "служанка", "горничная", "домработница", "экономка",
                          "дворецкий", "камердинер", "лакей", "повар", "кухарка", "садовник",
                          "няня", "гувернантка", "водитель", "шофер", "телохранитель",
                          "охранник", "секретарша", "сиделка"])  # fmt: skip


def _surname_subject_after(token: Token, first: Token) -> bool:
    """A lone capitalised word after the opening title that the parse makes its apposition,
    an animate name in the nominative, the title being the subject ("Постпред Небензя
    сказал", "Постпред Сото заявил"): a title before a surname, as before a first name; not
    after a noun of someone's staff (`STAFF_NOUNS`: "Прислуга Мбеки", his servants)."""
    return (
        token.lower_.replace("ё", "е") not in STAFF_NOUNS
        and first.text[:1].isupper()
        and first.head == token
        and first.dep_ in ("appos", "flat:name")
        and first.pos_ == "PROPN"
        and features(first, "Animacy") == ("Anim",)
        and features(first, "Case") == ("Nom",)
        and token.dep_ in SUBJECTS
    )


def title_of_state(doc: Doc, i: int, by_start: dict[int, Span]) -> bool:
    """A title that is also a given name ("Султан", "Аким") governing a state's name in the
    genitive right after it ("Султан Омана Хейсам бен Тарик"), or a place's before a
    capitalised name ("Аким Алматы Ерболат Досаев", "Аким Шымкента X": a city's head;
    seventy-first pass, h-names159): no given name governs one. The parse's `nmod` is the
    genitive: the tagger may read the place's case wrong ("Омана", "Алматы")."""
    if i + 2 > len(doc) or doc[i + 1].head.i != i or doc[i + 1].dep_ != "nmod":
        return False
    if state_name(by_start.get(i + 1)):
        return True
    after = doc[i + 2] if i + 2 < len(doc) else None
    named = after is not None and after.pos_ == "PROPN" and after.text[:1].isupper()
    return named and place_word(doc[i + 1])


def place_word(token: Token) -> bool:
    """A capitalised word natasha tags a place of its own (not a word inside a longer one:
    "Лусаке Ду Сяохуэй"), or a city or region of the gazetteer ("Шымкента", which natasha
    may leave untagged)."""
    if not token.text[:1].isupper():
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    lone = token.ent_iob_ == "B" and (after is None or after.ent_iob_ != "I")
    if token.ent_type_ == "LOC" and lone:
        return True
    gazetteer = Gazetteer.load()  # the tagger may read the genitive a nominative: each reading
    return place_entry(token, gazetteer) is not None or any(
        gazetteer.city(p.normal_form) is not None for p in morph().parse(token.text)
    )


def _governed_complement(token: Token, first: Token) -> bool:
    """The word after `token` opens a complement the parse hangs on it: a "по" phrase or a
    genitive noun."""
    if first.lower_ == "по":
        return first.head.head.i == token.i and first.head.dep_ == "nmod"
    return first.head.i == token.i and first.dep_ == "nmod" and case_of(first) == "Gen"


def field_words_end(doc: Doc, i: int, head: int) -> int:
    """The end of a field after "по" at doc[i] the parse hangs on the title's `head` ("по
    вопросам расширения", "по иностранным делам и политике безопасности"), short of a
    name; `i` where none. Public: `title_bodies` takes the field into a title
    ("Комиссар ЕС по вопросам расширения"), or past it to the body the title serves."""
    if i >= len(doc) or not _governed_complement(doc[head], doc[i]) or doc[i].lower_ != "по":
        return i
    noun, j = doc[i].head, i + 1
    if circumstance_noun(noun.lemma_, account=True):
        return i  # "Председатель Еврокомиссии по итогам саммита": when, not a field
    while j < len(doc) and doc[j].ent_type_ != "PER" and (j == noun.i or noun.is_ancestor(doc[j])):
        j += 1
    return j


def may_word_title(lemma: str, open_class: dict[tuple[str, ...], str]) -> bool:
    """Whether `word_title` can find a title at a word of `lemma`, by string tests alone: a
    contracted deputy's title, a rank before one, "глава", a compound, a serving head."""
    return (
        lemma.startswith("зам")
        or lemma in _CONTRACTED
        or lemma in _SERVING_ANY
        or lemma in SERVING_STATE
        or "-" in lemma
        or (lemma, "заместитель") in open_class
    )


def _contracted(
    doc: Doc, lemma: str, i: int, open_class: dict[tuple[str, ...], str]
) -> tuple[int, tuple[str, str]] | None:
    """A deputy's title contracted into one word at doc[i] ("зампред правительства",
    "замглавы", "замминистра"), its length and office spelled as the text has it; else None."""
    if lemma in _CONTRACTED:
        office, head = _CONTRACTED[lemma]
        if i + 1 < len(doc) and (head, doc[i + 1].lemma_) in TITLES:
            return 2, (f"{office} {doc[i + 1].lower_}", "")
        return 1, (office, "")
    if deputy := contracted_deputy_title(lemma, open_class):
        return 1, (deputy, "")
    return None


def _serves(
    doc: Doc, lemma: str, i: int, by_start: dict[int, Span], org_at: dict[int, Span]
) -> int:
    """Where the office's words end when a head of `_SERVING_*` (lemma) is followed at doc[i]
    by a body it serves: `i` before an organization, a quoted name or a state (which the
    title takes as the body served), after a genitive complement, which is part of the
    office ("глава холдинга"); 0 where none follows."""
    if lemma not in _SERVING_ANY and lemma not in SERVING_STATE:
        return 0
    quoted = i < len(doc) and doc[i].text in OPENING
    org = org_at.get(i + 1 if quoted else i)
    if lemma in SERVING_STATE:
        state = by_start.get(i)
        envoy = (
            state is not None
            and state.id_ not in ("adjective", "capital")
            and lemma != "член"
            and state.end < len(doc)
            and doc[state.end].lower_ in ("в", "во", "при")
        )
        served = (
            org is not None
            and not _party(org)
            and (
                state_body(org) or org.label_ in _STATE_BODY_KINDS or _intergovernmental(org, lemma)
            )
        )
        if not (envoy or served) and _state_body_noun(doc, lemma, i, by_start):
            return i + 1  # "член сейма Латвии": the body's noun is the office's, the state after
        return i if envoy or served else 0
    if org is not None or quoted_name(doc, i):
        return i
    if by_start.get(i) is not None:
        return 0
    from kg.resolve.title_bodies import placed_body  # which reads this module's lists

    if placed_body(doc, i, org_at, by_start) is not None:
        return i  # "глава городского Департамента культуры": the body, past its place's words
    if lemma == "глава" and _place(doc[i]):
        return i + 1  # "глава Удмуртии": a region's head (a state's: word_title)
    if not genitive_complement(doc, i, i - 1):
        return 0
    while doc[i].pos_ != "NOUN":  # the genitive adjectives before the noun
        i += 1
    return i + 1


def spaced_compound(doc: Doc, lemmas: list[str], i: int) -> str:
    """The hyphenated title a one-word title at doc[i] makes with a noun after a dash set
    apart by spaces, in its case ("директором - распорядителем МВФ" is
    "директор-распорядитель", whose body follows), or "". Not a title of its own after the
    dash ("президент - лидер нации": an apposition)."""
    open_class = open_class_offices()
    if i + 2 >= len(doc) or doc[i + 1].text not in ("-", "–") or not doc[i].whitespace_:
        return ""
    after = doc[i + 2]
    if after.pos_ != "NOUN" or not after.text.islower() or case_of(after) != case_of(doc[i]):
        return ""
    rest = lemmas[i + 2]
    if (rest,) in open_class or (rest,) in TITLES:
        return ""
    joined = f"{lemmas[i]}-{rest}"
    return joined if _compound(joined, open_class) else ""


def _compound(lemma: str, open_class: dict[tuple[str, ...], str]) -> bool:
    """A hyphenated word whose first part is an office or profession of the open class and
    says what kind ("писатель-сатирик", "депутат-единоросс"), or whose last part is one and
    the first, no person, says in what field ("интернет-предприниматель", "вице-спикер"; not
    "женщина-генпрокурор", "отец-руководитель"): the whole word is the title. Not a form of
    address or kin before it ("мать-одиночка" opens with no office)."""
    first, dash, rest = lemma.partition("-")
    if not dash or not (first.isalpha() and rest.isalpha()):
        return False
    if len(rest) > 2 and (first,) in open_class:
        return True
    return len(first) > 2 and (rest,) in open_class and not only_animate(first)


def state_name(span: Span | None) -> bool:
    """A state's name ("Израиля"), not its adjective or capital."""
    return span is not None and span.id_ not in ("adjective", "capital")


def _place(token: Token) -> bool:
    """A place's name in the genitive ("Удмуртии", "Сергиева Посада" opens with one)."""
    return token.pos_ == "PROPN" and token.ent_type_ == "LOC" and "Gen" in token.morph.get("Case")


def _common(token: Token) -> bool:
    """A word of a served body's name that is the office's: no place's name, but a state's
    body's noun the tagger reads as a name ("Сейма" of "член Сейма Латвии")."""
    return token.pos_ != "PROPN" or token.lemma_.lower().replace("ё", "е") in bodies_of_state()


def _state_body_noun(doc: Doc, lemma: str, i: int, by_start: dict[int, Span]) -> bool:
    """Whether a member's title stands before a state's body named by its common noun alone
    and then the state's name ("член Сейма Латвии", "член правительства Эстонии"), which
    the names step leaves to the title as its complement (`noun_bodies`): the member holds
    the body's seat of that state. Not a party ("член партии"), which serves no state here
    (h-offices53)."""
    return (
        lemma == "член"
        and i + 1 < len(doc)
        and doc[i].pos_ in ("NOUN", "PROPN")
        and "Gen" in doc[i].morph.get("Case")
        and doc[i].lemma_.lower().replace("ё", "е") in bodies_of_state()
        and state_name(by_start.get(i + 1))
    )


def _first_noun(org: Span) -> Token:
    """The organization's first noun past its adjectives ("ассамблеи" of "Национальной
    ассамблеи Египта", "собрания" of "Великого национального собрания"), else its first
    word (h-offices53)."""
    return next((t for t in org if t.pos_ in ("NOUN", "PROPN")), org[0])


def _party(org: Span) -> bool:
    """A party, whose member holds no post of its state, whatever kind the gazetteer gives
    it ("Социалистической партии Португалии": its first noun; h-fix46a)."""
    lemma = _first_noun(org).lemma_.lower().replace("ё", "е")
    return org.label_ == "PoliticalParty" or lemma in ("партия", "демпартия")


def state_body(org: Span) -> bool:
    """An organization whose first noun names a body of a state ("МИД", "Министерства
    обороны", "Госдумы"), no party: a post's title before it serves that state's body."""
    return not _party(org) and _of_state(_first_noun(org))


def _of_state(first: Token) -> bool:
    """An organization's first word names a body of a state ("Министерства", "МИД",
    "Госдумы", "Кремля"), not a party or a company."""
    lemma = first.lemma_.lower().replace("ё", "е")
    return lemma in bodies_of_state() or lemma.startswith(_GOVERNMENT_PREFIXES)


def _intergovernmental(org: Span, lemma: str) -> bool:
    """A body of states ("ВОЗ", "НАТО"), or an agency of the UN named with it ("Агентство
    ООН по делам беженцев"), whose "представитель" speaks for it as a state's body's does
    ("с представителем Всемирной организации здравоохранения X"); not its "член", a state."""
    return lemma != "член" and (
        org.label_ == "IntergovernmentalOrganization" or any(t.text == "ООН" for t in org)
    )


@cache
def bodies_of_state() -> frozenset[str]:
    """The nouns of `STATE_BODIES` but "партия", which is no body of a state here."""
    return load_list(STATE_BODIES) - {"партия"}
