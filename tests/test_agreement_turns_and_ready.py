"""Papers of a leaders' transcript and papers ready for signing (fifty-ninth pass,
h-agreements66). An agentless "Сегодня подписаны A и B" in a turn of a transcript of two
leaders' statements is the two speakers' states' (as "мы подписали" there is), which also
keeps a programme of exchange that needs two sides; a paper "готово к подписанию" is
planned. Own sentences about Chile–Peru, Kenya–Uganda and Egypt–Jordan; must-nots: a paper
of an earlier year told in a turn, a signing in a turn whose sentence names a third pair, a
paper that was ready last year, a signed one."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER, EGY_JOR, KEN_UGA, agreement_rows

HEAD = "Лима, 10 июня 2025 года.\n\n"
BORIC = "Габриэль Борич (Президент Чили): Уважаемая госпожа Президент! Дамы и господа!\n\n"
BOLUARTE = (
    "\n\nЯ уверен, что эти документы укрепят наше партнёрство."
    "\n\nДина Болуарте (президент Перу): Уважаемый господин Президент! Благодарю Вас за "
    "плодотворные переговоры. Мы будем развивать торговлю.\n"
)
TOURISM = "Соглашение о сотрудничестве в области туризма"
MINING = "Меморандум о взаимопонимании в сфере горнодобывающей промышленности"
YOUTH = "Программа молодёжных обменов"
FTA = "Соглашение о свободной торговле между Египтом и Иорданией"


@pytest.mark.parametrize(
    ("text", "title", "parties"),
    [
        (HEAD + BORIC + "Сегодня подписаны соглашение о сотрудничестве в области туризма и "
         "меморандум о взаимопонимании в сфере горнодобывающей промышленности." + BOLUARTE,
         TOURISM, CHL_PER),
        (HEAD + BORIC + "Сегодня подписаны соглашение о сотрудничестве в области туризма и "
         "меморандум о взаимопонимании в сфере горнодобывающей промышленности." + BOLUARTE,
         MINING, CHL_PER),
        (HEAD + BORIC + "Кроме того, сегодня подписана программа молодёжных обменов." + BOLUARTE,
         YOUTH, CHL_PER),
    ],
)  # fmt: skip
def test_signed_today_in_a_turn(analyse, text, title, parties):
    rows = agreement_rows(analyse, text, "2025-06-10")
    assert {(r[1], r[2]) for r in rows if r[0] == title} == {("signed", parties)}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # must-not: a paper of an earlier year told in a turn may be anybody's
        (HEAD + BORIC + "В 1998 году был подписан договор о дружбе и сотрудничестве." + BOLUARTE,
         ()),
        # must-not: a sentence naming a third pair tells of their paper, not the speakers'
        # (their sides since the parse's agents hung on "в Сантьяго" are the passive's;
        # sixtieth pass, h-agreements67)
        (HEAD + BORIC + "Как сообщил министр, сегодня в Сантьяго Аргентиной и Боливией подписано "
         "соглашение о сотрудничестве в области туризма." + BOLUARTE,
         ("state/ARG", "state/BOL")),
    ],
)  # fmt: skip
def test_older_paper_in_a_turn_has_no_sides(analyse, text, parties):
    rows = agreement_rows(analyse, text, "2025-06-10")
    assert all(tuple(sorted(r[2])) == parties for r in rows), rows


@pytest.mark.parametrize(
    ("text", "title", "status", "parties"),
    [
        ("Соглашение о свободной торговле между Египтом и Иорданией будет готово к подписанию "
         "осенью.", FTA, "planned", EGY_JOR),
        ("Кения и Уганда готовы к подписанию соглашения о совместной охране границы.",
         "Соглашение о совместной охране границы", "planned", KEN_UGA),
        # must-not: a paper that was ready last year is no plan
        ("Соглашение о свободной торговле между Египтом и Иорданией было готово к подписанию "
         "ещё в прошлом году, но выборы помешали.", FTA, "mentioned", EGY_JOR),
        # must-not: a paper signed stays signed
        ("Соглашение о свободной торговле между Египтом и Иорданией было подписано осенью.",
         FTA, "signed", EGY_JOR),
    ],
)  # fmt: skip
def test_ready_for_signing_is_planned(analyse, text, title, status, parties):
    rows = agreement_rows(analyse, text, "2025-06-10")
    assert {(r[1], r[2]) for r in rows if r[0] == title} == {(status, parties)}
