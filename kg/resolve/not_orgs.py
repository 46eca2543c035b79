"""Spans natasha tags ORG that are no organization: a titled surname, a thing or a site named
like a body ("стадион «Лужники»"), a measure, an adjective or a city alone, quoted lists.
Split out of kg/resolve/organizations.py so that the non-organizations are one concern."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from kg.doc_text import doc_text, token_strings
from kg.formats.textmeta import CAPITALS_PLACE, DATELINE
from kg.gazetteer import Gazetteer, capital_in_any_case, normalize
from kg.lexicon import load_list
from kg.nlp.deps import stray_subject
from kg.nlp.morph import (
    animate_word,
    case_of,
    caseless,
    features,
    is_animate,
    morph,
    parses_agree,
)
from kg.resolve.body_states import body_word, org_names
from kg.resolve.city_names import named_city
from kg.resolve.kin_and_ranks import academic_before
from kg.resolve.name_forms import one_name
from kg.resolve.name_lexicons import common_word, is_first_name, listed_surname
from kg.resolve.org_initials import abbreviation_like
from kg.resolve.org_modifiers import lower_genitive
from kg.resolve.org_naming import (
    MEASURE_NOUNS,
    ORG_NOUNS,
    PLACE_ABBREVIATIONS,
    QUOTES_OPEN,
    REPORT_VERBS,
    THING_NOUNS,
    WORDS,
    in_quotes,
    quoted_after_kind,
)
from kg.resolve.org_quotes import quoted_stretch
from kg.resolve.place_kinds import PLACE_KINDS
from kg.resolve.title_lexicon import is_office


def titled_surname(t: Token) -> bool:
    """A word the parse apposes to a singular office title in the nominative right before
    it ("Президент Туджман отверг требования НАТО", which natasha may tag a body or a
    place): the office holder's surname, no body; a title's body is its genitive
    complement ("Президент Сбербанка"), an abbreviation none ("Глава МИД")."""
    title = t.doc[t.i - 1] if t.i else None
    return (
        title is not None
        and t.dep_ == "appos"
        and t.head.i == title.i
        and not t.text.isupper()
        and case_of(t) == "Nom"
        and case_of(title) == "Nom"
        and "Plur" not in features(title, "Number")
        and is_office((title.lemma_.lower(),))
    )


def persons_surname(ent: Span, ents: Sequence[Span]) -> bool:
    """A one-word span natasha tags ORG that is, in some case, the last word of a person the
    text names elsewhere ("Роберта Эдвардса …" then "[Эдвардс] начал свои исследования"):
    the person again, no body. Not an abbreviation ("МИД"), nor a name in quotes (a body
    named after its founder: "Уильям Боинг …", "акции «Боинга»")."""
    if len(ent) != 1 or ent[0].text.isupper() or in_quotes(ent):
        return False
    return any(
        e.label_ == "PER" and e.start != ent.start and one_name(e[-1].text, ent.text) for e in ents
    )


def academic_named(ent: Span) -> bool:
    """A span natasha tags ORG that ends in an academic degree, rank or post written short
    and the capitalised word after it ("Доклад д.э.н. Петрова", "доклад проф. Смирновой"):
    the abbreviation names a person, and the word is the surname in apposition to it, no
    body's name (`kg.resolve.missed_names.surnames_after_academics` reads the person)."""
    last = ent[-1]
    return (
        len(ent) > 2
        and last.is_alpha
        and last.text[:1].isupper()
        and not last.text.isupper()
        and academic_before(ent.doc, last.i) is not None
    )


def before_persons_surname(span: Span, ents: Sequence[Span]) -> Span:
    """An abbreviation alone where natasha's span goes on with a capitalised word that is,
    in some case, the last word of a person the text names elsewhere ("ведущего [КВН]
    Гарсии" beside "Мануэля Гарсии"): the body and the person it is of, no body named after
    the person. Not a word no person of the text bears ("ЦСКА Москва")."""
    if len(span) < 2 or not abbreviation_like(span[0].text) or not span[1].text[:1].isupper():
        return span
    named = any(
        e.label_ == "PER"
        and not span.start <= e.start < span.end
        and one_name(e[-1].text, span[1].text)
        for e in ents
    )
    return span[:1] if named else span


