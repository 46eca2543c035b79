"""Universal Dependencies relations that several readers of the parse test for."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, POS
from spacy.tokens import Doc, Span, Token

from kg.doc_text import token_heads, token_strings
from kg.lexicon import load_groups
from kg.nlp.marks import DASHES
from kg.nlp.morph import (
    agrees,
    case_of,
    features,
    is_animate,
    is_finite,
    is_inanimate,
    is_infinitive,
    is_plural,
    morph,
)
from kg.nlp.quote_marks import CLOSING, OPENING

_QUOTED_SENTENCES = 8  # the most sentences one quotation is looked back over

# The subject of a clause, active or passive ("Министр подписал", "Соглашение подписано").
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_CLAUSAL_SUBJECTS = frozenset({"csubj", "csubj:pass"})

# The relations a clause of its own hangs by: what is said or thought, a clause beside,
# an adverbial or relative clause, a clause as subject.
CLAUSES = frozenset({"ccomp", "parataxis", "advcl", "acl", "acl:relcl", "csubj"})


def is_predicate(t: Token) -> bool:
    """A verb, or a short adjective used as one ("уверен", "убежден"); not an imperative,
    which speaks inside a quote ("«Спросите X …»") and tells no subject of its own."""
    pos = t.pos_  # first: most tokens are no verb, and reading `t.morph` costs ~1.5 µs
    if pos not in ("VERB", "AUX", "ADJ") or "Imp" in features(t, "Mood"):
        return False
    return pos != "ADJ" or "Short" in features(t, "Variant")


def route_dash(t: Token) -> bool:
    """A dash between two capitalised proper names: the ends of a route ("газопровода Баку —
    Тбилиси — Джейхан", "дороги Момбаса — Найроби"), part of the name before it."""
    doc = t.doc
    if t.text not in DASHES or t.i == 0 or t.i + 1 >= len(doc):
        return False
    before, after = doc[t.i - 1], doc[t.i + 1]
    return before.pos_ == after.pos_ == "PROPN" and after.text[:1].isupper()


# A compound preposition ("в ходе", "по итогам", "в качестве") is (its preposition's lemma,
# its noun's lemma); the parse gives it either as a noun with a preposition of its own and
# the object under it ("По итогам переговоров": итогам ← по, переговоров → итогам), or as
# one preposition, the noun `fixed` on its first word ("В ходе визита": визита ← В ← ходе).
Phrases = Collection[tuple[str, str]]


def taken_as_object(t: Token) -> bool:
    """`t` is its head's direct object: "obj", or a bare accusative the parser hangs as
    "obl" after an adverbial ("организовать в Кампале бизнес-форум"), with no preposition of
    its own. Callers ask it of event nouns, never of time words ("всю неделю")."""
    bare = t.dep_ == "obl" and not any(c.dep_ == "case" for c in t.children)
    return t.dep_ == "obj" or bare and features(t, "Case") == ("Acc",)


def has_subject(verb: Token) -> bool:
    """A verb with a subject of its own; a conjunct or a clause without one shares another's."""
    return any(c.dep_ in SUBJECTS for c in verb.children)


def clause_head(t: Token) -> Token:
    """The word heading the clause `t` is in: the first at or above it that hangs as a
    clause of its own ("заявил, что отношения … [переживают]"), else the root; conjuncts
    share their first's."""
    while t.dep_ not in CLAUSES and t.head.i != t.i:
        t = t.head
    return t


def subjunctive(t: Token) -> bool:
    """`t` takes the particle "бы" (or its short "б"): a wish, a condition or an act only
    weighed, not told as done ("хотел бы посетить", "было бы ошибкой", "довели бы"); a
    capital "Б." is a name's initial ("назначил Б. Рафини"), no particle."""
    return any(c.lower_ == "бы" or c.text == "б" and not _initial(c) for c in t.children)


def _initial(t: Token) -> bool:
    """A letter a full stop follows: a name's initial ("Б. Рафини")."""
    return t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "."


def unreal(t: Token) -> bool:
    """Whether the clause `t` is in tells a wish, an aim or a condition, not a fact: its head
    takes "чтобы" or "бы" ("хочет, чтобы страны стали партнёрами", "были бы союзниками"), or
    a "чтобы" before `t` with no verb but that head between (the parse may hang it on the
    clause above: "выразил желание, чтобы Бразилия и Нигерия стали партнёрами")."""
    head = clause_head(t)
    if subjunctive(head) or any(c.lower_ == "чтобы" for c in head.children):
        return True
    before = t.doc[t.sent.start : t.i]
    mark = next((w for w in reversed(before) if w.lower_ == "чтобы"), None)
    if mark is None:
        return False
    return all(w.pos_ != "VERB" or w.i == head.i for w in t.doc[mark.i + 1 : t.i])


def that_clause(verb: Token) -> bool:
    """A clause `verb` heads opened by the word "что" ("заявил, что …"): what someone says
    or thinks. The word itself, not its lemma: the lemmatizer gives a comparison's "чем"
    the lemma "что" too."""
    return any(c.dep_ == "mark" and c.lower_ == "что" for c in verb.children)


def speaker_acts(verb: Token) -> bool:
    """A clause "что …" with no subject of its own under a verb, in its number ("заявил,
    что уйдёт в отставку"): its subject is the governing verb's, who speaks of their own
    act (not "заявил, что его отправят": someone unnamed). The parser may make the clause
    a parataxis ("заявил, что отречётся от престола"): its "что" tells it all the same."""
    marked = that_clause(verb)
    agrees = verb.morph.get("Number") == verb.head.morph.get("Number")
    clause = verb.dep_ in {"ccomp", "parataxis"} and verb.head.pos_ == "VERB"
    return clause and marked and agrees and not has_subject(verb)


def clause_predicate(t: Token) -> bool:
    """A word that predicates a clause of its own: a verb, or a short adjective that takes an
    infinitive ("что намерен посетить Китай", "что готов приехать"), whose subject is the
    infinitive's too. Sixty-third pass (h-events226)."""
    if t.pos_ == "VERB":
        return True
    short = t.pos_ == "ADJ" and "Short" in features(t, "Variant")
    return short and any(c.dep_ == "xcomp" and is_infinitive(c) for c in t.children)


def which_subject(verb: Token) -> bool:
    """The clause's subject is "который" ("Ольсен, который занимал пост", "Клинтон, которая
    объявила"): the noun the clause hangs on is who acts."""
    return any(c.dep_ in SUBJECTS and c.lemma_ == "который" for c in verb.children)


def copular(t: Token) -> bool:
    """A noun or adjective a copula makes the predicate: "был [послом]", "будет [главой]"."""
    return any(c.dep_ == "cop" for c in t.children)


def preposition_noun(tok: Token, phrases: Phrases) -> bool:
    """`tok` is the noun of one of `phrases` parsed as a word of its own ("итогам" of "по
    итогам переговоров")."""
    return any((c.lemma_, tok.lemma_) in phrases for c in tok.children if c.dep_ == "case")


def fixed_preposition(tok: Token, phrases: Phrases) -> bool:
    """`tok` takes one of `phrases` parsed as one preposition ("визита" of "в ходе визита")."""
    return any(
        (c.lemma_, f.lemma_) in phrases
        for c in tok.children
        if c.dep_ == "case"
        for f in c.children
        if f.dep_ == "fixed"
    )


def has_fixed_preposition(tok: Token) -> bool:
    """`tok` takes a preposition of several words, whichever, as the parse fixes it ("в связи
    с истечением срока", "в ходе визита"): a reason or a time, no place nor post."""
    return any(f.dep_ == "fixed" for c in tok.children if c.dep_ == "case" for f in c.children)


# Compound prepositions of a condition ("в случае его кончины", "при условии подписания"): what
# they take is only supposed, not told ("по случаю избрания" is an occasion).
CONDITIONS: Phrases = frozenset({("в", "случай"), ("при", "условие")})
DURING: Phrases = frozenset({("в", "время"), ("в", "ход")})  # "во время", "в ходе"


def is_if(tok: Token) -> bool:
    """The "если" that opens a condition's clause."""
    return tok.dep_ == "mark" and tok.lemma_ == "если"


def condition_clause(c: Token) -> bool:
    """A clause of "если" hung on a verb: as a clause of its own, or as a conjunct before
    the verb, where the parser takes "если …, то …" for a coordination; not the idiom "если
    не считать" (an exception, no condition)."""
    clause = c.dep_ in {"advcl", "parataxis"} or c.dep_ == "conj" and c.i < c.head.i
    idiom = c.lemma_ == "считать" and negated(c)
    return clause and not idiom and any(is_if(g) for g in c.children)


def under_compound_preposition(tok: Token, phrases: Phrases) -> bool:
    """`tok` is the object of one of `phrases`, as either parse gives it."""
    nmod = tok.dep_ == "nmod" and preposition_noun(tok.head, phrases)
    return nmod or fixed_preposition(tok, phrases)


def negated(t: Token) -> bool:
    """A word "не" negates ("не подписали", "просит не депортировать"); the "не" of "тем не
    менее" is part of a fixed phrase and negates nothing."""
    return any(c.lower_ == "не" and c.dep_ == "advmod" for c in t.children)


def told_ahead(verb: Token) -> bool:
    """The verb, or its "быть", tells what is yet to come: a future ("вступит", "будет
    назначен", "станет", which the tagger may call present) or an infinitive ("рассчитывает
    быть избранным", "может возглавить")."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "cop")]
    return any(_ahead(t) for t in [verb, *helpers])


def yet_to_come(verb: Token) -> bool:
    """What the verb tells is yet to come (`told_ahead`), unless it is an infinitive a past
    verb governs: a decision told done ("решил назначить X послом")."""
    if not told_ahead(verb):
        return False
    head = verb.head
    return not (is_infinitive(verb) and head.i != verb.i and "Past" in features(head, "Tense"))


def _ahead(t: Token) -> bool:
    """A future form, or an infinitive."""
    tense = features(t, "Tense")
    perfective = "Perf" in features(t, "Aspect") and "Fin" in features(t, "VerbForm")
    ahead = bool(tense) and "Past" not in tense and (perfective or t.lemma_ == "быть")
    return "Fut" in tense or ahead or is_infinitive(t)


# The relations by which the parse hangs a passive's words on its verb: its subject ("строится
# мост", "договор подписан") and its "быть" ("был задержан").
PASSIVE_MARKS = frozenset({"nsubj:pass", "aux:pass"})


def passive_marked(verb: Token, marks: Collection[str] = PASSIVE_MARKS) -> bool:
    """The parse hangs a passive's word on `verb` by one of `marks`, whatever its voice."""
    return any(c.dep_ in marks for c in verb.children)


def is_passive(
    verb: Token,
    subject: Token | None = None,
    *,
    short: bool = True,
    marks: Collection[str] = (),
    participle: bool = False,
) -> bool:
    """`verb` is told in the passive ("назначен послом", "отправленный в отставку"): its voice
    says so, or, with `short`, its short form does (the tagger may call "назначен" a short
    adjective with no voice), or the parse hangs `subject` on it as a passive's subject, or
    a word by one of `marks` (`PASSIVE_MARKS`). With `participle`, only a participle's voice
    counts, and pymorphy3 is asked too where the tagger calls one active ("задержанного")."""
    if (subject is not None and subject.dep_ == "nsubj:pass") or passive_marked(verb, marks):
        return True
    if short and "Short" in features(verb, "Variant"):
        return True
    if not participle:
        return "Pass" in features(verb, "Voice")
    if "Part" not in features(verb, "VerbForm"):
        return False
    if "Pass" in features(verb, "Voice"):
        return True
    return any({"PRTF", "pssv"} <= p.tag.grammemes for p in morph().parse(verb.text))


def acted_on(t: Token, verb: Token) -> bool:
    """`t` is the one `verb` acts on: its object ("уволил министра"), or its subject where the
    verb is passive ("министр уволен"), not the one who acts ("президент уволил")."""
    return t.dep_ == "obj" or (t.dep_ in SUBJECTS and is_passive(verb, t))


def agent(t: Token, verb: Token) -> bool:
    """`t` is who does what the passive `verb` tells: its instrumental with no preposition
    ("отправлен в отставку парламентом"), not a companion ("встретился с министром")."""
    bare = t.dep_ == "obl" and case_of(t) == "Ins" and not preposition(t)
    return bare and is_passive(verb)


def possessive_pronoun(t: Token) -> bool:
    """A third person's pronoun before the noun it owns ("его отставка", "после её
    избрания"), which the tagger calls a pronoun or a determiner."""
    return t.lemma_ in {"он", "она"} and t.dep_ in {"det", "nmod"} and t.i < t.head.i


def stray_apposition(t: Token) -> bool:
    """A nominative name the parser put in apposition to a noun of another case before a
    verb with no subject ("После ареста сына Марина и Борис занимались …": the verb's
    subject, not the son's name)."""
    if t.dep_ != "appos" or _name_case(t) != ["Nom"]:
        return False
    if features(t.head, "Case") == ("Nom",) and not _after_quoted_name(t):
        return False
    verb = verb_above(t.head)
    return t.i < verb.i and not has_subject(verb)


def _after_quoted_name(t: Token) -> bool:
    """A name right after the closing quote of the name in quotes it is hung on, that name
    itself apposed to a noun of another case ("на съезде партии "Центристская партия"
    Ю.Ратас предложил": the quoted name keeps its nominative, the person is the verb's
    subject). Forty-sixth pass, own sentences (h-events119)."""
    head = t.head
    before = t.doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
    if before is None or before.text not in CLOSING or not head.i < before.i < t.i:
        return False
    quoted = any(c.is_punct and c.text in OPENING and c.i < head.i for c in head.children)
    return quoted and head.dep_ == "appos" and features(head.head, "Case") not in {("Nom",), ()}


def stray_subject(t: Token) -> bool:
    """A stray nominative name (`stray_apposition`) its verb agrees with, alone or with the
    names joined to it in the plural ("На полях форума Мирзиёев и Кошта провели встречу":
    the verb's subjects, though the parser hung them on the forum as its name)."""
    if not stray_apposition(t):
        return False
    verb = verb_above(t.head)
    if any(c.dep_ == "conj" for c in t.children):
        return features(verb, "Number") == ("Plur",)
    return _agrees_as_subject(t, verb)


def _name_case(t: Token) -> list[str]:
    """A name's case: its first word's, else its surname's where the first is an initial
    the tagger gives none ("Х.Перес")."""
    surnames = (c.morph.get("Case") for c in t.children if c.dep_ == "flat:name")
    return t.morph.get("Case") or next(surnames, [])


def stray_object(verb: Token) -> Token | None:
    """The object of a verb with none that the parser hung on a later verb with one of its
    own: the word right after it ("задержали его на юге, после чего депортировали его": the
    first "его" is задержали's)."""
    if verb.pos_ != "VERB" or any(c.dep_ == "obj" for c in verb.children):
        return None
    if verb.i + 1 >= len(verb.doc) or (word := verb.doc[verb.i + 1]).dep_ != "obj":
        return None
    later = word.head
    own = [c for c in later.children if c.dep_ == "obj" and c.i > word.i]
    return word if later.pos_ == "VERB" and later.i > word.i and own else None


def opened_by_where(verb: Token) -> bool:
    """Whether "где" opens the clause of `verb` ("прибыл в Лиму, где подписал …"): the
    clause tells of the place it hangs on."""
    return any(c.lemma_ == "где" for c in verb.children)


def verb_above(t: Token) -> Token:
    """The nearest verb at or above `t` (the root where there is none)."""
    while t.pos_ not in {"VERB", "AUX"} and t.head.i != t.i:
        t = t.head
    return t


def governor_before_infinitive(word: Token) -> Token | None:
    """The verb that governs the infinitive `word` hangs on, where `word` stands between
    the two ("решили в 2024 году подписать"): word order ties it to that verb, though the
    parser hangs it on the infinitive; the caller decides for which verbs that holds (a
    decision's time, not a modal's "должны в мае посетить"). None elsewhere."""
    inf = verb_above(word)
    head = infinitive_head(inf)
    return head if head is not None and head.i < word.i < inf.i else None


def infinitive_head(inf: Token) -> Token | None:
    """The verb an infinitive is the complement or the clausal subject of ("не смогли
    провести", "решили подписать", "Подписать планируется"); None for any other word."""
    if not is_infinitive(inf) or inf.dep_ not in {"xcomp", "csubj"} or inf.head.i == inf.i:
        return None
    return inf.head


def name_root(word: Token) -> Token:
    """The word of a name its other words hang on, where the name as a whole attaches to
    the clause ("пресс-секретарь Кари Юсеф Ахмади": "Юсеф Ахмади" hang on "Кари" as
    flat:name)."""
    while word.dep_.startswith("flat") and word.head.i != word.i:
        word = word.head
    return word


def appositive_past_verb(word: Token) -> bool:
    """Whether the parse hangs a word in apposition to a head across that head's own head:
    an apposition stands inside its title's phrase, so one past the title's verb is another
    person's name ("Министр … Пенни Вонг провела переговоры с министром … Ван И": "Ван" on
    the first "Министр", over "провела")."""
    head = word.head
    return word.dep_ == "appos" and min(head.i, word.i) < head.head.i < max(head.i, word.i)


def name_words(root: Token) -> list[Token]:
    """A name's root and its other words, the flat ones hung on it."""
    return [root, *(c for c in root.children if c.dep_.startswith("flat"))]


def unmarked_subject(verb: Token) -> list[Token]:
    """The subject of a verb the parser gave none: a stray nominative name before it
    (`stray_apposition`: "указом президента Юрий Петров был назначен послом"), or a
    nominative noun after it hung on it as `parataxis` or `nmod`, as headlines put the
    subject last ("Умер Эдуард Петров", "скончался советский мультипликатор, … Эдуард
    Петров", "Скончалась Анна Петрова")."""
    if verb.pos_ not in {"VERB", "AUX"} or has_subject(verb):
        return []
    before = [t for t in verb.subtree if t.i < verb.i and stray_apposition(t)]
    after = [c for c in verb.children if c.dep_ in {"parataxis", "nmod"} and c.i > verb.i]
    stray = [t for t in before if verb_above(t.head).i == verb.i]
    stray = stray or [c for c in verb.children if c.i < verb.i and initialled_subject(c, verb)]
    return stray[:1] or [c for c in after if _agrees_as_subject(c, verb)][:1]


def initialled_subject(initial: Token, verb: Token) -> bool:
    """A name written with its initial ("Б.Обама назначил", "В Лиме Х. Перес назначил")
    whose initial the parser hung on the verb as an adverb or an object, the surname on the
    initial: the verb's subject where the surname is a nominative that agrees with it.
    Not an initial that numbers a list's item ("В. Отставка правительства"): its word after
    the dot is no name hung on it. Forty-eighth pass, own sentences (h-events126)."""
    doc = initial.doc
    if initial.dep_ in SUBJECTS or not (len(initial.text) == 1 and initial.text.isupper()):
        return False
    if initial.i + 1 >= len(doc) or doc[initial.i + 1].text != ".":
        return False
    names = [c for c in initial.children if c.dep_ == "flat:name" and c.i > initial.i + 1]
    return any(c.pos_ == "PROPN" and _agrees_as_subject(c, verb) for c in names)


def reads_plural(word: Token) -> bool:
    """Plural by `is_plural`, or a form that is both a genitive singular and a nominative
    plural ("главы", "судьи") the tagger read singular where no genitive stands: the
    subject of a verb in the plural ("Помимо этого, главы МИД двух стран провели
    встречу"), or the remnant of a gapped clause whose verb is plural, whose subject (if
    any) is plural and whose subject's place no other remnant takes ("Меморандум
    подписали министры, а протокол — главы МИД"; not "…, а оппозиция — главы МИД", where
    "оппозиция" is the subject and "главы" a genitive). Fifty-second pass (h-names107)."""
    if is_plural(word):
        return True
    if has_preposition(word) or not _nominative_plural_form(word.lower_):
        return False
    if word.dep_ in SUBJECTS:
        return "Plur" in features(word.head, "Number")
    if word.dep_ != "orphan":
        return False
    verb = verb_above(word)
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if "Plur" not in features(verb, "Number") or not all(is_plural(s) for s in subjects):
        return False
    others = [word.head] if word.head.pos_ in {"NOUN", "PROPN"} else []
    others += [c for c in word.head.children if c.dep_ == "orphan" and c.i != word.i]
    return not any(_only_nominative(t.lower_) for t in others)


def _nominative_plural_form(form: str) -> bool:
    """Whether a reading of the form is a noun's nominative plural."""
    return any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and p.tag.number == "plur"
        for p in morph().parse(form)
    )


