"""Russian labels of events, built from entity names and the trigger's noun phrase.

Labels are composed ("Государственный визит Касым-Жомарта Токаева в Россию"), never
copied from a sentence, so one event gets one label whatever sentence told it. Names
are inflected with pymorphy3: a person's every word (a hyphenated word by its last
part), a state's or an organization's by `kg.nlp.morph.name_in` ("Соединённых Штатов
Америки").
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from kg.doc_text import doc_text
from kg.extract.common.number_kinds import comparator_before
from kg.extract.common.numbers import parse_number
from kg.extract.events.words import is_role
from kg.memory import CACHE_ENTRIES
from kg.nlp.deps import route_dash
from kg.nlp.marks import DASHES
from kg.nlp.morph import NAME_TAGS, UD_GENDER, can_be_case, cased, features, is_plural, morph
from kg.nlp.quote_marks import PAIRS
from kg.resolve.gender import adjective_surname_gender, nominative_name_gender
from kg.resolve.name_forms import VOWELS
from kg.resolve.name_lexicons import INDECLINABLE_END, POSSESSIVE_END

_QUOTED_NAME_WORDS = 15  # the most tokens a quoted name of an event runs to
_ARTICLES = frozenset(["аль", "эль"])  # the Arabic article as a word of its own
# Dependents of a trigger that belong to its name ("форум межрегионального сотрудничества").
_NAME_DEPS = {"nmod", "appos", "flat", "flat:name", "flat:foreign", "nummod", "compound"}
# A term of office and whose word made the appointment, by the preposition each takes:
# "главой МВФ на пятилетний срок", "… по предложению Чили" name the post, not the term or
# the proposal ("о продлении срока полномочий" keeps its "срока": no "на").
#: "под (со)председательством X": who chairs an event, no word of its name
CHAIRING = frozenset({"председательство", "сопредседательство"})
_TERMS = {
    "срок": "на",
    "предложение": "по",
    "представление": "по",
    "рекомендация": "по",
    **dict.fromkeys(CHAIRING, "под"),
}


_HARD_A = {"gent": "ы", "datv": "е", "accs": "у", "ablt": "ой", "loct": "е"}
_SOFT_A = {"gent": "и", "datv": "е", "accs": "ю", "ablt": "ей", "loct": "е"}
_CONSONANT = {"gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"}
_SURNAME = {"gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"}
_SOFT = {"gent": "я", "datv": "ю", "accs": "я", "ablt": "ем", "loct": "е"}
# a man's surname in an adjective's form the dictionary does not read ("Дудый")
_ADJECTIVE = {"gent": "ого", "datv": "ому", "accs": "ого", "ablt": "ым", "loct": "ом"}


@lru_cache(maxsize=CACHE_ENTRIES)
def _inflect_word(word: str, case: str, gender: str) -> str:
    """One word of a person's name in `case`, by its name readings of `gender`, else by its
    ending; unchanged when it does not decline."""
    head, sep, last = word.rpartition("-")
    if sep and (epithet := _epithet_in(last, case, gender)):  # "Буш-старший"
        return _inflect_word(head, case, gender) + sep + epithet
    if sep:
        return head + sep + _inflect_word(last, case, gender)
    low = word.lower()
    if not low or low.endswith(INDECLINABLE_END) or (word.isupper() and len(word) > 1):
        return word  # "Моди", "Лукашенко", "США": indeclinable
    if set(word) <= _ROMAN:
        return word  # a regnal numeral: "Бодуэна I", never "Iа" (fix46b)
    if low.endswith("а") and low[-2:-1] in VOWELS:
        return word  # "Нобоа", "Корреа", "Гарсиа": a foreign "-а" after a vowel declines not
    if _fixed_in_ia(word):
        return _by_ending(word, case, gender)  # "Гарсия" → "Гарсии", as "Берия" → "Берии"
    for p in morph().parse(word):
        named = any(t in p.tag for t in NAME_TAGS) and (not gender or p.tag.gender == gender)
        if named and "nomn" in p.tag and "sing" in p.tag:
            form = p.inflect({case})
            if form is not None:  # "Анналены", not the guess's "Анналёны"
                inflected = form.word if "ё" in low else form.word.replace("ё", "е")
                return cased(inflected, word)
    return _by_ending(word, case, gender)


def _epithet_in(word: str, case: str, gender: str) -> str:
    """A lower-case adjective after a name's hyphen ("-младший", "-старшая") in `case`, or
    "" for any other word."""
    if not word.islower():
        return ""
    for p in morph().parse(word):
        if p.tag.POS == "ADJF" and "nomn" in p.tag and "sing" in p.tag:
            form = p.inflect({case, gender or p.tag.gender or "masc"})
            if form is not None:
                return form.word
    return ""


def _fixed_in_ia(word: str) -> bool:
    """A name in "-ия" after a consonant the dictionary reads only as one that never
    declines ("Гарсия"): a foreign surname in "-ия" declines as "Берия" does, "Гарсии"
    (names79); "-иа" stays ("Гарсиа")."""
    low = word.lower()
    if len(low) < 5 or not low.endswith("ия") or low[-3] in VOWELS:
        return False
    names = [p for p in morph().parse(word) if NAME_TAGS & p.tag.grammemes]
    return bool(names) and all("Fixd" in p.tag for p in names)


def _by_ending(word: str, case: str, gender: str) -> str:
    """A name pymorphy does not know, declined by its ending ("Токаев" → "Токаева")."""
    low = word.lower()
    if low.endswith("ия") and case in ("datv", "loct"):
        return word[:-1] + "и"  # "Гарсии", as "Марии", not "Гарсие"
    if low.endswith(("а", "я")):
        soft = low.endswith("я") or low[-2:-1] in set("гкхжчшщ")
        return word[:-1] + (_SOFT_A if soft else _HARD_A)[case]
    if gender == "femn" or low[-1] in VOWELS:
        return word  # "Аты": a foreign name in a vowel no ending of a noun declines
    if adjective_surname_gender(word) and (low.endswith("ый") or low[-3:-2] in "гкх"):
        # "Дудый" → "Дудого", "Шкий" → "Шкого": "-ий" after other letters may be a noun's
        ending = _ADJECTIVE[case]
        return word[:-2] + ("им" if case == "ablt" and low.endswith("ий") else ending)
    if low.endswith(("й", "ь")):
        return word[:-1] + _SOFT[case]
    table = _SURNAME if low.endswith(POSSESSIVE_END) else _CONSONANT
    return word + table[case]


def person_in(name: str, case: str, gender: str = "") -> str:
    """A person's nominative name in another case ("Касым-Жомарт Токаев" → "…Токаева"), as
    a man's or a woman's where the document's forms tell (`gender`), else by the first
    name's gender in the dictionary."""
    words = name.split()
    gender = gender or (nominative_name_gender(words[0]) if words else "")
    # the article of a family's name stays as written, the name after it declines with the
    # others ("Мухаммеда бен Заида Аль Нахайяна", not "Аля Нахайяна" nor "Аль Нахайян")
    return " ".join(
        w if w.islower() or (i and w.lower() in _ARTICLES) else _inflect_word(w, case, gender)
        for i, w in enumerate(words)
    )


