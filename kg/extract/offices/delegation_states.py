"""The state of the delegation a title's holder leads: "Египетскую делегацию возглавлял министр
иностранных дел X", "Делегацию Египта возглавил министр X" (the delegation a verb of leading
takes, named by its state's adjective or genitive), and the clause after it that leaves the
delegation and the verb out, "…, иорданскую — министр иностранных дел Y". Sixtieth pass, own
sentences (h-names130, tests/test_office_delegation_states.py)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.gazetteer import Gazetteer, normalize
from kg.nlp.deps import SUBJECTS
from kg.nlp.morph import morph
from kg.resolve.body_states import state_adjectives
from kg.resolve.title_lexicon import Title

# Verbs of leading a delegation, and its noun.
_LEADING = frozenset({"возглавить", "возглавлять"})
_DELEGATION = "делегация"
_SIDE = "сторона"  # "с казахстанской стороны — A, с узбекской — B"
_FROM = frozenset({"с", "со"})
# What opens the clause before its dash: a comma, or a colon before the first of a list
# ("Делегации возглавили: с перуанской стороны — X, с чилийской — Y").
_OPENING_PUNCT = frozenset({",", ":"})
_DASHES = frozenset({"—", "–"})
# Conjunctions that may open a clause that leaves its verb out ("…, а перуанскую — Y").
_JOINING = frozenset({"а", "и"})


def delegation_state(doc: Doc, gazetteer: Gazetteer, title: Title) -> str:
    """The one state of the delegation the holder of a title of no state leads, told in the
    title's clause or the clause before that the title's leaves the delegation out of; ""
    where the delegation names no state, or a verb of anything else takes it ("Делегацию
    встретил министр X": its host)."""
    if title.state:
        return ""
    elided = _elided_at(doc, title)
    if elided is not None:  # the parse may hang it on the clause before, the state its own
        return _elided_state(gazetteer, elided)
    led = _led_delegation(doc[title.head])
    return noun_state(doc, led) if led is not None else ""


def _led_delegation(word: Token) -> Token | None:
    """The delegation noun the verb of leading takes whose subject the title's head is, past
    the titles and appositions the parse hangs it on ("премьер-министр и министр
    иностранных дел X")."""
    while word.dep_ in ("conj", "appos") and word.head.i < word.i:
        word = word.head
    verb = word.head
    if word.dep_ not in SUBJECTS or verb.lemma_ not in _LEADING:
        return None
    return next((c for c in verb.children if c.lemma_ == _DELEGATION and c.dep_ == "obj"), None)


def noun_state(doc: Doc, noun: Token) -> str:
    """The one state whose adjective right before a noun or genitive name right after it
    qualifies it ("делегация Перу", "венесуэльских чиновников"), as written or as the parse
    hangs it (it may make the adjective the verb's subject: "Марокканскую делегацию
    возглавлял")."""
    states = {
        s.kb_id_
        for s in doc.spans.get("states", [])
        if (s.root.head.i == noun.i and s.root.dep_ in ("amod", "nmod"))
        or (s.end == noun.i and s.id_ == "adjective")
        or (s.start == noun.i + 1 and s.id_ != "adjective")
    }
    return states.pop() if len(states) == 1 else ""


def _elided_at(doc: Doc, title: Title) -> Span | None:
    """The words between ", " (and "а" or "и") and a dash that open the title's stretch, past
    titles joined to it ("…, иорданскую — заместитель премьер-министра и министр
    иностранных дел Y", "…, а делегацию Перу — министр Z"): what the clause keeps of the
    one it leaves its verb out of; None where no such dash opens the stretch."""
    sent = doc[title.start].sent
    dash = _stretch_start(doc, title.start) - 1
    if dash <= sent.start or doc[dash].text not in _DASHES:
        return None
    start = _stretch_start(doc, dash)
    if start == sent.start or doc[start - 1].text not in _OPENING_PUNCT:
        return None
    start += doc[start].lower_ in _JOINING
    return doc[start:dash] if 0 < dash - start <= 3 else None


def _stretch_start(doc: Doc, i: int) -> int:
    """The first token of the words right before token `i` up to a punctuation mark or the
    sentence's start."""
    first = doc[i].sent.start
    while i > first and not doc[i - 1].is_punct:
        i -= 1
    return i


def _elided_state(gazetteer: Gazetteer, words: Span) -> str:
    """The state of the delegation the words `_elided_at` found name, where the sentence's
    last delegation noun before them is one a verb of leading takes: the delegation noun
    with its state ("а делегацию Перу"), or a state's adjective alone that agrees with that
    noun, by the dictionary's readings of the word (the tagger may read "катарскую" as a
    noun). So too the side a "с" names before them ("С казахстанской стороны переговоры вёл
    A, с узбекской — B": "с" and the adjective that agrees with "стороны"), and the side a
    clause names in full ("…: с перуанской стороны — X"; sixty-eighth pass, h-names152)."""
    doc = words.doc
    side = next((t for t in words if t.lemma_ == _SIDE and _from_side(t)), None)
    if side is not None:  # "…: с перуанской стороны — министр X": the side named in full
        return noun_state(doc, side)
    before = doc[words.sent.start : words.start]
    noun = next((t for t in reversed(before) if t.lemma_ in (_DELEGATION, _SIDE)), None)
    if noun is None:
        return ""
    if noun.lemma_ == _SIDE:
        if not _from_side(noun) or words[0].lower_ not in _FROM:
            return ""
        words = words[1:]
    elif noun.head.lemma_ not in _LEADING:
        return ""
    own = next((t for t in words if t.lemma_ == _DELEGATION), None)
    if own is not None:
        return noun_state(doc, own)
    if len(words) != 1 or not morph().qualifies(words[0].text, noun.text):
        return ""
    adjectives = state_adjectives(gazetteer)
    lemmas = {p.normal_form for p in morph().parse(words[0].lower_) if p.tag.POS == "ADJF"}
    states = {adjectives[n] for lemma in lemmas if (n := normalize(lemma)) in adjectives}
    return states.pop() if len(states) == 1 else ""


def _from_side(noun: Token) -> bool:
    """A side's noun after "с" ("с казахстанской стороны"): whose words the clause names."""
    return any(c.dep_ == "case" and c.lower_ in _FROM for c in noun.children)
