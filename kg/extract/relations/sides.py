"""The two sides of a level: the states a sentence names nearest it, or the pair it speaks of.

The states and unions the sentence names around the level (not a topic's or a visit's
place, nor a firm's state, nor a state set apart by "в отличие от"), its subject states and
each state of a "с"-list ("Вьетнам … с Китаем, Россией и Индией": a pair each), the names
"как и" sets beside a subject, the speaker's or the other state of the document's pair when
one is named, and the document's pair for "Стороны", "наши страны", bilateral relations or
plural "Страны"; a partner within a region ("главный союзник США в регионе") is no level of
a pair.

Split out of extract.py (forty-fourth pass, h-split47)."""

from __future__ import annotations

from spacy.tokens import Span as Sent
from spacy.tokens import Token

from kg.extract.agreements.subjects import state_body
from kg.extract.agreements.title_words import FIRMS
from kg.extract.common.level_words import level_role
from kg.extract.common.pair import (
    BOTH,
    PAIR_WORDS,
    bilateral,
    body_state,
    is_side,
    lead_pair_near,
    main_pair,
    other_side,
    paragraph_pair,
    seated_union,
    speaker_state,
)
from kg.extract.common.turns import turn_sides, turn_speaker
from kg.extract.common.words import NAMING, conjuncts
from kg.extract.context import Context
from kg.extract.events.triggers import visit_verbs
from kg.extract.events.words import role_words
from kg.extract.relations.history import told_set_up
from kg.extract.relations.statements import named_alliances
from kg.model import Mention
from kg.nlp.clauses import contrast_between
from kg.nlp.deps import (
    SUBJECTS,
    argument_before,
    clause_head,
    has_preposition,
    marked_own,
    preposition,
)
from kg.nlp.morph import case_of, is_animate, is_plural

_REGIONS = {"регион", "континент", "зона", "полушарие", "пространство", "субрегион"}
_STAYING = {"находиться", "пребывать"}  # "находясь с визитом в X"


def regional(ctx: Context, t: Token) -> bool:
    """A partner or ally within a region, a role one state plays for another there, not the
    level of their relations: "стратегический партнёр Китая в Африке", "главный союзник США
    в регионе", "партнёр Азербайджана на Южном Кавказе" (a place that is no state). Partners
    of each other there ("Бразилия и Аргентина — союзники в Южной Америке") are partners."""
    of_one = any(c.dep_ == "nmod" and "Gen" in c.morph.get("Case") and _side_at(ctx, c)
                 for c in t.children)  # fmt: skip
    if level_role(t) != "partner" or not of_one:
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


def subject_and_each(ctx: Context, anchor: Token) -> list[list[str]] | None:
    """Subject states and a "с"-list of states on the level's verb or noun, or the states
    whose partners or allies the subjects are, two or more of one of them: one pair each
    ("Вьетнам … с Китаем, Россией и Индией", "Индия и Япония … с КНДР", "Южная Корея и
    Япония — союзники США"); two subject states alone are the pair; with no subject state,
    the level noun's own genitive stands for it ("Отношения Индии с Китаем и Пакистаном"), and
    a list of two or more with neither is one side's, so no pair (None: "Ранее Ханой
    установил партнёрство с Китаем, Россией и Индией", where the capital is no mention;
    "страна является партнёром Венгрии, Сербии и Пакистана"); [] for any other sentence."""
    path, verb = _up_to_verb(anchor)
    # the relations a verb's level is said of, with their own sides ("Отношения Индии с
    # Францией и Германией носят характер стратегического партнёрства")
    relations = [c for c in verb.children if c.dep_ in SUBJECTS and c.lemma_ == "отношение"]
    path += [r for r in relations if r not in path]
    named = [_side_at(ctx, x) for c in verb.children if c.dep_ == "nsubj" for x in conjuncts(c)]
    if any(named):  # "Турция, как и Египет, разорвала …": Egypt breaks off too
        named += [_side_at(ctx, x) for x in _alike(verb)]
    subjects = list(dict.fromkeys(s for s in named if s))
    withs = [c for x in path for c in x.children
             if any(g.dep_ == "case" and g.lower_ in ("с", "со") for g in c.children)]  # fmt: skip
    if level_role(anchor) == "partner":  # "союзники США": the genitive, no preposition
        withs += [c for c in anchor.children if c.dep_ == "nmod" and "Gen" in c.morph.get("Case")
                  and not has_preposition(c)]  # fmt: skip
    if level_role(anchor) == "partner" and subjects and not withs and _deems(anchor, verb):
        withs += [c for c in verb.children if c.dep_ == "obj"]  # "Индия считает Францию и
        # Германию своими стратегическими партнёрами": each state deemed one is a side; not
        # "назвала Грузию … партнёром США" (the partner's own state, one pair)
    sides = [s for c in withs for x in conjuncts(c) if (s := _side_at(ctx, x))]
    if not subjects and sides and level_role(anchor) != "partner":  # "Отношения Индии с Китаем …"
        owners = [c for x in (anchor, *relations) for c in x.children if c.dep_ == "nmod"
                  and not has_preposition(c) and "Gen" in c.morph.get("Case")]  # fmt: skip
        subjects = list(dict.fromkeys(s for c in owners for x in conjuncts(c)
                                      if (s := _side_at(ctx, x))))  # fmt: skip
    sides = [s for s in dict.fromkeys(sides) if s not in subjects]
    if not sides and (len(subjects) > 2 or _listed_parties(ctx, anchor, relations) > 2):
        return None  # "Индия, Бразилия и ЮАР укрепляют стратегическое партнёрство": of three
    if not subjects and len(sides) > 1:
        return None  # one side's list: "Ранее Ханой установил партнёрство с Китаем, Россией …"
    if len(subjects) == 2 and not sides:
        return [subjects]  # "Бразилия и Аргентина являются партнёрами и … с Уругваем"
    if not subjects or not sides or len(subjects) * len(sides) < 2:
        return []  # "Индия и Япония … с КНДР": two pairs, each subject with the "с"-side
    return [[a, b] for a in subjects for b in sides]


