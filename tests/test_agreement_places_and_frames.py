"""A paper's past told around it (agr35): the city a passive says it was signed in is no
side ("Договор был подписан в Праге"), while the capital a visitor comes to still is; and a
dated paper an act is done under ("в рамках соглашения 2018 года Китай поставит Пакистану")
is a paper mentioned, its sides the act's two states; the state right after such a title
that is the subject of the act's verb is not the title's (agr36). Sentences of our own about
other pairs, with must-nots."""

from __future__ import annotations

import pytest
from agreement_runs import dated_rows


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, date, sorted parties) of each agreement kg reads."""
    return lambda text: {
        (title, status, date, tuple(sorted(parties)))
        for title, status, date, parties in dated_rows(analyse, text, "2025-03-14")
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the city a passive tells a paper signed in is where, not with whom
        ("Япония приостановила соглашение о рыболовстве. Соглашение было подписано в Сеуле.",
         {("Соглашение о рыболовстве", "mentioned", "", ("state/JPN",))}),
        ("Египет вышел из соглашения о торговле, подписанного в Париже.",
         {("Соглашение о торговле", "mentioned", "", ("state/EGY",))}),
        ("Азербайджан денонсировал соглашение о транзите газа. Документ был подписан в Вене.",
         {("Соглашение о транзите газа", "mentioned", "", ("state/AZE",))}),
        ("Греция вышла из соглашения о миграции, подписанного в Анкаре.",
         {("Соглашение о миграции", "mentioned", "", ("state/GRC",))}),
        # must not: the capital a visitor comes to is still the other side
        ("Премьер-министр Греции прибыл в Анкару. Стороны подписали соглашение о миграции.",
         {("Соглашение о миграции", "signed", "", ("state/GRC", "state/TUR"))}),
        ("Премьер-министр Греции прибыл в Анкару. Мы подписали соглашение о миграции, сказал он.",
         {("Соглашение о миграции", "signed", "", ("state/GRC", "state/TUR"))}),
    ],
)  # fmt: skip
def test_the_city_of_a_past_signing_is_no_side(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a dated paper an act is done under: mentioned, the act's subject and receiver
        ("В рамках соглашения 2018 года Китай поставит Пакистану восемь подводных лодок.",
         {("Соглашение между Китаем и Пакистаном", "mentioned", "2018",
           ("state/CHN", "state/PAK"))}),
        ("В соответствии с договором 2010 года Индия передаст Бангладеш часть территорий.",
         {("Договор между Бангладешем и Индией", "mentioned", "2010",
           ("state/BGD", "state/IND"))}),
        ("Согласно соглашению 2015 года Франция поставит Индии 36 истребителей.",
         {("Соглашение между Индией и Францией", "mentioned", "2015",
           ("state/FRA", "state/IND"))}),
        ("В рамках соглашения 2019 года Турция закупает у Азербайджана газ.",
         {("Соглашение между Азербайджаном и Турцией", "mentioned", "2019",
           ("state/AZE", "state/TUR"))}),
        # must not: an act of one state, or of three, names no paper's two sides
        ("В рамках соглашения 2018 года Китай построит порт.", set()),
        ("В рамках соглашения 2018 года Китай и Россия поставят Пакистану оружие.", set()),
        # ... nor a paper of a name of its own, whoever acts under it (review28)
        ("В рамках Парижского соглашения по климату 2015 года Индия и Бразилия сократят "
         "выбросы.", {("Парижское соглашение по климату", "mentioned", "", ())}),
        ("В соответствии с Киотским протоколом Япония и Канада сократили выбросы.",
         {("Киотский протокол", "mentioned", "", ())}),
    ],
)  # fmt: skip
def test_a_dated_paper_an_act_is_done_under(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # an undeclined state after the title, the subject of the verb: not the title's
        ("В рамках Соглашения о свободной торговле Чили поставляет Мексике медь.",
         "Соглашение о свободной торговле"),
        ("Согласно Соглашению о свободной торговле Чили закупает у Китая оборудование.",
         "Соглашение о свободной торговле"),
        ("В рамках договора о сотрудничестве Мали получает от Алжира зерно.",
         "Договор о сотрудничестве"),
        # must not: a state of the title's own, the verb's subject the title
        ("Соглашение о торговле Чили подписано в 1998 году.", "Соглашение о торговле Чили"),
        ("Договор о сотрудничестве Мали действует с 2010 года.",
         "Договор о сотрудничестве Мали"),
        ("Франция ратифицировала договор о дружбе Мали и Сенегала.",
         "Договор о дружбе Мали и Сенегала"),
    ],
)  # fmt: skip
def test_the_subject_after_a_title_is_not_its(read, text, title):
    assert {row[0] for row in read(text)} == {title}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a protocol signed under a frame is a paper between its signers (agr36)
        ("Египет и Судан подписали протокол в рамках соглашения 1959 года.",
         {("Протокол между Египтом и Суданом", "signed", "", ("state/EGY", "state/SDN"))}),
        ("Индия и Непал подписали протокол в рамках договора 1950 года.",
         {("Протокол между Индией и Непалом", "signed", "", ("state/IND", "state/NPL")),
          ("Договор между Индией и Непалом", "mentioned", "1950", ("state/IND", "state/NPL"))}),
        ("Бразилия и Аргентина подписали дополнительный протокол в соответствии с договором "
         "1991 года.",
         {("Протокол между Аргентиной и Бразилией", "signed", "", ("state/ARG", "state/BRA")),
          ("Договор между Аргентиной и Бразилией", "mentioned", "1991",
           ("state/ARG", "state/BRA"))}),
        ("Египет и Судан подписали протокол в соответствии с договором о водах Нила.",
         {("Протокол между Египтом и Суданом", "signed", "", ("state/EGY", "state/SDN")),
          ("Договор о водах Нила", "mentioned", "", ("state/EGY", "state/SDN"))}),
        # must not: a bare protocol, one not signed, one under a law
        ("Египет и Судан подписали протокол.", set()),
        ("Египет и Судан обсудили протокол в рамках соглашения 1959 года.",
         {("Соглашение между Египтом и Суданом", "mentioned", "1959",
           ("state/EGY", "state/SDN"))}),
        ("Полиция Египта составила протокол в рамках закона о торговле.", set()),
        # ... nor one under a frame of other sides (review29): whose it is, unsaid
        ("Таиланд и Мьянма подписали протокол в рамках соглашения между Китаем и Лаосом о "
         "транзите.",
         {("Соглашение между Китаем и Лаосом о транзите", "mentioned", "",
           ("state/CHN", "state/LAO"))}),
    ],
)  # fmt: skip
def test_a_protocol_signed_under_a_frame(read, text, found):
    assert read(text) == found
