"""Where one clause ends and another begins, read from the words where the parse is not
to be trusted: a parse often hangs a contrasting clause's words on the first clause's verb
("подписали меморандум, а главы МИД обсудили саммит в мае": "в мае" under "подписали"),
and a clause's subject on another clause's verb (`clause_subjects`)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Token

from kg.doc_text import settled_memo, token_strings
from kg.nlp.deps import SUBJECTS, has_preposition, has_subject, is_predicate
from kg.nlp.morph import features, is_finite
from kg.sentences import sentence_bounds

# The conjunctions that open a clause of contrast ("…, а Y подписали", "…, но X отказался").
CONTRAST = frozenset(["а", "но"])
_EXPLAINED = "что"  # opens a clause that tells its own act (", известный тем, что …")
_RELATIVE = "который"  # opens a relative clause (", которые в 1991 году основали …,")
_PART_ENDS = frozenset([",", ";", "—", "–", ":"])
_VERBAL = frozenset(["VERB", "AUX"])
# the arguments a verb takes before it in a clause it does not open ("и его встретил")
_ARGUMENTS = frozenset({"obj", "iobj", "nsubj", "nsubj:pass"})
_NOMINALS = frozenset({"NOUN", "PROPN", "PRON"})
_NOM_ACC = frozenset({"Nom", "Acc"})


def contrast_between(a: Token, b: Token) -> bool:
    """A clause of contrast with a verb of its own stands between two words, or the later
    word is in it: what it tells is not the other clause's ("Индия и Япония — партнёры, а
    Индия и Пакистан так и не подписали договор": the verb may come after the word). A gapped
    one ("посетил Пекин, а затем Шанхай") has no verb and does not part them."""
    lo, hi = sorted((a.i, b.i))
    lower, words = token_strings(a.doc, LOWER), token_strings(a.doc)
    for k in range(lo + 2, hi):
        if lower[k] in CONTRAST and words[k - 1] == ",":
            return _has_verb(a.doc, k + 1, _clause_end(a.doc[hi]))
    return False


def told_after(a: Token, b: Token) -> bool:
    """The later word `b` is in a clause ", что …" after `a` with a verb of its own: what
    that clause tells ("скончался X, известный тем, что в 1970-х годах придумал …": "в
    1970-х годах" under "скончался" in the parse) is not `a`'s."""
    lower, words = token_strings(a.doc, LOWER), token_strings(a.doc)
    for k in range(a.i + 2, b.i):
        if lower[k] == _EXPLAINED and words[k - 1] == ",":
            return _has_verb(a.doc, k + 1, _clause_end(b))
    return False


def relative_verb(a: Token, b: Token) -> Token | None:
    """The verb of a "который" clause after `a` that the later word `b` is in, the clause's
    verb before `b` ("экстрадировала X, которого прокуратура обвиняет в пытках в период
    диктатуры 1976—1983 годов": the parser may hang "в пытках" and the years under
    "экстрадировала"); None where `b` is in no such clause. Sixty-third pass (h-events229)."""
    lemmas = token_strings(a.doc, LEMMA)
    for k in range(a.i + 1, b.i):
        if lemmas[k] == _RELATIVE and _clause_end(a.doc[k]) > b.i:
            return next((t for t in a.doc[k + 1 : b.i] if t.pos_ in _VERBAL), None)
    return None


def compared(t: Token) -> bool:
    """`t` is in a phrase of comparison "как и …" up to its comma ("Турция, как и в прошлом
    году в Египте, провела …"): the time, place or event it tells is the one compared with,
    not the clause's own. Read from the words, as the parser hangs them on the clause's verb;
    once per word of a settled Doc (the events' readers ask it of every word of a verb's
    phrases, again at each event of the sentence)."""
    memo = settled_memo(t.doc, "compared")
    if memo is None:
        return _compared(t)
    found = memo.get(t.i)
    if found is None:
        found = memo[t.i] = _compared(t)
    return bool(found)


def _compared(t: Token) -> bool:
    """`compared`, read from the words."""
    lower, words = token_strings(t.doc, LOWER), token_strings(t.doc)
    for k in range(t.i - 1, sentence_bounds(t)[0], -1):  # no sentence `Span` made
        if words[k] in _PART_ENDS or words[k] in {"(", ")"}:
            return False
        if lower[k] == "и" and lower[k - 1] == "как":
            return True
    return False


def _has_verb(doc: Doc, start: int, end: int) -> bool:
    """A verb or auxiliary among tokens `start`..`end`, read from the Doc's strings: these
    rules scan every word between two others, and a `Token` per word cost more than the
    test."""
    return not _VERBAL.isdisjoint(token_strings(doc, POS)[start:end])


def _clause_end(t: Token) -> int:
    """The index after the last word of the clause part `t` is in: the next comma, semicolon
    or dash, else the sentence's end."""
    end, words = t.sent.end, token_strings(t.doc)
    return next((j for j in range(t.i + 1, end) if words[j] in (",", ";", "—", "–")), end)


def clause_subjects(verb: Token, deps: Collection[str]) -> list[Token]:
    """The subjects of `verb` (children of relations `deps`), less those the parser hung on it
    from another clause (`stray_subject`, `later_subject`), plus those of its later clauses,
    or of a clause on its object, that stand before it, and its own the parser hung on the
    clause before."""
    children = list(verb.children)  # read once: spaCy makes a `Token` per child on each pass
    own = [c for c in children if c.dep_ in deps and not _misplaced(c)]
    own += [x for x in verb.head.children if x.dep_ in deps and later_subject(x) == verb]
    later = [c for c in children if c.i > verb.i]
    later += [g for c in later if c.dep_ == "obj" for g in c.children if g.dep_ == "acl"]
    later = [x for c in later for x in c.children if x.dep_ in SUBJECTS]  # its label is of
    # the verb the parser hung it on ("nsubj:pass" of "было подписано")
    own += [x for x in later if stray_subject(x) == verb] or _after_contrast(verb)
    return sorted(own or _hung_before(verb) or _shared_after(verb, deps), key=lambda x: x.i)


def _hung_before(verb: Token) -> list[Token]:
    """The subject of a finite verb with none that stands right before it in its own clause
    part, where the parser hung it on the verb of another clause: past a relative clause
    ("Бразилия и Аргентина, которые в 1991 году основали МЕРКОСУР, подписали": "Бразилия"
    under "основали"), after "что" ("Министр, который …, сообщил, что Египет и Катар
    подписали": "Египет" under the relative verb) or a comma ("По словам министра, который
    посетил Ханой, Камбоджа и Вьетнам подписали": conjuncts of "Ханой"). Nominatives the
    part's own words do not govern, nor the verb itself; none where the part has a verb of
    its own."""
    # a short adjective predicating its clause takes a subject as a finite verb does
    # ("Малайзия и Корея намерены подписать")
    short = verb.pos_ == "ADJ" and verb.dep_ == "ROOT" and is_predicate(verb)
    if has_subject(verb) or not (is_finite(verb) or short):
        return []
    doc, first = verb.doc, verb.sent.start
    end = verb.i
    start = _part_start(doc, end, first)
    if (
        start == end
        and start > first + 1
        and doc[_part_start(doc, end - 1, first)].lemma_ == _RELATIVE
    ):
        end = _part_start(doc, end - 1, first) - 1  # the part before the relative clause
        start = _part_start(doc, end, first)
    part = doc[start:end]
    if not len(part) or any(t.pos_ in ("VERB", "AUX") for t in part):
        return []
    return [
        t
        for t in part
        if t.pos_ in ("NOUN", "PROPN")
        and "Nom" in features(t, "Case")
        and not start <= t.head.i < end
        and (t.head != verb or t.dep_ == "parataxis")  # the verb's own object before it:
        # "Договор ратифицировали три страны"; a name the parser hung on it as parataxis is
        # its subject ("Малайзия и Южная Корея подписали")
        and not has_preposition(t)
    ]


def _shared_after(verb: Token, deps: Collection[str]) -> list[Token]:
    """The subject a finite verb opening its clause shares with the verbs "и" joins to it,
    where it stands after the last of them ("Посетили Эквадор и провели переговоры президенты
    Чили и Перу": the presidents visit too; the parser hangs them on the last verb). Only
    where no verb before the last has a subject of its own, each verb opens its part (no
    object before it: not "Прибыл в Лиму и его встретил министр"), no comma stands before
    the last "и", and the verbs agree in number and gender. Fifty-sixth pass (h-events175)."""
    if verb.dep_ == "conj" or not is_finite(verb) or has_subject(verb) or _led_by_noun(verb):
        return []
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > verb.i]
    if not joined or opened_between(verb, joined[-1]):
        return []
    *middle, last = joined
    subjects = [c for c in last.children if c.dep_ in deps and not _misplaced(c)]
    if not subjects or any(c.i < last.i or "Nom" not in features(c, "Case") for c in subjects):
        return []
    words = verb.doc
    cc = next((c for c in last.children if c.dep_ == "cc"), None)
    if cc is None or cc.lower_ != "и" or words[cc.i - 1].text == ",":
        return []
    for conjunct in joined:
        if not _agrees_with_verb(conjunct, verb) or any(
            c.dep_ in _ARGUMENTS and c.i < conjunct.i for c in conjunct.children
        ):
            return []
    return [] if any(has_subject(c) for c in middle) else subjects