_ROMAN = frozenset("IVXLCDM")


def in_(place: str) -> str:
    """ "в Кению", but "во Вьетнам", "во Францию": "во" before "в" or "ф" and a consonant."""
    low = place.lower()
    vo = len(low) > 1 and low[0] in "вф" and low[1].isalpha() and low[1] not in VOWELS
    return ("во " if vo else "в ") + place


def joined(names: list[str]) -> str:
    """ "А", "А и Б", "А, Б и В"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " и " + names[-1]


def _closing_quote(t: Token) -> int | None:
    """The index of the quote mark that closes the one `t` opens, in its sentence and
    within a name's length; None for any other token."""
    close = PAIRS.get(t.text)
    if close is None:
        return None
    end = min(t.sent.end, t.i + _QUOTED_NAME_WORDS + 1)
    return next((u.i for u in t.doc[t.i + 1 : end] if u.text == close), None)


def _into_rank(noun: Token) -> bool:
    """A plural animate noun after "в" in the nominative ("кандидат в премьер-министры",
    "в члены правления"): one post, the plural only the idiom's. Pass forty-fourth, own
    sentences (h-events113)."""
    marked = any(c.dep_ == "case" and c.lemma_ == "в" for c in noun.children)
    return marked and features(noun, "Animacy") == ("Anim",) and features(noun, "Case") == ("Nom",)


