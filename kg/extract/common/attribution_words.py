"""The words that tell speech, and what the attributor's regions are.

Verbs of saying, of reporting and of tails ("сказал", "сообщает", "— отметил он"), a verdict
or refusal that says no one spoke, a clause that points back at what was said ("об этом
сказал X"), the lexicons and word sets the attributor reads, and the region of text a
speaker is given (its kind: direct speech, transcript turn, sentence, author). The lowest
of attribution's modules: the others read these, it reads none of them.

Split out of attribution.py (forty-fourth pass, h-split46)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Token

from kg.lexicon import load_list
from kg.nlp.deps import SUBJECTS, has_preposition, is_passive, is_predicate, tense, that_clause
from kg.nlp.marks import DASH_CHARS
from kg.nlp.morph import (
    case_of,
    features,
    is_adverb,
    is_animate,
    is_finite,
    is_gerund,
    is_infinitive,
)
from kg.nlp.quote_marks import CLOSING, OPENING

SPEECH_VERBS = Path(__file__).with_name("speech_verbs.txt")


TAIL_VERBS = Path(__file__).with_name("tail_verbs.txt")


ORDER_VERBS = Path(__file__).with_name("order_verbs.txt")


EMPHASIS = "'"  # wiki italics around quoted words: "''«…,'' — сказал X. — ''…»''"


MARKS = OPENING | CLOSING


PRONOUNS = {"он", "она", "его", "ее", "её"}  # subjects, and "по его словам"


QUOTING = {"цитировать", "процитировать"}


PER = {"слово", "мнение", "оценка", "данные"}  # "по словам X", "по мнению X"


AUTHORED = {"статья", "интервью", "колонка", "обращение", "послание", "книга", "публикация"}


# "приводит его слова «Интерфакс»": the words' owner spoke, not the verb's subject
REPORTING = {"приводить", "привести", "передавать", "передать"}


REFERENCE = "ссылка"  # "пишет X со ссылкой на Y": Y's words


WORDS_OF = {"слово", "высказывание", "цитата", "заявление", "оценка", "рассказ"}


# figures one cites as one does words: "Такие данные привёл X", "Эти цифры приводит Y"; not
# handed over ("передал эти данные МАГАТЭ" is a deed)
_FIGURES = {"данные", "цифра", "сведение", "статистика"}


_CITING = {"привести", "приводить"}


# "говорится в заявлении X": an impersonal verb whose speaker owns the text it is in
IMPERSONAL = {"говориться", "отмечаться", "подчеркиваться", "указываться", "сообщаться",
               "поясняться"}  # fmt: skip


TEXTS = {"заявление", "письмо", "сообщение", "телеграмма", "комментарий", "выступление",
          "речь", "блог", "твит", "пост", "аккаунт", "страница", "поздравление"}  # fmt: skip


DELEGATES = {"представитель", "пресс-секретарь", "помощник", "советник", "заместитель",
              "спикер", "референт"}  # fmt: skip


# pronouns that point at what follows: "заявил следующее: …" still introduces speech
_FORWARD_PRONOUNS = {"следующий", "это", "то"}


_POINTING = {"этот", "следующий", "такой", "данный"}  # "подтвердил эту информацию: …"


_LINKING = {"и", "а", "также", "еще", "ещё"}  # between a tail's dash and its verb


# "получил письмо: «…»": the words after the colon are someone else's
RECEIVING = {"получить", "получать", "прочитать", "читать", "прочесть", "услышать", "слышать",
              "увидеть", "видеть", "найти", "находить", "процитировать", "цитировать"}  # fmt: skip


_MAKING = {"сделать", "делать", "выступить", "выступать"}  # "такое заявление сделал X"


_THAT = {"такой", "этот", "это", "подобный"}  # "Это заявление": the tagger's DET "это"


# words of a speaker's own statement, where it has no finite verb: "Мы соседи", "В моём
# возрасте пора …"
PERSONAL = {"я", "мы", "ты", "вы", "мой", "наш", "ваш", "твой", "пора", "нужно", "надо",
             "можно", "нельзя"}  # fmt: skip


_SIDES = {"сторона", "делегация"}  # those who met, not beings: "Стороны обсудили"


_TAIL_PUNCT = {",", "!", "?", "…", "...", "!..", "?.."}


QUOTE_REACH = 2_000  # characters back to the paragraph that opens a quotation


WORD = re.compile(r"[А-Яа-яЁёA-Za-z]{2,}")


# Region ranks: lower wins.
DIRECT, TURN, SENTENCE, AUTHOR = 0, 1, 2, 3


@dataclass(frozen=True)
class Region:
    """A stretch of text attributed to a person, with how strong the evidence is."""

    start: int
    end: int
    speaker: str  # "" where the text gives the words to no one ("в пресс-службе сообщили: …")
    rank: int
    gap: tuple[int, int] | None = None  # the narrator's words inside an interrupted quote
    at: int = -1  # where the word that attributes it stands (a verb of saying), if any


def speech_lemmas() -> frozenset[str]:
    """Lemmas of verbs and predicatives of saying, from speech_verbs.txt."""
    return load_list(SPEECH_VERBS)


def reporting_lemmas() -> frozenset[str]:
    """Verbs that report a text's words with no speaker of their own ("в заявлении
    говорится", "отмечается")."""
    return frozenset(IMPERSONAL)


