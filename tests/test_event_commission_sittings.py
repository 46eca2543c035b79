"""A joint commission's sittings: "Её первое заседание" after the sides agreed to take up
the commission's work again, the states whose parts of the commission the text names, a
label that leaves out "под сопредседательством …", and a sitting moved after it was
planned. Own sentences about Kenya–Tanzania, Peru–Ecuador, Egypt–Morocco, Russia–Peru,
Chile–Peru, Ghana–Togo, with must-nots beside the musts. Sixty-fourth pass (h-events236)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, state_keys

DAY = "2026-03-12"
CHL_PER = {"state/CHL", "state/PER"}


def _sitting(events, text: str) -> tuple[str, set[str], str, str, str]:
    """The one sitting's (label, states, date, status, place)."""
    (sitting,) = of_kind(events(text, DAY), "Meeting")
    return sitting.label, state_keys(sitting), sitting.date, sitting.status, sitting.location


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Президент Кении Уильям Руто провёл в Найроби переговоры с президентом Танзании "
            "Самией Сулуху Хасан. Стороны договорились возобновить работу межправительственной "
            "комиссии. Её первое заседание пройдёт в Дар-эс-Саламе в мае.",
            {"state/KEN", "state/TZA"},
        ),
        (
            "Президент Перу провела в Лиме переговоры с президентом Эквадора. Стороны "
            "договорились активизировать деятельность совместной комиссии. Её заседание пройдёт "
            "в Кито в мае.",
            {"state/PER", "state/ECU"},
        ),
        # must-not: one state takes up the work of the commission
        (
            "Президент Перу провела в Лиме переговоры с президентом Эквадора. Правительство Перу "
            "решило возобновить работу совместной комиссии. Её заседание пройдёт в Кито в мае.",
            set(),
        ),
    ],
)
def test_the_sitting_of_a_commission_taken_up_again(events, text: str, states: set[str]) -> None:
    label, found, date, status, _ = _sitting(events, text)
    assert (found, date, status) == (states, "2026-05", "planned")
    assert "заседание" in label.lower()


@pytest.mark.parametrize(
    ("text", "states"),
    [
        (
            "Состоялось заседание межправительственной комиссии. Египетскую часть комиссии "
            "возглавил министр промышленности Египта Ахмед Самир, марокканскую — министр "
            "торговли Марокко Рияд Меззур.",
            {"state/EGY", "state/MAR"},
        ),
        (
            "В Лиме прошло заседание межправительственной комиссии. Сопредседатель российской "
            "части комиссии Алексей Оверчук и сопредседатель перуанской части комиссии Хавьер "
            "Гонсалес подписали протокол.",
            {"state/RUS", "state/PER"},
        ),
        (
            "В Сантьяго прошло заседание совместной комиссии. Чилийскую и перуанскую части "
            "комиссии возглавляют министры экономики.",
            CHL_PER,
        ),
        # must-nots: one state's part; a part that is no state's
        (
            "В Лиме прошло заседание межправительственной комиссии. Российскую часть комиссии "
            "возглавляет Алексей Оверчук.",
            set(),
        ),
        (
            "В Лиме прошло заседание межправительственной комиссии. Большую часть комиссии "
            "составляют министры.",
            set(),
        ),
    ],
)
def test_the_states_whose_parts_of_the_commission_are_named(
    events, text: str, states: set[str]
) -> None:
    assert _sitting(events, text)[1] == states


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "В Сантьяго состоялось заседание межправительственной комиссии под "
            "сопредседательством министра иностранных дел Чили Альберто ван Клаверена и "
            "министра иностранных дел Перу Эльмера Шиалера.",
            "Заседание межправительственной комиссии",
        ),
        (
            "В Лиме прошло заседание совместной комиссии по экономическому сотрудничеству под "
            "сопредседательством министров иностранных дел Перу и Эквадора.",
            "Заседание совместной комиссии по экономическому сотрудничеству",
        ),
        (
            "Заседание чилийско-перуанской комиссии по торговле под председательством министра "
            "экономики Чили пройдёт в Лиме в мае.",
            "Заседание чилийско-перуанской комиссии по торговле",
        ),
        # must-not: "по вопросам председательства" names the commission's topic
        (
            "Заседание чилийско-перуанской комиссии по вопросам председательства Чили в АТЭС "
            "пройдёт в Лиме в мае.",
            "Заседание чилийско-перуанской комиссии по вопросам председательства Чили в АТЭС",
        ),
    ],
)
def test_the_label_leaves_out_who_chairs(events, text: str, label: str) -> None:
    assert _sitting(events, text)[0] == label


@pytest.mark.parametrize(
    ("text", "date", "status"),
    [
        (
            "Заседание совместной комиссии Чили и Перу было запланировано на май, но его "
            "перенесли на июль.",
            "2026-07",
            "planned",
        ),
        (
            "Заседание межправительственной комиссии Кении и Уганды должно было пройти в "
            "апреле, но его перенесли.",
            "",
            "cancelled",
        ),
        # must-nots: not moved; called off keeps the time it was called off for
        (
            "Заседание совместной комиссии Чили и Перу было запланировано на май, но министры "
            "его не переносили.",
            "2026-05",
            "planned",
        ),
        (
            "Заседание совместной комиссии Ганы и Того было запланировано на май, но его отменили.",
            "2026-05",
            "cancelled",
        ),
    ],
)
def test_a_sitting_moved_after_its_plan(events, text: str, date: str, status: str) -> None:
    _, _, found, told, _ = _sitting(events, text)
    assert (found, told) == (date, status)
