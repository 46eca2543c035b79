"""A bare plural paper noun opening the sentence right after a signing ("… подписали пять
документов, в том числе …. Документы подписали министры …") names who signed that
signing's papers: each takes them as signatories, and the sentence is that one signing,
of its day. Papers counted or told as others, one not opening its sentence, and one after
a sentence between tell another signing. Own sentences about other pairs of states
(h-agreements45)."""

from __future__ import annotations

import pytest

DAY = "2026-03-03"

_PRAGUE = (
    "Прага, 3 марта 2026 года. Премьер-министр Чехии Петр Фиала и премьер-министр Словакии "
    "Роберт Фицо провели переговоры в Праге. Стороны подписали соглашение о транспортном "
    "сообщении и меморандум о сотрудничестве в области культуры. "
)
_CZ_PAPERS = (
    "Соглашение о транспортном сообщении",
    "Меморандум о сотрудничестве в области культуры",
)
_CZ_MINISTERS = ["person/yan-lipavskiy", "person/yuray-blanar"]

# (text, the papers given the signers, those signers, how many signings the text tells)
CASES = [
    ("Сантьяго, 3 марта 2026 года. Президент Чили Габриэль Борич и президент Перу Дина "
     "Болуарте провели переговоры в Сантьяго. По итогам переговоров стороны подписали пять "
     "документов, в том числе соглашение о пограничном сотрудничестве и меморандум о "
     "сотрудничестве в области рыболовства. Документы подписали министры иностранных дел "
     "двух стран Альберто ван Клаверен и Эльмер Шиальер.",
     ("Соглашение о пограничном сотрудничестве",
      "Меморандум о сотрудничестве в области рыболовства"),
     ["person/alberto-van-klaveren", "person/elmer-shialer"], 1),
    ("Каир, 3 марта 2026 года. Президент Египта Абдель Фаттах ас-Сиси и король Иордании "
     "Абдалла II провели переговоры в Каире. Стороны подписали соглашение о торговле и "
     "протокол о сотрудничестве в сфере энергетики. Соглашения подписали министры "
     "иностранных дел Бадр Абдель Ати и Айман Сафади.",
     ("Соглашение о торговле", "Протокол о сотрудничестве в сфере энергетики"),
     ["person/ayman-safadi", "person/badr-abdel-ati"], 1),
    (_PRAGUE + "Эти документы подписали министры иностранных дел Ян Липавский и Юрай Бланар.",
     _CZ_PAPERS, _CZ_MINISTERS, 1),
    # must-not: papers counted as one more, papers told as others, papers a subject's
    # sentence signs, and a sentence between: another signing, no signers for those before
    (_PRAGUE + "Позже министры иностранных дел Ян Липавский и Юрай Бланар подписали ещё два "
     "документа.", (), [], 2),
    (_PRAGUE + "Другие документы подписали министры иностранных дел Ян Липавский и Юрай Бланар.",
     (), [], 2),
    (_PRAGUE + "Министры иностранных дел Ян Липавский и Юрай Бланар подписали документы.",
     (), [], 2),
    (_PRAGUE + "Переговоры продолжались три часа. Документы подписали министры иностранных дел "
     "Ян Липавский и Юрай Бланар.", (), [], 2),
]  # fmt: skip


@pytest.mark.parametrize(("text", "papers", "signers", "signings"), CASES)
def test_plural_papers_after_a_signing_name_its_signers(
    extraction_of, text: str, papers: tuple[str, ...], signers: list[str], signings: int
) -> None:
    read = extraction_of(text, DAY, "events").facts
    signed = {a.title: a.signatories for a in read["agreements"] if a.status == "signed"}
    assert {t: s for t, s in signed.items() if s} == {t: signers for t in papers}
    told = [e for e in read["events"] if e.kind == "Signing"]
    assert len(told) == signings
    if signings == 1:
        assert set(signers) <= set(told[0].participants)
        assert told[0].date == DAY