@cache
def attributing_lemmas() -> frozenset[str]:
    """Lemmas of the words `_sentence` reads as attributing a sentence: a verb of saying (a
    two-word entry's first word too: "обратить внимание"), of a tail, of a report, a noun of
    "по словам". A verb "with words" ("поблагодарил следующими словами:") has any lemma."""
    speech = speech_lemmas()
    firsts = {e[:k] for e in speech for k, ch in enumerate(e) if ch == " "}
    tails = load_list(TAIL_VERBS) | load_list(ORDER_VERBS)
    return speech | firsts | tails | REPORTING | IMPERSONAL | PER


def says_here(t: Token) -> bool:
    """Whether a token is a verb of saying in its place: any of speech_verbs.txt, one of
    tail_verbs.txt closing a quotation ("«…», — продолжил он"; "продолжил переговоры" is
    no speech), a verb with the object speech_verbs.txt lists it with ("обратил внимание"),
    or any verb "with words" ("поблагодарил следующими словами:")."""
    return (
        is_predicate(t)
        and not _refused(t)
        and not _verdict(t)
        and not _foretold(t)
        and (
            t.lemma_ in speech_lemmas()
            or any(f"{t.lemma_} {c.lemma_}" in speech_lemmas() for c in t.children)
            or (t.lemma_ in load_list(TAIL_VERBS) and is_tail(t))
            or (t.lemma_ in load_list(ORDER_VERBS) and _orders_quoted(t))
            or any(c.lemma_ == "слово" and "Ins" in c.morph.get("Case") for c in t.children)
        )
    )  # "поблагодарил его следующими словами:", "обратился к ним со словами:"


def _orders_quoted(verb: Token) -> bool:
    """Whether a verb of ordering (order_verbs.txt) gives a quotation: one it closes ("«…», —
    поручил X") or one its colon leads straight into ("распорядился: «…»", "потребовал от
    Y: «…»"); an order told with no quotation ("поручил подготовить …") gives no words."""
    if is_tail(verb):
        return True
    colon = next((t for t in verb.doc[verb.i + 1 : verb.sent.end] if t.text == ":"), None)
    if colon is None or not introduces_quote(verb, colon.idx + 1):
        return False
    after = verb.doc.text[colon.idx + 1 :].lstrip(" \t\u00a0" + EMPHASIS)
    return after[:1] in OPENING


def _foretold(t: Token) -> bool:
    """A verb of saying in the future ("в ближайшем будущем X объявит о сложении
    полномочий", "будет говорить") has said nothing yet: no words of its sentence are its
    subject's. Not one closing a quotation ("«…», — скажет он"), which gives its words."""
    return tense(t) == "Fut" and not is_tail(t)


# statuses a court or an authority declares ("признала X виновным", "объявил банкротом"),
# and the verbs that declare them ("назвал приговор недействительным" is one's own words)
_VERDICTS = frozenset({"виновный", "невиновный", "банкрот", "недействительный",
                       "недееспособный", "экстремистский", "нежелательный"})  # fmt: skip