def genitive_before_noun(ent: Span) -> bool:
    """natasha's ORG of a capitalised genitive and a lower-case noun after it in another case
    ("назвать правительство Кальвика кабинетом": Кальвик's, said to be a cabinet): a
    person's or body's genitive before a common noun, no name; a body's name puts its
    genitive after its noun ("Кабинет министров"). Not a nominative first ("Газпром
    нефть"), nor a name in quotes, nor an adjective agreeing with the noun, whose feminine
    or plural form reads as a genitive too ("с Демократической партией", "в Государственной
    думе", "на Высших курсах"): the name's own word in the noun's case."""
    if len(ent) != 2 or not ent[0].text[:1].isupper() or not ent[1].text.islower():
        return False
    if ent.start and ent.doc[ent.start - 1].text in QUOTES_OPEN:
        return False
    first, noun = ent
    word = first.text.lower()
    # a declined genitive, not an undeclined word's ("Тинькофф банком")
    genitive = any(
        p.tag.case == "gent" and "Fixd" not in p.tag and p.normal_form != word
        for p in morph().parse(word)
    )
    nouns = [p for p in morph().parse(noun.text) if p.is_known]
    common = bool(nouns) and all(p.tag.POS == "NOUN" for p in nouns)
    return (
        genitive
        and common
        and not any(p.tag.case == "gent" for p in nouns)
        and not any(
            a.tag.POS in ("ADJF", "PRTF") and parses_agree(a, n)
            for a in morph().parse(word)
            for n in nouns
        )
    )


def measure_phrase(ent: Span) -> bool:
    """natasha's ORG that opens on a noun of a measured quantity and goes on in lower case
    ("Грузооборот портов [Египта]", "Экспорт зерна"): the quantity a claim measures, no
    body; "Кредит Европа Банк" goes on capitalised, a name."""
    return normalize(ent[0].lemma_) in load_list(MEASURE_NOUNS) and all(
        not t.text[:1].isupper() for t in ent[1:]
    )


def region_named(ent: Span) -> bool:
    """natasha's organization that is a region: its kind written lower case last, after
    adjectives ("Дашогузского велаята", "Хорезмской области"), or first, before its name
    ("провинции Онтарио"). A region is a place; its body is named by a noun of its own
    ("Хокимият …", "Администрация провинции Онтарио"). Sixty-first pass (h-orgs75)."""
    if len(ent) < 2 or in_quotes(ent):
        return False
    first, last = ent[0], ent[-1]
    if last.text.islower() and _place_kind(last.text):
        return all(_adjective(t) for t in ent[:-1])
    return (
        first.text.islower()
        and _place_kind(first.text)
        and all(t.text[:1].isupper() for t in ent[1:])
    )


def _place_kind(word: str) -> bool:
    """A word whose lemma is a kind of place (`place_kinds.tsv`), by the dictionary, which
    knows words like "велаята" the tagger misreads."""
    return any(p.normal_form in PLACE_KINDS for p in morph().parse(word.lower()))


def _adjective(t: Token) -> bool:
    """A word the dictionary reads as a full adjective ("Дашогузского")."""
    return any(p.tag.POS == "ADJF" for p in morph().parse(t.lower_))


def adjective_alone(ent: Span, ents: Sequence[Span], gazetteer: Gazetteer) -> bool:
    """natasha's organization that is one word the dictionary knows only as an adjective
    ("Кредитные" of a caption "Кредитные карты"): a word of a phrase, no body's name. Not a
    name in quotes, nor one the gazetteer knows as an organization's, nor the first word of
    another organization's name of the text ("солист Большого" beside "Большого театра")."""
    if len(ent) != 1 or in_quotes(ent) or normalize(ent.text) in org_names(gazetteer):
        return False
    known = [p for p in morph().parse(ent.text) if p.is_known]
    if not known or any(p.tag.POS not in ("ADJF", "ADJS", "PRTF") for p in known):
        return False
    lemmas = {p.normal_form for p in known}
    return not any(
        len(e) > 1
        and e.label_ == "ORG"
        and lemmas & {p.normal_form for p in morph().parse(e[0].text)}
        for e in ents
    )


