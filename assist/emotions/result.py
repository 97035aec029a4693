"""Result types of the emotion capability."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from assist.spans import TextSpan


@dataclass(frozen=True, slots=True)
class EmotionMention(TextSpan):
    """An emotion word or expression found in the text.

    `original[start:end] == text`. `emotion` is one of the 27 GoEmotions names and `group`
    its Ekman group. `intensity` (0-1) is the lexicon strength adjusted for intensifiers,
    downtoners, capitals and elongation; negation does not change it but sets `negated`.
    """

    emotion: str = ""
    group: str = ""
    intensity: float = 0.0
    negated: bool = False
    term: str | None = None
    lemma: str = ""
    language: str = ""

    @property
    def label(self) -> str:
        """The emotion name (the shared span vocabulary of `assist`)."""
        return self.emotion

    @property
    def score(self) -> float:
        """The intensity (the shared span vocabulary of `assist`)."""
        return self.intensity


@dataclass(frozen=True, slots=True)
class EmotionResult:
    """Emotion words of one text; `language` is the text's (majority) language."""

    text: str
    language: str
    mentions: tuple[EmotionMention, ...]
    languages: tuple[str, ...] = ()  # every language analysed, when the text mixes them

    def to_dict(self, *, include_text: bool = False) -> dict[str, Any]:
        """A JSON-ready dict; the client's full text is left out unless asked for."""
        out: dict[str, Any] = {
            "language": self.language,
            "languages": list(self.languages or (self.language,)),
            "mentions": [asdict(m) for m in self.mentions],
        }
        if include_text:
            out["text"] = self.text
        return out
