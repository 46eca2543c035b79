"""A document's name readings before linking: the longest form of each name (extended names,
dynasty forms, the one named in full, the one of initials), surnames read as patronymics,
compounds as written, surnames written alone or undeclined elsewhere, lists read apart.

Split out of person_links.py (forty-third pass, h-split45): planning which names are read how."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kg.gazetteer import Gazetteer, PersonEntry
from kg.model import Document
from kg.nlp.morph import may_be_animate, morph
from kg.resolve.gender import woman_named
from kg.resolve.name_forms import VOWELS, fold, form_of, one_name
from kg.resolve.name_lexicons import (
    PARTICLES,
    POSSESSIVE_END,
    is_first_name,
    listed_first_name,
    russian_surname_end,
)
from kg.resolve.name_spellings import (
    own_and_fathers,
    undeclined_opener,
)
from kg.resolve.names import NameParts
from kg.resolve.office_holders import gazetteer_person
from kg.resolve.other_names import other_name_gap
from kg.resolve.person_matches import (
    gender_of,
    his_surname,
    other_sex,
    spelled_otherwise,
    surname_form,
)
from kg.resolve.persons import PersonMention
from kg.resolve.surname_declension import declined_surname, without_generation
from kg.resolve.womens_names import womans_surname

if TYPE_CHECKING:
    from kg.resolve.document import NameReading


@dataclass(frozen=True)
class PersonPlan:
    """What linking a document's persons reads from the document alone, whatever the
    registry: kept on its `NameReading` (`person_plan`)."""

    # Gazetteer entries that this text names with a surname and a first name or initials
    # anywhere (a headline often gives the surname first): only those without terms may take
    # a surname alone, and they pick one of the namesakes a first name and patronymic fit.
    in_full: frozenset[str]
    persons: list[PersonMention]  # in the order of the text
    # each one's name as written or extended to a longer name of the text, and then as the
    # one the text names in full (`_the_one_named_in_full`)
    parts: list[tuple[NameParts, NameParts]]
    # each one's gazetteer entry by its place in `persons` ("": none), once a linking asked
    known: dict[int, str] = field(default_factory=dict)

    def entry(
        self, i: int, gaz: Gazetteer, find: Callable[[], PersonEntry | None]
    ) -> PersonEntry | None:
        """The gazetteer entry of the `i`th person, `find` the first time (a pure function
        of the document: its name, its title, the names the text gives in full)."""
        if i not in self.known:
            found = find()
            self.known[i] = found.key if found is not None else ""
        return gaz.person(self.known[i]) if self.known[i] else None


def person_plan(reading: NameReading, document: Document, gaz: Gazetteer) -> PersonPlan:
    """The plan of `reading`'s persons, made at its first linking: a build links a document
    twice (against the corpus, and alone for what it says of each entity), and a worker's
    plan travels with the reading to the parent, which then does not make it again."""
    if reading.person_plan is None:
        offices = {i: g.office for i, g in reading.given.items()}
        reading.person_plan = _plan(reading.persons, document, gaz, offices)
    return reading.person_plan


def _plan(
    mentions: list[PersonMention], document: Document, gaz: Gazetteer, offices: dict[int, str]
) -> PersonPlan:
    """`offices`: the office a title gives each name, by the name's first token."""
    date = document.date
    mentions = _compounds_as_written(_surnames_read_as_patronymics(mentions))
    mentions = _surnames_written_alone(mentions, date, gaz)
    mentions = _surnames_undeclined_elsewhere(mentions, document.text)
    mentions = _surnames_declined_elsewhere(mentions)
    mentions = _his_surname_declined(mentions, document.text)
    mentions = _her_first_name_declined(mentions)
    names = [m.parts for m in mentions]
    in_full = frozenset(
        known.key
        for p in names
        if (p.first or p.initials) and p.last
        for known in [gazetteer_person(p, date, gaz, None)]
        if known is not None
    )
    longer = _extended_names(names) | _dynasty_forms(names, date, gaz) | _spanish_full(names)
    full = _full_names(names)
    generations = frozenset(fold(p.last) for p in names if without_generation(p.last) != p.last)
    for m in mentions:  # a sex the dictionary leaves open, the text may tell ("Серена … выиграла")
        told = "femn" if m.woman else m.verb_gender
        if told and full.get(m.parts) == "":
            full[m.parts] = told
    persons = sorted(mentions, key=lambda m: m.start)
    parts = []
    for i, m in enumerate(persons):
        alone = longer.get(m.parts, m.parts)
        if alone != m.parts and _listed_apart(m, alone, persons, document.text, offices):
            alone = m.parts
        gender = "femn" if m.woman else m.verb_gender
        one = _the_one_named_in_full(alone, gender, full, gaz, generations)
        if _own_other_name(persons, i, document.text) in (alone, one):
            alone = one = m.parts  # "Таркан, урождённый Таркан Теветоглу": the label stays
        parts.append((alone, one))
    return PersonPlan(in_full, persons, parts)


