"""Figures that are no claims: a bare total, a score, places, frames, ranks, titles, names.

"67 из 100" is a count and its total, "9 из 10 баллов" a score; "на трёх заводах" sets the
scene of another figure of its sentence, "между двумя мужчинами" names its participants,
"первые два кандидата" a place in a ranking, "двукратный чемпион" titles won; a number inside
a quoted name («Движение пяти звёзд») or a fixed title ("хранитель двух святынь"), or one only
supposed ("если бы"), counts nothing. `extract.extract_claims` asks these before it reads a
figure's claim.

Split out of extract.py (forty-fifth pass, h-split49)."""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Span, Token

from kg.extract.claims.durations import UNITS as DURATION_UNITS
from kg.extract.claims.lexicons import POSSESSIVES, WORDS
from kg.extract.claims.parse import root
from kg.extract.common.number_units import is_currency
from kg.extract.common.numbers import CLAIM_KINDS, Quantity
from kg.extract.context import Context
from kg.extract.events.words import is_role
from kg.lexicon import load_rows
from kg.nlp.deps import subjunctive
from kg.nlp.morph import is_animate, is_finite
from kg.resolve.title_lexicon import state_post

OUT_OF = re.compile(r"\s+из\s+", re.IGNORECASE)  # "67 из 100"
_PLACES = WORDS["place"]
_MESSAGES = WORDS["message"]
_STATE_COUNTS = WORDS["state_count"]  # "страна", "государство"
_HOLDERS = WORDS["holders"]  # "парламент", "правительство": bodies that act for a state
_TIES = WORDS["tie"]  # "побратимство", "сотрудничество": a tie whose sides a genitive names
_FEW_PLACES = 3  # "на двух сайтах", "в трёх судах": where something is, no count
_FEW_BETWEEN = 5  # "между двумя мужчинами": the parties of what happened, no count
_RANKS = WORDS["rank"]
_MOST = re.compile(r"наи(?:больш|меньш)")  # "получившие наибольшее число голосов"
_RANK_MOST = 10  # "первые два кандидата" rank; "первые 500 беженцев" count a batch
# a superlative of size or strength ranks ("крупнейших", "сильнейших"); one of quality does
# not ("три новейших истребителя", "пять мощнейших взрывов" count)
_SUPERLATIVE = re.compile(r"(?:крупн|сильн|богат|влиятельн)ейш")
FRACTIONS = WORDS["fraction"]
_SCORE_UNITS = {"балл", "очко"}  # what a score "N из M" counts
ON = re.compile(r"(?<![а-яё])на[ \u00a0]+$", re.IGNORECASE)


def bare_total(text: str, found: list[Quantity], j: int) -> bool:
    """Whether found[j] is the bare total after a count ("78 депутатов из 150"): no figure of
    its own, so a bare number after it counts as the count did ("…, 60 проголосовали
    против")."""
    if j == 0 or found[j].unit:
        return False
    return OUT_OF.fullmatch(text, found[j - 1].end, found[j].start) is not None


def scored(text: str, part: Quantity | None, total: Quantity) -> bool:
    """Whether "N из M" is a score: of points ("набрал 9 из 10 баллов"), or bare after "на"
    ("оценили на 9 из 10"); "55 из 90 депутатов", "проголосовали 157 из 172" count."""
    if part is None:
        return False
    if total.unit in _SCORE_UNITS:
        return True
    on = ON.search(text, max(0, part.start - 4), part.start)
    return not part.unit and not total.unit and on is not None


def share_before(ctx: Context, before: Quantity | None, q: Quantity) -> bool:
    """A fraction in q's own sentence ("требовалось две трети голосов — 150 из 225") makes q
    the standing total it is a share of; one a sentence before ("Лаос экспортирует две трети
    электроэнергии. Мощность ГЭС составит 1,4 тыс. мегаватт") is no part of q's."""
    if before is None or before.unit not in FRACTIONS:
        return False
    return ctx.sentence_at(before.start) == ctx.sentence_at(q.start)


