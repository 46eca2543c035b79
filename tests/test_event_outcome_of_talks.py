"""What is told around dated talks of two leaders (fifty-sixth pass, h-events179): "по итогам
переговоров" ministers sign at those talks and hold none of their own; a signing told as one
more in the passive ("Кроме того, было подписано …") takes the day of the one before it;
"(Ранее) в тот же день" / "в этот день" a paragraph on is the day of the event the text dated
last; a joint press conference after the talks is held by both who held them. Own sentences
about Chile–Peru, Egypt–Jordan, Kenya–Uganda."""

from __future__ import annotations

import pytest

_LIMA = (
    "Лима, 12 марта 2026 года. Во вторник в Лиме состоялись переговоры президента Чили "
    "Габриэля Борича с президентом Перу Диной Болуарте.\n\n"
    "Стороны обсудили торговлю и энергетику.\n\n"
)
_SIGNERS = "министр энергетики Чили Диего Пардоу и министр энергетики Перу Ромуло Мусио"
_CAIRO_TALKS = (
    "Каир, 12 марта 2026 года. В среду в Каире прошли переговоры президента Египта Абдель "
    "Фаттаха ас-Сиси с королём Иордании Абдаллой II.\n\n"
    "«Наши страны связывает особая дружба», — сказал ас-Сиси.\n\n"
)
_TALKS = frozenset({"Talks", "Signing"})

# (document date, text, the (kind, date, place, persons) of its talks and signings, sorted):
# the signers' talks "по итогам переговоров" are the leaders' talks, the signing at them
OUTCOME = [
    ("2026-03-12",
     _LIMA + f"По итогам переговоров {_SIGNERS} подписали меморандум о сотрудничестве в "
     "области энергетики.",
     [("Signing", "2026-03-10", "Лима", ("person/diego-pardou", "person/romulo-musio")),
      ("Talks", "2026-03-10", "Лима", ("person/dina-boluarte", "person/gabriel-borich"))]),
    ("2026-03-12",
     _CAIRO_TALKS + "По итогам встречи министр иностранных дел Египта Бадр Абдель Аты и "
     "министр иностранных дел Иордании Айман Сафади подписали соглашение о сотрудничестве.",
     [("Signing", "2026-03-11", "Каир", ("person/ayman-safadi", "person/badr-abdel-aty")),
      ("Talks", "2026-03-11", "Каир", ("person/abdalla-ii", "person/abdel-fattah-el-sisi"))]),
    # must not: talks of a year of their own stay apart, of that year
    ("2026-03-12",
     _LIMA + f"По итогам переговоров в прошлом году {_SIGNERS} подписали меморандум о "
     "сотрудничестве в области энергетики.",
     [("Signing", "2025", "", ("person/diego-pardou", "person/romulo-musio")),
      ("Talks", "2025", "", ("person/diego-pardou", "person/romulo-musio")),
      ("Talks", "2026-03-10", "Лима", ("person/dina-boluarte", "person/gabriel-borich"))]),
    # must not: talks of persons of their own are their own
    ("2026-03-12",
     _LIMA + "По итогам переговоров с министром энергетики Перу Ромуло Мусио министр "
     "энергетики Чили Диего Пардоу подписал меморандум о сотрудничестве в области "
     "энергетики.",
     [("Signing", "", "", ("person/diego-pardou", "person/romulo-musio")),
      ("Talks", "", "", ("person/diego-pardou", "person/romulo-musio")),
      ("Talks", "2026-03-10", "Лима", ("person/dina-boluarte", "person/gabriel-borich"))]),
]  # fmt: skip


def _told(events, day: str, text: str, kinds: frozenset[str]) -> list[tuple]:
    """The (kind, date, place, persons) of the events of `kinds`, sorted."""
    return sorted(
        (e.kind, e.date, e.location, tuple(sorted(p for p in e.participants if "person/" in p)))
        for e in events(text, day)
        if e.kind in kinds
    )


@pytest.mark.parametrize(("day", "text", "told"), OUTCOME)
def test_signers_hold_no_talks_of_their_own(events, day: str, text: str, told: list) -> None:
    assert _told(events, day, text, _TALKS) == told


_BESIDES = "Кроме того, было подписано соглашение о сотрудничестве в сфере образования."

