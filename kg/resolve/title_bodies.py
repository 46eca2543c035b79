"""One title read at its word (`title_from_words`) and the body or post it is of: its body
noun, state body, named body, reporting outlet, kind of leader, portfolio, a mission's city,
the role words, and the words that name a deed rather than a doer.

Split out of titles.py (forty-third pass, h-split45): a title's body and portfolio."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer
from kg.lexicon import load_dict, load_groups, load_list
from kg.nlp.deps import preposition, sentences_back
from kg.nlp.headed_by import group_led, headed_by
from kg.nlp.morph import (
    case_of,
    features,
    is_adjectival,
    is_inanimate,
    is_plural,
    may_be_animate,
    morph,
)
from kg.nlp.quote_marks import OPENING
from kg.resolve.kin_and_ranks import ROYAL_RANKS
from kg.resolve.org_naming import HOUSES
from kg.resolve.place_kinds import kind_of_place
from kg.resolve.title_lexicon import (
    CITY_POSTS,
    FIRST,
    NOT_COMPLEMENTS,
    SHORT_OFFICES,
    TITLES,
    Title,
    genitive_complement,
    named_place,
    open_class_first_lemmas,
    open_class_offices,
    quoted_name,
    title_lemma,
    word_lemma,
)
from kg.resolve.title_words import (
    MISSIONS,
    POSTED,
    bodies_of_state,
    field_words_end,
    ranked,
    state_body,
    state_name,
)
from kg.resolve.unions import serves_union, union_served


def _city_at(doc: Doc, start: int) -> Span | None:
    """The place the tagger finds at `start` that is no state ("посол ЕС в Тбилиси"): an
    envoy's post in a city, which the title holds up to the name after it, as it does a
    state's ("посол Дании в Норвегии"). The tagger's place may run on over the envoy's name
    ("посол Китая в [Лусаке Ду Сяохуэй]"): it ends before its first word the parse sets
    apart from it (`place_end`)."""
    place = next((e for e in doc.ents if e.start == start and e.label_ == "LOC"), None)
    return None if place is None else doc[start : place_end(place)]


def place_end(place: Span) -> int:
    """The end of a place's own words: before the first word apposed to something ("Ду" of
    "в Лусаке Ду Сяохуэй", apposed to "посол") or hanging on a word before the place; a
    city's words hang on each other ("в Нижнем Новгороде"). Sixty-seventh pass, h-names150."""
    for word in place[1:]:
        if word.dep_ == "appos" or not place.start <= word.head.i < place.end:
            return word.i
    return place.end


# A company's legal form before its quoted name ("ОАО «Железные дороги Чили»"): no noun of
# the office, as "компании" is ("президент компании «X»"). Pass forty-five (h-offices51).
_LEGAL_FORMS = frozenset(["оао", "зао", "пао", "ао", "ооо", "акб", "кб", "нко", "гуп", "фгуп",
                          "муп", "ано"])  # fmt: skip


def _body_word(word: Token) -> str:
    """The complement's noun an office keeps ("партии" of "лидер партии «X»"), "" for a
    legal form ("президент ОАО «X»": the body's form, no word of the office)."""
    return "" if word.lower_ in _LEGAL_FORMS else word.lower_


def _office_noun(word: Token, end: int) -> bool:
    """A noun of the office's words ending at `end`, the title's head: not an adjective the
    tagger calls a proper noun for its capital ("Наследный принц …" opening a sentence,
    whose head is "принц"), which the dictionary reads only as an adjective and a noun
    follows. Fifty-second pass (h-names107)."""
    if word.pos_ not in ("NOUN", "PROPN"):
        return False
    if word.pos_ == "NOUN" or word.i + 1 >= end or not word.text[:1].isupper():
        return True
    return not all(p.tag.POS == "ADJF" for p in morph().parse(word.lower_))


def title_from_words(
    doc: Doc,
    i: int,
    end: int,
    spec: tuple[str, str],
    by_start: dict[int, Span],
    by_end: dict[int, Span],
    org_at: dict[int, Span],
) -> Title:
    """The title whose office words are doc[i:end], with the state or body it serves.
    Public: `titles` finds where a title's words are and reads each by it."""
    office, role = spec
    head = next((t.i for t in doc[i:end] if _office_noun(t, end) or ranked(t)), i)
    state, foreign, start, words_end, body_words = "", False, i, end, ""
    body, inside = -1, ""  # the body whose key is the state, the state its name holds
    end = _through_body(doc, i, end, by_end, org_at)
    end, post_field = _field_before_body(doc, end, head, org_at)
    # A body in quotes ("лидер «Аль-Каиды»") is served as one without them; past its place's
    # adjectives ("главный тренер мадридского «Реала»"), the club's, not that place's
    org = org_at.get(end + 1 if end < len(doc) and doc[end].text in OPENING else end)
    org = org or placed_body(doc, end, org_at, by_start)
    org = org or state_placed_body(doc, end, org_at, by_start)
    org = org or _adjective_body(doc, end, org_at, by_start)
    after = by_start.get(end) if org is None or org.start <= end + 1 else None
    if org is not None and _reporting(doc, i, org):
        org = None
    if after is not None and after.id_ == "capital":
        end = after.end  # "мэр Осло" serves the city, not the state
    elif after is not None and (region := _state_after(doc, after, doc[head])) is not None:
        end, state = region  # "президент Перу"; "губернатор японской префектуры Мияги"
    elif (
        org is not None and (owned := _body_state(doc, end, head, org, by_end, org_at)) is not None
    ):
        # "председатель Национального собрания Вьетнама": the body is the office's, the
        # state its name ends with is served; "председатель стортинга": Norway's
        (body_words, state), end, foreign = owned, org.end, True
    elif org is not None:  # "генеральный секретарь ООН"; a body of no key, the state in it
        spans = (by_start.get(k) for k in range(org.start, org.end))
        inside = next((s.kb_id_ for s in spans if s is not None and s.id_ != "adjective"), "")
        inside = "" if _states_listed(doc, org, by_start) else inside
        end, state, foreign = org.end, org.kb_id_ or inside, True
        body = org.start
    elif (after_body := _body_after(doc, end, head, org_at, by_start)) is not None:
        named, body_words = after_body  # "лидер партии «Фидес»"; "… оператора X"
        end, state, foreign, body = named.end, named.kb_id_, True, named.start
    elif (found := _body_of_state(doc, end, words_end, head, by_start))[0] > end:
        # "вице-спикер парламента Грузии", "командир армии Сомали": a title of a state's body,
        # named by its common noun, serves that state; so does a party's ("левой партии Перу");
        # a commander's forces before a punctuation mark are of no state named
        body_end, body_words = found
        served = by_start.get(body_end)
        end = served.end if served is not None else body_end
        state, foreign = (served.kb_id_, True) if served is not None else ("", False)
    elif (
        pointed := _pointed_body(doc, end, org_at) or _headed_by(doc, i, end, org_at)
    ) is not None:
        # "лидер указанной партии" after "партия «Апра»", "Секта «X» во главе с её лидером":
        # the body named before is served
        org, body_words, end = pointed
        state, foreign, body = org.kb_id_, True, org.start
    elif genitive_complement(doc, end, head) or quoted_name(doc, end):
        foreign = True  # "президент компании", "председатель совета директоров", "глава «Лиги»"
        state, body, body_words, end = _complement_body(doc, i, end, words_end, org_at, by_start)
    end = _posted_end(doc, head, end, by_start, org_at)
    before = by_end.get(i)
    adjective = before is not None and before.id_ == "adjective"
    unkeyed = inside or (None if adjective else "")
    if not state and before is not None and before.id_ == "adjective":
        start, state = before.start, before.kb_id_  # "российский президент"
    if not state and not foreign and (union := union_served(doc[head].lemma_)):
        state, foreign = union, True  # "Еврокомиссар Марта Кос": the EU's, no body named
    field = ""
    if state and serves_union(state) and (field_end := field_words_end(doc, end, head)) > end:
        # "Комиссар ЕС по вопросам расширения X": a union's post is named with its field
        words = doc[end:field_end]  # lower case but names ("по Ближнему Востоку")
        field = " ".join(t.text if t.text[:1].isupper() else t.lower_ for t in words)
        end = field_end
    generic = doc[i].lemma_ in ("глава", "лидер")
    kind = doc[i - 1] if i > 0 and before is None and doc[i].lemma_ == "лидер" else None
    if role and kind is not None and _kind_of_leader(kind):
        # "верховный лидер Ирана", "духовный лидер": a kind of leader, not the head of state.
        return Title(i - 1, end, f"{kind.lemma_} лидер", "", state, head=head,
                     words_end=words_end, body=body, unkeyed=unkeyed)  # fmt: skip
    if foreign and role:
        # "лидер консерваторов" leads a party, not a state: the title's own word, not the
        # state office its role stands for.
        lemmas = tuple(title_lemma(t.lemma_) for t in doc[i:words_end])
        office, role, generic = open_class_offices().get(lemmas, " ".join(lemmas)), "", False
    office = f"{office} {post_field}" if post_field else office
    # a short title before a body's words spelled out: "Генсек ЦК КПВ" is "генеральный
    # секретарь"'s (not a deputy's contraction, which the whole office spells out)
    short = load_dict(SHORT_OFFICES).get(office.lower(), office)
    office = f"{short} {body_words}" if body_words else office
    office = f"{office} {field}" if field else office
    said = role_words(tuple(t.lemma_ for t in doc[i:words_end]), role) if generic else ""
    return Title(start, end, office, role, state, generic, foreign=foreign, head=head,
                 words_end=words_end, said=said, body=body, unkeyed=unkeyed)  # fmt: skip


