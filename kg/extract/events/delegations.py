"""Who a delegation is: the persons its "во главе с" and "в составе" phrases name.

"Прибыла делегация Бразилии во главе с министром X, в составе министра Y и министра Z":
X leads it and Y and Z travel with it; so does X of "делегация Бразилии, возглавляемая
министром X" (fifty-second pass, h-events142). The parser hangs those phrases anywhere in the
clause (on the verb, on the delegation, on the leader), so they are read as written: each
phrase runs from its preposition to the verb, the next phrase, or a comma that no further
title or name follows. The sentence right after may list the rest: "В состав делегации
(также) вошли Y и Z", "В её состав вошли …", "В составе делегации Y и Z".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Span, Token

from kg.extract.events.hit import Hit
from kg.extract.events.triggers import TALKS
from kg.model import Mention
from kg.nlp.headed_by import phrase_at
from kg.nlp.morph import features

Mentions = Mapping[int, Sequence[Mention]]

# The verbs of leading a delegation ("которую возглавил X", "Её возглавила Y")
_LEADING = frozenset({"возглавить", "возглавлять"})


def delegates(delegation: Token, by_token: Mapping[int, Sequence[Mention]]) -> list[str]:
    """The persons a delegation's own phrases name, its leader first ("делегация Вьетнама
    во главе с премьер-министром X, в составе министров Y и Z"); none where the sentence has
    no such phrase after the delegation noun, or a verb stands between them ("делегация
    прибыла, а в составе правительства …")."""
    keys = [k for words in _phrases(delegation) for k in _persons(words, by_token)]
    keys += _relative_leaders(delegation, by_token) + _led_next(delegation.sent, by_token)
    return list(dict.fromkeys(keys + _listed_next(delegation.sent, by_token)))


def delegation_states(delegation: Token, by_token: Mapping[int, Sequence[Mention]]) -> list[str]:
    """The states its phrases name ("делегация во главе с министром иностранных дел Кении"):
    whose delegation one that names no state of its own is (fifty-second pass, h-events142)."""
    words = [t for phrase in _phrases(delegation) for t in phrase]
    keys = [m.entity for t in words for m in by_token.get(t.i, ()) if m.type == "State"]
    return list(dict.fromkeys(keys))


def _phrases(delegation: Token) -> list[list[Token]]:
    """The words of each "во главе с"/"в составе" phrase after the delegation noun in its
    sentence, up to a verb that stands between them."""
    out: list[list[Token]] = []
    for tok in delegation.sent:
        words = _opens_list(tok)
        if tok.i <= delegation.i or not words:
            continue
        if any(t.pos_ in {"VERB", "AUX"} for t in delegation.doc[delegation.i + 1 : tok.i]):
            break
        out.append(_list_after(tok, tok.i + words))
    return out


def _persons(words: Sequence[Token], by_token: Mapping[int, Sequence[Mention]]) -> list[str]:
    return [m.entity for t in words for m in by_token.get(t.i, ()) if m.type == "Person"]


def _led_by(verb: Token, by_token: Mapping[int, Sequence[Mention]]) -> list[str]:
    """The persons a verb of leading has as its subject ("возглавил министр X": X)."""
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    return [k for s in subjects for k in _persons(list(s.subtree), by_token)]


def _relative_leaders(delegation: Token, by_token: Mapping[int, Sequence[Mention]]) -> list[str]:
    """The persons a relative clause of leading on the delegation names as its subject
    ("делегация Туниса, которую возглавил министр торговли X, прибыла": X leads it), as
    "во главе с" does. Sixty-first pass, h-orgs74."""
    return [k for v in leading_clauses(delegation) for k in _led_by(v, by_token)]


def leading_clauses(noun: Token) -> list[Token]:
    """The verbs of the relative clauses of leading on a noun ("делегация, которую возглавил
    X", "заседание, которое возглавят X и Y"): their subjects lead what the noun names."""
    return [
        v
        for v in noun.children
        if v.dep_ == "acl:relcl"
        and v.lemma_ in _LEADING
        and any(c.dep_ == "obj" and c.lemma_ == "который" for c in v.children)
    ]


def _led_next(sent: Span, by_token: Mapping[int, Sequence[Mention]]) -> list[str]:
    """The persons the next sentence names as the delegation's leader, a verb of leading its
    root with the delegation or "её" as its object ("Её возглавил X", "Делегацию возглавлял
    X", "Возглавила делегацию X"); none for another body led ("Министерство возглавил X").
    Sixty-first pass, h-orgs74."""
    doc = sent.doc
    if sent.end >= len(doc):
        return []
    root = doc[sent.end].sent.root
    objects = [c for c in root.children if c.dep_ == "obj"]
    led = any(c.lower_ in {"её", "ее"} or c.lemma_ == "делегация" for c in objects)
    return _led_by(root, by_token) if root.lemma_ in _LEADING and led else []


def _listed_next(sent: Span, by_token: Mapping[int, Sequence[Mention]]) -> list[str]:
    """The persons the next sentence opens by listing as the delegation's ("В состав
    делегации также вошли X и Y", "В её состав вошли …", "В составе делегации X и Y"); none
    for another body's ("В состав правительства вошёл X") or a list further in."""
    doc = sent.doc
    if sent.end + 3 >= len(doc):
        return []
    first, second, third = doc[sent.end : sent.end + 3]
    pronoun = second.lower_ in {"её", "ее"}
    listed = third if pronoun else second
    if first.lower_ != "в" or listed.lemma_ != "состав":
        return []
    if not pronoun and third.lemma_ != "делегация":
        return []
    start = sent.end + 3
    while start < len(doc) and (
        doc[start].pos_ == "ADV" or doc[start].lemma_ in {"войти", "входить"}
    ):
        start += 1
    return _persons(_list_after(doc[sent.end], start), by_token)


def _opens_list(tok: Token) -> int:
    """The number of words of the "во главе с" (`headed_by.phrase_at`), "в составе" or
    "возглавляемая" phrase that starts at `tok` in its sentence, 0 where none does."""
    if tok.i + 1 >= tok.sent.end:
        return 0
    if tok.lower_ == "в" and tok.nbor(1).lower_ == "составе":
        return 2
    if tok.lower_.startswith("возглавляем"):  # the passive participle: its agent leads
        return 1
    words = phrase_at(tok.doc, tok.i)
    return words if words == 3 and tok.i + words <= tok.sent.end else 0


def _list_after(tok: Token, start: int) -> list[Token]:
    """The words of the list a phrase opens at `start` in `tok`'s sentence: up to a verb,
    another preposition than its own "с", or a comma no title or name goes on after."""
    out: list[Token] = []
    for t in tok.doc[start : tok.sent.end]:
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
    return after.pos_ == "PROPN" or after.pos_ == "NOUN" and features(after, "Animacy") == ("Anim",)


# clauses of their own on a word of the sentence: whom they name leads no delegation
_OWN_CLAUSES = frozenset({"acl", "acl:relcl", "advcl", "ccomp"})


def sides_led(sent: Span, before: Sequence[Hit], hits: Sequence[Hit], by_token: Mentions) -> None:
    """The persons a sentence of leading the delegations names ("Делегации возглавили
    вице-премьеры X и Y", "Чилийскую делегацию возглавил X, аргентинскую — Y") take part in
    the one talks or meeting the sentence before tells, of its paragraph, where this one
    tells none of its own: the heads of the two sides sat at it (the commission's sitting
    had none of them, or the one a quote later named). Not whom a clause of its own names
    ("…, который ранее встречался с Z"). Sixty-eighth pass (h-events258)."""
    root = sent.root
    if root.lemma_ not in _LEADING or any(h.kind in TALKS for h in hits):
        return
    if not any(c.dep_ == "obj" and c.lemma_ == "делегация" for c in root.children):
        return
    talks = [h for h in before if h.kind in TALKS]
    if len(talks) != 1:
        return
    words = [t for t in sent if not any(a.dep_ in _OWN_CLAUSES for a in [t, *t.ancestors])]
    talks[0].persons = list(dict.fromkeys([*talks[0].persons, *_persons(words, by_token)]))
