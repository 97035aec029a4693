"""Property tests: for any string, offsets are valid and only documented errors escape."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assist import Assistant
from assist.errors import InvalidInputError

WORDS = [
    "I", "am", "not", "so", "sad", "angry", "fed", "up", "ik", "ben", "niet", "bang", "boos",
    "schaam", "me", "geen", "schaamte", "zie", "er", "tegenop", "<p>", "</p>", "😢", "\u202e",
    "\x00", "\ud800", "!!!", "\n\n", "é", "e\u0301", "—", "“", "SOOO", "lonely", "eenzaam",
]
_ASSISTANTS = {"en": Assistant(fallback_lang="en"), "nl": Assistant(fallback_lang="nl")}


def _check(text: str, lang: str) -> None:
    try:
        result = _ASSISTANTS[lang].emotions(text)
    except InvalidInputError:
        return
    for m in result.mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert 0.0 < m.intensity <= 1.0
    starts = [m.start for m in result.mentions]
    assert starts == sorted(starts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300), st.sampled_from(["en", "nl"]))
def test_any_string_gives_valid_offsets(text: str, lang: str) -> None:
    _check(text, lang)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", "", "\t", ".", ", "])), max_size=40),
    st.sampled_from(["en", "nl"]),
)
def test_emotion_word_soup_gives_valid_offsets(pairs: list[tuple[str, str]], lang: str) -> None:
    _check("".join(w + s for w, s in pairs), lang)
