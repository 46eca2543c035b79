"""A roadmap or plan a report's sentence approves in the passive, with no agent, is the two
sides' paper, as "Стороны утвердили «дорожную карту» …" is (sixty-first pass, h-agreements71).

"По итогам заседания утверждена «дорожная карта» по …" gave no paper at all: a roadmap needs
two sides, and only an agentless signing word took the report's pair
(`parties._signs_or_adopts`); an adjective of a joint commission ("таджикско-киргизской
комиссии") now names its states as sides (`parties._MEETING_WORDS`), as that of a summit does.
Must-nots: a roadmap "подготовлена" (no approval), one approved by an agent, and a report that
names no pair.

Sentences of our own about other pairs; must-nots beside the musts."""

from __future__ import annotations

import pytest
from agreement_runs import KGZ_TJK, agreement_rows

DAY = "2027-03-03"
NAMED = (
    "В Душанбе прошло заседание межправительственной комиссии Таджикистана и Киргизии. "
    "Делегацию Таджикистана возглавил вице-премьер, киргизскую — первый заместитель "
    "председателя кабинета министров Киргизии. "
)
ADJECTIVE = "В Душанбе прошло заседание межправительственной таджикско-киргизской комиссии. "
ROADMAP = "«дорожная карта» по расширению торгового сотрудничества на 2027–2028 годы."
TITLE = "Дорожная карта по расширению торгового сотрудничества"


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (f"{NAMED}По итогам заседания утверждена {ROADMAP}", {(TITLE, KGZ_TJK)}),
        (f"{ADJECTIVE}По итогам заседания подписан протокол, а также утверждена {ROADMAP}",
         {(TITLE, KGZ_TJK),  # and the sitting's protocol (sixty-second pass, h-agreements73)
          ("Протокол заседания межправительственной таджикско-киргизской комиссии", KGZ_TJK)}),
        (f"{NAMED}По итогам заседания была утверждена программа сотрудничества на 2027–2028 годы.",
         {("Программа сотрудничества", KGZ_TJK)}),
        # must-nots: prepared, not approved; approved by an agent; no pair named
        (f"{NAMED}По итогам заседания подготовлена {ROADMAP}", set()),
        ("Президенты Чили и Перу провели переговоры в Лиме. Дорожная карта по развитию торговли "
         "утверждена правительством Чили.", set()),
        (f"По итогам заседания подписан протокол, а также утверждена {ROADMAP}", set()),
    ],
)  # fmt: skip
def test_an_approved_roadmap_is_the_sides(analyse, text, rows):
    assert {(r[0], r[2]) for r in agreement_rows(analyse, text, DAY)} == rows
