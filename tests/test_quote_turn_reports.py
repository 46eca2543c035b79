"""A transcript turn goes on past a paragraph that reports someone's words in the third person
("Как отметил министр X, …", "По словам министра, …") where a later paragraph before the next
turn speaks in the first person: no label came between, so the speaker still speaks, and the
report is his. And a courtesy opening made of a vocative ("Уважаемые члены делегаций!") says
nothing to quote, as one of address words alone does; a paragraph of the turn's own words
before another's interrupted quotation is the turn speaker's whole. Must-nots: a report with
no first person after it before the next turn (or the end) still ends the turn, a dateline
always does, an address with a verb or a preposition stays a quote, and a paragraph that is
only another's quotation is his alone. Own statements about
Chile–Argentina and Kenya–Uganda (fifty-ninth pass, h-relations57)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

HOST = "Габриэль Борич (Президент Чили)"
GUEST = "Хавьер Милей (Президент Аргентины)"
REPORT = (
    "Товарооборот вырос на 12 процентов. Как отметил министр экономики Чили Николас Грау, рост "
    "продолжится."
)
PER = "По словам министра туризма Аргентины Даниэля Сциоли, соглашение будет готово к лету."
LATER = "Я принял приглашение посетить Буэнос-Айрес."


def _transcript(*paragraphs: str) -> str:
    """Two leaders' statements: the host's turn of `paragraphs`, then the guest's."""
    return (
        "Заявления для прессы по итогам чилийско-аргентинских переговоров\n\n"
        "Сантьяго, 4 марта 2026 года.\n\n"
        f"{HOST}: Мы провели содержательные переговоры.\n\n"
        + "".join(f"{p}\n\n" for p in paragraphs)
        + f"{GUEST}: Благодарю за тёплый приём.\n"
    )


@pytest.mark.parametrize(
    ("paragraphs", "host_says"),
    [
        # musts: a report the host goes on from in the first person is his (was the end of
        # his turn, so the later paragraphs were lost too)
        ((REPORT, LATER), [REPORT, LATER]),
        ((REPORT, PER, LATER), [REPORT, PER, LATER]),
        ((PER, "Мы благодарны за поддержку."), [PER, "Мы благодарны за поддержку."]),
        # must-nots: nothing in the first person after it, or a dateline, ends the turn
        ((REPORT,), []),
        ((REPORT, PER), []),
        (("САНТЬЯГО, 4 марта — Интерфакс.", LATER), []),
    ],
)  # fmt: skip
def test_a_report_the_speaker_goes_on_from_is_his(
    said: Callable[[str], list[tuple[str, str]]], paragraphs: tuple[str, ...], host_says: list[str]
) -> None:
    quotes = said(_transcript(*paragraphs))
    host = [t for s, t in quotes if s == "Габриэль Борич"]
    assert host == ["Мы провели содержательные переговоры.", *host_says]


@pytest.mark.parametrize(
    ("opening", "kept"),
    [
        # musts: a vocative of nouns and their modifiers after an address word (was a quote)
        ("Уважаемый господин Президент! Уважаемые члены делегаций! Дамы и господа!", False),
        ("Уважаемые представители деловых кругов Кении и Уганды!", False),
        ("Дорогие угандийские друзья, уважаемые коллеги!", False),
        # must-nots: a verb, a preposition or a first word of no address is speech
        ("Уважаемые члены делегаций, благодарю вас за приезд.", True),
        ("Дорогие друзья, с праздником!", True),
        ("Уважаемые гости из Уганды, добро пожаловать в Найроби!", True),
        ("Члены делегаций Кении и Уганды!", True),
    ],
)  # fmt: skip
def test_a_vocative_opening_is_no_quote(
    said: Callable[[str], list[tuple[str, str]]], opening: str, kept: bool
) -> None:
    text = (
        f"Уильям Руто (Президент Кении): {opening}\n"
        "Мы провели в Найроби переговоры с Президентом Уганды.\n"
        "Йовери Мусевени (Президент Уганды): Спасибо, мы готовы расширять торговлю."
    )
    texts = [t for _, t in said(text)]
    assert "Мы провели в Найроби переговоры с Президентом Уганды." in texts
    assert any(t.startswith(opening.rstrip("!.")) for t in texts) == kept


RESPECT = "Президент Милей справедливо заметил во время беседы, что граница должна объединять."
INTERRUPTED = "«Мы откроем новый переход в Андах, — подчеркнул Милей. — Это вопрос доверия»."


@pytest.mark.parametrize(
    ("paragraph", "host_says"),
    [
        # must: a paragraph of the host's own words before the guest's interrupted quotation is
        # all the host's (was dropped: it ran across the quotation's attribution)
        (f"{RESPECT} {INTERRUPTED}", [f"{RESPECT} {INTERRUPTED}"]),
        # must-not: a paragraph that is only the guest's quotation is his, not the host's
        (INTERRUPTED, []),
    ],
)  # fmt: skip
def test_a_turn_quoting_anothers_interrupted_words(
    said: Callable[[str], list[tuple[str, str]]], paragraph: str, host_says: list[str]
) -> None:
    quotes = said(_transcript(paragraph, LATER))
    host = [t for s, t in quotes if s == "Габриэль Борич"]
    assert host == ["Мы провели содержательные переговоры.", *host_says, LATER]
    guest = "Мы откроем новый переход в Андах. Это вопрос доверия"
    assert ("Хавьер Милей", guest) in quotes