def city_alone(ent: Span, gazetteer: Gazetteer) -> bool:
    """natasha's organization that is one word naming a city the gazetteer knows
    ("Северодвинск встретил делегацию …"): the city or its people, no body. Not a name in
    quotes, nor one the gazetteer knows as an organization's, nor a club named by its city in
    a match ("Ростов обыграл «Спартак» со счётом 2:1")."""
    from kg.nlp.gazetteer_capitals import MATCH_NOUNS, MATCH_VERBS  # it imports this module

    return (
        len(ent) == 1
        and gazetteer.city(ent.text) is not None
        and not in_quotes(ent)
        and normalize(ent.text) not in org_names(gazetteer)
        and ent.root.head.lemma_ not in MATCH_VERBS
        and not any(t.lemma_ in MATCH_NOUNS for t in ent.sent)
    )


def capital_after_in(ent: Span, gazetteer: Gazetteer) -> bool:
    """natasha's organization that is one word after "в"/"во" naming a state's capital or a
    city of the gazetteer in any case ("переговоры прошли в Бандар-Сери-Бегаване", "во
    Вьентьяне"): where something is, a place, no body (fifty-ninth pass, h-orgs72). Not a
    name in quotes ("в «Барселоне»": a club), nor one the gazetteer knows as an
    organization's."""
    before = ent.doc[ent.start - 1] if ent.start else None
    if len(ent) != 1 or before is None or before.lower_ not in ("в", "во") or in_quotes(ent):
        return False
    place = capital_in_any_case(gazetteer, ent[0]) or named_city(ent[0], gazetteer)
    return bool(place) and normalize(ent.text) not in org_names(gazetteer)


# readings of a word that may modify a verb: an adverb, a comparative ("Позднее"), a
# preposition "накануне" is too
_ADVERB_READINGS = frozenset(["ADVB", "COMP"])


def past_opening_adverb(span: Span) -> Span:
    """The span past a capitalised adverb opening it that the parse hangs on a word outside
    it ("[Вчера] вьетнамский холдинг подписал …", "[Сегодня]", "[Накануне]", which natasha
    may tag as a body): when something happened, no word of a body's name (fifty-ninth
    pass, h-orgs72); the span left empty where the adverb was all of it. Not a name in
    quotes ("«Сегодня»", a channel's or paper's), nor a word the dictionary reads as no
    adverb."""
    first = span[0] if len(span) else None
    if first is None or first.pos_ != "ADV" or in_quotes(span) or not first.text[:1].isupper():
        return span
    if span.start <= first.head.i < span.end:
        return span  # a word of the name hangs on it
    readings = {p.tag.POS for p in morph().parse(first.lower_) if p.is_known}
    adverb = bool(readings & _ADVERB_READINGS)
    return span.doc[span.start + 1 : span.end] if adverb else span


def past_person_noun(span: Span) -> Span:
    """The span past a singular common noun for a person opening it whose genitive the
    name after it is ("[Представитель] НИИ им. Отта заявил", "[Врач] НИИ …", which natasha
    may tag as one body) or a state's body ("[Представителя] министерства Чили по …"): the
    speaker's word is no word of the body's name. So too a plural before a name of more words
    ("[Волонтёры] Красного Креста Индонезии": its people; sixty-seventh pass, h-orgs81).
    Not a plural before one word ("Свидетели Иеговы", a body's own name), nor a noun the
    rest does not hang on."""
    if len(span) < 2 or quoted_after_kind(span):
        return span  # "организация «Доктора Лимы»": the quoted name's own word
    first, second = span[0], span[1]
    person = (
        first.pos_ == "NOUN"
        and is_animate(first)
        and "Plur" not in features(first, "Number")
        and common_word(first.text.lower())
    )
    named = (
        second.head.i == first.i
        and (second.text[:1].isupper() or body_word(second.text))
        and case_of(second) == "Gen"
    )
    if person and named or _people_of(span):
        return span.doc[span.start + 1 : span.end]
    return _past_opening_noun(span)