def place_count(ctx: Context, q: Quantity, found: list[Quantity], sent: Span) -> bool:
    """A count of places after "в"/"на" ("на трёх заводах", "в пяти городах") sets the scene
    of another figure of its sentence, which is the claim: "На трёх заводах Перу 40 человек
    пострадали" counts the hurt; alone in its sentence it is what the sentence tells ("Акции
    прошли в 20 городах Мексики"), but a few (at most `_FEW_PLACES`) only say where it was
    ("петиция размещена на двух сайтах", "дело слушалось в двух федеральных судах")."""
    place = root(ctx, q.start, q.end)  # the counted noun, or a number hung on it
    if place is not None and place.dep_.startswith("nummod"):
        place = place.head
    if place is None or place.lemma_ not in _PLACES or "Loc" not in place.morph.get("Case"):
        return False
    if not any(c.dep_ == "case" and c.lower_ in ("в", "во", "на") for c in place.children):
        return False
    if q.value <= _FEW_PLACES:
        return True  # "размещена на двух сайтах", "в двух федеральных судах": where, no count
    return any(
        f is not q and f.kind in CLAIM_KINDS and sent.start_char <= f.start < sent.end_char
        for f in found
    )


def frame_count(ctx: Context, q: Quantity) -> bool:
    """A count that only names a sentence's participants or the frame of its figure: a few
    (at most `_FEW_BETWEEN`) "между" whom something happened ("драка между двумя мужчинами"),
    the messages "в" which someone said something ("в своих 12 постах", claim_words.tsv
    `message`), the parts an object sum is paid in ("два платежа по 15 300 долларов": the
    sum per part is the figure). "Между 40 компаниями", "опубликовал 300 постов" and "пять
    семей получили по 10 тысяч" (who got it) stay claims."""
    noun = root(ctx, q.start, q.end)
    if noun is not None and noun.dep_.startswith("nummod"):
        noun = noun.head
    if noun is None or noun.pos_ != "NOUN" or not q.unit:
        return False
    cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
    if "между" in cases and q.value <= _FEW_BETWEEN:
        return True
    if noun.lemma_ in _MESSAGES and cases & {"в", "во"} and "Loc" in noun.morph.get("Case"):
        return True
    if q.value <= _FEW_BETWEEN and is_animate(noun) and _who_they_are(noun, cases):
        return True
    if q.value <= _FEW_BETWEEN and (_sides_of_another(noun) or _sides_of_a_tie(noun)):
        return True
    after = ctx.doc[noun.i + 1 : noun.i + 3]
    split = len(after) == 2 and after[0].lower_ == "по" and after[1].like_num
    return split and noun.dep_ == "obj" and not is_animate(noun)


def _sides_of_another(noun: Token) -> bool:
    """A few sides counted in the genitive of a noun before them, whose they are: "спикеры
    двух парламентов", "встреча трёх министров", "представители двух правительств" count
    the parties of what is told (a body that acts for a state: claim_words.tsv `holders`,
    event_words.tsv `group` and `delegation`; an office only a state fills, state_posts.txt),
    no figure, as "двух стран" is none, and so do states in the genitive of such a noun or of
    envoys ("послы пяти государств", "министры трёх стран"), and bodies (event_words.tsv
    `body`) in the genitive of the people who head or sit in them ("председатели двух палат",
    "члены трёх комиссий": who acts, no figure). "Погибли два министра"
    (no genitive of a noun), "работники двух заводов" (no side), "семьи трёх погибших
    министров" (what befell them) and "граждане трёх стран" (no one acting for them) stay
    claims."""
    head = noun.head
    if not noun.dep_.startswith("nmod") or head.pos_ != "NOUN" or head.i > noun.i:
        return False
    if "Gen" not in noun.morph.get("Case") or any(
        c.dep_ in ("amod", "acl") and c.pos_ == "VERB" for c in noun.children
    ):
        return False
    if _for_a_state(noun) or (noun.lemma_ in _STATE_COUNTS and _for_a_state(head, envoy=True)):
        return True
    return is_role(noun, "body") and is_animate(head)