def _own_other_name(persons: list[PersonMention], i: int, text: str) -> NameParts | None:
    """The name right after the `i`th that is its other name (`other_name_gap`: a birth
    name, a maiden name, a pseudonym), or None: no longer form of it, for the name the text
    uses is the person's label (names92)."""
    if i + 1 >= len(persons):
        return None
    m, after = persons[i], persons[i + 1]
    gap = text[m.end : after.start].strip()
    return after.parts if other_name_gap(gap, text[after.end : after.end + 3], m.parts) else None


def _listed_apart(
    m: PersonMention,
    full: NameParts,
    persons: list[PersonMention],
    text: str,
    offices: dict[int, str],
) -> bool:
    """A lone first name under a title of its own, and the name in full it would extend to
    listed later in the same sentence under another title ("епископ Марко, … иеромонах Марко
    Антонио Рейес"): two persons of one list; a writer names no one twice in a list. Not a
    name the comma's apposition names again in full ("Принц Фейсал, министр иностранных дел
    Фейсал бен Фархан"): one man, with no other member or "и" between the two."""
    mine = offices.get(m.tokens[0])
    return mine is not None and any(
        o.parts == full
        and o.start > m.end
        and not re.search(r"[.!?]\s|\n", text[m.end : o.start])
        and offices.get(o.tokens[0], mine) != mine
        and _list_between(m, o, persons, text)
        for o in persons
    )


def _list_between(
    m: PersonMention, o: PersonMention, persons: list[PersonMention], text: str
) -> bool:
    """Another person or an "и" between the two mentions: they are members of a list, not a
    name and its apposition."""
    return any(m.end <= p.start and p.end <= o.start for p in persons) or bool(
        re.search(r"\bи\b", text[m.end : o.start])
    )


def _surnames_read_as_patronymics(mentions: list[PersonMention]) -> list[PersonMention]:
    """A first name and a word in "-ич" read as his patronymic, which the text also writes
    alone as a name ("Позиция Кнежевича не изменилась. Милан Кнежевич заявил"): no
    patronymic stands alone, so the word is his surname, as Balkan ones end. Not where the
    text never writes it alone ("Касым-Жомарт Кемелевич" is a patronymic)."""
    alone = {
        fold(m.parts.last)
        for m in mentions
        if m.parts.last and not (m.parts.first or m.parts.patronymic or m.parts.initials)
    }

    def reread(m: PersonMention) -> PersonMention:
        p = m.parts
        if not (p.first and p.patronymic and not p.last and fold(p.patronymic) in alone):
            return m
        return replace(m, parts=replace(p, last=p.patronymic, patronymic=""))

    return [reread(m) for m in mentions]