def _only_nominative(form: str) -> bool:
    """Whether every noun's reading of the form is a nominative ("оппозиция", not
    "протокол", which is also the accusative): a remnant that is the clause's subject."""
    nouns = [p for p in morph().parse(form) if p.tag.POS == "NOUN"]
    return bool(nouns) and all(p.tag.case == "nomn" for p in nouns)


def _agrees_as_subject(noun: Token, verb: Token) -> bool:
    """A nominative noun with no clause of its own, in the verb's number and gender."""
    if noun.pos_ not in {"NOUN", "PROPN"} or features(noun, "Case") != ("Nom",):
        return False
    if any(c.dep_ in SUBJECTS | {"cop"} or c.pos_ in {"VERB", "AUX"} for c in noun.children):
        return False
    return all(
        not verb.morph.get(f) or not noun.morph.get(f) or verb.morph.get(f) == noun.morph.get(f)
        for f in ("Number", "Gender")
    )


# Each token's `preposition` by Doc, once the parse is final (`index_prepositions`): the
# rules ask it ~120 times a document, each a pass over the token's children.
_PREPOSITIONS: WeakKeyDictionary[Doc, tuple[str, ...]] = WeakKeyDictionary()
# …and whether it has one at all (`has_preposition`: ~90 times a document)
_CASED: WeakKeyDictionary[Doc, tuple[bool, ...]] = WeakKeyDictionary()


