"""A post named before: "на этот пост", "эту должность", "на его пост". Offices (who holds
which post, kg/resolve/given.py) and events (who was appointed to it,
kg/extract/events/career_posts.py and career_offices.py) both read the phrase and look
back for the post it stands for; this module is the one reading of both."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.nlp.deps import possessive_pronoun, sentences_back
from kg.nlp.morph import case_of
from kg.resolve.given_agreement import APPOINTING, BECOMING
from kg.resolve.title_lexicon import post_nouns

# The post nouns the phrase is made of ("на этот пост", "на это кресло"; "на эту позицию" only
# after a titled post: else a stance, "несмотря на эту позицию"), and the ones a title named
# before may hang on ("исполнял обязанности министра … на этот пост").
_POINTED = post_nouns("post", "seat", "position")
_STANCES = post_nouns("position")
_NAMED = post_nouns("post", "seat", "position", "capacity", "duties")
# Words that point back: "этот пост", "тот же пост"; a possessive pronoun ("на его пост")
# does too, not "свой" (one's own post, named here or nowhere) nor any other determiner
# ("на любой пост", "на такой пост": no post in particular).
_POINTING = frozenset({"этот", "это", "тот"})  # the tagger lemmatizes "этом", "это" to "это"


def pointed_post(token: Token, titled: Callable[[Token], bool]) -> bool:
    """Whether the token is a post noun that points back to one named before ("на этот
    пост", "эту должность", "на этом посту", "на его пост"); "эту позицию" only where
    `post_before` finds a post `titled` accepts ("ушёл с поста министра … на эту позицию"),
    not a stance ("Несмотря на эту позицию, президент назначил X министром")."""
    pointing = token.lemma_ in _POINTED and any(
        (c.dep_ == "det" and c.lemma_ in _POINTING) or possessive_pronoun(c) for c in token.children
    )
    return pointing and (token.lemma_ not in _STANCES or post_before(token, titled) is not None)


def post_before(this: Token, titled: Callable[[Token], bool]) -> Token | None:
    """The title of the post `this` points back to: the genitive title (one `titled`
    accepts) of the last post noun in this sentence or the one before ("после отставки X с
    поста вице-президента … на этот пост был назначен Y": the vice-president's, never a head
    post the title is part of), named by any post word ("на должность губернатора … избран
    на этот пост", "исполнял обязанности министра")."""
    start = sentences_back(this.sent, 1).start
    for t in reversed(this.doc[start : this.i]):
        if t.lemma_ in _NAMED:
            title = next((g for g in t.children if g.dep_ == "nmod" and titled(g)), None)
            if title is not None:
                return title
        if titled(t) and _taken(t):
            return t
    return None


def _taken(title: Token) -> bool:
    """A title in the instrumental that an appointing or becoming verb gives ("был назначен
    послом … Он сменил на этом посту Y": the ambassador's post, not one named before it,
    "ранее занимавший пост министра"). Sixty-third pass, h-names141."""
    return (
        title.dep_ == "xcomp"
        and case_of(title) == "Ins"
        and title.head.lemma_ in APPOINTING | BECOMING
    )
