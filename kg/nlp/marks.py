"""Punctuation marks as the tokenizer leaves them, in one place for every rule that reads them.

Russian news sets asides, predicates ("X — посол") and speakers ("— сказал X") off with an
em or en dash; many writers type a hyphen alone for either, and rules that read such text
accept all three. Sentence ends are what closes a sentence a rule must not reach across.
"""

from __future__ import annotations

DASHES = frozenset({"—", "–"})  # a dash as a token: em and en
DASHES_OR_HYPHEN = DASHES | {"-"}  # the same, where a hyphen alone stands for a dash
DASH_CHARS = "-–—"  # the three as characters, for regex classes and raw-text checks
SENTENCE_ENDS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