def _people_of(span: Span) -> bool:
    """The span opens with a plural common noun of people (by the dictionary: the tagger
    may read a capitalised one as a name) whose genitive a name of two words or more after
    it is ("[Волонтёры] Красного Креста Индонезии", "[Сотрудники] Всемирного банка"): the
    body's people, no word of its name. Not before one word ("Свидетели Иеговы", a body's
    own name). Sixty-seventh pass, h-orgs81."""
    first, rest = span[0], span[1:]
    return (
        len(rest) > 1
        and morph().can_be(first.text, "plur")
        and animate_word(first.text)
        and common_word(first.text.lower())
        and rest.root.head.i == first.i
        and rest[0].text[:1].isupper()
        and case_of(rest.root) == "Gen"
    )


def _past_opening_noun(span: Span) -> Span:
    """The span past a capitalised noun of an act opening it (group `act`), whose genitive
    the capitalised name after it is ("[Приказом] Банка Чили назначена …", "Одновременно
    [Приказом] Банка Чили", "[Решением] Сената Перу"): the body's document, written with a
    capital as an act's title is, no word of its name. So too a noun of a sitting (group
    `sitting`) opening a sentence before a body's noun of group `founded` in the genitive,
    lower case ("[Заседание] комиссии Армении и Азербайджана по …": the commission's
    sitting; sixty-ninth pass, h-orgs83). Not any other noun ("Университетом Лимы",
    "Министерством Обороны …": a body's own)."""
    if len(span) < 2 or not span[0].text[:1].isupper():
        return span
    first, second = span[0], span[1]
    lemma = morph().lemma(first.lower_, "NOUN")
    of_first = second.head.i == first.i and case_of(second) == "Gen"
    named = of_first and second.text[:1].isupper()
    sat = of_first and second.lemma_.lower() in WORDS["founded"]
    if lemma in WORDS["act"] and named or lemma in WORDS["sitting"] and (named or sat):
        return span.doc[span.start + 1 : span.end]
    return span


_CODE = re.compile(r"[А-ЯЁA-Z]{1,4}(-\d+)?")
_DATED = re.compile(r"\d+([./]\d+)*|года|г\.?|№")


def document_number(span: Span) -> bool:
    """A code of capitals opening an act's number after its date or "№" ("от 21 10 2016
    года [ОД] 3629", "№ [ОД-3628]"): the number's letters, no organization. Not capitals
    with no number ("ОД" of a text that spells it), nor a number after no date ("ЦСКА 2")."""
    if len(span) != 1 or span.start == 0 or not (code := _CODE.fullmatch(span.text)):
        return False
    doc = span.doc
    numbered = bool(code.group(1)) or (span.end < len(doc) and doc[span.end].text.isdigit())
    return numbered and bool(_DATED.fullmatch(doc[span.start - 1].text))


def office_holders(span: Span) -> bool:
    """A title natasha took for a body ("Министры обороны Индии", "Премьер-министр
    Японии"), also past a place's adjectives before a title that opens with an adjective of
    its own ("Одесский городской голова"; not a noun alone, "Частный корреспондент" is an
    outlet): the persons who hold an office, not their ministry or government."""
    lead = next((i for i, t in enumerate(span) if t.pos_ != "ADJ"), len(span))
    lemmas = [t.lemma_ for t in span]
    return (
        not quoted_after_kind(span)  # "организация «Врачи Каира»": a body's name
        and lead < len(span)
        and (is_animate(span[lead]) or _animate_compound(span[lead]))
        and any(is_office(lemmas[i:]) for i in range(max(lead, 1)))
    )


