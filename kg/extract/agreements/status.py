"""What a sentence says happened to an agreement: signed, planned, negotiating or mentioned.

The status comes from the predicate that governs the agreement's head noun
(a participle or relative clause on it, its ancestors up to a clause boundary,
else a signing verb right before it):
- signing verbs in the past or present ("подписали", "был подписан",
  "подписываем"), ratification ("ратифицировал", "закон о ратификации"), entry into
  force, an arrangement reached ("достигли договорённости", "была достигнута
  договорённость") and a paper adopted as a verb's object ("приняли совместное
  заявление", "утвердили программу") are "signed" (ratification implies signature);
- the future ("будет подписан", "подпишут"), an infinitive under a verb of
  intention ("планируется подписать", "намерены подписать") and the noun
  "подписание" under a future verb ("станет подписание") are "planned";
- preparation and talks ("готовят", "прорабатываются", "ведутся переговоры о …",
  "близки к подписанию") are "negotiating";
- a negated or refused predicate ("отказалась от подписания") and anything else is
  "mentioned", except that a paper still
  unsigned by its own words is "negotiating" ("предварительная договорённость") or
  "planned" ("проект договора", "черновой проект нового договора").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agreements.title_ends import meant_for, puts_signatures
from kg.extract.agreements.title_words import (
    FORCE_ENTRY,
    INSTEAD,
    LAW_ACTS,
    STATUS_WORDS,
    kinds,
)
from kg.lexicon import load_groups
from kg.nlp.clauses import contrast_between, later_subject, stray_subject
from kg.nlp.deps import (
    first_noun_conjunct,
    fixed_preposition,
    negated,
    preposition,
    subjunctive,
)
from kg.nlp.morph import case_of, features, is_finite, is_infinitive, is_past_form, is_plural

_WORDS = load_groups(STATUS_WORDS)
SIGN = _WORDS["sign"]
RATIFY = frozenset(["ратифицировать", "ратифицироваться", "ратификация"])
_NEGOTIATE = _WORDS["negotiate"]
DISCUSS = frozenset({"обсудить", "обсуждать", "обсуждаться"})  # talks about it, no more
_REACH = _WORDS["reach"]  # "достигли договорённости": concluded, as a signature is
_EXCHANGE = _WORDS["exchange"]  # "обменялись меморандумами": signed
_EXCHANGE_NOUN = "обмен"  # "провели обмен нотами": signed, as "подписание" is
_ARRIVE = _WORDS["arrive"]  # "пришли к соглашению": reached
_AGREE_ON = frozenset(["договориться", "условиться", "согласиться"])  # "… о подписании"
_REFUSE = _WORDS["refuse"]  # "отказалась от подписания", "отказался подписать"
ADOPT = _WORDS["adopt"]  # "приняли декларацию", "утвердили программу"
_PLAN = _WORDS["plan"]  # "подписание запланировано", "ожидается подписание"
_LEAVE = _WORDS["leave"]  # "вышли из договора", "денонсировала договор"
_BREAK_OFF = frozenset(["прервать", "прерывать", "заморозить", "замораживать", "свернуть"])
# Words of leaving that, said of talks, carry them on: "возобновили / продлили переговоры о …"
_GO_ON = frozenset(["возобновить", "возобновлять", "возобновление", "продлить", "продлевать",
                    "продление", "присоединиться", "присоединяться", "присоединение"])  # fmt: skip
DECIDE = _WORDS["decide"]  # "объявила о выходе из договора": the subject leaves it
AGREE_TO = DECIDE | _AGREE_ON  # "условились в 2024 году подписать": the deciding's date
_THREATEN = _WORDS["threaten"]  # "пригрозил выйти из договора": the subject is in it
_CARRY = _WORDS["carry"]  # "выполнение соглашения": an agreement in force, mentioned
KEEP = _WORDS["keep"]  # "выполняют соглашение … с Египтом": the pair keeping it is in it
_BIND = _WORDS["bind"]  # "наши страны связывает договор": those it binds are in it
_HAVE = _WORDS["have"]  # "X и Y имеют соглашение о …": those who have one paper are in it
_REPLACE = _WORDS["replace"]  # "соглашение, заменившее договор": the older paper, mentioned
_FRAME = _WORDS["frame"]  # "подписали протокол в рамках соглашения": the frame, mentioned
_FRAME_PHRASES = frozenset((p, w) for w in _FRAME for p in ("в", "на"))  # "в соответствии с"
_PAY = _WORDS["pay"]  # "выплатит … по мировому соглашению": a settlement reached
_DUE = _WORDS["due"]  # "соглашение должно быть подписано": planned
_READY = _WORDS["ready"]  # "соглашение будет готово к подписанию": planned
MANAGE = _WORDS["manage"]  # "удалось подписать", "не смогли договориться"
LET = _WORDS["let"]  # "не дает двум странам заключить": the dative concludes it
_BOUNDARY = {"ccomp", "parataxis", "advcl", "acl:relcl", "csubj", "root"}
_PRELIMINARY = frozenset(["предварительный"])
_DRAFT = frozenset(["проект", "черновик", "набросок"])
_YET = frozenset(["пока", "ещё", "еще"])  # "пока не подписали": not yet
_INTEND = frozenset(["намереваться", "собираться", "думать"])  # "не собираются подписывать"
RANK = {"signed": 0, "negotiating": 1, "planned": 2, "mentioned": 3}


def signs(t: Token) -> bool:
    """A signing word: "подписали", "заключили", a verb of putting signatures ("скрепили
    подписями", which the tagger often reads as an adjective; "поставили подписи под
    соглашением"), or of exchanging papers it names ("обменялись меморандумами", "обменялись
    документами, подписанными по итогам переговоров"; not "обменялись мнениями о
    соглашении", nor "обменялись документами с замечаниями к проекту": papers of no kind are
    signed ones only where a participle says so)."""
    if t.lemma_ in SIGN:
        return True
    if t.lemma_ in _EXCHANGE:
        papers = (c for c in t.children if c.dep_ in ("obj", "obl"))
        return any(c.lemma_ in kinds() or c.lemma_ == "документ" and _signed(c) for c in papers)
    return puts_signatures(t)


def _signed(paper: Token) -> bool:
    """Papers a participle of signing qualifies ("документами, подписанными …")."""
    return any(x.dep_ in ("acl", "amod") and x.lemma_ in SIGN for x in paper.children)


def _reaches(t: Token) -> bool:
    """ "достигли соглашения", and "пришли к соглашению" of the paper after "к" only (not
    "пришли к обсуждению соглашения")."""
    if t.lemma_ in _ARRIVE:
        return any(c.lemma_ in kinds() and preposition(c) == "к" for c in t.children)
    return t.lemma_ in _REACH


def future(t: Token) -> bool:
    """A verb in the future tense, itself or by its auxiliary ("подпишут", "будут подписывать")."""
    if "Fut" in t.morph.get("Tense"):
        return True
    return any(
        c.dep_.startswith("aux") and ("Fut" in c.morph.get("Tense") or c.lower_.startswith("буд"))
        for c in t.children
    )


def _is_predicate(t: Token) -> bool:
    if t.lemma_ in FORCE_ENTRY:
        return any(c.lemma_ == "сила" for c in t.children) or "сила" in (
            x.lemma_ for x in t.doc[t.i + 1 : t.i + 4]
        )
    return signs(t) or t.lemma_ in RATIFY or t.lemma_ in _NEGOTIATE or _reaches(t)


# initialling a paper, a step of concluding it that agrees its text and signs nothing
INITIALLING = frozenset({"парафировать", "парафирование"})


def initialled(head: Token, title: list[Token]) -> bool:
    """Whether the sentence tells the paper `head` heads initialled ("Армения и Азербайджан
    парафировали текст мирного соглашения", "парафирование соглашения о границе")."""
    said = predicate(head, title)
    return said is not None and said.lemma_ in INITIALLING


def predicate(head: Token, title: list[Token]) -> Token | None:
    """The word that says what happened to the agreement whose head noun is `head`
    (a participle or relative clause may hang on any word of its `title`)."""
    for t in title:
        for c in t.children:
            if c.dep_ in ("acl", "acl:relcl") and _is_predicate(c):
                return _signed_over_clause(head, c) or _discussed_in_force(head, c) or c
    if (part := _participle_on_side(head, title)) is not None:
        return part
    after = _after_title(title[-1] if title else head)
    if after is not None and not _through_an_act(head, after):
        return _signed_by_main(head, after) or after
    # talks right before the paper, or the infinitive a paper placed first is meant for
    # ("Соглашение … стороны намерены подписать"), not the verb of intention over it
    if (talks := _talks_right_before(head) or _meant_before(head)) is not None:
        return talks
    if (before := verb_across_contrast(head)) is not None:
        return before if _is_predicate(before) else None
    if (main := stray_subject(head)) is not None:  # "Договор так и не вступил в силу, хотя
        return main if _is_predicate(main) else None  # другой был подписан": not the later verb
    if (verb := later_subject(head)) is not None:  # "…, хотя соглашение было подписано": the
        return verb if _is_predicate(verb) else None  # later verb, not the one before
    t = head
    for _ in range(4):
        boundary = t.dep_.lower() in _BOUNDARY and (t.i != head.i or t.dep_ == "parataxis")
        if t.head.i == t.i or boundary:  # a head in parataxis is no verb's argument
            break
        if preposition(t) in INSTEAD or framed(t):  # "подписали соглашение вместо договора",
            return None  # "… протокол в рамках соглашения": not it
        t = t.head
        if (said := _predicate_at(t)) is not None:
            return said
        if t.lemma_ in _CARRY or t.lemma_ in _REPLACE:  # "обсудили выполнение соглашения",
            return None  # "соглашение, заменившее договор": it exists, nobody concludes it
    return _talks_over(head) or _verb_right_before(head) or _exchange_of(head)


def _predicate_at(t: Token) -> Token | None:
    """`t` where it is a predicate; else the signing it tells the paper due for ("Соглашение
    должно быть подписано в июне": the participle under "должно")."""
    return t if _is_predicate(t) else _due_for(t) or _ready_for(t)


def _due_for(t: Token) -> Token | None:
    """The signing or ratifying a paper, the subject of "должен", is due for ("Соглашение
    должно быть подписано в июне": the participle the adjective governs, no predicate of the
    paper by the parse's heads); not "должно вступить в силу", a paper concluded.
    Fifty-sixth pass (h-agreements58)."""
    if t.lemma_ not in _DUE:
        return None
    concluding = (c for c in t.children if signs(c) or c.lemma_ in RATIFY)
    return next((c for c in concluding if c.dep_ == "xcomp"), None)


def _ready_for(t: Token) -> Token | None:
    """The signing a paper, the subject of "готов", is ready for ("Соглашение будет готово к
    подписанию летом": the noun after "к", which the parse hangs on the adjective, not on
    the paper). Fifty-ninth pass (h-agreements66)."""
    if t.lemma_ not in _READY:
        return None
    return next((c for c in t.children if signs(c) and preposition(c) == "к"), None)


def _due_status(due: Token) -> str:
    """A paper due to be signed ("должно быть подписано", "стороны должны подписать") is
    planned; one that was due ("должно было быть подписано ещё в прошлом году, но …"), or is
    not ("не должны подписывать"), is no plan: mentioned."""
    return "mentioned" if _was_due(due) or negated(due) else "planned"


def _was_due(due: Token) -> bool:
    """ "должен" with a past copula ("должны были", "должно было быть"): a plan of the past."""
    return any(c.dep_ in ("cop", "aux") and is_past_form(c) for c in due.children)


def overdue(verb: Token) -> bool:
    """A signing that was due ("Вьетнам и Лаос должны были подписать меморандум ещё в
    прошлом году"): the text tells it neither done nor ahead, so it is no signing event,
    planned or held, as its paper is only mentioned. Fifty-seventh pass (h-agreements61)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in _DUE and _was_due(verb.head)


def act_on_a_paper(t: Token) -> bool:
    """A noun of an act on a paper that exists: its entry into force, ratification, leaving
    or ending ("вступление договора в силу", "ратификация договора", "денонсация договора",
    "выход из соглашения")."""
    return t.pos_ == "NOUN" and (t.lemma_ in FORCE_ENTRY or t.lemma_ in RATIFY | _LEAVE)


def framed(t: Token) -> bool:
    """A paper another act is done under: "в рамках соглашения", "в соответствии с
    договором", "на основе соглашения", "согласно договору"."""
    if preposition(t) in _FRAME or fixed_preposition(t, _FRAME_PHRASES):
        return True
    frame = t.head
    return t.dep_ == "nmod" and frame.lemma_ in _FRAME and preposition(frame) in ("в", "на")


# The words between a verb and the paper it takes: "подписали новое важное соглашение"
_BEFORE_A_PAPER = frozenset({"ADJ", "DET", "ADV", "NUM", "PRON"})


def verb_across_contrast(head: Token) -> Token | None:
    """The verb right before a paper the parse makes the object of a verb across ", а"/", но"
    and a clause with a verb of its own ("Президенты … подписали соглашение о торговле, но
    министры … обсудили протокол": "соглашение" under "обсудили", or "протокол" under
    "подписали"): the paper is the verb's right before it, whatever that verb tells; else
    None."""
    verb, doc = head.head, head.doc
    if head.dep_ != "obj" or not contrast_between(head, verb):
        return None
    i = head.i - 1
    while i > head.sent.start and doc[i].pos_ in _BEFORE_A_PAPER:
        i -= 1
    return doc[i] if doc[i].pos_ == "VERB" else None


def object_across_contrast(verb: Token) -> Token | None:
    """The word right after `verb` whose verb is `verb` by `verb_across_contrast`, though
    the parse hangs it on the verb across the contrast; else None."""
    doc, i = verb.doc, verb.i + 1
    while i < verb.sent.end - 1 and doc[i].pos_ in _BEFORE_A_PAPER:
        i += 1
    return doc[i] if i < verb.sent.end and verb_across_contrast(doc[i]) == verb else None


def _meant_before(head: Token) -> Token | None:
    """The concluding infinitive a paper placed first is the object of, where the parse makes
    the paper the subject or object of the verb that governs it ("Соглашение о газе стороны
    намерены / отказались подписать", "Договор … планируют ратифицировать"): the infinitive
    has no object of its own and the paper is not that verb's subject (the verb has another,
    or is plural to a singular paper: "Соглашение позволит подписать" has none). Fifty-fifth
    pass, h-agreements55."""
    verb = head.head
    if head.dep_ not in ("nsubj", "obj") or verb.i <= head.i:
        return None
    others = any(c.dep_ == "nsubj" and c.i != head.i for c in verb.children)
    plural_to_one = is_plural(verb) and not is_plural(head)
    if head.dep_ == "nsubj" and not (others or plural_to_one):
        return None
    return next((c for c in meant_for(verb, head) if _concludes(c)), None)


def _verb_right_before(head: Token) -> Token | None:
    """A signing verb right before the paper's modifiers, which the parse hangs elsewhere."""
    i = head.i - 1
    while i >= head.sent.start and head.doc[i].pos_ in _BEFORE_A_PAPER:
        i -= 1
    if i >= head.sent.start and _is_predicate(head.doc[i]) and head.doc[i].pos_ == "VERB":
        return head.doc[i]
    return None


def _exchange_of(head: Token) -> Token | None:
    """The noun of exchanging the papers `head` heads are exchanged by, where no word over
    them says what happened to them: the noun over them ("состоялся обмен нотами о …"), or
    the one right before them the parse hangs beside them on the verb over both ("провели
    обмен нотами о …": "нотами" under "провели"); their signing, its status the tense of the
    verb over it, as under "подписание" (`_noun_status`); only papers in the bare
    instrumental, what is exchanged (not "обмен мнениями о соглашении"). Sixty-third pass
    (h-agreements78)."""
    if case_of(head) != "Ins" or preposition(head):
        return None
    if head.head.lemma_ == _EXCHANGE_NOUN and head.dep_ == "nmod":
        return head.head
    i = head.i - 1
    while i > head.sent.start and head.doc[i].pos_ == "ADJ":
        i -= 1  # "обмен дипломатическими нотами"
    before = head.doc[max(i, head.sent.start)]
    if before.i == head.i or before.lemma_ != _EXCHANGE_NOUN or before.pos_ != "NOUN":
        return None
    return before if before.head.i == head.head.i != before.i else None


def _participle_on_side(head: Token, title: list[Token]) -> Token | None:
    """A participle the parse hangs on the paper's "с"-side whose case is the paper's, not
    the side's ("из соглашения о рыболовстве с Сенегалом, заключённого в 2020 году")."""
    sides = (c for t in title for c in t.children if c.dep_ == "nmod" and preposition(c) == "с")
    return next((p for side in sides for p in side.children
                 if p.dep_ == "acl" and _is_predicate(p)
                 and case_of(p) == case_of(head) != case_of(side)),
                None)  # fmt: skip


def _talks_over(head: Token) -> Token | None:
    """The talks a paper is about where the parse hangs its "о"/"по" on the talks' verb
    ("Переговоры Чили и Перу о соглашении зашли в тупик": "о соглашении" on "зашли")."""
    verb = head.head
    if verb.pos_ != "VERB" or preposition(head) not in _TALKS_PREPS:
        return None
    talks = (c for c in verb.children if c.dep_ == "nsubj" and c.i < head.i and talks_noun(c))
    return next(talks, None)


_TALKS_PREPS = frozenset({"о", "об", "по"})


def _talks_right_before(head: Token) -> Token | None:
    """A noun of talks right before the paper's "о"/"по" ("договорились о начале переговоров
    о соглашении о …", "переговоров по новому соглашению"): what the talks are about, though
    the parse often hangs the paper on an earlier paper or verb, whose signing it is not."""
    doc, start = head.doc, head.sent.start
    i = head.i - 1
    while i > start and doc[i].pos_ in ("ADJ", "DET"):
        i -= 1  # "о новом соглашении"
    if i <= start or doc[i].lower_ not in _TALKS_PREPS or not talks_noun(doc[i - 1]):
        return None
    return doc[i - 1]


def adopting(head: Token) -> Token | None:
    """The verb that adopts or approves the agreement as its direct object ("приняли
    совместное заявление", "утвердили программу сотрудничества", "Сенат одобрил соглашение"),
    which concludes it as a signature does; only as its object, since "принять" governs much
    else ("приняли решение выйти из договора"); or as the subject of its passive ("По итогам
    встречи принято совместное заявление", "была принята декларация"); a paper coordinated
    with that object is adopted too ("утвердили программу сотрудничества … и «дорожную карту»
    по …", sixty-second pass, h-agreements73)."""
    paper = first_noun_conjunct(head)
    verb = paper.head
    passive = paper.dep_ == "nsubj:pass" and "Pass" in features(verb, "Voice")
    if (paper.dep_ == "obj" or passive) and verb.lemma_ in ADOPT and verb.pos_ == "VERB":
        # "принято к сведению", "к рассмотрению": taken note of, not adopted
        return None if any(preposition(c) == "к" for c in verb.children) else verb
    return None


def carrying_out(head: Token) -> Token | None:
    """The verb whose subject carries out, keeps, upholds or breaks the agreement ("Норвегия и
    Дания обсудили выполнение соглашения", "ход реализации договора", "подтвердили
    приверженность соглашению"): the states that do are its parties where they are two."""
    t, carried = head, False
    for _ in range(3):
        if t.head.pos_ == "VERB":
            return t.head if carried and t.dep_ in ("obj", "obl") else None
        if t.dep_ not in ("nmod", "iobj") or t.head.pos_ != "NOUN":
            return None  # "выполнение соглашения", "приверженность соглашению"
        t = t.head
        carried = carried or t.lemma_ in _CARRY
    return None


def binding(head: Token) -> Token | None:
    """The verb by which the agreement binds the states it takes ("Японию и Индию связывает
    соглашение …", "Договор связывает Чили и Перу", "Чили и Перу связывают соглашения о …"),
    or by which they are bound with it ("Чили и Перу связаны договором о …"): those are its
    parties. Only where the paper is its subject, which the parse does not tell: the verb in
    the paper's number, singular or plural ("Чили и Перу связывают соглашение": the states
    link it), and no "с" (states that link a paper with something: "связывают соглашение о
    торговле с защитой лесов"). Not a negated verb ("не связывает никакой договор": no paper
    between them). Keeping or breaking a paper is no such sign: a guarantor keeps it, a
    non-party may break its rule."""
    verb = head.head
    if verb.lemma_ not in _BIND | _HAVE or negated(verb):
        return None
    linked = [*head.subtree, *verb.children]
    if any(preposition(t) == "с" and case_of(t) != "Gen" for t in linked):
        return None  # "с защитой лесов" links it with something; "с 1995 года" is a time
    if verb.lemma_ in _HAVE:  # "X и Y имеют соглашение", "у X и Y есть договор": one paper
        return verb if head.dep_ in ("obj", "nsubj") and not is_plural(head) else None
    if head.dep_ == "obl" and _bound_by(verb, head):
        return verb
    if head.dep_ not in ("obj", "nsubj") or not is_finite(verb):
        return None
    return verb if ("Plur" in features(verb, "Number")) == is_plural(head) else None


def _bound_by(verb: Token, head: Token) -> bool:
    """The paper the bare instrumental of a short passive ("связаны договором"): what binds
    its subject."""
    short = "Short" in features(verb, "Variant") and "Pass" in features(verb, "Voice")
    return short and case_of(head) == "Ins" and not preposition(head)


def leaving(head: Token) -> Token | None:
    """The verb by which its subject leaves, suspends or ends the agreement ("США вышли из
    договора", "Россия денонсировала договор", "приостановила действие соглашения"), or
    decides to ("договорились о возобновлении действия соглашения", "объявила о выходе из
    договора"): only a party can, so the subject is one, though the agreement itself stays
    mentioned. A
    negated or infinitive verb ("призвала не выходить", "призвала выйти") says nothing
    of who is party."""
    t = head
    if t.dep_ == "nmod" and t.head.lemma_ in ("действие", "участие"):  # "действие соглашения",
        t = t.head  # "приостановила участие в договоре"
    if t.dep_ == "nmod" and t.head.lemma_ in _LEAVE and t.head.head.lemma_ in DECIDE:
        t = t.head  # "договорились о возобновлении действия соглашения": the deciders
        verb = t.head
        return None if negated(verb) or is_infinitive(verb) else verb
    verb = t.head
    if t.dep_ not in ("obj", "obl") or verb.lemma_ not in _LEAVE or verb.pos_ != "VERB":
        return None
    if negated(verb) or is_infinitive(verb):
        return None
    return verb


def leaving_meant(head: Token) -> Token | None:
    """The verb whose subject decides, means or threatens to leave, suspend or end the
    agreement ("Египет пригрозил выйти из декларации", "решила расторгнуть договор", "намерен
    выйти из соглашения"): only a party can, so that subject is one, though nobody has left
    it yet. Not one who urges another to ("призвала Чили выйти": no such verb), one who
    means to go on with it ("договорились продлить соглашение": mediators may, and one who
    joins is not in it yet), nor a negated verb."""
    t = head
    if t.dep_ == "nmod" and t.head.lemma_ in ("действие", "участие"):  # "действие соглашения"
        t = t.head
    verb, controller = t.head, t.head.head
    if t.dep_ not in ("obj", "obl") or verb.lemma_ not in _LEAVE - _GO_ON:
        return None
    if not is_infinitive(verb) or verb.dep_ != "xcomp":
        return None
    if controller.lemma_ not in DECIDE | _INTEND | _THREATEN:
        return None
    return None if negated(verb) or negated(controller) else controller


def left_by_noun(head: Token) -> bool:
    """Whether a noun of leaving governs the agreement ("одобрил выход страны из соглашения",
    "Выход Мали из соглашения … вступил в силу", "денонсация договора"): the verb over that
    noun approves or enacts the leaving, never the paper, which stays mentioned."""
    t = head
    if t.dep_ == "nmod" and t.head.lemma_ in ("действие", "участие"):  # "приостановление
        t = t.head  # действия соглашения"
    if any(c.dep_ == "amod" and c.pos_ == "NOUN" and c.lemma_ in _LEAVE for c in t.children):
        return True  # "одобрил денонсацию договора", the noun hung on the paper as its adjective
    return t.dep_ in ("nmod", "obl") and t.head.pos_ == "NOUN" and t.head.lemma_ in _LEAVE


def _after_title(last: Token) -> Token | None:
    """ "договор …, заключённый в Москве" / "соглашение, которое подписали" / "…, под которым
    подписались": a participle or relative clause right after the title, which the parser
    may hang elsewhere. A finite verb after the comma with no "который" opens a clause of its
    own ("обсудили ход работы над соглашением о торговле, подписали меморандум о …": the
    memorandum's signing, not the agreement's; sixtieth pass, h-agreements67)."""
    doc, k = last.doc, last.i + 1
    end = last.sent.end
    while k < end and (doc[k].is_space or doc[k].text == ","):
        k += 1
    if k + 1 < end and doc[k].lower_ == "под" and doc[k + 1].lemma_ == "который":
        k += 1  # "договор, под которым подписались Эфиопия и Судан" (h-agreements38)
    relative = k < end and doc[k].lemma_ == "который"
    if relative:
        if (verb := _relative_signing(doc[k])) is not None:
            return verb
        k += 1
        while k < end and (doc[k].is_space or doc[k].pos_ == "AUX"):
            k += 1
    verbal = k < end and (doc[k].pos_ == "VERB" or puts_signatures(doc[k]))  # "скрепили": ADJ
    if verbal and (relative or not is_finite(doc[k])) and _is_predicate(doc[k]):
        return doc[k]
    return None


def _relative_signing(which: Token) -> Token | None:
    """The signing verb of a relative clause whose own subject stands between it and the
    pronoun ("соглашение, которое Вьетнам и Камбоджа подписали в 2019 году"): its sides and
    date are the paper's, whatever verb governs the title."""
    verb = which.head
    if which.dep_ == "nsubj" and (meant := _meant_signing(which)) is not None:
        verb = meant  # "договор, который Эфиопия и Судан намерены подписать"
    elif which.dep_ != "obj":
        return None
    if verb.i <= which.i or verb.pos_ != "VERB" or not _concludes(verb):
        return None
    return None if negated(verb) else verb


def _signed_by_main(head: Token, after: Token) -> Token | None:
    """The main verb that signs or ratifies the paper as its object where the relative
    clause after the title only means to ("Египет подписал договор, который собирается
    ратифицировать Эфиопия"): what was done outranks what another means to do. None where
    the clause's own verb is finite (its date and sides are the paper's) or the main verb is
    negated."""
    verb = head.head
    if not is_infinitive(after) or head.dep_ != "obj" or verb.i >= head.i:
        return None
    return verb if verb.pos_ == "VERB" and _concludes(verb) and not negated(verb) else None


def _signed_over_clause(head: Token, clause: Token) -> Token | None:
    """The main verb that signs or ratifies the paper as its object where the relative clause
    after the title tells another's signing as not done ("Египет подписал договор о водах,
    который пока не подписала Эфиопия"): the signing done outranks it, as it does one meant
    (`_signed_by_main`; fifty-first pass, h-agreements40); so it does a clause of the paper's
    entry into force, a later act whose date is not the signing's ("в 2024 году стороны
    подписали Соглашение о …, которое вступило в силу в сентябре 2025 года": signed in 2024;
    sixty-third pass, h-agreements79). None for any other clause."""
    later = clause.lemma_ in FORCE_ENTRY
    if clause.dep_ != "acl:relcl" or not (negated(clause) or later) or head.dep_ != "obj":
        return None
    verb = head.head
    if verb.i >= head.i or verb.pos_ != "VERB" or negated(verb):
        return None
    return verb if _concludes(verb) else None


def in_force(title: list[Token]) -> bool:
    """Whether a relative clause on the paper tells it already in force ("соглашение …,
    которое вступило в силу в 2020 году", on any word of its `title`, as `predicate` finds
    it): a paper concluded before the report; not one that will be ("…, которое вступит в
    силу в январе": signed, its entry ahead)."""
    return any(_force_clause(c) for t in title for c in t.children)


def _force_clause(clause: Token) -> bool:
    """A relative clause of a past entry into force ("которое вступило в силу")."""
    told = clause.dep_ == "acl:relcl" and clause.lemma_ in FORCE_ENTRY
    return told and not future(clause) and not negated(clause)


def _discussed_in_force(head: Token, clause: Token) -> Token | None:
    """The main verb that only discusses the paper a relative clause tells in force
    ("Министры обсудили соглашение о свободной торговле, которое вступило в силу в 2020
    году"): the sentence's act on the paper is talk about one concluded before, which the
    clause's entry does not make signed then (sixty-fourth pass, h-agreements80); None for
    any other clause or verb."""
    verb = head.head
    if not _force_clause(clause) or head.dep_ not in ("obj", "nsubj", "nsubj:pass"):
        return None
    return verb if verb.lemma_ in DISCUSS and not negated(verb) else None


def _concludes(verb: Token) -> bool:
    """A verb of a relative clause that concludes the paper: a signing one, or a ratifying
    one ("договор, который собираются ратифицировать Эфиопия и Судан"; h-agreements39)."""
    return signs(verb) or verb.lemma_ in RATIFY


def _meant_signing(which: Token) -> Token | None:
    """The signing infinitive of a relative clause of intent whose pronoun the parse makes a
    second subject ("договор, который Эфиопия и Судан намерены / готовы подписать"): its
    object; the clause's named subject means to sign. Fiftieth pass, h-agreements36."""
    intent = which.head
    if not any(c.dep_ == "nsubj" and c.i != which.i for c in intent.children):
        return None
    signing = (c for c in intent.children if c.dep_ == "xcomp" and is_infinitive(c))
    return next(
        (c for c in signing if _concludes(c) and not any(x.dep_ == "obj" for x in c.children)),
        None,
    )


def _through_an_act(head: Token, verb: Token) -> bool:
    """Whether the parse hangs the agreement on `verb` through a law or decree ("Закон о
    ратификации соглашения … подписал президент": he signs the law, not the agreement)."""
    t = head
    for _ in range(4):
        if t.head.i == t.i or t.head.i == verb.i:
            break
        t = t.head
        if t.lemma_ in LAW_ACTS:
            return True
    return False


def paid_under(head: Token) -> Token | None:
    """The verb of paying a sum under the paper ("Компания Apple выплатит компании Masimo 300
    млн долларов по мировому соглашению"), else None: its payer and payee are the paper's
    sides; not a negated one ("не выплатила по соглашению")."""
    verb = head.head
    if preposition(head) != "по" or verb.lemma_ not in _PAY or verb.pos_ != "VERB":
        return None
    return None if negated(verb) else verb


def status_of(pred: Token | None) -> str:
    """The status a predicate gives its agreement."""
    if pred is None or weighed(pred):
        return "mentioned"
    if negated(pred):  # "такое соглашение пока не обсуждается": not negotiated either
        return "negotiating" if signs(pred) and _not_yet(pred) else "mentioned"
    if pred.lemma_ in _NEGOTIATE:
        # "вышла из переговоров по соглашению", "прервали переговоры о …": no longer
        # ("возобновили переговоры о соглашении" go on: negotiating)
        left = pred.head.lemma_ in _LEAVE - _GO_ON or pred.head.lemma_ in _BREAK_OFF
        return "mentioned" if left else "negotiating"
    if pred.dep_ == "obl" and pred.head.lemma_ in _READY:
        return _due_status(pred.head)  # "готово к подписанию": ahead, as "должно быть" is
    if pred.pos_ in ("NOUN", "PROPN"):
        return _noun_status(pred)
    if pred.dep_ == "xcomp" and pred.head.lemma_ in _DUE:
        return _due_status(pred.head)
    if is_infinitive(pred):
        gov = pred.head
        if gov.i == pred.i:
            return "planned"
        if negated(gov) or gov.lemma_ in _REFUSE:
            return "mentioned"
        if gov.lemma_ in _NEGOTIATE:
            return "negotiating"
        return "signed" if gov.lemma_ in MANAGE and not future(gov) else "planned"
    if pred.lemma_ in FORCE_ENTRY:
        return "signed"  # "вступит в силу 1 апреля": concluded, to come into force
    return "planned" if future(pred) else "signed"


def weighed(pred: Token) -> bool:
    """A signing only weighed in the subjunctive ("Мы подписали бы соглашение, если бы …",
    "было бы подписано ещё в прошлом году", "если бы стороны подписали"): no act and no plan,
    so the paper is mentioned. An infinitive under a verb in it ("хотели бы подписать") is a
    wish, planned as before. Fifty-seventh pass (h-agreements61)."""
    return pred.pos_ in ("VERB", "AUX") and not is_infinitive(pred) and subjunctive(pred)


def _not_yet(verb: Token) -> bool:
    """A negated signing told as not yet done ("Япония и Филиппины пока не подписали
    соглашение", "соглашение ещё не подписано"): the paper is still negotiated; "так и не
    подписали" tells it never was, and so does a negated plan beside it ("пока не подписали
    соглашение и не планируют его подписывать")."""
    if any(c.dep_ == "conj" and negated(c) and c.lemma_ in _PLAN | _INTEND for c in verb.children):
        return False
    words = [*verb.children, *(g for c in verb.children if c.lower_ == "не" for g in c.children)]
    return any(c.lemma_ in _YET for c in words if c.dep_ == "advmod")  # "ещё" may hang on "не"


def refused(pred: Token | None) -> bool:
    """Whether the predicate is a refusal to sign ("отказалась подписать", "отказался от
    подписания"): who refuses is no party to the agreement, unless it is one "с X"."""
    return pred is not None and pred.head.i != pred.i and pred.head.lemma_ in _REFUSE


def never_concluded(pred: Token | None) -> bool:
    """The text says the agreement was not concluded ("так и не заключили", "не смогли
    подписать"): it is no agreement signed at another time."""
    if pred is None or not signs(pred):
        return False
    infinitive = is_infinitive(pred) and pred.head.i != pred.i
    return negated(pred) or (infinitive and negated(pred.head))


def talks_noun(t: Token) -> bool:
    """A noun of negotiating ("переговоры", "подготовка"), whose bare genitive names who
    negotiates: "переговоры Чили и Перу по соглашению"."""
    return t.pos_ == "NOUN" and t.lemma_ in _NEGOTIATE


def talks_on_unsigned(pred: Token | None, head: Token) -> Token | None:
    """The verb of negotiating whose object is a paper (or its draft) a relative clause says
    is not signed yet ("Стороны обсудили проект соглашения, которое так и не было
    подписано"): the talks go on, so they, not the clause, say its status and parties."""
    if pred is None or pred.dep_ != "acl:relcl" or not never_concluded(pred):
        return None
    paper = head.head if head.dep_ == "nmod" and head.head.lemma_ in _DRAFT else head
    verb = paper.head
    return verb if paper.dep_ == "obj" and verb.lemma_ in _NEGOTIATE else None


def concluded_over_talks(pred: Token | None, title: list[Token]) -> Token | None:
    """The verb right before the title that signs, ratifies or approves the paper where its
    predicate is the talks of a relative clause after it ("Сенат одобрил договор о транзите,
    который Германия и Чехия обсуждали с 2019 года"): the talks are the paper's history,
    the approval its status."""
    if pred is None or pred.lemma_ not in _NEGOTIATE or not title or pred.i < title[0].i:
        return None
    doc = pred.doc
    if not any(t.lemma_ == "который" for t in doc[title[-1].i + 1 : pred.i]):
        return None
    i = min(t.i for t in title) - 1
    while i >= pred.sent.start and doc[i].pos_ in ("ADJ", "DET", "NUM", "PRON"):
        i -= 1
    verb = doc[i] if i >= pred.sent.start else None
    if verb is None or verb.pos_ != "VERB" or negated(verb) or is_infinitive(verb):
        return None
    concludes = signs(verb) or verb.lemma_ in RATIFY | ADOPT
    return verb if concludes else None


def _noun_status(noun: Token) -> str:
    """ "подписание"/"ратификация": the tense of the verb (or adjective) governing it."""
    if noun.head.lemma_ in LAW_ACTS and noun.lemma_ in RATIFY:
        return "signed"
    g = noun
    for _ in range(3):
        if g.head.i == g.i:
            return "mentioned"
        g = g.head
        if g.lemma_ in _REFUSE:
            return "mentioned"  # "отказ президента от подписания соглашения вызвал критику"
        if g.lemma_ in _NEGOTIATE:
            return "negotiating"
        if g.lemma_ in _PLAN:
            return "planned"  # "подписание … запланировано на весну"
        if g.pos_ not in ("NOUN", "PROPN"):
            break
    if g.pos_ in ("NOUN", "PROPN") or negated(g) or g.lemma_ in _REFUSE:
        return "mentioned"
    if is_infinitive(g) or future(g) or g.lemma_ in _AGREE_ON:
        return "planned"  # "договорились о подписании соглашения": to be signed
    return "signed" if "Past" in g.morph.get("Tense") else "mentioned"


def unsigned_status(head: Token) -> str:
    """What the agreement's own words say of an unsigned paper: "negotiating" for a
    preliminary one, "planned" for a draft; else ""."""
    if any(c.lemma_ in _PRELIMINARY for c in head.children if c.dep_ == "amod"):
        return "negotiating"
    if head.head.lemma_ in _DRAFT and head.dep_ == "nmod":
        return "planned"
    return ""
