"""A processed Doc's text, made once.

spaCy's `Doc.text` joins a `Token` made per token on every call (~0.1 ms for a news
document); rules that look around a span's characters ask for it per span. A Doc's text
never changes once the pipeline made it, so it is kept beside the Doc, weakly: it goes
with the Doc. kg's tokenizer, whose Doc reproduces its input exactly, keeps that input as
the text at once (~0.03 s CPU per 100 news documents of joining tokens). Its tokens' texts and
lemmas come from its arrays likewise (`token_strings`), each read once per Doc after the
pipeline (`settle`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any, TypeVar, cast
from weakref import WeakKeyDictionary, finalize

from spacy.attrs import HEAD, IDX, LENGTH, ORTH, SPACY
from spacy.tokens import Doc, Span

T = TypeVar("T")

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()
_STRINGS: WeakKeyDictionary[Doc, dict[int, tuple[str, ...]]] = WeakKeyDictionary()
_MEMOS: WeakKeyDictionary[Doc, dict[str, dict[int, Any]]] = WeakKeyDictionary()
_HEADS: WeakKeyDictionary[Doc, tuple[int, ...]] = WeakKeyDictionary()
# A settled Doc's id → each token's first character, its text's end and its end with the
# space after it; the entry goes with the Doc (`_token_offsets`). By id, not a weak key: a
# `WeakKeyDictionary` makes a weak reference at every lookup, which costs as much as the
# `Token`s `char_range` saves.
_OFFSETS: dict[int, tuple[list[int], list[int], list[int]]] = {}


def doc_text(doc: Doc) -> str:
    """`doc.text`, made at the first call for this Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def title_end(text: str) -> int:
    """Where a document's title, its first line, ends: the first line break; -1 in a text of
    one line. The one reading of the title's span for the rules of a headline (events'
    `visits`, `linking`, `merging`; `agreements.fusing.headline_end`)."""
    return text.find("\n")


