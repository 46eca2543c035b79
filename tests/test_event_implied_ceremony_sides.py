"""Ceremonies whose second state or place is only implied (sixty-fourth pass, h-events233).

Credentials handed over with no receiver named are between the envoy's state and the one he
is posted to ("посол Ганы в Нигерии") or whose capital holds them ("в Кампале"); a state a
later sentence speaks of is none. An inauguration or an oath of office is held where its
own words or the bare "Церемония прошла в …" after it say; the one inaugurated is never the
guest ("присутствовал на его инаугурации", "на инаугурации президента"), nor of the guest's
state, but of the state of the capital it is held in, or titled before. Sentences of our own
(Ghana–Nigeria, Kenya–Uganda, Morocco–Senegal, Ghana–Togo, Ghana–Senegal)."""

from __future__ import annotations

import pytest
from fact_reads import of_kind, person_keys, state_keys

MAHAMA = "person/dzhon-makhama"

HOSTED = [
    ("Посол Ганы в Нигерии Кофи Менса вручил копии верительных грамот 1 декабря.",
     {"state/GHA", "state/NGA"}),
    ("Кофи Менса, новый посол Ганы в Того, вручил верительные грамоты 1 декабря.",
     {"state/GHA", "state/TGO"}),
    ("Посол Кении Джеймс Мванги вручил верительные грамоты в Кампале 1 декабря.",
     {"state/KEN", "state/UGA"}),
    ("Вручение верительных грамот новым послом Марокко состоялось в Дакаре 3 декабря.",
     {"state/MAR", "state/SEN"}),
    # must-nots: a state only a later sentence speaks of is no host
    ("Посол Ганы Кофи Менса вручил верительные грамоты 1 декабря. Позже он рассказал о "
     "ситуации в Того.", {"state/GHA"}),
    ("Посол Ганы Кофи Менса вручил верительные грамоты 1 декабря. Того и Гана подписали "
     "соглашение.", {"state/GHA"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), HOSTED)
def test_credentials_with_no_receiver_take_the_host(
    events,  # noqa: ANN001 - the conftest fixture
    text: str,
    states: set[str],
) -> None:
    (rite,) = of_kind(events(text, "2026-12-03"), "Ceremony")
    assert rite.label.startswith("Вручение верительных грамот")
    assert state_keys(rite) == states


PLACED = [
    ("Инаугурация президента Ганы Джона Махамы состоялась 7 января. Церемония прошла в "
     "Президентском дворце.", "Президентский дворец"),
    ("Джон Махама принёс присягу 7 января. Церемония состоялась на площади Независимости "
     "в Аккре.", "Аккре"),
    ("Инаугурация президента Ганы Джона Махамы прошла 7 января в Аккре.", "Аккра"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), PLACED)
def test_an_inauguration_is_held_where_its_ceremony_is(
    events,  # noqa: ANN001
    text: str,
    place: str,
) -> None:
    found = events(text, "2026-12-03")
    assert not of_kind(found, "Ceremony")
    (rite,) = of_kind(found, "Appointment")
    assert place in rite.location
    assert (rite.date, person_keys(rite)) == ("2026-01-07", [MAHAMA])


# must keep: a soldiers' oath's ceremony is a ceremony; an appointment by decree has no place
def test_other_ceremonies_keep_their_place(events) -> None:  # noqa: ANN001
    text = "Новобранцы приняли военную присягу 7 января. Церемония прошла на плацу в Аккре."
    (rite,) = of_kind(events(text, "2026-12-03"), "Ceremony")
    assert "Аккр" in rite.location
    text = "Кофи Менса назначен послом Ганы в Перу. Церемония прошла в Аккре."
    (post,) = of_kind(events(text, "2026-12-03"), "Appointment")
    assert not post.location


GUESTED = [
    ("Президент Сенегала Бассиру Диомай Фай присутствовал на инаугурации Джона Махамы.",
     set()),
    ("Президент Сенегала Бассиру Диомай Фай присутствовал на инаугурации Джона Махамы в "
     "Аккре.", {"state/GHA"}),
    ("Президент Сенегала Бассиру Диомай Фай прибыл в Аккру на инаугурацию Джона Махамы.",
     {"state/GHA"}),
    ("Джон Махама стал президентом Ганы. Президент Сенегала Бассиру Диомай Фай "
     "присутствовал на его инаугурации.", {"state/GHA"}),
    ("Президент Ганы Джон Махама вернулся к власти после выборов. Президент Сенегала "
     "Бассиру Диомай Фай присутствовал на инаугурации президента 7 января.", {"state/GHA"}),
    ("Джон Махама принёс присягу в Аккре. Сенегал поздравил его.", {"state/GHA"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "states"), GUESTED)
def test_the_one_inaugurated_is_not_the_guest(
    events,  # noqa: ANN001
    text: str,
    states: set[str],
) -> None:
    (rite,) = of_kind(events(text, "2026-12-03"), "Appointment")
    assert person_keys(rite) == [MAHAMA]
    assert state_keys(rite) == states


# must-nots: a guest is inaugurated by no title alone; "его" inside the subject is the subject's
def test_a_guest_is_no_holder(events) -> None:  # noqa: ANN001
    text = (
        "Джон Махама вернулся к власти после выборов в Гане. Президент Сенегала Бассиру "
        "Диомай Фай присутствовал на инаугурации президента 7 января."
    )
    assert not of_kind(events(text, "2026-12-03"), "Appointment")
    text = "Президент Ганы Джон Махама и его супруга прибыли в Дакар."
    (visit,) = of_kind(events(text, "2026-12-03"), "Visit")
    assert MAHAMA in visit.participants
