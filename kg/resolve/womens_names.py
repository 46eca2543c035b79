"""Women's names: whether a name in a document is a woman's, told by its forms.

A woman's surname does not decline like a man's ("Назарбаевой", "Ковальской"); her title,
kin word or the verb she is the subject of tell her apart ("заявила"). The case readers of
names.py ask these questions before bringing a name to its nominative.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from spacy.tokens import Span, Token

from kg.lexicon import load_list
from kg.nlp.deps import SUBJECTS, has_subject
from kg.nlp.morph import case_of, caseless, features, is_animate, is_finite, morph, undeclined
from kg.resolve.gender import woman_named, womans_first_name
from kg.resolve.kin_and_ranks import KIN, WOMEN_KIN
from kg.resolve.name_forms import VOWELS, consonant_end
from kg.resolve.name_lexicons import (
    POSSESSIVE,
    SYLLABLE_SURNAMES,
    is_first_name,
    natasha_first_name,
    reads_genitive,
    russian_surname_end,
)
from kg.resolve.surname_declension import baltic_womans_ending, declined_surname

_NO_GENDER_END = tuple("оуэ")  # "Сиссоко", "Шойгу", "Абэ": no case, so no gender either


def tagged_feminine(tokens: list[Token]) -> bool:
    """A woman's name by the tagger's gender of its words. A syllable of two letters ("Та" of
    "Та Ван Тхонг", the pronoun "та" to the tagger) tells none, nor does a word ending in a
    vowel that never declines ("Сиссоко" of "с Бекаем Сиссоко"). Public: `names` guesses a
    woman's name by it where no verb or rank around the name told the sex."""
    return any(
        features(t, "Gender") == ("Fem",)
        for t in tokens
        if len(t.text) > 2 and not t.lower_.endswith(_NO_GENDER_END)
    )


def mans_genitive_in_a(tokens: list[Token]) -> bool:
    """Every word of a name of two or more ends in "-а" after a consonant, the surname the
    tagger reads as a man's, and no word is a woman's first name the dictionary knows: a man's
    genitive, whatever gender the tagger gave the words before ("главы ВОЗ Тедроса Адханома
    Гебрейесуса"); not a woman's name, whose surname the tagger reads as hers. Also a man's
    first name in "-а" before a surname that does not decline (`_his_a_before_caseless`)."""
    if len(tokens) == 2 and _his_a_before_caseless(tokens[0], tokens[1]):
        return True  # "визит Карима Кати"
    if not in_a_words(tokens):
        return False
    if features(tokens[-1], "Gender") == ("Masc",) and not any(woman_named(t.text) for t in tokens):
        return True
    # "принял министра Турции Мехмета Алина": a first name the dictionary reads only as a
    # man's genitive or accusative shows the name's case, whatever woman's first name the
    # surname after it is spelt as ("Алина", "Галина"): the surname declines with it
    return len(tokens) == 2 and his_genitive_only(tokens[0].text)


def _his_a_before_caseless(first: Token, surname: Token) -> bool:
    """A first name in "-а" the dictionary knows as a man's genitive or accusative, read so
    by the tagger, before a surname in a vowel but "-а"/"-я", which a man's genitive writes
    as it stands ("визит Карима Кати", "Кати" read as Катя's genitive): a man's genitive,
    though the first name is also a woman's nominative ("Карима") and the tagger reads the
    surname as hers; her genitive would be "Каримы" (sixty-second pass, h-names137)."""
    last = surname.lower_
    return (
        first.lower_.endswith("а")
        and features(first, "Gender") == ("Masc",)
        and case_of(first) in ("Gen", "Acc")
        and any(
            p.is_known and {"Name", "masc"} <= p.tag.grammemes and p.tag.case in ("gent", "accs")
            for p in morph().parse(first.text)
        )
        and len(last) > 2
        and last[-1] in VOWELS
        and last[-1] not in "ая"
    )


def his_genitive_only(word: str) -> bool:
    """The dictionary knows `word` as a first name only as a man's genitive or accusative
    ("Мехмета", "Ивана"), no woman's nominative ("Александра" may be hers)."""
    names = [p for p in morph().parse(word) if "Name" in p.tag and p.is_known]
    return bool(names) and all(
        p.tag.gender == "masc" and p.tag.case in ("gent", "accs") for p in names
    )