def phrase_in(head: Token, case: str, stop: set[int], counted: bool = False) -> str:
    """A noun phrase with the head and its adjectives in `case` ("nomn", "gent").

    Right-hand dependents that name the event ("возложения цветов", "межрегионального
    сотрудничества") are copied as written, since their case does not depend on the
    head's; the phrase ends before the first token in `stop` (a place or a date) and
    before a term or a proposal ("на пятилетний срок", "по предложению X"; h-events105), and
    before a wiki link's "[" ("указ [http://… опубликован]"; h-events110), and never on
    the stop's bare preposition.
    """
    stop = stop | {u.i for c in head.subtree if c.i > head.i and _term(c) for u in c.subtree}
    deps = _COUNTED_LEFT if counted else {"amod", "nummod"}
    left = [c for c in head.lefts if c.dep_ in deps and c.i not in stop]
    left = [c for c in left if all(t.i not in stop for t in c.subtree)]
    numerals = [c for c in left if counted and c.dep_.startswith("nummod")]
    words = [_agree(c, head, case) for c in left if c not in numerals[1:]]
    if numerals:  # "не менее 12", "около 20", "двадцать один" → "21"
        at = left.index(numerals[0])
        words[at : at + 1] = [w for w in [count_words(numerals)] if w]
    # "Дни культуры" the tagger reads as a singular name's word: plural by every reading
    plural = is_plural(head) or case != "nomn" and _counted_many(head)
    number = "plur" if plural and not _into_rank(head) else "sing"
    words.append(cased(_noun_in(head, case, number), head.text))
    last = head.i  # Doc.text joins every token on each call: slice tokens, not the text
    second = _hyphen_second(head)
    if second is not None:  # "директором - распорядителем МВФ": "директора-распорядителя"
        words[-1] += "-" + cased(_noun_in(second, case, number), second.text)
        head, last = second, second.i
    allowed: set[int] = set()
    for child in head.rights:
        if child.dep_ not in _NAME_DEPS:
            break
        allowed |= {t.i for t in child.subtree}
    for t in head.doc[head.i + 1 : head.sent.end]:
        if t.is_space or t.i <= last:
            continue
        if t.i == last + 1 and route_dash(t):  # "газопровода Баку — Тбилиси — Джейхан"
            last = t.i + 1
            continue
        if t.i in allowed and _members_dash(t):  # "министров стран — соседей Судана"
            last = t.i + 1
            continue
        if t.i in allowed and (close := _closing_quote(t)) is not None:
            last = close  # "форум «Африка — Индия: новые горизонты»": a quoted name is whole
            continue
        if t.i in allowed and _listing_comma(t):
            continue  # "по экономическому, научно-техническому и культурному сотрудничеству"
        if _stray_conjunction(t, allowed):
            continue  # "министров Ганы и Того прошло": the parse hung "и" on the verb
        if t.i not in allowed or t.i in stop or t.text in {",", "–", "—", "(", "[", ":"}:
            break
        if _second_post(t, head) or _dash_apposition(t):
            break
        last = t.i
    # a stop right after its preposition ("о бюджете на | 2013 г."): the phrase ends before
    # it, not on a bare "на" (events118)
    while last > head.i and head.doc[last].pos_ == "ADP":
        last -= 1
    tail = _tail(head.doc[head.i + 1 : last + 1])
    return " ".join(words) + (" " + tail if tail else "")


