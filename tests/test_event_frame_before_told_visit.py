"""A signing told "в ходе визита" in a report of talks, with an earlier visit told only in a
later sentence ("Ранее, в июне 2024 года, президент посетил …"), is not made during that
earlier visit: the frame names a visit told before it or the report's own, never one told
after it on another day (h-events143). Own sentences about other pairs of states."""

from __future__ import annotations

import pytest

_DAY = "2025-05-20"

# (text, the earlier visit's (date, place) the signing must not take)
LATER_TOLD = [
    ("Король Иордании Абдалла II провёл в Каире переговоры с президентом Египта Абдель "
     "Фаттахом ас-Сиси. Стороны обсудили ситуацию в Газе. В ходе визита был подписан протокол "
     "о сотрудничестве в области энергетики. Ранее, в октябре 2024 года, президент Египта "
     "посетил Амман, где обсудил с королём Иордании ситуацию в регионе.",
     ("2024-10", "Амман")),
    ("Премьер-министр Малайзии Анвар Ибрагим провёл в Джакарте переговоры с президентом "
     "Индонезии Прабово Субианто. Стороны обсудили торговлю пальмовым маслом. В ходе визита "
     "был подписан меморандум о сотрудничестве в области энергетики. Ранее, в июне 2024 года, "
     "президент Индонезии посетил Куала-Лумпур, где встретился с премьер-министром Малайзии.",
     ("2024-06", "Куала-Лумпур")),
    ("Президент Чили Габриэль Борич провёл в Лиме переговоры с президентом Перу Диной "
     "Болуарте. Стороны обсудили вопросы миграции. В ходе визита было подписано соглашение о "
     "пограничном сотрудничестве. Ранее, 5 марта 2025 года, президент Перу посетила Сантьяго, "
     "где провела переговоры с президентом Чили.",
     ("2025-03-05", "Сантьяго")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "earlier"), LATER_TOLD)
def test_frame_takes_no_visit_told_after_it(events, text: str, earlier: tuple) -> None:
    read = events(text, _DAY)
    (signing,) = [e for e in read if e.kind == "Signing"]
    assert (signing.date, signing.location) != earlier
    assert signing.location != earlier[1]
    # the earlier visit stays as told
    assert [(e.date, e.location) for e in read if e.kind == "Visit"] == [earlier]


# must-nots: a visit told before the frame, the frame's own visit, and the report's own visit
# told after it, a day or two before the dateline, still frame the signing
FRAMED = [
    ("Президент Чили Габриэль Борич прибыл в Лиму 18 мая. Он провёл переговоры с президентом "
     "Перу Диной Болуарте. В ходе визита было подписано соглашение о пограничном "
     "сотрудничестве.",
     ("2025-05-18", "Лима")),
    ("В ходе визита в Лиму, который прошёл 3 мая, президенты Чили и Перу подписали соглашение "
     "о пограничном сотрудничестве.",
     ("2025-05-03", "Лима")),
    ("Президенты Чили и Перу Габриэль Борич и Дина Болуарте обсудили вопросы торговли. В ходе "
     "визита стороны подписали соглашение о борьбе с контрабандой. Визит чилийского лидера в "
     "Лиму начался 18 мая.",
     ("2025-05-18", "Лима")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visit"), FRAMED)
def test_frame_takes_its_own_visit(events, text: str, visit: tuple) -> None:
    (signing,) = [e for e in events(text, _DAY) if e.kind == "Signing"]
    assert (signing.date, signing.location) == visit
