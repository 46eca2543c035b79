"""Universal Dependencies relations that several readers of the parse test for."""

from __future__ import annotations

from spacy.tokens import Token

# The subject of a clause, active or passive ("Министр подписал", "Соглашение подписано").
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def is_predicate(t: Token) -> bool:
    """A verb, or a short adjective used as one ("уверен", "убежден"); not an imperative,
    which speaks inside a quote ("«Спросите X …»") and tells no subject of its own."""
    if "Imp" in t.morph.get("Mood"):
        return False
    return t.pos_ in ("VERB", "AUX") or (t.pos_ == "ADJ" and "Short" in t.morph.get("Variant"))