def in_a_words(tokens: list[Token]) -> bool:
    """Two or more words, each ending in "-а" after a consonant ("Хулиана Авада")."""
    return len(tokens) > 1 and all(
        len(t.text) > 3 and t.lower_.endswith("а") and t.lower_[-2] not in VOWELS for t in tokens
    )


# Titles only a woman bears (a relative's, a rank's, "леди"): a name apposed to one in the
# nominative, or to a title under it, is hers.
_HER_TITLES = WOMEN_KIN | frozenset(["леди", "королева", "принцесса", "кронпринцесса",
                                     "императрица", "герцогиня", "княгиня", "царица"])  # fmt: skip


# A woman's first name in "-а"/"-я" in an oblique case whose form a man's name in a
# consonant shares: her ending → the endings of her nominative ("Кае" hers of Кая, Кай's
# locative; "Каю" hers, Кай's dative). Not her accusative's "-у", a Portuguese man's own
# ending ("Фернанду Аддад").
_HER_ENDINGS = {"е": "ая", "ю": "я"}


def her_first_before_undeclined(names: list[Token], span: Span) -> str:
    """The nominative of a woman's first name that the dictionary reads only as a form of a
    man's name in an oblique case ("Кая", "Кае" of Кай; "Амине" of Амин), before a surname
    in a consonant as written ("Кая Тамм", "с Кае Тамм", "Амине Якоб"): a man's name
    in that case would decline his surname too ("Кая Тамма", "Кае Тамме"), so it is hers,
    and her nominative is the one in "-а"/"-я" a list of first names holds ("Кая", "Амина";
    not "Каа"). Where it is written in "-а"/"-я", only in a place that says the name is
    a nominative. "" where this does not hold (a Russian or East-Asian surname, a name men
    bear in the nominative, "Никита Смит")."""
    if len(names) != 2 or not _undeclined_consonant(names[1].text):
        return ""
    first = names[0].text
    if not _his_oblique_only(first):
        return ""
    if first[-1:].lower() in "ая":
        # "Кая Тамм", "Файка аль-Саид": as written, in a place that says it is a nominative;
        # there no man's genitive can stand, so a first name no list holds is hers as well
        # ("министр финансов Словакии Мартина Кралик": his would be "Мартина Кралика")
        told = told_nominative(span) or (_her_name(first) and told_hers(span))
        return first if told else ""
    # "с Кае Тамм", "Амине Якоб": her oblique form, the nominative a list of names holds;
    # in a nominative's place a name of its own ("Министр … Аннике Хейтман прибыла")
    if told_nominative(span):
        return ""
    return next((n for n in _her_nominatives(first) if _her_name(n) or natasha_first_name(n)), "")


def her_ich_surname(names: list[Token]) -> bool:
    """A Balkan woman's surname in "-ович"/"-евич" as written, after a first name that is a
    woman's ("Кира Бошнякович") or a man's only in an oblique case ("Ивана Радович"): no
    patronymic, which is "-овна" for her and for him agrees with his first name's case
    ("Ивана Радовича"); hers never declines. Sixty-fifth pass, h-names147."""
    if len(names) != 2 or not names[1].lower_.endswith(("ович", "евич")):
        return False
    first = names[0].text
    return _her_name(first) or _his_oblique_only(first) or _her_first_form(first)


def her_baltic_name(names: list[Token]) -> bool:
    """A woman's first name in an oblique case before a surname in a Lithuanian woman's own
    ending ("об Ингриде Шимоните", "Рите Жемайтите"): the name is hers, and the surname's
    "-е" no locative's (his "о Джоне Смите" has his first name). Sixty-fifth pass,
    h-names147."""
    return (
        len(names) == 2
        and baltic_womans_ending(names[1].text)
        and (
            _her_first_form(names[0].text)
            # "о Дайне Блинкявичюте": a first name the dictionary knows as no man's, before
            # a surname too long for a man's short locative ("Смите")
            or (len(names[1].text) > 6 and not _his_first_form(names[0].text))
        )
    )


def _her_first_form(word: str) -> bool:
    """The dictionary reads `word` as a woman's first name in some case and never as a
    man's ("Ингриде", "Кирой"; not "Кае", also Кай's)."""
    return any({"Name", "femn"} <= p.tag.grammemes for p in morph().parse(word)) and not (
        _his_first_form(word)
    )


