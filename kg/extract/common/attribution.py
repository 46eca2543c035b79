"""Who the text says said a stretch of it: the speaker of a quote or a sentence.

Regions of the document are attributed to persons, strongest evidence first:
1. direct speech closed by an attribution ("– …, – заявил Токаев.", "«…», отметил
   он", "Он подчеркнул: …"); when speech resumes after it ("«…, — сказал он. — …»")
   one region over both parts, the attribution its `gap` (two quotations "«…», -
   пишет он. - «…»" stay two); speech a report names ("— приводит его слова
   «Интерфакс»", "— говорится в заявлении Токаева") is the person's, not the
   outlet's; "По его словам, …:" gives the speaker the quotation or paragraph after
   its colon; after a colon only when the verb leads straight into it (no object or
   "что"-clause of its own before the colon, unless a quotation mark opens the
   speech), and a paragraph after a colon only when the narrator reports no speech
   in it (a verb of saying with a named or "он" subject: "Он добавил, что …");
   straight marks nest, an opening one told from a closing one by what touches it
   ("«выделило "Петробраз". Больным …»");
2. transcript turns ("В.Путин: …"); when a document has turns of two or more
   speakers each turn runs to the next one, across sentences and paragraphs,
   otherwise (a headline "Токаев: …") only to the end of its line;
3. a sentence whose verb of saying has a person subject ("Токаев подчеркнул,
   что …", "как отметил X", "по словам X", "X уверен");
4. quoted text with no attribution after a sentence that reports a person's
   article or interview ("Токаев написал статью …") belongs to that author.
Subjects are Person mentions from the resolver (names, initials, titles);
"он"/"она" is the last person who was a subject before it, or where kg knows that one is
of the other gender, the one person of its gender named in the sentence before; a verb's
gender ("сказала") rules out persons of the other for a title. Speakers are never
guessed: a verb whose subject is an organization or an unresolved noun
("сообщил министр") gives no speaker.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from kg.doc_text import span_text
from kg.extract.common.words import lem
from kg.extract.context import Context
from kg.extract.offices.extract import titled
from kg.formats.textmeta import DATELINE
from kg.gazetteer import StateEntry
from kg.lexicon import load_list, load_rows
from kg.model import Mention
from kg.nlp.deps import (
    SUBJECTS,
    after_place,
    appositive_past_verb,
    has_preposition,
    has_subject,
    is_passive,
    is_predicate,
    marked_own,
    name_root,
    name_words,
    negated,
    preposition,
    sentence_before,
    that_clause,
)
from kg.nlp.morph import (
    case_of,
    caseless,
    cases_of,
    features,
    is_adverb,
    is_animate,
    is_finite,
    is_gerund,
    is_infinitive,
    is_plural,
    morph,
    nominative_title,
    shown_gender,
)
from kg.nlp.quote_marks import CLOSING, OPENING, PAIRS
from kg.resolve.gender import (
    dictionary_gender,
    mention_tokens,
    names_other_gender,
    person_gender,
    predicate_gender,
)
from kg.resolve.name_forms import fold
from kg.resolve.name_splits import oblique_end_of, patron_before
from kg.resolve.not_persons import demonym_of, demonym_stems_of
from kg.resolve.title_tenure import former_title
from kg.sentences import sentence_bounds

SPEECH_VERBS = Path(__file__).with_name("speech_verbs.txt")
TAIL_VERBS = Path(__file__).with_name("tail_verbs.txt")
EPITHETS = Path(__file__).with_name("epithets.tsv")
LEAD_INS = Path(__file__).with_name("lead_ins.txt")
ADDRESS_WORDS = Path(__file__).with_name("address_words.txt")
BODY_NOUNS = Path(__file__).with_name("body_nouns.txt")

_DASHES = "-–—"
_EMPHASIS = "'"  # wiki italics around quoted words: "''«…,'' — сказал X. — ''…»''"
# what stands between a quotation and the next whole one its speaker goes on with: the rest
# of one sentence, its attribution ("», сказал X. «"), with no quotation marks in it
_ONE_SENTENCE_ON = re.compile(r"[^«»„“\"\n.!?…]*[.!?…]\s+")
# what follows a quotation that ends its sentence: the line's end or a new sentence
_NEXT_SENTENCE = re.compile(r"[ \t\u00a0]*$|\s+[«„“\"А-ЯЁA-Z]", re.M)
_MARKS = OPENING | CLOSING
_SUBJECT_REACH = 12  # words after a verb of saying its subject may come ("сказал в … X")
_PRONOUNS = {"он", "она", "его", "ее", "её"}  # subjects, and "по его словам"
# Predicates by which one answers words another said ("С этими словами согласился X").
_REPLYING = frozenset(
    ["согласиться", "соглашаться", "согласный", "солидарный", "солидаризироваться",
     "возразить", "возражать", "спорить", "поспорить", "оспорить", "оспаривать"]
)  # fmt: skip
# a quotation's close right before "(с) такими/этими словами": "«…» — такими словами X …"
_BEFORE_THESE_WORDS = re.compile(r"[»“\"][.,]?\s*[—–-]?\s*(?:[Сс]\s+)?$")
# Two blank lines after a colon: a quoted block (a tweet, an embedded post) the text lost.
_BLOCK_LOST = re.compile(r"\n[ \t\u00a0]*\n[ \t\u00a0]*\n")
_PRONOUN_GENDER = {"он": "masc", "его": "masc", "она": "femn", "ее": "femn", "её": "femn"}
# "Тот"/"Та" as a subject: the one the sentence before names other than its subject
_DEMONSTRATIVE_GENDER = {"тот": "masc", "та": "femn"}
_QUOTING = {"цитировать", "процитировать"}
_ASKING = {"спросить", "спрашивать"}  # "спросили её мнение «…?»": the asker's question
_PER = {"слово", "мнение", "оценка", "данные"}  # "по словам X", "по мнению X"
_AUTHORED = {"статья", "интервью", "колонка", "обращение", "послание", "книга", "публикация"}
# a heading with no verb, "Ответ официального представителя X на вопрос СМИ": the
# answers after it are X's ("в ответ на …" in a sentence with a verb names no author)
_ANSWER_HEADING = "ответ"
_AUTHORING = {"написать", "писать", "опубликовать", "публиковать", "дать", "давать"}
# "приводит его слова «Интерфакс»": the words' owner spoke, not the verb's subject
_REPORTING = {"приводить", "привести", "передавать", "передать"}
# nouns of kin in epithets.tsv whose masculine form names a man: "супруг" is no woman
_KIN = frozenset({"супруг", "мужчина"})
# nouns of epithets.tsv for a being or a state's resident, with no trade or office
# ("Женщина рассказала", "Жительница Чили рассказала:"): `_being`
_BEINGS = frozenset({"женщина", "мужчина", "жительница", "житель"})
_HEADS = frozenset({"глава", "руководитель"})  # a body's head, named by its genitive
_REFERENCE = "ссылка"  # "пишет X со ссылкой на Y": Y's words
# those who only pass words on: "со ссылкой на своего корреспондента Y" names no speaker
_REPORTERS = frozenset({"журналист", "журналистка", "корреспондент", "корреспондентка",
                        "репортер", "репортёр", "обозреватель", "обозревательница"})  # fmt: skip
_COLLEAGUE = "коллега"  # "его коллега": the counterpart of the one named before
_WORDS_OF = {"слово", "высказывание", "цитата", "заявление", "оценка", "рассказ"}
# "говорится в заявлении X": an impersonal verb whose speaker owns the text it is in
_IMPERSONAL = {"говориться", "отмечаться", "подчеркиваться", "указываться", "сообщаться",
               "поясняться"}  # fmt: skip
_TEXTS = {"заявление", "письмо", "сообщение", "телеграмма", "комментарий", "выступление",
          "речь", "блог", "твит", "пост", "аккаунт", "страница", "поздравление"}  # fmt: skip
# a text of several authors ("в совместном заявлении"): the words of no one person
_JOINT = {"совместный", "общий", "коллективный"}
# a text the verb that sends it names: "X поздравил Y. В поздравлении говорится: «…»"
_SENT_BY = {"поздравление": {"поздравить", "поздравлять"}, "обращение": {"обратиться"}}
# what a message carries: "направил соболезнования Y. «…», — говорится в телеграмме"
_CARRIED = {"соболезнование", "поздравление", "приветствие"}
_MESSAGES = {"телеграмма", "послание", "письмо"}
# verbs that address someone in words: "поздравил его учитель X:\n<the greeting>"
_GREETING = {"поздравить", "поздравлять", "поблагодарить", "благодарить", "приветствовать",
             "поприветствовать"}  # fmt: skip
_DELEGATES = {"представитель", "пресс-секретарь", "помощник", "советник", "заместитель",
              "спикер", "референт"}  # fmt: skip
# titles of one who acts for a patron the genitive names: "адвокат футболиста X Y"
_ACTING_FOR = _DELEGATES | {"адвокат", "агент"}
# pronouns that point at what follows: "заявил следующее: …" still introduces speech
_FORWARD_PRONOUNS = {"следующий", "это", "то"}
_POINTING = {"этот", "следующий", "такой", "данный"}  # "подтвердил эту информацию: …"
_WHERE = {"где", "куда", "когда"}  # relative adverbs: the clause's subject is its governor's
_LINKING = {"и", "а", "также", "еще", "ещё"}  # between a tail's dash and its verb
_LINKING_TAIL = re.compile(r"(?:[\s\-–—](?:и|а|также|еще|ещё))+\s*$", re.I)
# "получил письмо: «…»": the words after the colon are someone else's
_RECEIVING = {"получить", "получать", "прочитать", "читать", "прочесть", "услышать", "слышать",
              "увидеть", "видеть", "найти", "находить", "процитировать", "цитировать"}  # fmt: skip
_MAKING = {"сделать", "делать", "выступить", "выступать"}  # "такое заявление сделал X"
_THAT = {"такой", "этот", "это", "подобный"}  # "Это заявление": the tagger's DET "это"
# words of a speaker's own statement, where it has no finite verb: "Мы соседи", "В моём
# возрасте пора …"
_PERSONAL = {"я", "мы", "ты", "вы", "мой", "наш", "ваш", "твой", "пора", "нужно", "надо",
             "можно", "нельзя"}  # fmt: skip
_SIDES = {"сторона", "делегация"}  # those who met, not beings: "Стороны обсудили"
_TAIL_PUNCT = {",", "!", "?", "…", "...", "!..", "?.."}
_QUOTE_REACH = 2_000  # characters back to the paragraph that opens a quotation
# what follows a headline's quotation: a dash and who said it, to the line's end
_HEADLINE_TAIL = re.compile(r"[ \t\u00a0]*[—–][ \t\u00a0]+(\S[^\n]*?)[ \t.]*$", re.M)
_ABOUT = re.compile(r"[ \t]+(?:о|об|обо|про)[ \t]")  # "— Песков о переговорах"
# an interview's turns labelled as such: "Вопрос: Как вы оцениваете …?\nОтвет: …"
_QUESTION = re.compile(r"Вопрос[ \t]*:[ \t]")
_ANSWER = re.compile(r"Ответ[ \t]*:[ \t]*")
# a transcript line labelled by one to three words and a colon ("Вопрос:", "Из зала:")
_LABEL = re.compile(r"[ \t]*[А-ЯЁA-Z][\w.\-]*(?:[ \t]+[\w.\-]+){0,2}[ \t]*:[ \t]")
_ATTRIBUTION_REACH = 200  # characters an attribution inside a quotation may run to
_WORD = re.compile(r"[А-Яа-яЁёA-Za-z]{2,}")
_TURN_COLON = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?:[ \t]")  # "(как переведено):"

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
    return frozenset(_IMPERSONAL)


@cache
def _attributing_lemmas() -> frozenset[str]:
    """Lemmas of the words `_sentence` reads as attributing a sentence: a verb of saying (a
    two-word entry's first word too: "обратить внимание"), of a tail, of a report, a noun of
    "по словам". A verb "with words" ("поблагодарил следующими словами:") has any lemma."""
    speech = speech_lemmas()
    firsts = {e[:k] for e in speech for k, ch in enumerate(e) if ch == " "}
    return speech | firsts | load_list(TAIL_VERBS) | _REPORTING | _IMPERSONAL | _PER


def _says_here(t: Token) -> bool:
    """Whether a token is a verb of saying in its place: any of speech_verbs.txt, one of
    tail_verbs.txt closing a quotation ("«…», — продолжил он"; "продолжил переговоры" is
    no speech), a verb with the object speech_verbs.txt lists it with ("обратил внимание"),
    or any verb "with words" ("поблагодарил следующими словами:")."""
    return (
        is_predicate(t)
        and not _refused(t)
        and not _verdict(t)
        and (
            t.lemma_ in speech_lemmas()
            or any(f"{t.lemma_} {c.lemma_}" in speech_lemmas() for c in t.children)
            or (t.lemma_ in load_list(TAIL_VERBS) and _is_tail(t))
            or any(c.lemma_ == "слово" and "Ins" in c.morph.get("Case") for c in t.children)
        )
    )  # "поблагодарил его следующими словами:", "обратился к ним со словами:"


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


def _relative_antecedent(token: Token) -> Token | None:
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


def _disagrees(subject: Token, verb: Token) -> bool:
    """A subject the parser gives a verb it cannot be the subject of: a singular noun of a
    plural verb ("Министр X вернулся из Перу, эксперты отметили, что …": the experts noted),
    unless coordinated ("Токаев и Путин заявили")."""
    plural_verb = verb.morph.get("Number") == ["Plur"]
    single = subject.morph.get("Number") == ["Sing"] and subject.pos_ in ("NOUN", "PROPN")
    coordinated = any(c.dep_ == "conj" for c in subject.children)
    return plural_verb and single and not coordinated and subject.lower_ != "вы"


_REFUSALS = frozenset({"отказаться", "отказываться", "воздержаться", "воздерживаться"})


def _refused(t: Token) -> bool:
    """A verb of saying someone refused: "отказался признать обвинения", "не стал
    комментировать" say nothing, so what follows in the sentence is nobody's words."""
    if not is_infinitive(t):
        return False
    head = t.head
    negated = any(c.lower_ == "не" for c in head.children)
    return head.lemma_ in _REFUSALS or (head.lemma_ == "стать" and negated)


def _one_noun(token: Token) -> str:
    """The lemma of a noun in the singular that may stand for one person named before, its
    "экс-" left off ("экс-президент рассказал"); "" for anything else. A sentence's first
    word or a capitalised subject may be tagged a name ("Монарх также призвал", "в ходе
    церемонии Папа напомнил"): no mention holds it, so it is none; a subject epithets.tsv
    lists is its noun however tagged ("Сам юбиляр признаётся", the noun read as a verb)."""
    opening = token.pos_ == "PROPN" and (token.i == token.sent.start or token.dep_ in SUBJECTS)
    listed = token.dep_ in SUBJECTS and token.lemma_ in _epithets()
    if not (token.pos_ == "NOUN" or opening or listed) or "Plur" in features(token, "Number"):
        return ""
    return token.lemma_.removeprefix("экс-")


def _host(text: str, at: int) -> bool:
    """Whether the state named at `at` follows "в": where an office is held, not whose ("посол
    Бразилии в Аргентине" is Brazil's ambassador, "посол Аргентины в Бразилии" another)."""
    return text[:at].lower().endswith((" в ", " во "))


@cache
def _people_stems(state: StateEntry) -> frozenset[str]:
    """The stems a noun for a state's people is made from ("чилийка": "чили")."""
    return frozenset(demonym_stems_of(state.adjectives))


@cache
def _epithets() -> dict[str, tuple[str, ...]]:
    """epithets.tsv: a describing noun → the office stems its person must hold (() = any)."""
    return {r[0]: tuple(s for s in (r[1] if len(r) > 1 else "").split("|") if s)
            for r in load_rows(EPITHETS)}  # fmt: skip


def speaker_of(ctx: Context, start: int, end: int) -> str:
    """Person key of whoever the text says said [start, end), or ""."""
    start, end = _trim(ctx.document.text, start, end)
    if end <= start:
        return ""
    quoted = start > 0 and ctx.document.text[start - 1] in OPENING
    best: Region | None = None
    for r in regions(ctx):
        if quoted and start <= r.at < end and not (r.gap and r.gap[0] <= r.at < r.gap[1]):
            continue  # a verb inside quoted words reports speech that they quote
        overlap = min(end, r.end) - max(start, r.start)
        if overlap * 2 < end - start:
            continue
        if best is None or _closer(r, best, start):
            best = r
    return best.speaker if best else ""


def _closer(r: Region, best: Region, start: int) -> bool:
    """Whether a region attributes words at `start` better than `best`: a higher rank, a
    narrower stretch, then the verb nearer the words ("X пообещал …, а Y заявил, что «…»"
    has one sentence for both verbs: Y's)."""
    return (r.rank, r.end - r.start, abs(start - r.at)) < (
        best.rank,
        best.end - best.start,
        abs(start - best.at),
    )


def regions(ctx: Context) -> list[Region]:
    """Every attributed region of the document (computed once per Context)."""
    return ctx.once(_read_regions)


def _read_regions(ctx: Context) -> list[Region]:
    return _Attributor(ctx).run()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a stretch past surrounding whitespace, dashes and quotation marks."""
    junk = " \t\r\n\u00a0" + _DASHES + "".join(PAIRS) + "".join(CLOSING)
    while start < end and text[start] in junk:
        start += 1
    while end > start and text[end - 1] in junk:
        end -= 1
    return start, end


def _line_end(text: str, pos: int) -> int:
    """Where the line (a news paragraph) that `pos` stands in ends."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _ends_sentence(text: str, close: int) -> bool:
    """Whether the quotation closed at `close` ends its sentence: a full stop inside or right
    after the mark, or the line's end ("«Спартак» выиграл" goes on)."""
    stop = close + 1 if text[close + 1 : close + 2] in (".", "!", "?", "…") else close
    if stop == close and text[close - 1] not in ".!?…":
        return not text[close + 1 : _line_end(text, close)].strip(" \t\u00a0")
    return _NEXT_SENTENCE.match(text, stop + 1) is not None


def _dash_led(line: str) -> bool:
    """Whether a paragraph opens with a dash: a line of an interview or dialogue."""
    return line[:1] in _DASHES and line[1:2].isspace()


_ANSWERING = frozenset({"ответить"})  # the lemma `_answers_questions` asks for


def _answers_questions(t: Token) -> bool:
    """ "ответил на вопросы": a verb of answering an interviewer's questions, plural."""
    return t.lemma_ in _ANSWERING and any(
        c.lemma_ == "вопрос" and c.dep_ == "obl" and c.morph.get("Number") == ["Plur"]
        for c in t.children
    )


def _asked(line: str) -> bool:
    """Whether a paragraph is an interviewer's question: dash-led or labelled "Вопрос:"."""
    return (_dash_led(line) or _QUESTION.match(line) is not None) and line.endswith("?")


def _answer_start(line: str) -> int | None:
    """Where an interview's answer starts in its paragraph: at a dash, or past an "Ответ:"
    label (no words of the speaker's); None for a paragraph that is no answer."""
    if _dash_led(line):
        return 0
    label = _ANSWER.match(line)
    return label.end() if label else None


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line: news paragraphs are lines."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n\r\u2028\u2029]+", text)
            if m.group().strip()]  # fmt: skip


