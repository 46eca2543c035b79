"""A nominative the parser made the object of a verb that has no subject: the subject.

"Посетили Кению и Перу президенты Уругвая и Парагвая": with the verb first and an object
before it, slovnet's parser may make the subject after them a second object, though the
tagger reads it nominative; every reader then finds no subject, so no fellow traveller, of
the verb. An object of an active finite verb with no subject, read nominative by the
tagger, in a form that can be nominative and never accusative ("президенты", "министры";
not "министра", nor an adjective's form), agreeing with the verb in number, is its
subject; so is such a word hung as a conjunct of the object with no "и" nor comma before
it ("Посетили Уганду и Кигали президенты Кении и Танзании"). Fifty-fifth pass (h-events164).

"После этого Моди посетил Сендай": with two names that do not decline, the parser may make
both objects of the verb, or the name before it the object and the place after it the
subject (two subjects too), and the visit's stop loses its visitor. Of a verb's only two
core nominals, one before it and one after, the one before read animate and nominative,
agreeing with the verb, is its subject and the one after, read inanimate and able to be
accusative, its object: a place visits no one (`mend_core_pair`). Fifty-sixth pass
(h-events177).

"Ранее глава МИД Чехии Липавский посетил Вену": with a surname alone after a title, the
parser may make the name a second subject of the verb, not the title's apposition as it
does "Ян Липавский"; every reader then takes the title alone for the one who acts, of his
state (`mend_titled_names`). Fifty-seventh pass (h-events185). A name the parser cut loose as a
parataxis of the verb right after a title's phrase ("с генеральным секретарём ЦК КПВ То
Ламом", "То" read as the pronoun "тот") is that title's apposition too (`mend_loose_names`;
seventy-first pass, h-events269).

"Меморандум о сотрудничестве в энергетике Вьетнам и Лаос должны были подписать в мае": with
the paper placed first, the parser may hang the subject after it on the last noun of its
title (an apposition of "энергетике"), and make the paper the subject of "должны"; readers
then find no one who is to sign. A nominative hung with no preposition on a noun of
another case than the nominative or accusative (so no apposition of it; not a quoted
name), right before a predicate that agrees with it in number and has no subject that
does, is that predicate's subject, and the paper the predicate had for a subject the
object of its infinitive (`mend_stray_subjects`).
Fifty-eighth pass (h-agreements63).

"Вьетнам и Лаос договорились в январе 2025 года подписать соглашение": with a name that
reads the same in the nominative and the accusative before a verb and a time after it, the
parser may make the subject the verb's object, and the paper loses its parties and its
signing. A reflexive verb takes no object in the accusative, so such an object, read
nominative by the tagger, is the subjectless verb's subject whatever else its form can be
(`_reflexive`). Sixty-second pass (h-agreements72).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.clause_conjuncts import reaches
from kg.nlp.deps import SUBJECTS
from kg.nlp.morph import case_of, features, is_finite, morph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NOUNS = frozenset({"NOUN", "PROPN"})
_CORE = frozenset({"nsubj", "obj"})
_OBLIQUE_HEADS = frozenset({"obl", "obj"})  # what a stray nominative genitive may hang on
# what `mend_nominative_objects` may set as a subject: an object, a conjunct, an oblique, a
# genitive or a parataxis (`_verb_of`)
_HUNG = frozenset({"obj", "conj", "obl", "nmod", "parataxis"})


def mend_nominative_objects(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads` and `deps`, each object of the sentence of tokens `idx` that is its
    subjectless verb's nominative subject (module doc) as `nsubj`, and so a nominative hung
    with no "и" nor comma before it as a conjunct of the object ("Посетили Уганду и Кигали
    президенты Кении …"), and one after the verb hung with no preposition as its oblique or
    as a genitive of its oblique or object, in a form that is nominative only ("… и
    встретились с королём Марокко президенты Сенегала и Мали")."""
    for i in idx:
        # the relations `_verb_of` reads only (read first: it makes no `Token` of the others)
        if deps[i] not in _HUNG or doc[i].pos_ not in _NOUNS or case_of(doc[i]) != "Nom":
            continue
        verb = _verb_of(doc, i, idx, heads, deps)
        if verb < 0:
            continue
        number = _subject_number(doc, i, idx, heads, deps)
        if not _active_finite(doc, verb) or number != _number(doc, verb):
            continue
        if any(heads[c] == verb and deps[c] in SUBJECTS for c in idx):
            continue
        word = doc[i].text
        objectless = deps[i] == "obj" and _reflexive(doc[verb])
        if morph().can_be(word, "nomn") and (objectless or not morph().can_be(word, "accs")):
            heads[i], deps[i] = verb, "nsubj"