def _state_after(doc: Doc, after: Span, head: Token) -> tuple[int, str] | None:
    """(end, state) of the state a title serves named right after it: by its name ("министр
    обороны Перу"), or by its adjective before a region of it where the title is a local
    one (`CITY_POSTS`, `_state_region`: "губернатор японской префектуры"); None for an
    adjective of anything else ("президент российской компании"), or after another title
    ("премьер канадской провинции Квебек" is no Canada's prime minister)."""
    if after.id_ != "adjective":
        return after.end, after.kb_id_
    end = _state_region(doc, after) if head.lemma_ in CITY_POSTS else -1
    return (end, after.kb_id_) if end > 0 else None


def _adjective_body(
    doc: Doc, end: int, org_at: dict[int, Span], by_start: dict[int, Span]
) -> Span | None:
    """A state's body named right after a title and a state's adjective in the genitive at
    doc[end] ("официальный представитель белорусского МИД", "пресс-секретарь турецкого
    Министерства обороны"): the body served, whose words the office keeps, of the adjective's
    state (`_body_state`), as "пресс-секретарь МИД Польши" is Poland's; None for a company, a
    party or a sports body ("президент российского Олимпийского комитета"). Seventieth
    pass, h-names157."""
    adjective, org = by_start.get(end), org_at.get(end + 1)
    if org is None or not _state_adjective(adjective, org):
        return None
    if case_of(doc[end]) != "Gen":
        return None
    return None if any(t.lemma_ in _NO_STATE_BODIES for t in org) else org


def _state_adjective(adjective: Span | None, org: Span) -> bool:
    """A state's adjective right before a state's body ("белорусского МИД"): the body is of
    the adjective's state (`_adjective_body`, `_body_state`)."""
    return adjective is not None and adjective.id_ == "adjective" and state_body(org)


def _state_region(doc: Doc, adjective: Span) -> int:
    """The end of a region a state's adjective names right after a title, by its kind of
    place in lower case (`kind_of_place`) and the region's own name after it ("губернатор
    [японской префектуры Мияги]", "губернатор [австрийской земли Каринтия]"): the title
    serves a post of that state; -1 where no kind of place follows the adjective.
    Fifty-seventh pass, h-orgs69."""
    k = adjective.end
    if adjective.id_ != "adjective" or k >= len(doc) or not kind_of_place(doc[k]):
        return -1
    place = next((e for e in doc.ents if e.start == k + 1 and e.label_ == "LOC"), None)
    return place.end if place is not None and named_place(doc[k + 1]) else k + 1


def _field_before_body(doc: Doc, end: int, head: int, org_at: dict[int, Span]) -> tuple[int, str]:
    """The end of a "по …" field the parse hangs on a title's head and the field's words,
    where a named body follows it right away ("директор по стратегическим проектам
    Института исследований интернета X": the post is the field's, of the institute); (`end`,
    "") where no field or no body right after it ("беседовал с президентом по вопросам
    торговли": what they spoke of). Pass forty-seven, own sentences (h-offices59)."""
    field_end = field_words_end(doc, end, head)
    if field_end <= end or any(k in org_at for k in range(end, field_end)):
        return end, ""
    after = field_end + 1 if field_end < len(doc) and doc[field_end].text in OPENING else field_end
    if after not in org_at:
        return end, ""
    return field_end, doc[end:field_end].text.lower()


def _complement_body(
    doc: Doc, i: int, end: int, words_end: int, org_at: dict[int, Span], by_start: dict[int, Span]
) -> tuple[str, int, str, int]:
    """What a title at doc[i:end] with a genitive complement of no name serves: the body
    named before a lone body noun points back to ("Лаборатория X … директор лаборатории Y",
    the noun kept), else no body and the complement's words the office keeps (a state body's
    part's, `_part_body`, or a body's of no name, `unnamed_body`); as (the served key, the
    body's first token or -1, the office's words, the title's new end)."""
    told = _named_before(doc, i, end, org_at)
    if told is not None:
        return told.kb_id_, told.start, doc[end].lower_, end + 1
    later = _named_after(doc, end, org_at, by_start)
    if later is not None:
        named, noun_end = later
        return named.kb_id_, named.start, doc[noun_end - 1].lower_, noun_end
    words = _part_body(doc, words_end, words_end + 1) or unnamed_body(doc, end, by_start)
    return "", -1, words, end


def unnamed_body(doc: Doc, end: int, by_start: dict[int, Span]) -> str:
    """The lower-case genitive words of a body no name follows, right after a title, up to
    the holder's name ("президент любительской ассоциации бокса X", "председатель финансовой
    комиссии Y", "глава международной федерации гребли Z": "гребли" the federation's own
    complement): its adjectives, its noun (a body's, `_UNNAMED_BODIES`) and the nouns and
    adjectives in the genitive after it, which the office keeps, as it keeps a named body's
    noun; "" where the first noun is no body's ("командир отряда", "советник президента"),
    a state's or another body's name or any word but a capitalised one or punctuation follows
    (a state's body is its own rule's; "комитета по обороне": a field). Up to six words.
    Pass forty-seven, own sentences (h-offices59)."""
    j = last = end
    # "глава международной федерации гребли": the title's words end with the body's noun
    # (not a name's word: "председателя Партии реформ")
    last_word = doc[max(end - 1, 0)]
    after_body = end > 0 and last_word.text.islower()
    after_body = after_body and body_kind(title_lemma(last_word.lemma_))
    while j < len(doc) and j - end < 6 and j not in by_start:
        word = doc[j]
        if not word.text.replace("-", "").isalpha() or not word.text.islower():
            break
        if _genitive_adjective(word):
            j += 1
        elif word.pos_ == "NOUN" and _body_chain(word, after_body or last > end):
            j = last = j + 1
        else:
            break
    after = doc[last] if last < len(doc) else None
    if last == end or last in by_start or (after is not None and not _name_or_stop(after)):
        return ""
    return doc[end:last].text.lower()


def _body_chain(word: Token, after_body: bool) -> bool:
    """A noun that goes on a body's words: its first noun of a body's kind, then inanimate
    genitive nouns ("ассоциации бокса")."""
    if not after_body:
        return body_kind(title_lemma(word.lemma_))
    return is_inanimate(word) and case_of(word) == "Gen"


def body_kind(lemma: str) -> bool:
    """A noun of a body an office of no named body keeps (`_unnamed_bodies`), also one
    compounded with a contraction before it ("горспорткомитет", "облисполком", "райсовет":
    a city's or region's sports committee). Pass forty-seven, own sentences (h-offices60)."""
    if lemma in _unnamed_bodies():
        return True
    return any(lemma.endswith(b) and len(lemma) > len(b) + 2 for b in _COMPOUNDED_BODIES)


# Body nouns a contracted word may open ("гор-", "обл-", "спорт-"): "горспорткомитет".
_COMPOUNDED_BODIES = ("комитет", "исполком", "совет", "союз")


def _name_or_stop(word: Token) -> bool:
    """A capitalised word or a punctuation mark after a body's words: no more of them."""
    return word.is_punct or (word.text[:1].isupper() and word.text[:1].isalpha())


@cache
def _unnamed_bodies() -> frozenset[str]:
    """Nouns of a body an office of no named body keeps with its words ("председатель
    финансовой комиссии"): org_words.txt's `kind` group, `_BODY_KINDS` and these."""
    return (
        _BODY_KINDS
        | load_groups(ORG_WORDS)["kind"]
        | frozenset(
            [
                "комиссия",
                "ассоциация",
                "федерация",
                "лаборатория",
                "институт",
                "союз",
                "конфедерация",
                "академия",
                "центр",
                "лига",
                "общество",
                "объединение",
                "агентство",
                "фонд",
                "комитет",
                "совет",
                "департамент",
            ]
        )  # fmt: skip
    )


