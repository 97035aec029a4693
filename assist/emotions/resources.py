"""The emotion lexicon and its modifier lists, loaded once per language."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from wordfreq import zipf_frequency

from assist.emotions.labels import EMOTIONS
from assist.errors import ResourceNotFoundError
from assist.lang import PARAMS, LangParams, read_table, read_words
from assist.text.keys import word_keys
from assist.text.phrases import SLOTS, Phrase, PhraseIndex, compile_phrase, order_free

_FLAGS = frozenset({"pred", "free"})


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One row of `emotion_lexicon.tsv`."""

    phrase: str
    emotion: str
    intensity: float
    term: str | None
    pred: bool


@dataclass(frozen=True, slots=True)
class EmotionResources:
    """Everything the lexicon backend needs for one language."""

    lang: str
    params: LangParams
    entries: tuple[LexiconEntry, ...]  # the rows in use (see `_redundant`)
    rows: int  # the rows in the data file
    lexicon: PhraseIndex
    exceptions: PhraseIndex
    pseudo: PhraseIndex
    modifiers: PhraseIndex
    factors: tuple[float, ...]  # by modifier phrase value
    negators: frozenset[str]
    breakers: frozenset[str]
    breakers_after: frozenset[str]  # end a scope that runs forward only ("ik baal dat ik niet ...")
    transparent: frozenset[str]
    stop_words: frozenset[str]
    determiners: frozenset[str]
    typos: dict[str, list[str]]  # one-letter deletions of longer single-word entries -> those entries
    spelled: dict[tuple[str, ...], str | None]  # a token's keys -> the entry it misspells (a cache)


def _entry(row: dict[str, str], lang: str, line: int) -> tuple[LexiconEntry, bool]:
    emotion = row.get("emotion", "").strip()
    where = f"{lang}/emotion_lexicon.tsv row {line}"
    if emotion not in EMOTIONS:
        raise ResourceNotFoundError(f"{where}: emotion {emotion!r} is not one of {', '.join(EMOTIONS)}")
    flags = {f.strip() for f in row.get("flags", "").split(",") if f.strip()}
    if flags - _FLAGS:
        raise ResourceNotFoundError(f"{where}: unknown flags {sorted(flags - _FLAGS)}; valid: {sorted(_FLAGS)}")
    try:
        intensity = float(row.get("intensity") or 0.5)
    except ValueError as exc:
        raise ResourceNotFoundError(f"{where}: intensity {row.get('intensity')!r} is not a number") from exc
    entry = LexiconEntry(
        phrase=row["phrase"].strip().lower(),
        emotion=emotion,
        intensity=min(max(intensity, 0.05), 1.0),
        term=row.get("term", "").strip() or None,
        pred="pred" in flags,
    )
    return entry, "free" in flags


_FRAMES = {
    "en": frozenset({"feel", "feeling", "felt", "get", "got", "getting", "become", "..."}),
    "nl": frozenset(
        {"voelen", "voel", "voelt", "voelde", "vinden", "vind", "vindt", "vond", "worden", "word", "wordt",
         "werd", "raken", "raak", "raakt", "raakte", "zich", "..."}
    ),
}


def _redundant(phrase: str, emotion: str, bare: dict[str, str], lang: str) -> bool:
    """Whether a longer phrase only wraps a word that is an entry of the same emotion by itself.

    "feel ... lonely", "boos op", "vind het eng", "schaamde me", "boze buien", "scared stiff":
    the bare word finds the same mentions with the span annotators mark (the emotion word).
    Kept: phrases whose words are no emotion alone ("fed up", "feel ... bad", "in de put"),
    whose meaning differs ("feel sorry for" is caring, "sorry" remorse), that hold words of
    another emotion ("tears of joy") or a negator.
    """
    tokens = phrase.split()
    if len(tokens) < 2 or any(t in _negators(lang) for t in tokens):
        return False
    from assist.text.pipeline import lemma_of

    found: set[str] = set()  # the emotions of the phrase's words that are entries alone
    for token in tokens:
        if token in _FRAMES[lang] or token in SLOTS:
            continue
        found.update(bare[key] for key in word_keys(token, lemma_of(token, lang), lang) if key in bare)
    # "tears of joy" holds "tears" (sadness) too: the phrase decides, so it stays.
    return found == {emotion}


