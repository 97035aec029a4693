"""The assistant's configuration: plain, typed, round-trippable to JSON."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from assist.errors import ConfigError
from assist.lang import SUPPORTED_LANGUAGES

EMOTION_WORD_BACKENDS: tuple[str, ...] = ("lexicon", "none")
THEME_GROUPINGS: tuple[str, ...] = ("cooccurrence", "category", "embeddings")
SYNTAX_BACKENDS: tuple[str, ...] = ("parse", "tags", "none")


@dataclass(frozen=True, slots=True)
class AssistantConfig:
    """Settings of an `Assistant`.

    Attributes:
        lang: analyse every text as this language ('en' or 'nl'); None detects it per text.
        fallback_lang: the language used when detection cannot tell (too few words).
        max_chars: the longest text accepted, in characters.
        spacy_pipelines: a trained spaCy pipeline per language (e.g. {"en": "en_core_web_sm"}),
            used instead of the blank default; it must be installed.
        emotion_words: the emotion-word backend: 'lexicon' or 'none'.
        max_messages: the longest thread `themes` accepts, in messages.
        theme_grouping: how key terms group into themes: 'cooccurrence' (taxonomy category
            plus shared messages), 'category' (taxonomy category only, own words apart) or
            'embeddings' (co-occurrence, then by meaning; needs `theme_model` and the
            `embeddings` extra).
        theme_model: a sentence-transformers model directory for 'embeddings'.
        theme_phrases: also take the client's multi-word noun phrases ("night shifts",
            "nieuwe baan") as key terms, read as the `syntax` setting says ('none' adds none);
            this parses every message with the syntax pipeline (slower: see docs/benchmarks.md).
        syntax: how `syntax` reads a text: 'parse' (dependency parse: clauses, dependency
            length, passives, noun phrases), 'tags' (part-of-speech tags only: faster, no
            dependency length) or 'none'. It uses the configured spaCy pipeline, else
            `en_core_web_sm` for English when installed, else the pipeline shipped in the package.
    """

    lang: str | None = None
    fallback_lang: str | None = None
    max_chars: int = 100_000
    spacy_pipelines: dict[str, str] = field(default_factory=dict)
    emotion_words: str = "lexicon"
    max_messages: int = 500
    theme_grouping: str = "cooccurrence"
    theme_model: str | None = None
    theme_phrases: bool = False
    syntax: str = "parse"

    def __post_init__(self) -> None:
        for name in ("lang", "fallback_lang"):
            value = getattr(self, name)
            if value is not None and value not in SUPPORTED_LANGUAGES:
                raise ConfigError(f"{name}={value!r} is not supported; use one of {SUPPORTED_LANGUAGES} or None")
        if not isinstance(self.max_chars, int) or self.max_chars < 1:
            raise ConfigError(f"max_chars={self.max_chars!r} must be a positive integer")
        if not isinstance(self.max_messages, int) or self.max_messages < 1:
            raise ConfigError(f"max_messages={self.max_messages!r} must be a positive integer")
        if self.theme_grouping not in THEME_GROUPINGS:
            raise ConfigError(
                f"theme_grouping={self.theme_grouping!r} is not a grouping; use one of {THEME_GROUPINGS}"
            )
        if self.theme_grouping == "embeddings" and not self.theme_model:
            raise ConfigError(
                "theme_grouping='embeddings' needs theme_model='<path of a sentence-transformers model folder>'"
            )
        if not isinstance(self.theme_phrases, bool):
            raise ConfigError(f"theme_phrases={self.theme_phrases!r} must be True or False")
        if self.syntax not in SYNTAX_BACKENDS:
            raise ConfigError(f"syntax={self.syntax!r} is not a syntax backend; use one of {SYNTAX_BACKENDS}")
        if self.emotion_words not in EMOTION_WORD_BACKENDS:
            raise ConfigError(
                f"emotion_words={self.emotion_words!r} is not a backend; use one of {EMOTION_WORD_BACKENDS}"
            )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AssistantConfig:
        """Build from a dict; unknown keys are an error naming the valid ones."""
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ConfigError(f"unknown config keys {sorted(unknown)}; valid keys: {sorted(known)}")
        return cls(**data)

    @classmethod
    def from_file(cls, path: str | Path) -> AssistantConfig:
        """Read a JSON config file."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"could not read config file {str(path)!r}: {exc}") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"config file {str(path)!r} must hold a JSON object")
        return cls.from_dict(data)