def index_prepositions(doc: Doc) -> None:
    """Lists each token's `preposition` from the Doc's arrays, for a Doc out of the pipeline
    (the gazetteer matcher asks during it, before the lemmas are final)."""
    lemmas = token_strings(doc, LEMMA)
    found = [""] * len(doc)
    cased = [False] * len(doc)
    case = doc.vocab.strings["case"]
    for j, (head, dep) in enumerate(doc.to_array([HEAD, DEP]).astype("int64").tolist()):
        if dep == case and not found[j + head]:  # the first by position, as `children`
            found[j + head] = lemmas[j]
        if dep == case and head:  # a child: none is its own
            cased[j + head] = True
    _PREPOSITIONS[doc] = tuple(found)
    _CASED[doc] = tuple(cased)


def heads_of(doc: Doc, dep: str) -> list[int]:
    """The indices, in order, of the tokens the parse hangs a word on by `dep`, from the
    Doc's arrays: for a rule asked of every token that only one with such a word can meet,
    which a pass making each `Token` costs ~10 µs a word to turn down."""
    if not len(doc):
        return []
    label = doc.vocab.strings[dep]
    pairs = doc.to_array([HEAD, DEP]).astype("int64")
    found = numpy.flatnonzero(pairs[:, 1] == label)  # not a Python list of every token's pair
    return sorted(set((found + pairs[found, 0]).tolist()))


