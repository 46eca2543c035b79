"""An undated signing told as one more, and a press conference told "после" an event, take
that event's day and place (seventieth pass, h-events265).

"Стороны также подписали меморандум о …" in a paragraph of its own after the news signing
was of no day; "заявил X на пресс-конференции после церемонии" (or "после переговоров") the
same. Must-nots: a signing or a press conference the text dates itself keeps its own day, one
told as earlier takes none. Sentences of our own about other pairs of states."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2026-03-12"
_SIGNED = (
    "ЛИМА, 12 марта. Министр иностранных дел Чили Альберто ван Кларен и министр иностранных "
    "дел Перу Элмер Шиалер подписали в четверг в Лиме соглашение о торговле. Церемония "
    "подписания прошла в здании МИД.\n\n"
)
_TALKS = (
    "ЛИМА, 12 марта. Президент Чили Габриэль Борич и президент Перу Дина Болуарте провели в "
    "четверг в Лиме переговоры.\n\n"
)
_MIDDLE = "Товарооборот между двумя странами в прошлом году достиг 5 млрд долларов.\n\n"

# text, the kind and a word of the label of the event asked, its (date, location)
CASES = [
    (_SIGNED + _MIDDLE + "Стороны также подписали меморандум о сотрудничестве в области "
     "рыболовства.", "Signing", "рыболовства", (_DAY, "Лима")),
    (_SIGNED + _MIDDLE + "Кроме того, министры подписали протокол о консульских вопросах.",
     "Signing", "протокола", (_DAY, "Лима")),
    (_SIGNED + "«Это важный шаг», — заявил ван Кларен на пресс-конференции после церемонии.",
     "Publication", "Пресс-конференция", (_DAY, "Лима")),
    (_TALKS + "«Мы договорились о многом», — заявил Борич на пресс-конференции после "
     "переговоров.", "Publication", "Пресс-конференция", (_DAY, "Лима")),
    # must-nots: a day of its own; a signing told as earlier
    (_SIGNED + _MIDDLE + "В 2019 году стороны также подписали меморандум о сотрудничестве в "
     "области рыболовства.", "Signing", "рыболовства", ("2019", "")),
    (_TALKS + "Борич выступил на пресс-конференции в понедельник после переговоров.",
     "Publication", "Пресс-конференция", ("2026-03-09", "")),
    (_SIGNED + _MIDDLE + "Ранее стороны также подписали меморандум о сотрудничестве в "
     "области рыболовства.", "Signing", "рыболовства", ("", "")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "word", "when"), CASES)
def test_an_event_told_after_takes_its_day(
    events, text: str, kind: str, word: str, when: tuple[str, str]
) -> None:
    (event,) = [e for e in of_kind(events(text, _DAY), kind) if word in e.label]
    assert (event.date, event.location) == when