def _up_to_verb(anchor: Token) -> tuple[list[Token], Token]:
    """The level word and its heads up to its verb (at most three steps: "повышены до уровня
    стратегического партнёрства"), and that verb or the last head: whose subjects, objects
    and "с"-phrases are the level's."""
    path, verb = [anchor], anchor
    while verb.pos_ != "VERB" and verb.head.i != verb.i and len(path) < 4:
        verb = verb.head
        path.append(verb)
    return path, verb


def _listed_parties(ctx: Context, anchor: Token, relations: list[Token]) -> int:
    """How many states the level noun (or the relations its verb is said of) names as its own
    parties, in the genitive or after "между" ("партнёрство Индии, Бразилии и ЮАР",
    "Отношения между Грецией, Кипром и Египтом"): three or more are a level of a group, as a
    declaration of three states is, no level of any pair of them."""
    return len(_parties(ctx, [anchor, *relations]))


def _parties(ctx: Context, nouns: list[Token]) -> list[str]:
    """The states the nouns name as their own parties, in the genitive or after "между", or
    in a compound adjective ("индонезийско-малайзийские отношения": both states)."""
    owners = [c for x in nouns for c in x.children if c.dep_ == "nmod"
              and (preposition(c) == "между" or not has_preposition(c)
                   and "Gen" in c.morph.get("Case"))]  # fmt: skip
    named = [s for c in owners for x in conjuncts(c) if (s := _side_at(ctx, x))]
    named += [s for x in nouns for c in x.children if c.dep_ == "amod" for s in _sides_in(ctx, c)]
    return list(dict.fromkeys(named))


def _sides_in(ctx: Context, t: Token) -> list[str]:
    """Each state or union one word names, all of a compound adjective's ("чилийско-
    аргентинские"): a name's last word alone is `_side_at`'s."""
    found = ctx.mentions_in(t.idx, t.idx + len(t.text))
    return [seated_union(ctx, m) or m.entity for m in found if is_side(m, unions=True)]


def _relations_meant(anchor: Token) -> Token | None:
    """The "отношения" a pronoun of the level's clause stands for ("Отношения между Японией и
    Филиппинами были установлены в 1956 году. В 2023 году они были повышены до уровня
    стратегического партнёрства"; "… подняли их до уровня …"; "Сегодня они носят характер
    …"): the subject or object the pronoun takes up (`argument_before`), where that is the
    relations; None where it stands for something else ("Компании … В 2023 году они вывели
    сотрудничество на уровень …")."""
    path, _ = _up_to_verb(anchor)
    pronouns = [c for x in path for c in x.children
                if c.lemma_ == "они" and c.pos_ == "PRON" and not has_preposition(c)]  # fmt: skip
    meant = [argument_before(p) for p in pronouns]
    return next((t for t in meant if t is not None and level_role(t) == "rel"), None)


def _deems(anchor: Token, verb: Token) -> bool:
    """A verb of naming ("считает", "называет") whose instrumental the partner word is."""
    return anchor.head.i == verb.i and verb.lemma_ in NAMING


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


