from __future__ import annotations

import pytest
import spacy

import assist.spacy_components  # noqa: F401  (registers the factories)
from assist.errors import LanguageError


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "I'm not angry, just sad.", [("angry", "anger", True), ("sad", "sadness", False)]),
        (
            "nl",
            "Ik schaam me niet, wel ben ik verdrietig.",
            [("schaam", "embarrassment", True), ("verdrietig", "sadness", False)],
        ),
    ],
)
def test_component_sets_spans(lang: str, text: str, expected: list[tuple[str, str, bool]]) -> None:
    nlp = spacy.blank(lang)
    nlp.add_pipe("assist_tokens")
    nlp.add_pipe("assist_emotion_words")
    doc = nlp(text)
    assert [(s.text, s.label_, s._.emotion.negated) for s in doc.spans["emotions"]] == expected


def test_component_rejects_unsupported_language() -> None:
    nlp = spacy.blank("de")
    with pytest.raises(LanguageError, match="'de'"):
        nlp.add_pipe("assist_emotion_words")
