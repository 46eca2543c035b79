"""A place's one-word name as the text writes it, looked up in the gazetteer's cities and
regions: its nominative from the oblique case it stands in ("в Сурабае", "в Тяньцзине"),
the entry it names and the state that lies in. The tagger's lemma and pymorphy3's best parse
of an unknown city often read it as a person's first name ("Тяньцзина") or a wrong stem
("Сурабай"); the text's own nominative and pymorphy3's geographical parse know better, and a
guess that keeps the stem whole is safer than either when neither is there.

Moved out of kg/extract/events/place_names.py (fifty-eighth pass, h-twins2), so that events
and offices ("губернатор штата Техас", `city_posts.region_state`) read a place's state in
one place."""

from __future__ import annotations

from spacy.tokens import Token

from kg.doc_text import token_strings
from kg.gazetteer import CityEntry, Gazetteer
from kg.nlp.deps import has_preposition
from kg.nlp.morph import NAME_TAGS, features, morph
from kg.resolve.name_forms import VOWELS
from kg.resolve.surname_declension import cased_like


def place_nominative(tok: Token, gazetteer: Gazetteer) -> str:
    """The place's one-word name in the nominative, written with the text's capitals."""
    return _parts_cased(_nominative(tok, gazetteer), tok.text)


def _nominative(tok: Token, gazetteer: Gazetteer) -> str:
    """`place_nominative`, its capitals after the first letter not yet the text's."""
    word = tok.text
    if declined := _declined_nominative(tok, gazetteer):
        return declined  # "в городе Аджлуне", "в городе Гренобле": a dictionary's nominative
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
    if told := _told_by_other_case(tok):
        return told
    # "в Аруше": a nominative the form may be of that cities.tsv knows ("Аруша"), before a
    # guess by a like ending ("Аруш"); the zero ending first ("в Гамбурге": "Гамбург")
    known = next((form for form in candidates if gazetteer.city(form) is not None), "")
    return known or cased_like(_guess(word, features(tok, "Case") == ("Acc",)), word)


# Nouns of a region a name after them is ("на остров Бали", "в провинции Онтарио"): no city,
# whatever town abroad shares the name; its state only from a table of regions.
REGION_NOUNS = frozenset(["остров", "полуостров", "провинция", "штат"])


def named_city(tok: Token, gazetteer: Gazetteer) -> CityEntry | None:
    """The gazetteer's city a word names (`place_entry`: "в Осаке", "суд Сантьяго"); None
    for a word no city is spelt by, nor a region's name after its noun (`REGION_NOUNS`)."""
    return None if region_named(tok) else place_entry(tok, gazetteer)


def place_entry(tok: Token, gazetteer: Gazetteer) -> CityEntry | None:
    """The gazetteer's city or region a word names, as written, in its nominative
    (`place_nominative`) or by its lemma ("в Осаке", "штата Техас"); None for a word none is
    spelt by."""
    return (
        gazetteer.city(tok.text)
        or gazetteer.city(place_nominative(tok, gazetteer))
        or gazetteer.city(tok.lemma_)
    )


def place_state(tok: Token, gazetteer: Gazetteer) -> str:
    """The key of the state the gazetteer's city or region a word names lies in
    (`place_entry`: "губернатор штата Техас": the USA); "" for a word none is spelt by."""
    return city_state(place_entry(tok, gazetteer))


def city_state(city: CityEntry | None) -> str:
    """The key of the state a gazetteer's city or region lies in ("state/ITA"), "" for none."""
    return f"state/{city.state}" if city is not None else ""


