"""The names an organization item of the links table is known by.

Its name: a capitalised, specific one (no kind of body every state has, no common word; of an
item labelled by its abbreviation or not at all, the form its initials spell), a specific
institution, a kind of party with its state or a national team. And the other names news
gives it: abbreviations, Latin and full aliases, one-word and contracted names, a club's name
after its city, its leading words, the adjective of its seat's city, the noun of its members,
and a state's body under each name of its state and the body's short names ("МВД России",
"Генпрокуратура"), or bare in a text of that state.

Split out of build_links.py (forty-sixth pass, h-split51): an organization's names, apart from
which items become rows."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from functools import lru_cache

from kg.data.links_table import (
    ABBREVIATION,
    MORPH,
    Item,
    first_lemma,
    is_adjective,
    reads_nominative,
    reads_singular,
    unshared_name,
)
from kg.gazetteer import Gazetteer, StateEntry, normalize, slug
from kg.nlp.morph import upper_first
from kg.resolve.name_forms import fold, form_of
from kg.resolve.name_lexicons import common_word, genitive
from kg.resolve.org_naming import BODY_SHORT, CONTRACTED_BODIES, STATE_BODIES

# An organization's Latin alias ("Reuters"), stricter than organizations' `_LATIN_NAME`: an
# alias is matched in every document, so a first word of 4+ letters, at most 4 words, no digits
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z&.'’-]{3,}(?: [A-Z][A-Za-z&.'’-]+){0,3}")
_SHORT_ABBREVIATION = re.compile(r"[А-ЯЁA-Z][А-ЯЁA-Z0-9]{1,5}")

# A state's bodies by their nouns and their names' one-word contractions ("Минобороны").
_BODIES = STATE_BODIES | CONTRACTED_BODIES


def org_name(item: Item) -> str | None:
    """The canonical name when it names one organization, not a kind of institution."""
    name = item.canonical
    if not name or not (name[0].isupper() or name[0] in '«"') or re.search(r"[()\d]", name):
        return None
    words = name.split()
    if len(words) == 1:  # a known word of any kind ("Спорт", "Алания") names more than this
        return None if _common_word(name) else name
    # "Министерство иностранных дел", "Верховный суд": which state's? A body every state
    # has, named with no proper name in it.
    generic = not any(w[0].isupper() or not w[0].isalpha() for w in words[1:]) and any(
        MORPH.parse(w)[0].normal_form in _BODIES for w in words
    )
    return None if generic else name


def _common_word(name: str) -> bool:
    """A word the dictionary knows as no organization's ("Спорт"). Not an abbreviation
    ("ФИФА", "УДАР"): the matcher finds it only written in capitals, never the word."""
    known = any(p.is_known and "Orgn" not in p.tag for p in MORPH.parse(name))
    return known and not ABBREVIATION.fullmatch(name)


def initialled_name(item: Item) -> str | None:
    """The full name of an item annotators left without a label or labelled by its
    abbreviation ("ОЗХО"), where a form is that abbreviation and another, opening with a
    nominative singular, a name whose words' first letters spell it ("Организация по
    запрещению химического оружия", "Российский союз правообладателей" of "РСП"): the
    abbreviation then stays one of its names. Not a kind of body ("Конституционный суд" of
    "КС": `org_name`)."""
    if item.canonical and not ABBREVIATION.fullmatch(item.canonical):
        return None
    short = {f for f in item.forms if _SHORT_ABBREVIATION.fullmatch(f)}
    for form in item.forms:
        words = form.split()
        spelt = "".join(p[:1] for w in words if w not in _NO_INITIAL for p in w.split("-"))
        if (
            len(words) > 1
            and spelt.upper() in short
            and reads_singular(words[0])
            and org_name(Item(item.qid, item.type, form, item.docs, ())) is not None
        ):
            return form
    return None


def abbreviations(item: Item, name: str) -> list[str]:
    """Abbreviations of 3-6 capitals; of two ("ИГ") only for an organization linked in ten
    documents or more, where the short form is its own in news, not one of many bodies'."""
    short = _SHORT_ABBREVIATION if item.docs >= 10 else ABBREVIATION
    return sorted({f for f in item.forms if short.fullmatch(f) and f != name})