def preposition(t: Token) -> str:
    """The lemma of the preposition the parse hangs on `t` ("в" of "во время"), or ""."""
    if (found := _PREPOSITIONS.get(t.doc)) is not None:
        return found[t.i]
    return next((c.lemma_ for c in t.children if c.dep_ == "case"), "")


# Prepositions of a noun another act is done for ("получил премию за подписание договора",
# "благодаря подписанию"): that act's date is not the noun's.
_REASONS = frozenset({"за", "благодаря", "ради"})
CIRCUMSTANCE_NOUNS = Path(__file__).with_name("circumstance_nouns.txt")


def circumstance_noun(lemma: str, account: bool = False) -> bool:
    """Whether a noun's lemma after "по" tells how or why a thing was done, no topic nor
    field ("по итогам переговоров", "по просьбе Перу"); with `account`, also whose words or
    ruling it goes by ("по словам главы", "по решению суда"), which a paper's topic may
    also be worded as ("документ по оценке ущерба")."""
    groups = load_groups(CIRCUMSTANCE_NOUNS)
    low = lemma.lower().replace("ё", "е")
    return low in groups["circumstance"] or account and low in groups["account"]


def told_as_reason(t: Token) -> bool:
    """`t` is what another act is done for, not a part of it ("наградили за подписание")."""
    return preposition(t) in _REASONS


