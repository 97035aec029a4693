"""The shipped emotion data loads, is valid and is large enough in both languages."""

from __future__ import annotations

import pytest

from assist.emotions.labels import EMOTIONS
from assist.emotions.resources import _redundant, emotion_resources


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_lexicon_is_valid_and_has_thousands_of_entries(lang: str) -> None:
    res = emotion_resources(lang)
    assert res.rows >= 2500
    assert len(res.entries) >= 2400
    assert {e.emotion for e in res.entries} <= set(EMOTIONS)
    assert all(0 < e.intensity <= 1 for e in res.entries)
    assert len({e.emotion for e in res.entries}) >= 20


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_modifier_lists_are_present(lang: str) -> None:
    res = emotion_resources(lang)
    assert res.negators and res.breakers and res.factors
    assert all(0 < f < 2 for f in res.factors)


@pytest.mark.parametrize(
    ("phrase", "emotion", "lang", "redundant"),
    [
        ("feel ... lonely", "sadness", "en", True),
        ("scared stiff", "fear", "en", True),
        ("tears of joy", "joy", "en", False),  # holds "tears" (sadness): the phrase decides
        ("feel sorry for", "caring", "en", False),  # "sorry" alone is remorse
        ("fed up", "annoyance", "en", False),
        ("boos op", "anger", "nl", True),
        ("schaamde me", "embarrassment", "nl", True),
        ("het niet meer zien zitten", "sadness", "nl", False),  # holds a negator
    ],
)
def test_redundant_frames(phrase: str, emotion: str, lang: str, redundant: bool) -> None:
    bare = {
        "lonely": "sadness", "scared": "fear", "tears": "sadness", "joy": "joy", "sorry": "remorse",
        "boos": "anger", "schamen": "embarrassment", "zitten": "sadness",
    }
    assert _redundant(phrase, emotion, bare, lang) is redundant
