"""A summit's sides told in clauses of their own ("Делегацию ЕС возглавила X, Сербию
представлял Y", "Аргентину — президент Z") take part in it, with their persons. Sentences
of our own about other states and unions."""

from __future__ import annotations

import pytest

# text, who takes part in the summit, who must not (a key's start: a name kg does not know
# is keyed by its document)
CASES = [
    ("20 июня в Брюсселе состоялся саммит ЕС — Сербия. Делегацию ЕС возглавила председатель "
     "Еврокомиссии Урсула фон дер Ляйен, Сербию представлял президент Александар Вучич.",
     {"org/eu", "state/SRB", "person/ursula-von-der-leyen", "person/aleksandar-vucic"},
     set()),
    ("28 марта в Токио прошёл саммит Япония — АСЕАН. Японию представлял премьер-министр Фумио "
     "Кисида, делегацию АСЕАН возглавил генеральный секретарь Као Ким Хорн.",
     {"org/asean", "state/JPN", "person/fumio-kishida", "person/kao-kim-khorn"}, set()),
    ("5 декабря в Бразилиа прошёл саммит Бразилии и Аргентины. Бразилию на нём представлял "
     "президент Луис Инасиу Лула да Силва, Аргентину — президент Хавьер Милей.",
     {"state/BRA", "state/ARG", "person/luiz-inacio-lula-da-silva", "person/javier-milei"},
     set()),
    # must not: one who presents a paper represents no side
    ("20 июня в Брюсселе состоялся саммит ЕС — Сербия. Министр Сербии Марко Джурич представил "
     "журналистам доклад о реформах.",
     set(), {"person/marko-dzhurich"}),
    # the side is the verb's direct object, all its words ("Южную Корею")
    ("4 июня в Сеуле прошёл саммит Южной Кореи и Африки. Южную Корею на нём представлял "
     "президент Юн Сок Ёль.",
     {"state/KOR", "person/yoon-suk-yeol"}, set()),
    # must not: a state after a preposition, under the plan one presents, is no side
    ("12 апреля в Вене прошёл саммит ЕС — Черногория. Министр иностранных дел Австрии "
     "Александер Шалленберг представил план поставок газа на Украину.",
     {"state/MNE"}, {"state/UKR", "person/aleksander-shallenberg"}),
    ("3 октября в Лиме прошёл экономический форум. Президент Чили Габриэль Борич представил "
     "там план инвестиций в Колумбию.",
     set(), {"state/COL", "person/gabriel-borich"}),
    # a union the gathering's name lists beside a state is a side, as the state is
    ("Саммит ЕС и Индии прошёл в Нью-Дели 28 февраля.", {"org/eu", "state/IND"}, set()),
    ("Межправительственная конференция Черногории и ЕС прошла в Брюсселе 16 декабря.",
     {"org/eu", "state/MNE"}, set()),
    ("Саммит АСЕАН и Японии состоялся в Токио 17 декабря.", {"org/asean", "state/JPN"}, set()),
    ("Бизнес-форум Египта и Евросоюза прошёл в Каире 29 июня.", {"org/eu", "state/EGY"}, set()),
    # a state named first, before a dash (parsed as an apposition; events80)
    ("Саммит Япония — ЕС состоится в Токио 23 июля.", {"org/eu", "state/JPN"}, set()),
    ("Саммит Китай — АСЕАН пройдёт в Пекине 24 июля.", {"org/asean", "state/CHN"}, set()),
    ("Форум Индия — ЕС открылся в Нью-Дели.", {"org/eu", "state/IND"}, set()),
    # must not: a union's own gathering, with no state beside it in the name
    ("Саммит НАТО прошёл в Вашингтоне 10 июля.", set(), {"org/nato"}),
    ("Президент Кипра принял участие в форуме ЕС в Афинах 12 мая.", {"state/CYP"}, {"org/eu"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "sides", "others"), CASES)
def test_a_summits_sides_take_part(events, text: str, sides: set[str], others: set[str]) -> None:
    (summit,) = [e for e in events(text) if e.kind in {"Summit", "Forum"}]
    assert sides <= set(summit.participants)
    assert not [p for p in summit.participants for o in others if p.startswith(o)]
