"""Bodies of two states named by their pair's adjective ("заседание Азербайджано-турецкой
межправительственной комиссии", "Египетско-иорданский деловой совет"), which the tagger
leaves, or tags the adjective alone as a place: the name is an organization's, both states'
one body. Fifty-ninth pass, h-orgs70. So is a body's noun before a quoted pair of states the
tagger leaves as two places ("комиссия «Сербия — Венгрия»"; seventy-first pass, h-orgs85)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.gazetteer import Gazetteer
from kg.nlp.quote_marks import CLOSING, OPENING
from kg.resolve.org_fields import with_pair_noun
from kg.resolve.org_modifiers import adjectives_start, field_end, genitive_tail, lemmas_of
from kg.resolve.org_naming import WORDS

# how far a quoted pair's closing quote is looked for ("«Сербия — Венгрия»"); its words must
# each be a state's name (`with_pair_noun`), so a state of several words never passes
_PAIR_WORDS = 6


def pair_named_bodies(doc: Doc) -> list[Span]:
    """Each noun of group `founded` (комиссия, совет, комитет, палата …) whose adjectives open
    with a capitalised adjective of a pair of states (one `doc._.state_parts` splits:
    "Азербайджано-турецкой"), inside its sentence, or opening it before a `joint` adjective
    ("Египетско-иорданская совместная комиссия"), with its field's "по" phrase and the
    lower-case genitive words on it. Not a lower-case pair ("азербайджано-турецкая
    комиссия": any such), nor one opening its sentence with no joint adjective (the capital
    says nothing), nor a noun of no body ("Азербайджано-турецкие переговоры")."""
    pairs = {start for start, _, _ in doc._.state_parts}
    out = []
    for noun in lemmas_of(doc, WORDS["founded"]):
        start = adjectives_start(noun)
        first = doc[start]
        if start == noun.i or first.idx not in pairs or not first.text[:1].isupper():
            continue
        joint = any(t.lemma_.lower() in WORDS["joint"] for t in doc[start + 1 : noun.i])
        if first.is_sent_start and not joint:
            continue
        out.append(genitive_tail(doc[start : field_end(doc[start : noun.i + 1])], set()))
    return out


def quoted_pair_bodies(doc: Doc, gazetteer: Gazetteer) -> list[Span]:
    """A body's noun (group `founded` or `pair_quoted`) with its adjectives and genitives
    before a quoted name of states alone joined by a dash, which the tagger leaves as two
    places ("Заседание комиссии «Сербия — Венгрия»", "Совместная комиссия «Египет — Судан»"):
    the body, named with the quotes (`with_pair_noun`, as for a tagged name; the states stay
    mentions of their own). Not a noun of no body ("Матч «Сербия — Венгрия»"), nor quotes
    that hold another name."""
    out = []
    for i, token in enumerate(doc[1:], start=1):
        if token.text not in OPENING:
            continue
        ends = range(i + 2, min(len(doc), i + _PAIR_WORDS + 2))
        close = next((j for j in ends if doc[j].text in CLOSING), None)
        if close is None:
            continue
        inner = doc[i + 1 : close]
        widened = with_pair_noun(inner, gazetteer)
        if widened is not inner:
            out.append(widened)
    return out
