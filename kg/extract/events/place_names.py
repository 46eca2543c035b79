"""Where an event is, as its place is written: in the accusative or locative (or a name
that does not decline), a city an adjective is made of ("Мюнхенская конференция"), the
city of a news dateline. A place's nominative, its city in the gazetteer and that city's
state are kg/resolve/city_names.py's."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.events.words import is_role, opened_mission, role_words
from kg.formats.textmeta import CAPITALS_PLACE, DATELINE
from kg.gazetteer import Gazetteer, capital_in_any_case
from kg.nlp.deps import preposition
from kg.nlp.marks import DASHES
from kg.nlp.morph import UD_CASE, case_of, features, morph
from kg.resolve.city_names import city_state, named_city

if TYPE_CHECKING:
    from kg.extract.context import Context
    from kg.extract.events.acts import ActReader


def city_alone(tok: Token, gazetteer: Gazetteer) -> bool:
    """A capitalised name of a city of cities.tsv in any case (`named_city`: "посетил
    Мбарару", "посетил Энтеббе", which natasha may tag as a person's), where the dictionary
    knows the word as nothing but a place: no person's name nor common word ("Викторию",
    "Гулу" of "гул") is read as a city by its form alone."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return False
    known = (p for p in morph().parse(tok.text) if p.is_known)
    return all("Geox" in p.tag for p in known) and named_city(tok, gazetteer) is not None


def undeclined(tok: Token) -> bool:
    """A name written after "в"/"на" in "-а", "-я" or "-о", which no locative nor singular
    accusative of a place ends in ("в Каса-Росада", "в Паласио-де-Гобьерно"): left
    undeclined, so its nominative is as written; the tagger reads "Каса-Росада" as the
    genitive of "Кас-Росад"."""
    capital = tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN"}
    return capital and preposition(tok) in {"в", "на"} and tok.lower_.endswith(("а", "я", "о"))


def city_of_adjective(lemma: str) -> str:
    """The city a "-ский" adjective is made from, where the dictionary knows it as a place
    ("Мюнхенская конференция" → "Мюнхен", "Ялтинская" → "Ялта", "Сочинский" → "Сочи",
    "Новосибирский" → "Новосибирск"), not
    a sea's or a mountains' ("Каспийский саммит": `landform` in `event_words.tsv`); ""
    for any other adjective."""
    if not lemma.endswith("ский"):
        return ""
    stem = lemma[: -len("ский")]
    forms = [stem, stem + "а", stem + "ь", stem + "ск"]
    forms += [stem[:-2] + end for end in ("а", "и") if stem.endswith("ин")]
    if role_words()["landform"] & set(forms):
        return ""  # not "Каспийск" either
    for form in forms:
        known = [p for p in morph().parse(form) if p.is_known and "Geox" in p.tag]
        if any(p.normal_form == form for p in known):
            return form[:1].upper() + form[1:]
    return ""


def accusative(tok: Token) -> bool:
    """In the accusative, or a place name that does not decline ("в Абу-Даби", "в Осло"),
    which the tagger may read as a locative."""
    return features(tok, "Case") == ("Acc",) or _undeclined_name(tok)


def locative(tok: Token) -> bool:
    """In the locative, or a place name that does not decline ("в Сан-Хосе", "в Катманду"),
    which the tagger may read as an accusative. Fifty-first pass (h-events136)."""
    return features(tok, "Case") == ("Loc",) or _undeclined_name(tok)


def same_place_case(first: Token, second: Token) -> bool:
    """Two places joined in one case ("в Кампалу и Кигали", "посетил Кампалу, Кигали и
    Дар-эс-Салам"): their cases agree, or one can be read in the case the tagger gave the
    other (which it misreads for a rare name: "Дар-эс-Салам" as a genitive, "Кигали" as a
    locative). Fifty-fourth pass (h-events154)."""
    cases = [UD_CASE.get(case_of(t), "") for t in (first, second)]
    return (
        cases[0] == cases[1]
        or bool(cases[0])
        and morph().can_be(second.text, cases[0])
        or bool(cases[1])
        and morph().can_be(first.text, cases[1])
    )