def _his_first_form(word: str) -> bool:
    """The dictionary reads `word` as a man's first name in some case ("Джоне", "Кае")."""
    return any({"Name", "masc"} <= p.tag.grammemes for p in morph().parse(word))


def _undeclined_consonant(surname: str) -> bool:
    """A surname ending in a consonant, as its nominative ("Тамм", "Якоб"), that a man's
    name would decline; not a Russian one's ending ("Петров"), nor a man's Russian or Polish
    surname in his instrumental or locative (`_his_oblique_surname`), nor an East-Asian
    syllable."""
    return (
        consonant_end(surname)
        and not russian_surname_end(surname.lower())
        and not _his_oblique_surname(surname)
        and surname not in load_list(SYLLABLE_SURNAMES)
    )


def _his_oblique_surname(surname: str) -> bool:
    """A man's surname of a Russian ending in his instrumental or locative, whose "-м" ends
    no nominative of his ("о Радославе Сикорском", "с Каем Петровым"): the first name
    before it is his in that case, no woman's ("Радослава"). Sixty-fifth pass, h-names146."""
    for case in ("Ins", "Loc"):
        bare = declined_surname(surname, case, False)
        if bare != surname and russian_surname_end(bare.lower(), woman=False):
            return True
    return False


def _her_name(word: str) -> bool:
    """`word` is a woman's first name in the nominative: listed or the dictionary's own
    (`womans_first_name`: "Кая", "Эвика"), or as it guesses ("Файка")."""
    return womans_first_name(word) or any(
        {"Name", "femn", "nomn"} <= p.tag.grammemes for p in morph().parse(word)
    )


def _her_nominatives(word: str) -> list[str]:
    """The nominatives in "-а"/"-я" of a woman's first name her oblique form `word` may be
    ("Кае": "Кая"; "Амине": "Амина"); none for a form in "-а"/"-я" itself."""
    ends = _HER_ENDINGS.get(word[-1:].lower(), "")
    return [word[:-1] + end for end in ends if end != "а" or word[-2:-1].lower() not in VOWELS]


def _his_oblique_only(word: str) -> bool:
    """The dictionary reads `word` (or guesses it) as a man's first name in an oblique case
    that declines, never as a man's nominative ("Кая", "Кае", "Амине", "Файка"; not
    "Никита", "Рене")."""
    his = [p for p in morph().parse(word) if "Name" in p.tag and p.tag.gender == "masc"]
    return any("nomn" not in p.tag and "Fixd" not in p.tag for p in his) and not any(
        "nomn" in p.tag for p in his
    )


def told_hers_or_nominative(span: Span) -> bool:
    """The name's place says it is no man's genitive, whatever its words' endings: it is a
    subject, or is apposed to a person's title in the nominative ("Министр туризма Мексики
    Хулиана Авада прибыла"), or `told_hers`."""
    return told_nominative(span) or told_hers(span)


def told_nominative(span: Span) -> bool:
    """The name's place says it is a nominative: a subject, or apposed to a person's title
    in the nominative before it."""
    root = span.root
    if root.dep_ in SUBJECTS:
        return True
    title = root.head
    return (
        root.dep_ == "appos"
        and title.i < root.i
        and case_of(title) == "Nom"
        and features(title, "Animacy") == ("Anim",)
    )


def told_hers(span: Span) -> bool:
    """The title the name is apposed to is a woman's: it has a feminine adjective ("первая
    леди Аргентины Хулиана Авада", "бывшей главы"), or is a woman's title in the nominative
    ("его супруга", "леди"). Not a title over the one it is apposed to ("Пресс-секретарь
    министра … Петра Дворжака заявила": he is the minister)."""
    root = span.root
    if root.dep_ != "appos" or root.head.i > root.i:
        return False
    title = root.head
    # "Президент и первая леди Перу X": the parse may hang the name on the first of two
    # titles joined; the one just before the name is its own
    title = max(
        (c for c in title.children if c.dep_ == "conj" and title.i < c.i < root.i),
        key=lambda c: c.i,
        default=title,
    )
    return _feminine_modifier(title) or (
        case_of(title) == "Nom" and title.lower_.replace("ё", "е") in _HER_TITLES
    )


