"""The words that make a plural of states the text's own pair ("двух стран", "наших
государств", "обеих стран"): read by the pair's readers (`kg.extract.common.pair`) and by
the organizations' names, which the pair's words end ("Совет по сотрудничеству двух стран")
and which resolution reads before any fact, so they live below both."""

from __future__ import annotations

from spacy.tokens import Token

BOTH = frozenset({"наш", "оба", "два"})
# The words for states that BOTH makes the pair: "двух стран", "наших государств".
PAIR_WORDS = frozenset({"страна", "государство"})


def both_word(x: Token) -> str:
    """The word of BOTH on a word for states ("двух стран": "два"; "обеих государств":
    "оба"; "наших стран": "наш"), read from the parse; "" where none. The one reader of
    such words for the pair (`common.pair.pair_word`) and the titles of "двух стран" (offices'
    `pair_states`)."""
    if x.lemma_ not in PAIR_WORDS:
        return ""
    return next((c.lemma_ for c in x.children if c.lemma_ in BOTH), "")