# the words before a counted paper's noun a label keeps: adjectives, and numerals of any
# form ("двадцать один документ": "двадцать" is the parse's "nummod:gov")
_COUNTED_LEFT = frozenset({"amod", "nummod", "nummod:gov"})


def count_words(numerals: list[Token]) -> str:
    """How many a label says papers are, as the text counts them: in digits ("двадцать один"
    → "21"), with the comparator before the figure ("не менее 12", "около 20", "более 30");
    "" for a count of one in words ("одно соглашение": the noun says it). Seventy-second
    pass (h-events275)."""
    # "двадцать один": the parse hangs "двадцать" on "один"
    words = {t for c in numerals for t in (c, *c.subtree) if t is c or t.pos_ == "NUM"}
    numerals = sorted(words, key=lambda t: t.i)
    first = numerals[0]
    text = doc_text(first.doc)
    written = text[first.idx : numerals[-1].idx + len(numerals[-1].text)]
    value = parse_number(written)
    if value is None:
        figure = written
    elif not first.text[:1].isdigit() and value == 1:
        return ""
    else:
        figure = written if first.text[:1].isdigit() else str(value)
    comparator, start = comparator_before(text, first.idx)
    said = " ".join(text[start : first.idx].split()) if comparator != "eq" else ""
    return " ".join([w for w in [said, figure] if w])


def _counted_many(noun: Token) -> bool:
    """A noun a numeral counts as more than one, written in the singular the numeral
    governs ("два соглашения", "22 документа"): in another case it is plural ("Подписание
    22 документов", not "22 документа"); "31 документ" stays singular ("31 документа").
    Seventy-first pass (h-events273)."""
    # the number word nearest the noun decides: "двадцать один документ" counts one
    numbers = [c for c in noun.children if c.dep_.startswith("nummod")]
    if not numbers:
        return False
    last = max(numbers, key=lambda c: c.i)
    if last.text.isdigit():
        return int(last.text) % 10 != 1 or int(last.text) % 100 == 11
    return last.lemma_ != "один"


def _members_dash(dash: Token) -> bool:
    """A dash between a noun of states and the noun in its case that says which ("стран —
    соседей Судана", "государствами — членами ЕС", "стран — экспортёров нефти"): one
    compound noun written with a dash, part of the phrase, not its end. Sixty-sixth pass
    (h-events246)."""
    doc = dash.doc
    if dash.text not in DASHES or dash.i == 0 or dash.i + 1 >= dash.sent.end:
        return False
    before, after = doc[dash.i - 1], doc[dash.i + 1]
    # the parse may hang it on the noun "стран" is the genitive of ("глав государств —
    # членов ЕС": on "глав")
    on = {before.i, before.head.i}
    which = after.dep_ == "appos" and after.head.i in on and after.pos_ == "NOUN"
    # in its case by some reading (the tagger reads "экспортёров" as a nominative)
    case = features(before, "Case")
    same = len(case) == 1 and can_be_case(after.lower_, case[0])
    return which and same and is_role(before, "members")


def _listing_comma(t: Token) -> bool:
    """A comma between adjectives listed before their noun ("по экономическому,
    научно-техническому и культурному сотрудничеству"): the list is one modifier of the
    name, not its end. Sixty-first pass (h-events209)."""
    return t.text == "," and t.head.dep_ == "conj" and t.head.pos_ == "ADJ" and t.head.i > t.i