def _animate_compound(noun: Token) -> bool:
    """A hyphenated noun whose first part reads as a being ("судья-магистрат"), which the
    tagger, not knowing the whole, may read as a thing; not "штаб-квартира"."""
    first, hyphen, _ = noun.text.partition("-")
    return bool(hyphen) and animate_word(first)


def thing_named(piece: Span) -> bool:
    """A name in apposition to a noun for a place, a vessel or a site right before it ("у
    рифа Второй Томас", "авианосец Шарль де Голль", "станция General Paz"), also in
    quotes ("космодрома «Алкантара»"): the thing's name, no person's or organization's.
    Not a name that only follows such a noun ("В порту Иван Петров заявил": its
    subject), nor one the parser hung on it that its verb agrees with ("На полях форума
    Мирзиёев и Кошта провели встречу": `stray_subject`)."""
    if _after_place_abbreviation(piece) or _crossing_named(piece):
        return True
    at = piece.start - 1
    if at > 0 and piece.doc[at].text in QUOTES_OPEN:
        at -= 1  # "космодрома «Алкантара»": quoted
    before = piece.doc[at] if at >= 0 else None
    heads = {at}
    if before is not None and _abbreviation(before) and at > 0:
        # "База ВВС Эдвардс", "авиабаза ВМС Норфолк": the base's service between them
        before, heads = piece.doc[at - 1], {at, at - 1}
    return (
        before is not None
        and before.lemma_ in load_list(THING_NOUNS)
        and piece.root.head.i in heads
        and piece.root.dep_ in ("appos", "nmod", "flat", "flat:name", "flat:foreign")
        and not stray_subject(piece.root)
        and not _owner_of_site(piece, before)
    )


def _owner_of_site(piece: Span, noun: Token) -> bool:
    """An unquoted name in the genitive after a site's noun of another case owns the site
    ("на базе Омского университета"), as a name in apposition agrees with the noun
    ("База ВВС Эдвардс", "авианосца Шарля де Голля"); after a building's genitive noun, one
    that no reading makes a nominative ("стадиона Спартака"; not "мечети Аль-Акса")."""
    if piece.start != noun.i + 1 or case_of(piece.root) != "Gen":
        return False
    if case_of(noun) not in ("Gen", ""):
        return True
    # "реконструкция стадиона Спартака": after a building's genitive noun too, where no
    # reading of the name's word is a nominative one in apposition; a vessel's name agrees
    # ("авианосца Шарля де Голля") (forty-sixth pass, h-orgs50)
    if noun.lemma_.lower() not in WORDS["building"]:
        return False
    return not any(p.tag.case == "nomn" for p in morph().parse(piece.root.lower_))


def _crossing_named(piece: Span) -> bool:
    """A name in apposition to a border crossing's noun, or one of a list of such names,
    set off by a dash too ("пункты пропуска «Ваалимаа» и «Нуйямаа»", "закрыло два пункта
    пропуска на границе с Белоруссией — «Кузница» и «Бобровники»", "КПП «Верхний Ларс»"):
    the crossing, a place, no organization. Not an owner's genitive ("КПП Газпрома")."""
    root = piece.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "«Ваалимаа» и «Нуйямаа»": the list's first name is apposed
    quoted = piece.start > 0 and piece.doc[piece.start - 1].text in QUOTES_OPEN
    deps = ("appos", "parataxis", "flat", "flat:name", "flat:foreign")
    if root.dep_ not in deps and not (quoted and root.dep_ == "nmod"):
        return False
    return _crossing_noun(root.head)


def _crossing_noun(t: Token) -> bool:
    """A border crossing's noun (group `crossing`: "КПП", "погранпереход"), or one of group
    `crossing_head` ("пункт", "переход") a word of group `crossing_of` qualifies ("пункт
    пропуска", "пропускной пункт", "пограничный переход"), or that word after it ("пункта
    [пропуска]"); not "пропуск" alone (a pass)."""
    if t.lemma_.lower() in WORDS["crossing"]:
        return True
    if t.lemma_.lower() in WORDS["crossing_of"] and t.dep_ == "nmod":
        t = t.head
    return t.lemma_.lower() in WORDS["crossing_head"] and any(
        c.lemma_.lower() in WORDS["crossing_of"] for c in t.children
    )