def level_states(ctx: Context, sent: Sent, anchor: Token) -> list[str]:
    """The two states a level sentence is about (see the module docstring)."""
    found: dict[str, tuple[bool, int]] = {}
    persons = ctx.mentions_in(sent.start_char, sent.end_char, "Person")
    alliances = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text))
                 for c in named_alliances(anchor)]  # fmt: skip
    allied: set[str] = set()
    pair_named = any(bilateral(c) for c in anchor.children)  # "Отношения между странами"
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
    # "наши страны", "Стороны", "мы", "Двусторонние отношения … В 2023 году они …"
    of_pair = any(bilateral(t) for t in sent) or _we_are(anchor) or _bilateral_meant(anchor)
    lead = lead_pair_near(ctx, sent) if of_pair else ()
    beside = _beside_the_pair(ctx, anchor, named, lead) if of_pair else set()
    found = {k: v for k, v in found.items() if k not in beside}  # "… разногласий по Сирии"
    if not found and (parties := _parties_meant(ctx, anchor)):
        return parties  # "Отношения между X и Y … В 2023 году они были повышены до …"
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
    return near or _pair_unnamed(ctx, sent, anchor, of_pair, lead, spoken)


def _pair_unnamed(
    ctx: Context, sent: Sent, anchor: Token, of_pair: bool, lead: tuple[str, ...], spoken: set[str]
) -> list[str]:
    """The pair of a level sentence that names no side: the one "Стороны" or "наши страны"
    stand for (`of_pair`), the report's pair of which an official speaks of bare relations,
    or the report's pair of relations no one speaks of that name no one whose they are
    (`_unowned`: "… провели переговоры. Отношения были поставлены на паузу")."""
    if of_pair:
        return _pair_spoken_of(ctx, sent, lead, spoken)
    if spoken and _bare_relations(anchor):
        pair = list(main_pair(ctx, unions=True, only_two=True))
        return pair if spoken & set(pair) else []
    if not spoken and (_unowned(anchor) or _set_up_unowned(anchor)):
        return list(_report_pair(ctx, sent, lead_pair_near(ctx, sent)))
    return []


_TOPIC_OR_PLACE = {"по", "о", "об", "вокруг", "в", "на"}


def _pair_spoken_of(ctx: Context, sent: Sent, lead: tuple[str, ...], spoken: set[str]) -> list[str]:
    """The pair "Стороны", "наши страны" or "мы" of a sentence that names no side stand for:
    a turn's two speakers' states (`_turn_pair`), else the report's pair or its first
    sentence's (`lead`), else the speaker's and the other state named; none where officials
    of other states speak of it ("«Мы союзники по НАТО», — сказал министр Турции" in a report
    of two others)."""
    pair = _turn_pair(ctx, sent) or list(_report_pair(ctx, sent, lead))
    if pair and spoken and not spoken & set(pair):
        return []
    return pair or _speaker_and_other(ctx, sent)


def _parties_meant(ctx: Context, anchor: Token) -> list[str]:
    """The two states of the relations a pronoun of the level's clause stands for
    (`_relations_meant`), else []: one named ("между Данией и Гренландией") is no pair."""
    meant = _relations_meant(anchor)
    if meant is None:
        return []
    parties = _parties(ctx, [meant])
    if len(parties) < 2:  # "Непал установил дипломатические отношения с Кубой … их подняли"
        parties = _clause_pair(ctx, meant)
    return parties if len(parties) == 2 else []


def _clause_pair(ctx: Context, relations: Token) -> list[str]:
    """The pair of the sentence the relations a pronoun takes up were told in, as a level's
    there would have, both named there ("Непал установил дипломатические отношения с Кубой в
    1975 году. В 2015 году их подняли до уровня …": Nepal–Cuba); none where they are one
    side's with a list ("… с Кубой, Перу и Чили", `subject_and_each`) or of one state and
    no other ("Чилийские отношения с регионом …", whose other side is not the report's)."""
    pairs = subject_and_each(ctx, relations)
    if pairs is None or len(pairs) > 1:
        return []
    sent = relations.sent
    pair = pairs[0] if pairs else level_states(ctx, sent, relations)
    named = {m.entity for m in ctx.mentions_in(sent.start_char, sent.end_char)}
    return pair if set(pair) <= named else []


def _bilateral_meant(anchor: Token) -> bool:
    """Whether the relations a pronoun of the level's clause stands for are the report's pair
    ("Двусторонние отношения … В 2023 году они были повышены до …")."""
    meant = _relations_meant(anchor)
    return meant is not None and any(bilateral(c) for c in meant.children)


def _turn_pair(ctx: Context, sent: Sent) -> list[str]:
    """The two speakers' states where "наши страны", "Стороны" or "мы" stand in a turn of a
    transcript of two leaders (`turn_sides`): whatever third states the turn names most
    ("Мы обсудили положение в Судане … В 2022 году наши страны установили стратегическое
    партнёрство" of Egypt's and Indonesia's presidents); [] outside a turn."""
    start, end = ctx.trimmed(sent)
    if not turn_speaker(ctx, start, end):
        return []
    return sorted(set(turn_sides(ctx).values()))


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
    pair = set(_report_pair(ctx, anchor.sent, lead))
    return aside if pair and not aside & pair else set()


