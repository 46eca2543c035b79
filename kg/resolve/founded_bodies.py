"""Bodies the text says were founded, by their capitalised names ("Стороны учредили Совет по
торговле и инвестициям обеих стран", "создали Межправительственную комиссию по
сотрудничеству", "был создан Комитет по энергетике"), which the tagger often leaves: the
name a founding verb governs is an organization's. Fifty-seventh pass, h-orgs69. So is a
body a sitting's noun names ("Заседание Совета по торговле Боливии и Парагвая"; fifty-ninth
pass, h-names125)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.resolve.org_modifiers import adjectives_start, field_end, genitive_tail, lemmas_of
from kg.resolve.org_naming import QUOTES_OPEN, WORDS

# How a founded body hangs on the founding verb: its object, or a passive's subject
_FOUNDED = frozenset(["obj", "nsubj:pass"])


def founded_bodies(doc: Doc) -> list[Span]:
    """The name of each body of group `founded` a verb of group `founding` governs (object,
    passive subject), or a sitting's noun right before it (`_founded`), capitalised inside
    its sentence, with its adjectives, its field's "по" phrase (`field_end`, before the
    text's pair: "Совет по торговле [обеих стран]") and the lower-case genitive words on it
    (`genitive_tail`). Not a lower-case noun ("создали совет
    по делам молодёжи": any council), nor one opening its sentence (the capital says
    nothing), nor the noun alone ("учредили Фонд"), nor a name in quotes, the quotes' to
    give."""
    out = []
    for noun in lemmas_of(doc, WORDS["founded"]):
        if not _founded(noun):
            continue
        start = adjectives_start(noun)
        first = doc[start]
        if first.is_sent_start or not first.text[:1].isupper() or _quoted(doc, noun.i + 1):
            continue
        span = doc[start : field_end(doc[start : noun.i + 1])]
        span = genitive_tail(span, set()) if len(span) > 1 else span
        if len(span) > 1:
            out.append(span)
    return out


def _founded(noun: Token) -> bool:
    """The noun is what a founding verb founds (its object, or its passive's subject), or
    the body whose sitting the noun before it names, in the genitive ("Заседание Совета по
    торговле …": group `sitting`; fifty-ninth pass, h-names125)."""
    head = noun.head.lemma_.lower()
    if noun.dep_ == "nmod" and noun.head.i == noun.i - 1 and "Gen" in noun.morph.get("Case"):
        return head in WORDS["sitting"]
    return noun.dep_ in _FOUNDED and head in WORDS["founding"]


def _quoted(doc: Doc, i: int) -> bool:
    """Quotes open at doc[i]: the body's name is theirs."""
    return i < len(doc) and doc[i].text in QUOTES_OPEN
