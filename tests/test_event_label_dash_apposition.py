"""An office's label stops where a dash puts an apposition after a body's name
("гендиректора «Петроперу» - основного актива «Энап» в Перу": what the body is, no part of
the post); an ordinal numeral written with its ending agrees with the label's head ("66-го
Каннского кинофестиваля" → "66-й Каннский кинофестиваль"). Sentences of our own
(forty-fifth pass, h-events116)."""

from __future__ import annotations

import pytest

# (text, the label the change of office must have)
CASES = [
    ('Министр Хуан Перес назначен на пост первого заместителя гендиректора "Петроперу" - '
     'основного актива "Энап" в Перу.',
     'Назначение Хуана Переса на пост первого заместителя гендиректора "Петроперу"'),
    ('Эстонский инженер Анна Тамм стала главой совета директоров ОАО "Таллинская верфь" - '
     'разработчика корвета "Вайнемёйнен" и других кораблей.',
     'Назначение Анны Тамм на пост главы совета директоров ОАО "Таллинская верфь"'),
    ('Ахмед Салех назначен на пост генерального директора компании «Миср Эйр» — '
     'крупнейшего перевозчика Египта.',
     "Назначение Ахмеда Салеха на пост генерального директора компании «Миср Эйр»"),
    # must keep: a post with no dash, and a dash that no lowercase apposition follows
    ("Хуан Перес назначен на пост министра иностранных дел Перу.",
     "Назначение Хуана Переса на пост министра иностранных дел Перу"),
    ("Анна Тамм назначена на пост посла Эстонии в Латвии.",
     "Назначение Анны Тамм на пост посла Эстонии в Латвии"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), CASES)
def test_an_office_label_drops_a_dash_apposition(events, text, label) -> None:
    (event,) = [e for e in events(text, "2024-05-10") if e.kind == "Appointment"]
    assert event.label == label


# (text, the label the forum must have): an ordinal numeral written with its ending agrees
# with the label's head in the nominative ("66-го Каннского кинофестиваля" → "66-й")
ORDINALS = [
    ("Министр культуры Чили Хуан Перес принял участие в работе 66-го Каннского "
     "кинофестиваля.", "66-й Каннский кинофестиваль"),
    ("В Каире открылся 12-й Каирский кинофестиваль.", "12-й Каирский кинофестиваль"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "label"), ORDINALS)
def test_an_ordinal_in_a_label_is_nominative(events, text, label) -> None:
    labels = [e.label for e in events(text, "2024-05-10") if e.kind == "Forum"]
    assert labels
    assert all(x.startswith(label) for x in labels), labels
