"""spaCy components that write natasha/slovnet analyses onto spaCy tokens.

With POS, morphology and dependencies on the tokens, spaCy's Matcher and
DependencyMatcher work over natasha's analyses. Models run sentence by
sentence in batches, so memory stays bounded by the batch, not the text.
A document's sentences go to the morphology tagger and the parser shortest
first: slovnet pads each batch of 8 to its longest sentence, and batches of like
lengths pad little (the padding is masked; a batch of another shape can only round
floats differently, which on 1,226 NEREL sentences changed 3 parses and no quad).
Analyses are written onto the Doc as arrays (`Doc.from_array`), not token by token.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, cast
from weakref import WeakKeyDictionary

import numpy
from spacy.attrs import DEP, HEAD, IDX, IS_SPACE, LENGTH, MORPH, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.util import filter_spans

from kg.doc_text import lowered_strings
from kg.nlp import models
from kg.nlp.backward_conjuncts import mend_backward_conjuncts
from kg.nlp.clause_conjuncts import mend_clause_conjuncts, mend_clause_heads
from kg.nlp.compound_nouns import mend_compound_nouns
from kg.nlp.crossing_obliques import mend_crossing_obliques
from kg.nlp.genitive_objects import mend_genitive_objects
from kg.nlp.hung_adjectives import mend_hung_adjectives
from kg.nlp.infinitive_objects import mend_infinitive_objects
from kg.nlp.misread_verbs import mend_misread_verbs
from kg.nlp.ner_words import DocWords
from kg.nlp.nested_conjuncts import mend_nested_conjuncts
from kg.nlp.nominative_objects import (
    mend_core_pair,
    mend_loose_names,
    mend_nominative_objects,
    mend_stray_subjects,
    mend_titled_names,
)
from kg.nlp.participle_heads import mend_participle_heads
from kg.nlp.passives import mend_nominative_agents, mend_opening_participles
from kg.nlp.place_agents import mend_place_agents
from kg.nlp.place_prepositions import mend_place_prepositions
from kg.nlp.preceding_dependents import mend_preceding_dependents
from kg.nlp.relative_clauses import mend_relative_clauses
from kg.nlp.relative_conjuncts import mend_relative_conjuncts
from kg.nlp.when_clauses import mend_when_clauses
from kg.nlp.yo_verbs import mend_yo_verbs

if TYPE_CHECKING:
    from slovnet import NER, Morph, Syntax
    from thinc.types import Ints2d


# Currency signs the models see as "$", the one sign their embeddings read as a symbol: "€",
# "£", "¥" they tag as punctuation, and the parser hangs the sum after one on the wrong word
# ("Германия выделит Польше €200 млн": "млн" a parataxis of "Польше", not the verb's object).
_SHOWN_AS_DOLLAR = frozenset("€£¥₽₸₴₹₺₩")


def _sentence_words(doc: Doc) -> list[tuple[list[str], list[int]]]:
    """Sentences as the words the models see (the non-whitespace tokens) and their indices,
    read from the Doc's arrays: a `Token` object made per token per pass cost more."""
    orth, space, starts = _token_arrays(doc)
    strings = doc.vocab.strings
    out = []
    for start, end in _sentence_bounds(starts):
        idx = [i for i in range(start, end) if not space[i]]
        if idx:
            words = [strings[orth[i]] for i in idx]
            out.append(([("$" if w in _SHOWN_AS_DOLLAR else w) for w in words], idx))
    return out


