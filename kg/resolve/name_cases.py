"""Case readers: which case a name stands in, from its context.

A declined name's nominative depends on its case, and the tagger often guesses it wrong
for foreign names. These readers tell it from the words around the name: a title or a
kin word before it, an apposition, a possessor, a verb's object, a quoted verb, an
undeclined opener ("Абдель"). `name_parts` (names.py) asks them once per name.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Span, Token

from kg.gazetteer import Gazetteer
from kg.lexicon import load_list
from kg.nlp.deps import SUBJECTS, after_place, preposition_conjunct
from kg.nlp.marks import DASHES_OR_HYPHEN
from kg.nlp.morph import (
    UD_CASE,
    Parse,
    animate_word,
    case_of,
    caseless,
    features,
    is_animate,
    is_finite,
    is_inanimate,
    may_be_animate,
    morph,
)
from kg.resolve.gender import womans_first_name
from kg.resolve.japanese_names import japanese_word
from kg.resolve.kin_and_ranks import academic_before, known_caseless, word_tokens
from kg.resolve.name_forms import VOWELS, fold
from kg.resolve.name_lexicons import (
    FRENCH_NAMES,
    INITIAL,
    SYLLABLE_SURNAMES,
    common_word,
    genitive_only,
    is_first_name,
    reads_genitive,
    russian_surname_end,
)
from kg.resolve.name_spellings import UNDECLINED_OPENERS, arabic_compound, arabic_name
from kg.resolve.surname_declension import (
    declined_surname,
    es_locative,
    undeclined_o,
    western_name_word,
    western_spelling,
)
from kg.resolve.womens_names import (
    her_genitive,
    predicate_verb,
    told_nominative,
    womans_oblique_surname,
    womans_surname,
)


def genitive_read_nominative(span: Span, woman: bool) -> tuple[str, bool] | None:
    """A surname alone the parse hangs on a thing's noun before it as its complement, yet
    tags a woman's nominative ("Защита Гончарова подала жалобу"): no nominative is a
    thing's complement, so it is a man's genitive ("Гончаров"); her genitive ends in "-ой".
    Not after a person's noun, where it may be apposed ("Министр Гончарова прибыла"), nor
    after a person's title that ends in a thing ("Глава делегации Гончарова", "Советник
    посольства Гончарова": `_titled_thing`); her verb after it (`_subject_of_feminine`:
    `woman`) is checked before. So too after initials, the parse hanging the name on the
    noun by them and the tagger reading the initial alone as a genitive ("об участии
    Ю.Синдеева": "Синдеев", names93); a genitive the tagger reads as hers is his too, as
    hers would end in "-ой". The genitive and not feminine, as `kin_told_case` gives it; else
    None."""
    root = span.root
    words = [t for t in span if not t.is_punct]
    surname = words[-1]
    initials = all(
        INITIAL.match(t.text) and t.i + 1 < len(span.doc) and span.doc[t.i + 1].text == "."
        for t in words[:-1]
    )
    his = (
        not woman
        and initials
        and root.dep_ == "nmod"
        and root.head.pos_ in ("NOUN", "PROPN")  # "Защита" opening a sentence: PROPN
        and root.head.i < root.i
        and not is_first_name(root.head.text)
        and not _titled_thing(root.head)
        and case_of(surname) in ("Nom", "Gen")  # "Кандеева" read as her genitive, too
        and womans_surname(surname.text)
    )
    return ("Gen", False) if his else None


# Nouns of a law or a doctrine a person's surname names ("пакет Яровой", "доктрина Монро").
LAW_NOUNS = load_list(Path(__file__).with_name("law_nouns.txt"))

# A woman's surname's genitive in "-ой" ("Ковальской", "Петровой"); a man's in "-ого".
_HER_GENITIVE_ENDS = ("ской", "цкой", "овой", "евой", "ёвой", "иной", "ыной")


def law_eponym_genitive(span: Span, woman: bool) -> tuple[str, bool] | None:
    """A surname alone right after a law's noun, in "-ской", "-овой", "-иной" ("поправку
    Ковальской", "о законе Петровой"): the law's eponym is a genitive, and a man's would end
    in "-ого", so it is hers ("Ковальская"), though the tagger reads a man's "-ской" like
    "Трубецкой" (names98). Not a man's genitive ("закон Ковальского"), nor a name of more
    words."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 1 or span.start < 1 or span.doc[span.start - 1].lemma_ not in LAW_NOUNS:
        return None
    return ("Gen", True) if words[0].lower_.endswith(_HER_GENITIVE_ENDS) else None


# A Russian possessive surname in an oblique case ("Смирнова", "Смирновым", "Ивановой").
_POSSESSIVE_OBLIQUE = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|у|ым|е|ой|ою)$")


def academic_case(span: Span, woman: bool) -> tuple[str, bool] | None:
    """A Russian surname, alone or after initials, right after an academic rank, degree or
    post written short ("По мнению проф. Смирнова", "по данным к. э. н. А. Сидорова", "с
    доц. Петровым"): in apposition to it, so in the oblique case the tagger reads on the
    abbreviation, which its governor shows; the tagger reads the surname after the points
    as a woman's nominative, and the parse, broken at the points, may make it the subject of
    a woman's verb (`woman`: "По словам д. м. н. Петрова, Польша закупила …"), which an
    apposition to an abbreviation a word before it governs never is (names98). Hers where
    the form is only a woman's ("-овой", or "-ову" in the accusative). None after a
    nominative abbreviation, for a first name, or for a woman her verb tells after an
    abbreviation nothing before it governs ("Проф. Петрова заявила")."""
    words = [t for t in span if not t.is_punct]
    abbreviation = academic_before(span.doc, span.start)
    if abbreviation is None or not words:
        return None
    if woman and not abbreviation.head.i < abbreviation.i:
        return None
    *initials, surname = words
    if not all(INITIAL.fullmatch(t.text) for t in initials):
        return None
    low, case = surname.lower_, case_of(abbreviation)
    if case in ("", "Nom") or not _POSSESSIVE_OBLIQUE.search(low):
        return None
    return case, low.endswith(("ой", "ою")) or (case == "Acc" and low.endswith("у"))


# Dashes: between two surnames of one thing named after both ("поправка Джексона — Вэника"),
# and after a quote before its verb ("«…», — поблагодарил").


def dash_pair_genitive(span: Span, woman: bool) -> tuple[str, bool] | None:
    """A surname alone in "-а"/"-я" after a consonant, right after a dash that follows a
    man's surname the tagger reads as a genitive in "-а"/"-я" ("поправка Джексона — Вэника",
    "пакт Молотова — Риббентропа", "поправку Смита — Вессона"): the second of two eponyms of
    one law or pact, a man's genitive like the first ("Вэник"), whatever gender the tagger
    guesses (names97). Not a woman the verb tells (`woman`), nor a name of more words."""
    words = [t for t in span if not t.is_punct]
    doc = span.doc
    if (
        woman
        or len(words) != 1
        or span.start < 2
        or doc[span.start - 1].text not in DASHES_OR_HYPHEN
    ):
        return None
    first, word = doc[span.start - 2], words[0].lower_
    his = (
        first.text[:1].isupper()
        and first.lower_.endswith(("а", "я"))
        and case_of(first) == "Gen"
        and "Masc" in first.morph.get("Gender")
        and word.endswith(("а", "я"))
        and len(word) > 2
        and word[-2] not in VOWELS
    )
    return ("Gen", False) if his else None


