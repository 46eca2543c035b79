"""The grammar the attributor reads a speaker's name and description by.

Case and number of a name or a title ("сказала Мария Петрова", an oblique title), a
nominative person, an apposed description and its epithets ("65-летний политик"), a
relative clause's antecedent, the host of an interview, the dative topic of speech and
the words that show a subject is not the speaker.

Split out of attribution.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from kg.extract.common.attribution_words import EMPHASIS, MARKS, REFERENCE
from kg.gazetteer import StateEntry
from kg.lexicon import load_rows
from kg.nlp.deps import SUBJECTS, after_place, appositive_past_verb, has_preposition, name_root
from kg.nlp.morph import caseless, cases_of, features, is_animate, morph
from kg.resolve.name_splits import patron_before
from kg.resolve.not_persons import demonym_stems_of

EPITHETS = Path(__file__).with_name("epithets.tsv")


_WHERE = {"где", "куда", "когда"}  # relative adverbs: the clause's subject is its governor's


def relative_antecedent(token: Token) -> Token | None:
    """The noun "который" stands for as the subject of a relative clause: one of the phrase
    right before its comma, the one the parse hangs the clause on ("назвал преемником X,
    который ответил" is X), else the phrase's head ("министр обороны X, который
    заявил:" is the minister), never a noun further back ("X встретился с Y, который
    заявил:" is Y, not X; "X дал интервью газете, которая сообщила:" no person); None where
    no noun of its number stands there, or the noun is a genitive another noun governs
    (either may be meant)."""
    i = token.i - 2
    if i < 0 or token.doc[i + 1].text != ",":
        return None
    phrase = [token.doc[i]]
    while phrase[-1].head.i < phrase[-1].i and phrase[-1].head.pos_ in ("NOUN", "PROPN"):
        phrase.append(phrase[-1].head)
    noun = token.head.head if token.head.head in phrase else phrase[-1]
    k = phrase.index(noun)
    if any(t.dep_ == "nmod" and "Gen" in features(t, "Case") for t in phrase[k:-1]):
        return None  # "оппонентом премьера X, который …": the opponent, the premier or X
    number, its = features(token, "Number"), features(noun, "Number")
    if noun.pos_ not in ("NOUN", "PROPN") or (number and its and number != its):
        return None
    return noun


def disagrees(subject: Token, verb: Token) -> bool:
    """A subject the parser gives a verb it cannot be the subject of: a singular noun of a
    plural verb ("Министр X вернулся из Перу, эксперты отметили, что …": the experts noted),
    unless coordinated ("Токаев и Путин заявили")."""
    plural_verb = features(verb, "Number") == ("Plur",)
    single = features(subject, "Number") == ("Sing",) and subject.pos_ in ("NOUN", "PROPN")
    coordinated = any(c.dep_ == "conj" for c in subject.children)
    return plural_verb and single and not coordinated and subject.lower_ != "вы"


def one_noun(token: Token) -> str:
    """The lemma of a noun in the singular that may stand for one person named before, its
    "экс-" left off ("экс-президент рассказал"); "" for anything else. A sentence's first
    word or a capitalised subject may be tagged a name ("Монарх также призвал", "в ходе
    церемонии Папа напомнил"): no mention holds it, so it is none; a subject epithets.tsv
    lists is its noun however tagged ("Сам юбиляр признаётся", the noun read as a verb)."""
    opening = token.pos_ == "PROPN" and (token.i == token.sent.start or token.dep_ in SUBJECTS)
    listed = token.dep_ in SUBJECTS and token.lemma_ in epithet_offices()
    if not (token.pos_ == "NOUN" or opening or listed) or "Plur" in features(token, "Number"):
        return ""
    return token.lemma_.removeprefix("экс-")


def host_state_at(text: str, at: int) -> bool:
    """Whether the state named at `at` follows "в": where an office is held, not whose ("посол
    Бразилии в Аргентине" is Brazil's ambassador, "посол Аргентины в Бразилии" another)."""
    return text[:at].lower().endswith((" в ", " во "))


@cache
def people_stems(state: StateEntry) -> frozenset[str]:
    """The stems a noun for a state's people is made from ("чилийка": "чили")."""
    return frozenset(demonym_stems_of(state.adjectives))


@cache
def epithet_offices() -> dict[str, tuple[str, ...]]:
    """epithets.tsv: a describing noun → the office stems its person must hold (() = any)."""
    return {r[0]: tuple(s for s in (r[1] if len(r) > 1 else "").split("|") if s)
            for r in load_rows(EPITHETS)}  # fmt: skip


def one_of_apposed(token: Token) -> list[Token]:
    """A being's title after a comma that the parse hangs on a thing's noun inside "один из
    …" ("по словам одного из участников пикетов, епископа X": "епископа" read as the
    pickets'): a thing has no title in apposition, so it stands to "одного"."""
    if token.lemma_ != "один":
        return []
    return [
        t
        for t in token.subtree
        if t.dep_ == "appos"
        and t.pos_ == "NOUN"
        and is_animate(t)
        and t.head.dep_ == "nmod"
        and t.head.pos_ == "NOUN"
        and not is_animate(t.head)
        and t.doc[t.i - 1].text == ","
    ]


def repeated_title_end(title: list[Token], words: list[str], k: int) -> int | None:
    """Where a title's words from `k` end that a shorter title repeats, adjectives left
    out ("председатель правления банка" of "председатель правления Азиатского банка");
    None where they do not repeat it."""
    n = 0
    for i in range(k, len(title)):
        if n == len(words):
            return i
        if title[i].lemma_ == words[n]:
            n += 1
        elif n == 0 or title[i].pos_ != "ADJ":
            return None
    return len(title) if n == len(words) else None


def joins_word(text: str, colon: int) -> bool:
    """Whether a colon runs on into a word with no space, so it closes no clause: a link's
    "http://…", a time "21:40", a score "4:0"."""
    after = text[colon + 1 : colon + 2]
    return after.isalnum() or after == "/"


def noun_after(per: Token) -> Token | None:
    """The first noun after "по словам", past punctuation and its modifiers: "По словам,
    26-летнего Ивана Петрова, он …" (a stray comma parts the name from the noun); not a
    nominative, the subject of the words ("По их словам, Петров «…»" is not his)."""
    for t in per.doc[per.i + 1 : min(per.sent.end, per.i + 6)]:
        if t.is_punct or t.pos_ in ("ADJ", "NUM", "DET") or t.dep_ in ("amod", "nummod", "det"):
            continue  # "26-летнего", which the tagger may call a noun, modifies the name
        if t.pos_ not in ("NOUN", "PROPN") or features(t, "Case") == ("Nom",):
            return None
        return t
    return None


def own_preposition(t: Token) -> bool:
    """Whether a preposition the parse hangs on a word governs it: no common noun stands
    between ("к военным Науседа": "к" is "военным"'s, which the parse made a modifier)."""
    return any(
        c.dep_ == "case"
        and not any(w.pos_ == "NOUN" for w in t.doc[min(c.i, t.i) + 1 : max(c.i, t.i)])
        for c in t.children
    )


def italic_subject(verb: Token) -> bool:
    """Whether a name in wiki italics follows the verb right away, in the nominative or with
    no case ("— сообщает ''Kathimerini''"): its subject, which the parser loses between the
    apostrophes; not one whose case makes it an object ("сказал ''Известиям''")."""
    doc, i = verb.doc, verb.i + 1
    while i < len(doc) and doc[i].text == EMPHASIS:
        i += 1
    if i - verb.i < 3 or i >= len(doc) or doc[i].is_punct:
        return False
    case = doc[i].morph.get("Case")
    return not case or "Nom" in case


def relative_place_word(t: Token) -> bool:
    """A relative clause's word for a place or text, not its subject: a relative adverb
    ("где") or a preposition's "который" ("в которой", "на котором")."""
    if t.lemma_ in _WHERE:
        return True
    return t.lemma_ == "который" and t.dep_ == "obl" and any(c.dep_ == "case" for c in t.children)


def animate_nominative(t: Token) -> bool:
    """A noun that can be a clause's subject: a being, in the nominative, with no preposition."""
    return (
        t.pos_ in ("NOUN", "PROPN")
        and features(t, "Case") == ("Nom",)
        and is_animate(t)
        and not has_preposition(t)
    )


def nominal(t: Token) -> bool:
    return t.pos_ in ("NOUN", "PROPN", "ADJ")


def names_words(between: Span) -> bool:
    """Whether the words from "слова" to a quotation only name whose words they are: a
    title and a name ("слова министра X «…»"), or, where a colon leads into the quotation,
    where they were said too ("Слова X из интервью: «…»"; no verb between)."""
    if all(nominal(t) or t.is_space for t in between):
        return True
    *words, last = [t for t in between if not t.is_space]
    return last.text == ":" and all(nominal(t) or t.pos_ == "ADP" for t in words)


def another_title(t: Token) -> bool:
    """A word between a title and a name that starts another title: a noun in a case of its
    own; not a genitive, a preposition's noun nor an adjective ("кандидат в президенты
    Аргентины от партии 67-летняя X" is X's title)."""
    own_case = "Gen" not in features(t, "Case") and not has_preposition(t)
    return t.pos_ in ("NOUN", "PROPN") and own_case


def same_case(a: Token, b: Token) -> bool:
    """Whether two words may agree in case (either has none, or they share one; `b` in any
    case its form may be in: "директора … Марию X" is an accusative apposition)."""
    cases, others = a.morph.get("Case"), cases_of(b)
    return not cases or not others or bool(set(cases) & others)


def case_words(name: Span) -> list[Token]:
    """The words of a name that tell its case: one that never declines ("Беллуччи", the same
    in every case, which the tagger may call nominative) or one the dictionary reads in every
    case ("Мэри", which the tagger may call a locative after "в Эфиопии") tells none where
    another does ("Моники Беллуччи" is a genitive). Right after "в + place" none of these
    tells one, nor a locative or instrumental, which the tagger copied from the place
    ("посол Кении в Уганде Бетти Кибет": "Кибет" instrumental): none may be left."""
    if after_place(name):
        return [t for t in name if not _tells_no_case(t) and not _PLACE_CASES & _cases(t)]
    declined = [t for t in name if not _tells_no_case(t)]
    return declined or list(name)


_PLACE_CASES = {"Loc", "Ins"}  # no name takes these without a preposition of its own


def _cases(t: Token) -> set[str]:
    return set(t.morph.get("Case"))


def reference_after(verb: Token) -> list[Token]:
    """ "Со ссылкой" after a verb of saying that the parse hangs elsewhere, on the quoted
    words' verb ("«…», — сообщает ''La Nación'' со ссылкой на министра X"): the report's,
    where no mark, colon or other verb stands between them (words quoted after the verb
    have their own)."""
    out = []
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.text in MARKS or t.text == ":" or t.pos_ in ("VERB", "AUX"):
            break
        if t.lemma_ == REFERENCE and t.head.i != verb.i:
            out.append(t)
    return out


def nominative_name(name: Span) -> bool:
    """Whether a name may be in the nominative: a word telling its case is, or none tells,
    or it follows a patron's name declined in the genitive and does not decline itself
    ("Адвокат футболиста Неймара Пау Молинс заявил": the tagger copied the genitive)."""
    if womans_oblique(name):
        return False
    words = case_words(name)
    if not words or any(map(nominative_or_caseless, words)):
        return True
    return name.start > 0 and patron_before(name.doc[name.start - 1], name)


def womans_oblique(name: Span) -> bool:
    """Whether a name opens with a woman's first name the dictionary reads in the singular
    only in an oblique case ("Агент Анны Мельник заявил": the surname may read as a
    nominative, the tagger may give the verb's gender to her; she is whose agent speaks)."""
    return any(morph().oblique_womans_name(t.text) for t in name)


def oblique_title(verb: Token, name: Span) -> bool:
    """Whether a name that never declines ("Сугионо", "Прабово"), which the tagger calls
    nominative, follows the one being's title after a verb of citing, and that title is in
    no nominative: the title tells the name's case ("— цитирует министра иностранных дел
    Индонезии Сугионо агентство Antara" cites the minister; the outlet is no being)."""
    if not all(caseless(t.text) for t in name):
        return False
    beings = [t for t in verb.doc[verb.i + 1 : name.start] if t.pos_ == "NOUN" and is_animate(t)]
    return len(beings) == 1 and "Nom" not in cases_of(beings[0])


def _tells_no_case(t: Token) -> bool:
    """A name's word whose form is the same in every case: a foreign one that never declines
    ("Беллуччи") or one the dictionary reads so ("Мэри")."""
    return caseless(t.text, guessed=False)


def cases_disagree(words: list[Token]) -> bool:
    """Whether the tagger puts a name's words in cases no one of them shares ("Ван" genitive,
    "И" instrumental of "министр КНР Ван И"): the words of a name agree in case, so it is
    guessing, and only their dictionary readings tell the name's case."""
    cases = [set(t.morph.get("Case")) for t in words if t.morph.get("Case")]
    return len(cases) > 1 and not set.intersection(*cases)


def nominative_or_caseless(t: Token) -> bool:
    """A token the tagger puts in the nominative, or gives no case (initials, foreign names)."""
    case = t.morph.get("Case")
    return not case or "Nom" in case


def subject_or_apposed(t: Token) -> bool:
    """A subject, or a name in apposition to one ("Президент Бразилии Лула прибыл"), from any
    word of the name ("пресс-секретарь Кари Юсеф Ахмади": the parse hangs "Юсеф Ахмади" on
    "Кари" as flat:name)."""
    t = name_root(t)
    return t.dep_ in SUBJECTS or (
        t.dep_ == "appos" and t.head.dep_ in SUBJECTS and not appositive_past_verb(t)
    )


def dative_topic(t: Token) -> bool:
    """A being in the dative that a clause with no animate subject is about ("президенту
    Чили X исполнилось 40 лет", "послу вручили орден"); not one a person acts on ("X
    позвонил Y-у")."""
    while (t.dep_.startswith("flat") or t.dep_ == "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ not in ("iobj", "obl") or "Dat" not in features(t, "Case") or has_preposition(t):
        return False
    return not any(c.dep_ in SUBJECTS and is_animate(c, pronoun=True) for c in t.head.children)
