"""A day or month written without a year in a relative clause "в ходе которых", "во время
которых" of an arrest: the year of the event the clause is told within, else the document's
(fiftieth pass, h-events134). Must-nots: the year of a clause coordinated after it; a yearless
day where the event has no year and the document no date stays undated. Sentences of our
own about Bolivia, the Netherlands, Sudan."""

from __future__ import annotations

import pytest

DAYS = [
    # (text, the document's date, the arrest's date)
    ("В 2019 году в Ла-Пасе прошли протесты, в ходе которых 5 апреля полиция задержала 40 "
     "человек.", "", "2019-04-05"),
    ("В 2019 году в Ла-Пасе прошли протесты, в ходе которых 5 апреля полиция задержала 40 "
     "человек.", "2021-06-01", "2019-04-05"),
    ("В 2018 году в Гааге прошли протесты, во время которых 12 мая полиция задержала 30 "
     "человек.", "2021-06-01", "2018-05-12"),
    ("В марте 2019 года в Хартуме прошли протесты, во время которых 5 марта полиция "
     "задержала 300 человек.", "", "2019-03-05"),
    # must not: a later year of a clause after it; no year anywhere, no date
    ("В Гааге прошли протесты, в ходе которых 12 мая полиция задержала 30 человек, а в 2021 "
     "году суд оправдал их.", "", ""),
    ("В Ла-Пасе прошли протесты, в ходе которых 5 апреля полиция задержала 40 человек.", "",
     ""),
    ("В Ла-Пасе прошли протесты, в ходе которых 5 апреля полиция задержала 40 человек.",
     "2021-06-01", "2021-04-05"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "doc_date", "date"), DAYS)
def test_a_yearless_day_in_the_clause(events, text: str, doc_date: str, date: str) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text, doc_date) if e.kind == "Arrest"]
    assert event.date == date
