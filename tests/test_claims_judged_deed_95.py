"""Claims (h-claims95): a sentence after a figure's that names or judges what it points at
("X назвал эту поддержку «исторической»", "охарактеризовал эту помощь как …") evaluates the
deed; it does not report the sentence, so X is no speaker of the figure, nor of a quotation
before it. A pointer that is the message stays X's ("Об этом сообщил X", "Это подтвердил X",
"Эту цифру назвал X"), and figures a verb of citing points at are X's as words are ("Такие
данные привёл X"), not figures handed over ("передал эти данные")."""

from __future__ import annotations

import pytest

from kg.extract.claims import extract_claims
from kg.model import Document

_GIVEN = {
    "kenya": "Всемирный банк в прошлом году предоставил Кении кредит на 750 млн долларов. ",
    "egypt": "МВФ одобрил Египту кредит на 1,2 млрд долларов. ",
    "serbia": "Китай выделил Сербии 500 млн евро на строительство дороги. ",
    "uganda": "Товарооборот Кении и Уганды составил 900 млн долларов. ",
}

_SPEAKERS = [
    # a verb that calls the deed something judges it: no speaker
    ("kenya", "Министр финансов Кении Джон Мбадди назвал эту поддержку «исторической».", ""),
    ("kenya", "Министр финансов Кении Джон Мбадди назвал эту поддержку исторической.", ""),
    ("kenya", "Министр финансов Кении Джон Мбадди назвал это исторической поддержкой.", ""),
    ("egypt", "Премьер-министр Египта Мустафа Мадбули охарактеризовал эту помощь как "
              "беспрецедентную.", ""),
    ("serbia", "Президент Сербии Александр Вучич назвал это решение «братским жестом».", ""),
    ("serbia", "Президент Сербии Александр Вучич назвал этот шаг проявлением дружбы.", ""),
    ("uganda", "Эту цифру министр торговли Уганды Френсис Мвебеса назвал рекордной.", ""),
    # verbs that thank for or welcome the deed are no verbs of saying: none either
    ("serbia", "Президент Сербии Александр Вучич оценил эту помощь.", ""),
    ("serbia", "Президент Сербии Александр Вучич поблагодарил Пекин за эту поддержку.", ""),
    ("serbia", "Президент Сербии Александр Вучич приветствовал это решение.", ""),
    # must-nots: a pointer that is the message keeps its speaker
    ("serbia", "Об этом сообщил президент Сербии Александр Вучич.", "Вучич"),
    ("serbia", "Это подтвердил посол Китая в Сербии Ли Мин.", "Ли Мин"),
    ("serbia", "Об этом заявил президент Сербии Александр Вучич, назвав эту помощь братской.",
     "Вучич"),
    ("uganda", "Эту цифру назвал министр торговли Уганды Френсис Мвебеса.", "Мвебеса"),
    ("uganda", "Эту информацию подтвердил министр торговли Уганды Френсис Мвебеса.",
     "Мвебеса"),
    ("egypt", "Это подтвердил посол Египта в США Мотаз Захран, как и министр финансов Египта.",
     "Захран"),
    # figures a verb of citing points at are cited as words are
    ("uganda", "Такие данные привёл министр торговли Уганды Френсис Мвебеса.", "Мвебеса"),
    ("uganda", "Эти цифры привёл министр торговли Уганды Френсис Мвебеса.", "Мвебеса"),
    ("uganda", "Эту статистику привёл министр торговли Уганды Френсис Мвебеса.", "Мвебеса"),
    ("uganda", "Эти данные министр торговли Уганды Френсис Мвебеса привёл на форуме в "
               "Найроби.", "Мвебеса"),
    # must-nots: figures handed over, an example cited
    ("uganda", "Министр торговли Уганды Френсис Мвебеса передал эти данные Всемирному банку.",
     ""),
    ("uganda", "Министр торговли Уганды Френсис Мвебеса привёл этот пример.", ""),
]  # fmt: skip


@pytest.mark.parametrize(("given", "pointer", "speaker"), _SPEAKERS)
def test_a_judged_deed_has_no_reporter(analyse, given, pointer, speaker):
    ctx = analyse(Document(id="t", text=_GIVEN[given] + pointer, date="2026-03-01"))
    [claim] = extract_claims(ctx)
    entity = ctx.entity(claim.speaker) if claim.speaker else None
    name = entity.name if entity is not None else ""
    assert name.endswith(speaker) if speaker else name == ""


_QUOTES = [
    # words another calls something are not the caller's
    ("«Китай выделит Сербии 500 млн евро на строительство дороги». Президент Сербии "
     "Александр Вучич назвал эти слова «братским жестом».", []),
    ("«Китай выделит Сербии 500 млн евро на строительство дороги». Президент Сербии "
     "Александр Вучич назвал эти слова проявлением дружбы.", []),
    ("«Египет получит кредит на 1,2 млрд долларов». Премьер-министр Египта Мустафа Мадбули "
     "охарактеризовал это заявление как историческое.", []),
    # must-not: words a pointer reports are its speaker's
    ("«Китай выделит Сербии 500 млн евро на строительство дороги». Об этом сообщил президент "
     "Сербии Александр Вучич.",
     [("Александр Вучич", "Китай выделит Сербии 500 млн евро на строительство дороги")]),
    # figures cited are the citer's; figures handed over are not
    ("«Товарооборот Кении и Уганды вырос до 900 млн долларов». Такие данные привёл министр "
     "торговли Уганды Френсис Мвебеса.",
     [("Френсис Мвебеса", "Товарооборот Кении и Уганды вырос до 900 млн долларов")]),
    ("«Товарооборот Кении и Уганды вырос до 900 млн долларов». Министр торговли Уганды Френсис "
     "Мвебеса передал эти данные Всемирному банку.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), _QUOTES)
def test_words_called_something_are_not_the_callers(said, text, expected):
    assert said(text) == expected
