"""Who is a side of a paper (agrrel33). A team's captain whom the office list gives his
team's state ("капитан команды Перу Паоло Герреро") signs his own contract with a club, not
for that state. A state that decides, means or threatens to leave or end a paper ("Египет
пригрозил выйти из декларации") is its party; one that decides to extend it is not thereby
(a mediator may). States a titled paper binds ("наши страны связывает договор о дружбе") are
its parties, as are those plural papers bind, those bound in the passive ("связаны
договором") and a paper's objects (agrrel34); states that keep or break it, or link it with
something, are not thereby (a guarantor keeps it too). Sentences of our own about Peru,
Chile, Bolivia, Japan, India, Egypt, Ethiopia, Sudan, Oman, Kuwait, Denmark, Finland,
Belgium, Senegal, Gambia, with must-nots."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def papers(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → the agreements kg reads."""
    return lambda text: extract_agreements(analyse(Document(id="t", text=text, date="2025-04-02")))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Капитан команды Перу Паоло Герреро подписал новый договор с клубом «Интернасьонал».",
            {("Договор с Интернасьоналом", "Agreement", ("org/internasonal",))},
        ),
        (
            "Капитан команды Японии Макото Хасэбэ подписал новый договор с клубом «Айнтрахт» "
            "на два года.",
            {("Договор с Айнтрахтом", "Agreement", ("org/ayntrakht",))},
        ),
        (
            "Капитан команды Перу Паоло Герреро подписал новый договор.",
            {("Договор", "Agreement", ())},
        ),
        # must-not: the head of a state's team of negotiators signs for his state
        (
            "Глава команды переговорщиков Египта Сэмех Шукри подписал договор с Эфиопией.",
            {("Договор между Египтом и Эфиопией", "Treaty", ("state/EGY", "state/ETH"))},
        ),
    ],
)
def test_a_team_captain_signs_for_no_state(papers, text: str, found: set) -> None:  # noqa: ANN001
    assert {(a.title, a.kind, tuple(sorted(a.parties))) for a in papers(text)} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Египет пригрозил выйти из декларации о принципах.",
            {("Декларация о принципах", ("state/EGY",))},
        ),
        (
            "Египет пригрозил выйти из Декларации принципов, подписанной с Эфиопией и Суданом "
            "в 2015 году.",
            {("Декларация принципов", ("state/EGY", "state/ETH", "state/SDN"))},
        ),
        (
            "Президент Египта пригрозил выйти из соглашения о водах Нила.",
            {("Соглашение о водах Нила", ("state/EGY",))},
        ),
        (
            "Египет намерен выйти из соглашения о торговле.",
            {("Соглашение о торговле", ("state/EGY",))},
        ),
        # must-nots: one who urges another, one who means to join, one who does not mean to
        (
            "Чили призвало Перу выйти из договора о границе.",
            {("Договор о границе", ())},
        ),
        (
            "Перу решило присоединиться к соглашению о свободной торговле.",
            {("Соглашение о свободной торговле", ())},
        ),
        (
            "Египет не собирается выходить из соглашения о водах Нила.",
            {("Соглашение о водах Нила", ())},
        ),
        # nor those who decide to extend it: mediators may, guarantors may
        (
            "Оман и Кувейт договорились продлить соглашение о прекращении огня в Йемене.",
            {("Соглашение о прекращении огня в Йемене", ())},
        ),
        (
            "Дания и Финляндия решили продлить соглашение о рыболовстве.",
            {("Соглашение о рыболовстве", ())},
        ),
    ],
)
def test_who_means_to_leave_a_paper_is_its_party(papers, text: str, found: set) -> None:  # noqa: ANN001
    assert {(a.title, tuple(sorted(a.parties))) for a in papers(text)} == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Японию и Индию связывает соглашение о ядерном сотрудничестве.",
            {("Соглашение о ядерном сотрудничестве", "mentioned", ("state/IND", "state/JPN"))},
        ),
        (
            "Наши страны связывает договор о дружбе, заявил посол Египта в Эфиопии.",
            {("Договор о дружбе", "mentioned", ("state/EGY", "state/ETH"))},
        ),
        # must-nots: states that keep, carry out or break it (a guarantor or a non-party may),
        # that link it with something, critics, urgers, a negated binding
        (
            "Чили и Перу соблюдают договор о границе.",
            {("Договор о границе", "mentioned", ())},
        ),
        (
            "Япония и Индия выполняют соглашение о ядерном сотрудничестве.",
            {("Соглашение о ядерном сотрудничестве", "mentioned", ())},
        ),
        (
            "Египет и Эфиопия нарушили декларацию о принципах.",
            {("Декларация о принципах", "mentioned", ())},
        ),
        (
            "Бельгия и Дания связывают соглашение о торговле с защитой лесов.",
            {("Соглашение о торговле с защитой лесов", "mentioned", ())},
        ),
        (
            "Египет и Эфиопия критикуют соглашение о водах Нила 1959 года.",
            {("Соглашение о водах Нила", "mentioned", ())},
        ),
        (
            "Чили и Перу призвали Боливию соблюдать договор о транзите.",
            {("Договор о транзите", "mentioned", ())},
        ),
        ("Египет и Эфиопию не связывает никакой договор о водах Нила.", set()),
        # plural papers with a plural verb bind the states, as a singular one does
        (
            "Сенегал и Гамбию связывают соглашения о свободном передвижении.",
            {("Соглашение о свободном передвижении", "mentioned", ("state/GMB", "state/SEN"))},
        ),
        (
            "Чили и Перу связывают соглашения о свободной торговле.",
            {("Соглашение о свободной торговле", "mentioned", ("state/CHL", "state/PER"))},
        ),
        # states bound by a paper in the passive, the paper its instrument
        (
            "Сенегал и Гамбия связаны договором о добрососедстве.",
            {("Договор о добрососедстве", "mentioned", ("state/GMB", "state/SEN"))},
        ),
        # a paper as the subject of a past binding, the states its objects
        (
            "Договор о дружбе связал Сенегал и Гамбию в 1995 году.",
            {("Договор о дружбе", "mentioned", ("state/GMB", "state/SEN"))},
        ),
        # "с" of a time since, not of a thing linked
        (
            "Договор о дружбе связывает Сенегал и Гамбию с 1995 года.",
            {("Договор о дружбе", "mentioned", ("state/GMB", "state/SEN"))},
        ),
        # a paper two states have, as its subject or by "у"
        (
            "Сенегал и Гамбия имеют соглашение о свободном передвижении.",
            {("Соглашение о свободном передвижении", "mentioned", ("state/GMB", "state/SEN"))},
        ),
        (
            "У Сенегала и Гамбии есть договор о границе.",
            {("Договор о границе", "mentioned", ("state/GMB", "state/SEN"))},
        ),
        # must-nots: papers each has with another, a paper had with a third side, one
        # state's, a right under a paper, none had
        (
            "Сенегал и Гамбия имеют соглашения об ассоциации.",
            {("Соглашение об ассоциации", "mentioned", ())},
        ),
        (
            "Сенегал и Гамбия имеют соглашение о торговле с Китаем.",
            {("Соглашение о торговле", "mentioned", ("state/CHN",))},
        ),
        (
            "У Сенегала есть договор о границе.",
            {("Договор о границе", "mentioned", ())},
        ),
        (
            "Сенегал и Гамбия имеют претензии к договору о границе.",
            {("Договор о границе", "mentioned", ())},
        ),
        (
            "У Сенегала и Гамбии нет договора о границе.",
            {("Договор о границе", "mentioned", ())},
        ),
        # must-nots: papers linked with something, a singular paper the states link, a
        # negated binding, a thing bound to a paper, one state bound
        (
            "Сенегал и Гамбия связывают соглашения о торговле с защитой лесов.",
            {("Соглашение о торговле с защитой лесов", "mentioned", ())},
        ),
        (
            "Сенегал и Гамбия связывают соглашение о торговле и правила транзита.",
            {("Соглашение о торговле", "mentioned", ())},
        ),
        (
            "Сенегал и Гамбию не связывают никакие соглашения о границе.",
            set(),
        ),
        (
            "Эти расходы Сенегала и Гамбии связаны с договором о границе.",
            {("Договор о границе", "mentioned", ())},
        ),
        (
            "Руки Сенегала и Гамбии связаны договором о границе.",
            {("Договор о границе", "mentioned", ())},
        ),
        (
            "Сенегал связан договором о границе.",
            {("Договор о границе", "mentioned", ())},
        ),
    ],
)
def test_states_a_titled_paper_binds_are_its_parties(papers, text: str, found: set) -> None:  # noqa: ANN001
    assert {(a.title, a.status, tuple(sorted(a.parties))) for a in papers(text)} == found
