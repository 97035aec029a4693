"""The counselling theme taxonomy and the word lists the themes capability reads."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from assist.errors import ResourceNotFoundError
from assist.lang import PARAMS, read_common_table, read_table, read_words
from assist.text.phrases import PhraseIndex, compile_phrase, order_free


@dataclass(frozen=True, slots=True)
class TaxonomyEntry:
    """One row of `theme_taxonomy.tsv`."""

    phrase: str
    category: str
    weight: float


@dataclass(frozen=True, slots=True)
class ThemeResources:
    """The taxonomy index and word lists of one language."""

    lang: str
    entries: tuple[TaxonomyEntry, ...]
    index: PhraseIndex
    labels: dict[str, str]  # category slug -> readable name in this language
    stop_words: frozenset[str]
    generic: frozenset[str]  # frequent words that never make a theme ("feel", "dag")
    possessives: frozenset[str]
    intensifiers: frozenset[str]


@cache
def category_labels(lang: str) -> dict[str, str]:
    """Readable category names in `lang`, by slug."""
    return {row["category"]: row[lang] for row in read_common_table("theme_categories.tsv")}


@cache
def theme_resources(lang: str) -> ThemeResources:
    """Load and index the theme data of `lang` (cached for the process)."""
    labels = category_labels(lang)
    entries = []
    for line, row in enumerate(read_table(lang, "theme_taxonomy.tsv"), start=2):
        category = row["category"].strip()
        if category not in labels:
            raise ResourceNotFoundError(
                f"{lang}/theme_taxonomy.tsv row {line}: category {category!r} is not one of {', '.join(labels)}"
            )
        entries.append(TaxonomyEntry(row["phrase"].strip().lower(), category, float(row.get("weight") or 1.0)))
    params = PARAMS[lang]
    phrases = [compile_phrase(e.phrase, i, free=order_free(e.phrase, lang)) for i, e in enumerate(entries)]
    modifiers = read_table(lang, "modifiers.tsv")
    return ThemeResources(
        lang=lang,
        entries=tuple(entries),
        index=PhraseIndex(phrases, gap=params.gap, free_window=params.free_window),
        labels=labels,
        stop_words=read_words(lang, "stop_words.txt"),
        generic=read_words(lang, "theme_generic.txt"),
        possessives=read_words(lang, "possessives.txt"),
        intensifiers=frozenset(r["phrase"] for r in modifiers if r["kind"] == "intensifier"),
    )
