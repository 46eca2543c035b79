"""A chamber's chairman named with the chamber is the gazetteer's office of its chair where
its term covers the document's date, one row; a council of one field's ministers is no
state's Council of Ministers, read whole; a state's head of government by two names in one
text, of no gazetteer term, is one row (fifty-fifth pass, h-names115; own sentences about
Russia–Belarus, Russia–Armenia, Turkmenistan–Azerbaijan, Kazakhstan–China, the CIS, the
EU, the CSTO, ASEAN, Bosnia, Lebanon, Somalia, Brazil)."""

from __future__ import annotations

import pytest

from kg.model import Extraction


def holdings(ex: Extraction, surname: str) -> set[tuple[str, str, str, str]]:
    """The holdings of the person of that surname whose office opens with a chair's word
    or names a government, the gazetteer's too, as (office, state, start, basis)."""
    names = {e.key: e.name.split()[-1] for e in ex.entities}
    return {
        (h.office, h.state, h.start, h.basis)
        for h in ex.facts["offices"]
        if names[h.person] == surname and h.office.split()[0] in _SHOWN
    }


_SHOWN = frozenset(["председатель", "спикер", "глава", "премьер-министр", "министр"])


CHAMBERS = [
    ("Председатель Совета Федерации Валентина Матвиенко прибыла в Минск.",
     "2025-10-01", "Матвиенко",
     {("председатель Совета Федерации", "state/RUS", "2011-09-21", "text")}),
    ("Минск встретил гостью: Валентина Матвиенко, председатель Совета Федерации, прибыла "
     "на форум.",
     "2025-10-01", "Матвиенко",
     {("председатель Совета Федерации", "state/RUS", "2011-09-21", "text")}),
    ("Председатель Государственной думы Вячеслав Володин прибыл в Ереван.",
     "2025-10-01", "Володин",
     {("председатель Государственной думы", "state/RUS", "2016-10-05", "text")}),
    # the chamber's short name, the chair by "спикер"
    ("Спикер Госдумы Вячеслав Володин прибыл в Ереван.",
     "2025-10-01", "Володин",
     {("председатель Государственной думы", "state/RUS", "2016-10-05", "text")}),
    ("Председатель Халк Маслахаты Гурбангулы Бердымухамедов прибыл в Баку.",
     "2025-10-01", "Бердымухамедов",
     {("председатель Халк Маслахаты", "state/TKM", "2023-01-21", "text")}),
    ("Председатель Сената Казахстана Касым-Жомарт Токаев прибыл в Пекин.",
     "2015-05-01", "Токаев",
     {("председатель Сената", "state/KAZ", "2013-10-16", "text"),
      ("председатель Сената", "state/KAZ", "2007-01-11", "gazetteer"),
      ("министр иностранных дел", "state/KAZ", "1994-10-13", "gazetteer"),
      ("министр иностранных дел", "state/KAZ", "2002-01-28", "gazetteer"),
      ("премьер-министр", "state/KAZ", "1999-10-01", "gazetteer")}),
    # must not: another chamber's chair, a text before the term, a past chairman, history,
    # a company's board (the text's row names the chamber's state since h-names162, as the
    # gazetteer's does)
    ("Председатель Государственной думы Валентина Матвиенко прибыла в Минск.",
     "2025-10-01", "Матвиенко",
     {("председатель Совета Федерации", "state/RUS", "2011-09-21", "gazetteer"),
      ("председатель Государственной думы", "state/RUS", "", "text")}),
    ("Председатель Совета Федерации Валентина Матвиенко прибыла в Минск.",
     "2005-10-01", "Матвиенко",
     {("председатель Совета Федерации", "state/RUS", "2011-09-21", "gazetteer"),
      ("председатель Совета Федерации", "state/RUS", "", "text")}),
    ("Бывший председатель Совета Федерации Валентина Матвиенко прибыла в Минск.",
     "2025-10-01", "Матвиенко",
     {("председатель Совета Федерации", "state/RUS", "2011-09-21", "gazetteer"),
      ("председатель Совета Федерации", "state/RUS", "", "text")}),
    ("В 1992 году председатель Верховного Совета Белоруссии Станислав Шушкевич прибыл в "
     "Вильнюс.",
     "2025-10-01", "Шушкевич",
     {("председатель Верховного Совета", "state/BLR", "1991-09-18", "gazetteer"),
      ("председатель Верховного Совета", "state/BLR", "", "text")}),
    ("Председатель совета директоров компании «Петробрас» Магда Шамбриар прибыла в "
     "Буэнос-Айрес.",
     "2025-10-01", "Шамбриар",
     {("председатель совета директоров компании", "org/petrobras", "", "text")}),
]  # fmt: skip


