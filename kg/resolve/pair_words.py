"""The words that make a plural of states the text's own pair ("двух стран", "наших
государств", "обеих стран"): read by the pair's readers (`kg.extract.common.pair`) and by
the organizations' names, which the pair's words end ("Совет по сотрудничеству двух стран")
and which resolution reads before any fact, so they live below both."""

from __future__ import annotations

BOTH = frozenset({"наш", "оба", "два"})
# The words for states that BOTH makes the pair: "двух стран", "наших государств".
PAIR_WORDS = frozenset({"страна", "государство"})
