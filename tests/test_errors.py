from __future__ import annotations

from pathlib import Path

import pytest

from assist import Assistant
from assist.errors import (
    ConfigError,
    EmptyTextError,
    InvalidInputError,
    LanguageError,
    ModelNotFoundError,
    TextTooLongError,
)


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n"])
def test_empty_text_is_invalid_input(assistant: Assistant, text: str) -> None:
    with pytest.raises(EmptyTextError, match="empty"):
        assistant.emotions(text)


@pytest.mark.parametrize("value", [None, b"I am sad", 42, ["sad"]])
def test_non_str_is_type_error_naming_the_type(assistant: Assistant, value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        assistant.emotions(value)  # type: ignore[arg-type]


def test_too_long_text_names_the_limit_not_the_text() -> None:
    small = Assistant(max_chars=50)
    text = "I am so sad today and nobody seems to notice it at all, really."
    with pytest.raises(TextTooLongError, match="limit of 50") as info:
        small.emotions(text)
    assert "sad" not in str(info.value)
    assert isinstance(info.value, ValueError)


def test_default_limit_is_100k(assistant: Assistant) -> None:
    with pytest.raises(TextTooLongError, match="100,000"):
        assistant.emotions("I am sad. " * 10_001)


def test_batch_error_names_the_index(assistant: Assistant) -> None:
    with pytest.raises(InvalidInputError, match=r"texts\[1\]"):
        assistant.emotions_many(["I am sad.", " ", "Ik ben blij."])
    with pytest.raises(TypeError, match=r"texts\[2\]"):
        assistant.emotions_many(["I am sad.", "Ik ben blij.", None])  # type: ignore[list-item]
    with pytest.raises(LanguageError, match=r"texts\[0\]"):
        assistant.emotions_many(["Ich bin so traurig und ich weiß nicht weiter."])


def test_unknown_language_lists_the_options(assistant: Assistant) -> None:
    with pytest.raises(LanguageError, match="en, nl"):
        assistant.emotions("I am sad", lang="de")


def test_config_errors_name_value_and_options() -> None:
    with pytest.raises(ConfigError, match="'fr'"):
        Assistant(lang="fr")
    with pytest.raises(ConfigError, match=r"emotion_words='bert'.*lexicon"):
        Assistant(emotion_words="bert")
    with pytest.raises(ConfigError, match="valid keys"):
        Assistant(colour="red")
    with pytest.raises(ConfigError, match="max_chars"):
        Assistant(max_chars=0)
    with pytest.raises(ConfigError, match=r"syntax='deep'.*'parse', 'tags', 'none'"):
        Assistant(syntax="deep")
    with pytest.raises(ConfigError, match="theme_phrases='yes'"):
        Assistant(theme_phrases="yes")


def test_a_missing_configured_syntax_pipeline_names_it_and_the_fix(tmp_path: Path) -> None:
    assistant = Assistant(spacy_pipelines={"nl": str(tmp_path / "gone")})
    with pytest.raises(ModelNotFoundError, match=r"gone.*install it"):
        assistant.syntax("Ik ben moe.", lang="nl")


def test_syntax_round_trips_through_config() -> None:
    config = Assistant(syntax="tags", theme_phrases=True).to_config()
    assert Assistant.from_config(config).config.syntax == "tags"