def org_aliases(item: Item, name: str) -> list[str]:
    """Other names news gives the organization, beside its abbreviations: the Latin name
    ("Reuters" of "Рейтер") and nominative full names that name it as specifically
    ("Следственный комитет России" of "… Российской Федерации")."""
    out = set()
    for form in item.forms:
        if normalize(form) == normalize(name) or ABBREVIATION.fullmatch(form):
            continue
        if not same_org_name(form, name):
            continue  # "Bild" of "Computer Bild" is another paper; annotators slip
        if _LATIN_NAME.fullmatch(form) or (
            len(form.split()) > 1
            and all(map(reads_nominative, form.split()))
            and org_name(Item(item.qid, item.type, form, item.docs, ())) is not None
        ):
            out.add(form)
    brand = _brand(item, name)
    return sorted(out | ({brand} if brand else set()))


def expansions(item: Item, name: str) -> list[str]:
    """The full names of an item its source labels by an abbreviation ("ФИФА", "LVMH"): its
    forms of more words, capitalised, whose head noun and the adjectives before it are
    nominative and that name one organization (`org_name`): "Международная федерация
    футбола", "Международная федерация футбольных ассоциаций" of "ФИФА", whose initials spell
    the French name, so no initials are asked. The table joins them to the abbreviation as a
    text does that gives the expansion beside it ("… футбола (ФИФА)"). Not a kind of body
    every state has ("Министерство обороны"), nor a form in another case ("Международной
    федерации футбола": the matcher reads the nominative in every case), nor the abbreviation
    or another after a kind's ("НК ЮКОС", "ИА REGNUM": no expansion; the Appointment rule
    read "главы НК ЮКОС" as a post then)."""
    if not ABBREVIATION.fullmatch(name):
        return []
    return sorted(
        form
        for form in item.forms
        if len(form.split()) > 1
        and form[:1].isupper()
        and _nominative_head(form.split())
        and not any(w.isupper() and len(w) > 1 for w in form.split())
        and org_name(Item(item.qid, item.type, form, item.docs, ())) is not None
    )


def _nominative_head(words: list[str]) -> bool:
    """The name's opening adjectives and the noun after them are nominative (the words of its
    genitive tail, "футбола", may stand in any case)."""
    for word in words:
        if not reads_nominative(word):
            return False
        if not is_adjective(word):
            return True
    return False


def plain_latin(name: str) -> list[str]:
    """A Latin name as news also writes it: without its diacritics ("Clarin" of "Clarín") and
    without a leading article where two words or more are left ("Sunday Times" of "The Sunday
    Times"; not "Times" alone, which opens other papers' names)."""
    if re.search("[а-яё]", name.lower()):
        return []
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_ = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    out = {ascii_}
    for form in (name, ascii_):
        bare = re.sub(r"^The\s+", "", form)
        if len(bare.split()) >= 2:
            out.add(bare)
    return sorted(out - {name})


def leading_names(item: Item, name: str, heads: dict[str, set[str]], gaz: Gazetteer) -> list[str]:
    """The name's first words where news writes them alone, in any case ("Исламского
    государства" of "Исламское государство Ирака и Леванта"), in the nominative the name
    gives them: from an organization linked in several documents, and only a part that is
    itself a specific name. Not a kind of body: "Социал-демократическая партия" of "…
    Эстонии" (which `org_name` refuses), a part that opens another item's name too
    ("Национальная ассамблея"), nor a state's body without its state ("Сухопутные войска"
    of "… Российской Федерации": alone, any state's)."""
    words = name.split()
    if item.docs < 2 or len(words) < 3 or state_body_names(name, gaz):
        return []
    lemmas = [first_lemma(w) for w in words]
    out = set()
    for form in item.forms:
        parts = form.split()
        if (
            2 <= len(parts) < len(words)
            and parts[0][:1].isupper()
            and [first_lemma(w) for w in parts] == lemmas[: len(parts)]
        ):
            head = " ".join(words[: len(parts)])
            named = org_name(Item(item.qid, item.type, head, item.docs, ())) is not None
            if named and not heads.get(normalize(head), set()) - {item.qid}:
                out.add(head)
    return sorted(out)