def _reflexive(verb: Token) -> bool:
    """Whether `verb` is reflexive ("договорились", "условились"), so takes no object in the
    accusative: a noun hung on it as its object that can be nominative is its subject,
    whatever else its form can be ("Вьетнам и Лаос договорились": "Вьетнам" reads the same
    in the accusative)."""
    return verb.lower_.endswith(("ся", "сь"))


def _verb_of(doc: Doc, i: int, idx: list[int], heads: list[int], deps: list[str]) -> int:
    """The verb whose subject nominative word `i` may be, by where the parser hung it: the
    verb of its object or of the object it is a conjunct of (no "и" nor comma before it);
    the verb before it of its oblique, or of the oblique or object it is a genitive of,
    where it has no preposition and no other case than the nominative (fifty-seventh pass,
    h-events183), however deep in its nouns ("Подписали соглашение о торговле президенты
    Чили и Перу"); the verb before it it is a parataxis of ("Подписали соглашение о
    торговле министр торговли Чили X и министр …", both fifty-eighth pass, h-agreements63);
    else -1."""
    if deps[i] == "obj" or deps[i] == "parataxis" and heads[i] < i and _third(doc, heads[i]):
        return heads[i]
    if deps[i] == "conj" and deps[heads[i]] == "obj" and not _joined(doc, i, heads):
        return heads[heads[i]]
    phrase = _phrase_of(i, heads, deps) if deps[i] == "nmod" else i
    oblique = deps[phrase] in _OBLIQUE_HEADS if deps[i] == "nmod" else deps[i] == "obl"
    verb = heads[phrase]
    if not oblique or verb > i or any(heads[c] == i and deps[c] == "case" for c in idx):
        return -1
    return verb if morph().cases(doc[i].text) == {"nomn"} else -1


def _third(doc: Doc, verb: int) -> bool:
    """Whether `verb` may have a noun for its subject: not of the first or second person
    ("Отметим, что … производители": no subject of "Отметим")."""
    return not set(features(doc[verb], "Person")) & {"1", "2"}


def _phrase_of(i: int, heads: list[int], deps: list[str]) -> int:
    """The word that heads the chain of nouns genitive or prepositional `i` hangs down from
    ("соглашение о торговле президенты": "соглашение")."""
    j = heads[i]
    for _ in range(len(heads)):
        if deps[j] != "nmod" or heads[j] == j:
            break
        j = heads[j]
    return j


def _joined(doc: Doc, i: int, heads: list[int]) -> bool:
    """Whether a conjunction or a comma stands before word `i` and its words before it
    ("и их адвокаты")."""
    k = i - 1
    while k >= 0 and heads[k] == i and not _joiner(doc[k]):
        k -= 1
    return k >= 0 and _joiner(doc[k])


def _joiner(word: Token) -> bool:
    return word.pos_ == "CCONJ" or word.text in {",", ";"}


def _number(doc: Doc, i: int) -> tuple[str, ...]:
    return features(doc[i], "Number")


def _subject_number(
    doc: Doc, i: int, idx: list[int], heads: list[int], deps: list[str]
) -> tuple[str, ...]:
    """The number word `i` gives a verb as its subject: plural where a conjunct after "и"
    hangs on it ("министр … и министр …"), else its own."""
    joined = any(heads[c] == i and deps[c] == "conj" and _joined(doc, c, heads) for c in idx)
    return ("Plur",) if joined else _number(doc, i)


def _active_finite(doc: Doc, i: int) -> bool:
    """Whether word `i` is a finite verb in the active voice."""
    return doc[i].pos_ == "VERB" and is_finite(doc[i]) and features(doc[i], "Voice") != ("Pass",)


