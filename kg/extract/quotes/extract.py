"""Direct speech attributed to a person: the `Quote` facts of a document.

Where quotes come from (speakers from `kg.extract.common.attribution`):
- speech closed or opened by an attribution: "– …, – заявил X.", "«…», - убежден
  президент", "…, — отметил он." (unmarked direct speech), "X подчеркнул: …",
  "«…», — приводит его слова «Интерфакс»", "По его словам, …: «…»"; a quote
  interrupted by its attribution ("«…, — сказал X. — …»") is one quote of both parts,
  with one evidence span each, and no other quotation may run across that attribution;
- transcript turns ("В.Путин: …"), where two or more persons take turns: one quote per
  paragraph of a turn, because turns run to many paragraphs and another report usually
  quotes one of them; a lone headline "Токаев: …" summarises, it is no quote unless
  quotation marks give the words;
- quotations «…» / "…" inside a sentence whose verb of saying names the speaker
  ("он считает, что «…»"), or that follow a report of a person's article.
A quote has at least three words. Quotation marks that name something (after
"статья", "газета", "мемориал", … in title_nouns.txt, or an organization's
name) are not speech. A quote inside a longer quote of the same speaker is
dropped. The key is the speaker and the normalized words, so the same quote
read in two documents fuses.
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Token

from kg.extract.common.attribution import regions, speaker_of
from kg.extract.common.attribution_layout import matching_close
from kg.extract.common.attribution_words import DIRECT, TURN, Region
from kg.extract.context import Context, fact_key
from kg.extract.quotes.fact import Quote
from kg.lexicon import load_list
from kg.nlp.deps import SUBJECTS, is_predicate, preposition
from kg.nlp.marks import DASHES
from kg.nlp.morph import features, is_adjectival, is_finite
from kg.nlp.quote_marks import OPENING

TITLE_NOUNS = Path(__file__).with_name("title_nouns.txt")
SPOKEN_IN_NOUNS = Path(__file__).with_name("spoken_in_nouns.txt")
CLARIFYING = Path(__file__).with_name("clarifying_words.txt")
ADDRESS_WORDS = Path(__file__).with_name("address_words.txt")

MIN_WORDS = 3
_WORDS = re.compile(r"[\w-]+")
_TURN_NAME = re.compile(r"[^:\n]{1,60}?:[ \t]")
_STRIP = " \t\r\n\u00a0-–—«»„“”‹›\"',;:"
_STRIP_END = " \t\r\n\u00a0,;:.!?"
# conjunctions that join words as well as clauses: a comma before them only before a clause
_JOINING = frozenset({"и", "или", "да", "либо"})
_QUOTE_MARKS = str.maketrans({c: "" for c in '«»„“”‹›"'})
# wiki italics closing speech before its stop: "заявил: ''…''." (the stop is the speech's)
_ITALICS = re.compile(r"'{2,}")
_ITALICS_END = re.compile(r"'{2,}(?=[.!?…]*$)")


def _title_nouns() -> frozenset[str]:
    return load_list(TITLE_NOUNS)


def extract_quotes(ctx: Context) -> list[Quote]:
    """Every attributed quote of the document, in text order, one per key."""
    spans = _speech_spans(ctx) + _quotations(ctx)
    gapped = [r for r in spans if r.gap is not None]
    text = ctx.document.text
    spans = [r for r in spans if r.gap is not None or not any(_spans(text, r, g) for g in gapped)]
    spans.sort(key=lambda s: (s.start, -s.end))
    kept: list[Region] = []
    for r in spans:
        if any(k.start <= r.start and r.end <= k.end and k.speaker == r.speaker for k in kept):
            continue
        kept.append(r)
    out: dict[str, Quote] = {}
    for r in kept:
        parts = _parts(ctx.document.text, r)
        text = _join(ctx, parts)
        if len(_WORDS.findall(text)) < MIN_WORDS:
            continue
        key = fact_key("quote", r.speaker, normalize(text))
        evidence = [ctx.evidence(s, e) for s, e in parts]
        if key in out:
            out[key].evidence.extend(evidence)
        else:
            out[key] = Quote(key, r.speaker, text, evidence)
    return list(out.values())


def _spans(text: str, r: Region, quote: Region) -> bool:
    """Whether a region runs across the attribution inside an interrupted quote, as a
    narrator's sentence of saying does; not a turn's paragraph that quotes another's words
    after its own ("Господин Премьер-министр заметил, что … «…, — подчеркнул он. — …»": all
    the turn speaker's, as a paragraph with an uninterrupted quotation is)."""
    gap = quote.gap or (0, 0)
    own = _WORDS.search(text, r.start, max(r.start, quote.start))
    quoting = r.rank == TURN and quote.speaker != r.speaker and own is not None
    return r.start < gap[0] and gap[1] < r.end and not quoting


def _parts(text: str, r: Region) -> list[tuple[int, int]]:
    """The quoted stretches of a region: two around the attribution of an interrupted one."""
    if r.gap is None:
        return [(r.start, r.end)]
    return [(r.start, r.gap[0]), (r.gap[1], r.end)]


def _join(ctx: Context, parts: list[tuple[int, int]]) -> str:
    """Parts of an interrupted quote as one text: a capital opens a new sentence; the comma
    before the dash is the attribution's ("«Кения, — подчеркнул Руто, — поддерживает …»"
    said "Кения поддерживает"), unless a clause ends there (`_clause_break`)."""
    texts = [_clean(ctx.document.text[s:e]) for s, e in parts]
    text = texts[0]
    for part in texts[1:]:
        if text and part:
            if part[0].isupper():
                text += ". "
            else:
                text += ", " if _clause_break(ctx, parts) else " "
        text += part
    return text


def _clause_break(ctx: Context, parts: list[tuple[int, int]]) -> bool:
    """Whether the words before an interrupting attribution end a clause of their own: the
    part after it opens with a conjunction or "который" ("«…возможное, — сказал он, — но
    …»"), or the part before opens with a subordinating one ("«Если Кения согласится, —
    сказал он, — мы …»") or no subject ("«Да, — ответил он, — …»"), or a clarifying phrase
    follows ("— особенно в Данию»"; clarifying_words.txt)."""
    after = _clean(ctx.document.text[parts[1][0] : parts[1][1]]).lower() + " "
    if any(after.startswith(w + " ") for w in load_list(CLARIFYING)):
        return True
    first, second = (_first_word(ctx, s, e) for s, e in parts[:2])
    if second is not None and (
        second.pos_ == "SCONJ"
        or (second.pos_ == "CCONJ" and (second.lower_ not in _JOINING or _own_subject(second)))
        or second.lemma_ == "который"
    ):
        return True
    # a subordinating conjunction, or a part no subject opens: an interjection or particle, an
    # introductory word, a preposition's phrase ("Да, — ответил он, — мы …", "Кроме Грузии, —
    # сказал он, — никто …")
    if first is None or first.pos_ not in _OWN_COMMA:
        return False
    # an adverb or a preposition opening a clause with a subject of its own is no introductory
    # word: "«Сегодня Бразилия готова, — сказал он, — к переговорам»" joins without the comma
    return first.pos_ in _OWN_COMMA_ALWAYS or not _has_subject(ctx, *parts[0])


_OWN_COMMA_ALWAYS = frozenset({"SCONJ", "INTJ", "PART"})
_OWN_COMMA = _OWN_COMMA_ALWAYS | {"ADV", "ADP"}


def _has_subject(ctx: Context, start: int, end: int) -> bool:
    """Whether a quoted stretch holds a clause's subject (`kg.nlp.deps.has_subject` asks it
    of one verb)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return any(t.dep_ in SUBJECTS for t in span or ())


def _own_subject(conjunction: Token) -> bool:
    """Whether "и"/"или" joins a clause with a subject of its own ("— и мы расширим …"),
    not a second predicate or word ("— и хотим …")."""
    return any(c.dep_ in SUBJECTS and c.i > conjunction.i for c in conjunction.head.children)


def _first_word(ctx: Context, start: int, end: int) -> Token | None:
    """The first word of a quoted stretch, its marks and dashes left out."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return next((t for t in span or () if not t.is_punct and not t.is_space), None)


def normalize(text: str) -> str:
    """What makes two quotes the same: words, case-folded, ё as е, no quotation marks."""
    return " ".join(_WORDS.findall(text.translate(_QUOTE_MARKS).lower().replace("ё", "е")))


def _clean(text: str) -> str:
    """The quoted words: marks, wiki italics and attribution punctuation off the ends, one
    space."""
    text = re.sub(r"\s+", " ", text)
    core = text.strip(_STRIP)
    at = text.find(core)
    head, tail = (text[:at], text[at + len(core) :]) if core else ("", "")
    for opening, close in ("«»", "„“", "‹›", '""'):  # «… „против“» keeps the inner pair's close
        unclosed = core.count(opening) - core.count(close) == 1 or (
            opening == close and core.count(close) % 2
        )
        if unclosed and tail.lstrip(_STRIP_END)[:1] == close:
            core += close
        # «„Дорожная карта“ подписана»: the inner pair's opening the strip took off the head
        unopened = core.count(close) - core.count(opening) == 1 or (
            opening == close and core.count(close) % 2
        )
        if unopened and head.endswith(opening):
            core = opening + core
    # italics that close with no opening of their own: "''Kathimerini''." is a name's
    text = _ITALICS_END.sub("", core) if len(_ITALICS.findall(core)) % 2 else core
    if text.count("«") != text.count("»"):
        text = text.replace("«", "").replace("»", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    return text


def _speech_spans(ctx: Context) -> list[Region]:
    """Direct speech regions, and transcript turns cut into paragraphs. A lone "Токаев: …"
    (a headline) is the editor's summary of what was said, not the words: a quote only
    where quotation marks give them (`_quotations`)."""
    text = ctx.document.text
    out = []
    found = regions(ctx)
    transcript = len({r.speaker for r in found if r.rank == TURN}) >= 2
    for r in found:
        if r.rank == DIRECT and r.speaker:  # a body's words are no one's quote
            out.append(r)
        elif r.rank == TURN and transcript:
            name = _TURN_NAME.match(text, r.start)
            start = name.end() if name else r.start
            for m in re.finditer(r"[^\n\r\u2028\u2029]+", text[start : r.end]):
                if not _only_address(ctx, start + m.start(), start + m.end()):
                    out.append(Region(start + m.start(), start + m.end(), r.speaker, TURN))
    return [r for r in out if not _is_title(ctx, _opening(text, r.start))]


def _only_address(ctx: Context, start: int, end: int) -> bool:
    """A turn's paragraph that only addresses the room ("Уважаемый господин Президент! Дамы и
    господа!"): the courtesy opening every statement has, no words of the speaker's own."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    sentences: list[list[Token]] = []
    for t in span or ():
        if t.is_sent_start or not sentences:
            sentences.append([])
        sentences[-1].append(t)
    return bool(sentences) and all(_addresses(words) for words in sentences)


def _addresses(tokens: list[Token]) -> bool:
    """Whether a sentence's words only address someone: address words and names alone, or a
    vocative opening with one, nouns and their modifiers with no verb nor preposition
    ("Уважаемые члены делегаций!", "Уважаемые представители деловых кругов!"); not "Дорогие
    друзья, с праздником!" nor "Уважаемый господин Президент, благодарю вас …"."""
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    address = load_list(ADDRESS_WORDS)
    if not words:
        return False
    if all(t.pos_ == "PROPN" or t.lemma_.lower() in address for t in words):
        return True
    vocative = {"NOUN", "PROPN", "ADJ", "DET", "CCONJ"}
    return words[0].lemma_.lower() in address and all(t.pos_ in vocative for t in words)


def _opening(text: str, start: int) -> int:
    """Where a region's quotation mark opens it, else its start: "марша «…», — сообщил X"
    names a march, whether the region begins at the mark or after it."""
    at = len(text[:start].rstrip())
    if start < len(text) and text[start] in OPENING:
        return start
    return at - 1 if at and text[at - 1] in OPENING else start


def _quotations(ctx: Context) -> list[Region]:
    """Quotations in marks with a speaker, that are not names of things."""
    text = ctx.document.text
    out: list[Region] = []
    pos = 0
    while True:
        opening = _next_open(text, pos)
        if opening is None:
            return out
        close = matching_close(text, opening)
        if close is None:
            pos = opening + 1
            continue
        pos = close + 1
        if _is_title(ctx, opening) or _is_name(ctx, opening + 1, close):
            continue
        if _listed(text, opening, close) or (
            _names_itself(ctx, opening + 1, close) and not _called_as(text, opening)
        ):
            continue
        if _bracketed(text, opening, close):
            continue
        if _epithet(ctx, close) or _named_subject(ctx, opening, close):
            continue
        speaker = speaker_of(ctx, opening + 1, close)
        if speaker:
            out.append(Region(opening + 1, close, speaker, DIRECT))


def _next_open(text: str, pos: int) -> int | None:
    found = [i for i in (text.find(m, pos) for m in OPENING) if i >= 0]
    return min(found) if found else None


def _is_title(ctx: Context, opening: int) -> bool:
    """Whether the quotation at `opening` follows a noun that it names ("статью «…»"), or a
    verb that titles ("статью, озаглавленную «…»")."""
    line = ctx.document.text.rfind("\n", 0, opening) + 1
    before = ctx.doc.char_span(max(line, opening - 60), opening, alignment_mode="contract")
    if before is None:
        return False
    words: list = []
    for t in reversed(before):
        if t.is_punct or len(words) == 3:
            break  # a title follows its noun directly: "статью «…»", "газете «…»"
        words.insert(0, t)
    nouns = _title_nouns()
    if _called_as(ctx.document.text, opening):
        return False  # "охарактеризовал закон как «…»": what the noun is called, no title
    if _predicative(ctx, opening, words) or (
        words and is_predicate(words[-1]) and words[-1].lemma_ not in nouns
    ):
        return False  # "Законопроект призван «…»": a verb parts the noun from the words
    if _spoken_in(words, nouns):
        return False  # "сказал в выступлении «…»": the words said in it, no title
    return any(t.lemma_ in nouns for t in words[-2:]) or (
        len(words) == 3 and words[0].lemma_ in nouns and words[1].pos_ in ("ADJ", "DET")
    )


_AS = re.compile(r"(?<![\w-])как[ \t\u00a0]*$", re.I)
# "известный, как «…»", "именуемый как «…»": a name the thing goes by, no one's words
_KNOWN_AS = re.compile(
    r"(?:известн|именуем|называем|прозванн)\w*[ \t\u00a0,]*как[ \t\u00a0]*$", re.I
)


def _called_as(text: str, opening: int) -> bool:
    """Whether "как" stands right before a quotation: what a verb of saying calls something
    ("охарактеризовал партию как «партию лжецов»"), not a title its noun names
    ("партия «Свобода»"), even where the words open with a title's noun; "известный как
    «…»" gives a name."""
    if _AS.search(text, max(0, opening - 8), opening) is None:
        return False
    return _KNOWN_AS.search(text, max(0, opening - 40), opening) is None


def _spoken_in(words: list, nouns: frozenset[str]) -> bool:
    """A speech's noun after "в" on the verb before it ("сказал в выступлении «…»",
    spoken_in_nouns.txt): where the quoted words were said; "В речи «…» X заявил" (the verb
    after) names the speech."""
    named = [t for t in words if t.lemma_ in nouns]
    if not named or named[-1].lemma_ not in load_list(SPOKEN_IN_NOUNS):
        return False
    noun = named[-1]
    verb = noun.head
    return preposition(noun) in ("в", "во") and verb.pos_ == "VERB" and verb.i < noun.i


def _predicative(ctx: Context, opening: int, before: list) -> bool:
    """Whether quoted words after a noun say what it is called or does, not its name:
    "назвал проект «символом единства»" (an instrumental after a noun that is not one; a
    name stands in the nominative: "проект «Северный поток»"), "соглашение «даст импульс
    экспорту»" (an indicative verb first)."""
    after = ctx.doc.char_span(opening + 1, len(ctx.document.text), alignment_mode="contract")
    first = next((t for t in after or [] if not t.is_punct), None)
    if first is None or not before:
        return False
    if first.pos_ in ("VERB", "AUX") and features(first, "Mood") == ("Ind",):
        return True  # "соглашение «даст импульс экспорту»": what it does, no name opens so
    if "Ins" in features(before[-1], "Case"):
        return False
    head = _lead_noun(after) if after is not None else None
    return any(
        t is not None and features(t, "Case") == ("Ins",) and t.pos_ in ("NOUN", "ADJ")
        for t in (first, head)
    )


def _lead_noun(quoted) -> Token | None:
    """The noun quoted words open with after its modifiers: "«руководящей идеей …»" is
    "идеей" (a participle's case may be read wrong where the noun's is not)."""
    for t in quoted:
        if t.pos_ == "NOUN":
            return t
        if not (t.pos_ == "DET" or is_adjectival(t)):
            return None
    return None


def _names_itself(ctx: Context, start: int, end: int) -> bool:
    """Whether quoted words open with their own kind of name and say nothing: «закон Хосе
    Гонсалеса», «операция "Буря в пустыне"» (a noun of title_nouns.txt, no predicate;
    «законы Перу обязательны для всех» says something)."""
    span = ctx.doc.char_span(start, end, alignment_mode="contract")
    words = [t for t in span or [] if not t.is_punct]
    return (
        bool(words)
        and words[0].lemma_ in _title_nouns()
        and not any(is_finite(t) or "Short" in t.morph.get("Variant") for t in words)
    )


# A list's joint between two titles, an original title in brackets allowed after the first:
# «Доктор Дуги Хаузер» (Doogie Howser, M.D.) и «Как я встретил вашу маму».
_ORIGINAL = r"(?:\s*\([^()\n]{1,60}\))?"
_LIST_BEFORE = re.compile(rf"[»\"“”]{_ORIGINAL}\s*(?:,|и|или)\s*$")
_LIST_AFTER = re.compile(rf"{_ORIGINAL}\s*(?:,|и|или)\s*[«\"„“]")


def _listed(text: str, opening: int, close: int) -> bool:
    """Whether a capitalised quotation is one of a list of them («Дикие сердцем», «Шоссе в
    никуда» и «Малхолланд Драйв», an original title in brackets after one): a list of
    titles, not speech (listed fragments of speech run on in lower case: «начать с чистого
    листа» и «разобраться …»)."""
    if not text[opening + 1 : close + 1].lstrip()[:1].isupper():
        return False
    before = re.search(_LIST_BEFORE, text[max(0, opening - 80) : opening])
    after = re.match(_LIST_AFTER, text[close + 1 : close + 80])
    return before is not None or after is not None


def _bracketed(text: str, opening: int, close: int) -> bool:
    """Whether a quotation fills a pair of brackets: the name or gloss of what stands before
    them ("по ст. 159 УК («Мошенничество, совершённое группой лиц»)", a title's
    translation), no one's speech."""
    before = text[max(0, opening - 3) : opening].rstrip(" \u00a0")
    after = text[close + 1 : close + 4].lstrip(" \u00a0")
    return before.endswith("(") and after.startswith(")")


def _epithet(ctx: Context, close: int) -> bool:
    """Whether quoted words stand right before a person's name as what he is called
    ("вместе с «отцом экономического чуда» Фернанду Кардозу"): a nickname, no
    one's speech."""
    after = close + 1
    while after < len(ctx.document.text) and ctx.document.text[after] in " \u00a0":
        after += 1
    return any(m.start == after for m in ctx.mentions_in(after, after + 200, "Person"))


# ", как подчеркнула X, это …": an aside on who says it, then the sentence goes on
_ASIDE_THEN_MORE = re.compile(r"\s*,\s*как\s[^,.!?;\n«»]+,\s*(?:[-–—]\s*)?\w")


def _named_subject(ctx: Context, opening: int, close: int) -> bool:
    """Whether a quotation that opens its sentence and says nothing is what the sentence
    goes on about after an aside on who says it ("«Вечер с X», как подчеркнула Y, это
    лучшая программа канала"): a title, not Y's words («Мы не уйдём», как сказал Y, is)."""
    text = ctx.document.text
    if _ASIDE_THEN_MORE.match(text, close + 1) is None:
        return False
    first = ctx.doc.char_span(opening, opening + 1, alignment_mode="expand")
    if first is None or text[first.sent.start_char : opening].strip(" \u00a0'\""):
        return False
    span = ctx.doc.char_span(opening + 1, close, alignment_mode="contract")
    return not any(
        is_finite(t) or "Short" in t.morph.get("Variant") or t.text in DASHES for t in span or []
    )  # a copula's dash says something: «Торговля — наш приоритет»


def _is_name(ctx: Context, start: int, end: int) -> bool:
    """Whether the quoted words are an organization's or a state's name («Росатом»)."""
    return any(m.start <= start + 1 and m.end >= end - 1 for m in ctx.mentions_in(start, end + 1))