def _named_after(
    doc: Doc, end: int, org_at: dict[int, Span], by_start: dict[int, Span]
) -> tuple[Span, int] | None:
    """The body a lone lower-case genitive body noun after a title and its adjectives, right
    before the holder's name, stands for where the rest of the sentence names one body of
    that noun ("По словам генерального директора нового клуба X, днем рождения ФК «Y»
    можно считать 12 июня": the club's), its name holding the noun or a contraction of it
    (`_KIND_CONTRACTIONS`), with the noun's end; None where it names none or two, or only
    after a preposition ("сыграет против ФК «Y»": another club). Pass forty-seven, own
    sentences (h-offices60)."""
    k = end
    while k < len(doc) and k not in by_start and _genitive_adjective(doc[k]):
        k += 1
    if k + 1 >= len(doc) or k in by_start or k in org_at:
        return None
    noun, after = doc[k], doc[k + 1]
    if (
        not _lower_noun(noun)
        or case_of(noun) != "Gen"
        or not body_kind(title_lemma(noun.lemma_))
        or not after.text[:1].isupper()
        or k + 1 in org_at
        or k + 1 in by_start
    ):
        return None
    lemma = noun.lemma_

    def fits(org: Span) -> bool:
        words = [t for t in org if t.is_alpha]
        if any(t.lemma_ == lemma or _KIND_CONTRACTIONS.get(t.lower_) == lemma for t in words):
            return True
        return org.start > 0 and doc[org.start - 1].lemma_ == lemma

    def governed(org: Span) -> bool:
        before = org.start - (2 if doc[org.start - 1].lemma_ == lemma else 1)
        return doc[before].pos_ == "ADP"

    sent_end = doc[k].sent.end
    named = [o for o in org_at.values() if k + 1 < o.start and o.end <= sent_end and fits(o)]
    named = [o for o in named if not governed(o)]
    if len({o.kb_id_ or o.text for o in named}) != 1:
        return None
    return min(named, key=lambda o: o.start), k + 1


def _lower_noun(noun: Token) -> bool:
    """A lower-case noun of letters: a body's kind standing for a body (`_named_after`,
    `_named_before`), not its name."""
    return noun.pos_ == "NOUN" and noun.text.isalpha() and noun.text.islower()


# Contractions of a body's kind that open its name ("ФК «Тамбов»": a football club).
_KIND_CONTRACTIONS = {"фк": "клуб", "пфк": "клуб", "хк": "клуб", "бк": "клуб"}


def _named_before(doc: Doc, i: int, end: int, org_at: dict[int, Span]) -> Span | None:
    """The body a lone lower-case genitive noun after a title points back to ("Лимская
    антидопинговая лаборатория лишена аккредитации … директор лаборатории X"): the one body
    named before in the text whose name holds that noun, else the last such one named in the
    title's sentence or the two before; None where a word of the body follows the noun (an
    adjective or noun in the genitive, a name, a quote), it is a person's, or no body fits.
    Pass forty-seven, own sentences (h-offices59)."""
    if end + 1 >= len(doc) or end in org_at:
        return None
    noun, after = doc[end], doc[end + 1]
    if (
        not _lower_noun(noun)
        or "Gen" not in features(noun, "Case")
        or not is_inanimate(noun)
        or noun.lemma_ in NOT_COMPLEMENTS
        or end + 1 in org_at
        or after.text in OPENING
        or (after.pos_ in ("NOUN", "ADJ") and after.text.islower() and case_of(after) == "Gen")
    ):
        return None

    def fits(org: Span) -> bool:
        return any(t.lemma_ == noun.lemma_ for t in org)

    named = [o for o in org_at.values() if o.end <= i and fits(o)]
    if len({o.kb_id_ or o.text for o in named}) == 1:
        return max(named, key=lambda o: o.start)
    return _last_body(org_at, sentences_back(doc[i].sent, 2).start, i, fits)


def _posted_end(
    doc: Doc, head: int, end: int, by_start: dict[int, Span], org_at: dict[int, Span]
) -> int:
    """The end of the place where an envoy's post is, after the title ending at `end` ("посол
    Дании в Норвегии": where the post is, not whom it serves), else `end`. A post is where
    one is ("в Норвегии"), not where one goes ("визит президента Франции в Индию": the
    accusative is the visit's goal); only an envoy's is abroad, the place after any other
    title is the sentence's ("переговоры министра Турции в Анкаре")."""
    where = (
        end + 1 < len(doc)
        and title_lemma(doc[head].lemma_) in load_list(POSTED)
        and doc[end].lower_ in ("в", "во", "при")
        and case_of(doc[end + 1]) != "Acc"
    )
    posted = (
        (by_start.get(end + 1) or org_at.get(end + 1) or _city_at(doc, end + 1)) if where else None
    )
    return posted.end if posted is not None and posted.id_ != "adjective" else end


# A party's noun, which is no body of a state (`bodies_of_state`) but may be named by it
# ("левой партии Перу")
_PARTIES = frozenset({"партия"})


# A body's noun that, with no name after it, points back to the body of its kind named
# before ("ведомство": any body)
_ANAPHORIC_BODIES = {
    "ведомство": ("",),
    "министерство": ("министерств", "мид", "минфин", "минобороны", "мвд"),
    "комитет": ("комитет",),
    "служба": ("служб",),
}


def with_anaphoric_body(
    doc: Doc, title: Title, org_at: dict[int, Span], by_start: dict[int, Span]
) -> Title:
    """The title of no state or body whose words end with a lone body noun, made the title of
    the body that noun points back to (`anaphoric_body`: "Роскомнадзор … По словам главы
    ведомства X": "глава" of it, as of "главы Роскомнадзора"); else the title as it is."""
    if title.state or title.end != (title.words_end or title.end):
        return title
    told = anaphoric_body(doc, title.start, title.end, org_at, by_start)
    if told is None:
        return title
    spans = (by_start.get(k) for k in range(told.start, told.end))
    inside = next((s.kb_id_ for s in spans if s is not None and s.id_ != "adjective"), "")
    office = title.office
    if doc[title.end - 1].lemma_ == "ведомство":
        office = office.removesuffix(" ведомства")
    return replace(title, office=office, state=told.kb_id_ or inside, foreign=True)


def anaphoric_body(
    doc: Doc, i: int, end: int, org_at: dict[int, Span], by_start: dict[int, Span]
) -> Span | None:
    """The body a lone genitive noun of a body ending a title's words points back to ("По словам
    главы ведомства X" after "Роскомнадзор заблокировал…", "глава министерства" after
    "Министерство юстиции Эстонии"): the nearest body of that noun's kind (`_ANAPHORIC_BODIES`)
    named before the title in its sentence or the one before; None where a name, a state or a
    genitive follows the noun ("глава ведомства Турции") or no such body was named (pass
    forty-six, own sentences, h-offices56)."""
    if end - 1 <= i or doc[end - 1].text[:1].isupper():
        return None
    noun = doc[end - 1]
    kinds = _ANAPHORIC_BODIES.get(noun.lemma_.replace("ё", "е"))
    if kinds is None or case_of(noun) != "Gen":
        return None
    nxt = doc[end] if end < len(doc) else None
    if nxt is not None and (
        nxt.i in by_start
        or nxt.i in org_at
        or nxt.text in OPENING
        or (nxt.pos_ in ("NOUN", "ADJ") and case_of(nxt) == "Gen")
    ):
        return None
    first = sentences_back(doc[i].sent, 1).start
    return _last_body(org_at, first, i, lambda o: any(k in o.text.lower() for k in kinds))


def _last_body(
    org_at: dict[int, Span], start: int, end: int, fits: Callable[[Span], bool]
) -> Span | None:
    """The last body named within doc[start:end] that `fits`: the one a word pointing back
    to a body stands for ("главы ведомства", "лидером указанной партии")."""
    named = [o for o in org_at.values() if start <= o.start and o.end <= end and fits(o)]
    return max(named, key=lambda o: o.start, default=None)


def _body_of_state(
    doc: Doc, end: int, words_end: int, head: int, by_start: dict[int, Span]
) -> tuple[int, str]:
    """The end of a state's body named by its common noun right after a title at doc[end]
    (`_body_noun`) and the body's words the office keeps (`_part_body`, `_chaired_house`);
    else of a party
    named by its common noun and adjectives before its state's name, whose words the
    office keeps ("председатель левой партии Перу" → "председатель левой партии" of Peru;
    forty-fifth pass, own sentences, h-offices52); else of the forces a commander's title
    governs (`_commanded`); (`end`, "") where none."""
    body_end = _body_noun(doc, end, by_start, bodies_of_state())
    if body_end > end:
        words = _part_body(doc, words_end, body_end) or _chaired_house(doc, head, end, body_end)
        return body_end, words
    party_end = _body_noun(doc, end, by_start, _PARTIES)
    if party_end > end:
        return party_end, doc[end:party_end].text.lower()
    return _commanded(doc, end, by_start)