def mend_core_pair(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads` and `deps`, the subject and object of each active finite transitive
    verb of the sentence of tokens `idx` whose only two core nominals stand on either side
    of it, the one before an animate nominative agreeing with it and the one after an
    inanimate that can be accusative, wherever the parser put them (module doc)."""
    cores = _core_nominals(idx, heads, deps)
    for verb in idx:
        core = cores.get(verb, [])
        if len(core) != 2 or not core[0] < verb < core[1]:
            continue
        who, where = core
        if (deps[who], deps[where]) == ("nsubj", "obj"):
            continue  # read right already, as most are
        if not _active_finite(doc, verb) or not morph().can_be(doc[verb].text, "tran"):
            continue  # "Моди понравился Сендай": the dative's verb takes no object
        if _doer(doc, who, verb) and _done(doc, where):
            deps[who], deps[where] = "nsubj", "obj"


def _core_nominals(idx: list[int], heads: list[int], deps: list[str]) -> dict[int, list[int]]:
    """Each word's core nominals (`_CORE`) in the sentence of tokens `idx`, in order, by the
    word's index: one pass over the sentence, where asking it of each verb was a pass per verb,
    so that `mend_core_pair` reads words (`Token`s, the verb's parse) only of the few verbs
    whose pair is in question. Setting a verb's pair keeps both words hung on it as core
    nominals, so no other verb's list changes."""
    core: dict[int, list[int]] = {}
    for i in idx:
        if deps[i] in _CORE and heads[i] != i:
            core.setdefault(heads[i], []).append(i)
    return core


def _doer(doc: Doc, i: int, verb: int) -> bool:
    """Whether word `i` reads as the subject of `verb`: a name or noun the tagger read
    animate and nominative, of the verb's number and, where both have one, gender."""
    word = doc[i]
    if word.pos_ not in _NOUNS or case_of(word) != "Nom" or features(word, "Animacy") != ("Anim",):
        return False
    gender, verb_gender = features(word, "Gender"), features(doc[verb], "Gender")
    return _number(doc, i) == _number(doc, verb) and not (
        gender and verb_gender and gender != verb_gender
    )


def _done(doc: Doc, i: int) -> bool:
    """Whether word `i` can be the object: a name or noun the tagger read inanimate, and
    accusative or in a form that can be ("Мумбаи", which the dictionary does not know;
    "Сендай", "Сантос")."""
    word = doc[i]
    if word.pos_ not in _NOUNS or features(word, "Animacy") != ("Inan",):
        return False
    return case_of(word) == "Acc" or morph().can_be(word.text, "accs")


def mend_titled_names(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads` and `deps`, a name hung as a second subject of the verb right after
    the phrase of a singular animate noun that is the verb's subject, nothing between them
    ("глава МИД Чехии Липавский посетил"), as that noun's apposition (module doc); not a
    name after a comma or "и" ("министр, Липавский …"), nor one of another number or case."""
    for name in idx:
        if deps[name] not in SUBJECTS or doc[name].pos_ != "PROPN" or not _titled(doc, name):
            continue
        title = next((t for t in idx if _title_of(doc, t, name, heads, deps)), -1)
        if title >= 0:
            heads[name], deps[name] = title, "appos"


def _titled(doc: Doc, i: int) -> bool:
    """Whether word `i` may name a being: animate, nominative, singular."""
    word = doc[i]
    animate = features(word, "Animacy") == ("Anim",)
    return animate and case_of(word) == "Nom" and _number(doc, i) == ("Sing",)


def _title_of(doc: Doc, t: int, name: int, heads: list[int], deps: list[str]) -> bool:
    """Whether word `t`, a common noun and another subject of the verb of subject `name`,
    is a title whose phrase (its own words and those hung on them) ends right before the
    name."""
    if t >= name or doc[t].pos_ != "NOUN" or heads[t] != heads[name] or deps[t] not in SUBJECTS:
        return False
    if not _titled(doc, t):
        return False
    return _phrase_up_to(doc, t, name, heads)


def mend_loose_names(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads` and `deps`, a name hung as a parataxis right after the phrase of an
    animate noun of the sentence of tokens `idx`, nothing between them ("провёл переговоры
    с генеральным секретарём ЦК КПВ То Ламом", the name's "То" read as "тот"), as that
    noun's apposition (module doc); not a name after a comma or "и", nor one of its own
    clause (a name with a verb of its own under it)."""
    for name in idx:
        if deps[name] != "parataxis" or doc[name].pos_ != "PROPN" or name == idx[0]:
            continue
        if features(doc[name], "Animacy") != ("Anim",) or _joiner(doc[name - 1]):
            continue
        if any(heads[c] == name and doc[c].pos_ in {"VERB", "AUX"} for c in idx):
            continue
        title = next((t for t in idx if t < name and _loose_title(doc, t, name, heads)), -1)
        if title >= 0:
            heads[name], deps[name] = title, "appos"


def _loose_title(doc: Doc, t: int, name: int, heads: list[int]) -> bool:
    """Whether word `t`, an animate common noun, heads every word between it and `name`,
    and does not hang under `name` itself (hanging the name on it would make a loop)."""
    if doc[t].pos_ != "NOUN" or features(doc[t], "Animacy") != ("Anim",):
        return False
    return not reaches(t, name, heads) and _phrase_up_to(doc, t, name, heads)


def _phrase_up_to(doc: Doc, t: int, name: int, heads: list[int]) -> bool:
    """Whether the phrase of word `t` (its own words and those hung on them) runs up to the
    word before `name`, no "и" or comma among them."""
    return all(reaches(k, t, heads) and not _joiner(doc[k]) for k in range(t + 1, name))


_STRAY = frozenset({"appos", "nmod"})  # how the parser hangs a subject on a title's noun


def mend_stray_subjects(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads` and `deps`, each nominative of the sentence of tokens `idx` hung
    with no preposition on an earlier noun of another case, right before a predicate with
    no subject agreeing with it, as that predicate's subject, and the paper it hung under
    as the object of the predicate's infinitive where the parse made it the subject (module
    doc); where no infinitive can take that subject, the nominative is its apposition
    ("Премьер-министр Альберто Отарола подал", the title read in the genitive) and stays."""
    for i in idx:
        if deps[i] not in _STRAY or doc[i].pos_ not in _NOUNS:
            continue
        if heads[i] > i or case_of(doc[heads[i]]) in {"Nom", "Acc", ""} or doc[i - 1].is_quote:
            continue  # a quoted name is its noun's apposition in any case ("проекта «X»")
        if case_of(doc[i]) != "Nom" and not _nominative_pair(doc, i, idx, heads, deps):
            continue  # (after the cheap tests: the pair's reading parses the word, walks `idx`)
        if any(heads[c] == i and deps[c] == "case" for c in idx):
            continue
        predicate = _group_end(i, idx, heads) + 1
        if predicate > idx[-1] or not _free_predicate(doc, i, predicate, idx, heads, deps):
            continue
        first = _first_of_chain(i, predicate, heads, deps)
        if first < 0:
            continue
        infinitive = _bare_infinitive(doc, predicate, idx, heads, deps)
        if deps[first] == "nsubj" and heads[first] == predicate:
            if infinitive < 0:
                continue  # "Премьер-министр Альберто Отарола подал": the subject's apposition
            heads[first], deps[first] = infinitive, "obj"
        heads[i], deps[i] = predicate, "nsubj"


def _nominative_pair(doc: Doc, i: int, idx: list[int], heads: list[int], deps: list[str]) -> bool:
    """Whether word `i`, which the tagger read in another case, begins a pair the tagger read
    nominative in its conjunct after "и": a word that can be a nominative plural with such a
    conjunct ("форума компании и ведомства Вьетнама … подписали": "ведомства" read nominative,
    so "компании" is its fellow, not a genitive of "форума"). Sixty-third pass (h-events225)."""
    if not morph().can_be_all(doc[i].text, ("nomn", "plur")):
        return False
    return any(
        heads[c] == i
        and deps[c] == "conj"
        and _joined(doc, c, heads)
        and case_of(doc[c]) == "Nom"
        and _number(doc, c) == ("Plur",)
        for c in idx
    )


def _group_end(i: int, idx: list[int], heads: list[int]) -> int:
    """The last word of the run of words from `i` that hang under it ("Вьетнам и Лаос")."""
    end = i
    while end + 1 <= idx[-1] and reaches(end + 1, i, heads):
        end += 1
    return end


def _free_predicate(
    doc: Doc, i: int, predicate: int, idx: list[int], heads: list[int], deps: list[str]
) -> bool:
    """Whether word `predicate` is a finite verb or short adjective that agrees in number
    (and, in the singular, gender) with word `i` as its subject and has no subject of its
    own that does."""
    word = doc[predicate]
    short = word.pos_ == "ADJ" and features(word, "Variant") == ("Short",)
    if not (short or word.pos_ in {"VERB", "AUX"} and is_finite(word)):
        return False
    number = _subject_number(doc, i, idx, heads, deps)
    if number != _number(doc, predicate) or not _same_gender(doc, i, predicate, number):
        return False
    own = (c for c in idx if heads[c] == predicate and deps[c] in SUBJECTS)
    return not any(
        _number(doc, c) == number and _same_gender(doc, c, predicate, number) for c in own
    )


def _same_gender(doc: Doc, i: int, predicate: int, number: tuple[str, ...]) -> bool:
    """Whether word `i`, as a subject of `number`, agrees in gender with `predicate`: any
    plural does, and a predicate with no gender ("подпишет")."""
    told = features(doc[predicate], "Gender")
    return number == ("Plur",) or not told or features(doc[i], "Gender") == told


def _first_of_chain(i: int, predicate: int, heads: list[int], deps: list[str]) -> int:
    """The word before `i` whose head chain holds `i` and that hangs on `predicate` or on its
    infinitive (the paper placed first); -1 where `i` hangs under no such word."""
    j = i
    for _ in range(len(heads)):
        if heads[j] == j or heads[j] > i:
            return -1
        j = heads[j]
        up = heads[j]
        if up == predicate or deps[up] == "xcomp" and heads[up] == predicate:
            return j
    return -1


def _bare_infinitive(
    doc: Doc, predicate: int, idx: list[int], heads: list[int], deps: list[str]
) -> int:
    """The infinitive `predicate` governs that has no object of its own; -1 where none."""
    for c in idx:
        infinitive = deps[c] == "xcomp" and features(doc[c], "VerbForm") == ("Inf",)
        if (
            infinitive
            and heads[c] == predicate
            and not any(heads[o] == c and deps[o] == "obj" for o in idx)
        ):
            return c
    return -1
