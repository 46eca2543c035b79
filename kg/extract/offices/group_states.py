"""The state of the group a title's holder is listed in: "санкции против трёх чиновников
Никарагуа, в том числе министра внутренних дел X" (Nicaragua's, not the state of the
sentence's subject or setting), "руководства Ирана, включая министра нефти X и министра
обороны Y", "делегацию Непала, в которую вошли министр финансов X", "чиновников Боливии,
среди которых бывший министр обороны X", "Среди задержанных граждан Перу — X", "… пяти
чиновников Мьянмы. Среди них — министр обороны X". The group is a noun that stands for a
state or acts for it (`state_nouns.txt`), of one state. Sixty-sixth pass, own sentences
(h-names149, tests/test_office_group_states.py)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from kg.extract.common.words import AMONG, INCLUDING
from kg.extract.offices.delegation_states import noun_state
from kg.gazetteer import normalize
from kg.nlp.deps import sentence_before
from kg.nlp.gazetteer_adjectives import STATE_NOUNS
from kg.nlp.marks import DASHES
from kg.nlp.morph import is_plural
from kg.resolve.title_lexicon import Title

# What may stand between a list's opening and a later item of it, besides the titles and
# names of the items before ("включая министра нефти X и министра обороны Y", "среди которых
# были", "в том числе с министром …": a preposition)
_JOINTS = frozenset({",", "и", "а", "также", "быть"})
# A relative clause a group's members enter ("делегацию Непала, в которую вошли X и Y",
# "…, в состав которой входят …")
_ENTERING = frozenset({"войти", "входить"})
_RELATIVE = "который"


def group_state(doc: Doc, title: Title, listed: Collection[int]) -> str:
    """The one state of the group a title of no state is listed in, after a comma and the
    list's opening ("в том числе", "включая", "среди которых", "в которую вошли") past the
    items before it (`listed`: the tokens of the text's titles and names), after the dash of
    a sentence that opens "Среди <group> —", or in a sentence opening "Среди них" after one
    that names the plural group; "" where no group of a state's noun opens the list, or it
    names two states ("чиновников Ирана и Сирии")."""
    if title.state:
        return ""
    sent = doc[title.start].sent
    i = title.start - 1
    while i >= sent.start:
        word = doc[i]
        if word.text in DASHES and doc[sent.start].lower_ == "среди":
            return _among_state(doc, sent, i)
        opening = _opening(doc, i)
        if opening:
            first = i - opening + 1
            if first > sent.start and doc[first - 1].text == ",":
                return _group_before(doc, first - 1)
            if first == sent.start and _among(doc, first):
                return _previous_group(sent)
            return ""
        if not (_item(word, listed) or word.pos_ == "ADP" or word.lemma_ in _JOINTS):
            return ""
        i -= 1
    return ""


def _item(word: Token, listed: Collection[int]) -> bool:
    """A word of an item's title or name, or an adjective of one ("бывший министр")."""
    return word.i in listed or (word.dep_ == "amod" and word.head.i in listed)


def _opening(doc: Doc, i: int) -> int:
    """The number of words of a list's opening that ends at token `i` (`INCLUDING`, or a
    relative clause of entering: "в которую вошли", "в состав которой входят"); 0: none."""
    for words in INCLUDING:
        start = i - len(words) + 1
        if start >= 0 and [t.lower_ for t in doc[start : i + 1]] == list(words):
            return len(words)
    if doc[i].lemma_ not in _ENTERING or i < 2 or doc[i - 1].lemma_ != _RELATIVE:
        return 0
    if doc[i - 2].lower_ == "в":
        return 3
    return 4 if i >= 3 and doc[i - 2].lower_ == "состав" and doc[i - 3].lower_ == "в" else 0


def _among(doc: Doc, start: int) -> bool:
    """Whether a sentence opening "Среди них", "В их числе" or "В том числе" starts at
    `start`."""
    return any([t.lower_ for t in doc[start : start + len(a)]] == list(a) for a in AMONG)


def _group_before(doc: Doc, mark: int) -> str:
    """The state of the group whose words end right before token `mark` (a comma or dash): a
    state's noun with the state's name after it ("чиновников Никарагуа") or its adjective
    ("венесуэльских чиновников")."""
    if mark < 1:
        return ""
    name = next(
        (s for s in doc.spans.get("states", []) if s.end == mark and s.id_ != "adjective"), None
    )
    if name is not None:
        noun = doc[name.start - 1] if name.start > 0 else None
        return name.kb_id_ if noun is not None and _group_noun(noun) else ""
    noun = doc[mark - 1]
    return noun_state(doc, noun) if _group_noun(noun) else ""


def _among_state(doc: Doc, sent: Span, dash: int) -> str:
    """The state of the group a sentence opening "Среди" names before its dash ("Среди
    задержанных граждан Боливии — X"), or of the sentence before for "Среди них — X"."""
    if _among(doc, sent.start) and dash - sent.start == 2:
        return _previous_group(sent)
    return _group_before(doc, dash)


def _previous_group(sent: Span) -> str:
    """The one state of the plural groups the sentence before names ("ввела санкции против
    пяти чиновников Мьянмы. Среди них — …"); "" where it names none or groups of two."""
    before = sentence_before(sent)
    if before is None:
        return ""
    states = {
        state for t in before if _group_noun(t) and is_plural(t) and (state := noun_state(t.doc, t))
    }
    return states.pop() if len(states) == 1 else ""


def _group_noun(word: Token) -> bool:
    """A noun that stands for a state or acts for it ("чиновники", "руководство",
    "делегация"; `state_nouns.txt`)."""
    return word.pos_ == "NOUN" and normalize(word.lemma_) in STATE_NOUNS
