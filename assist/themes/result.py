"""Result types of the themes capability."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Literal

from assist.spans import TextSpan

Trend = Literal["rising", "steady", "fading"]


@dataclass(frozen=True, slots=True)
class Message:
    """One message of a thread. Only the client's messages are analysed for themes."""

    text: str
    sent_at: datetime | None = None
    author: str = "client"


@dataclass(frozen=True, slots=True)
class ThemeOccurrence(TextSpan):
    """Where a theme's term stands: `messages[message].text[start:end] == text`."""

    message: int = 0
    term: str = ""


@dataclass(frozen=True, slots=True)
class ThemeTerm:
    """A key word or phrase of a theme, lemmatised, with how often and how strongly it came up."""

    term: str
    count: int
    messages: int
    emphasis: int = 0  # times written with an intensifier, in capitals or in quotation marks
    source: Literal["taxonomy", "client"] = "taxonomy"


@dataclass(frozen=True, slots=True)
class Theme:
    """A theme of the thread, named in the client's own words."""

    label: str
    category: str | None  # taxonomy slug; None for a theme of the client's own words only
    category_label: str | None
    terms: tuple[ThemeTerm, ...]
    occurrences: tuple[ThemeOccurrence, ...]
    message_count: int
    first_message: int
    last_message: int
    trend: Trend
    score: float

    @property
    def messages(self) -> tuple[int, ...]:
        """The indices of the messages the theme appears in, in order."""
        return tuple(sorted({o.message for o in self.occurrences}))


@dataclass(frozen=True, slots=True)
class ThemeReport:
    """The themes of one client's thread; `new` and `faded` hold labels of `themes` entries."""

    themes: tuple[Theme, ...]
    new: tuple[str, ...]
    faded: tuple[str, ...]
    message_count: int
    analysed: tuple[int, ...]  # indices of the messages analysed (the client's)
    languages: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (message texts are not included; occurrences quote the terms)."""
        out = asdict(self)
        for theme, data in zip(self.themes, out["themes"], strict=True):
            data["messages"] = list(theme.messages)
        return out
