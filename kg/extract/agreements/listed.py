"""Papers a list names after papers counted in the same sentence ("подписали пять
документов, в том числе протокол о … и соглашение о …", "…, включая …", "…, среди которых
…") or after a colon ("были подписаны следующие документы:" and the papers inline or one a
line) or a dash ("подписан пакет документов — соглашение о …"): each is told by the verb that
told the counted ones (signed, or prepared: "подготовлен пакет документов: …"), and a signing
names them, not the count noun."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kg.extract.agreements.parties import counted_papers, counted_papers_verb
from kg.extract.agreements.status import SIGN, predicate, signs
from kg.extract.agreements.title_words import TOPIC_PREPS
from kg.extract.common.words import INCLUDING
from kg.nlp.deps import circumstance_noun
from kg.nlp.marks import DASHES, DASHES_OR_HYPHEN, SENTENCE_ENDS
from kg.nlp.morph import features, is_finite, is_plural

# the verb of being that opens no clause after "среди которых" ("есть", "были")
_BEING = frozenset({"быть", "есть"})

# what opens an item of a list one a line: a dash, a bullet (a number with "." or ")" too)
_ITEM_MARKS = DASHES_OR_HYPHEN | {"•", "·", "▪", "*"}

# after these an item may open with a lower-case word of its own line ("…;\nмеморандум о …")
_ITEM_ENDS = frozenset({":", ";", ","})

# what opens a list after papers counted: a colon, or a dash that the list follows on its line
_LIST_OPENINGS = DASHES | {":"}

# how far before a paper the colon of its list is looked for, in tokens
_LIST_SPAN = 400


def listed_after(counted: Token) -> list[Token]:
    """The words of the list that follows papers counted: after a comma and "в том числе",
    "включая" or "среди которых", up to the next verb (a clause of its own) or the
    sentence's end; or after a colon (`_after_colon`); none where no such list follows the
    counted noun's own phrase."""
    return _after_comma(counted) or _after_colon(counted)


def _after_comma(counted: Token) -> list[Token]:
    if not counted_papers(counted):
        return []
    doc, end = counted.doc, counted.sent.end
    comma = next((t for t in doc[counted.i + 1 : end] if t.text == "," or _clause(t)), None)
    if comma is None or comma.text != ",":
        return []
    words = [t.lower_ for t in doc[comma.i + 1 : min(comma.i + 4, end)]]
    opening = next((len(m) for m in INCLUDING if words[: len(m)] == list(m)), 0)
    if not opening:
        return []
    start = comma.i + 1 + opening
    stop = next((t.i for t in doc[start:end] if _clause(t)), end)
    return list(doc[start:stop])


def _after_colon(counted: Token) -> list[Token]:
    """The words of a list after a colon right after papers counted or a signing verb
    ("подписаны следующие документы:", "подписали три документа:", "Подписаны:"): inline,
    the rest of the colon's line to its sentence's end; else the lines that follow as long
    as each opens an item (a dash, a bullet, "1." or "2)", or a lower-case word after a line
    ending in ";" or ","). An item ends at a clause of its own or its line's end; the
    official reports that list papers so parse each line as a sentence of its own. A dash
    after papers counted opens an inline list as a colon does ("подписали комплекс
    документов — соглашение о … и меморандум о …"; sixty-first pass, h-agreements70)."""
    colon = _next_word(counted)
    if colon is None or colon.text not in _LIST_OPENINGS:
        return []
    if not (counted_papers(counted) or colon.text == ":" and _signing(counted)):
        return []
    lines = _lines(counted.doc, colon.i + 1)
    inline = next(lines, [])
    if inline:
        return _item(inline, 0)
    if colon.text != ":":
        return []
    out: list[Token] = []
    before = colon
    for line in lines:
        if not line:
            continue
        opening = _item_opening(line, before)
        if opening < 0:
            break
        out += _item(line, opening)
        before = line[-1]
    return out


# what joins two topics of a list of papers told by topic alone ("о X и о Y", "о X, а также о Y")
_TOPIC_JOINS = frozenset({",", ";", "и", "а", "также"})