def nearest_preposition(t: Token) -> str:
    """The lemma of the preposition nearest before `t`, or "": the parser may hang a stray
    one from an earlier phrase on it too ("на прошении …, что до выборов остаётся")."""
    before = [c for c in t.children if c.dep_ == "case" and c.i < t.i]
    return max(before, key=lambda c: c.i).lemma_ if before else ""


def first_of_list(t: Token) -> Token:
    """The first item of the list a word is a later item of ("Ла-Пас и [Сантьяго]": Ла-Пас),
    which holds the list's relation to its head; the word itself otherwise."""
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    return t


def preposition_conjunct(t: Token) -> Token | None:
    """The first name of a list of names that `t`, a later one with no preposition of its
    own, shares its preposition with ("о Матеуше Моравецком и Анджее Дуде": "Матеуше"), so
    `t` stands in its case; None where `t` is no such conjunct (sixty-fifth pass,
    h-names146)."""
    first = first_of_list(t)
    if first is t or first.pos_ != "PROPN" or preposition(t):
        return None
    return first if preposition(first) else None


def first_noun_conjunct(tok: Token) -> Token:
    """The first of the nouns `tok` is coordinated with ("саммит и форум", "программу … и
    «дорожную карту»"): a verb that has it as subject or object has each later conjunct so
    (sixtieth pass, h-events201; read by agreements' adopting verbs, sixty-second pass)."""
    while tok.dep_ == "conj" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i < tok.i:
        tok = tok.head
    return tok


def hung_on_first_conjunct(verb: Token) -> list[Token]:
    """Words after a coordinated verb that the parser hung on the verb before it ("скрывался
    годами и был задержан в Чили": "в Чили" is where the arrest was, not the hiding)."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or verb.head.pos_ != "VERB":
        return []
    return [c for c in verb.head.children if c.i > verb.i]


def gerund_verb(gerund: Token) -> Token:
    """The verb a gerund after it goes with: its parse head, or the last clause of its own
    (a finite verb by "conj"/"parataxis") that the parser hung on that head between them
    ("составил 5 млрд, а в 2023 году вырос до 7 млрд, увеличившись на 40 %": "вырос",
    which the parser passes over for the first verb) (sixty-third pass, h-claims114)."""
    head = gerund.head
    later = [
        c
        for c in head.children
        if c.dep_ in ("conj", "parataxis") and head.i < c.i < gerund.i and is_finite(c)
    ]
    return later[-1] if later and head.i < gerund.i else head


def hung_back_past(verb: Token) -> list[Token]:
    """Words after `verb` that the parser hung on a clause of a noun before it, past the
    clause's end ("X, живший в Турции, был арестован 5 марта в Стамбуле": "в Стамбуле" under
    "живший"): the verb's own. Fiftieth pass (h-events133)."""
    clauses = (t for t in verb.subtree if t.dep_ in {"acl", "acl:relcl"} and t.i < verb.i)
    return [c for t in clauses if t.head.pos_ != "VERB" for c in t.children if c.i > verb.i]


def frame_event(verb: Token) -> Token | None:
    """The event noun a relative clause "в ходе которых", "во время которых" tells its act
    within (`frame_words`): the clause's head, or the last noun before the clause, that
    agrees with "который" in number (the parser hangs the clause on a place or a year after
    the noun, or as a parataxis of the main verb); or, where the noun opens the sentence, the
    subject (or object) before "который" of the clause's verb, made the root, or of the main
    verb after the clause that the parser hangs on it as a conjunct or a parataxis
    ("Протесты 2018 года в X, в ходе которых 12 мая полиция задержала …, осудили в 2021
    году": "Протесты", the object of "осудили"). Fiftieth pass (h-events135), fifty-first
    (h-events136)."""
    which = _frame_which(verb)
    if which is None:
        return None
    number = which.morph.get("Number")
    if verb.dep_ not in {"acl:relcl", "parataxis"}:
        after = [c for c in verb.children if c.dep_ in {"conj", "parataxis"} and c.i > verb.i]
        opening = [
            c
            for v in [verb, *after]
            for c in v.children
            if c.dep_ in {*SUBJECTS, "obj"} and c.i < which.i
        ]
        return _agreeing(opening, number)
    return _agreeing([verb.head, *reversed(verb.doc[verb.sent.start : verb.left_edge.i])], number)


def _frame_which(verb: Token) -> Token | None:
    """The "которых" of "в ходе которых" on the clause's verb, or on the main verb after
    the clause where the parser hangs it there ("Протесты в X, в ходе которых … были
    задержаны …, вызвали осуждение": "которых" under "вызвали"), before the clause's verb
    with no other verb between; None where there is none."""
    own = next((c for c in verb.children if c.lemma_ == "который" and c.dep_ == "obl"), None)
    if own is not None:
        return own
    later = [v for v in (verb.head, *verb.children) if v.i > verb.i and v.pos_ == "VERB"]
    hung = [
        c
        for v in later
        for c in v.children
        if c.lemma_ == "который" and c.dep_ == "obl" and c.i < verb.i
    ]
    return next(
        (c for c in hung if not any(t.pos_ == "VERB" for t in verb.doc[c.i + 1 : verb.i])), None
    )


