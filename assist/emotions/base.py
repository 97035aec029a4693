"""The interface every emotion-word backend implements."""

from __future__ import annotations

from typing import Protocol

from assist.emotions.result import EmotionMention
from assist.text.document import ParsedText, Segment


class EmotionWordFinder(Protocol):
    """Anything that finds emotion words in one language segment of a parsed text.

    Mention offsets refer to `parsed.text`, the caller's original string (`parsed.span`
    maps offsets in the analysed text back onto it).
    """

    def find(self, segment: Segment, parsed: ParsedText) -> list[EmotionMention]:
        """Return the mentions in `segment`, sorted by start offset."""
        ...
