"""Property test: any thread of odd messages gives valid occurrences or a documented error."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assist import Assistant
from assist.errors import InvalidInputError

WORDS = ["my", "boss", "mijn", "baas", "werk", "work", "Marco", "&amp;", "<b>", "😭", "\u202e", "debt", "schulden",
         "again", "weer", "alleen", "ZUMBA", "zumba", '"', "\n", "-", "over-the-moon"]
_ASSISTANT = Assistant(fallback_lang="en")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join), min_size=1, max_size=6))
def test_any_thread_gives_valid_occurrences(messages: list[str]) -> None:
    try:
        report = _ASSISTANT.themes(messages)
    except InvalidInputError:
        return
    for theme in report.themes:
        assert theme.occurrences
        for occ in theme.occurrences:
            assert messages[occ.message][occ.start : occ.end] == occ.text
        assert theme.first_message <= theme.last_message
    assert set(report.new) <= {t.label for t in report.themes}
