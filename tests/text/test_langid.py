from __future__ import annotations

import pytest

from assist.errors import LanguageError
from assist.text.langid import detect_language, guess_language, is_confident


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I feel sad.", "en"),
        ("I'm so tired of all of this, honestly.", "en"),
        ("Ik ben bang.", "nl"),
        ("Ik weet het niet meer, het is allemaal te veel.", "nl"),
        ("Het gaat niet goed met me", "nl"),
        ("Why does nobody listen to me?", "en"),
    ],
)
def test_detect_language_english_and_dutch(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ich bin so traurig und ich weiß nicht, was ich tun soll.", "German"),
        ("Je suis très triste et je ne sais pas quoi faire.", "French"),
        ("Estoy muy triste y no sé qué hacer con mi vida.", "Spanish"),
    ],
)
def test_detect_language_unsupported_names_the_language(text: str, name: str) -> None:
    with pytest.raises(LanguageError, match=name) as info:
        detect_language(text)
    assert "lang='en'" in str(info.value)
    assert text not in str(info.value)  # never quote client text


@pytest.mark.parametrize("text", ["Help!", "😢😢😢", "12345", "Anna"])
def test_detect_language_too_short_raises_or_falls_back(text: str) -> None:
    with pytest.raises(LanguageError, match="could not tell"):
        detect_language(text)
    assert detect_language(text, fallback="nl") == "nl"


def test_guess_language_counts_hits_per_language() -> None:
    guess = guess_language("Ik voel me zo alleen. I do not know what to do.")
    assert guess.hits["nl"] >= 2 and guess.hits["en"] >= 3
    assert is_confident(guess_language("Ik weet het niet meer"))
    assert not is_confident(guess_language("I"))