_DECLARING = frozenset({"признать", "признавать", "объявить", "объявлять"})


def _verdict(t: Token) -> bool:
    """A verb of saying with a predicate in the instrumental that declares a status says
    nothing: passive, of its subject ("будет признан виновным", "объявлен банкротом"),
    or active, of its object where the status is a verdict's ("судья признала X виновным";
    "назвал сделку выгодной", "признал ситуацию сложной" are the subject's own words)."""
    if is_passive(t, short=False):
        return any(c.dep_ == "xcomp" and "Ins" in features(c, "Case") for c in t.children)
    if t.lemma_ not in _DECLARING or any(
        c.dep_ == "obj" and c.lemma_ == "себя" for c in t.children
    ):
        return False  # "признал себя виновным:": a plea is the subject's own words
    clause = itertools.takewhile(lambda w: w.i == t.i or not is_finite(w), t.doc[t.i : t.sent.end])
    return any(w.lemma_ in _VERDICTS and "Ins" in features(w, "Case") for w in clause)


_REFUSALS = frozenset({"отказаться", "отказываться", "воздержаться", "воздерживаться"})


def _refused(t: Token) -> bool:
    """A verb of saying someone refused: "отказался признать обвинения", "не стал
    комментировать" say nothing, so what follows in the sentence is nobody's words."""
    if not is_infinitive(t):
        return False
    head = t.head
    negated = any(c.lower_ == "не" for c in head.children)
    return head.lemma_ in _REFUSALS or (head.lemma_ == "стать" and negated)


ANSWERING = frozenset({"ответить"})  # the lemma `_answers_questions` asks for


def per_word(t: Token) -> bool:
    """Whether a noun says whose words or view the sentence gives: "по словам X", "по его
    мнению", and "с его слов", "со слов X" (a genitive: "выступил со словами" is no such)."""
    if t.lemma_ not in PER:
        return False
    before = {t.doc[t.i - k].lower_ for k in (1, 2) if t.i >= k}
    if "по" in before:
        return True
    return t.lemma_ == "слово" and "Gen" in t.morph.get("Case") and bool(before & {"с", "со"})


def introduces_quote(verb: Token, colon: int) -> bool:
    """Whether a verb of saying leads straight into the words after its colon: "он
    подчеркнул: …", "заявила журналистам: …". A verb with its own object or clause
    before the colon ("отметил развитие связей: …", "рассказал, что …:") reports,
    and what follows the colon is the narrator's; the noun that makes it a verb of saying
    is none ("сделал резкое заявление:\n…" leads into the statement)."""
    for t in verb.doc[verb.i + 1 :]:
        if t.idx >= colon - 1:
            return True
        if t.lower_ in ("что", "чтобы") or (t.pos_ == "VERB" and is_finite(t)):
            return False
        if _object(t) and not _statement(verb, t):
            return False  # its own object: "отметил рост потоков: …"
    return True


def _statement(verb: Token, noun: Token) -> bool:
    """Whether an object is the statement that makes its verb one of saying ("сделал
    заявление"), not a thing it points at ("обратил внимание на доклад «X: Y»")."""
    return noun.lemma_ in WORDS_OF | TEXTS and f"{verb.lemma_} {noun.lemma_}" in speech_lemmas()


def _object(t: Token) -> bool:
    """A direct object, by its relation or, where parsers misplace it, a bare accusative."""
    if t.lemma_ in _FORWARD_PRONOUNS or any(c.lemma_ in _POINTING for c in t.children):
        return False  # "подтвердил эту информацию: …" points at what follows
    if t.pos_ == "PRON":
        return t.dep_ == "obj"  # "признал себя виновным: …" reports, "сказал им: …" speaks
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    bare = not has_preposition(t)
    return t.dep_ == "obj" or ("Acc" in t.morph.get("Case") and bare)


