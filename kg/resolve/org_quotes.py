"""Quoted names and outlets: a quoted title after an organization's noun, the outlet that
reports ("сообщает «Коммерсантъ»"), the stretch a quoted name spans. Split out of
kg/resolve/organizations.py."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from kg.gazetteer import Gazetteer, normalize
from kg.nlp.deps import sole_subject_before, verb_above
from kg.nlp.morph import case_of, cases_of, morph
from kg.resolve.body_states import body_word, org_names
from kg.resolve.name_lexicons import common_word, is_first_name, russian_surname_end
from kg.resolve.names import NameParts
from kg.resolve.org_initials import is_abbreviation
from kg.resolve.org_naming import (
    ORG_NOUNS,
    OUTLET_NOUNS,
    QUOTES,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    REPORT_VERBS,
    organization_name,
)


def via_of(span: Span) -> str:
    """How natasha's organization span names it: an abbreviation ("ФНС", "СдПГ") or a name."""
    return "abbreviation" if is_abbreviation(span) else "name"


def common_noun(word: str) -> bool:
    """A dictionary common noun ("Правительство") or a generic abbreviation ("СМИ", "СНВ-3",
    "СИЗО"), not a name ("Росатом", "Известия", "МИД", "ФИФА")."""
    stem = word.split("-")[0] if any(ch.isdigit() for ch in word) else word
    parses = list(morph().parse(stem))
    if stem.isupper():  # "СИЗО" reads first as the short adjective "сизо": its noun counts
        parses = [p for p in parses if p.tag.POS == "NOUN"] or parses
    if not parses or not parses[0].is_known or parses[0].tag.POS != "NOUN":
        return False
    grammemes = parses[0].tag.grammemes
    if {"Orgn", "Geox", "Name", "Surn"} & grammemes:
        return False
    return "Abbr" in grammemes if stem.isupper() else True


def quoted_title(doc: Doc, ent: Span) -> bool:
    """A name in quotes after "газета", "агентство"…, or the owner of a "пресс-служба":
    an organization, not a person."""
    before = doc[ent.start - 1] if ent.start > 0 else None
    quoted = before is not None and before.text in QUOTES_OPEN and not _closes(doc, before.i)
    if quoted:
        before = doc[ent.start - 2] if ent.start > 1 else None
    # Unquoted, a name after "фонд", "компания" is its founder or owner ("фонд Мартина
    # Кольвица"): a person; so is one after "пресс-служба" that reads as a person's name
    # ("пресс-служба Януковича", "пресс-служба Виктора Януковича"), not a body's.
    return before is not None and (
        (quoted and before.lemma_ in ORG_NOUNS)
        or (before.lemma_ == "пресс-служба" and (quoted or not _person_name(ent)))
    )


def _closes(doc: Doc, i: int) -> bool:
    """Whether the straight quote at `i`, which opens and closes alike, closes a quote: an
    odd number of them before it in its sentence ("на съезде партии "Центристская партия"
    Ю.Ратас предложил": a person after the quoted name, no name in quotes). Forty-sixth
    pass, own sentences (h-events119)."""
    mark = doc[i].text
    if mark in QUOTES_OPEN and mark not in QUOTES_CLOSE:
        return False
    start = doc[i].sent.start if doc.has_annotation("SENT_START") else 0
    return sum(t.text == mark for t in doc[start:i]) % 2 == 1


def after_outlet_noun(piece: Span) -> bool:
    """Whether a word for a news outlet stands right before the span ("агентства
    Бернама"), the one place `outlet_named` reads a name as the outlet's."""
    return bool(piece.start) and piece.doc[piece.start - 1].lemma_.lower() in OUTLET_NOUNS


def outlet_named(piece: Span, parts: NameParts) -> bool:
    """A name right after a word for a news outlet, in any case ("агентства Бернама",
    "агентство Петра", "газета Ди Вельт"): the outlet's, no person's. Not a first name with
    a surname, nor a surname, an owner's ("газета Березовского", "Газета Хансена") or a
    head's, nor a longer name of another case than the noun's ("директор агентства Марко
    Петрович"), nor a subject in a case the noun's form cannot be in ("В интервью агентству
    Моди рассказал")."""
    if not after_outlet_noun(piece) or parts.first and parts.last:
        return False
    before = piece.doc[piece.start - 1]
    word = piece[-1]
    if russian_surname_end(word.text) or any(
        "Surn" in p.tag and p.is_known for p in morph().parse(word.text)
    ):
        return False
    if len(piece) > 1 or case_of(word) == case_of(before):
        return case_of(word) == case_of(before)  # in apposition a name shares the noun's case
    case = case_of(word)
    if case == "Gen":
        # a lone genitive is an owner's name ("Газета Хансена"), unless an ordinary word or
        # a first name alone, which names no owner ("газета Политика", "агентство Петра")
        return common_word(word.text) or is_first_name(word.text)
    # a name left undeclined may share a reading of the noun's form ("агентства Бернама":
    # "агентства" may be a nominative plural, "агентству Бернама министр заявил"); one in
    # no case of it that stands as the subject is the subject's ("агентству Моди рассказал",
    # "В беседе с журналом Шольц заявил": the parse may hang it on the noun); not a name
    # beside the verb's own subject ("Президент в беседе с газетой Борба заявил")
    return case == "" or case in cases_of(before) or not sole_subject_before(word, verb_above(word))