def _sides_of_a_tie(noun: Token) -> bool:
    """A few counted in the genitive of a tie between them (claim_words.tsv `tie`) are its
    sides, no figure: "соглашение о побратимстве двух черноморских городов", "меморандум о
    сотрудничестве трёх портов"; "строительство двух портов" (a deed) and "сотрудничество
    с тремя портами" (no genitive) stay as they were."""
    head = noun.head
    return (
        noun.dep_.startswith("nmod")
        and "Gen" in noun.morph.get("Case")
        and head.lemma_.replace("ё", "е") in _TIES
        and head.i < noun.i
    )


def _for_a_state(word: Token, envoy: bool = False) -> bool:
    """A body or person that acts for a state (claim_words.tsv `holders`, event_words.tsv
    `group` and `delegation`, an office only a state fills, with `envoy` an envoy too)."""
    return (
        word.lemma_ in _HOLDERS
        or is_role(word, "group")
        or is_role(word, "delegation")
        or state_post(word.lemma_)
        or (envoy and is_role(word, "envoy"))
    )


def _who_they_are(noun: Token, cases: set[str]) -> bool:
    """A few people counted only to say who they are: the members "из" whom a body "состоит"
    ("коллегия, состоящая из трёх женщин"), or those a possessive pronoun ties to someone
    ("убийство совершили два его друга"); "парламент, состоящий из 101 депутата" is above
    the few, and "погибли двое военных" has no possessive."""
    if "из" in cases and noun.head.lemma_ == "состоять":
        return True
    return any(
        c.dep_ in ("det", "nmod:poss") and {c.lower_, c.lemma_} & POSSESSIVES for c in noun.children
    )


def rank_count(ctx: Context, q: Quantity) -> bool:
    """A small count (at most `_RANK_MOST`) of things or beings a rank word qualifies names
    their place in a ranking, nothing measured: "первые два кандидата вышли во второй тур",
    "два основных претендента", "одним из трёх крупнейших партнёров", "в число пяти
    крупнейших торговых партнёров" (claim_words.tsv `rank`, or a superlative of size or strength),
    also where a participle's clause after the noun gives the most ("два кандидата,
    получившие наибольшее число голосов").
    "два кандидата", "одним из четырёх игроков, родившихся …", "первые 500 беженцев" and a
    span of time ("за последние пять лет") stay."""
    if q.kind != "amount" or not q.unit or q.unit == "percent" or is_currency(q.unit):
        return False
    if q.value > _RANK_MOST or q.unit in DURATION_UNITS:
        return False
    number = root(ctx, q.start, q.end)
    noun = number.head if number is not None and number.dep_.startswith("nummod") else number
    if noun is None or noun.pos_ != "NOUN" or noun.lemma_ in DURATION_UNITS:
        return False
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    before = [ctx.doc[span.start - 1]] if span is not None and span.start else []
    words = [*before, *(span or []), *(c for c in noun.children if c.dep_ == "amod")]
    if any(_ranks(w) for w in words if w.i != noun.i):
        return True
    # "два кандидата, получившие наибольшее число голосов": the most of a participle's clause
    told = [w for c in noun.children if c.dep_ == "acl" and c.i > noun.i for w in c.subtree]
    return any(_MOST.match(w.lower_) or _SUPERLATIVE.match(w.lower_) for w in told)


def _ranks(t: Token) -> bool:
    """A word that ranks what it qualifies: "первые", "основных", "ведущих", "крупнейших"."""
    if t.pos_ not in ("ADJ", "DET", "VERB") and t.dep_ != "amod":
        return False
    lemma = t.lemma_.lower().replace("ё", "е")
    return lemma in _RANKS or bool(_SUPERLATIVE.match(t.lower_))