def seat_adjective_names(item: Item, name: str, gaz: Gazetteer) -> list[str]:
    """The name news gives a body by the adjective of its seat's city before its own noun
    ("Гаагский трибунал" of "Международный трибунал по бывшей Югославии"), as a nominative
    form of two words, from several documents: the adjective no word of the name nor a
    state's, the noun the name's. `org_rows` drops one another item was linked under too. A
    form of another case is put in the nominative singular ("Страсбургского суда" →
    "Страсбургский суд", forty-sixth pass, h-orgs50)."""
    words = name.split()
    if item.docs < 2 or len(words) < 2:
        return []
    lemmas = set(map(first_lemma, words))
    state_adjectives = {first_lemma(a) for s in gaz.states for a in s.adjectives}
    out = set()
    for form in item.forms:
        parts = form.split()
        if (
            len(parts) == 2
            and parts[0][:1].isupper()
            and parts[1][:1].islower()
            and is_adjective(parts[0])
            and first_lemma(parts[0]) not in lemmas | state_adjectives
            and first_lemma(parts[1]) in lemmas
            and (named := _nominative_pair(parts[0], parts[1]))
        ):
            out.add(named)
    return sorted(out)


def _nominative_pair(adjective: str, noun: str) -> str | None:
    """An adjective and its noun put in the nominative singular, the adjective agreeing with
    the noun's gender ("Страсбургского суда" → "Страсбургский суд"); as written where both
    are nominative already; None where either will not inflect so."""
    if reads_nominative(adjective) and reads_nominative(noun):
        return f"{adjective} {noun}"
    head = next((p for p in MORPH.parse(noun) if p.tag.POS == "NOUN"), None)
    if head is None or head.tag.gender is None:
        return None
    word = head.inflect({"nomn", "sing"})
    parses = [p for p in MORPH.parse(adjective) if p.tag.POS == "ADJF"]
    agreed = parses[0].inflect({"nomn", "sing", head.tag.gender}) if parses else None
    if word is None or agreed is None:
        return None
    return f"{upper_first(agreed.word)} {word.word}"


def short_names(item: Item, name: str, gaz: Gazetteer) -> list[str]:
    """One-word Russian names news gives the organization ("Роспотребнадзор", "Совбез",
    "Лента.ру"), from several documents: a capitalised word that is no common word. Not
    for a state's body named with its state ("Генпрокуратура" of "Прокуратура Российской
    Федерации"): alone, the word would name any state's."""
    if item.docs < 2 or state_body_names(name, gaz):
        return []
    return sorted(
        f
        for f in item.forms
        if " " not in f
        and re.fullmatch(r"[А-ЯЁ][а-яё]+(?:[-.][А-ЯЁа-яё]+)*", f)
        and reads_nominative(f)
        and not form_of(f, name)  # the one-word name itself, in another case
        and not common_word(f)
    )


