"""The post of one appointed where the text names it apart from the appointee: "освободил от
должности главы компании X и назначил на неё Y" (the post "на неё" points back to), "X уволен
в запас. Его заменит генерал-лейтенант Y" (the post of the one Y replaces). The events read
the post of such an appointment (kg.extract.events.career_replacements); the appointee holds
it as one "назначен" holds a post named beside the name (`appointed_to`). Pass forty-five,
own sentences (h-offices52)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LEMMA
from spacy.tokens import Token

from kg.doc_text import token_strings
from kg.extract.context import Context
from kg.model import Mention
from kg.nlp.morph import is_verb
from kg.resolve.given_agreement import GivenOffice
from kg.resolve.given_appointments import appointed_to
from kg.resolve.title_lexicon import Title

if TYPE_CHECKING:
    from kg.extract.events.linking import Linking


def replacement_posts(
    ctx: Context, titles: list[Title], persons: dict[int, Mention]
) -> list[tuple[int, GivenOffice]]:
    """(the appointee's name's first token, the office) of each appointment whose post the
    events read by a pronoun or by whom the appointee replaces."""
    # the events read offices: imported here, once the offices' module is loaded
    from kg.extract.events.career_posts import APPOINTING
    from kg.extract.events.career_replacements import (
        REPLACE,
        not_replaced,
        post_by_pronoun,
        replaced_post,
    )
    from kg.extract.events.linking import Linking

    doc = ctx.doc
    # the lemmas off the Doc's array, a Token made for the few verbs of these alone
    lemmas = APPOINTING | REPLACE
    found = (doc[i] for i, lemma in enumerate(token_strings(doc, LEMMA)) if lemma in lemmas)
    verbs = [t for t in found if is_verb(t)]
    if not verbs:
        return []
    reader = Linking(ctx)
    by_head = {t.head: t for t in titles if not t.plural}
    starts: dict[str, list[int]] = {}
    for s, m in sorted(persons.items()):
        starts.setdefault(m.entity, []).append(s)
    out = []
    for verb in verbs:
        pronoun = post_by_pronoun(verb)
        post = pronoun or replaced_post(reader, verb)
        title = by_head.get(post.i) if post is not None else None
        if title is None:
            continue
        keys = _appointees(reader, verb) if pronoun is not None else []
        keys = keys or not_replaced(reader, verb, _subjects(reader, verb))
        for key in keys:
            start = next((s for s in starts.get(key, ()) if s > verb.i), None)
            if start is None or doc[start].sent != verb.sent:
                continue
            given = appointed_to(doc, title, verb, persons[start].end)
            if given is not None:
                out.append((start, given))
    return out


def _appointees(reader: Linking, verb: Token) -> list[str]:
    """The persons an appointing verb's object names ("назначил на неё Y")."""
    heads = reader.mention_head
    found = [heads.get(c.i) for c in verb.children if c.dep_ == "obj"]
    return [m.entity for m in found if m is not None and m.type == "Person"]


def _subjects(reader: Linking, verb: Token) -> list[str]:
    """The persons the verb's subjects name ("… заменит генерал-лейтенант Y")."""
    heads = reader.mention_head
    found = [heads.get(c.i) for c in verb.children if c.dep_.startswith("nsubj")]
    return [m.entity for m in found if m is not None and m.type == "Person"]