def reporting_outlet(ent: Span, ents: Sequence[Span], gazetteer: Gazetteer) -> bool:
    """A lone word the tagger calls a person, right after a verb of reporting in the present
    whose subject it is ("…, пишет Бернама", "передаёт Бахтар"): an agency's or a paper's
    name, as news cites one; not a name the dictionary knows in the nominative ("сообщает
    Анвар"), nor a word of a person the text or the gazetteer names ("пишет Фидан", "пишет
    Моди"). A verb in the past ("сообщил Кларин") may be a person's, and is left to them."""
    verb = ent.doc[ent.start - 1] if ent.start else None
    word = ent[0]
    if len(ent) != 1 or verb is None or verb.lemma_ not in REPORT_VERBS:
        return False
    if "Pres" not in verb.morph.get("Tense") or "Sing" not in verb.morph.get("Number"):
        return False
    subject = word.dep_ == "nsubj" or case_of(word) == "Nom"  # "передаёт Бернама": nmod
    if not subject or word.head.i != verb.i or not word.text[:1].isupper():
        return False
    known = any(
        {"Surn", "Name"} & set(p.tag.grammemes) and "nomn" in p.tag and p.is_known
        for p in morph().parse(word.text)
    )
    others = {t.lower_ for e in ents if e.label_ == "PER" and e.start != ent.start for t in e}
    return not (known or word.lower_ in others or gazetteer.persons_by_surname(word.text))


def _person_name(ent: Span) -> bool:
    """Several words, or a word the dictionary knows as a surname or first name."""
    return len(ent) > 1 or any(
        {"Surn", "Name"} & set(p.tag.grammemes) for p in morph().parse(ent.text) if p.is_known
    )


# How far a quoted name may reach either side of a word inside it, in tokens.
_QUOTED_NAME_REACH = 5


