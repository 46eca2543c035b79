"""An event told ahead does not part talks from their joint press conference (sixty-second
pass, h-events221): "… провёл в понедельник в Аккре переговоры с президентом Того … Первое
заседание совета пройдёт в Ломе в следующем году. «…», — заявил X на совместной
пресс-конференции" gave the press conference of the speaker alone, undated, since the
planned sitting (of the pair's states since h-events211) counted as an event of another day
told between them (`Mark` in building.py); a planned event does not move the report to
another day. Must-not: a past event of the pair of another day between them still parts them.
Own sentences about Ghana–Togo and Chile–Peru."""

from __future__ import annotations

import pytest

_ACCRA = (
    "Аккра, 4 марта 2026 года. Президент Ганы Джон Махама провёл в понедельник в Аккре "
    "переговоры с президентом Того Фором Гнассингбе.\n\n"
    "По итогам встречи лидеры подписали протокол о создании ганско-тоголезского совета "
    "сотрудничества.\n\n"
)
_LIMA = (
    "Лима, 12 марта 2026 года. Во вторник в Лиме состоялись переговоры президента Чили "
    "Габриэля Борича с президентом Перу Диной Болуарте.\n\n"
)
_SAID = "«Наши страны — близкие соседи», — заявил {} на совместной пресс-конференции."

# (document date, text, the press conference's (date, place, persons))
CASES = [
    ("2026-03-04",
     _ACCRA + "Первое заседание совета пройдёт в Ломе в первом квартале следующего года.\n\n"
     + _SAID.format("Махама"),
     ("2026-03-02", "Аккра", ("person/dzhon-makhama", "person/for-gnassingbe"))),
    ("2026-03-12",
     _LIMA + "Следующий раунд переговоров пройдёт в Сантьяго в мае.\n\n" + _SAID.format("Борич"),
     ("2026-03-10", "Лима", ("person/dina-boluarte", "person/gabriel-borich"))),
    # must not: a past meeting of the pair of another day between them parts them
    ("2026-03-12",
     _LIMA + "В 2019 году президенты двух стран провели переговоры в Сантьяго.\n\n"
     + _SAID.format("Борич"),
     ("", "", ("person/gabriel-borich",))),
]  # fmt: skip


@pytest.mark.parametrize(("day", "text", "press"), CASES)
def test_planned_event_between_does_not_part(events, day: str, text: str, press: tuple) -> None:  # noqa: ANN001
    """The joint press conference is held at the talks told before it, unless an event of
    the pair of another, past day stands between."""
    (found,) = [e for e in events(text, day) if e.kind == "Publication"]
    persons = tuple(sorted(p for p in found.participants if p.startswith("person/")))
    assert (found.date, found.location, persons) == press
