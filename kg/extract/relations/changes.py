"""Changes of relations told as a level: a worsening, a crisis gone through, a mission lowered.

"отношения ухудшились", "обострение отношений", "отношения переживают кризис", a mission
lowered to a chargé d'affaires: the change is the level when the text tells it as come (a
verb neither negated nor future, a noun a verb brings, notes or furthers, the ground of
something: "на фоне ухудшения"), not one an announcement tells as possible or on a
condition, nor one whose anniversary is told.

Split out of extract.py (forty-fourth pass, h-split47)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agreements.status import future
from kg.extract.common.level_words import level_lexicon, level_role
from kg.extract.common.words import conjuncts
from kg.extract.context import Context
from kg.extract.relations.cuts import called_diplomatic, of_no_kind
from kg.extract.relations.history import supposed
from kg.extract.relations.phrases import between_states
from kg.extract.relations.words import (
    AFTER,
    ANNOUNCING,
    MISSION,
    PROSPECT,
    WARMTH,
)
from kg.nlp.deps import SUBJECTS, argument_before, has_subject, negated, preposition
from kg.nlp.morph import is_future, is_infinitive, is_past_form, is_superlative, is_verb_form

# What says a change of relations has come: a verb that starts or goes on with it ("начали
# улучшаться"), one that brings or notes it ("вызвало ухудшение", "привело к обострению",
# "отметили потепление", "переживают кризис"), a noun it is the ground of ("на фоне
# ухудшения", "в результате", "в разгар кризиса").
_PHASAL = {"начать", "начинать", "продолжать", "продолжить", "стать"}
_NOTING = {"вызвать", "вызывать", "повлечь", "спровоцировать", "отметить", "отмечать",
           "констатировать", "наблюдаться", "наблюдать", "переживать"}  # fmt: skip
_LEADING = {"привести", "приводить"}
# a change expected or forecast is ahead ("Ожидается улучшение отношений …")
_EXPECTED = {"ожидаться", "ожидать", "прогнозироваться", "прогнозировать", "предсказывать"}
# a change one furthered or played a role in ("способствовал улучшению", "сыграл роль в
# восстановлении", "сыгравший роль в"): it has come where a past form tells the verb
# (`_furthered`); the perfective only plays it: "играет роль", "способствует" tell a part
# still going on
_FURTHERING = {"способствовать", "содействовать"}
_PLAYING = {"сыграть"}
_GROUNDS = {"фон", "результат", "следствие", "период", "разгар"}
_GOING_THROUGH = {"переживать", "испытывать", "находиться"}
# relations set up: a change only of diplomatic relations ("установили дипломатические
# отношения" → "установление дипломатических отношений")
_ESTABLISHING = "установление"
_SETTING_UP = {"установить", "устанавливать"}  # relations of no kind states set up: diplomatic
# putting relations on pause is freezing them ("поставили на паузу дипломатические отношения"
# → "заморозка дипломатических отношений"): `_paused`
_PUTTING = {"поставить", "ставить"}
_PAUSE = "пауза"
_FREEZE = "заморозка"
# falling to the worst point, which says the relations are in crisis ("опустились до самой
# низкой точки"); "до" only, and only with a superlative of badness (`_worst`)
_FALLING = {"опуститься", "опускаться", "упасть", "падать", "скатиться", "скатываться"}


def changed(ctx: Context, t: Token) -> str:
    """A change of the relations `t` the text says has come: "отношения X и Y резко
    ухудшились", "X и Y нормализовали отношения", "обострение отношений началось", "на фоне
    ухудшения отношений", "кризис в отношениях" → "ухудшение отношений", "нормализация
    отношений", …; not one talked about, called for, hoped, denied or ahead ("переговоры о
    нормализации отношений", "настроен на улучшение отношений", "могут ухудшиться",
    "договорились нормализовать отношения"); "восстановили дипломатические отношения" →
    "восстановление дипломатических отношений", "установили дипломатические отношения" →
    "установление дипломатических отношений" (of diplomatic relations only, as are relations
    of no kind states set up: "Отношения были установлены в 1969 году", `of_no_kind`)."""
    mission = _mission_to_a_charge(t)
    if t.lemma_ != "отношение" and not mission and not called_diplomatic(t):
        return ""  # "возобновили дипломатические связи": as "отношения"
    if (pause := _paused(t)) is not None:
        return (
            _FREEZE + " дипломатических" * called_diplomatic(t) + " отношений"
            if _come(pause)
            else ""
        )
    if (uneasy := _uneasy_period(t)) is not None:
        return UNEASY if _come(uneasy) else ""  # "отношения переживают непростой период"
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
    name = level_lexicon()[word.lemma_][1]
    diplomatic = (
        mission
        or called_diplomatic(t)
        or (name == _ESTABLISHING and of_no_kind(ctx, t, _SETTING_UP))
    )
    if name == _ESTABLISHING and (not diplomatic or word.dep_ == "amod"):
        return ""  # "установили тесные отношения"; "в рамках установленных …": of no time
    return name + " дипломатических" * diplomatic + " отношений"


def changed_taken_up(pronoun: Token) -> str:
    """A change of diplomatic relations a pronoun takes up from the clause or sentence before
    (`argument_before`), as its verb's object or the subject of its passive: "установили
    дипломатические отношения в 1992 году, а в 2025 году заморозили их", "… поставили их на
    паузу", "В 2025 году они были заморожены" → "заморозка дипломатических отношений"; not
    a pronoun of anything else ("заключили контракты …, а затем заморозили их"), nor a change
    denied, threatened or called for ("не заморозили их", "пригрозили заморозить их")."""
    verb = pronoun.head
    if pronoun.pos_ != "PRON" or pronoun.dep_ not in ("obj", "nsubj:pass"):
        return ""
    pause = puts_on_pause(verb)
    meant = argument_before(pronoun)
    if meant is None or not called_diplomatic(meant) or not (pause or level_role(verb) == "change"):
        return ""
    if not _come(verb):
        return ""
    name = _FREEZE if pause else level_lexicon()[verb.lemma_][1]
    return "" if name == _ESTABLISHING else name + " дипломатических отношений"


def shared_changes(t: Token) -> list[tuple[str, Token]]:
    """The changes of the relations `t` told by verbs coordinated with the one they are the
    subject or object of, which share them ("Отношения были заморожены в 2019 году, а в 2026
    году восстановлены", "Марокко и Алжир заморозили отношения, а затем восстановили",
    "Отношения ухудшились, но потом нормализовались"), each with its verb, which dates it;
    none whose verb has a subject or object of its own ("…, а посольство восстановлено"),
    nor one not come ("но не восстановлены", "а затем восстановить")."""
    verb, diplomatic = t.head, called_diplomatic(t)
    if t.lemma_ != "отношение" and not diplomatic:
        return []  # "возобновили дипломатические связи": as "отношения"
    if t.pos_ != "NOUN" or t.dep_ not in ("nsubj", "nsubj:pass", "obj") or verb.pos_ != "VERB":
        return []
    out = []
    for c in _coordinated(verb):
        if c.pos_ != "VERB" or level_role(c) != "change" or not _come(c) or _own_argument(c):
            continue
        name = level_lexicon()[c.lemma_][1]
        if name != _ESTABLISHING or diplomatic:  # "установили тесные отношения": none
            out.append((name + " дипломатических" * diplomatic + " отношений", c))
    return out


def _coordinated(verb: Token) -> list[Token]:
    """The verbs coordinated with `verb` after it: its conjuncts, and a clause with a
    coordinator of its own the parse hung on it otherwise (", а в 2021 году нормализовались"
    as "advcl", ", а … восстановили" as "parataxis")."""
    hung = [c for c in verb.children if c.dep_ in _HUNG_CLAUSES and c.i > verb.i
            and any(x.dep_ == "cc" for x in c.children)]  # fmt: skip
    return [*conjuncts(verb)[1:], *hung]


_HUNG_CLAUSES = {"parataxis", "advcl"}


def _own_argument(verb: Token) -> bool:
    """A verb with a subject or a nominal object of its own: a clause of its own, not one
    that shares the relations (a pronoun object takes them up: "восстановили их")."""
    return has_subject(verb) or any(c.dep_ == "obj" and c.pos_ != "PRON" for c in verb.children)


def _paused(t: Token) -> Token | None:
    """The verb that puts relations on pause ("поставили на паузу дипломатические отношения",
    "призвал поставить на паузу отношения"): a freeze, told as made or not by the verb."""
    verb = t.head
    if t.dep_ not in ("obj", "nsubj:pass"):
        return None
    return verb if puts_on_pause(verb) else None


def puts_on_pause(verb: Token) -> bool:
    """A verb of putting with "на паузу" on it ("поставили их на паузу"): a freeze, which
    also ends a level set up before (`held._ending`)."""
    return verb.lemma_ in _PUTTING and any(
        c.lemma_ == _PAUSE and preposition(c) == "на" for c in verb.children
    )


def warmth_between(t: Token) -> str:
    """ "Между Грецией и Турцией наметилось потепление", "потепление между двумя странами" →
    "потепление отношений": a warming or cooling between two states (by name, "странами")
    is one of their relations, "в отношениях" or not, where it has come (`_noun_come`): not
    hoped, called for, denied or one that only may come."""
    if t.lemma_ not in WARMTH or negated(t) or not between_states(t):
        return ""
    return level_lexicon()[t.lemma_][1] + " отношений" if _noun_come(t) else ""


def _mission_to_a_charge(t: Token) -> bool:
    """A diplomatic mission whose level the verb takes down to a chargé d'affaires
    ("понизила уровень дипломатического представительства в Израиле до временного
    поверенного в делах"): a downgrade of diplomatic relations; a mission's level with no
    chargé may be of a rate or a post ("понизила уровень представительства в Китае")."""
    scale = t.head
    if t.lemma_ != MISSION or t.dep_ != "nmod" or level_role(scale) != "scale":
        return False
    if not any(level_role(c) == "diplomatic" for c in t.children if c.dep_ == "amod"):
        return False
    # "до …" on the verb, or where the parse hangs it, on the level or the mission
    near = [*scale.head.children, *scale.children, *t.children]
    down = (c for c in near if c.i not in (scale.i, t.i) and preposition(c) == "до")
    # the tagger may lemmatize "поверенного" as "поверить": its form tells it
    return any(w.lower_.startswith("поверенн") for c in down for w in c.subtree)


def _change_in(t: Token) -> Token | None:
    """The noun of change that is the subject of the verb "в отношениях" hangs on ("в
    отношениях … наметилось потепление", "произошло ухудшение")."""
    if preposition(t) != "в" or t.head.pos_ != "VERB" or t.head.lemma_ in PROSPECT:
        return None  # "в отношениях может наступить потепление": not yet
    found = (c for c in t.head.children if c.dep_ in SUBJECTS and c.pos_ == "NOUN")
    return next((c for c in found if level_role(c) == "change"), None)


def _changed_participle(t: Token) -> Token | None:
    """A past participle of a change that qualifies the relations ("ухудшившихся
    отношений"): the change has come, unless negated."""
    return next((c for c in t.children
                 if c.dep_ == "amod" and level_role(c) == "change" and not negated(c)
                 and "Part" in c.morph.get("VerbForm") and "Past" in c.morph.get("Tense")),
                None)  # fmt: skip


def _change_above(t: Token) -> Token | None:
    """The word of change the relations hang on, also through the noun of their level
    ("понизили уровень дипломатических отношений"), or through a verb of starting whose
    subject they are ("отношения начали улучшаться": the infinitive of change)."""
    head = t.head
    if head.i != t.i and level_role(head) == "scale" and t.dep_ == "nmod":
        head = head.head
    if head.i != t.i and head.lemma_ in _PHASAL and t.dep_ in SUBJECTS:
        head = next((c for c in head.children if c.dep_ == "xcomp" and is_infinitive(c)), head)
    return head if head.i != t.i and level_role(head) == "change" else None


def _verb_read_as_modifier(t: Token) -> Token | None:
    """A finite verb of change the parse hung on the relations as an adjective, which
    pymorphy3 reads only as a verb ("Бахрейн и Катар нормализовали отношения", the whole
    clause parsed as a noun phrase), before them or, where they head the sentence, after them
    ("Отношения Японии и Китая охладились", the verb an "nmod")."""
    return next((c for c in t.children
                 if (c.dep_ == "amod" and c.i < t.i or c.dep_ == "nmod" and t.dep_ == "ROOT")
                 and level_role(c) == "change" and is_verb_form(c)),
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
    change = next((c for c in found if level_role(c) == "change"), None)
    change = change or next((w for c in gone if (w := _worst(c)) is not None), None)
    return None if change is None else (change, verb)


def _worst(noun: Token) -> Token | None:
    """The superlative of badness on what the relations go through, which says they are in
    crisis ("переживают худший период", "самый тяжёлый этап", "в худшем состоянии")."""
    most = any(level_role(c) == "most" for c in noun.children)
    return next((a for a in noun.children
                 if a.dep_ == "amod" and level_role(a) in _BAD
                 and (most or is_superlative(a)
                      or any(level_role(c) == "most" for c in a.children))),
                None)  # fmt: skip


_BAD = ("worst", "uneasy")  # the roles of an adjective whose superlative is a crisis
# the tone of relations going through a hard time (`_uneasy_period`)
UNEASY = "сложные отношения"


def _uneasy_period(t: Token) -> Token | None:
    """The verb by which the relations go through a hard time, which is their tone, not a
    crisis: "отношения X и Y переживают непростой период", "X и Y переживают сложный период
    в отношениях", "находятся в сложном положении" (a positive `uneasy` adjective on what
    they go through; its superlative is a crisis, `_worst`). Only of "отношения": "экономика
    страны переживает непростой период" is none."""
    if preposition(t) == "в" and t.head.lemma_ not in _GOING_THROUGH:
        verb, times = t.head.head, [t.head]  # "переживают сложный период в отношениях"
    elif preposition(t) == "в" or t.dep_ in SUBJECTS:
        verb, times = t.head, []
    else:
        return None
    if verb.lemma_ not in _GOING_THROUGH:
        return None
    times += [c for c in verb.children if c.dep_ in ("obj", "obl") and c.i != t.i]
    hard = (a for p in times for a in p.children if a.dep_ == "amod" and level_role(a) == "uneasy")
    return verb if any(_worst(a.head) is None and not negated(a) for a in hard) else None


_CONDITION = {"состояние"}  # "в состоянии кризиса": the condition a change leaves them in


def _condition_change(noun: Token) -> Token | None:
    """The noun of change a noun of condition names in its genitive ("состоянии кризиса")."""
    if noun.lemma_ not in _CONDITION:
        return None
    return next((c for c in noun.children if c.dep_ == "nmod" and level_role(c) == "change"), None)


def _subjectless_change(t: Token) -> Token | None:
    """The verb of change a nominative "отношения" is the subject of where the parse hung it
    on a noun before ("После выборов отношения Кении и Эфиопии ухудшились": on "выборов") and
    left the verb no subject."""
    verb = next((x for x in t.ancestors if x.pos_ == "VERB"), None)
    if verb is None or level_role(verb) != "change" or t.lower_ != "отношения" or preposition(t):
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
    if prep in AFTER or (not prep and noun.dep_ == "nmod" and head.lemma_ in _GROUNDS):
        return come
    if prep == "к":
        return head.lemma_ in _LEADING and _come(head)
    if prep in ("о", "об"):
        return head.lemma_ in ANNOUNCING and come and not supposed(noun, head)
    if prep == "в" and head.lemma_ == "роль":
        return head.head.lemma_ in _PLAYING and _furthered(head.head)
    if prep == "в" and head.lemma_ in _PLAYING:  # "сыгравший роль | в нормализации"
        return any(c.lemma_ == "роль" for c in head.children) and _furthered(head)
    if prep or head.pos_ != "VERB":
        return False
    if noun.dep_ in ("iobj", "obl") and head.lemma_ in _FURTHERING:
        return _furthered(head)
    if noun.dep_ in SUBJECTS:  # "Может начаться потепление в отношениях …": not yet
        return come and head.lemma_ not in PROSPECT | _EXPECTED
    return noun.dep_ == "obj" and head.lemma_ in _NOTING and come


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