def negated_being(span: Span, words: list[Token]) -> tuple[str, bool] | None:
    """A name the parse makes the subject of a negated verb of being in the neuter past ("не
    было", "не оказалось", "не осталось"; "нет"): the genitive of negation ("Педро Санчеса
    на саммите не было", "Кира Дамбера не было на встрече"), for a person in the nominative
    would make the verb agree ("не был", "не была"). A woman's where her surname shows her
    genitive ("Анны Ковальской") or her first name reads as a woman's genitive only
    ("Киры"). ("Gen", hers) as `kin_told_case` gives it; None where another subject of the verb
    stands outside the name ("Правительство … не было …"), or the verb shows no gender ("не
    будет": "Хуан Ортега не будет" is a nominative too) (names93)."""
    root = span.root
    if root.dep_ not in SUBJECTS or root.head.i == root.i or not words:
        return None
    head = root.head
    verb = predicate_verb(head)
    denied = head.lower_ == "нет" or (
        is_finite(verb)
        and features(verb, "Gender") == ("Neut",)
        and features(verb, "Number") == ("Sing",)
        and any(c.lower_ == "не" for t in (head, verb) for c in t.children)
    )
    inside = range(span.start, span.end)
    other = any(
        c.dep_ in SUBJECTS and c.i not in inside and c.i != root.i
        for t in (head, verb)
        for c in t.children
    )
    if not denied or other:
        return None
    return "Gen", womans_oblique_surname(words) or _her_genitive_first(words[0].text)


def _her_genitive_first(word: str) -> bool:
    """A first name the dictionary reads as a genitive only as a woman's ("Киры", "Анны")."""
    named = [p for p in morph().parse(word) if "Name" in p.tag and p.is_known and "gent" in p.tag]
    return bool(named) and all("femn" in p.tag for p in named)


# Nouns of one who acts for a person named in the genitive after them ("адвокат X-а"):
# a man's verb after the noun makes a woman's-looking surname his client's genitive.
_CLIENT_NOUNS = frozenset({
    "адвокат", "защитник", "защита", "юрист", "представитель", "поверенный", "помощник",
    "охранник", "телохранитель", "водитель",
})  # fmt: skip


def client_genitive(span: Span, woman: bool) -> tuple[str, bool] | None:
    """A surname alone spelled as a woman's nominative ("Здоровенина") right after a noun of
    one who acts for a person (`_CLIENT_NOUNS`: "Адвокат Здоровенина подал жалобу"), the
    noun the subject of a verb in the masculine: the lawyer is a man, whose name would be
    "Здоровенин", so the parse's apposition is the client's genitive, a man's. Not before
    her verb ("Адвокат Здоровенина подала": `woman`), nor after a title of office, which
    takes no person's genitive ("Министр Косоротова прибыл"). The genitive and not
    feminine, as `kin_told_case` gives it; else None."""
    root = span.root
    if woman or len(span) != 1 or span.start == 0 or root.dep_ not in ("appos", "nmod"):
        return None
    noun = span.doc[span.start - 1]
    if root.head.i != noun.i or noun.lemma_.replace("ё", "е") not in _CLIENT_NOUNS:
        return None
    verb = noun.head
    if noun.dep_ not in SUBJECTS or verb.pos_ != "VERB" or features(verb, "Gender") != ("Masc",):
        return None
    low = fold(root.text)
    russian = low.endswith(("ова", "ева", "ина", "ына")) and russian_surname_end(low)
    return ("Gen", False) if womans_surname(root.text) or russian else None


def _titled_thing(noun: Token) -> bool:
    """`noun` or a noun it is the genitive of, before it, is a person's ("Министр
    Гончарова", "Глава делегации Гончарова"): a title whose name may be apposed after it,
    hers, and her verb may agree with the title, not with the name."""
    while True:
        if animate_word(noun.lower_):
            return True
        if noun.dep_ != "nmod" or noun.head.i >= noun.i or noun.head.pos_ not in ("NOUN", "PROPN"):
            return False
        noun = noun.head


def shown_case(names: list[Token], feminine: bool) -> str:
    """Where the tagger reads one name's words in different cases ("Визит То Лама": "То"
    genitive, "Лама" nominative; "Абию" instrumental, "Меконнену" dative), the oblique case
    whose ending a word shows; "" where they agree or none shows. A word the dictionary
    reads in every case tells none, whatever the tagger read, unless the parse hangs the name
    on it ("Визит Ли Цзюня": "Ли" genitive; not "Мали" of "Синиша Мали заявил")."""
    cases = [c for c in dict.fromkeys(case_of(t) for t in names) if c]
    if len(cases) < 2:
        return ""
    inside = {t.i for t in names}
    root = next((t for t in names if t.head.i not in inside or t.head.i == t.i), None)
    told = {case_of(t) for t in names if t is root or not known_caseless(t.text)}
    shows = (c for c in cases if c != "Nom" and c in told for t in names
             if declined_surname(t.text, c, feminine) != t.text)  # fmt: skip
    return next(shows, "")


def _title_case(span: Span, names: list[Token], feminine: bool) -> str:
    """The case of the title a name stands in apposition to, where a word of the name shows
    its ending and the tagger read the name as nominative ("с министром … Эспеном Бартом
    Эйде": "министром" instrumental, "Эспеном" too); "" otherwise. A genitive or accusative
    title counts only where the tagger copied the case of a place right before onto the
    name ("посла Кении в Уганде Джоми Кипротича", "поблагодарил посла Кении в Уганде
    Мусалию Мудавади"): a genitive's "-а" may end a nominative ("Ортега")."""
    title = _apposed_title(span, names)
    if title is None:
        return ""
    case = case_of(title)
    if case not in ("Ins", "Dat") and not (case in ("Gen", "Acc") and _copied(span, names)):
        return ""
    return case if any(declined_surname(t.text, case, feminine) != t.text for t in names) else ""


def _east_title_case(span: Span, names: list[Token], feminine: bool) -> str:
    """The case of the title an East-Asian name is apposed to, where a word of the name
    shows it; "Nom" where none does ("с послом Китая в Бразилиа Чжу Цинцяо", "принял посла
    Китая Чжу Цинцяо": its syllables stand as written, whatever case the tagger read, and
    "Чжу" is no accusative of "Чжа"). A man's accusative is his genitive ("принял посла
    Китая Чжу Вэйцзюня"); "" where no title tells. After a nominative title a last syllable
    in a genitive's "-а" names the title's patron (`_east_genitive`). Where the parse hangs
    the name on no title, or on a genitive of a title's chain whose case it shows in none,
    the chain's title tells (`_chained_title_case`)."""
    if east_patron(span):
        return "Gen"  # "Советник Хун Сена": the adviser's patron, in the genitive
    title = _apposed_title(span, names)
    case = case_of(title) if title is not None else ""
    if case == "Acc" and not feminine:
        case = "Gen"
    if case not in ("", "Nom") and _shows(names, case, feminine):
        return case
    if chained := _chained_title_case(span, names, feminine):
        return chained
    return "" if case in ("", "Nom") else "Nom"


# The ends of an East-Asian syllable's Russian spelling but a vowel ("Лам", "Тьен", "Чонг",
# "Минь", "Чжаосюй", "Ёль"), for `_shows`.
_SYLLABLE_FINALS = ("й", "м", "н", "нг", "нь", "к", "п", "т", "ть", "ль")


def _shows(names: list[Token], case: str, feminine: bool) -> bool:
    """Whether a word of an East-Asian name ends in `case`'s ending, what is left being a
    syllable: "Цзяньчжу" and "Зьем" are nominatives, no "Цзяньчж"'s dative or "Зьь"'s
    instrumental."""
    for t in names:
        bare = declined_surname(t.text, case, feminine).lower()
        if bare != t.lower_ and (bare[-1:] in VOWELS or bare.endswith(_SYLLABLE_FINALS)):
            return True
    return False


