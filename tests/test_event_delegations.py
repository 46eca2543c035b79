"""A delegation's members: the persons its "во главе с" and "в составе" phrases name travel
with it and take part in its visit. Sentences of our own about other pairs of states, with
persons named beside a delegation who are not of it.

A delegation that names no state of its own travels for the state its leader's phrase names
("Делегация во главе с министром иностранных дел Кении X прибыла в Уганду": Kenya), its
leader taking part; so does the leader of "делегация Кении, возглавляемая министром X"
(fifty-second pass, h-events142). Azerbaijan–Turkey, Kenya–Uganda."""

from __future__ import annotations

import pytest

# text, who takes part in the visit, who must not
CASES = [
    ("3 июня в Буэнос-Айрес прибыла делегация Бразилии во главе с министром иностранных дел "
     "Мауро Виейрой, в составе министра финансов Фернандо Аддада и министра обороны Жозе "
     "Мусиу Монтейру.",
     {"person/mauro-vieira", "person/fernando-addad", "person/zhoze-musiu-monteyru"}, set()),
    ("Делегация Вьетнама во главе с премьер-министром Фам Минь Тинем, в составе министра "
     "промышленности Нгуен Хонг Зиена и министра иностранных дел Буй Тхань Шона, 8 июля "
     "прибыла в Токио.",
     {"person/fam-min-tin", "person/nguen-khong-zien", "person/buy-tkhan-shon"}, set()),
    ("Делегация Египта в составе министра иностранных дел Бадра Абдель Аты, министра "
     "финансов Ахмеда Кучука и министра торговли Шерифа Фаруга прибыла в Анкару.",
     {"person/badr-abdel-ata", "person/akhmed-kuchuk", "person/sherif-farug"}, set()),
    # must not: one who speaks of the delegation after the list
    ("В Париж прибыла делегация Индии во главе с министром торговли Пиюшем Гоялом, сообщил "
     "министр иностранных дел Франции Жан-Ноэль Барро.",
     {"person/piyush-goyal"}, {"person/zhan-noel-barro"}),
    # the next sentence lists the rest
    ("8 апреля в Буэнос-Айрес прибыла делегация Бразилии во главе с министром иностранных дел "
     "Мауро Виейрой. В состав делегации вошли министр финансов Фернандо Аддад и министр "
     "обороны Жозе Мусиу Монтейру.",
     {"person/mauro-vieira", "person/fernando-addad", "person/zhoze-musiu-monteyru"}, set()),
    ("В Каир прибыла делегация Турции. В её состав вошли министр торговли Турции Омер Болат и "
     "министр энергетики Алпарслан Байрактар.",
     {"person/omer-bolat", "person/alparslan-bayraktar"}, set()),
    ("В Париж прибыла делегация Индии. В составе делегации министр торговли Пиюш Гоял и "
     "министр финансов Нирмала Ситараман.",
     {"person/piyush-goyal", "person/nirmala-sitaraman"}, set()),
    # must not: another body's members
    ("В Париж прибыла делегация Индии. В состав правительства Франции вошёл новый министр "
     "Жан-Ноэль Барро.",
     set(), {"person/zhan-noel-barro"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "members", "others"), CASES)
def test_a_delegations_members_take_part(
    events, text: str, members: set[str], others: set[str]
) -> None:
    (visit,) = [e for e in events(text) if e.kind == "Visit"]
    assert members <= set(visit.participants) and not others & set(visit.participants)


# text, the visit's visitor, its host, its leader
LED = [
    ("Делегация во главе с министром иностранных дел Кении Мусалией Мудавади прибыла в "
     "Уганду.", "state/KEN", "state/UGA", "person/musaliya-mudavadi"),
    ("Делегация во главе с министром иностранных дел Азербайджана Джейхуном Байрамовым "
     "прибыла в Турцию.", "state/AZE", "state/TUR", "person/jeyhun-bayramov"),
    ("Делегация Кении, возглавляемая министром иностранных дел Мусалией Мудавади, прибыла в "
     "Уганду.", "state/KEN", "state/UGA", "person/musaliya-mudavadi"),
    ("Делегация Азербайджана, возглавляемая вице-премьером Шахином Мустафаевым, прибыла в "
     "Турцию.", "state/AZE", "state/TUR", "person/shakhin-mustafaev"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "visitor", "host", "leader"), LED)
def test_a_delegation_travels_for_its_leaders_state(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    visitor: str,
    host: str,
    leader: str,
) -> None:
    (visit,) = [e for e in events(text, "2024-05-10") if e.kind == "Visit"]
    assert (visit.visitor, visit.host) == (visitor, host)
    assert leader in visit.participants


@pytest.mark.parametrize(
    "text",
    [
        # must-not: a delegation whose phrase names no state, or only the host's
        "Делегация во главе с министром иностранных дел прибыла в Уганду.",
        "Делегация прибыла в Уганду.",
        "Делегация во главе с министром торговли Уганды прибыла в Уганду.",
    ],
)
def test_no_state_no_delegation_visit(events, text: str) -> None:  # noqa: ANN001
    assert not [e for e in events(text, "2024-05-10") if e.kind == "Visit"]
