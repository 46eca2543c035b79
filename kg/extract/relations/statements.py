"""Whether a level read is a statement about two states' relations at all.

A level inside an agreement's title only when it is a declaration's or has its level
adjective; no partner or ally of a person, a body or firms, none unnamed ("наших
союзников"), none only hoped for, proposed or striven for ("стремление к стратегическому
партнёрству"), none that only once was ("были союзниками") or that a higher one superseded
("вывели отношения на уровень …"), no alliance of a bloc both belong to, and no partnership
of one domain ("стратегическое партнёрство в области энергетики").

Split out of extract.py (forty-fourth pass, h-split47)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agreements.status import future, predicate, status_of
from kg.extract.agreements.subjects import state_body
from kg.extract.agreements.title_words import FIRMS, paper_noun
from kg.extract.common.level_words import lemma_role, level_lexicon, level_role
from kg.extract.common.pair import UNIONS
from kg.extract.common.words import NAMING, lem
from kg.extract.context import Context
from kg.extract.relations.history import before_in_clause, former_times, supposed
from kg.extract.relations.words import (
    ANNOUNCING,
    BECOMING,
    COPULAS,
    OFFICES,
    PROSPECT,
    RAISING,
    SAID,
    UNMADE,
    WEIGHED,
    is_change,
)
from kg.lexicon import load_list
from kg.nlp.deps import SUBJECTS, has_preposition, negated, preposition
from kg.nlp.morph import may_be_future
from kg.resolve.org_naming import STATE_BODIES
from kg.resolve.pair_words import both_word

_DECLARING = {"декларация", "заявление", "коммюнике"}  # titles that declare relations
_PENDING = {"переговоры", "проект", "подготовка", "разработка", "обсуждение", "подготовить",
            "разработать", "планировать", "намереваться", "собираться"}  # fmt: skip
# a past of these with a word of former times is what once was; not of becoming: "стали
# партнёрами ещё до кризиса" is a level reached then that holds
_WERE = (COPULAS - {"стать", "становиться"}) | {"считаться"}
_POSSESSIVE = {"свой", "его", "ее", "их", "наш", "ваш"}  # "поддерживаем наших союзников"
_SPEAKING_FOR = {"выступить", "выступать", "высказаться", "высказываться"}  # "… за"
_STRIVING = {"стремиться", "стремление", "тяготеть", "двигаться", "движение", "путь"}
_SEEING = {"видеть", "увидеть", "найти", "находить", "обрести"}  # "видит в X своего партнёра"


def stated_by_title(t: Token, level: str) -> bool:
    """Whether a level inside an agreement's title is said of the relations: a
    declaration's, or one with its level adjective, of an agreement not still being
    prepared, proposed or turned down, nor only weighed unless told as signed; "договор о
    союзничестве" only names the treaty's topic.
    True outside titles."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ != "nmod" or not paper_noun(t.head):
        return True
    kind = t.head
    heads = [kind.head, kind.head.head, kind.head.head.head]
    if any(h.lemma_ in _PENDING or h.lemma_ in PROSPECT for h in heads):
        return False  # "обсудили возможность заключения договора о стратегическом партнёрстве"
    role = level_role(kind.head)
    if role == "spurned":
        return False  # "Алиев предложил Грузии договор о стратегическом партнёрстве"
    if role == "unmade" and not _told_signed(kind):
        return False  # "подняли вопрос о договоре о …", "готова к договору о …"
    if status_of(predicate(kind, [kind])) in ("negotiating", "planned"):
        return False  # "готовят договор о стратегическом партнёрстве", "подпишут декларацию"
    adjective = any(level_lexicon().get(lem(w), ("",))[0] == "adj" for w in level.split())
    return kind.lemma_ in _DECLARING or adjective