def _agreeing(words: list[Token], number: list[str]) -> Token | None:
    """The first noun of `words` the tagger gives "который"'s number; for a plural, else
    the first the dictionary knows as a plural noun, which the tagger may read as a
    genitive singular or a name ("Демонстрации в X, в ходе которых …")."""
    agreed = (t for t in words if t.pos_ == "NOUN" and t.morph.get("Number") == number)
    found = next(agreed, None)
    if found is not None or number != ["Plur"]:
        return found
    nouns = (t for t in words if t.pos_ in {"NOUN", "PROPN"} and morph().plural_noun(t.text))
    return next(nouns, None)


def frame_between(verb: Token, event: Token) -> Span:
    """The words between the event noun of a clause "в ходе которых" and the clause
    ("Протесты в X в марте 2019 года, в ходе которых …"), which are the noun's wherever the
    parser hangs them (on the main verb after the clause, or on the clause's verb made the
    root)."""
    which = _frame_which(verb)
    start = which.left_edge.i if which is not None else verb.left_edge.i
    return verb.doc[event.i + 1 : max(start, event.i + 1)]


def frame_words(verb: Token, happening: Callable[[Token], bool]) -> list[Token]:
    """The words of the event a relative clause "в ходе которых", "во время которых" tells
    its act within ("В Каире прошли протесты, в ходе которых задержаны 300 человек"): the
    event noun's own words, those between it and the clause that the parser hung elsewhere
    ("Протесты 2019 года в Лиме, в ходе которых": the clause under "Лиме", "в Лиме" under
    the main verb), and, for a subject, its verb's: one before it, or one after the clause
    that `happening` says tells it took place ("Протесты, в ходе которых …, прошли в X"),
    not a main verb that tells of it later ("…, вызвали осуждение в Y"). The noun is the
    last before the clause that agrees with "который" in number. Forty-ninth pass
    (h-events130), fiftieth (h-events133), fifty-first (h-events136)."""
    event = frame_event(verb)
    if event is None:
        return []
    head = event.head
    hung = event.dep_ in SUBJECTS and head.i != verb.i  # not the clause's own words
    hung = hung and (head.i < event.i or happening(head))
    words = [*event.children, *(head.children if hung else ())]
    words += frame_between(verb, event)
    return [t for c in words if c.i != verb.i for t in c.subtree]


def opening_first_conjunct(verb: Token) -> list[Token]:
    """The words opening the sentence that the parser hung on the verb a coordinated verb
    follows ("В Лиме прошла акция, полиция задержала 40 человек": "В Лиме" sets the whole
    sentence, the arrest too); none where the verb has a "в" of its own ("…, а в Кито
    полиция задержала"). Fiftieth pass (h-events133)."""
    head = verb.head
    if verb.dep_ not in {"conj", "parataxis"} or head.pos_ != "VERB" or head.i > verb.i:
        return []
    if any(preposition(c) == "в" for c in verb.children):
        return []
    return [c for c in head.children if c.left_edge.i == verb.sent.start]


def co_subjects_hung_below(subject: Token) -> list[Token]:
    """Co-subjects of a singular subject of a plural verb that the parser hung as conjuncts on
    the subject's genitive or apposition ("Сенат Филиппин и Евросоюз ратифицировали":
    "Евросоюз" under "Филиппин"; "Компания Airbus и Индия продлили": "Индия" under "Airbus"):
    those in the nominative, or of a form that does not decline ("ЕС"); not a genitive
    conjunct ("Министерство обороны Индии и Франции")."""
    verb = subject.head
    if subject.dep_ not in SUBJECTS or not is_plural(verb) or is_plural(subject):
        return []
    return [
        x
        for c in subject.children
        if c.dep_ in ("nmod", "appos")
        for x in c.children
        if x.dep_ == "conj" and x.pos_ in ("NOUN", "PROPN") and _nominative(x)
    ]


def _nominative(t: Token) -> bool:
    """The tagger reads `t` as a nominative, or its form is alike in all six cases."""
    return "Nom" in t.morph.get("Case") or len(morph().cases(t.text)) == 6


def mutual(verb: Token) -> bool:
    """Whether the act is told as done to one another: a reflexive verb ("встретиться",
    "созвониться") or one with "друг с другом", "между собой", so those it is asked of
    do it among themselves."""
    return verb.lemma_.endswith("ся") or each_other(verb)


def each_other(verb: Token) -> bool:
    """Whether the verb's own words say it is done to one another ("друг с другом", "между
    собой"), not only its reflexive form."""
    return any(c.lemma_ == "друг" or preposition(c) == "между" for c in verb.children)


def has_preposition(t: Token) -> bool:
    """The parse hangs a preposition on `t`: "в Москве" has one, a bare case ("Москвы",
    "президенту") has none, which is what readers of genitive and dative owners test."""
    if (cased := _CASED.get(t.doc)) is not None:
        return cased[t.i]
    return any(c.dep_ == "case" for c in t.children)


def after_place(name: Span) -> bool:
    """A name with no preposition of its own right after a title's place in the locative
    with one ("посол Лаоса в Камбодже Сенгпхет Хунлабут"): the tagger may copy the place's
    case onto the name, which then tells none of its own. Not after a passive's place, where
    the name is its agent and its instrumental tells its case ("министр, награждённый в
    Кремле X-ом")."""
    if name.start == 0 or has_preposition(name.root):
        return False
    before = name.doc[name.start - 1]
    if "Loc" not in features(before, "Case") or not has_preposition(before):
        return False
    return before.head.i > before.i or not is_passive(before.head, participle=True)


def modifies_later_noun(t: Token) -> bool:
    """An adjective the parse hangs on a noun after it ("военного округа", "рабочей
    группы"): a modifier, not a noun of its own, though its lemma may be one ("военный")."""
    return t.pos_ == "ADJ" and t.dep_ == "amod" and t.head.i > t.i and t.head.pos_ == "NOUN"


