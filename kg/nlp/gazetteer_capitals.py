"""Whether a capital or a seat of government the gazetteer knows stands for its government.

"Москва заявила", "между Москвой и Вашингтоном", "Гаага выслала посла" name the government; a
place after a preposition or in a list of places ("в Каире", "в Ниццу, Будапешт, Прагу"), an
address ("Минск, Белоруссия"), a word of a name (a first name, a surname, a club's city in a
match, "мэрия Парижа", «Эхо Москвы»), the host of an event ("Гаага примет саммит") and a city
made a capital are the city. A capital that is also a first name ("Дакар", "Сантьяго") is the
government by a verb or a noun of policy. `GazetteerMatcher._capitals` asks these of each
capital the text writes capitalised.

Split out of gazetteer_matcher.py (forty-sixth pass, h-split51): the capitals' readings, apart
from the names' and the adjectives'."""

from __future__ import annotations

from collections.abc import Container
from pathlib import Path

from spacy.tokens import Token

from kg.gazetteer import normalize
from kg.lexicon import load_groups, load_list
from kg.nlp.deps import first_of_list
from kg.nlp.morph import case_of, morph
from kg.resolve.clergy import SEE_RANKS
from kg.resolve.name_lexicons import is_first_name
from kg.resolve.org_fields import NUMBER_SIGNS
from kg.resolve.org_quotes import quoted_stretch

# A city's own bodies, people and places, and what is done to it as a place: a capital
# after them is the city ("мэрия Парижа", "глава Киева", "осада Сараево"); a church's see
# is the city too ("архиепископ Лимы", "епархия Боготы"; the ranks from `clergy`).
CITY_NOUNS = frozenset(
    ["мэрия", "мэр", "вице-мэр", "градоначальник", "житель", "жительница", "улица", "центр",
     "пригород", "окраина", "район", "аэропорт", "вокзал", "метро", "университет", "порт",
     "горсовет", "администрация", "муниципалитет", "полиция", "губернатор", "окрестность",
     "клуб", "команда", "юг", "север", "запад", "восток", "суд", "округ", "мечеть", "собор",
     "площадь", "музей", "театр", "глава", "осада", "блокада", "штурм", "оборона", "обстрел",
     "бомбардировка", "община", "диаспора", "северо-запад", "северо-восток", "юго-запад",
     "юго-восток", "прокуратура", "департамент", "больница", "госпиталь", "клиника",
     "гостиница", "отель", "ратуша", "символ", "архиепархия", "епархия", "митрополия",
     "патриархат"]
) | SEE_RANKS  # fmt: skip
# Adjectives that make the noun a city's ("городское собрание Будапешта").
CITY_ADJECTIVES = frozenset(["городской", "муниципальный", "столичный"])
# Verbs of a match a club named by its city plays ("Рим обыграл Милан со счётом 2:1").
MATCH_VERBS = load_list(Path(__file__).with_name("match_verbs.txt"))
# ... and the nouns that tell a match where a verb alone may be a contest of states
MATCH_NOUNS = load_list(Path(__file__).with_name("match_nouns.txt"))

POLICY_VERBS = load_list(Path(__file__).with_name("policy_verbs.txt"))
POLICY_NOUNS = load_list(Path(__file__).with_name("policy_nouns.txt"))

# Verbs of hosting, the events a city hosts and the venues it becomes ("Гаага примет саммит")
_HOSTING = load_groups(Path(__file__).with_name("hosting.txt"))
# Prepositions after which a capital is a place, not a government.
PLACE_PREPOSITIONS = frozenset(
    ["в", "во", "из", "на", "до", "через", "под", "около", "у", "возле", "близ", "по", "над"]
)
# Words of a distance or direction from a place: a capital after them and "от" is a place
# ("в 30 километрах от Каира", "недалеко от Афин", "к северу от Сеула").
DISTANCE_WORDS = frozenset(
    ["километр", "км", "миля", "метр", "недалеко", "неподалёку", "неподалеку", "вблизи",
     "далеко", "север", "юг", "запад", "восток", "северо-запад", "северо-восток", "юго-запад",
     "юго-восток"]
)  # fmt: skip