def _stray_conjunction(t: Token, allowed: set[int]) -> bool:
    """A coordinating conjunction the parse hung outside the phrase though the conjunct
    right after it is the phrase's ("совместной комиссии Ганы и Того прошло": "и" on the
    verb, "Того" a conjunct of "Ганы"): the conjunct's word, not the phrase's end.
    Sixty-fourth pass (h-events239)."""
    after = t.doc[t.i + 1] if t.i + 1 < t.sent.end else None
    return (
        t.dep_ == "cc"
        and t.i not in allowed
        and after is not None
        and after.i in allowed
        and after.dep_ == "conj"
        and after.head.i < t.i
    )


def _tail(words: Span) -> str:
    """The words after a phrase's head as written, a genitive "которой" among them told by
    the noun it stands for ("первое заседание которой пройдёт" of a commission: "Первое
    заседание совместной комиссии"), which a headline cannot leave to the clause before.
    Fifty-ninth pass (h-events192)."""
    which = next((t for t in words if _whose(t) is not None), None)
    if which is None:
        return " ".join(words.text.split())
    before, after = words[: which.i - words.start], words[which.i - words.start + 1 :]
    noun = phrase_in(_whose(which) or which, "gent", set())
    return " ".join([*before.text.split(), noun, *after.text.split()])


def _whose(which: Token) -> Token | None:
    """The noun a genitive "который" stands for: the one its relative clause hangs on, of
    its number and, in the singular, its gender ("комиссию, первое заседание которой");
    None for other words."""
    if which.lemma_ != "который" or features(which, "Case") != ("Gen",):
        return None
    clause = next((a for a in which.ancestors if a.dep_ == "acl:relcl"), None)
    noun = clause.head if clause is not None else None
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    number = features(which, "Number")
    if number != features(noun, "Number"):
        return None
    return (
        noun
        if number == ("Plur",) or features(which, "Gender") == features(noun, "Gender")
        else None
    )


_QUOTED = re.compile(r"\s*[«\"„“]([^»\"”“]{3,200})[»\"”“]")


def quoted_after(tok: Token) -> str:
    """The words in quotation marks right after `tok`: the title an article is given
    ("статья «…»"), the name of exercises ("учения «Варуна»"); "" where none. The Doc's
    text made once (`doc_text`): the events' rules ask this of every trigger word."""
    m = _QUOTED.match(doc_text(tok.doc), tok.idx + len(tok.text))
    return m.group(1).strip() if m else ""


def guillemets(text: str) -> str:
    """Straight double quotes in pairs as the «» a gathering's name writes (`съезд партии
    "Центристская партия"` → "съезд партии «Центристская партия»"); an unpaired one kept.
    Forty-sixth pass, own sentences (h-events119)."""
    parts = text.split('"')
    if len(parts) == 1 or len(parts) % 2 == 0:
        return text
    return "".join(p + ("«" if k % 2 == 0 else "»") for k, p in enumerate(parts[:-1])) + parts[-1]


def _second_post(dash: Token, head: Token) -> bool:
    """A spaced hyphen before a second post in the first one's case ("назначен начальником
    Генерального штаба ВС Перу - первым заместителем министра обороны"): two posts, the
    phrase is the first's; not a route ("Баку - Тбилиси"), whose names stay in the genitive."""
    doc = dash.doc
    if dash.text != "-" or not dash.whitespace_ or dash.i + 1 >= dash.sent.end:
        return False
    after = doc[dash.i + 1 : dash.sent.end]
    word = next((w for w in after if w.pos_ in {"NOUN", "PROPN"}), None)
    case = features(head, "Case")
    return word is not None and case not in ((), ("Gen",)) and features(word, "Case") == case


def _dash_apposition(dash: Token) -> bool:
    """A spaced hyphen between a name and a lowercase apposition on it ("гендиректора
    «Петроперу» - основного актива «Энап» в Перу", "ОАО «Верфь» - разработчика корвета"):
    what the named body is, no part of the phrase; not a route ("Баку - Тбилиси"), nor a
    compound title ("директором - распорядителем"). Pass forty-fifth (h-events116)."""
    doc = dash.doc
    if dash.text != "-" or dash.i == 0 or dash.i + 1 >= dash.sent.end:
        return False
    before, after = doc[dash.i - 1], doc[dash.i + 1]
    named = before.pos_ == "PROPN" or before.is_quote or before.text == "»"
    return named and after.text[:1].islower()


