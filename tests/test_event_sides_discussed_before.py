"""A discussion of unnamed sides ("Стороны также обсудили …") whose states are only the
report's pair (`Hit.pair_given`) goes on with the talks told just before it
(`merging._talked_before`), whose sides they are: not a meeting of one of them with a third
state told after it, though the report names that later pair most ("Вечером X провёл
отдельную встречу с Z"), which stays a meeting of its own. Sentences of our own about other
states (sixtieth pass, h-events203)."""

from __future__ import annotations

import pytest

KENYA = (
    "Президент Кении Уильям Руто и президент Танзании Самия Сулуху Хассан в пятницу провели "
    "переговоры в Аруше. Стороны обсудили торговлю.\n\n"
)
CHILE = (
    "Президент Аргентины Хавьер Милей и президент Чили Габриэль Борич в пятницу провели "
    "переговоры в Лиме. Стороны обсудили торговлю и энергетику.\n\n"
)
UGANDA = (
    "Товарооборот Кении и Уганды в прошлом году составил 3 млрд долларов. Кения является "
    "крупнейшим торговым партнером Уганды."
)
PERU = (
    "Товарооборот Чили и Перу в прошлом году составил 4 млрд долларов. Чили является "
    "крупнейшим инвестором в экономику Перу."
)
ALSO = "По его словам, стороны также обсудили "

# text, the discussion's words, the states of the talks it joins, those of the later meeting
CASES = [
    (KENYA + '"Мы добрые соседи", - заявил Руто журналистам после встречи. ' + ALSO
     + "строительство железной дороги.\n\nВечером Руто провел отдельную встречу с президентом "
     "Уганды Йовери Мусевени. " + UGANDA,
     "строительство железной дороги", {"state/KEN", "state/TZA"}, {"state/KEN", "state/UGA"}),
    (CHILE + '"Мы близкие соседи", - заявил Борич журналистам после встречи. ' + ALSO
     + "сотрудничество в области энергетики.\n\nВечером Борич провел отдельную встречу с "
     "президентом Перу Диной Болуарте. " + PERU,
     "в области энергетики", {"state/ARG", "state/CHL"}, {"state/CHL", "state/PER"}),
    # must-nots: told after the later meeting, of it; the report's pair that of the talks
    (KENYA + "Вечером Руто провел отдельную встречу с президентом Уганды Йовери Мусевени. "
     "По словам Руто, стороны также обсудили строительство нефтепровода.\n\n" + UGANDA,
     "строительство нефтепровода", {"state/KEN", "state/UGA"}, {"state/KEN", "state/UGA"}),
]  # fmt: skip


def _states(event) -> set[str]:
    return {p for p in event.participants if p.startswith("state/")}


@pytest.mark.parametrize(("text", "words", "talked", "later"), CASES)
def test_the_sides_discuss_at_the_talks_told_before(
    events, text: str, words: str, talked: set[str], later: set[str]
) -> None:
    read = events(text, "2025-11-20")
    (told,) = [e for e in read if any(words in s.text for s in e.evidence)]
    assert _states(told) == talked
    (met,) = [e for e in read if _states(e) == later and e.kind == "Meeting"]
    assert met.kind == "Meeting"


def test_the_talks_of_the_reports_own_pair_keep_the_discussion(events) -> None:
    """Must-not: the report's pair is the talks' own; no third state to stray to."""
    text = (
        KENYA + '"Мы добрые соседи", - заявил Руто журналистам после встречи. ' + ALSO
        + "строительство железной дороги.\n\nТоварооборот Кении и Танзании в прошлом году "
        "составил 2 млрд долларов."
    )  # fmt: skip
    read = events(text, "2025-11-20")
    assert [(e.kind, _states(e)) for e in read] == [("Talks", {"state/KEN", "state/TZA"})]
    assert any("железной дороги" in s.text for s in read[0].evidence)
