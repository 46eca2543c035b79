"""A one-word name the dictionary knows in lower case as an organization's ("госдума",
"нафтогаз"), which news also writes so, is matched lower case too; a name that is another
word in lower case ("рада") only capitalised. Own sentences about Ukraine, Poland,
Lithuania."""

from __future__ import annotations

from pathlib import Path

from gazetteer_runs import org_reader

ROWS = """# kind\tkey\tname\tabbreviations\tname_en\twikidata\tstate\tkind
org\torg/Q7500001\tНафтогаз Украины\tНафтогаз\t\tQ7500001\tUKR\tCompany
org\torg/Q7500003\tВерховная рада Украины\tРада\t\tQ7500003\tUKR\tParliament
org\torg/Q7500004\tБриз\t\t\tQ7500004\t\tCompany
"""

NAFTOGAZ = ("Нафтогаз Украины", "Q7500001")

CASES = [
    ("Глава нафтогаза встретился с министром энергетики Польши.", {"нафтогаза": NAFTOGAZ}),
    ("Польша закупит газ у нафтогаза.", {"нафтогаза": NAFTOGAZ}),
    ("Литва и Польша обсудили с нафтогазом поставки газа.", {"нафтогазом": NAFTOGAZ}),
    ("Глава Нафтогаза встретился с министром энергетики Польши.", {"Нафтогаза": NAFTOGAZ}),
    # must not: a name that is another word in lower case
    ("Делегация Литвы была рада встрече в Киеве.", {}),
    ("Над побережьем Литвы дул морской бриз.", {}),
]  # fmt: skip


def test_a_name_the_dictionary_knows_lower_case_as_an_organization(tmp_path: Path) -> None:
    orgs = org_reader(tmp_path, ROWS)
    assert {text: orgs(text) for text, _ in CASES} == dict(CASES)