def _compounds_as_written(mentions: list[PersonMention]) -> list[PersonMention]:
    """An Arabic compound name read from an oblique case ("Бадром Абдель Атой" → "Бадр
    Абдель Ата") takes the last word of the one the text also writes in the nominative
    ("Бадр Абдель Аты", "Б.Абдель Аты"): "Аты" may be "Ата"'s genitive or his own word
    that never declines, which only the nominative tells; one man, one name."""

    def opener(p: NameParts) -> str:
        return undeclined_opener(p.first.split())

    def as_written(p: NameParts) -> bool:
        return fold(" ".join(p.words)) == fold(p.full)

    written = [m.parts for m in mentions if opener(m.parts) and as_written(m.parts)]

    def same_man(oblique: NameParts, nominative: NameParts) -> bool:
        given, own = oblique.first.split()[0], nominative.first.split()[0]
        # his first name, its initial ("Б.Абдель Аты") or none before the opener
        initials = own == opener(nominative) and all(
            i[:1] == given[:1] for i in nominative.initials
        )
        return (
            opener(oblique) == opener(nominative)
            and one_name(oblique.last, nominative.last)
            and (initials or fold(own) == fold(given))
        )

    def reread(m: PersonMention) -> PersonMention:
        p = m.parts
        if not opener(p) or as_written(p):
            return m
        lasts = {n.last for n in written if same_man(p, n)}
        return replace(m, parts=replace(p, last=lasts.pop())) if len(lasts) == 1 else m

    return [reread(m) for m in mentions]


def _surnames_written_alone(
    mentions: list[PersonMention], date: str, gaz: Gazetteer
) -> list[PersonMention]:
    """A man's full name whose surname the reader kept in the genitive or accusative
    ("принял министра … Аргентины Херардо Вертейна": "Херардо" never declines, and a
    genitive's "-а" may end a nominative, "Ортега") takes the surname the text also writes
    alone, as written, with no ending ("Позднее Вертейн сказал"; not a "Рам" the reader
    made of "Рама"): one man, one name. Not a woman's name
    ("Анна Петрова" beside a "Петров"), nor a surname that may be a woman's nominative, nor
    a name the gazetteer knows as written ("Даниэль Ортега")."""
    alone = {
        fold(m.parts.last): m.parts.last
        for m in mentions
        if " " not in m.parts.last
        and not (m.parts.first or m.parts.patronymic or m.parts.initials)
        and fold(m.parts.written_last("")) == fold(m.parts.last)  # as written: "Рама" no "Рам"
    }

    def reread(m: PersonMention) -> PersonMention:
        p = m.parts
        if not p.first or " " in p.last:
            return m
        # the surname alone first: a lookup, where the readings below parse and search
        last = fold(p.last)
        base = alone.get(last[:-1]) if last.endswith("а") else None
        if base is None and last.endswith("я"):
            base = alone.get(last[:-1] + "й") or alone.get(last[:-1] + "ь")
        if base is None or base[-1:].lower() in VOWELS:
            return m
        if m.woman or womans_surname(p.last):
            return m
        if gender_of(p.full) == "femn" or gazetteer_person(p, date, gaz, None) is not None:
            return m
        return replace(m, parts=replace(p, last=base))

    return [reread(m) for m in mentions]


# Words before a name that govern its genitive, whatever the name's ending: a surname so
# written as its nominative is ("по словам Хельме") never declines.
_GENITIVE_BEFORE = re.compile(r"(?:^|\s)(?:по словам|по мнению)\s+$", re.I)


def _surnames_undeclined_elsewhere(mentions: list[PersonMention], text: str) -> list[PersonMention]:
    """A full name whose one-word surname the reader took for an oblique case and gave
    another ending ("позвонил Мартину Хельме" → "Хельма", "принял Луиша Монтенегру" →
    "Монтенегра") keeps the surname as written where the text also writes that very form as
    its clause's subject and reads it so ("Хельме заявил", "Монтенегру сказал"), or alone
    after "по словам" ("по словам Хельме": a "Хельма"'s genitive is "Хельмы"): a surname
    the nominative or the genitive writes as the other case does never declines. Not a form
    the text writes only in that case ("Вареле" beside "Варела заявил"), nor a Russian
    surname, whose case the reader reads by its ending."""

    def told(m: PersonMention) -> bool:
        before = text[max(0, m.start - 30) : m.start]
        return (
            m.subject
            or (not m.parts.first and bool(_GENITIVE_BEFORE.search(before)))
            or _first_shows_no_e_case(m.parts)
        )

    nominative = {
        fold(m.parts.last)
        for m in mentions
        if told(m)
        and m.parts.last
        and " " not in m.parts.last
        and fold(m.parts.written_last("")) == fold(m.parts.last)
    }

    def reread(m: PersonMention) -> PersonMention:
        p = m.parts
        written = p.written_last("")
        if not p.first or not p.last or " " in p.last or len(p.words) < 2:
            return m
        if fold(written) == fold(p.last) or fold(written) not in nominative:
            return m
        if russian_surname_end(fold(written)):
            return m  # "группы Александра Панфилова … Панфилова уточнила": a Russian one declines
        return replace(m, parts=replace(p, last=written))

    return [reread(m) for m in mentions]