def _abbreviation(t: Token) -> bool:
    """A word in capitals of two letters or more ("ВВС", "ВМС")."""
    return len(t.text) > 1 and t.text.isupper() and t.text.isalpha()


def _after_place_abbreviation(piece: Span) -> bool:
    """A name right after an abbreviated street or square and its period ("на ул. Ленина",
    "пл. Пушкина"): the place's name, whatever the parser makes of the period, which it
    often reads as a sentence's end."""
    at = piece.start - 1
    if at >= 0 and piece.doc[at].text == ".":
        at -= 1
    return at >= 0 and piece.doc[at].lower_ in load_list(PLACE_ABBREVIATIONS)


def dateline_place(span: Span) -> bool:
    """The place of a dateline ("ТАШКЕНТ, 5 мая —", also in capitals with no agency or year,
    "ДОХА, 21 января."): where the news was written, not an organization."""
    text = doc_text(span.doc)
    line = text.rfind("\n", 0, span.start_char) + 1
    if text[line : span.start_char].strip():
        return False
    dateline = DATELINE.match(text, span.start_char) or CAPITALS_PLACE.match(text, span.start_char)
    return dateline is not None and span.end_char <= text.index(",", span.start_char)


def named_after_kind(doc: Doc) -> list[Span]:
    """Quoted names after a kind of organization ("агентство «Тренд»", "банк «Восток»"),
    also past what it is for ("агентство по недвижимости «Кедр»") or what a chain is of
    ("сеть ресторанов «Кедр»"), each of a list of them
    ("партий «Союз», «Res Publica»"), also between doubled apostrophes, wiki markup's quotes
    ("газеты ''Die Welt''"): organizations even where the word is also a common noun
    natasha leaves untagged."""
    out = []
    lemmas = token_strings(doc, LEMMA)
    for i in range(len(doc) - 3):
        if lemmas[i] in ORG_NOUNS:
            out.extend(_quoted_list(doc, _past_purpose(doc, _past_members(doc, i))))
    return out


_MEMBERS_WORDS = 4  # "ресторанов быстрого питания"


def _past_members(doc: Doc, kind: int) -> int:
    """Past the plural genitive noun of what a chain at `kind` is made of, with its
    lower-case genitive words ("сеть [ресторанов быстрого питания] «…»", "сеть [магазинов]
    «…»"; org_words.txt group `chain`): the quotes after it name the chain; else `kind` + 1."""
    members = doc[kind + 1] if kind + 1 < len(doc) else None
    if doc[kind].lemma_ not in WORDS["chain"] or members is None or members.head.i != kind:
        return kind + 1
    if members.pos_ != "NOUN" or "Plur" not in members.morph.get("Number"):
        return kind + 1
    end = kind + 2
    while end < min(len(doc), kind + 1 + _MEMBERS_WORDS) and lower_genitive(doc[end]):
        end += 1
    return end if lower_genitive(members) else kind + 1


_PURPOSE_WORDS = 3  # "по морской недвижимости"


def _past_purpose(doc: Doc, start: int) -> int:
    """Past the "по" phrase that says what the kind of organization at `start` - 1 is for,
    one lower-case noun with its adjectives ("агентство [по недвижимости]"); else `start`.
    Not a noun with more on it, whose name the quotes may give ("фонд по поддержке фильма
    «Идиот»")."""
    if start >= len(doc) or doc[start].lower_ != "по":
        return start
    end = start + 1
    while end < min(len(doc), start + _PURPOSE_WORDS) and doc[end].pos_ == "ADJ":
        end += 1
    noun = doc[end] if end < len(doc) else None
    if noun is None or noun.pos_ != "NOUN" or not noun.text.islower():
        return start
    return end + 1 if all(doc[j].head.i == noun.i for j in range(start, end)) else start


