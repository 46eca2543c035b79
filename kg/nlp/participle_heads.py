"""A participle phrase the parser hung on a noun it does not agree with.

"Президент Уганды X принял в Кампале президента Танзании Самию Сулуху Хасан, прибывшую в
страну с государственным визитом": slovnet may hang "прибывшую" (a feminine accusative) on
the sentence's subject "Президент", past the object it stands for; every reader then takes
the host for the one who arrived, and the visit runs the wrong way. A participle agrees with
its noun in case, number and, in the singular, gender: where, after a comma, it hangs on a
noun before it that no reading of either agrees so, it is set on the nearest noun between
them that one does (or its phrase's head: the title a name is apposed to). A participle on a
noun it agrees with ("принял президента Чили, прибывшего …", "о футболистах …, имевших")
is left as read. Only participles of coming and staying ("прибывшую", "находящегося"): a
re-hang of every participle cost quotes and claims their recall on NEREL's tuning documents.
Fifty-eighth pass (lead).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.nlp.morph import Parse, morph, parses_agree

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NOUNS = frozenset({"NOUN", "PROPN"})
_NAME_PARTS = frozenset({"flat:name", "flat", "appos"})  # a name's words up to its title
# verbs of coming, whose participle tells who travelled: a general re-hang moved quotes' and
# claims' participles on NEREL's tuning documents (as relative_clauses found for "который")
_TRAVEL = frozenset(
    {"прибыть", "прибывать", "прилететь", "прилетать", "приехать", "приезжать", "находиться"}
)


def mend_participle_heads(doc: Doc, idx: list[int], heads: list[int], deps: list[str]) -> None:
    """Sets, in `heads`, each participle of the sentence of tokens `idx` that opens after a
    comma and hangs on a noun it cannot agree with on the nearest noun before it that it can
    agree with (module doc)."""
    for p in idx:
        if deps[p] != "acl" or "Part" not in doc[p].morph.get("VerbForm"):
            continue
        if morph().normal_form(doc[p].text) not in _TRAVEL:
            continue
        head = heads[p]
        if not head < p - 1 or doc[p - 1].text != "," or doc[head].pos_ not in _NOUNS:
            continue
        forms = _readings(doc[p].text, "PRTF")
        if not forms or _agree(forms, _readings(doc[head].text)):
            continue
        new = next(
            (
                j
                for j in range(p - 2, head, -1)
                if doc[j].pos_ in _NOUNS and _agree(forms, _readings(doc[j].text))
            ),
            None,
        )
        if new is not None:
            while deps[new] in _NAME_PARTS and head < heads[new] < new:
                new = heads[new]
            heads[p] = new


def _readings(word: str, pos: str = "") -> list[Parse]:
    """The dictionary's readings of `word` that have a case and a number (of part of speech
    `pos` only, where given)."""
    return [
        p
        for p in morph().parse(word.lower())
        if p.tag.case and p.tag.number and (not pos or pos == p.tag.POS)
    ]


def _agree(participle: list[Parse], noun: list[Parse]) -> bool:
    """Whether a reading of the participle agrees with one of the noun (`parses_agree`: case,
    number and, in the singular, gender)."""
    return any(parses_agree(a, n) for a in participle for n in noun)
