"""The null backend: finds nothing (skip the step, or test without data)."""

from __future__ import annotations

from assist.emotions.result import EmotionMention
from assist.text.document import ParsedText, Segment


class NoEmotionWords:
    """An `EmotionWordFinder` that never finds a mention."""

    def find(self, segment: Segment, parsed: ParsedText) -> list[EmotionMention]:
        """Return no mentions."""
        return []
