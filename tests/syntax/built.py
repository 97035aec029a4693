"""Hand-built parsed docs (gold heads, labels and tags), so the readers are tested without a model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc


def doc(lang: str, rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """Rows of (word, head index, dep, pos, morph); head == own index for the root."""
    nlp = spacy.blank(lang)
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][2] != "punct" for i in range(len(rows))]
    return Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        morphs=[r[4] for r in rows],
        lemmas=[r[0].lower() for r in rows],
        sent_starts=[True] + [False] * (len(rows) - 1),
    )
