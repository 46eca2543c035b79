"""The nominative of a place an event is held in, from the oblique case the text writes it
in ("в Сурабае", "в Тяньцзине"). The tagger's lemma and pymorphy3's best parse of an unknown
city often read it as a person's first name ("Тяньцзина") or a wrong stem ("Сурабай"); the
text's own nominative and pymorphy3's geographical parse know better, and a guess that
keeps the stem whole is safer than either when neither is there."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.doc_text import token_strings
from kg.extract.events.words import role_words
from kg.formats.textmeta import DATELINE
from kg.gazetteer import CityEntry, Gazetteer, capital_in_any_case
from kg.nlp.deps import has_preposition, preposition
from kg.nlp.morph import NAME_TAGS, UD_CASE, case_of, features, morph
from kg.resolve.name_forms import VOWELS
from kg.resolve.surname_declension import cased_like


def place_nominative(tok: Token, gazetteer: Gazetteer) -> str:
    """The place's one-word name in the nominative, written with the text's capitals."""
    word = tok.text
    if declined_name(tok, gazetteer):
        return word[:-1]  # "в городе Аджлуне": the stem a dictionary knows
    if features(tok, "Case") == ("Nom",) and not has_preposition(tok):
        return word  # not "в Сурабае", which the tagger may call a nominative
    candidates = _candidates(word)
    written = _written_nominatives(tok)
    for form in candidates:
        if form.lower() in written:
            return written[form.lower()]
    parses = [p for p in morph().parse(word) if p.tag.POS == "NOUN"]
    for p in parses:  # the dictionary's, not a guess by a like ending ("Лейксайде": femn)
        if p.is_known and "Geox" in p.tag and p.normal_form in {c.lower() for c in candidates}:
            return cased_like(p.normal_form, word)
    # "в Аруше": a nominative the form may be of that cities.tsv knows ("Аруша"), before a
    # guess by a like ending ("Аруш"); the zero ending first ("в Гамбурге": "Гамбург")
    known = next((form for form in candidates if gazetteer.city(form) is not None), "")
    return known or cased_like(_guess(word, features(tok, "Case") == ("Acc",)), word)


# Nouns of a region a name after them is ("на остров Бали", "в провинции Онтарио"): no city,
# whatever town abroad shares the name; its state only from a table of regions.
REGION_NOUNS = frozenset(["остров", "полуостров", "провинция", "штат"])


def named_city(tok: Token, gazetteer: Gazetteer) -> CityEntry | None:
    """The gazetteer's city a word names, as written, in its nominative (`place_nominative`)
    or by its lemma ("в Осаке", "суд Сантьяго"); None for a word no city is spelt by, nor a
    region's name after its noun (`REGION_NOUNS`)."""
    if region_named(tok):
        return None
    return (
        gazetteer.city(tok.text)
        or gazetteer.city(place_nominative(tok, gazetteer))
        or gazetteer.city(tok.lemma_)
    )


def city_alone(tok: Token, gazetteer: Gazetteer) -> bool:
    """A capitalised name of a city of cities.tsv in any case (`named_city`: "посетил
    Мбарару", "посетил Энтеббе", which natasha may tag as a person's), where the dictionary
    knows the word as nothing but a place: no person's name nor common word ("Викторию",
    "Гулу" of "гул") is read as a city by its form alone."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return False
    known = (p for p in morph().parse(tok.text) if p.is_known)
    return all("Geox" in p.tag for p in known) and named_city(tok, gazetteer) is not None


def region_named(tok: Token) -> bool:
    """The name of an island, province or state its noun stands before ("на остров Бали",
    "в штате Парана"): the noun the parse hangs it on, or the word right before it."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    nouns = [t for t in (tok.head, before) if t is not None and t.i < tok.i]
    return any(t.lemma_.lower() in REGION_NOUNS for t in nouns)


def declined_name(tok: Token, gazetteer: Gazetteer) -> bool:
    """A name after a noun in the locative ("в австрийском городе Розенхайме") ending as a
    consonant stem's locative does, whose stem pymorphy3 or the gazetteer's cities know as a
    place's nominative: declined with the noun, though the tagger reads it as a nominative
    that does not decline. An unknown stem is as written: many names end so undeclined
    ("в городе Варнемюнде", "в аэропорту Ле-Бурже"), and a guess invents a city."""
    low, head = tok.lower_, tok.head
    if tok.dep_ not in {"appos", "flat", "flat:name", "nmod"} or head.i >= tok.i:
        return False
    after_place = features(head, "Case") == ("Loc",) and has_preposition(head)
    ending = len(low) > 3 and low.endswith("е") and low[-2] not in VOWELS
    return after_place and ending and _known_place(low[:-1], gazetteer)


