"""Universal Dependencies relations that several readers of the parse test for."""

from __future__ import annotations

# The subject of a clause, active or passive ("Министр подписал", "Соглашение подписано").
SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