def _undeclined_name(tok: Token) -> bool:
    """A name whose accusative and locative are one form: it does not decline."""
    return (
        tok.pos_ == "PROPN"
        and morph().can_be(tok.text, "accs")
        and morph().can_be(tok.text, "loct")
        and morph().inflect(tok.text, {"accs"}) == morph().inflect(tok.text, {"loct"})
    )


_DATELINE_LINES = 3  # the title, maybe a line of its own, then the lead the dateline opens


def dateline_city(doc: Doc, gazetteer: Gazetteer) -> tuple[str, str]:
    """The state and the name of the city a news dateline opening one of the text's first
    lines names ("Вашингтон, 10 апреля 2026 года — …": the USA, "Вашингтон"), a capital or a
    city the gazetteer places; ("", "") for none. Fifty-fifth pass (h-events165)."""
    word = dateline_word(doc, _lines_end(doc.text, _DATELINE_LINES))
    if word is None:
        return "", ""
    if key := capital_in_any_case(gazetteer, word):
        state = gazetteer.state(key)
        return key, state.capital if state is not None else ""
    city = named_city(word, gazetteer)
    return (city_state(city), city.name) if city is not None else ("", "")


def dateline_word(doc: Doc, stop: int) -> Token | None:
    """The place of the first dateline ("Сеул, 21 апреля 2026 года.") opening a line that
    starts before `stop`, where it is one word; None for none or for a longer name. The one
    reader of a dateline's place, for a report's news and a transcript's turns alike."""
    text, start = doc.text, 0
    while start < stop:
        while start < stop and text[start].isspace():
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        comma = text.find(",", start, end)
        if comma > start and (DATELINE.match(text, start) or CAPITALS_PLACE.match(text, start)):
            span = doc.char_span(start, comma, alignment_mode="expand")
            return span[0] if span is not None and len(span) == 1 else None
        start = end + 1
    return None


def _lines_end(text: str, lines: int) -> int:
    """Where the text's first `lines` lines that are not blank end."""
    start = 0
    for _ in range(lines):
        while start < len(text) and text[start].isspace():
            start += 1
        end = text.find("\n", start)
        start = (len(text) if end < 0 else end) + 1
    return min(start, len(text))


def state_near(reader: ActReader, near: list[Token], kind: str) -> str:
    """The state a place among `near` names: a state's own name, the capital's ("задержали
    в аэропорту Джакарты", "в московском аэропорту") or, for an arrest, a gazetteer city's
    ("задержан в аэропорту Стамбула", "в Антофагасте"); "" for none. Read by acts and by a
    recall's states (`recalls`; moved from acts.py, sixty-first pass review)."""
    for x in near:
        for m in reader.by_token.get(x.i, ()):
            if m.type == "State":
                return m.entity
    capital = next((k for x in near if (k := reader.capital_of(x))), "")
    if capital or kind != "Arrest":
        return capital
    return next(filter(None, map(city_state_at(reader), near)), "")


def city_state_at(reader: ActReader) -> Callable[[Token], str]:
    """The key of the state a city named at a token lies in (the gazetteer's cities, as a
    visit's host is read), "" for any other word or a word of another mention's name."""
    gaz = reader.ctx.gazetteer

    def state(x: Token) -> str:
        if x.pos_ != "PROPN" or reader.by_token.get(x.i):
            return ""
        return city_state(named_city(x, gaz))

    return state


