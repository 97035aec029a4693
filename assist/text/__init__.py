"""Text handling: normalisation, language identification, spaCy pipelines, phrase matching."""

from __future__ import annotations

from assist.text.document import ParsedText, Segment, TextParser
from assist.text.langid import detect_language, guess_language

__all__ = ["ParsedText", "Segment", "TextParser", "detect_language", "guess_language"]