def city_tail(item: Item, name: str, gaz: Gazetteer) -> list[str]:
    """The name of two words or more after the city that opens it, from the Russian name
    and a Latin form of as many words ("Детройт Ред Уингз", "Detroit Red Wings" → "Ред
    Уингз", "Red Wings"): news names a club by it alone ("матч с Ред Уингз"). Not a tail of
    one word, Russian or Latin: other clubs' names end with it as well ("Рейнджерс" of
    Glasgow's, "Юнайтед" of Leeds's), and things are named by it ("Honor Magic", "Red
    Bulls", "Black Hawks" are no Orlando Magic, Chicago Bulls, Atlanta Hawks); not after a
    state's name ("USA Today"). A tail two items share is dropped by `org_rows`."""
    words = name.split()
    size = next((n for n in (1, 2) if len(words) > n and gaz.city(" ".join(words[:n]))), 0)
    if not size or len(words) < size + 2:
        return []
    out = {" ".join(words[size:])}
    for form in item.forms:
        latin = form.split()
        if _LATIN_NAME.fullmatch(form) and len(latin) == len(words):
            out.add(" ".join(latin[size:]))
    return sorted(out)


def contractions(item: Item, name: str) -> list[str]:
    """One-word names contracted from the beginnings of all the name's words ("Социнтерн" of
    "Социалистический интернационал", "Генассамблея" of "Генеральная ассамблея"), in the
    nominative: the body's own word, from one document too. Not of part of a name
    ("Совбез" of "Совет Безопасности ООН": alone, a state's council as well)."""
    words = [w.lower().replace("ё", "е") for w in name.split()]
    if len(words) < 2:
        return []
    lemmas = {first_lemma(f) for f in item.forms if re.fullmatch(r"[А-ЯЁ][а-яё]{4,}", f)}
    out = {w.capitalize() for w in lemmas if _contracts(w, words)}
    return sorted(out | set(contracted_heads(item, name)))


def contracted_heads(item: Item, name: str) -> list[str]:
    """The name with its first words contracted into one, the rest as the name has it, from a
    form that so names it in any case ("Госсовета Кубы" → "Госсовет Кубы" of "Государственный
    совет Кубы"): a proper name after the contraction says whose body it is."""
    words = name.split()
    out = set()
    for form in item.forms:
        head, *tail = form.split()
        k = len(words) - len(tail)
        if (
            tail
            and k >= 2
            and normalize(" ".join(tail)) == normalize(" ".join(words[k:]))
            and any(w[:1].isupper() for w in tail)
            and re.fullmatch(r"[А-ЯЁ][а-яё]{4,}", head)
            and _contracts(first_lemma(head), [w.lower().replace("ё", "е") for w in words[:k]])
        ):
            out.add(" ".join([first_lemma(head).capitalize(), *words[k:]]))
    return sorted(out)


def stem_names(item: Item, name: str) -> list[str]:
    """The one-word name an organization is known by where its label opens with the
    adjective made from it ("Гарвард" of "Гарвардский университет": "учился в Гарварде"):
    a form, in any case, that the dictionary knows only as an organization's name (never a
    place's: "в Оксфорде" is the city too), its lemma the start of the label's first word."""
    words = name.split()
    if len(words) < 2 or MORPH.parse(words[0])[0].tag.POS != "ADJF":
        return []
    first = words[0].lower().replace("ё", "е")
    out = set()
    for form in item.forms:
        if not re.fullmatch(r"[А-ЯЁ][а-яё]{3,}", form):
            continue
        readings = [p for p in MORPH.parse(form) if p.is_known]
        lemma = readings[0].normal_form.replace("ё", "е") if readings else ""
        stem = lemma.rstrip("аяо")  # "Сорбонна" → "Сорбоннский"
        if readings and all("Orgn" in p.tag for p in readings) and first.startswith(stem):
            out.add(lemma.capitalize())
    return sorted(out)