class _Attributor:
    """One pass over a document collecting attributed regions."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.text = ctx.document.text
        self.persons = [m for m in ctx.mentions if m.type == "Person"]
        self.others = [m for m in ctx.mentions if m.type != "Person"]
        self.named = [m for m in self.persons if m.via != "title"]  # what genders are read from
        self.genders: dict[str, str] = {}  # person key → `_gender`, once per key
        self.subjects: list[tuple[int, str]] = []  # (char, person key) of person subjects
        self.topics: list[tuple[int, str]] = []  # (char, person key) of dative topics
        self.joint: dict[int, set[str]] = {}  # subject's char → the persons of its coordination
        self.speakers: list[tuple[int, str]] = []  # (char, person key) of verbs of saying
        self.authors: list[tuple[int, str]] = []  # (char, person key) of reported interviews
        self.out: list[Region] = []
        self.lemmas = ctx.lemmas
        # heads of "слово": verbs "with words" ("поблагодарил следующими словами:")
        doc = ctx.doc
        self.word_heads = {doc[i].head.i for i, lemma in enumerate(self.lemmas) if lemma == "слово"}

    def run(self) -> list[Region]:
        self._collect_subjects()
        self._turns()
        author = ""
        previous = None
        for sent in self.ctx.sents:
            author = self._authoring(sent) or author
            if author:
                self.authors.append((sent.start_char, author))
            found = len(self.out)
            self._owned_quotations(sent)
            self._sentence(sent, author)
            # "Он принёс извинения, объяснив их усталостью:\n…": a verb of saying gave only
            # the sentence, the colon is still the clause's
            if not any(r.rank == DIRECT for r in self.out[found:]):
                self._colon_quotation(sent)
            self._these_words(sent)
            if previous is not None:
                self._anaphoric(sent, previous)
            previous = sent
        self._led_in()
        self._run_on()
        self._continued()
        self._answers()
        self._headlines()
        return self.out

    def _run_on(self) -> None:
        """ "«A», сказал X. «B»": a quotation that is the whole sentence right after the
        one closing X's quotation goes on with X's words, and so may the next ("«B». «C»");
        a narrator's sentence between ends them ("«A», сказал X. Визит продлится два дня.
        «B»"), and so does a quotation the sentence goes on after ("«Спартак» выиграл")."""
        pending = [r for r in self.out if r.rank == DIRECT and r.speaker]
        while pending:
            r = pending.pop()
            after = r.end + 1 if r.end < len(self.text) and self.text[r.end] in CLOSING else r.end
            opening = self._next_opening(after, _line_end(self.text, after))
            if opening is None or r.at >= opening:
                continue
            if not _ONE_SENTENCE_ON.fullmatch(self.text, after, opening) and not (
                self.text[r.end - 1] in ".!?…" and not self.text[after:opening].strip()
            ):
                continue  # more than the attribution's one sentence between
            close = self._sentence_quotation(opening)
            if close is None:
                continue
            self._add(opening + 1, close, r.speaker, DIRECT, at=r.at)
            pending.append(self.out[-1])

    def _sentence_quotation(self, opening: int) -> int | None:
        """The closing mark of a quotation from `opening` that ends its sentence, states
        something and no region attributes yet; else None."""
        close = matching_close(self.text, opening)
        if close is None or not _ends_sentence(self.text, close):
            return None
        quoted = self.ctx.doc.char_span(opening + 1, close, alignment_mode="contract")
        if quoted is None or not _says(quoted) or self._quoted_regions(opening + 1, close):
            return None
        return close

    def _led_in(self) -> None:
        """ "X был краток. «…»", "X обратился к жителям. «…»": a quotation that is the whole
        sentence right after one in its paragraph whose predicate tells its person subject
        spoke (`lead_ins.txt`, or a verb of saying with no clause of what was said) is that
        person's words; not after a sentence with quotation marks or a clause of its own,
        nor one whose subject names no one ("Представитель концерна был краток")."""
        for sent in self.ctx.sents:
            previous = sentence_before(sent)
            opening = sent.start_char
            if previous is None or self.text[opening] not in OPENING:
                continue
            if "\n" in self.text[previous.start_char : opening]:
                continue
            close = self._sentence_quotation(opening)
            verb = previous.root
            if close and self._leads_in(verb) and (key := self._lead_in_speaker(verb)):
                self._add(opening + 1, close, key, DIRECT, at=verb.idx)

    def _lead_in_speaker(self, verb: Token) -> str:
        """Who a lead-in's subject names: the parse makes "был краток" a passive, whose
        subject a verb of saying would take for what was said."""
        if verb.lemma_ not in load_list(LEAD_INS):
            return self._speaker(verb, dropped=False)
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
        return self._person_key(subject) if subject is not None else ""

    def _leads_in(self, verb: Token) -> bool:
        """Whether a sentence's predicate tells its subject spoke and gives no words: a
        lead-in ("был краток", "обратился к жителям") or a verb of saying with no clause
        under it ("прокомментировал поражение"; not "заявил, что …"), not negated, in a
        sentence with no quotation marks of its own."""
        sent = verb.sent
        if negated(verb) or any(m in sent.text for m in _MARKS):
            return False
        if verb.lemma_ in load_list(LEAD_INS):
            return True
        return _says_here(verb) and not any(
            c.dep_ in ("ccomp", "parataxis", "csubj") for c in verb.children
        )

    def _continued(self) -> None:
        """ "«…», — заявил X.\n«…»": a paragraph that is one quotation saying something,
        with nothing around it, goes on with the words of the one whose quotation ended the
        paragraph before (one whose last sentence is the narrator's ends them)."""
        lines = _lines(self.text)
        for (ps, pe), (s, e) in itertools.pairwise(lines):
            whole = self._whole_quotation(s, e, marked=False)
            if whole is None:
                continue
            opening, close = whole
            quoted = self.ctx.doc.char_span(opening + 1, close, alignment_mode="contract")
            if quoted is None or not _says(quoted) or self._quoted_regions(opening + 1, close):
                continue
            before = [
                r
                for r in self.out
                if r.rank == DIRECT and r.speaker and (ps <= r.at < pe or ps <= r.start < pe)
            ]  # a paragraph that went on with them passes them on
            last = max(before, key=lambda r: r.end, default=None)
            end = self.ctx.doc.char_span(ps, pe, alignment_mode="contract")
            if last is None or end is None or self._next_opening(last.end, pe) is not None:
                continue
            if max(last.end, last.at) >= end[-1].sent.start_char:
                self._add(opening + 1, close, last.speaker, DIRECT, at=last.at)

    def _answers(self) -> None:
        """An interview's answers: a dash-led paragraph right after a dash-led question ("—
        Как вы оцениваете …?\n— Отношения …"; or labelled "Вопрос:", "Ответ:") is the words
        of the one whose interview the text reported before, where no attribution of its own
        gives them."""
        lines = _lines(self.text)
        for (qs, qe), (s, e) in itertools.pairwise(lines):
            question, answer = self.text[qs:qe].strip(), self.text[s:e].strip()
            start = _answer_start(answer)
            if not _asked(question) or start is None:
                continue
            s += len(self.text[s:e]) - len(self.text[s:e].lstrip()) + start
            author = next((key for at, key in reversed(self.authors) if at < qs), "")
            if author and not answer.endswith("?") and not self._quoted_regions(s, e):
                self._add(s, e, author, DIRECT, at=qs)

    def _headlines(self) -> None:
        """A headline of a quotation, a dash and who said it ("«…» — президент Кении", "«…»
        — Уильям Руто"): the words of the person the name or title after the dash names,
        where they fill the rest of the line."""
        for s, e in _lines(self.text):
            opening = s + len(self.text[s:e]) - len(self.text[s:e].lstrip())
            close = matching_close(self.text, opening) if self.text[opening] in OPENING else None
            tail = _HEADLINE_TAIL.match(self.text, close + 1, e) if close is not None else None
            if close is None or tail is None or self._quoted_regions(opening, close):
                continue
            quoted = self.ctx.doc.char_span(opening + 1, close, alignment_mode="contract")
            if quoted is not None and _says(quoted):
                key = self._headline_speaker(tail.start(1), tail.end(1))
                self._add(opening + 1, close, key, DIRECT, at=tail.start(1))

    def _headline_speaker(self, start: int, end: int) -> str:
        """The one person a headline's tail names from its start ("президент Кении",
        "премьер-министр Японии Сигэру Исиба"), up to its end or to what the words were
        about ("— президент Филиппин о споре …"); "" for anything else ("— фильм …")."""
        about = _ABOUT.search(self.text, start, end)
        end = about.start() if about else end
        first = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        key = self._person_key(first[0]) if first is not None else ""
        names = [m for m in self.persons if start <= m.start and m.end <= end]
        if not key or {m.entity for m in names} != {key} or max(m.end for m in names) != end:
            return ""
        return key

    def _owned_quotations(self, sent: Span) -> None:
        """A quotation right after the words whose owner the text names is the owner's, not
        the subject's who comments on them ("X не прокомментировал слова министра Y «…»"),
        where it states something on its own (not what the subject calls them: "назвал
        слова Y «безответственными»", "… «провокацией, которая …»")."""
        for words in self._tokens(sent, self.lemmas, _WORDS_OF):
            key = self._owner(words)
            opening = self._next_opening(words.idx, sent.end_char) if key else None
            if opening is None:
                continue
            between = self.ctx.doc.char_span(words.idx, opening, alignment_mode="expand")
            if between is None or not _names_words(between):
                continue  # only the owner's title and name between
            close = matching_close(self.text, opening)
            quoted = self.ctx.doc.char_span(opening + 1, close or 0, alignment_mode="contract")
            if close is None or quoted is None or not _says(quoted):
                continue
            if "Ins" not in features(quoted[0], "Case"):
                self._add(opening + 1, close, key, DIRECT, at=words.idx)

    def _these_words(self, sent: Span) -> None:
        """ "«…» — такими словами X открыл заседание", "«…». С этими словами X обратился к
        …": words a demonstrative's "словами" points back at right after the quotation are
        the one's the clause after it names in the nominative, by name or by a title."""
        for words in self._tokens(sent, self.lemmas, ("слово",)):
            if "Ins" not in features(words, "Case") or not _pointed(words):
                continue
            line = self.text.rfind("\n", 0, words.idx) + 1
            before = _BEFORE_THESE_WORDS.search(self.text, line, words.left_edge.idx)
            if before is None:
                continue
            close = before.start()
            opening = _matching_open(self.text, line, close)
            if opening is None or self._quoted_regions(opening + 1, close):
                continue
            for t in self.ctx.doc[words.i + 1 : sent.end]:
                if t.is_punct or t.lower_ == "не" or self.lemmas[t.i] in _REPLYING:
                    break  # "С этими словами (не) согласился X": another's words
                pronoun = t.lower_ in ("он", "она")  # "— этими словами она завершила …"
                key = self._person_key(t) if pronoun or _animate_nominative(t) else ""
                if key or (t.pos_ in ("VERB", "AUX") and t.i > words.i + 1):
                    if key:
                        self._add(opening + 1, close, key, SENTENCE, at=words.idx)
                    break

    def _quoted_regions(self, start: int, end: int) -> bool:
        """Whether some region already attributes words of [start, end)."""
        return any(r.start < end and start < r.end for r in self.out)

    def _tokens(
        self, sent: Span, strings: Sequence[str], wanted: Collection[str]
    ) -> Iterator[Token]:
        """The tokens of a sentence whose string in `strings` (the Doc's lemmas or words) is
        one of `wanted`, in order: a `Token` is made for them only, not for every word."""
        doc = self.ctx.doc
        return (doc[i] for i in range(sent.start, sent.end) if strings[i] in wanted)

    def _attributing(self, sent: Span) -> Iterator[Token]:
        """The tokens of a sentence that may attribute it (`_sentence`): those of
        `_attributing_lemmas`, and the verbs with "словами" under them."""
        doc, lemmas, wanted = self.ctx.doc, self.lemmas, _attributing_lemmas()
        return (
            doc[i]
            for i in range(sent.start, sent.end)
            if lemmas[i] in wanted or i in self.word_heads
        )

    # --- mentions and subjects -------------------------------------------------------

    def _person_at(self, token: Token) -> Mention | None:
        for m in self.persons:
            if m.start <= token.idx < m.end:
                return m
        return None

    def _is_other_entity(self, token: Token) -> bool:
        return any(m.start <= token.idx < m.end for m in self.others)

    def _collect_subjects(self) -> None:
        """Person mentions that are grammatical subjects: antecedents of "он"/"она"."""
        for m in self.persons:
            span = self.ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            line = self.text.rfind("\n", 0, m.start) + 1
            if _unclosed_open(self.text[line : m.start]) is not None:
                continue  # "«Спросите X …», — заявил он": X is spoken of, not the speaker
            if span is not None and any(_subject(t) for t in span):
                self.subjects.append((m.start, m.entity))
                self.joint[m.start] = self._coordinated(span)
            elif span is not None and any(_dative_topic(t) for t in span):
                self.topics.append((m.start, m.entity))

    def _coordinated(self, span: Span) -> set[str]:
        """The persons a subject name is coordinated with ("X и Y провели переговоры"; the
        parse may hang Y in apposition to X's title): two or more make "он" no one's."""
        word = name_root(next(t for t in span if _subject(t)))
        head = word.head if word.dep_ == "appos" else word
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if not any(c.dep_ == "conj" for c in head.children):
            return set()
        group, todo = [], [head]
        while todo:
            t = todo.pop()
            group.append(t)
            todo.extend(c for c in t.children if c.dep_ in ("conj", "appos", "flat:name"))
        return {m.entity for t in group if (m := self._person_at(t)) is not None}

    def _shared(self, key: str, char: int, gender: str) -> bool:
        """Whether the subject `key` a pronoun goes on for was one of coordinated persons,
        another of whom the pronoun's gender fits too ("Мерц и Туск встретились. «…», —
        подчеркнул он" is either)."""
        pos = max((p for p, k in self.subjects if k == key and p < char), default=-1)
        others = self.joint.get(pos, set()) - {key}
        return any(self._gender(k) in ("", gender) for k in others)

    def _antecedent(self, char: int, speaking: bool = False) -> str:
        """The last person named as a subject before `char`; else the last person named. One
        who speaks ("Он добавил: …") goes on for the last speaker, not for a subject inside
        what that speaker said ("X заявил, что Y приедет. Он добавил" is X). A subject inside
        speech given to someone ("По её словам:\nРядом был Брэд …") is spoken of, no one
        "она" stands for after it."""
        said = self._said_after(char) if speaking else (0, 0)
        spoken = [(r.start, r.end) for r in self.out if r.rank == DIRECT and r.end <= char]
        before = [
            key
            for pos, key in self.subjects
            if pos < char
            and not said[0] < pos < said[1]
            and not any(s <= pos < e for s, e in spoken)
        ]
        if before:
            return before[-1]
        named = [m.entity for m in self.persons if m.end <= char]
        return named[-1] if named else ""

    def _said_after(self, char: int) -> tuple[int, int]:
        """(start, end) of the words after the last verb of saying before `char` in its own
        sentence: what that speaker said."""
        verbs = [pos for pos, _ in self.speakers if pos < char]
        span = self.ctx.doc.char_span(verbs[-1], char, alignment_mode="expand") if verbs else None
        return (span.start_char, span[0].sent.end_char) if span else (0, 0)

    def _person_key(self, token: Token) -> str:
        """The person a subject token names: a mention, or a resolved pronoun; a name in
        apposition wins over the title it follows ("председатель партии Соботка" is
        Соботка, whoever a bare "председатель" elsewhere stands for)."""
        m = self._person_at(token)
        if m is not None and m.via != "title":
            return m.entity
        if m is not None and self._contradicts(token, m.entity):
            m = None  # "— заявила президент" is no man the resolver gave the title to
        if m is None and token.lemma_ in load_list(BODY_NOUNS):
            return ""  # "Пресс-служба президента X заявила": a body's words, not X's
        if token.lower_ in _PRONOUNS and token.pos_ in ("PRON", "DET"):
            key = self._antecedent(token.idx, speaking=_says_here(token.head))
            # "Она ответила:" after "заявил прокурор X" is not X: the pronoun's gender must
            # not contradict the one kg knows of the person
            gender = _PRONOUN_GENDER[token.lower_]
            told = self._gender(key) if key else ""
            if told and told != gender:
                return self._named_before(token, gender)
            return "" if key and self._shared(key, token.idx, gender) else key
        if token.lower_ in _DEMONSTRATIVE_GENDER and token.dep_ in SUBJECTS:
            return self._other_than_subject(token)
        if token.lemma_ == "который" and token.dep_ in SUBJECTS:
            noun = _relative_antecedent(token)
            return self._person_key(noun) if noun is not None else ""
        if (named := self._apposed_name(token)) is not None:  # "представитель МИД Мао Нин"
            return "" if self._patrons(token, named) else named.entity
        if m is None and (named := self._closing_name(token) or self._comma_name(token)):
            return "" if self._patrons(token, named) else named.entity
        if m is None:
            return (
                self._colleague(token)
                or self._title_holder(token)
                or self._described(token)
                or self._retitled(token)
            )
        return m.entity

    def _gender(self, key: str) -> str:
        """The gender kg knows of a person (`person_gender`), from the names, not from a
        title the resolver gave someone ("— сказала министр" tells nothing of the man the
        resolver may have read as that minister)."""
        if key not in self.genders:
            entity = self.ctx.entity(key)
            self.genders[key] = person_gender(
                self.ctx.doc, self.named, key, entity.name if entity else ""
            )
        return self.genders[key]

    def _contradicts(self, subject: Token, key: str) -> bool:
        """Whether the verb a subject agrees with shows a gender ("сказал"/"сказала") other
        than the one kg knows of the person; a plural or present tense shows none."""
        verb = subject.head
        if subject.dep_ not in SUBJECTS or verb.i == subject.i or not is_predicate(verb):
            return False
        shown = shown_gender(verb)
        return bool(shown) and self._gender(key) not in ("", shown)

    def _fitting(self, subject: Token, keys: Iterable[str]) -> list[str]:
        """The persons of `keys` the gender the subject's verb shows does not rule out
        ("Министр X встретился с министром Y (a woman). … — сказал министр" is X)."""
        return [k for k in keys if not self._contradicts(subject, k)]

    def _named_before(self, pronoun: Token, gender: str) -> str:
        """The one person of the pronoun's gender named in the sentence before it (an object
        or an oblique: "Мелони провела переговоры с Эди Рамой. Он заявил") where the last
        subject is of the other gender; "" where two fit ("с X и Y. Он") or none does, or
        kg knows no gender of one named there (no verb, an indeclinable name: "приняла X и
        Мелони. Она заявила" may be either)."""
        previous = sentence_before(pronoun.sent)
        if previous is None:
            return ""
        floor = previous.start_char
        spoken = [(r.start, r.end) for r in self.out if r.rank == DIRECT]
        genders = {
            m.entity: self._gender(m.entity)
            for m in self.persons
            if floor <= m.start < pronoun.idx and not any(s <= m.start < e for s, e in spoken)
        }
        fits = [k for k, g in genders.items() if g == gender]
        return fits[0] if len(fits) == 1 and "" not in genders.values() else ""

    def _other_than_subject(self, pronoun: Token) -> str:
        """The person "Тот"/"Та" stands for: the last one the sentence before names other
        than its subject, by name or by a title one person named before holds ("Борич
        пригласил Болуарте. Та ответила", "встретился с послом. Тот заверил"), where kg
        knows no other gender of that person; "" where that one is its subject or no one
        named ("встретился с журналистом. Тот спросил")."""
        previous = sentence_before(pronoun.sent)
        if previous is None:
            return ""
        gender = _DEMONSTRATIVE_GENDER[pronoun.lower_]
        for t in reversed(list(previous)):
            if t.pos_ not in ("NOUN", "PROPN") or not is_animate(t):
                continue
            m = self._person_at(t)
            key = m.entity if m is not None else self._title_holder(t)
            mine = key and not _subject(t) and self._gender(key) in ("", gender)
            return key if mine else ""
        return ""

    def _apposed_name(self, token: Token, depth: int = 2) -> Mention | None:
        """The person named in apposition to a token, or to a title in apposition to it:
        "по словам одного из участников, министра Перу Хавьера Гонсалеса" is Гонсалес. Of
        two names hung on a delegate's title with a patron, the last: the first is the
        patron's ("Советник премьера Дании Метте Фредериксен Мартин Расмуссен")."""
        children = [c for c in token.children if c.dep_ == "appos"] or _one_of_apposed(token)
        if self._has_patron(token):
            children.reverse()
        for child in children:
            named = self._named_in(child)
            if named is None and depth > 1:
                named = self._apposed_name(child, depth - 1)
            if named is not None and (self._agrees(named, token) or self._her_name(token, named)):
                return named
        return None

    def _agrees(self, named: Mention, title: Token) -> bool:
        """Whether some word of a name may agree in case with the title it is in apposition
        to; a genitive the parse hangs on a nominative does not ("С юбилеем министра X
        поздравил президент Y": X is no president), and a word that never declines ("Моники
        Беллуччи": "Беллуччи" in every case) says no case while another of the name does."""
        span = self.ctx.doc.char_span(named.start, named.end, alignment_mode="expand")
        if span is None:
            return True
        if title.dep_ in SUBJECTS and _womans_oblique(span):
            return False  # "Менеджер Мии X сказал": whatever gender the verb told of her
        gender = self._gender(named.entity)
        if any(names_other_gender(t.text, gender) for t in span):
            # "заявила министр Чехии Ивана Шмидова": the tagger read a man's genitive and
            # copied it onto the surname; the other words' own readings tell the case
            rest = [t for t in span if not names_other_gender(t.text, gender)]
            return not rest or any(cases_of(t) & cases_of(title) for t in rest)
        words = _case_words(span)
        if not words:  # right after a place phrase, no word tells a case
            return True
        # the tagger's cases of the name's words disagree ("Ван" genitive, "И" instrumental,
        # though "И" tells no case of its own; after a place phrase only the words that
        # tell one): the name's case is one their readings share
        if _cases_disagree(words if after_place(span) else list(span)):
            shared = frozenset.intersection(*(cases_of(t) for t in words))
            return not shared or bool(shared & cases_of(title))
        return any(_same_case(t, title) for t in words)

    def _colleague(self, token: Token) -> str:
        """The counterpart "его коллега" stands for ("Глава МИД Норвегии X провёл переговоры
        с главой МИД Швеции Y. … Его коллега добавил", "Его бельгийский коллега заявил"):
        the last person named before other than the one "его" stands for, where that
        person's title has the one's office (and the state the noun names); "" where the
        one holds no office the text tells, or the last other person named holds another."""
        if token.lemma_ != _COLLEAGUE or "Plur" in features(token, "Number"):
            return ""
        key = self._antecedent(token.idx)
        owner = self.ctx.entity(key) if key else None
        if owner is None or not owner.office:
            return ""
        states = {m.entity for t in token.subtree if (m := self._state_at(t)) is not None}
        named = [(n, m) for n, m in enumerate(self.persons) if m.end <= token.idx]
        other = next(((n, m) for n, m in reversed(named) if m.entity != owner.key), None)
        if other is None:
            return ""
        n, m = other
        held, title = self._held(m, self.persons[n - 1].end if n else 0, False)
        fits = owner.office.split()[0][:5] in title and (not states or bool(states & held))
        return m.entity if fits and not self._contradicts(token, m.entity) else ""

    def _title_holder(self, token: Token) -> str:
        """The one person named before whose office a bare title names ("Министр энергетики
        Катара Саад аль-Кааби встретился с послом Японии. … министр отметил"); "" where
        the title has words of its own ("министр обороны"), names a state ("эфиопский
        министр": `_described` finds that state's holder) or fits several persons."""
        lemma = _one_noun(token)
        if not lemma or any(
            c.dep_ in ("nmod", "appos", "flat", "flat:name") or self._state_at(c) is not None
            for c in self._own_children(token)
        ):
            return ""
        former = former_title(self.ctx.doc, token.i)
        holders = {
            m.entity
            for m in self.persons
            if m.start < token.idx
            and any(lem(o.split()[0]) == lemma for o in self._offices(m.entity, former))
        }
        fits = set(self._fitting(token, holders))
        return fits.pop() if len(fits) == 1 else ""

    def _offices(self, key: str, former: bool) -> list[str]:
        """The offices of a person a describing noun may name: for a former one ("Бывший
        президент Кении X …, — рассказал экс-президент") those the text's former titles
        give (a former office is no entity's office), else the entity's current one."""
        if former:
            given = self.ctx.once(titled)
            return [g.office for m, g in given if m.entity == key and g.title.former]
        entity = self.ctx.entity(key)
        return [entity.office] if entity is not None and entity.office else []

    def _former_at(self, m: Mention) -> bool:
        """Whether the title right before a person's name is a former one."""
        return any(t.start == m.start and g.title.former for t, g in self.ctx.once(titled))

    def _described(self, token: Token) -> str:
        """The person a noun describes again (epithets.tsv: "Чиновник добавил", "экс-президент
        рассказал", "глава эфиопского правительства заявил"): the last one who spoke, else the
        last person named as a subject; where the noun names a state, requires an office or
        has a complement of its own ("Форвард «Реала»"), the last person named of that state
        whose title has them; an office alone, the one person named who holds it. "" for other
        nouns ("эксперт", "источник") and plurals."""
        lemma = _one_noun(token)
        if not lemma:
            return ""
        nmods = [c for c in self._own_children(token) if c.dep_ == "nmod"]
        listed = next((k for c in nmods if (k := f"{lemma} {c.lemma_}") in _epithets()), lemma)
        offices = _epithets().get(listed)
        if offices is None:
            return ""
        states = {
            m.entity
            for t in token.subtree
            if (m := self._state_at(t)) is not None and not _host(self.text, t.idx)
        }
        # "лидер оппозиции": a complement of its own must be in the person's title
        words = [c.lemma_[:5] for c in nmods if listed == lemma and self._state_at(c) is None]
        if listed in _HEADS and not words:
            return ""  # "руководитель заявил": whose head, the noun alone leaves open
        if lemma in _BEINGS:
            return self._being(token, states)
        if not (states or offices or words):  # "Чиновник добавил": who spoke last
            spoke = [key for pos, key in self.speakers if pos < token.idx]
            # a clause's dative topic counts ("Президенту Чили X исполнилось 40 лет. … Сам
            # юбиляр признаётся"); a person only named ("по пьесе Надежды Птушкиной") is no
            # one a noun describes
            subjects = [key for pos, key in sorted(self.subjects + self.topics) if pos < token.idx]
            key = spoke[-1] if spoke else subjects[-1] if subjects else ""
            other = key and (self._other_gender(token, key) or self._contradicts(token, key))
            return "" if other else key
        named = [m for m in self.persons if m.end <= token.idx]
        fits, former = [], former_title(self.ctx.doc, token.i)
        for n in range(len(named) - 1, -1, -1):
            held, title = self._held(named[n], named[n - 1].end if n else 0, former)
            if states and not states & held:
                continue
            # a stem starts a word: "министр" is not the "премьер-министр"
            if offices and not any(
                re.search(rf"(?<![\w-]){re.escape(stem)}", title) for stem in offices
            ):
                continue
            if all(w in title for w in words) and not self._contradicts(token, named[n].entity):
                fits.append(named[n].entity)
        if states or words:
            return fits[0] if fits else ""
        # an office alone ("премьер-министр заявил") is no one's where two hold it, unless
        # the last who spoke is one of them ("Как отметил X, … «…», — заявил министр")
        if len(set(fits)) == 1:
            return fits[0]
        spoke = [key for pos, key in self.speakers if pos < token.idx]
        return spoke[-1] if spoke and spoke[-1] in fits else ""

    def _being(self, noun: Token, states: set[str]) -> str:
        """The person a noun of a being or a state's resident describes again ("Женщина
        рассказала", "Жительница Чили рассказала:"): the last one who spoke, else the last
        person named as a subject, of the noun's gender; a modifier brings in someone new
        ("Местная жительница", "другая женщина", "Женщина, которая …"), a place's genitive
        other than a state's leaves it open ("жительница Таллина"). A state's genitive must
        be that person's state, or where kg knows none, the title's noun for a people must
        not be another state's ("чилийка X … Жительница Перу" is not X)."""
        kids = self._own_children(noun)
        if any(
            c.dep_ in ("amod", "det", "nummod", "acl", "acl:relcl") and self._state_at(c) is None
            for c in kids
        ) or any(c.dep_ == "nmod" and self._state_at(c) is None for c in kids):
            return ""
        spoke = [key for pos, key in self.speakers if pos < noun.idx]
        subjects = [key for pos, key in sorted(self.subjects + self.topics) if pos < noun.idx]
        key = spoke[-1] if spoke else subjects[-1] if subjects else ""
        if not key or self._other_gender(noun, key) or self._contradicts(noun, key):
            return ""
        if not states:
            return key
        named = [m for m in self.persons if m.end <= noun.idx]
        last = max((n for n, m in enumerate(named) if m.entity == key), default=None)
        if last is None:
            return ""
        held, title = self._held(named[last], named[last - 1].end if last else 0, False)
        if held:
            return key if states & held else ""
        peoples = {
            f"state/{entry.iso3}"
            for entry in self.ctx.gazetteer.states
            for word in set(_WORD.findall(title))
            if demonym_of(word, _people_stems(entry))
        }
        return key if not peoples or states & peoples else ""

    def _other_gender(self, noun: Token, key: str) -> bool:
        """Whether a feminine noun ("актриса заявила", "супруга убеждена") describes a person
        the document tells is a man, or a masculine noun of kin ("супруг") a woman (a
        masculine noun of a trade may describe a woman: "режиссёр Анна …"). By the names,
        as `_gender` reads: a title the resolver gave someone tells nothing of them."""
        gender = noun.morph.get("Gender")
        if gender != ["Fem"] and not (gender == ["Masc"] and noun.lemma_ in _KIN):
            return False
        told = predicate_gender(mention_tokens(self.ctx.doc, self.named, key))
        return told == ("masc" if gender == ["Fem"] else "femn")

    def _retitled(self, token: Token) -> str:
        """The one person whose title right before the name a person's title of two words or
        more repeats ("Сопредседатель группы «Экозащита!» Владимир Сливяк … — заключил
        сопредседатель группы «Экозащита!»"); "" where it fits two ("министр иностранных
        дел" after two foreign ministers) or none, or the words are no person's ("Белый
        дом" in "встреча в Белом доме президент США Барак Обама")."""
        words = [t.lemma_ for t in token.subtree if not t.is_punct and not t.is_space]
        if not _animate_nominative(token) or token.pos_ != "NOUN" or len(words) < 2:
            return ""
        holders = set()
        for n, m in enumerate(self.persons):
            if m.end > token.idx:
                break
            floor = self.persons[n - 1].end if n else 0
            # a comma parts a title from the name: "По мнению автора петиции, X …" is no
            # title of X's
            stop = max(self.text.rfind(p, 0, m.start) for p in ".,")
            start = max(floor, m.start - 80, stop + 1)
            span = self.ctx.doc.char_span(start, m.start, alignment_mode="contract")
            title = [t for t in span or [] if not t.is_punct and not t.is_space]
            for k in range(len(title) - len(words), -1, -1):
                # the title right before the name, or before its own genitives only
                # ("с художественным руководителем театра Олегом Меньшиковым")
                upto = _repeats(title, words, k)
                rest = title[upto:] if upto is not None else title[k + len(words) :]
                if any(_another_title(t) for t in rest):
                    break
                if upto is not None and all(_nominal(t) or t.pos_ == "ADP" for t in rest):
                    holders.add(m.entity)
                    break
        fits = set(self._fitting(token, holders))
        return fits.pop() if len(fits) == 1 else ""

    def _own_children(self, token: Token) -> list[Token]:
        """A title's words, without a media outlet the parser hangs on it ("— передаёт слова
        кенийского министра РИА Новости": the outlet reports, it is no minister's ministry)."""
        return [c for c in token.children if not self._outlet(c)]

    def _outlet(self, token: Token) -> bool:
        m = self._mention_at(token)
        known = self.ctx.gazetteer.org(m.entity) if m is not None else None
        return known is not None and known.kind == "MediaOutlet"

    def _state_at(self, token: Token) -> Mention | None:
        return self._mention_at(token, "State")

    def _mention_at(self, token: Token, kind: str = "") -> Mention | None:
        """The mention (of type `kind`, any where "") the token lies in."""
        return next(
            (
                m
                for m in self.others
                if (not kind or m.type == kind) and m.start <= token.idx < m.end
            ),
            None,
        )

    def _held(self, m: Mention, floor: int, former: bool) -> tuple[set[str], str]:
        """The states and the office text of a person mention: its offices, current or
        `former` as the describing noun is (`_offices`), and the title right before it in
        its sentence ("принял премьер-министра Норвегии Йонаса Гара Стёре"), from `floor`
        (the previous person's mention) on, where that title is current or former as the
        noun is ("экс-глава МИД заявил" is not the minister in office named beside him)."""
        entity = self.ctx.entity(m.entity)
        # a title ends at a sentence's or a paragraph's start (a heading has no full stop)
        stop = max(self.text.rfind(p, 0, m.start) for p in ".\n")
        start = max(floor, m.start - 80, stop + 1)
        states = {
            o.entity
            for o in self.others
            if o.type == "State" and start <= o.start < m.start and not _host(self.text, o.start)
        }
        if entity is not None and entity.state:
            states.add(entity.state)
        title = self.text[start : m.start] if self._former_at(m) == former else ""
        words = self.ctx.doc.char_span(start, m.start, alignment_mode="contract") if title else None
        office = " ".join([*self._offices(m.entity, former), title, nominative_title(words or [])])
        return states, office.lower().replace("ё", "е")

    def _named_in(self, name: Token) -> Mention | None:
        """The person mention a name in apposition holds, on any word of it ("Кари Юсеф
        Ахмади" where the resolver names "Юсеф Ахмади"), the capitalised words right after it
        too, however the parser hangs them ("директор Нейл Патрик Харрис": "Патрик" read as
        another apposition)."""
        next_words = name.doc[name.i + 1 : name.i + 4]
        after = itertools.takewhile(lambda t: t.text[:1].isupper(), next_words)
        words = [*name_words(name), *after]
        return next((m for t in words if (m := self._person_at(t)) is not None), None)

    def _closing_name(self, token: Token) -> Mention | None:
        """A name in the nominative that closes a title's phrase, however the parser hangs it
        on ("кандидат на премьерский пост Мирослава Немцова", "комедиантка и телеведущая
        Эллен Дедженерес")."""
        words = [t for t in token.subtree if not t.is_punct and not t.is_space]
        if len(words) < 2 or words[-1].i <= token.i or token.pos_ != "NOUN":
            return None
        named = self._person_at(words[-1])
        if named is None or named.via == "title" or named.start <= token.idx:
            return None
        span = self.ctx.doc.char_span(named.start, named.end, alignment_mode="expand")
        nominative = span is not None and _nominative_name(span)
        return named if nominative or self._her_name(token, named) else None

    def _her_name(self, title: Token, named: Mention) -> bool:
        """Whether a woman's name the tagger read as a man's genitive ("Ярослава Ковачева":
        Ярослав Ковачев's) is hers in the nominative: the title is the
        subject of a verb in the feminine ("— заявила кандидат на пост …"), kg knows the
        person as a woman, and every word of the name reads so, in the singular ("Агнешки"
        reads so only as a plural: "подруга супруги Марека Агнешки Новак" is the wife's
        name), or as no name at all, a surname no dictionary knows ("Антония Уррехола":
        `Morph.unread_name`)."""
        if title.dep_ not in SUBJECTS or shown_gender(title.head) != "femn":
            return False
        name = self.ctx.doc.char_span(named.start, named.end, alignment_mode="expand")
        return self._gender(named.entity) == "femn" and all(
            morph().can_be_all(t.lower_, ("nomn", "femn", "sing")) or morph().unread_name(t.lower_)
            for t in name or ()
            if t.is_alpha
        )

    def _comma_name(self, token: Token) -> Mention | None:
        """A name in the nominative after a comma that closes a title's phrase and ends the
        sentence, however the parser hangs it ("— сказал директор музея и археолог из Лимы,
        Хорхе Кастро."); not a name that goes on into a clause of its own ("— сказал
        министр, Хорхе Кастро промолчал")."""
        if token.pos_ != "NOUN":
            return None
        doc, end = token.doc, sentence_bounds(token)[1]
        comma = next((t for t in doc[token.i + 1 : end] if t.is_punct), None)
        if comma is None or comma.text != "," or comma.i + 1 >= end:
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in doc[token.i : comma.i]):
            return None  # the title's phrase ends at the comma
        named = self._person_at(doc[comma.i + 1])
        if named is None or named.via == "title" or named.start != doc[comma.i + 1].idx:
            return None
        span = self.ctx.doc.char_span(named.start, named.end, alignment_mode="expand")
        if span is None or not _nominative_name(span):
            return None
        rest = doc[span.end : end]
        return named if all(t.is_punct or t.is_space for t in rest) else None

    def _has_patron(self, token: Token) -> bool:
        """Whether a title is a delegate's with a patron in the genitive, a being's noun, no
        state or organization ("советник премьера", "адвокат футболиста"; not "представитель
        МИД"): a name hung on it may be the patron's."""
        return token.lemma_ in _ACTING_FOR and any(
            c.dep_ == "nmod" and c.pos_ == "NOUN" and is_animate(c) and not self._is_other_entity(c)
            for c in token.children
        )

    def _patrons(self, token: Token, named: Mention) -> bool:
        """Whether the one name hung on a title is the patron's, not the title holder's: one
        `_speaks_for`, or after a delegate's title with a patron a name written in an oblique
        case ("Представитель президента Египта Абдель Фаттаха ас-Сиси заявил") or of a
        gender the verb does not show ("Советник премьера Дании Метте Фредериксен заявил"):
        the delegate is unnamed, and an unnamed speaker's words are no one's."""
        if self._speaks_for(token, named.entity):
            return True
        if not self._has_patron(token):
            return False
        entity = self.ctx.entity(named.entity)
        name = tuple(entity.name.split()) if entity is not None else ()
        if not name:
            return False
        declined = _nominative(token) and oblique_end_of(named.text.split(), name)
        # the dictionary's gender of the first name, not the one the verb gave the person
        told = dictionary_gender(name[0])
        shown = shown_gender(token.head) if token.dep_ in SUBJECTS else ""
        return declined or bool(told and shown and told != shown)

    def _speaks_for(self, token: Token, person: str) -> bool:
        """Whether `token` is one who speaks for the named person, not that person:
        "представителя генсека ООН Антониу Гутерриша" (his office is another), unlike
        "пресс-секретарь президента Дмитрий Песков" (his office is the delegate's)."""
        entity = self.ctx.entity(person)
        office = entity.office.replace("ё", "е") if entity is not None else ""
        return (
            token.lemma_ in _DELEGATES
            and bool(office)
            and token.lemma_ not in office
            and any(
                c.dep_ == "nmod" and c.pos_ == "NOUN" and not self._is_other_entity(c)
                for c in token.children
            )  # fmt: skip
        )

    def _owner(self, noun: Token) -> str:
        """The person whose words or text a noun is: "его слова", "в заявлении Токаева"; a
        name in the genitive right after the noun or its title phrase (`_genitive_slots`),
        wherever the parser hung it ("приводит слова Мудавади агентство": the name read as
        the agency's modifier), and a possessive
        pronoun right before it ("приводит его слова газета The Star": the pronoun read as the
        outlet's)."""
        for child in noun.children:
            if child.dep_ in ("nmod", "det") and (key := self._person_key(child)):
                return key
        before = noun.nbor(-1) if noun.i > 0 else None
        if before is not None and before.lower_ in _PRONOUNS and before.pos_ in ("DET", "PRON"):
            return self._person_key(before)
        for after in self._genitive_slots(noun):
            if "Gen" in after.morph.get("Case"):
                m = self._person_at(after)
                if m is not None and m.via != "title" and m.start == after.idx:
                    return m.entity
        return ""

    def _genitive_slots(self, noun: Token) -> list[Token]:
        """Where the owner's name of words may start: right after the noun ("слова
        Мудавади"), or right after the owner's title phrase that follows it, the parser
        having hung the name on a later noun ("Слова президента Эквадора Гильермо Лассо
        приводит газета": "Гильермо Лассо" read as the newspaper's); not after a delegate's
        title, whose genitive name may be the patron's ("слова пресс-секретаря президента")."""
        doc = noun.doc
        slots = [doc[noun.i + 1]] if noun.i + 1 < len(doc) else []
        title = slots[0] if slots else None
        if title is None or title.dep_ != "nmod" or title.head.i != noun.i:
            return slots
        if title.pos_ != "NOUN" or title.lemma_ in _ACTING_FOR:
            return slots
        # the name the parse hangs on the title's body ("слова главы Еврокомиссии Урсулы фон
        # дер Ляйен": "Урсулы" on "Еврокомиссии"); not on an animate one, the patron's
        bodies = [c for c in title.children if c.dep_ == "nmod" and c.i > title.i
                  and not is_animate(c)]  # fmt: skip
        slots += [a for b in bodies for a in b.children if a.dep_ == "appos" and a.i > b.i]
        end = max(t.i for t in title.subtree) + 1
        return slots + [doc[end]] if end < len(doc) else slots

    def _quoted_words(self, verb: Token) -> list[Token]:
        """The words a verb of quoting or reporting reports: its object ("приводит его
        слова"), or words a demonstrative points back at the quotation with before it in
        its sentence, however the parser hangs them ("— эти слова министра X, сказанные им
        накануне, цитирует агентство")."""
        objects = [c for c in verb.children if c.dep_ == "obj" and c.lemma_ in _WORDS_OF]
        pointed = [t for t in verb.sent if t.i < verb.i and t.lemma_ in _WORDS_OF and _pointed(t)]
        return objects + pointed

    def _reported(self, verb: Token) -> str:
        """Speaker of a report of someone's words: "приводит его слова «Интерфакс»",
        "говорится в заявлении Токаева", "как передаёт X со ссылкой на Y" (`_referred`: only
        where the words have no owner, "приводит слова X со ссылкой на Y" being X's); else "",
        also for a joint text's words."""
        if verb.lemma_ in _REPORTING:
            words = self._quoted_words(verb)
        elif verb.lemma_ in _IMPERSONAL:
            words = [c for c in verb.children
                     if c.dep_ == "obl" and c.lemma_ in _AUTHORED | _TEXTS]  # fmt: skip
        else:
            return ""
        for w in words:
            if any(c.dep_ == "amod" and c.lemma_ in _JOINT for c in w.children):
                continue  # "— говорится в совместном заявлении": the sides', no one's
            if key := self._owner(w) or self._sender(w):
                return key
        return self._referred(verb) if verb.lemma_ in _REPORTING else ""

    def _sender(self, text: Token) -> str:
        """Who sent or wrote a text a report names with no owner ("— говорится в телеграмме")
        : the subject of the last verb before it whose object is a text of the same word
        ("Мирзиёев направил поздравительную телеграмму Токаеву"), or what a message carries
        ("выразил соболезнования", "направил поздравления"); "" where the text has an
        owner of its own ("в заявлении МИД") or none was sent before."""
        if any(c.dep_ in ("nmod", "det") and c.pos_ != "ADJ" for c in text.children):
            return ""
        floor = max(0, text.idx - _QUOTE_REACH)
        for t in reversed(text.doc[: text.sent.start]):
            if t.idx < floor:
                return ""
            sends = t.lemma_ == text.lemma_ or (t.lemma_ in _CARRIED and text.lemma_ in _MESSAGES)
            if sends and t.dep_ == "obj":
                if t.head.lemma_ in _RECEIVING:  # "получил телеграмму от …"
                    return ""
                # one who hands over another's message is no sender ("передал послание
                # президента X": X's)
                return self._owner(t) or self._speaker(t.head, dropped=False)
            if t.pos_ == "VERB" and t.lemma_ in _SENT_BY.get(text.lemma_, ()):
                return self._speaker(t, dropped=False)
        return ""

    def _speaker(self, verb: Token, dropped: bool = True) -> str:
        """Who a verb of saying says spoke: its subject (the object for "цитирует X"); with
        `dropped`, the subject Russian leaves out too."""
        key = self._argument_speaker(verb)
        if key is not None:
            return key
        # Parser missed the subject: a person named after the verb in its clause ("подчеркнул
        # в беседе с журналистами Токаев"), or shortly before it with no punctuation between
        # ("Токаев также с удовлетворением отметил"). Only a name in the nominative: "ответил
        # Суркову" names whom he answered. Quotation marks around a name are the clause's
        # ("отметил в беседе с корреспондентом газеты «Y» президент X").
        sent = verb.sent
        for t in verb.doc[verb.i + 1 : min(sent.end, verb.i + _SUBJECT_REACH)]:
            if t.is_punct and t.text not in _MARKS:
                break
            if key := self._nominative_person(t):
                return key
            if self._misread_surname(t, verb):  # "— ответил ему Науседа"
                return self._person_key(t)
        for t in reversed(verb.doc[max(sent.start, verb.i - 6) : verb.i]):
            if t.is_punct:
                break
            if key := self._nominative_person(t):
                return key
        if _is_tail(verb) and _italic_subject(verb):
            return ""  # "«…», — сообщает ''Kathimerini''": the outlet's words
        return self._dropped_subject(verb) if dropped else ""

    def _argument_speaker(self, verb: Token) -> str | None:
        """The speaker a verb's own subject (or quoted object) names; "" where it names no
        one person, None where the parse gives it none."""
        if key := self._referred(verb):
            return key
        if verb.lemma_ in _QUOTING:  # "— цитирует его слова агентство": the words' owner
            for words in self._quoted_words(verb):
                if key := self._owner(words):
                    return key
            if key := self._cited(verb):
                return key
            if any(c.dep_ == "obj" and not self._person_key(c) and not marked_own(c)
                   for c in verb.children):  # fmt: skip
                return ""  # "X процитировал указ: «…»": a text's words, not the citer's
        deps = ("obj", "iobj", *SUBJECTS) if verb.lemma_ in _QUOTING else SUBJECTS
        # those before it nearest first: a parse may hang the subjects of coordinated clauses
        # on the last verb ("X пообещал …, а депутат Y назвал его «…», заявив": Y's); those
        # after it last ("подчеркнул: Китай и Y будут …" may give it the words' subject)
        children = sorted(verb.children, key=lambda c: (c.i > verb.i, abs(c.i - verb.i)))
        for dep in deps:
            found = False
            for child in children:
                if child.dep_ == dep == "nsubj:pass":
                    found = True  # "В докладе упомянут министр X": what was said, no speaker
                    continue
                if child.dep_ == dep and not _disagrees(child, verb):
                    key = self._person_key(child)
                    if any(c.dep_ == "conj" and self._person_key(c) not in ("", key)
                           for c in child.children):  # fmt: skip
                        return ""  # "Токаев и Путин заявили": no single speaker
                    if key or self._is_other_entity(child):
                        return key
                    found = True  # a parse may give two subjects: "поддерживающий Чавеса
                    # законодатель Хосе Авила", "Спикер …, объявившая …, Сергей Нарышкин"
            if found and dep in SUBJECTS:
                return ""
        return None

    def _referred(self, verb: Token) -> str:
        """The person an outlet's report refers to ("— пишет The Hindu со ссылкой на
        министра", the phrase on the verb, on the outlet, or after the verb wherever the parse
        hangs it: `_reference_after`): the words are that person's, the outlet only passes
        them on; "" for a source that is no person named. A phrase inside words quoted after
        the verb is theirs."""
        outlets = [c for c in verb.children if c.dep_ in SUBJECTS]
        refs = [*verb.children, *(g for c in outlets for g in c.children), *_reference_after(verb)]
        for ref in refs:
            if ref.lemma_ != _REFERENCE or preposition(ref) not in ("с", "со"):
                continue
            if ref.i > verb.i and _unclosed_open(self.text[verb.idx : ref.idx]) is not None:
                continue  # "заявил: «Газета пишет со ссылкой на Y …»": the quoted words' own
            for source in ref.children:
                if source.dep_ == "nmod" and preposition(source) == "на":
                    return self._source_person(source)
        return ""

    def _source_person(self, source: Token) -> str:
        """The person a "со ссылкой на" source names itself: a name, a being's title ("на
        министра X"), or a person's statement ("на заявление министра X"); "" for a body or
        sources near a person ("на пресс-службу президента X", "на источник в окружении X"),
        whose genitive names no speaker, and for a reporter ("на своего корреспондента Y"),
        who only passes the words on."""
        if source.lemma_ in _WORDS_OF | _TEXTS:
            return self._owner(source)
        m = self._person_at(source)
        if m is not None and m.via != "title":
            return m.entity
        if not is_animate(source) or source.lemma_ in _REPORTERS:
            return ""
        return self._person_key(source)

    def _cited(self, verb: Token) -> str:
        """The person a verb of citing names after it in a case other than the nominative,
        wherever the parse hangs the name: on the outlet's ("— цитирует агентство Танюг
        президента Сербии X"), or on a verb of the quotation ("— цитирует газета «Кларин»
        президента X"); the outlet, the citer, stands in the nominative. A title alone names
        the one the resolver gave it where no word of it may be nominative ("— цитирует
        агентство Йонхап южнокорейского лидера"), and a name the parse makes the verb's
        subject is the citer where a being is cited after it ("— цитирует Антара индонезийского
        министра", "… эксперта"): both only where no other name is cited."""
        titled = citer = ""
        being = False  # a being's noun outside the nominative: whom the verb cites
        for t in verb.doc[verb.i + 1 : verb.sent.end]:
            if t.is_punct and t.text not in _MARKS:
                break
            m = self._person_at(t)
            if m is None or m.via == "title":
                if t.pos_ == "NOUN" and is_animate(t) and "Nom" not in cases_of(t):
                    titled, being = titled or self._person_key(t), True
                continue
            name = self.ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
            if name is None:
                continue
            if not _nominative_name(name) or _oblique_title(verb, name):
                if t.dep_ not in SUBJECTS or t.head.i != verb.i:
                    return m.entity
                citer = citer or m.entity
        return titled or ("" if being else citer)

    def _dropped_subject(self, verb: Token) -> str:
        """The speaker of a verb whose subject Russian leaves out because it continues the
        last one: "Песков улыбнулся и сказал" (the subject of the verb it is coordinated
        with, or that a gerund qualifies: "отозвался о статье, сказав:"), "«…», — и добавил,
        что «…»" (a singular finite verb with no subject at all: the last person who was a
        subject). Plural verbs ("сообщили", "… направлялся, и объясняют") are a body's words,
        whatever clause they are coordinated with."""
        if any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in verb.children):
            return ""
        if verb.morph.get("Number") == ["Plur"]:
            return ""
        head = verb.head
        if is_gerund(verb) and verb.dep_ == "advcl" and _finite(head):
            # "X отозвался о статье, сказав журналистам:", "X прибыл в Y, сообщив, что «…»":
            # a gerund's subject is its verb's
            return self._speaker(head)
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and has_subject(head):
            return self._speaker(head)
        morph = verb.morph
        if morph.get("VerbForm") != ["Fin"] or morph.get("Number") != ["Sing"]:
            return ""
        if morph.get("Person") not in ([], ["3"]) or morph.get("Voice") == ["Mid"]:
            return ""
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "acl:relcl" and any(_where(c) for c in clause.children):
            # "прибыл в Осло, где заявил:", "опубликовал статью, в которой призвал к «…»":
            # the subject is the one of the verb whose place or text the clause qualifies,
            # unless that text is another's ("прочитал письмо X, в котором призвал")
            governor = clause.head.head
            if not _finite(governor) or self._owner(clause.head):
                return ""
            return self._speaker(governor, dropped=False)
        if clause.dep_ not in ("ROOT", "parataxis"):
            return ""  # a relative or adverbial clause has its subject outside it
        line = self.text.rfind("\n", 0, verb.idx) + 1
        for t in verb.sent[: verb.i - verb.sent.start]:
            subject = _animate_nominative(t) or self._misread_surname(t, verb)
            if subject and _unclosed_open(self.text[line : t.idx]) is None:
                # the parse hung the subject elsewhere: "чемпион Гарри Каспаров, который …,
                # отказался назвать …, но сказал", "визави подтвердил согласие"
                return self._person_key(t)
        key = self._antecedent(verb.idx, speaking=_says_here(verb))
        if any(self._person_key(c) == key for c in verb.children):
            return ""  # "ответил Моди:" names the one answered, not the speaker
        return key

    def _misread_surname(self, token: Token, verb: Token) -> bool:
        """A person's surname as the name's nominative writes it, with no preposition, that
        the tagger read as a common word ("Милей" as "миля" in the instrumental: "Милей, в
        свою очередь, отметил:") or, a surname that declines, in an oblique case where the
        verb's gender is the person's, or, where kg knows none, another dative is the one
        addressed ("— ответил ему Науседа", "Науседа" read as a dative): a subject of the
        verb the parse missed, also where the parse hangs on it the preposition of a phrase before
        it ("— обратился к военным Науседа"). A surname that never declines ("ответил Моди:")
        tells nothing."""
        m = self._person_at(token)
        if m is None or m.via == "title" or _own_preposition(token):
            return False
        entity = self.ctx.entity(m.entity)
        if entity is None or fold(token.text) != fold(entity.name.split()[-1]):
            return False
        if (m.start, m.end) != (token.idx, token.idx + len(token)):
            return False
        if token.pos_ not in ("PROPN", "ADP"):
            return True
        shown, gender = shown_gender(verb), self._gender(m.entity)
        if caseless(token.text) or not shown or gender not in ("", shown):
            return False
        # a gender kg does not know: the one addressed is another dative ("ответил ему")
        return gender == shown or any(
            c.i != token.i and "Dat" in features(c, "Case") for c in verb.children
        )

    def _nominative_person(self, token: Token) -> str:
        """The person a token names when some word of the name is in the nominative."""
        key = self._person_key(token)
        m = self._person_at(token)
        if not key or m is None:  # a pronoun or title: "его гибель" names no speaker
            return key if key and "Nom" in token.morph.get("Case") else ""
        span = self.ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        return key if span is not None and any(_nominative(t) for t in span) else ""

    # --- regions ---------------------------------------------------------------------

    def _add(
        self,
        start: int,
        end: int,
        speaker: str,
        rank: int,
        gap: tuple[int, int] | None = None,
        at: int = -1,
    ) -> None:
        start, end = _trim(self.text, start, end)
        if speaker and end > start:
            self.out.append(Region(start, end, speaker, rank, gap, at))

    def _turns(self) -> None:
        """Transcript turns: a line that opens with a person's name and a colon, perhaps
        after an interpreter's note ("Л.Лула да Силва (как переведено): …")."""
        turns: list[tuple[int, int, str]] = []  # (line start, name start, speaker)
        lines = _lines(self.text)
        for ls, le in lines:
            for m in self.persons:
                if m.start < ls or m.start >= le:
                    continue
                if not self._opens_line(ls, m):
                    break
                colon = _TURN_COLON.match(self.text, m.end, le + 1)
                if colon and not self._title_line(colon.end(), le):
                    turns.append((ls, m.start, m.entity))
                break
        transcript = len({speaker for _, _, speaker in turns}) >= 2
        for i, (ls, name, speaker) in enumerate(turns):
            end = next(le for s, le in lines if s == ls)
            if transcript:
                stop = turns[i + 1][0] if i + 1 < len(turns) else len(self.text)
                rest = [(s, e) for s, e in lines if ls < s < stop]
                for k, (s, e) in enumerate(rest):
                    if (
                        not _WORD.search(self.text[s:e])
                        or _LABEL.match(self.text, s)
                        or self._narration(s, e)
                        or self._meeting_report(s, e, rest[k + 1 :])
                    ):
                        break  # "<…>", a URL, a separator, "Вопрос: …": the turn is over
                    if ls <= s < stop:
                        end = e
            self._add(name, end, speaker, TURN)
            self.subjects.append((ls, speaker))
        self.subjects.sort()

    def _title_line(self, start: int, end: int) -> bool:
        """A list line's apposition after a name and its colon, no speech ("Ли Мин: глава
        делегации Китая."): one being's noun in the nominative with a genitive after it, no
        verb, no second sentence, no "!" or "?" (a greeting "Добрый день, коллеги!" is
        said), no address: a word of address_words.txt ("Уважаемый министр …", "Господин
        президент …") or, after a comma, a second address to many ("…, дорогие коллеги")."""
        said = self.text[start:end].strip().removesuffix(".")
        if not said or any(c in said for c in ".!?…"):
            return False
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        words = [t for t in span or [] if not t.is_punct]
        if not words or any(t.pos_ in ("VERB", "AUX") for t in words):
            return False
        if any(t.lemma_.replace("ё", "е") in load_list(ADDRESS_WORDS) for t in words):
            return False
        commas = [t.i for t in span or [] if t.text == ","]
        if commas and any(
            t.i > commas[0]
            and t.pos_ == "NOUN"
            and is_animate(t)
            and is_plural(t)
            and case_of(t) == "Nom"
            for t in words
        ):
            return False  # "…, коллеги": one addressed, then others
        head = next((k for k, t in enumerate(words) if t.pos_ != "ADJ"), 0)
        first = words[head]
        return (
            first.pos_ == "NOUN"
            and case_of(first) == "Nom"
            and is_animate(first)
            and any(case_of(t) == "Gen" for t in words[head + 1 :])
        )

    def _opens_line(self, line: int, m: Mention) -> bool:
        """Whether a person's name opens its line, alone or after the title the text gives
        that person there ("Президент Индонезии Прабово Субианто: …" of a transcript whose
        labels carry titles)."""
        if not self.text[line : m.start].strip():
            return True
        title = next((g.start_char for t, g in self.ctx.once(titled) if t.start == m.start), -1)
        return line <= title and not self.text[line:title].strip()

    def _meeting_report(self, start: int, end: int, after: list[tuple[int, int]]) -> bool:
        """A paragraph the narrator adds after the turns, reporting the meeting in the third
        person ("По итогам переговоров подписан меморандум …", "Затем президенты провели
        встречу …"): every sentence's predicate in the past, passive or with a plural noun
        subject (the sides, the leaders), no first person there ("наши страны") nor in the
        paragraphs left before the next turn (the speaker's "Подписан пакет документов. Мы
        …" goes on speaking)."""
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is None or any(t.lemma_ in _PERSONAL for t in span):
            return False
        if self._first_person(start, end) or any(self._first_person(s, e) for s, e in after):
            return False
        roots = [t for t in span if t.dep_ == "ROOT"]
        return bool(roots) and all(_reports_past(t) for t in roots)

    def _narration(self, start: int, end: int) -> bool:
        """A paragraph no turn says: a dateline, or a report of someone's words in the third
        person ("Как подчеркнул X, «…»", "По словам X, …"); "Как сказал Президент Путин, мы
        согласны" is a turn's, in its speaker's first person."""
        if DATELINE.match(self.text, start):
            return True
        if self._first_person(start, end):
            return False
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        per = (t for t in span or [] if t.lemma_ in _PER and t.i and t.nbor(-1).lower_ == "по")
        return self._narrated(start, end) or any(self._per_speaker(t) for t in per)

    def _authoring(self, sent) -> str:
        """The author when a sentence reports a person's article or interview ("ответил на
        вопросы телеканала" too)."""
        lemmas = self.lemmas[sent.start : sent.end]
        if _AUTHORED.isdisjoint(lemmas):  # one set test
            answering = self._tokens(sent, self.lemmas, _ANSWERING)  # a Token for these only
            key = next(
                (key for t in answering if _answers_questions(t) and (key := self._speaker(t))), ""
            )
            if key or _ANSWER_HEADING not in lemmas:
                return key
        else:
            for t in self._tokens(sent, self.lemmas, _AUTHORING | speech_lemmas()):
                key = self._speaker(t)
                if key:
                    return key
            for t in sent:  # "в своей статье Токаев …"
                if t.dep_ in SUBJECTS:
                    key = self._person_key(t)
                    if key:
                        return key
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            return ""
        # a heading with no verb: "Интервью министра X." is X's, "Ответ X на вопрос СМИ" too
        texts = (t for t in sent if t.lemma_ in _AUTHORED or t.lemma_ == _ANSWER_HEADING)
        return next((key for t in texts if (key := self._owner(t))), "")

    def _sentence(self, sent, author: str) -> None:
        for t in self._tokens(sent, self.lemmas, _ASKING):
            self._question(t, sent)
        for t in self._attributing(sent):
            if _says_here(t):
                key = self._speaker(t)  # "— цитирует его слова агентство": his, named before
                if not key and self._unnamed_subject(t):
                    # "…, — отметил один из экспертов": someone the text does not name, not
                    # the author of an article reported before; "он" after it is no one named
                    self.subjects.append((t.idx, ""))
                    self.subjects.sort()
                    author = ""
                key = key or (author if _is_tail(t) else "")
                self._speech_of(t, key, sent)
            elif key := self._reported(t):
                self._speech_of(t, key, sent)
            elif _per_word(t):
                key = self._per_speaker(t)
                if key:
                    self._spoke(t.idx, key)  # "По словам X, …. Он подчеркнул": X
                    self._per_colon(t, key, sent)
                    self._add(sent.start_char, sent.end_char, key, SENTENCE, at=t.idx)
        # a quotation its own sentence reports ("— говорится в заявлении МИД") is not the
        # author's of an article named before
        lemmas = self.lemmas[sent.start : sent.end]
        reported = not (_REPORTING.isdisjoint(lemmas) and _IMPERSONAL.isdisjoint(lemmas))
        if author and not reported and span_text(sent).lstrip()[:1] in OPENING:
            self._add(sent.start_char, sent.end_char, author, AUTHOR)
            self._add(*self._quote_around(sent.start_char, sent.end_char), author, AUTHOR)

    def _question(self, verb: Token, sent) -> None:
        """A quotation a verb of asking takes for its object ("Когда спросили её мнение «…?»,
        она ответила"; not after a colon or a dash: "спросил: «…»" is speech read elsewhere)
        is the asker's question, no one's where the asker is unnamed, never the answerer's."""
        opening = self._next_opening(verb.idx, sent.end_char)
        close = matching_close(self.text, opening) if opening is not None else None
        if opening is None or close is None or close > sent.end_char:
            return
        between = self.ctx.doc.char_span(verb.idx, opening, alignment_mode="contract")
        if between is None or any(
            _finite(t) and t.i != verb.i or t.text in (":", *_DASHES) for t in between
        ):
            return
        key = self._speaker(verb)
        self.out.append(Region(*_trim(self.text, opening + 1, close), key, DIRECT, at=verb.idx))

    def _colon_quotation(self, sent) -> None:
        """ "Юханссон передумал, несмотря на возраст: «…»", "отшутился словами: «…»": a
        quotation that a colon opens after a clause with a person subject and no verb of
        saying is that person's, when the quoted words say something (a finite verb: not
        «О мерах …», the title of a decree) and the verb receives no one else's words
        ("получил письмо: «…»")."""
        for colon in self._tokens(sent, self.ctx.words, {":"}):
            opening = _opening_after(self.text, colon.idx + 1)
            if opening is None:
                self._colon_paragraph(colon)
                continue
            close = matching_close(self.text, opening) or opening
            quoted = self.ctx.doc.char_span(opening + 1, close, alignment_mode="contract")
            if close == opening or quoted is None or not _says(quoted):
                continue
            verbs = [t for t in sent[: colon.i - sent.start] if _finite(t)]
            if not verbs or verbs[-1].lemma_ in _RECEIVING or self._passes_on(verbs[-1]):
                continue
            if key := self._clause_subject(verbs[-1]):
                self._add(opening + 1, close, key, SENTENCE, at=verbs[-1].idx)

    def _passes_on(self, verb: Token) -> bool:
        """Whether a verb reports another's words it takes for object ("Слова президента
        Колумбии приводит министр X: «…»"): they are the owner's (`_reported`), never the
        subject's who passes them on, even where the owner is unnamed; not words of a feeling
        ("передал слова поддержки народу Колумбии: «…»": his own)."""
        words = self._quoted_words(verb) if verb.lemma_ in _REPORTING | _QUOTING else []
        return any(not _of_a_feeling(w) for w in words)

    def _colon_paragraph(self, colon: Token) -> None:
        """ "Он извинился, объяснив это усталостью:\nЯ в ужасе …", "оставил в микроблоге
        запись:\nЗвонил X. … я …": the paragraph after a colon that closes a paragraph
        whose main clause has a person subject and no verb of saying is that person's words where
        it speaks in the first person, or is the greeting a verb of greeting leads into, and
        the narrator reports no speech in it."""
        verb = colon.sent.root  # "оставил запись, которая разошлась по сети:": оставил
        if not _finite(verb) or verb.lemma_ in _RECEIVING:
            return
        if self.text[colon.idx + 1 : self._line_of(colon.idx)[1]].strip():
            return
        lines = [(s, e) for s, e in _lines(self.text) if s > colon.idx]
        if not lines or _BLOCK_LOST.search(self.text, colon.idx, lines[0][0]):
            return
        start, end = lines[0]
        if self._quoted_at(start) or not (
            self._first_person(start, end) or self._greeting(verb, start, end)
        ):
            return
        if not self._narrated(start, end) and (key := self._clause_subject(verb)):
            self._add(start, end, key, DIRECT, at=verb.idx)

    def _greeting(self, verb: Token, start: int, end: int) -> bool:
        """Whether a paragraph after "поздравил его учитель X:" is the greeting's words in
        any person ("Он безусловный талант …"): it states something, reports no speech and
        names none of the persons its verb's clause names (the narrator's "X выразил …")."""
        if verb.lemma_ not in _GREETING or not self._states_unreported(start, end):
            return False
        clause = verb.sent
        named = {m.entity for m in self.persons if clause.start_char <= m.start < clause.end_char}
        return not any(m.entity in named for m in self.persons if start <= m.start < end)

    def _clause_subject(self, verb: Token) -> str:
        """The person a clause's verb has for subject; "который" stands for the noun its
        clause qualifies ("Бекенбауэр, который отшучивается …"); a subject left out only
        where the verb is coordinated with one that has it ("В машине была записка: «…»"
        names no one)."""
        return self._speaker(verb, dropped=verb.dep_ == "conj")

    def _anaphoric(self, sent, previous) -> None:
        """ "«…». Об этом заявил X", "Такое заявление сделал X": a sentence whose verb of
        saying points back at what was said gives X the quotations of the sentence before
        it that no one else is said to have said."""
        pointing = self._tokens(sent, self.lemmas, _pointing_lemmas())
        verb = next((t for t in pointing if _points_back(t) and is_predicate(t)), None)
        if verb is None:
            return
        key = self._reported(verb) or self._speaker(verb)  # "Эти слова X приводит агентство"
        if not key or self._says_itself(previous, key):
            return
        attributed = [r for r in self.out if r.speaker and r.rank <= SENTENCE]
        pos = previous.start_char
        while (opening := self._next_opening(pos, previous.end_char)) is not None:
            close = matching_close(self.text, opening)
            if close is None or close > previous.end_char:
                return
            pos = close + 1
            if not any(r.start <= opening + 1 and close <= r.end for r in attributed):
                self._add(opening + 1, close, key, SENTENCE, at=verb.idx)

    def _says_itself(self, sent, key: str) -> bool:
        """Whether a sentence tells who says its words by a verb of saying or "по словам" of
        its own, outside quotation marks, whoever that is (a name, a pronoun, an unnamed
        spokesman, a body): "Представитель МИД сделал следующее заявление: «…». Такое
        заявление сделал X" gives X nothing; "Переговоры названы «…». Об этом заявил X" (a
        participle, no verb of saying) is X's, and so are a body's words X may speak for
        (`_voiced_by`), but not a text's ("«…», — говорится в заявлении МИД. X подтвердил
        эту позицию": the statement's words, not X's)."""
        line = self.text.rfind("\n", 0, sent.start_char) + 1
        return any(
            _unclosed_open(self.text[line : t.idx]) is None
            and (
                _per_word(t)
                or (t.lemma_ in _IMPERSONAL and is_predicate(t))
                or (_says_here(t) and not self._voiced_by(t, key))
            )
            for t in self._attributing(sent)
        )

    def _voiced_by(self, verb: Token, key: str) -> bool:
        """Whether a verb of saying has a body for subject (no being) that X (`key`) may
        speak for: no state it names is other than the one X serves ("движение «Талибан»
        называет …. Такое заявление сделал пресс-секретарь талибов X"; "МИД Польши заявил
        …. Об этом написал министр Чехии X" is not his)."""
        entity = self.ctx.entity(key)
        for subject in (c for c in verb.children if c.dep_ in SUBJECTS):
            if is_animate(subject, pronoun=True):
                return False
            span = (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
            named = [m for m in self.others if span[0] <= m.start < span[1]]
            states = {m.entity for m in named if m.type == "State"}
            bodies = (self.ctx.entity(m.entity) for m in named if m.type != "State")
            states |= {b.state for b in bodies if b is not None and b.state}
            serves = entity.state if entity is not None else ""
            return not (serves and states) or serves in states
        return False

    def _next_opening(self, start: int, end: int) -> int | None:
        found = [i for i in (self.text.find(m, start, end) for m in OPENING) if i >= 0]
        return min(found) if found else None

    def _unnamed_subject(self, verb: Token) -> bool:
        """Whether the narrator's verb of saying has a subject that names no person nor
        state ("рассказал источник", "подтвердил один из участников", an organization: "Белый
        дом охарактеризовал … Он также назвал"): a later "сказал он" is that speaker, not the
        person last named."""
        line = self.text.rfind("\n", 0, verb.idx) + 1
        before = self.text[line : verb.idx]
        if not _is_tail(verb) and _unclosed_open(before) is not None:
            return False  # a verb inside a quotation: the quoted speaker's words
        return any(
            c.dep_ in SUBJECTS
            and c.pos_ in ("NOUN", "NUM")
            and not any(m.start <= c.idx < m.end and m.type == "State" for m in self.others)
            and not self._person_key(c)
            for c in verb.children
        )

    def _per_speaker(self, per: Token) -> str:
        """Speaker of "по словам X" / "по его словам"; X also where words come between
        ("по оценке иранского министра нефти X": the noun's genitive modifier), and in
        apposition to the owner after a comma ("по словам одного из гостей, епископа X")."""
        owners = [c for c in per.children if c.dep_ == "nmod"]
        for t in (per.nbor(-1) if per.i > 0 else None,
                  per.nbor(1) if per.i + 1 < len(per.doc) else None, *owners,
                  _noun_after(per), *(_noun_after(o.right_edge) for o in owners)):  # fmt: skip
            if t is not None and t.sent == per.sent:
                key = self._person_key(t)
                if key:
                    return key
        return ""

    def _per_colon(self, per: Token, key: str, sent) -> None:
        """ "По его словам, …: «…»" or a colon closing the paragraph: the words after it
        are the speaker's (a plain clause after the colon is the narrator's summary)."""
        colon = self._colon_after(per, sent)
        if colon is None:
            return
        start, end = self._quote_or_rest(colon, sent)
        # a paragraph in the speaker's first person is the words even where it reports others'
        # ("по её словам, …:\nБорис всё планировал. Он сообщил, что …, что мне придётся …")
        spoken = self._first_person(start, end) or not self._narrated(start, end)
        if self._quoted_at(colon) or (start >= sent.end_char and spoken):
            self._add(start, end, key, DIRECT, at=per.idx)

    def _spoke(self, char: int, key: str) -> None:
        """Record a speaker at `char`: "он" and a left-out subject of a later verb of saying
        go on for him."""
        self.subjects.append((char, key))
        self.subjects.sort()
        self.speakers.append((char, key))

    def _speech_of(self, verb: Token, key: str, sent) -> None:
        """Regions a verb of saying attributes: the quote before a tail, speech after a
        colon, and the sentence itself."""
        if not key:
            self._body_speech(verb, sent)
            return
        self._spoke(verb.idx, key)
        if _is_tail(verb):
            s, e = self._tail_speech(verb)
            resumed = self._resumed(verb)
            if resumed is None or self.text[resumed[0]] in OPENING:
                self._add(s, e, key, DIRECT, at=verb.idx)  # "«…», - пишет он. - «…»": two
            if resumed is not None:
                rs, re_ = resumed
                if self.text[rs] in OPENING:  # "- пишет он. - «…»." ends at its mark
                    re_ = (matching_close(self.text, rs) or re_ - 1) + 1
                gap = None if self.text[rs] in OPENING else (e, rs)
                # "«A, — сказал он. — B»." ends at », and so does "«A», — сказал он. — B».",
                # the first part closed before the tail: the narrator goes on after it
                close = _stray_close(self.text, rs, re_) if gap is not None else None
                if close is not None:
                    re_ = close
                self._add(s if gap else rs, re_, key, DIRECT, gap, verb.idx)
        colon = self._colon_after(verb, sent)
        if colon is not None and _colon_is_its(verb):
            self._colon_speech(verb, colon, key, sent)
        self._add(sent.start_char, self._sentence_end(verb, sent), key, SENTENCE, at=verb.idx)

    def _sentence_end(self, verb: Token, sent) -> int:
        """Where a verb of saying's sentence ends, a quotation it opens included: "X сказал,
        что «A. B. C»" runs over three sentences."""
        opening = _unclosed_open(self.text[verb.idx : sent.end_char])
        close = matching_close(self.text, verb.idx + opening) if opening is not None else None
        return max(sent.end_char, close + 1) if close is not None else sent.end_char

    def _colon_speech(self, verb: Token, colon: int, key: str, sent) -> None:
        """Speech after a verb's colon: a quotation or the rest of the sentence where the verb
        leads straight into it; paragraphs after a colon that closes a paragraph where the
        verb leads into them or they speak in the first person ("признал, что письмо
        настоящее:\nНет, я его не посылал."), one region per paragraph, while the next ones
        go on in the first person and the narrator reports no speech in them; none after
        two blank lines, where a quoted block the text lost stood. The rest of the sentence
        that reports someone's speech in the third person is the narrator's."""
        introduces = _introduces(verb, colon) or self._quoted_at(colon)
        if self.text[colon : self._line_of(colon)[1]].strip() or self._quoted_at(colon):
            start, end = self._quote_or_rest(colon, sent)
            # "выступил с заявлением: он сообщил, что …": the narrator reports the words
            reported = not self._quoted_at(colon) and self._narrated(start, end)
            if introduces and (not reported or self._first_person(start, end)):
                self._add(start, end, key, DIRECT, at=verb.idx)
            return
        lines = [(s, e) for s, e in _lines(self.text) if s >= colon]
        if lines and _BLOCK_LOST.search(self.text, colon, lines[0][0]):
            return  # "он написал:\n\n\nЭрдоган (род. …) — деятель": the quoted block is gone
        for k, (start, end) in enumerate(lines):
            if self._quoted_at(start):
                # "заявил:\n«…»": a paragraph that is one quotation is the words it leads to
                whole = self._whole_quotation(start, end, marked=True)
                if whole is not None and k == 0 and introduces:
                    self._add(whole[0], whole[1] + 1, key, DIRECT, at=verb.idx)
                return
            first, narrated = self._first_person(start, end), self._narrated(start, end)
            # "Она заявила:\nО планах Юлия сообщила тренеру … Мы благодарны …": a speaker
            # who says "мы" may report others' words
            lead = k == 0 and introduces and (first or not narrated)
            # "сообщил, что Сурков ушёл сам:\nПрезидент удовлетворил просьбу Суркова.": the
            # words the "что"-clause summed up, where they state something and no one (a
            # person or a paper: "Как сообщает «МК», …") is reported saying anything in them
            summed = k == 0 and _summed_up(verb) and self._states_unreported(start, end)
            if not (lead or summed) and not (first and not narrated):
                return
            self._add(start, end, key, DIRECT, at=verb.idx)

    def _whole_quotation(self, start: int, end: int, *, marked: bool) -> tuple[int, int] | None:
        """(opening, closing mark) of the quotation a paragraph is, with nothing after it
        but a full stop; else None. `marked`: the mark may stand inside wiki italics or after
        a doubled straight mark (`_opening_after`), as a block a colon leads to is quoted;
        a paragraph that goes on with the one before must open with the mark itself."""
        if marked:
            opening = _opening_after(self.text, start)
        else:
            lead = len(self.text[start:end]) - len(self.text[start:end].lstrip())
            opening = start + lead if self.text[start + lead] in OPENING else None
        close = matching_close(self.text, opening) if opening is not None else None
        if opening is None or close is None or self.text[close + 1 : end].strip(" .!?…\u00a0\t"):
            return None
        return opening, close

    def _states_unreported(self, start: int, end: int) -> bool:
        """Whether a paragraph states something (`_says`: not a list of names) and reports
        no one's speech (a verb of saying with a subject of any kind outside quotation marks;
        a negated one reports none: "Наука не признаёт границ")."""
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not _says(span):
            return False
        return not any(
            has_subject(t) and not negated(t) and _unclosed_open(self.text[start : t.idx]) is None
            for t in self._speech_verbs(start, end)
        )

    def _first_person(self, start: int, end: int) -> bool:
        """Whether a stretch speaks in the first person outside quotation marks ("мы дадим",
        "я уверен"): the speaker's own words, not the narrator's ("Отметим, что …", a plural
        verb with no "мы", is the narrator's)."""
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        return any(
            (t.lemma_ in ("я", "мы") and t.pos_ == "PRON")
            or (_finite(t) and t.morph.get("Person") == ["1"] and t.morph.get("Number") == ["Sing"])
            for t in span or []
            if _unclosed_open(self.text[start : t.idx]) is None
        )

    def _body_speech(self, verb: Token, sent) -> None:
        """ "в пресс-службе Х сообщили: «…»": a verb of saying in the plural with no subject
        (a body's words) makes the speech after its colon no one's, whoever else the
        sentence names as saying something ("выразил соболезнования X, в пресс-службе
        которого сообщили: …")."""
        if verb.dep_ == "conj" or "Plur" not in verb.morph.get("Number") or _is_tail(verb):
            return
        if has_subject(verb):
            return
        colon = self._colon_after(verb, sent)
        if colon is not None and (_introduces(verb, colon) or self._quoted_at(colon)):
            start, end = _trim(self.text, *self._quote_or_rest(colon, sent))
            self.out.append(Region(start, end, "", DIRECT, at=verb.idx))

    def _line_of(self, char: int) -> tuple[int, int]:
        return self.text.rfind("\n", 0, char) + 1, _line_end(self.text, char)

    def _tail_speech(self, verb: Token) -> tuple[int, int]:
        """The speech an attribution tail closes: from its opening quote mark, or from
        the start of the paragraph for dash-led and unmarked speech."""
        ls, _ = self._line_of(verb.idx)
        end = verb.doc[_manner_start(verb)].idx  # "— твёрдо заявил X": before the adverb
        linking = _LINKING_TAIL.search(self.text[ls:end])
        if linking:
            end = ls + linking.start() + 1  # "«…», — и добавил": the quote ends before "и"
        # "''«…»'', — сказал X": wiki italics outside the marks leave the quotation closed
        while end > ls and (self.text[end - 1] in _DASHES + _EMPHASIS + ",!?…. \t\u00a0"):
            end -= 1
        if end > ls and self.text[end - 1] in CLOSING:
            opening = _matching_open(self.text, ls, end - 1)
            if opening == ls:
                return self._reopened(opening), end
            if opening is not None:
                return opening, end
            if self.text[end - 1] == "»":  # a quotation opened paragraphs before: «A.\nB», —
                opening = _matching_open(self.text, max(0, ls - _QUOTE_REACH), end - 1)
                if opening is not None and self._line_of(opening)[0] == opening:
                    return opening, end
        opening = _unclosed_open(self.text[ls:end])  # «A, — сказал он, — B»: A from «
        return (ls + opening if opening is not None else ls), end

    def _reopened(self, opening: int) -> int:
        """Where a quotation that opens its paragraph began: a quotation over paragraphs
        reopens each with « and closes only in the last ("«A.\n«B», — заявил X" is one
        quote from A), so the paragraphs before that open with « and leave it open go with
        it; one whose quotation closes ("«A», — сказал X.\n«B», — добавил он") does not."""
        while opening > 0:
            before = self.text[:opening].rstrip()
            ls = before.rfind("\n") + 1
            line = before[ls:]
            body = line.lstrip()
            if not body.startswith("«") or line.count("«") <= line.count("»"):
                return opening
            opening = ls + len(line) - len(body)
        return opening

    def _resumed(self, verb: Token) -> tuple[int, int] | None:
        """Speech resumed after a tail in the same paragraph, as (start, end): "«…, —
        сказал он. — …»", "- пишет он. - «…»"; a dash after the tail's full stop (not an
        initial's: "сказал В. Путин. —") carries the quote on."""
        ls, le = self._line_of(verb.idx)
        # commas may part the attribution's own words while the quotation is still open
        # ("«A, — сказала она, выступая с лекцией в 2005 году. — B»")
        open_ = _unclosed_open(self.text[ls : verb.idx]) is not None or (
            self.text[ls : ls + 1] in _DASHES
        )
        for stop in re.finditer(r"(?<!\s[А-ЯЁA-Z])[.!?…,]", self.text[verb.idx : le]):
            rest = verb.idx + stop.end()
            m = re.match(
                rf"\s*[{_DASHES}]\s*{_EMPHASIS}*(?=[{''.join(PAIRS)}\w])", self.text[rest:le]
            )
            if m:
                return rest + m.end(), le
            if stop.group() != "," or not open_ or rest - verb.idx > _ATTRIBUTION_REACH:
                return None
        return None

    def _colon_after(self, verb: Token, sent) -> int | None:
        """Char after a colon closing the clause of a verb of saying ("подчеркнул: …")."""
        for t in sent[verb.i - sent.start + 1 :]:
            if t.text == ":" and not _joins_word(self.text, t.idx):
                return t.idx + 1
            if t.text in (".", "!", "?", ";") or t.lemma_ in speech_lemmas():
                return None
        return None

    def _quoted_at(self, colon: int) -> bool:
        """Whether a quotation mark opens the text after a colon: "заявил: «…»", also inside
        wiki italics ("заявил: ''«…»''")."""
        return _opening_after(self.text, colon) is not None

    def _narrated(self, start: int, end: int) -> bool:
        """Whether a paragraph after "X заявил:" is the narrator's report of speech, not the
        words: a verb of saying with a named or "он" subject outside quotation marks ("Он
        добавил, что …", "Лула также сказал …"); "я сказал" is inside the speech, and so is
        a clause of a sentence in the first person ("если я вёл себя так, как он описывает,
        то я приношу извинения"); an infinitive reports no speech ("X обучил сеть писать
        музыку")."""
        return any(
            self._speaker(t, dropped=False) and _unclosed_open(self.text[start : t.idx]) is None
            for t in self._speech_verbs(start, end)
            if not _authors_thing(t)
            and not _first_person_clause(t)
            and not is_infinitive(t)
            and not self._told_me(t, start)
        )

    def _told_me(self, verb: Token, start: int) -> bool:
        """Whether a verb of saying's sentence speaks of "я" outside quotation marks ("мой
        кузен сказал мне, что …", "Он сказал, что она должна мне понравиться"): the speaker
        tells what he was told; a news narrator says no "я" ("нашему корреспонденту" is the
        outlet's)."""
        return any(
            t.lemma_ in ("я", "мой") and _unclosed_open(self.text[start : t.idx]) is None
            for t in verb.sent
            if t.idx >= start
        )

    def _speech_verbs(self, start: int, end: int) -> list[Token]:
        span = self.ctx.doc.char_span(start, end, alignment_mode="expand")
        lemmas = speech_lemmas()
        return [t for t in span or [] if t.lemma_ in lemmas and is_predicate(t)]

    def _quote_or_rest(self, colon: int, sent) -> tuple[int, int]:
        """Speech after a colon: a quotation to its closing mark, else the rest of the
        sentence, else (colon at a paragraph's end) the next paragraph."""
        s = colon
        while s < len(self.text) and self.text[s].isspace():
            s += 1
        opening = _opening_after(self.text, colon)
        if opening is not None and (close := matching_close(self.text, opening)) is not None:
            return opening, close + 1
        if s >= sent.end_char:
            return s, self._line_of(s)[1]
        return s, sent.end_char

    def _quote_around(self, start: int, end: int) -> tuple[int, int]:
        """The whole quotation a sentence opens (it may run over several sentences)."""
        close = matching_close(self.text, start)
        return (start, close + 1) if close is not None else (start, end)


def _one_of_apposed(token: Token) -> list[Token]:
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


def _repeats(title: list[Token], words: list[str], k: int) -> int | None:
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


def _opening_after(text: str, pos: int) -> int | None:
    """The quotation mark that opens the text at `pos`, past spaces and wiki italics
    ("заявил: ''«…»''"), and past a straight mark doubled before another ("''"«…»''", the
    straight one never closed); None where words come first."""
    k = pos
    while k < len(text) and (text[k] in " \t\u00a0" or text[k] == _EMPHASIS):
        k += 1
    doubled = text[k : k + 1] == '"' and text[k + 1 : k + 2] in OPENING
    if doubled and matching_close(text, k) is None:
        k += 1
    return k if text[k : k + 1] in OPENING else None


def _joins_word(text: str, colon: int) -> bool:
    """Whether a colon runs on into a word with no space, so it closes no clause: a link's
    "http://…", a time "21:40", a score "4:0"."""
    after = text[colon + 1 : colon + 2]
    return after.isalnum() or after == "/"


def _per_word(t: Token) -> bool:
    """Whether a noun says whose words or view the sentence gives: "по словам X", "по его
    мнению", and "с его слов", "со слов X" (a genitive: "выступил со словами" is no such)."""
    if t.lemma_ not in _PER:
        return False
    before = {t.doc[t.i - k].lower_ for k in (1, 2) if t.i >= k}
    if "по" in before:
        return True
    return t.lemma_ == "слово" and "Gen" in t.morph.get("Case") and bool(before & {"с", "со"})


def _noun_after(per: Token) -> Token | None:
    """The first noun after "по словам", past punctuation and its modifiers: "По словам,
    26-летнего Ивана Петрова, он …" (a stray comma parts the name from the noun); not a
    nominative, the subject of the words ("По их словам, Петров «…»" is not his)."""
    for t in per.doc[per.i + 1 : min(per.sent.end, per.i + 6)]:
        if t.is_punct or t.pos_ in ("ADJ", "NUM", "DET") or t.dep_ in ("amod", "nummod", "det"):
            continue  # "26-летнего", which the tagger may call a noun, modifies the name
        if t.pos_ not in ("NOUN", "PROPN") or t.morph.get("Case") == ["Nom"]:
            return None
        return t
    return None


def _introduces(verb: Token, colon: int) -> bool:
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
    return noun.lemma_ in _WORDS_OF | _TEXTS and f"{verb.lemma_} {noun.lemma_}" in speech_lemmas()


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


def _own_preposition(t: Token) -> bool:
    """Whether a preposition the parse hangs on a word governs it: no common noun stands
    between ("к военным Науседа": "к" is "военным"'s, which the parse made a modifier)."""
    return any(
        c.dep_ == "case"
        and not any(w.pos_ == "NOUN" for w in t.doc[min(c.i, t.i) + 1 : max(c.i, t.i)])
        for c in t.children
    )


def _is_tail(verb: Token) -> bool:
    """Whether a verb of saying closes preceding speech: "…, – заявил X", "«…», отметил X";
    a gerund closes none, it comments on a quotation ("раскритиковала «закон X», сказав, что
    …"). Manner words close it only after a dash: "зачитал обращение «…», затем в
    университете обратился к студентам" is a clause of its own (quotes33)."""
    if is_gerund(verb):
        return False
    first = _manner_start(verb)
    # The words before it, spaces and wiki italics left out ("»,\u00a0— сказал": a no-break
    # space is a token; "…,'' — сказал": the italics close before the dash).
    window = verb.doc[max(0, first - 8) : first]
    before = [t.text for t in window if not t.is_space and t.text.strip(_EMPHASIS)]
    while len(before) > 2 and before[-1].lower() in _LINKING:  # "«…», — и добавил"
        before.pop()
    before = before[-2:]
    if len(before) < 2:
        return False
    if before[1][:1] in _DASHES:  # ". — заявил X" too: a narrator's sentence never opens so
        return before[0] in _TAIL_PUNCT or before[0] in CLOSING or before[0] == "."
    return first == verb.i and before[1] == "," and before[0] in CLOSING


def _manner_start(verb: Token) -> int:
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


def _says(quoted) -> bool:
    """Whether quoted words are a statement: three words or more, a predicate or a speaker's
    own word among them ("Мы соседи, нам нечего делить"), not a name («О мерах …»)."""
    words = [t for t in quoted if not t.is_punct]
    return len(words) >= 3 and any(
        _finite(t) or "Short" in t.morph.get("Variant") or t.lemma_ in _PERSONAL for t in words
    )


def _first_person_clause(verb: Token) -> bool:
    """Whether a verb heads a clause of a sentence whose main verb speaks in the first
    person (a first-person verb, or "я"/"мы" its subject)."""
    root = verb.sent.root
    if root.i == verb.i:
        return False
    return root.morph.get("Person") == ["1"] or any(
        c.dep_ in SUBJECTS and c.lemma_ in ("я", "мы") for c in root.children
    )


def _summed_up(verb: Token) -> bool:
    """Whether a verb of saying has a "что"-clause of its own ("Песков сообщил, что …:",
    "напомнил о том, что …:") and a subject that is no pronoun: "он подчёркивал, что
    Сурков ушёл …:" may point at the one the clause names as well as at the speaker before."""
    if any(c.dep_ in SUBJECTS and c.lower_ in _PRONOUNS for c in verb.children):
        return False
    that = [c for c in verb.children if c.lemma_ in ("тот", "то") and c.dep_ in ("obj", "obl")]
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    clauses += [c for t in that for c in t.children if c.dep_ in ("acl", "ccomp")]
    return any(that_clause(c) for c in clauses)


def _authors_thing(verb: Token) -> bool:
    """Whether a verb of saying only says who made the thing its relative clause qualifies
    ("оперу, которую написал X"): a description, not the narrator reporting speech."""
    return verb.dep_ == "acl:relcl" and any(
        c.dep_ == "obj" and c.lemma_ == "который" for c in verb.children
    )


def _colon_is_its(verb: Token) -> bool:
    """Whether a colon after a verb of saying may close its own clause: a gerund's only
    where the parse hangs the colon on it ("сказав журналистам:"), not on the verb it
    qualifies ("принёс извинения, объяснив их усталостью:" is the apology's)."""
    return not is_gerund(verb) or any(c.text == ":" for c in verb.children)


def _italic_subject(verb: Token) -> bool:
    """Whether a name in wiki italics follows the verb right away, in the nominative or with
    no case ("— сообщает ''Kathimerini''"): its subject, which the parser loses between the
    apostrophes; not one whose case makes it an object ("сказал ''Известиям''")."""
    doc, i = verb.doc, verb.i + 1
    while i < len(doc) and doc[i].text == _EMPHASIS:
        i += 1
    if i - verb.i < 3 or i >= len(doc) or doc[i].is_punct:
        return False
    case = doc[i].morph.get("Case")
    return not case or "Nom" in case


def _where(t: Token) -> bool:
    """A relative clause's word for a place or text, not its subject: a relative adverb
    ("где") or a preposition's "который" ("в которой", "на котором")."""
    if t.lemma_ in _WHERE:
        return True
    return t.lemma_ == "который" and t.dep_ == "obl" and any(c.dep_ == "case" for c in t.children)


def _finite(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") and is_finite(t)


def _reports_past(verb: Token) -> bool:
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
        and c.morph.get("Number") == ["Plur"]
        and (is_animate(c) or c.lemma_ in _SIDES)
        for c in verb.children
    )


def _points_back(t: Token) -> bool:
    """A verb that says what was just quoted was said: "Об этом заявил", "Это подтвердил",
    "Так X ответил на вопрос", "Такое мнение высказал", "Такое заявление сделал", "С таким
    заявлением выступил", "Это заявление сделал", "Эти слова X приводит агентство"."""
    if t.lemma_ in speech_lemmas():
        return any(
            (c.lemma_ == "это" and c.dep_ in ("obj", "obl"))
            or _so_opening(c)
            or (c.dep_ == "obj" and _pointed(c))
            for c in t.children
        )
    words = _MAKING | _REPORTING  # "Такое заявление сделал X", "Эти слова X приводит агентство"
    return t.lemma_ in words and any(c.lemma_ in _WORDS_OF and _pointed(c) for c in t.children)


def _pointed(noun: Token) -> bool:
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
def _pointing_lemmas() -> frozenset[str]:
    """The lemmas `_points_back` holds for: a verb of saying, of making a statement, or of
    reporting someone's words."""
    return speech_lemmas() | _MAKING | _REPORTING


def _animate_nominative(t: Token) -> bool:
    """A noun that can be a clause's subject: a being, in the nominative, with no preposition."""
    return (
        t.pos_ in ("NOUN", "PROPN")
        and features(t, "Case") == ("Nom",)
        and is_animate(t)
        and not has_preposition(t)
    )


def _nominal(t: Token) -> bool:
    return t.pos_ in ("NOUN", "PROPN", "ADJ")


def _names_words(between: Span) -> bool:
    """Whether the words from "слова" to a quotation only name whose words they are: a
    title and a name ("слова министра X «…»"), or, where a colon leads into the quotation,
    where they were said too ("Слова X из интервью: «…»"; no verb between)."""
    if all(_nominal(t) or t.is_space for t in between):
        return True
    *words, last = [t for t in between if not t.is_space]
    return last.text == ":" and all(_nominal(t) or t.pos_ == "ADP" for t in words)


def _another_title(t: Token) -> bool:
    """A word between a title and a name that starts another title: a noun in a case of its
    own; not a genitive, a preposition's noun nor an adjective ("кандидат в президенты
    Аргентины от партии 67-летняя X" is X's title)."""
    own_case = "Gen" not in features(t, "Case") and not has_preposition(t)
    return t.pos_ in ("NOUN", "PROPN") and own_case


def _same_case(a: Token, b: Token) -> bool:
    """Whether two words may agree in case (either has none, or they share one; `b` in any
    case its form may be in: "директора … Марию X" is an accusative apposition)."""
    cases, others = a.morph.get("Case"), cases_of(b)
    return not cases or not others or bool(set(cases) & others)


def _case_words(name: Span) -> list[Token]:
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


def _reference_after(verb: Token) -> list[Token]:
    """ "Со ссылкой" after a verb of saying that the parse hangs elsewhere, on the quoted
    words' verb ("«…», — сообщает ''La Nación'' со ссылкой на министра X"): the report's,
    where no mark, colon or other verb stands between them (words quoted after the verb
    have their own)."""
    out = []
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.text in _MARKS or t.text == ":" or t.pos_ in ("VERB", "AUX"):
            break
        if t.lemma_ == _REFERENCE and t.head.i != verb.i:
            out.append(t)
    return out


def _nominative_name(name: Span) -> bool:
    """Whether a name may be in the nominative: a word telling its case is, or none tells,
    or it follows a patron's name declined in the genitive and does not decline itself
    ("Адвокат футболиста Неймара Пау Молинс заявил": the tagger copied the genitive)."""
    if _womans_oblique(name):
        return False
    words = _case_words(name)
    if not words or any(map(_nominative, words)):
        return True
    return name.start > 0 and patron_before(name.doc[name.start - 1], name)


def _womans_oblique(name: Span) -> bool:
    """Whether a name opens with a woman's first name the dictionary reads in the singular
    only in an oblique case ("Агент Анны Мельник заявил": the surname may read as a
    nominative, the tagger may give the verb's gender to her; she is whose agent speaks)."""
    return any(morph().oblique_womans_name(t.text) for t in name)


def _oblique_title(verb: Token, name: Span) -> bool:
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


def _cases_disagree(words: list[Token]) -> bool:
    """Whether the tagger puts a name's words in cases no one of them shares ("Ван" genitive,
    "И" instrumental of "министр КНР Ван И"): the words of a name agree in case, so it is
    guessing, and only their dictionary readings tell the name's case."""
    cases = [set(t.morph.get("Case")) for t in words if t.morph.get("Case")]
    return len(cases) > 1 and not set.intersection(*cases)


def _nominative(t: Token) -> bool:
    """A token the tagger puts in the nominative, or gives no case (initials, foreign names)."""
    case = t.morph.get("Case")
    return not case or "Nom" in case


def _subject(t: Token) -> bool:
    """A subject, or a name in apposition to one ("Президент Бразилии Лула прибыл"), from any
    word of the name ("пресс-секретарь Кари Юсеф Ахмади": the parse hangs "Юсеф Ахмади" on
    "Кари" as flat:name)."""
    t = name_root(t)
    return t.dep_ in SUBJECTS or (
        t.dep_ == "appos" and t.head.dep_ in SUBJECTS and not appositive_past_verb(t)
    )


def _dative_topic(t: Token) -> bool:
    """A being in the dative that a clause with no animate subject is about ("президенту
    Чили X исполнилось 40 лет", "послу вручили орден"); not one a person acts on ("X
    позвонил Y-у")."""
    while (t.dep_.startswith("flat") or t.dep_ == "appos") and t.head.i != t.i:
        t = t.head
    if t.dep_ not in ("iobj", "obl") or "Dat" not in features(t, "Case") or has_preposition(t):
        return False
    return not any(c.dep_ in SUBJECTS and is_animate(c, pronoun=True) for c in t.head.children)


def _unclosed_open(text: str) -> int | None:
    """Index of the last quotation mark `text` opens and does not close, if any."""
    if text.count("«") > text.count("»"):
        return text.rfind("«")
    if text.count('"') % 2:
        unclosed: list[int] = []  # straight marks nest: «"A "B" C» leaves A's open
        for k in _straight_marks(text, 0, len(text)):
            if _straight_role(text, k) == "open":
                unclosed.append(k)
            elif unclosed:
                unclosed.pop()
        return unclosed[0] if unclosed else text.rfind('"')
    if text.count("„") > text.count("“"):
        return text.rfind("„")
    return None


def _stray_close(text: str, start: int, end: int) -> int | None:
    """Index of the first quotation mark in text[start:end] that closes one opened before
    `start` (a » or a closing straight mark with no opening one after `start`)."""
    depth = {"«": 0, '"': 0}
    for k in range(start, end):
        kind = "«" if text[k] in "«»" else text[k]
        if kind not in depth:
            continue
        role = {"«": "open", "»": "close"}.get(text[k]) or _straight_role(text, k)
        if role == "open":
            depth[kind] += 1
        elif role == "close":
            if depth[kind] == 0:
                return k
            depth[kind] -= 1
    return None


def _matching_open(text: str, floor: int, close: int) -> int | None:
    """Index of the quotation mark opening the one at `close`, not before `floor`."""
    mark = text[close]
    if mark == "»":
        return _nested_pair(text, range(close, floor - 1, -1), "»", "«")
    if mark == '"':
        marks = reversed(_straight_marks(text, floor, close))
        if (k := _straight_pair(text, marks, "close")) is not None:
            return k
    openers = [o for o, c in PAIRS.items() if c == mark]
    k = max(text.rfind(o, floor, close) for o in openers)
    return k if k >= floor else None


def matching_close(text: str, opening: int) -> int | None:
    """Index of the quotation mark closing the one at `opening`."""
    mark = text[opening]
    if mark not in OPENING:
        return None
    if mark == "«":
        return _nested_pair(text, range(opening, len(text)), "«", "»")
    if mark == '"':
        if _straight_role(text, opening) == "close":
            return None  # a mark that closes a quotation opens none
        marks = _straight_marks(text, opening + 1, _line_end(text, opening))
        if (k := _straight_pair(text, marks, "open")) is not None:
            return k
    k = text.find(PAIRS[mark], opening + 1)
    return k if k >= 0 else None


def _nested_pair(text: str, walk: Iterable[int], own: str, other: str) -> int | None:
    """Where the guillemet `own` that `walk` starts at is paired, walking on: the `other`
    that brings the nesting back to none ("«Договор «Об обороне» подписан»")."""
    depth = 0
    for k in walk:
        if text[k] == own:
            depth += 1
        elif text[k] == other:
            depth -= 1
            if depth == 0:
                return k
    return None


def _straight_pair(text: str, marks: Iterable[int], deeper: str) -> int | None:
    """Where a straight mark `"` is paired among the `marks` after it in the walk: the one
    that brings the nesting back to none, a mark of role `deeper` nesting one more."""
    depth = 1
    for k in marks:
        depth += 1 if _straight_role(text, k) == deeper else -1
        if depth == 0:
            return k
    return None


def _straight_marks(text: str, start: int, end: int) -> list[int]:
    """Positions of the straight marks `"` in text[start:end]."""
    return [start + m.start() for m in re.finditer('"', text[start:end])]


def _straight_role(text: str, k: int) -> str:
    """Whether the straight mark `"` at `k` opens or closes a quotation, by what touches it:
    a space before and a word after open ("выделило "Петробраз""), a word before and a space
    or punctuation after close; "" where it could be either."""
    before = text[k - 1] if k > 0 else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    opens = (before.isspace() or before in "([«„-–—:/'") and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]»…-–—'")
    if opens != closes:
        return "open" if opens else "close"
    return ""


