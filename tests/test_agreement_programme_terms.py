"""A plan or roadmap told twice, once by its years alone and once by its topic and years, is
one paper (sixty-first pass, h-agreements71).

A headline "X и Y утвердили «дорожную карту» на 2027–2028 годы" above the body's "утверждена
«дорожная карта» по развитию … на 2027–2028 годы" gave two papers: the years are a title word
only where no topic titles the plan, so the two titles shared no key word. The years are now
kept as the title's term either way (`Title.term`, `Scanner.topic_titled`), and a title of
the same kind and years whose other words are among a fuller title's joins it, the fuller
leading (`fusing.fuse_terms`). Must-nots: two terms, two topics, a body's paper told as one
more ("Кроме того, стороны утвердили …"), and plans of other years that the headline or a
paraphrase used to join.

Sentences of our own about other pairs; must-nots beside the musts."""

from __future__ import annotations

import pytest
from agreement_runs import CHL_PER, KEN_UGA, KGZ_TJK

from kg.extract.agreements import extract_agreements
from kg.model import Document

DAY = "2027-03-03"
BISHKEK = (
    "БИШКЕК, 3 марта. В Бишкеке прошло заседание межправительственной комиссии Киргизии и "
    "Таджикистана. Делегацию Киргизии возглавил первый вице-премьер, таджикскую — вице-премьер "
    "Таджикистана. "
)
ROADMAP_HEADLINE = "Бишкек и Душанбе утвердили «дорожную карту» на 2027–2028 годы\n\n"
NAIROBI = "НАЙРОБИ, 3 марта. Президенты Кении и Уганды провели переговоры в Найроби. "
LIMA = "ЛИМА, 3 марта. Президенты Чили и Перу провели переговоры в Лиме. "
PLAN_HEADLINE = "Чили и Перу подписали план действий на 2027–2030 годы\n\n"
# the protocol of the sitting (sixty-second pass, h-agreements73)
PROTOCOL = "Протокол заседания межправительственной комиссии Киргизии и Таджикистана"


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        (f"{ROADMAP_HEADLINE}{BISHKEK}По итогам заседания подписан протокол, а также утверждена "
         "«дорожная карта» по развитию транспортного сотрудничества на 2027–2028 годы.",
         [("Дорожная карта по развитию транспортного сотрудничества", KGZ_TJK),
          (PROTOCOL, KGZ_TJK)]),
        ("Кения и Уганда утвердили «дорожную карту» на 2027–2029 годы\n\n"
         f"{NAIROBI}Стороны утвердили «дорожную карту» по расширению сотрудничества в сфере "
         "туризма на 2027–2029 годы.",
         [("Дорожная карта по расширению сотрудничества в сфере туризма", KEN_UGA)]),
        (f"{PLAN_HEADLINE}{LIMA}По итогам переговоров министры иностранных дел двух стран "
         "подписали план действий по развитию торговли на 2027–2030 годы.",
         [("План действий по развитию торговли", CHL_PER)]),
        # must-nots: other years; another topic; one more in the body; another kind
        (f"{ROADMAP_HEADLINE}{BISHKEK}По итогам заседания подписан протокол, а также утверждена "
         "«дорожная карта» по развитию транспортного сотрудничества на 2029–2030 годы.",
         [("Дорожная карта на 2027–2028 годы", KGZ_TJK),
          ("Дорожная карта по развитию транспортного сотрудничества", KGZ_TJK),
          (PROTOCOL, KGZ_TJK)]),
        (f"{PLAN_HEADLINE}{LIMA}Министры иностранных дел двух стран подписали план действий по "
         "развитию торговли на 2031–2033 годы.",
         [("План действий на 2027–2030 годы", CHL_PER),
          ("План действий по развитию торговли", CHL_PER)]),
        ("Кения и Уганда утвердили «дорожную карту» по туризму на 2027–2029 годы\n\n"
         f"{NAIROBI}Стороны утвердили «дорожную карту» по расширению торговли на 2027–2029 годы.",
         [("Дорожная карта по расширению торговли", KEN_UGA),
          ("Дорожная карта по туризму", KEN_UGA)]),
        ("Чили и Перу утвердили «дорожную карту» на 2027–2028 годы. Кроме того, стороны "
         "утвердили «дорожную карту» по развитию туризма на 2027–2028 годы.",
         [("Дорожная карта на 2027–2028 годы", CHL_PER),
          ("Дорожная карта по развитию туризма", CHL_PER)]),
        (f"{PLAN_HEADLINE}{LIMA}Министры иностранных дел двух стран подписали программу по "
         "развитию торговли на 2027–2030 годы.",
         [("План действий на 2027–2030 годы", CHL_PER),
          ("Программа по развитию торговли", CHL_PER)]),
    ],
)  # fmt: skip
def test_one_plan_told_by_its_years_and_its_topic(analyse, text, papers):
    facts = extract_agreements(analyse(Document(id="t", text=text, date=DAY)))
    assert sorted((a.title, tuple(a.parties)) for a in facts) == papers


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Чили и Перу подписали соглашение о торговле. Кроме того, стороны подписали соглашение "
         "о туризме.", ["Соглашение о торговле", "Соглашение о туризме"]),
        ("Кения и Уганда подписали «дорожную карту» по развитию туризма на 2027–2029 годы. "
         "«Дорожная карта» на 2030–2031 годы будет подписана позже.",
         ["Дорожная карта на 2030–2031 годы", "Дорожная карта по развитию туризма"]),
    ],
)  # fmt: skip
def test_other_papers_stay_apart(analyse, text, titles):
    facts = extract_agreements(analyse(Document(id="t", text=text, date=DAY)))
    assert sorted(a.title for a in facts) == titles


def test_one_signing_of_the_paper(events):
    text = (f"{ROADMAP_HEADLINE}{BISHKEK}По итогам заседания подписан протокол, а также "
            "утверждена «дорожная карта» по развитию транспортного сотрудничества на 2027–2028 "
            "годы.")  # fmt: skip
    signings = [e for e in events(text, DAY) if e.kind == "Signing" and "карт" in e.label]
    assert len(signings) == 1
