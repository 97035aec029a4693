"""All exceptions raised by `assist`.

Every message names the offending value (never the client's text), the valid options and the
fix. Each class also subclasses the matching built-in so generic handlers keep working.
"""

from __future__ import annotations


class AssistError(Exception):
    """Base class of every error raised by `assist`."""


class InvalidInputError(AssistError, ValueError):
    """The input text (or thread) cannot be analysed as given."""


class EmptyTextError(InvalidInputError):
    """The text is empty or holds only whitespace."""


class TextTooLongError(InvalidInputError):
    """The text is longer than the configured limit."""


class LanguageError(InvalidInputError):
    """The language could not be determined, or is not supported."""


class ResourceNotFoundError(AssistError, LookupError):
    """A language data file or other packaged resource is missing."""


class ModelNotFoundError(AssistError, OSError):
    """A configured model could not be found or loaded."""


class BackendUnavailableError(AssistError, ImportError):
    """An optional backend was requested but its extra is not installed."""


class ConfigError(AssistError, ValueError):
    """A configuration value is not valid."""


def check_text(text: object, *, max_chars: int, what: str = "text") -> str:
    """Validate one input text and return it unchanged.

    Raises:
        TypeError: when `text` is not a `str` (names its type).
        EmptyTextError: when it is empty or whitespace only.
        TextTooLongError: when it exceeds `max_chars`.
    """
    if not isinstance(text, str):
        raise TypeError(
            f"{what} must be str, got {type(text).__name__}; decode bytes first "
            "(e.g. data.decode('utf-8'))"
        )
    if not text.strip():
        raise EmptyTextError(
            f"{what} is empty or whitespace only ({len(text)} characters); "
            "pass the client's message text"
        )
    if len(text) > max_chars:
        raise TextTooLongError(
            f"{what} has {len(text):,} characters, over the limit of {max_chars:,}; "
            "split it into messages or raise the limit with Assistant(max_chars=...)"
        )
    return text
