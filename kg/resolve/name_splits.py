"""Where one of natasha's person spans holds two names: a line break, a new name after a
full one, a change of case between two names, a patron's name before his delegate's, a
subject and an object side by side, another person's surname.

`person_mentions` splits each span here before trimming the pieces.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer
from kg.lexicon import load_list
from kg.nlp.marks import DASHES
from kg.nlp.morph import (
    UD_CASE,
    animate_word,
    case_of,
    caseless,
    is_animate,
    morph,
    name_forms,
    undeclined_first_name,
)
from kg.resolve.gender import MENS_NAMES, first_name_gender, man_named, woman_named
from kg.resolve.missed_names import nominative_pair, sole_case
from kg.resolve.name_cases import after_quoted_verb
from kg.resolve.name_forms import VOWELS, consonant_end, fold, form_of, one_name
from kg.resolve.name_lexicons import (
    INITIAL,
    PARTICLES,
    SYLLABLE_SURNAMES,
    is_first_name,
    is_patronymic,
    listed_first_name,
    reads_genitive,
    russian_surname_end,
)
from kg.resolve.name_spellings import COMPOUND_OPENERS, NASAB, UNDECLINED_OPENERS
from kg.resolve.names import NameParts, nominative_word

_SPACE_RUN = re.compile(r"\s*[\n\r]\s*")


def others_surname_apart(
    spans: list[Span], parts_of: Callable[[Span], NameParts]
) -> tuple[list[Span], set[int]]:
    """A name glued after the surname of another person the document names in full
    ("об убийстве Вогта Ольсен предложил", "спикеру правительства Ямады Хиротака Сато"),
    or a name in an oblique case glued before another one's surname ("Абию Ахмеду Рамафоса
    предложил"): two people, the first word or the last the other one's. Also the tokens
    of the names cut off before a surname, which that surname must not take back in as
    first names ("Ахмеду")."""
    written = _written_in_full(spans, parts_of)
    surnames = {p.last.split()[-1] for p in written}  # "Эрика Вогта": "Вогт"
    full = {tuple(p.full.split()) for p in written}  # "Абием Ахмедом": "Абий Ахмед"
    out: list[Span] = []
    cut: set[int] = set()
    for span in spans:
        if _others_surname_first(span, surnames):
            out += [span[:1], span[1:]]
        elif _others_surname_last(span, full):
            out += [span[:-1], span[-1:]]
            cut.update(range(span.start, span.end - 1))
        elif _two_surnames(span, written):
            out += [span[:1], span[1:]]
            cut.add(span.start)  # "Михал Ринкевичс": no first name of the second
        else:
            out.append(span)
    return out, cut


def _two_surnames(span: Span, written: list[NameParts]) -> bool:
    """Whether the span is two words, each the surname of another person the document writes
    in full ("Эмманюэль Макрон … Фридрих Мерц … — заявили Макрон Мерц", "Кристен Михал …
    Эдгарс Ринкевичс … — сказал Михал Ринкевичс"): two people side by side, as the tagger
    joins them; not a name whose words no two others end in ("Си Цзиньпин", "Ольсен Ханс")."""
    words = tuple(t.text for t in span)
    if len(span) != 2 or _one_name_in_case(span[0], span[-1], len(span)):
        return False
    # the span, and its words the other way round, are read as written in full too
    others = [p for p in written if set(p.words) != set(words)]
    owners = [
        {n for n, p in enumerate(others) if fold(p.last) == fold(w) or form_of(p.last, w)}
        for w in words
    ]  # "Эдгарсом Ринкевичсом … Ринкевичс"
    return bool(owners[0] and owners[1] and owners[0] != owners[1])


def _written_in_full(spans: list[Span], parts_of: Callable[[Span], NameParts]) -> list[NameParts]:
    """The parts of the names written in full: a first name and a surname, in the nominative."""
    parts = [parts_of(span) for span in spans if len(span) >= 2]
    return [p for p in parts if p.first and p.last]


def _others_surname_last(span: Span, full: set[tuple[str, ...]]) -> bool:
    """Whether the span ends in the nominative surname of one name the document writes in
    full after the end of another in an oblique case ("Обрадору Петро", "Тамиму бен Хамаду
    Аль Тани Эрдоган"): one person's words share a case. Not a dynasty's name after a
    particle or an article ("Тамима бен Хамада Аль-Тани" is one man)."""
    last, rest = span[-1], [t.text for t in span[:-1]]
    if len(span) < 2 or not last.is_alpha or not last.text[:1].isupper():
        return False
    if span[-2].lower_ in PARTICLES or _one_name_in_case(span[0], last, len(span)):
        return False
    others = any(fold(name[-1]) == fold(last.text) for name in full)
    return others and any(
        oblique_end_of(rest, name) and not any(one_name(last.text, w) for w in name)
        for name in full
    )


def _one_name_in_case(first: Token, last: Token, words: int) -> bool:
    """A first name and a surname the dictionary reads in one oblique case and gender
    ("дочь предпринимателя Александра Орлова": both a man's genitive): one man's name,
    though the first word ends another's ("Давид Александр") and the surname, as written,
    is a woman's ("Мария Орлова")."""
    if words != 2:
        return False
    readings = morph().parse(first.text)
    given = {(p.tag.case, p.tag.gender) for p in readings if "Name" in p.tag and p.is_known}
    surname = {(p.tag.case, p.tag.gender) for p in morph().parse(last.text) if "Surn" in p.tag}
    return any(case != "nomn" for case, _ in given & surname)


def oblique_end_of(words: list[str], name: tuple[str, ...]) -> bool:
    """Whether the words are the end of the name, one of them in a case other than the
    nominative ("Лопеса Обрадора" of "Андрес Мануэль Лопес Обрадор")."""
    end = name[-len(words) :]
    return (
        len(words) <= len(name)
        and all(form_of(w, n) for w, n in zip(words, end, strict=True))
        and any(fold(w) != fold(n) for w, n in zip(words, end, strict=True))
    )


def _others_surname_first(span: Span, surnames: set[str]) -> bool:
    """Whether the span opens with another person's surname in an oblique case: a word of
    four letters or more, no first name, that is a form other than the nominative of a
    surname the document writes after a first name ("Министр Вогт Ольсен" may be one man),
    before a name of its own that ends in no first name nor patronymic (a name
    written surname first, "Ольсен Ханс", "Иванова Мария Петровна", is one person)."""
    first, last = span[0], span[-1]
    return (
        len(span) >= 2
        and first.is_alpha
        and len(first) >= 4
        and first.text[:1].isupper()
        and not is_first_name(first.text)
        and not is_first_name(last.text)
        and not is_patronymic(last.text)
        and not any(form_of(last.text, s) for s in surnames if form_of(first.text, s))
        and any(form_of(first.text, s) and fold(first.text) != fold(s) for s in surnames)
    )


def split_lines(span: Span) -> list[Span]:
    """ "Касым-Жомартом Токаевым\\n\\nВ.Путин" is two people: a line break ends a name."""
    pieces, start = [], span.start
    for t in span:
        if t.text == "(":  # "Джошуа Вольфа (Joshua Wolf)": the original spelling is not the name
            break
        if t.text == "|" and t.i + 1 < span.end:
            # a wiki link's target before its label ("Хорхе|Хорхе Лопеса"): the label is the
            # name the text shows, the target no word of it
            start = t.i + 1
            continue
        if t.text in DASHES and t.i > start:
            # "Джонатана Эймса — Jonathan Ames": the original spelling after a dash is not
            # the name either; another name after a dash is another person's (names80)
            pieces.append(span.doc[start : t.i])
            if _latin_after(span, t):
                return pieces
            start = t.i + 1
            continue
        prev = span.doc[t.i - 1] if t.i > start else None
        if prev is not None and _latin_after_cyrillic(prev, t):
            pieces.append(span.doc[start : t.i])  # "певца Пака Чэ Сана Gangnam Style"
            return pieces
        if prev is not None and _after_regnal_stop(span.doc, start, t):
            pieces.append(span.doc[start : prev.i])  # "брата Бодуэна I. Альберт женат": two
            start = t.i
            continue
        # a lowercase particle goes on the name before it, though it reads as a first name or
        # a nominative noun ("Хейсам бен Тарик", "Салману бен Абдель Азизу Аль Сауду")
        if (
            prev is not None
            and t.text not in PARTICLES
            and not _nasab_inside(span, t)
            and (
                _new_name_starts(prev, t, last=t.i + 1 == span.end)
                or _nominative_after_oblique(span, start, t)
                or _second_full_name(span, start, t)
                or _family_again(span, start, t)
                or _apposed_apart(span, start, t)
                or _patron_apart(span, start, t)
                or _subject_then_object(span, start, t)
                or _after_full_russian_name(span.doc, start, t)
                or _owner_before_full_name(span, start, t)
            )
        ):
            pieces.append(span.doc[start : t.i])  # "советника Обамы Тони Донилона": two people
            start = t.i
            continue
        if t.is_space and _SPACE_RUN.search(t.text):
            if t.i > start:
                pieces.append(span.doc[start : t.i])
            start = t.i + 1
        elif t.i > span.start and "\n" in span.doc[t.i - 1].whitespace_:
            pieces.append(span.doc[start : t.i])
            start = t.i
    end = next((t.i for t in span if t.text == "(" and t.i >= start), span.end)
    if start < end:
        pieces.append(span.doc[start:end])
    return pieces


def _nasab_inside(span: Span, t: Token) -> bool:
    """A capitalised "son of" ("Бен", "Бин", "Ибн") between a first name and the word after
    it ("Ахмедом Бен Салемом") goes on the name before, as a lowercase one does, though
    "Бен" reads as a first name of its own; a Western "Бен" opening a name ("Беном
    Аффлеком") or after another's surname ("советник Обамы Бен Родс") is no nasab."""
    return (
        t.i > span.start
        and t.i + 1 < span.end
        and t.lower_ in NASAB
        and t.text[:1].isupper()
        and is_first_name(t.nbor(-1).text)
    )


# A Latin Roman numeral, a monarch's regnal number ("Эдуарда VII"): a word of the name.
_ROMAN = re.compile(r"[IVXLC]+")


def _latin_after_cyrillic(prev: Token, t: Token) -> bool:
    """A capitalised word in Latin letters right after a word of the name in Cyrillic ones,
    with no bracket or dash between: a work's or a show's title natasha ran on ("клип певца
    Пака Чэ Сана Gangnam Style"), no word of a Russian-written name nor a person of its
    own; a name's original spelling stands in brackets or after a dash. Not a regnal
    number ("Эдуарда VII")."""
    return (
        t.is_alpha
        and t.text.isascii()
        and t.text[:1].isupper()
        and prev.is_alpha
        and not prev.text.isascii()
        and _ROMAN.fullmatch(t.text) is None
    )


def _latin_after(span: Span, dash: Token) -> bool:
    """Whether the span's words after the dash are written in Latin letters."""
    words = [t.text for t in span.doc[dash.i + 1 : span.end] if t.is_alpha]
    return bool(words) and all(w.isascii() for w in words)


# A regnal number after a monarch's or a pope's name ("Карл XVI Густав", "Бодуэн I").
_REGNAL = re.compile(r"[IVX]+")


def _after_regnal_stop(doc: Doc, start: int, t: Token) -> bool:
    """A capitalised word after a regnal number and a full stop opens the next sentence
    and another name ("после кончины брата Бодуэна I. Альберт женат"): a Latin capital
    with a stop is no initial of a Russian name."""
    return (
        t.i - start >= 3
        and doc[t.i - 1].text == "."
        and bool(_REGNAL.fullmatch(doc[t.i - 2].text))
        and t.text[:1].isupper()
    )


def _after_full_russian_name(doc: Doc, start: int, t: Token) -> bool:
    """A capitalised word right after a first name, a patronymic and a surname opens
    another person's name ("командующий войсками Сергей Петрович Аванесян Пашинян назначил":
    the object, then the subject): a name with a patronymic has one surname, whose second
    part a hyphen joins."""
    if t.i - start < 3 or not t.text[:1].isupper() or t.lower_ in PARTICLES:
        return False
    first, patronymic, surname = doc[t.i - 3], doc[t.i - 2], doc[t.i - 1]
    return (
        is_first_name(first.text)
        and is_patronymic(patronymic.text)
        and surname.text[:1].isupper()
        and surname.lower_ not in PARTICLES  # "Марина Александровна Де Энден"
        and not is_patronymic(surname.text)
        and not is_patronymic(t.text)
    )


def _owner_before_full_name(span: Span, start: int, t: Token) -> bool:
    """A lone word, no first name, between a person's common noun and a first name and
    surname is another person's: the genitive owner the noun's holder serves ("слова
    адвоката Фухимори Альберто Рейеса": the lawyer is Рейес, "Фухимори" his client, an
    undeclined surname the tagger joined to his name; names71): a surname the persons tables
    know. Not a surname before a first name and patronymic ("Петров Иван Сергеевич"), an
    East-Asian name's syllables, nor a first name they lack ("директор Нейл Патрик Дэвис")."""
    doc = span.doc
    noun = doc[start - 1] if start > 0 else None
    if t.i - start != 1 or noun is None or noun.pos_ != "NOUN" or not noun.text.islower():
        return False
    if t.i + 1 >= span.end or not doc[t.i + 1].text[:1].isupper():
        return False
    owner, after = doc[start].text, doc[t.i + 1].text
    return (
        is_first_name(t.text, plural=False)
        and not is_patronymic(after)
        and not is_first_name(owner)
        and not listed_first_name(owner)
        and not _foreign_mans_name(owner)
        and owner not in load_list(SYLLABLE_SURNAMES)
        and animate_word(noun.text)
        and bool(surname_owners(owner, Gazetteer.load()))
    )


def _new_name_starts(prev, t, last: bool) -> bool:  # noqa: ANN001 - spaCy Tokens
    """A first name right after a known surname begins another person's name; not a surname
    read as a first name's plural ("Бойко Борисов" is one man), nor a surname before the
    first name that ends the name, both nominatives of one gender, nor a first name the
    dictionary knows only as a surname ("Аарона Александра": two first names)."""
    first = prev.text[:1].isupper() and is_first_name(t.text, plural=False)
    if not first or is_first_name(prev.text) or surname_first_in_full(prev, t):
        return False
    if listed_first_name(prev.text) or _foreign_mans_name(prev.text):
        return False
    if last and nominative_pair(prev, t):
        return False  # "соседка Лебедева Ирина": the name ends on her first name
    parses = morph().parse(prev.text)
    return any("Surn" in p.tag and p.is_known for p in parses)


def _foreign_mans_name(word: str) -> bool:
    """A foreign man's first name the dictionary knows only as a surname ("Карлос",
    "Франсиско"; `MENS_NAMES`), in any case: a second given name after it is his, not
    another person's ("Карлос Артур Нуньес" is one man)."""
    return any(
        p.normal_form.replace("ё", "е") in load_list(MENS_NAMES) for p in morph().parse(word)
    )


def _nominative_after_oblique(span: Span, start: int, t: Token) -> bool:
    """A first name that reads only as a nominative right after a name in an oblique case
    begins another person's name ("мать Ксении Людмила …", "брат Т.Хансена Майкл"): one
    person's words share a case. The name before opens with a first name or an initial, so
    no place is cut off as a person ("Гэмпшира Эндрю Гибсон"); not within an East-Asian
    name of three words, whose syllables the tagger reads in any case ("Ли Сянь Луна")."""
    doc = span.doc
    if not (is_first_name(doc[start].text, plural=False) or INITIAL.fullmatch(doc[start].text)):
        return False
    syllables = load_list(SYLLABLE_SURNAMES)
    if doc[start].text in syllables and t.i - start < 3 and t.text not in syllables:
        return False  # "Визит Ли Сянь Луна": an East-Asian name's third word, though a noun
    return case_break(doc[t.i - 1], t, alone=t.i + 1 == span.end) or _first_after_initialled(
        doc, start, t
    )


def _first_after_initialled(doc: Doc, start: int, t: Token) -> bool:
    """A man's first name that reads only as a nominative and ends in a consonant right
    after an initial and one surname ("брат Т.Донилона Майкл", the surname one the
    dictionary does not know, so no case shows): the initial is the owner's first name, so
    the first name after his surname is another man's, his kin's (names79)."""
    words = [w for w in doc[start : t.i] if w.text != "."]
    low = t.text.lower()
    return (
        len(words) == 2
        and INITIAL.fullmatch(words[0].text) is not None
        and words[1].text[:1].isupper()
        and not is_first_name(words[1].text)
        and first_name_gender(t.text) == "masc"
        and sole_case(t.text) == {"nomn"}
        and low[-1:] not in VOWELS
        and low[-1:] not in ("ь", "й")
    )


def case_break(before: Token, name: Token, alone: bool) -> bool:
    """A word in an oblique case before a first name that reads only as a nominative: no
    word of that name. A first name alone after a first name is her surname that does not
    decline ("убийство Людмилы Касьян"); not a woman's after a man's ("С Ираклием Марина
    познакомилась"): no woman bears a man's first name. An Arabic compound name's first
    word, which never declines, tells no case, nor does a first name that never declines,
    whose case the tagger copies from a place before it ("В Аккре Воле Нана Аддо")."""
    if alone and is_first_name(before.text):
        return _man_then_woman(before, name)
    if name.text in UNDECLINED_OPENERS:
        return False  # "Юсефа Абдель Рахмана": "Абдель" declines in no case
    return (
        case_of(before) not in ("", "Nom")
        and not _undeclined_in(before.text, case_of(before))
        and not undeclined_first_name(before.text)
        and sole_case(name.text) == {"nomn"}
        and "nomn" not in sole_case(before.text)
    )


# The vowels a declined word's form in each case may end in ("Самией": the instrumental
# ends in a consonant but for "-ою", "-ею", "-ью")
_CASE_END_VOWELS = {"Gen": "аяыи", "Dat": "уюеи", "Acc": "аяую", "Loc": "еи", "Ins": "ю"}


def _undeclined_in(word: str, case: str) -> bool:
    """A word ending in a vowel no form of `case` ends in ("Самией Сулуху Хассан": "Сулуху"
    is no instrumental): a foreign name that does not decline, whose case the tagger copied
    from the words around it, so it tells no case break."""
    low = word.lower()
    return low[-1:] in VOWELS and low[-1:] not in _CASE_END_VOWELS.get(case, low[-1:])


def _man_then_woman(before: Token, name: Token) -> bool:
    """A man's first name in an oblique case, then a woman's that cannot be in that case:
    two persons' names ("Ираклием Марина"), or a man's that reads only as a nominative in a
    consonant (`_his_nominative_consonant`); not "Ираклия Марина", which may be the
    genitive of "Ираклий Марин", nor a first name the dictionary reads as a man's in
    another case than the tagger's only ("позвонил президенту … Халиме Якоб": Халим's
    "-е" is the locative's, so it is Халима's dative, her undeclined surname after it)."""
    case = UD_CASE.get(case_of(before), "nomn")
    return (
        case != "nomn"
        and first_name_gender(before.text) == "masc"
        and _his_name_in(before.text, case)
        and (woman_named(name.text) or _his_nominative_consonant(before, name))
        and case not in sole_case(name.text)
        and not _his_surname_in_a(name, case)
        and not _his_undeclined_surname(before, name)
    )


def _his_undeclined_surname(before: Token, name: Token) -> bool:
    """A word in "-и", "-у", "-е" or "-о" the dictionary reads as a woman's name in an
    oblique case only, after a man's first name in an oblique case ("посла Саида Муси",
    "с послом Саидом Муси": "Муси" as Муся's genitive): two persons' names side by side
    are a nominative's after an oblique's ("С Ираклием Марина познакомилась"), so it is
    his foreign surname, which does not decline, whatever case the tagger gave it."""
    return name.lower_[-1:] in ("и", "у", "е", "о") and "nomn" not in sole_case(name.text)


def _his_name_in(word: str, case: str) -> bool:
    """The dictionary reads `word` as a man's first name in `case` (a pymorphy case)."""
    return any(
        "Name" in p.tag and p.tag.gender == "masc" and case in p.tag for p in morph().parse(word)
    )


def _his_surname_in_a(name: Token, case: str) -> bool:
    """A word in "-а" after a consonant, in the genitive or accusative of a man's first name,
    is his surname in that case as the text writes it ("в фильме Фатиха Акина": "Акин"),
    though the dictionary knows the word only as a woman's name ("Акина"): a man's
    consonant surname takes "-а" there, as his first name does (names80)."""
    low = name.text.lower()
    return (
        case in ("gent", "accs")
        and low.endswith("а")
        and len(low) >= 4
        and low[-2] not in VOWELS
        and low[-2] not in ("ь", "й", "ъ")
    )


def _his_nominative_consonant(before: Token, name: Token) -> bool:
    """A man's first name that reads only as a nominative and ends in a consonant after a
    man's name read only in an oblique case ("брат Гонсалеса Майкл"): as his surname it
    would decline with him ("Гонсалеса Майкла"), so it is another man's first name."""
    low = name.text.lower()
    return (
        first_name_gender(name.text) == "masc"
        and sole_case(name.text) == {"nomn"}
        and low[-1:].isalpha()
        and low[-1:] not in VOWELS
        and low[-1:] not in ("ь", "й")
        and bool(sole_case(before.text))
        and "nomn" not in sole_case(before.text)
    )


def surname_first_in_full(surname: Token, first: Token) -> bool:
    """A surname, a first name and a patronymic in one case and gender ("встретил Орлова
    Игоря Анатольевича", "Ковальчук Марине Сергеевне"): one person written surname first,
    as a list or a decree writes it; "сын Петрова Иван Сергеевич" is two."""
    doc = first.doc
    if first.i + 1 >= len(doc) or not is_patronymic(doc[first.i + 1].text):
        return False
    words = (surname.text, first.text, doc[first.i + 1].text)
    return bool(set.intersection(*(name_forms(w) for w in words)))


def _second_full_name(span: Span, start: int, t) -> bool:  # noqa: ANN001 - a spaCy Token
    """Two full names glued into one span ("Ольянта Умала Мишель Бачелет", a headline's list
    of names): a first name, no particle, with a capitalised word after it, after two or more
    words of which the last is no first name nor particle ("Мохаммед бин Салман Аль Сауд",
    "Халид бен Хамад Аль Кувари" are one) nor the second of a compound given name ("Абду
    Раззак Салим Наджи" is one) nor a surname written before the first name and patronymic
    it agrees with (h-names106); both of four letters or more."""
    doc = span.doc
    prev = doc[t.i - 1]
    return (
        t.i - start >= 2
        and span.end - t.i >= 2
        and doc[t.i + 1].text[:1].isupper()
        and prev.text[:1].isupper()
        and min(len(prev), len(t)) >= 4  # East Asian syllables: "Пака Чон Ира Ли Мён Сана"
        and prev.lower_ not in PARTICLES
        and t.lower_ not in PARTICLES
        and is_first_name(t.text)
        and not is_first_name(prev.text)
        # "Абду Раззак Салим Наджи": an Arabic compound given name, no full name, before it
        and not (t.i - start == 2 and doc[start].text in COMPOUND_OPENERS)
        # "Отрешить Соколова Александра Викторовича": a decree's verb natasha glued before a
        # name written surname first, whose first name and patronymic agree with the surname
        and not surname_first_in_full(prev, t)
    )


def _apposed_apart(span: Span, start: int, t: Token) -> bool:
    """Two full names side by side, the first hung on a title in an oblique case, the
    second on another word outside them ("Адвокат бывшего президента Колумбии Альваро Урибе
    Хайме Гранадос": the patron's genitive name, then the lawyer's): two persons, however
    their words decline. Each part two words or more, each the subtree of its first word."""
    doc = span.doc
    first = doc[start]
    if t.i - start < 2 or span.end - t.i < 2 or not t.text[:1].isupper():
        return False
    if t.lower_ in PARTICLES or doc[t.i - 1].lower_ in PARTICLES:
        return False
    title, head = first.head, t.head
    inside = range(span.start, span.end)
    if title.i in inside or head.i in inside or head.i == title.i:
        return False
    if title.pos_ != "NOUN" or case_of(title) in ("", "Nom") or first.dep_ != "appos":
        return False
    return (first.left_edge.i, first.right_edge.i, t.left_edge.i, t.right_edge.i) == (
        start,
        t.i - 1,
        t.i,
        span.end - 1,
    )


def _patron_apart(span: Span, start: int, t: Token) -> bool:
    """A one-word name, then a full name, in one span ("Адвокат певицы Шакиры Пау Молинс
    заявил"): the patron, then the lawyer, two persons (`patron_before`)."""
    return t.i - start == 1 and patron_before(span.doc[start], span.doc[t.i : span.end])


def patron_before(patron: Token, name: Span) -> bool:
    """A one-word name declined in the genitive, hung on a title in an oblique case, right
    before a name of two words or more that reads as its own nominative ("певицы Шакиры Пау
    Молинс", "певицы Шакиры Эмилио Эстефан"): another person's name, the patron's. One man's
    long genitive name declines its later words too ("Андреса Мануэля Лопеса Обрадора"), or
    goes on with an Arabic compound's first word, which never does ("Бадра Абдель Ати"); a
    first name's undeclined surname ("Клаудии Шейнбаум Пардо") the tagger reads in her case.
    A woman's first name after a woman's title, though it does not decline, is the patron's
    before a man's first name ("певицы Адели Джонатан Дикинс")."""
    title = _patrons_title(patron)
    if len(name) < 2 or not patron.text[:1].isupper() or patron.dep_ != "appos":
        return False
    if title.i == patron.i or title.i in range(name.start, name.end):
        return False
    if title.pos_ != "NOUN" or case_of(title) in ("", "Nom"):
        return False
    if any(w.lower_ in PARTICLES or not w.text[:1].isupper() for w in name):
        return False
    if _undeclined_middle(patron, name[0], title):
        return False  # "визит президента Танзании Самии Сулуху Хасан": one woman's name
    if any(len(w) < 3 for w in name) and not _hers_then_his(patron, name[0], title):
        return False  # "певца Пака Чэ Сана": an East Asian name's syllables, one man
    if is_first_name(patron.text) and case_of(name[0]) != "Nom":
        return False  # "Кристины Киршнер Карлос Беральди": her undeclined surname
    patrons = ("Fem" in title.morph.get("Gender"),)  # "футболиста Неймара": no woman's name
    if name[0].text in UNDECLINED_OPENERS and not patrons[0]:
        return False  # "министра Египта Бадра Абдель Ати": a man's second name, undeclined
    if patrons[0] and woman_named(patron.text) and man_named(name[0].text):
        # "певицы Адели Джонатан Дикинс": her undeclined name, then a man's in the
        # nominative, which a genitive of hers would decline; not one that never declines
        # and may be her middle name ("певицы Мэри Джей Блайдж")
        return not caseless(name[0].text)
    # the name's last word reads as a man's own nominative: "Хоанга Суан Чиена" is one man's
    # genitive name with an undeclined middle word ("Чиена" is no nominative of his)
    return (
        not _reads_nominative(patron.text, patrons)
        and all(_reads_nominative(w.text) for w in name[:-1])
        and _reads_nominative(name[-1].text, (False,))
    )


def _undeclined_middle(patron: Token, middle: Token, title: Token) -> bool:
    """A first name read as a genitive singular, then a word that is no first name the
    dictionary knows and declines in no case ("Самии Сулуху Хасан", "Джакайи Мрисо
    Киквете"; a woman's in a consonant: "Наджлы Буден Ромдан"), after a title no person's
    noun governs ("визит президента Танзании …"): an African or Arabic middle name that
    stays as written in every case, so one person's three-part name, not a patron's name
    before another's; no one stands over the title whose patron the first name could be
    ("Адвокат певицы Шакиры Пау Молинс": two)."""
    over = title.head
    return (
        not (over.i != title.i and over.pos_ == "NOUN" and is_animate(over))
        and reads_genitive(patron.text, first=True)
        and not is_first_name(middle.text)
        # "Наджлы Буден Ромдан": a woman's word in a consonant declines in no case either
        and (caseless(middle.text) or (_her_genitive(patron) and consonant_end(middle.text)))
    )


def _her_genitive(first: Token) -> bool:
    """A first name read as a woman's genitive singular, never as a man's ("Наджлы")."""
    return reads_genitive(first.text, man=False, first=True) and not man_named(first.text)


def _hers_then_his(patron: Token, first: Token, title: Token) -> bool:
    """A woman's first name after a woman's title, its ending showing her genitive
    ("певицы Агнешки"), then a man's first name the dictionary knows, however short ("Ян"):
    two persons' names, not one's syllables ("певца Пака Чэ Сана")."""
    return (
        "Fem" in title.morph.get("Gender")
        and woman_named(patron.text)
        and not _reads_nominative(patron.text, (True,))
        and man_named(first.text)
        and is_first_name(first.text, plural=False)
    )


def _subject_then_object(span: Span, start: int, t: Token) -> bool:
    """Two surnames after a reporting verb that follows a quote's dash ("— поблагодарил
    Науседа Дуду", "— спросил Макрон Шольца"): the verb's subject, which must come right
    after it, then its object, two persons. Neither is a first name, an initial, a
    particle or an East-Asian syllable; the second shows an oblique case the first, ending
    otherwise, is not in ("Махамаду Иссуфу" is one man), or both are the surnames of two
    gazetteer persons ("— сообщил Сунак Мелони"). So too for a gazetteer person's first name
    and surname, then another's surname (`_named_then_surname`), and for a gazetteer person's
    surname, then another's first name and surname (`_surname_then_named`)."""
    doc = span.doc
    if not after_quoted_verb(doc[start]) or span.end - t.i not in (1, 2):
        return False
    if span.end - t.i == 2:
        return t.i - start == 1 and _surname_then_named(doc[start], doc[t.i : span.end])
    if t.i - start == 2:
        return _named_then_surname(doc[start : t.i], t)
    if t.i - start != 1:
        return False
    first, second = doc[start], t
    syllables = load_list(SYLLABLE_SURNAMES)
    for w in (first, second):
        if not (w.is_alpha and w.text[:1].isupper() and len(w) >= 3):
            return False
        if is_first_name(w.text, plural=False) or w.lower_ in PARTICLES or w.text in syllables:
            return False
    gaz = Gazetteer.load()
    firsts = {p.key for p in gaz.persons_by_surname(first.text)}
    if firsts and surname_owners(second.text, gaz) - firsts:
        return True  # "Сунак Мелони": two gazetteer persons' surnames
    if surname_owners(second.text, gaz, oblique=True) - firsts:
        return True  # "Фицо Орбана": a gazetteer person's surname in an oblique case
    if first.lower_[-1] == second.lower_[-1]:
        return False
    return _oblique_surname(second.text, after_consonant=first.lower_[-1] not in VOWELS)


def _named_then_surname(subject: Span, second: Token) -> bool:
    """A gazetteer person's first name and surname, then the surname of another, as written
    or in an oblique case ("— ответил Нарендра Моди Шольцу", "— поблагодарил Олаф Шольц
    Моди"): the reporting verb's subject, then its object, two persons."""
    gaz = Gazetteer.load()
    first, last = subject[0].text, subject[-1].text
    owners = {p.key for p in gaz.persons_by_surname(last) if p.first == first}
    return bool(owners) and bool(surname_owners(second.text, gaz) - owners)


def _surname_then_named(subject: Token, name: Span) -> bool:
    """A gazetteer person's surname, then another's first name and surname, as written or
    in an oblique case ("— поблагодарил Моди Олафа Шольца", "— заверил Макрон Нарендру
    Моди"): the reporting verb's subject, then its object, two persons."""
    gaz = Gazetteer.load()
    firsts = {p.key for p in gaz.persons_by_surname(subject.text)}
    first = name[0].text
    owners = {
        key
        for key in surname_owners(name[1].text, gaz)
        if (p := gaz.person(key)) is not None and form_of(first, p.first)
    }
    return bool(firsts) and bool(owners - firsts)


def surname_owners(word: str, gaz: Gazetteer, oblique: bool = False) -> set[str]:
    """The gazetteer persons whose surname `word` is, as written or in an oblique case
    ("Мелони", "Орбана", "Сунаку", "Милею"); `oblique`: only in an oblique case."""
    low = word.lower()
    stems = [] if oblique else [word]
    if low[-1:] in ("а", "я", "у", "ю"):
        stems.append(word[:-1])
    if low[-1:] in ("у", "ю"):
        stems.append(word[:-1] + ("а" if low[-1] == "у" else "я"))
    if low[-1:] in ("я", "ю") and low[-2:-1] in VOWELS:
        stems.append(word[:-1] + "й")  # "Милея", "Милею" of "Милей"
    return {p.key for stem in stems for p in gaz.persons_by_surname(stem)}


# A surname's adjective endings in an oblique case, which no nominative ends in
# ("Зеленского", "Ковальскому", "Ковальскую").
_ADJECTIVE_OBLIQUE = re.compile(r"(?:[ое]го|[ое]му|[ыи]м|ую)$", re.I)


def _oblique_surname(word: str, after_consonant: bool) -> bool:
    """A surname in an oblique case: by an adjective's ending ("Зеленского"), or a noun's
    dative or accusative in "-у"/"-ю" ("Дуду", "Макрону") or, after a word ending in a
    consonant that would decline too, its genitive in "-а" ("Шольца", "Алиева"), whose
    nominative is Russian or the dictionary knows the word in that case; not an unknown
    word that may not decline ("Тинубу", "Мнангагва")."""
    if _ADJECTIVE_OBLIQUE.search(word):
        return True
    low = word.lower()
    if low[-1:] in ("у", "ю"):  # "Дуду" of "Дуда", "Макрону" of "Макрон"
        stems = {(word[:-1] + ("а" if low[-1] == "у" else "я"), "accs"), (word[:-1], "datv")}
    elif after_consonant and low[-1:] in ("а", "я"):  # "Алиева" of "Алиев"
        stems = {(word[:-1], "gent")}
    else:
        return False
    known = [p for p in morph().parse(word) if p.is_known]
    return any(
        russian_surname_end(stem, woman=False) or any(grammeme in p.tag for p in known)
        for stem, grammeme in stems
    )


def _patrons_title(patron: Token) -> Token:
    """The title a patron's name stands beside: the noun the parse hangs it on, or the
    animate noun right before it that the parse hangs with it on one head ("Агент певицы
    Нелли Джон Браун": "Нелли" hung on "Агент", beside "певицы")."""
    before = patron.doc[patron.i - 1] if patron.i else patron
    if before.head.i == patron.head.i != before.i and before.pos_ == "NOUN" and is_animate(before):
        return before
    return patron.head


def _reads_nominative(word: str, genders: tuple[bool, ...] = (False, True)) -> bool:
    """Whether a name word read in the genitive, as a first name or a surname of one of the
    genders (feminine or not), is its own nominative: undeclined ("Пау", "Молинс") or not
    in that case."""
    return any(
        all(nominative_word(word, "Gen", feminine, tag) == word for tag in ("Name", "Surn"))
        for feminine in genders
    )


def _family_again(span: Span, start: int, t) -> bool:  # noqa: ANN001 - a spaCy Token
    """The first word of a name again, two or more words on, begins another person's name
    (East Asian names open with the family name: "Ким Ир Сена Ким Чен Ир", "Ли Мён Бака Ли
    Сын Мана"); not after a particle ("Мухаммад ибн Мухаммад …" is one man) nor after first
    names alone ("Ахмад Салим Ахмад Хаддад", a grandfather's name again)."""
    doc = span.doc
    return (
        t.i - start >= 2
        and span.end - t.i >= 2
        and t.text == doc[start].text
        and t.text[:1].isupper()
        and len(t.text) >= 2  # not an initial: "В.В.Путин"
        and t.text.isalpha()
        and doc[t.i - 1].text.isalpha()
        and doc[t.i - 1].lower_ not in PARTICLES
        # an Arabic chain of given names names a son after his grandfather ("Мухаммад Ахмад
        # Мухаммад Джабарин" is one man): every word before it a first name (names89)
        and not all(is_first_name(w.text) for w in doc[start : t.i])
    )