def member_nouns(item: Item, name: str) -> list[str]:
    """The plural of the noun for the organization's members where annotators linked it to
    the organization ("талибы" of "Талибан": "талибов" and "талибы" name the movement), so
    the runtime finds it in any case and number: a lower-case form the dictionary knows as an
    animate noun whose lemma shares the name's first four letters. Not a nickname of another
    stem ("москвичи" of "Спартак"), an adjective or a surname the dictionary guesses."""
    stem = fold(name)[:4]
    out = set()
    for form in item.forms:
        if not re.fullmatch(r"[а-яё]{4,}", form):
            continue
        parse = next((p for p in MORPH.parse(form) if p.tag.POS == "NOUN"), None)
        if parse is None or not parse.is_known or "anim" not in parse.tag or "Surn" in parse.tag:
            continue
        lemma = parse.normal_form.replace("ё", "е")
        plural = parse.inflect({"plur", "nomn"})
        if lemma.startswith(stem) and plural is not None:
            out.add(plural.word)
    return sorted(out)


def _contracts(word: str, words: list[str]) -> bool:
    """`word` is a beginning of two letters or more of each of `words` in turn."""
    if not words:
        return not word
    head, *rest = words
    return any(
        word.startswith(head[:k]) and _contracts(word[k:], rest)
        for k in range(min(len(head), len(word)), 1, -1)
    )


def _brand(item: Item, name: str) -> str | None:
    """The name before a dash, when news writes it alone ("Аэрофлота" of "Аэрофлот —
    Российские авиалинии"): some form is it, in any case. The dash makes it a brand even
    where it is also a word ("аэрофлот"); the matcher takes one word capitalised only."""
    head = name.split(" — ")[0]
    if head == name:
        return None
    lemmas = [MORPH.parse(w)[0].normal_form for w in head.split()]
    written = any(
        [MORPH.parse(w)[0].normal_form for w in form.split()] == lemmas for form in item.forms
    )
    return head if written else None


_ORG_FILLER = frozenset(
    ["the", "inc", "group", "grup", "corporation", "corp", "company", "co", "plc", "ltd", "llc",
     "channel", "ratings", "holding", "holdings"]
)  # fmt: skip


def same_org_name(form: str, name: str) -> bool:
    """The same name up to articles and company suffixes ("The Washington Post", "Fitch
    Ratings"), transliteration ("Форбс", "Forbes"; by sound word for word, "Тайм" of "Time":
    `_by_sound`) or spelling, word for word: not a part of it ("Bild" of "Computer Bild")
    nor a sibling ("Рижское" for "Львовское училище")."""
    a, b = ([w for w in slug(x).split("-") if w not in _ORG_FILLER] for x in (form, name))
    if len(a) != len(b):
        return False
    if bool(re.search("[а-яё]", name.lower())) != bool(re.search("[а-яё]", form.lower())):
        latin, russian = (a, b) if re.search("[а-яё]", name.lower()) else (b, a)
        if SequenceMatcher(None, " ".join(a), " ".join(b)).ratio() >= 0.6:
            return True
        return all(_spelt_alike(x, _by_sound(y)) for x, y in zip(latin, russian, strict=True))
    return all(map(_spelt_alike, a, b))


def _spelt_alike(x: str, y: str) -> bool:
    """Two words of one script spelt the same or nearly."""
    return x == y or SequenceMatcher(None, x, y).ratio() >= 0.75


# Russian spellings of English vowels by sound, transliterated: "ай" of "i" ("Тайм" of
# "Time"), "ей" of "ai" ("Дейли мейл" of "Daily Mail").
_SOUNDS = (("ay", "i"), ("ey", "ai"))


def _by_sound(transliterated: str) -> str:
    """A transliterated Russian name with its spellings of English vowels by sound read
    back, which `same_org_name` compares with a Latin form too."""
    for spelt, vowel in _SOUNDS:
        transliterated = transliterated.replace(spelt, vowel)
    return transliterated


def quoted_only(item: Item) -> bool:
    """A one-word name that is also a word, place or first name ("Спартак", "Бавария",
    "Известия"), capitalised and linked in several documents, some form of it the name
    itself: news quotes it («Спартак»), and only there does the linker take it (kind
    `QuotedName`). Not a body every state has ("Сенат")."""
    name = item.canonical
    return (
        item.docs >= 2
        and bool(re.fullmatch(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё0-9]+)?", name))
        and MORPH.parse(name)[0].normal_form not in _BODIES
        and any(form_of(f, name) for f in item.forms)
    )