def _feminine_modifier(title: Token) -> bool:
    """An adjective in the feminine before the title ("первая леди", "бывшая глава")."""
    return any(
        c.dep_ == "amod" and c.i < title.i and features(c, "Gender") == ("Fem",)
        for c in title.children
    )


# A woman's Russian surname in an oblique case ("Назарбаевой", "Ильиной"): no man's takes it.
_WOMAN_OBLIQUE = re.compile(rf"..{POSSESSIVE}ой$", re.I)

# A woman's adjectival surname in an oblique case ("Ковальской", "Белецкой"), which a man's
# nominative may also be ("Трубецкой"): hers alone only where its case is no nominative.
_HER_ADJECTIVE_OBLIQUE = re.compile(r"..[сц]кой$", re.I)


def womans_oblique_surname(tokens: list[Token]) -> bool:
    """A name that ends in a woman's Russian surname in an oblique case is a woman's, where
    the tagger reads a first name it does not know as a man's ("Дариги Назарбаевой").
    A surname alone is hers where the tagger reads it in an oblique case and the dictionary
    knows no man's nominative of it ("по делу Ковальчуковой"; not "Боровой заявил"). So is
    an adjectival one's "-ской"/"-цкой", alone or after a first name ("писали о Гражине
    Белецкой": his locative is "Белецком"; not "Трубецкой заявил"; sixty-fourth pass,
    h-names144)."""
    if not tokens:
        return False
    word = tokens[-1]
    possessive = _WOMAN_OBLIQUE.search(word.text) is not None
    if possessive and len(tokens) > 1:
        return True
    if not (possessive or _HER_ADJECTIVE_OBLIQUE.search(word.text)):
        return False
    return case_of(word) not in ("", "Nom") and not any(
        p.is_known and {"masc", "nomn"} <= p.tag.grammemes for p in morph().parse(word.text)
    )


def subject_of_feminine(span: Span) -> bool:
    """The name is the subject of a verb in the feminine ("Алиева год работала послом"): a
    woman named in the nominative, whatever case the tagger read ("Алиева" is also the
    genitive of "Алиев"). The parse may hang her name on a noun before it ("до избрания
    в парламент Алиева год работала"): then her verb is `feminine_verb_after` it.
    A name in apposition to a masculine title that is the subject ("Посол Перу Луиса Рамирес
    сказала") is hers too: the feminine verb agrees with no masculine noun but her."""
    root = span.root
    if root.dep_ not in SUBJECTS and not _apposed_to_masculine_subject(root):
        return feminine_verb_after(span.doc[span.end : span.sent.end]) is not None
    verb = predicate_verb(root.head.head if root.dep_ == "appos" else root.head)
    if verb.i == root.i or features(verb, "Gender") != ("Fem",):
        return False
    # "Отставка в среду Густаво Адрианзена стала …": the verb agrees with a thing's noun,
    # its other subject, and the name is that noun's genitive
    return not any(
        c.dep_ in SUBJECTS
        and c.i < span.start
        and c.pos_ == "NOUN"
        and "Inan" in c.morph.get("Animacy")
        and features(c, "Gender") == ("Fem",)
        for c in verb.children
    )


# Women's ranks written as a man's rank's genitive or accusative ("шейха": a sheikha, or
# of a sheikh; "султана"): the tagger reads the man's, and the name after it his oblique case.
_HER_RANKS_AS_HIS_OBLIQUE = frozenset(["шейха", "султана"])


def her_rank_subject(span: Span) -> bool:
    """A name right after such a rank apposed to it, the rank a subject (or the object the
    parse made of a subject, before its verb) of a verb in the feminine that no feminine
    subject of its own takes ("Шейха Моза прибыла", "В Доху прибыла шейха Моза"): her
    rank and her name in the nominative, whose "-а" is her name's own, not a genitive
    ("Моза" is not "Моз"'s). Not a name the dictionary reads only as a man's oblique case
    ("Шейха Мохаммеда поздравила Мария": the sheikh's, the object), nor before a verb in
    the masculine ("Шейха Моза принял эмир")."""
    if not span.start or span.root.head.i != span.start - 1:
        return False
    rank = span.doc[span.start - 1]
    if rank.lower_ not in _HER_RANKS_AS_HIS_OBLIQUE or span.root.dep_ != "appos":
        return False
    verb = rank.head
    subject = rank.dep_ in SUBJECTS or (rank.dep_ == "obj" and rank.i < verb.i)
    if not subject or verb.i == rank.i or features(verb, "Gender") != ("Fem",):
        return False
    if any(
        c.dep_ in SUBJECTS and c.i != rank.i and features(c, "Gender") == ("Fem",)
        for c in verb.children
    ):
        return False
    return not any(his_genitive_only(t.text) for t in span)


