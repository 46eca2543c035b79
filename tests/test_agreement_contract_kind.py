"""A "договор" whose sides are firms, clubs or universities, or one state and a firm, is a
contract, of kind Agreement: the contract keeps Treaty for papers between states. A treaty
of states, of a state and a union or of no known side keeps its kind.
Sentences of our own about other firms and states, with must-nots (agr41)."""

from __future__ import annotations

import pytest

from kg.extract.agreements import extract_agreements
from kg.model import Document


@pytest.fixture(scope="module")
def kinds(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, kind) of each agreement kg reads."""
    return lambda text: {
        (a.title, a.kind)
        for a in extract_agreements(analyse(Document(id="t", text=text, date="2025-04-02")))
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # firms, a firm and its client, a club and its player, two universities: contracts
        (
            "Компания Toyota и компания VinFast заключили договор о поставке аккумуляторов.",
            {("Договор о поставке аккумуляторов", "Agreement")},
        ),
        (
            "Бразильский предприниматель Карлос Мендес подписал с американской компанией Space "
            "Adventures договор о космическом полёте.",
            {("Договор о космическом полёте", "Agreement")},
        ),
        (
            "Студент Марко Росси заключил договор о стажировке с компанией Siemens.",
            {("Договор о стажировке", "Agreement")},
        ),
        (
            "Нападающий Луис Фернандес подписал договор с клубом «Бенфика» до 2027 года.",
            {("Договор с Бенфика", "Agreement")},
        ),
        (
            "Университет Глазго и Университет Осаки подписали договор о сотрудничестве.",
            {("Договор о сотрудничестве", "Agreement")},
        ),
        # one state and a firm: a state's supply or construction contract
        (
            "Аргентина и компания Airbus подписали договор о поставке самолётов.",
            {("Договор о поставке самолётов", "Agreement")},
        ),
        (
            "Вьетнам подписал с французской компанией Thales договор на поставку радаров.",
            {("Договор на поставку радаров", "Agreement")},
        ),
        (
            "Правительство Индонезии заключило с компанией Siemens договор о строительстве "
            "электростанции.",
            {("Договор о строительстве электростанции", "Agreement")},
        ),
        # must-nots: papers between states, of a state and a union, of no known side
        ("Египет и Судан подписали договор о границе в Каире.", {("Договор о границе", "Treaty")}),
        (
            "Между Чили и Перу действует договор об экстрадиции.",
            {("Договор об экстрадиции", "Treaty")},
        ),
        (
            "Польша заключила договор с Европейским союзом о получении кредита.",
            {("Договор о получении кредита", "Treaty")},
        ),
        (
            "Египет и Судан при посредничестве компании Siemens подписали договор о "
            "строительстве плотины.",
            {("Договор о строительстве плотины", "Treaty")},
        ),
        ("Позже был подписан договор о ненападении.", {("Договор о ненападении", "Treaty")}),
    ],
)
def test_contract_kind(kinds, text: str, found: set[tuple[str, str]]) -> None:  # noqa: ANN001
    assert kinds(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a role of a team ("капитан команды", "капитан сборной", "лидер клуба"): his own contract
        (
            "Капитан команды Матео Гарсия подписал новый трёхлетний договор.",
            {("Договор", "Agreement")},
        ),
        (
            "Матео Гарсия, капитан сборной Уругвая, подписал новый договор.",
            {("Договор", "Agreement")},
        ),
        ("Лидер клуба Матео Гарсия подписал новый договор.", {("Договор", "Agreement")}),
        # must-nots: a captain of a ship or of a rank signs for his state
        (
            "Капитан корабля Матео Гарсия подписал договор о перемирии.",
            {("Договор о перемирии", "Treaty")},
        ),
        (
            "Капитан первого ранга Матео Гарсия подписал договор о перемирии.",
            {("Договор о перемирии", "Treaty")},
        ),
    ],
)
def test_a_team_role_signs_his_own_contract(kinds, text: str, found: set[tuple[str, str]]) -> None:  # noqa: ANN001
    assert kinds(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # must-nots: a team of someone's or a club of no sport: its head signs for his state
        (
            "Хуан Перес, глава команды переговорщиков Чили, подписал в Лиме договор о "
            "прекращении огня.",
            {("Договор о прекращении огня", "Treaty")},
        ),
        (
            "Представитель команды Бачелет Хуан Перес подписал договор о гарантиях безопасности.",
            {("Договор о гарантиях безопасности", "Treaty")},
        ),
        (
            "Член команды президента Перу Хуан Перес подписал договор о сотрудничестве в обороне.",
            {("Договор о сотрудничестве в обороне", "Treaty")},
        ),
        (
            "Хуан Перес, лидер команды коалиции, подписал договор о добрососедстве.",
            {("Договор о добрососедстве", "Treaty")},
        ),
        (
            "Глава Лондонского клуба Хуан Перес подписал договор о реструктуризации долга.",
            {("Договор о реструктуризации долга", "Treaty")},
        ),
        # a club a sport's adjective or a league marks, a captain of a state's team: his own
        # contract
        (
            "Глава футбольного клуба Матео Гарсия подписал новый договор.",
            {("Договор", "Agreement")},
        ),
        (
            "Глава клуба Премьер-лиги Матео Гарсия подписал новый договор.",
            {("Договор", "Agreement")},
        ),
        (
            "Матео Гарсия, капитан команды Уругвая, подписал новый договор.",
            {("Договор", "Agreement")},
        ),
    ],
)
def test_a_team_of_no_sport_keeps_the_treaty(kinds, text: str, found: set[tuple[str, str]]) -> None:  # noqa: ANN001
    assert kinds(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a team a quoted club name names: a player's role in it signs his own contract
        (
            "Капитан команды «Пеньяроль» Матео Гарсия подписал новый договор.",
            {("Договор", "Agreement")},
        ),
        (
            "Лидер команды «Альянса Лима» Хуан Перес подписал новый договор.",
            {("Договор", "Agreement")},
        ),
        (
            "Матео Гарсия, капитан команды «Насьональ», подписал новый договор.",
            {("Договор", "Agreement")},
        ),
        # must-nots: the team of someone, a quoted name of no team
        (
            "Хуан Перес, лидер команды коалиции, подписал договор о добрососедстве.",
            {("Договор о добрососедстве", "Treaty")},
        ),
        (
            "Глава команды переговорщиков Хуан Перес подписал договор о прекращении огня.",
            {("Договор о прекращении огня", "Treaty")},
        ),
    ],
)
def test_a_quoted_team_is_a_sports_one(kinds, text: str, found: set[tuple[str, str]]) -> None:  # noqa: ANN001
    assert kinds(text) == found
