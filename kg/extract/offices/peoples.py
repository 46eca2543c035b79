"""The state a monarch's title names by its people in the genitive plural right after it
("Король бельгийцев Филипп", "королева датчан Маргрете"): the state whose adjective that
people's noun is made from (`demonym_stems_of`), where one state's does. Pass forty-five, own
sentences (h-offices52)."""

from __future__ import annotations

from kg.extract.context import Context
from kg.nlp.morph import morph
from kg.resolve.kin_and_ranks import royal_rank
from kg.resolve.not_persons import people_stem_states
from kg.resolve.title_lexicon import Title

# the endings of a people's noun past its state's adjective's stem ("датчанин" of "датский",
# "бельгиец" of "бельгийский", "швед" of "шведский")
_ENDS = ("чанин", "янин", "анин", "ец", "")


def peoples_state(ctx: Context, title: Title) -> str:
    """The state of the people a monarch's title of no state names right after it; ""."""
    doc = ctx.doc
    if title.state or title.end >= len(doc) or not royal_rank(doc[title.head]):
        return ""
    word = doc[title.end]
    if not word.is_alpha or not word.text.islower():
        return ""
    # a people's noun alone ("танго", "датчан"): every reading an animate noun, one of them
    # a genitive plural
    known = [p for p in morph().parse(word.text) if p.is_known]
    if not known or not all({"NOUN", "anim"} <= p.tag.grammemes for p in known):
        return ""
    people = [p for p in known if {"plur", "gent"} <= p.tag.grammemes]
    stems = people_stem_states(ctx.gazetteer)
    found = {
        stems[nf[: len(nf) - len(end)]]
        for nf in {p.normal_form for p in people}
        for end in _ENDS
        if nf.endswith(end) and nf[: len(nf) - len(end)] in stems
    }
    return found.pop() if len(found) == 1 else ""
