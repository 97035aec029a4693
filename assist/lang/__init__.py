"""Language data: one folder per language, read from the installed package and cached."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from assist.errors import LanguageError, ResourceNotFoundError

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "nl")
LANGUAGE_NAMES = {"en": "English", "nl": "Dutch"}


@dataclass(frozen=True, slots=True)
class LangParams:
    """Per-language numbers used by the rule-based components."""

    negation_window: int  # tokens before a mention searched for a negator
    negation_window_after: int  # tokens after a verb mention (Dutch V2: "ik schaam me niet")
    modifier_window: int  # tokens before a mention searched for an intensifier/downtoner
    gap: int  # most tokens a `...` in a lexicon phrase may skip
    free_window: int  # span, in tokens, of an unordered (`free`) phrase


PARAMS: dict[str, LangParams] = {
    "en": LangParams(
        negation_window=5, negation_window_after=0, modifier_window=2, gap=3, free_window=6
    ),
    "nl": LangParams(
        negation_window=5, negation_window_after=3, modifier_window=2, gap=3, free_window=6
    ),
}


def check_language(lang: str) -> str:
    """Return `lang` when supported, else raise a `LanguageError` listing the options."""
    if lang not in SUPPORTED_LANGUAGES:
        raise LanguageError(
            f"language {lang!r} is not supported; use one of {', '.join(SUPPORTED_LANGUAGES)} "
            "(or leave lang unset to detect it)"
        )
    return lang


def _resource(lang: str, name: str) -> str:
    path = files("assist") / "lang" / lang / name if lang else files("assist") / "lang" / name
    if not path.is_file():
        raise ResourceNotFoundError(
            f"language data file {lang + '/' if lang else ''}{name} is missing from the installed package; "
            "reinstall assist (pip install --force-reinstall assist)"
        )
    return path.read_text(encoding="utf-8")


@cache
def read_words(lang: str, name: str) -> frozenset[str]:
    """A word list: one entry a line, `#` comments and blank lines skipped."""
    lines = (line.strip() for line in _resource(lang, name).splitlines())
    return frozenset(line.lower() for line in lines if line and not line.startswith("#"))


@cache
def read_common_table(name: str) -> tuple[dict[str, str], ...]:
    """A TSV table shared by all languages (`assist/lang/<name>`)."""
    return read_table("", name)


@cache
def read_table(lang: str, name: str) -> tuple[dict[str, str], ...]:
    """A TSV table with a header row; `#` comment lines skipped."""
    rows = [line for line in _resource(lang, name).splitlines() if line and not line.startswith("#")]
    reader = csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "") for k, v in row.items() if k is not None} for row in reader)