def _quoted_list(doc: Doc, at: int) -> list[Span]:
    """The quoted names opening at `at`, one after another joined by "," or "и" ("«Союз
    Отечества», «Res Publica» и «Центр»"); capitalised, each within its quotes."""
    out: list[Span] = []
    while at + 1 < len(doc) and doc[at].text in QUOTES_OPEN:
        first = at + 1 + (doc[at].text == doc[at + 1].text == "'")
        stretch = quoted_stretch(doc, first, first + 1) if first < len(doc) else None
        if stretch is None or stretch[0] != first or not doc[first].text[:1].isupper():
            break
        out.append(doc[stretch[0] : stretch[1]])
        after = stretch[1] + 1 + (doc[stretch[1]].text == "'")  # past the closing quote(s)
        if after >= len(doc) or doc[after].text not in (",", "и"):
            break
        at = after + 1
    return out


def quoted_name(gazetteer: Gazetteer, name: str, span: Span) -> str:
    """The known organization a one-word name in quotes stands for ("«Спартак»",
    "«Баварии»"), or right after a noun of its kind, which says so as quotes do ("агентство
    Рейтер", "клуба Барселона") or a verb of reporting in the present, as news cites an
    outlet ("…, сообщает Рейтер"): only a row the gazetteer marks as named so (kind
    `QuotedName`), since else the word is a place, a first name or an ordinary word."""
    quoted = len(span) == 1 and (
        in_quotes(span) or _after_kind_noun(span) or _after_report_verb(span)
    )
    org = gazetteer.org(org_names(gazetteer).get(normalize(name), "")) if quoted else None
    return org.key if org is not None and org.kind == "QuotedName" else ""


def _after_kind_noun(span: Span) -> bool:
    """A noun of a kind of organization stands right before the span ("агентства [Рейтер]")."""
    return span.start > 0 and span.doc[span.start - 1].lemma_.lower() in ORG_NOUNS


def _after_report_verb(span: Span) -> bool:
    """A verb of reporting in the present stands right before the span ("сообщает [Рейтер]")."""
    verb = span.doc[span.start - 1] if span.start else None
    return verb is not None and verb.lemma_ in REPORT_VERBS and "Pres" in verb.morph.get("Tense")


def poison_named(ent: Span) -> bool:
    """A quoted name in the instrumental hung on a verb of poisoning or right after one
    (group `poisoning`: "был отравлен «Новичком»", "Отравленный «Новичком»"), or after "с"
    past a vessel's noun (group `container`: "бутылку с «Новичком»"): the poison, a
    substance, no organization, as after "вещество" or "яд". Not one unquoted, nor of
    another case ("отравила отношения с «Газпромом»"), nor with "с" after another noun
    ("встреча с «Газпромом»")."""
    if not in_quotes(ent) or case_of(ent.root) != "Ins":
        return False
    doc = ent.doc
    before = doc[ent.start - 2] if ent.start > 1 else None
    held = before is not None and before.lower_ in ("с", "со") and ent.start > 2
    return (
        ent.root.head.lemma_ in WORDS["poisoning"]
        or (before is not None and before.lemma_ in WORDS["poisoning"])
        or (held and doc[ent.start - 3].lemma_ in WORDS["container"])
    )


def common_expansion(ent: Span) -> bool:
    """An abbreviation the text spells out in brackets right after it in lower-case words
    ("ПЭТ (позитронно-эмиссионная томография)"): a common noun phrase's, a thing or a
    method, no organization's. Not one spelt out capitalised ("ЦПИ (Центр политических
    исследований)")."""
    doc = ent.doc
    if len(ent) != 1 or not ent.text.isupper() or ent.end + 2 >= len(doc):
        return False
    if doc[ent.end].text != "(":
        return False
    close = next((t.i for t in doc[ent.end + 1 : ent.end + 12] if t.text == ")"), None)
    words = [t for t in doc[ent.end + 1 : close or ent.end + 1] if any(map(str.isalpha, t.text))]
    return (
        close is not None
        and len(words) >= 2
        and all(t.text.islower() for t in words)
        and words[0].pos_ in ("ADJ", "NOUN")
    )


