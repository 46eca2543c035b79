"""Agreements (agr39): an amount with an adjective before its measure ("на общую сумму")
ends a title as "на сумму" does; a paper right after a noun of talks ("переговоров о
соглашении …") is what those talks are about, however the parse hangs it; two states that
keep, break or revise a paper are not thereby its parties; an undeclined side after "между X
и" before "было подписано" stays the title's; a clause whose verb a dash leaves out ("…, а
министры … — меморандум") has its own signers. Sentences of our own about other pairs of
states, with must-nots."""

from __future__ import annotations

import pytest
from agreement_runs import agreement_rows, dated_rows

CEASEFIRE = "Соглашение о прекращении огня"


@pytest.fixture(scope="module")
def read(analyse):  # noqa: ANN001, ANN201 - the conftest fixture
    """Text → (title, status, parties, signatories) of each agreement kg reads."""
    return lambda text: agreement_rows(analyse, text, "2025-04-10")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the amount with an adjective is its size, not its topic
        ("Марокко и Нигерия подписали соглашение о строительстве газопровода на общую сумму "
         "25 млрд долларов.",
         {("Соглашение о строительстве газопровода", "signed", ("state/MAR", "state/NGA"), ())}),
        ("Египет и Оман подписали соглашение о кредите в общем размере 2 млрд долларов.",
         {("Соглашение о кредите", "signed", ("state/EGY", "state/OMN"), ())}),
        ("Турция и Катар подписали соглашения на совокупную сумму 3 млрд долларов.",
         {("Соглашение между Катаром и Турцией", "signed", ("state/QAT", "state/TUR"), ())}),
        # must not: a topic with an adjective after "на" stays the title's
        ("Норвегия и Исландия подписали соглашение о квотах на общий вылов трески.",
         {("Соглашение о квотах на общий вылов трески", "signed", ("state/ISL", "state/NOR"),
           ())}),
    ],
)  # fmt: skip
def test_an_amount_with_an_adjective_ends_the_title(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the paper after "переговоров о" is talked about, not signed by the verb before
        ("Вьетнам и Индонезия подписали соглашение о рыболовстве и договорились о начале "
         "переговоров о соглашении о торговле.",
         {("Соглашение о рыболовстве", "signed", ("state/IDN", "state/VNM"), ()),
          ("Соглашение о торговле", "negotiating", ("state/IDN", "state/VNM"), ())}),
        ("Филиппины и Австралия договорились о начале переговоров о соглашении о взаимном "
         "обслуживании.",
         {("Соглашение о взаимном обслуживании", "negotiating", ("state/AUS", "state/PHL"),
           ())}),
        # must not: talks broken off leave it mentioned; a paper about talks is one paper
        ("Вьетнам и Индонезия подписали соглашение о рыболовстве и прервали переговоры о "
         "соглашении о торговле.",
         {("Соглашение о рыболовстве", "signed", ("state/IDN", "state/VNM"), ()),
          ("Соглашение о торговле", "mentioned", ("state/IDN", "state/VNM"), ())}),
        ("Чили и Перу подписали протокол о переговорах о соглашении о торговле.",
         {("Протокол о переговорах о соглашении о торговле", "signed", ("state/CHL", "state/PER"),
           ())}),
    ],
)  # fmt: skip
def test_a_paper_after_a_noun_of_talks_is_talked_about(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # two states that keep, break or revise a paper are not thereby its sides: many
        # papers of a plain topic have more (review34; h-agr39's rule reverted)
        ("Гана и Того нарушили соглашение о прекращении огня.",
         {(CEASEFIRE, "mentioned", (), ())}),
        ("Франция и Германия нарушили пакт о стабильности.",
         {("Пакт о стабильности", "mentioned", (), ())}),
        # nor one state alone, states called on to keep it, a paper of a name of its own, a
        # paper a union owns, or who only welcomes it
        ("Гана нарушила соглашение о прекращении огня.", {(CEASEFIRE, "mentioned", (), ())}),
        ("США призвали Гану и Того соблюдать соглашение о прекращении огня.",
         {(CEASEFIRE, "mentioned", (), ())}),
        ("Эфиопия и Египет призвали Судан выйти из соглашения об обмене информацией.",
         {("Соглашение об обмене информацией", "mentioned", (), ())}),
        ("Индия и Бразилия выполняют Парижское соглашение по климату.",
         {("Парижское соглашение по климату", "mentioned", (), ())}),
        ("Франция и Германия нарушили соглашение ЕС о миграции.",
         {("Соглашение ЕС о миграции", "mentioned", (), ())}),
        ("Франция и Германия приветствовали соглашение о прекращении огня.",
         {(CEASEFIRE, "mentioned", (), ())}),
        # nor mediators who revise a paper others are offered
        ("Египет и Катар пересмотрели соглашение о прекращении огня, предложенное Израилю и "
         "ХАМАС.",
         {(CEASEFIRE, "mentioned", (), ())}),
    ],
)  # fmt: skip
def test_states_that_keep_or_break_a_paper_are_not_its_sides(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an undeclined second side before "было подписано" is the title's, not a subject
        ("Договор о дружбе между Ираном и КНДР был подписан в 1990 году.",
         {("Договор о дружбе между Ираном и КНДР", "signed", ("state/IRN", "state/PRK"), ())}),
        ("Соглашение о свободной торговле между Индией и ОАЭ было подписано в феврале 2022 "
         "года.",
         {("Соглашение о свободной торговле между Индией и ОАЭ", "signed",
           ("state/ARE", "state/IND"), ())}),
        # must not: the subject of a verb with an auxiliary after a title stays the act's
        ("В рамках Соглашения о свободной торговле Чили будет поставлять Мексике медь.",
         {("Соглашение о свободной торговле", "mentioned", ("state/CHL", "state/MEX"), ())}),
    ],
)  # fmt: skip
def test_an_undeclined_side_before_an_auxiliary_stays_in_the_title(read, text, found):
    assert read(text) == found


