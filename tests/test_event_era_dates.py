"""An event told within a period of rule or occupation ("во время диктатуры Пиночета была
арестована", "в годы оккупации", "при военном режиме") happened then, not on the news day:
it takes no dateline's date, even in the lead. Forty-seventh pass (lead), sentences of our
own (Chile–Peru, Estonia–Latvia), with must-not cases."""

from __future__ import annotations

import pytest
from fact_reads import of_kind

_DAY = "2006-03-14"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Мишель Бачелет родилась в Сантьяго. Во время диктатуры Пиночета была арестована.",
            "Arrest",
        ),
        ("Министр Эстонии Яан Тамм был арестован в годы советской оккупации.", "Arrest"),
        ("При военном режиме посол Перу Хорхе Рамос был арестован в Сантьяго.", "Arrest"),
    ],
)
def test_an_event_within_an_era_takes_no_news_day(events, text: str, kind: str) -> None:
    (event,) = of_kind(events(text, _DAY), kind)
    assert not event.date.startswith(_DAY)


@pytest.mark.parametrize(
    "text",
    [
        # no period: today's news
        "Посол Чили Хорхе Рамос был арестован в Лиме.",
        # a protest is no period of rule
        "Во время акции протеста в Лиме посол Чили Хорхе Рамос был арестован.",
        # a period with its own date keeps it
        "В 1975 году, во время диктатуры, Мишель Бачелет была арестована.",
    ],
)
def test_no_era_or_a_date_still_dates(events, text: str) -> None:
    (arrest,) = of_kind(events(text, _DAY), "Arrest")
    assert arrest.date
