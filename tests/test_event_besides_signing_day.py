""" "Помимо этого, X и Y подписали меморандум …" a paragraph after a signing told with its day
and place is one more signing, made there: it takes that day and place, as "Кроме того" does.
Own sentences about Kenya–Uganda, Poland–Lithuania (seventy-first pass, h-events270)."""

from __future__ import annotations

import pytest

# (text, the memorandum's signing's day and place)
BESIDES = [
    ("Президенты Кении и Уганды Уильям Руто и Йовери Мусевени в четверг подписали в Кампале "
     "соглашение о строительстве нефтепровода.\n\n«Это исторический день для наших "
     "народов», — заявил Мусевени.\n\nПомимо этого, Кения и Уганда подписали меморандум о "
     "сотрудничестве в области энергетики.",
     ("2025-06-05", "Кампала")),
    ("Премьер-министры Польши и Литвы Дональд Туск и Гинтаутас Палуцкас во вторник "
     "подписали в Вильнюсе соглашение о совместной защите границы.\n\nПо словам Туска, "
     "граница должна быть надёжно защищена.\n\nПомимо того, Польша и Литва подписали "
     "меморандум о строительстве железной дороги Rail Baltica.",
     ("2025-06-03", "Вильнюс")),
    # must not: a year of its own keeps it
    ("Президенты Кении и Уганды Уильям Руто и Йовери Мусевени в четверг подписали в Кампале "
     "соглашение о строительстве нефтепровода.\n\n«Это исторический день для наших "
     "народов», — заявил Мусевени.\n\nПомимо этого, в 2019 году Кения и Уганда подписали "
     "меморандум о сотрудничестве в области энергетики.",
     ("2019", "")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "signed"), BESIDES)
def test_signing_besides_takes_day(events, text: str, signed) -> None:
    read = events(text, "2025-06-06")
    (memo,) = [e for e in read if e.kind == "Signing" and "меморандума" in e.label]
    assert (memo.date, memo.location) == signed
