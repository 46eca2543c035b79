"""What counted things did, as a participle clause after their noun: "50 тысяч граждан
потеряли работу" counts "граждане, потерявшие работу", "четыре игрока, которые родились в
Ирландии" counts "игроки, родившиеся в Ирландии". The deed is what sets the counted things
apart from the rest of their kind, so it is part of the metric; a verb of being or of
size says nothing of them ("составили", "имеют")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.claims.lexicons import PRONOUNS, WORDS
from kg.nlp.deps import SUBJECTS, sentences_back, which_subject
from kg.nlp.morph import morph

_ATTENDS = WORDS["attend"]
_VISITS = WORDS["visit"]
_GATHERINGS = WORDS["gathering"]
# verbs whose subject's deed names no set of things ("N партий имеют", "составили")
_NO_DEED = {"быть", "являться", "стать", "составить", "составлять", "насчитываться",
            "насчитывать", "иметь", "включать", "мочь", "оказаться", "остаться",
            "находиться", "получить", "получать"}  # fmt: skip


def deed(noun: Token) -> str:
    """ ", потерявшие работу" where the counted `noun` is the subject of a verb with an object
    of its own, ", родившиеся в Ирландии" where a "который" clause tells what it did; ""
    otherwise, for one of a pair or list of subjects ("два американца и киприот разделили
    премию") and for the total of "N из M"."""
    if noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children) or _total(noun):
        return ""
    relative = _relative(noun)
    if relative is not None and which_subject(relative):
        return _told(relative, [c for c in relative.children if c.dep_ in ("obj", "obl")])
    path = [noun, *noun.ancestors]
    for low, up in zip(path, path[1:], strict=False):
        if low is not noun and low.pos_ in ("NOUN", "PROPN"):
            return ""  # "жители 276 домов проголосовали": the houses did nothing
        if up.pos_ == "VERB":
            if not _subject(low, up) or up.lemma_ in _NO_DEED or attending(up):
                return ""  # "300 делегатов приняли участие": who they are says it
            return _told(up, [c for c in up.children if c.dep_ == "obj" and c.pos_ == "NOUN"])
    return ""


