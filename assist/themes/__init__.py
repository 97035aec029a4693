"""Recurring themes across one client's thread of messages."""

from __future__ import annotations

from assist.themes.base import TermGrouper, TermStats
from assist.themes.grouping import CategoryGrouping, CooccurrenceGrouping
from assist.themes.result import Message, Theme, ThemeOccurrence, ThemeReport, ThemeTerm
from assist.themes.thread import ThemeFinder

GROUPINGS = {"cooccurrence": CooccurrenceGrouping, "category": CategoryGrouping}

__all__ = [
    "GROUPINGS",
    "CategoryGrouping",
    "CooccurrenceGrouping",
    "Message",
    "TermGrouper",
    "TermStats",
    "Theme",
    "ThemeFinder",
    "ThemeOccurrence",
    "ThemeReport",
    "ThemeTerm",
]
