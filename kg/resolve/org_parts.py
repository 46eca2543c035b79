"""Bodies inside bodies and bodies in lists: a part named with its parent
("отдел ... министерства"), kinds in the plural, listed bodies, a bare body's name. Split out of
kg/resolve/organizations.py."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer, capital_named, normalize
from kg.nlp.deps import circumstance_noun, heads_of
from kg.nlp.morph import case_of, features, is_plural, morph, name_in, upper_first
from kg.resolve.body_states import (
    adjective_before,
    body_in_full,
    body_of,
    genitive_name,
    org_names,
    parent_state,
    state_body,
    state_body_name,
    subordinate,
    unnamed_state_body,
)
from kg.resolve.each_state_bodies import MINISTRIES, joined_states
from kg.resolve.not_orgs import quoted_name
from kg.resolve.org_initials import abbreviation_like
from kg.resolve.org_modifiers import (
    body_noun,
    lower_genitive,
    pair_at,
    part_noun,
    plural_subject,
    state_after_noun,
)
from kg.resolve.org_naming import (
    BODY_NOUN,
    BODY_SHORT,
    FIELDED_PART,
    LIST_JOINERS,
    LOCAL_BODY,
    MANY_PER_STATE,
    NOT_BODIES,
    ORG_NOUNS,
    PLURAL_BODIES,
    QUOTES,
    SETTLED_BODY,
    STATE_BODIES,
    WORDS,
    in_quotes,
    organization_name,
)
from kg.resolve.org_quotes import common_noun
from kg.resolve.settled_bodies import country_word, place_of, sentence_state, settled_state


def nested_bodies(
    found: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """A part of a body before the body's name in the genitive is one body ("ЦК Компартии
    Вьетнама", "Президиума Верховного совета Вьетнама", "комитета Госдумы"), where the tagger
    split it or left the part untagged: the part (a noun of part_bodies.txt, tagged or
    not, with its adjectives: "Центрального комитета", and with the lower-case genitive
    words of its field: "факультет [славянской филологии]"; or an unknown name of more words
    the genitive hangs on, "Главного управления кадров [Вооружённых сил Чили]") and the
    whole become one span, parts of parts too ("отделения [института [РАН]]"); the body
    named after it stays a mention of its own, nested in it. Not a part in a form no
    singular reads ("других комитетов сената"): several parts, none named."""
    if not found:
        return found
    doc = found[0][0].doc
    ends = {span.end: n for n, (span, _, _) in enumerate(found)}
    taken = {i for span, _, _ in found for i in range(span.start, span.end)}
    out = list(found)
    drop: set[int] = set()  # a city's office's inner ministry (`_city_office`)
    for n in sorted(range(len(found)), key=lambda n: -found[n][0].start):
        span = out[n][0]  # with the parts after it it took in already
        # the tagger's genitive, which some reading of a Cyrillic form gives ("управления
        # [Газпромом]" is running the company: an instrumental the tagger read as a genitive;
        # "совету директоров [Apple]" has none)
        first = span[0].text
        genitive = abbreviation_like(first) or (
            "Gen" in span[0].morph.get("Case")
            and (first.isascii() or morph().can_be(first, "gent"))
        )
        if not span.start or not genitive:
            continue
        before = ends.get(span.start)
        part = _part_before(doc, span.start)
        if before is not None:
            if not _part_of(out[before], span):
                continue
            start = found[before][0].start
            if _members_named(found[before][0], span):
                drop.add(n)  # "федерации обществ [Красного Креста]": no second body
        elif part.i in taken or part.pos_ == "ADJ" or not _part_word(part, span):
            continue
        elif _plural_form(part.lower_) or _several(part):
            continue  # "других [комитетов] сената": several parts, none named
        else:
            start = part.i
            while (
                start
                and doc[start - 1].pos_ == "ADJ"
                and doc[start - 1].head.i == part.i
                and not _no_adjective(doc[start - 1].text)
            ):
                start -= 1
        if start and doc[start - 1].lower_ in NOT_BODIES:
            continue  # "по совету Минздрава" is advice, "под управлением ООН" no body
        if start and _reign(doc[start - 1], doc[start : span.start]):
            continue  # "в годы правления КПСС": the party's rule, no board
        fielded = before is None and not (part_noun(part) or _assembly_of(part, span))
        whole = Span(doc, start, span.end, FIELDED_PART if fielded else "")
        # a node's name opens with a capital, as an organ named by its body's initials
        # does: "кафедра Университета Осло", "совет директоров МВФ" (sixty-seventh pass)
        name = upper_first(organization_name(whole)) + _state_said(out[n])
        entry = (whole, org_names(gazetteer).get(normalize(name), ""), name)
        if before is not None:
            out[before] = entry
        else:
            out.append(entry)
        if _city_office(doc[start : span.start], out[n]):
            drop.add(n)
    return [entry for n, entry in enumerate(out) if n not in drop]


def inner_abbreviations(
    found: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """`found` with the organization a known body's name ends in, by the abbreviation the
    gazetteer gives it, a mention of its own nested in the name ("Всемирная
    продовольственная программа [ООН]", "ВПП [ООН]"): the programme is the UN's, as where
    the tagger split the name, though the gazetteer matched it whole. Not a word that
    already is a mention, nor the body's own abbreviation."""
    taken = {(span.start, span.end) for span, _, _ in found}
    out = list(found)
    for span, key, _ in found:
        last = span[-1]
        inner = org_names(gazetteer).get(normalize(last.text), "") if len(span) > 1 else ""
        org = gazetteer.org(inner) if abbreviation_like(last.text) and inner != key else None
        if org is not None and (last.i, last.i + 1) not in taken:
            out.append((span[-1:], inner, org.name))
            taken.add((last.i, last.i + 1))
    return out


def _members_named(words: Span, span: Span) -> bool:
    """The name `span` right after a plural noun of member bodies (group `member`) among the
    longer name's own words ("Международная федерация [обществ] Красного Креста"): it says
    what the members are, no body the longer one is a part of, and so no organization of its
    own (sixty-third pass, h-orgs77); not a name after the head ("Детский фонд ООН": ООН's)
    nor after a plural of no body ("Главное управление кадров Вооружённых сил Чили")."""
    noun = span.doc[span.start - 1]
    return (
        words.start <= noun.i < words.end
        and noun.i != words.root.i
        and noun.lemma_.lower() in WORDS["member"]
        and "Plur" in noun.morph.get("Number")
    )


def _city_office(part: Span, body: tuple[Span, str, str]) -> bool:
    """Whether `body` is a state body's abbreviation with a place that is no state after it
    (`BODY_SHORT`: "МВД Петербурга"), after an abbreviation-led part ("ГУ [МВД
    Петербурга]"): the longer name is the city's office, and the ministry "of the city" no
    mention of its own. A body named with its state stays one ("ГУ [МВД России]"), as does
    a known name and a part spelt out ("управления [МВД Петербурга]" keeps no less)."""
    span, key, _ = body
    states = {i for s in span.doc.spans.get("states", []) for i in range(s.start, s.end)}
    return (
        not key
        and len(span) > 1
        and abbreviation_like(part[0].text)
        and span[0].text.isupper()
        and normalize(span[0].text) in _SHORTS
        and span[1].ent_type_ == "LOC"
        and not any(i in states for i in range(span.start + 1, span.end))
    )


def parts_named_by_whole(
    found: list[tuple[Span, str, str]], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """A part of a body (`part_noun`: "пресс-служба", "секретариат", "комитет") right before
    the body's own mention that ends it is named by the body's one name, not by the words the
    text gives the body: "пресс-служба МИД Франции" and "пресс-служба Министерства
    иностранных дел Франции", "пресс-служба кабинета министров Испании" and "… правительства
    Испании" are each one part, across texts as the body is one. Not a part the gazetteer
    knows, nor one of a body this text alone knows (`LOCAL_BODY`), nor a part whose span goes
    on past the body ("комитет Сейма Польши по обороне") or with words between ("совет
    директоров Газпрома"): which part it is, the text's words say."""
    out = list(found)
    for n, (span, key, name) in enumerate(found):
        words = name.split()
        size = _part_size(span)
        if key or span.label_ == LOCAL_BODY or len(span) < 2 or not size:
            continue
        whole = next(
            (
                (s, k, whole_name)
                for s, k, whole_name in found
                if s.start == span.start + size and s.end == span.end and s.label_ != LOCAL_BODY
            ),
            None,
        )
        if whole is None or _by_place(whole[0], gazetteer) or not _named_by(span, words):
            continue
        known = gazetteer.org(whole[1]) if whole[1] else None
        own = known.name if known is not None else whole[2]
        part = _PART_SHORT.get(words[0].lower(), " ".join(words[:size]))
        renamed = f"{part} {name_in(own, 'gent')}" if own else ""
        if renamed and len(words) > size and normalize(own) != normalize(name):
            # a node's name opens with a capital: "совет ИКАО" is "Совет Международной
            # организации гражданской авиации", the organization's organ (sixty-sixth pass)
            named = name if normalize(renamed) == normalize(name) else renamed
            out[n] = (span, key, upper_first(named))
    return out


# A part's contraction and its name in full: "ЦК Компартии Вьетнама" and "Центральный
# комитет Коммунистической партии Вьетнама" are one part (fifty-fifth pass, h-orgs66).
_PART_SHORT = {"цк": "Центральный комитет"}


def _part_size(span: Span) -> int:
    """The number of the part's words opening the span: one part's noun (`part_noun`:
    "пресс-служба", "ЦК"), or one after adjectives ("Центральный комитет", "Постоянный
    комитет"; fifty-fifth pass, h-orgs66); 0 where no part's noun opens it."""
    for t in span[:-1]:
        if part_noun(t):
            return t.i - span.start + 1
        if t.pos_ != "ADJ":
            return 0
    return 0


def _by_place(whole: Span, gazetteer: Gazetteer) -> bool:
    """The body's mention names a city ("МВД Киева", "мэрии Праги"): the state's body the
    gazetteer reads it as has no place in its name, so the part keeps the text's words."""
    return any(capital_named(gazetteer, t) or gazetteer.city(t.lemma_) for t in whole)


def _named_by(span: Span, words: list[str]) -> bool:
    """The part's name opens with the part's own word ("пресс-служба" of "пресс-службы МИД"),
    not with a contraction's expansion ("ГУ МВД X" named "Главное управление …"), whose
    name already says the whole body."""
    return words[0].lower() in (span[0].lemma_.lower(), span[0].text.lower())


def _no_adjective(word: str) -> bool:
    """The dictionary knows the word and reads it as no adjective: a noun the parser took
    for one, capitalised ("в Атриуме юридического факультета": a hall, no part's word)."""
    known = [p for p in morph().parse(word) if p.is_known]
    return bool(known) and not any(p.tag.POS in ("ADJF", "PRTF") for p in known)


def _plural_form(word: str) -> bool:
    """A form only the plural reads ("комитетов"; not "комитета", nor "ГУ", no number)."""
    return morph().can_be(word, "plur") and not morph().can_be(word, "sing")


def _several(part: Token) -> bool:
    """A part's noun in a form both numbers read that is plural by an adjective on it or as a
    plural verb's subject ("Контртеррористические подразделения полиции Уганды вошли"):
    several parts, none named, as a form only the plural reads."""
    if not morph().can_be(part.lower_, "plur"):
        return False
    adjectives = (c for c in part.children if c.dep_ == "amod" and c.i < part.i)
    subject = part.dep_ in ("nsubj", "nsubj:pass") and is_plural(part.head)
    return subject or any("Plur" in features(a, "Number") for a in adjectives)


def _reign(before: Token, part: Span) -> bool:
    """A part's noun that is also a reign (group `reign`: "правление") after a noun of time
    (group `time`: "в годы правления КПСС", "во время правления партии"): the rule, no body."""
    return before.lemma_ in WORDS["time"] and any(t.lemma_ in WORDS["reign"] for t in part)


_PART_FIELD_WORDS = 3  # "[международных экономических отношений]"


def _part_before(doc: Doc, start: int) -> Token:
    """The word before `start`, or the part's noun before the lower-case genitive words
    right before `start` that hang on it and name its field ("факультет [славянской
    филологии] Таврического университета", "пресс-служба [фракции] ЛДПР")."""
    i = start - 1
    while i > 0 and start - i <= _PART_FIELD_WORDS and _field_word(doc[i]):
        i -= 1
    words = range(i + 1, start)
    hang = all(i <= doc[j].head.i < start for j in words)
    return doc[i] if words and hang and part_noun(doc[i]) else doc[start - 1]


def _field_word(t: Token) -> bool:
    """A lower-case genitive word that is no part's noun ("славянской", "филологии")."""
    return lower_genitive(t) and not part_noun(t)


def _state_said(entry: tuple[Span, str, str]) -> str:
    """The state a bare body's name was given (" России" of "правительства" read as
    "Правительство России"), which a part of it keeps ("аппарат правительства" is "аппарат
    правительства России", no one node of every state's); "" for any other body."""
    span, _, name = entry
    return (
        name.removeprefix(upper_first(organization_name(span)))
        if span.label_ == SETTLED_BODY
        else ""
    )


def _part_of(part: tuple[Span, str, str], span: Span) -> bool:
    """The organization `part` is a part of the one `span` names after it: its last word is
    a part's noun ("комитета [Госдумы]"), or it is an unknown name of more words that the
    genitive name hangs on ("Объединённого комитета начальников штабов [ВС Чили]"); a known
    name stays itself ("Совет Федерации"), a one-word one may be a list ("ФСБ МВД")."""
    words, key, _ = part
    if part_noun(words[-1]):
        return True
    return not key and len(words) > 1 and words.start <= span.root.head.i < words.end


def _fielded_part(token: Token) -> bool:
    """A noun of a body that names its field (group `field`) with the "по" phrase of its
    field hanging on it past the name after it ("Агентство [ООН] по делам беженцев",
    "Управления [ООН] по наркотикам и преступности"): a part of that body, as "комитет" is;
    not a phrase of how ("управления ООН по мнению экспертов")."""
    return token.lemma_.lower() in WORDS["field"] and any(
        c.dep_ == "nmod"
        and c.i > token.i + 1
        and c.left_edge.lower_ == "по"
        and not circumstance_noun(c.lemma_, account=True)
        for c in token.rights
    )


def _part_word(part: Token, span: Span) -> bool:
    """A part's noun before the body `span` names: of part_bodies.txt, one naming its field,
    an assembly, or a named programme (`_named_programme`)."""
    named = part_noun(part) or _fielded_part(part) or _named_programme(part)
    return named or _assembly_of(part, span)


def _named_programme(noun: Token) -> bool:
    """A noun of group `programme` a capitalised adjective of its own opens, inside its
    sentence ("[Всемирную продовольственную] программу ООН"): a body of the organization
    named after it, as "Программа развития ООН" is; not a lower-case one ("программа ООН по
    вакцинации": a scheme). Sixty-third pass, h-orgs77."""
    if noun.lemma_.lower() not in WORDS["programme"]:
        return False
    opening = [c for c in noun.lefts if c.pos_ == "ADJ"]
    return bool(opening) and opening[0].text[:1].isupper() and not opening[0].is_sent_start


def _assembly_of(token: Token, span: Span) -> bool:
    """A noun of an organization's assembly (group `assembly`) with a capitalised adjective
    on it right before the organization's abbreviation ("Генеральное собрание [ООН]"): its
    body, named so; not one with no adjective, nor one in lower case ("общее собрание"),
    nor before a name spelt out."""
    first = token.i
    while first and token.doc[first - 1].pos_ == "ADJ" and token.doc[first - 1].head.i == token.i:
        first -= 1
    return (
        token.lemma_.lower() in WORDS["assembly"]
        and first < token.i
        and token.doc[first].text[:1].isupper()
        and len(span) == 1
        and abbreviation_like(span.text)
    )


def tagged_org(
    span: Span, states: list[Span], places: dict[int, Span], gazetteer: Gazetteer
) -> tuple[Span, str, str] | None:
    """(span, gazetteer key or "", name) of an organization natasha tagged, with the state
    named right after it in its sentence taken in ("МИД РФ"; not one opening the next
    sentence, fifty-sixth pass, h-orgs67); None for a bare common noun whose body the text
    does not say ("Правительство"), or for ministries in the plural (`plural_subject`)."""
    if plural_subject(span[0]) or _kinds_in_plural(span):
        return None  # "Министерства обороны, финансов и юстиции Польши …", "Правящие партии"
    doc = span.doc
    after = next(
        (
            s
            for s in states
            if s.start == span.end and s.id_ != "adjective" and not doc[s.start].is_sent_start
        ),
        None,
    )  # not a state opening the next sentence
    place = None if after is not None else place_of(places, span.end, range(span.start, span.end))
    if place is not None:  # "Савеловский суд Москвы", "Городской совет Детройта": the city's
        span = doc[span.start : place.end]
        return span, "", organization_name(span)
    body = organization_name(span)
    quoted = "" if after is not None else quoted_name(gazetteer, body, span)
    if after is not None and len(span) == 1 and many_kind(span[0].text):
        return None  # "СМИ Перу": the state's media, many and no body
    if after is not None and len(span) == 1 and _unnamed(span):
        return None  # "Ведомства Египта": which of the state's many, the text does not say
    if after is not None and (joined := joined_states(after, states)):
        span = doc[span.start : joined[-1].end]  # "Вооружёнными силами Перу и Эквадора"
        # of both states, of no single one; a name opens with a capital ("[Заседание]
        # комиссии Грузии и Армении": "Комиссия Грузии и Армении"; sixty-ninth pass, h-orgs83)
        return span, "", upper_first(organization_name(span))
    if after is not None:
        span = doc[span.start : after.end]  # "Правительства России", "МИД РФ"
    elif (
        len(span) == 1
        and common_noun(span[0].text)
        and not (quoted or in_quotes(span))  # "«Арсенал» выиграл": the club's name
        and not parent_state(gazetteer, span)  # "Сенат Конгресса США" says which
    ):
        return None  # a bare "Правительство": which one, the text does not say here
    name = organization_name(span) if after is not None else body  # the span it named
    if len(name) < 2:
        return None
    if after is not None and after.id_ == "capital":
        return span, "", name  # "Генеральная прокуратура Рейкьявика": the city's
    if after is not None:  # the gazetteer's body under another name of its state
        known = body_of(gazetteer, body, after.kb_id_)
        key = known.key if known is not None else ""
        return span, key, state_body_name(gazetteer, body, after.kb_id_) or upper_first(name)
    key = (
        quoted
        or state_body(gazetteer, name, span, states)
        or _known_after_adjective(span, states, gazetteer)
    )
    if not key and (party := _party_by_adjective(span, states, gazetteer)) is not None:
        return party
    state = "" if key else adjective_before(gazetteer, span)
    if not state and not key and not any(w[:1].isupper() for w in name.split()[1:]):
        state = parent_state(gazetteer, span)  # not "Комитет Сената" of "… США"
    if not state and not key and _bare_body_name(span):
        state = _tagged_body_state(span, states, gazetteer)
        # "Конституционный суд страны": the state's name stands for "страны", not after it
        own = organization_name(span[:-1]) if _of_country(span) else name
        known = body_of(gazetteer, own, state) if state else None
        key = known.key if known is not None else ""
        return span, key, (state and state_body_name(gazetteer, own, state)) or name
    return span, key, (state and state_body_name(gazetteer, name, state)) or name


def _unnamed(span: Span) -> bool:
    """A lone noun of group `fielded` before its state (`unnamed_state_body`) with no "по" phrase of
    its field after the state ("министерства Дании [по делам культуры]" names one)."""
    return unnamed_state_body(span[0], span[1:]) and not state_after_noun(span)


def _party_by_adjective(
    span: Span, states: list[Span], gazetteer: Gazetteer
) -> tuple[Span, str, str] | None:
    """A party's name opened by a state's adjective ("Вьетнамская компартия", "Британская
    национальная партия"): that state's party (the span settled as the state's), named as
    the state's body where its words are a body's full or short name ("Коммунистическая
    партия Вьетнама", one node with "Компартия Вьетнама"), else as written; None for a name
    no party's noun heads ("Российские авиалинии"). Fifty-fifth pass, h-orgs66."""
    adjective = next((s for s in states if s.id_ == "adjective" and s.start == span.start), None)
    if adjective is None or adjective.end >= span.end:
        return None
    rest = span[adjective.end - span.start :]
    if rest.root.lemma_.lower() not in WORDS["party"]:
        return None
    state, name = adjective.kb_id_, organization_name(rest)
    known = body_of(gazetteer, name, state)
    full = state_body_name(gazetteer, name, state) if body_in_full(name) else ""
    settled = Span(span.doc, span.start, span.end, SETTLED_BODY, kb_id=state)
    return settled, known.key if known is not None else "", full or organization_name(span)


def _of_country(span: Span) -> bool:
    """A body's words that end with "страны" on its noun ("Верховный суд страны")."""
    return len(span) > 1 and country_word(span[-1]) and span[-1].head.i < span[-1].i


def many_kind(word: str) -> bool:
    """An abbreviation the dictionary reads only as a plural common noun, no organization's
    ("СМИ": media, many of a kind): with a state after it, that state's such things, no body.
    Not a plural body's ("ВВС", "ВС": the dictionary marks them organizations)."""
    if not word.isupper():
        return False
    parses = [p for p in morph().parse(word) if p.tag.POS == "NOUN" and p.is_known]
    return bool(parses) and all(
        {"Abbr", "Pltm"} <= p.tag.grammemes and "Orgn" not in p.tag.grammemes for p in parses
    )


def _kinds_in_plural(span: Span) -> bool:
    """A span natasha tags that ends in a declined plural of a kind of body ("[Правящие
    партии] Эстонии подписали", "Оппозиционные партии"): several bodies of that kind, no
    body's name. Not a kind with the name after it ("Партия регионов"), nor one a body's
    name holds in its genitive ("Ассоциация пенсионных фондов"), nor a name in quotes, a
    capitalised kind inside the span, or an undeclined one ("радио")."""
    noun = span[-1]
    lemma = morph().lemma(noun.lower_, "NOUN")
    return (
        noun.i == span.root.i
        and lemma in ORG_NOUNS
        and noun.lower_ != lemma
        and "Plur" in features(noun, "Number")
        and (noun.i == span.start or noun.text[:1].islower())
        and not any(t.text in QUOTES for t in span)
    )


def listed_bodies(
    doc: Doc, states: list[Span], gazetteer: Gazetteer
) -> list[tuple[Span, str, str]]:
    """Bodies of one state a list names, the state's genitive name once after the last: a
    noun of state_bodies.txt in the plural with a list of fields ("Министерства обороны,
    финансов и юстиции Польши выступили", "с министерствами обороны и финансов Франции"),
    or two such nouns "и" joins, each with its field ("Министерство обороны и министерство
    финансов Польши"): each field is the state's body ("Министерство юстиции Польши"), the
    first's span from the noun, the last's to the state, no stateless "Министерство
    обороны" every bare mention would join. Not before a second state ("… Египта и
    Турции"), nor a singular noun's fields ("министерством планирования и инвестиций": one
    ministry)."""
    out = []
    names = {s.start: s for s in states if s.id_ not in ("adjective", "capital")}
    for noun in [doc[i] for i in heads_of(doc, "nmod")]:  # the first field hangs on it
        members = _list_members(noun)
        state = names.get(members[-1][1]) if len(members) > 1 else None
        if state is None or not genitive_name(state) or _another_state(state, names):
            continue
        for n, (start, end, body) in enumerate(members):
            span = Span(doc, start, state.end if n == len(members) - 1 else end, BODY_NOUN)
            org = body_of(gazetteer, body, state.kb_id_)
            name = state_body_name(gazetteer, body, state.kb_id_)
            out.append((span, org.key if org else "", name or body))
    return out


def _list_members(noun: Token) -> list[tuple[int, int, str]]:
    """(start, end, nominative name) of each body a list opening at `noun` names (see
    `listed_bodies`): one per field after a plural noun, one per noun after a singular
    one; [] where the words are no such list."""
    # the field first: asked of every word, it turns most down on their parse alone, with
    # no lemma to look up (a noun's lemma often misses the cache: a parse of ~0.1 ms)
    field = _field_after(noun, noun.i + 1)
    if field is None or not body_noun(noun) or noun.lemma_ in PLURAL_BODIES:
        return []
    doc, plural = noun.doc, "Plur" in features(noun, "Number") or plural_subject(noun)
    members = [(noun.i, field.i + 1, _member_name(noun, doc[noun.i + 1 : field.i + 1]))]
    at = field.i + 1
    while at < len(doc) and doc[at].lower_ in LIST_JOINERS:
        start, joiner = at + 1, doc[at].lower_
        if plural:  # "Министерства обороны[, финансов]"
            head, words, last = noun, start, _field_after(field, start, "conj")
        elif joiner == "и" and len(members) == 1 and _joined_body(doc, start, noun):
            head, words = doc[start], start + 1  # "… и [министерство] финансов"
            last = _field_after(head, words)
        else:
            return []
        if last is None:
            return []
        members.append((start, last.i + 1, _member_name(head, doc[words : last.i + 1])))
        at = last.i + 1
        if joiner == "и":
            break
    return members if len(members) > 1 else []


def _member_name(noun: Token, field: Span) -> str:
    """A listed body's name: its noun in the nominative singular and its field as written
    ("министерствами" + "обороны" → "Министерство обороны")."""
    return f"{upper_first(morph().lemma(noun.lower_, 'NOUN'))} {field.text}"


def _joined_body(doc: Doc, at: int, noun: Token) -> bool:
    """The token at `at` is a singular body's noun "и" joins to the body's noun `noun`
    ("Министерство обороны и [министерство] финансов")."""
    other = doc[at] if at < len(doc) else None
    return (
        other is not None
        and other.dep_ == "conj"
        and other.head.i == noun.i
        and bool(body_noun(other))
        and "Plur" not in features(other, "Number")
    )


def _field_after(head: Token, start: int, dep: str = "nmod") -> Token | None:
    """The lower-case genitive noun opening at `start`, past its own adjectives, that hangs
    on `head` by `dep` (a body's field: "[иностранных дел]"; a listed one: "conj"), no
    body's noun; None for other words."""
    doc = head.doc
    at = start
    while at < len(doc) and doc[at].pos_ == "ADJ":
        at += 1
    if at >= len(doc):
        return None
    noun = doc[at]
    heads = {head.i} if dep == "nmod" else {head.i, *(c.i for c in head.children)}
    if (
        noun.pos_ != "NOUN"
        or noun.dep_ != dep
        or noun.head.i not in heads
        or not noun.text[:1].islower()
        or "Gen" not in features(noun, "Case")
        or body_noun(noun)
    ):
        return None
    return noun if all(doc[i].head.i == noun.i for i in range(start, at)) else None


def _another_state(state: Span, names: dict[int, Span]) -> bool:
    """A second state's name "и" or a comma joins right after `state` ("министерств обороны
    Египта и Турции": each its own)."""
    doc = state.doc
    return (
        state.end < len(doc) and doc[state.end].lower_ in LIST_JOINERS and (state.end + 1 in names)
    )


# The contracted names of a state's bodies ("МВД", "Минфин").
_SHORTS = frozenset(normalize(short) for shorts in BODY_SHORT.values() for short in shorts)


def _bare_body_name(span: Span) -> bool:
    """A state's body the tagger named by its common words alone, which every state's body
    bears ("Палата представителей", "Министерство обороны", "Верховный суд"): a noun of
    state_bodies.txt of no kind a state has many of, adjectives of group `naming` alone
    before it, lower-case words after it, and no name right after ("… энергетики Кореи": a
    place the text does not read as a state); not quoted, nor a body "при" another, nor one
    the text's pair follows ("Совет по торговле [обеих стран]": the two states' body, of
    neither alone; fifty-sixth pass, h-orgs67). A ministry's one-word contraction too
    ("Минобороны", "МИД", "Минфин"), not a body one state alone has ("Госдепартамент")."""
    doc = span.doc
    # "Минобороны", "МИД": a ministry every state has, contracted
    contracted = len(span) == 1 and normalize(span.text) in MINISTRIES
    head = span[0] if contracted else next((t for t in span if t.pos_ in ("NOUN", "PROPN")), None)
    if (
        head is None
        or not contracted
        and (head.lemma_ not in STATE_BODIES or head.lemma_ in MANY_PER_STATE)
    ):
        return False
    before, after = span[: head.i - span.start], span[head.i - span.start + 1 :]
    if any(t.lemma_ not in WORDS["naming"] for t in before):
        return False
    if any(t.text[:1].isupper() for t in after):
        return False
    follows = doc[span.end] if span.end < len(doc) else None
    if follows is not None and (follows.text[:1].isupper() or pair_at(doc, span.end) > span.end):
        return False
    return not (in_quotes(span) or subordinate(span))


def _tagged_body_state(span: Span, states: list[Span], gazetteer: Gazetteer) -> str:
    """The state a body named by its common words alone (`_bare_body_name`) is of: the one
    state the text names, before it, no other's capital named ("Премьер Австралии выступил
    в Палате представителей"), else the one its sentence names (`sentence_state`); "" where
    the text does not settle it ("Премьер Австралии встретился с президентом Индонезии.
    Палата представителей одобрила …")."""
    if len({s.kb_id_ for s in states}) == 1:
        state = settled_state(span[-1], states, gazetteer)
        return "" if state and _named_after_only(span, state, states) else state
    return sentence_state(span[0], states, gazetteer)


def _named_after_only(span: Span, state: str, states: list[Span]) -> bool:
    """The body's own sentence names `state` after it and not before: what the body acts
    on ("Палата представителей одобрила пошлины на австралийскую сталь"), not whose it is."""
    sent = span.sent
    own = [s for s in states if s.kb_id_ == state and sent.start <= s.start < sent.end]
    return bool(own) and all(s.start >= span.end for s in own)


def _known_after_adjective(span: Span, states: list[Span], gazetteer: Gazetteer) -> str:
    """The key of the known body of a state whose adjective the tagger took in to open the
    span ("Американский Конгресс" is "Конгресс США"); "" where the rest is no known body of
    that state ("Американская торговая палата")."""
    adjective = next((s for s in states if s.id_ == "adjective" and s.start == span.start), None)
    if adjective is None or adjective.end >= span.end:
        return ""
    org = body_of(
        gazetteer, organization_name(span[adjective.end - span.start :]), adjective.kb_id_
    )
    return org.key if org is not None and org.state else ""


def defended_person(span: Span, ents: Sequence[Span]) -> Span:
    """The span with the person's name the tagger tagged right after it, in the genitive,
    hanging on the span (the parse may hang it on the body's noun), where its last word is
    a noun of what the body does for that person (group `defending`: "Комитет защиты
    [Леонарда Пелтиера]"): words of the name, no body "Комитет защиты"."""
    last = span[-1]
    if last.lemma_ not in WORDS["defending"]:
        return span
    person = next((e for e in ents if e.start == span.end and e.label_ == "PER"), None)
    inside = person is not None and span.start <= person.root.head.i < span.end
    if person is None or not inside or case_of(person.root) != "Gen":
        return span
    return span.doc[span.start : person.end]


def closed_quote(span: Span) -> Span:
    """The span with the straight quote right after it that closes one it opens
    (Ассоциации "Совет городов области" of a tagger's span cut inside the quotes)."""
    doc = span.doc
    if span.text.count('"') % 2 and span.end < len(doc) and doc[span.end].text == '"':
        return doc[span.start : span.end + 1]
    return span
