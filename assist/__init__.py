"""assist: counsellor-assist NLP for English and Dutch client text.

Example:
    >>> from assist import Assistant
    >>> [m.emotion for m in Assistant().emotions("I feel so alone.").mentions]
    ['sadness']
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from assist.assistant import Assistant
from assist.config import AssistantConfig
from assist.emotions.result import EmotionMention, EmotionResult
from assist.spans import TextSpan
from assist.themes.result import Message, Theme, ThemeOccurrence, ThemeReport, ThemeTerm

try:
    __version__ = version("assist")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "Assistant",
    "AssistantConfig",
    "EmotionMention",
    "EmotionResult",
    "Message",
    "TextSpan",
    "Theme",
    "ThemeOccurrence",
    "ThemeReport",
    "ThemeTerm",
    "__version__",
]