def _led_by_noun(verb: Token) -> bool:
    """A noun or pronoun in the nominative or accusative with no preposition before `verb` in
    its part of the clause: the clause does not open with the verb ("Президент посетил …",
    "Эквадор посетили …")."""
    doc = verb.doc
    return any(
        t.pos_ in _NOMINALS and not has_preposition(t) and _NOM_ACC & set(features(t, "Case"))
        for t in doc[_part_start(doc, verb.i, verb.sent.start) : verb.i]
    )


def _agrees_with_verb(other: Token, verb: Token) -> bool:
    """A finite verb in `verb`'s number and gender, where both tell them."""
    same = all(
        not features(other, f) or not features(verb, f) or features(other, f) == features(verb, f)
        for f in ("Number", "Gender")
    )
    return same and is_finite(other)


def _part_start(doc: Doc, end: int, first: int) -> int:
    """Where the clause part that ends before `end` begins: after the last comma, dash,
    semicolon or subordinator before it, else at the sentence's first word `first`."""
    return next(
        (
            k + 1
            for k in range(end - 1, first - 1, -1)
            if doc[k].text in _PART_ENDS or doc[k].pos_ == "SCONJ"
        ),
        first,
    )


def _after_contrast(verb: Token) -> list[Token]:
    """The subject of a verb with none that a contrast opens, where the parser joined it to a
    word before the contrast ("Индия и Япония — партнёры, а Индия и Пакистан так и не
    подписали договор": "Индия" a conjunct of "партнёры")."""
    if has_subject(verb):
        return []
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ in CONTRAST), None)
    if cc is None or cc.i > verb.i:
        return []
    return [
        t
        for t in verb.doc[cc.i + 1 : verb.i]
        if t.dep_ == "conj" and t.head.i < cc.i and features(t, "Case") == ("Nom",)
    ][:1]


