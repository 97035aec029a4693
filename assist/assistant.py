"""The facade: one object that holds the configuration and delegates to the capabilities."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

from assist.config import AssistantConfig
from assist.emotions import BACKENDS, EmotionResult, EmotionWordFinder
from assist.emotions.resources import emotion_resources
from assist.lang import SUPPORTED_LANGUAGES
from assist.syntax import SyntaxAnalyzer, SyntaxResult
from assist.text.document import ParsedText, TextParser
from assist.themes import GROUPINGS, Message, ThemeFinder, ThemeReport
from assist.themes.embeddings import EmbeddingGrouping

# Batches create many small objects; the cyclic garbage collector then rescans the large,
# long-lived lexicon and spaCy heaps again and again (about a fifth of batch time). It is
# paused for at most this many texts at a time and restored in between.
_GC_CHUNK = 1024


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a block; restore its previous state after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Assistant:
    """Counsellor-assist analyses of client text, in English and Dutch.

    Example:
        >>> from assist import Assistant
        >>> result = Assistant().emotions("Ik schaam me niet meer, maar ik ben wel verdrietig.")
        >>> [(m.text, m.emotion, m.negated) for m in result.mentions]
        [('schaam', 'embarrassment', True), ('verdrietig', 'sadness', False)]
    """

    def __init__(self, config: AssistantConfig | None = None, **settings: Any) -> None:
        if config is not None and settings:
            raise TypeError("pass either a config or keyword settings, not both")
        self.config = config or AssistantConfig.from_dict(settings)
        cfg = self.config
        self._parser = TextParser(
            lang=cfg.lang, fallback_lang=cfg.fallback_lang, max_chars=cfg.max_chars, pipelines=cfg.spacy_pipelines
        )
        self._emotion_words: EmotionWordFinder = BACKENDS[cfg.emotion_words]()
        grouping = (
            EmbeddingGrouping(cfg.theme_model or "")
            if cfg.theme_grouping == "embeddings"
            else GROUPINGS[cfg.theme_grouping]()
        )
        self._themes = ThemeFinder(
            self._parser,
            grouping,
            self._emotion_words,
            max_messages=cfg.max_messages,
            phrase_reader=self._syntax_analyzer if cfg.theme_phrases else None,
        )
        self._syntax: SyntaxAnalyzer | None = None

    @classmethod
    def from_config(cls, config: dict[str, Any] | str | Path) -> Assistant:
        """Build from a config dict or a JSON file path."""
        if isinstance(config, dict):
            return cls(AssistantConfig.from_dict(config))
        return cls(AssistantConfig.from_file(config))

    def to_config(self) -> dict[str, Any]:
        """The configuration as a JSON-ready dict (round-trips through `from_config`)."""
        return self.config.to_dict()

    def emotions(self, text: str, *, lang: str | None = None) -> EmotionResult:
        """Find the emotion words in one text.

        Args:
            text: the client's text (up to `max_chars` characters).
            lang: 'en' or 'nl' to skip language detection for this call.

        Raises:
            TypeError: `text` is not a str.
            InvalidInputError: empty, too long, or a language that cannot be analysed.

        Example:
            >>> Assistant().emotions("I'm not angry, just fed up.").mentions[0].negated
            True
        """
        return self._emotions(self._parser.parse(text, lang=lang))

    def emotions_many(
        self, texts: Iterable[str], *, lang: str | None = None, batch_size: int = 256
    ) -> list[EmotionResult]:
        """Find the emotion words in many texts; the same results as one by one, faster.

        Raises:
            TypeError, InvalidInputError: for a bad item, naming its index (`texts[3]: ...`).

        Example:
            >>> [len(r.mentions) for r in Assistant().emotions_many(["I'm sad.", "Ik ben blij."])]
            [1, 1]
        """
        parsed = self._parser.parse_many(texts, lang=lang, batch_size=batch_size)
        results: list[EmotionResult] = []
        while True:
            with gc_paused():
                chunk = [self._emotions(p) for p in islice(parsed, _GC_CHUNK)]
            if not chunk:
                return results
            results.extend(chunk)

    def themes(self, messages: Sequence[str | Message], *, lang: str | None = None) -> ThemeReport:
        """The recurring themes of one client's thread of messages, oldest first.

        Args:
            messages: `str` or `Message(text, sent_at=None, author="client")` items; only the
                client's messages are read, but indices in the report refer to this list.
            lang: 'en' or 'nl' for every message; by default each message's language is
                detected (a message too short to tell takes the thread's language).

        Raises:
            TypeError: `messages` is not a list, or an item is neither str nor Message.
            InvalidInputError: an empty thread, more than `max_messages` messages, or a bad
                message (the error names its index: `messages[3]: ...`).

        Example:
            >>> report = Assistant().themes([
            ...     "My boss yelled at me again and I dread going to work.",
            ...     "I slept badly. Work is still awful, my boss wants the report by Friday.",
            ...     "At least my sister called. But the office is a nightmare.",
            ... ])
            >>> [(t.category, t.message_count) for t in report.themes][:1]
            [('work', 3)]
        """
        return self._themes.report(messages, lang=lang)

    def syntax(self, text: str, *, lang: str | None = None) -> SyntaxResult:
        """Sentences with their clauses, longest dependency, passives and question form, and noun phrases.

        Uses a trained spaCy pipeline: the configured one, else `en_core_web_sm` for English
        when installed, else the small pipeline shipped in the package; `result.backend` says
        whether a parse, only tags, or nothing could be read (`info()` shows the pipelines).

        Raises:
            TypeError: `text` is not a str.
            InvalidInputError: empty, too long, or a language that cannot be analysed.

        Example:
            >>> result = Assistant().syntax("Ik werd door mijn baas ontslagen. Hoe voel je je nu?")
            >>> [p.text for p in result.passives], [s.question.kind for s in result.questions]
            (['werd door mijn baas ontslagen'], ['open'])
        """
        return self._syntax_analyzer().analyse(text, lang=lang)

    def _syntax_analyzer(self) -> SyntaxAnalyzer:
        if self._syntax is None:
            from assist.text.pipeline import syntax_pipeline

            cfg = self.config
            pipelines = {code: syntax_pipeline(code, cfg.spacy_pipelines) for code in SUPPORTED_LANGUAGES}
            parser = TextParser(
                lang=cfg.lang,
                fallback_lang=cfg.fallback_lang,
                max_chars=cfg.max_chars,
                pipelines=pipelines,
                exclude=("parser",) if cfg.syntax == "tags" else (),
            )
            self._syntax = SyntaxAnalyzer(parser, cfg.syntax)
        return self._syntax

    def _emotions(self, parsed: ParsedText) -> EmotionResult:
        mentions = []
        for seg in parsed.segments:
            mentions.extend(self._emotion_words.find(seg, parsed))
        return EmotionResult(parsed.text, parsed.language, tuple(mentions), parsed.languages)

    def info(self) -> dict[str, Any]:
        """What this assistant runs on: version, languages, pipelines and lexicon sizes."""
        from assist import __version__
        from assist.text.pipeline import describe_pipeline

        return {
            "version": __version__,
            "languages": {
                code: {
                    "pipeline": describe_pipeline(self._parser.nlp(code)),
                    "syntax_pipeline": self._syntax_analyzer().parser.pipeline_name(code),
                    "emotion_lexicon_rows": emotion_resources(code).rows,
                    "emotion_lexicon_entries": len(emotion_resources(code).entries),
                }
                for code in SUPPORTED_LANGUAGES
            },
            "syntax_backend": self.config.syntax,
            "config": self.to_config(),
        }
