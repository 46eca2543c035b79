"""A state recalls its own envoy from another state: the event kind `Recall` (sixty-first
pass, h-events210). Own sentences about pairs of states other than the corpus's, with the
sentences that look alike and must give no recall; a build with a recall validates."""

from __future__ import annotations

from pathlib import Path

import pytest
from fact_reads import built_of_class, of_kind

_DAY = "2024-05-10"


# text, participants the recall must have, ones it must not have, its label, its status
RECALLS = [
    # the subject recalls; the host is the envoy's "в X" (a capital stands for its state) or
    # the act's "из X"
    ("Гана отозвала для консультаций своего посла в Ломе.", {"state/GHA", "state/TGO"}, set(),
     "Отзыв посла Ганы из Того", "occurred"),
    ("Перу отозвало посла из Мексики.", {"state/PER", "state/MEX"}, set(),
     "Отзыв посла Перу из Мексики", "occurred"),
    ("Алжир отозвал своего посла из Парижа.", {"state/DZA", "state/FRA"}, set(),
     "Отзыв посла Алжира из Франции", "occurred"),
    # a passive: the envoy's own state recalls him from the state of his post; where he goes
    # ("в Сантьяго") is home, no host
    ("Посол Чили в Перу отозван в Сантьяго для консультаций.", {"state/CHL", "state/PER"}, set(),
     "Отзыв посла Чили из Перу", "occurred"),
    # an officer recalls for his state; the envoy named takes part
    ("Президент Аргентины отозвал посла в Боливии Марко Руиса.",
     {"state/ARG", "state/BOL", "person/marko-ruis"}, set(), "Отзыв посла Аргентины из Боливии",
     "occurred"),
    # "в X" the parser hung on the envoy's name
    ("Посол Ганы в Того Кваме Асанте отозван.", {"state/GHA", "state/TGO", "person/kvame-asante"},
     set(), "Отзыв посла Ганы из Того", "occurred"),
    # the noun, its verb's subject the state's body
    ("Власти Эквадора объявили об отзыве посла из Колумбии.", {"state/ECU", "state/COL"},
     {"org/vlasti-ekvadora"}, "Отзыв посла Эквадора из Колумбии", ""),
    # a chargé d'affaires, "из" hung on "в делах"
    ("Египет отозвал временного поверенного в делах из Аддис-Абебы.",
     {"state/EGY", "state/ETH"}, set(), "Отзыв дипломата Египта из Эфиопии", "occurred"),
    # one yet to come
    ("Кения намерена отозвать своего посла из Уганды.", {"state/KEN", "state/UGA"}, set(),
     "Отзыв посла Кении из Уганды", "planned"),
    # news in the present; the subject of the verb over an infinitive; envoys in plural
    ("Марокко отзывает своего посла из Туниса.", {"state/MAR", "state/TUN"}, set(),
     "Отзыв посла Марокко из Туниса", ""),
    ("Президент Намибии принял решение отозвать посла из Замбии.", {"state/NAM", "state/ZMB"},
     set(), "Отзыв посла Намибии из Замбии", ""),
    ("Парагвай отозвал своих дипломатов из Каракаса.", {"state/PRY", "state/VEN"}, set(),
     "Отзыв дипломатов Парагвая из Венесуэлы", "occurred"),
    # a summons of one's own envoy is his recall
    ("МИД Бразилии вызвал своего посла в Аргентине для консультаций.",
     {"state/BRA", "state/ARG"}, set(), "Отзыв посла Бразилии из Аргентины", "occurred"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "must", "must_not", "label", "status"), RECALLS)
def test_recalls_with_their_roles(events, text, must, must_not, label, status) -> None:
    (recall,) = of_kind(events(text, _DAY), "Recall")
    assert must <= set(recall.participants) and not must_not & set(recall.participants)
    assert recall.label == label
    assert not status or recall.status == status
    assert recall.location == ""


NO_RECALL = [
    # no envoy recalled
    "Парламент Кении отозвал законопроект о налогах.",
    "Посол Кении отозвал свой иск к газете.",
    "Эквадор отозвал лицензию у компании из Перу.",
    "Посол Франции в Марокко оставил отзыв о работе посольства.",
    "Посол Боливии в Чили вернулся в Ла-Пас.",
    # denied
    "Колумбия не отозвала посла из Венесуэлы.",
    # a mission that only ends: no act between states
    "Посол Мексики в Никарагуа Антонио Гомес был отозван в связи с назначением на другую "
    "должность.",
    "Посол Уругвая в Парагвае отозван в связи с окончанием срока полномочий.",
    "Посол Панамы в Коста-Рике отозван с поста указом президента.",
]


@pytest.mark.parametrize("text", NO_RECALL)
def test_words_that_tell_no_recall(events, text) -> None:
    assert not of_kind(events(text, _DAY), "Recall")


def test_a_recall_is_no_summons(events) -> None:
    read = events("МИД Бразилии вызвал своего посла в Аргентине для консультаций.", _DAY)
    assert not of_kind(read, "Summons")


def test_a_build_with_a_recall_validates(tmp_path: Path) -> None:
    text = "date 2024-05-10\nГана отозвала для консультаций своего посла в Ломе.\n"
    ok, report, recalls = built_of_class(tmp_path, text, "Recall")
    assert ok, report
    assert recalls


def test_a_recall_beside_the_career_reading(events) -> None:
    # the post "на эту должность" points back to stays an appointment of its own; the recall
    # is one event, no change of office besides
    text = (
        "Посол Кении в Уганде Джеймс Мванги отозван. Мванги был назначен на эту должность "
        "в 2019 году."
    )
    read = events(text, _DAY)
    assert [e.kind for e in of_kind(read, "Recall", "Resignation", "Appointment")] in (
        ["Recall", "Appointment"],
        ["Appointment", "Recall"],
    )
    (recall,) = of_kind(read, "Recall")
    assert {"state/KEN", "state/UGA"} <= set(recall.participants)