def is_tail(verb: Token) -> bool:
    """Whether a verb of saying closes preceding speech: "…, – заявил X", "«…», отметил X";
    a gerund closes none, it comments on a quotation ("раскритиковала «закон X», сказав, что
    …"). Manner words close it only after a dash: "зачитал обращение «…», затем в
    университете обратился к студентам" is a clause of its own (quotes33)."""
    if is_gerund(verb):
        return False
    first = manner_start(verb)
    # The words before it, spaces and wiki italics left out ("»,\u00a0— сказал": a no-break
    # space is a token; "…,'' — сказал": the italics close before the dash).
    window = verb.doc[max(0, first - 8) : first]
    before = [t.text for t in window if not t.is_space and t.text.strip(EMPHASIS)]
    while len(before) > 2 and before[-1].lower() in _LINKING:  # "«…», — и добавил"
        before.pop()
    before = before[-2:]
    if len(before) < 2:
        return False
    if before[1][:1] in DASH_CHARS:  # ". — заявил X" too: a narrator's sentence never opens so
        return before[0] in _TAIL_PUNCT or before[0] in CLOSING or before[0] == "."
    return first == verb.i and before[1] == "," and before[0] in CLOSING


def manner_start(verb: Token) -> int:
    """Where a verb's clause starts past the manner words right before it ("— риторически
    спросил X", "— с улыбкой заключил он"): its adverbs and oblique phrases that touch it,
    so the dash before them closes a quotation as one right before the verb does."""
    first = verb.i
    for child in reversed(list(verb.lefts)):
        if child.right_edge.i != first - 1:
            break
        if child.dep_ not in ("advmod", "obl") and not (child.n_lefts == 0 and is_adverb(child)):
            break  # a lone adverb under another relation: "риторически" read as a noun
        first = child.left_edge.i
    return first


def is_statement(quoted) -> bool:
    """Whether quoted words are a statement: three words or more, a predicate or a speaker's
    own word among them ("Мы соседи, нам нечего делить"), not a name («О мерах …»)."""
    words = [t for t in quoted if not t.is_punct]
    return len(words) >= 3 and any(
        finite_predicate(t) or "Short" in t.morph.get("Variant") or t.lemma_ in PERSONAL
        for t in words
    )


def first_person_clause(verb: Token) -> bool:
    """Whether a verb heads a clause of a sentence whose main verb speaks in the first
    person (a first-person verb, or "я"/"мы" its subject)."""
    root = verb.sent.root
    if root.i == verb.i:
        return False
    return features(root, "Person") == ("1",) or any(
        c.dep_ in SUBJECTS and c.lemma_ in ("я", "мы") for c in root.children
    )


def summed_up(verb: Token) -> bool:
    """Whether a verb of saying has a "что"-clause of its own ("Песков сообщил, что …:",
    "напомнил о том, что …:") and a subject that is no pronoun: "он подчёркивал, что
    Сурков ушёл …:" may point at the one the clause names as well as at the speaker before."""
    if any(c.dep_ in SUBJECTS and c.lower_ in PRONOUNS for c in verb.children):
        return False
    that = [c for c in verb.children if c.lemma_ in ("тот", "то") and c.dep_ in ("obj", "obl")]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [c for t in that for c in t.children if c.dep_ in ("acl", "ccomp")]
    return any(that_clause(c) for c in clauses)


def authors_thing(verb: Token) -> bool:
    """Whether a verb of saying only says who made the thing its relative clause qualifies
    ("оперу, которую написал X"): a description, not the narrator reporting speech."""
    return verb.dep_ == "acl:relcl" and any(
        c.dep_ == "obj" and c.lemma_ == "который" for c in verb.children
    )


def colon_is_its(verb: Token) -> bool:
    """Whether a colon after a verb of saying may close its own clause: a gerund's only
    where the parse hangs the colon on it ("сказав журналистам:"), not on the verb it
    qualifies ("принёс извинения, объяснив их усталостью:" is the apology's)."""
    return not is_gerund(verb) or any(c.text == ":" for c in verb.children)


def finite_predicate(t: Token) -> bool:
    """A finite verb or auxiliary: what makes quoted words a statement and a speaker's verb
    a clause of its own, for every reader of quotes and speakers."""
    return t.pos_ in ("VERB", "AUX") and is_finite(t)