def predicate_verb(head: Token) -> Token:
    """The word a subject's gender agrees with: `head` where it is a verb, else the finite
    copula or auxiliary of a nominal predicate ("Мигеля Диаса не было на встрече": "было",
    not "встрече", whose gender is its own: names93), or the verb an oblique noun the parse
    hung the subject on depends on ("было" ← "на встрече в Лиме"); `head` where it has
    none."""
    if head.pos_ in ("VERB", "AUX"):
        return head
    copula = next((c for c in head.children if c.dep_ in ("cop", "aux") and is_finite(c)), None)
    if copula is not None:
        return copula
    verb = head.head
    oblique = head.dep_ == "obl" and verb.pos_ in ("VERB", "AUX") and is_finite(verb)
    return verb if oblique else head


def feminine_verb_after(rest: Span) -> Token | None:
    """The verb of a woman's name the parse hangs on a noun before it ("до избрания в
    парламент Алиева год работала послом", "… Алиева была министром"): the next finite verb
    of `rest` (the sentence after the name), in the feminine, whose clause (the head of an
    auxiliary or a copula: "министром") has no subject of its own, nor one after it the parse
    missed ("работала министром Анна Кос"); that clause. Not past a comma, where a clause of
    its own begins ("200-летия математика Нильса Абеля, в честь которого была названа"),
    nor a verb joined by "и" to one whose subject is told ("Президент … Саломе Зурабишвили
    провела переговоры с президентом … Анджеем Дудой и обсудила …"): it shares that subject,
    the woman before, and tells nothing of the name in its object (seventy-first pass,
    h-names160)."""
    verb = next((t for t in takewhile(lambda t: t.text != ",", rest) if is_finite(t)), None)
    if verb is None or features(verb, "Gender") != ("Fem",):
        return None
    clause = verb.head if verb.dep_.startswith(("aux", "cop")) else verb
    if clause.dep_ == "conj" and clause.head.i < rest.start and has_subject(clause.head):
        return None
    # a noun in the nominative past a comma is another clause's ("…, после которого ее
    # приняли в … хор": names83)
    later = list(takewhile(lambda t: t.text != ",", rest.doc[verb.i + 1 : rest.end]))
    # ... and a name in the nominative between is the verb's own ("Ольге Анна Новак сказала")
    later += [t for t in rest.doc[rest.start : verb.i] if t.pos_ == "PROPN"]
    if has_subject(clause) or any(
        t.pos_ in ("NOUN", "PROPN") and case_of(t) == "Nom" for t in later
    ):
        return None
    return clause


def _apposed_to_masculine_subject(root: Token) -> bool:
    """The name stands in apposition after a masculine noun in the nominative that is the
    subject of its verb ("посол", "министр"); not a relative ("муж"), whose name is his, nor
    past a person's title in the genitive ("Пресс-секретарь президента Чили X заявила": X is
    the president, the name that title's owner)."""
    title = root.head
    return (
        root.dep_ == "appos"
        and title.i < root.i
        and title.dep_ in SUBJECTS
        and features(title, "Gender") == ("Masc",)
        and case_of(title) == "Nom"
        and title.lemma_.replace("ё", "е") not in KIN
        and not any(is_animate(t) for t in root.doc[title.i + 1 : root.i])
    )


def womans_surname_as_subject(span: Span) -> bool:
    """A surname alone as the subject of a verb that shows no gender ("Смирнова ведёт"),
    which the tagger reads in an oblique case: a subject is a nominative, and the nominative
    this form has is a woman's surname's, not the genitive of "Смирнов"."""
    root = span.root
    if len(span) != 1 or root.dep_ not in SUBJECTS or case_of(root) in ("", "Nom"):
        return False
    if features(root.head, "Gender"):
        return False  # a verb of either gender tells by itself (subject_of_feminine)
    return womans_surname(root.text)