def span_text(span: Span) -> str:
    """`span.text`, sliced from the Doc's text made once: spaCy's joins a `Token` made per
    word on every call, and rules ask a sentence's text once per figure or date in it."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def keep_text(doc: Doc, text: str) -> Doc:
    """`doc`, whose text is `text` (`doc.text == text`), with that text kept."""
    _TEXTS[doc] = text
    return doc


def settle(doc: Doc) -> None:
    """Marks `doc` as out of the pipeline: from now on each attribute's strings are read
    once and shared (names, titles and the fact kinds ask for them ~11 times a document). A
    lemma or part of speech read before the pipeline set it would be stale, so nothing is
    kept until then."""
    _STRINGS.setdefault(doc, {})


def settled_memo(doc: Doc, name: str) -> dict[int, Any] | None:
    """A dict kept beside a settled Doc for the rule `name` to remember its answers per
    token index in (rules that read the parse alone, asked again of the same tokens by
    several readers); None before `settle`, when the parse may still change."""
    if doc not in _STRINGS:
        return None
    return _MEMOS.setdefault(doc, {}).setdefault(name, {})


def kept_per_span(doc: Doc, name: str, start: int, end: int, read: Callable[[], T]) -> T:
    """`read()` for the token range `start`-`end`, kept beside a settled Doc under the rule
    `name` (`settled_memo`): for rules that read the parse alone and are asked again of the
    same names by several readers. Read anew on every call before `settle`. What `read`
    gives is kept as it is: an index or a string, never a `Token` (which holds its Doc)."""
    memo = settled_memo(doc, name)
    if memo is None:
        return read()
    key = start * (len(doc) + 1) + end  # one int per token range
    if key not in memo:
        memo[key] = read()
    return cast(T, memo[key])


def token_strings(doc: Doc, attr: int = ORTH) -> tuple[str, ...]:
    """Each token's string of `attr` (`ORTH`: its text, `LEMMA`: its lemma), from the Doc's
    array: a pass of `t.text for t in doc` makes a `Token` per token, for rules that look
    further at a few of them. Shared once the Doc is settled."""
    kept = _STRINGS.get(doc)
    if kept is not None and attr in kept:
        return kept[attr]
    strings = doc.vocab.strings
    read = tuple([strings[key] for key in doc.to_array(attr).tolist()]) if len(doc) else ()
    if kept is not None:
        kept[attr] = read
    return read


def lowered_strings(doc: Doc, attr: int) -> tuple[str, ...]:
    """`token_strings(doc, attr)`, each in lower case (`LEMMA`: the lemmas a rule compares
    with its lower-case word lists, "Комитет" of a name's lemma as "комитет"). Shared once
    the Doc is settled: `org_modifiers.lemmas_of` looked for six lists of nouns in every
    document, lowering each of its lemmas six times."""
    kept = _STRINGS.get(doc)  # beside the strings as written, under the attribute's id negated
    if kept is not None and -attr in kept:
        return kept[-attr]
    read = tuple([s.lower() for s in token_strings(doc, attr)])
    if kept is not None:
        kept[-attr] = read
    return read


def token_heads(doc: Doc) -> tuple[int, ...] | None:
    """Each token's head's index (`t.head.i`), from the Doc's array, for a rule that walks
    over a stretch of words to find the few whose head lies elsewhere: `t.head` makes two
    `Token`s a word. Kept beside a settled Doc; None before `settle`, when the parse may
    still change."""
    if doc not in _STRINGS:
        return None
    heads = _HEADS.get(doc)
    if heads is None:
        offsets = doc.to_array(HEAD).astype("int64").tolist() if len(doc) else []
        heads = _HEADS[doc] = tuple(j + h for j, h in enumerate(offsets))
    return heads


def char_range(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The tokens (first, end) `doc.char_span(start, end, alignment_mode="expand")` spans,
    None where it gives none: read from the tokens' offsets, kept beside a settled Doc.
    spaCy's makes five `Token`s a call (two to align the start, three for the `Span`'s
    characters), ~1.7 µs against ~1.0, and the readers ask it ~35,000 times per 100 news
    documents, mostly of a mention's characters for its tokens' indices alone. Where the
    `Span` itself is wanted, spaCy's is as quick as this and a `Span` made of it (sixty-eighth
    pass, h-perf70)."""
    offsets = _OFFSETS.get(id(doc)) or _token_offsets(doc)
    if offsets is None:  # the parse may still change: spaCy's own, read anew
        span = doc.char_span(start, end, alignment_mode="expand")
        return None if span is None else (span.start, span.end)
    starts, text_ends, ends = offsets
    first, last = bisect_right(starts, start) - 1, bisect_right(starts, end - 1) - 1
    # spaCy's `token_by_char`: the token whose text or the space after it holds the char
    if first < 0 or start >= ends[first] or last < 0 or end - 1 >= ends[last]:
        return None
    if start == text_ends[first]:  # the span opens on the space after a token's text
        first += 1
    if first > last + 1:  # ends before it starts: spaCy's `Span` refuses it (IndexError)
        Span(doc, first, last + 1)
    return first, last + 1


def _token_offsets(doc: Doc) -> tuple[list[int], list[int], list[int]] | None:
    """Each token's first character, its text's end and its end with the space after it,
    from the Doc's arrays; kept beside a settled Doc (under its id, until it goes), None
    before `settle`."""
    if doc not in _STRINGS:
        return None
    rows = doc.to_array([IDX, LENGTH, SPACY]).tolist() if len(doc) else []
    starts = [i for i, _, _ in rows]
    text_ends = [i + n for i, n, _ in rows]
    offsets = _OFFSETS[id(doc)] = starts, text_ends, [i + n + s for i, n, s in rows]
    finalize(doc, _OFFSETS.pop, id(doc), None)
    return offsets