def after_place_preposition(t: Token) -> bool:
    """A capital after a preposition of place, also across lower-case adjectives ("в Каире",
    "в перуанской Лиме", "в самом Бухаресте"), or after "от" of a distance or direction ("в
    30 километрах от Каира", "недалеко от Дамаска"): the city. Not "от" alone ("ответа от
    Каира": its government), nor "официальный" ("в официальном Пекине считают": the
    government)."""
    doc = t.doc
    i = t.i - 1
    while i >= 0 and doc[i].pos_ in ("ADJ", "DET") and doc[i].text[:1].islower():
        if doc[i].lemma_ == "официальный":
            return False
        i -= 1
    if i < 0:
        return False
    if doc[i].lower_ in PLACE_PREPOSITIONS:
        return True
    return i == t.i - 1 > 0 and doc[i].lower_ == "от" and doc[i - 1].lemma_ in DISTANCE_WORDS


def quoted_name(t: Token) -> bool:
    """A capital inside a short quoted stretch with no verb: a word of the name of a paper,
    station, hotel or ship ("«Эхо Москвы»", "крейсер «Москва»"), not the government, which a
    quoted sentence names ("«Каир ответит на это»")."""
    stretch = quoted_stretch(t.doc, t.i, t.i + 1)
    return stretch is not None and not any(
        t.doc[i].pos_ in ("VERB", "AUX") for i in range(*stretch)
    )


def capital_with_country(t: Token, key: str, named: dict[int, str]) -> bool:
    """A capital followed by a comma and the name of its own state, `key` ("Минск,
    Белоруссия"): a place given with its country, not the government beside its state.
    `named`: the state each state's name opening at a token names."""
    return t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "," and named.get(t.i + 2) == key


def listed_place(t: Token) -> bool:
    """A capital in a list of places a preposition governs ("в Ниццу, Будапешт, Прагу"), or
    alone in brackets, the place of what is named before it ("«Спартак» (Москва)", "на
    семинаре в WannseeForum (Берлин)")."""
    doc = t.doc
    if t.i and doc[t.i - 1].text == "(" and t.i + 1 < len(doc) and doc[t.i + 1].text == ")":
        return True
    first = first_of_list(t)
    if first.i == t.i or first.i == 0:
        return False
    return doc[first.i - 1].lower_ in PLACE_PREPOSITIONS


def in_a_name(t, place: bool = False, governing: bool = False) -> bool:  # noqa: ANN001
    """A capital's word that is a person's name or part of another name, not a government:
    a first name ("Виктория"), a person's surname ("Мартин Лондон"), a club's city
    ("«Спартак» Москва"), a city's body or head ("мэрия Парижа", "глава Киева"). Not the
    tagger's person where the word is a `place` no name spells ("Тирана заявила"), nor a
    first name `governing` (`governing_capital`: "Конакри поддержит Дакар")."""
    first_name = is_first_name(t.text)
    if t.head.lemma_ in MATCH_VERBS and (
        (t.dep_ == "nsubj" and first_name) or (t.dep_ in _MATCH_SIDES and _of_a_match(t))
    ):
        return True  # a club named by its city in a match ("Рим обыграл Милан", "… в финале")
    if not governing and (
        (_first_name_of_its_own(t) and not _subject_no_name(t))
        or (t.ent_type_ == "PER" and not place)
    ):
        return True
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if first_name and nxt is not None and nxt.ent_type_ == "PER" and nxt.text[:1].isupper():
        return True  # "Визит Афины Петровой": a first name before a person's surname
    if t.dep_ == "nmod" and t.head.lemma_.removeprefix("экс-") in CITY_NOUNS:
        return True  # "мэрия Парижа", "жители Берлина", "экс-мэр Лимы": the city
    if t.dep_ == "nmod" and any(a.lemma_ in CITY_ADJECTIVES for a in t.head.lefts):
        return True  # "городское собрание Будапешта": a body of the city
    if _named_as_capital(t) or _after_number(t) or _made_capital(t):
        return True
    if town_abbreviation(t) is not None:
        return False  # "Г.Москва заявила": the town's abbreviation acts (`town_acting`)
    return t.dep_ in ("appos", "flat", "flat:name", "flat:foreign", "compound")


_MATCH_SIDES = frozenset({"nsubj", "obj", "iobj", "obl"})  # who plays whom


def _of_a_match(t: Token) -> bool:
    """Whether the match verb the capital plays tells a match in its own words ("в финале
    чемпионата", "со счётом 2:0"); not "за счёт пошлин", a contest of states."""
    for w in t.head.subtree:
        if w.lemma_ in MATCH_NOUNS and not (w.lemma_ in ("счёт", "счет") and _after_za(w)):
            return True
    return False


def _after_za(w: Token) -> bool:
    return w.i > 0 and w.doc[w.i - 1].lower_ == "за"


