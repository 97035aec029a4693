"""The null backend: finds nothing (skip the step, or test without data)."""

from __future__ import annotations

from spacy.tokens import Doc

from assist.emotions.result import EmotionMention


class NoEmotionWords:
    """An `EmotionWordFinder` that never finds a mention."""

    def find(self, doc: Doc, lang: str, offset: int, original: str) -> list[EmotionMention]:
        """Return no mentions."""
        return []