@cache
def _negators(lang: str) -> frozenset[str]:
    return frozenset(r["phrase"] for r in read_table(lang, "modifiers.tsv") if r["kind"] == "negator")


@cache
def emotion_resources(lang: str) -> EmotionResources:
    """Load and index the emotion data of `lang` (cached for the process)."""
    params = PARAMS[lang]
    entries: list[LexiconEntry] = []
    phrases: list[Phrase] = []
    rows = read_table(lang, "emotion_lexicon.tsv")
    bare: dict[str, str] = {}
    for r in rows:
        if " " not in r["phrase"].strip():
            bare.setdefault(r["phrase"].strip().lower(), r["emotion"].strip())
    for line, row in enumerate(rows, start=2):
        if _redundant(row["phrase"].strip().lower(), row["emotion"].strip(), bare, lang):
            continue
        entry, free = _entry(row, lang, line)
        free = free or order_free(entry.phrase, lang)
        phrases.append(compile_phrase(entry.phrase, len(entries), free=free))
        entries.append(entry)

    def index(items: list[Phrase]) -> PhraseIndex:
        return PhraseIndex(items, gap=params.gap, free_window=params.free_window)

    exceptions = [compile_phrase(r["phrase"], i) for i, r in enumerate(read_table(lang, "emotion_exceptions.tsv"))]
    mods = read_table(lang, "modifiers.tsv")
    by_kind: dict[str, list[dict[str, str]]] = {}
    for row in mods:
        by_kind.setdefault(row["kind"], []).append(row)
    scaled = by_kind.get("intensifier", []) + by_kind.get("downtoner", [])
    return EmotionResources(
        lang=lang,
        params=params,
        entries=tuple(entries),
        rows=len(rows),
        lexicon=index(phrases),
        exceptions=index(exceptions),
        pseudo=index([compile_phrase(r["phrase"], i) for i, r in enumerate(by_kind.get("pseudo", []))]),
        modifiers=index([compile_phrase(r["phrase"], i) for i, r in enumerate(scaled)]),
        factors=tuple(float(r["factor"]) for r in scaled),
        negators=_negators(lang),
        breakers=frozenset(r["phrase"] for r in by_kind.get("breaker", [])),
        breakers_after=frozenset(r["phrase"] for r in by_kind.get("breaker", []) + by_kind.get("breaker_after", [])),
        transparent=frozenset(r["phrase"] for r in by_kind.get("transparent", [])),
        stop_words=read_words(lang, "stop_words.txt"),
        determiners=read_words(lang, "determiners.txt"),
        typos=_deletions({e.phrase for e in entries if " " not in e.phrase}),
        spelled={},
    )


TYPO_MIN_LENGTH = 6  # shorter words have too many real neighbours one letter away


def _deletions(words: set[str]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for word in sorted(words):
        if len(word) >= TYPO_MIN_LENGTH and word.isalpha():
            for variant in {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}:
                index.setdefault(variant, []).append(word)
    return index


@cache
def correct_typo(form: str, lang: str) -> str | None:
    """The lexicon word a misspelt token stands for ("anxous", "suprised", "verdrietug"), if one.

    Only for words that the language's lemma dictionary does not know and that are rare in
    general language (wordfreq Zipf < 3; common typos reach 2.6), within one edit (deletion,
    insertion, substitution or transposition) of lexicon words that all
    carry the same emotion ("suprised" is one edit from "surprised" and from "surprise").
    """
    if len(form) < TYPO_MIN_LENGTH - 1 or not form.isalpha() or zipf_frequency(form, lang) >= 3.0:
        return None
    from assist.text.pipeline import is_known_word

    if is_known_word(form, lang):
        return None  # a real word ("latched", "crazing"), not a misspelling
    res = emotion_resources(lang)
    found = {w for v in {form, *(form[:i] + form[i + 1 :] for i in range(len(form)))} for w in res.typos.get(v, ())}
    emotions = {e.emotion for e in res.entries if e.phrase in found}
    if len(emotions) != 1:
        return None
    return min(found, key=lambda w: (abs(len(w) - len(form)), w))
