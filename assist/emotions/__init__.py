"""Emotion words: where a client names or shows a feeling, with offsets and negation."""

from __future__ import annotations

from assist.emotions.base import EmotionWordFinder
from assist.emotions.labels import EMOTIONS, GROUP_OF, GROUPS
from assist.emotions.lexicon import LexiconEmotionWords
from assist.emotions.null import NoEmotionWords
from assist.emotions.result import EmotionMention, EmotionResult

BACKENDS = {"lexicon": LexiconEmotionWords, "none": NoEmotionWords}

__all__ = [
    "BACKENDS",
    "EMOTIONS",
    "GROUPS",
    "GROUP_OF",
    "EmotionMention",
    "EmotionResult",
    "EmotionWordFinder",
    "LexiconEmotionWords",
    "NoEmotionWords",
]
