"""Papers a list names after papers counted in the same sentence ("подписали пять
документов, в том числе протокол о … и соглашение о …", "…, включая …", "…, среди которых
…"): each is signed by the verb that signed the counted ones, and a signing names them, not
the count noun."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agreements.parties import AMONG, counted_papers, counted_papers_verb

# the words that open the list after the comma: those that open a sentence of the list too
# (`parties.AMONG`), and those only a comma brings ("включая", a relative pronoun's)
_INCLUDING = (*AMONG, ("включая",), ("среди", "которых"), ("в", "числе", "которых"))


def listed_after(counted: Token) -> list[Token]:
    """The words of the list that follows papers counted, after a comma and "в том числе",
    "включая" or "среди которых", up to the next verb (a clause of its own) or the
    sentence's end; none where no such list follows the counted noun's own phrase."""
    if not counted_papers(counted):
        return []
    doc, end = counted.doc, counted.sent.end
    comma = next((t for t in doc[counted.i + 1 : end] if t.text == "," or _clause(t)), None)
    if comma is None or comma.text != ",":
        return []
    words = [t.lower_ for t in doc[comma.i + 1 : min(comma.i + 4, end)]]
    opening = next((len(m) for m in _INCLUDING if words[: len(m)] == list(m)), 0)
    if not opening:
        return []
    start = comma.i + 1 + opening
    stop = next((t.i for t in doc[start:end] if _clause(t)), end)
    return list(doc[start:stop])


def _clause(t: Token) -> bool:
    """A verb that opens a clause of its own; "есть"/"были" of "среди которых есть" opens none."""
    return t.pos_ in ("VERB", "AUX") and t.lemma_ != "быть"


def listed_including(head: Token) -> Token | None:
    """The verb that signed the papers counted before a list naming the paper `head`
    ("Чили и Боливия подписали семь документов, среди которых протокол о …"): its status, date
    and signers are the paper's; else None."""
    for t in head.doc[head.sent.start : head.i]:
        if head in listed_after(t):
            return counted_papers_verb(t)
    return None
