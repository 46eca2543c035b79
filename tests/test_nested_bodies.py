"""A part of a body before the body's name in the genitive is one body ("ЦК Компартии
Вьетнама", "Президиум Верховного совета Вьетнама", "комитет Госдумы"): the tagger split it
or left the part untagged; the body named after it stays an organization of its own."""

from __future__ import annotations

import pytest

from kg.extract.offices import extract_offices
from kg.model import Document


def _orgs(analyse, text: str) -> list[str]:
    ctx = analyse(Document(id="t", text=text))
    return [ctx.entities[m.entity].name for m in ctx.mentions if m.type == "Organization"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Генеральный секретарь ЦК Компартии Вьетнама То Лам прибыл в Джакарту.",
         ["Центральный комитет Коммунистической партии Вьетнама",
          "Коммунистическая партия Вьетнама"]),
        ("Председатель Президиума Верховного совета Вьетнама встретился с послом Индонезии.",
         ["Президиум Верховного совета Вьетнама", "Верховный совет Вьетнама"]),
        ("Делегация Центрального комитета Компартии Вьетнама прибыла в Джакарту.",
         ["Центральный комитет Коммунистической партии Вьетнама",
          "Коммунистическая партия Вьетнама"]),
        # the part is named by its body's one name (h-orgs54: "комитет Госдумы" and "комитет
        # Государственной думы" are one part, across texts as the body is one)
        ("Председатель комитета Госдумы Леонид Слуцкий встретился с послом Египта.",
         ["Комитет Государственной думы", "Государственная дума"]),
        # a faculty or chair of a university; a chamber of a parliament by its rank
        ("Посол Перу окончил исторический факультет Московского государственного университета.",
         ["Исторический факультет Московского государственного университета",
          "Московский государственный университет"]),
        ("Дипломат Норвегии возглавлял кафедру Университета Осло, прежде чем уехать в Данию.",
         ["Кафедра Университета Осло", "Университет Осло"]),
        ("Верхняя палата парламента Чехии одобрила договор с Польшей.",
         ["Верхняя палата парламента Чехии", "Парламент Чехии"]),
        ("Нижняя палата парламента Польши ратифицировала соглашение с Литвой.",
         ["Нижняя палата парламента Польши", "Парламент Польши"]),
        # ... with the lower-case genitive words of its field between, capitalised as its
        # body's organ (sixty-seventh pass, h-orgs81: "Совет директоров МВФ")
        ("Посол Кении закончила факультет права Киевского Национального Университета.",
         ["Факультет права Киевского Национального Университета",
          "Киевский Национальный Университет"]),
        ("Председатель совета директоров Газпрома обсудил поставки газа в Турцию.",
         ["Совет директоров Газпрома", "Газпром"]),
        # must-not: genitive words that hang on no part, nor a part after "по"
        ("Члены комитета похвалили студентов Университета Лимы из Чили.",
         ["Университет Лимы"]),
        ("По совету врачей Университета Лимы посол Чили остался дома.",
         ["Университет Лимы"]),
        # a chamber by the genitive of its members right after it (orgs20)
        ("Выборы в палату представителей парламента Японии пройдут в октябре.",
         ["Палата представителей парламента Японии", "Парламент Японии"]),
        ("Депутаты палаты общин парламента Великобритании прибыли в Индию.",
         ["Палата общин парламента Великобритании", "Парламент Великобритании"]),
        # must-not: a chamber without its rank is a room; a chamber named whole stays one
        ("Пациента из Египта перевели в палату Городской больницы Анкары.",
         ["Городская больница Анкары"]),
        ("Счётная палата Бразилии проверила расходы на визит в Аргентину.",
         ["Счётная палата Бразилии"]),
        # must-not: advice is no body; two bodies in other cases stay two
        ("По совету Минздрава Египта туристы отказались от поездки.",
         ["Министерство здравоохранения Египта"]),
        ("Агентству Анадолу МИД Турции сообщил о визите.",
         ["Анадолу", "Министерство иностранных дел Турции"]),
    ],
)  # fmt: skip
def test_a_part_and_its_body_are_one_body(analyse, text, orgs):
    assert _orgs(analyse, text) == orgs


def test_the_office_serves_the_whole_body(analyse):
    ctx = analyse(
        Document(
            id="t",
            text="Генеральный секретарь ЦК Компартии Вьетнама То Лам прибыл в Джакарту.",
            date="2025-01-10",
        )
    )
    held = {
        (h.office, ctx.entities[h.state].name) for h in extract_offices(ctx) if h.basis == "text"
    }
    # the whole body in the office's words, the state its name ends with served
    assert held == {("генеральный секретарь ЦК Компартии", "Вьетнам")}
    person = next(e for e in ctx.entities.values() if e.type == "Person")
    assert person.state == "state/VNM"