def _misplaced(t: Token) -> bool:
    """A subject the parser hung on a verb of another clause than its own."""
    return stray_subject(t) is not None or later_subject(t) is not None


def opened_between(lo: Token, hi: Token) -> bool:
    """A comma and a subordinator ("…, хотя", "…, когда") open a clause between two words."""
    doc = lo.doc
    return any(x.pos_ == "SCONJ" and doc[x.i - 1].text == "," for x in doc[lo.i + 1 : hi.i])


def later_subject(t: Token) -> Token | None:
    """The verb of a later clause whose subject `t` is where the parser hung it on the verb of
    the clause before, past the comma and subordinator that open the later one ("Франция и
    Италия так и не подписали договор, хотя соглашение … было подписано": "соглашение"
    under the first "подписали", "Франция" under the second), if that verb has no subject
    of its own there; else None."""
    main = t.head
    if t.dep_ not in SUBJECTS or not main.i < t.i or not opened_between(main, t):
        return None
    return next(
        (
            c
            for c in main.children
            if c.i > t.i
            and c.pos_ in ("VERB", "AUX")
            and all(x.i < main.i for x in c.children if x.dep_ in SUBJECTS)
        ),
        None,
    )


def stray_subject(t: Token) -> Token | None:
    """The verb whose subject `t` is where the parser hung it on the verb of a later clause
    that a comma and a subordinator open ("Греция и Турция так и не подписали договор, хотя
    стороны подписали соглашение": "Греция" is no subject of the second "подписали"), or a
    contrast with a subject of its own (`_contrast_with_subject`), if
    that verb has none of its own, also through the noun the later clause tells of
    ("X выразил надежду, что его поддержит Y": "X" is "выразил"'s); else None."""
    verb = t.head
    main = verb.head
    if verb.dep_ == "acl" and main.dep_ == "obj":  # "надежду, что …": the noun's verb
        main = main.head
    if t.dep_ not in SUBJECTS or not t.i < main.i < verb.i or main.pos_ not in ("VERB", "AUX"):
        return None
    own = [c for c in main.children if c.dep_ in SUBJECTS and later_subject(c) is None]
    if own or not (opened_between(main, verb) or _contrast_with_subject(main, verb)):
        return None
    return main


def _contrast_with_subject(main: Token, verb: Token) -> bool:
    """A ", а"/", но" between two verbs opens the later one's clause with a subject of its own
    ("Президенты … подписали соглашение, а министры … обсудили меморандум": the parser hung
    "Президенты" on "обсудили" too, so the first verb has none)."""
    doc = main.doc
    opener = next(
        (
            k
            for k in range(main.i + 2, verb.i)
            if doc[k].lower_ in CONTRAST and doc[k - 1].text == ","
        ),
        None,
    )
    return opener is not None and any(
        c.dep_ in SUBJECTS and opener < c.i < verb.i for c in verb.children
    )
