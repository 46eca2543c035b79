"""Levels of relations between two states: "стратегическое партнерство", "союзничество", …

A level is a phrase built from the words in relation_levels.tsv: a level noun
("союзничество"), a noun that needs a level adjective ("стратегическое партнерство",
"союзнические отношения"), or a noun for one side that names the level ("основным
стратегическим партнёром" → "стратегическое партнёрство", "союзники" → "союзничество"), or a
tone adjective of "отношения" before it or as its predicate ("отношений …, которые остаются
напряжёнными" → "напряженные отношения"), or a level adjective of a frame noun
("стратегический характер отношений", "отношения стратегического характера" →
"стратегические отношения"); after "уровень" a level noun needs no adjective ("вывести
отношения на новый уровень партнёрства" → "партнёрство"). A bare level that is the topic of
an agreement's title ("договор о союзничестве") is no statement about the relations; a title
of a declaration, or one whose level has its level adjective ("Декларация о всестороннем
стратегическом партнёрстве", "соглашение о стратегическом партнёрстве") is, unless the
agreement is only being negotiated or prepared. A partnership of one domain ("всеобъемлющее
экономическое партнёрство", "стратегическое партнёрство в области энергетики",
"стратегический торговый партнёр") is no level. No level from the past: an alliance of a war
("союзники по антигитлеровской коалиции"), a party that no longer exists (the USSR), or a
date governing the level more than ten years before the document's (or, undated, its latest
year). Coordinated level words make one level, as written ("всеобъемлющее стратегическое
партнерство и союзничество", "добрососедство и союзничество"); other adjectives ("основной",
"новый") are left out. The words go to the nominative, lowercase, keeping the text's number
and ё.

The two sides are the states the sentence names nearest the level (a state's body,
"Верховная Рада Украины", names its state), then unions of states (common/unions.txt:
"Евросоюз и Япония"); with one, the other is the speaker's
state or the other side of the document's pair ("партнёром и союзником России"); with
none, the document's pair (or the only two sides it names) when the sentence speaks of
"Стороны", "наши страны", "двусторонние", "межгосударственные" relations, or plural
"Страны", "Лидеры", "Президенты" with no word of their own ("страны Африки" are no pair). A negated
level ("не являются союзниками") or one cut ("нет союзнических отношений", "перестали быть
союзниками") is no statement, but denied or cut diplomatic relations are a level
("не поддерживает дипломатических отношений" → "нет дипломатических отношений").
stated_by is the speaker from kg.extract.common.attribution. Key: the sorted pair and
the level's lemmas, without the date: one node per level and pair across
documents, with the earliest date read (a date governing the level in the
sentence, else the document's date).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token
from spacy.tokens import Span as Sent

from kg.extract.agreements import Agreement, AgreementReading
from kg.extract.agreements.status import future, predicate, status_of
from kg.extract.agreements.subjects import state_body
from kg.extract.agreements.titles import FIRMS, kinds
from kg.extract.common.attribution import pointing_back, speaker_of
from kg.extract.common.dates import dates_within
from kg.extract.common.pair import (
    BOTH,
    PAIR_WORDS,
    SIDES,
    UNIONS,
    body_state,
    is_side,
    lead_pair,
    main_pair,
    other_side,
    seated_union,
    speaker_state,
)
from kg.extract.common.words import NAMING, called, conjuncts, lem
from kg.extract.context import Context, fact_key
from kg.extract.events.triggers import visit_verbs
from kg.extract.events.words import role_words, rumoured
from kg.extract.relations.fact import RelationLevel
from kg.gazetteer import Gazetteer
from kg.lexicon import load_list, load_rows
from kg.model import Mention
from kg.nlp.clauses import contrast_between
from kg.nlp.deps import (
    CONDITIONS,
    SUBJECTS,
    clause_head,
    condition_clause,
    has_preposition,
    has_subject,
    is_if,
    is_predicate,
    marked_own,
    negated,
    preposition,
    preposition_noun,
    sentence_before,
    unreal,
)
from kg.nlp.morph import (
    UD_NUMBER,
    case_of,
    is_animate,
    is_future,
    is_infinitive,
    is_past_form,
    is_plural,
    is_superlative,
    is_verb_form,
    may_be_future,
    morph,
)
from kg.resolve.org_naming import STATE_BODIES
from kg.resolve.title_lexicon import TITLES

RELATION_LEVELS = Path(__file__).with_name("relation_levels.tsv")

_BILATERAL = BOTH | {"двусторонний", "межгосударственный"}  # "двусторонние отношения"
_PAIR_NOUNS = {"страна", "лидер", "президент", "глава"}  # "Страны стали союзниками"
_DECLARING = {"декларация", "заявление", "коммюнике"}  # titles that declare relations
_PENDING = {"переговоры", "проект", "подготовка", "разработка", "обсуждение", "подготовить",
            "разработать", "планировать", "намереваться", "собираться"}  # fmt: skip
_PAST_YEARS = 10  # a level dated this many years before the document is history
_CENTURY = 21  # the century of the news kg reads: a level of an earlier one is history
_COPULAS = {"оставаться", "остаться", "быть", "стать", "становиться", "являться", "казаться"}
_NO_RELATIONS = "нет дипломатических отношений"
_BREAKING = {"разорвать", "разрывать"}  # "Чили разорвала отношения с …": diplomatic ones
# a field that limits a break to itself ("разорвали отношения в сфере образования", "в
# области спорта", "по линии министерств культуры"): no cut of the diplomatic relations
_FIELDS = {"сфера", "область", "отрасль", "сектор", "линия", "направление", "часть"}
_RESTORED = "восстановление дипломатических отношений"  # a change: no cut holds after it
# a past of these with a word of former times is what once was; not of becoming: "стали
# партнёрами ещё до кризиса" is a level reached then that holds
_WERE = (_COPULAS - {"стать", "становиться"}) | {"считаться"}
_LEVEL_NOUNS = ("core", "needs_adj", "rel", "mate")
_POSSESSIVE = {"свой", "его", "ее", "их", "наш", "ваш"}  # "поддерживаем наших союзников"
_UNMADE = ("unmade", "spurned")  # the roles of a word above a cut that leaves it undone
_PROSPECT = {"возможность", "перспектива", "идея", "предложение", "надеяться", "мечтать",
             "стремиться", "хотеть", "желать", "стремление", "мечта", "мочь", "смочь",
             "способный", "намереваться", "намерение", "планировать", "план", "собираться",
             "рассчитывать", "намеренный", "намерен", "надежда"}  # fmt: skip
# nouns of prospect that weigh a level they govern ("возможность партнёрства"); not
# "перспектива", which news says of a level in force ("перспективы партнёрства")
_WEIGHED = {"возможность", "идея", "предложение", "мечта"}
_FORMERLY = {"ранее", "раньше", "прежде", "когда-то", "некогда", "тогда", "давно"}
# a past copula in an era gone by or under a ruler is what once was (`_former_times`)
_ERAS = {"десятилетие", "время", "эпоха", "век"}
_BYGONE = {"прошлый", "позапрошлый", "минувший", "былой", "прежний"}
_RULE = {"шах", "царь", "монарх", "диктатор", "режим", "правление", "власть", "хунта"}
_NOW = {"нынешний", "новый", "действующий"}
_CANNOT = {"нельзя", "невозможно"}  # "нельзя назвать стратегическим партнёрством"
# predicates that say a level cannot be: "альянс между X и Y невозможен", "… исключено"
_IMPOSSIBLE = {"невозможный", "немыслимый", "нереальный", "неосуществимый", "исключить"}
# what "нельзя" denies a level by: naming it so, not "нельзя недооценивать партнёрство"
_NAMING = {"назвать", "называть", "считать", "счесть", "говорить", "сказать"}
_SPEAKING_FOR = {"выступить", "выступать", "высказаться", "высказываться"}  # "… за"
_STRIVING = {"стремиться", "стремление", "тяготеть", "двигаться", "движение", "путь"}
# verbs that raise relations to a level: "подняли отношения до уровня …", "вывели их на …"
_RAISING = {"выйти", "выходить", "вывести", "выводить", "поднять", "поднимать", "повысить",
            "повышать", "довести", "доводить", "перевести", "переводить"}  # fmt: skip
_BECOMING = {"стать", "становиться", "установление", "установить", "получить", "статус",
             "переход", "перейти", "создание", "создать",
             # raising relations to a level: "намерены выйти на уровень партнёрства"
             *_RAISING, "выход", "повышение",
             # seeing a state as one's ally: "хочет видеть Токио своим союзником"
             "видеть"}  # fmt: skip
# what a level or tone adjective says of "отношения" as their predicate ("являются особыми")
_SAID = ("adj", "tone", "special")
_SEEING = {"видеть", "увидеть", "найти", "находить", "обрести"}  # "видит в X своего партнёра"
_OFFICES = frozenset(k[0] for k in TITLES)  # a title a naming verb calls an ally is a person
_REGIONS = {"регион", "континент", "зона", "полушарие", "пространство", "субрегион"}
_CLAUSE_EDGES = {"что", ",", ";", ":", "—", "–", "-", "«", "»"}  # `_before_in_clause`
_CANCELLING = {"отмена", "отменить", "отменять", "аннулировать", "аннулирование"}
_VOTING = {"голосовать", "проголосовать", "высказаться", "выступить", "выступать"}  # "за разрыв"
_LATER = {"спустя", "через"}  # "спустя семь лет после разрыва": a time long after the cut
# what a clause after a cut says undoes it: "вновь открыли посольства", "обменялись послами"
_AGAIN = {"вновь", "снова", "опять"}
_RETURNING = {"обменяться", "обмениваться", "вернуть", "возвращать"}
_UNDOING = {"восстановление", "нормализация"}  # the changes of relations that undo a cut
_POSTING = {"открыть", "открывать", "назначить", "назначать"}  # "открыли посольства"
_MISSIONS = {"посольство", "посол"}  # what `_POSTING` a cut restores
_PLACED = {"в", "во", "при"}  # "посольство в Пекине": a mission of a place named
# what tells a restoring noun done: "соглашение о восстановлении", "договорились о …"
_SETTLING = {"соглашение", "договор", "меморандум", "протокол", "договориться",
             "договариваться", "согласиться", "соглашаться"}  # fmt: skip
_GOING_FOR = {"пойти", "идти"}  # "не пойдёт на разрыв": a cut refused (`_cut_object`)
_REFUSING = {"отказаться", "отказываться", "отказ", "опровергнуть", "опровергать"}
_GONE = {"остаться", "оставаться", "уйти", "уходить", "отойти", "отходить", "кануть"}
_STAYING = {"находиться", "пребывать"}  # "находясь с визитом в X"
_ALLIANCE = "альянс"  # "альянс между X и Y": a level with no adjective (`_alliance_between`)
_ANCHOR_ROLES = frozenset({"partner", "core", "needs_adj", "rel", "frame"})  # see `_anchors`


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, str]]:
    """lemma → (role, level noun), from relation_levels.tsv."""
    return {row[0]: (row[1], (*row, "")[2]) for row in load_rows(RELATION_LEVELS)}


def _role(t: Token) -> str:
    return _lemma_role(t.lemma_)


def _lemma_role(lemma: str) -> str:
    """A lemma's role in relation_levels.tsv, "" for a word not in it: read from a lemma
    where no `Token` is made (`_anchors`)."""
    return _lexicon().get(lemma, ("", ""))[0]


def extract_relations(
    ctx: Context, agreements: AgreementReading | None = None
) -> list[RelationLevel]:
    """Every stated level of relations between two states, fused by key; a level in the
    title of an agreement whose sentence names no two sides is between its parties
    (`agreements`: "Мы подписали Совместное заявление о … всеобъемлющего стратегического
    партнёрства")."""
    papers = agreements.by_token if agreements is not None else {}
    out: dict[str, RelationLevel] = {}
    anchors = _anchors()
    for sent in ctx.sents:
        used: set[int] = set()
        for i in range(sent.start, sent.end):
            if i in used or ctx.lemmas[i] not in anchors:
                continue
            t = ctx.doc[i]
            if t.pos_ not in ("NOUN", "PROPN") or _historic(t):
                continue
            level = _no_relations(ctx, t)
            if not level and not _denied(t):
                level = _level_at(t, sent, used) or _predicated(t, sent) or _framed(t)
                level = level or _tension(t) or _changed(t)
            if not level or not _stated_by_title(t, level) or _sectoral(t):
                continue
            if _role(t) == "partner" and (
                _of_a_person(ctx, t) or _unnamed_partner(t) or _of_a_body(ctx, t)
            ):
                continue
            if _of_firms(t) or _ally_of_both_in_a_bloc(t):
                continue
            if _hoped(t) or unreal(t) or _regional(ctx, t) or _once_was(t) or _superseded(t):
                continue
            if level.endswith(" отношения") and _ended(t):
                continue  # "После лет напряжённых отношений …": a state held, not today's
            for r in _relations(ctx, sent, t, level, papers.get(t.i)):
                _add(out, r)
    return _without_cuts_undone(list(out.values()))


def _without_cuts_undone(found: list[RelationLevel]) -> list[RelationLevel]:
    """No "нет дипломатических отношений" of a pair whose relations the report says were
    restored, unless the cut is dated after the restoration: "Марокко восстановило
    дипломатические отношения с Ираном. Рабат разорвал дипломатические отношения с Тегераном
    в 2009 году" tells the cut as background."""
    restored = {(r.state_a, r.state_b): r.date for r in found if r.level == _RESTORED}

    def undone(r: RelationLevel) -> bool:
        when = restored.get((r.state_a, r.state_b))
        return r.level == _NO_RELATIONS and when is not None and not (when and r.date > when)

    return [r for r in found if not undone(r)]


@lru_cache(maxsize=1)
def _anchors() -> frozenset[str]:
    """The lemmas of the nouns a level can be read at (by `_no_relations`, `_level_at`,
    `_predicated` or `_framed`, each of which reads nothing else): most words are none, and
    no `Token` is made for them; one set test a word, not a lookup of its role."""
    roles = _lexicon().items()
    lemmas = (lemma for lemma, (role, _) in roles if role in _ANCHOR_ROLES)
    return frozenset({"отношение", _MISSION, *lemmas})


def _stated_by_title(t: Token, level: str) -> bool:
    """Whether a level inside an agreement's title is said of the relations: a
    declaration's, or one with its level adjective, of an agreement not still being
    prepared, proposed or turned down, nor only weighed unless told as signed; "договор о
    союзничестве" only names the treaty's topic.
    True outside titles."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "nmod" or t.head.lemma_ not in kinds():
        return True
    kind = t.head
    heads = [kind.head, kind.head.head, kind.head.head.head]
    if any(h.lemma_ in _PENDING or h.lemma_ in _PROSPECT for h in heads):
        return False  # "обсудили возможность заключения договора о стратегическом партнёрстве"
    role = _role(kind.head)
    if role == "spurned":
        return False  # "Алиев предложил Грузии договор о стратегическом партнёрстве"
    if role == "unmade" and not _told_signed(kind):
        return False  # "подняли вопрос о договоре о …", "готова к договору о …"
    if status_of(predicate(kind, [kind])) in ("negotiating", "planned"):
        return False  # "готовят договор о стратегическом партнёрстве", "подпишут декларацию"
    adjective = any(_lexicon().get(lem(w), ("",))[0] == "adj" for w in level.split())
    return kind.lemma_ in _DECLARING or adjective


def _told_signed(kind: Token) -> bool:
    """An agreement a participle or relative clause on it tells as signed ("договор …,
    подписанный в 2012 году"): one in force, whatever is said of it."""
    told = predicate(kind, [kind])
    return told is not None and told.dep_ in ("acl", "acl:relcl") and status_of(told) == "signed"


def _of_a_person(ctx: Context, t: Token) -> bool:
    """A partner or ally in apposition to a person, or that a naming verb calls a person,
    is that person's ("помиловал Джо Арпайо, своего политического союзника", "назвал
    министра X своим союзником"), and one of a person or of an organization that
    is no union of states is theirs ("Союзник «Партии реформ»", "союзник Путина"): no level
    between states."""
    mentions = ctx.mentions_in(t.sent.start_char, t.sent.end_char)
    unions = load_list(UNIONS)

    def at(x: Token, types: tuple[str, ...]) -> bool:
        return any(m.start <= x.idx < m.end and m.type in types and m.entity not in unions
                   for m in mentions)  # fmt: skip

    if t.dep_ == "appos" and at(t.head, ("Person",)):
        return True
    named = [c for c in t.head.children if c.dep_ == "obj"] if t.head.lemma_ in NAMING else []
    named += [g for c in named for g in c.children if g.dep_ == "appos"]  # "министра X"
    if t.dep_ in ("xcomp", "obl") and any(at(c, ("Person",)) or c.lemma_ in _OFFICES
                                          for c in named):  # fmt: skip
        return True  # "назвал министра финансов X / премьер-министра Эфиопии своим союзником"
    return any(
        c.dep_ == "nmod" and at(c, ("Person", "Organization")) and not _member_of(c)
        for c in t.children
    )


def _of_a_body(ctx: Context, t: Token) -> bool:
    """A partner or ally of a body that names no state ("Турция и Катар являются союзниками
    правительства национального единства", "партнёрами федерального правительства") is that
    body's, no level between the subjects, as a named organization's is (`_of_a_person`)."""
    return any(
        c.dep_ == "nmod"
        and c.lemma_ in STATE_BODIES
        and "Gen" in c.morph.get("Case")
        and not has_preposition(c)
        and not ctx.mentions_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        for c in t.children
    )


def _of_firms(t: Token) -> bool:
    """A level of firms ("стратегическое партнёрство двух компаний") is theirs, no level of
    the states the report names."""
    return any(c.dep_ == "nmod" and c.lemma_ in FIRMS and not preposition(c) for c in t.children)


def _unnamed_partner(t: Token) -> bool:
    """ "Египет поддерживает своих союзников в Ливии": partners a verb acts on, unnamed, not
    the predicate that names a state one ("называет Россию своим партнёром")."""
    possessed = any(c.dep_ == "det" and c.lemma_ in _POSSESSIVE for c in t.children)
    # or the genitive of one: "защищаем интересы наших союзников"
    argument = _argument(t) or t.dep_ == "nmod" and _argument(t.head)
    if any(c.lower_ == "как" for c in t.children) or _seen_in(t):
        return False  # "рассматривает Аргентину как своего партнёра": a predicate
    return possessed and argument


def _argument(t: Token) -> bool:
    """Whether a noun is what its verb acts on or with ("помогаем нашим союзникам", "работать
    с нашими партнёрами"), not the predicate that names one ("Индия — наш партнёр")."""
    on = t.dep_ in ("obj", "iobj") or t.dep_ in SUBJECTS
    return on or t.dep_ in ("obl", "nmod") and has_preposition(t)


def _seen_in(t: Token) -> bool:
    """A partner a verb of seeing finds in a side ("видит в Токио своего партнёра", "нашла
    в Египте союзника"): the object names what that side is, no partner acted on; plural
    ones are groups in a place ("видит в Ливии своих союзников")."""
    verb = t.head
    return (
        t.dep_ == "obj"
        and "Sing" in t.morph.get("Number")
        and verb.lemma_ in _SEEING
        and any(c.dep_ == "obl" and preposition(c) == "в" for c in verb.children)
    )


def _hoped(t: Token) -> bool:
    """A level only hoped for, weighed, proposed or refused, not stated: "надеются стать
    стратегическими партнёрами", "обсудили возможность установления партнёрства", "стремится
    получить статус союзника", "предложил поднять отношения до …" (a word of prospect, or an
    `unmade` one, above a word of becoming), "стремится к партнёрству", "на пути к
    союзничеству", a level only ahead ("станут союзниками", "будут союзниками"); "надеются на
    развитие стратегического партнёрства" states the partnership, "были и будут партнёрами"
    holds."""
    heads, h = [], t
    for _ in range(4):
        if h.head.i == h.i:
            break
        h = h.head
        heads.append(h.lemma_)
        if h.lemma_ in _BECOMING and _standing_for(h):
            return True  # "выступила за повышение уровня отношений до …": only proposed
        if h.lemma_ in _BECOMING and "Part" in h.morph.get("VerbForm"):
            break  # "Индия и Египет, ставшие партнёрами, планируют …": a becoming done
    if heads and heads[0] in _STRIVING and any(c.lower_ == "к" for c in t.children):
        return True  # "стремится к стратегическому партнёрству с Кенией": not there yet
    if t.dep_ == "nmod" and t.head.lemma_ in _WEIGHED:
        return True  # "обсуждают возможность стратегического партнёрства"
    verb = t.head  # "выйдут на уровень …", "повысят уровень отношений до …": past the
    while _role(verb) in ("scale", "rel") and verb.head.i != verb.i:  # level and relations
        verb = verb.head  # the parse hangs the level raised to on
    if verb.lemma_ in _BECOMING and "Fut" in verb.morph.get("Tense"):
        return True  # "Индия и Япония станут союзниками", "выйдут на уровень …": not yet
    copulas = _level_copulas(t)
    if copulas and all(c.lemma_ == "быть" and may_be_future(c) for c in copulas):
        # "Индия и Япония будут союзниками" (the tagger's tense is "Pres"); "Мы будем …",
        # which pymorphy3 also reads as a call ("будем друзьями"): neither is in force
        return True
    # a word that proposes, calls for, refuses or is only ready for one ("предложил поднять
    # отношения до …", "готовы стать …", "отказался предоставить статус …") is one too
    unmade = any(w in _PROSPECT or _lemma_role(w) in _UNMADE for w in heads)
    return any(w in _BECOMING for w in heads) and unmade


def _standing_for(h: Token) -> bool:
    """A word of becoming one side speaks up for ("выступила за повышение уровня отношений до
    стратегического партнёрства") is only proposed, as "предложила повысить" is."""
    return h.head.lemma_ in _SPEAKING_FOR and preposition(h) == "за"


def _level_copulas(t: Token) -> list[Token]:
    """The copulas of a level noun, also where the parse made its own adjective the
    predicate and hung the copula there as an auxiliary ("Мы будем надёжными союзниками
    Египта": "будем" on "надёжными")."""
    copulas = [c for c in t.children if c.dep_ == "cop"]
    adjective = t.head
    if copulas or t.dep_ not in ("obl", "nmod") or adjective.pos_ != "ADJ" or adjective.i > t.i:
        return copulas
    return [c for c in adjective.children
            if c.dep_ in ("cop", "aux", "aux:pass") and c.lemma_ == "быть"]  # fmt: skip


def _once_was(t: Token) -> bool:
    """A level told as what once was: "Ранее Анкара и Иерусалим были стратегическими
    партнёрами", "когда-то были союзниками", "До инцидента 2010 года Израиль и Турция
    считались стратегическими партнёрами", "страны, которые в 1990-е годы считались
    партнёрами" (a past copula with a word of former times, a time it held until, or a
    decade; also a tone "отношения" were in: "Ранее отношения … оставались прохладными");
    "ранее заявили о партнёрстве" reports a statement, and "являются … с 2008 года" holds."""
    verb = t.head if t.dep_ in ("xcomp", "obl") else t
    copulas = [c for c in verb.children if c.dep_ == "cop"] if verb is t else [verb]
    times = list(verb.children)
    if t.dep_ in SUBJECTS and (t.head.lemma_ in _WERE or _role(t.head) in _SAID):
        copulas, times = _copulas_of_predicate(t.head), [*t.head.children, *t.children]
    past = [c for c in copulas if c.lemma_ in _WERE and "Past" in c.morph.get("Tense")]
    if any(_role(x) == "history" for c in past for x in _before_in_clause(c)):
        return True  # "что в годы Первой мировой войны Греция и Сербия были союзниками"
    return bool(past) and any(_former_times(c) for c in times)


def _copulas_of_predicate(predicate: Token) -> list[Token]:
    """The copulas of what "отношения" are said to be ("Ранее отношения … оставались
    прохладными": the verb; "Когда-то отношения … были враждебными": its "cop", or the
    "aux:pass" of a participle of tone the tagger reads as a verb, "были напряжёнными")."""
    if predicate.lemma_ in _WERE:
        return [predicate]
    return [c for c in predicate.children if c.dep_ in ("cop", "aux:pass")]


def _before_in_clause(t: Token) -> list[Token]:
    """The words before `t` back to its clause's start ("что", a comma, a dash or another
    verb): a time told there is the clause's, wherever the parse hangs it ("напомнил, что в
    годы войны Греция и Сербия были …", "В советское время КНДР и Вьетнам считались …")."""
    out, i = [], t.i - 1
    while i >= t.sent.start:
        x = t.doc[i]
        if x.lower_ in _CLAUSE_EDGES or x.pos_ in ("VERB", "AUX"):
            break
        out.append(x)
        i -= 1
    return out


def _superseded(t: Token) -> bool:
    """A level its sentence says was later raised to another: "Индия и ОАЭ установили
    стратегическое партнёрство в 2015 году, а в 2017 году подняли отношения до уровня
    всеобъемлющего …" (a later conjunct of the level's verb, a past raising verb with a level
    word after it, of relations or their level); the first level is no longer the
    relations'. Not a raise ahead ("а в следующем году повысят …"), nor one of another thing
    ("повысили уровень торговли до …")."""
    verb = next((x for x in [t, *t.ancestors] if x.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    linked = [c for c in verb.children if c.dep_ in ("conj", "parataxis")]
    if verb.dep_ in ("conj", "parataxis"):
        linked.append(verb.head)  # the parse may hang the first clause on the second
    for raise_ in linked:
        if raise_.i <= t.i or raise_.lemma_ not in _RAISING or negated(raise_):
            continue
        of_relations = any(_role(c) in ("rel", "scale") or c.pos_ == "PRON"
                           for c in raise_.children)  # fmt: skip
        if "Past" not in raise_.morph.get("Tense") or not of_relations:
            continue
        # the level raised to, wherever the parse hangs it: "вывели их на уровень …"
        after = t.doc[raise_.i + 1 : t.sent.end]
        if any(_role(x) in ("adj", "core") for x in after):
            return True
    return False


def _former_times(t: Token) -> bool:
    """A word of former times on a verb: "ранее", "до инцидента", "до 2008 года" (not "до
    сих пор": until now), "в 1990-е годы", "в прошлом десятилетии", "при шахе"."""
    if t.dep_ == "advmod":
        return t.lower_ in _FORMERLY
    if t.dep_ not in ("obl", "nmod"):
        return False
    case = preposition(t)
    words = {w.lower_ for w in t.subtree}
    if case == "при":
        return _of_a_ruler(t)
    return (case == "до" and "сих" not in words) or (case == "в" and _past_era(t))


def _past_era(t: Token) -> bool:
    """A decade or an era gone by ("в 1990-е годы", "в прошлом десятилетии", "в былые
    времена", "в прежние годы"); not "в прошлом году", a year that may still hold."""
    if _decade_in(t):
        return True
    era = t.lemma_ in _ERAS or (t.lemma_ == "год" and "Plur" in t.morph.get("Number"))
    return era and any(c.dep_ == "amod" and c.lemma_ in _BYGONE for c in t.children)


def _of_a_ruler(t: Token) -> bool:
    """ "при шахе", "при Каддафи", "при прежнем президенте": the time of a ruler, not of the
    one now ("при нынешнем президенте") nor a circumstance ("при поддержке")."""
    if any(c.lemma_ in _NOW for c in t.children):
        return False
    return t.pos_ == "PROPN" or t.lemma_ in _OFFICES or t.lemma_ in _RULE


def _decade_in(t: Token) -> bool:
    """Whether the phrase of `t` names a decade ("в 1990-е годы", "в 90-х годах")."""
    return any(_decade(w.text) for w in t.subtree)


def _regional(ctx: Context, t: Token) -> bool:
    """A partner or ally within a region, a role one state plays for another there, not the
    level of their relations: "стратегический партнёр Китая в Африке", "главный союзник США
    в регионе", "партнёр Азербайджана на Южном Кавказе" (a place that is no state). Partners
    of each other there ("Бразилия и Аргентина — союзники в Южной Америке") are partners."""
    of_one = any(c.dep_ == "nmod" and "Gen" in c.morph.get("Case") and _side_at(ctx, c)
                 for c in t.children)  # fmt: skip
    if _role(t) != "partner" or not of_one:
        return False
    for c in t.children:
        if c.dep_ not in ("nmod", "obl") or "Loc" not in c.morph.get("Case"):
            continue
        if not any(g.dep_ == "case" and g.lower_ in ("в", "во", "на") for g in c.children):
            continue
        named = ctx.mentions_in(c.idx, c.idx + len(c.text))
        if c.lemma_ in _REGIONS or (c.pos_ == "PROPN" and not named):
            return True
    return False


def _alliances(anchor: Token) -> list[Token]:
    """The organizations `anchor` names the alliance of (`_member_of`), on it or on its
    genitive ("союзник обеих стран по Меркосур": the parse hangs "по" on "стран")."""
    near = [anchor, *(c for c in anchor.children if c.dep_ == "nmod" and not preposition(c))]
    return [c for x in near for c in x.children if _member_of(c)]


def _ally_of_both_in_a_bloc(t: Token) -> bool:
    """ "Бразилия, союзник обеих стран по БРИКС, призвала Индию и Китай …": an ally of "both
    countries" in a bloc is their fellow member, no bilateral level with either, whichever
    states the sentence names near it; an ally of a state named in the genitive ("союзник
    Германии по НАТО") keeps its level."""
    if _role(t) != "partner" or not _alliances(t):
        return False
    return any(c.dep_ == "nmod" and c.lemma_ in PAIR_WORDS and not has_preposition(c)
               and any(g.lemma_ in BOTH for g in c.children)
               for c in t.children)  # fmt: skip


def _member_of(x: Token) -> bool:
    """ "союзники по ОДКБ": the organization is the alliance they are allies in, not theirs."""
    return any(c.dep_ == "case" and c.lower_ == "по" for c in x.children)


def _sectoral(t: Token) -> bool:
    """A partnership of one domain, no level of the relations: "всеобъемлющее экономическое
    партнёрство", "стратегическое партнёрство в области энергетики", "стратегический
    торговый партнёр"."""
    noun = _lexicon().get(t.lemma_, ("", ""))[1]
    if noun not in ("партнерство", "союзничество") and _role(t) not in ("needs_adj", "core"):
        return False  # "союзники в борьбе с терроризмом": allies in one cause
    near = [*t.children, *(g for c in t.children if c.dep_ == "nmod" for g in c.children)]
    return any(_role(c) == "sector" and c.dep_ in ("amod", "nmod") for c in near)


def _historic(t: Token) -> bool:
    """A level word of a war, a past coalition or a past century: "союзники по
    антигитлеровской коалиции", "в XIX веке стали союзниками"."""
    near = [*t.children, *(g for c in t.children for g in c.children)]
    if t.dep_ in ("xcomp", "ROOT", *SUBJECTS) or t.head.lemma_ in _COPULAS:
        # "стали союзниками в годы войны", "отношения сложились во время войны"
        times = [
            c
            for c in t.head.children
            if c.dep_ in ("obl", "nmod") and c.i != t.i and not _others_time(c, t.head)
        ]
        near += [*times, *(g for c in times for g in c.children if g.dep_ == "nmod")]
    return any(_role(x) == "history" or _past_century(x) for x in near)


def _others_time(x: Token, verb: Token) -> bool:
    """A time on the level's verb that is not the level's: what a change came after or from
    ("Отношения Эфиопии и Эритреи после войны заметно улучшились"), or a time of a relative
    clause the parse hung on the verb ("Отношения Турции и Греции, которые во время войны
    были противниками, заметно улучшились")."""
    if _role(verb) == "change" and preposition(x) in _AFTER:
        return True
    return any(w.lemma_ == "который" for w in _before_in_clause(x))


def _past_century(t: Token) -> bool:
    """ "в XIX веке", "в прошлом веке": a century before this one (news of the 21st)."""
    if t.lemma_ != "век":
        return False
    for c in t.children:
        if c.lemma_ in ("прошлый", "позапрошлый", "средний"):  # "в Средние века"
            return True
        if re.fullmatch(r"[IVXLC]+", c.text) and _roman(c.text) < _CENTURY:
            return True
    return False


def _roman(numeral: str) -> int:
    values = [{"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}[ch] for ch in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))  # fmt: skip


def _diplomatic(t: Token) -> bool:
    """Relations called diplomatic ("дипломатические отношения"), also as links
    ("возобновили дипломатические связи"); links of trade or transport are none."""
    if t.lemma_ not in ("отношение", "связь"):
        return False
    return any(_role(c) == "diplomatic" for c in t.children if c.dep_ == "amod")


def _no_relations(ctx: Context, t: Token) -> str:
    """ "не поддерживает дипломатических отношений", "разрыв дипломатических отношений",
    "между X и Y нет дипломатических отношений"; a cut only threatened, refused, weighed,
    ahead or denied ("не разорвал") is none."""
    if not _diplomatic(t) and not _broken_off(ctx, t):
        return ""
    if _role(t.head) == "cut":
        return _NO_RELATIONS if _cut_made(t.head) and not _spared(t) else ""
    return _NO_RELATIONS if _negated_near(t) and not _untold(t.head) else ""


def _broken_off(ctx: Context, t: Token) -> bool:
    """Relations of no kind a state breaks off ("Эквадор разорвал отношения с Мексикой",
    "отношения между X и Y были разорваны"): between states only the diplomatic ones are.
    Only by a verb whose subject is states by name, or in the passive: not a body's, a
    person's or a noun's ("Федерация футбола Эквадора разорвала отношения с …", "объявил о
    разрыве отношений"); not relations an adjective names ("торговые отношения"), nor those
    with what is no state by name ("с компанией из Мексики", "с Газпромом"), nor relations
    suspended or absent ("прервали отношения", "нет отношений": of contacts or talks too)."""
    verb = t.head
    if t.lemma_ != "отношение" or verb.lemma_ not in _BREAKING or not is_plural(t):
        return False
    if any(c.dep_ == "amod" for c in t.children) or _in_a_field(t):
        return False
    partners = [c for c in (*t.children, *verb.children) if preposition(c) in ("с", "со")]
    subjects = [x for c in verb.children if c.dep_ == "nsubj" for x in conjuncts(c)]
    if not subjects and t.dep_ != "nsubj:pass":
        return False
    return all(ctx.mentions_in(c.idx, c.idx + len(c.text), "State") for c in partners + subjects)


def _in_a_field(t: Token) -> bool:
    """Relations broken off only in a field ("разорвали отношения в сфере образования", "в
    области спорта", "по линии министерств культуры"): the field is on the relations noun or
    its verb."""
    beside = (*t.children, *t.head.children)
    return any(c.lemma_ in _FIELDS and preposition(c) in ("в", "во", "по") for c in beside)


def _untold(noun: Token) -> bool:
    """A noun "о …" under a negated verb of announcing ("не объявили о восстановлении
    дипломатических отношений"): the telling is denied, neither the change nor its opposite."""
    verb = noun.head
    return preposition(noun) in ("о", "об") and verb.lemma_ in _ANNOUNCING and negated(verb)


def _cut_made(cut: Token) -> bool:
    """Whether the text says the cut happened or holds: not negated, not in the future, and
    neither it nor its infinitive's or noun's governor a word of prospect, threat, refusal
    or call ("пригрозила разорвать", "возможность разрыва"), nor a negated governor ("не
    стал разрывать", "не объявляла о разрыве"), nor a rumour denied ("опроверг слухи о
    разрыве", `rumoured`)."""
    if negated(cut) or future(cut) or rumoured(cut):
        return False
    governed = is_infinitive(cut) or cut.pos_ == "NOUN"
    gov = cut.head
    if not governed or gov.i == cut.i:
        return True
    unmade = gov.lemma_ in _PROSPECT or gov.lemma_ in _WEIGHED or _role(gov) in _UNMADE
    return not (unmade or negated(gov) or future(gov) or _cut_aside(cut))


def _cut_aside(cut: Token) -> bool:
    """A cut noun that is not its clause's own act: one voted against or for ("против
    разрыва", "проголосовал за разрыв": a call for it), a time after it that restores the
    relations ("спустя семь лет после прекращения дипломатических отношений … вновь открыли
    посольства", `_undone_later`), or a decision on it cancelled ("отмена решения о
    разрыве")."""
    if cut.pos_ != "NOUN":
        return False
    prep = preposition(cut)
    if prep == "против" or (prep == "за" and cut.head.lemma_ in _VOTING):
        return True  # voted against, or for: a call for a cut, not one made
    if prep == "после" and _undone_later(cut):
        return True
    return any(x.lemma_ in _CANCELLING for x in (cut.head, cut.head.head))


def _undone_later(cut: Token) -> bool:
    """A cut "спустя/через N лет после" which the clause restores ("вновь открыли
    посольства", "обменялись послами", "восстановили отношения", "подписали соглашение о
    восстановлении отношений", "открыли посольства", "назначили послов"); one the clause
    only follows up ("через неделю после разрыва … закрыла границу") holds."""
    span = next((x for x in (cut.head, cut.head.head) if preposition(x) in _LATER), None)
    if span is None:
        return False
    verb = span.head
    near = [c for c in verb.children if c.i != span.i]
    nouns = [x for x in (*near, *(g for c in near for g in c.children)) if _restoring_told(x)]
    again = any(c.lemma_ in _AGAIN for c in verb.children)
    restoring = _restoring(verb) or verb.lemma_ in _RETURNING or _missions_posted(verb)
    return restoring or again or bool(nouns)


def _restoring(t: Token) -> bool:
    """A word of restoring relations ("восстановили", "нормализация")."""
    return _lexicon().get(t.lemma_, ("", ""))[1] in _UNDOING


def _restoring_told(noun: Token) -> bool:
    """A restoring noun agreed on or announced ("подписали соглашение о восстановлении
    отношений", "объявили о возобновлении"), not one rejected ("отверг восстановление")."""
    gov = noun.head
    settled = gov.lemma_ in _SETTLING or gov.lemma_ in _ANNOUNCING
    return noun.pos_ == "NOUN" and _restoring(noun) and settled and not _negated_near(noun)


def _missions_posted(verb: Token) -> bool:
    """Embassies opened or ambassadors named ("открыли посольства", "назначили послов"),
    not those of a place named ("открыл посольство в Пекине": of a third country, maybe)."""
    if verb.lemma_ not in _POSTING or negated(verb):
        return False
    missions = [c for c in verb.children if c.dep_ == "obj" and c.lemma_ in _MISSIONS]
    placed = any(preposition(c) in _PLACED for x in (verb, *missions) for c in x.children)
    return bool(missions) and not placed


def _spared(relations: Token) -> bool:
    """Relations a cut of something else leaves out ("прекратила торговлю с Израилем, но не
    дипломатические отношения"): the "не" of the ellipsis hangs on them or their adjective."""
    adjectives = (c for c in relations.children if c.dep_ == "amod")
    return any(negated(x) for x in (relations, *adjectives))


def _framed(t: Token) -> str:
    """ "стратегический характер отношений", "отношения носят стратегический характер" →
    "стратегические отношения"; of a level noun that needs its adjective, that noun
    ("стратегический характер партнёрства" → "стратегическое партнёрство")."""
    if _role(t) != "frame":
        return ""
    of = [c for c in t.children if _framed_noun(c)]
    if t.dep_ == "nmod" and t.head.lemma_ == "отношение" and "Gen" in t.morph.get("Case"):
        of.append(t.head)  # "отношения союзнического характера"
    if t.dep_ == "obj":  # "отношения … носят стратегический характер": the verb's subject,
        # "придать отношениям стратегический характер": its indirect object
        of += [c for c in t.head.children
               if c.dep_ in ("nsubj", "iobj", "obl") and _framed_noun(c)]  # fmt: skip
    if not of or any(_denied(x) for x in (t, *of)) or any(_sectoral(x) for x in of):
        return ""
    adjs = sorted((c for c in t.children if c.dep_ == "amod" and _role(c) in ("adj", "tone")),
                  key=lambda c: c.i)  # fmt: skip
    if not adjs:
        return ""
    if of[0].lemma_ != "отношение":
        return _nominative_phrase([*adjs, of[0]])
    return " ".join([*(morph().inflect(a.text, {"nomn", "plur"}) for a in adjs), "отношения"])


def _framed_noun(t: Token) -> bool:
    """What a frame noun gives the level of: "отношения", or a level noun that needs a level
    adjective ("партнёрство", "взаимодействие") and has none of its own."""
    if t.lemma_ == "отношение":
        return True
    return _role(t) == "needs_adj" and not any(_role(c) == "adj" for c in t.children)


def _past(ctx: Context, r: RelationLevel, since: bool = False) -> bool:
    """A level between states that no longer exist, or dated long before the document; one
    that holds since a date ("являются партнёрами с 2013 года") holds today."""
    gazetteer = Gazetteer.load()
    for key in (r.state_a, r.state_b):
        state = gazetteer.state(key.removeprefix("state/")) if key.startswith("state/") else None
        if state is not None and state.historic:
            return True
    if since:
        return False
    now = ctx.reference_year
    return bool(r.date[:4].isdigit() and now and int(r.date[:4]) < now - _PAST_YEARS)


def _predicated(t: Token, sent: Sent) -> str:
    """ "отношения остаются напряжёнными", "отношений …, которые остаются напряжёнными", and
    a level adjective as the predicate: "отношения являются стратегическими"."""
    if t.lemma_ != "отношение":
        return ""
    if t.dep_ == "obj" and t.head.lemma_ in NAMING and not negated(t.head):
        return _named_as(t)
    said = t.head
    if t.dep_ in SUBJECTS and _role(said) in _SAID and not negated(said):
        if said.pos_ == "ADJ":  # a short predicate: "отношения … враждебны"
            return _nominative_phrase([said, t])
        if adjective := _lexicon()[said.lemma_][1]:  # "отношения напряжены", "… напряжённые"
            return _as_adjective(adjective)
    if (bare := _verbless_predicate(t)) is not None:  # "Отношения X и Y враждебные."
        return _nominative_phrase([bare, t])
    for adj in sent:
        verb = adj.head
        if _role(adj) not in _SAID or adj.dep_ != "xcomp" or verb.lemma_ not in _COPULAS:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":  # a subject shared with the verb before:
            # "Отношения двух стран окрепли и стали стратегическими"
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_ == "который":
            subject = _antecedent(subject, sent)
        if subject is not None and subject.i == t.i and not negated(verb):
            # a participle the tagger read as its verb: "оставались натянутыми" (натянуть)
            adjective = _lexicon()[adj.lemma_][1]
            return _as_adjective(adjective) if adjective else _nominative_phrase([adj, t])
    return ""


def _as_adjective(adjective: str) -> str:
    """The level of "отношения" a participle of tone names by its adjective ("напряжены",
    "оставались натянутыми", lemmatised to the verb) → "натянутые отношения"."""
    return morph().inflect(adjective, {"nomn", "plur"}) + " отношения"


def _verbless_predicate(t: Token) -> Token | None:
    """A nominative level or tone adjective the parse made a conjunct of a sentence's
    "Отношения" with no verb ("Отношения Эфиопии и Эритреи враждебные."): their predicate.
    Not an adjective joined by "и" or a comma ("отношения и враждебные действия")."""
    if t.dep_ != "ROOT" or "Nom" not in t.morph.get("Case"):
        return None
    return next((c for c in t.children
                 if c.dep_ == "conj" and c.pos_ == "ADJ" and _role(c) in _SAID
                 and "Nom" in c.morph.get("Case") and not negated(c)
                 and not any(g.dep_ in ("cc", "punct") and g.i < c.i for g in c.children)),
                None)  # fmt: skip


# the time a state held for before what ended it ("после семи лет напряжённости")
_SPANS = {"год", "лето", "месяц", "период", "десятилетие"}


def _ended(noun: Token) -> bool:
    """A state of relations the text tells as held before what ended it ("Иран и Саудовская
    Аравия после семи лет напряжённости в отношениях возобновили …", "после периода
    напряжённости", "После лет напряжённых отношений"): no level of today. The parse may hang
    the noun of tone on the verb, past the span; the noun's adjectives go before it."""
    start = min((c.i for c in noun.children if c.dep_ == "amod" and c.i < noun.i), default=noun.i)
    before = noun.doc[start - 1] if start else None
    if preposition(noun) == "после":
        return True
    return before is not None and before.lemma_ in _SPANS and preposition(before) == "после"


def _tension(t: Token) -> str:
    """ "напряжённость в отношениях между X и Y" → "напряжённые отношения"; not where there is
    none ("нет напряжённости в отношениях") or it may only come ("может вызвать …")."""
    if t.lemma_ != "отношение" or preposition(t) != "в":
        return ""
    nouns = [t.head, *(c for c in t.head.children if c.dep_ == "nsubj")]  # "… нарастает
    noun = next((n for n in nouns if _role(n) == "tension"), None)  # напряжённость"
    if noun is None:
        return ""
    verb = noun.head
    if verb.lemma_ == "нет" or future(verb) or {verb.lemma_, verb.head.lemma_} & _PROSPECT:
        return ""  # "может вызвать напряжённость в отношениях": not there yet
    if _ended(noun):
        return ""
    return morph().inflect(_lexicon()[noun.lemma_][1], {"nomn", "plur"}) + " отношения"


# What says a change of relations has come: a verb that starts or goes on with it ("начали
# улучшаться"), one that brings or notes it ("вызвало ухудшение", "привело к обострению",
# "отметили потепление", "переживают кризис"), a noun it is the ground of ("на фоне
# ухудшения", "в результате", "в разгар кризиса").
_PHASAL = {"начать", "начинать", "продолжать", "продолжить", "стать"}
_NOTING = {"вызвать", "вызывать", "повлечь", "спровоцировать", "отметить", "отмечать",
           "констатировать", "наблюдаться", "наблюдать", "переживать"}  # fmt: skip
_LEADING = {"привести", "приводить"}
# a change one furthered or played a role in ("способствовал улучшению", "сыграл роль в
# восстановлении", "сыгравший роль в"): it has come where a past form tells the verb
# (`_furthered`); the perfective only plays it: "играет роль", "способствует" tell a part
# still going on
_FURTHERING = {"способствовать", "содействовать"}
_PLAYING = {"сыграть"}
# a change announced as made ("объявили о восстановлении дипломатических отношений")
_ANNOUNCING = {"объявить", "объявлять", "сообщить", "сообщать", "заявить", "заявлять"}
_GROUNDS = {"фон", "результат", "следствие", "период", "разгар"}
_AFTER = {"после", "из-за", "несмотря"}
_GOING_THROUGH = {"переживать", "испытывать", "находиться"}
_TAKING = {"принять", "принимать"}  # "решение было принято": the day of the decision told
# falling to the worst point, which says the relations are in crisis ("опустились до самой
# низкой точки"); "до" only, and only with a superlative of badness (`_worst`)
_FALLING = {"опуститься", "опускаться", "упасть", "падать", "скатиться", "скатываться"}


def _changed(t: Token) -> str:
    """A change of the relations `t` the text says has come: "отношения X и Y резко
    ухудшились", "X и Y нормализовали отношения", "обострение отношений началось", "на фоне
    ухудшения отношений", "кризис в отношениях" → "ухудшение отношений", "нормализация
    отношений", …; not one talked about, called for, hoped, denied or ahead ("переговоры о
    нормализации отношений", "настроен на улучшение отношений", "могут ухудшиться",
    "договорились нормализовать отношения"); "восстановили дипломатические отношения" →
    "восстановление дипломатических отношений"."""
    mission = _mission_to_a_charge(t)
    if t.lemma_ != "отношение" and not mission and not _diplomatic(t):
        return ""  # "возобновили дипломатические связи": as "отношения"
    word = _change_above(t) or _subjectless_change(t)
    went = _gone_through(t)
    if went is not None:
        word, come = went[0], _come(went[1])  # "отношения переживают кризис"
    elif word is None and (part := _changed_participle(t)) is not None:
        word, come = part, True  # "на фоне ухудшившихся отношений"
    elif word is None and (verb := _verb_read_as_modifier(t)) is not None:
        word, come = verb, _come(verb)  # "X и Y нормализовали отношения", parsed as a phrase
    elif word is None and (noun := _change_in(t)) is not None:
        word, come = noun, _noun_come(noun)  # "в отношениях наметилось потепление"
    elif word is None:
        return ""
    elif is_verb_form(word) and (t.dep_ in ("nsubj", "nsubj:pass", "obj") or t.head != word):
        come = _come(word)  # "нормализовали" the tagger may read as an adjective
    elif word.pos_ == "NOUN" and t.dep_ == "nmod" and preposition(t) in ("", "в"):
        come = _noun_come(word)
    elif word.pos_ == "NOUN" and t.dep_ in SUBJECTS and preposition(word) == "на":
        come = not negated(word)  # "отношения на подъёме"
    else:
        return ""
    if not come:
        return ""
    diplomatic = mission or _diplomatic(t)
    return _lexicon()[word.lemma_][1] + " дипломатических" * diplomatic + " отношений"


def _mission_to_a_charge(t: Token) -> bool:
    """A diplomatic mission whose level the verb takes down to a chargé d'affaires
    ("понизила уровень дипломатического представительства в Израиле до временного
    поверенного в делах"): a downgrade of diplomatic relations; a mission's level with no
    chargé may be of a rate or a post ("понизила уровень представительства в Китае")."""
    scale = t.head
    if t.lemma_ != _MISSION or t.dep_ != "nmod" or _role(scale) != "scale":
        return False
    if not any(_role(c) == "diplomatic" for c in t.children if c.dep_ == "amod"):
        return False
    # "до …" on the verb, or where the parse hangs it, on the level or the mission
    near = [*scale.head.children, *scale.children, *t.children]
    down = (c for c in near if c.i not in (scale.i, t.i) and preposition(c) == "до")
    # the tagger may lemmatize "поверенного" as "поверить": its form tells it
    return any(w.lower_.startswith("поверенн") for c in down for w in c.subtree)


def _change_in(t: Token) -> Token | None:
    """The noun of change that is the subject of the verb "в отношениях" hangs on ("в
    отношениях … наметилось потепление", "произошло ухудшение")."""
    if preposition(t) != "в" or t.head.pos_ != "VERB" or t.head.lemma_ in _PROSPECT:
        return None  # "в отношениях может наступить потепление": not yet
    found = (c for c in t.head.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN")
    return next((c for c in found if _role(c) == "change"), None)


def _changed_participle(t: Token) -> Token | None:
    """A past participle of a change that qualifies the relations ("ухудшившихся
    отношений"): the change has come, unless negated."""
    return next((c for c in t.children
                 if c.dep_ == "amod" and _role(c) == "change" and not negated(c)
                 and "Part" in c.morph.get("VerbForm") and "Past" in c.morph.get("Tense")),
                None)  # fmt: skip


def _change_above(t: Token) -> Token | None:
    """The word of change the relations hang on, also through the noun of their level
    ("понизили уровень дипломатических отношений"), or through a verb of starting whose
    subject they are ("отношения начали улучшаться": the infinitive of change)."""
    head = t.head
    if head.i != t.i and _role(head) == "scale" and t.dep_ == "nmod":
        head = head.head
    if head.i != t.i and head.lemma_ in _PHASAL and t.dep_ in SUBJECTS:
        head = next((c for c in head.children if c.dep_ == "xcomp" and is_infinitive(c)), head)
    return head if head.i != t.i and _role(head) == "change" else None


def _verb_read_as_modifier(t: Token) -> Token | None:
    """A finite verb of change the parse hung on the relations as an adjective, which
    pymorphy3 reads only as a verb ("Бахрейн и Катар нормализовали отношения", the whole
    clause parsed as a noun phrase), before them or, where they head the sentence, after them
    ("Отношения Японии и Китая охладились", the verb an "nmod")."""
    return next((c for c in t.children
                 if (c.dep_ == "amod" and c.i < t.i or c.dep_ == "nmod" and t.dep_ == "ROOT")
                 and _role(c) == "change" and is_verb_form(c)),
                None)  # fmt: skip


def _gone_through(t: Token) -> tuple[Token, Token] | None:
    """The noun of change the relations are going through, and the verb that says so:
    "отношения переживают кризис", "отношения находятся на подъёме" (the parse may make the
    relations a second object), "в состоянии кризиса" (also "X и Y находятся в состоянии
    кризиса отношений", the relations hung on the noun of condition)."""
    verb = t.head
    if t.dep_ == "nmod" and verb.lemma_ in _CONDITION and verb.head.lemma_ in _GOING_THROUGH:
        change = _condition_change(verb)
        return None if change is None else (change, verb.head)
    if t.dep_ in SUBJECTS and verb.lemma_ in _FALLING:
        if "Plur" not in verb.morph.get("Number"):
            return None  # "Рейтинг … опустился …, а отношения …": the parse's stray subject
        low = (w for c in verb.children if preposition(c) == "до" and (w := _worst(c)) is not None)
        return next(((w, verb) for w in low), None)
    if (t.dep_ not in SUBJECTS and t.dep_ != "obj") or verb.lemma_ not in _GOING_THROUGH:
        return None
    gone = [c for c in verb.children if c.dep_ in ("obj", "obl") and c.i != t.i]
    found = (_condition_change(c) or c for c in gone)
    change = next((c for c in found if _role(c) == "change"), None)
    change = change or next((w for c in gone if (w := _worst(c)) is not None), None)
    return None if change is None else (change, verb)


def _worst(noun: Token) -> Token | None:
    """The superlative of badness on what the relations go through, which says they are in
    crisis ("переживают худший период", "самый тяжёлый этап", "в худшем состоянии")."""
    most = any(_role(c) == "most" for c in noun.children)
    return next((a for a in noun.children
                 if a.dep_ == "amod" and _role(a) == "worst"
                 and (most or is_superlative(a) or any(_role(c) == "most" for c in a.children))),
                None)  # fmt: skip


_MISSION = "представительство"  # a diplomatic mission, lowered to a chargé (`_mission_to_a_charge`)
_CONDITION = {"состояние"}  # "в состоянии кризиса": the condition a change leaves them in


def _condition_change(noun: Token) -> Token | None:
    """The noun of change a noun of condition names in its genitive ("состоянии кризиса")."""
    if noun.lemma_ not in _CONDITION:
        return None
    return next((c for c in noun.children if c.dep_ == "nmod" and _role(c) == "change"), None)


def _subjectless_change(t: Token) -> Token | None:
    """The verb of change a nominative "отношения" is the subject of where the parse hung it
    on a noun before ("После выборов отношения Кении и Эфиопии ухудшились": on "выборов") and
    left the verb no subject."""
    verb = next((x for x in t.ancestors if x.pos_ == "VERB"), None)
    if verb is None or _role(verb) != "change" or t.lower_ != "отношения" or preposition(t):
        return None
    return None if has_subject(verb) else verb


def _come(verb: Token) -> bool:
    """A verb that tells a change as come: not negated, future or an order, and an
    infinitive only under a verb of starting or going on ("начали улучшаться"); a future the
    tagger read as another part of speech is one too ("Отношения Кубы и США потеплеют")."""
    if negated(verb) or future(verb) or is_future(verb) or "Imp" in verb.morph.get("Mood"):
        return False
    if is_infinitive(verb):
        return verb.head.lemma_ in _PHASAL and verb.head.i != verb.i and _come(verb.head)
    return True


def _noun_come(noun: Token) -> bool:
    """A noun of change told as come: the subject of a verb that has come, the object of one
    that brings or notes it, what led to something ("привело к ухудшению"), or the ground of
    something ("на фоне ухудшения", "после нормализации", "из-за обострения"), what a
    verb of announcing has made known ("объявили о восстановлении"), or what one furthered
    or played a role in ("способствовал улучшению", "сыграл роль в нормализации")."""
    if _anniversary(noun):
        return False
    head, prep = noun.head, preposition(noun)
    verb = next((x for x in noun.ancestors if x.pos_ == "VERB"), None)
    come = verb is None or _come(verb)
    if prep in _AFTER or (not prep and noun.dep_ == "nmod" and head.lemma_ in _GROUNDS):
        return come
    if prep == "к":
        return head.lemma_ in _LEADING and _come(head)
    if prep in ("о", "об"):
        return head.lemma_ in _ANNOUNCING and come and not _supposed(noun, head)
    if prep == "в" and head.lemma_ == "роль":
        return head.head.lemma_ in _PLAYING and _furthered(head.head)
    if prep == "в" and head.lemma_ in _PLAYING:  # "сыгравший роль | в нормализации"
        return any(c.lemma_ == "роль" for c in head.children) and _furthered(head)
    if prep or head.pos_ != "VERB":
        return False
    if noun.dep_ in ("iobj", "obl") and head.lemma_ in _FURTHERING:
        return _furthered(head)
    return noun.dep_ in SUBJECTS and come or noun.dep_ == "obj" and head.lemma_ in _NOTING and come


def _furthered(verb: Token) -> bool:
    """A verb of furthering or of playing a role told as done: a finite past, a past
    participle or a past gerund that has come ("способствовал", "сыгравший", "сыграв"), not
    a present, a present participle or gerund or an infinitive ("содействует",
    "способствующий", "способствуя", "продолжает содействовать"), which tell a help still
    going on, its change not yet come."""
    return is_past_form(verb) and _come(verb)


def _anniversary(noun: Token) -> bool:
    """A change whose anniversary is told ("отметили 30-летие восстановления дипломатических
    отношений"): it came long before, no change of now; the parse hangs "30-летие" on the
    change as a number (a "годовщина" above it already leaves the change untold)."""
    return any(c.lemma_.endswith("летие") for c in noun.children)


def _supposed(noun: Token, verb: Token) -> bool:
    """A change an announcement tells as possible, near or on a condition, not as made:
    "заявили о возможном восстановлении отношений", "… о восстановлении отношений, если
    Доха выполнит условия", "… в случае прекращения огня"."""
    ahead = role_words()["plan"] | role_words()["maybe"]  # "о возможном", "о скором"
    if any(c.dep_ == "amod" and c.lemma_ in ahead for c in noun.children):
        return True
    return any(
        is_if(c) or condition_clause(c) or preposition_noun(c, CONDITIONS)
        for c in (*verb.children, *noun.children)
    )


def _named_as(t: Token) -> str:
    """ "назвал отношения с Индией особыми и привилегированными" → "особые и привилегированные
    отношения": level or tone words a verb of naming calls the relations, with their
    conjuncts."""
    said = [c for c in called(t) if _role(c) in _SAID]
    said += [g for c in said for g in c.children if g.dep_ == "conj" and _role(g) in _SAID]
    if not said:
        return ""
    words = [
        morph().inflect(a.text, {"nomn", "plur"}) for a in sorted(set(said), key=lambda a: a.i)
    ]
    return " и ".join(words) + " отношения" if len(words) == 2 else " ".join([*words, "отношения"])


def _antecedent(which: Token, sent: Sent) -> Token | None:
    """The noun "который" stands for: the nearest common noun before it of its number."""
    number = which.morph.get("Number")
    for t in reversed(sent[: which.i - sent.start]):
        if t.pos_ == "NOUN" and t.morph.get("Number") == number:
            return t
    return None


def _negated_near(t: Token) -> bool:
    """Negated itself, or its head or the head above that is."""
    return any(negated(h) for h in (t, t.head, t.head.head))


def _denied(t: Token) -> bool:
    """A level negated near it, or one a word of cutting governs: none, or none any more
    ("нет союзнических отношений", "приостановили стратегическое партнёрство"; an end
    refused or denied leaves it, `_cut_refused`); also one
    whose own level adjective is negated ("больше не стратегические партнёры"; "не только
    …", "не просто …" hang "не" elsewhere) or that "нельзя" names ("нельзя назвать
    стратегическим партнёрством"; not "нельзя недооценивать партнёрство"), or that is the
    subject of "невозможен", "исключено" (`_IMPOSSIBLE`)."""
    if _role(t.head) == "cut":
        return not _cut_refused(t.head)
    if _negated_near(t) or _bygone(t):
        return True
    if t.dep_ in SUBJECTS and t.head.lemma_ in _IMPOSSIBLE and not _impossible_to_do(t.head):
        return True
    if any(c.dep_ == "amod" and _role(c) == "adj" and negated(c) for c in t.children):
        return True
    return t.head.lemma_ in _NAMING and t.head.head.lemma_ in _CANNOT


def _cut_refused(cut: Token) -> bool:
    """An end of a level refused or denied ("отказалась прекратить стратегическое
    партнёрство", "отказался от прекращения", "не стали сворачивать", "опроверг слухи о
    сворачивании партнёрства", "не прекратила"): the level holds. Only the governor's own
    object counts: a negated verb a clause hangs on ("не исключают, что … приостановила")
    or a refusal the cut only dates ("отказался от участия … после приостановки") is none."""
    gov = cut.head
    refused = gov.i != cut.i and _cut_object(cut) and (gov.lemma_ in _REFUSING or negated(gov))
    return negated(cut) or refused or rumoured(cut)


def _cut_object(cut: Token) -> bool:
    """The cut is what its governor does or refuses: its object, infinitive, "от …", or
    "на …" of "пойти" ("не пойдёт на разрыв партнёрства")."""
    going_for = preposition(cut) == "на" and cut.head.lemma_ in _GOING_FOR
    return cut.dep_ in ("obj", "xcomp") or preposition(cut) == "от" or going_for


def _bygone(t: Token) -> bool:
    """A level its verb of ending says is a thing of the past ("Стратегическое партнёрство X
    и Y осталось в прошлом", "Союзничество … ушло в прошлое"); a level "в прошлом" told
    doing something ("в прошлом строилось на поставках нефти") was so then and may still
    be."""
    verb = t.head
    if t.dep_ not in SUBJECTS or verb.lemma_ not in _GONE:
        return False
    return any(c.lemma_ == "прошлое" and preposition(c) == "в" for c in verb.children)


def _level_at(t: Token, sent: Sent, used: set[int]) -> str:
    """The level phrase anchored at noun `t`, or ""; marks the tokens it takes as used."""
    role = _role(t)
    if role == "partner":
        return _partner_level(t, used)
    if role not in ("core", "needs_adj", "rel"):
        return ""
    lo, hi = _left(t, sent), t.i
    while True:  # coordinated level words to the right: "… партнерства и союзничества"
        nxt = _coordinated_right(t.doc, hi, sent)
        if nxt is None:
            break
        hi = nxt
    while True:  # and to the left: "добрососедстве и союзничестве"
        prev = _coordinated_left(t.doc, lo, sent)
        if prev is None:
            break
        lo = prev
    words = [x for x in t.doc[lo : hi + 1] if not x.is_space]
    roles = [_role(x) for x in words]
    adj = "adj" in roles
    tone = ("tone" in roles or "special" in roles) and "rel" in roles
    scaled = "needs_adj" in roles and t.dep_ == "nmod" and _role(t.head) == "scale"
    scaled = scaled or _alliance_between(t)
    if not ("core" in roles or tone or (adj and ("needs_adj" in roles or "rel" in roles))):
        parsed = _parsed_level(t, used)  # "на уровень особого стратегического и глобального
        if parsed or not scaled:  # партнёрства": the level adjective the parse gives it
            return parsed
    used.update(range(lo, hi + 1))
    return _nominative_phrase(words)


def _impossible_to_do(predicate: Token) -> bool:
    """A "невозможно" of a deed or a condition, not of the level: "партнёрство невозможно
    переоценить" affirms it, "… невозможно без доверия" sets a condition."""
    return any(
        "Inf" in c.morph.get("VerbForm") or preposition(c) == "без" for c in predicate.children
    )


def _alliance_between(t: Token) -> bool:
    """An alliance "между" two states needs no level adjective ("альянс между двумя нашими
    странами", "альянс между Грецией и Кипром"): a bloc's alliance names no pair; nor one
    between parties, universities or airlines of two states ("альянс между правящими
    партиями Сербии и Венгрии")."""
    return t.lemma_ == _ALLIANCE and any(
        c.dep_ == "nmod"
        and preposition(c) == "между"
        and (c.pos_ == "PROPN" or c.lemma_ in ("страна", "государство"))
        for c in t.children
    )


def _parsed_level(t: Token, used: set[int]) -> str:
    """A level adjective the parse gives the noun past another adjective: "особого
    стратегического и глобального партнёрства" → "стратегическое партнёрство"."""
    if _role(t) not in ("needs_adj", "rel"):
        return ""
    amods = [c for c in t.children if c.dep_ == "amod"]
    amods += [g for c in amods for g in c.children if g.dep_ == "conj" and g.pos_ == "ADJ"]
    amods = amods or _adjectives_before(t)  # the parse made the noun a conjunct of them
    if any(_role(a) == "sector" for a in amods):
        return ""  # "стратегического и экономического партнёрства": of a domain
    adjs = sorted((a for a in amods if _role(a) == "adj"), key=lambda a: a.i)
    if not adjs:
        return ""
    used.update(a.i for a in adjs)
    used.add(t.i)
    return _nominative_phrase([*adjs, t])


def _adjectives_before(t: Token) -> list[Token]:
    """The adjectives right before `t`, joined by "и" or commas: "особого стратегического и
    глобального [партнёрства]"."""
    out, i = [], t.i - 1
    while i >= t.sent.start and (t.doc[i].pos_ == "ADJ" or t.doc[i].lower_ in ("и", ",")):
        if t.doc[i].pos_ == "ADJ":
            out.append(t.doc[i])
        i -= 1
    return out


def _left(t: Token, sent: Sent) -> int:
    """Start of the adjectives before a level noun that are level or mate words."""
    i = t.i
    while i - 1 >= sent.start:
        x = t.doc[i - 1]
        # a participle the tagger reads as a verb still modifies it ("расширенного")
        if (x.pos_ == "ADJ" or x.dep_ == "amod") and _role(x) in ("adj", "mate", "tone", "special"):
            i -= 1
        elif x.lower_ in ("и", ",") and i - 2 >= sent.start and t.doc[i - 2].pos_ == "ADJ" \
                and _role(t.doc[i - 2]) in ("adj", "mate"):  # fmt: skip
            i -= 2
        elif x.lower_ == "особо":
            i -= 1
        else:
            break
    return i


def _coordinated_right(doc: Doc, hi: int, sent: Sent) -> int | None:
    """End of a level noun phrase joined by "и"/"," after token `hi`, or None."""
    k = hi + 1
    if k >= sent.end or doc[k].lower_ not in ("и", ","):
        return None
    k += 1
    while k < sent.end and doc[k].pos_ == "ADJ" and _role(doc[k]) in ("adj", "mate"):
        k += 1
    if k < sent.end and doc[k].pos_ in ("NOUN", "PROPN") and _role(doc[k]) in _LEVEL_NOUNS:
        return k
    return None


def _coordinated_left(doc: Doc, lo: int, sent: Sent) -> int | None:
    """Start of a level noun phrase joined by "и"/"," before token `lo`, or None."""
    k = lo - 1
    if k - 1 < sent.start or doc[k].lower_ not in ("и", ","):
        return None
    noun = doc[k - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or _role(noun) not in _LEVEL_NOUNS:
        return None
    return _left(noun, sent)


def _partner_level(t: Token, used: set[int]) -> str:
    """ "стратегическим партнёром" → "стратегическое партнёрство"; "союзники" → "союзничество";
    coordinated ones are one level, as written ("стратегическим партнёром и союзником" →
    "стратегическое партнёрство и союзничество")."""
    mates = [c for c in t.children if c.dep_ == "conj" and _role(c) == "partner"]
    if (nxt := _coordinated_partner(t)) is not None and nxt not in mates:
        mates.append(nxt)  # where the parse makes the second one's adjective of the first
    used.update(c.i for c in mates)
    levels = [x for x in (_one_partner_level(p) for p in (t, *mates)) if x]
    return " и ".join(dict.fromkeys(levels))


def _coordinated_partner(t: Token) -> Token | None:
    """The partner word "и" joins right after `t`, past its adjectives ("надёжным союзником и
    стратегическим партнёром"), or None."""
    doc, k = t.doc, t.i + 1
    if k >= t.sent.end or doc[k].lower_ not in ("и", ","):
        return None
    k += 1
    while k < t.sent.end and doc[k].pos_ == "ADJ":
        k += 1
    return doc[k] if k < t.sent.end and _role(doc[k]) == "partner" else None


def _one_partner_level(t: Token) -> str:
    noun = _lexicon()[t.lemma_][1]
    if "ё" in t.text.lower() and noun == "партнерство":
        noun = "партнёрство"
    adjs = [c for c in t.children if c.dep_ == "amod" and _role(c) == "adj"]
    if _lexicon()[t.lemma_][1] == "партнерство" and not adjs:
        return ""
    gender = morph().gender(noun) or "neut"
    words = [
        morph().inflect(a.text, {"nomn", "sing", gender}) for a in sorted(adjs, key=lambda a: a.i)
    ]
    return " ".join([*words, noun])


def _nominative_phrase(words: list[Token]) -> str:
    """Nouns to the nominative in their number; adjectives agreeing with the next noun."""
    out = []
    for i, w in enumerate(words):
        if w.pos_ in ("NOUN", "PROPN"):
            number = UD_NUMBER.get(_number(w), "sing")
            out.append(morph().inflect(w.text, {"nomn", number}))
        elif w.pos_ == "ADJ" or w.dep_ == "amod":  # the tagger may read "союзническими" as a verb
            noun = next((x for x in words[i + 1 :] if x.pos_ in ("NOUN", "PROPN")), None)
            number = _number(noun) if noun is not None else "Sing"
            want = {"nomn", UD_NUMBER.get(number, "sing")}
            if number == "Sing" and noun is not None:
                want.add(morph().gender(noun.text) or "neut")
            out.append(morph().inflect(w.text, want))
        else:
            out.append(w.lower_)
    return " ".join(out).replace(" ,", ",")


def _number(noun: Token) -> str:
    """A level noun's number: an abstract one ("союзничество", "партнёрство") is singular
    where the tagger reads a plural ("добрососедства и союзничества")."""
    if _role(noun) in ("core", "needs_adj", "mate"):
        return "Sing"
    return (noun.morph.get("Number") or ["Sing"])[0]


def _relations(
    ctx: Context, sent: Sent, anchor: Token, level: str, paper: Agreement | None = None
) -> list[RelationLevel]:
    """The level between the sentence's two states, or between its subject and each state of
    a list ("Вьетнам установил партнёрство с Китаем, Россией и Индией": three pairs); in an
    agreement's title, the agreement's two parties."""
    out = []
    pairs = _subject_and_each(ctx, anchor)
    if pairs is None:
        return []
    pairs = pairs or [_states(ctx, sent, anchor)]
    if paper is not None and len(paper.parties) > 2:
        return []  # a declaration of three or more states is no level of a pair
    if paper is not None and len(paper.parties) == 2:
        pairs = [list(paper.parties)]  # "…, а Малайзия и Таиланд — декларацию о партнёрстве"
    for states in pairs:
        if len(states) != 2:
            continue
        a, b = sorted(states)
        key = fact_key("relation", a, b, *(lem(w) for w in level.replace(",", " ").split()))
        start, end = ctx.trimmed(sent)
        speaker = speaker_of(ctx, start, end)
        date, since = _date(ctx, sent, anchor)
        if not date:
            date, since = _reported_date(ctx, sent)
        date = date or ctx.document.date
        r = RelationLevel(key, a, b, level, date, speaker,
                          [ctx.evidence(start, end)])  # fmt: skip
        if not _past(ctx, r, since):
            out.append(r)
    return out


def _subject_and_each(ctx: Context, anchor: Token) -> list[list[str]] | None:
    """Subject states and a "с"-list of states on the level's verb or noun, or the states
    whose partners or allies the subjects are, two or more of one of them: one pair each
    ("Вьетнам … с Китаем, Россией и Индией", "Индия и Япония … с КНДР", "Южная Корея и
    Япония — союзники США"); two subject states alone are the pair; with no subject state,
    the level noun's own genitive stands for it ("Отношения Индии с Китаем и Пакистаном"), and
    a list of two or more with neither is one side's, so no pair (None: "Ранее Ханой
    установил партнёрство с Китаем, Россией и Индией", where the capital is no mention;
    "страна является партнёром Венгрии, Сербии и Пакистана"); [] for any other sentence."""
    path, verb = [anchor], anchor
    while verb.pos_ != "VERB" and verb.head.i != verb.i and len(path) < 4:
        verb = verb.head
        path.append(verb)
    named = [_side_at(ctx, x) for c in verb.children if c.dep_ == "nsubj" for x in conjuncts(c)]
    if any(named):  # "Турция, как и Египет, разорвала …": Egypt breaks off too
        named += [_side_at(ctx, x) for x in _alike(verb)]
    subjects = list(dict.fromkeys(s for s in named if s))
    withs = [c for x in path for c in x.children
             if any(g.dep_ == "case" and g.lower_ in ("с", "со") for g in c.children)]  # fmt: skip
    if _role(anchor) == "partner":  # "союзники США": the genitive, no preposition
        withs += [c for c in anchor.children if c.dep_ == "nmod" and "Gen" in c.morph.get("Case")
                  and not has_preposition(c)]  # fmt: skip
    sides = [s for c in withs for x in conjuncts(c) if (s := _side_at(ctx, x))]
    if not subjects and sides and _role(anchor) != "partner":  # "Отношения Индии с Китаем …"
        owners = [c for c in anchor.children if c.dep_ == "nmod" and not has_preposition(c)
                  and "Gen" in c.morph.get("Case")]  # fmt: skip
        subjects = list(dict.fromkeys(s for c in owners for x in conjuncts(c)
                                      if (s := _side_at(ctx, x))))  # fmt: skip
    sides = [s for s in dict.fromkeys(sides) if s not in subjects]
    if not subjects and len(sides) > 1:
        return None  # one side's list: "Ранее Ханой установил партнёрство с Китаем, Россией …"
    if len(subjects) == 2 and not sides:
        return [subjects]  # "Бразилия и Аргентина являются партнёрами и … с Уругваем"
    if not subjects or not sides or len(subjects) * len(sides) < 2:
        return []  # "Индия и Япония … с КНДР": two pairs, each subject with the "с"-side
    return [[a, b] for a in subjects for b in sides]


def _alike(verb: Token) -> list[Token]:
    """The names "как и" sets beside the verb's subject ("Турция, как и Египет, разорвала",
    "Как и Египет, Турция разорвала"; after the object in the nominative: "разорвала
    отношения с Ираном, как и Великобритания"), which share its predicate; not "в отличие
    от X", nor "как и с Ираком" (another side)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    near = [x for c in subjects for x in c.children if x.dep_ in {"acl", "appos", "parataxis"}]
    near += [c for c in verb.children if c.dep_ in {"obl", "advcl"}]
    after = [x for x in verb.subtree if x.i > verb.i and x.dep_ == "acl" and case_of(x) == "Nom"]

    def like(x: Token) -> bool:
        words = [c for c in x.children if c.i < x.i and c.dep_ in {"mark", "advmod", "case"}]
        cases = [c for c in x.children if c.dep_ == "case" and c.lower_ != "как"]
        marks = {c.lower_ for c in words}
        return {"как", "и"} <= marks and x.pos_ == "PROPN" and not cases

    return [y for x in dict.fromkeys(near + after) if like(x) for y in conjuncts(x)]


def _side_at(ctx: Context, t: Token) -> str:
    """The state or union a token names (the last word of a name too: "Южной [Кореей]"),
    or ""."""
    for m in ctx.mentions_in(t.left_edge.idx, t.idx + len(t.text)):
        if m.start <= t.idx < m.end and is_side(m, unions=True):
            return seated_union(ctx, m) or m.entity
    return ""


def _states(ctx: Context, sent: Sent, anchor: Token) -> list[str]:
    """The two states a level sentence is about (see the module docstring)."""
    found: dict[str, tuple[bool, int]] = {}
    persons = ctx.mentions_in(sent.start_char, sent.end_char, "Person")
    alliances = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                 for c in _alliances(anchor)]  # fmt: skip
    allied: set[str] = set()
    pair_named = any(_bilateral(c) for c in anchor.children)  # "Отношения между странами"
    firm = False
    spoken: set[str] = set()  # states of officials who speak of the level
    named: dict[str, list[Mention]] = {}  # each side's mentions in the sentence
    for m in ctx.mentions_in(sent.start_char, sent.end_char):
        if _firms_state(ctx, m, anchor):
            firm = True  # "Индонезийская Pertamina нашла партнёра в Малайзии": the firm's
            continue
        if pair_named and _in_other_clause(anchor, m.start):
            continue  # "…, когда Колумбия разрешила США …": that clause's states, not the pair
        inside = any(p.start <= m.start < p.end for p in persons)
        title = _office_title(ctx, m.start)
        if inside and title is None:
            continue  # a state's name inside a person's ("Виктория Нуланд") is no side
        if title is not None and (inside or is_animate(title)) and not _acts_in(title, anchor):
            spoken.add(m.entity)
            continue  # "Министр Индии заявил, что отношения Китая и Пакистана …"
        # "… — стратегические партнёры, а Индия и Пакистан так и не подписали …"; "Турция, в
        # отличие от Египта, разорвала …": not Egypt's level
        if _other_clause(anchor, m.start) or _contrasted(anchor, m.start):
            continue
        if any(a <= m.start < b for a, b in alliances):
            allied.add(m.entity)  # "союзники США по НАТО": the alliance they are allies in
            continue  # is no side
        side = seated_union(ctx, m) or (m.entity if is_side(m, unions=True) else body_state(ctx, m))
        if not side:
            continue
        rank = (side.startswith("org/"), abs(m.start - anchor.idx))  # states, then unions
        found[side] = min(rank, found.get(side, rank))
        named.setdefault(side, []).append(m)
    of_pair = any(_bilateral(t) for t in sent) or _we_are(anchor)  # "наши страны", "Стороны"
    lead = _lead(ctx, sent) if of_pair else ()
    beside = _beside_the_pair(ctx, anchor, named, lead) if of_pair else set()
    found = {k: v for k, v in found.items() if k not in beside}  # "… разногласий по Сирии"
    own = _own_side(ctx, anchor) or _acting_side(ctx, anchor)
    others = [s for s in sorted(found, key=found.__getitem__) if s != own]
    if own and others:  # "назвала Иран угрозой, а США — своим главным союзником"
        return [own, others[0]]
    near = sorted(found, key=found.__getitem__)[:2]
    if len(near) == 1 and (firm or _other_named(ctx, anchor)):
        return []  # "отношения между Данией и Гренландией": the other side is no state
    if len(near) == 1:
        other = _other_of(ctx, sent, near[0], lead)
        return [near[0], other] if other and other not in allied else []
    if not near and of_pair:
        pair = list(main_pair(ctx, unions=True, only_two=True, places=True) or lead)
        if pair and spoken and not spoken & set(pair):
            return []  # "«Мы союзники по НАТО», — сказал министр Турции" in a report of two others
        return pair or _speaker_and_other(ctx, sent)
    if not near and spoken and _bare_relations(anchor):
        pair = list(main_pair(ctx, unions=True, only_two=True))
        return pair if spoken & set(pair) else []
    return near


_TOPIC_OR_PLACE = {"по", "о", "об", "вокруг", "в", "на"}


def _topic_or_place(ctx: Context, m: Mention, anchor: Token) -> bool:
    """A state a preposition makes a topic or a place of something else than the level
    ("разногласий по Сирии", "на полях саммита в Китае"), not one the level hangs on."""
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if _visited(root):
        return False
    return preposition(root) in _TOPIC_OR_PLACE and root.head.i != anchor.i


def _visited(place: Token) -> bool:
    """A state a visit or arrival goes to ("Президент Египта, прибывший в Саудовскую Аравию,
    …", "находясь с визитом в …"): the host, whose relations its guest speaks of, no place."""
    verb = place.head
    if verb.lemma_ in role_words()["arrive"] or verb.lemma_ in visit_verbs():
        return True
    return verb.lemma_ in _STAYING and any(c.lemma_ == "визит" for c in verb.children)


def _beside_the_pair(
    ctx: Context, anchor: Token, named: dict[str, list[Mention]], lead: tuple[str, ...]
) -> set[str]:
    """The states a sentence about the report's pair ("между странами", "Стороны") names only
    as a topic or a place, where the report has a pair without them ("Египет и Иордания
    провели переговоры. Отношения между странами ухудшились из-за разногласий по Сирии"): no
    side; none where the report settles no pair, so the sentence's own states stand."""
    aside = {side for side, ms in named.items()
             if all(_topic_or_place(ctx, m, anchor) for m in ms)}  # fmt: skip
    pair = set(main_pair(ctx, unions=True, only_two=True, places=True) or lead)
    return aside if pair and not aside & pair else set()


def _lead(ctx: Context, sent: Sent) -> tuple[str, ...]:
    """The report's first pair (`lead_pair`), where the sentence and the one before it name
    no two other sides: "Стороны" may be those, nearer than the first sentence's ("Египет и
    Иордания осудили … Президент Кении принял премьера Уганды. Стороны договорились …"); a
    third state named once beside the pair leaves it ("являются союзниками США")."""
    lead = lead_pair(ctx, unions=True)
    before = sentence_before(sent)
    start = before.start_char if before is not None else sent.start_char
    near = ctx.mentions_in(start, sent.end_char)
    others = {m.entity for m in near if is_side(m, unions=True) and m.entity not in lead}
    return () if len(others) >= 2 else lead


def _other_of(ctx: Context, sent: Sent, side: str, lead: tuple[str, ...]) -> str:
    """The side opposite the only one a sentence names: the speaker's or the report's pair's
    (`other_side`), else the other of the pair the report's first sentence joins, where the
    sentence speaks of the pair (`lead`: "«Наши страны …», — заявил японский министр")."""
    other = other_side(ctx, side, sent.start_char, sent.end_char, unions=True)
    if other or side not in lead:
        return other
    return lead[1] if lead[0] == side else lead[0]


def _bare_relations(anchor: Token) -> bool:
    """Whether the level's clause is of "отношения" with no word of whose they are, which an
    official of one side speaks of ("Президент Индонезии отметил, что отношения достигли
    уровня стратегического партнёрства"): the report's pair, the official's state one of it."""
    clause = clause_head(anchor)
    words = [anchor, *(c for c in clause.children if c.dep_ in SUBJECTS)]
    return any(
        w.lemma_ == "отношение"
        and "Plur" in w.morph.get("Number")
        and not any(c.dep_ in ("nmod", "amod", "det") for c in w.children)
        for w in words
    )


def _firms_state(ctx: Context, m: Mention, anchor: Token) -> bool:
    """Whether a state's adjective only says whose a firm is ("индонезийская Pertamina",
    "египетская компания") where the firm is the level's subject or partner: a firm's
    partner is no level of its state. A firm elsewhere in the sentence leaves the level's
    states ("партнёрство с Эфиопией откроет рынки для кенийской компании"), and a state's
    body ("японское правительство", "индийское космическое агентство") speaks for its state."""
    word = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    if m.type != "State" or word is None or word[-1].dep_ != "amod":
        return False
    head = word[-1].head
    if not _levels_party(head, anchor):
        return False
    if head.lemma_ in FIRMS:
        return True
    orgs = ctx.mentions_in(head.idx, head.idx + len(head.text), "Organization")
    return any(not state_body(ctx, o) and not is_side(o, unions=True) for o in orgs)


def _levels_party(t: Token, anchor: Token) -> bool:
    """Whether the phrase of `t` (or the one it is coordinated with) is the level's subject
    or partner: on the level word ("партнёр компании"), the subject of its verb or clause,
    or the one its verb sees the partner in ("видит в YPF своего партнёра")."""
    while t.dep_ in ("conj", "appos") and t.head.i != t.i:
        t = t.head
    verbs = (anchor.head, clause_head(anchor))
    return (
        t.head == anchor
        or (t.head in verbs and t.dep_ in SUBJECTS)
        or (t.head == anchor.head and preposition(t) == "в")
    )


def _office_title(ctx: Context, start: int) -> Token | None:
    """The common noun before the name at character `start` whose genitive it is, the
    office of a person ("премьер-министр Индии"), else None."""
    word = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if word is None:
        return None
    t = word[0]
    own = t.dep_ == "nmod" and t.head.pos_ == "NOUN" and t.head.i < t.i
    return t.head if own and not has_preposition(t) else None


def _acts_in(title: Token, anchor: Token) -> bool:
    """Whether the official of `title` is in the level's own clause, the state they act
    for a side ("премьер-министр Индии и президент Египта договорились …"); not one who
    speaks of others' relations ("Министр Индии заявил, что отношения Китая и Пакистана …")
    or stands in another clause."""
    return clause_head(title).i == clause_head(anchor).i


def _other_clause(anchor: Token, start: int) -> bool:
    """Whether the word at character `start` is in a later clause of contrast the level is
    not in: its states are that clause's sides (a clause of contrast after the level's shares
    the first one's subjects: "…, а в 2025 году повысили их до уровня …")."""
    if start < anchor.idx:
        return False
    word = anchor.doc.char_span(start, start + 1, alignment_mode="expand")
    return word is not None and contrast_between(anchor, word[0])


def _contrasted(anchor: Token, start: int) -> bool:
    """Whether the word at character `start` is set apart from the level's side by "в отличие
    от" ("Турция, в отличие от Египта, разорвала отношения с Израилем"): it does not share
    the predicate."""
    word = anchor.doc.char_span(start, start + 1, alignment_mode="expand")
    if word is None:
        return False
    head = word[0]
    while head.dep_ in {"flat", "flat:name", "amod", "conj"} and head.head.i != head.i:
        head = head.head
    return any(
        c.dep_ == "case" and c.lower_ == "в" and any(f.lower_ == "отличие" for f in c.children)
        for c in head.children
    )


def _in_other_clause(anchor: Token, start: int) -> bool:
    """Whether the word at character `start` stands in a later clause of its own the level is
    not in ("Отношения между странами ухудшились в 2009 году, когда Колумбия разрешила США …");
    not in one before it, which names the pair the level is of ("После того как X и Y
    обменялись ударами, отношения между странами ухудшились")."""
    if start < anchor.idx:
        return False
    word = anchor.doc.char_span(start, start + 1, alignment_mode="expand")
    return word is not None and clause_head(word[0]).i != clause_head(anchor).i


def _speaker_and_other(ctx: Context, sent: Sent) -> list[str]:
    """ "наши страны" of a speaker whose state the text never names, in a document that names
    one other state ("В.Путин: Отношения между нашими странами …" to Vietnam's president):
    the speaker's state and that one."""
    own = speaker_state(ctx, sent.start_char, sent.end_char)
    others = {m.entity for m in ctx.mentions if m.type == "State" and m.entity != own}
    return [own, *others] if own and len(others) == 1 else []


def _own_side(ctx: Context, anchor: Token) -> str:
    """The state whose "свой" partner the level's noun names: the subject of the verb above
    it, also across a gapped clause ("Саудовская Аравия назвала …, а США — своим главным
    союзником"); else ""."""
    if not marked_own(anchor):
        return ""
    t = anchor
    for _ in range(3):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ == "VERB":
            return _subject_side(ctx, t)
    return ""


def _subject_side(ctx: Context, verb: Token) -> str:
    """The state or union the subject of `verb` names, else ""."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # the name may start before its head word: "Саудовская Аравия"
    found = (ctx.mentions_in(c.left_edge.idx, c.idx + len(c.text)) for c in subjects)
    return next((m.entity for ms in found for m in ms if is_side(m, unions=True)), "")


def _acting_side(ctx: Context, anchor: Token) -> str:
    """The side of relations "с X" in a clause whose subject "что" stands for the clause
    before ("Литва открыла представительство на Тайване, что привело к ухудшению отношений
    с Китаем"): that clause's subject, not a place in it; else ""."""
    if not any(c.dep_ == "nmod" and preposition(c) == "с" for c in anchor.children):
        return ""
    clause = clause_head(anchor)
    if not any(c.dep_ in SUBJECTS and c.lower_ == "что" for c in clause.children):
        return ""
    return _subject_side(ctx, clause.head) if clause.head.i != clause.i else ""


def _other_named(ctx: Context, anchor: Token) -> bool:
    """Whether the level's noun names, "между"/"с" or beside a state, a side that is no
    state nor union (a territory, a people, a party): "отношения между Данией и
    Гренландией", "отношения Сербии с Косово"."""
    sides = [
        x for c in anchor.children if c.dep_ == "nmod" and c.pos_ == "PROPN" for x in conjuncts(c)
    ]
    named = any(x.pos_ == "PROPN" and not _side_at(ctx, x) and not _person_at(ctx, x)
                for x in sides)  # fmt: skip
    return named or any(_group_of_states(c) for c in anchor.children)


def _group_of_states(t: Token) -> bool:
    """A genitive group of states a level's noun names as one side ("Отношения стран Африки с
    Францией", "западных стран с Россией", "государств Балтии с Пекином"): no state, so the
    other side takes no pair from the document; "двух стран", "наших стран" are the pair."""
    if t.dep_ != "nmod" or t.lemma_ not in PAIR_WORDS or has_preposition(t):
        return False
    if "Gen" not in t.morph.get("Case") or any(c.lemma_ in BOTH for c in t.children):
        return False
    return any(c.dep_ in ("nmod", "amod") for c in t.children)


def _person_at(ctx: Context, t: Token) -> bool:
    return bool(ctx.mentions_in(t.idx, t.idx + len(t.text), "Person"))


def _bilateral(t: Token) -> bool:
    """ "наши страны", "двусторонние отношения", "Стороны", "Страны" and "Лидеры" alone
    (plural, with no state or other word of their own): the document's pair."""
    if t.lemma_ in _BILATERAL:
        return True
    if "Plur" not in t.morph.get("Number") and not (t.dep_ == "nsubj" and _plural_subject(t)):
        return False
    bare = not any(c.dep_ in ("nmod", "amod") for c in t.children)
    return t.lemma_ == SIDES or (t.lemma_ in _PAIR_NOUNS and bare)


def _we_are(anchor: Token) -> bool:
    """ "мы" as the subject of the level's noun or of its copula ("«Мы — стратегические
    партнёры», — заявил он", "мы являемся союзниками"): a speaker's side and the other of
    the report's pair."""
    heads = [anchor, anchor.head] if anchor.dep_ == "xcomp" else [anchor]
    return any(c.dep_ == "nsubj" and c.lemma_ == "мы" for h in heads for c in h.children)


def _plural_subject(t: Token) -> bool:
    """A subject that can be a plural nominative, which the tagger may misread when it opens
    a sentence ("Страны стали союзниками": tagged a singular genitive)."""
    return any(p.tag.number == "plur" and p.tag.case == "nomn" for p in morph().parse(t.lower_))


def _date(ctx: Context, sent: Sent, anchor: Token) -> tuple[str, bool]:
    """A date in the sentence that the level's clause governs (a decade, "в 1950-х годах", by
    its first year), and whether the level holds since then ("с 2013 года", "партнёрство,
    установленное в 2013 году"). Of two such
    dates the nearer: "установили партнёрство в 2013 году, а в 2025 году повысили их до
    уровня всеобъемлющего", where the parse hangs both on the second verb."""
    targets = {anchor.head.i, anchor.head.head.i}
    if any(c.dep_ == "cop" for c in anchor.children):  # "в 1980-е годы были союзниками": the
        targets.add(anchor.i)  # level noun heads its clause, so the clause's date hangs on it
    # the verb of the level's clause, however deep the level's words hang under it ("в
    # прошлом году объявили о выходе отношений на уровень … партнёрства")
    verb = next((t for t in [anchor, *anchor.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None:
        targets.add(verb.i)
    founding = _founding(anchor)
    targets |= founding
    found = []
    for d in dates_within(ctx.document.text, ctx.document.date, sent.start_char, sent.end_char):
        span = ctx.doc.char_span(sent.start_char + d.start, sent.start_char + d.end,
                                 alignment_mode="expand")  # fmt: skip
        value = d.value or _decade(d.text)
        if (
            value
            and span is not None
            and (
                any(t.head.i in targets for t in span)
                or _verbs_date_on_level(anchor, span)
                or _in_verbs_clause(verb, span)
                or _since_after_level(anchor, span)
            )
        ):
            if contrast_between(anchor, span[0]):
                continue  # "в 1990-е годы были соперниками, а сейчас являются партнёрами"
            first = ctx.doc[span.start - 1] if span.start > sent.start else None
            since = first is not None and first.lower_ in ("с", "со")
            since = since or any(t.head.i in founding for t in span)
            found.append((min(abs(t.i - anchor.i) for t in span), value, since))
    return min(found)[1:] if found else ("", False)


def _reported_date(ctx: Context, sent: Sent) -> tuple[str, bool]:
    """The date the sentence after the level's gives its report, for a level its own sentence
    does not date ("Египет и Турция возобновили дипломатические отношения. Об этом 4 июля
    2023 года сообщили МИД двух стран": 2023-07-04), or the day of the decision it tells
    ("Решение было принято 30 сентября 2022 года"): a date on the verb that points back;
    with whether it is a decision's, which says since when the level holds, so that however
    long ago it is no past level ("Такое решение было принято ещё в 1998 году")."""
    back = pointing_back(ctx, sent)
    verb = back or _decision_taken(ctx, sent)
    if verb is None:
        return "", False
    report = verb.sent
    for d in dates_within(ctx.document.text, ctx.document.date, report.start_char, report.end_char):
        span = ctx.doc.char_span(report.start_char + d.start, report.start_char + d.end,
                                 alignment_mode="expand")  # fmt: skip
        if d.value and span is not None and any(t.head.i == verb.i for t in span):
            return d.value, back is None
    return "", False


def _decision_taken(ctx: Context, sent: Sent) -> Token | None:
    """The verb of the sentence after `sent` that says the decision it told was taken
    ("Соответствующее решение было принято …", "Это решение правительство приняло …"); not
    a decision on another thing ("Решение о строительстве моста было принято …")."""
    if sent.end >= len(ctx.doc):
        return None
    return next((t for t in ctx.doc[sent.end].sent
                 if t.lemma_ in _TAKING and is_predicate(t) and not negated(t)
                 and any(c.lemma_ == "решение" and c.dep_ in ("nsubj:pass", "obj")
                         and not any(g.dep_ in ("nmod", "acl", "acl:relcl") for g in c.children)
                         for c in t.children)),
                None)  # fmt: skip


def _verbs_date_on_level(anchor: Token, span: Span) -> bool:
    """A date "в …" the parse hangs on a level noun that is a verb's object or oblique
    ("объявили о стратегическом партнёрстве в 2024 году"): the verb's, as "в 2024 году
    объявили о партнёрстве" is; not a date of another preposition ("партнёрство до 2030
    года")."""
    return (
        anchor.dep_ in ("obj", "obl")
        and anchor.head.pos_ == "VERB"
        and any(t.head.i == anchor.i for t in span)
        and span.start > 0
        and span.doc[span.start - 1].lower_ in ("в", "во")
    )


def _since_after_level(anchor: Token, span: Span) -> bool:
    """A date "с …" right after the level noun, wherever the parse hangs it ("являются
    стратегическими партнёрами с 1998 года, напомнил Макрон, прибывший в …": on the
    participle): the level's since then."""
    return span.start == anchor.i + 2 and span.doc[anchor.i + 1].lower_ in ("с", "со")


def _in_verbs_clause(verb: Token | None, span: Span) -> bool:
    """A date "в …" the parse hangs on a noun of the level verb's clause that no other verb
    stands between ("понизили уровень отношений до поверенных в делах в 2024 году": on
    "поверенных"): the verb's; not one of a participle's or another clause's ("соглашение,
    подписанное в 2015 году"), of another preposition ("до 2030 года"), nor of an act the
    change came after or from ("после разрыва отношений в 2024 году")."""
    head = next((t for t in span if t.head.i not in range(span.start, span.end)), span[0])
    if verb is None or head.head.i == head.i or preposition(head) != "в":
        return False
    t = head.head
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        if preposition(t) in _AFTER:
            return False  # "ухудшились после разрыва отношений в 2024 году": the cut's date
        t = t.head
    return t.i == verb.i


def _founding(anchor: Token) -> set[int]:
    """Participles that set up the level or its relations ("партнёрство, установленное в
    2013 году", "отношения …, установленные в 2013 году"): a date on them is since when."""
    return {
        c.i
        for x in (anchor, anchor.head)
        for c in x.children
        if c.dep_ == "acl" and c.lemma_ in _BECOMING and "Part" in c.morph.get("VerbForm")
    }


def _decade(text: str) -> str:
    """ "1950-х годах" → "1950"; "90-е годы" → "1990"."""
    found = re.match(r"(\d{2}|\d{4})-[ех]", text)
    if found is None:
        return ""
    year = found[1]
    return year if len(year) == 4 else ("19" if year >= "30" else "20") + year


def _add(out: dict[str, RelationLevel], r: RelationLevel) -> None:
    """Fuses a repeat: earliest date, first speaker, every evidence span."""
    old = out.get(r.key)
    if old is None:
        out[r.key] = r
        return
    dates = [d for d in (old.date, r.date) if d]
    old.date = min(dates) if dates else ""
    old.stated_by = old.stated_by or r.stated_by
    old.evidence += [e for e in r.evidence if e not in old.evidence]
