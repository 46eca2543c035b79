"""What a count of people ("N человек", "трое военнослужащих") counts: the measured noun
whose value it is ("население … — около 400 человек"), the role a verb gives them
("арестовала семь человек" → арестованные), or what befell them (claim_words.tsv `fate`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from spacy.attrs import LOWER
from spacy.tokens import Token

from kg.doc_text import token_strings
from kg.extract.claims.deeds import (
    attended,
    attending,
    deed,
    deed_as_told,
    object_deed,
    participle_of,
)
from kg.extract.claims.lexicons import (
    COUNTERS,
    GIVING_LEVEL,
    LEVELS,
    PEOPLE,
    PRONOUNS,
    SCALES,
    WORDS,
    WOUNDS,
    lexicons,
)
from kg.extract.claims.parse import first_conjunct
from kg.extract.claims.phrases import (
    animate_plural,
    genitive_name,
    nominal,
    nominative,
    noun_phrase,
    outer_noun,
)
from kg.extract.claims.referents import stands_for
from kg.extract.common.numbers import Quantity
from kg.extract.context import Context
from kg.nlp.deps import SUBJECTS, has_subject, is_passive, is_predicate, preposition
from kg.nlp.morph import is_animate, is_inanimate, is_plural, morph, transitive

_PEOPLE_MEASURES = WORDS["people_measure"]  # "население": what "оно" may be for people
# verbs whose subject is no role of the people counted ("N человек составили …")
_NO_ROLE = {"быть", "являться", "стать", "составить", "составлять", "насчитываться", "мочь",
            "насчитывать", "иметь", "включать", "собрать", "набрать", "объединять",
            "достичь", "достигнуть", "достигать", "превысить", "превышать"}  # fmt: skip
_FATES = WORDS["fate"]
_COPULAS = {"стать", "становиться", "являться", "оказаться"}  # "жертвами стали N человек"
_BEING_THERE = {"находиться", "пребывать", "присутствовать"}  # "находились 44 человека": where
_FORCING = {"вынудить", "вынуждать", "заставить", "заставлять"}  # "вынуждены покинуть дома"
# verbs of wishing or planning a deed ("хотят покинуть страну"): people named by the wish and
# the deed as told, never as done; "хотящие" is no word a reader uses, "желающие" is
_WILLING = WORDS["wish"] | WORDS["intent"]
_WISHING = {"хотеть": "желающие"}
_STAYING = {"остаться", "оставаться"}  # "остались без крова 5 тысяч человек": without what
_LEAVING = {"оставить", "оставлять"}  # "оставило без крова 12 тыс. человек": люди без крова
_FATED_ADJECTIVES = WORDS["fated_adjective"]
# verbs that class their subject by a fate ("числятся пропавшими без вести"), or their object
# ("признали погибшими", passive "признаны погибшими"): that fate is the role of the people
# counted, no role of their own
_RECKONED = {"числиться", "считаться", "значиться", "признать", "признавать", "объявить",
             "объявлять"}  # fmt: skip
_BANDS = WORDS["band"]  # "команда медиков из 30 человек": the count is the band's size
_VISITS = WORDS["visit"]
_TAKING_LIVES = WORDS["take_lives"]  # "унёс жизни 35 человек" → погибшие


def _people(ctx: Context, head: Token) -> tuple[str, str] | None:
    """What a count of people ("N человек") counts: the measured noun whose value it is
    ("явка избирателей составила 5 млн человек", "население острова — около 400
    человек"), else the role its verb gives the people ("погибли 12 человек" →
    погибшие, "18 тысяч человек были арестованы" → арестованные); None for a verb with an
    object of its own ("приняли участие 1,5 тыс. человек") or no verb."""
    metric = lexicons()["metric"]
    # "(население города около 400 человек)": a clause of its own; "команда медиков из 30
    # человек": the band's size
    own = _verbless_measure(head) or _sized_band(head)
    if own is not None:
        return noun_phrase(ctx, own)
    for low, up in _up_to_a_noun(head):
        if up.pos_ == "NOUN" and up.lemma_ in metric and low.dep_ in ("parataxis", "nmod", "appos"):
            return noun_phrase(ctx, up)  # "население острова — около 400 человек"
        fate = lexicons()["fate_noun"].get(up.lemma_) if low.dep_ == "nmod" else None
        if fate is not None and up.i < low.i:
            return fate, fate  # "гибели более ста человек" → погибшие
        left = _subject_after_own_object(low, up)
        if left:  # "вынуждены покинуть свои дома 700 тысяч человек" → покинувшие дома
            return left, left
        if _lives_taken(low, up):
            return "погибшие", "погибшие"
        if up.pos_ in ("VERB", "AUX") or (up.pos_ == "ADJ" and is_predicate(up)):
            up = _nearer_conjunct(low, _fronted(low, up))
            contrasted = _contrasted_level(low, up)
            up, opened = contrasted or (up, [])
            fate = _fate_right_before(head, up)
            if fate is not None:  # "…, в результате которой погибли 16 человек"
                role = participle_of(fate)
                return (role, role) if role else None
            # "[число] студентов выросло вдвое и достигло 3 тыс. человек": a conjunct's subject;
            # "население … может достичь 375 млн человек": the modal's
            owners = [up, up.head] if up.dep_ in ("conj", "xcomp") else [up]
            subjects = [c for o in owners for c in o.children if c.dep_ in SUBJECTS]
            measured = [c for c in opened or subjects if _measures_people(c, up) and nominal(c)]
            if measured:
                return counted_by(ctx, measured[0]) or noun_phrase(ctx, outer_noun(measured[0]))
            brought = _brought_measure(low, up)
            if brought is not None:  # "увеличить число военных до 2 тыс. человек"
                return counted_by(ctx, brought) or noun_phrase(ctx, outer_noun(brought))
            # "Население … Ожидается, что к 2040 году оно достигнет 4,4 млн человек"
            told = [c for c in subjects if c.lemma_ in PRONOUNS - {"они"}]
            stood = stands_for(told[0]) if told and up.lemma_ in LEVELS else None
            if stood is not None and stood.lemma_ in _PEOPLE_MEASURES:
                return noun_phrase(ctx, stood)
            attended = attendance(ctx, head, up)
            if attended is not None:
                return attended
            named = _named_as(head, up)
            if named is not None:  # "жертвами стали три человека" → жертвы
                return noun_phrase(ctx, named)
            if up.lemma_ in _NO_ROLE:
                return None
            role = _role(low, up)
            return (role, role) if role else None
    return None


def attendance(ctx: Context, head: Token, verb: Token) -> tuple[str, str] | None:
    """(name, key) of people a verb of attending counts, by the gathering it names
    (claim_words.tsv `attend`, `visit`, `gathering`): "На митинг вышли около 50 тыс.
    человек" → участники митинга, "в форуме приняли участие 3 тыс. человек" → участники
    форума, "Выставку посетили 300 тысяч человек" → посетители выставки; None with no
    gathering ("вышли на улицы") or another verb."""
    if not attending(verb):
        return None
    visit = verb.lemma_ in _VISITS
    event = attended(verb, head)
    if event is None:
        return None
    name, key = noun_phrase(ctx, event)
    role, lemma = ("посетители", "посетитель") if visit else ("участники", "участник")
    return f"{role} {genitive_name(name)}", f"{lemma} {key}"


def _lives_taken(low: Token, up: Token) -> bool:
    """People whose "жизни" a verb of taking took are the dead ("теракт унёс жизни 29
    человек"), where lives saved ("спасли жизни 35 человек") are none."""
    return (
        low.dep_ == "nmod"
        and up.lemma_ == "жизнь"
        and up.i < low.i
        and up.head.lemma_ in _TAKING_LIVES
    )


def _measures_people(subject: Token, verb: Token) -> bool:
    """A subject a count of people is the value of: a measured noun ("явка составила"), or
    any thing a verb of amounting or reaching gives the count ("посещаемость выставки составила
    2,5 млн человек", "аудитория канала превысила 3 млн"); people it counts are no measure
    ("участниками стали 300 человек", "делегаты составили 40 человек")."""
    if subject.lemma_ in lexicons()["metric"]:
        return True
    return verb.lemma_ in GIVING_LEVEL and subject.pos_ == "NOUN" and is_inanimate(subject)


def _brought_measure(low: Token, verb: Token) -> Token | None:
    """The measured noun a verb brings to the level of a count of people that is its
    oblique ("увеличить [число] своих военных до 2 тыс. человек", "сократить [численность]
    контингента до 500 человек"): it names what the people are, where "человек" says
    nothing; None where the count is the verb's subject or object ("погибли 20 человек")
    or no measured object comes before it; an object the parse makes of "до N человек"
    ("довести численность бригады до 5 тыс. человек") is oblique by its preposition."""
    if low.dep_ != "obl" and not any(c.dep_ == "case" for c in low.children):
        return None
    return next(
        (c for c in verb.children
         if c.dep_ == "obj" and c.i < low.i and c.lemma_ in lexicons()["metric"] and nominal(c)),
        None,
    )  # fmt: skip


def _up_to_a_noun(head: Token) -> Iterator[tuple[Token, Token]]:
    """Each word above a count of people with the one below it, from its first conjunct
    ("погибли четверо агентов и [шесть] членов секты") up to a noun between, past which
    the people are no argument of a verb ("убийца двух человек")."""
    first_of = first_conjunct(head)
    path = [first_of, *first_of.ancestors]
    for low, up in zip(path, path[1:], strict=False):
        if low is not first_of and low.pos_ in ("NOUN", "PROPN") and low.lemma_ not in SCALES:
            return
        if low is not first_of and _noun_read_as_adverb(low):
            return  # "разрушил дома 300 человек": whose houses, no role the verb gives them
        yield low, up


def _noun_read_as_adverb(word: Token) -> bool:
    """A noun's form the tagger reads as an adverb ("дома", "at home") that governs a genitive
    below it ("дома [300 человек]"): an adverb takes no genitive, so it is the noun ("дома",
    houses), and the count is whose they are."""
    return _noun_form(word) and any(c.dep_ == "nmod" for c in word.children)


def _noun_form(word: Token) -> bool:
    """An adverb by the tagger that is also a noun's form ("дома": at home, or houses)."""
    return word.pos_ == "ADV" and any(p.tag.POS == "NOUN" for p in morph().parse(word.lower_))


def _verbless_measure(head: Token) -> Token | None:
    """The measured noun in the nominative that opens a verbless parenthesis or clause a
    count ends ("(население города около 400 человек)"), however the parser hangs them;
    None where a verb stands between ("население выросло на 400 человек")."""
    words: list[Token] = []
    for t in reversed(head.doc[head.sent.start : head.i]):
        if t.text in "(,;:" or t.pos_ in ("VERB", "AUX"):
            if t.pos_ in ("VERB", "AUX"):
                return None
            break
        words.insert(0, t)
    first = next((t for t in words if t.pos_ == "NOUN"), None)
    if first is None or first.lemma_ not in lexicons()["metric"]:
        return None
    return first if "Nom" in first.morph.get("Case") else None


def counted_by(ctx: Context, counter: Token) -> tuple[str, str] | None:
    """What "число/количество X" counts in people where X is a participle or adjective
    standing for them ("число погибших достигло 40 человек" → погибшие, where the phrase of
    "число" alone names nothing; "число пострадавших превысило 15 человек" → пострадавшие,
    the participle tagged a noun); a noun stays in its phrase ("число беженцев")."""
    doc = counter.doc
    nxt = doc[counter.i + 1] if counter.i + 1 < len(doc) else None
    if counter.lemma_ not in COUNTERS or nxt is None or "Gen" not in nxt.morph.get("Case"):
        return None
    noun_after = nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ in ("NOUN", "PROPN")
    # a participle tagged a noun keeps its verb's lemma ("пострадавших" → пострадать)
    verbal = nxt.pos_ == "NOUN" and nxt.lemma_.endswith(("ть", "ться", "чь", "чься"))
    if (
        (nxt.pos_ in ("VERB", "ADJ") or verbal)
        and "Plur" in nxt.morph.get("Number") and not noun_after
    ):  # fmt: skip
        word = nominative(nxt, True)
        return word, word
    return None


def _contrasted_level(low: Token, verb: Token) -> tuple[Token, list[Token]] | None:
    """The verb of level of a count of people that is an object after "а"/"но", and the
    nouns the contrast opens before that verb, its subjects however the parse hangs them:
    "объём торговли достиг 2,4 млрд евро, а [число] туристов … превысило 150 тысяч человек"
    (the parse may make the count the object of "достиг", "число" a conjunct, and the first
    clause's measure the subject of "превысило"); None with no contrast or no noun in it."""
    if low.dep_ != "obj" or verb.i > low.i:
        return None
    later = [
        c for c in verb.children
        if c.dep_ in ("conj", "parataxis") and verb.i < c.i < low.i and c.lemma_ in GIVING_LEVEL
        and not any(t.is_punct for t in c.doc[c.i + 1 : low.i])
    ]  # fmt: skip
    level = max(later, key=lambda c: c.i) if later else verb
    if level.lemma_ not in GIVING_LEVEL:
        return None
    owners = (level, level.head)
    before = low.doc[low.sent.start : level.i]
    opening = next(
        (t for t in reversed(before)
         if t.dep_ == "cc" and t.lower_ in ("а", "но") and t.head in owners),
        None,
    )  # fmt: skip
    if opening is None:
        return None
    opened = [
        t for t in low.doc[opening.i + 1 : level.i]
        if t.pos_ == "NOUN" and t.dep_ in (*SUBJECTS, "conj") and t.head in owners
    ]  # fmt: skip
    return (level, opened) if opened else None


def _fronted(low: Token, verb: Token) -> Token:
    """The verb a subject follows: "погибли, по официальным данным, 38 человек, пострадали
    до 4 тысяч" — the parser makes "38 человек" the subject of the conjunct after the
    comma; a fronted verb with no subject of its own before it is theirs."""
    head = verb.head
    if (
        verb.dep_ not in ("conj", "parataxis") or low.dep_ not in SUBJECTS
        or not head.i < low.i < verb.i
        or not (head.pos_ == "VERB" or (head.pos_ == "ADJ" and is_predicate(head)))
        or has_subject(head)
        or not any(t.text == "," for t in low.doc[low.i + 1 : verb.i])
    ):  # fmt: skip
        return verb
    return head


def _nearer_conjunct(low: Token, verb: Token) -> Token:
    """The verb of fate a subject after it follows where the parser hangs it on the verb
    before: "погиб полицейский и ранены четыре человека, включая депутата …" — the count is
    the subject of "ранены", a conjunct between with no subject of its own, where the first
    verb has one before it; "погибли и ранены 10 человек" (no subject of the first) stays."""
    if low.dep_ not in SUBJECTS or verb.i > low.i:
        return verb
    between = [
        c for c in verb.children
        if c.dep_ == "conj" and verb.i < c.i < low.i and _fate(c) and not has_subject(c)
        and not any(t.is_punct for t in c.doc[c.i + 1 : low.i])
    ]  # fmt: skip
    if not between:
        return verb
    nearer = max(between, key=lambda c: c.i)
    own = [c for c in verb.children if c.dep_ in SUBJECTS and c is not low and c.i < nearer.i]
    return nearer if own else verb


def _fate_right_before(head: Token, verb: Token) -> Token | None:
    """The intransitive verb of fate with no subject of its own right before a count of
    people (past its bound, "погибли по меньшей мере 16 человек") that the parser hangs on
    a verb before that one ("обвинил руководителей в том, …, в результате которой погибли
    16 человек" → обвинил): the count is its subject; None where the count's verb is it."""
    start = head.left_edge.i
    if start == 0:
        return None
    fate = head.doc[start - 1]
    if fate is verb or fate.i < verb.i or not _fate(fate) or not _intransitive(fate):
        return None
    return None if has_subject(fate) else fate


def _sized_band(head: Token) -> Token | None:
    """The band a count "из N человек" after it sizes (claim_words.tsv `band`: "команда
    японских медиков из 30 человек"), or the band of those the parse hangs the count on
    ("группа [спасателей из 40 человек]"); None for people out of a band ("200 человек из
    группы") or into one."""
    band = head.head
    band = band.head if band.lemma_ not in _BANDS and band.dep_ == "nmod" else band
    sized = band.lemma_ in _BANDS and band.i < head.i and preposition(head) == "из"
    return band if sized else None


def reckoned_role(verb: Token) -> str:
    """The fate a verb of reckoning classes its subject or object by, with its words after it
    ("ещё 135 числятся пропавшими без вести" → пропавшие без вести, "считаются погибшими" →
    погибшие); "" for any other verb or complement ("считается лучшим")."""
    if verb.lemma_ not in _RECKONED:
        return ""
    fate = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
    if fate is None or not (_fate(fate) or fate.lemma_ in _FATED_ADJECTIVES):
        return ""
    role = participle_of(fate)
    tail = verb.doc[fate.i + 1 : fate.right_edge.i + 1].text
    return f"{role} {tail}" if role and tail else role


def _classed_role(low: Token, verb: Token) -> str:
    """The fate a verb of reckoning classes people `low` by, as its subject ("20 военнослужащих
    считаются погибшими") or its object ("признали погибшими 12 солдат"); "" otherwise."""
    return reckoned_role(verb) if low.dep_ in SUBJECTS or low.dep_ == "obj" else ""


def _role(low: Token, verb: Token) -> str:
    """The role a verb gives people who are its argument `low`, as a plural participle: of
    its object "арестовала семь человек" → арестованные, of its subject "погибли" →
    погибшие; of a subject beside an object the subject owns ("свои дома покинули") or a
    deed forced on it, the deed (`object_deed`); "" for a subject beside another object of
    the verb's own ("приняли участие", "потеряли работу")."""
    if _owner_of_object(low, verb):
        return ""  # "повредило дома более 2 тысяч человек": whose houses, no role of theirs
    left = _left_without(low, verb) or _classed_role(low, verb)
    if left:
        return left
    if low.dep_ == "obj" or _second_subject(low, verb):  # "арестовала семь человек"
        return participle_of(verb, passive=True)
    done = _forced_deed(verb) or _wished_deed(verb) if low.dep_ in SUBJECTS else ""
    if done:  # "были вынуждены покинуть свои жилища 30 тысяч человек" → покинувшие жилища
        return done
    objects = [c for c in verb.children if c.dep_ == "obj"]
    if low.dep_ in SUBJECTS and not objects:
        role = participle_of(verb)
        place = _where(verb) if role and verb.lemma_ in _BEING_THERE else ""
        place = place or (_lacking(verb) if role and verb.lemma_ in _STAYING else "")
        return f"{role} {place}" if place else role
    if low.dep_ in SUBJECTS and any(c.lemma_ in WOUNDS for c in objects):
        return "раненые"  # "300 человек получили ранения"
    own = low.dep_ in SUBJECTS and any(_own(c) for c in objects)
    return object_deed(verb) if own else ""  # "свои дома покинули 40 тысяч человек"


def _owner_of_object(low: Token, verb: Token) -> bool:
    """A count the parser hangs on its verb right after the verb's object ("повредило дома
    [более 2 тысяч человек]", made a second object) or after a noun's form it reads as an
    adverb of a transitive verb ("разрушил дома [300 человек]", made a subject): a verb
    takes one object, so the count is the genitive of the one before it, whose it is.
    "арестовала семь человек" has nothing before it, "дома остались 300 человек" (at home)
    no transitive verb."""
    start = low.left_edge.i
    before = [c for c in verb.children if c.i == start - 1]
    return any(c.dep_ == "obj" or (_noun_form(c) and transitive(verb.text)) for c in before)


def _own(thing: Token) -> bool:
    """A thing a reflexive "свой" owns ("свои дома"): the subject's own, so what the subject
    did with it names them, where bare people keep their verb's role alone ("потеряли
    работу", "решение приняли 1,5 тыс. человек": люди)."""
    return any(c.lemma_ == "свой" for c in thing.children)


def _forced_deed(verb: Token) -> str:
    """What people were forced to do with an object of its own ("вынуждены [покинуть свои
    дома]", "заставили бросить жильё"): they did it, so it names them; "" for another verb
    ("хотят покинуть страну": a wish, no deed) or an infinitive with no object."""
    if verb.lemma_ not in _FORCING:
        return ""
    done = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    return object_deed(done) if done is not None else ""


def _wished_deed(verb: Token) -> str:
    """Who people are that want or plan a deed ("хотят [покинуть страну]" → "желающие
    покинуть страну", "планируют вернуться" → "планирующие вернуться"): the wish's
    participle with the infinitive and its object as told, no deed done; "" for another
    verb or a wish with no infinitive ("хотят мира")."""
    if verb.lemma_ not in _WILLING:
        return ""
    deed = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    who = _WISHING.get(verb.lemma_) or participle_of(verb)
    return deed_as_told(who, deed) if deed is not None and who else ""


def _left_without(low: Token, verb: Token) -> str:
    """People a verb of leaving left without something, its object or its passive's subject
    ("наводнение оставило без крова 12 тыс. человек", "без света оставлены 2 млн человек"):
    what they lack names them, "люди без крова", as "остались без крова" does; the verb's
    participle ("оставленные") says nothing of it. "" for another verb or no "без"
    ("оставили в стране 300 человек": оставленные)."""
    if verb.lemma_ not in _LEAVING or not (
        low.dep_ in ("obj", "nsubj:pass") or _second_subject(low, verb)
    ):
        return ""
    lacking = _lacking(verb) or _lacking(low)  # "оставило 40 тысяч человек [без крова]"
    return f"люди {lacking}" if lacking else ""


def _lacking(word: Token) -> str:
    """What a verb of staying or leaving says people were left without ("остались [без
    крова]", "без электричества"), or the people's own phrase does ("оставило 40 тысяч
    человек [без крова]"), as the text words it; "" for none ("остались в городе")."""
    for c in word.children:
        without = [p for p in c.children if p.dep_ == "case" and p.lower_ == "без"]
        if c.dep_ in ("obl", "nmod") and without and c.pos_ == "NOUN":
            return f"без {c.lower_}"
    return ""


def _subject_after_own_object(low: Token, up: Token) -> str:
    """The role of people a count the parser hangs as the genitive of a verb's object that
    a reflexive "свой" owns: "были вынуждены покинуть свои дома более 700 тысяч человек" —
    "свои" points to the verb's subject, so the count is it, not whose the homes are →
    "покинувшие дома"; "" otherwise ("разрушили дома 300 человек": their homes)."""
    verb = up.head
    if not _own(up) or low.dep_ != "nmod" or up.dep_ != "obj" or low.i < up.i:
        return ""
    if verb.pos_ != "VERB" or has_subject(verb) or has_subject(verb.head):
        return ""
    return object_deed(verb)


def _second_subject(low: Token, verb: Token) -> bool:
    """A count after a transitive verb that the parse makes a second subject, or hangs on a
    bound ("более") made a subject or the verb's adverb, where the verb's own subject,
    nominative and agreeing with it, stands before it: "Власти эвакуировали 1 250 граждан",
    "Перу эвакуировало более 700 своих граждан" — the count is the object, so the people
    are эвакуированные, not эвакуировавшие (nor no role); "Ливан покинули 300 граждан" (a
    plural verb, a singular name) stays."""
    misread = low.dep_ in SUBJECTS or low.pos_ == "ADV"
    if not misread or low.i < verb.i or not transitive(verb.text):
        return False
    plural = morph().can_be(verb.lower_, "plur")  # the tagger may read the verb a participle
    return any(
        c.dep_ in SUBJECTS and c.i < verb.i and "Nom" in c.morph.get("Case")
        and is_plural(c) == plural
        for c in verb.children
    )  # fmt: skip


def _named_as(head: Token, verb: Token) -> Token | None:
    """The plural animate noun in the instrumental a copula gives people as what they are
    ("[Жертвами] взрыва стали три человека", "[участниками] которой являются 845 млн
    человек"): it names them where "человек" does not; None for another verb or none."""
    if verb.lemma_ not in _COPULAS:
        return None
    inside = {t.i for t in head.subtree}
    return next(
        (c for c in verb.children
         if c.dep_ in ("xcomp", "obl") and c.pos_ == "NOUN" and c.i not in inside
         and "Ins" in c.morph.get("Case") and "Plur" in c.morph.get("Number")
         and is_animate(c)),
        None,
    )  # fmt: skip


def _where(verb: Token) -> str:
    """The place a verb of being somewhere names, as the text words it ("находились [на борту
    самолёта]", "[в автобусе]"; "автобус, в котором находился" → "в автобусе"): who was there
    is named by it, a bare "находившиеся" says nothing. "" for none."""
    for c in sorted(verb.children, key=lambda c: abs(c.i - verb.i)):
        prep = [p for p in c.children if p.dep_ == "case" and p.lower_ in ("в", "на")]
        if c.dep_ != "obl" or not prep or "Loc" not in c.morph.get("Case"):
            continue
        if c.lemma_ == "который":  # the relative's noun, in the place's case
            if verb.dep_ != "acl:relcl" or verb.head.pos_ != "NOUN":
                return ""
            return f"{prep[0].lower_} {morph().inflect(verb.head.text, {'loct', 'sing'})}"
        if c.pos_ not in ("NOUN", "PROPN"):
            return ""
        after = [n for n in c.children if n.dep_ == "nmod" and n.i == c.i + 1]
        words = [prep[0], c, *(n for n in after if n.pos_ in ("NOUN", "PROPN"))]
        return " ".join(w.text if w.pos_ == "PROPN" else w.lower_ for w in words)
    return ""


def _fate(verb: Token) -> bool:
    return verb.lemma_ in _FATES or morph().normal_form(verb.lower_) in _FATES


def fated_unit(unit: str) -> str:
    """The unit of a count of people an adjective of fate names ("30 раненых", "о 12
    убитых"): `человек`, as "17 погибших" and "число раненых превысило 30" count; any other
    unit as it is ("30 раненых военнослужащих" → военнослужащий)."""
    return "человек" if unit in _FATED_ADJECTIVES else unit


def fated_count(unit: str) -> tuple[str, str, str] | None:
    """The metric of a count an adjective of fate names that no word of its clause measures,
    however the parser tags the adjective ("сообщили о 12 убитых", read as a verb): убитые,
    человек, as "о 17 погибших" gives погибшие; None for any other unit."""
    if unit not in _FATED_ADJECTIVES:
        return None
    name = morph().inflect(unit, {"nomn", "plur"})
    return name, name, "человек"


def named_fate(name: str, key: str, unit: str) -> tuple[str, str]:
    """A metric of people whose role of fate news writes with fixed words (fate_roles.tsv)
    named with them, however the text left them out: "10 человек пропали без вести",
    "пропали 8 туристов", "ещё 5 пропавших без вести" → пропавшие без вести, as "числятся
    пропавшими без вести" gives; things ("пропали 3 тонны груза") keep their name."""
    if unit not in PEOPLE and not animate_plural(unit):
        return name, key
    return _whole_role(name), _whole_role(key)


def _whole_role(words: str) -> str:
    """`words` with their first role of fate put whole ("пропавшие военнослужащие" →
    "пропавшие без вести военнослужащие"), as they are where it is whole already."""
    split = words.split(" ")
    for k, word in enumerate(split):
        whole = lexicons()["fate_role"].get(word)
        if whole is not None and " ".join(split[k : k + len(whole.split(" "))]) != whole:
            return " ".join([*split[:k], whole, *split[k + 1 :]])
    return words


def fated_people(word: Token) -> bool:
    """A plural word standing for people by what befell them, however tagged: a participle
    of a verb of fate ("пострадавших", the tagger's noun of lemma "пострадать"), or an
    adjective of one (claim_words.tsv `fated_adjective`: "раненых"); "беженцев",
    "туристов", "военных" are no fate."""
    if "Plur" not in word.morph.get("Number"):
        return False
    forms = {p.normal_form for p in morph().parse(word.lower_)[:4]}
    return _fate(word) or bool(forms & (_FATES | _FATED_ADJECTIVES))


def _intransitive(verb: Token) -> bool:
    """A finite verb of fate that takes no object ("погибли", "умерли"): its count of
    people right after it is its subject, however the parse hangs the count."""
    return (
        verb.pos_ == "VERB"
        and not any(p.tag.transitivity == "tran" for p in morph().parse(verb.lower_)[:1])
        and not any(c.dep_ == "obj" for c in verb.children)
    )


def fated(ctx: Context, head: Token) -> tuple[str, str]:
    """A count of persons named by who they are, and by what befell them where a verb of
    fate says it (claim_words.tsv `fate`: "погибли трое военнослужащих" → "погибшие
    военнослужащие", "задержали 14 граждан" → "задержанные граждане"); a verb of any
    other kind ("прибыли 250 беженцев") gives them no role; what they did that sets them
    apart follows their name (deeds.py: "граждане, потерявшие работу")."""
    name, key = noun_phrase(ctx, head, counted=True)
    # bare "человек" keep their verb's role alone (`_people`: "приняли участие" is no deed)
    told = (name + ("" if head.lemma_ in PEOPLE else deed(head)), key)
    if not is_animate(head):
        return told
    nums = [c.i for c in head.children if c.dep_.startswith("nummod") and c.i < head.i]
    first = max(nums, default=head.i)  # the number next to the noun, not one coordinated
    if not nums and head.i > 1 and head.doc[head.i - 1].like_num:
        first = head.i - 1  # "погибли [5] военных и 7 раненых": the parse hangs 5 on the last
    before = head.doc[first - 1] if first else None
    if before is not None and _fate(before) and is_passive(before, short=False):
        role = participle_of(before)  # "погиб один и [ранено] двое военных", however parsed
        return f"{role} {name}", f"{role} {key}"
    if first != head.i and before is not None and _fate(before) and _intransitive(before):
        role = participle_of(before)  # "погибли 5 военных и 7 раненых военных", misparsed
        return f"{role} {name}", f"{role} {key}"
    for low, up in _up_to_a_noun(head):
        if up.pos_ in ("VERB", "AUX") or (up.pos_ == "ADJ" and is_predicate(up)):
            role = _role(low, up) if _fate(up) else _classed_role(low, up)
            return (f"{role} {name}", f"{role} {key}") if role else told
    return told


# "по крайней мере один человек": the bound a lone "один" of a count of people carries
_ONE_BOUND = re.compile(r"(?:по\s+(?:крайней|меньшей)\s+мере|как\s+минимум|не\s+менее)\s+$", re.I)


def fated_ones(ctx: Context, found: list[Quantity]) -> list[Quantity]:
    """`found` with a count of one person a verb of fate befell ("погиб по крайней мере один
    человек", "погиб один военный, еще 20 получили ранения"): a count of one only where a
    bound says it is the least the toll is, or another figure of its sentence follows and
    may stand on it ("еще около 70 получили ранения"); "один из …", a one that is no
    count of people, and one with neither stay no figure."""
    text = ctx.document.text
    added: list[Quantity] = []
    # the words off the Doc's array, a Token made for the "один"/"одна" alone
    words = token_strings(ctx.doc, LOWER)
    for one in (ctx.doc[i] for i, word in enumerate(words) if word in ("один", "одна")):
        if one.dep_ not in ("nummod", "amod", "det"):
            continue
        noun = one.head
        if noun.i != one.i + 1 or noun.pos_ != "NOUN" or not is_animate(noun):
            continue
        verb = noun.head
        if noun.dep_ not in SUBJECTS or not _fate(verb):
            continue
        bound = _ONE_BOUND.search(text, 0, one.idx)
        start = bound.start() if bound else one.idx
        sent_end = one.sent.end_char
        after = any(q.start > noun.idx and q.end <= sent_end for q in found)
        if not bound and not after:
            continue
        if any(q.start <= one.idx < q.end for q in found):
            continue
        end = noun.idx + len(noun.text)
        added.append(
            Quantity(
                start=start,
                end=end,
                text=text[start:end],
                value=Decimal(1),
                unit=noun.lemma_,
                comparator="ge" if bound else "eq",
                kind="amount",
            )  # fmt: skip
        )
    return sorted([*found, *added], key=lambda q: q.start) if added else found
