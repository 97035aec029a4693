from __future__ import annotations

from assist.themes.base import TermStats
from assist.themes.grouping import CategoryGrouping, CooccurrenceGrouping


def _term(key: str, category: str | None, messages: list[int]) -> TermStats:
    term = TermStats(key, category, 1.0)
    term.occurrences = [(m, 0, 1, key) for m in messages]
    return term


def test_own_word_joins_the_category_it_shares_messages_with() -> None:
    boss = _term("boss", "work", [0, 1, 3])
    marco = _term("marco", None, [0, 1, 3])
    sister = _term("sister", "family", [2])
    groups = CooccurrenceGrouping().group([boss, marco, sister])
    assert [[t.key for t in g] for g in groups] == [["sister"], ["boss", "marco"]]


def test_own_words_merge_with_each_other_when_they_co_occur() -> None:
    zumba = _term("zumba", None, [0, 2, 4])
    tuesday = _term("tuesday", None, [0, 2, 4])
    rain = _term("rain", None, [1, 3])
    groups = CooccurrenceGrouping().group([zumba, tuesday, rain])
    assert sorted(sorted(t.key for t in g) for g in groups) == [["rain"], ["tuesday", "zumba"]]


def test_own_word_does_not_stretch_a_category_to_other_messages() -> None:
    boss = _term("boss", "work", [0, 1, 3])
    marco = _term("marco", None, [0, 1, 2, 3])
    groups = CooccurrenceGrouping().group([boss, marco])
    assert [[t.key for t in g] for g in groups] == [["boss"], ["marco"]]


def test_one_shared_message_is_not_enough() -> None:
    a = _term("a", None, [0, 1])
    b = _term("b", None, [1, 2])
    assert len(CooccurrenceGrouping().group([a, b])) == 2


def test_category_grouping_keeps_own_words_apart() -> None:
    boss = _term("boss", "work", [0, 1])
    marco = _term("marco", None, [0, 1])
    groups = CategoryGrouping().group([boss, marco])
    assert [[t.key for t in g] for g in groups] == [["boss"], ["marco"]]