def specific_institution(
    item: Item, unshared: Callable[[str], bool], heads: dict[str, set[str]]
) -> str | None:
    """A name that looks like a kind of body but names one ("Государственная дума",
    "Европейский парламент"): capitalised, opening with an adjective, linked in several
    documents, no name of it in several words ever linked to anything else, and no other
    item named by it and more words ("Демократическая партия" beside "Демократическая
    партия Японии" is a kind of party several states have)."""
    words = item.canonical.split()
    return (
        item.canonical
        if len(words) > 1
        and not party_kind(item.canonical)
        and not heads.get(normalize(item.canonical), set()) - {item.qid}
        and item.canonical[0].isupper()
        and is_adjective(words[0])
        and item.docs >= 2
        and not re.search(r"[()\d]", item.canonical)
        and all(map(unshared, (item.canonical, *(f for f in item.forms if " " in f))))
        else None
    )


def party_kind(name: str) -> bool:
    """ "Либеральная партия", "Лейбористская партия": a kind of party many states have (an
    adjective of its politics and the word), which annotators link to one state's party or
    another's."""
    words = name.split()
    return len(words) == 2 and is_adjective(words[0]) and first_lemma(words[1]) == "партия"


def with_state(item: Item, gaz: Gazetteer) -> str | None:
    """A kind of party under the name with its state that some form gives ("Республиканская
    партия США" of "Республиканской партии США"): that state's party, which the linker then
    takes by the bare name in a text about that state only (kind `StateBody`)."""
    if not party_kind(item.canonical):
        return None
    lemmas = [first_lemma(w) for w in item.canonical.split()]
    for form in item.forms:
        words = form.split()
        if len(words) > 2 and [first_lemma(w) for w in words[:2]] == lemmas:
            name = " ".join([item.canonical, *words[2:]])
            if state_tail(name, gaz) is not None:
                return name
    return None


_TEAM = re.compile(r"[Сс]борная (.+?) по (.+)")


def national_team(item: Item, gaz: Gazetteer) -> str | None:
    """A state's national team, which Wikidata labels lower case ("сборная Португалии по
    футболу"): one team, named capitalised; not a name whose words after "сборная" are no
    state's ("сборная мира")."""
    found = _TEAM.fullmatch(item.canonical)
    if found is None or state_tail(f"Сборная {found[1]}", gaz) is None:
        return None
    return upper_first(item.canonical)


def team_names(item: Item, name: str, free: Callable[[str], bool]) -> list[str]:
    """The names news gives a national team (`national_team`) by its first words, which some
    form writes in any case, the state's at least ("сборной Португалии" → "Сборная
    Португалии", "Сборная России по хоккею" of "… с шайбой"), where no annotator linked them
    to another item (`free`: "сборной России" named the football and the hockey team)."""
    words = name.split()
    lemmas = [first_lemma(w) for w in words]
    out = set()
    for form in item.forms:
        size = len(form.split())
        head = " ".join(words[:size])
        said = [first_lemma(w) for w in form.split()] == lemmas[:size]
        if said and 2 <= size < len(words) and words[size - 1] != "по" and free(head):
            out.add(head)
    return sorted(out)


def state_body_names(
    name: str, gaz: Gazetteer, forms: Iterable[str] = (), free: Callable[[str], bool] = bool
) -> list[str]:
    """A state's body under every name news gives its state, and under its short name:
    "Министерство внутренних дел Российской Федерации" is also "… России", "МВД России",
    "МВД РФ". The name must end with the state's name, full name or abbreviation, in the
    genitive. With the annotators' `forms`, also under the standard body name they give it
    (`said_bodies`) and the body noun they write after the state's adjective
    (`adjective_bodies`), where each name of it with its state is `free` (no other
    item's)."""
    found = state_tail(name, gaz)
    if found is None:
        return []
    state, bodies = found
    states = {genitive(state.name), genitive(state.full_name)}
    states |= {a for a in state.aliases if ABBREVIATION.fullmatch(a) or a.isupper()}
    forms = list(forms)
    said = said_bodies(forms, state, bodies[0]) + adjective_bodies(forms, state, bodies[0])
    bodies += [b for b in said if all(free(f"{b} {s}") for s in states)]
    return sorted({f"{b} {s}" for b in bodies for s in states} - {name})


