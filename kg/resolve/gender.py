"""A person's gender: as the dictionary reads a first name, and as a document tells it.

Each reading answers a different question, so each keeps its own nuance: a woman's name
must be a known word before it splits a family named in the plural; a label inflects
by any guess; a name that rules out a woman must be a man's in its own, nominative
readings. A document tells a gender by a surname's declined forms, or by the verbs
whose subject a person's mention is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from spacy.tokens import Doc, Token

from kg.doc_text import char_range
from kg.lexicon import load_list
from kg.model import Mention
from kg.nlp.deps import SUBJECTS, appositive_past_verb, is_predicate, name_root, name_words
from kg.nlp.morph import UD_GENDER, Parse, case_of, features, morph
from kg.resolve.name_forms import consonant_end, fold, form_of

EITHER_SEX = Path(__file__).with_name("either_sex_names.txt")
MENS_NAMES = Path(__file__).with_name("mens_names.txt")
WOMENS_NAMES = Path(__file__).with_name("womens_names.txt")


def _name_parses(word: str, either: bool = False) -> list[Parse]:
    """The dictionary's readings of a word as a first name; none of one men and women bear
    alike ("Нана", "Эммануэль": `EITHER_SEX`), which the dictionary gives one sex only,
    unless `either`."""
    alike = frozenset() if either else load_list(EITHER_SEX)
    return [p for p in morph().parse(word) if "Name" in p.tag and fold(p.normal_form) not in alike]


def woman_named(first: str, family: bool = False) -> bool:
    """A first name the dictionary knows as a woman's ("Марина", "Анны"); a guess for an
    unknown word tells nothing, nor a name men bear too ("Эммануэль"), but before a family
    named in a Russian plural ("Нана и Ольга Петровы"), where its sex is the dictionary's."""
    known = [p for p in _name_parses(first, either=family) if p.is_known]
    return bool(known) and known[0].tag.gender == "femn"


def first_name_gender(first: str) -> str:
    """ "masc"/"femn" of the dictionary's first reading of a first name as one, its guess
    for an unknown word included; "" where it reads none. A foreign man's name listed
    (`MENS_NAMES`: "Нарендра", "Никол", "Харальд", which it guesses as a woman's) is a
    man's first: the guess must not make him a woman outside a label either (sixty-second
    pass, h-names137)."""
    if fold(first) in load_list(MENS_NAMES):
        return "masc"
    return next((str(p.tag.gender) for p in _name_parses(first) if p.tag.gender), "")


def nominative_name_gender(first: str) -> str:
    """`first_name_gender` of a first name known to stand in the nominative (a label's): a
    foreign name listed as a man's (`MENS_NAMES`: "Нарендра") or a woman's (`WOMENS_NAMES`:
    "Кая", which the dictionary reads as Кай's genitive) is that; else the dictionary's
    first reading of the word as the nominative of itself, known or guessed ("Хакимулла" a
    man's, "Карима" and "Саида" women's, not Карим's and Саид's genitives; "Никита", "Иса",
    "Муса" men's); else one in "-а"/"-я" the dictionary knows no word of is a woman's
    ("Анналена", which it guesses as a man's genitive); a known word no name ("Халифа")
    none."""
    word = fold(first)
    if word in load_list(MENS_NAMES):
        return "masc"
    if word in load_list(WOMENS_NAMES):
        return "femn"
    own = (str(p.tag.gender) for p in _name_parses(word) if _own_nominative(p, word))
    if gender := next(own, ""):
        return gender
    if word.endswith(("а", "я")) and not any(p.is_known for p in morph().parse(word)):
        return "femn"
    return first_name_gender(first)


def _own_nominative(parse: Parse, word: str) -> bool:
    """A reading of `word` as the nominative singular of itself, of a gender ("Карима" as
    hers, not as Карим's genitive; "Хакимулла" as his, which the dictionary guesses)."""
    return (
        {"nomn", "sing"} <= parse.tag.grammemes
        and bool(parse.tag.gender)
        and fold(parse.normal_form) == word
    )


