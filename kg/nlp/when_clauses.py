"""A "когда"-clause the parser swapped with the main clause it is set in.

"В 2008 году, когда премьер-министр X ушёл в отставку, президент Y посетил Лиму": slovnet's
parser may make the clause's verb ("ушёл") the sentence's root and hang the main verb
("посетил") on the time noun as its relative clause, with "когда" and the clause's subject
on it, and the main subject on the clause's verb. Every reader then takes the main verb for
a clause about the time and its subject for the clause's person (no visit, or X's own
visit). Where "когда" opens a clause after a comma, the root lies inside that clause (before
its closing comma) and the verb "когда" marks lies after it, the two verbs are set back:
the marked verb is the root, the clause's verb its `advcl`, and each word goes to the verb
of the side of the comma it stands on. Forty-ninth pass (h-events130).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_VERBS = frozenset({"VERB", "AUX"})


def mend_when_clauses(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets back, in `heads` and `deps`, each "когда"-clause of the sentence of tokens `idx`
    whose verb the parser made the root and whose main verb it hung inside (module doc)."""
    for w in idx:
        if deps[w] != "mark" or doc[w].lower_ != "когда" or w == idx[0]:  # no `Token` per word
            continue
        main, clause = heads[w], next((i for i in idx if deps[i] == "ROOT"), None)
        if clause is None or doc[w - 1].text != "," or not w < clause < main:
            continue
        close = next((i for i in range(w + 1, main) if doc[i].text == ","), None)
        if close is None or not clause < close or {doc[main].pos_, doc[clause].pos_} - _VERBS:
            continue
        for i in idx:
            if w < i < close and heads[i] == main:
                heads[i] = clause
            elif not w <= i <= close and heads[i] == clause and i != clause:
                heads[i] = main
        heads[main], deps[main] = main, "ROOT"
        heads[clause], deps[clause] = main, "advcl"
        heads[w] = clause
        return
