"""Attacks: one state's or group's armed attack on a place, a convoy or another state
("сирийская армия обстреляла повстанцев в Ливане", "смертник атаковал колонну", "нападение
произошло 15 сентября").

Its roles come from the parse, not from whoever the sentence names: the attacker (the
subject of "атаковать", "напасть", "обстрелять", "штурмовать", "открыть огонь"; the genitive of
"нападение", "атака") and the target (the verb's object; "на X", "по X"), with the states
each names. The mentions of one attack ("атаковал", "напал", "нападение произошло") are one
event unless their attackers, dates or places tell them apart (`kg.extract.identity`).
Only an attack the text tells as done, by a state or an armed side ("смертник", "боевики",
"армия": `armed` in `event_words.tsv`), is one: "угрожает атаковать", "подозревают в
нападении", "за атаку", "футболисты атаковали ворота" tell none. An attack told only by the
harm its means did ("ранена выстрелом", "погиб от взрыва", "убит снайпером") is one on the
one harmed (`harmed_by`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.common.date_bounds import dated_words
from kg.extract.events.acts import country_stood_for
from kg.extract.events.words import condemned, is_role
from kg.lexicon import load_list
from kg.nlp.deps import (
    SUBJECTS,
    agent,
    is_passive,
    negated,
    new_paragraph,
    preposition,
    sentence_before,
)
from kg.nlp.morph import case_of, features, is_animate, is_infinitive
from kg.resolve.pair_words import PAIR_WORDS
from kg.resolve.title_words import MISSIONS

if TYPE_CHECKING:
    from kg.extract.events.acts import ActReader
    from kg.extract.events.hit import Hit

ATTACKS = frozenset({"Attack"})
_AT = frozenset({"на", "по"})  # "нападение на конвой", "удар по районам Ливана"
_GO_OFF = frozenset({"сработать", "взорваться"})  # a bomb that goes off (`_went_off`)
_RANG_OUT = "прогреметь"  # "у посольства Египта прогремел взрыв" (`_went_off`)
_BLASTS = frozenset({"взрыв"})  # a blast told by its noun: an attack only as a bombing
_NEAR = frozenset({"у", "возле", "около"})  # "у посольства сработало взрывное устройство"
# armed whoever does it; "покушение" is an attempt on someone's life, "открыть" is only
# an attack with "огонь" (`event_kinds.tsv`): "открыл огонь по толпе"
_ARMED_WORDS = frozenset({"теракт", "обстрел", "обстрелять", "покушение", "открыть"})
# verbs of setting about an attack told by its infinitive ("начал нападать", "стал
# обстреливать"): the attack itself, told by their tense and subject
_BEGIN = frozenset({"начать", "стать", "начинать"})
# nouns of attacking whose genitive is what is attacked ("обстрел позиций"), not who attacks
# as "нападение Чили на Перу" (`_sides_of`)
_SHELLED = frozenset({"обстрел"})
_SIDE = "сторона"  # "со стороны X": who acts


def begun_attack(tok: Token) -> Token | None:
    """The verb an attack's infinitive sets about ("Азимов начал беспорядочно нападать с
    ножом на прохожих", "боевики стали обстреливать позиции"): the attack is told, by that
    verb's tense and subject, not a habit nor only a plan. Pass forty-fourth, own sentences
    (h-events111)."""
    head = tok.head
    if tok.dep_ != "xcomp" or not is_infinitive(tok) or head.lemma_ not in _BEGIN:
        return None
    return head if head.pos_ in {"VERB", "AUX"} and not negated(head) else None


def read_attack(reader: ActReader, tok: Token, hit: Hit, anchors: list[Token]) -> bool:
    """Fills the attacker (`Hit.agent`) and the states and persons attacker and target
    name; False when `tok` tells no attack here."""
    if negated(tok) or _fire_of_words(tok):
        return False
    if tok.lemma_ in _GO_OFF or tok.lemma_ == _RANG_OUT:
        return _went_off(reader, tok, hit)
    if (harm := harmed_by(tok)) is not None:
        return _harm_told(reader, tok, harm, hit)
    side_words: set[int] = set()  # "со стороны X" in the target's phrase: who attacks
    if tok.lemma_ in _BLASTS:  # "в результате взрыва погиб …": a bombing by no one named
        if not _bombing(reader, tok):
            return False
        targets = [c for c in tok.children if reader.prep_of(c) in _AT]
        _fill(reader, hit, [], [k for t in targets for k in _named_in(reader, t)])
        return True
    if tok.pos_ in {"VERB", "AUX"} and is_passive(tok):
        # "колонна армии Перу атакована боевиками": the subject is what is attacked, the
        # bare instrumental who attacks (`agent`), not "с вертолёта" nor a weapon
        who = [c for c in tok.children if agent(c, tok) and not reader.has_role(c, "weapon")]
        attackers = [k for c in who for k in reader.linked(c, set())]
        targets = [c for c in tok.children if c.dep_ in SUBJECTS or reader.prep_of(c) in _AT]
    elif tok.pos_ in {"VERB", "AUX"}:
        verb = begun_attack(tok) or tok  # "начал нападать": the subject of "начал"
        who = [_side_before(reader, c) or c for c in verb.children if c.dep_ in SUBJECTS]
        armed_before = [c for c in who if c.i < tok.sent.start]
        attackers = (
            [k for c in armed_before for k in reader.linked(c, set())]
            if armed_before
            else reader.subject_mentions(verb, climb=False)
        )
        targets = [c for c in tok.children if c.dep_ == "obj" or reader.prep_of(c) in _AT]
    elif tok.dep_ == "obj" and tok.head.pos_ == "VERB" and not condemned(tok):
        # "Турция нанесла удар по …"; not who condemns it ("МИД X осудил нападение")
        attackers = reader.subject_mentions(tok.head, climb=False)
        who = [c for c in tok.head.children if c.dep_ == "nsubj"]
        targets = [c for h in (tok, tok.head) for c in h.children if reader.prep_of(c) in _AT]
    else:
        who = [c for c in tok.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
        targets = [c for c in tok.children if reader.prep_of(c) in _AT]
        sides = _sides_of(reader, tok)
        if sides or tok.lemma_ in _SHELLED:  # "обстрел позиций броненосцем": the genitive
            targets += [c for c in who if c not in sides]  # is what is attacked
            who = sides
            side_words = {t.i for c in sides for t in c.subtree}
        attackers = [k for c in who for k in reader.linked(c, set())]
    named = [c for c in who if (m := reader.mention_head.get(c.i)) and m.type == "State"]
    armed = named + [t for c in who for t in c.subtree if reader.has_role(t, "armed")]
    hostile = armed or tok.lemma_ in _ARMED_WORDS or _with_weapon(reader, tok)
    if not (hostile or not who and any(_mission_word(t) for t in targets)):
        return False  # "футболисты атаковали ворота", "сборная нанесла удар": no armed side
    attacked = [k for t in targets for k in _named_in(reader, t, side_words)]
    _fill(reader, hit, attackers, [k for k in attacked if k not in attackers])
    return True


_RESULT = "результат"  # "получил ранения в результате обстрела": the harm's cause


def harmed_by(means: Token) -> Token | None:
    """The word of harm (`harm` in `event_words.tsv`) an attack's means is told by, with no
    noun of attacking: "ранена выстрелом", "убит снайпером" (the bare instrumental), "погиб
    от взрыва", "получил ранения в результате обстрела", "снайпер убил солдата" (its
    subject); None for any other place of the word ("выстрел прозвучал"). Forty-ninth pass,
    own sentences (h-events127)."""
    head, prep = means.head, preposition(means)
    if head.lemma_ == _RESULT and preposition(head) == "в" and not prep:
        return _harm_word(head.head)  # "в результате обстрела": what the result is of
    bare = not prep and case_of(means) == "Ins" and means.dep_ in {"obl", "nmod", "xcomp"}
    subject = means.dep_ == "nsubj" and head.pos_ == "VERB"  # "снайпер убил солдата"
    return _harm_word(head) if (bare or prep == "от" or subject) and head.i != means.i else None


_DAY = ("date", "dated_by_text", "yearless", "weekday", "hint")  # `Hit`'s fields of its day
_PLACE = ("location", "country", "capital", "city_state")  # and of its place


def harms_agree(doc: Doc, hits: list[Hit]) -> None:
    """An attack told by the harm its means did and the death that harm tells are of one
    day and place ("был убит выстрелом в Стамбуле 3 марта", where the parser hangs the place
    or day on one word only): the one that has no day or place of the text's takes the
    other's. Forty-ninth pass, own sentences (h-events129)."""
    deaths = {h.trigger: h for h in hits if h.kind == "Death"}
    for hit in hits:
        verb = harming_verb(doc[hit.trigger]) if hit.kind in ATTACKS else None
        death = deaths.get(verb.i) if verb is not None else None
        if death is None:
            continue
        for one, other in ((hit, death), (death, hit)):
            if other.dated_by_text and not one.dated_by_text:
                for name in _DAY:
                    setattr(one, name, getattr(other, name))
            if other.location and not one.location:
                for name in _PLACE:
                    setattr(one, name, getattr(other, name))


