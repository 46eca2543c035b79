"""Who a title in the dative names at a meeting, call or visit (forty-ninth pass, h-events128,
own sentences about Ghana–Côte d'Ivoire, Jordan–Egypt, Peru–Chile, Greece–Turkey): the dative
object of a verb of handing or condolence told at the event, also of the thing expressed
("выразил соболезнования королю Иордании"), and the one a visit is paid to ("нанёс визит
президенту Чили", "визит к премьер-министру Турции") take part: the person where the title
resolves, else its state. One only spoken to ("сказал журналистам", "сказал президенту X,
что …"), one an act is owed to ("благодаря президенту Ганы", also on a signing) and a thing
one goes "к" name no one."""

from __future__ import annotations

import pytest

CASES = [
    # (text, kind, states that must take part, states that must not)
    ("В ходе встречи президент Кот-д'Ивуара вручил президенту Ганы орден.", "Meeting",
     {"state/CIV", "state/GHA"}, set()),
    ("На встрече в Абиджане президенту Ганы вручили орден Кот-д'Ивуара.", "Meeting",
     {"state/GHA"}, set()),
    ("В ходе телефонного разговора президент Египта выразил соболезнования королю Иордании.",
     "PhoneCall", {"state/EGY", "state/JOR"}, set()),
    ("Президент Перу нанёс визит президенту Чили.", "Visit", {"state/PER", "state/CHL"}, set()),
    ("Президент Перу нанёс визит вежливости президенту Чили.", "Visit",
     {"state/PER", "state/CHL"}, set()),
    ("Министр иностранных дел Египта отправился с визитом к королю Иордании.", "Visit",
     {"state/EGY", "state/JOR"}, set()),
    ("Визит премьер-министра Греции к премьер-министру Турции продлится два дня.", "Visit",
     {"state/GRC", "state/TUR"}, set()),
    # must not: one spoken to, "благодаря", a place one goes "к"
    ("В ходе встречи президент Чили сказал президенту Перу, что торговля растёт.", "Meeting",
     {"state/CHL"}, {"state/PER"}),
    ("В ходе встречи президент Чили сказал журналистам, что торговля растёт.", "Meeting",
     {"state/CHL"}, {"state/PER"}),
    ("Благодаря президенту Ганы встреча министров Египта и Иордании прошла успешно.", "Meeting",
     {"state/EGY", "state/JOR"}, {"state/GHA"}),
    ("Президент Перу отправился с визитом к месту крушения самолёта в Чили.", "Visit",
     {"state/PER"}, set()),
    ("Благодаря президенту Ганы министры Египта и Иордании подписали соглашение.", "Signing",
     {"state/EGY", "state/JOR"}, {"state/GHA"}),
    ("Министры Египта и Иордании подписали соглашение благодаря президенту Ганы.", "Signing",
     {"state/EGY", "state/JOR"}, {"state/GHA"}),
    # must keep: one signed "с"
    ("Министры Египта и Иордании подписали соглашение с президентом Ганы.", "Signing",
     {"state/EGY", "state/JOR", "state/GHA"}, set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "wanted", "unwanted"), CASES)
def test_dative_title(events, text: str, kind: str, wanted: set[str], unwanted: set[str]) -> None:  # noqa: ANN001
    (event,) = [e for e in events(text, "2024-05-10") if e.kind == kind]
    assert wanted <= set(event.participants)
    assert not unwanted & set(event.participants)