def seat_acting(t: Token) -> bool:
    """A seat of government as the subject of a verb, the government acting ("Гаага
    выслала посла", "Ла-Пас и Сантьяго договорились"), not of a copula or a place's verb
    ("Путраджая расположена к югу", "Коломбо стал крупнейшим портом")."""
    first = first_of_list(t)
    head = first.head
    return (
        first.dep_ == "nsubj"
        and head.pos_ == "VERB"
        and head.lemma_ not in _PLACE_VERBS
        and head.lemma_ not in MATCH_VERBS
    )


# Abbreviations of "город" a city's name follows ("г. Минск", "гор. Минск").
_TOWN_ABBREVIATIONS = frozenset(["г", "гор"])


def town_abbreviation(t: Token) -> Token | None:
    """The "г."/"гор." right before a capital that the parse hangs the capital on ("Г.Москва
    заявила", "в г. Минске": it makes the abbreviation the noun and the city its apposition);
    not a year's "г." after a number ("в 2020 г. Минск заявил"), nor a surname "Гор" after a
    name ("Эл Гор. Минск …")."""
    doc = t.doc
    if t.i < 2 or doc[t.i - 1].text != ".":
        return None
    abbr = doc[t.i - 2]
    if abbr.lower_ not in _TOWN_ABBREVIATIONS or t.head.i != abbr.i:
        return None
    before = doc[abbr.i - 1] if abbr.i else None
    if before is not None and (before.like_num or abbr.text == "Гор" and before.text.istitle()):
        return None
    return abbr


def town_acting(t: Token) -> bool:
    """A capital after "г."/"гор." (`town_abbreviation`) that stands for its government: the
    abbreviation, which holds the city's place in the parse, is the subject of a verb of
    acting ("Г.Москва заявила протест", "г. Вильнюс и г. Рига подписали"; `seat_acting`), or
    an object the tagger makes of it before a verb with no subject, the city's word in the
    nominative ("г.Варшава не признает выборы"). After a preposition, a city's noun or as an
    object it is the town ("в г. Минске", "жители г. Минска", "посетил г. Минск")."""
    abbr = town_abbreviation(t)
    if abbr is None or seat_acting(abbr):
        return True
    first = first_of_list(abbr)
    verb = first.head
    return (  # "г.Варшава не признает выборы": the tagger's object, a verb with no subject
        first.dep_ == "obj"
        and first.i < verb.i
        and verb.pos_ == "VERB"
        and case_of(t) == "Nom"
        and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)
    )


# Verbs a city is the subject of as a place: where it lies, what it is or becomes
_PLACE_VERBS = frozenset({
    "стать", "становиться", "остаться", "оставаться", "являться", "быть", "расположить",
    "располагаться", "находиться", "лежать", "насчитывать",
})  # fmt: skip


def hosting_capital(t: Token) -> bool:
    """A capital or seat that is the subject of hosting an event ("Гаага примет саммит НАТО",
    "Саммит примет Дели", "Ташкент стал местом проведения саммита"): the place it is held,
    not the government acting ("Анкара приняла решение", "Каир принял предложение"), nor one
    that also acts ("Дели примет саммит и подпишет соглашение")."""
    first = first_of_list(t)
    verb = first.head
    if first.dep_ != "nsubj" or verb.i == first.i:
        return False
    if any(c.dep_ == "conj" and c.pos_ == "VERB" for c in verb.children):
        return False
    others = [c for c in verb.children if c.i != first.i]
    if verb.lemma_ in _HOSTING["verb"]:
        return any(c.dep_ in ("obj", "nsubj") and c.lemma_ in _HOSTING["event"] for c in others)
    return any(c.dep_ == "xcomp" and c.lemma_ in _HOSTING["venue"] for c in others)


def governing_capital(t, states: Container[int], capitals: dict[str, str]) -> bool:  # noqa: ANN001
    """A capital that is also a first name ("Дакар", "Сантьяго"), by a verb of policy: as its
    object, or a second subject the parse makes of one, where its subject is a state by name
    (`states`: the tokens its names open at) or by capital ("Конакри поддержит Дакар",
    "Гвинея осудила Сантьяго", "Лима призвала Сантьяго к диалогу"), however the tagger
    tags it; or as its subject the tagger does not call a person, of a verb other than
    saying ("Дакар осудил действия Бамако"). The government acting or acted on, not a
    person ("Президент поддержал Сантьяго", "Тренер похвалил Сантьяго" stay the man)."""
    first = first_of_list(t)
    verb = first.head
    if _policy_genitive(t, first, states, capitals):
        return True
    if verb.i == first.i or verb.lemma_ not in POLICY_VERBS:
        return False
    if first.dep_ not in ("nsubj", "obj", "iobj"):
        return False
    if any(
        c.dep_ == "nsubj"
        and c.i != first.i
        and (c.i in states or normalize(c.lemma_) in capitals and c.text[:1].isupper())
        for c in verb.children
    ):
        return True
    # a bare first name saying something is still a person ("Сантьяго заявил журналистам")
    saying = verb.lemma_ in ("заявить", "заявлять")
    return first.dep_ == "nsubj" and t.ent_type_ != "PER" and not saying


