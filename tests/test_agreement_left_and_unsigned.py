"""Papers told by what happens to them rather than by a signing (agr28): a paper a noun of
leaving governs ("одобрил выход из соглашения", "денонсацию договора") stays mentioned, the
verb over the noun neither signing nor dating it, and a paper a side leaves stays so
though another sentence tells its signing; a paper "пока/ещё не подписали" is still
negotiated. Sentences of our own about other pairs,
with must-nots."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows, dated_rows


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, date, parties) of each agreement kg reads."""
    return lambda text: dated_rows(analyse, text, "2025-04-30")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the verb over a noun of leaving approves or enacts the leaving, not the paper
        ("Парламент Молдавии одобрил выход страны из соглашения с Россией о сотрудничестве в "
         "сфере информации, подписанного в 2000 году.",
         {("Соглашение о сотрудничестве в сфере информации", "mentioned", "2000",
           ("state/MDA", "state/RUS"))}),
        ("Выход Мали из соглашения о военном сотрудничестве с Францией вступил в силу.",
         {("Соглашение о военном сотрудничестве", "mentioned", "",
           ("state/FRA", "state/MLI"))}),
        ("Сенат Боливии одобрил денонсацию договора с Чили о транзите грузов.",
         {("Договор о транзите грузов", "mentioned", "", ("state/BOL", "state/CHL"))}),
        # must not: a paper about a way out, or a paper approved itself, is signed
        ("Египет и Судан подписали соглашение о выходе на рынок третьих стран.",
         {("Соглашение о выходе на рынок третьих стран", "signed", "",
           ("state/EGY", "state/SDN"))}),
        ("Сенат Боливии одобрил договор с Чили о транзите грузов.",
         {("Договор о транзите грузов", "signed", "", ("state/BOL", "state/CHL"))}),
    ],
)  # fmt: skip
def test_a_paper_a_noun_of_leaving_governs_stays_mentioned(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a paper a side leaves stays mentioned though another sentence tells its signing
        ("Парламент Молдавии одобрил выход страны из соглашения с Россией о сотрудничестве в "
         "сфере информации. Соглашение было подписано в 2000 году.",
         {("Соглашение о сотрудничестве в сфере информации", "mentioned", "2000",
           ("state/MDA", "state/RUS"))}),
        ("Нигер вышел из соглашения о военном сотрудничестве с США. Соглашение было подписано "
         "в 2012 году в Ниамее.",
         {("Соглашение о военном сотрудничестве", "mentioned", "2012",
           ("state/NER", "state/USA"))}),
        # must not: a paper no one leaves is signed by that sentence
        ("Египет и Судан подписали соглашение о поставках газа. Соглашение было подписано в "
         "2024 году в Каире.",
         {("Соглашение о поставках газа", "signed", "2024", ("state/EGY", "state/SDN"))}),
    ],
)  # fmt: skip
def test_a_paper_left_stays_mentioned_across_sentences(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # not signed yet: still negotiated
        ("Япония и Филиппины пока не подписали соглашение о взаимном доступе войск.",
         {("Соглашение о взаимном доступе войск", "negotiating", "",
           ("state/JPN", "state/PHL"))}),
        ("Соглашение о торговле между Чили и Перу пока не подписано.",
         {("Соглашение о торговле между Чили и Перу", "negotiating", "",
           ("state/CHL", "state/PER"))}),
        ("Индия и Великобритания ещё не подписали соглашение о свободной торговле.",
         {("Соглашение о свободной торговле", "negotiating", "", ("state/GBR", "state/IND"))}),
        # must not: never signed, not even discussed, or a signed paper not ratified yet
        ("Индия и Великобритания так и не подписали соглашение о свободной торговле.",
         {("Соглашение о свободной торговле", "mentioned", "", ("state/GBR", "state/IND"))}),
        ("Такое соглашение между Чили и Перу пока не обсуждается.",
         {("Соглашение между Чили и Перу", "mentioned", "", ("state/CHL", "state/PER"))}),
        ("Эквадор и Колумбия пока не ратифицировали соглашение о границе, подписанное в 2022 "
         "году.",
         {("Соглашение о границе", "signed", "2022", ("state/COL", "state/ECU"))}),
        # must not: not yet signed, and no plan to
        ("Япония и Филиппины пока не подписали соглашение о взаимном доступе войск и не "
         "планируют его подписывать.",
         {("Соглашение о взаимном доступе войск", "mentioned", "", ("state/JPN", "state/PHL"))}),
        ("Индия и Великобритания ещё не подписали соглашение о свободной торговле и не "
         "собираются это делать.",
         {("Соглашение о свободной торговле", "mentioned", "", ("state/GBR", "state/IND"))}),
    ],
)  # fmt: skip
def test_a_paper_not_signed_yet_is_negotiated(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a paper the lexicon knows open to all has no other side a second state completes
        # (agr30)
        ("Аргентина вышла из Парижского соглашения по климату. Решение последовало за "
         "аналогичным шагом США.", ("state/ARG",)),
        ("Эквадор присоединился к Киотскому протоколу. Об этом сообщил МИД Перу.",
         ("state/ECU",)),
        # must not: its named sides stay, and a bilateral paper left is completed
        ("Индия и Пакистан подписали Парижское соглашение.", ("state/IND", "state/PAK")),
        ("Нигер вышел из соглашения о военном сотрудничестве. Соглашение с США действовало с "
         "2012 года.", ("state/NER", "state/USA")),
    ],
)  # fmt: skip
def test_a_paper_open_to_all_takes_no_second_side(read, text, parties):
    assert {row[3] for row in read(text)} == {parties}


@pytest.fixture(scope="module")
def rows(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, parties, signatories) of each agreement kg reads."""
    return lambda text: agreement_rows(analyse, text, "2025-04-30")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # who signs a decree of leaving or joining a paper is its side, not its signer
        ("Президент Колумбии Густаво Петро подписал декрет о выходе из соглашения с Эквадором о "
         "торговле.",
         {("Соглашение о торговле", "mentioned", ("state/COL", "state/ECU"), ())}),
        ("Президент Аргентины Хавьер Милей подписал указ о выходе страны из Парижского "
         "соглашения по климату.",
         {("Парижское соглашение по климату", "mentioned", ("state/ARG",), ())}),
        ("Премьер-министр Польши Дональд Туск подписал распоряжение о присоединении к соглашению "
         "с Литвой об энергетике.",
         {("Соглашение об энергетике", "mentioned", ("state/LTU", "state/POL"), ())}),
        # must not: who signs the paper itself is its signer
        ("Президент Колумбии Густаво Петро подписал соглашение с Эквадором о торговле.",
         {("Соглашение о торговле", "signed", ("state/COL", "state/ECU"),
           ("person/gustavo-petro",))}),
    ],
)  # fmt: skip
def test_who_signs_a_decree_of_leaving_signs_no_paper(rows, text, found):
    assert rows(text) == found