def listed_topics(counted: Token) -> list[list[Token]]:
    """The items of a list after papers counted and a colon that gives each paper by its
    topic alone ("подписали два соглашения: о воздушном сообщении и о взаимной защите
    инвестиций", "три документа: по туризму, по транспорту и по культуре"), or after a
    comma and "в том числе", "включая" or "среди которых" (`_after_comma`: "пять соглашений,
    в том числе о воздушном сообщении и о защите инвестиций" → the two it names; sixty-fourth
    pass, h-agreements81): each item from its preposition up to the joining words before the
    next one, a paper of its own that the counted noun heads; none where the list names
    papers by their nouns ("документы: соглашение о …"), gives a field, not a topic ("в том
    числе в сфере энергетики"), or no such list follows."""
    colon = _next_word(counted)
    if colon is None or not counted_papers(counted):
        return []
    words = _after_colon(counted) if colon.text == ":" else _after_comma(counted)
    if not words or words[0].lower_ not in TOPIC_PREPS:
        return []
    items: list[list[Token]] = [[]]
    for t in words:
        item = items[-1]
        if t.lower_ in TOPIC_PREPS and item and item[-1].lower_ in _TOPIC_JOINS:
            while item and item[-1].lower_ in _TOPIC_JOINS:
                item.pop()
            items.append([])
        items[-1].append(t)
    if not all(_topic_item(item) for item in items):
        return []  # "обсудили два соглашения: по словам министра, …": no list of topics
    return [item for item in items if len(item) > 1]


def _topic_item(item: list[Token]) -> bool:
    """An item whose preposition opens a topic, not how, why or by whose word ("по итогам",
    "по словам министра", "по мнению экспертов": `deps.circumstance_noun`)."""
    noun = item[0].head
    return item[0].lower_ != "по" or not circumstance_noun(noun.lemma_, account=True)


def _next_word(t: Token) -> Token | None:
    """The token after `t`, past spaces and line breaks; None at the text's end."""
    return next((x for x in t.doc[t.i + 1 :] if not x.is_space), None)


def _lines(doc: Doc, start: int) -> Iterator[list[Token]]:
    """The words of each line from token `start` on (a line break is a space token)."""
    line: list[Token] = []
    for t in doc[start:]:
        if t.is_space and "\n" in t.text:
            yield line
            line = []
        elif not t.is_space:
            line.append(t)
    yield line


def _item_opening(line: list[Token], before: Token) -> int:
    """How many marks open the line as an item of a list ("- ", "•", "1.", "2)"; none for a
    lower-case word after ";", "," or the colon); -1 where the line opens none (the list is
    over)."""
    first = line[0]
    if first.text in _ITEM_MARKS:
        return 1
    if first.text.isdigit() and len(line) > 1 and line[1].text in (".", ")"):
        return 2
    return 0 if first.text[:1].islower() and before.text in _ITEM_ENDS else -1


def _item(line: list[Token], opening: int) -> list[Token]:
    """An item's words after its marks, up to a clause of its own or a sentence's end."""
    words = line[opening:]
    stop = next((n for n, t in enumerate(words) if t.text in SENTENCE_ENDS or _clause(t)), None)
    return words[:stop]


def _signing(t: Token) -> bool:
    """A signing verb a colon follows with no papers named ("Подписаны:")."""
    return t.pos_ == "VERB" and signs(t)


def _clause(t: Token) -> bool:
    """A verb that opens a clause of its own; "есть"/"были" of "среди которых есть" opens none
    (the tagger may give "есть" a lemma of its own: "среди которых есть и меморандум о …",
    sixty-fifth pass, h-agreements82)."""
    return t.pos_ in ("VERB", "AUX") and t.lemma_ not in _BEING