def man_named(first: str) -> bool:
    """A first name the dictionary, or its guess for a foreign one, reads as a man's only
    ("Барак", "Эмманюэль"); not "Мишель", either, nor an unknown one in -а or -я ("Кая"):
    only its readings as the nominative of itself count, else the first guess. A foreign
    man's name the dictionary lacks is listed (`MENS_NAMES`: "Олаф", "Нарендра")."""
    word = fold(first.split()[0]) if first.strip() else ""
    if word in load_list(MENS_NAMES):
        return True
    parses = _name_parses(word)
    own = [p for p in parses if p.normal_form.replace("ё", "е") == word]
    if not own and word.endswith(("а", "я")):
        return False
    genders = {p.tag.gender for p in own or parses[:1]}
    return genders == {"masc"}


def names_other_gender(word: str, gender: str) -> bool:
    """Whether the dictionary reads a name's word only as a first name of the gender other
    than `gender` ("Ивана", "Кая" only as Иван's, Кай's genitive, of a woman): the tagger
    then gives it that man's case, which tells nothing of the woman's name."""
    known = [p for p in _name_parses(word) if p.is_known and p.tag.gender]
    return bool(gender) and bool(known) and all(p.tag.gender != gender for p in known)


def mention_tokens(doc: Doc, mentions: Iterable[Mention], key: str) -> list[Token]:
    """The words of every mention of entity `key`."""
    ranges = [char_range(doc, m.start, m.end) for m in mentions if m.entity == key]
    return [doc[i] for found in ranges if found is not None for i in range(*found)]


_OBLIQUE = frozenset(["Gen", "Dat", "Ins", "Loc"])


def surname_gender(words: Sequence[Token], surname: str) -> str:
    """The gender a document's own forms of a surname ending in a consonant tell: "masc"
    where it takes an ending ("с Абием Ахмедом"), "femn" where it stands unchanged where
    the tagger reads an oblique case ("с Метте Фредериксен", "переговоры Стёре и
    Фредериксен"), where another word of the name or the title it is in apposition to is
    read in one ("с министром … Пенни Вонг"), or as the subject of a verb in the feminine
    ("Фредериксен прибыла"); ""
    where they tell none. The tagger's oblique reading of a surname in a name that stands
    where a subject does tells nothing (`_subjects_place`: "лидировал Джордже Симион":
    "Симион" read as locative)."""
    if not consonant_end(surname):
        return ""
    if any(t.text != surname and form_of(t.text, surname) for t in words):
        return "masc"
    same = [t for t in words if t.text == surname]
    told = any(
        (not _subjects_place(t) and (case_of(t) in _OBLIQUE or _oblique_name(t)))
        or (t.dep_ in SUBJECTS and features(t.head, "Gender") == ("Fem",))
        for t in same
    )
    return "femn" if told else ""


def _subjects_place(word: Token) -> bool:
    """Whether a name's word stands where the subject does: its name is the subject, in
    apposition to it, or joined by "и" to a name that is ("Министры … Египта и Саудовской
    Аравии Бадр Абдель Ати и Фейсал бин Фархан провели": "Фархан", which hangs on "бин", read
    as genitive, is a nominative). Not a name hung across its title's verb
    (`appositive_past_verb`). Sixty-first pass (h-names133)."""
    t = name_root(word)
    while t.head.i != t.i and not appositive_past_verb(t):
        joined = t.dep_ == "conj" and t.head.pos_ in ("PROPN", "NOUN")
        if not (joined or t.dep_ == "appos" or t.dep_.startswith("flat")):
            break
        t = t.head
    return t.dep_ in SUBJECTS


