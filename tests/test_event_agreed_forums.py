"""A forum the sides agree to hold, with its year and city between the two verbs.

"Кроме того, стороны договорились в следующем году провести в Кампале бизнес-форум": the
parser may hang the forum on "договорились" across "провести"; the mend
(`kg.nlp.infinitive_objects`) sets it on the infinitive, so the forum is planned, of next
year, in its city, of the pair that talked. Sentences of our own about other pairs of
states, with cases that must not change."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.events import Event
from kg.nlp.infinitive_objects import mend_infinitive_objects

KEN_UGA = "Президенты Кении и Уганды провели переговоры в Найроби. "
SRB_HUN = "Президенты Сербии и Венгрии провели переговоры в Белграде. "


def _forums(read: list[Event]) -> list[tuple[str, str, str, list[str]]]:
    return [
        (e.status, e.date, e.location, sorted(e.participants)) for e in read if e.kind == "Forum"
    ]


@pytest.mark.parametrize(
    ("text", "place", "pair"),
    [
        (
            "Министры Чили и Перу провели переговоры. Помимо этого, стороны договорились в "
            "следующем году провести в Лиме совместный бизнес-форум.",
            "Лима",
            ["state/CHL", "state/PER"],
        ),
        (
            KEN_UGA + "Кроме того, стороны решили в следующем году провести в Кампале "
            "совместный инвестиционный форум.",
            "Кампала",
            ["state/KEN", "state/UGA"],
        ),
        (
            KEN_UGA + "Кроме того, стороны договорились в следующем году провести в Кампале "
            "совместный бизнес-форум.",
            "Кампала",
            ["state/KEN", "state/UGA"],
        ),
        (
            SRB_HUN + "Кроме того, стороны договорились в следующем году провести в Будапеште "
            "совместный бизнес-форум.",
            "Будапешт",
            ["state/HUN", "state/SRB"],
        ),
    ],
)
def test_a_forum_agreed_with_its_year_and_city_is_planned(
    events, text: str, place: str, pair: list[str]
) -> None:
    assert _forums(events(text, "2026-05-10")) == [("planned", "2027", place, pair)]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (KEN_UGA + "Стороны намерены провести бизнес-форум.", ("", "")),
        (
            SRB_HUN + "Кроме того, стороны планируют в следующем году провести в Будапеште "
            "совместный бизнес-форум.",
            ("2027", "Будапешт"),
        ),
        (SRB_HUN + "Стороны намерены провести в ноябре бизнес-форум.", ("2026-11", "")),
    ],
)
def test_a_forum_the_sides_intend_is_of_the_pair_that_talked(
    events, text: str, told: tuple[str, str]
) -> None:
    (forum,) = [e for e in events(text, "2026-05-10") if e.kind == "Forum"]
    (talks,) = [e for e in events(text, "2026-05-10") if e.kind == "Talks"]
    assert (forum.status, forum.date, forum.location) == ("planned", *told)
    assert sorted(forum.participants) == sorted(talks.participants)


@pytest.mark.parametrize(
    "text",
    [
        KEN_UGA + "Министры планируют провести бизнес-форум.",  # not "стороны": not the pair
        KEN_UGA + "Бизнесмены намерены провести бизнес-форум.",
    ],
)
def test_a_forum_others_intend_is_not_of_the_pair(events, text: str) -> None:
    assert _forums(events(text, "2026-05-10")) == [("planned", "", "", [])]


def test_a_forum_held_is_no_plan(events) -> None:
    text = "Кроме того, президенты Кении и Уганды провели в Кампале совместный бизнес-форум."
    assert _forums(events(text, "2026-05-10")) == [
        ("occurred", "2026-05-10", "Кампала", ["state/KEN", "state/UGA"])
    ]


def test_a_meeting_agreed_again_is_planned(events) -> None:
    text = (
        KEN_UGA + "Кроме того, стороны договорились в следующем году встретиться вновь в Кампале."
    )
    meetings = [(e.status, e.date, e.location) for e in events(text, "2026-05-10")]
    assert ("planned", "2027", "Кампала") in meetings


_VOCAB = Vocab()


def _mended(words: list[str], pos: list[str], heads: list[int], deps: list[str]) -> list[int]:
    """The heads after the mend of a one-sentence Doc of `words` (infinitives by "-ть", "-ти")."""
    morphs = ["VerbForm=Inf" if w.endswith(("ть", "ти")) else "" for w in words]
    doc = Doc(_VOCAB, words=words, pos=pos, morphs=morphs)
    heads = list(heads)
    mend_infinitive_objects(doc, list(range(len(words))), heads, list(deps))
    return heads


@pytest.mark.parametrize(
    ("words", "pos", "heads", "deps", "moved"),
    [
        # the object after a transitive infinitive is the infinitive's
        (
            ["стороны", "решили", "провести", "в", "Лиме", "форум"],
            ["NOUN", "VERB", "VERB", "ADP", "PROPN", "NOUN"],
            [1, 1, 1, 4, 2, 1],
            ["nsubj", "ROOT", "xcomp", "case", "obl", "obj"],
            {5: 2},
        ),
        # not after an intransitive one: "заставили уйти министра" keeps its object
        (
            ["власти", "заставили", "уйти", "в", "отставку", "министра"],
            ["NOUN", "VERB", "VERB", "ADP", "NOUN", "NOUN"],
            [1, 1, 1, 4, 2, 1],
            ["nsubj", "ROOT", "xcomp", "case", "obl", "obj"],
            {},
        ),
        # not where the infinitive has an object of its own
        (
            ["просили", "провести", "форум", "министра"],
            ["VERB", "VERB", "NOUN", "NOUN"],
            [0, 0, 1, 0],
            ["ROOT", "xcomp", "obj", "obj"],
            {},
        ),
        # not an object before the infinitive
        (
            ["попросил", "министра", "провести", "форум"],
            ["VERB", "NOUN", "VERB", "NOUN"],
            [0, 0, 0, 2],
            ["ROOT", "obj", "xcomp", "obj"],
            {},
        ),
    ],
)
def test_the_mend_moves_only_an_object_across_a_transitive_infinitive(
    words: list[str], pos: list[str], heads: list[int], deps: list[str], moved: dict[int, int]
) -> None:
    assert _mended(words, pos, heads, deps) == [moved.get(i, h) for i, h in enumerate(heads)]
