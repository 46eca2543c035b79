"""Papers "стороны", "министры" or "президенты" sign in a sentence that opens on them, after a
sentence that names the two sides by name, by a person's state or by the capital a visit goes
to ("Президент Кении прибыл в Кампалу. Стороны подписали соглашение о …, а министры —
меморандум о …"): both clauses' papers are those two's, also where the report names other
states (which left it no pair, or the wrong one). Must-nots: papers of other states named
there keep theirs; a sentence before naming one state or three leaves the report's pair.
Sentences of our own about other pairs (agreements44)."""

from __future__ import annotations

import pytest

KEN_UGA = ("state/KEN", "state/UGA")
KEN_EGY = ("state/EGY", "state/KEN")


@pytest.mark.parametrize(
    ("text", "papers"),
    [
        # a capital the dictionary reads as another word ("Кампалу"), Egypt named after
        ("Президент Кении прибыл в Кампалу. Стороны подписали соглашение о транзите, а "
         "министры — меморандум о туризме. Министры Кении и Египта подписали меморандум о "
         "рыболовстве.",
         {("Соглашение о транзите", KEN_UGA), ("Меморандум о туризме", KEN_UGA),
          ("Меморандум о рыболовстве", KEN_EGY)}),
        # the counterpart as a person's state; the gapped clause's own states keep theirs
        ("Президент Кении провёл переговоры с президентом Уганды. Стороны подписали соглашение "
         "о транзите, а министры Кении и Египта — меморандум о туризме.",
         {("Соглашение о транзите", KEN_UGA), ("Меморандум о туризме", KEN_EGY)}),
        # "министры" sign, a later sentence names two other states
        ("Президент Чили прибыл в Лиму. Министры подписали соглашение о транзите, а депутаты "
         "— меморандум о сотрудничестве. Президент Аргентины посетил Бразилию.",
         {("Соглашение о транзите", ("state/CHL", "state/PER")),
          ("Меморандум о сотрудничестве", ("state/CHL", "state/PER"))}),
        ("Президент Чехии прибыл в Братиславу. Президенты подписали соглашение о транзите. "
         "Министры Венгрии и Польши подписали меморандум о туризме.",
         {("Соглашение о транзите", ("state/CZE", "state/SVK")),
          ("Меморандум о туризме", ("state/HUN", "state/POL"))}),
        # must not: a sentence before naming one state leaves the report's two
        ("Президент Кении выступил в Найроби. Стороны подписали соглашение о транзите. "
         "Министры Кении и Египта подписали меморандум о туризме.",
         {("Соглашение о транзите", KEN_EGY), ("Меморандум о туризме", KEN_EGY)}),
        # must not: three sides before ("Президенты Кении и Египта прибыли в Кампалу") are
        # no pair; the report's two stand
        ("Президенты Кении и Египта прибыли в Кампалу. Стороны подписали соглашение о "
         "транзите. Министры Кении и Египта подписали меморандум о туризме.",
         {("Соглашение о транзите", KEN_EGY), ("Меморандум о туризме", KEN_EGY)}),
    ],
)  # fmt: skip
def test_papers_of_the_pair_named_before(titled_papers, text, papers):
    assert titled_papers(text) == papers