def adjective_surname_gender(surname: str) -> str:
    """ "masc" of a surname in a man's adjectival form, "-ий" or "-ый" after a consonant
    ("Навроцкий", "Качиньский"): a woman's is "-ая", so it tells a man however the
    dictionary reads the first name ("Кароль", which it knows as a woman's, the French
    Carole); "" for any other. Sixty-first pass (h-names133)."""
    low = surname.lower()
    adjectival = len(low) > 3 and low.endswith(("ий", "ый")) and consonant_end(low[:-2])
    return "masc" if adjectival else ""


def _oblique_name(word: Token) -> bool:
    """Whether a name's word stands where the name is in an oblique case, however the
    tagger reads the word itself: another word of the name is read in one ("с министром …
    Пенни Вонг": "Пенни" instrumental), or the name is in apposition to a title in one that
    a verb governs ("с министром … Анналеной Бербок")."""
    word = name_root(word)
    title = word.head
    return any(case_of(t) in _OBLIQUE for t in name_words(word) if not _initial(t)) or (
        word.dep_ == "appos"
        and title.pos_ == "NOUN"
        and title.dep_ in ("obl", "obj", "iobj")
        and case_of(title) in _OBLIQUE
        and not _inverted_subject(word, title)
    )


def _inverted_subject(word: Token, title: Token) -> bool:
    """Whether a name the parse hangs on a title in the instrumental is the subject of the
    title's verb, which has none ("Председателем … банка Кайдо Тамм назначен"): the post
    told first, the name after it in the nominative, the verb not a woman's (pass
    forty-two, h-events105)."""
    verb = title.head
    return (
        case_of(title) == "Ins"
        and word.i > title.i
        and verb.pos_ in ("VERB", "AUX", "ADJ")
        and not any(c.dep_ in SUBJECTS for c in verb.children)
        and features(verb, "Gender") != ("Fem",)  # "… Метте Гонсалес назначена": hers
        and all(case_of(t) == "Nom" for t in name_words(word) if not _initial(t))
    )


def _initial(word: Token) -> bool:
    """Whether a word is an initial ("С" of "С.В.Лавров"): the tagger writes a case on it
    that tells nothing of the name's."""
    return len(word.text) == 1 and word.text.isupper()


def predicate_gender(words: Iterable[Token], titles_masc: bool = True) -> str:
    """ "masc"/"femn" that the past-tense verbs or short adjectives whose subject a word of
    a person's mentions is tell ("заявил", "прибыла"; a title's verb for the name in
    apposition to it: "Премьер-министр … Метте Фредериксен прибыла"); "" where they tell
    none or disagree. A name the parse hangs on a title across the title's verb is another
    person's ("Министр … Пенни Вонг провела переговоры с министром … Ван И": "Ван" on the
    first "Министр"), so that verb tells nothing of it. Without `titles_masc`, a masculine
    verb that agrees with a title the name is in apposition to tells nothing: Russian news
    writes "Премьер-министр … Эвика Силиня заявил" of a woman."""
    genders: set[str] = set()
    for t in words:
        titled = False
        while (t.dep_.startswith("flat") or t.dep_ == "appos") and not appositive_past_verb(t):
            titled = titled or (t.dep_ == "appos" and t.head.pos_ == "NOUN")
            t = t.head
        verb = t.head
        if t.dep_ in SUBJECTS and _thing_subject_before(t, verb):
            continue  # "поступок Мэннинг привёл": the noun's verb, the name its genitive
        if t.dep_ in SUBJECTS and _second_subject(t, verb):
            continue  # "Армения открыла …, а … министр … X посетил": the parse's slip
        if t.dep_ in SUBJECTS and verb.i != t.i and is_predicate(verb):
            gender = UD_GENDER.get((features(verb, "Gender") or ("",))[0], "")
            if gender == "masc" and titled and not titles_masc:
                continue
            genders.add(gender)
    genders &= {"masc", "femn"}
    return genders.pop() if len(genders) == 1 else ""


