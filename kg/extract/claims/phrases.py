"""The noun phrase that names a metric ("совместные проекты", "доля акций компании"):
a measured noun with the attributes that set it apart, its genitive whole, with states' names
left out (they are the claim's states, not its metric), and the nominative and genitive
forms of names, which the metric of votes and of deals reads too.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from kg.extract.agreements.title_words import paper_noun
from kg.extract.claims.lexicons import (
    CALIBRES,
    CONTAINERS,
    COUNTERS,
    GIVING_LEVEL,
    GROWTH,
    MADE_ACTS,
    POSSESSIVES,
    PURPOSE_PREPS,
    SCALES,
    WORDS,
    lexicons,
)
from kg.extract.common.numbers import Quantity
from kg.extract.context import Context
from kg.nlp.deps import SUBJECTS, has_preposition, preposition
from kg.nlp.morph import (
    UD_CASE,
    UD_NUMBER,
    Parse,
    closest_form,
    features,
    is_animate,
    is_infinitive,
    is_participle,
    morph,
    noun_gender,
    singular_only,
)

_GENERIC_ADJ = WORDS["generic_adj"]
_TIMES = {"год", "месяц", "квартал", "полугодие", "неделя", "день", "период"}
_AND = {"и", "или"}  # adjectives of one noun joined: "экономических и торговых соглашений"
_SIDES = {"страна", "государство", "сторона"}
_SIDE = "сторона"
_ATTRIBUTE_PREPS = WORDS["attribute_prep"]
FRAMES = WORDS["frame"]
_GENITIVE_KINDS = WORDS["genitive_kind"]  # "с участием [капитала]": no kind without it
_BELONGING = WORDS["belonging"]  # "граждан Китая": the state says who they are
_AWARDS = WORDS["award"]  # "двух премий «Оскар»": a prize its quoted name says which
_PURPOSE_NAMED = WORDS["purpose_named"]  # "расходы на оборону": the purpose names them
# verbs of a level or change a dative's infinitive may tell ("помешали экспорту вырасти")
_LEVEL_VERBS = GIVING_LEVEL | GROWTH | WORDS["fall"]
_NUMBER_PART = re.compile(r"(?:процентн|летн|месячн|недельн|дневн|часов|кратн)[а-яё]+$")


def recipient(t: Token) -> bool:
    """A bare dative is who receives or pays, not what is measured: "обойдётся областному
    бюджету в 1,5 млрд рублей" is the cost of what it says, "по экспорту" stays measured."""
    return _bare_dative(t) and not levels_subject(t)


def _bare_dative(t: Token) -> bool:
    return "Dat" in t.morph.get("Case") and not has_preposition(t)


def levels_subject(t: Token) -> bool:
    """A dative whose level or change the infinitive after it tells, its verb hindering or
    letting it: "не помешали [товарообороту] достичь 5 млрд", "позволило [экспорту] вырасти
    до 3 млрд" measure the trade and the exports, no one who receives."""
    return (
        _bare_dative(t)
        and t.dep_ in ("iobj", "obl", "obj")
        and any(
            c.dep_ == "xcomp" and c.i > t.i and is_infinitive(c) and c.lemma_ in _LEVEL_VERBS
            for c in t.head.children
        )
    )


def _doer(t: Token) -> bool:
    """A bare instrumental name is who does the deed, not a kind of the noun before it:
    "импорт сахара [Египтом] из Бразилии" is the import of sugar."""
    return "Ins" in t.morph.get("Case") and not has_preposition(t)


def animate_plural(lemma: str) -> str:
    """The plural nominative of an animate noun ("заложник" → "заложники"), "" for others."""
    parse = next((p for p in morph().parse(lemma) if p.tag.POS == "NOUN"), None)
    if parse is None or parse.tag.animacy != "anim":
        return ""
    form = parse.inflect({"plur", "nomn"})
    return form.word if form is not None else ""


def _counted(noun: Token) -> bool:
    """A number counts `noun`: "276 домов"."""
    return any(c.dep_.startswith("nummod") and c.like_num for c in noun.children)


def counted_head(ctx: Context, q: Quantity, unit: str) -> Token | None:
    """The counted noun token inside the quantity's span."""
    span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    # "от 50 тысяч до 200 тысяч боевиков": the first end counts the noun after the second
    ahead = span.doc[span.end : span.end + 6]
    return (
        next((t for t in reversed(span) if t.lemma_ == unit), None)
        or next((t for t in ahead if t.lemma_ == unit and t.pos_ == "NOUN"), None)
        or next((t for t in reversed(span) if t.pos_ == "NOUN" and t.lemma_ not in SCALES), None)
    )


def genitive_after(after: list[Token]) -> Token | None:
    """The genitive noun a number governs: "50 процентов [товарооборота]"; a noun the tagger
    calls an adjective before another noun counts ("40 % датского [импорта] газа"); a
    doubled space between them is no word."""
    after = [t for t in after[:6] if not t.is_space]
    for k, t in enumerate(after[:4]):
        nxt = after[k + 1] if k + 1 < len(after) else None
        if t.pos_ == "NOUN" or (_tagged_adjective(t) and nxt is not None and nxt.pos_ == "NOUN"):
            return t if "Gen" in t.morph.get("Case") else None
        if t.dep_ == "acl" and t.head.i - t.i in range(1, 7) and _modifier(t):
            # "76,4 % [отданных за него] голосов": the noun the participle's clause describes
            noun = t.head
            return noun if noun.pos_ == "NOUN" and "Gen" in noun.morph.get("Case") else None
        if not (_modifier(t) or t.pos_ == "PUNCT") or t.text in {",", ".", ";", ":"}:
            return None
    return None