def object_deed(verb: Token) -> str:
    """What people a verb with a noun object of its own did, as a participle with it: "более
    40 тысяч человек покинули свои дома" → "покинувшие дома"; "" for a verb of being or size
    (`_NO_DEED`) or of attending ("приняли участие": the gathering names them)."""
    if verb.lemma_ in _NO_DEED or attending(verb):
        return ""
    objects = [c for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    return _told(verb, objects, done=True).removeprefix(", ")


def deed_as_told(opener: str, verb: Token) -> str:
    """ "<opener> <infinitive> <its first noun object>": a deed an order or a wish governs,
    named as the text words it, not as done ("срок, чтобы покинуть страну", "желающие
    покинуть страну"). Public: a term's deed (`durations`) and a wish's people (`people`)."""
    objects = [c.text for c in verb.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    return " ".join([opener, verb.text, *objects[:1]])


def attending(verb: Token) -> bool:
    """A verb of coming to, taking part in or visiting a gathering (claim_words.tsv `attend`,
    `visit`; "принять участие"): its people's deed is only that they came."""
    took_part = any(c.lemma_ == "участие" and c.dep_ == "obj" for c in verb.children)
    return took_part or verb.lemma_ in _ATTENDS or verb.lemma_ in _VISITS


def attended(verb: Token, counted: Token) -> Token | None:
    """The gathering a verb of attending names beside the people `counted` ("в форуме приняли
    участие 3 тыс. человек", "В них участвуют 600 военнослужащих"), else None."""
    inside = {t.i for t in counted.subtree}
    shares = [g for c in verb.children if c.lemma_ == "участие" for g in c.children]
    named = (
        gathering_named(c)
        for c in [*verb.children, *shares]
        if c.i not in inside and c.dep_ in ("obl", "obj", "nsubj", "nmod")
    )
    return next((g for g in named if g is not None), None)


def gathering_named(told: Token) -> Token | None:
    """The gathering noun a word names: itself ("в учениях", "форума"), or the one a pronoun
    ("в них", "в нём") stands for, the nearest of its number before it in its sentence or
    the one before ("Форум открылся во вторник. В нём участвуют 300 человек"); None for
    any other word."""
    if told.lemma_ in _GATHERINGS and told.pos_ in ("NOUN", "PROPN"):
        return told  # a gathering opening a sentence may be tagged a name ("Форум …")
    if told.lemma_ not in PRONOUNS:
        return None
    back = sentences_back(told.sent, 1)
    number = told.morph.get("Number")
    return next(
        (t for t in reversed(told.doc[back.start : told.i])
         if t.lemma_ in _GATHERINGS and t.pos_ in ("NOUN", "PROPN")
         and t.morph.get("Number") == number),
        None,
    )  # fmt: skip


def _total(noun: Token) -> bool:
    """The noun counted by the M of "N из M" ("55 из [90] депутатов проголосовали"): the
    deed is the N's; "одним из четырёх игроков, которые …" counts the four."""
    nums = [c for c in noun.children if c.dep_.startswith("nummod") and c.i < noun.i]
    first = max(nums, key=lambda t: t.i, default=None)
    if first is None or first.i < 2 or first.nbor(-1).lower_ != "из":
        return False
    part = first.nbor(-2)
    return part.like_num and part.lemma_ != "один"


def _subject(low: Token, verb: Token) -> bool:
    """The counted noun is the verb's subject, or its quantity's genitive the parser hangs
    as an oblique beside a subject "более" ("Более 50 тысяч граждан потеряли работу")."""
    if low.dep_ in SUBJECTS:
        return True
    if low.dep_ != "obl" or low.i > verb.i or "Gen" not in low.morph.get("Case"):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    return bool(subjects) and all(c.pos_ == "ADV" for c in subjects)


def _relative(noun: Token) -> Token | None:
    """The verb of the "который" clause about `noun`: its own, or the next one the parser
    hung on a noun between that "который" cannot stand for by number ("четырёх игроков НХЛ
    за всю историю Лиги, которые родились": Лига is one)."""
    own = next((c for c in noun.children if c.dep_ == "acl:relcl"), None)
    if own is not None:
        return own
    number = noun.morph.get("Number")
    for t in noun.doc[noun.i + 1 : noun.sent.end]:
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "acl:relcl":
            return None  # another clause of the sentence comes first
        if t.lemma_ == "который":
            verb = t.head
            antecedent = verb.head
            if verb.dep_ != "acl:relcl" or t.morph.get("Number") != number:
                return None
            return verb if antecedent.morph.get("Number") != number else None
    return None


def _told(verb: Token, complements: list[Token], done: bool = False) -> str:
    """ ", <participle> <complement>": the complement's own words in their case ("работу",
    "в Северной Ирландии"), the first one only; "" with none, no participle or a counted one.
    An infinitive is `done` only where the caller knows it was ("вынуждены покинуть")."""
    if verb.pos_ != "VERB" or not complements or "Part" in verb.morph.get("VerbForm"):
        return ""
    first = complements[0]
    if any(c.dep_.startswith("nummod") for c in first.children):
        return ""  # "пять шаттлов совершили 114 полётов": the flights are a figure of their own
    words = [t for t in first.subtree if t.i <= first.i or t.dep_ == "flat"]
    if first.dep_ == "obj" and first.pos_ == "NOUN":
        words = [first]  # "покинувшие коалицию": the object's noun says what was done
    if len(words) > 4 or any(t.is_punct for t in words):
        return ""
    participle = participle_of(verb, done=done)
    if not participle:
        return ""
    text = " ".join(t.text for t in words)
    return f", {participle} {text}"


def participle_of(verb: Token, passive: bool = False, done: bool = False) -> str:
    """The plural nominative participle of a verb: "погибли" → "погибшие", "арестованы"
    → "арестованные", "умирает" → "умирающие"; of its object, passive: "арестовала" →
    "арестованные"; "" where there is none. An infinitive has one only as a deed `done`
    ("вынуждены покинуть" → "покинувшие"), never where it may be only asked or wished for
    ("просьбой передать четверых")."""
    kinds = ("VERB", "INFN", "PRTS", "PRTF", "GRND") if done else ("VERB", "PRTS", "PRTF", "GRND")
    parses = [p for p in morph().parse(verb.lower_) if p.tag.POS in kinds]
    if not parses:
        return ""
    # the parse of the form the parser read: "пришли" in the indicative is "прийти", not
    # the imperative of "прислать"
    if "Ind" in verb.morph.get("Mood"):
        parses = [p for p in parses if "impr" not in p.tag] or parses
    p = parses[0]
    if p.tag.POS in ("VERB", "INFN", "GRND") and not passive:
        tags = {"PRTF", "actv", "pres" if p.tag.tense == "pres" else "past", "plur", "nomn"}
    else:
        tags = {"PRTF", "pssv", "past", "plur", "nomn"}
    form = p.inflect(tags)
    if form is None and p.tag.POS == "PRTF" and p.tag.voice == "actv":
        # a participle standing as a noun of an intransitive verb ("о 17 погибших"): its own
        # active voice, no passive it lacks
        form = p.inflect({"PRTF", "actv", p.tag.tense or "past", "plur", "nomn"})
    if form is None:
        return ""
    short = form.word[:-4] + "ные" if form.word.endswith("нные") else ""
    # "раненые", not "раненные": a participle standing alone is the adjective where one exists
    known = short and any(r.tag.POS == "ADJF" and r.is_known for r in morph().parse(short))
    return short if known else form.word
