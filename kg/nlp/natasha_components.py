"""spaCy components that write natasha/slovnet analyses onto spaCy tokens.

With POS, morphology and dependencies on the tokens, spaCy's Matcher and
DependencyMatcher work over natasha's analyses. Models run sentence by
sentence in batches, so memory stays bounded by the batch, not the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.nlp import models

if TYPE_CHECKING:
    from natasha import NewsMorphTagger, NewsNERTagger, NewsSyntaxParser
    from thinc.types import Ints2d

_BATCH = 64  # sentences per model call


def _sentence_words(doc: Doc) -> list[tuple[list[str], list[int]]]:
    """Sentences as the words the models see (the non-whitespace tokens) and their indices;
    each Token read once (`doc[i]` makes a new one every time)."""
    out = []
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        if tokens:
            out.append(([t.text for t in tokens], [t.i for t in tokens]))
    return out


def _batches(items: list, size: int = _BATCH) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class Slovnet:
    """A component around one slovnet model: the paths come from the factory config, the
    model loads on the first Doc (once per process and path), not when the pipeline is built."""

    def __init__(
        self, load: Callable[[str, str], Any], run: Callable[[Doc, Any], None], model: str, emb: str
    ) -> None:
        self.load, self.run, self.model, self.emb = load, run, model, emb

    def __call__(self, doc: Doc) -> Doc:
        self.run(doc, self.load(self.model, self.emb))
        return doc


# "" = natasha's packaged news model and embedding.
MODEL_CONFIG = {"model": "", "embedding": ""}


@Language.factory(
    "natasha_morph", assigns=["token.pos", "token.morph"], default_config=MODEL_CONFIG
)
def make_natasha_morph(nlp: Language, name: str, model: str, embedding: str) -> Slovnet:
    return Slovnet(models.morph_tagger, natasha_morph, model, embedding)


@Language.factory(
    "natasha_syntax",
    assigns=["token.dep", "token.head", "token.is_sent_start", "doc.sents"],
    default_config=MODEL_CONFIG,
)
def make_natasha_syntax(nlp: Language, name: str, model: str, embedding: str) -> Slovnet:
    return Slovnet(models.syntax_parser, natasha_syntax, model, embedding)


@Language.factory(
    "natasha_ner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config=MODEL_CONFIG,
)
def make_natasha_ner(nlp: Language, name: str, model: str, embedding: str) -> Slovnet:
    return Slovnet(models.ner_tagger, natasha_ner, model, embedding)


def natasha_morph(doc: Doc, tagger: NewsMorphTagger) -> None:
    """POS and UD features from slovnet's news morphology tagger."""
    for batch in _batches(_sentence_words(doc)):
        chunk = [words for words, _ in batch]
        for (_, idx), markup in zip(batch, tagger.map(chunk), strict=True):
            for i, tok in zip(idx, markup.tokens, strict=True):
                token = doc[i]
                token.pos_ = tok.pos
                token.set_morph(tok.feats or None)


def natasha_syntax(doc: Doc, parser: NewsSyntaxParser) -> None:
    """Dependency heads and relations from slovnet's news syntax parser.

    Each sentence keeps exactly one root (extra roots become `parataxis` of the
    first), so the sentences spaCy derives from the tree are the ones we set.
    """
    heads = list(range(len(doc)))
    deps = ["dep"] * len(doc)
    for batch in _batches(_sentence_words(doc)):
        chunk = [words for words, _ in batch]
        for (_, idx), markup in zip(batch, parser.map(chunk), strict=True):
            root = None
            for i, tok in zip(idx, markup.tokens, strict=True):
                head = int(tok.head_id)
                if 0 < head <= len(idx) and idx[head - 1] != i:
                    heads[i], deps[i] = idx[head - 1], tok.rel
                elif root is None:
                    root, deps[i] = i, "ROOT"
                else:
                    heads[i], deps[i] = root, "parataxis"
            _break_cycles(idx, heads, deps)
    for sent in doc.sents:
        anchor = next((t.i for t in sent if deps[t.i] == "ROOT"), None)
        for t in sent:
            if t.is_space:
                if anchor is None:
                    anchor, deps[t.i] = t.i, "ROOT"
                else:
                    heads[t.i] = anchor
    rel_heads = numpy.array([h - i for i, h in enumerate(heads)], dtype="int64").astype("uint64")
    dep_ids = numpy.array([doc.vocab.strings.add(d) for d in deps], dtype="uint64")
    doc.from_array([HEAD, DEP], cast("Ints2d", numpy.stack([rel_heads, dep_ids], axis=1)))


def _break_cycles(idx: list[int], heads: list[int], deps: list[str]) -> None:
    """The parser can return a cycle ("спектр" ↔ "шире") and no root; spaCy needs a tree.
    A cycle is cut at the token where it closes: it becomes the root, or hangs off it."""
    root = next((i for i in idx if heads[i] == i), None)
    for i in idx:
        seen = set()
        j = i
        while heads[j] != j and j not in seen:
            seen.add(j)
            j = heads[j]
        if heads[j] == j:
            continue
        if root is None:
            root, heads[j], deps[j] = j, j, "ROOT"
        else:
            heads[j], deps[j] = root, "parataxis"


def natasha_ner(doc: Doc, tagger: NewsNERTagger) -> None:
    """PER/LOC/ORG spans from slovnet's news NER, snapped to token boundaries."""
    sents = [s for s in doc.sents if s.text.strip()]
    spans = []
    for batch in _batches(sents):
        for sent, markup in zip(batch, tagger.map([s.text for s in batch]), strict=True):
            for m in markup.spans:
                span = doc.char_span(
                    sent.start_char + m.start,
                    sent.start_char + m.stop,
                    label=m.type,
                    alignment_mode="expand",
                )
                if span is not None:
                    spans.append(span)
    doc.ents = filter_spans(spans)