def _chained_title_case(span: Span, names: list[Token], feminine: bool) -> str:
    """The case of the title right before an East-Asian name, across the genitives of the
    body it serves, that a word of the name shows, where the parse hung the name on no
    title or on one of the chain whose case shows in none ("принят генеральным секретарём
    ЦК партии Во Ламом": a clause of its own; "председателем комитета фронта Вьетнама До
    Ван Тьеном": "До" read as a preposition; "с заместителем министра … Ма Чжаосюем": on
    "министра"): the name is apposed to it. Else the nearest being's genitive in the chain
    where the name shows it ("визит генерального секретаря ЦК партии Фам Ван Лама": Лам's
    genitive). "" where none shows, or where the parse makes the name a verb's subject or
    object: its own case then."""
    if span.root.dep_ in SUBJECTS or span.root.dep_ in ("obj", "iobj"):
        return ""
    for title in (_title_right_before(span), _genitive_being_before(span)):
        if title is None or (case := case_of(title)) in ("", "Nom"):
            continue
        case = "Gen" if case == "Acc" and not feminine else case
        if _shows(names, case, feminine):
            return case
    return ""


def _genitive_being_before(span: Span) -> Token | None:
    """The being's noun in the genitive nearest before a name across the genitive words
    between ("секретаря ЦК партии" before "Фам Ван Лама"), or None."""
    i = span.start - 1
    while i > 0 and _of_genitive_chain(span.doc[i]):
        if span.doc[i].pos_ == "NOUN" and is_animate(span.doc[i]):
            return span.doc[i]
        i -= 1
    return None


def _of_genitive_chain(t: Token) -> bool:
    """A word of the genitives after a title: one in the genitive, or a state's name
    apposed to the genitive right before it ("Республики Корея", "Корея" nominative)."""
    if t.pos_ not in ("ADJ", "NOUN", "PROPN"):
        return False
    before = t.doc[t.i - 1] if t.i > 0 else t
    apposed = t.pos_ == "PROPN" and t.dep_ == "appos" and t.head == before != t
    return (
        case_of(t) == "Gen"
        or (apposed and case_of(before) == "Gen")
        or _caseless_genitive_adjective(t)
    )


def _caseless_genitive_adjective(t: Token) -> bool:
    """An adjective the tagger gave no case, before a genitive noun, that the dictionary
    reads as a genitive ("Народно-революционной партии": a compound's case goes unwritten)."""
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (
        t.pos_ == "ADJ"
        and not case_of(t)
        and after is not None
        and after.pos_ == "NOUN"
        and case_of(after) == "Gen"
        and any(p.tag.POS == "ADJF" and p.tag.case == "gent" for p in morph().parse(t.text))
    )


def east_patron(span: Span) -> bool:
    """Whether an East-Asian name apposed to a nominative title (or to a sentence's opening
    noun the tagger reads as a name) is the title's patron in the genitive, its last
    syllable ending so (`_east_genitive`): "Помощник Ли Цяна прибыл" names Li Qiang's aide,
    so the name reader and the office reader take the name as the genitive alike; so too
    where the parse hangs it on the title right before as its complement ("Пресс-секретарь
    Ли Цяна заявил")."""
    names = word_tokens(span)
    if not syllable_surname_first(names) or not _east_genitive(names):
        return False
    if western_first_nominative(names):
        return False
    head = span.root.head
    complement = span.root.dep_ == "nmod" and head.i == span.start - 1 and head.pos_ == "NOUN"
    title = head if complement else _apposed_title(span, names)
    return (title is not None and case_of(title) == "Nom") or _opening_noun(span)


# Letters and pairs the Russian spelling of East-Asian given names has and Western names
# lack ("Сяопина", "Цзэминя", "Чжэна"), for `western_first_nominative`.
_EAST_LETTERS = ("я", "ю", "э", "ы", "ь", "цз", "чж", "чх")


def western_first_nominative(names: list[Token]) -> bool:
    """A name of two words whose first is also a Western man's first name the dictionary
    declines ("Хуан", read as a Chinese syllable surname too), in the nominative, before a
    word in "-а" with no letter an East-Asian given name is spelt with ("Кесада"): a
    Western name, which in the genitive would decline its first name too ("Хуана"), so its
    "-а" is the surname's own: "Посол Колумбии Хуан Кесада прибыл" is no "Хуан Кесад"'s
    envoy (names92). Not "Советник Дэн Сяопина", "Помощник Цзян Цзэминя"."""
    if len(names) != 2:
        return False
    first, last = names[0].text, names[1].text.lower()
    his = [
        p
        for p in morph().parse(first)
        if {"Name", "masc"} <= p.tag.grammemes and p.is_known and "Fixd" not in p.tag
    ]
    return any("nomn" in p.tag and p.word == p.normal_form for p in his) and not any(
        letters in last for letters in _EAST_LETTERS
    )


def _opening_noun(span: Span) -> bool:
    """A name apposed to the common noun right before it that opens the sentence, which the
    tagger reads as a proper name ("Советник Хун Сена заявил")."""
    root = span.root
    head = root.head
    return (
        root.dep_ == "appos"
        and head.i == span.start - 1
        and bool(head.is_sent_start)
        and head.pos_ == "PROPN"
        and common_word(head.text)
        and may_be_animate(head.text)
    )


def _east_genitive(names: list[Token]) -> bool:
    """An East-Asian name whose last syllable, of four letters or more, ends in "-а"/"-я"
    after a consonant ("Хун Сена", "Хун Манета"): no syllable's nominative ends so (but a
    short "Ха", "Нга", "Цзя"), so it is a genitive, the patron of the title before it; not a
    Japanese word ("Окада"), whose own "-а" it may be, in a name of two words: one of three
    is no Japanese name ("Ли Чжэ Мина", "Фам Минь Тиня"), and no Japanese word's own "-а"
    follows "н" ("Наото Кана" is Кан's genitive), so "Дэн Сяопина" is Сяопин's (names93). A
    short syllable's genitive ("Юн Сок Ёля") is not told from a nominative, and stays
    unread."""
    last = names[-1].text
    low = last.lower()
    return (
        len(names) >= 2
        and len(low) >= 4
        and low[-1] in "ая"
        and low[-2] not in VOWELS
        and low[-2] != "ь"
        and (len(names) >= 3 or low[-2] == "н" or not japanese_word(last))
    )


def _apposed_title(span: Span, names: list[Token]) -> Token | None:
    """The noun before a name that the parse hangs the name on as its apposition, or as its
    modifier right after "в + place" where the tagger copied the place's case onto it; the
    title right before the name where the parse hung it on one further back or on a word
    of that title's genitives."""
    root = span.root
    title = root.head
    hung = root.dep_ == "appos" or (_copied(span, names) and root.dep_ == "nmod")
    near = _title_right_before(span)
    if hung and near is not None and (near.i > title.i or _of_genitive_chain(title)):
        # the parse hung the name on a title further back ("Верховный представитель ЕС …
        # провела переговоры с министром иностранных дел Сербии Марко Джуричем": on
        # "представитель"), or on a genitive of the title's chain ("секретарём Центрального
        # комитета … партии Лаоса X": on "партии"; "заместителем председателя собрания X":
        # on "председателя"); the title right before it, across its genitives, is its own
        title = near
    if root.dep_ == "appos" and near is not None and title.i > root.i:
        # ... or on the subject after it, the verb's object put first ("Помощь передал
        # министру обороны Шри-Ланки Аруне Джаясекаре верховный комиссар Индии": on
        # "комиссар"): an apposition follows its noun, so the title before is its own
        title = near
    if not hung or title.pos_ != "NOUN" or title.i >= root.i:
        return None
    return title


def after_quoted_verb(t: Token) -> bool:
    """A word right after a finite verb that follows a quote's dash ("«…», — поблагодарил
    Науседа Дуду"): the reporting verb's subject stands there, in the nominative."""
    doc = t.doc
    if t.i < 2:
        return False
    verb = doc[t.i - 1]
    return doc[t.i - 2].text in DASHES_OR_HYPHEN and verb.pos_ == "VERB" and is_finite(verb)