_OBLIQUE_CASES = ("Gen", "Dat", "Acc", "Ins", "Loc")


def _surnames_declined_elsewhere(mentions: list[PersonMention]) -> list[PersonMention]:
    """A full name whose one-word surname the reader kept as written after a first name
    that never declines ("позвонил Марселу Соузе", "принял Марселу Соузу", "позвонил Кваку
    Агьеману": a foreign surname's own vowel and a case's look alike there) is the person
    the text names with the same first name and the surname that form is an oblique case of
    ("Марселу Соуза", "Кваку Агьеман"): that surname, one person, in whichever order the
    text names them (the parse may make the oblique one a subject). Not under another first
    name ("Жоау Соуза" is another man), nor where two surnames fit. A man's surname in "-а"
    the text also gives alone ("о Викторе Понте … встретился с Понтой": "Понта") fits too,
    in the forms a noun in "-а" takes ("Понте", "Понту"); not a woman's (sixty-third pass,
    h-names142)."""
    named: dict[str, set[str]] = {}
    for m in mentions:
        p = m.parts
        if p.first and p.last and " " not in p.last:
            named.setdefault(fold(p.first), set()).add(p.last)
    alone = {m.parts.last for m in mentions if _his_alone_in_a(m)}

    def reread(m: PersonMention) -> PersonMention:
        p = m.parts
        written = p.written_last("")
        if not p.first or not p.last or " " in p.last or fold(written) != fold(p.last):
            return m
        if written[-1:].lower() not in VOWELS:
            return m
        cases = {
            declined_surname(written, c, fem) for c in _OBLIQUE_CASES for fem in (False, True)
        } - {written}
        fits = {last for last in named.get(fold(p.first), set()) | alone if last in cases}
        return replace(m, parts=replace(p, last=fits.pop())) if len(fits) == 1 else m

    return [reread(m) for m in mentions]


def _his_alone_in_a(m: PersonMention) -> bool:
    """A one-word surname in "-а"/"-я" written alone ("встретился с Понтой"), of no woman the
    text tells: a man's surname declined as a noun in "-а", whose forms a full name the
    reader kept as written may show."""
    p = m.parts
    return (
        bool(p.last)
        and " " not in p.last
        and not (p.first or p.patronymic or p.initials)
        and fold(p.last).endswith(("а", "я"))
        and not m.woman
        and m.verb_gender != "femn"
    )