FIELD_COUNCILS = [
    ("Председатель Совета министров иностранных дел СНГ Максим Рыженков открыл заседание "
     "в Минске.",
     "2025-10-01", "Рыженков",
     {("председатель совета министров иностранных дел", "org/cis", "", "text"),
      ("министр иностранных дел", "state/BLR", "2024-04", "gazetteer")}),
    ("Заседание провел председатель совета министров иностранных дел Евросоюза Лукаш Новак.",
     "2025-10-01", "Новак",
     {("председатель совета министров иностранных дел", "org/eu", "", "text")}),
    ("Глава Совета министров иностранных дел ОДКБ Мирзо Шарифов открыл заседание в Душанбе.",
     "2025-10-01", "Шарифов",
     {("глава совета министров иностранных дел", "org/csto", "", "text")}),
    ("Председатель Совета министров финансов АСЕАН Ли Куан заявил, что переговоры прошли "
     "успешно.",
     "2025-10-01", "Куан",
     {("председатель совета министров финансов", "org/asean", "", "text")}),
    # no bloc named: still no state's government
    ("Председатель Совета министров иностранных дел Лукаш Новак заявил, что Польша "
     "поддерживает переговоры.",
     "2025-10-01", "Новак",
     {("председатель совета министров иностранных дел", "", "", "text")}),
    # must not: a state's Council of Ministers is its government
    ("Председатель Совета министров Боснии и Герцеговины Борьяна Кришто прибыла в Загреб.",
     "2025-10-01", "Кришто",
     {("председатель совета министров", "state/BIH", "", "text")}),
]  # fmt: skip


ONE_GOVERNMENT = [
    ("Премьер-министр Ливана Наваф Салам прибыл в Дамаск. Председатель Совета министров "
     "Ливана Наваф Салам заявил, что переговоры прошли успешно.",
     "2025-10-01", "Салам",
     {("премьер-министр", "state/LBN", "", "text")}),
    ("Председатель Совета министров Сомали Хамза Абди Барре прибыл в Найроби. Премьер-министр "
     "Сомали Хамза Абди Барре заявил, что переговоры прошли успешно.",
     "2025-10-01", "Барре",
     {("председатель совета министров", "state/SOM", "", "text")}),
    # must not: two states, a past holding
    ("Премьер-министр Ливана Наваф Салам прибыл в Дамаск. Председатель Совета министров "
     "Сирии Наваф Салам заявил, что переговоры прошли успешно.",
     "2025-10-01", "Салам",
     {("премьер-министр", "state/LBN", "", "text"),
      ("председатель совета министров", "state/SYR", "", "text")}),
    ("Бывший премьер-министр Ливана Наджиб Микати прибыл в Дамаск. Председатель Совета "
     "министров Ливана Наджиб Микати заявил, что переговоры прошли успешно.",
     "2025-10-01", "Микати",
     {("премьер-министр", "state/LBN", "", "text"),
      ("председатель совета министров", "state/LBN", "", "text")}),
]  # fmt: skip


@pytest.mark.parametrize("case", [*CHAMBERS, *FIELD_COUNCILS, *ONE_GOVERNMENT])
def test_office_chambers(extraction_of, case: tuple[str, str, str, set]) -> None:
    """A chamber's chairman named with it holds the gazetteer's chair term at the date;
    "Совет министров иностранных дел" is a council of a field's ministers, read whole; a
    head of government by two names in one text is one row, the first name's."""
    text, date, surname, expected = case
    assert holdings(extraction_of(text, date, "offices"), surname) == expected