def reports_past(verb: Token) -> bool:
    """A predicate that reports a past event from outside: a past passive ("подписан",
    "были подписаны") or a past verb whose subject is those who met, in the plural
    ("президенты провели", "стороны обсудили"; "переговоры прошли" a speaker says too)."""
    if "Past" not in verb.morph.get("Tense"):
        return False
    if is_passive(verb, short=False) and "Short" in verb.morph.get("Variant"):
        return True
    return any(
        c.dep_ == "nsubj"
        and c.pos_ == "NOUN"
        and features(c, "Number") == ("Plur",)
        and (is_animate(c) or c.lemma_ in _SIDES)
        for c in verb.children
    )


def points_back(t: Token) -> bool:
    """A verb that says what was just quoted was said: "Об этом заявил", "Это подтвердил",
    "Так X ответил на вопрос", "Такое мнение высказал", "Такое заявление сделал", "С таким
    заявлением выступил", "Это заявление сделал", "Эти слова X приводит агентство", "Такие
    данные привёл X"; not one that names or judges what it points at ("X назвал эту
    поддержку «исторической»")."""
    if t.lemma_ in speech_lemmas():
        if any(_so_opening(c) for c in t.children):
            return True
        return any(
            (
                c.lemma_ == "это"
                and c.dep_ in ("obj", "obl")
                or c.dep_ == "obj"
                and points_at_said(c)
            )
            and not (c.dep_ == "obj" and _calls_it(t, c))
            for c in t.children
        )
    words = _MAKING | REPORTING  # "Такое заявление сделал X", "Эти слова X приводит агентство"
    told = WORDS_OF | _FIGURES if t.lemma_ in _CITING else WORDS_OF  # "Такие данные привёл X"
    return t.lemma_ in words and any(c.lemma_ in told and points_at_said(c) for c in t.children)


def _calls_it(verb: Token, obj: Token) -> bool:
    """Whether a verb of saying gives its object a name or a quality ("назвал эту поддержку
    «исторической»", "назвал это историческим шагом", "охарактеризовал эту помощь как
    беспрецедентную"): the object is a deed it judges, not words it reports ("Эту цифру
    назвал X", "Это подтвердил X")."""
    for c in itertools.chain(verb.children, obj.children):
        if c.pos_ not in ("NOUN", "ADJ") or c.dep_ in SUBJECTS:
            continue
        if (c.dep_ == "xcomp" and c.head.i == verb.i) or _as_what(c):
            return True
        quoted = c.i > obj.i and c.doc[c.i - 1].text in OPENING
        if c.pos_ == "ADJ" and not has_preposition(c) and (quoted or case_of(c) == "Ins"):
            return True
    return False


def _as_what(t: Token) -> bool:
    """ "как беспрецедентную", "как ошибку": a comparison that says what a thing is taken
    for; not "как и" that adds another who did the same, nor "как глава делегации" that
    says in what role one spoke."""
    return not is_animate(t) and any(
        m.lemma_ == "как" and m.dep_ in ("mark", "case") and m.nbor().lower_ != "и"
        for m in t.children
        if m.i < t.i
    )


def points_at_said(noun: Token) -> bool:
    """Whether a demonstrative points a noun back at what was just said ("такое мнение",
    "это заявление")."""
    return any(d.lemma_ in _THAT and d.dep_ == "det" for d in noun.children)


def _so_opening(t: Token) -> bool:
    """ "Так" opening its sentence with no comma after it: how the words just quoted were
    said ("Так министр ответил"), not the "Так, …" that brings an example in."""
    if t.lemma_ != "так" or t.dep_ != "advmod":  # first: its sentence costs a Span
        return False
    first = t.sent.start + (t.sent[0].lemma_ == "именно")
    return t.i == first and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ",")


@cache
def pointing_lemmas() -> frozenset[str]:
    """The lemmas `points_back` holds for: a verb of saying, of making a statement, or of
    reporting someone's words."""
    return speech_lemmas() | _MAKING | REPORTING


def of_a_feeling(words: Token) -> bool:
    """Words named by what they express, an inanimate genitive ("слова поддержки", "слова
    благодарности"), not by whose they are ("слова президента")."""
    return any(
        c.dep_ == "nmod" and c.pos_ == "NOUN" and case_of(c) == "Gen" and not is_animate(c)
        for c in words.children
    )
