"""Surname declension by the word alone: which case ending a written surname bears and
what its nominative is, for Russian, foreign and Baltic surnames pymorphy3 does not know
("Шольцем" → Шольц, "Ким Чен Ына", "Гринаускене", "Лукашенко" undeclined).

These readers look at one word and the case it is said to stand in; which case that is,
from the words around the name, is names.py's and foreign_surnames.py's question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.gazetteer import Gazetteer
from kg.nlp.morph import UD_CASE, Parse, may_be_animate, morph, undeclined
from kg.resolve.japanese_names import japanese_word
from kg.resolve.name_forms import VOWELS, consonant_end, fold
from kg.resolve.name_lexicons import (
    FEM,
    MASC,
    POSSESSIVE,
    is_first_name,
    listed_first_name,
    russian_surname_end,
)


def undeclined_o(word: str) -> bool:
    """A Spanish or Italian man's first name in "-о" after a consonant the dictionary knows
    ("Густаво", "Альберто", "Педро"), or in "-ио" it reads as a man's name at all ("Серхио",
    "Антонио", "Маурисио": no Russian word in "-ио" declines), which never declines."""
    low = word.lower()
    if len(low) > 4 and low.endswith("ио"):
        return any({"Name", "masc"} <= p.tag.grammemes for p in morph().parse(word))
    return (
        len(low) > 3
        and low.endswith("о")
        and low[-2] not in VOWELS
        and any({"Name", "masc"} <= p.tag.grammemes and p.is_known for p in morph().parse(word))
    )


def cased_like(word: str, like: str) -> str:
    """`word` with a capital first letter where `like` has one."""
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


# "-младший"/"-старший" after a surname ("Буша-младшего"): its ending tells the case the
# whole name stands in, which a foreign surname's own ending often hides.
_GENERATION_CASES = (
    ("ему", "Dat"), ("ому", "Dat"), ("его", "Gen"), ("ого", "Gen"), ("им", "Ins"),
    ("ем", "Loc"), ("ую", "Acc"), ("ей", "Gen"), ("ий", "Nom"), ("ая", "Nom"),
)  # fmt: skip


def generation_word(tail: str) -> tuple[str, str, bool] | None:
    """ "младшего" → ("младший", "Gen", masculine): the suffix of a son or a daughter.
    Public: `names` puts a hyphenated surname's head in the case this suffix tells
    ("Брауна-младшего")."""
    low = tail.lower()
    stem = next((s for s in ("младш", "старш") if low.startswith(s)), None)
    if stem is None:
        return None
    ending = low[len(stem) :]
    case = next((c for e, c in _GENERATION_CASES if ending == e), None)
    if case is None:
        return None
    feminine = ending in ("ую", "ей", "ая")
    return stem + ("ая" if feminine else "ий"), case, feminine


def without_generation(surname: str) -> str:
    """ "Вэнс-младший" → "Вэнс": the family's surname, which the text may give alone for
    the son or daughter it named with "-младший"/"-старший"; any other surname as it is."""
    head, _, tail = surname.rpartition("-")
    return head if head and generation_word(tail) is not None else surname


def own_name_in_i(word: str, feminine: bool) -> bool:
    """A first name in "-и" the dictionary knows as a name of its own that never declines,
    of the person's sex, besides a case of a Russian diminutive in "-я" ("Люси" of "Люся",
    "Нелли" of "Нелля", "Натали" of "Наталя"): written as it is, the foreign name."""
    if not word.lower().endswith("и"):
        return False
    named = [p for p in morph().parse(word) if "Name" in p.tag and p.is_known]
    sex = "femn" if feminine else "masc"
    return any("Fixd" in p.tag and sex in p.tag for p in named) and any(
        "Fixd" not in p.tag and p.normal_form.endswith("я") for p in named
    )


def foreign_in_i(word: str) -> bool:
    """A first name in "-и" after a consonant the dictionary lacks ("Сири", "Бетти",
    "Нгози"): foreign, it never declines, whatever case the tagger reads ("посол Филиппин
    во Вьетнаме Дженни Сантос" is no "Дження"). Not "-ии" ("Абии" of "Абий"), "-йи"
    ("Кайи" of "Кайя") nor after "ш", "к" ("Ваниши" of "Ваниша"), where "-и" is a case's
    ending."""
    low = word.lower()
    return (
        len(low) > 2
        and low.endswith("и")
        and low[-2] not in VOWELS
        and low[-2] != "й"
        and low[-2] not in HUSHING_OR_VELAR
        and undeclined(word)
    )


# A Russian surname's oblique case ends in a vowel of INDECLINABLE_END: "Диваеву",
# "Кузьмину" (a man's dative, a woman's accusative), "Вишневскому", "Петровскую",
# "Кольцового". A foreign one in "-у" or "-о" ("Шойгу", "Сиссоко") takes none of these.
_RUSSIAN_OBLIQUE = re.compile(rf"..{POSSESSIVE}у$|..(?:ого|его|ому|ему|ую)$", re.I)


def declined_in_u(word: str, case: str) -> bool:
    """A surname's final vowel is a case ending, not the name's own: a Russian oblique
    form, or a dative in "-у" that the dictionary reads only as the dative of one person's
    name in a consonant ("Матвейчуку", "Ковачу", "Берковецу"). A foreign name's own "-у"
    reads otherwise too ("Мвангу": of "Мванга"; "Давутоглу", "Вамбугу": no person's)."""
    if _RUSSIAN_OBLIQUE.search(word):
        return True
    if case != "Dat" or not word.lower().endswith("у") or word[-2:-1].lower() in VOWELS:
        return False
    if _unknown_dative_su(word.lower()):
        return True
    nouns = [p for p in morph().parse(word) if "NOUN" in p.tag]
    return (
        bool(nouns)
        and {p.normal_form for p in nouns} == {fold(word[:-1])}
        and all({"datv", "sing"} <= p.tag.grammemes and "Fixd" not in p.tag for p in nouns)
        and may_be_animate(word)
    )


# A foreign surname's stem in a consonant and "-с", whose dative's "-у" the tagger reads
# ("позволить Барнсу"); "-нс" only after a consonant: a Portuguese "-nso" is a vowel's
# "-нсу" ("Афонсу", "Лоуренсу"). Also a Spanish or English "-ес"/"-ас"/"-ос"/"-ис"
# ("позвонил Санчесу", "Варгасу", "Кастельяносу"; names86): a Portuguese "-oso" between
# vowels is written "-озу" ("Кардозу"), and short stems stay (`_unknown_dative_su`).
_DATIVE_S_STEM = re.compile(r"(?:[^аеёиоуыэюяьйн]|[^аеёиоуыэюяьй]н|[аеиоэ])с$")


def _unknown_dative_su(low: str) -> bool:
    """A surname in a consonant (or one of "аеиоэ"; names86: "Санчесу", "Варгасу"), "-с"
    and the dative's "-у" the tagger reads as a dative, that no persons table knows as
    written nor the dictionary as one that never declines ("позволить Барнсу", "помешать
    Уолтсу"): an English "-s" declines (names85). Short stems stay ("Гросу", "Урсу":
    Romanian names of their own in "-у")."""
    stem = low[:-1]
    if len(stem) < 5 or not _DATIVE_S_STEM.search(stem):
        return False
    if Gazetteer.load().persons_by_surname(low):
        return False
    return not any("Fixd" in p.tag and p.is_known for p in morph().parse(low))


# Foreign surnames that end in a case's vowel of their own and never decline ("Давутоглу").
_UNDECLINED_ENDS = ("оглу",)


# The vowels that end a surname's form in a case and never its nominative where a first
# name before it declines: "Дуды", "Одинги" (after "г", "к", "х" or a hushing consonant),
# "Дуду", "Дуде" (of "Дуда"), "Петру Бабию" (of "Бабий"). A dative's "-у" is left out:
# "Джону Мвангу", "Жуану Фигейреду" are written so in every case; so is the locative's "-ии",
# which ends "Бабий" and "Гарсия" alike ("о Петре Бабии", "о Рамоне Гарсии").
_CASE_VOWELS = {"Gen": ("ы", "и"), "Acc": ("у", "ю"), "Dat": ("ю", "е")}


# A Lithuanian woman's surname ends in its own "-е" ("-ytė", "-aitė", "-iūtė", "-ienė":
# "Шимоните", "Билотайте", "Блинкевичюте", "Навицкене"), which never declines.
_HER_BALTIC_ENDS = ("ите", "йте", "юте", "уте", "ене")


def baltic_womans_ending(word: str) -> bool:
    """`word` ends as a Lithuanian woman's surname does, in an "-е" of its own that never
    declines ("Шимоните", "Грибаускайте"); a man's locative may end so too ("о Джоне
    Смите"), so the first name must tell whose it is."""
    return word.lower().endswith(_HER_BALTIC_ENDS)


def vowel_is_case_ending(word: str, case: str, feminine: bool) -> bool:
    """A surname's final vowel is the ending of `case`, which a first name before it shows
    ("Анджею Дуде", "Раилы Одинги"): a man's surname in "-а" declines like a noun. The
    dictionary must read the word so (a guess will do); not a name it reads as one that
    never declines ("Сергею Шойгу", "Ираклия Гарибашвили"), nor "-и" after a consonant that
    takes "-ы" ("Маттео Ренци"), nor a surname the persons tables know as written, with any
    first name ("Жану Конте": there is no "Конта"; "Жуана Пинту": no "Пинта", though the
    dictionary reads "пинта"), nor a German "-ke" ("Гансу Радтке", `german_own_e`); the
    locative's "-е" is locative_nominative's."""
    low = word.lower()
    if case == "Dat" and not feminine and foreign_case_vowel(low, "у"):
        return True
    vowels = _CASE_VOWELS.get(case, ())
    if not low.endswith(vowels) or low.endswith(_UNDECLINED_ENDS) or len(low) < 4:
        return False
    if (feminine or len(low) > 6) and baltic_womans_ending(low):
        return False
    if Gazetteer.load().persons_by_surname(low):
        return False
    if low.endswith("и") and low[-2] not in HUSHING_OR_VELAR | VOWELS:
        return False
    if not feminine and _his_own_hushing_i(low):
        return False  # "Рашида Гануши": an Arabic or Italian "-ши", "-чи" is his own (h-names105)
    if low.endswith(_ROMANIAN_OWN_U) or german_own_e(low):
        # "принял Траяна Бэсеску": a Romanian "-еску" is its own (names85); "позвонил Гансу
        # Радтке": a German "-ke" (h-names129)
        return False
    parses = morph().parse(word)
    if case == "Gen" and (spanish_ega_genitive(low) or _plural_of_hushing_noun(low, parses)):
        return True  # "Карлоса Ортеги"; "Александра Ковши", no plural of "ковш" (h-names106)
    if case == "Acc" and _accusative_u(low, parses):
        return True  # before the dictionary's guess that it never declines ("Махаму")
    # "Хуану Карлосу Вареле": a guess that it never declines tells no more than the guess
    # of a locative "Варел"; one the dictionary knows so does ("Мишелю Барнье")
    guessed = [p for p in parses if "Fixd" not in p.tag]
    fixed_known = any("Fixd" in p.tag and p.is_known for p in parses)
    if case == "Dat" and not feminine and not fixed_known and _dative_e(low, guessed):
        return True
    if any("Fixd" in p.tag for p in parses):
        return False
    if low.endswith("ию"):
        return True  # "Петру Бабию": a man's "-ий" on a soft stem
    if case == "Dat" and _dative_e(low, parses):
        return True
    nominative = fold(declined_surname(word, case, feminine))
    grammeme = UD_CASE[case]
    if _guessed_neuter_of(nominative, parses):
        return True
    return any(grammeme in p.tag and fold(p.normal_form) == nominative for p in parses)


def _his_own_hushing_i(low: str) -> bool:
    """A man's surname in "-и" after a hushing consonant ("-ши", "-чи", "-жи", "-щи") whose
    "-а" form the persons tables do not know and which the dictionary knows in no reading
    (it only guesses "Гануша" of "Гануши"; "Кулеши" is the known "кулеш"'s): the links
    table's men keep such an "-и" (Ричи, Беллуччи, Крейчи) save one whose "-а" it knows
    (Янша), while a Slavic "-ка" declines (Чайка, Бубка), so a velar's "-и" is left to the
    dictionary. Not a woman's, whose "-и" may be her "-а"'s case."""
    if len(low) < 5 or not low.endswith(("ши", "чи", "жи", "щи")):
        return False
    nominative = low[:-1] + "а"
    if Gazetteer.load().persons_by_surname(nominative):
        return False
    return not any(p.is_known for p in morph().parse(low))


def _plural_of_hushing_noun(low: str, parses: Sequence[Parse]) -> bool:
    """A surname in "-ши"/"-чи"/"-жи"/"-щи" the dictionary knows only as the plural of a
    masculine noun ending in that consonant ("Ковши" of "ковш"), read in the genitive
    after a first name that shows the case: no one is named by a plural, and a surname
    "Ковш" would read "Ковша" there, so the "-и" is the genitive of a surname in "-а"
    ("Ковша"); the "-и" a surname keeps of its own ("Гануши", "Беллуччи") has no
    dictionary reading at all."""
    if not low.endswith(("ши", "чи", "жи", "щи")):
        return False
    known = [p for p in parses if p.is_known]
    return bool(known) and all(
        p.tag.POS == "NOUN"
        and {"masc", "plur"} <= p.tag.grammemes
        and fold(p.normal_form) == low[:-1]
        for p in known
    )


def spanish_ega_genitive(low: str) -> bool:
    """A surname in "-еги" read in the genitive: a Spanish "-ega" ("Ортега", "Вега",
    "Норьега"), whose "-и" after "г" is the genitive's ending; no surname ends so itself."""
    return low.endswith("еги") and len(low) >= 4


def spanish_ika_genitive(word: str) -> bool:
    """A surname in "-ики"/"-иги" read in the genitive: a Spanish "-ика"/"-ига" ("Мухика",
    "Суньига"), whose "-и" after "к"/"г" is the genitive's ending, unless the persons tables
    know it as written."""
    low = word.lower()
    if not low.endswith(("ики", "иги")) or len(low) < 5:
        return False
    return not Gazetteer.load().persons_by_surname(low)


# A Romanian surname's own end ("Бэсеску", "Илиеску", "Чаушеску"), of a man's and a
# woman's alike: never the accusative's "-у" of a name in "-ска".
_ROMANIAN_OWN_U = ("еску", "эску")


# The nominative's ends of foreign surnames whose dative in "-у" a first name before it shows
# ("Алексису Ципрасу", "Джиму Мэттису", "Герхарду Шрёдеру", "Кевину Рудду"): a "-с" after
# a vowel or a consonant other than "н" (a Portuguese "-nso" is "-нсу": "Афонсу"), an
# "-ер" not of a Portuguese "-eiro" ("Монтейру"), a doubled consonant. Short ones stay
# ("Игорю Гросу", "Урсу": Romanian names of their own in "-у"), but for a doubled one.
_FOREIGN_DATIVE_STEM = re.compile(r"(?:[^н]с|[^й]ер|ньш|([бвгджзклмнпрстфхц])\1)$")


# More stems in a consonant a man's locative "-е" follows ("о Дитере Болене", "о Йенсе
# Столтенберге"): a German "-en"/"-an", "-berg"/"-burg"; their dative's "-у" may be a
# Portuguese name's own ("-ano" is "-ану"), so the locative's alone.
_FOREIGN_LOCATIVE_STEM = re.compile(r"(?:[аеиуя]н|рг)$")


def foreign_case_vowel(low: str, vowel: str) -> bool:
    """Whether a surname's final `vowel`, the dative's "-у" or the locative's "-е" a man's
    first name before it shows, is the case's ending on a foreign surname in a consonant
    (`_FOREIGN_DATIVE_STEM`: "о Джиме Мэттисе"), unless the persons tables know the name as
    written."""
    stem = low[:-1]
    doubled = len(stem) == 4 and stem[-1] == stem[-2]  # "Кевину Рудду"
    if not low.endswith(vowel) or stem[-1:] in VOWELS or len(stem) < 3:
        return False
    if Gazetteer.load().persons_by_surname(low):
        return False
    if vowel == "у" and stem[-1] not in "ьй" and listed_first_name(stem):
        return True  # "Омару Саиду": a surname that is a man's first name ("Саид", "Хасан")
    # a surname the dictionary knows in a consonant, read in the case ("о Жане Ренуаре"),
    # however short ("о Джоне Смите"; h-names129)
    if any(
        "Surn" in p.tag and p.is_known and fold(p.normal_form) == fold(stem)
        for p in morph().parse(low)
    ):
        return True
    if len(stem) < 5 and not doubled:
        return False
    if Gazetteer.load().persons_by_surname(stem) or _FOREIGN_DATIVE_STEM.search(stem):
        return True
    return vowel == "е" and bool(_FOREIGN_LOCATIVE_STEM.search(stem) or unknown_open_stem(low))


def unknown_open_stem(low: str) -> bool:
    """Whether a surname the dictionary knows in no reading but as the stem's ("Аллике" of
    "Аллик") ends, past its locative "-е", in one consonant after a vowel ("о Кае Нурмике",
    "об Андрусе Ансипе"): a man's surname in a consonant ("Нурмик") declines, and a name
    whose own "-е" is written after a consonant ends in a cluster ("Дуарте", "Конте",
    "Радтке") or is one the dictionary knows so ("Моне"). Fifty-ninth pass, h-names125."""
    stem = low[:-1]
    return (
        consonant_end(stem)
        and stem[-2] in VOWELS
        and not any(p.is_known and fold(p.normal_form) != fold(stem) for p in morph().parse(low))
    )


def _guessed_neuter_of(nominative: str, parses: Sequence[Parse]) -> bool:
    """Whether the dictionary guesses a surname in a case's vowel as a neuter noun in "-о"
    of the stem of `nominative` in "-а" ("Шимечку", "Шимечки" of "шимечко"): no person's
    name declines as a neuter, so the word is the case of a man's surname in "-а"
    ("Шимечка"), which a first name before it shows."""
    return nominative.endswith("а") and any(
        "neut" in p.tag
        and not p.is_known
        and "Fixd" not in p.tag
        and fold(p.normal_form) == nominative[:-1] + "о"
        for p in parses
    )


def _dative_e(low: str, parses: Sequence[Parse]) -> bool:
    """Whether a surname's "-е" after a consonant, in the dative a first name before it shows,
    is the dative ending of a name in "-а", which a consonant's never is (its dative ends in
    "-у"): "Хуану Ортеге", "Хосе Сааведре" though the dictionary guesses only a locative of
    "Ортег"; not a name that reads as a nominative ("Мишелю Барнье")."""
    return (
        low.endswith("е")
        and low[-2] not in VOWELS
        and low[-2] not in "ьй"
        and not GERMAN_OWN_E.search(low)
        and not any("nomn" in p.tag for p in parses)
    )


# A German surname's "-le" after a stop or a fricative ("Шойбле", "Штоккле", "Хёфле"), or
# its "-ke" after a stop or a sonorant ("Радтке", "Лемке", "Шмидтке"): its own "-е", which
# never declines; a Slavic man's "-ка" follows a vowel, a labial or a hushing consonant
# ("Бубка", "Шимечка"), and an Andean or Spanish one in "-нка"/"-рка" may follow a vowel
# ("Давиду Чокеуанке" of "Чокеуанка"), where a German "-нке"/"-рке" is not read.
GERMAN_OWN_E = re.compile(r"[бпдтгкфхцчшщж]ле$|[дтмлп]ке$|[^аеёиоуыэюя][нр]ке$")


def german_own_e(word: str) -> bool:
    """A surname in a German "-le"/"-ke" (`GERMAN_OWN_E`) the dictionary knows in no
    reading: its "-е" is its own in every case ("о Гансе Радтке", "Гансу Лемке"), where
    the dictionary only guesses the locative or dative of a noun in "-а" ("радтка"); a word
    it knows ("Галке" of "галка") is left to its readings. Sixtieth pass, h-names129."""
    low = word.lower()
    return bool(GERMAN_OWN_E.search(low)) and not any(p.is_known for p in morph().parse(low))


# The consonants before a surname's "-у" that end the accusative of a name in "-а" ("Джона
# Махаму") and no name's own "-у": Portuguese, East African and Yoruba names end theirs
# after most others ("Машаду", "Пинту", "Вамбугу", "Тинубу", "Зулу").
_ACCUSATIVE_U_AFTER = frozenset("мв")


def _accusative_u(low: str, parses: Sequence[Parse]) -> bool:
    """Whether a surname's "-у" after a consonant, in the accusative a first name before it
    shows ("Джона"), is the accusative ending of a name in "-а" ("Джона Махаму" of
    "Махама"), though the dictionary guesses a name that never declines; not after a
    consonant a Portuguese name's own "-у" follows, nor a surname the dictionary knows as
    undeclined ("Сергея Шойгу")."""
    return (
        low.endswith("у")
        and low[-2] in _ACCUSATIVE_U_AFTER
        and not any("Fixd" in p.tag and p.is_known for p in parses)
    )


def es_locative(word: str) -> bool:
    """Whether a surname in "-есе" of six letters or more is the locative of a Spanish or
    Portuguese patronymic in "-ес" ("о Хуане Пересе", "о Хорхе Родригесе": Перес,
    Родригес): no surname's nominative ends so (an Italian "-ese" is written "-езе":
    "Албанезе", "Скорсезе", which stay), and a Spanish name in "-еса" whose locative it
    might be is shorter ("Меса"). Sixty-first pass, h-names132."""
    low = word.lower()
    return len(low) >= 6 and low.endswith("есе") and "-" not in low


def locative_nominative(word: str) -> str | None:
    """A surname's locative "-е" after a first name that shows the case, where the dictionary
    (or its guess) reads it only as that of a noun in "-а"/"-я" ("об Анджее Дуде"). None
    where it reads one in a consonant too ("о Джиме Мэттисе": "Мэттис" or "Мэттиса"), or
    only that ("о Жане Конте": a French "-е" that never declines reads as "Конт" too). A
    stem that lost the vowel of the one noun it reads as takes it back ("об Андрее Стрельце"
    → "Стрелец", "об Иване Соловье" → "Соловей"; sixty-third pass, h-names142)."""
    parses = morph().parse(word)
    if any("Fixd" in p.tag for p in parses) or german_own_e(word):
        return None
    stem = fold(word[:-1])
    forms = {fold(p.normal_form) for p in parses if {"NOUN", "loct", "sing"} <= p.tag.grammemes}
    if len(forms) != 1:
        return None
    form = forms.pop()
    if _bare_cluster(stem) and (fallen := _with_fallen_vowel(word[:-1], form)):
        return fallen  # "об Андрее Стрельце": the noun "стрелец"'s, its vowel back
    if stem.endswith("ь") and form == stem[:-1] + "ей":
        return word[:-2] + "ей"  # "об Иване Соловье": the noun "соловей"'s
    if form not in (stem + "а", stem + "я"):
        return None
    return word[:-1] + form[len(stem) :]


# A man's name on a soft stem takes these endings. After a vowel the stem's "-й" returns
# ("Абием", "Абия", "Абию" of "Абий"; "Николаем" of "Николай"), after a consonant its "-ь"
# ("Тханя", "Цзюнем" of "Тхань", "Цзюнь"): stripping the ending alone gave "Аби", "Цзюн".
# "-ем" after a hushing consonant or "ц" is a hard stem's ("Шольцем", "Бабишем").
_SOFT_STEM = {"Gen": "я", "Acc": "я", "Dat": "ю", "Ins": "ем", "Loc": "е"}


_HARD_SOFT_ENDED = frozenset("жшщчц")


HUSHING_OR_VELAR = frozenset("жшщчкгх")


def _soft_stem(word: str, case: str) -> str | None:
    """A man's name with a soft stem's case ending taken back to the nominative, or None."""
    low = word.lower().replace("ё", "е")  # "Соловьём" as "Соловьем"; one letter for one
    if case == "Loc" and low.endswith("ии") and len(low) > 3:
        return word[:-1] + "й"  # "об Абии": "-ий" takes "-ии"
    soft = _SOFT_STEM.get(case, "")
    stem = len(low) - len(soft)
    if not soft or not low.endswith(soft) or stem < 2:
        return None
    last = low[stem - 1]
    if last in VOWELS:
        return word[:stem] + "й"
    if last == "ь":
        return _fallen_e_before_i(word[: stem - 1])
    if case == "Loc" or last in _HARD_SOFT_ENDED or not last.isalpha():
        return None  # "о Тхане" may be of "Тхан" or "Тхань"
    return word[:stem] + "ь"


def _fallen_e_before_i(stem: str) -> str | None:
    """The nominative in "-ей" of a stem whose "ь" before a soft ending stands for its fallen
    "е" ("Соловья", "Соловьём" → "Соловей", "Воробью" → "Воробей"), where the dictionary knows
    that nominative; else None, no "Соловьь" cut from the ending (sixty-third pass,
    h-names142)."""
    nominative = stem + "ей"
    known = any(
        p.is_known and {"nomn", "masc"} <= p.tag.grammemes and fold(p.word) == fold(nominative)
        for p in morph().parse(nominative)
    )
    return nominative if known else None


def _adjective_in_ins(word: str) -> bool:
    """A man's name word that is an adjective in the instrumental ("Андреем Белым",
    "Блаженным Августином"): its nominative ends in "-ый"/"-ий", not the stem alone. Not a
    Russian surname's "-овым"/"-иным", which an adjective may share ("Лавровым")."""
    low = word.lower()
    if not low.endswith(("ым", "им")) or russian_surname_end(low[:-2]):
        return False
    nominative = low[:-2] + low[-2] + "й"
    return any(
        "ADJF" in p.tag and "ablt" in p.tag and p.is_known and p.normal_form == nominative
        for p in morph().parse(word)
    )


def adjective_in_dat(word: str) -> bool:
    """A man's adjectival surname in the dative ("Вишневскому", "Толстому"): "-скому",
    "-цкому", or "-ому" of an adjective or surname the dictionary knows. Not a foreign
    surname in "-ома" in the accusative ("принял Паулу Кассому", "Саму Нужому"), which the
    dictionary knows in no such form: "Кассый" and "Нужий" are no one's names."""
    low = word.lower()
    if len(low) <= 5 or not low.endswith("ому"):
        return False
    return low.endswith(("скому", "цкому")) or any(
        {"ADJF", "Surn"} & p.tag.grammemes and "datv" in p.tag and p.is_known
        for p in morph().parse(word)
    )


# A Russian possessive surname's oblique endings that tell the case and sex by themselves: a
# woman's "-овой"/"-иной" (genitive, dative, instrumental, locative), a man's "-овым"/"-иным"
# (instrumental).
_HER_OBLIQUE = re.compile(rf"..{POSSESSIVE}ой$")
_HIS_INSTRUMENTAL = re.compile(rf"..{POSSESSIVE}ым$")


def possessive_case(word: str, case: str, feminine: bool) -> str:
    """The case a Russian possessive surname's ending shows where the tagger's case has no
    such form: the tagger reads a surname glued to initials in a case of its own ("Ю.Синдеевой"
    as an accusative, "А. Араповым" as a genitive), and "-ой" is no woman's accusative,
    "-ым" no man's genitive. A woman's "-овой"/"-иной" is then her genitive (its nominative
    the same "-ова"/"-ина" as of her other oblique cases), a man's "-овым"/"-иным" his
    instrumental (an adjectival "Боровым" still goes to "Боровой" by the dictionary). Not a
    nominative "-овой" ("Ю. Боровой заявил" may be his), nor another ending."""
    low = word.lower()
    if feminine and case == "Acc" and _HER_OBLIQUE.search(low):
        return "Gen"
    if not feminine and case != "Ins" and _HIS_INSTRUMENTAL.search(low):
        return "Ins"
    return case


def _surname_in_oi(word: str) -> str:
    """The man's surname in "-ой" the dictionary knows `word` an oblique case of ("Толстому",
    "Боровому", "Крутым"), spelt as the text spells it; "" for an adjective's alone ("Белому"
    is Белый's)."""
    for p in morph().parse(word):
        if "Surn" in p.tag and "masc" in p.tag and p.is_known and p.normal_form.endswith("ой"):
            return cased_like(p.normal_form, word)
    return ""


def _her_adjective_surname(word: str) -> bool:
    """A woman's surname in "-ой"/"-ою" that declines as an adjective: the dictionary knows
    the word itself as a man's surname ("Толстой") or an adjective's masculine nominative in
    "-ой" ("яровой", "луговой"), so hers is "-ая" ("пакет Яровой" → Яровая), not a possessive's
    "-а" ("Петровой" → Петрова: no "петровой"; "Дубовой" of "дубовый" → Дубова)."""
    low = word.lower().replace("ё", "е")
    if not low.endswith(("ой", "ою")) or len(low) < 5:
        return False
    own = low[:-2] + "ой"
    return any(
        p.is_known
        and p.normal_form.replace("ё", "е") == own
        and "masc" in p.tag
        and ("Surn" in p.tag or ("ADJF" in p.tag and "Poss" not in p.tag))
        for p in morph().parse(own)
    )


def declined_surname(word: str, case: str, feminine: bool) -> str:
    """A surname with the case ending of `case` stripped ("Токаевым" → "Токаев")."""
    low = word.lower()
    soft = None if feminine else _soft_stem(word, case)
    if soft is not None:
        return soft
    if not feminine and low.endswith(("ого", "ому", "ым", "ом")) and (own := _surname_in_oi(word)):
        return own  # "Толстому" of "Толстой", not "Толстый"
    if feminine and case in ("Gen", "Dat", "Ins", "Loc") and _her_adjective_surname(word):
        return word[:-2] + "ая"  # "пакет Яровой": Яровая
    if case == "Ins" and not feminine and _adjective_in_ins(word):
        return word[:-2] + low[-2] + "й"  # "Белым" of "Белый"
    for ending, repl in (FEM if feminine else MASC).get(case, ()):
        stem = len(low) - len(ending)
        if ending in ("у", "а") and low[stem - 1 : stem] in VOWELS:
            continue  # "Жоау", "Мутуа", "Бенуа": a case's "-у" or "-а" follows a consonant
        if low.endswith(ending) and stem >= 2:
            if repl == "я" and low[stem - 1] in HUSHING_OR_VELAR:
                repl = "а"  # "Ваниши" of "Ваниша": "и" stands for "ы" after "ш"
            if repl == "ий" and ending[0] == "о" and low[stem - 1] not in HUSHING_OR_VELAR:
                repl = "ый"  # "Белого" of "Белый", as "Бродского" of "Бродский"
            bare = word[:stem] + repl
            return bare if feminine else _fleeting_vowel(word, case, bare)
    return word


def _fleeting_vowel(word: str, case: str, bare: str) -> str:
    """The nominative of a man's name the dictionary knows, in `case`, whose stem loses its
    last vowel when declined ("Павлом" → "Павел", not "Павл"), where `bare` is the stem as
    stripped: only a known name's or surname's lemma that is `bare` with one "е"/"о"
    before its last letter ("Павловым" stays "Павлов"). A stem that ends in two consonants
    no known nominative reads ("Козл") takes a known noun's too ("с Иваном Козлом" →
    "Козел", the noun "козёл"'s; sixty-second pass, h-names137): no word ends so, while a
    foreign one no noun matches stays ("Брандлом" → "Брандл"). The "е" may stand as "ь" or
    "й" in the declined stem ("с Андреем Стрельцом" → "Стрелец", the noun "стрелец"'s;
    "Бойцом" → "Боец"; sixty-third pass, h-names142)."""
    low = fold(bare)
    cluster = _bare_cluster(low)
    for p in morph().parse(word):
        nominative = _with_fallen_vowel(bare, fold(p.normal_form))
        if (
            nominative
            and p.is_known
            and ({"Name", "Surn"} & p.tag.grammemes or (cluster and p.tag.POS == "NOUN"))
            and UD_CASE.get(case, "") in p.tag
        ):
            return nominative
    return _known_with_vowel(bare) if cluster else bare


def _with_fallen_vowel(bare: str, lemma: str) -> str:
    """`bare` with the "е"/"о" its declined stem lost before its last letter restored where
    the folded `lemma` is that nominative ("Павл" of "павел" → "Павел"), or with the "ь"/"й"
    that stood for it put back to "е" ("Стрельц" of "стрелец" → "Стрелец", "Бойц" of "боец"
    → "Боец"); "" where the lemma is no such form of it."""
    low = fold(bare)
    if len(lemma) == len(low) + 1 and lemma[-2] in "ео" and lemma[:-2] + lemma[-1] == low:
        return bare[:-1] + lemma[-2] + bare[-1]
    soft = len(low) > 2 and low[-2] in "ьй" and lemma == low[:-2] + "е" + low[-1]
    return bare[:-2] + "е" + bare[-1] if soft else ""


def _known_with_vowel(bare: str) -> str:
    """A stem in two consonants no nominative reads, with "е" or "о" before its last letter
    where that is a known man's surname's nominative ("Кравцом" → "Кравец": the
    dictionary knows "Кравец", not its "-ом", and guesses a noun's form; sixty-second
    pass, h-names139); else the stem as it is. Not a first name's ("Хорна" of "Ван Хорн"
    is no "Хорен")."""
    for vowel in "ео":
        nominative = bare[:-1] + vowel + bare[-1]
        if any(
            p.is_known
            and {"Surn", "nomn", "masc"} <= p.tag.grammemes
            and fold(p.normal_form) == fold(nominative)
            for p in morph().parse(nominative)
        ):
            return nominative
    return bare


def _bare_cluster(stem: str) -> bool:
    """A stripped stem ending in two consonants, or in "ь"/"й" and one ("стрельц"), that no
    known reading of it takes as a nominative ("козл", not "волк"): no word's nominative, so
    a vowel fell out of it."""
    consonant = stem[-1:].isalpha() and stem[-1] not in VOWELS | {"ь", "й"}
    if len(stem) < 3 or not consonant or not (stem[-2].isalpha() and stem[-2] not in VOWELS):
        return False
    return not any(p.is_known and "nomn" in p.tag for p in morph().parse(stem))


# The cases in which "-ии"/"-ию" can only be the ending of a name in "-ия": a man's "-ий"
# ("Бабий") takes "-ии" in the locative and "-ию" in the dative.
IA_CASES = {"Gen": "ии", "Dat": "ии", "Acc": "ию"}


def surname_in_ia(surname: str, case: str) -> str:
    """A surname in "-ия" ("Гарсия") written in `case` ("Гарсии", "Гарсию") after a first
    name that shows the case, in the nominative; a foreign surname's own "-ии" stays where
    no first name declines ("Юкио Фудзии")."""
    if " " in surname or len(surname) < 5 or not surname.lower().endswith(IA_CASES[case]):
        return surname
    return surname[:-1] + "я"


def surname_in_ya(surname: str, written: str) -> str:
    """A surname in a consonant and "-я" ("Силиня") written in the accusative after a first
    name in the accusative of one in "-а"/"-я" ("поздравил Эвику Силиню"), in the
    nominative: the accusative of a noun in "-я" ends in "-ю"; not a syllable's ("Лю")."""
    low = written.lower()
    if " " in surname or len(low) < 5 or not low.endswith("ю") or low[-2] in {*VOWELS, "ь", "й"}:
        return surname
    if japanese_word(written) or surname.lower() != low:
        return surname
    return written[:-1] + "я"


def without_dative_u(word: str) -> str:
    """A word after "бен" of a name whose first name shows the dative ("Салману бен Абдель
    Азизу Аль Сауду"), or after a hyphenated first name that shows it ("Жан-Пьеру
    Лафаргу"), or the last of an East-Asian name in the dative ("Во Ван
    Тхыонгу"): its "-у" after a consonant is the case's ending, and "-ю" after "н" a soft
    "-нь"'s ("Фам Куанг Виню" of "Винь"). Arabic names end in no "-у" of their own, nor do
    syllables of more than three letters, unlike "Джону Мвангу", which is written so in
    every case. Public: `names` takes each such word of a dative name to its nominative by
    it."""
    low = word.lower()
    if len(low) > 3 and low.endswith("у") and low[-2] not in VOWELS:
        return word[:-1]
    if len(low) > 3 and low.endswith("ню"):
        return word[:-1] + "ь"
    return word


def western_spelling(low: str) -> bool:
    """A word of four letters or more that no East-Asian syllable Russian writes spells: an
    "р" but in "эр" (Korean's short "Ир", "Ро" aside: "Ким Ир Сен"), a final "-с" after a
    vowel ("Хуан Ортега", "Хуан Перес", "Хуан Мора")."""
    return len(low) >= 4 and (
        bool(re.search(r"(?:^|[^э])р", low)) or (low[-1] == "с" and low[-2] in VOWELS)
    )


def western_name_word(word: str) -> bool:
    """A word the dictionary knows (not a guess) as a first name or surname of five letters
    or more, written in the nominative ("Карлос", "Мария") or in any case of one in a
    vowel and "-с" ("Карлоса"), which ends no East-Asian syllable; not "Шоном" of "Шон",
    nor "Хунина" (a Chinese given name the dictionary reads as "Хунин")."""
    low = word.lower()
    return any(
        p.is_known
        and p.tag.grammemes & {"Name", "Surn"}
        and len(p.normal_form) >= 5
        and (p.normal_form == low or (p.normal_form[-1] == "с" and p.normal_form[-2] in VOWELS))
        for p in morph().parse(word)
    )


def fixed_mans_name(word: str) -> bool:
    """A man's first name in "-и" the dictionary knows as one that never declines ("Хосни",
    "Джованни", "Гиорги"): written so in every case, it shows none. Not one in "-у" ("Раду"),
    whose surname may end in "-у" of its own."""
    return word.lower().endswith("и") and any(
        {"Name", "masc", "Fixd"} <= p.tag.grammemes and p.is_known for p in morph().parse(word)
    )


def spanish_first(word: str) -> bool:
    """A first name the dictionary knows whose Spanish "J"/"G" Russian writes "Х" before a
    vowel ("Хуан", "Хорхе", "Хосе", "Хавьер")."""
    return (
        len(word) > 2
        and word[0] == "Х"
        and word[1].lower() in VOWELS
        and any("Name" in p.tag and p.is_known for p in morph().parse(word))
    )


def portuguese_first(nominative: str) -> bool:
    """A man's first name in the nominative spelt as Portuguese is ("луиш", "карлуш":
    a final "-ш" after a vowel; "жуан", "жозе": an initial "Ж")."""
    return len(nominative) > 3 and (
        (nominative.endswith("ш") and nominative[-2] in VOWELS) or nominative.startswith("ж")
    )


def portuguese_ru(word: str) -> bool:
    """A first name in a consonant, "-р" and "-у" the dictionary knows in no reading
    ("Педру", "Алешандру"): a Portuguese "-dro"/"-tro" name's own "-у", as written in every
    case; no name ends in the cluster the case's "-у" would leave ("Педр")."""
    low = word.lower()
    return low.endswith(("бру", "вру", "гру", "дру", "кру", "пру", "тру")) and not any(
        p.is_known for p in morph().parse(word)
    )


def unknown_in_u(word: str) -> bool:
    """A first name in "-у"/"-ю" the dictionary knows as no first name in any part ("Болу"):
    read as the accusative of a name in "-а", the ending may be its own ("Умару", "Паулу")."""
    return word.lower().endswith(("у", "ю")) and not any(
        is_first_name(part) for part in word.split("-")
    )