def _known_place(word: str, gazetteer: Gazetteer) -> bool:
    """A place's nominative the gazetteer's cities or pymorphy3's dictionary know."""
    known = any(
        p.is_known and "Geox" in p.tag and p.tag.case == "nomn" for p in morph().parse(word)
    )
    return known or gazetteer.city(word) is not None


def undeclined(tok: Token) -> bool:
    """A name written after "в"/"на" in "-а", "-я" or "-о", which no locative nor singular
    accusative of a place ends in ("в Каса-Росада", "в Паласио-де-Гобьерно"): left
    undeclined, so its nominative is as written; the tagger reads "Каса-Росада" as the
    genitive of "Кас-Росад"."""
    capital = tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN"}
    return capital and preposition(tok) in {"в", "на"} and tok.lower_.endswith(("а", "я", "о"))


def _candidates(word: str) -> list[str]:
    """Nominatives the oblique form may come from: the word stripped of its ending and
    given each ending a city's nominative may have."""
    low = word.lower()
    stems = [low[:-2]] if low.endswith(("ой", "ом", "ей", "ем")) else []
    stems += [low[:-1]] if low[-1:] in {"е", "ю", "у", "и", "ы", "а", "я"} else []
    out = [low]
    for stem in stems:
        out += [stem + end for end in ("", "а", "я", "ь", "й")]
    return [cased_like(c, word) for c in out]


def _written_nominatives(tok: Token) -> dict[str, str]:
    """Words the document writes in the nominative, capitalised, by their lower case; one
    in capitals only, as a dateline writes its city ("КОЛОМБО"), with a capital first letter
    only."""
    doc, texts = tok.doc, token_strings(tok.doc)  # a Token made for capitalised words alone
    return {
        t.lower_: cased_like(t.lower_, t.text) if t.text.isupper() else t.text
        for t in (doc[i] for i, text in enumerate(texts) if text[:1].isupper())
        if t.i != tok.i
        and (features(t, "Case") == ("Nom",) or t.dep_ in {"nsubj", "ROOT"})
        and not has_preposition(t)
    }


def _guess(word: str, accusative: bool) -> str:
    """An unknown city's nominative, no person's name in it: "в Тяньцзине" → "Тяньцзин",
    "в Сурабае" and "в Сурабаю" → "Сурабая", "в Момбасу" → "Момбаса"; an ending no Russian
    locative has ("в Чэнду", "в Кисуму") is an undeclined name."""
    known = [
        p
        for p in morph().parse(word)
        if p.tag.POS == "NOUN" and not (NAME_TAGS & p.tag.grammemes) and p.tag.case != "nomn"
    ]
    low = word.lower()
    if accusative and low.endswith("ю"):
        return low[:-1] + "я"
    if accusative and low.endswith("у"):
        return low[:-1] + "а"
    if low.endswith(("у", "ю", "о")):
        return low
    if known:
        return _as_written(known[0].normal_form, low)
    if low.endswith("е") and len(low) > 2:
        return low[:-1] + ("я" if low[-2] in VOWELS else "")
    return low


def _as_written(guess: str, low: str) -> str:
    """pymorphy3's nominative kept to the text's word: "-ье" as written ("в Закарпатье", not
    "Закарпатие"), and no "-а" added to a stem ending in two consonants ("в Лейксайде" →
    "Лейксайд", "в Ньюкасле"): a city of such a stem the dictionary does not know is an
    English or German one far more often than one in "-а" (which ends "Момбаса", "Аруша")."""
    if low.endswith("ье") and guess == low[:-2] + "ие":
        return low
    stem = low[:-1]
    if guess == stem + "а" and low.endswith("е") and not VOWELS & set(stem[-2:]):
        return stem
    return guess


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
    return (f"state/{city.state}", city.name) if city is not None else ("", "")


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
        if comma > start and DATELINE.match(text, start):
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
