"""A person the verb beats in a round of the elections ("опередил во втором туре выборов
нынешнего спикера X") is no complement of the elections: their label names no person, and
the one who won and the one he beat are sides of the text's one election (fix46b,
forty-sixth pass; own sentences about Estonia, Chile, Peru)."""

from __future__ import annotations

TEXT = (
    "Хуан Перес побеждает на выборах президента Чили с 61,4% голосов.\n\n"
    "Перес - бывший спикер парламента - опередил во втором туре выборов нынешнего "
    "спикера Карлоса Сото, которого поддержал правящий блок."
)


def test_beaten_person_not_in_label(events) -> None:  # noqa: ANN001
    votes = [e for e in events(TEXT, "2023-12-15") if e.kind == "Election"]
    assert all("Сото" not in e.label for e in votes)
    assert len(votes) == 1
    assert "person/khuan-peres" in votes[0].participants


def test_elections_of_a_post_keep_their_complement(events) -> None:  # noqa: ANN001
    # must not: the post the elections fill stays in the label
    text = "Во втором туре выборов президента Перу победу одержал Педро Кастильо."
    (vote,) = [e for e in events(text, "2023-12-15") if e.kind == "Election"]
    assert vote.label.startswith("Выборы президента")