def title_count(ctx: Context, q: Quantity) -> bool:
    """A multiplier adjective on a being ("двукратный олимпийский чемпион", "трёхкратный
    обладатель кубка") counts the titles it won, not a change of what its verb changes
    ("Двукратный чемпион сократил число стартов" is no halving); on a thing ("в двукратном
    размере") it stays a change."""
    number = root(ctx, q.start, q.end)
    return number is not None and number.dep_ == "amod" and is_animate(number.head)


def in_name(ctx: Context, q: Quantity) -> bool:
    """A number inside a quoted name: «Движение пяти звёзд», «Семь морей» (a short
    capitalised quotation with no verb or dash), «12 стульев» (a figure that opens a quoted
    title of at most three words, or of at most six a noun names: картина «120 ударов в
    минуту»), a sum or percent in a capitalised quotation a noun names
    (программа «Партнёрство на 2 млрд евро»), unlike quoted words «Мы продали пять млн
    тонн», «Товарооборот — три млрд долларов», «12 человек погибли», заявил: «Около 2 млрд»."""
    text = ctx.document.text
    opened = text.rfind("«", max(0, q.start - 60), q.start)
    closed = text.find("»", q.end, q.end + 60)
    if opened < 0 or closed < 0 or "»" in text[opened : q.start] or "«" in text[q.end : closed]:
        return False
    inside = ctx.doc.char_span(opened + 1, closed, alignment_mode="expand")
    if inside is None or any(is_finite(t) or t.text in "-\u2013\u2014" for t in inside):
        return False
    named = inside.start > 0 and ctx.doc[inside.start - 1].text == "«"
    noun = named and inside.start > 1 and ctx.doc[inside.start - 2].pos_ == "NOUN"
    if q.unit == "percent" or is_currency(q.unit):
        return noun and text[opened + 1 : opened + 2].isupper()
    if re.search(r"\d", q.text):  # «12 стульев»: a title that opens with its figure, or one
        # a noun or its author's name names (картина Кампийо «120 ударов в минуту»)
        author = named and inside.start > 1 and ctx.doc[inside.start - 2].pos_ == "PROPN"
        return opened + 1 == q.start and (len(inside) <= 3 or (noun or author) and len(inside) <= 6)
    return len(inside) <= 6 and text[opened + 1 : opened + 2].isupper()


_TITLED_COUNTS = frozenset(load_rows(Path(__file__).with_name("titled_counts.tsv")))


def in_title(ctx: Context, q: Quantity, sent: Span) -> bool:
    """A numeral in words inside a fixed title, epithet or name, no count: the noun right
    before it and the noun it counts a pair of `titled_counts.tsv` ("хранитель двух
    святынь", "Война трёх королей" at a sentence's opening), or that noun capitalised inside
    the sentence and no name of a state, person or body ("обсудили Войну трёх королей",
    "историю Союза трёх императоров"), unlike "две святыни Латвии", "граждане трёх стран"."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or span.start <= sent.start or not q.unit or re.search(r"\d", q.text):
        return False
    before = ctx.doc[span.start - 1]
    if before.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    head = before.lemma_.lower().replace("ё", "е")
    if (head, q.unit.replace("ё", "е")) in _TITLED_COUNTS:
        return True
    word = before.text
    titled = word[:1].isupper() and word[1:].islower() and before.i > sent.start
    if not titled or before.pos_ != "NOUN" or ctx.doc[before.i - 1].text in ".!?\n":
        return False
    return not ctx.mentions_in(before.idx, before.idx + len(word))


def unreal_condition(ctx: Context, q: Quantity) -> bool:
    """A figure inside a condition only supposed, "если бы" ("даже если бы она смогла
    оказаться в числе 40 самых популярных треков", "Если бы Чили продала 300 тысяч тонн"):
    no level, plan or goal of anything; a real condition ("если Чили продаст") keeps its."""
    number = root(ctx, q.start, q.end)
    if number is None:
        return False
    for verb in number.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "если"]
        if marks:
            after = ctx.doc[marks[0].i + 1 : marks[0].i + 3]
            return subjunctive(verb) or any(t.lower_ in ("бы", "б") for t in after)
        if is_finite(verb):
            return False
    return False