def state_tail(name: str, gaz: Gazetteer) -> tuple[StateEntry, list[str]] | None:
    """(the state, the body's names without it) of a name ending with a state's name in the
    genitive ("Министерство обороны Эстонии" → Estonia, "Министерство обороны",
    "Минобороны")."""
    tails = _genitive_tails(gaz)
    found = [
        (tails[name[i + 1 :]], i)
        for i, c in enumerate(name)
        if c == " " and i and name[i + 1 :] in tails
    ]
    if not found:
        return None
    (_, state), cut = min(found)  # the first state (and name) in the table that fits
    body = name[:cut]
    short = {*BODY_SHORT.get(normalize(body), ()), initials(body)} - {""}
    return state, [body, *sorted(short)]


@lru_cache(maxsize=4)
def _state_genitives(gaz: Gazetteer) -> tuple[tuple[StateEntry, str, str], ...]:
    """(state, name, the name in the genitive) of each current state's full name, name and
    upper-case aliases, in the table's order: worked out once a gazetteer, where
    `state_tail` and `_states_inside` went through them for each name they were asked of
    (~3,400 names a run of build_links, ~1,000 state names each: a third of its time)."""
    return tuple(
        (state, own, genitive(own))
        for state in gaz.states
        if not state.historic
        for own in (state.full_name, state.name, *(a for a in state.aliases if a.isupper()))
    )


@lru_cache(maxsize=4)
def _genitive_tails(gaz: Gazetteer) -> dict[str, tuple[int, StateEntry]]:
    """Each `_state_genitives` genitive → the first place it has in them and its state."""
    out: dict[str, tuple[int, StateEntry]] = {}
    for i, (state, _, gen) in enumerate(_state_genitives(gaz)):
        out.setdefault(gen, (i, state))
    return out


def written_state(item: Item, name: str, gaz: Gazetteer) -> str:
    """The ISO3 code of the one state some form writes right after the item's whole name in
    the genitive ("Агентства национальной безопасности США" of "Агентство национальной
    безопасности"): the item's state, which its label leaves out. "" where no form does so,
    or forms write two states."""
    own = tuple(map(first_lemma, name.split()))
    states = {
        found[0].iso3
        for form in item.forms
        if (found := state_tail(form, gaz)) is not None
        and tuple(map(first_lemma, found[1][0].split())) == own
    }
    states |= {state.iso3 for form in item.forms for state in _states_inside(form, own, gaz)}
    return states.pop() if len(states) == 1 else ""


def _states_inside(form: str, own: tuple[str, ...], gaz: Gazetteer) -> list[StateEntry]:
    """The states whose genitive a form writes inside the item's whole name, before its
    field ("Комиссию США по ценным бумагам и биржам" of "Комиссия по ценным бумагам и
    биржам"): the form without it is the name, so the state is the item's, as after it."""
    out = []
    for state, written, gen in _state_genitives(gaz):
        inside = f" {gen} "
        if written and inside in form and state not in out:
            rest = form.replace(inside, " ", 1)
            if tuple(map(first_lemma, rest.split())) == own:
                out.append(state)
    return out


