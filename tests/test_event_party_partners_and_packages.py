"""Roles from syntax (seventy-first pass, h-events269; own sentences about Indonesia–Vietnam,
Brazil–Vietnam, Chile–Peru, Chile–Argentina,
Belgium–Netherlands, Egypt–India, Poland–Italy):
- talks during a visit with a partner named by a party's or a bare title, of no state kg
  knows, are the host's too; a name the parser cut loose after the title ("То Ламом", its
  "То" read as "тот") is the title's;
- a package of papers labels its signing by the papers named in it, each with its topic,
  else by its count ("пакет из 12 документов, в том числе соглашение");
- a bare "Переговоры прошли <day>" after a visit, on one of its days, is the visit's talks;
- "Главы МИД двух стран X и Y подписали …": the two ministers sign for the visit's two states.
With the near sentences that must keep their reading.
"""

from __future__ import annotations

import pytest

VISIT = "Президент Индонезии Прабово Субианто 3 апреля прибыл в Ханой с государственным визитом. "
LULA = "Президент Бразилии Лула да Силва 10 мая прибыл в Ханой с государственным визитом. "


def _talks(events, text: str, date: str = "2025-04-05") -> list:  # noqa: ANN001
    return [e for e in events(text, date) if e.kind in {"Talks", "Meeting"}]


# (text, a word of the partner's key, whether Vietnam takes part)
PARTNERS = [
    (VISIT + "Он провёл переговоры с генеральным секретарём ЦК КПВ То Ламом.", "to-lam", True),
    (VISIT + "Он встретился с генсеком То Ламом.", "to-lam", True),
    (VISIT + "Он провёл переговоры с генеральным секретарём ЦК КПВ Нгуен Фу Чонгом.", "chong",
     True),
    (LULA + "Он провёл переговоры с премьер-министром Фам Минь Тинем.", "fam-min", True),
    # must not: a title of a third state or of an international body stays that person's
    (VISIT + "Он провёл переговоры с председателем КНР Си Цзиньпином.", "Q15031", False),
    (VISIT + "Он провёл переговоры с генеральным секретарём ООН Антониу Гутерришем.",
     "guterres", False),
    # must not: a private person met holds no post of the host's
    (VISIT + "Он встретился с матерью задержанного журналиста Нгуен Тхи Лан.", "lan", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "partner", "host"), PARTNERS)
def test_partner_of_no_state_is_the_hosts(events, text: str, partner: str, host: bool) -> None:  # noqa: ANN001
    (talks,) = _talks(events, text)
    assert any(partner in p for p in talks.participants if p.startswith("person/"))
    assert ("state/VNM" in talks.participants) is host
    if host:  # labelled by the two who met
        assert " и " in talks.label
        assert "Вьетнама" not in talks.label


# (text, the signing's label)
PACKAGES = [
    ("Президент Бразилии Лула да Силва 3 апреля прибыл в Ханой. В ходе визита были подписаны 11 "
     "документов, в том числе соглашение о взаимном освобождении от визовых требований и "
     "меморандум о торговле рисом.",
     "Подписание соглашения о взаимном освобождении от визовых требований и меморандума о "
     "торговле рисом"),
    ("Президент Чили Габриэль Борич 3 апреля прибыл в Лиму. Стороны подписали соглашение о "
     "взаимной защите инвестиций и меморандум о сотрудничестве в сфере культуры.",
     "Подписание соглашения о взаимной защите инвестиций и меморандума о сотрудничестве в "
     "сфере культуры"),
    ("Египет и Индия 3 апреля подписали пакет из 12 документов, в том числе соглашение.",
     "Подписание 12 документов"),
    # must not: a package of no count gets no number; a named paper keeps its label
    ("Египет и Индия 3 апреля подписали пакет документов, в том числе соглашение.",
     "Подписание документов"),
    ("Египет и Индия 3 апреля подписали пакет из 12 документов, в том числе соглашение о "
     "торговле.", "Подписание соглашения о торговле"),
    ("Египет и Индия 3 апреля подписали пакет из 12 документов, в том числе совместное "
     "заявление.", "Подписание совместного заявления"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), PACKAGES)
def test_package_label(events, text: str, label: str) -> None:  # noqa: ANN001
    (signing,) = [e for e in events(text, "2025-04-05") if e.kind == "Signing"]
    assert signing.label == label


# (text, the talks' date, or None for no talks)
DAYS = [
    (LULA + "Переговоры прошли 11 мая. По итогам визита подписано соглашение о торговле.",
     "2025-05-11"),
    (LULA + "Переговоры прошли в понедельник, 12 мая.", "2025-05-12"),
    ("Премьер-министр Польши Дональд Туск 7 мая прибыл в Рим. Переговоры состоялись на следующий "
     "день.", "2025-05-08"),
    # must not: a day beyond the visit's few; no day of their own invents none
    (LULA + "Переговоры прошли 30 мая.", None),
    (LULA + "Переговоры прошли в конструктивном ключе.", "2025-05-10"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day"), DAYS)
def test_talks_on_a_day_of_the_visit(events, text: str, day: str | None) -> None:  # noqa: ANN001
    talks = _talks(events, text, "2025-05-14")
    if day is None:
        assert talks == []
        return
    (one,) = talks
    assert one.date == day
    assert one.location in {"Ханой", "Рим"}
    assert len([p for p in one.participants if p.startswith("state/")]) == 2
    assert any(p.startswith("person/") for p in one.participants)


# (text, the signers' key words, the states)
HEADS = [
    ("Президент Чили Габриэль Борич 3 апреля прибыл в Лиму. Главы МИД двух стран Альберто ван "
     "Кларен и Хавьер Гонсалес-Олаэчеа подписали соглашение о безвизовом режиме.",
     ("klaren", "olaechea"), {"state/CHL", "state/PER"}),
    ("Президент Чили Габриэль Борич 3 апреля прибыл в Буэнос-Айрес. Главы МИД двух стран "
     "Альберто ван Кларен и Херардо Вертейн подписали соглашение о пограничном сотрудничестве.",
     ("klaren", "verteyn"), {"state/CHL", "state/ARG"}),
    ("Премьер-министр Бельгии Барт Де Вевер 3 апреля прибыл в Амстердам. Главы МИД двух стран "
     "Максим Прево и Каспар ван Велдкамп подписали меморандум о сотрудничестве.",
     ("prevo", "veldkamp"), {"state/BEL", "state/NLD"}),
    # must keep: the heads named before sign for their states
    ("Глава МИД Чили Альберто ван Кларен и глава МИД Перу Хавьер Гонсалес-Олаэчеа 3 апреля "
     "провели переговоры в Лиме. Главы МИД двух стран подписали меморандум о сотрудничестве.",
     ("klaren", "olaechea"), {"state/CHL", "state/PER"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "signers", "states"), HEADS)
def test_heads_of_two_states_sign(events, text: str, signers: tuple, states: set) -> None:  # noqa: ANN001
    (signing,) = [e for e in events(text, "2025-04-05") if e.kind == "Signing"]
    persons = [p for p in signing.participants if p.startswith("person/")]
    assert all(any(s in p for p in persons) for s in signers)
    assert {p for p in signing.participants if p.startswith("state/")} == states