def pointing_back(ctx: Context, sent: Span) -> Token | None:
    """The predicate of the sentence after `sent` that points back at it ("… . Об этом 4
    июля сообщили в МИД", "Это подтвердил X"): that sentence tells when and by whom `sent`
    was reported."""
    if sent.end >= len(ctx.doc):
        return None
    return next((t for t in ctx.doc[sent.end].sent if _points_back(t) and is_predicate(t)), None)


def reporter(ctx: Context, sent: Span) -> str:
    """Who the sentence after `sent` says said it, for a figure's speaker: "Товарооборот …
    составил 14 млрд долларов. Об этом сообщил министр X" (a verb that points back at what
    was just said, with a subject of its own). Quotations get this in `_anaphoric`; a whole
    sentence does not, which would make a reporter of any event or level told in it. As
    there, not where `sent` tells whose words it gives (`_says_itself`): "Представитель МИД
    Словении сообщил, что … . Такое заявление сделал премьер Хорватии X" is not X's."""
    verb = pointing_back(ctx, sent)
    if verb is None:
        return ""
    attributor = _Attributor(ctx)
    key = attributor._speaker(verb, dropped=False)
    return "" if key and attributor._says_itself(sent, key) else key


def _of_a_feeling(words: Token) -> bool:
    """Words named by what they express, an inanimate genitive ("слова поддержки", "слова
    благодарности"), not by whose they are ("слова президента")."""
    return any(
        c.dep_ == "nmod" and c.pos_ == "NOUN" and case_of(c) == "Gen" and not is_animate(c)
        for c in words.children
    )