def _his_surname_declined(mentions: list[PersonMention], text: str) -> list[PersonMention]:
    """A surname alone that is the oblique case of the surname of the one man the text
    names with a first name or initials ("Шафри Шамсуддин … Шамсуддина принял": the reader
    takes an unknown "-ина", "-ова" for a woman's nominative, and "Шамсуддина" would be his
    kin, `other_sex`) is his surname: one man. Not where the text tells a woman of that
    name ("Шамсуддина заявила", "Анна Карина") or names anyone in full by the "-а" form
    ("Нурул Салимовой", whose sex the dictionary may not know), nor of a surname two men
    bear (brothers), nor a name right after a person's noun, to which it may be apposed, the
    verb telling her sex on the noun ("Министр юстиции Гончарова прибыла":
    `_after_person_noun`)."""

    def woman(m: PersonMention) -> bool:
        p = m.parts
        return m.woman or m.verb_gender == "femn" or bool(p.first and woman_named(p.first))

    def named_in_a(m: PersonMention) -> bool:  # "Нурул Салимовой": the "-а" is someone's
        return bool(m.parts.first or m.parts.initials) and fold(m.parts.last).endswith("а")

    hers = {fold(m.parts.last) for m in mentions if woman(m) or named_in_a(m)}

    def man(m: PersonMention) -> bool:  # named in full, a surname in a consonant
        p, end = m.parts, fold(m.parts.last)[-1:]
        named = bool(p.first or p.initials) and end.isalpha() and end not in _NO_CASE_ENDS
        return named and not woman(m) and gender_of(p.full) != "femn"

    men: dict[str, set[str]] = {}  # his folded surname → the first names or initials
    for m in mentions:
        if man(m):
            p = m.parts
            men.setdefault(fold(p.last), set()).add(fold(p.first) or p.initials[0])

    def reread(m: PersonMention) -> PersonMention:
        p = m.parts
        if p.first or p.patronymic or p.initials or " " in p.last or woman(m):
            return m
        written = fold(p.written_last(""))
        if written != fold(p.last):
            return m
        stem = next(
            (
                stem
                for end in _HIS_ENDS
                if (stem := written.removesuffix(end)) != written
                and len(men.get(stem, ())) == 1
                and (end != "ым" or stem.endswith(POSSESSIVE_END))
            ),
            "",
        )
        if not stem or {stem, stem + "а"} & hers:
            return m
        if _after_person_noun(text[max(0, m.start - 60) : m.start]):
            return m
        if _her_verb_after(text[m.end : m.end + 80]):
            return m
        return replace(m, parts=replace(p, last=p.last[: len(stem)]))

    return [reread(m) for m in mentions]


def _after_person_noun(before: str) -> bool:
    """A person's noun before a name, in its sentence and its clause (no verb between),
    within five words ("Министр юстиции Кении", "посол"): the name may be apposed to it."""
    for word in reversed(_WORD.findall(re.split(r"[.!?;:«»\"()—–]", before)[-1])[-5:]):
        if morph().parse(word)[0].tag.POS in _VERBS:
            return False
        if may_be_animate(word):
            return True
    return False


def _her_verb_after(after: str) -> bool:
    """Whether the first past-tense verb after a name in its clause is feminine: the parse
    may hang the name as a genitive on a noun before it ("До назначения в министерство
    Давтова два года работала послом"), so no verb tells her sex on the name; the text does."""
    for word in _WORD.findall(re.split(r"[.!?;:,«»\"()—–]", after)[0]):
        tag = morph().parse(word)[0].tag
        if tag.POS == "VERB" and tag.tense == "past":
            return tag.gender == "femn"
    return False


_VERBS = frozenset(["VERB", "INFN", "PRTS", "GRND"])
_WORD = re.compile(r"\w+(?:-\w+)*")


# The oblique endings of a man's surname in a consonant ("Шамсуддина", "Шамсуддину",
# "Шамсуддиным", "Шамсуддине"), and the last letters of a surname that are no consonant.
_HIS_ENDS = ("а", "у", "ым", "ом", "е")
_NO_CASE_ENDS = VOWELS | {"й", "ь"}


def _her_first_name_declined(mentions: list[PersonMention]) -> list[PersonMention]:
    """A lone first name the reader brought to a man's nominative ("встретил Максиму" →
    "Максим", the dative of his name) whose written form is also a case of a woman's first
    name the text names alone, as hers ("Королева Нидерландов Максима прибыла"): that
    woman, her name's accusative or dative ("Максиму"). Not where the text also writes the
    man's name as such ("Максим Орлов"), whom the form may be."""

    def her(m: PersonMention) -> bool:
        return m.woman or m.verb_gender == "femn"

    hers = {
        fold(m.parts.first): m.parts.first
        for m in mentions
        if her(m) and m.parts.first and " " not in m.parts.first and not m.parts.last
    }
    if not hers:
        return mentions
    written = {fold(w) for m in mentions if not her(m) for w in m.parts.words}

    def reread(m: PersonMention) -> PersonMention:
        p = m.parts
        if her(m) or m.verb_gender or not p.first or " " in p.first or len(p.words) != 1:
            return m
        if p.last or p.patronymic or p.initials or fold(p.first) in written:
            return m  # "Максим" as written somewhere: his
        own = [n for low, n in hers.items() if low != fold(p.first) and form_of(p.words[0], n)]
        if len(own) != 1:
            return m
        return replace(m, parts=replace(p, first=own[0]), woman=True)

    return [reread(m) for m in mentions]