SISI, CHRISTODOULIDES = "person/abdel-fattah-el-sisi", "person/nikos-khristodulidis"
EGYPT_CYPRUS = ("state/CYP", "state/EGY")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the signers of a clause whose verb a dash leaves out are that clause's own
        ("Президент Египта Абдель Фаттах ас-Сиси и президент Кипра Никос Христодулидис подписали "
         "соглашение о поставках газа, а министры энергетики двух стран — меморандум о "
         "сотрудничестве.",
         {("Соглашение о поставках газа", "signed", EGYPT_CYPRUS, (SISI, CHRISTODOULIDES)),
          ("Меморандум о сотрудничестве", "signed", EGYPT_CYPRUS, ())}),
        ("Президенты Египта и Кипра подписали соглашение о газе, а министры энергетики Египта и "
         "Кипра Карим Бадави и Йоргос Папанастасиу — меморандум о сотрудничестве.",
         {("Соглашение о газе", "signed", EGYPT_CYPRUS, ()),
          ("Меморандум о сотрудничестве", "signed", EGYPT_CYPRUS,
           ("person/karim-badavi", "person/yorgos-papanastasiu"))}),
        ("Президент Египта Абдель Фаттах ас-Сиси подписал соглашение о газе с Кипром, а "
         "премьер-министр Греции Кириакос Мицотакис — меморандум о торговле с Египтом.",
         {("Соглашение о газе", "signed", EGYPT_CYPRUS, (SISI,)),
          ("Меморандум о торговле", "signed", ("state/EGY", "state/GRC"), ("person/Q552751",))}),
        # must not: papers of one clause, or one a dash only restates, share its signers
        ("Президенты Египта и Кипра Абдель Фаттах ас-Сиси и Никос Христодулидис подписали "
         "соглашение о газе и меморандум о сотрудничестве.",
         {("Соглашение о газе", "signed", EGYPT_CYPRUS, (SISI, CHRISTODOULIDES)),
          ("Меморандум о сотрудничестве", "signed", EGYPT_CYPRUS, (SISI, CHRISTODOULIDES))}),
        ("Президенты Египта и Кипра Абдель Фаттах ас-Сиси и Никос Христодулидис подписали "
         "соглашение о газе, а также главный документ визита — декларацию о партнёрстве.",
         {("Соглашение о газе", "signed", EGYPT_CYPRUS, (SISI, CHRISTODOULIDES)),
          ("Декларация о партнёрстве", "signed", EGYPT_CYPRUS, (SISI, CHRISTODOULIDES))}),
        # nor does a gapped clause with no subject of its own: the first clause's sign it
        ("Президенты Египта и Кипра Абдель Фаттах ас-Сиси и Никос Христодулидис подписали в "
         "марте соглашение о газе, а в мае — меморандум о сотрудничестве.",
         {("Соглашение о газе", "signed", EGYPT_CYPRUS, (SISI, CHRISTODOULIDES)),
          ("Меморандум о сотрудничестве", "signed", EGYPT_CYPRUS, (SISI, CHRISTODOULIDES))}),
    ],
)  # fmt: skip
def test_a_gapped_clause_has_its_own_signers(read, text, found):
    assert read(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the date of a gapped clause is its paper's, not the first clause's (a May signed
        # told in April is last year's: `_year_by_status`, fifty-second pass)
        ("Вьетнам и Камбоджа подписали соглашение о торговле, а в мае — меморандум об "
         "образовании.",
         {("Соглашение о торговле", "signed", "", ("state/KHM", "state/VNM")),
          ("Меморандум об образовании", "signed", "2024-05", ("state/KHM", "state/VNM"))}),
        # must not: the first clause's own date stays
        ("Чили и Перу подписали в марте соглашение о торговле, а в мае — меморандум об "
         "образовании.",
         {("Соглашение о торговле", "signed", "2025-03", ("state/CHL", "state/PER")),
          ("Меморандум об образовании", "signed", "2024-05", ("state/CHL", "state/PER"))}),
    ],
)  # fmt: skip
def test_a_gapped_clause_has_its_own_date(analyse, text, found):  # noqa: ANN001 - conftest
    assert dated_rows(analyse, text, "2025-04-10") == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # states the parse takes for objects before the verb, its paper after it, sign it
        ("Вьетнам и Лаос подписали в марте соглашение о торговле.",
         {("Соглашение о торговле", "signed", "2025-03", ("state/LAO", "state/VNM"))}),
        # must not: a verb with its subject keeps it
        ("Египет и Судан подписали в Каире соглашение о поставках нефти.",
         {("Соглашение о поставках нефти", "signed", "", ("state/EGY", "state/SDN"))}),
    ],
)  # fmt: skip
def test_states_the_parse_takes_for_objects_sign(analyse, text, found):  # noqa: ANN001
    assert dated_rows(analyse, text, "2025-04-10") == found