def stray_adjective(noun: Token) -> Token | None:
    """The adjective right before a noun, of its case, gender and number, that the parse
    hangs elsewhere ("Индонезийскую делегацию принимал …", the adjective read as the verb's
    subject): the noun's modifier all the same."""
    if noun.i == 0:
        return None
    adj = noun.doc[noun.i - 1]
    if noun.pos_ not in {"NOUN", "PROPN"} or adj.pos_ != "ADJ" or adj.dep_ in {"amod", "conj"}:
        return None  # "украинского оборонного предприятия": both modify the noun
    return adj if case_of(adj) == case_of(noun) and agrees(adj, noun) else None


def quoted_apposition(t: Token) -> Token | None:
    """The name in quotes the parse hangs beside `t` ("отеля «Хилтон»", "на стадионе
    «Маракана»"): the head of the quoted words, or None; never words before `t`, which
    the parser may hang on it across the sentence."""
    for c in t.rights:
        quotes = [g for g in c.children if g.dep_ == "punct" and g.text in OPENING]
        if c.dep_ == "appos" and quotes:
            return c
    return None


def apposed_across_clause(name: Token) -> bool:
    """An apposition the parser hung on a noun of a later clause ("Представитель X Хуан Перес
    сообщил, что глава Y покинет пост": the name made "глава"'s): a verb or a subordinating
    word stands between the name and its head, which no apposition crosses."""
    head = name.head
    if name.dep_ != "appos" or head.i < name.i:
        return False
    between = name.doc[name.right_edge.i + 1 : head.i]
    return any(t.pos_ in {"VERB", "AUX"} or t.dep_ == "mark" for t in between)


def held_title_between(name: Token) -> bool:
    """A genitive name the parser hangs on a nominative noun as its apposition across an
    animate genitive title between them ("сестра президента Перу Педро Кастильо"): the name
    is that title's holder, whose the noun's one is, not the noun's own name; not a
    nominative name ("заместитель министра Перу Хуан Перес")."""
    noun = name.head
    if name.dep_ != "appos" or features(noun, "Case") != ("Nom",):
        return False
    words = [name, *(c for c in name.children if c.dep_ == "flat:name")]
    if not any(features(w, "Case") == ("Gen",) for w in words):
        return False
    return any(
        t.dep_ == "nmod" and t.head.i == noun.i and t.pos_ == "NOUN" and is_animate(t)
        and features(t, "Case") == ("Gen",)
        for t in name.doc[noun.i + 1 : name.i]
    )  # fmt: skip


def apposed_to(name: Token) -> Token:
    """The noun an appositive name stands beside: its head, unless that is a thing in
    another case; then the nearest noun above in the name's case ("с автором закона о «…»
    Виталием Милоновым": the parser may hang the name on the last noun of the title's
    phrase, "«…»"). Every word of the name must give that case."""
    head = name.head
    case = features(name, "Case")
    words = [name, *(c for c in name.children if c.dep_ == "flat:name")]
    thing = head.pos_ == "NOUN" and is_inanimate(head)
    one_case = bool(case) and all(features(w, "Case") == case for w in words)
    if name.dep_ != "appos" or not thing or not one_case or features(head, "Case") == case:
        return head
    for above in head.ancestors:
        if above.pos_ in {"NOUN", "PROPN"} and features(above, "Case") == case:
            return above
        if above.pos_ in {"VERB", "AUX"}:
            break
    return head


def sentence_before(sent: Span) -> Span | None:
    """The sentence before `sent`, None for the document's first: where words point back
    ("Его возглавил X", "Среди них —", "за неё проголосовали"), they point at it."""
    return sent.doc[sent.start - 1].sent if sent.start else None


def before_quotation(sent: Span) -> Span | None:
    """The sentence before the words `sent` closes, where they open a sentence some
    sentences back ("X перенёс операцию. «Я не мог … . Поэтому …», — сказал он"): what the
    words' author points back at is named before them, not inside them. Else, and where the
    words open after others of their sentence or no opening is near, the sentence before."""
    previous = sentence_before(sent)
    marks = [t for t in sent if t.text in OPENING | CLOSING]
    if not marks or marks[0].text not in CLOSING - OPENING:  # », ”, ›: no straight quote
        return previous
    walked = previous
    for _ in range(_QUOTED_SENTENCES):
        if walked is None:
            return previous
        marks = [t for t in walked if t.text in OPENING | CLOSING]
        if marks and marks[-1].text in CLOSING - OPENING:
            return previous  # another quotation closes there: not the same words
        if marks and marks[0].text in OPENING - CLOSING:
            first = next(t for t in walked if not t.is_space)
            return sentence_before(walked) if first.i == marks[0].i else previous
        walked = sentence_before(walked)
    return previous


def new_paragraph(sent: Span) -> bool:
    """A sentence after a blank line: a new paragraph, where what went before no longer
    goes on."""
    k, gap = sent.start - 1, ""
    while k >= 0 and sent.doc[k].is_space:
        gap, k = sent.doc[k].text_with_ws + gap, k - 1
    gap = (sent.doc[k].whitespace_ if k >= 0 else "") + gap
    return gap.count("\n") >= 2


def words_said(sent: Span) -> bool:
    """The sentence before ends with a colon ("Моралес подчеркнул:"): this one gives the
    words said, not the narrative that goes on around them."""
    before = sentence_before(sent)
    return before is not None and before.text.rstrip().endswith(":")


def narrative_before(sent: Span) -> Span | None:
    """The sentence before `sent`, past words said after a colon ("X заявил: «…». Об этом X
    …": the sentence of "заявил")."""
    before = sentence_before(sent)
    return sentence_before(before) if before is not None and words_said(before) else before


def sentences_back(sent: Span, n: int) -> Span:
    """The first of `sent` and the `n` sentences before it (fewer at the document's start):
    how far back a pronoun or a bare figure looks for what it stands for."""
    for _ in range(n):
        sent = sentence_before(sent) or sent
    return sent