# The cases in which a first name that declines tells a surname after it that a name in "-а"
# ends in no "-е" (the nominative, genitive, accusative, instrumental: "Луиса Арсе", "Арсы"
# were it "Арса"); the dative and locative end so ("Луису Арсе", "о Луисе Арсе").
_NO_E_CASES = frozenset({"nomn", "gent", "accs", "ablt"})


def _first_shows_no_e_case(p: NameParts) -> bool:
    """A full name of one first name the dictionary reads, as written, only in cases where a
    surname in "-а" would not end in "-е" ("Визит Луиса Арсе", "с Мартином Хельме"), whose
    surname in a consonant and "-е" the reader kept as written: the "-е" is the surname's
    own, which a dative elsewhere writes alike ("вручил Луису Арсе": no "Арса")."""
    if len(p.words) != 2 or len(p.first.split()) != 1 or " " in p.last:
        return False
    given, written = p.words
    low = fold(written)
    if fold(p.last) != low or len(low) < 4 or not low.endswith("е") or low[-2] in VOWELS:
        return False
    cases = {
        str(r.tag.case)
        for r in morph().parse(given)
        if "Name" in r.tag and r.is_known and fold(r.normal_form) == fold(p.first)
    }
    readings = [r for r in morph().parse(given) if "Name" in r.tag and r.is_known]
    if any("Fixd" in r.tag for r in readings):
        return False  # "Хосе" shows no case
    return bool(cases) and cases <= _NO_E_CASES


def _extended_names(names: list[NameParts]) -> dict[NameParts, NameParts]:
    """A name and the one longer name of the document that extends its surname past a
    particle ("Кристина Фернандес" of "Кристина Фернандес де Киршнер"): one person, named
    in full. The first names must agree: "Хуан Фернандес" is someone else."""
    long = [p for p in names if len(words := p.last.split()) > 1 and words[1] in PARTICLES]
    # a double surname read as a first name's second word ("Эрнесто Фуэнтес Мансилья":
    # "Эрнесто Фуэнтес" and "Мансилья") extends the one written without its second half:
    # "Эрнесто Фуэнтес" is the same person (names71); not a second first name ("Хуан Карлос")
    double = [
        p
        for p in names
        if " " not in p.last
        and len(firsts := p.first.split()) == 2
        and not p.patronymic
        and firsts[1][:1].isupper()
        and not is_first_name(firsts[1], plural=False)
        and not listed_first_name(firsts[1])
    ]
    full = [p for p in names if p.first and p.last]
    out = {}
    for short in names:
        if len(short.words) == 1 and not short.initials and not short.first:
            # "Басте", "Басты" of "Баста": the form the others decline from, wherever it is.
            bases = {
                p.last
                for p in names
                if not p.first
                and " " not in p.last
                and form_of(short.last, p.last)
                and not form_of(p.last, short.last)
            }
            if len(bases) == 1:
                out[short] = replace(short, last=bases.pop())
                continue
        if len(short.words) == 1 and not short.initials:
            # "шейху Тамиму" before "Тамим бен Хамад Аль Тани": his own first name, when it
            # is no surname of the text and one person's only.
            word = short.words[0]
            owners = _longest({p.full: p for p in full
                      if any(form_of(word, w) for w in own_and_fathers(p.first)[0])})  # fmt: skip
            if len(owners) == 1 and not any(form_of(word, p.last.split()[-1]) for p in names
                                            if p.last and p is not short):  # fmt: skip
                out[short] = next(iter(owners.values()))
            continue
        if short.first and short.patronymic and not short.last:
            # "Марина Филипповна" of "Марина Филипповна Ходорковская"
            match = {p.full: p for p in full if p.patronymic
                     and fold(p.first) == fold(short.first)
                     and fold(p.patronymic) == fold(short.patronymic)}  # fmt: skip
            if len(match) == 1:
                out[short] = next(iter(match.values()))
            continue
        if not short.first or not short.last or " " in short.last:
            continue
        match = {
            p.full: p
            for p in long
            if form_of(short.last, p.last.split()[0]) and fold(short.first) == fold(p.first)
        } or {
            p.full: p
            for p in double
            if form_of(short.last, p.first.split()[1])
            and fold(short.first) == fold(p.first.split()[0])
            and p.full != short.full
        }
        if len(match) == 1:
            out[short] = next(iter(match.values()))
    return out


