"""Bodies of two states named by their pair's adjective ("заседание Азербайджано-турецкой
межправительственной комиссии", "Египетско-иорданский деловой совет"), which the tagger
leaves, or tags the adjective alone as a place: the name is an organization's, both states'
one body. Fifty-ninth pass, h-orgs70."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.resolve.org_modifiers import adjectives_start, field_end, genitive_tail, lemmas_of
from kg.resolve.org_naming import WORDS


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