# Bodies a text names after their leader ("правительство Ивана Петрова").
_LED_BODIES = frozenset(["правительство", "кабинет", "администрация"])


def leader_named(ent: Span) -> bool:
    """natasha's ORG that is a person's name in the genitive right after the noun of a body
    named after its leader ("Правительство X Y подало в отставку", "администрации X Y"): a
    first name the dictionary knows, in the genitive, and one or two capitalised words after
    it: the leader, no body's name."""
    if ent.start < 1 or not 2 <= len(ent) <= 3:
        return False
    noun = ent.doc[ent.start - 1]
    if not any(p.normal_form in _LED_BODIES for p in morph().parse(noun.lower_)):
        return False
    if not all(t.is_alpha and t.text[:1].isupper() for t in ent):
        return False
    return is_first_name(ent[0].text) and case_of(ent[0]) == "Gen"


# what a word's reading names that makes it a person's: a surname, a first name, a
# patronymic, a living being ("Орбана", "Кастильо", "Мадуро")
PERSON_GRAMMEMES = frozenset(["Surn", "Name", "Patr", "anim"])


def party_leader(ent: Span, ents: Sequence[Span]) -> Span | None:
    """natasha's ORG of a party's noun (group `party`) and the name of the person it is
    named by, which the span swallowed ("Делегация [Партии Кастильо]", "[Партия Орбана]
    отправила"): the person's words as a PER span of their own, whose party
    `person_administrations` reads (fifty-sixth pass, h-orgs67). The words are a person's
    where the last reads as a person's genitive ("Орбана"), never declines and reads as a
    person's (`undeclined_leader`), or is the surname of a person the text names in full;
    not a party's own name ("Партия Регионов", "Партия Свободы"). None otherwise."""
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3:
        return None
    if ent[0].lemma_.lower() not in WORDS["party"]:
        return None
    words = ent[1:]
    if not all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in words):
        return None
    last = words[-1]
    genitive = any(
        PERSON_GRAMMEMES & p.tag.grammemes and p.tag.case == "gent" and p.tag.number == "sing"
        for p in morph().parse(last.lower_)
        if p.tag.POS == "NOUN"
    )
    if genitive or undeclined_leader(words, ents) or named_in_full(last.text, ents):
        return Span(ent.doc, words.start, words.end, label="PER")
    return None


def undeclined_leader(words: Span, ents: Sequence[Span]) -> bool:
    """A person's name after a party's noun that no case changes ("партии Кастильо",
    "Партия Мадуро"): every word the same in every case (`caseless`), the last a person's by
    the dictionary's reading, natasha's list of surnames or a person the text names in
    full: the party's leader (fifty-sixth pass, h-orgs67). Not a party's own name, which
    reads as none of them ("партия Комэйто")."""
    if not all(caseless(t.text) for t in words):
        return False
    last = words[-1].text
    return (
        any(PERSON_GRAMMEMES & p.tag.grammemes for p in morph().parse(last.lower()))
        or listed_surname(last)
        or named_in_full(last, ents)
    )


def named_in_full(word: str, ents: Sequence[Span]) -> bool:
    """`word` is, in some case, the surname of a person the tagger names in full in the text
    ("Николас Мадуро … Партия Мадуро")."""
    return any(e.label_ == "PER" and len(e) > 1 and one_name(e[-1].text, word) for e in ents)


def figure_of_speech(ent: Span) -> bool:
    """natasha's ORG of a party's noun and a lower-case genitive of group `figure` ("Партия
    власти победила", "партии войны"): a figure of speech for whoever holds power or wants
    war, no party's name; "Партия регионов" is one (fifty-fifth pass, h-orgs66)."""
    if len(ent) != 2 or ent[0].lemma_.lower() not in WORDS["party"]:
        return False
    word = ent[1]
    return word.text.islower() and word.lemma_ in WORDS["figure"] and case_of(word) == "Gen"