def _spanish_full(names: list[NameParts]) -> dict[NameParts, NameParts]:
    """A Spanish full name of four words, a first name, a second one, the father's and the
    mother's surname ("Фидель Алехандро Кастро Рус"), and the one name of the document that
    is its first name and father's surname ("Фидель Кастро"): one person, by the name the
    text uses (names83). Not where another first name opens it, nor where two short names
    fit."""
    shorts = [p for p in names if p.first and p.last and len(p.words) == 2 and not p.initials]
    out = {}
    for long in {p for p in names if len(p.words) == 4 and not (p.patronymic or p.initials)}:
        first, second, father, mother = long.words
        if not (second[:1].isupper() and mother[:1].isupper()):
            continue
        fits = {
            p.full: p
            for p in shorts
            if fold(p.first) == fold(first) and form_of(p.words[1], father)
        }
        if len(fits) == 1:
            out[long] = next(iter(fits.values()))
    return out


_DYNASTY = re.compile(r"(?:аль|эль|ал)(?:-|$)")


def _longest(owners: dict[str, NameParts]) -> dict[str, NameParts]:
    """The names that are no tail of another ("Мелендес Гарсия" of "Кармен Мелендес
    Гарсия": the double surname written without the first name is the same person)."""
    return {
        k: p
        for k, p in owners.items()
        if not any(len(q.words) > len(p.words) and _tail(p.words, q.words) for q in owners.values())
    }