def report_pair(ctx: Context, sent: Sent) -> frozenset[str]:
    """The pair the report tells of at `sent` (`_report_pair` with the lead pair near it): a
    level raised long ago holds today only between them (`held`), not a third pair's told
    as background."""
    return frozenset(_report_pair(ctx, sent, lead_pair_near(ctx, sent)))


def _report_pair(ctx: Context, sent: Sent, lead: tuple[str, ...]) -> tuple[str, ...]:
    """The pair "Стороны" of `sent` stand for: its paragraph's (`paragraph_pair`, in a digest
    of several pairs), else the report's two sides named most, else its first sentence's."""
    return (
        paragraph_pair(ctx, sent.end_char, unions=True)
        or main_pair(ctx, unions=True, only_two=True, places=True)
        or lead
    )


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


def _unowned(anchor: Token) -> bool:
    """ "Отношения" that name no one whose they are, in a sentence that names no side
    ("Колумбия и Венесуэла провели переговоры. Отношения были поставлены на паузу"), also
    those a level's verb raises ("В 2015 году отношения подняли до …", `_relations_of`):
    the report's pair, as "Стороны" are; not relations of something ("отношения между
    компаниями", "их отношения") nor ones a preposition makes a topic ("в отношениях")."""
    relations = _relations_of(anchor)
    if relations is None or not is_plural(relations) or preposition(relations):
        return False
    return not any(c.dep_ in ("nmod", "det") for c in relations.children)


def _set_up_unowned(anchor: Token) -> bool:
    """A level noun that names no one whose it is, told set up at a time (`told_set_up`:
    "Стратегическое партнёрство, установленное в 2013 году, успешно развивается", "…, которое
    страны установили в 2017 году", "Со времени установления стратегического партнёрства в
    2013 году …"): the report's pair, as bare "отношения" are (`_unowned`); not a level of
    someone ("партнёрство двух компаний", "наше партнёрство")."""
    if anchor.lemma_ == "отношение" or level_role(anchor) == "partner":
        return False
    owners = (c for c in anchor.children if c.dep_ in ("nmod", "det"))
    return told_set_up(anchor) and all(preposition(c) in ("в", "во") for c in owners)


def _relations_of(anchor: Token) -> Token | None:
    """The "отношения" a level is read at or that its verb raises or brings to it ("В 2015
    году отношения подняли до стратегического партнёрства"), as subject or object; else
    None."""
    if anchor.lemma_ == "отношение":
        return anchor
    _, verb = _up_to_verb(anchor)
    found = (c for c in verb.children if c.dep_ in (*SUBJECTS, "obj") and c.lemma_ == "отношение")
    return next(found, None)


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
    state nor union (a territory, a people, a party, many states): "отношения между Данией и
    Гренландией", "отношения Сербии с Косово", "… со 180 странами"."""
    sides = [
        x for c in anchor.children if c.dep_ == "nmod" and c.pos_ == "PROPN" for x in conjuncts(c)
    ]
    named = any(x.pos_ == "PROPN" and not _side_at(ctx, x) and not _person_at(ctx, x)
                for x in sides)  # fmt: skip
    withs = (*anchor.children, *anchor.head.children)
    return named or any(_group_of_states(c) for c in anchor.children) or any(map(_with_many, withs))


def _with_many(t: Token) -> bool:
    """A "с" phrase of many states by a plural word for states, on the level's noun or its
    verb ("установили дипломатические отношения со 180 странами", "со странами Африки"): the
    other side is no one state, so none from the document's pair; "с обеими странами" is
    the pair."""
    if t.lemma_ not in PAIR_WORDS or preposition(t) not in ("с", "со"):
        return False
    return "Plur" in t.morph.get("Number") and not any(c.lemma_ in BOTH for c in t.children)


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


def _we_are(anchor: Token) -> bool:
    """ "мы" as the subject of the level's noun or of its copula ("«Мы — стратегические
    партнёры», — заявил он", "мы являемся союзниками"), or of the verb that brings the
    relations to it, or of the verb that verb's infinitive depends on ("«Мы повысили
    отношения до уровня …»", "мы договорились вывести отношения на уровень …"): a speaker's
    side and the other of the report's pair."""
    heads = [anchor, anchor.head] if anchor.dep_ == "xcomp" else [anchor]
    _, verb = _up_to_verb(anchor)
    heads += [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
    return any(c.dep_ == "nsubj" and c.lemma_ == "мы" for h in heads for c in h.children)