def said_bodies(forms: Iterable[str], state: StateEntry, body: str) -> list[str]:
    """The standard names of a state's body and their contractions (organizations'
    `BODY_SHORT`: "Генеральная прокуратура", "Генпрокуратура") that some form gives a body
    its label calls otherwise ("Генпрокуратура", "Генеральную прокуратуру Российской
    Федерации" of "Прокуратура Российской Федерации"), in any case, bare or before the
    body's state: news names the body so before its state ("Генпрокуратура России"). Only
    a name with the label's own words in it: "МИД" an annotator gave an embassy names
    another body."""
    own = set(map(first_lemma, body.split()))
    tails = {
        tuple(map(first_lemma, n.split()))
        for n in (state.name, state.full_name, *(a for a in state.aliases if a.isupper()))
        if n
    }
    out: set[str] = set()
    for full, shorts in BODY_SHORT.items():
        if not own <= set(map(first_lemma, full.split())):
            continue
        for name in (full, *shorts):
            head = tuple(map(first_lemma, name.split()))
            for form in forms:
                said = tuple(map(first_lemma, form.split()))
                rest = said[len(head) :]
                if said[: len(head)] == head and (not rest or rest in tails):
                    out.update((upper_first(full), *shorts))
    return sorted(out)


def adjective_bodies(forms: Iterable[str], state: StateEntry, body: str) -> list[str]:
    """The state body's noun (state_bodies.txt) that some form writes after the state's
    adjective, where the label names the body with other words ("российской армии",
    "израильская армия" of "Вооружённые силы Российской Федерации", "Армия обороны
    Израиля"): news names the body so, and "<Noun> <state>" ("Армия России") is the name
    the linker looks up for it. A noun of the label's only where the label opens with it
    ("Армия обороны Израиля": the state's one army), not after an adjective ("российский
    суд" an annotator gave the Constitutional Court is any court); nor another state's
    adjective."""
    own = set(map(first_lemma, body.split()))
    head = first_lemma(body.split()[0])
    adjectives = {normalize(a) for a in state.adjectives}
    out = set()
    for form in forms:
        words = form.split()
        if len(words) != 2 or normalize(first_lemma(words[0])) not in adjectives:
            continue
        noun = MORPH.parse(words[1])[0]
        lemma = noun.normal_form.replace("ё", "е")
        if noun.tag.POS == "NOUN" and lemma in _BODIES and (lemma == head or lemma not in own):
            out.add(upper_first(lemma))
    return sorted(out)


# Words an abbreviation leaves out ("Служба по делам…").
_NO_INITIAL = frozenset(["по", "и", "при", "для", "о", "об", "на", "в", "с", "со"])


def initials(body: str) -> str:
    """The abbreviation of a body's name of three words or more, news writes before its
    state ("ВВС США" of "Военно-воздушные силы", "ФБР" of "Федеральное бюро расследований"):
    each word's or hyphenated part's first letter; "" for a shorter name or one with a proper
    name or digits in it, which news does not abbreviate so."""
    parts = [p for w in body.split() if w not in _NO_INITIAL for p in w.split("-")]
    if len(parts) < 3 or any(not p.isalpha() or p[:1].isupper() for p in parts[1:]):
        return ""
    return "".join(p[0] for p in parts).upper()


def named_bare(item: Item, name: str, gaz: Gazetteer, owners: dict[str, set[str]]) -> str:
    """The ISO3 code of the state whose body the organization is, when news names it without
    its state ("Генеральная прокуратура" of "… Эстонии") and annotators never linked that
    bare name to anything else (a bare "МИД" is linked to the ministry of no state as often
    as to one state's): the linker then takes the bare name for this body in a text about
    that state. "" otherwise."""
    found = state_tail(name, gaz)
    if found is None:
        return ""
    state, bodies = found
    bodies = [b for b in bodies if b != initials(bodies[0])]  # news writes those with the state
    said = {tuple(first_lemma(w) for w in f.split()) for f in item.forms}
    if not any(tuple(first_lemma(w) for w in b.split()) in said for b in bodies):
        return ""
    return state.iso3 if all(unshared_name(b, item.qid, owners) for b in bodies) else ""
