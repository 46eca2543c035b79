"""An event in a clause of "когда" that hangs on a date phrase is on that date, at the
precision the phrase gives (forty-ninth pass, h-events128, own sentences about Peru–Chile,
Jordan–Egypt, Ghana–Côte d'Ivoire): "с 2008 года, когда X ушёл в отставку" is 2008, not the
news day; an opening date the parser hung on the clause dates the main clause after it too.
A "когда" that asks ("неизвестно, когда"), a clause told ahead ("когда президент посетит"),
and a date after the clause give the clause's event no date."""

from __future__ import annotations

import pytest

CASES = [
    # (text, kind, its date)
    ("С 2008 года, когда премьер-министр Перу Хорхе дель Кастильо ушёл в отставку, отношения "
     "Перу и Чили улучшились.", "Resignation", "2008"),
    ("Отношения Иордании и Египта укрепились в 2015 году, когда стороны подписали соглашение о "
     "торговле.", "Signing", "2015"),
    ("В марте, когда президент Ганы посетил Кот-д'Ивуар, стороны обсудили торговлю.", "Visit",
     "2024-03"),
    ("В 2010 году, когда Египет и Иордания провели переговоры, президент Египта посетил Амман.",
     "Talks", "2010"),
    # a later date of the main clause is not the clause's
    ("С 2008 года, когда премьер-министр Перу Хорхе дель Кастильо ушёл в отставку, президент "
     "Чили трижды посещал Лиму, а в 2012 году стороны подписали договор.", "Resignation", "2008"),
    # the opening date the parser hung on the clause's verb is the main clause's too
    ("В 2010 году, когда Египет и Иордания провели переговоры, президент Египта посетил Амман.",
     "Visit", "2010"),
    # must not: a question of when, a clause told ahead, a date after the clause
    ("Неизвестно, когда президент Ганы посетит Кот-д'Ивуар.", "Visit", ""),
    ("В 2016 году, когда президент Перу посетит Чили, стороны подпишут договор.", "Visit", ""),
    ("Когда премьер-министр Перу Хорхе дель Кастильо ушёл в отставку, в 2009 году в Перу прошли "
     "выборы.", "Resignation", "2024-05-10"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "date"), CASES)
def test_when_clause_date(events, text: str, kind: str, date: str) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text, "2024-05-10") if e.kind == kind]
    assert event.date == date