def argument_before(pronoun: Token, back: int = 1) -> Token | None:
    """The noun a third-person pronoun stands for: the nearest subject or object before it,
    in its sentence or `back` sentences before, of its number and gender ("Отношения … были
    установлены в 1956 году. В 2023 году они были повышены …": "отношения"; "установили
    партнёрство, и сегодня мы выводим его …": "партнёрство"); a noun of a prepositional or
    genitive phrase is no argument a pronoun takes up. None where there is none."""
    start = sentences_back(pronoun.sent, back).start
    for t in reversed(pronoun.doc[start : pronoun.i]):
        if t.pos_ == "NOUN" and t.dep_ in {*SUBJECTS, "obj"} and _may_stand_for(pronoun, t):
            return t
    return None


def _may_stand_for(pronoun: Token, noun: Token) -> bool:
    """`agrees`, but "его", "ему", "им" are the forms of "оно" too, which the tagger calls
    masculine: in the singular only the feminine is told apart."""
    if features(pronoun, "Number") != features(noun, "Number"):
        return False
    feminine = "Fem" in features(pronoun, "Gender")
    return agrees(pronoun, noun) or feminine == ("Fem" in features(noun, "Gender"))


def subject_slot(t: Token) -> bool:
    """`t` is a clause's subject, or stands before a finite verb with no subject of its own
    that the parse hung it on otherwise, with no preposition ("Милей ответил ему": a
    surname read as the instrumental of "миля")."""
    if t.dep_ in SUBJECTS:
        return True
    return sole_subject_before(t, t.head) and not has_preposition(t)


def sole_subject_before(t: Token, verb: Token) -> bool:
    """`t` stands before the finite `verb`, which has no subject but `t`: the subject's
    place, whatever the parse hung `t` on ("агентству Моди рассказал")."""
    others = [c for c in verb.children if c.dep_ in SUBJECTS and c.i != t.i]
    return t.i < verb.i and "Fin" in verb.morph.get("VerbForm") and not others


def marked_own(noun: Token) -> bool:
    """A noun "свой" marks as its clause's subject's own ("процитировал своё заявление",
    "назвала … своим главным союзником")."""
    return any(c.dep_ == "det" and c.lemma_ == "свой" for c in noun.children)


def with_common_noun(t: Token) -> bool:
    """`t` is coordinated with a lower-case common noun ("Мороз и засуха уничтожили
    урожай"): one thing of a list of things, not a person."""
    conjuncts = [c for c in t.children if c.dep_ == "conj"] + [t.head] * (t.dep_ == "conj")
    return any(o.pos_ == "NOUN" and o.text[:1].islower() for o in conjuncts)


def tense(verb: Token) -> str:
    """A verb's tense as its clause tells it: "Fut" with "будет" ("будет расти"), a past or
    present "быть" beside it ("был увеличен"), its own, "Past" for a short participle
    ("визит отменён"); "" where none shows."""
    for aux in (c for c in verb.children if c.dep_ in {"aux", "aux:pass"}):
        if aux.lemma_ == "быть" and aux.text.lower().startswith("буд"):
            return "Fut"
        if aux.lemma_ == "быть" and features(aux, "Tense"):
            return features(aux, "Tense")[0]
    own = features(verb, "Tense")
    if own:
        return own[0]
    if features(verb, "VerbForm") == ("Part",) and features(verb, "Variant") == ("Short",):
        return "Past"
    return ""


def crossed_verb(word: Token, head: Token) -> Token | None:
    """The finite verb an arc from `word` to `head` passes over whose own head lies outside
    the arc ("во время визита … дипломат выразил надежду, что … его поддержит X", the visit
    hung on "поддержит" across "выразил"; or a short participle: "на заседании было объявлено,
    что … собрал X"): such a crossing arc is mostly the parser's slip,
    and the nearest finite verb after the word, the one crossed, is the word's clause. Not
    a verb whose clausal subject the head is ("Консультации планируется провести в Токио"):
    the infinitive's object put before the impersonal verb, no slip (`_subject_clause_of`)."""
    low, high = sorted((word.i, head.i))
    doc = word.doc
    heads = token_heads(doc)
    if heads is None:  # a Doc in the pipeline: its parse read token by token
        for tok in doc[low + 1 : high]:
            crossing = not low <= tok.head.i <= high or tok.head.i == tok.i  # or the root
            verb = crossing and tok.pos_ == "VERB" and _predicate(tok)
            if verb and not _subject_clause_of(head, tok):
                return tok
        return None
    pos = token_strings(doc, POS)  # a settled Doc: its arrays, a `Token` for a verb only
    for i in range(low + 1, high):
        if (not low <= heads[i] <= high or heads[i] == i) and pos[i] == "VERB":
            tok = doc[i]
            if _predicate(tok) and not _subject_clause_of(head, tok):
                return tok
    return None


def _subject_clause_of(head: Token, verb: Token) -> bool:
    """`head` is an infinitive that is `verb`'s clausal subject ("решено провести",
    "планируется подписать"): what hangs on it belongs to it, before the verb or after."""
    return head.head.i == verb.i and head.dep_ in _CLAUSAL_SUBJECTS and is_infinitive(head)


def impersonal_of(verb: Token) -> Token | None:
    """The impersonal verb an infinitive is the clausal subject of ("Подписать соглашение
    планируется в апреле", "Провести консультации решено в Каире"): the date and place the
    parser hangs on that verb are the infinitive's act's; None for any other verb."""
    return verb.head if _subject_clause_of(verb, verb.head) else None


def object_as_subject(noun: Token) -> Token | None:
    """The infinitive whose object a subject the parser hung on an impersonal verb is: the
    verb's clausal subject, with no object of its own ("Следующий раунд консультаций решено
    провести в Токио": the round "провести"'s, not "решено"'s subject)."""
    if noun.dep_ not in SUBJECTS:
        return None
    clauses = (c for c in noun.head.children if _subject_clause_of(c, noun.head))
    return next((c for c in clauses if not any(o.dep_ == "obj" for o in c.children)), None)


def _predicate(verb: Token) -> bool:
    """A finite verb, or a short participle that is a clause's predicate ("на заседании было
    объявлено, что …", forty-sixth pass, h-events119)."""
    return features(verb, "VerbForm") == ("Fin",) or features(verb, "Variant") == ("Short",)