# Titles that govern the forces they command in the instrumental ("командующий армией")
_COMMANDING = frozenset({"командующий", "главнокомандующий"})
# Forces a commander's title governs: "командующий съёмочной группой" commands no troops
_FORCES = frozenset({
    "войско", "сила", "армия", "флот", "флотилия", "группировка", "корпус", "дивизия",
    "гарнизон", "контингент", "гвардия", "авиация", "ополчение",
})  # fmt: skip


def _commanded(doc: Doc, end: int, by_start: dict[int, Span]) -> tuple[int, str]:
    """The end of the forces a commander's title governs in the instrumental, after their
    adjectives and lower-case genitive words, right before a state's name, and the forces'
    words the office keeps ("командующий сухопутными войсками Эстонии генерал-майор X": the
    title ends before the rank, "командующий сухопутными войсками" of Estonia; forty-fifth
    pass, h-offices52; "главнокомандующий войсками противовоздушной обороны Турции", the
    words kept, forty-ninth pass, h-offices62); so before a punctuation mark or the text's
    end, of no state ("назначил X командующим сухопутными войсками.": the appointer's);
    (`end`, "") where none, or where what is commanded is no force ("командующий съёмочной
    группой")."""
    k = _forces_end(doc, end, by_start)
    alone = end < k and (k == len(doc) or doc[k].is_punct)  # "… командующим армией."
    return (k, doc[end:k].text.lower()) if alone or state_name(by_start.get(k)) else (end, "")


def _forces_unit(doc: Doc, org: Span, by_end: dict[int, Span]) -> tuple[str, str] | None:
    """(the unit's words the office keeps, the state served) of a body right after a title
    whose name ends with a state's adjective and its forces' noun in the genitive (`_FORCES`)
    after the unit's own words ("Юго-Западным командованием индийской армии"): a unit of
    that state's forces, so the title serves the state, not the unit as if it were one
    ("командующий Юго-Западным командованием" of India). None for any other body, or one
    the adjective opens ("Британской армии"). Sixty-sixth pass (h-names148)."""
    if len(org) < 3 or org[-1].lemma_.lower() not in _FORCES or case_of(org[-1]) != "Gen":
        return None
    adjective = by_end.get(org.end - 1)
    if adjective is None or adjective.id_ != "adjective" or adjective.start <= org.start:
        return None
    return _spelled_body(doc[org.start : adjective.start]), adjective.kb_id_


def _forces_end(doc: Doc, end: int, by_start: dict[int, Span]) -> int:
    """The end of the forces (`_FORCES`) a commander's title ending at `end` governs in the
    instrumental, past their adjectives and lower-case genitive words ("войсками
    противовоздушной обороны"); `end` where none."""
    noun = _commanded_noun(doc, end)
    if noun is None or not noun.text.islower() or noun.lemma_ not in _FORCES:
        return end
    k = noun.i + 1
    while k < len(doc) and k not in by_start and _lower_genitive(doc[k]):
        k += 1  # "войсками противовоздушной обороны Турции"
    return k


def commands_no_force(doc: Doc, title_end: int) -> bool:
    """A commander's title ending at `title_end` whose instrumental complement, past its
    adjectives, is no force ("командующий съёмочной группой Перу"): no military post, so no
    state the words after it name is its own (forty-ninth pass, h-offices62)."""
    noun = _commanded_noun(doc, title_end)
    return noun is not None and noun.lemma_ not in _FORCES


def _commanded_noun(doc: Doc, end: int) -> Token | None:
    """The instrumental noun, past its adjectives, that a commander's title ending at `end`
    governs ("командующий сухопутными войсками"); None where the title is no commander's or
    no such noun follows."""
    if end < 1 or word_lemma(doc[end - 1]) not in _COMMANDING:
        return None
    j = end
    while j < len(doc) and is_adjectival(doc[j]) and case_of(doc[j]) == "Ins":
        j += 1
    noun = doc[j] if j < len(doc) else None
    return noun if noun is not None and noun.pos_ == "NOUN" and case_of(noun) == "Ins" else None


def placed_body(
    doc: Doc, end: int, org_at: dict[int, Span], by_start: dict[int, Span]
) -> Span | None:
    """A body in quotes after a title and the lower-case genitive adjectives of its place
    ("главный тренер мадридского «Реала»", "сантьягского «Коло-Коло»"): the body the title
    serves, its place no word of the office; None where no such adjective or no quoted body
    follows. Pass forty-five, own sentences (h-offices50). So is a capitalised body's name
    whose span starts after such adjectives, none a state's ("Глава городского Департамента
    культуры X"; h-offices52)."""
    j = end
    while j < len(doc) and doc[j].text.isalpha() and _genitive_adjective(doc[j]):
        j += 1
    if j == end or j + 1 >= len(doc):
        return None
    if doc[j].text in OPENING:
        return org_at.get(j + 1)
    state = any(k in by_start for k in range(end, j + 1))  # "российского МИД": the state's
    return org_at.get(j) if doc[j].text[:1].isupper() and not state else None