def _term(word: Token) -> bool:
    """A term of office or a proposal after the post ("на пятилетний срок", "по предложению
    Чили"), by its noun and preposition (h-events105); who chairs a sitting ("заседание
    комиссии под сопредседательством министров …": sixty-fourth pass, h-events236)."""
    prep = _TERMS.get(word.lemma_)
    return prep is not None and any(c.dep_ == "case" and c.lower_ == prep for c in word.children)


def _hyphen_second(head: Token) -> Token | None:
    """The second noun of a compound title written with a spaced hyphen ("директором -
    распорядителем"), in the head's case: it takes the phrase's case too (h-events104)."""
    doc = head.doc
    if head.i + 2 >= head.sent.end or doc[head.i + 1].text != "-":
        return None
    second = doc[head.i + 2]
    same = second.morph.get("Case") == head.morph.get("Case")
    nouns = head.pos_ == second.pos_ == "NOUN"
    return second if nouns and same and second.head.i == head.i else None


def _noun_in(head: Token, case: str, number: str) -> str:
    forms = []
    for p in morph().parse(head.text):
        if p.tag.POS == "NOUN" and p.normal_form.replace("ё", "е") == head.lemma_:
            form = p.inflect({case, number}) or p.inflect({case})
            forms += [form.word] if form is not None else []
    # "бизнес-форум": the first part stays as written ("бизнес-форума"), where the
    # analyser also offers one that declines it ("бизнеса-форума")
    first = head.text.lower().partition("-")[0] + "-" if "-" in head.text else ""
    kept = [f for f in forms if first and f.startswith(first)]
    if kept or forms:
        return (kept or forms)[0]
    return head.lemma_ if case == "nomn" else head.text


def _agree(adj: Token, head: Token, case: str) -> str:
    """An adjective before the head, in `case` and agreeing with it."""
    if (ordinal := _ORDINAL.match(adj.text)) is not None:  # "66-го Каннского" → "66-й"
        return _ordinal_in(ordinal.group(1), head, case) or adj.text
    if adj.pos_ != "ADJ":
        return adj.text
    grammemes = {case}
    if features(head, "Number") == ("Plur",):
        grammemes.add("plur")
    else:
        gender = UD_GENDER.get((head.morph.get("Gender") or [""])[0], "")
        if gender:
            grammemes.add(gender)
    for p in morph().parse(adj.text):
        if p.tag.POS == "ADJF":
            form = p.inflect(grammemes)
            if form is not None:
                return cased(form.word, adj.text)
    return adj.text


# a numeral written with its ordinal ending ("66-го", "12-й", "3-му")
_ORDINAL = re.compile(r"^(\d+)-(?:го|му|м|й|я|е|ю|ой|ая|ое|ые|х|ми)$")
# the ending an ordinal numeral takes before a head of a gender or number, by case
_ORDINAL_ENDINGS = {
    "nomn": {"masc": "й", "femn": "я", "neut": "е", "plur": "е"},
    "gent": {"masc": "го", "femn": "й", "neut": "го", "plur": "х"},
}


def _ordinal_in(number: str, head: Token, case: str) -> str:
    """An ordinal numeral written with its ending, in `case` and agreeing with the head
    ("66-го Каннского кинофестиваля" → "66-й Каннский кинофестиваль"); "" for a case it
    has no ending for here. Pass forty-fifth (h-events116)."""
    if features(head, "Number") == ("Plur",):
        key = "plur"
    else:
        key = UD_GENDER.get((head.morph.get("Gender") or [""])[0], "") or "masc"
    ending = _ORDINAL_ENDINGS.get(case, {}).get(key, "")
    return f"{number}-{ending}" if ending else ""
