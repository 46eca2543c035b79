"""Whether two names in a document are the same person: the cluster keys of a name, the earlier
entity a name joins (spelled otherwise, a doubled consonant, a sibilant, the other sex's
surname), or a new person.

Split out of person_links.py (forty-third pass, h-split45): the in-document matching of names."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.gazetteer import Gazetteer, PersonEntry, slug
from kg.model import Document, Entity
from kg.resolve.gender import man_named, woman_named
from kg.resolve.kin_and_ranks import ruler_office
from kg.resolve.name_forms import VOWELS, fold, form_of
from kg.resolve.name_lexicons import (
    POSSESSIVE_END,
    is_patronymic,
    listed_first_name,
)
from kg.resolve.name_spellings import (
    FIRST_NAME_VOWELS,
    arabic_spelling,
    other_father,
    own_and_fathers,
    same_given,
    son_of_as_one,
)
from kg.resolve.names import NameParts
from kg.resolve.offices import (
    person_entity,
)
from kg.resolve.registry import Registry
from kg.resolve.surname_declension import without_generation
from kg.resolve.title_lexicon import Title


def surname_form(last: str, written: str, surname: str) -> bool:
    """`surname` in some case, either as the name reader gave the last name or as the text
    wrote its last word: the reader's normal form of a foreign surname may not be the
    one that declines to the written word. An Arabic surname's article may be left out
    ("ас-Сиси … Сиси заявил", "аль-Судани … Судани")."""
    bare = _ARTICLE.sub("", surname)
    return any(form_of(last, s) or form_of(written, s) for s in {surname, bare} if s)


# An Arabic article joined to a surname by a hyphen ("ас-Сиси", "аль-Асад", "эль-Сиси").
_ARTICLE = re.compile(r"^(?:аль|эль|ал|ас|ад|ат|ан|ар|аш|аз|эс|эд|эт|эн|эр|эш|эз)-(?=\w)", re.I)


def cluster_keys(parts: NameParts) -> list[str]:
    keys = []
    if parts.last:
        keys.append("L:" + fold(son_of_as_one(parts.last)))  # "ибн Салман" is "бин Салман"
    if parts.first and parts.patronymic:
        keys.append("FP:" + fold(parts.first) + " " + fold(parts.patronymic))
    return keys


def entity_for_name(
    parts: NameParts,
    document: Document,
    clusters: dict[str, Entity],
    registry: Registry,
    title: Title | None,
    gazetteer_entry: Callable[[], PersonEntry | None],
    sex: str = "",
    told: dict[str, set[str]] | None = None,
    apart: str = "",
) -> Entity | None:
    """The entity a person's name parts stand for: the same person earlier in the document,
    the gazetteer's, one found earlier in the corpus, or someone new (`_new_person`). Public:
    `person_links` asks it of every name no bracket, namesake or relative settles.
    `gazetteer_entry`: the gazetteer's person these name parts stand for, if any; `sex`:
    "femn"/"masc" where the text says which the person named is; `told`: the genders the
    text tells of the persons it named in full; `apart`: the key of a person the name is
    not (`ranked_apart`)."""
    woman = sex == "femn"
    # 1. The same person earlier in this document.
    earlier = _in_document(parts, clusters)
    if earlier is not None and _known_otherwise(parts, earlier, registry.gazetteer):
        earlier = None
    if earlier is not None and earlier.key != apart and not _other_gender(earlier, sex, told or {}):
        return earlier
    # A first name and patronymic alone, in address ("Пётр Николаевич, вы …"): the one
    # person of that first name the document named, whose patronymic is no other.
    addressed = _addressed(parts, clusters, registry)
    if addressed is not None:
        return addressed
    # 2. The gazetteer.
    known = gazetteer_entry()
    if known is not None and known.key != apart:
        return person_entity(known, document.date, title.office if title is not None else "")
    # 3. A person found earlier in the corpus.
    if parts.last and not parts.first:
        same = registry.unknown_by_surname(parts.last)
        if (
            len(same) == 1
            and _compatible(parts, same[0])
            and not (woman and mans_first_name(same[0].name))
            and not _other_gender(same[0], sex, told or {})
            and same[0].key != apart
        ):
            return same[0]
    # 4. Someone new.
    return _new_person(parts, document.id, clusters)


def _in_document(parts: NameParts, clusters: dict[str, Entity]) -> Entity | None:
    """The person these name parts stand for among those the document named before."""
    if _of_generations(parts, clusters):
        return None
    for key in cluster_keys(parts):
        if key.startswith("FP:") and parts.last:
            continue  # a full name is its surname's: "Ольга Игоревна Лиепа" is no "… Тамм"
        if key in clusters and _compatible(parts, clusters[key]):
            return clusters[key]
    if not parts.last and len(parts.words) == 1:
        by_surname = _lone_word_surname(parts, clusters)
        if by_surname is not None:
            return by_surname
    if parts.last:
        written = parts.written_last(parts.last)
        for key, entity in clusters.items():
            surname = entity.name.split()[-1]
            same = surname_form(parts.last, written, surname)
            if key.startswith("L:") and same and _compatible(parts, entity):
                return entity
    if parts.last:
        # "Вэнсом" after "Сайрус Вэнс-младший": the one person named with a generation.
        younger = {
            e.key: e
            for k, e in clusters.items()
            if k.startswith("L:")
            and (bare := without_generation(e.name.split()[-1])) != e.name.split()[-1]
            and surname_form(parts.last, written, bare)
            and _compatible(parts, e)
        }
        if len(younger) == 1:
            return next(iter(younger.values()))
    if parts.last:
        # "Камерон" after "Дэвид Кэмерон": one transliteration spelled two ways.
        variants = {
            e.key: e
            for k, e in clusters.items()
            if k.startswith("L:")
            and (
                spelled_otherwise(parts.last.split()[-1], e.name.split()[-1])
                or (parts.first and _first_of(e) and _sibilant_otherwise(parts.last, e.name))
                or (not parts.first and _u_for_short_a(parts.last, e.name.split()[-1]))
            )
            and _compatible(parts, e)
        }
        if len(variants) == 1:
            return next(iter(variants.values()))
    return _given_and_both_surnames(parts, clusters) or _lone_first_name(parts, clusters)


def _known_otherwise(parts: NameParts, earlier: Entity, gaz: Gazetteer) -> bool:
    """Whether the person named before is another spelling of the surname (`spelled_otherwise`)
    that the gazetteer knows as someone else's as written ("Манро" after "Мэрилин Монро":
    Элис Манро): two persons, not one spelled two ways (names94)."""
    if not parts.last or not (known := gaz.persons_by_surname(parts.last)):
        return False
    surname = earlier.name.split()[-1]
    if surname_form(parts.last, parts.written_last(parts.last), surname):
        return False
    return spelled_otherwise(parts.last.split()[-1], surname) and all(
        p.key != earlier.key for p in known
    )


def _lone_first_name(parts: NameParts, clusters: dict[str, Entity]) -> Entity | None:
    """A lone word that is no surname met before but the first name of exactly one person
    named in full ("Нааму" after "Нааму Иссахар"): a first name the dictionary lacks."""
    if len(parts.words) == 1 and not parts.initials:
        by_first = {e.key: e for e in clusters.values()
                    if (first := _first_of(e)) and form_of(parts.words[0], first)}  # fmt: skip
        if len(by_first) == 1:
            return next(iter(by_first.values()))
    return None


def _given_and_both_surnames(parts: NameParts, clusters: dict[str, Entity]) -> Entity | None:
    """A name of four words or more, given names then the father's surname and the
    mother's ("Вероника Мишель Бачелет Хериа"), and the same person by one of the given
    names and the father's surname ("Мишель Бачелет"), whichever the text writes first:
    the one person so named before. No patronymic in either."""

    def short_of(long: list[str], first: str, last: str) -> bool:
        return (
            len(long) >= 4
            and not any(is_patronymic(w) for w in long)
            and form_of(last, long[-2])
            and any(fold(w) == fold(first) or form_of(w, first) for w in long[:-2])
        )

    if not parts.last or parts.patronymic or parts.initials:
        return None
    words = list(parts.words)
    found: dict[str, Entity] = {}
    for key, e in clusters.items():
        names = e.name.split()
        if not key.startswith("L:") or len(names) < 2:
            continue
        if short_of(words, names[0], names[-1]) or (
            len(words) == 2 and short_of(names, words[0], parts.last)
        ):
            found[e.key] = e
    return next(iter(found.values())) if len(found) == 1 else None


_VOWELS_SPELLED_ALIKE = frozenset("аеэ")


def _of_generations(parts: NameParts, clusters: dict[str, Entity]) -> bool:
    """A surname alone that two persons the document named bear, one with "-младший" or
    "-старший" ("Буш" after "Джордж Буш-младший" and "Джордж Буш-старший", "Маркос" after
    "Фердинанд Маркос" and "Фердинанд Маркос-младший"): either, so neither (names119)."""
    word = parts.last or (parts.words[0] if len(parts.words) == 1 else "")
    if not word or parts.first and parts.last or without_generation(word) != word:
        return False
    written = parts.written_last(word)
    bearers = {
        e.key: without_generation(k[2:]) != k[2:]
        for k, e in clusters.items()
        if k.startswith("L:") and surname_form(word, written, without_generation(k[2:]))
    }
    return len(bearers) > 1 and any(bearers.values())


def _lone_word_surname(parts: NameParts, clusters: dict[str, Entity]) -> Entity | None:
    """A lone word read as a first name that is a surname met before ("Алиев", "Рахмон"),
    the last so named; also with a consonant doubled elsewhere ("Алладин" after "Карим
    Аладдин"; names84)."""
    by_surname = [e for k, e in clusters.items() if k.startswith("L:")
                  and form_of(parts.words[0], e.name.split()[-1])]  # fmt: skip
    if not by_surname and parts.first:
        by_surname = [e for k, e in clusters.items() if k.startswith("L:")
                      and _doubled_elsewhere(parts.first, e.name.split()[-1])]  # fmt: skip
    return by_surname[-1] if by_surname else None


def spelled_otherwise(a: str, b: str) -> bool:
    """Two spellings of one foreign surname that differ in one vowel of а/е/э
    ("Камерон"/"Кэмерон", "Меркель"/"Меркэль"; also е/и/э, а/о, ы/и by `_vowel_variant`,
    "Гутерриш"/"Гутерреш") or in one consonant written once or twice
    ("Мидлтон"/"Миддлтон"; also at the end or in two places, "Остхоф"/"Остхофф",
    "Баретт"/"Баррет"), or in a Spanish "ll" written "ль" or "й" before a vowel
    ("Кабельо"/"Кабейо", "Кастильо"/"Кастийо"); short names differ too much for it."""
    a, b = fold(a), fold(b)
    if min(len(a), len(b)) < 5 or a == b:
        return False
    if _ll_spelled(a) == _ll_spelled(b):
        return True  # "Кабельо"/"Кабейо": a Spanish "ll" either way
    if _single_consonants(a) == _single_consonants(b):
        return True  # "Остхоф"/"Остхофф", "Баретт"/"Баррет" (names83)
    if abs(len(a) - len(b)) == 1:
        return _doubled(*sorted((a, b), key=len)) or _ou_for_u(*sorted((a, b), key=len))
    if len(a) != len(b):
        return False
    diff = [(i, x, y) for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if _greek_ending(a, b, diff):
        return True  # "Писсаридис"/"Писсаридес"
    if len(diff) == 1 and _vowel_variant(a, b, diff[0]):
        return True  # "Гутерриш"/"Гутерреш" (names94)
    # Not the last letter: that one is a case ending ("Басте" of "Баста").
    if any(i == len(a) - 1 or not {x, y} <= _VOWELS_SPELLED_ALIKE for i, x, y in diff):
        return False
    # two vowels apart only where both are "е"/"э", one sound either way ("Бекхэм"/"Бэкхем")
    return len(diff) == 1 or (len(diff) == 2 and all({x, y} == {"е", "э"} for _, x, y in diff))


# Vowels a transliteration writes either way, besides а/е/э: an unstressed Portuguese "e"
# ("Гутерриш"/"Гутерреш"), an unstressed "o" ("Болсонаро"/"Балсонаро"), a Turkish "ı"
# ("Йылдырым"/"Йылдирым").
_VOWEL_VARIANTS = (frozenset("еиэ"), frozenset("ао"), frozenset("ыи"))


def _vowel_variant(a: str, b: str, diff: tuple[int, str, str]) -> bool:
    """Two folded spellings of a foreign surname of five letters or more apart in one vowel
    of е/и/э, а/о or ы/и (names94). Not the last letter (a case ending), nor the vowel of a
    final "-ес"/"-ис" ("Санчес"/"Санчис": two Spanish surnames; `_greek_ending` takes the
    long Greek ones), nor one in a Russian surname's suffix, which tells another family
    ("Петров"/"Петрав", "Карина"/"Карена")."""
    i, x, y = diff
    if i == len(a) - 1 or not any({x, y} <= group for group in _VOWEL_VARIANTS):
        return False
    if i == len(a) - 2 and a[-1] == "с" and {x, y} == {"е", "и"}:
        return False
    return not any((end := _RUSSIAN_END.search(w)) is not None and i >= end.start() for w in (a, b))


# A Russian surname's suffix, where a vowel tells another family ("Петров"/"Петрав"): the
# stem before it may be a transliteration's ("Царнаев"/"Цорнаев").
_RUSSIAN_END = re.compile(r"(?:[оеё]в|[иы]н)а?$|[сц]к(?:ий|ая)$")


def _doubled_elsewhere(a: str, b: str) -> bool:
    """Two spellings of six letters or more, each with one doubled consonant, that write
    the same letters with that consonant doubled in another place ("Аладдин"/"Алладин")."""
    a, b = fold(a), fold(b)
    if min(len(a), len(b)) < 6 or a == b or len(a) != len(b):
        return False
    return _single_consonants(a) == _single_consonants(b)


def _single_consonants(name: str) -> str:
    """`name` (folded, a nominative) with each doubled consonant written once: what two
    spellings of one foreign surname share that double a consonant in other places or at
    the end ("Остхоф"/"Остхофф", "Баретт"/"Баррет"), where no case ending is a consonant."""
    return "".join(c for i, c in enumerate(name) if not (i and c == name[i - 1] in _CONSONANTS))


def _greek_ending(a: str, b: str, diff: list[tuple[int, str, str]]) -> bool:
    """Two folded spellings of seven letters or more apart only in the "и"/"е" of a final
    "-ис"/"-ес", a Greek "-ης" transliterated either way ("Писсаридис"/"Писсаридес");
    not another vowel ("Петрин"/"Петрен") nor another ending."""
    return (
        len(a) >= 7
        and a[-1] == b[-1] == "с"
        and [(i, {x, y}) for i, x, y in diff] == [(len(a) - 2, {"и", "е"})]
    )


# A Spanish "ll" before a vowel, which Russian writes "ль" or "й" ("Кабельо", "Кабейо").
_LL = re.compile(r"(?<=[аеиоу])(?:ль|й)(?=[еоюяиа])")


def _ll_spelled(name: str) -> str:
    """`name` (folded) with a Spanish "ll" between vowels written one way."""
    return _LL.sub("й", name)


def _sibilant_otherwise(a: str, b: str) -> bool:
    """Two spellings of one foreign surname that differ in one з written for с, anywhere
    ("Гонзалес"/"Гонсалес", "Родригез"/"Родригес"): `b` is the full name of a person the
    text named, which must share the first name too."""
    a, b = fold(a), fold(b.split()[-1])
    if min(len(a), len(b)) < 5 or len(a) != len(b):
        return False
    diff = [{x, y} for x, y in zip(a, b, strict=True) if x != y]
    return diff == [{"з", "с"}]


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _ou_for_u(short: str, long: str) -> bool:
    """`long` is `short` with one "у" after a consonant written "оу", not in the last
    letter, where a case ending would be: an English "ou"/"ow" or a Persian "ou"
    transliterated either way ("Рухани"/"Роухани", "Браунинг"/"Броунинг")."""
    return any(
        long == short[:i] + "о" + short[i:]
        for i in range(1, len(short) - 1)
        if short[i] == "у" and short[i - 1] in _CONSONANTS
    )


def _u_for_short_a(a: str, b: str) -> bool:
    """Two folded spellings of one German or English surname of five letters or more apart
    in one "у" written "а" before two consonants, not in the last letters ("Трумп"/"Трамп",
    "Бурнс"/"Барнс": a "u" read the German or the English way). Only for a surname alone
    (its step runs after the text's own spelling of it failed to match: a text naming a
    person of either spelling keeps that one's)."""
    a, b = fold(a), fold(b)
    if min(len(a), len(b)) < 5 or len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) != 1 or {a[diff[0]], b[diff[0]]} != {"а", "у"}:
        return False
    i = diff[0]
    return 0 < i < len(a) - 2 and a[i - 1] in _CONSONANTS and set(a[i + 1 : i + 3]) <= _CONSONANTS


def _doubled(short: str, long: str) -> bool:
    """`long` is `short` with one consonant written twice, not in the last two letters,
    where a case ending would be ("Мидлтон" → "Миддлтон", "Колинз" → "Коллинз")."""
    return any(
        long == short[: i + 1] + short[i:] for i in range(len(short) - 2) if short[i] in _CONSONANTS
    )


# a first name's last syllable a transliteration writes either way: a final "о"/"у"
# ("Мауро"/"Мауру"), a vowel before a final "р" after two consonants ("Александар",
# "Александер"/"Александр"); not a final "а", a woman's ("Паоло"/"Паола"), nor a vowel
# after one consonant ("Омар"/"Омер", "Питер")
_FINAL_VOWEL = re.compile(r"[оу]$", re.I)
_CONSONANT = "бвгджзклмнпрстфхцчшщ"
_FINAL_R = re.compile(rf"(?<=[{_CONSONANT}][{_CONSONANT}])([ае]?)р$", re.I)


def first_spelled_otherwise(written: str, first: str) -> bool:
    """A foreign first name transliterated with one у for ю, е for э or е for и, in any
    case ("Эммануэля" of "Эмманюэль", "Рэймонд" of "Реймонд", "Беньямина" of "Биньямин"),
    with a final "о" for "у" ("Мауро" of "Мауру"), or by `_r_variants`; a short name
    differs too much, and two names the dictionary lists are two ("Ирина", "Ирена")."""
    low = fold(first)
    if len(low) < 5 or " " in written or " " in first:
        return False
    variants = [
        first[:i] + v + first[i + 1 :]
        for i, c in enumerate(low)
        for group in FIRST_NAME_VOWELS
        if c in group
        for v in group - {c}
    ]
    if _FINAL_VOWEL.search(first):
        variants.append(first[:-1] + ("у" if first[-1].lower() == "о" else "о"))
    return any(
        form_of(written, other) and not (listed_first_name(other) and listed_first_name(first))
        for other in variants
    ) or any(form_of(written, other) for other in _r_variants(first))


def first_doubled(written: str, first: str) -> bool:
    """One of the given names with one consonant written once for twice or twice for once,
    in any case ("Хусейна" of "Мохаммед Хуссейн"): one name transliterated two ways. Not
    a name of under five letters ("Ала", "Ана"), nor where the dictionary lists both
    ("Мохамед" and "Мохаммед", "Филип" and "Филипп" stay apart, as two names may)."""
    if " " in written:
        return False
    for name in first.split():
        low = fold(name)
        if len(low) < 5:
            continue
        single = [low[:i] + low[i + 1 :] for i in range(1, len(low) - 2)
                  if low[i] == low[i - 1] and low[i] in _CONSONANTS]  # fmt: skip
        double = [low[: i + 1] + low[i:] for i in range(len(low) - 2) if low[i] in _CONSONANTS]
        if any(
            form_of(written, v) and not (listed_first_name(v) and listed_first_name(name))
            for v in single + double
        ):
            return True
    return False


def _r_variants(first: str) -> list[str]:
    """The other spellings of a first name's final "-р" after two consonants, with a vowel
    or without ("Александр", "Александар", "Александер"): one name however many the
    dictionary lists."""
    found = _FINAL_R.search(first)
    if found is None:
        return []
    stem = first[: found.start()]
    return [stem + v + "р" for v in ("", "а", "е") if v != found.group(1).lower()]


def other_spellings(surname: str) -> list[str]:
    """The other spellings `spelled_otherwise` accepts ("Кэмерон" of "Камерон"). Public:
    `office_holders` looks a holder up in the gazetteer by them where the written one finds
    none."""
    low = fold(surname)
    vowels = [
        surname[:i] + v + surname[i + 1 :]
        for i, c in enumerate(low[:-1])
        if c in _VOWELS_SPELLED_ALIKE and len(low) >= 5
        for v in sorted(_VOWELS_SPELLED_ALIKE - {c})
    ]
    # "Рухани" of "Роухани" and back (`_ou_for_u`)
    ou = []
    for i in range(1, len(low) - 1):
        if len(low) < 5 or low[i - 1] not in _CONSONANTS:
            continue
        if low[i] == "у":
            ou.append(surname[:i] + "о" + surname[i:])
        elif low[i : i + 2] == "оу" and i + 1 < len(low) - 1:
            ou.append(surname[:i] + surname[i + 1 :])
    # "Гутерреш" of "Гутерриш": an е/и/э, а/о or ы/и the other way (`_vowel_variant`)
    vowels += [
        v
        for i, c in enumerate(low[:-1])
        for group in _VOWEL_VARIANTS
        if c in group and len(low) >= 5
        for other in sorted(group - {c})
        if _vowel_variant(low, fold(v := surname[:i] + other + surname[i + 1 :]), (i, c, other))
        and v not in vowels
    ]
    # "Бэкхем" of "Бекхэм": two "е"/"э" each written the other way
    ee = [i for i, c in enumerate(low[:-1]) if c in "еэ"] if len(low) >= 5 else []
    swap = {"е": "э", "э": "е", "Е": "Э", "Э": "Е"}
    both = [
        "".join(swap.get(c, c) if k in (i, j) else c for k, c in enumerate(surname))
        for n, i in enumerate(ee)
        for j in ee[n + 1 :]
    ]
    return vowels + ou + both


def _addressed(parts: NameParts, clusters: dict[str, Entity], registry: Registry) -> Entity | None:
    """The document's one person named with this first name and a surname, for a first name
    and patronymic without a surname ("Пётр Николаевич, вы человек молодой" after "Пётр
    Ковальчук"): him, not a new person, nor a stranger the gazetteer knows by the same two
    words; not one the gazetteer knows with another patronymic ("Владимир Владимирович"
    is no "Владимир Зеленский", "Пётр Николаевич" no "Пётр Порошенко")."""
    if parts.last or not (parts.first and parts.patronymic):
        return None
    first = fold(parts.first)
    same = {
        e.key: e
        for e in clusters.values()
        if _first_of(e) == first and not _other_patronymic(e, parts.patronymic, registry)
    }
    return next(iter(same.values())) if len(same) == 1 else None


def _other_patronymic(entity: Entity, patronymic: str, registry: Registry) -> bool:
    known = registry.gazetteer.person(entity.key)
    return (
        known is not None and bool(known.patronymic) and fold(known.patronymic) != fold(patronymic)
    )


def _new_person(parts: NameParts, doc_id: str, clusters: dict[str, Entity]) -> Entity | None:
    """A person no one named before. A first name alone ("Марк"), or with a patronymic, is
    a person of this document only: across documents it would conflate strangers."""
    name = parts.full
    if not parts.last:
        if parts.first and not parts.patronymic:
            first = fold(parts.first)
            same = {e.key: e for e in clusters.values() if _first_of(e) == first}
            if len(same) == 1:
                return next(iter(same.values()))
        return Entity(f"person/{slug(name)}-in-{slug(doc_id)}", "Person", name) if name else None
    return Entity(f"person/{slug(name)}", "Person", name)


def first_name_via(parts: NameParts, entity: Entity) -> str:
    """ "name" for a lone word that is the entity's first name and not its surname ("Нааму"
    of "Наама Иссахар", which the dictionary does not know as a first name), else ""."""
    if len(parts.words) != 1 or parts.initials or not (first := _first_of(entity)):
        return ""
    word = parts.words[0]
    return "name" if form_of(word, first) and not form_of(word, entity.name.split()[-1]) else ""


def surname_via(parts: NameParts, entity: Entity, via: str, gazetteer: Gazetteer) -> str:
    """ "name" for a first name and a word in "-ович"/"-евич" read as his patronymic where
    that word is the surname of the person it stands for ("Синиша Михайлович", "Роман
    Абрамович": a Serbian or a Jewish surname), or that the document's reading took for a
    surname after all (`parts.last`: "Иванович забил гол" after "Бранислав Иванович"), else
    `via` as read; "Пётр Николаевич" of "Пётр Ковальчук" stays a patronymic."""
    words = entity.name.split()
    if via != "patronymic" or not parts.first or len(words) < 2:
        return via
    if parts.last and not parts.patronymic:
        return "name"
    # the gazetteer's surname, not a name of first name and patronymic ("Пётр Николаевич")
    known = gazetteer.person(entity.key)
    surname = known.last if known is not None else ""
    return "name" if surname and fold(surname) == fold(parts.patronymic) else via


def _first_of(entity: Entity) -> str:
    words = entity.name.split()
    return fold(words[0]) if len(words) > 1 else ""


def other_sex(last: str, surname: str) -> bool:
    """ "Карапетова" (read as a woman's nominative) and "Карапетов": the same family, not
    the same person."""
    a, b = fold(last), fold(surname)
    if not (a and b):
        return False
    man, woman = sorted((a, b), key=len)
    if woman == man + "а" and man.endswith(POSSESSIVE_END):
        return True
    # "Ходорковская" and "Ходорковский", "Толстая" and "Толстой"
    return a[:-2] == b[:-2] and len(a) > 4 and {a[-2:], b[-2:]} in _ADJECTIVE_PAIRS


_ADJECTIVE_PAIRS = ({"ая", "ий"}, {"ая", "ой"}, {"ая", "ый"})


def his_surname(written: str, name: str) -> bool:
    """A surname written in a consonant ("советник Пасен") beside a woman's full `name`
    whose surname ends in a vowel ("Вероника Пасена"): no case of hers ends so, it is a man
    of her family. Her "-ой"/"-ей" ("Петровой") ends in "й", which is hers."""
    surname, written = fold(without_generation(name.split()[-1])), fold(written)
    return (
        gender_of(name) == "femn"
        and surname[-1:] in ("а", "я")
        and written[-1:].isalpha()
        and written[-1:] not in VOWELS
        and written[-1:] != "й"
    )


def ranked_apart(
    parts: NameParts, clusters: dict[str, Entity], sex: str, told: dict[str, set[str]]
) -> str:
    """The key of the person of the document these name parts stand for where the royal
    rank before the surname tells the other sex than the first name or the verbs told of
    them ("Мако Ямада … объявила" for "дочь принца Ямада"), else ""."""
    earlier = _in_document(parts, clusters)
    if earlier is None or not sex:
        return ""
    said = told.get(earlier.key, set())
    apart = _other_gender(earlier, sex, told) or (bool(said) and sex not in said)
    return earlier.key if apart else ""


def ruled_apart(
    parts: NameParts, clusters: dict[str, Entity], held: dict[str, set[tuple[str, str]]]
) -> str:
    """The key of the person of the document a single name after a ruler's rank would join
    by the surname, where that person holds no ruler's rank ("король Малайзии султан
    Ибрагим" after "премьер-министр Анвар Ибрагим"): a monarch is named by his one name,
    which is no one's family name; else "". A name that is that person's first name
    ("принц Мухаммед" of "Мухаммед бин Сальман") or a ruler named so before ("Король
    Абдалла II … король Абдалла II") stays theirs. Seventieth pass, h-names158."""
    if len(parts.words) != 1 or parts.initials:
        return ""
    earlier = _in_document(parts, clusters)
    if earlier is None or not (first := _first_of(earlier)) or form_of(parts.words[0], first):
        return ""
    if any(ruler_office(office) for office, _ in held.get(earlier.key, set())):
        return ""
    return earlier.key


def _other_gender(entity: Entity, sex: str, told: dict[str, set[str]]) -> bool:
    """A person of the other sex than `sex` by the first name, unless a verb of the text
    told that sex of them ("Габриэль Гиффордс была ранена": a woman's name the dictionary
    reads as a man's); where the first name tells no sex, the verbs that told only the other
    sex ("Принцесса Мако Ямада … объявила" is no "принц Ямада")."""
    said = told.get(entity.key, set())
    if not sex or sex in said:
        return False
    known = gender_of(entity.name)
    return known != sex if known else bool(said)


# Not `dictionary_gender`: to rule a link out a guess counts ("Эмманюэль" a man's), and a
# woman's name the dictionary knows in any case ("Беате").
def gender_of(name: str) -> str:
    """ "masc"/"femn" of a name's first name where the dictionary is sure, else ""."""
    words = name.split()
    if len(words) < 2:
        return ""
    return "masc" if man_named(words[0]) else "femn" if woman_named(words[0]) else ""


def mans_first_name(name: str) -> bool:
    """A name whose first name is a man's ("Эмманюэль Макрон"), which a woman named by the
    surname alone ("госпожа Макрон", "Макрон заявила") is not; a surname alone tells
    nothing. Public: `person_links` picks by it the namesake a verb's or an address's gender
    leaves."""
    words = name.split()
    return len(words) > 1 and man_named(words[0])


def _compatible(parts: NameParts, entity: Entity) -> bool:
    """Initials and first names of a mention must not contradict the entity's name, nor
    its surname's sex."""
    if other_sex(parts.last, entity.name.split()[-1]) or other_father(parts.full, entity.name):
        return False
    if his_surname(parts.written_last(parts.last), entity.name):
        return False
    words = entity.name.split()
    fathers = [w for w in words[1:-1] if is_patronymic(w)]
    if parts.patronymic and fathers and not form_of(parts.patronymic, fathers[0]):
        return False  # "Ольга Петровна Тамм" is no "Ольга Игоревна Тамм"
    first = fold(words[0]) if len(words) > 1 else ""
    given = " ".join(words[:-1])
    # one foreign first name transliterated two ways ("Биньямин"/"Беньямин") is one
    if (
        parts.first
        and first
        and not (same_given(parts.first, given) or first_spelled_otherwise(parts.first, given))
        and not _one_arabic_name(parts, entity.name)
    ):
        return False
    if parts.first and parts.last and not first:
        # A node of a surname alone is left only where the text names several persons of
        # it in full ("Смирнова … Владимир Смирнов … Дмитрий Смирнов"), _plan gives a lone
        # surname the one it names: each of them is someone of their own, not that node.
        return False
    return not (parts.initials and first and not first.startswith(fold(parts.initials[0])))


def _one_arabic_name(parts: NameParts, name: str) -> bool:
    """Two names of one man whose nasabs name one father, the own names one Arabic name
    spelled two ways ("Мухаммед ибн Заид", "Мохаммед бин Заид"; names71)."""
    own_a, fathers_a = own_and_fathers(parts.full)
    own_b, fathers_b = own_and_fathers(name)
    return (
        len(own_a) == len(own_b) == 1
        and len(fathers_a) == len(fathers_b) == 1
        and (form_of(fathers_a[0], fathers_b[0]) or arabic_spelling(fathers_a[0], fathers_b[0]))
        and arabic_spelling(own_a[0], own_b[0])
    )