def state_placed_body(
    doc: Doc, end: int, org_at: dict[int, Span], by_start: dict[int, Span]
) -> Span | None:
    """A named body after a title, a state's adjective and lower-case genitive adjectives
    ("директору Латвийского государственного Большого театра"), whose first noun is no
    state body's ("театра": the theatre's director, not "российского Министерства обороны"
    nor "российского МИД", a state's): the body the title serves; None where none. Pass
    forty-seven, own sentences (h-offices60)."""
    first = by_start.get(end)
    if first is None or first.id_ != "adjective":
        return None
    j = first.end
    while j < len(doc) and doc[j].text.isalpha() and _genitive_adjective(doc[j]):
        j += 1
    org = org_at.get(j)
    if org is None or j in by_start:
        return None
    noun = next((t for t in org if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is None or not noun.text[1:].islower() or not noun.text.isalpha():
        return None
    return None if noun.lemma_.replace("ё", "е") in bodies_of_state() else org


def _body_after(
    doc: Doc, end: int, head: int, org_at: dict[int, Span], by_start: dict[int, Span]
) -> tuple[Span, str] | None:
    """The body a title's genitive words after it name, with the words of it the office
    keeps: "лидер партии «Фидес»" (the complement's noun is the office's, the body it names is
    served), "главой совета директоров перуанского оператора мобильной связи Entel Peru"
    (`described_body`: the words before what kind of body it is, "совета директоров")."""
    if (named := _named_body(doc, end, head, org_at)) is not None:
        return named, _body_word(doc[_past_adjectives(doc, end)])
    if is_plural(doc[head]):  # "директоров … авиакомпании LATAM": no one's title
        return None
    described = described_body(doc, end, org_at, by_start)
    if described is None:
        return None
    body, kind = described
    return body, doc[end:kind].text.lower()


def described_body(
    doc: Doc, end: int, org_at: dict[int, Span], by_start: dict[int, Span]
) -> tuple[Span, int] | None:
    """A named body after a title and the lower-case genitive words that say what kind it is
    ("главой совета директоров перуанского оператора мобильной связи Entel Peru", "Президент
    совета директоров крупной чилийской авиакомпании LATAM"): the body the title serves, and
    where the words of its kind start (with their adjectives; the words before them, "совета
    директоров", are the office's); None where no noun of a body's kind is among them (up to
    six words in all, a state's adjective among them but no state's name, no one's title:
    "главы МИД Норвегии") or no capitalised body comes right after them. Pass forty-six, own
    sentences (h-offices54)."""
    j = end
    while j < len(doc) and j - end < 6 and _lower_genitive(doc[j]) and _no_state(by_start, j):
        j += 1
    kinds = _BODY_KINDS | load_groups(ORG_WORDS)["kind"]
    nouns = [t for t in doc[end:j] if t.pos_ == "NOUN"]
    kind = next((t.i for t in nouns if title_lemma(t.lemma_) in kinds), None)
    if kind is None or any(_titled(t) for t in nouns):
        return None  # "главы МИД Норвегии", "генерального секретаря НАТО": another's title
    j = _aim_words(doc, j, by_start)
    if j < len(doc) and doc[j].text in OPENING and j + 1 in org_at:
        j += 1  # "организации содействия защите прав потребителей «Честность»"
    if j >= len(doc) or not doc[j].text[:1].isupper() or j in by_start:
        return None
    body = org_at.get(j)
    while kind > end and doc[kind - 1].pos_ != "NOUN":  # "крупной чилийской авиакомпании"
        kind -= 1
    return (body, kind) if body is not None else None


def _aim_words(doc: Doc, j: int, by_start: dict[int, Span]) -> int:
    """Token index `j` moved past the lower-case words of a body's aim after its kind's
    noun, right before its quoted name ("организации содействия защите прав потребителей
    «Честность»": the body's long name, no one's title); unmoved where any other word or
    mark, or no opening quote, ends them. Up to eight words. Pass forty-seven, own
    sentences (h-offices60)."""
    k = j
    while k < len(doc) and k - j < 8 and k not in by_start:
        word = doc[k]
        if not word.is_alpha or not word.text.islower() or word.pos_ not in ("NOUN", "ADJ"):
            break
        k += 1
    return k if k > j and k < len(doc) and doc[k].text in OPENING else j


ORG_WORDS = Path(__file__).with_name("org_words.txt")
# Nouns of what kind of firm or body a name is, beside org_words.txt's `kind` group
# ("перуанского оператора мобильной связи Entel Peru").
_BODY_KINDS = frozenset(["оператор", "производитель", "перевозчик", "авиакомпания",
                         "провайдер", "разработчик", "ритейлер", "автопроизводитель",
                         "госкомпания", "университет", "профсоюз", "организация"])  # fmt: skip


def _titled(word: Token) -> bool:
    """A title's word (its lemma opens a title of the lists): another's post, not a kind."""
    lemma = title_lemma(word.lemma_)
    singular = not is_plural(word)  # "совета директоров": the board's, no one's title
    return (
        singular
        and lemma not in _BODY_KINDS
        and (lemma in FIRST or lemma in open_class_first_lemmas())
    )


def _no_state(by_start: dict[int, Span], i: int) -> bool:
    """No state's name starts at doc[i] (its adjective may: "чилийской компании")."""
    return i not in by_start or by_start[i].id_ == "adjective"


def _lower_genitive(word: Token) -> bool:
    """A lower-case genitive noun, or adjective as `_genitive_adjective` reads one."""
    if word.pos_ == "NOUN":
        return word.text.isalpha() and word.text.islower() and case_of(word) == "Gen"
    return word.text.isalpha() and _genitive_adjective(word)


# Words that point back to a body named before ("лидер указанной партии").
# ("указанной" may be lemmatized as its verb's participle: "указать").
_POINTING = frozenset({
    "указанный", "упомянутый", "вышеупомянутый", "названный", "данный", "этот", "указать",
    "упомянуть", "назвать",
})  # fmt: skip


def _pointed_body(doc: Doc, end: int, org_at: dict[int, Span]) -> tuple[Span, str, int] | None:
    """The body a pointing word and a genitive common noun right after a title stand for
    ("лидером указанной партии", "главы этой компании"): the last one named before
    in this sentence or the two before, whose name is that noun's or follows it ("партия
    «Апра»"), with the noun (the office's word) and the title's new end; None where no such
    body is named (pass forty-six, own sentences, h-offices55)."""
    if end + 1 >= len(doc) or doc[end].lemma_ not in _POINTING:
        return None
    noun = doc[end + 1]
    if noun.pos_ != "NOUN" or "Gen" not in features(noun, "Case") or not noun.text.islower():
        return None
    lo = sentences_back(doc[end].sent, 2).start
    last = _last_body(org_at, lo, end, lambda org: _named_by(doc, org, noun.lemma_))
    return None if last is None else (last, noun.lower_, end + 2)


def _headed_by(doc: Doc, i: int, end: int, org_at: dict[int, Span]) -> tuple[Span, str, int] | None:
    """The body named right before "во главе с" (a possessive at most between; not "под
    руководством", which `headed_by` says why) and the title
    doc[i:end] ("Секта «Ветвь Давидова» во главе с её лидером Дэвидом Корешом": its leader),
    with no word of the office and the title's end unmoved; None where none, or where the
    body is the genitive complement of the group led ("Делегация МИД Перу во главе с
    министром": the delegation's head)."""
    ends: dict[int, Span] = {}
    for org in org_at.values():
        ends.setdefault(org.end, org)
    headed = headed_by(doc, doc[i:end], ends.get, under=False)
    if headed is None or group_led(headed.body):
        return None
    return headed.body, "", end


def _named_by(doc: Doc, org: Span, lemma: str) -> bool:
    """The body's name is made of the noun or follows it, past an opening quote ("партия
    «Апра»", "Демократической партии")."""
    before = org.start - (2 if org.start and doc[org.start - 1].text in OPENING else 1)
    return any(t.lemma_ == lemma for t in org) or (before >= 0 and doc[before].lemma_ == lemma)


def _past_described(doc: Doc, start: int, end: int) -> int:
    """Token index `start` moved past the lower-case adjectives that describe a body before
    its capitalised name ("секретарь левоцентристской Демократической партии Италии": the
    party's name is "Демократическая партия", the office "секретарь Демократической
    партии"; pass forty-six, own sentences, h-offices55); unmoved where no capitalised word
    follows them."""
    j = start
    while j < end and doc[j].text.isalpha() and doc[j].text.islower() and is_adjectival(doc[j]):
        j += 1
    return j if j < end and doc[j].text[:1].isupper() else start


def _genitive_adjective(word: Token) -> bool:
    """A lower-case adjective in the genitive, as the tagger reads it or, for a place's
    adjective it does not know ("сантьягского" read as a noun), as pymorphy3 does first."""
    if not word.text.islower():
        return False
    if is_adjectival(word):
        return "Gen" in features(word, "Case")
    tag = morph().parse(word.lower_)[0].tag
    return "ADJF" in tag and "gent" in tag


# Contracted names of a state's body, as a title's genitive complement spells them out
# ("замсекретаря Совбеза Чили" holds the post "Совета безопасности" names).
_CONTRACTED_BODIES = {"совбез": "Совета безопасности"}


def _body_state(
    doc: Doc,
    end: int,
    head: int,
    org: Span,
    by_end: dict[int, Span],
    org_at: dict[int, Span],
) -> tuple[str, str] | None:
    """(the body's words the office takes, the state served) of a state's body right after
    a title at doc[end]: the state its name ends with (`_state_body`), else the state whose
    forces' unit it is (`_forces_unit`), else the state of a ruling party whose central organ
    it is (`_ruling_party_body`: "ЦК КПВ" is Vietnam's), else a known parliament's state
    for its chair (`_own_house`: "председатель стортинга" is Norway's, "председатель ВСНП"
    China's), else the state of the known parliament a part's name ends with
    (`_house_part_state`: "вице-председатель Постоянного комитета Всекитайского собрания
    народных представителей" is China's); None for any other body."""
    adjective = by_end.get(org.start)
    if adjective is not None and _state_adjective(adjective, org):
        return _spelled_body(org), adjective.kb_id_  # "белорусского МИД" (`_adjective_body`)
    own = _state_body(doc, end, org, by_end)
    if own is not None:
        named_at = _past_described(doc, end, own.start)  # "левоцентристской" no word of it
        return _spelled_body(doc[named_at : own.start]), own.kb_id_
    if (unit := _forces_unit(doc, org, by_end)) is not None:
        return unit  # "командующий Северным командованием пакистанской армии": Pakistan's
    if party_state := _ruling_party_body(doc, org):
        return _spelled_body(org), party_state  # "генеральный секретарь ЦК КПВ": Vietnam's
    if org.id_ and _own_house(doc, head):
        return _spelled_body(org), org.id_
    state = _house_part_state(org, org_at)
    return (_spelled_body(org), state) if state else None


def _house_part_state(org: Span, org_at: dict[int, Span]) -> str:
    """The state of a known parliament (`id_`, `org_naming.org_span`) whose name ends the
    name of a body the gazetteer does not know, its part ("Постоянного комитета ВСНП",
    "комитета ВСНП по иностранным делам" not: the parliament does not end it): the part is
    that state's body, as its parliament is (seventy-first pass, h-names160); "" for any
    other, a body of no state's parliament ("комитет Европарламента")."""
    if org.id_ or org.label_ != "ORG":
        return ""
    inner = (org_at.get(i) for i in range(org.start + 1, org.end))
    return next((s.id_ for s in inner if s is not None and s.end == org.end and s.id_), "")


# the central organs of a ruling party whose posts are its state's: "ЦК КПВ", "Политбюро ЦК
# КПК", "Центрального комитета Трудовой партии Кореи"
_CENTRAL_ORGANS = frozenset({"цк", "политбюро", "центральный", "центрального", "центральным"})


def _ruling_party_body(doc: Doc, org: Span) -> str:
    """The state of a party the gazetteer gives one ("КПВ", "Трудовой партии Кореи") whose
    name closes a body's name after a title ("ЦК КПВ", "Политбюро ЦК КПК"): the body of a
    ruling party, whose posts are its state's, the body's words the office's (as
    "генеральный секретарь ЦК КПК" of China); "" for the party itself ("лидер КПВ" leads
    the party), one of no state the gazetteer knows, and a body that is no central organ
    ("председатель генсовета «Единой России»" serves a party, not Russia). Seventy-first
    pass, h-names159."""
    if org[0].lower_ not in _CENTRAL_ORGANS:
        return ""
    gazetteer = Gazetteer.load()
    entries = (
        gazetteer.org(s.kb_id_)
        for s in doc.spans.get("orgs", ())
        if s.end == org.end and s.start > org.start
    )
    party = next((e for e in entries if e is not None and e.kind == "PoliticalParty"), None)
    return f"state/{party.state}" if party is not None and party.state else ""


# A chamber's chair's words ("председатель стортинга", "спикер кнессета")
CHAIRS = frozenset(["председатель", "спикер"])


def _own_house(doc: Doc, head: int) -> bool:
    """A chair's title before a known parliament of one state (`org_naming.org_span`) that
    names no state (not "Сейма Латвии", whose state its name gives: `_state_body`): by its
    own one word ("стортинга", "Кнессета"), its acronym or its full name ("председатель
    ВСНП", "председатель Всекитайского собрания народных представителей": the gazetteer
    gives its state), the chair is of the parliament's state, its name the office's words
    (sixtieth pass, h-orgs73; seventy-second, h-names162). Not a member's ("член Кнессета"
    stays the body's, h-names)."""
    return doc[head].lemma_.lower() in CHAIRS


def _chaired_house(doc: Doc, head: int, end: int, body_end: int) -> str:
    """The words of a parliament or chamber (group `house`) a chair's title governs before
    its state's name, which the office keeps ("Председатель Сената Чили" chairs the
    Senate, no "председатель" of Chile, as "председатель Национального собрания" is
    kept); "" for any other title or body. Sixty-sixth pass (h-names148)."""
    if doc[head].lemma_.lower() not in CHAIRS:
        return ""
    return (
        _spelled_body(doc[end:body_end]) if title_lemma(doc[body_end - 1].lemma_) in HOUSES else ""
    )


def _spelled_body(words: Span) -> str:
    """A body's genitive words after a title, a contracted body's name spelled out
    (`_CONTRACTED_BODIES`): one post whichever name the text gave its body."""
    return " ".join(_CONTRACTED_BODIES.get(t.lower_.removesuffix("а"), t.text) for t in words)


def _through_body(
    doc: Doc, i: int, end: int, by_end: dict[int, Span], org_at: dict[int, Span]
) -> int:
    """Where the state's name after a title at doc[i:end] starts, where the title's own
    words open a body's name that goes on in the genitive to that state ("начальник
    Генерального штаба вооруженных сил Чили": the office is the staff's head, of Chile; the
    body's name "Генерального штаба вооруженных сил Чили" began inside the title), else
    `end`. Only lower-case genitive words between ("вооруженных сил"), none of them a
    name's nor a person's noun (whose title it is), and a state's name, no adjective nor
    capital, closing the body's name."""
    org = next((org_at[k] for k in range(i + 1, end) if k in org_at), None)
    if org is None or org.end <= end + 1 or org.end > len(doc):
        return end
    state = by_end.get(org.end)
    if state is None or state.id_ in ("adjective", "capital") or state.start <= end:
        return end
    between = doc[end : state.start]
    if any(t.lemma_.replace("ё", "е") in bodies_of_state() for t in between):
        return end  # "руководитель аппарата правительства Чили": `_body_noun`'s, `_part_body`
    genitive = all(
        t.is_alpha
        and t.text.islower()
        and "Gen" in features(t, "Case")
        and (t.pos_ != "NOUN" or is_inanimate(t))  # not "администрации президента Перу"
        for t in between
    )
    return state.start if genitive else end


def _part_body(doc: Doc, words_end: int, body_end: int) -> str:
    """The state's body a title ending in a part's noun is the part of, its words to keep
    in the office ("руководитель аппарата правительства Чили": the government's staff, not
    the president's), doc[words_end:body_end] where that ends in a genitive noun of a state's
    body; "" for any other title ("вице-спикер парламента": the parliament's own post)."""
    from kg.resolve.org_modifiers import part_noun

    if words_end < 1 or body_end > len(doc) or not part_noun(doc[words_end - 1]):
        return ""
    noun = doc[body_end - 1]
    if noun.lemma_.replace("ё", "е") not in bodies_of_state() or case_of(noun) != "Gen":
        return ""
    return doc[words_end:body_end].text.lower()


def no_doer(lemmas: list[str], end: int, spec: tuple[str, str] | None) -> tuple[str, str] | None:
    """The title's office and role, but none for a performer's noun before a deed's in the
    genitive (`_DEEDS`: "исполнители взрывов"), who is the one who did it."""
    if spec is not None and spec[0] in _DOERS and end < len(lemmas) and lemmas[end] in _DEEDS:
        return None
    return spec


# a function word after a rank, which the dictionary also reads as an abbreviated noun ("в":
# "вольт", "с": "секунда"): never a byword's thing (fifty-seventh pass, h-events182)
_FUNCTION_POS = frozenset(["ADP", "CCONJ", "SCONJ", "PART"])


def byword(
    doc: Doc, i: int, n: int, spec: tuple[str, str] | None
) -> tuple[int, tuple[str, str] | None]:
    """The title's length and office, taking in a thing's noun in the genitive after a
    monarch's rank ("Король сальсы X", "королева красоты X", "король поп-музыки"): a byword
    of fame, no throne, whose words are the office ("король сальсы", no role, so no state's
    monarch). A state's name ("король Иордании"), its people ("король бельгийцев") or a
    polity's noun ("король королевства Бахрейн") is a monarch's."""
    end = i + n
    if spec is None or spec[0] not in ROYAL_RANKS or end >= len(doc):
        return n, spec
    word = doc[end]
    if not word.is_alpha and "-" not in word.text or not word.text[0].islower():
        return n, spec
    if word.pos_ in _FUNCTION_POS:  # "визит иорданского короля в Каир": "в" no volt's
        return n, spec
    if title_lemma(word.lemma_) in _POLITIES or may_be_animate(word.lower_):
        return n, spec
    things = [p for p in morph().parse(word.lower_) if p.tag.POS == "NOUN"]
    if not any(p.tag.case == "gent" and "inan" in p.tag for p in things):
        return n, spec
    return n + 1, (f"{spec[0]} {word.lower_}", "")


def no_character(doc: Doc, i: int, spec: tuple[str, str] | None) -> tuple[str, str] | None:
    """The title's office and role, but none for a title in an actor's part ("сыграл роль
    президента Чили X", "за роль босса мафии X"): the name after it is a character's. A
    part played otherwise ("отметил роль президента X в переговорах") keeps the office."""
    if spec is None or i == 0 or title_lemma(doc[i - 1].lemma_) not in _PARTS:
        return spec
    part = doc[i - 1]
    played = part.head.lemma_.replace("ё", "е") in _PLAYING and part.head.i < part.i
    return None if played or preposition(part) == "за" else spec


def office_words(
    doc: Doc,
    i: int,
    n: int,
    spec: tuple[str, str],
    by_start: dict[int, Span],
    org_at: dict[int, Span],
) -> tuple[int, tuple[str, str]]:
    """The title at doc[i:i+n] with the words after it that are its office's: a ministry's
    field ("министр экономики Мексики", "первый замминистра финансов"), a diplomatic
    mission's noun before its state's name ("советник посольства Франции", "первый секретарь
    посольства Швеции": a mission's rank, no adviser to the state; not of an office that
    stands for a role); a ministry's head named with its field is its minister, with the
    role that minister's title has ("глава Министерства национальной обороны": "министр
    национальной обороны", as "министр обороны ФРГ" gives; `_ministry_field`); a council of
    one field's ministers is read whole, no government (`_council_field`)."""
    if (field_end := _ministry_field(doc, i, by_start, org_at)) >= i + n:
        spec, n = _minister_of(doc[i + 2 : field_end]), field_end - i
    if n == 1 and spec[0] == "министр" and (led := _led_ministry(doc, i, by_start, org_at)):
        spec = _minister_of(led)  # "делегация министерства транспорта во главе с министром"
    if (field_end := _council_field(doc, i, n, by_start, org_at)) > i + n:
        words = doc[i + 1 : field_end].text.lower()  # "совета министров иностранных дел"
        spec, n = (f"{title_lemma(doc[i].lemma_)} {words}", ""), field_end - i
    last = title_lemma(doc[i + n - 1].lemma_)
    if last in _PORTFOLIO_HEADS and spec[0].endswith(last):
        field_end = _portfolio(doc, i + n, by_start, org_at)
        field_end = max(field_end, _dative_field(doc, i + n, by_start, org_at))  # "по делам …"
        if field_end > i + n:
            spec, n = (_office_with(spec[0], doc[i + n : field_end]), spec[1]), field_end - i
    if (field_end := _more_fields(doc, i, n, by_start, org_at)) > i + n:
        spec, n = (_office_with(spec[0], doc[i + n : field_end]), spec[1]), field_end - i
    if not spec[1] and (body := _body_noun(doc, i + n, by_start, load_list(MISSIONS))) > i + n:
        spec, n = (_office_with(spec[0], doc[i + n : body]), ""), body - i
    return n, spec


def _office_with(office: str, words: Span) -> str:
    """The office with the words after its title, in lower case but a place's name ("министр
    по делам Европы"; h-names157), spaced as the text spaces them: no space before a comma
    that opens them ("министр торговли, промышленности и энергетики", not "министр торговли
    , промышленности"). Sixty-seventh pass, h-names150."""
    gap = " " if not words.start or words.doc[words.start - 1].whitespace_ else ""
    cased = (t.text if _place_genitive(t) else t.lower_ for t in words)
    text = "".join(w + t.whitespace_ for w, t in zip(cased, words, strict=True)).rstrip()
    return f"{office}{gap}{text}"


def _more_fields(
    doc: Doc, i: int, n: int, by_start: dict[int, Span], org_at: dict[int, Span]
) -> int:
    """The end of the fields "и" or a comma adds to the one a minister's title at doc[i:i+n]
    ends with ("министр торговли и промышленности", "министр иностранных дел и эмиграции":
    one office of two fields, where the open class knows the first alone); `i + n` where
    none follows, where the head is plural ("министры торговли и финансов": two offices) or
    an added word is animate ("министр торговли и министра финансов": another person).
    Fifty-seventh pass (h-names121)."""
    heads = [k for k in range(i, i + n) if title_lemma(doc[k].lemma_) in _PORTFOLIO_HEADS]
    end = i + n
    if not heads or heads[-1] == end - 1 or end >= len(doc) or doc[end].lower_ not in ("и", ","):
        return end
    if is_plural(doc[heads[-1]]):
        return end
    field_end = _portfolio(doc, heads[-1] + 1, by_start, org_at)
    if field_end <= end or not all(is_inanimate(t) for t in doc[end:field_end] if t.pos_ == "NOUN"):
        return end
    return field_end


def _minister_of(field: Span) -> tuple[str, str]:
    """(office, role) of the minister of a ministry's field: "министр транспорта", and
    "министр иностранных дел" with a foreign minister's role."""
    lemmas = ("министр", *(title_lemma(t.lemma_) for t in field))
    return f"министр {field.text.lower()}", TITLES.get(lemmas, ("", ""))[1]


def _led_ministry(
    doc: Doc, i: int, by_start: dict[int, Span], org_at: dict[int, Span]
) -> Span | None:
    """The field of the ministry named right before "во главе с" (its state's name at most
    between) that a bare minister's title at doc[i] heads ("делегация министерства транспорта
    Таджикистана во главе с министром X": "министр транспорта"); None where no ministry
    with a field ends there ("Делегация Пакистана во главе с министром"). Sixty-seventh
    pass, h-names150."""

    def ministry_ending(end: int) -> Span | None:
        state = next((s for s in by_start.values() if s.end == end and s.id_ != "adjective"), None)
        field_end = state.start if state is not None else end
        start = next(
            (k for k in range(field_end - 2, max(field_end - 8, -1), -1)
             if title_lemma(doc[k].lemma_) == "министерство"),
            -1,
        )  # fmt: skip
        if start < 0 or _portfolio(doc, start + 1, by_start, org_at) != field_end:
            return None
        return doc[start + 1 : field_end]

    headed = headed_by(doc, doc[i : i + 1], ministry_ending)
    return headed.body if headed is not None else None


def _ministry_field(doc: Doc, i: int, by_start: dict[int, Span], org_at: dict[int, Span]) -> int:
    """The end of a ministry's field after its head's title at doc[i] ("глава Министерства
    национальной обороны Польши", "руководитель министерства финансов"), whose minister the
    head is; -1 where no genitive field follows ("глава министерства") or the title names
    another body's head ("глава департамента министерства": no minister). Fifty-fifth pass
    (h-names114)."""
    if i + 2 >= len(doc) or title_lemma(doc[i].lemma_) not in _MINISTRY_HEADS:
        return -1
    if title_lemma(doc[i + 1].lemma_) != "министерство":
        return -1
    field_end = _portfolio(doc, i + 2, by_start, org_at)
    field_end = max(field_end, _dative_field(doc, i + 2, by_start, org_at))
    return field_end if field_end > i + 2 else -1


def _dative_field(doc: Doc, i: int, by_start: dict[int, Span], org_at: dict[int, Span]) -> int:
    """The end of a ministry's field named by "по" at doc[i] and its datives, coordinated,
    each with its genitives ("по чрезвычайным ситуациям", "по делам молодёжи", "по
    чрезвычайным ситуациям и гражданской обороне"); `i` where none follows. Read after a
    ministry's noun doc[i-1] only, on which the parse hangs the field: not a phrase of the
    verb ("Глава министерства по итогам встречи заявил") (fifty-sixth pass, h-names117)."""
    if i >= len(doc) or doc[i].lower_ != "по":
        return i
    end = j = i + 1
    while j < len(doc) and j not in by_start and j not in org_at:
        t = doc[j]
        dative = case_of(t) == "Dat"
        if is_adjectival(t) and dative:
            j += 1
        elif t.pos_ == "NOUN" and dative:
            j = end = _portfolio(doc, j + 1, by_start, org_at)  # "делам молодёжи"
            if t.lemma_ == "дело" and end == t.i + 1:
                j = end = _affairs_place(doc, end, by_start, org_at)  # "делам Европы"
        elif t.lower_ == "и" and end == j and end > i + 1:
            j += 1
        else:
            break
    field = [t for t in doc[i + 1 : end] if t.pos_ == "NOUN" and case_of(t) == "Dat"]
    return end if field and field[0].head.i == i - 1 else i


def _affairs_place(doc: Doc, i: int, by_start: dict[int, Span], org_at: dict[int, Span]) -> int:
    """The end of a place's name in the genitive right after "по делам" at doc[i] ("министр
    по делам Европы", "по делам Ближнего Востока"), whose affairs are the field: no state
    (a state's name after the field is whose the post is: "по делам Африки Великобритании"),
    body or person; `i` where none. Seventieth pass, h-names157."""
    j = i
    while j < len(doc) and j not in by_start and j not in org_at and _place_genitive(doc[j]):
        j += 1
    return j


def _place_genitive(word: Token) -> bool:
    """A capitalised word of a place's name in the genitive ("Европы", "Ближнего")."""
    return word.ent_type_ == "LOC" and word.text[:1].isupper() and case_of(word) == "Gen"


# A body's heads by a generic word, whose ministry's field makes them its minister.
_MINISTRY_HEADS = frozenset(["глава", "руководитель"])


def _council_field(
    doc: Doc, i: int, n: int, by_start: dict[int, Span], org_at: dict[int, Span]
) -> int:
    """The end of the ministers' field after a title doc[i:i+n] ending "совета министров"
    ("председатель Совета министров иностранных дел СНГ", "глава Совета министров обороны
    ЕС"): a council of one field's ministers of a bloc's members, whose chairman heads no
    government, its words the office's (the bloc the body it serves); -1 where no genitive
    field follows ("Совета министров Ливана": a state's government). Fifty-fifth pass
    (h-names115): the field's adjectives were dropped ("председатель совета министров дел")."""
    lemmas = tuple(title_lemma(t.lemma_) for t in doc[i + n - 2 : i + n])
    if n < 3 or lemmas != ("совет", "министр"):
        return -1
    return _portfolio(doc, i + n, by_start, org_at)


def _body_noun(doc: Doc, i: int, by_start: dict[int, Span], nouns: frozenset[str]) -> int:
    """The end of a body's genitive noun of `nouns` (after its genitive adjectives) at doc[i]
    right before a state's name ("посольства Франции", "парламента Грузии"): a body of that
    state; `i` where none."""
    j = i
    while j < len(doc) and j not in by_start and is_adjectival(doc[j]) and case_of(doc[j]) == "Gen":
        j += 1
    if j >= len(doc) or j in by_start or doc[j].lemma_.replace("ё", "е") not in nouns:
        return i
    # the noun written capitalised, as a name's first word, the tagger may call a proper
    # noun ("генерал Армии Чили"): still the body's genitive noun
    named = doc[j].pos_ == "PROPN" and "Gen" in features(doc[j], "Case")
    body = genitive_complement(doc, j, -1) or named
    return j + 1 if body and state_name(by_start.get(j + 1)) else i


def _state_body(doc: Doc, end: int, org: Span, by_end: dict[int, Span]) -> Span | None:
    """The state whose genitive name ends the body's right after a title at doc[end]
    ("Национального собрания Вьетнама", "ЦК Компартии Кубы", "Центрального банка Турции"):
    a body of that state, not an international one ("ООН") nor one only placed there
    ("представительства ЕС в Китае"); not a body in quotes, whose name is its own."""
    own = by_end.get(org.end)
    if own is None or own.start <= org.start or own.id_ in ("adjective", "capital"):
        return None
    if any(t.lemma_ in _NO_STATE_BODIES for t in doc[org.start : own.start]):
        return None  # "Олимпийского комитета Латвии": the committee's, no post of Latvia
    if doc[end].text in OPENING or doc[own.start - 1].pos_ == "ADP":
        return None
    return None if _states_listed(doc, org, by_end) else own


# What joins listed states in a body's name ("Вооружённых сил Перу и Эквадора")
_STATE_JOINERS = frozenset([",", "и"])


def _states_listed(doc: Doc, org: Span, states: dict[int, Span]) -> bool:
    """The body's name lists states ("Вооружёнными силами Перу и Эквадора"): a body of them
    together, so of no single one, neither the first's nor the last's (fiftieth pass,
    h-orgs59). `states` holds the text's states by their start or by their end."""
    ends = {s.end for s in states.values()}
    starts = {s.start for s in states.values()}
    return any(
        doc[k].lower_ in _STATE_JOINERS and k in ends and k + 1 in starts
        for k in range(org.start + 1, org.end - 1)
    )


# Words of a body's name that make it no state's body though a state's name ends it: a
# sports body's ("глава Олимпийского комитета Латвии" heads the committee, an organization
# of its own). Pass forty-seven, own sentences (h-offices60).
_NO_STATE_BODIES = frozenset(["олимпийский", "паралимпийский", "спортивный", "футбольный",
                              "хоккейный", "баскетбольный", "шахматный"])  # fmt: skip


# Nouns for someone's words an outlet reports: "передаёт слова кенийского министра РИА Новости"
_WORDS = frozenset(["слово", "цитата", "высказывание"])


def _reporting(doc: Doc, i: int, org: Span) -> bool:
    """Whether the outlet after a title at doc[i] reports the words the title's holder said
    ("— передаёт слова кенийского министра РИА Новости", "— приводит слова египетского посла
    агентство Анадолу"): the parser hangs it on the title, but it is the verb's subject,
    no body the title serves. Only a media outlet closing its clause, after the words' noun
    ("слова генсека ООН" serves the UN; "главный редактор РИА Новости" serves it)."""
    k = i - 1
    while k >= 0 and doc[k].pos_ == "ADJ":  # "слова кенийского министра"
        k -= 1
    closes = org.end == len(doc) or doc[org.end].is_punct
    return org.label_ == "MediaOutlet" and closes and k >= 0 and doc[k].lemma_ in _WORDS


def role_words(lemmas: tuple[str, ...], role: str) -> str:
    """What a generic title of the head of state says ("лидер", "глава государства") in the
    nominative: which office its holder has, the title does not say."""
    if role != "head_of_state":
        return ""  # "глава правительства", "глава МИД": one office, whatever its name
    return "лидер" if lemmas[0] == "лидер" else "глава государства"


def _kind_of_leader(word: Token) -> bool:
    """An adjective that says what kind of leader ("верховный", "духовный"), not when or
    how old ("бывший", "57-летнего", "многолетний"), nor of what political wing ("правого
    лидера X": the camp's leader, no post "правый лидер"; h-offices54)."""
    return (
        word.pos_ == "ADJ"
        and word.text.isalpha()
        and word.lemma_ not in _WHEN
        and not wing(word)
        and not word.lemma_.endswith("летний")
    )


def wing(word: Token) -> bool:
    """An adjective of a political wing or camp ("правый", "ультралевый")."""
    return word.pos_ == "ADJ" and word.lemma_.replace("ё", "е") in _WINGS


# Adjectives of a political wing or camp, which say whom a leader leads, not a post.
_WINGS = frozenset(["правый", "левый", "ультраправый", "ультралевый", "леворадикальный",
                    "праворадикальный", "левоцентристский", "правоцентристский",
                    "центристский", "консервативный", "либеральный", "националистический",
                    "радикальный"])  # fmt: skip


# Adjectives that date a leader rather than say what kind ("бывший лидер страны").
_WHEN = frozenset(["бывший", "нынешний", "новый", "действующий", "покойный", "будущий",
                   "прежний", "многолетний", "последний", "первый", "старый"])  # fmt: skip
# Genitives after a title that do not make it another body's office: "лидер страны" is
# the state's leader, "президент в течение года" a president.
# A performer's noun before a deed's in the genitive is the one who did the deed
# ("главные исполнители взрывов", "исполнитель теракта"), not a performer's title.
_DOERS = frozenset(["исполнитель"])
_DEEDS = frozenset(
    ["взрыв", "теракт", "террористический", "убийство", "нападение", "покушение",
     "преступление", "атака", "похищение", "поджог", "расстрел", "ограбление", "акт"]
)  # fmt: skip
# Nouns of a polity a monarch's rank governs as its office's ("король королевства Бахрейн").
_POLITIES = NOT_COMPLEMENTS | frozenset(
    ["королевство", "федерация", "империя", "княжество", "эмират", "султанат", "герцогство",
     "держава", "народ"]
)  # fmt: skip
# An actor's part and the verbs of playing it ("сыграл роль президента X").
_PARTS = frozenset(["роль", "образ"])
_PLAYING = frozenset(["сыграть", "играть", "исполнить", "исполнять"])
# Adjectives of an interim body inside a title ("глава переходного правительства").
INTERIM = frozenset(["временный", "временной", "переходный"])  # "временного": either lemma
# Titles whose "страны" makes a generic head of the country ("лидер страны", "глава страны").
HEADS = frozenset(["лидер", "глава"])


def _named_body(doc: Doc, i: int, head: int, org_at: dict[int, Span]) -> Span | None:
    """The organization a title's one-noun complement at doc[i] names right after it, in
    quotes or not ("лидер партии «Фидес»", "президент клуба «Фламенго»"), past the noun's
    genitive adjectives ("президент крупной чилийской авиакомпании LATAM"), else None."""
    # past adjectives only after one holder's title ("директоров крупной авиакомпании X":
    # a board's members, whose head the name after it is not)
    j = i if is_plural(doc[head]) else _past_adjectives(doc, i)
    form = i + 2 < len(doc) and doc[i].lower_ in _LEGAL_FORMS
    if form:  # "председатель правления АО «X»": the form the tagger may read as no noun
        j = i
    elif (
        not genitive_complement(doc, i, head)
        or doc[j].pos_ != "NOUN"
        or not is_inanimate(doc[j])  # "заместитель главы Минфина": the head's deputy
        or j + 2 >= len(doc)
    ):
        return None
    org = org_at.get(j + 2 if doc[j + 1].text in OPENING else j + 1)
    return org if org is not None and not _reporting(doc, j, org) else None


def _past_adjectives(doc: Doc, i: int) -> int:
    """doc[i] moved right past genitive adjectives ("крупной чилийской авиакомпании": the
    noun's index); `i` itself where no adjective stands there."""
    j = i
    while j + 1 < len(doc) and is_adjectival(doc[j]) and "Gen" in features(doc[j], "Case"):
        j += 1
    return j


# Offices whose genitive complement is the field they run, not another body: "министр
# экономики", "министр промышленности и торговли" (the fields the open class lacks).
_PORTFOLIO_HEADS = frozenset(["министр", "замминистра"])
# Genitives after "министр" that are whose minister he is, not his field.
_NOT_FIELDS = NOT_COMPLEMENTS | {"правительство", "кабинет", "администрация"}


def _portfolio(doc: Doc, i: int, by_start: dict[int, Span], org_at: dict[int, Span]) -> int:
    """The end of a ministry's field after its title's head (common nouns in the genitive,
    their adjectives and participles, coordinated: "сельского хозяйства", "промышленности и
    торговли", "сельского хозяйства и окружающей среды"), or
    `i` where none follows or it is a state or a body."""
    end = j = i
    commas: list[int] = []  # "экономики, торговли и промышленности": a list "и" closes
    while j < len(doc) and j not in by_start and j not in org_at:
        t = doc[j]
        genitive = "Gen" in t.morph.get("Case")
        if is_adjectival(t) and genitive:  # "окружающей среды": a participle
            j += 1
        elif t.pos_ == "NOUN" and genitive and t.lemma_ not in _NOT_FIELDS:
            j = end = j + 1
        elif t.lower_ in ("и", ",") and end == j and end > i:
            commas += [j] if t.lower_ == "," else []
            j += 1
        else:
            break
    if not commas:
        return end
    listed = doc[commas[0] : end]
    closed = any(t.lower_ == "и" for t in doc[commas[-1] : end])
    # one field an item: "экономики, торговли и промышленности", not "экономики, руководства
    # компании и профсоюзов" (the minister and others)
    single = not any(t.pos_ == "NOUN" and listed[k + 1].pos_ == "NOUN"
                     for k, t in enumerate(listed[:-1]))  # fmt: skip
    return end if closed and single else commas[0]


def is_portfolio(t: Token) -> bool:
    """Whether `t` is a minister's field in the parse ("министры торговли", "министр
    сельского хозяйства"): a genitive common noun under "министр", not whose minister."""
    return (
        t.head.lemma_ in _PORTFOLIO_HEADS
        and t.pos_ == "NOUN"
        and "Gen" in t.morph.get("Case")
        and t.lemma_ not in _NOT_FIELDS
    )
