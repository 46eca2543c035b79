"""Who a delegation is: the persons its "во главе с" and "в составе" phrases name.

"Прибыла делегация Бразилии во главе с министром X, в составе министра Y и министра Z":
X leads it and Y and Z travel with it. The parser hangs those phrases anywhere in the
clause (on the verb, on the delegation, on the leader), so they are read as written: each
phrase runs from its preposition to the verb, the next phrase, or a comma that no further
title or name follows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from kg.model import Mention


def delegates(delegation: Token, by_token: Mapping[int, Sequence[Mention]]) -> list[str]:
    """The persons a delegation's own phrases name, its leader first ("делегация Вьетнама
    во главе с премьер-министром X, в составе министров Y и Z"); none where the sentence has
    no such phrase after the delegation noun, or a verb stands between them ("делегация
    прибыла, а в составе правительства …")."""
    sent = delegation.sent
    keys: list[str] = []
    for tok in sent:
        if tok.i <= delegation.i or not _opens_list(tok):
            continue
        if any(t.pos_ in {"VERB", "AUX"} for t in delegation.doc[delegation.i + 1 : tok.i]):
            break
        for t in _list_after(tok):
            keys += [m.entity for m in by_token.get(t.i, ()) if m.type == "Person"]
    return list(dict.fromkeys(keys))


def _opens_list(tok: Token) -> bool:
    """ "главе" of "во главе с", "составе" of "в составе"."""
    before = tok.nbor(-1).lower_ if tok.i > tok.sent.start else ""
    if tok.lower_ == "главе":
        return before == "во" and tok.i + 1 < tok.sent.end and tok.nbor(1).lower_ == "с"
    return tok.lower_ == "составе" and before == "в"


def _list_after(tok: Token) -> list[Token]:
    """The words of the list a phrase opens: up to a verb, another preposition than its own
    "с", or a comma no title or name goes on after."""
    out: list[Token] = []
    doc = tok.doc
    start = tok.i + 2 if tok.lower_ == "главе" else tok.i + 1
    for t in doc[start : tok.sent.end]:
        if t.pos_ in {"VERB", "AUX"} or t.pos_ == "ADP":
            break
        if t.text == "," and not _goes_on(t):
            break
        out.append(t)
    return out


def _goes_on(comma: Token) -> bool:
    """Whether a list goes on after the comma: a title or a name comes next."""
    if comma.i + 1 >= comma.sent.end:
        return False
    after = comma.nbor(1)
    return after.pos_ == "PROPN" or after.pos_ == "NOUN" and after.morph.get("Animacy") == ["Anim"]
