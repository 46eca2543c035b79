"""Papers a list names after papers counted in the same sentence ("подписали пять
документов, в том числе протокол о … и соглашение о …", "…, включая …", "…, среди которых
…"): each is signed by the verb that signed the counted ones, and a signing names them, not
the count noun."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.agreements.parties import AMONG, counted_papers, counted_papers_verb
from kg.extract.agreements.status import signs
from kg.nlp.morph import features, is_finite, is_plural

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