def reporting_subject(span: Span) -> bool:
    """A name right after a reporting verb after a quote's dash, with another name right
    after it (`after_quoted_verb`): the verb's subject, then its object, so the first is
    in the nominative, whatever case the tagger copied from the second ("Науседа" is no
    accusative of "Наусед")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (
        after is not None
        and after.is_alpha
        and after.text[:1].isupper()
        and after_quoted_verb(doc[span.start])
    )


def apposition_case(span: Span, names: list[Token], feminine: bool, east: bool) -> str:
    """The case a title tells a name apposed to it, or "": "Nom" after a nominative title's
    seat (`_nominative_title_before_place`) and for a reporting verb's subject before its
    object (`reporting_subject`); an East-Asian name's syllables the tagger reads
    in any case, so the title tells theirs ("Министру торговли Вьетнама Нгуен Хонг Зиену":
    "Хонг" read as accusative); "Nom" for a first name in "-а" apposed to a nominative title
    (`_nominative_first_in_a`)."""
    if (
        _nominative_title_before_place(span, names)
        or reporting_subject(span)
        or _nominative_first_in_a(span, names)
    ):
        return "Nom"
    return _east_title_case(span, names, feminine) if east else ""


def _nominative_first_in_a(span: Span, names: list[Token]) -> bool:
    """A first name in "-а" that is a name's nominative as well as another's genitive
    ("Ника", also Ник's), apposed to a nominative title after its state's or place's name
    ("Как сообщил председатель комитета парламента Грузии Ника Мачаидзе"): an apposition
    takes its title's case, so the tagger's genitive is a guess. Not where a word of the
    name may be his genitive ("Ника Петрова", "Ника Кацаравы": the surname tells), nor
    where a being in an oblique case stands between ("пресс-секретарь министра Грузии Ника
    …": the minister's name), nor after a common noun, whose possessor the name may be
    ("председатель партии Петра Порошенко"). Sixty-fifth pass, h-names146."""
    if len(names) < 2 or not womans_first_name(names[0].text) or not told_nominative(span):
        return False
    title, before = span.root.head, span.doc[span.start - 1]
    if span.root.dep_ != "appos" or not (before.pos_ == "PROPN" or before.text in '»”")'):
        return False
    between = span.doc[title.i + 1 : span.start]
    if any(_oblique_being(t) for t in between):
        return False
    return not any(_his_genitive_surname(t.text) for t in names[1:])


def _oblique_being(t: Token) -> bool:
    """A person's noun in the singular in an oblique case ("министра", "послу")."""
    return (
        t.pos_ == "NOUN"
        and is_animate(t)
        and case_of(t) not in ("", "Nom")
        and features(t, "Number") != ("Plur",)
    )


def _his_genitive_surname(word: str) -> bool:
    """A surname word a man's genitive may be: one read as a genitive and never as a
    nominative ("Кацаравы", "Ковальского"), or a Russian surname's "-а" ("Петрова",
    "Кузьмина")."""
    low = word.lower()
    return reads_genitive(word) or (
        low.endswith("а") and russian_surname_end(low[:-1], woman=False)
    )


def _nominative_title_before_place(span: Span, names: list[Token]) -> bool:
    """A name apposed to a nominative title right before its seat's "в + place" ("сообщил
    посол Японии в Монтевидео Ямада Таро"): an apposition takes its title's case, so the
    oblique case the tagger copied from the place onto it tells none ("Ямада" is no
    genitive of "Ямад")."""
    title = _apposed_title(span, names)
    return (
        after_place(span)
        and title is not None
        and title == _title_right_before(span)
        and case_of(title) == "Nom"
    )


def _copied(span: Span, names: list[Token]) -> bool:
    """Right after "в + place" the tagger reads any oblique case, and may hang the name on
    the title as its modifier; a nominative it reads in every word stays one, but one word
    read oblique beside it shows the case was copied ("посла Египта в Израиле Ясера Реды":
    "Ясера" nominative, "Реды" genitive)."""
    return after_place(span) and any(case_of(t) not in ("", "Nom") for t in names)


def _title_right_before(span: Span) -> Token | None:
    """A being's noun right before a name but for its genitive words ("с министром
    иностранных дел Сербии Марко Джуричем": "министром") and its seat's place ("с послом
    Китая в Лиме Цзян Цзайдуном": "послом"), or None."""
    i = span.start - 1
    if after_place(span):  # past "в Лиме" to its preposition
        i = min(c.i for c in span.doc[i].children if c.dep_ == "case") - 1
    while i > 0:
        if _of_genitive_chain(span.doc[i]):
            i -= 1
        elif (before := _before_field(span.doc[i])) >= 0:
            i = before
        else:
            break
    t = span.doc[i]
    return t if i < span.start - 1 and t.pos_ == "NOUN" and is_animate(t) else None


def _before_field(t: Token) -> int:
    """Where `t` ends a "по" field the parse hangs on a noun before it ("министру по делам
    стихийных бедствий": "делам", a dative with "по"), the index right before "по"; -1 else.
    A minister's field stands between his title and his name as his body's genitives do."""
    noun = t.head if t.pos_ == "ADJ" and t.dep_ == "amod" else t
    if noun.pos_ != "NOUN" or case_of(noun) != "Dat" or noun.i > t.i:
        return -1
    by = next((c for c in noun.children if c.dep_ == "case" and c.lower_ == "по"), None)
    head = noun.head
    if by is None or head.i >= by.i or head.pos_ != "NOUN":
        return -1
    return by.i - 1


def case_around(span: Span, names: list[Token], feminine: bool, east: bool) -> str:
    """The oblique case of a name the tagger read as nominative, by a title it is apposed
    to, by the noun before an East-Asian name, or by an undeclined first name before a
    surname only a genitive ends so ("Советник премьер-министра Японии Кэндзи Исибы"), or by
    the name it is coordinated with (`_conjunct_case`)."""
    return (
        _conjunct_case(span, names, feminine)
        or _title_case(span, names, feminine)
        or (_possessor_case(span, names, feminine) if east else "")
        or ("Gen" if east and _east_object(span, names, feminine) else "")
        or ("Gen" if _undeclined_then_genitive(names) else "")
        or ("Gen" if _possessive_after_oblique_title(span, names, feminine) else "")
        or ("Gen" if her_genitive(names) else "")
        or ("Gen" if _genitive_then_undeclined(span, names) else "")
        or _first_name_accusative(span, names)
        or ("Acc" if _undeclined_then_accusative(span, names, feminine) else "")
        or ("Gen" if _undeclined_under_thing(span, names, feminine) else "")
        or ("Loc" if _locative_first_name(span, names) else "")
        or ("Gen" if initials_then_genitive(span, names, feminine) else "")
        or ("Dat" if _particle_dative_u(span, names, feminine) else "")
        or _arabic_first_case(names, feminine)
    )


_CASE_OF_GRAMMEME = {grammeme: case for case, grammeme in UD_CASE.items()}


def _conjunct_case(span: Span, names: list[Token], feminine: bool) -> str:
    """The oblique case of the name before that a name is coordinated with, under the
    preposition both share ("о Матеуше Моравецком и Анджее Дуде": "Анджее" read as a
    dative, "о Викторе Орбане и Петере Сийярто": "Петере" as a nominative), where the first
    name shows that case: the dictionary reads it so, or it takes that case's ending;
    "" where the name has a preposition of its own or the one before a nominative.
    Sixty-fifth pass, h-names146."""
    head = preposition_conjunct(span.root)
    if head is None:
        return ""
    case = case_of(head)
    grammeme = UD_CASE.get(case, "")
    if not grammeme or case == "Nom":
        return ""
    first = names[0].text
    read = any(parse_in_case(p, grammeme) for p in morph().parse(first) if "Name" in p.tag)
    return case if read or declined_surname(first, case, feminine) != first else ""


def _arabic_first_case(names: list[Token], feminine: bool) -> str:
    """The oblique case an Arabic man's first name shows by its ending ("позвонил Тамиму
    Аль Тани", "Тамиму бин Хамаду"), whatever case the tagger read: the dictionary, knowing
    or guessing, reads it as a man's first name in that one case and in no nominative. The
    nasab or the article after it (`arabic_name`) makes the name Arabic, whose first name
    has no "-у" of its own as a Portuguese one's ("Паулу") may."""
    if feminine or len(names) < 2 or not arabic_name(names):
        return ""
    his = [p for p in morph().parse(names[0].text) if {"Name", "masc"} <= p.tag.grammemes]
    cases = {_CASE_OF_GRAMMEME.get(p.tag.case or "", "") for p in his}
    if len(cases) != 1 or "Nom" in cases:
        return ""
    return cases.pop()


# Particles of Spanish, Italian, German and Dutch surnames, none of which ends in an "-у"
# of its own (a Portuguese one may: "да", "де" are left out).
NO_OWN_U_PARTICLES = frozenset(["дель", "ла", "фон", "дер", "ван"])


def _particle_dative_u(span: Span, names: list[Token], feminine: bool) -> bool:
    """A man's name whose last word, a consonant and "-у", follows a particle of no own
    "-у" (`NO_OWN_U_PARTICLES`), where only a dative stands ("вручил награду Педро ван дер
    Бергу", `dative_place`): the "-у" is the dative's, whatever case the tagger read
    (names84)."""
    words = [t for t in span if t.is_alpha]
    if feminine or len(words) < 3 or words[-2].lower_ not in NO_OWN_U_PARTICLES:
        return False
    low = words[-1].lower_
    if len(low) < 4 or not low.endswith("у") or low[-2] in "аеёиоуыэюяьй":
        return False
    return dative_place(span, names)


def initials_then_genitive(span: Span, names: list[Token], feminine: bool) -> bool:
    """Initials before one surname in a consonant and "-а", the name hung on a noun before
    it with no preposition ("о трудах М. А. Кастрена", "выставка работ Я. К. Вальтерсена"):
    the noun's complement is a genitive, whatever case the tagger read, and a man's surname
    of its own in "-а" would take "-ы" there, a woman's in "-ина"/"-ова" "-ой", so the "-а"
    is the genitive of one in a consonant ("Кастрен"). Not where a finite verb follows the
    name, whose subject it may be, unless the verb is the noun's in no feminine form
    (`_verb_of_noun_not_hers`), nor a surname the persons tables or the dictionary know as
    a nominative."""
    if feminine or len(names) != 1:
        return False
    tokens = list(span)
    initial = any(
        INITIAL.match(t.text) and k + 1 < len(tokens) and tokens[k + 1].text == "."
        for k, t in enumerate(tokens[:-1])
        if t.i < names[0].i
    )
    low = names[0].lower_
    if not initial or len(low) < 5 or not low.endswith("а"):
        return False
    if low[-2] in VOWELS or low[-2] in "ьйжшщчц":
        return False
    root = span.root
    head = root.head
    # "Экспедиция М.А. Кастрена": the parser hangs the name on a thing as its apposition
    thing = root.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN") and is_inanimate(head)
    if (root.dep_ != "nmod" and not thing) or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.i >= span.start or any(c.dep_ == "case" for c in root.children):
        return False
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and is_finite(after) and not _verb_of_noun_not_hers(after, head):
        its = thing and head.dep_ in SUBJECTS and head.head.i == after.i
        if not its or russian_surname_end(low):
            return False  # "Экспедиция … изучала" agrees with the thing, not with her
    if Gazetteer.load().persons_by_surname(low):
        return False
    return not any("nomn" in p.tag and p.is_known for p in morph().parse(low))


def _verb_of_noun_not_hers(verb: Token, noun: Token) -> bool:
    """A finite verb right after a name whose subject is the noun before the name, in no
    feminine form ("Доклад Е. Вальтерсена вызвал споры"): the verb agrees with the noun,
    and no woman's name could be its subject; a feminine one might agree with hers."""
    return noun.dep_ in SUBJECTS and noun.head.i == verb.i and "Fem" not in features(verb, "Gender")


def _locative_first_name(span: Span, names: list[Token]) -> bool:
    """A first name the dictionary reads only as a man's locative ("Томасе", "Дитере"),
    the name governed by "о"/"об"/"при" or apposed to a noun so governed ("о бывшем солисте
    группы … Томасе Андерсе"): the name is a locative, whatever case the tagger copied from
    a foreign word before it."""
    if len(names) < 2:
        return False
    named = [p for p in morph().parse(names[0].text) if "Name" in p.tag and p.is_known]
    if not named or not all({"loct", "masc"} <= p.tag.grammemes for p in named):
        return False
    root = span.root
    governed = [root, root.head] if root.dep_ == "appos" and root.head.i < root.i else [root]
    return any(
        c.dep_ == "case" and c.lower_ in LOCATIVE_PREPOSITIONS for t in governed for c in t.children
    )


def _undeclined_under_thing(span: Span, names: list[Token], feminine: bool) -> bool:
    """A man's first name in "-о" that never declines before a surname in a consonant and
    "-а" (`_undeclined_then_accusative`), the name hung on a thing's noun before it with no
    preposition ("приняла в среду отставку Густаво Адрианзена", "доверие кабинету Густаво
    Адрианзена"): a thing's complement is a genitive, whatever case the tagger copied, and a
    surname of its own in "-а" would take "-ы" there, so the "-а" is the genitive of one in a
    consonant. Not where a finite verb follows the name, whose subject it may be ("в
    интервью газете Хосе Мухика заявил")."""
    root = span.root
    head = root.head
    if root.dep_ not in ("nmod", "appos") or head.pos_ != "NOUN" or head.i >= root.i:
        return False
    if "Inan" not in head.morph.get("Animacy") or any(c.dep_ == "case" for c in root.children):
        return False
    if span.end < len(span.doc) and is_finite(span.doc[span.end]):
        return False
    return _a_surname_after_undeclined(names, feminine)


def _a_surname_after_undeclined(names: list[Token], feminine: bool) -> bool:
    """A man's first name in "-о" (`undeclined_o`) before a surname in a consonant and
    "-а" that neither the persons tables nor the dictionary know as a nominative."""
    if feminine or len(names) != 2 or not undeclined_o(names[0].text):
        return False
    low = names[-1].lower_
    if len(low) < 5 or not low.endswith("а") or low[-2] in VOWELS or low[-2] in "ьйжшщчц":
        return False
    if Gazetteer.load().persons_by_surname(low):
        return False
    return not any("nomn" in p.tag and p.is_known for p in morph().parse(low))


def _undeclined_then_accusative(span: Span, names: list[Token], feminine: bool) -> bool:
    """A man's first name in "-о" that never declines ("Густаво", "Альберто") before a
    surname in a consonant and "-а", the name a verb's direct object or apposed to one
    ("принял Густаво Адрианзена"): a surname of its own in "-а" would take "-у" there
    ("принял Альберто Отаролу"), so the "-а" is the accusative of one in a consonant
    ("Адрианзен"). Not a surname the persons tables or the dictionary know as written
    ("Хосе Мухика"), nor a woman's name."""
    if not _a_surname_after_undeclined(names, feminine):
        return False
    return object_place(span) or transitive_object(span)


def transitive_object(span: Span) -> bool:
    """A name right after a transitive verb whose subject stands before it (`_object_case`)
    and which has no other direct object ("принял Альберто Отаролу", the parse making the
    name a second subject): the verb's object, in the accusative. Not after an intransitive
    verb ("позвонил Хосе Антонио Касту": the dative), nor one whose object is a thing
    ("вручил Хосе Касту награду")."""
    if _object_case(span) != "Acc":
        return False
    verb = span.doc[span.start - 1]
    verbs = [p for p in morph().parse(verb.lower_) if "VERB" in p.tag]
    if not verbs or not all("tran" in p.tag for p in verbs):
        return False
    inside = range(span.start, span.end)
    return not any(c.dep_ == "obj" and c.i not in inside for c in verb.children)


def _first_name_accusative(span: Span, names: list[Token]) -> str:
    """ "Acc" for a name right after an active verb whose subject stands before it, where its
    first word is a first name the dictionary knows in "-у"/"-ю" and reads as no nominative
    ("Президент Кении принял Раилу Одингу": "Раилу", read as a nominative): a name in "-а"
    takes that ending in the accusative only, and so does its surname then. "Dat" where only
    a dative stands (`dative_place`: "позвонил Жуану Машаду", whichever subject the parse
    made of it) and the first name reads as a man's dative. "" for one that is a nominative
    too ("Амаду"), or before a surname in another ending ("Паулу Рангела": a Portuguese first
    name, undeclined)."""
    first, last = names[0].text, names[-1].text
    if len(names) < 2 or not first.lower().endswith(("у", "ю")) or not is_first_name(first):
        return ""
    if not last.lower().endswith(("у", "ю")):  # "принял Паулу Рангела": Паулу undeclined
        return ""
    # "Посол Бразилии в Мозамбике позвонил Жуану Машаду": a verb of the dative's governs no
    # object, whatever subject the parse made of the name; "Жуану" is a man's dative
    if dative_place(span, names):
        return "Dat" if _his_dative_name(first) else ""
    if own_u(last):  # "принял Мусу Тинубу"
        return ""
    if any("nomn" in p.tag for p in morph().parse(first)):
        return ""
    return _object_case(span)


def _his_dative_name(word: str) -> bool:
    """The dictionary knows `word` as the dative of a man's first name ("Жуану")."""
    return any(
        {"Name", "masc", "datv"} <= p.tag.grammemes and p.is_known for p in morph().parse(word)
    )


def own_u(word: str) -> bool:
    """A surname in "-у"/"-ю" whose form in "-а"/"-я" neither the dictionary reads as a
    name's (a guess will do: "Одингу" of "Одинга") nor the persons tables know: after a first
    name in the accusative the "-у" may be its own ("принял Мусу Тинубу": the dictionary
    guesses only a place "Тинуба")."""
    if not word.lower().endswith(("у", "ю")) or word.lower().endswith("ию"):
        return False  # "Марию Гарсию": a name in "-ия" declines as a noun does
    a_form = fold(word[:-1] + ("я" if word.lower().endswith("ю") else "а"))
    named = any(
        p.tag.grammemes & {"Name", "Surn"} and "accs" in p.tag and fold(p.normal_form) == a_form
        for p in morph().parse(word)
    )
    return not named and not Gazetteer.load().persons_by_surname(a_form)


def _possessor_case(span: Span, names: list[Token], feminine: bool) -> str:
    """The genitive of a name a noun before it governs with no preposition ("Визит Ван Ян
    Мина", "Заявление Чжан Дэ Цзяна"), where a word of it shows the ending and the tagger
    read the name as nominative; "" otherwise. The parse may hang the name on a thing's
    noun as its apposition ("Переговоры Хун Манета"; a title's is the person's own name:
    "премьер Хун Манет"). A name coordinated with such a name stands in its case, whether
    the parse hangs it on the first name or on the noun ("Встреча Ван И и Чо Тхэ Ёля"),
    and the noun may open the sentence, read as a proper name ("Реформы Дэн Сяопина
    изменили Китай": names93)."""
    root = span.root
    if root.dep_ == "conj" and root.head.i < root.i:
        first = root.head
        if first.pos_ == "NOUN":  # hung on the noun: the first name of the list is its nmod
            first = next(
                (
                    c
                    for c in first.children
                    if c.dep_ == "nmod" and first.i < c.i < root.i and c.pos_ == "PROPN"
                ),
                root,
            )
        root = first
    head = root.head
    thing = root.dep_ == "appos" and "Inan" in head.morph.get("Animacy")
    if not (root.dep_ == "nmod" or thing) or not _noun_or_opening(head) or head.i >= root.i:
        return ""
    if any(c.dep_ == "case" for c in root.children):
        return ""
    return "Gen" if any(declined_surname(t.text, "Gen", feminine) != t.text for t in names) else ""


def _east_object(span: Span, names: list[Token], feminine: bool) -> bool:
    """A man's East-Asian name that is a verb's direct object (`object_place`, `_object_case`:
    "Президент Вьетнама принял Нгуен Суан Фука"), its last word in a genitive's "-а"
    (`_east_genitive`): a man's accusative is his genitive's form, so the "-а" is the
    ending (names93). Not a subject after its verb ("заявил Нгуен Суан Фук")."""
    if feminine or not _east_genitive(names):
        return False
    return object_place(span) or _object_case(span) == "Acc"


def _noun_or_opening(word: Token) -> bool:
    """A common noun, or a sentence's first word the tagger reads as a proper name that the
    dictionary knows as a common word ("Реформы", "Советник")."""
    opening = word.pos_ == "PROPN" and bool(word.is_sent_start) and common_word(word.text)
    return word.pos_ == "NOUN" or opening


def east_locative(span: Span, names: list[Token]) -> bool:
    """An East-Asian name governed by "о", "об" or "при" whose last word of four letters or
    more ends in "-е" after a vowel and "н" ("при Дэн Сяопине", "о Си Цзиньпине"): the
    locative of a syllable in "-н", which the tagger leaves caseless as a foreign word
    (names93). Not a syllable's own "-е" after another consonant ("Цзе", "Се", "Тхе")."""
    low = names[-1].lower_
    if len(names) < 2 or len(low) < 4 or not low.endswith("не") or low[-3] not in VOWELS:
        return False
    return any(c.dep_ == "case" and c.lower_ in LOCATIVE_PREPOSITIONS for c in span.root.children)


def _undeclined_then_genitive(names: list[Token]) -> bool:
    """A first name that does not decline ("Кэндзи", "Такэси") or reads as a man's genitive
    ("Рёсэя" of "Рёсэй") before a surname only a genitive ends so: the name is a genitive,
    whatever case the tagger read ("министра экономики Японии Рёсэя Акадзавы", both read
    nominative). Not a first name the dictionary knows in no genitive ("Анна")."""
    first = names[0].text
    return (
        len(names) > 1
        and (caseless(first) or his_genitive_form(first))
        and genitive_only(names[-1].text)
    )


# A Russian possessive surname's man's genitive, a woman's nominative ("Шахбазова").
_POSSESSIVE_GENITIVE = ("ова", "ева", "ёва", "ина", "ына")


def _possessive_after_oblique_title(span: Span, names: list[Token], feminine: bool) -> bool:
    """A first name that reads as a man's genitive before a possessive surname in "-ова",
    "-ина" (a man's genitive or a woman's nominative), the name apposed to a title in the
    genitive or an animate accusative, spelt so ("принял министра экономики Азербайджана
    Парвиза Шахбазова", read nominative): an apposition takes its title's case, so the
    name is his genitive, not her nominative. Not a title that is a being's complement
    ("Супруга президента X": the name may be the spouse's), nor a first name the
    dictionary knows in no genitive ("Анна Шахбазова")."""
    if feminine or len(names) != 2 or not names[1].lower_.endswith(_POSSESSIVE_GENITIVE):
        return False
    first = names[0].text
    if caseless(first) or not his_genitive_form(first):
        return False
    title = _apposed_title(span, names)
    if title is None or case_of(title) not in ("Gen", "Acc"):
        return False
    owner = title.head
    return not (title.dep_ == "nmod" and owner.pos_ == "NOUN" and is_animate(owner))


def his_genitive_form(word: str) -> bool:
    """A word that reads as a man's genitive: a dictionary first name by its readings, any
    other by the ending a man's genitive takes ("Рёсэя", "Парвиза")."""
    if is_first_name(word):
        return any({"masc", "gent"} <= p.tag.grammemes for p in morph().parse(word))
    return declined_surname(word, "Gen", False) != word


def his_accusative_genitive(span: Span, names: list[Token], feminine: bool, case: str) -> str:
    """A man's accusative is spelt as his genitive in a first name in a consonant or "-й"
    ("Джона", "Рёсэя"), so the tagger reads either. "Acc" for a man's name read as a
    genitive whose last word ends in a consonant and "-у", apposed to a title the tagger
    reads as a verb's accusative object ("принял в Дели президента Ганы Джона Махаму":
    Махама, as where it reads "Джона" accusative; not an East-Asian syllable, "Чжу");
    "Gen" for one read as an accusative, a word of which ends only as a genitive does
    ("Рёсэя Акадзавы", "Сергея Акадзавы": `genitive_only`; an accusative of "Акадзава"
    would end in "-у"); else `case`."""
    if feminine:
        return case
    if case == "Gen" and _accusative_u_apposed(span, names):
        case = "Acc"
    if case != "Acc":
        return case
    return "Gen" if any(genitive_only(t.text) for t in names) else case


def _accusative_u_apposed(span: Span, names: list[Token]) -> bool:
    """A name whose last word ends in a consonant and "-у", no East-Asian one, apposed to a
    title the tagger reads as a verb's accusative object."""
    low = names[-1].lower_
    if len(names) < 2 or not low.endswith("у") or low[-2:-1] in VOWELS:
        return False
    if syllable_surname_first(names):
        return False
    title = _apposed_title(span, names)
    if title is None:
        return False
    return (case_of(title) == "Acc" and object_place(span)) or _object_after_place(title)


def apposed_to_object(span: Span, names: list[Token]) -> bool:
    """The name is a verb's object or apposed to a title that is one (`object_place`), also
    where the parse hung the title on a place before it (`_object_after_place`)."""
    title = _apposed_title(span, names)
    return object_place(span) or (title is not None and _object_after_place(title))


def _object_after_place(title: Token) -> bool:
    """A title the parse hangs, as a genitive, on the "в"/"на" place right before it, which
    is the place of a transitive verb with no object of its own ("встретил в аэропорту
    президента Ганы X"): the verb's object, the place no owner of a title."""
    place = title.head
    if title.dep_ != "nmod" or place.i != title.i - 1 or place.pos_ not in ("NOUN", "PROPN"):
        return False
    if place.dep_ != "obl" or not any(c.lower_ in ("в", "на") for c in place.children):
        return False
    verb = place.head
    verbs = [p for p in morph().parse(verb.lower_) if "VERB" in p.tag]
    if verb.pos_ != "VERB" or not verbs or not all("tran" in p.tag for p in verbs):
        return False
    return not any(c.dep_ == "obj" for c in verb.children)


# The words between a title and the name apposed to it: the title's complement ("министра
# иностранных дел", "министру обороны"), its state ("Египта") or its place ("в Турции").
_TITLE_GAP = 8


def _title_before(span: Span) -> Token | None:
    """The title right before a name, past its complement, state or place in any case the
    parse gives them ("министром иностранных дел Египта", "министру обороны Иордании"):
    the nearest animate noun, or None where another word stands between."""
    doc = span.doc
    for t in reversed(doc[max(0, span.start - _TITLE_GAP) : span.start]):
        if t.pos_ == "NOUN" and is_animate(t):
            return t
        complement = t.pos_ in ("NOUN", "ADJ") and case_of(t) == "Gen" and not is_animate(t)
        if not (complement or t.pos_ == "PROPN" or (t.pos_ == "ADP" and t.lower_ in ("в", "при"))):
            return None
    return None


def _object_case(span: Span) -> str:
    """ "Acc" for a name right after an active verb whose subject stands before it
    ("Президент Египта встретил Сами Абдель Ату"): its object, whatever case the tagger
    read or whichever subject the parse made of it; "" otherwise ("Заявил Али Абдель Ата")."""
    if span.start == 0:
        return ""
    verb = span.doc[span.start - 1]
    if (
        verb.pos_ != "VERB"
        or features(verb, "Voice") != ("Act",)
        or verb.lower_.endswith(("ся", "сь"))
    ):
        return ""
    inside = range(span.start, span.end)
    subject = any(c.dep_ in SUBJECTS and c.i < verb.i and c.i not in inside for c in verb.children)
    return "Acc" if subject else ""


def compound_case(span: Span, names: list[Token], feminine: bool) -> str:
    """The oblique case of an Arabic compound name ("Бадра Абдель Аты", "Бадром Абдель
    Атой", "Сами Абдель Рахману") by the title it stands after, whatever words come between
    ("министром иностранных дел Египта") and whatever case the parse read: the opener
    declines in no case, so the tagger reads the words around it as nominatives or copies a
    place's case onto them. The first name must take that case's ending or none
    ("Сами"): "Пресс-секретарю Бадра Абдель Аты" names his secretary, no dative "Бадра";
    a nominative title tells nothing ("Пресс-секретарь Бадра …" is a genitive)."""
    if not arabic_compound(names) or names[0].text in UNDECLINED_OPENERS:
        return ""
    title = _title_before(span)
    case = case_of(title) if title is not None else _object_case(span)
    if case in ("", "Nom"):
        return ""
    first = names[0].text
    shows = caseless(first) or declined_surname(first, case, feminine) != first
    return case if shows else ""


def _genitive_then_undeclined(span: Span, names: list[Token]) -> bool:
    """A first name the dictionary (or its guess) reads as a genitive singular and never as a
    nominative singular ("Олушегуна", "Болы") before words that do not decline ("Бакари",
    "Абдель Ати"), the name apposed to a genitive title ("Визит министра иностранных
    дел Нигерии Олушегуна Бакари"): the name is a genitive, whatever case the tagger read.
    Not after a title of another case ("Посол Кении Мусалия Мудавади": "Мусалия" reads as
    a nominative too)."""
    root = span.root
    if len(names) < 2 or root.dep_ not in ("appos", "nmod"):
        return False
    if not all(caseless(t.text) or t.text in UNDECLINED_OPENERS for t in names[1:]):
        return False
    if root.head.pos_ != "NOUN" or root.head.i > root.i:
        return False
    if case_of(root.head) != "Gen" and not _genitive_title_between(root):
        return False
    return reads_genitive(names[0].text, first=True)


def _genitive_title_between(root: Token) -> bool:
    """Whether a genitive title the noun a name is hung on governs stands between them
    ("Пресс-секретарь президента Нигерии Болы Тинубу": "Болы" hung on "Пресс-секретарь"):
    the parse may hang the genitive title's name on its governor."""
    return any(
        c.dep_ == "nmod" and c.pos_ == "NOUN" and case_of(c) == "Gen" and is_animate(c)
        for c in root.head.children
        if root.head.i < c.i < root.i
    )


def parse_in_case(parse: Parse, grammeme: str) -> bool:
    """A name's reading in the case `grammeme`; a man's accusative is his genitive's form.
    Public: `names` reads a name's words in its case by the same test, so both agree on
    which readings a case allows."""
    return grammeme in parse.tag or (grammeme == "accs" and "gent" in parse.tag)


LOCATIVE_PREPOSITIONS = frozenset({"о", "об", "обо", "при"})


def syllable_surname_first(names: list[Token]) -> bool:
    """An East-Asian name, its surname a syllable of the list written first ("Во Ван
    Тхыонг", "Фам Минь Тинь"). Not where a word after it is spelt as no syllable of those
    names is (`western_spelling`), or is one the dictionary knows as a Western first name
    or surname (`western_name_word`): "Хуан Карлос Варела", "Хуан Ортега" are Spanish,
    "Хуан" no Chinese surname. Nor an initial glued to a surname by its dot ("Ю.Синдеевой":
    the one-letter syllable "Ю" with a dot is a first name's initial)."""
    if len(names) < 2 or names[0].text not in load_list(SYLLABLE_SURNAMES):
        return False
    if names[0].i + 1 < len(names[0].doc) and names[0].nbor().text == ".":
        return False
    return not any(western_spelling(t.lower_) or western_name_word(t.text) for t in names[1:])


def her_syllable_name(names: list[Token]) -> bool:
    """A Vietnamese woman's name: a syllable surname first (`syllable_surname_first`) and
    "Тхи", a woman's middle name ("Во Тхи Ань Суан", "Нгуен Тхи Ким Нган"); its words
    decline in no case, whatever the dictionary guesses of "Суан"."""
    return syllable_surname_first(names) and any(t.lower_ == "тхи" for t in names)


# Verbs whose person after them stands in the dative, never the accusative ("позвонил",
# "пообещал X-у помощь"), for `_spanish_dative_u`.
_DATIVE_VERBS = frozenset({
    "позвонить", "звонить", "дозвониться", "помочь", "помогать", "угрожать", "пригрозить",
    "ответить", "отвечать", "пообещать", "обещать", "пожелать", "посоветовать", "поручить",
    "приказать", "отказать", "вручить", "сообщить", "написать",
})  # fmt: skip


# Verbs that give a thing to a person: the person after the thing's noun, their object,
# stands in the dative ("вручил орден Хосе Мухике", "присвоил звание …", "направил письмо
# …"), for `dative_place`.
_GIVING_VERBS = frozenset({
    "вручить", "вручать", "присвоить", "присваивать", "направить", "направлять", "передать",
    "передавать", "подарить", "дарить", "выразить", "выражать", "отправить", "адресовать",
})  # fmt: skip


def _after_given_thing(before: Token) -> bool:
    """Whether a word ends the noun phrase a giving verb (`_GIVING_VERBS`) takes as its
    object, right after that verb ("вручил орден", "присвоил звание почётного
    гражданина"): a name after it is the receiver."""
    thing = before
    for _ in range(3):  # "звание" ← "гражданина" ← "почётного"
        if thing.dep_ == "obj" or thing.head.i >= thing.i:
            break
        thing = thing.head
    verb = thing.head
    return (
        thing.pos_ == "NOUN"
        and thing.dep_ == "obj"
        and verb.pos_ == "VERB"
        and verb.lemma_ in _GIVING_VERBS | _DATIVE_VERBS
        and verb.i == thing.i - 1
        and all(t.pos_ in ("NOUN", "ADJ") for t in before.doc[thing.i : before.i + 1])
    )


def dative_place(span: Span, names: list[Token]) -> bool:
    """Whether a name stands where only a dative does: right after a verb that governs a
    person's dative (`_DATIVE_VERBS`), as that verb's indirect object, right after the thing
    a giving verb gives (`_after_given_thing`), or apposed to a title the tagger reads as a
    dative."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.pos_ == "VERB" and before.lemma_ in _DATIVE_VERBS:
        return True
    if before is not None and _after_given_thing(before):
        return True
    root = span.root
    if root.dep_ == "iobj" and root.head.lemma_ in _DATIVE_VERBS:
        return True
    title = _apposed_title(span, names)
    return title is not None and case_of(title) == "Dat"


def french_dative_u(span: Span, firsts: list[Token], surname: str) -> bool:
    """A French first name that declines in no case ("Рене", "Андре") before a surname in
    a consonant and "-у", where only a dative stands (`dative_place`: "вручил награду послу
    Франции Рене Леклерку"): a French surname ends in no "-у" of its own, as a Portuguese or
    an African one may, so the "-у" is the dative's though the first name shows none
    (Леклерк). Not a surname the persons tables know as written."""
    first = firsts[0].lower_ if len(firsts) == 1 else ""
    if fold(first) not in load_list(FRENCH_NAMES) or first[-1:] not in "еиоэя":
        return False  # "Жану Леклерку" shows the dative itself, "Жанне" is no man's
    low = surname.lower()
    if len(low) < 5 or not low.endswith("у") or low[-2] in VOWELS:
        return False
    if Gazetteer.load().persons_by_surname(low):
        return False
    return dative_place(span, [t for t in span if t.is_alpha])


def locative_title(span: Span, names: list[Token]) -> bool:
    """Whether a name is apposed to a title the tagger reads as a locative ("о премьере
    Черногории Данило Караджиче"): the name stands in that case too."""
    title = _apposed_title(span, names)
    return title is not None and case_of(title) == "Loc"


def governed_title_case(span: Span, names: list[Token]) -> str:
    """The case of the title a name is apposed to where the word that governs the title asks
    for it too: "Dat" for a verb's indirect object or after "к"/"по" ("позвонил министру …
    Сити Рахме"), "Acc" for a verb's direct object with no preposition ("поздравил министра …
    Сити Рахму"), "Gen" for a noun's complement with none ("Визит министра … Деви Картики");
    "" where the tagger's case of the title is all that tells."""
    title = _apposed_title(span, names)
    if title is None:
        return ""
    case = case_of(title)
    prepositions = {c.lower_ for c in title.children if c.dep_ == "case"}
    if case == "Dat" and (title.dep_ == "iobj" or prepositions & {"к", "ко", "по"}):
        return "Dat"
    if case == "Acc" and not prepositions and object_place(span):
        return "Acc"
    if case == "Gen" and not prepositions and title.dep_ == "nmod" and title.head.pos_ == "NOUN":
        return "Gen"
    return ""


def object_place(span: Span) -> bool:
    """Whether a name is a verb's direct object, or apposed to a person's noun that is one
    ("поздравил премьер-министра Перу Хорхе Мендосу")."""
    root = span.root
    if root.dep_ == "obj" and root.head.pos_ == "VERB":
        return True
    head = root.head
    return (
        root.dep_ == "appos"
        and head.i < root.i
        and head.pos_ == "NOUN"
        and head.dep_ == "obj"
        and head.head.pos_ == "VERB"
    )


def es_locative_name(names: list[Token], fem: bool) -> bool:
    """A man's name whose surname is a "-ес" patronymic's locative (`es_locative`) and whose
    other words each have a locative reading (a declined "Хуане", "Карлосе" or a first name
    that never declines, "Хорхе"): the name stands in the locative, whatever case the tagger
    copied from the title it is apposed to ("о советнике президента Чили Хуане Пересе", read
    as the president's genitive; "о министре … Карлосе Лопесе", read as a nominative).
    Sixty-first pass, h-names132."""
    if fem or len(names) < 2 or not es_locative(names[-1].text):
        return False
    return all(any("loct" in p.tag for p in morph().parse(t.text)) for t in names[:-1])


def locative_ungoverned(span: Span, names: list[Token], name_case: str) -> bool:
    """A name of two words or more the tagger reads in the locative, with no preposition to
    govern one, every word in "-е" that the dictionary knows as no name's case ("главы
    ЮНЕСКО Одре Азуле"): a locative stands only after "о", "в", "на" or "при", so the
    words are foreign ones that do not decline, as written, no "Одр" cut from them."""
    if len(names) < 2 or (name_case or case_of(names[0])) != "Loc":
        return False
    if any(c.dep_ == "case" for c in span.root.children):
        return False
    return all(
        t.lower_.endswith("е")
        and not any("Name" in p.tag and p.is_known for p in morph().parse(t.text))
        for t in names
    )


def told_case(first: Token) -> str:
    """The case the tagger reads a dictionary first name in, where the dictionary reads it
    so; "" where it does not: "Паулу" is only Паула's accusative, so the nominative the
    tagger gives it in "слова министра Португалии Паулу Рангела", or the locative it copies
    from "посла Португалии в Анголе Паулу Рангела", is a guess that tells nothing (the
    surname's "-а" or the title then tell the genitive)."""
    case = case_of(first)
    grammeme = UD_CASE.get(case, "")
    if not grammeme:
        return ""
    named = [p for p in morph().parse(first.text) if "Name" in p.tag and p.is_known]
    return case if any(parse_in_case(p, grammeme) for p in named) else ""