def _tail(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the words of `short` end `long`, each a form of the other's."""
    return all(
        form_of(a, b) or form_of(b, a) for a, b in zip(short, long[-len(short) :], strict=True)
    )


def _dynasty_forms(names: list[NameParts], date: str, gaz: Gazetteer) -> dict[NameParts, NameParts]:
    """A name and the name that is it plus a family or dynasty name ("Мухаммед бен Сальман",
    "Мухаммед бен Сальман Аль Сауд"): one person, whom the gazetteer links by the short
    form, else named in full by the long one. The first name and the nasab must agree."""
    out = {}
    for short in {p for p in names if p.first and p.last}:
        for long in set(names):
            # the short name as written, in any case, begins the long one
            words = [long.first, *long.last.split()]
            tail = words[len(short.words) :]
            if not tail or not _DYNASTY.match(tail[0].lower()):
                continue
            if not all(map(form_of, short.words, words)):
                continue
            if gazetteer_person(short, date, gaz, None) is not None:
                out[long] = short
            else:
                out.setdefault(short, long)
    return out


def _full_names(names: list[NameParts]) -> dict[NameParts, str]:
    """Each name given with a first name, once, with the sex its first name tells
    (`gender_of`), in the order of its last mention: reckoned once per document, not for
    each of its mentions over all the others (a long transcript names hundreds)."""
    last_mentions = reversed(dict.fromkeys(p for p in reversed(names) if p.first and p.last))
    return {p: gender_of(f"{p.first} {p.last}") for p in last_mentions}


def _the_one_named_in_full(
    parts: NameParts,
    gender: str,
    full: dict[NameParts, str],
    gaz: Gazetteer,
    generations: frozenset[str] = frozenset(),
) -> NameParts:
    """A surname alone that the text also gives with a first name, to one person only,
    before or after it ("встретился с Ивановым … принял Петра Иванова"): that person, not a
    gazetteer namesake of another first name nor a node of the surname alone. Not a full
    name of the other sex, by the surname's form or by the gender the text tells (a man's
    genitive "об отставке Журова" is spelled as a woman's nominative, and the parse may
    miss that "Журова" is the subject of "работала": a woman wrongly linked to him is worse
    than a node of the surname). `generations`: the surnames with "-младший"/"-старший"
    the text names, folded."""
    lone = _lone_first_name(parts, full)
    if parts.initials and parts.last and not (parts.first or parts.patronymic):
        return _the_one_of_initials(parts, gender, full)
    if not lone and (parts.first or parts.initials or parts.patronymic or not parts.last):
        return parts
    last = parts.first if lone else parts.last
    written = parts.written_last(last)
    # "Хасан-младший" is the one "Ахмед Хасан" named, of the sex its suffix tells (names83)
    generation = "" if lone or without_generation(last) == last else _generation_sex(last)
    if generation:
        last, written, gender = without_generation(last), without_generation(written), generation

    def fits_by(same: Callable[[str], bool]) -> dict[tuple[str, str], tuple[NameParts, str]]:
        return {
            (fold(p.first), fold(p.last)): (p, sex)
            for p, sex in full.items()
            if same(p.last)
            and not other_sex(last, p.last)
            and not his_surname(written, f"{p.first} {p.last}")
            and not (gender and sex not in ("", gender))
        }

    # else another spelling of it ("Гутерреш" in a headline, "Антониу Гутерриш" in the text;
    # names94), unless the gazetteer knows a person of its own spelling ("Манро" beside
    # "Мэрилин Монро")
    # a surname alone is the family's of the one named with "-младший" ("Маркос" after
    # "Фердинанд Маркос-младший"), not where two generations are ("Буш-старший"; names119)
    bare = not generation and _one_generation(last, written, generations)
    fits = fits_by(lambda s: surname_form(last, written, without_generation(s) if bare else s))
    if not (fits or lone or gaz.persons_by_surname(last)):
        fits = fits_by(lambda s: spelled_otherwise(last, s))
    if len(fits) != 1:
        return parts
    (one, sex), *_ = fits.values()
    # the suffix's sex must be told: a first name the dictionary leaves open may be a man's;
    # two of the surname, either's sex open, leave the suffix neither's ("Венера Уильямс и
    # Серена Уильямс … Уильямс-младшая": "Серена" is no word the dictionary knows; names86)
    return parts if generation and sex != generation else one


def _one_generation(last: str, written: str, generations: frozenset[str]) -> bool:
    """Whether one surname with "-младший"/"-старший" of `generations` is `last`'s, alone
    ("маркос-младший" of "Маркос"; not "буш-младший" beside "буш-старший")."""
    return sum(surname_form(last, written, without_generation(g)) for g in generations) == 1


def _generation_sex(surname: str) -> str:
    """ "femn" for a surname with "-младшая"/"-старшая", else "masc" (the "-младший" of a
    son)."""
    return "femn" if fold(surname).endswith("ая") else "masc"


def _the_one_of_initials(parts: NameParts, gender: str, full: dict[NameParts, str]) -> NameParts:
    """A surname after initials ("К. Мендоса" in a headline, "Х.Рамос прибыл") that the
    text also gives with a first name of that initial, to one person only, before or after
    it ("Карлос Мендоса"): that person, not a node of the surname alone. Not where the text
    names two of that surname and initial ("Карлос Мендоса … Кармен Мендоса")."""
    written = parts.written_last(parts.last)
    initial = fold(parts.initials[0])[:1]
    fits = {
        (fold(p.first), fold(p.last)): p
        for p, sex in full.items()
        if fold(p.first).startswith(initial)
        and surname_form(parts.last, written, p.last)
        and not other_sex(parts.last, p.last)
        and not (gender and sex not in ("", gender))
    }
    return next(iter(fits.values())) if len(fits) == 1 else parts


def _lone_first_name(parts: NameParts, full: Iterable[NameParts]) -> bool:
    """One word read as a first name that no name in full begins with ("генерала Аллена"
    in a headline before "Джон Аллен", "посла Мартина" before "Джеймс Мартин"): it may be
    the surname of one of them."""
    return (
        len(parts.words) == 1
        and bool(parts.first)
        and not (parts.last or parts.initials or parts.patronymic)
        and not any(form_of(parts.words[0], p.first) for p in full)
    )