def _second_subject(word: Token, verb: Token) -> bool:
    """Whether the parse hangs another subject before `word` on its verb ("Армения открыла
    посольство, а в августе министр … Арарат Мирзоян посетил Джакарту": "министр" on
    "открыла"): a verb has one subject, so the later one is another clause's, whose own verb
    the parse left aside, and the first verb's gender tells nothing of it (sixty-second
    pass, h-names139)."""
    return any(c.dep_ in SUBJECTS and c.i < word.i for c in verb.children)


def _thing_subject_before(name: Token, verb: Token) -> bool:
    """Whether the parse hangs on `verb` as a second subject a lower-case noun of a thing
    right before the name's words ("поступок Мэннинг привёл"): that noun is the verb's
    subject, the undeclined name its genitive, and the verb tells nothing of the name
    (names84). Not a person's noun ("министр Тамм заявила")."""
    first = name
    while first.i > 0 and first.doc[first.i - 1].head.i == name.i:
        first = first.doc[first.i - 1]
    if first.i == 0:
        return False
    noun = first.doc[first.i - 1]
    if noun.head.i != verb.i or noun.dep_ not in SUBJECTS or not noun.text.islower():
        return False
    nouns = [p for p in morph().parse(noun.lower_) if p.tag.POS == "NOUN"]
    return bool(nouns) and all("inan" in p.tag for p in nouns)


def told_gender(doc: Doc, mentions: Iterable[Mention], key: str, name: str) -> str:
    """The gender a document's forms of person `key`'s surname (the last word of `name`)
    tell (`surname_gender`; a man's adjectival form, `adjective_surname_gender`), else the
    verbs the person's mentions are the subject of (`predicate_gender`: "Премьер-министр …
    Метте Фредериксен прибыла", where the dictionary knows no "Метте"), for declining the
    name: "" where they tell none."""
    words = name.split()
    tokens = mention_tokens(doc, mentions, key)
    last = words[-1] if words else ""
    forms = surname_gender(tokens, last) or adjective_surname_gender(last)
    told = forms or predicate_gender(tokens)
    if told == "masc" and not forms and womans_first_name(words[0]):
        # "Премьер-министр … Эвика Силиня заявил": the title's agreement, not hers
        return predicate_gender(tokens, titles_masc=False) or "femn"
    return told


def womans_first_name(first: str) -> bool:
    """A first name that is a woman's in the nominative: the dictionary's own nominative of
    a woman's name only (`dictionary_gender`: "Ингрида", "Майя"; not one men bear too,
    "Андреа"), or a foreign woman's name it lacks or reads as another word's oblique form,
    listed (`WOMENS_NAMES`: "Эвика", "Пенни", "Кая" read as Кай's genitive, "Мая" as
    май's)."""
    return fold(first) in load_list(WOMENS_NAMES) or dictionary_gender(first) == "femn"


# Not `man_named` or `woman_named` (which rule a link out, a foreign guess counting): the
# gender kg states of a person must be the dictionary's own nominative of one gender.
def dictionary_gender(first: str) -> str:
    """The gender of a first name the dictionary knows as the nominative singular of one
    gender only ("Петер", "Урсула"); "" for one it only guesses ("Эди", "Саломе") or knows
    in another case alone ("Беате", "Паулу" read as oblique forms of other names)."""
    own = {
        str(p.tag.gender)
        for p in _name_parses(first)
        if p.is_known and {"nomn", "sing"} <= p.tag.grammemes
    }
    return own.pop() if len(own) == 1 else ""


def person_gender(doc: Doc, mentions: Sequence[Mention], key: str, name: str) -> str:
    """The gender kg knows of person `key`: what the document's forms and verbs tell
    (`told_gender`), else the dictionary's reading of the first name, or a foreign woman's
    name listed (`womans_first_name`); "" where neither tells (an indeclinable foreign
    name no verb agrees with: "с Нгози Оконджо-Ивеала")."""
    first = name.split()[0] if name.strip() else ""
    if told := told_gender(doc, mentions, key, name):
        return told
    if not first:
        return ""
    return dictionary_gender(first) or ("femn" if womans_first_name(first) else "")