def _token_arrays(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Each token's ORTH, IS_SPACE and SENT_START, as lists."""
    if not len(doc):
        return [], [], []
    orth, space, start = doc.to_array([ORTH, IS_SPACE, SENT_START]).T.tolist()
    return orth, space, start


def _sentence_bounds(starts: list[int]) -> list[tuple[int, int]]:
    """(start, end) token indices of the sentences `doc.sents` gives before a parse, from
    the tokens' SENT_START: a sentence starts at the first token and wherever it is 1."""
    cuts = [0, *(i for i in range(1, len(starts)) if starts[i] == 1), len(starts)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if a < b]


def _batches(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _shortest_first(sentences: list[tuple[list[str], list[int]]]) -> list:
    """The sentences by length: slovnet pads each batch to its longest, and a batch of
    sentences of like lengths pads little (a sixth less model time on news)."""
    return sorted(sentences, key=lambda sentence: len(sentence[0]))


# Words a batch of slovnet's morphology tagger or parser holds once padded to its longest
# sentence. Its temporaries take ~9 kB a padded word: eight sentences of 158 words cost
# ~11 MB at once, the peak of a whole build when one such sentence turns up. News sentences
# of up to 64 words still go eight at a time, as slovnet batches them.
_BATCH_WORDS = 512


def _batched(infer: Any, sentences: list) -> list[tuple[list, Any]]:
    """`sentences` (shortest first) in batches of at most the encoder's batch size and,
    padded, `_BATCH_WORDS` words, each with the encoder's one input for it."""
    size = infer.encoder.batch_size
    batches: list[list] = []
    for sentence in sentences:
        if not batches or (
            len(batches[-1]) == size or (len(batches[-1]) + 1) * len(sentence[0]) > _BATCH_WORDS
        ):
            batches.append([])
        batches[-1].append(sentence)
    return [(batch, *infer.encoder(words for words, _ in batch)) for batch in batches]


# A Doc's batches as the morphology tagger encoded them, for the parser after it: both read
# the Doc's sentences shortest first in the same batches and, where they share the encoder's
# vocabularies and batch size (natasha's news models do), with the same word and shape ids,
# so the parser's are the tagger's (~1.5 % of the pipeline's CPU). Held until the parser takes
# them, or the Doc goes.
_ENCODED: WeakKeyDictionary[Doc, tuple[Any, Any, tuple[int, int], list]] = WeakKeyDictionary()


def _encoded_and_kept(doc: Doc, infer: Any) -> list[tuple[list, Any]]:
    """The batches of `doc`'s sentences for `infer` (`_batched`), made anew and kept for
    the parser."""
    encoder = infer.encoder
    batches = _batched(infer, _shortest_first(_sentence_words(doc)))
    _ENCODED[doc] = (encoder.words_vocab, encoder.shapes_vocab, _sizes(doc, encoder), batches)
    return batches


def _kept_or_encoded(doc: Doc, infer: Any) -> list[tuple[list, Any]]:
    """The batches of `doc`'s sentences for `infer`: those the tagger kept, where an encoder
    alike made them from this Doc's tokens; else made anew."""
    encoder = infer.encoder
    kept = _ENCODED.pop(doc, None)
    if (
        kept is not None
        and kept[0] is encoder.words_vocab
        and kept[1] is encoder.shapes_vocab
        and kept[2] == _sizes(doc, encoder)
    ):
        return kept[3]
    return _batched(infer, _shortest_first(_sentence_words(doc)))


def _sizes(doc: Doc, encoder: Any) -> tuple[int, int]:
    return encoder.batch_size, len(doc)


def _predicted(infer: Any, batches: list[tuple[list, Any]]) -> Iterator[tuple[list[int], Any]]:
    """Each sentence's token indices and `infer.process`'s prediction for it, batch by batch:
    each batch is one call to the model."""
    for batch, encoded in batches:
        for (_, idx), prediction in zip(batch, infer.process([encoded]), strict=True):
            yield idx, prediction


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


def natasha_morph(doc: Doc, tagger: Morph) -> None:
    """POS and UD features from slovnet's news morphology tagger.

    The tag ids go straight from the model to the Doc's arrays: natasha's markup (two
    records per token and a tag string parsed per token) and spaCy's parse of each token's
    features cost ~10 % of the tagger's time; here each tag the document uses is
    decoded once. A tag's features are written as spaCy's morphology keys its analyses
    ("ADJ|Case=Nom|Degree=Pos": fields sorted), so `add` finds that string's analysis by
    its hash, where a dict of them was normalised first (~0.3 µs against ~5 µs; every one
    of the tagger's 753 tags gets the same key either way)."""
    infer = tagger.infer
    tags = infer.decoder.tags_vocab
    add = doc.vocab.morphology.add  # the key `Token.set_morph` would store
    keys: dict[int, tuple[int, int]] = {}  # tag id → (POS id, morphology key)

    def key(tag_id: int) -> tuple[int, int]:
        pos, _, feats = tags.decode(tag_id).partition("|")  # as slovnet's parse_conll_tag
        return POS_IDS[pos], add(feats) if feats else 0

    pos = numpy.zeros(len(doc), dtype="uint64")
    feats = numpy.zeros(len(doc), dtype="uint64")
    batches = _encoded_and_kept(doc, infer)
    for idx, tag_ids in _predicted(infer, batches):
        for i, tag_id in zip(idx, tag_ids.tolist(), strict=True):
            pos[i], feats[i] = keys.get(tag_id) or keys.setdefault(tag_id, key(tag_id))
    doc.from_array([POS, MORPH], cast("Ints2d", numpy.stack([pos, feats], axis=1)))
    mend_yo_verbs(doc)
    mend_misread_verbs(doc, pos)
    mend_opening_participles(doc, (idx[0] for batch, _ in batches for _, idx in batch))


def natasha_syntax(doc: Doc, parser: Syntax) -> None:
    """Dependency heads and relations from slovnet's news syntax parser.

    Each sentence keeps exactly one root (extra roots become `parataxis` of the
    first), so the sentences spaCy derives from the tree are the ones we set. Heads and
    relations are read from the model's id arrays, not from natasha's markup.
    """
    heads = list(range(len(doc)))
    deps = ["dep"] * len(doc)
    lowers = lowered_strings(doc, ORTH)  # the words the mends look for, read once
    infer = parser.infer
    rels = infer.decoder.rels_vocab.items
    for idx, (head_ids, rel_ids) in _predicted(infer, _kept_or_encoded(doc, infer)):
        root = None
        for i, head, rel in zip(idx, head_ids.tolist(), rel_ids.tolist(), strict=True):
            if 0 < head <= len(idx) and idx[head - 1] != i:
                heads[i], deps[i] = idx[head - 1], rels[rel]
            elif root is None:
                root, deps[i] = i, "ROOT"
            else:
                heads[i], deps[i] = root, "parataxis"
        mend_when_clauses(doc, idx, heads, deps)
        _break_cycles(idx, heads, deps)
        mend_backward_conjuncts(doc, idx, heads, deps)
        mend_preceding_dependents(doc, idx, heads, deps)
        mend_nominative_objects(doc, idx, heads, deps)
        mend_core_pair(doc, idx, heads, deps)
        mend_titled_names(doc, idx, heads, deps)
        mend_loose_names(doc, idx, heads, deps)
        mend_stray_subjects(doc, idx, heads, deps)
        mend_clause_heads(doc, idx, heads, deps)
        mend_clause_conjuncts(doc, idx, heads, deps)
        mend_compound_nouns(doc, idx, heads, deps)
        mend_hung_adjectives(doc, idx, heads, deps)
        mend_nested_conjuncts(doc, idx, heads, deps)
        mend_place_prepositions(doc, idx, heads, deps, lowers)
        mend_place_agents(doc, idx, heads, deps)
        mend_genitive_objects(doc, idx, heads, deps)
        mend_infinitive_objects(doc, idx, heads, deps)
        mend_relative_clauses(doc, idx, heads, deps)
        mend_relative_conjuncts(doc, idx, heads, deps)
        mend_participle_heads(doc, idx, heads, deps)
        mend_crossing_obliques(doc, idx, heads, deps)
    _, space, starts = _token_arrays(doc)
    for start, end in _sentence_bounds(starts):
        anchor = next((i for i in range(start, end) if deps[i] == "ROOT"), None)
        for i in range(start, end):
            if space[i]:
                if anchor is None:
                    anchor, deps[i] = i, "ROOT"
                else:
                    heads[i] = anchor
    mend_nominative_agents(doc, deps)
    rel_heads = numpy.array([h - i for i, h in enumerate(heads)], dtype="int64").astype("uint64")
    dep_ids = numpy.array([doc.vocab.strings.add(d) for d in deps], dtype="uint64")
    doc.from_array([HEAD, DEP], cast("Ints2d", numpy.stack([rel_heads, dep_ids], axis=1)))


def _break_cycles(idx: list[int], heads: list[int], deps: list[str]) -> None:
    """The parser can return a cycle ("спектр" ↔ "шире") and no root; spaCy needs a tree.
    A cycle is cut at the token where it closes: it becomes the root, or hangs off it."""
    root = next((i for i in idx if heads[i] == i), None)
    rooted: set[int] = set()  # words whose heads lead to a root: no walk goes past them again
    for i in idx:
        if heads[i] == i or heads[i] in rooted:  # most words, their head walked already
            rooted.add(i)
            continue
        seen = set()
        j = i
        while heads[j] != j and j not in seen and j not in rooted:
            seen.add(j)
            j = heads[j]
        if heads[j] != j and j not in rooted:  # the walk closed a cycle at `j`
            if root is None:
                root, heads[j], deps[j] = j, j, "ROOT"
            else:
                heads[j], deps[j] = root, "parataxis"
        rooted |= seen  # and so, the cycle cut, its words lead to a root too


def natasha_ner(doc: Doc, tagger: NER) -> None:
    """PER/LOC/ORG spans from slovnet's news NER, snapped to token boundaries.

    The tagger reads runs of consecutive sentences as the text writes them, not each
    sentence alone, as natasha reads a whole text: its convolutions look a few words to
    either side, and a sentence cut from its context makes an opening capitalised word look
    like a name ("Поэт Загорский" where the whole text gives "Загорский"). Runs end at
    `_NER_WINDOW` characters, so memory stays bounded."""
    spans = []
    words = DocWords(doc)
    text = words.text  # made anew from the tokens on every `doc.text`
    windows = list(_windows(doc, text))
    for batch in _batches(windows, _NER_BATCH):
        for (start, _), (stop, end, label) in _ner_spans(tagger.infer, words, batch):
            for lo, hi in _lines(text, start + stop, start + end, label):
                span = doc.char_span(lo, hi, label=label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
    doc.ents = filter_spans(spans)


def _lines(text: str, start: int, end: int, label: str) -> Iterator[tuple[int, int]]:
    """The parts of a span on each line: no name runs over a line break, and the tagger,
    reading a headline and the dateline under it as one run, joins them ("Индонезия\n\nХАНОЙ").
    Of an organization only the first line's part: what the tagger ran on into the next line
    is mostly no organization ("Гильдии продюсеров Америки\nХарви Вайнштейн")."""
    parts = re.finditer(r"[^\n]+", text[start:end])
    for m in itertools.islice(parts, 1 if label == "ORG" else None):
        lo, hi = start + m.start(), start + m.end()
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if lo < hi:
            yield lo, hi


def _ner_spans(infer: Any, words: DocWords, windows: list[tuple[int, int]]) -> Iterator[tuple]:
    """((window start, end), (span start, end, type)) for each span `tagger.map` finds in the
    windows' texts, by the same steps: razdel's words (`kg.nlp.ner_words`), slovnet's tags,
    slovnet's reading of the tags as spans. natasha's and slovnet's records between them (a
    word's token made twice, the markups, the spans copied) cost ~10 % of the NER's time."""
    from slovnet.bio import bio_spans

    found = [words.words(start, end) for start, end in windows]
    tags = infer.decoder(infer.process(infer.encoder([w.text for w in ws] for ws in found)))
    for window, window_words, window_tags in zip(windows, found, tags, strict=True):
        for span in bio_spans(window_words, window_tags):  # offsets as `find_tokens` gives
            yield window, (span.start, span.stop, span.type)


_NER_WINDOW = 2_000  # characters of text the NER tagger reads at once
# Windows per NER call. The tagger's arrays take ~8 kB a token of the batch: a 13,000-character
# news text read in one call added 17 MB to the build's memory for that moment, so a build's
# peak grew with the longest document of its corpus. Two windows bound it (~5 MB) at no cost
# in time: a window is already hundreds of tokens.
_NER_BATCH = 2


def _windows(doc: Doc, text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of runs of whole sentences of `doc` (whose text is `text`), each at most
    `_NER_WINDOW` characters long (a longer sentence is a run of its own)."""
    start: int | None = None
    end = 0
    for s, e in _sentence_chars(doc):
        if not text[s:e].strip():  # not `sent.text`, which joins a Token made per token
            continue
        if start is not None and e - start > _NER_WINDOW:
            yield start, end
            start = None
        if start is None:
            start = s
        end = e
    if start is not None:
        yield start, end


def _sentence_chars(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each of `doc.sents`, from the Doc's arrays: `doc.sents`
    makes a `Token` per token to find them."""
    if not len(doc):
        return []
    idx, length, starts = doc.to_array([IDX, LENGTH, SENT_START]).T.tolist()
    return [(idx[a], idx[b - 1] + length[b - 1]) for a, b in _sentence_bounds(starts)]
