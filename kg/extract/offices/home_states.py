"""The state a state's post of no state is of: "Позднее министр финансов X заявил" in a text
about Chile, "В Латвии вице-министр транспорта X арестован", "бывший спикер парламента Y" in
the sentence of "Центральной избирательной комиссии Эстонии". Pass forty-six, own sentences
(h-offices54, tests/test_office_document_state.py)."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Span

from kg.extract.common.named_states import states_named
from kg.extract.common.origins import is_origin
from kg.extract.context import Context
from kg.gazetteer import normalize
from kg.lexicon import load_list
from kg.nlp.deps import new_paragraph, preposition, sentence_before
from kg.resolve.org_naming import WORDS
from kg.resolve.title_lexicon import Title, is_trade

STATE_POSTS = Path(__file__).parents[2] / "resolve" / "state_posts.txt"


def state_post(office: str) -> bool:
    """Whether only a state fills the office (`state_posts.txt`), alone or with its field's
    words after it ("министр финансов", "вице-министр транспорта")."""
    key = normalize(office)
    if is_trade(key):
        return False
    posts = load_list(STATE_POSTS)
    words = key.split()
    return any(" ".join(words[:n]) in posts for n in range(1, len(words) + 1))


def home_state(
    ctx: Context, titles: list[Title], rows: list, person: str, office: str, at: int
) -> str:
    """The state of a state's post (`state_post`) a title gives with no state or body: the
    one state the title's sentence is set in or names a body of ("В Латвии …", "власти
    Чили", "комиссии Эстонии"), else the one the paragraph's sentences before set it in,
    else the document's only state, else the one state the person's other posts in the text
    serve. "" where the sentence or paragraph names two, the document two and nothing else
    decides, or another person holds the same office of a state in the text (one state has
    one: "Президент Египта встретился с X, который занимал пост президента")."""
    key = normalize(office)
    if not state_post(office) or any(
        r[0] != person and r[2] and normalize(r[1]) == key for r in rows
    ):
        return ""
    sent = ctx.sentence_at(at)
    if sent is None:
        return ""
    spans = [sent]
    while not new_paragraph(spans[-1]) and (before := sentence_before(spans[-1])) is not None:
        spans.append(before)
    for span in spans:
        found = _set_in(ctx, titles, span)
        if found:
            return found.pop() if len(found) == 1 else ""
    named = {
        m.entity
        for m in ctx.mentions_in(0, len(ctx.document.text), "State")
        if not is_origin(ctx, m)
    }
    named &= states_named(ctx, 0, len(ctx.document.text))
    if len(named) == 1:
        return named.pop()
    other = {
        r[2] for r in rows if r[0] == person and r[2].startswith("state/") and not is_trade(r[1])
    }
    return other.pop() if len(other) == 1 else ""


# Posts of a parliament's member, which serve the parliament the sentence names.
_MEMBERS = frozenset(["депутат", "сенатор", "парламентарий", "член парламента"])


def members_house(ctx: Context, office: str, at: int) -> str:
    """The one parliament the sentence names (its organization's name opens with, or is, a
    parliament's noun: "парламент Эстонии", "Государственная дума"; or the gazetteer's kind
    `Parliament`) for a member's bare post ("внесенные в парламент Эстонии депутатом от
    «Центристской партии» X": "депутат" of it); "" where it names none or two."""
    sent = ctx.sentence_at(at) if normalize(office) in _MEMBERS else None
    if sent is None:
        return ""
    houses = {
        m.entity
        for m in ctx.mentions_in(sent.start_char, sent.end_char, "Organization")
        if _house(ctx, m.entity)
    }
    return houses.pop() if len(houses) == 1 else ""


def _house(ctx: Context, key: str) -> bool:
    known = ctx.gazetteer.org(key)
    if known is not None and known.kind == "Parliament":
        return True
    entity = ctx.entity(key)
    words = normalize(entity.name).split() if entity is not None else []
    nouns = WORDS["house"]
    return any(w in nouns or (w.startswith("гос") and w[3:] in nouns) for w in words[:2])


def _set_in(ctx: Context, titles: list[Title], sent: Span) -> set[str]:
    """The states a sentence is set in ("в Латвии", "на Кубе") or names a body of ("власти
    Чили", "правительство Эстонии"): not one a title names (another person's post), nor a
    birthplace."""
    bodies = [
        (m.start, m.end) for m in ctx.mentions_in(sent.start_char, sent.end_char, "Organization")
    ]
    titled = [(t.start_char, t.end_char) for t in titles if t.state]
    found = set()
    for m in ctx.mentions_in(sent.start_char, sent.end_char, "State"):
        if is_origin(ctx, m) or any(s <= m.start and m.end <= e for s, e in titled):
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        place = span is not None and preposition(span.root) in {"в", "на"}
        if place or any(
            s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in bodies
        ):
            found.add(m.entity)
    return found