def possessive(t: Token) -> bool:
    """A possessive pronoun before the noun it owns ("своих", "нашей", "его", "их"), which
    says whose a measure is, never what it measures."""
    return (
        t.i < t.head.i
        and t.dep_ in ("det", "nmod:poss")
        and bool({t.lower_, t.lemma_} & POSSESSIVES)
    )


def _tagged_adjective(t: Token) -> bool:
    """A noun the tagger took for an adjective: pymorphy3 knows it only as a noun."""
    return t.pos_ == "ADJ" and all(p.tag.POS == "NOUN" for p in morph().parse(t.lower_)[:2])


def _modifier(t: Token) -> bool:
    """An adjective or participle agreeing with a noun ("развёрнутых", "накопленных")."""
    alpha = t.is_alpha or t.text.replace("-", "").isalpha()  # "кенийско-эфиопской"
    if "Short" in t.morph.get("Variant"):
        return False  # "штраф [назначен] Эстонии": a short form is a predicate
    return (
        alpha
        and (t.pos_ in ("ADJ", "DET") or (t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm")))
        and not _unknown_verb_form(t)
    )


def _unknown_verb_form(t: Token) -> bool:
    """A word no dictionary knows that reads only as an infinitive or finite verb, a typo
    the tagger calls an adjective ("обязали [выплаить] штраф"): it agrees with no noun."""
    parses = morph().parse(t.lower_)
    return bool(parses) and not parses[0].is_known and parses[0].tag.POS in ("INFN", "VERB")


def outer_noun(noun: Token) -> Token:
    """The measured noun a found one depends on: "размер [доплаты]" → "размер", and
    the noun a bare measure word sizes: "штраф в размере …", "кредит на сумму …"."""
    lex = lexicons()["metric"]
    p = noun.i - 1
    while p > 0 and _modifier(noun.doc[p]):
        p -= 1  # "контракты на [общую] сумму …"
    if noun.lemma_ in CONTAINERS and p >= 1 and noun.doc[p].lower_ in ("в", "на"):
        i = p - 1
        while i >= 0 and _modifier(noun.doc[i]):
            i -= 1
        head = noun.head if noun.dep_ == "nmod" and noun.head.i < i else None
        # a time before it is the figure's period, no noun it sizes ("В прошлом [году] на долю
        # меди пришлось 40 %")
        noun_before = i >= 0 and noun.doc[i].pos_ == "NOUN" and noun.doc[i].lemma_ not in _TIMES
        if i >= 0 and (noun_before or (head is not None and head.pos_ == "NOUN")):
            # the noun before "в размере", or the one the parse hangs it on past a phrase of
            # its own ("долг [перед Вьетнамом] в размере …")
            sized = noun.doc[i] if head is None or noun_before else head
            if head is not None and head in sized.ancestors:
                sized = head  # "патроны [калибра 12 миллиметров] в количестве 478 штук"
            sized = _paper_act(sized)  # "контракт на [ремонт] порта на сумму …"
            sized = topic_paper(_acted_on(_past_measure(_counted_acted_on(sized))))
            while (
                sized.head.pos_ == "NOUN" and sized.head.lemma_ in lex and sized.head.i < sized.i
                and has_preposition(sized)
            ):  # fmt: skip
                sized = sized.head  # "расходы на [оборону] в размере …": the expenses
            return _measured_above(sized, counted=noun.lemma_ in COUNTERS)
        subject = _passive_subject(noun)
        if subject is not None:
            return subject

    while "Gen" in noun.morph.get("Case"):
        i = noun.i - 1
        while i >= 0 and _modifier(noun.doc[i]):
            i -= 1
        if i >= 0 and noun.doc[i].pos_ == "NOUN" and noun.doc[i].lemma_ in lex:
            noun = noun.doc[i]
        else:
            break
    return noun


def _counted_acted_on(noun: Token) -> Token:
    """The act on things counted in the genitive a sum "на сумму" follows: the parser hangs
    the sum on the things ("на строительство 3 [мостов] на сумму …"), but it is the price of
    the act, named with its things (`_past_count`); a unit's count ("поставку 300 тонн риса")
    and things with no count are themselves."""
    act = noun.head
    if noun.dep_ != "nmod" or act.i >= noun.i or act.lemma_ not in MADE_ACTS:
        return noun
    if has_preposition(noun) or "Gen" not in noun.morph.get("Case"):
        return noun
    if noun.lemma_ in lexicons()["measure"]:
        return noun
    return act


def _paper_act(noun: Token) -> Token:
    """The act on things a paper is for, where the sum "на сумму" hangs on the paper itself
    ("контракт на [ремонт] порта на сумму 300 млн долларов", "соглашение о [строительстве]
    дороги на сумму …"): the sum is the act's, as it is where the parser hangs it on the act
    ("контракт на модернизацию аэропорта на сумму …" → модернизация аэропорта). A paper on no
    act ("меморандум о сотрудничестве на сумму …") and any other noun are themselves."""
    if not paper_noun(noun):
        return noun
    acts = (
        c for c in noun.children
        if c.dep_ == "nmod" and c.lemma_ in MADE_ACTS and preposition(c) in ("на", "о", "об")
    )  # fmt: skip
    return next(acts, noun)


def topic_paper(noun: Token) -> Token:
    """The paper whose topic an "о"-noun names: the sum "на сумму …" after it is the papers'
    ("35 меморандумов о [сотрудничестве] на общую сумму …" → меморандумы), never the topic's;
    papers listed together are named by the first ("соглашений и меморандумов о …" →
    соглашения, as their count is). An act on things is its own ("соглашение о [закупке] 12
    фрегатов на сумму …" → закупка фрегатов, as "контракт на закупку …" is), and so is any
    other noun ("контракт на [поставку]")."""
    paper = noun.head
    if preposition(noun) not in ("о", "об") or paper.i >= noun.i or not paper_noun(paper):
        return noun
    if noun.lemma_ in MADE_ACTS:
        return noun
    listed = _listed_before(paper)
    while listed is not None:
        paper, listed = listed, _listed_before(listed)
    return paper


def _listed_before(paper: Token) -> Token | None:
    """The paper listed right before `paper`, its conjunct head ("соглашений и [меморандумов]")
    or, where the parse makes both objects of the verb, the object before "и" ("подписали 3
    соглашения и [письмо] о намерениях": a package the sum is of, named by its first paper as
    its count is, never "письмо"); None for the first."""
    head = paper.head
    if paper.dep_ == "conj" and paper_noun(head) and head.i < paper.i:
        return head
    if not any(c.dep_ == "cc" and c.i < paper.i for c in paper.children):
        return None
    before = [
        c for c in head.children if c.dep_ == paper.dep_ and c.i < paper.i and paper_noun(c)
    ]  # fmt: skip
    return before[-1] if before else None


def _acted_on(noun: Token) -> Token:
    """The measured noun an act noun governs in the genitive, which a size the parse hangs
    on the act sizes ("выделение [помощи] Украине в размере …", "предоставление [кредита]");
    any other noun is itself."""
    if noun.lemma_ not in lexicons()["act"]:
        return noun
    lex = lexicons()["metric"]
    return next(
        (c for c in noun.children if c.dep_ == "nmod" and c.lemma_ in lex and not has_preposition(c)
         and "Gen" in c.morph.get("Case")),
        noun,
    )  # fmt: skip


def _passive_subject(container: Token) -> Token | None:
    """The noun a passive verb sets, pays or grants "в размере"/"в сумме" of a figure: its
    subject is what the figure sizes ("пенсия установлена [в размере] 200 евро", "пособие
    выплачивается в размере …"); an active verb's subject is who pays, none."""
    verb = container.head
    if verb.pos_ != "VERB" or "Pass" not in verb.morph.get("Voice"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj:pass" and c.pos_ == "NOUN"), None)


def _past_measure(noun: Token) -> Token:
    """The noun a measure and its genitive noun describe: "патроны [калибра 12
    миллиметров] в количестве 478 штук" counts patrons, wherever the parse hangs the
    calibre; any other noun is itself."""
    doc = noun.doc
    if noun.lemma_ not in lexicons()["measure"] or noun.i < 3 or not doc[noun.i - 1].like_num:
        return noun
    k = noun.i - 2
    while k > 0 and doc[k].pos_ == "NOUN" and "Gen" in doc[k].morph.get("Case"):
        k -= 1
    return doc[k] if k < noun.i - 2 and doc[k].pos_ == "NOUN" else noun


def _measured_above(noun: Token, counted: bool = False) -> Token:
    """The measured noun whose complement `noun` is, up to three nouns up: "кредит [на
    строительство моста] в размере …" → кредит; `noun` itself where none is. Things
    counted ("в количестве") are the phrase's head: "патроны [калибра 12 мм] в количестве"."""
    lex, up = lexicons()["metric"], noun
    for _ in range(3):
        if up.lemma_ in lex or up.head.pos_ != "NOUN" or up.head.i >= up.i or up.dep_ != "nmod":
            break
        if any(t.text in ",;" for t in up.doc[up.head.i : up.i]):
            break  # a list's earlier item ("два ящика патронов, …, патроны … в количестве")
        up = up.head
    return up if up.lemma_ in lex or counted else noun


def noun_phrase(
    ctx: Context, head: Token, counted: bool = False, owner: str = ""
) -> tuple[str, str]:
    """(nominative name, lemma key) of the noun phrase headed by `head`: its adjectives,
    the genitive nouns after it, for counted things a "с …" complement ("компании с
    российским капиталом"), then an `owner` in the genitive and the prepositional phrases
    that restrict it (`_attributes`)."""
    doc = head.doc
    left = left_modifiers(head)
    right: list[Token] = []
    j = head.i + 1
    label = _quoted_label(head) if counted else []  # "двух премий «Оскар»": which prizes
    j += len(label)
    j = _past_count(doc, j, head)  # "поставка [42] самолётов": what is delivered
    while j < len(doc) and len(right) < 6:
        # a kind the adjectives have not given ("компании с российским капиталом"), in the
        # instrumental: "черепах с грузового самолёта" came from it
        with_ = counted and not right and not left and doc[j].lower_ == "с"
        k = j + 1 if with_ else j
        while k < len(doc) and (
            _modifier(doc[k]) or possessive(doc[k]) or (with_ and doc[k].is_quote)
        ):
            k += 1  # "машин с «мигалками»": a kind in quotation marks is still a kind
        listed = _listed_genitive(ctx, doc, j, right)
        if listed:  # "экспорт никеля [и меди]": goods listed with the first are the figure's
            right.extend(doc[j : listed + 1])
            j = listed + 1
            continue
        steel = k == head.i + 1 and bool(_misread_genitive(doc[k]))  # "экспорт [стали]"
        if k >= len(doc) or (doc[k].pos_ not in ("NOUN", "PROPN") and not steel):
            break
        if with_ and (doc[k].lemma_ in CONTAINERS or "Ins" not in doc[k].morph.get("Case")):
            break  # "проектов с общим объемом инвестиций": a second measure, not a kind
        if not with_ and "Gen" not in doc[k].morph.get("Case") and not steel:
            break
        if (
            doc[k].lemma_ in _SIDES
            and k > j
            and all(t.pos_ == "DET" or possessive(t) for t in doc[j:k])
        ) or (doc[k].lemma_ == _SIDE and k == j):
            # "товарооборот [наших стран]": the pair, which are the claim's states; so are
            # bare "стороны" ("соглашение о свопе [стороны] заключили": the parser's genitive)
            break
        right.extend(doc[j : k + 1])
        if with_ and doc[k].lemma_ not in _GENITIVE_KINDS:
            break  # "винтовки с оптическим прицелом [защитного цвета]": the kind is the noun
        apposed = [] if counted else _apposed_name(ctx, doc[k])
        if apposed:  # "пропускная способность порта [Акаба]": the thing's own name
            right.extend(apposed)
            break
        j = k + 1
    left = [t for t in left if not names_state(ctx, t)]  # "российских инвестиций": a state
    # "число [своих] военных", "экспорт [их] нефти": whose, the claim's states or no one's
    left, right = [t for t in left if not possessive(t)], [t for t in right if not possessive(t)]
    left = [t for k, t in enumerate(left) if t.lower_ not in _AND or 0 < k < len(left) - 1]
    after_owner = right[-1].i + 1 if right else head.i + 1  # "расходы Японии| на оборону"
    whose = counted and _whose_people(ctx, head)  # "граждан Южной Кореи": whose they are
    right = _without_names(ctx, right, whose)
    # "объём норвежских инвестиций", "протяжённость кенийско-эфиопской границы": the states
    # are the claim's
    right = [
        t for t in right if whose or not (_modifier(t) and names_state(ctx, t) and _of_genitive(t))
    ]
    # a noun a number counts in the genitive singular names the things in the plural: "22
    # [соглашения] на общую сумму" is the agreements' sum ("54 процентным преимуществом" one)
    paucal = "Gen" in head.morph.get("Case") and _counted(head)
    tagged_plural = "Plur" in head.morph.get("Number")
    if head.dep_ == "amod" and _tagged_adjective(head):  # "Грузооборот[amod] портов": the
        tagged_plural = "plur" in morph().parse(head.lower_)[0].tag  # adjective's agreement
    plural = counted or tagged_plural or paucal or _plural_subject(head)
    plural = plural and not singular_only(head.lemma_)  # "тонн меди": медь, never "меди"
    right = [t for t in right if not t.is_quote]
    if counted:
        right += _infinitive_complement(ctx, head, right)
    attributes = _attributes(ctx, head, right) if counted else []
    if not counted and head.lemma_ in _PURPOSE_NAMED:
        attributes = _attributes(ctx, head, right, PURPOSE_PREPS, after_owner)
    gender = noun_gender(head)
    words = [nominative(t, plural, gender) for t in left] + [nominative(head, plural)]
    words += [t.text for t in right]
    words = _labelled(words, left, head, label, counted)
    phrase = [t for t in [*left, head, *right] if t.lower_ != "с"]
    canonical = lexicons()["synonym"].get(" ".join(t.lemma_ for t in phrase))
    if canonical and not (owner or attributes):
        return canonical, canonical
    # The key leaves out participles: "развёрнутых боезарядов" and "боезарядов" are one count.
    key = [_misread_genitive(t) or t.lemma_ for t in phrase if not is_participle(t)]
    if label:
        key[key.index(head.lemma_) + 1 : key.index(head.lemma_) + 1] = [
            t.lemma_ for t in label if not t.is_quote
        ]
    name = [canonical] if canonical else words
    tail = [owner] if owner else []
    return (
        _listing(" ".join([*name, *tail, *(t.text for t in attributes)])),
        _listing(" ".join([canonical or " ".join(key), *tail, *(t.lemma_ for t in attributes)])),
    )


def _past_count(doc: Doc, j: int, head: Token) -> int:
    """Where the genitive of an act on things (`made_act`) starts past the number counting
    them: "контракт на поставку 42 самолётов на сумму …" is the delivery of aircraft, its
    count a claim of its own; a unit's or a scale's number ("поставку 2 млн тонн нефти")
    stays in the way."""
    if head.lemma_ not in MADE_ACTS:
        return j
    k = j
    while k < len(doc) and doc[k].pos_ == "NUM" and doc[k].dep_ == "nummod":
        k += 1
    if k == j or k >= len(doc) or any(t.head != doc[k] for t in doc[j:k]):
        return j
    counted = doc[k]
    if counted.dep_ != "nmod" or "Gen" not in counted.morph.get("Case"):
        return j  # "2 [млн] тонн": a scale counts, not things
    return j if counted.lemma_ in lexicons()["measure"] else k


def _apposed_name(ctx: Context, noun: Token) -> list[Token]:
    """The proper name in the nominative right after a measure's genitive, apposed to it
    ("пропускная способность порта [Акаба]", "мощность завода [Норникель]"): the name of the
    thing measured, kept with it, where "марки X" after counted things names only their
    kind (`_names_other`); a state's name is the claim's, none."""
    at = noun.i + 1
    if at >= len(noun.doc):
        return []
    name = noun.doc[at]
    if name.pos_ != "PROPN" or name.dep_ != "appos" or name.head != noun:
        return []
    if "Nom" not in name.morph.get("Case") or names_state(ctx, name):
        return []
    end = at + 1
    while end < len(noun.doc) and noun.doc[end].dep_ == "flat:name" and noun.doc[end].head == name:
        end += 1
    return list(noun.doc[at:end])


def _labelled(
    words: list[str], left: list[Token], head: Token, label: list[Token], counted: bool
) -> list[str]:
    """A counted phrase's words with its prize's name after its noun ("премии «Оскар»"), or
    in quotation marks where a name holds them all ("двух «Золотых глобусов»")."""
    if label:
        told = "".join(t.text_with_ws for t in label).strip()
        return [*words[: len(left) + 1], told, *words[len(left) + 1 :]]
    if counted and _quoted_whole(head.doc, left, head):
        named = " ".join(words[: len(left) + 1])
        return [f"«{named[:1].upper()}{named[1:]}»", *words[len(left) + 1 :]]
    return words


def _quoted_whole(doc: Doc, left: list[Token], head: Token) -> bool:
    """A counted noun and its adjectives are all a name in quotation marks holds."""
    first = left[0].i if left else head.i
    return (
        first > 0
        and head.i + 1 < len(doc)
        and doc[first - 1].text == "«"
        and doc[head.i + 1].text == "»"
    )


def _quoted_label(head: Token) -> list[Token]:
    """The name in quotation marks right after a counted noun of a prize (claim_words.tsv
    `award`) that says which they are ("двух премий «Оскар»", "трёх орденов «За заслуги»");
    a make or an owner after another noun ("машин «Вольво»") says none."""
    return _quoted_after(head) if head.lemma_ in _AWARDS else []


def _quoted_after(head: Token) -> list[Token]:
    """The marks and at most four words, none a number, in quotation marks right after
    `head`; [] where none follow."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].text != "«":
        return []
    close = next((k for k in range(head.i + 2, min(len(doc), head.i + 7)) if doc[k].text == "»"), 0)
    inside = list(doc[head.i + 2 : close]) if close else []
    if not inside or any(t.like_num or t.is_punct for t in inside):
        return []
    return list(doc[head.i + 1 : close + 1])


def left_modifiers(head: Token) -> list[Token]:
    """The adjectives and participles before a noun that agree with it, with an "и" between
    two of them ("экономических [и] торговых соглашений"); not "общий" nor the count."""
    doc = head.doc
    left: list[Token] = []
    i = head.i - 1
    while i >= 0 and (_modifier(doc[i]) and _agrees(doc[i], head) or _joins(doc, i, head, left)):
        if doc[i].lower_ not in _AND:
            if doc[i].lemma_ in _GENERIC_ADJ or _NUMBER_PART.match(doc[i].lower_):
                break  # "общий", or a number's second part ("54 [процентным] преимуществом")
            if doc[i].dep_.startswith("nummod"):
                break  # the count itself, tagged an adjective ("из [четырёх] бронемашин")
        left.insert(0, doc[i])
        i -= 1
    return left


def _joins(doc: Doc, i: int, head: Token, left: list[Token]) -> bool:
    """ "и"/"или" between two adjectives of one noun: "120 чилийских [и] перуанских компаний",
    "12 экономических [и] торговых соглашений"."""
    if not left or doc[i].lower_ not in _AND or i == 0 or doc[i].pos_ != "CCONJ":
        return False
    return _modifier(doc[i - 1]) and _agrees(doc[i - 1], head)


def _misread_genitive(t: Token) -> str:
    """The lemma of a genitive noun the tagger took for the verb of a clause whose own verb
    comes after it ("Экспорт [стали] из Турции вырос": сталь, not стать), "" for others: a
    verb with no predicate of its own, on which a later finite verb hangs."""
    if t.pos_ != "VERB" or any(c.dep_ in ("xcomp", "ccomp", "obj") for c in t.children):
        return ""
    if not any(c.dep_ in ("parataxis", "conj") and c.pos_ == "VERB" for c in t.rights):
        return ""
    noun = (p for p in morph().parse(t.lower_) if p.tag.POS == "NOUN" and p.tag.case == "gent")
    return next((p.normal_form for p in noun), "")


def _plural_subject(head: Token) -> bool:
    """A subject the tagger read in another case than the nominative, whose verb is in the
    plural, is a plural nominative: "[Поставки] нефти из Ирака выросли" (read as a genitive
    singular, "поставка"); a listed subject ("Экспорт и импорт выросли") is not."""
    verb = head.head
    if head.dep_ not in SUBJECTS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if "Nom" in head.morph.get("Case"):
        return False
    listed = any(c.dep_ == "conj" for c in head.children)
    return "Plur" in verb.morph.get("Number") and not listed


def _listing(words: str) -> str:
    """Words joined by spaces with a listing comma back on its word ("меди, никеля")."""
    return words.replace(" , ", ", ")


def _listed_genitive(ctx: Context, doc: Doc, j: int, right: list[Token]) -> int:
    """The index of a genitive noun that "и" or a comma at `j` lists with a genitive of the
    phrase ("экспорт никеля [и меди]", "поставки меди, [никеля] и [алюминия]", "объём
    поставок меди, [никеля] и [кобальта]"), 0 where none is; a name on either side is no
    goods ("товарооборот Египта и Турции")."""
    if doc[j].lower_ not in ("и", ","):
        return 0
    k = j + 1
    while k < len(doc) and _modifier(doc[k]):
        k += 1
    if k >= len(doc) or doc[k].pos_ != "NOUN" or doc[k].dep_ != "conj":
        return 0
    first = doc[k].head
    if first not in right or first.pos_ != "NOUN":
        return 0
    if "Gen" not in doc[k].morph.get("Case"):
        return 0
    named = (ctx.mentions_in(t.idx, t.idx + len(t)) for t in (first, doc[k]))
    return 0 if any(named) else k


def _without_names(ctx: Context, right: list[Token], whose: bool = False) -> list[Token]:
    """The words after a metric's noun without the names that end them: another mention's
    and a state's, which is the claim's, and the preposition left before it ("3 проекта [с]
    Чили"); with `whose`, the state that owns counted people stays (`_whose_people`)."""
    while right and _names_other(right[-1]):
        right = right[: right.index(right[-1].left_edge) if right[-1].left_edge in right else -1]
    while right and names_state(ctx, right[-1]) and not whose:
        right = right[:-1]
    while right and right[-1].pos_ == "ADP":
        right = right[:-1]
    return right


def _infinitive_complement(ctx: Context, head: Token, right: list[Token]) -> list[Token]:
    """The infinitive right after counted things that says what they were for ("двух
    неудачных попыток [вернуться в НХЛ]", "три попытки [вывезти оружие] в Перу"), cut as a
    restricting phrase is (`_ends_attribute`: at a state, a number, another verb)."""
    doc = head.doc
    at = (right[-1].i if right else head.i) + 1
    if at >= len(doc) or not is_infinitive(doc[at]) or doc[at].head not in (head, *right):
        return []
    words = list(doc[at : doc[at].right_edge.i + 1])
    cut = next((k for k, t in enumerate(words[1:], 1) if _ends_attribute(ctx, t)), len(words))
    kept = words[:cut]
    while kept[-1].pos_ in ("ADP", "ADJ", "DET"):
        kept.pop()  # "вывезти оружие [в] Перу": the state is the claim's
    return kept


def _attributes(
    ctx: Context,
    head: Token,
    right: list[Token],
    preps: frozenset[str] = _ATTRIBUTE_PREPS,
    start: int | None = None,
) -> list[Token]:
    """The prepositional phrases right after the words of counted things that restrict
    what is counted, as a reader names them ("магазины [от автоматического оружия]",
    "кандидаты [в космонавты]"): each hung on one of its nouns, cut where a number (the
    figure, its period), a mark, a verb or a conjunction begins another clause or item, at a
    frame noun ("в размере", "в год", "в ходе") or at a state, which is the claim's. `preps`
    and `start` narrow it for a measured noun: its purpose ("расходы Японии [на оборону]"),
    looked for after its owner."""
    doc, out = head.doc, list[Token]()
    nouns = {head.i, *(t.i for t in right if t.pos_ in ("NOUN", "PROPN"))}
    end = (right[-1].i if right else head.i) + 1 if start is None else start
    while end < len(doc) and len(out) < 6:
        prep, noun = doc[end], doc[end].head
        if not (
            prep.dep_ == "case" and prep.lemma_ in preps and noun.i > prep.i
            and noun.dep_ == "nmod" and noun.head.i in nouns and noun.pos_ in ("NOUN", "PROPN")
        ):  # fmt: skip
            break
        words = list(doc[prep.i : noun.right_edge.i + 1])
        cut = next((k for k, t in enumerate(words) if _ends_attribute(ctx, t)), len(words))
        if prep.i + cut <= noun.i:
            break
        kept = words[:cut]
        while kept[-1].pos_ in ("ADP", "ADJ", "DET"):
            kept.pop()  # "кредит на строительство моста [в] размере": the frame's own words
        out += [t for t in kept if not _no_metric_modifier(ctx, t)]
        nouns.add(noun.i)
        end = prep.i + cut
        if cut < len(words):
            break
    return out


def _no_metric_modifier(ctx: Context, t: Token) -> bool:
    """A modifier inside a restricting phrase that is no metric word: a state's adjective
    (the claim's state) or one holding a figure of its own ("в 630-местном парламенте")."""
    digits = t.pos_ == "ADJ" and any(ch.isdigit() for ch in t.text)
    return digits or (_modifier(t) and names_state(ctx, t))


def _ends_attribute(ctx: Context, t: Token) -> bool:
    """A word no restricting phrase of a metric holds (see `_attributes`)."""
    if t.is_punct or t.is_space or t.like_num or t.lemma_ in FRAMES or t.lemma_ in CALIBRES:
        return True
    if t.pos_ in ("NUM", "VERB", "AUX", "CCONJ", "SCONJ", "ADV"):
        return True
    return t.pos_ in ("NOUN", "PROPN") and names_state(ctx, t)


def _agrees(modifier: Token, noun: Token) -> bool:
    """An adjective of the noun: in its case, or after "два/три/четыре" in the nominative
    or accusative plural beside a genitive singular ("четыре [снайперские] винтовки"). An
    inanimate noun's nominative and accusative are one form, its adjective's too: the tagger
    may give them apart ("[Рабочие] места сократились", "[Зерновые] поставки") where the
    parse hangs the adjective on the noun; a verb it reads as one ("удвоят товарооборот")
    stays out."""
    case = modifier.morph.get("Case")
    if case == noun.morph.get("Case"):
        return True
    one_form = {*case, *noun.morph.get("Case")} <= {"Nom", "Acc"} and modifier.head == noun
    if one_form and "Anim" not in noun.morph.get("Animacy"):
        return bool(case) and modifier.morph.get("Number") == noun.morph.get("Number")
    paucal = "Gen" in noun.morph.get("Case") and "Sing" in noun.morph.get("Number")
    return paucal and "Plur" in modifier.morph.get("Number") and bool({"Nom", "Acc"} & set(case))


def _of_genitive(t: Token) -> bool:
    """A modifier of a genitive noun ("норвежских инвестиций"), not of a "с"-complement
    ("компании с российским капиталом" are a kind of company)."""
    return "Gen" in t.morph.get("Case") or "Gen" in t.head.morph.get("Case")


def _names_other(t: Token) -> bool:
    """A noun that names what its own complement says, left out with it: "пистолеты
    [калибра] 9 мм", "винчестеры [марки] X" are pistols and rifles; a number word after it
    counts the next noun ("объём торговли [двух] стран" is trade); a name in the dative is
    who receives it, no name of the noun ("объём кредитов Египту" is of credits)."""
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is None or (nxt.pos_ == "PROPN" and (recipient(nxt) or _doer(nxt))):
        return False
    return nxt.text[:1].isdigit() or (nxt.pos_ == "PROPN" and nxt.head == t)


def _whose_people(ctx: Context, head: Token) -> bool:
    """Counted people of a noun of belonging (claim_words.tsv `belonging`) a state's genitive
    right after them owns ("300 тысяч граждан Вьетнама", "жителей Чили"): the state says who
    they are, no noun without it; other people's state ("погибли 4 военнослужащих Чили"), a
    measure's ("товарооборот Чили"), one further down ("сотрудников посольства Чили") and
    states listed stay the claim's."""
    if head.lemma_ not in _BELONGING:
        return False
    doc, end = head.doc, head.i + 1
    while end < len(doc) and names_state(ctx, doc[end]):
        end += 1  # "граждан [Южной Кореи]"
    if end + 1 < len(doc) and doc[end].lower_ in _AND and names_state(ctx, doc[end + 1]):
        return False  # "короли Эстонии и Латвии": the states listed stay the claim's
    return is_animate(head) and any(
        t.head == head and "Gen" in features(t, "Case") for t in doc[head.i + 1 : end]
    )


def names_state(ctx: Context, t: Token) -> bool:
    """Whether a token is part of a State mention: states are a claim's states, not its metric."""
    return any(m.start <= t.idx < m.end for m in ctx.mentions if m.type == "State")


def nominative(t: Token, plural: bool, gender: str = "") -> str:
    """A noun or adjective put in the nominative, plural where the phrase is; a singular
    adjective in the `gender` of its noun, where one is given ("совместного фонда" →
    "совместный фонд": pymorphy3 reads the genitive a neuter first)."""
    parses = morph().parse(t.lower_)
    own = [p for p in parses if p.normal_form.replace("ё", "е") == t.lemma_]
    if not own and t.lemma_ == t.text:
        return t.text  # "тонн путассу": an indeclinable noun the lemmatizer keeps as written
    own = own or list(parses[:1])
    # the tagger's number and case pick among readings alike in spelling: "малины" a
    # genitive singular, not pymorphy3's likelier accusative plural (whose nominative
    # "малины" a genitive then read as the town's "малинов")
    read = {UD_NUMBER.get(n) for n in features(t, "Number")} | {
        UD_CASE.get(c) for c in features(t, "Case")
    }
    best = next((p for p in own if {p.tag.number, p.tag.case} <= read), own[0])
    tags = {"nomn", "plur"} if plural else {"nomn"}
    if gender and not plural and best.tag.POS in ("ADJF", "PRTF") and best.tag.number == "sing":
        tags = {"nomn", "sing", gender}
    if not plural and singular_only(t.lemma_):
        tags = {"nomn", "sing"}  # "продала пшеницы", read a plural: пшеница, never "пшеницы"
    fallback = best.inflect({"nomn"})
    word = _inflected_degree(best, tags, t.lower_) or (fallback.word if fallback else t.lower_)
    if len(t.text) > 1 and t.text.isupper():
        return t.text  # an abbreviation: "ВВП", "СПГ"
    opens = t.is_sent_start or (t.i > 0 and t.nbor(-1).text in (":", "«", '"', "—", "–"))
    proper = t.text[:1].isupper() and t.pos_ == "PROPN" and not opens  # "В.Путин: Товарооборот"
    return word[:1].upper() + word[1:] if proper else word


def _inflected_degree(reading: Parse, grammemes: set[str], word: str) -> str | None:
    """`reading` put in `grammemes`, a superlative kept on its own stem: pymorphy3 files
    "лучших" and "высших" under "хороший", "высокий", whose first superlatives are
    "наихорошие", "высочайшие"; the form nearest the written word is "лучшие", "высшие",
    in the number and gender of pymorphy3's own form ("новейшую технику" → новейшая)."""
    form = reading.inflect(grammemes)
    if form is None or "Supr" not in reading.tag.grammemes:
        return form.word if form is not None else None
    kept = {g for g in (form.tag.number, form.tag.gender) if g}
    return closest_form(word, reading, grammemes | kept | {"Supr"}) or form.word


def genitive_name(name: str, case: str = "gent") -> str:
    """A metric name in the genitive (or `case`), for "рост товарооборота"."""
    out: list[str] = []
    words = name.split()
    for i, w in enumerate(words):
        if len(w) > 1 and w.isupper():
            return " ".join(out + words[i:])  # an abbreviation heads it: "рост ВВП"
        # the nominative reading, in its number: "закупки" → "закупок", not "закупки"; an
        # adjective's before a noun of its number ("военные расходы" → "военных расходов")
        listed = w.endswith(",") or (i + 1 < len(words) and words[i + 1] in ("и", "или"))
        w = w.rstrip(",")  # "медь, никель": the listing comma stays on the word
        readings = [p for p in morph().parse(w) if p.tag.case == "nomn"]
        if readings and all(_guessed_adjective(p) for p in readings):
            return " ".join(out + words[i:])  # a foreign name the dictionary only guesses at
        attribute = i + 1 < len(words) and morph().qualifies(w, words[i + 1])
        adjective = next((p for p in readings if p.tag.POS == "ADJF"), None) if attribute else None
        p = adjective or (readings[0] if readings else None)
        form = p.inflect({case, p.tag.number}) if p is not None and p.tag.number else None
        form = form or (p.inflect({case}) if p is not None else None)
        out.append((form.word if form else w) + words[i][len(w) :])
        if p is not None and p.tag.POS == "NOUN" and listed:
            # goods listed by a comma or "и" are each in the nominative: "медь, никель и кобальт"
            rest = words[i + 1 :]
            joined = rest[:1] if rest[:1] in (["и"], ["или"]) else []
            return " ".join([*out, *joined, genitive_name(" ".join(rest[len(joined) :]), case)])
        if p is not None and p.tag.POS == "NOUN":
            return " ".join(out + words[i + 1 :])  # the words after the head are genitive
    return " ".join(out)


_ADJECTIVE_END = re.compile(r"(?:[ыио]й|[ая]я|[ое]е|[ыи]е)$")


def _guessed_adjective(p) -> bool:  # noqa: ANN001 - a pymorphy3 Parse (kg.nlp.morph's)
    """An adjective reading the dictionary does not know, of a word with no adjective's
    ending: a foreign name's guess, which stays as written with the words after it
    ("Пхыа Тхаи" is no "Пхыой Тхай")."""
    adjective = p.tag.POS in ("ADJF", "ADJS", "PRTF")
    return adjective and not p.is_known and _ADJECTIVE_END.search(p.word) is None


def nominal(t: Token) -> bool:
    """A noun, also where the tagger calls it otherwise: a capitalised "Товарооборот" may be
    PROPN, a sentence-initial "Протяжённость" ADJ (it heads the clause, no amod), or a word
    pymorphy3 knows only as a noun the parse hangs as an amod ("Грузооборот[amod] портов")."""
    return t.pos_ in ("NOUN", "PROPN") or (
        t.pos_ == "ADJ" and (t.dep_ != "amod" or _tagged_adjective(t))
    )


def quoted_units(ctx: Context, found: list[Quantity]) -> list[Quantity]:
    """`found` with a bare count whose things a name in quotation marks right after it names
    ("а также двух «Золотых глобусов»") counting that name's noun, as "двух премий" counts
    премия; a count before a quoted name that is no noun of its ("в 2 «А» классе") stays."""
    out: list[Quantity] = []
    for q in found:
        span = ctx.doc.char_span(q.start, q.end, alignment_mode="expand") if not q.unit else None
        last = span[-1] if span is not None and len(span) else None
        label = _quoted_after(last) if last is not None else []
        nouns = [t for t in label if t.pos_ == "NOUN" and "Gen" in t.morph.get("Case")]
        if (
            last is None
            or not nouns
            or last.i not in (nouns[-1].head.i, nouns[-1].i)
            and (last.head.i != nouns[-1].i)
        ):
            out.append(q)
            continue
        end = label[-1].idx + 1
        text = ctx.document.text
        out.append(replace(q, end=end, text=text[q.start : end], unit=nouns[-1].lemma_))
    return out