def womans_surname(word: str) -> bool:
    """`word` may be a woman's surname in the nominative ("Смирнова"), whatever case the
    tagger read (it is also the genitive of "Смирнов")."""
    return any(
        {"Surn", "femn", "nomn"} <= p.tag.grammemes and "plur" not in p.tag
        for p in morph().parse(word)
    )


def her_genitive(names: list[Token]) -> bool:
    """A woman's first name that reads as a genitive singular and never as a nominative one
    ("Виталины", "Агнешки") before surnames in a consonant, which no woman's declines
    ("Новак"), or in her genitive ("Ковальской"): the name is her genitive, whatever case
    the tagger copied. Not a man's first name ("Никиты Новак": his surname would decline),
    nor one before a man's surname ("Агнешки Ян Ковальский": two persons). A middle name that
    declines in no case ("Самии Сулуху Хасан") shows no case and stays hers."""
    return (
        len(names) > 1
        and woman_named(names[0].text)
        and reads_genitive(names[0].text, man=False, first=True)
        and all(_her_middle(t.text) for t in names[1:-1])
        and _hers_in_genitive(names[-1].text)
    )


def _her_middle(word: str) -> bool:
    """A middle name of hers as her genitive writes it: as her surname is, or a foreign word
    that declines in no case and is no first name ("Сулуху", no man's dative in "-у")."""
    return _hers_in_genitive(word) or (caseless(word) and not is_first_name(word))


def _hers_in_genitive(surname: str) -> bool:
    """A woman's surname as her genitive writes it: one in a consonant, which does not
    decline for her ("Новак"), or a genitive of hers ("Ковальской")."""
    low = surname.lower()
    return (low[-1] not in VOWELS and low[-1] not in "йь") or reads_genitive(low, man=False)


# The cases a title or a subject may tell a name in whose "-е" would be no ending of theirs.
_NOT_E_CASES = ("Nom", "Gen", "Acc", "Ins")


def her_own_e(word: str) -> bool:
    """A woman's first name in "-е" the dictionary reads, as a name that declines, only as a
    dative or locative, of a woman's name in "-а"/"-я" among others ("Марианне", "Анне",
    "Кристине": Марианна's, Анна's; some also as a foreign name of its own that never
    declines): its "-е" is an ending only where the name stands in one of those cases."""
    low = word.lower()
    if not low.endswith("е"):
        return False
    declined = [
        p for p in morph().parse(low) if p.is_known and "Name" in p.tag and "Fixd" not in p.tag
    ]
    return any("femn" in p.tag and p.normal_form.endswith(("а", "я")) for p in declined) and all(
        {"datv", "loct"} & p.tag.grammemes for p in declined
    )


def her_foreign_e_name(names: Sequence[Token], title: Token | None = None) -> bool:
    """A woman's foreign name opening with her "-е" first name (`her_own_e`), each other word
    showing no case (`_shows_no_case`: her surname does not decline), where its place tells
    a case no "-е" ends: the subject, or apposed to a title (`title`, else the one the parse
    hangs it on) in the nominative, genitive, accusative or instrumental ("— сказал министр
    рыболовства и океанов Норвегии Марианне Сивертсен Нэсс", "Министр Дании Анне Хансен
    заявила", "с министром Дании Анне Хансен", "Мэр Осло Анне Линдбу прибыла"): the name as
    written, whatever oblique case the tagger read and copied onto the surname. Not "о Марине
    Хансен", "министру Дании Анне Хансен" (Анна's dative), the parse's subject of a plural
    verb ("Марианне Хансен пересадили сердце": a dative), nor "Анне Петровой" (the surname
    shows the case). In any case, a surname in "-у", "-ю" or "-о" no declining surname of a
    woman ends in, where the text writes no "-а" form of the first name ("мэру Тромсё Анне
    Линдбу": `_foreign_vowel_end`; seventy-first pass, h-names159). Sixty-eighth pass,
    h-names152."""
    return bool(her_foreign_e_case(names, title))