def listed_including(head: Token) -> Token | None:
    """The verb that told the papers counted before a list naming the paper `head` ("Чили и
    Боливия подписали семь документов, среди которых протокол о …"; "Были подписаны следующие
    документы:\\n- Протокол о …"; "Подготовлен пакет документов: …"): its status, date and
    signers are the paper's; else None."""
    for t in head.doc[head.sent.start : head.i]:
        if head in _after_comma(t):
            return _told_counted(t)
    doc = head.doc
    for mark in reversed(doc[max(0, head.i - _LIST_SPAN) : head.i]):
        if mark.text not in _LIST_OPENINGS:
            continue
        counted = next((t for t in reversed(doc[: mark.i]) if not t.is_space), None)
        if counted is not None and head in _after_colon(counted):
            return counted if _signing(counted) else _told_counted(counted)
        if mark.text == ":":
            return None  # the list of the nearest colon, or none
    return None


def _told_counted(counted: Token) -> Token | None:
    """The verb that tells what happened to papers counted: the one that signed them, else
    the predicate of the count ("подготовлен пакет документов": prepared, so a paper the
    list names is in the making as "подготовлено соглашение" is)."""
    return counted_papers_verb(counted) or predicate(counted, [counted])


# the determiners a paper noun told again may keep ("Эти документы", "Все соглашения")
_TOLD_AGAIN = frozenset({"этот", "весь", "данный", "указанный", "оба"})


def signing_told_before(head: Token) -> Token | None:
    """The signing verb of the sentence right before whose papers a bare plural paper noun
    opening its sentence stands for, told signed again by its signers ("… подписали 12
    документов, в том числе соглашение о …. Документы подписали министры …"): those papers'
    signers, one signing. None for papers counted or told as others ("Позже министры
    подписали ещё два документа", "Другие документы"), for one that does not open its
    sentence ("Министры подписали документы"), or where the sentence before signed nothing
    in the past."""
    verb, sent = head.head, head.sent
    if head.dep_ not in ("obj", "nsubj:pass") or not is_plural(head) or sent.start == 0:
        return None
    if not (signs(verb) and _past(verb)) or any(c.lemma_ not in _TOLD_AGAIN for c in head.children):
        return None
    if any(
        t.dep_ != "cc" and not t.is_punct and t.head != head for t in sent[: head.i - sent.start]
    ):
        return None  # "Позже министры подписали документы": told as a signing of its own
    before = head.doc[sent.start - 1].sent
    verbs = [t for t in before if signs(t) and t.pos_ in ("VERB", "AUX") and _past(t)]
    return verbs[-1] if verbs else None


def _past(verb: Token) -> bool:
    """A signing told done: a finite past ("подписали"), or a short participle with a past
    "быть" ("было подписано", "были подписаны")."""
    if is_finite(verb):
        return "Past" in features(verb, "Tense")
    aux = [c for c in verb.children if c.lemma_ == "быть"]
    return any("Past" in features(c, "Tense") for c in aux)


def signed_among(sent: Span) -> tuple[Token, Token] | None:
    """The participle of signing and the dash of a verbless sentence that opens "Среди
    подписанных (заключённых, по итогам переговоров) документов — соглашение о …" or "Среди
    документов, подписанных …, — соглашение о …": the
    papers after the dash are the signed ones, as a "Среди них —" sentence's are those of
    the verb before it; the parse hangs the sentence every way, so it is read by its words.
    None for any other sentence. Sixty-fifth pass, h-agreements82."""
    if len(sent) < 4 or sent[0].lower_ != "среди":
        return None
    # "Среди подписанных документов —", or the participle after "Среди документов, …"
    part = sent[3] if sent[2].text == "," else sent[1]
    if part.lemma_ not in SIGN or "Part" not in features(part, "VerbForm"):
        return None
    dash = next((t for t in sent[2:] if t.text in DASHES), None)
    if dash is None or any(is_finite(t) for t in sent[2 : dash.i - sent.start]):
        return None
    return part, dash


def among_signed(head: Token) -> Token | None:
    """The participle that signed a paper named after the dash of "Среди подписанных …
    документов — X" (`signed_among`): its status, date and sides; else None."""
    found = signed_among(head.sent)
    return found[0] if found is not None and head.i > found[1].i else None
