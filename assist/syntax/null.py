"""The null syntax backend: sentences and word counts only (use it to skip syntax)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assist.syntax.base import SentenceFacts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


class NoSyntax:
    """Reads nothing: no clauses, passives or noun phrases."""

    name = "none"

    def sentence(self, sent: Span, lang: str) -> SentenceFacts:
        """No facts."""
        return SentenceFacts()

    def noun_phrases(self, doc: Doc, lang: str) -> list[tuple[int, int]]:
        """No noun phrases."""
        return []