def region_named(tok: Token) -> bool:
    """The name of an island, province or state its noun stands before ("на остров Бали",
    "в штате Парана"): the noun the parse hangs it on, or the word right before it."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    nouns = [t for t in (tok.head, before) if t is not None and t.i < tok.i]
    return any(t.lemma_.lower() in REGION_NOUNS for t in nouns)


def declined_name(tok: Token, gazetteer: Gazetteer) -> bool:
    """A name after a noun in the locative ("в австрийском городе Розенхайме") ending as a
    consonant stem's locative does, whose nominative pymorphy3 or the gazetteer's cities
    know (`_declined_nominative`): declined with the noun, though the tagger reads it as a
    nominative that does not decline. An unknown stem is as written: many names end so
    undeclined ("в городе Варнемюнде", "в аэропорту Ле-Бурже"), and a guess invents a city."""
    return bool(_declined_nominative(tok, gazetteer))


def _declined_nominative(tok: Token, gazetteer: Gazetteer) -> str:
    """The nominative of a name `declined_name` reads as declined with its noun: the one
    the dictionary's geographical locative reading gives ("в городе Гренобле": Гренобль,
    "Неаполе": Неаполь, whose bare stem GeoNames' Bulgarian names once made a city), else
    the stem a dictionary or the gazetteer knows as a place ("Аджлуне": Аджлун); "" for
    none. Sixty-eighth pass (h-places71)."""
    low, head = tok.lower_, tok.head
    if tok.dep_ not in {"appos", "flat", "flat:name", "nmod"} or head.i >= tok.i:
        return ""
    after_place = features(head, "Case") == ("Loc",) and has_preposition(head)
    if not (after_place and len(low) > 3 and low.endswith("е") and low[-2] not in VOWELS):
        return ""
    stem = low[:-1]
    for p in morph().parse(low):
        if p.is_known and {"Geox", "loct"} <= p.tag.grammemes and p.normal_form[:-1] == stem:
            return cased_like(p.normal_form, tok.text)  # "гренобль", "севилья"
    return cased_like(stem, tok.text) if _known_place(stem, gazetteer) else ""


def _known_place(word: str, gazetteer: Gazetteer) -> bool:
    """A place's nominative the gazetteer's cities or pymorphy3's dictionary know."""
    known = any(
        p.is_known and "Geox" in p.tag and p.tag.case == "nomn" for p in morph().parse(word)
    )
    return known or gazetteer.city(word) is not None


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


# Endings of a consonant stem's other cases that tell its gender: a feminine's genitive and
# instrumental ("из Габалы", "под Габалой"), a masculine's instrumental ("под Ташкентом").
_FEMININE_ENDINGS = ("ы", "ой")
_MASCULINE_ENDINGS = ("ом",)


def _told_by_other_case(tok: Token) -> str:
    """The nominative of a place in "-е" after a consonant ("в Габале": "Габала" or "Габал"?)
    that another word of the document, the same stem in a case whose ending tells the gender,
    decides: "из Габалы" or "Габалой" → "Габала", "Габалом" → "Габал"; "" where none does
    (no guess: the caller's dictionary, gazetteer and ending rules go on). Sixty-seventh pass
    (h-places70)."""
    low = tok.lower_
    if len(low) < 4 or not low.endswith("е") or low[-2] in VOWELS:
        return ""
    stem, ends = low[:-1], set()
    for other in tok.doc:
        if other.i != tok.i and other.text[:1].isupper() and other.lower_.startswith(stem):
            ends.add(other.lower_[len(stem) :])
    feminine, masculine = ends & set(_FEMININE_ENDINGS), ends & set(_MASCULINE_ENDINGS)
    if feminine and not masculine:
        return cased_like(stem + "а", tok.text)
    if masculine and not feminine:
        return cased_like(stem, tok.text)
    return ""


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


def _parts_cased(name: str, written: str) -> str:
    """A hyphened name with each part's capital as the text writes it ("в Порт-о-Пренсе":
    Порт-о-Пренс, "в Рио-де-Жанейро", "в Нью-Дели"), its particles in lower case, where
    `cased_like` capitalised the first letter only ("Санкт-петербург"). Only the last part
    declines, but a part before "на" ("в Ростове-на-Дону"): another is the text's, as a
    guess may decline "Абу" of "Абу-Даби" to "Аба". A name in capitals is left to
    `cased_like` (which part is a particle it does not tell). Sixty-eighth pass
    (h-places71)."""
    parts, texts = name.split("-"), written.split("-")
    if len(parts) != len(texts) or len(parts) < 2 or written.isupper():
        return name
    last = len(parts) - 1
    return "-".join(
        cased_like(part, text) if i == last or texts[i + 1] == "на" else text
        for i, (part, text) in enumerate(zip(parts, texts, strict=True))
    )


def _as_written(guess: str, low: str) -> str:
    """pymorphy3's nominative kept to the text's word: "-ье" as written ("в Закарпатье", not
    "Закарпатие"), and no "-а" or "-я" added to a stem ending in two consonants ("в
    Лейксайде" → "Лейксайд", "в Ньюкасле", "в Сиэттле": not "Сиэттля", sixty-eighth pass,
    h-places71): a city of such a stem the dictionary does not know is an English or German
    one far more often than one in "-а" (which ends "Момбаса", "Аруша")."""
    if low.endswith("ье") and guess == low[:-2] + "ие":
        return low
    stem = low[:-1]
    if guess in {stem + "а", stem + "я"} and low.endswith("е") and not VOWELS & set(stem[-2:]):
        return stem
    return guess