# (text after the talks, the (date, place) of the education agreement's signing)
BESIDES = [
    (f"По итогам переговоров президенты подписали меморандум о торговле. {_BESIDES}",
     ("2026-03-10", "Лима")),
    (f"По итогам переговоров {_SIGNERS} подписали меморандум о торговле. {_BESIDES}",
     ("2026-03-10", "Лима")),
    # after a blank line too, the signing told before's (seventieth pass, h-events265)
    (f"По итогам переговоров президенты подписали меморандум о торговле.\n\n{_BESIDES}",
     ("2026-03-10", "Лима")),
    # must not: with a year of its own
    ("По итогам переговоров президенты подписали меморандум о торговле. Кроме того, в 2019 "
     "году было подписано соглашение о сотрудничестве в сфере образования.", ("2019", "")),
]  # fmt: skip


@pytest.mark.parametrize(("after", "held"), BESIDES)
def test_a_paper_signed_besides_takes_the_day(events, extraction, after: str, held) -> None:
    text = _LIMA + after
    (signing,) = [e for e in events(text, "2026-03-12") if "образования" in e.label]
    assert (signing.date, signing.location) == held
    papers = extraction(text, "2026-03-12").facts["agreements"]
    (paper,) = [a for a in papers if "образования" in a.title]
    assert paper.date == held[0]


_CAIRO = (
    "Король Иордании Абдалла II прибыл в Египет с официальным визитом.\n\n"
    "В среду в Каире президент Египта Абдель Фаттах ас-Сиси и король Иордании Абдалла II "
    "провели переговоры. Стороны обсудили торговлю.\n\n"
    "«Мы едины», — заявил ас-Сиси.\n\n"
)

# (the paragraph after the talks and a quotation, the date of the meeting it tells)
SAME_DAY = [
    ("Ранее в тот же день иорданского короля принял премьер-министр Египта Мустафа Мадбули.",
     "2026-03-11"),
    ("В тот же день король Иордании встретился с премьер-министром Египта Мустафой Мадбули.",
     "2026-03-11"),
    ("В этот день король Иордании встретился с премьер-министром Египта Мустафой Мадбули.",
     "2026-03-11"),
    # a paragraph that opens with the next day: the day after (fifty-seventh pass, h-events184)
    ("На следующий день король Иордании встретился с премьер-министром Египта Мустафой "
     "Мадбули.", "2026-03-12"),
    # must not: a year of its own; a date of no event between
    ("В тот же день в 2019 году король Иордании встретился с премьер-министром Египта Мустафой "
     "Мадбули.", "2019"),
    ("Соглашение о торговле вступит в силу 1 мая.\n\n«Это важный шаг», — добавил ас-Сиси.\n\n"
     "В тот же день король Иордании встретился с премьер-министром Египта Мустафой Мадбули.",
     ""),
]  # fmt: skip


@pytest.mark.parametrize(("after", "day"), SAME_DAY)
def test_that_day_is_the_day_of_the_event_told_last(events, after: str, day: str) -> None:
    (meeting,) = [
        e
        for e in events(_CAIRO + after, "2026-03-12")
        if e.kind == "Meeting" and "person/mustafa-madbuli" in e.participants
    ]
    assert meeting.date == day


_NAIROBI = (
    "Найроби, 12 марта 2026 года. В понедельник в Найроби прошли переговоры президента Кении "
    "Уильяма Руто с президентом Уганды Йовери Мусевени.\n\n"
    "Лидеры обсудили строительство железной дороги.\n\n"
)

# (what closes the text, the press conference's (date, persons, states))
PRESS = [
    ("«Мы построим дорогу вместе», — заявил Мусевени на совместной пресс-конференции.",
     ("2026-03-09", ("person/uilyam-ruto", "person/yoveri-museveni"), ("state/KEN", "state/UGA"))),
    # the signers of the sentence before met no one there: not the press conference's
    ("По итогам переговоров министр транспорта Кении Давис Чирчир и министр транспорта Уганды "
     "Эдвард Бванику подписали меморандум. «Мы построим дорогу вместе», — заявил Мусевени на "
     "совместной пресс-конференции.",
     ("2026-03-09", ("person/uilyam-ruto", "person/yoveri-museveni"), ("state/KEN", "state/UGA"))),
    # must not: one not told joint is its speaker's
    ("«Мы построим дорогу вместе», — заявил Мусевени на пресс-конференции.",
     ("", ("person/yoveri-museveni",), ("state/UGA",))),
]  # fmt: skip


@pytest.mark.parametrize(("after", "held"), PRESS)
def test_a_joint_press_conference_after_talks_is_both_leaders(events, after: str, held) -> None:
    (press,) = [e for e in events(_NAIROBI + after, "2026-03-12") if e.kind == "Publication"]
    persons = tuple(sorted(p for p in press.participants if p.startswith("person/")))
    states = tuple(sorted(p for p in press.participants if p.startswith("state/")))
    assert (press.date, persons, states) == held