def _policy_genitive(t, first, states: Container[int], capitals: dict[str, str]) -> bool:  # noqa: ANN001
    """A capital that is also a first name in the genitive, with no preposition, after a
    noun of policy (`policy_nouns.txt`: "с позицией Дакара", "решение Сантьяго", "ответа
    Дакара"), the last word of its name, where its sentence names another state by name
    (`states`) or by capital: that state's government, not a person. "мэр Лимы", "в
    пригороде Дакара" and "позицию Сантьяго Пеньи" stay no state."""
    if first.dep_ != "nmod" or first.head.lemma_ not in POLICY_NOUNS:
        return False
    if any(c.dep_ == "case" for c in first.children) or "Gen" not in first.morph.get("Case"):
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha:
        return False  # a first name before a surname
    listed = {t.i, first.i, *(c.i for c in first.children if c.dep_ == "conj")}
    return any(
        w.i not in listed
        and (w.i in states or normalize(w.lemma_) in capitals and w.text[:1].isupper())
        for w in t.sent
    )


def _first_name_of_its_own(t) -> bool:  # noqa: ANN001 - spaCy Token
    """A capital's word that is a first name in itself ("Виктория"), not a form the
    dictionary also reads as a case of another first name ("Афины", "Афинами" of "Афина",
    "Риму" of "Рима", "Ханою" of "Хана", "Вене" of "Веня"): those stay the capital."""
    if not is_first_name(t.text):
        return False
    own = {normalize(t.lemma_), normalize(t.text)}
    return any(
        "Name" in p.tag and p.is_known and normalize(p.normal_form) in own
        for p in morph().parse(t.text)
    )


def _subject_no_name(t) -> bool:  # noqa: ANN001 - spaCy Token
    """A capital the parse makes a subject in the nominative where no first name is spelt so
    in the nominative singular ("Рим заявил"): the government acting, not a person
    ("Виктория заявила" stays a name)."""
    return (
        t.dep_ == "nsubj"
        and case_of(t) == "Nom"
        and not any(
            {"Name", "nomn", "sing"} <= p.tag.grammemes and p.is_known
            for p in morph().parse(t.text)
        )
    )


def _after_number(t) -> bool:  # noqa: ANN001 - spaCy Token
    """A capital right after an institution's number ("больницы № 3 Джакарты", "школы №\xa012
    Осло"): the city the institution is in, not its state's government."""
    words = [w for w in t.doc[max(t.i - 4, 0) : t.i] if not w.is_space]
    return len(words) >= 2 and words[-1].text[:1].isdigit() and words[-2].text in NUMBER_SIGNS


def _made_capital(t) -> bool:  # noqa: ANN001 - spaCy Token
    """A capital made or called a capital, "столицей" in the instrumental on its own word or
    on the word it hangs on ("признание Иерусалима столицей Израиля", "Египет признал Каир
    столицей", "провозгласила Оттаву столицей"): the city talked about, not its government."""
    kin = [*t.children, *(t.head.children if t.head.i != t.i else ())]
    return any(w.i != t.i and w.lemma_ == "столица" and case_of(w) == "Ins" for w in kin)


def _named_as_capital(t) -> bool:  # noqa: ANN001 - spaCy Token
    """A capital set off by a comma or a dash after "столица" and its state, in its case
    ("жители столицы страны, Каракаса", "в столице — Лиссабоне"): the city the text points
    to, not its government, however the parse hangs it (the tagger makes it a conjunct of the
    state's noun). Not a clause after it ("в столице, Вашингтон заявил")."""
    doc = t.doc
    if t.i < 2 or doc[t.i - 1].text not in (",", "—", "–"):
        return False
    return any(
        w.lemma_ == "столица" and case_of(w) == case_of(t) for w in doc[max(t.i - 3, 0) : t.i - 1]
    )
