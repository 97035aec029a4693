"""The interface every emotion-word backend implements."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Doc

from assist.emotions.result import EmotionMention


class EmotionWordFinder(Protocol):
    """Anything that finds emotion words in a parsed text.

    `offset` is added to token offsets, so a segment of a longer text maps back onto the
    caller's original string.
    """

    def find(self, doc: Doc, lang: str, offset: int, original: str) -> list[EmotionMention]:
        """Return the mentions in `doc`, sorted by start offset."""
        ...