def _harm_word(word: Token) -> Token | None:
    """`word` where it tells a harm ("убит", "ранение"), or the harm a verb's object tells
    ("получил ранения"); else None."""
    if is_role(word, "harm"):
        return word
    return next((c for c in word.children if c.dep_ == "obj" and is_role(c, "harm")), None)


def harming_verb(means: Token) -> Token | None:
    """The verb of the harm an attack's means is told by (`harmed_by`): "убит" of "убит
    снайпером", "получил" of "получил ранение выстрелом"; what its tense, date and subject
    tell are the attack's too."""
    harm = harmed_by(means)
    return harm.head if harm is not None and harm.pos_ == "NOUN" else harm


def _harm_told(reader: ActReader, tok: Token, harm: Token, hit: Hit) -> bool:
    """An attack told by what it did to whom ("Офицер армии Индии убит снайпером"): its
    target the one harmed (the harm's subject, or its object where the means is the
    subject), who attacks only a side the means' genitive names ("снайпером армии X"). A
    blast is one only as a bombing (`_bombing`) or where it harms an armed side ("Солдат погиб
    от взрыва": not "шахтёр погиб от взрыва на шахте"); a harm denied ("не пострадал") none."""
    if negated(harm):
        return False
    verb = harming_verb(tok) or harm  # "получил ранение": who got it
    subject = tok.dep_ == "nsubj" and tok.head == harm
    harmed = [c for c in verb.children if (c.dep_ == "obj" if subject else c.dep_ in SUBJECTS)]
    armed = any(reader.has_role(t, "armed") for c in harmed for t in c.subtree)
    if tok.lemma_ in _BLASTS and not (armed or _bombing(reader, tok)):
        return False
    sides = [c for c in tok.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
    attackers = [k for c in sides for k in reader.linked(c, set())]
    attacked = [k for c in harmed for k in _named_in(reader, c, _no_party(reader, c))]
    _fill(reader, hit, attackers, [k for k in attacked if k not in attackers])
    return True


_FROM = "из"  # "оппозиционер из Боливии": where the one harmed comes from
_CLAUSES = frozenset({"acl", "acl:relcl"})  # "живший в Перу", "который жил в Турции"


def _no_party(reader: ActReader, harmed: Token) -> set[int]:
    """The words of the harmed one's phrase that tell of them, not whom the attack is on: a
    clause on them ("живший в эмиграции в Турции", "который жил в Перу") and where they come
    from or are a citizen of ("из Боливии", "гражданин Сирии"); the state they serve
    ("посол Бразилии", "солдат армии Нигера") is attacked in them. Forty-ninth pass, own
    sentences (h-events129)."""
    words: set[int] = set()
    for t in harmed.subtree:
        citizen = t.dep_ == "nmod" and reader.has_role(t.head, "citizen")
        if t.i != harmed.i and (t.dep_ in _CLAUSES or reader.prep_of(t) == _FROM or citizen):
            words |= {w.i for w in t.subtree}
    return words


def _bombing(reader: ActReader, blast: Token) -> bool:
    """A blast noun told as a bombing: of a device ("взрыв бомбы"), or with a word of terror
    or attack in its paragraph ("В результате взрыва … погиб полицейский … Власти
    квалифицировали инцидент как теракт", `terror`); never a blast of what is no device
    ("взрыв бытового газа"), nor one the paragraph tells nothing more of ("взрыв на шахте"):
    an accident, as far as the text says. Forty-seventh pass, own sentences (h-events124)."""
    if _blast_of_no_device(reader, blast):
        return False
    of = [c for c in blast.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
    if any(reader.has_role(t, "device") for c in of for t in c.subtree):
        return True
    return any(reader.has_role(t, "terror") for t in _around(blast))


def _around(tok: Token) -> list[Token]:
    """The words told around `tok`: its paragraph (its sentence and those before and after
    it up to a blank line), and at least the two sentences either side of its own, which news
    often sets as paragraphs of one sentence each ("В результате взрыва … погиб полицейский.
    ¶ Власти квалифицировали инцидент как теракт.")."""
    sents = list(tok.doc.sents)
    at = next(k for k, s in enumerate(sents) if s.start <= tok.i < s.end)
    first = at
    while first > 0 and not new_paragraph(sents[first]):
        first -= 1
    last = at
    while last + 1 < len(sents) and not new_paragraph(sents[last + 1]):
        last += 1
    first, last = min(first, max(at - _NEAR_SENTS, 0)), max(last, at + _NEAR_SENTS)
    return [t for s in sents[first : last + 1] for t in s]


_NEAR_SENTS = 2  # sentences either side of a blast that may tell it a bombing


def _sides_of(reader: ActReader, noun: Token) -> list[Token]:
    """Who attacks by a noun of attacking, told in the instrumental ("обстрел перуанских
    позиций чилийским броненосцем") or by "со стороны X" ("обстрел позиций со стороны
    турецкой армии", which the parser may hang on the genitive), not a weapon ("ракетами").
    Forty-sixth pass, own sentences (h-events119)."""
    sides = [
        c
        for c in noun.children
        if c.dep_ in {"nmod", "obl"}
        and case_of(c) == "Ins"
        and not reader.prep_of(c)
        and not reader.has_role(c, "weapon")
    ]
    for t in noun.subtree:
        if t.i == noun.i or t.sent != noun.sent:
            continue
        marks = [c for c in t.children if c.dep_ == "case" and c.lemma_ == "с"]
        if any(f.lemma_ == _SIDE for c in marks for f in c.children if f.dep_ == "fixed"):
            sides.append(t)  # "со стороны армии", "стороны" fixed to "со"
        elif marks and t.lemma_ == _SIDE:  # "со стороны" parsed as a noun with its genitive
            sides += [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
    return sides


def _with_weapon(reader: ActReader, tok: Token) -> bool:
    """ "напал с ножом на прохожих", "нападал с топором": a verb of attacking with a weapon
    "с" in the instrumental (`weapon` in `event_words.tsv`) arms who attacks with it.
    Pass forty-third, own sentences (h-events109)."""
    return tok.pos_ == "VERB" and any(
        reader.prep_of(c) == "с" and case_of(c) == "Ins" and reader.has_role(c, "weapon")
        for c in tok.children
    )


def _fill(reader: ActReader, hit: Hit, attackers: list[str], attacked: list[str]) -> None:
    """The attacker's state, and the persons and states attacker and target name."""
    hit.agent = next((reader.state_of(k) for k in attackers if reader.state_of(k)), "")
    keys = list(dict.fromkeys([*attackers, *attacked]))
    hit.persons = [k for k in keys if k.startswith("person/")]
    states = [reader.state_of(k) for k in keys]
    hit.states = list(dict.fromkeys(s for s in states if s.startswith("state/")))


def _went_off(reader: ActReader, tok: Token, hit: Hit) -> bool:
    """A bomb that went off ("у посольства Египта сработало взрывное устройство", "возле
    консульства Турции взорвалась бомба"): an attack on what it went off at, by no one the
    text names; what goes off and is no device ("сработала сигнализация", "взорвался
    газовый баллон") is none. Only the owners of that thing are attacked ("у посольства
    Египта в Триполи": Egypt, not Libya; "около отеля, где жил посол Кении": no one). A
    blast that rang out ("у посольства Египта прогремел взрыв") is one only at a thing of a
    state: "в Кабуле прогремел взрыв" may be gas, and a blast of what is no device ("взрыв
    бытового газа", "взрыв котла") is none anywhere."""
    devices = [t for c in tok.children if c.dep_ in SUBJECTS for t in c.subtree]
    role = "blast" if tok.lemma_ == _RANG_OUT else "device"
    if negated(tok) or not any(reader.has_role(t, role) for t in devices):
        return False
    if role == "blast" and any(_blast_of_no_device(reader, t) for t in devices):
        return False
    near = [c for c in tok.children if reader.prep_of(c) in _NEAR]
    owners = [k for c in near for k in _owners(reader, c)]
    if role == "blast" and not any(reader.state_of(k) for k in owners):
        return False
    _fill(reader, hit, [], owners)
    return True


def _blast_of_no_device(reader: ActReader, blast: Token) -> bool:
    """A blast whose genitive says what blew up, and that is no device: "взрыв бытового
    газа", "взрыв котла"; not "взрыв бомбы", "взрыв заминированного автомобиля"."""
    if not reader.has_role(blast, "blast"):
        return False
    of = [c for c in blast.children if c.dep_ == "nmod" and case_of(c) == "Gen"]
    of = [c for c in of if not reader.prep_of(c)]
    return bool(of) and not any(reader.has_role(t, "device") for c in of for t in c.subtree)


def _owners(reader: ActReader, thing: Token) -> list[str]:
    """The persons and states whose a thing is, by the chain of genitives on it ("здания
    посольства Турции", "дома президента Ирака"); not a place "в X" or a clause on it, nor
    the states a border divides ("у границы Ирака с Сирией": neither's, as `_at_border`)."""
    if reader.has_role(thing, "border"):
        return []
    keys = [m.entity for m in reader.by_token.get(thing.i, ()) if m.type in {"Person", "State"}]
    of = [c for c in thing.children if c.dep_ in {"nmod", "flat", "flat:name", "appos"}]
    of = [c for c in of if c.dep_ != "nmod" or case_of(c) == "Gen"]
    return list(dict.fromkeys([*keys, *(k for c in of for k in _owners(reader, c))]))


def _side_before(reader: ActReader, pronoun: Token) -> Token | None:
    """The armed side a subject "они" stands for: the last plural subject of its paragraph
    before it (its sentence or the one before), where that is armed ("5 августа боевики
    атаковали базу Нигера. 8 августа они снова напали на неё"; "Военные Сомали заняли
    позиции. Они обстреляли лагерь"); not fans or fishermen told before ("Болельщики
    окружили автобус. Они атаковали его")."""
    if pronoun.lemma_ != "они" or pronoun.pos_ != "PRON":
        return None
    words = _told_before(pronoun)
    subjects = [t for t in words if t.dep_ in SUBJECTS and features(t, "Number") == ("Plur",)]
    last = subjects[-1] if subjects else None
    return last if last is not None and reader.has_role(last, "armed") else None


# A fire that burns in memory or for the games, no gunfire ("открыли Вечный огонь")
_LIT_FIRES = frozenset({"вечный", "олимпийский"})


def _fire_of_words(tok: Token) -> bool:
    """Fire that a genitive says is of words ("открыл огонь критики по X"), or a flame lit
    ("в Лиме открыли Вечный огонь"): no arms."""
    fire = [c for c in tok.children if c.dep_ == "obj" and c.lemma_ == "огонь"]
    return any(
        g.dep_ == "nmod" and case_of(g) == "Gen" or g.lemma_.lower() in _LIT_FIRES
        for f in fire
        for g in f.children
    )


def _named_in(
    reader: ActReader, target: Token, skip: frozenset[int] | set[int] = frozenset()
) -> list[str]:
    """Persons and states named in the target's phrase ("по северным районам Ливана",
    "предполагаемых повстанцев в Ливане"), not those of a border it lies at (`_at_border`)
    nor those of `skip` (who attacks, hung on the target)."""
    if target.pos_ == "PRON" or target.lemma_ in _THIRD_PERSON:  # "на неё", tagged ADV
        return _stood_for(reader, target)
    border = _at_border(reader, target) | set(skip)
    words = [t for t in target.subtree if t.i not in border]
    named = [m.entity for t in words for m in reader.by_token.get(t.i, ()) if m.type in _NAMED]
    named += [country_stood_for(reader, t) for t in words if _country_of_mission(t)]
    return [k for k in named if k] or _mission_before(reader, target)


_NAMED = frozenset({"Person", "State"})


def _mission_word(target: Token) -> bool:
    """Whether a target is a state's mission ("нападение на посольство Пакистана в
    Кабуле"): an attack on one told with no attacker is hostile, as a bomb at one is
    (`_went_off`); not one by a side the text names unarmed ("жители атаковали посольство"),
    nor "нападение на ворота". Sixty-seventh pass (h-events254)."""
    return any(t.lemma_ in load_list(MISSIONS) for t in target.subtree)


def _country_of_mission(tok: Token) -> bool:
    """A bare genitive "страны" on a mission ("нападение на посольство страны в Кабуле"):
    the state told before it, whose mission it is (`country_stood_for`)."""
    return (
        tok.lemma_ in PAIR_WORDS
        and case_of(tok) == "Gen"
        and not list(tok.children)
        and tok.head.lemma_ in load_list(MISSIONS)
    )


def _at_border(reader: ActReader, target: Token) -> set[int]:
    """The words of a border in the target's phrase ("у границы с Ливаном", "на границе Сирии
    с Ираком"), with the "с" phrase the parser hangs beside it: where the target lies, the
    states on either side of it are no target ("обстреляли позиции армии Ливана" is)."""
    words: set[int] = set()
    for border in (t for t in target.subtree if is_role(t, "border")):
        beside = [c for c in border.head.children if c.i > border.i and reader.prep_of(c) == "с"]
        words |= {t.i for w in (border, *beside) for t in w.subtree}
    return words


def _mission_before(reader: ActReader, target: Token) -> list[str]:
    """The state of a mission a target names bare, told before in its paragraph (its
    sentence or the one before): "У посольства Египта сработало взрывное устройство. Через
    час боевики обстреляли здание посольства" is Egypt's embassy."""
    missions = [t.lemma_ for t in target.subtree if t.lemma_ in load_list(MISSIONS)]
    if not missions:
        return []
    told = [t for t in _told_before(target) if t.lemma_ == missions[0]]
    return next((named for t in reversed(told) if (named := _named_in(reader, t))), [])


def _told_before(tok: Token) -> list[Token]:
    """The words before `tok` in its sentence, after those of the sentence before where that
    one is of the same paragraph: what "они" or a bare "посольство" can point back to."""
    sent = tok.sent
    before = sentence_before(sent)
    words = list(sent[: tok.i - sent.start])
    return [*before, *words] if before is not None and not new_paragraph(sent) else words


def _stood_for(reader: ActReader, pronoun: Token) -> list[str]:
    """Who a target pronoun stands for: the last thing of its number and gender named before
    it, in its sentence or the one before, whose phrase names a state or person ("У здания
    посольства Турции в Могадишо прогремел взрыв. Боевики атаковали его": the embassy,
    Turkey's); where no such thing is named, the person `antecedent` gives ("… прибыл в
    Бенгази. Боевики напали на него"); a time ("во вторник", "в конце прошлой недели") is no such
    thing. A thing that names no one ("покинул отель до того, как его штурмовали") brings no
    one, not the person beside it."""
    if pronoun.lemma_ not in _THIRD_PERSON:
        return []
    before = sentence_before(pronoun.sent)
    words = [*(before or ()), *pronoun.doc[pronoun.sent.start : pronoun.i]]
    date = reader.ctx.document.date
    when = {i for s in (before, pronoun.sent) if s is not None for i in dated_words(s, date)}
    things = [
        t
        for t in words
        if t.pos_ == "NOUN"
        and not is_animate(t)
        and _fits(t, pronoun)
        and not is_role(t, "time")  # "во вторник", "утром": when, not what
        and t.i not in when  # "в конце прошлой недели"
    ]
    if not things:
        key = reader.antecedent(pronoun)
        return [key] if key else []
    return next((named for t in reversed(things) if (named := _named_in(reader, t))), [])


_THIRD_PERSON = frozenset({"он", "она", "оно", "они"})


def _fits(thing: Token, pronoun: Token) -> bool:
    """Whether a noun is of the pronoun's number and gender ("его" of "посольство" or
    "танкер", "её" of "колонна", "их" of any plural)."""
    number = pronoun.morph.get("Number")
    if number == ["Plur"] or pronoun.lemma_ == "они":
        return features(thing, "Number") == ("Plur",)
    genders = {"она": ["Fem"], "оно": ["Neut"]}.get(pronoun.lemma_, ["Masc", "Neut"])
    return features(thing, "Number") == ("Sing",) and thing.morph.get("Gender", [""])[0] in genders