def her_foreign_e_case(names: Sequence[Token], title: Token | None = None) -> str:
    """The case the place of a woman's foreign "-е" name tells (`her_foreign_e_name`): the
    subject's nominative, else the case of its title ("Мэр Осло Анне Линдбу заявила": the
    mayor's; a surname in "-у"/"-ю"/"-о" whatever the case: `her_foreign_e_name`); "" for no
    such name, or a place that tells another case. Public: the case of
    a name (`given_agreement`) takes it for the tagger's dative (seventieth pass,
    h-names157)."""
    first, *rest = names
    if not rest or not her_own_e(first.text):
        return ""
    if (
        all(_foreign_vowel_end(t.text) for t in rest)
        and not _nominative_written(first)
        and not _his_oblique(first.text)
    ):  # "мэру Тромсё Анне Линдбу", "с мэром Бергена Марианне Скарбу"
        if first.dep_ in SUBJECTS:
            return "Nom"
        return case_of(title if title is not None else first.head) or case_of(first)
    if not all(_shows_no_case(t.text) for t in rest):
        return ""
    if title is None:
        if first.dep_ in SUBJECTS:  # not a plural verb's: "Марианне Хансен пересадили …"
            return "" if "Plur" in first.head.morph.get("Number") else "Nom"
        if first.dep_ != "appos" or _hung_forward(names, first.head):
            return ""
        title = first.head
    case = case_of(title)
    return case if case in _NOT_E_CASES else ""


def _foreign_vowel_end(word: str) -> bool:
    """A word of a woman's foreign surname in "-у", "-ю" or "-о", which no case of a woman's
    declining surname ends in after her "-е" first name: one the dictionary does not know
    ("Линдбу") or reads as no name ("Скарбу", its "скарб"). Not one in "-е" or "-и", which
    go with a first name that declines ("Ингриде Шимоните", "Елене Росси", "Аруне Тхапе")."""
    low = word.lower()
    if not low.endswith(("у", "ю", "о")):
        return False
    named = {"Name", "Surn", "Patr"}
    return undeclined(word) or not any(
        p.is_known and named & p.tag.grammemes for p in morph().parse(low)
    )


def _his_oblique(word: str) -> bool:
    """A first name the dictionary also reads as a man's oblique case ("Данииле" of
    "Даниил"): not only hers."""
    return any("masc" in p.tag and "Name" in p.tag for p in morph().parse(word.lower()))


def _nominative_written(first: Token) -> bool:
    """The text writes the first name's "-а" nominative ("Анна" of "Анне") anywhere: the
    "-е" is that name's ending, not a foreign name of its own."""
    nominatives = {
        p.normal_form for p in morph().parse(first.lower_) if p.is_known and "Name" in p.tag
    } - {first.lower_}
    return any(t.lower_ in nominatives for t in first.doc if t.text[:1].isupper())


def _hung_forward(names: Sequence[Token], title: Token) -> bool:
    """The parse apposes the name to a title after it with no comma or dash between
    ("передал министру обороны Непала Аруне Тхапе верховный комиссар …": the subject after
    the dative title's holder), which Russian apposition never is: the title before tells
    the case (h-names154), not this one."""
    last = names[-1]
    return title.i > last.i and not any(t.is_punct for t in last.doc[last.i + 1 : title.i])


def _shows_no_case(word: str) -> bool:
    """A word of a woman's foreign surname whose form tells no case: one in a consonant
    ("Хансен"), or a foreign one in a vowel the dictionary does not know ("Линдбу": seventieth
    pass, h-names157), not a Russian one that declines ("Петрову")."""
    return consonant_end(word) or undeclined(word)


def womans_name_after_his(words: list[Token]) -> bool:
    """Two words of a man's name, the second only a woman's first name to the dictionary
    ("Моран") and the first a man's name it declines ("Карлос"): his first name before his
    surname ("Министр внутренних дел Эквадора Карлос Моран"), not a surname before hers."""
    first, second = words[0].text, words[1].text
    hers = [p for p in morph().parse(second) if "Name" in p.tag]
    return (
        bool(hers)
        and all("femn" in p.tag for p in hers)
        and first not in load_list(SYLLABLE_SURNAMES)
        and any("masc" in p.tag and "Fixd" not in p.tag for p in morph().parse(first))
    )