def _told_signed(kind: Token) -> bool:
    """An agreement a participle or relative clause on it tells as signed ("договор …,
    подписанный в 2012 году"): one in force, whatever is said of it."""
    told = predicate(kind, [kind])
    return told is not None and told.dep_ in ("acl", "acl:relcl") and status_of(told) == "signed"


def of_a_person(ctx: Context, t: Token) -> bool:
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
    if t.dep_ in ("xcomp", "obl") and any(at(c, ("Person",)) or c.lemma_ in OFFICES
                                          for c in named):  # fmt: skip
        return True  # "назвал министра финансов X / премьер-министра Эфиопии своим союзником"
    return any(
        c.dep_ == "nmod" and at(c, ("Person", "Organization")) and not _member_of(c)
        for c in t.children
    )


def of_a_body(ctx: Context, t: Token) -> bool:
    """A partner or ally of a body that names no state ("Турция и Катар являются союзниками
    правительства национального единства", "партнёрами федерального правительства") is that
    body's, no level between the subjects, as a named organization's is (`of_a_person`)."""
    return any(
        c.dep_ == "nmod"
        and c.lemma_ in STATE_BODIES
        and "Gen" in c.morph.get("Case")
        and not has_preposition(c)
        and not ctx.mentions_in(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
        for c in t.children
    )


def of_firms(ctx: Context, t: Token) -> bool:
    """A level of firms ("стратегическое партнёрство двух компаний"), with a firm ("… с
    компанией Тойота") or that firms raise relations to (`_firms_raise`) is theirs, no level
    of the states the report names."""
    if any(c.dep_ == "nmod" and c.lemma_ in FIRMS and not preposition(c) for c in t.children):
        return True
    # a firm the level is with ("Индия и Япония укрепляют стратегическое партнёрство с
    # компанией Тойота"): the states' partner is the firm, no state of a pair
    near = [*t.children, *(t.head.children if t.dep_ in ("obj", "nsubj") else ())]
    if any(preposition(c) in ("с", "со") and c.lemma_ in FIRMS for c in near):
        return True
    return _firms_raise(ctx, t)


def _firms_raise(ctx: Context, t: Token) -> bool:
    """A level firms raise relations to or become ("Компании Vingroup и Toyota подняли
    отношения до уровня стратегического партнёрства", "Tata и Elsewedy вывели отношения на
    …"): the subject of the level's verb, or of the verb it is coordinated with, is a
    firm, by its common noun or as an organization that is no state's body nor a union of
    states, so the bare relations are the firms', not the report's pair's."""
    verb = next((x for x in [t, *t.ancestors] if x.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_ not in BECOMING:
        return False
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    subject = next((c for v in verbs for c in v.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return False
    orgs = ctx.mentions_in(subject.idx, subject.idx + len(subject.text), "Organization")
    firm = any(not state_body(ctx, m) and m.entity not in load_list(UNIONS) for m in orgs)
    return subject.lemma_ in FIRMS or firm


def unnamed_partner(t: Token) -> bool:
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


def only_hoped(t: Token) -> bool:
    """A level only hoped for, weighed, proposed or refused, not stated: "надеются стать
    стратегическими партнёрами", "обсудили возможность установления партнёрства", "стремится
    получить статус союзника", "предложил поднять отношения до …" (a word of prospect, or an
    `unmade` one, above a word of becoming), "стремится к партнёрству", "на пути к
    союзничеству", a level only ahead ("станут союзниками", "будут союзниками", "будут
    подняты до уровня …"); "надеются на
    развитие стратегического партнёрства" states the partnership, "были и будут партнёрами"
    holds."""
    heads, h = [], t
    for _ in range(4):
        if h.head.i == h.i:
            break
        h = h.head
        heads.append(h.lemma_)
        if h.lemma_ in BECOMING and (_standing_for(h) or _announced_as_supposed(h)):
            return True  # "выступила за повышение уровня отношений до …": only proposed
        if h.lemma_ in BECOMING and "Part" in h.morph.get("VerbForm"):
            break  # "Индия и Египет, ставшие партнёрами, планируют …": a becoming done
    if heads and heads[0] in _STRIVING and any(c.lower_ == "к" for c in t.children):
        return True  # "стремится к стратегическому партнёрству с Кенией": not there yet
    if t.dep_ == "nmod" and t.head.lemma_ in WEIGHED:
        return True  # "обсуждают возможность стратегического партнёрства"
    verb = t.head  # "выйдут на уровень …", "повысят уровень отношений до …": past the
    while level_role(verb) in ("scale", "rel") and verb.head.i != verb.i:  # level and relations
        verb = verb.head  # the parse hangs the level raised to on
    if verb.lemma_ in BECOMING and future(verb):
        return True  # "Индия и Япония станут союзниками", "выйдут на уровень …", "будут
        # подняты до уровня …": not yet
    copulas = _level_copulas(t)
    if copulas and all(c.lemma_ == "быть" and may_be_future(c) for c in copulas):
        # "Индия и Япония будут союзниками" (the tagger's tense is "Pres"); "Мы будем …",
        # which pymorphy3 also reads as a call ("будем друзьями"): neither is in force
        return True
    # a word that proposes, calls for, refuses or is only ready for one ("предложил поднять
    # отношения до …", "готовы стать …", "отказался предоставить статус …") is one too
    unmade = any(w in PROSPECT or lemma_role(w) in UNMADE for w in heads)
    return any(w in BECOMING for w in heads) and unmade


def _standing_for(h: Token) -> bool:
    """A word of becoming one side speaks up for ("выступила за повышение уровня отношений до
    стратегического партнёрства") is only proposed, as "предложила повысить" is."""
    return h.head.lemma_ in _SPEAKING_FOR and preposition(h) == "за"


def _announced_as_supposed(h: Token) -> bool:
    """A word of becoming an announcement tells as possible, near or on a condition
    ("объявили о возможном установлении отношений стратегического партнёрства", "… о скором
    установлении …", "…, если парламенты одобрят договор"), or that is yet to announce it
    ("объявят об установлении …"): not made, as a change so announced is not
    (`history.supposed`)."""
    verb = h.head
    if verb.lemma_ not in ANNOUNCING or preposition(h) not in ("о", "об"):
        return False
    return future(verb) or supposed(h, verb)


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


def once_was(t: Token) -> bool:
    """A level told as what once was: "Ранее Анкара и Иерусалим были стратегическими
    партнёрами", "когда-то были союзниками", "До инцидента 2010 года Израиль и Турция
    считались стратегическими партнёрами", "страны, которые в 1990-е годы считались
    партнёрами" (a past copula with a word of former times, a time it held until, or a
    decade; also a tone "отношения" were in: "Ранее отношения … оставались прохладными");
    "ранее заявили о партнёрстве" reports a statement, and "являются … с 2008 года" holds."""
    verb = t.head if t.dep_ in ("xcomp", "obl") else t
    copulas = [c for c in verb.children if c.dep_ == "cop"] if verb is t else [verb]
    times = list(verb.children)
    if t.dep_ in SUBJECTS and (t.head.lemma_ in _WERE or level_role(t.head) in SAID):
        copulas, times = _copulas_of_predicate(t.head), [*t.head.children, *t.children]
    past = [c for c in copulas if c.lemma_ in _WERE and "Past" in c.morph.get("Tense")]
    if any(level_role(x) == "history" for c in past for x in before_in_clause(c)):
        return True  # "что в годы Первой мировой войны Греция и Сербия были союзниками"
    return bool(past) and any(former_times(c) for c in times)


def _copulas_of_predicate(predicate: Token) -> list[Token]:
    """The copulas of what "отношения" are said to be ("Ранее отношения … оставались
    прохладными": the verb; "Когда-то отношения … были враждебными": its "cop", or the
    "aux:pass" of a participle of tone the tagger reads as a verb, "были напряжёнными")."""
    if predicate.lemma_ in _WERE:
        return [predicate]
    return [c for c in predicate.children if c.dep_ in ("cop", "aux:pass")]


def superseded_later(t: Token, level: str) -> bool:
    """A level its sentence says was later raised to another: "Индия и ОАЭ установили
    стратегическое партнёрство в 2015 году, а в 2017 году подняли отношения до уровня
    всеобъемлющего …" (a later conjunct of the level's verb, a past raising verb with a level
    word after it, of relations or their level); the first level is no longer the
    relations'. Not a raise ahead ("а в следующем году повысят …"), nor one of another thing
    ("повысили уровень торговли до …"), nor a change, a fact of its date that a later raise
    leaves standing ("установили дипломатические отношения в 1965 году, а в 2015 году
    подняли их до уровня стратегического партнёрства": both)."""
    verb = next((x for x in [t, *t.ancestors] if x.pos_ in ("VERB", "AUX")), None)
    if verb is None or (level and is_change(level)):
        return False
    if _raised_again_gapped(t, verb):
        return True
    linked = [c for c in verb.children if c.dep_ in ("conj", "parataxis")]
    if verb.dep_ in ("conj", "parataxis"):
        linked.append(verb.head)  # the parse may hang the first clause on the second
    for raise_ in linked:
        if raise_.i <= t.i or raise_.lemma_ not in RAISING or negated(raise_):
            continue
        of_relations = any(level_role(c) in ("rel", "scale") or c.pos_ == "PRON"
                           for c in raise_.children)  # fmt: skip
        if "Past" not in raise_.morph.get("Tense") or not of_relations:
            continue
        # the level raised to, wherever the parse hangs it: "вывели их на уровень …"
        after = t.doc[raise_.i + 1 : t.sent.end]
        if any(level_role(x) in ("adj", "core") for x in after):
            return True
    return False


def _raised_again_gapped(t: Token, verb: Token) -> bool:
    """A level its past raising verb raises again in a gapped clause after it, the verb left
    out ("в 2018 году подняли отношения до уровня стратегического партнёрства, а в 2022 году
    — до всеобъемлющего …": the parse hangs the clause's first word on the verb as a
    conjunct): a level word after that word is the later level."""
    if verb.lemma_ not in RAISING or "Past" not in verb.morph.get("Tense") or negated(verb):
        return False
    gapped = [c for c in verb.children
              if c.dep_ == "conj" and c.i > t.i and c.pos_ not in ("VERB", "AUX")]  # fmt: skip
    return any(
        level_role(x) in ("adj", "core") for c in gapped for x in t.doc[c.i + 1 : t.sent.end]
    )


def named_alliances(anchor: Token) -> list[Token]:
    """The organizations `anchor` names the alliance of (`_member_of`), on it or on its
    genitive ("союзник обеих стран по Меркосур": the parse hangs "по" on "стран")."""
    near = [anchor, *(c for c in anchor.children if c.dep_ == "nmod" and not preposition(c))]
    return [c for x in near for c in x.children if _member_of(c)]


def ally_of_both_in_a_bloc(t: Token) -> bool:
    """ "Бразилия, союзник обеих стран по БРИКС, призвала Индию и Китай …": an ally of "both
    countries" in a bloc is their fellow member, no bilateral level with either, whichever
    states the sentence names near it; an ally of a state named in the genitive ("союзник
    Германии по НАТО") keeps its level."""
    if level_role(t) != "partner" or not named_alliances(t):
        return False
    return any(c.dep_ == "nmod" and not has_preposition(c) and both_word(c) for c in t.children)


def _member_of(x: Token) -> bool:
    """ "союзники по ОДКБ": the organization is the alliance they are allies in, not theirs."""
    return any(c.dep_ == "case" and c.lower_ == "по" for c in x.children)