def placed_at_first(ctx: Context, key: str, stop: int) -> tuple[str, str]:
    """The state and the city where the paragraph that first names a person, before `stop`,
    puts him: the last city a verb's "в"/"на" phrase names in it up to his sentence ("Дни
    культуры Алжира открылись в столице Туниса. Церемонию провели министр культуры Алжира X
    и …": Tunisia, "Тунис"), a capital or a city the gazetteer places; ("", "") for none.
    Sixty-fifth pass (h-events242)."""
    first = next((m for m in ctx.mentions if m.entity == key and m.start < stop), None)
    if first is None:
        return "", ""
    opens = ctx.doc.text.rfind("\n", 0, first.start) + 1
    named = ctx.doc.char_span(first.start, first.end, alignment_mode="expand")
    ends = named.sent.end if named is not None else 0
    words = [t for t in ctx.doc[:ends] if t.idx >= opens]
    places = [_city_placed(ctx, t) for t in words if _verb_place(t)]
    return next((p for p in reversed(places) if p[0]), ("", ""))


def _verb_place(tok: Token) -> bool:
    """A place phrase of a verb, in the locative: "открылись в Ханое", "в столице Туниса";
    or of the mission a verb opens there ("открыла консульство в столице Эфиопии": sixty-sixth
    pass, h-events245); also one the parse hangs on the object of a verb of holding ("провели
    выставку в Лиме"), where it is the act's place all the same (sixty-sixth pass, h-events247);
    not one of a noun of what is discussed ("обсудили положение в столице Судана")."""
    if preposition(tok) not in {"в", "на"}:
        return False
    if tok.dep_ == "obl":
        return tok.head.pos_ == "VERB"
    if tok.dep_ != "nmod":
        return False
    verb = tok.head.head
    mission = opened_mission(verb)
    if mission is not None and mission.i == tok.head.i:
        return True
    return tok.head.dep_ == "obj" and verb.pos_ == "VERB" and is_role(verb, "happen")


def _city_placed(ctx: Context, tok: Token) -> tuple[str, str]:
    """The state and the name of the city a place phrase's noun names: a capital ("в Лиме"),
    the capital of a state named after "столица" ("в столице Туниса"), a gazetteer's city;
    ("", "") for any other word."""
    gaz = ctx.gazetteer
    if not locative(tok):
        return "", ""
    owners = [c for c in tok.children if c.dep_ == "nmod"] if tok.lemma_ == "столица" else []
    named = [m.entity for c in owners for m in ctx.mentions_in(c.idx, c.idx + len(c), "State")]
    if key := next(iter(named), "") or capital_in_any_case(gaz, tok):
        state = gaz.state(key)
        return (key, state.capital) if state is not None and state.capital else ("", "")
    city = named_city(tok, gaz) if tok.pos_ == "PROPN" else None
    return (city_state(city), city.name) if city is not None else ("", "")


def proper(tok: Token) -> Token:
    """ "в городе Оренбурге" → "Оренбурге": the name beside a generic place noun, also past
    another that has one ("в районе города Мармариса" → "Мармариса"). A capital's genitive
    is its state ("в столице Марокко"), not its name: the noun stays, to name the capital."""
    if tok.pos_ != "PROPN" and (
        is_role(tok, "named") or is_role(tok, "region") or is_role(tok, "area")
    ):
        deps = {"appos", "flat", "flat:name"} | (set() if tok.lemma_ == "столица" else {"nmod"})
        for c in tok.children:
            if c.pos_ == "PROPN" and c.dep_ in deps:
                return c
        for c in tok.children:
            if c.dep_ == "nmod" and is_role(c, "named") and (name := proper(c)) is not c:
                return name
        return _dashed_name(tok) or tok
    return tok


def _dashed_name(tok: Token) -> Token | None:
    """ "в столице страны — Астане": the name after a dash right after the noun's phrase, in
    its case, where the parser hung it on another word."""
    end = max(t.i for t in tok.subtree) + 1
    if end + 1 >= len(tok.doc) or tok.doc[end].text not in DASHES:
        return None
    name = tok.doc[end + 1]
    return (
        name if name.pos_ == "PROPN" and name.morph.get("Case") == tok.morph.get("Case") else None
    )
