"""Elections of a post that no one is told to win ("выборы президента пройдут в 2011 году",
"до прямых выборов губернатора") are labelled by that post, as won ones are, not by the bare
noun ("Выборы", "Прямые выборы"); the state is added only where the post's phrase does not
name it ("Выборы президента Уругвая", not "… Уругвая в Уругвае"). Those of a bare state post
in a text that names one state are that state's. Sentences of our own about Uruguay,
Colombia, Ecuador, Peru (forty-eighth pass, h-events125)."""

from __future__ import annotations

import pytest

LABELS = [
    ("Хорхе Ларраньяга был президентом Уругвая с 2005 по 2010 год. Выборы президента пройдут "
     "в 2014 году.", "Выборы президента в Уругвае"),
    ("Губернатор департамента Антьокия ушёл в отставку. Его обязанности будет исполнять "
     "заместитель до прямых выборов губернатора, которые состоятся в сентябре.",
     "Прямые выборы губернатора"),
    ("Выборы президента Уругвая пройдут в 2014 году.", "Выборы президента Уругвая"),
    ("Досрочные выборы президента Эквадора состоятся осенью.",
     "Досрочные выборы президента Эквадора"),
    ("Выборы президента в Колумбии пройдут в мае.", "Выборы президента в Колумбии"),
    ("Выборы генерального секретаря ООН пройдут осенью.", "Выборы генерального секретаря ООН"),
]  # fmt: skip


KEPT = [  # must not change: a ballot named by its own words, elections won at a post
    ("Президентские выборы в Перу пройдут в апреле.", "Президентские выборы в Перу"),
    ("Выборы в парламент Эквадора пройдут в феврале.", "Выборы в Эквадоре"),
    ("На выборах президента Колумбии победил Иван Дуке.", "Выборы президента Колумбии"),
]


@pytest.mark.parametrize(("text", "label"), LABELS + KEPT)
def test_elections_are_labelled_by_their_post(events, text: str, label: str) -> None:
    (election,) = [e for e in events(text) if e.kind == "Election"]
    assert election.label == label


# Elections of a bare state post in a text of one state are that state's; not a body's post,
# the European Parliament's, a post of no state ("генсека"), nor where the text names two
STATES = [
    ("Хорхе Ларраньяга был президентом Уругвая с 2005 по 2010 год. На предстоящих выборах "
     "президента в 2014 году его ждали снова.", ["state/URY"]),
    ("Президент Колумбии назначил Хуана Переса губернатором департамента Антьокия. Он будет "
     "исполнять обязанности до прямых выборов губернатора, которые состоятся в сентябре.",
     ["state/COL"]),
    ("Хорхе Ларраньяга был президентом Уругвая. Выборы президента ФИФА пройдут в 2014 году.",
     []),
    ("Хорхе Ларраньяга был президентом Уругвая. Выборы генсека пройдут в 2014 году.", []),
    ("Президент Уругвая встретился с президентом Аргентины. Выборы президента пройдут в 2014 "
     "году.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), STATES)
def test_elections_of_a_bare_post_are_the_text_s_one_state(
    events, text: str, states: list[str]
) -> None:
    (election,) = [e for e in events(text) if e.kind == "Election"]
    assert [k for k in election.participants if k.startswith("state/")] == states