def quoted_stretch(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The tokens between the quotes around doc[start:end] where it stands inside a short
    quoted stretch ("«Единая Россия»", "телеканал «Беларусь 1»"), else None."""
    left = next(
        (i for i in range(start - 1, max(start - _QUOTED_NAME_REACH, 0) - 1, -1)
         if doc[i].text in QUOTES),
        None,
    )  # fmt: skip
    right = next(
        (i for i in range(end, min(end + _QUOTED_NAME_REACH, len(doc)))
         if doc[i].text in QUOTES),
        None,
    )  # fmt: skip
    if left is None or right is None or doc[left].text not in QUOTES_OPEN:
        return None
    if doc[right].text not in QUOTES_CLOSE or "\n" in doc[left:right].text:
        return None
    return left + 1, right


def in_quoted_name(span: Span) -> bool:
    """A state's name in a quoted name after a kind of organization, the whole of it or a
    part ("телеканал «Казахстан»", "телеканал «Беларусь 1»", "партия «Новая Словения»"):
    the channel's, newspaper's or party's name, not a mention of the state."""
    doc = span.doc
    stretch = quoted_stretch(doc, span.start, span.end)
    return stretch is not None and stretch[0] >= 2 and doc[stretch[0] - 2].lemma_ in ORG_NOUNS


# Pairs of marks natasha's span may cut through: the closing mark of each opening one.
_PAIRS = {"«": "»", "(": ")"}


def balanced(span: Span | None) -> Span | None:
    """The span without a pair of marks it cuts through: up to a closing mark it does not
    open ("Насьон» (La Nacion" is "Насьон") or an opening one it does not close ("Розового
    дома (Дом правительства" is "Розового дома"), unless a quote closes right after it
    ("заводе «Вымпел" is "заводе «Вымпел»")."""
    if span is None:
        return None
    doc, opened, end = span.doc, [], span.end
    for t in span:
        if t.text in _PAIRS:
            opened.append(t.i)
        elif t.text in _PAIRS.values():
            if not opened or _PAIRS[doc[opened[-1]].text] != t.text:
                end = t.i
                break
            opened.pop()
    else:
        quote = len(opened) == 1 and doc[opened[0]].text == "«"
        if quote and end < len(doc) and doc[end].text == "»":
            end += 1
        elif opened:
            end = opened[0]
    return doc[span.start : end] if end > span.start else None


def before_verb(span: Span) -> Span | None:
    """The tagger's span up to its first finite verb out of quotes ("[Французское агентство
    по развитию] выделит Индии …"): a name holds no verb of the sentence, only a quoted one
    does («Хотим жить»); None where the verb opens it."""
    doc = span.doc
    for t in span:
        finite = t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
        if finite and t.text[:1].islower() and quoted_stretch(doc, t.i, t.i + 1) is None:
            return doc[span.start : t.i] if t.i > span.start else None
    return span


def before_full_stop(span: Span) -> Span:
    """The tagger's span less the full stop it ends with after a lower-case word ("выступил
    на [Совете по торговле.]" at a text's end): the sentence's end, no mark of the name,
    whose own points follow an abbreviation ("Inc.", "и К."); with it, the name ran on to
    a state's name opening the next sentence. Fifty-sixth pass, h-orgs67."""
    if len(span) < 2 or span[-1].text != ".":
        return span
    word = span[-2]
    return span[:-1] if word.is_alpha and word.text.islower() and len(word) > 3 else span


def past_kind(span: Span) -> Span:
    """The span from the opening quote on where it opens with a kind of organization and
    the adjectives on it ("[Оппозиционная партия] «Союз за Родину»", "[Национальный банк]
    «Траст»"): the quotes hold the name, as where the tagger takes them alone ("партия
    «Альтернатива для Германии»"); else the span."""
    doc = span.doc
    for n, t in enumerate(span[1:], start=1):
        if t.text in QUOTES_OPEN:
            kind = span[n - 1]
            if kind.lemma_ in ORG_NOUNS and all(a.pos_ == "ADJ" for a in span[: n - 1]):
                return doc[t.i : span.end]
            break
    return span


def kind_before_quoted(span: Span) -> bool:
    """A span of a kind of organization and its adjectives only, whose noun a quoted name
    stands in apposition to past the noun's "по" phrase of its field ("[Государственная
    корпорация] по космической деятельности «Укркосмос»", "[Национальное агентство] по
    делам молодёжи «Жастар»"), which the tagger took as two organizations: the quotes hold
    the name, as `past_kind` reads the kind and a quoted name in one span; the kind is none
    of its own (forty-ninth pass, h-orgs56). Not a kind the quoted name does not hang on
    ("Компания по продаже дронов и концерн «Кения Тек»"), nor one with no field between."""
    doc, kind = span.doc, span[-1]
    if kind.lemma_ not in ORG_NOUNS or any(t.pos_ != "ADJ" for t in span[:-1]):
        return False
    if span.end + 2 >= len(doc) or doc[span.end].lower_ != "по":
        return False
    for t in doc[span.end + 1 :]:
        if t.text in QUOTES_OPEN:
            name = doc[t.i + 1] if t.i + 1 < len(doc) else t
            return name.head.i == kind.i and name.dep_ == "appos"
        if not (t.is_alpha and t.text.islower() and t.lower_ not in _BREAKING):
            return False
    return False


# Words that end a field's "по" phrase: another body or a clause begins after them.
_BREAKING = frozenset(["и", "или", "а", "но", "что", "который", "которая", "которое"])


# Kinds of a known organization that is no outlet's name, though one may follow an outlet's
# noun: "Агентство ООН по делам беженцев" is the UN's agency, not the UN.
_NOT_OUTLETS = frozenset(["IntergovernmentalOrganization", "StateBody", "Parliament"])


def outlet_after_noun(span: Span, gazetteer: Gazetteer) -> tuple[Span, str] | None:
    """(the name, its key) where a news outlet's noun opens the span before the name of an
    outlet the gazetteer knows ("[Агентство] Синьхуа", "[агентства] Рейтер"): the name alone
    is the outlet, as annotators take it, and "агентство Рейтер" and "Рейтер" are one node;
    None for a name no outlet has ("Агентство ООН по делам беженцев", "Газета Хансена")."""
    if len(span) < 2 or span[0].lemma_.lower() not in OUTLET_NOUNS or span[1].text in QUOTES:
        return None
    rest = span.doc[span.start + 1 : span.end]
    key = org_names(gazetteer).get(normalize(organization_name(rest)), "")
    known = gazetteer.org(key) if key else None
    if known is None or known.kind in _NOT_OUTLETS or body_word(known.name.split()[0]):
        return None
    return Span(span.doc, rest.start, rest.end, span.label_, kb_id=span.kb_id_), key


def strip_quotes(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and span.doc[start].text in QUOTES:
        start += 1
    while end > start and span.doc[end - 1].text in QUOTES:
        end -= 1
    return span.doc[start:end] if end > start else None
