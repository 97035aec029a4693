"""Recurring themes across a thread, in both languages."""

from __future__ import annotations

import pytest

from assist import Assistant, Message, ThemeReport
from assist.errors import InvalidInputError

EN_THREAD = [
    "My boss yelled at me again in the meeting and I dread going to work.",
    "I slept badly all week. My boss wants the report by Friday and my colleagues ignore me.",
    "My sister visited, which was nice. But the office is still a nightmare.",
    "Work was a bit calmer. Marco, my manager, even said thanks.",
    "I'm worried about money now. The debt keeps growing and the bills pile up.",
]
NL_THREAD = [
    "Mijn baas schreeuwde weer tegen me en ik zie op tegen mijn werk.",
    "Ik slaap slecht. Mijn baas wil het rapport voor vrijdag en mijn collega's negeren me.",
    "Mijn zus kwam langs, dat was fijn. Maar op kantoor is het nog steeds een nachtmerrie.",
    "Op het werk was het iets rustiger. Mijn leidinggevende bedankte me zelfs.",
    "Nu maak ik me zorgen over geld. De schulden groeien en de rekeningen stapelen zich op.",
]


def _theme(report: ThemeReport, category: str):  # type: ignore[no-untyped-def]
    return next(t for t in report.themes if t.category == category)


@pytest.mark.parametrize(("thread", "lang"), [(EN_THREAD, "en"), (NL_THREAD, "nl")])
def test_recurring_work_theme_new_money_theme(assistant: Assistant, thread: list[str], lang: str) -> None:
    report = assistant.themes(thread)
    assert report.languages == (lang,)
    work = _theme(report, "work")
    assert work.messages == (0, 1, 2, 3)
    assert work.first_message == 0 and work.last_message == 3
    assert work.category_label
    money = _theme(report, "money")
    assert money.messages == (4,)
    assert money.label in report.new
    assert work.label not in report.new
    for occ in work.occurrences:
        assert thread[occ.message][occ.start : occ.end] == occ.text


@pytest.mark.parametrize(("thread", "lang"), [(EN_THREAD, "en"), (NL_THREAD, "nl")])
def test_one_off_topics_are_not_recurring(assistant: Assistant, thread: list[str], lang: str) -> None:
    report = assistant.themes(thread)
    assert "family" not in {t.category for t in report.themes}  # the sister comes up once, early


def test_faded_theme_is_reported() -> None:
    thread = [
        "I can't sleep, I lie awake every night.",
        "Sleep is still bad, insomnia again.",
        "I had nightmares and slept maybe three hours.",
        "My sister called about the holidays.",
        "My sister and I argued about mum.",
        "My sister apologised today.",
    ]
    report = Assistant().themes(thread)
    sleep = _theme(report, "sleep")
    assert sleep.trend == "fading"
    assert sleep.label in report.faded
    family = _theme(report, "family")
    assert family.label not in report.faded


def test_clients_own_recurring_words_form_a_theme() -> None:
    thread = [
        "The Zumba class on Tuesday was the only bright spot.",
        "I skipped Zumba this week because of the rain.",
        "Back at Zumba, and I felt lighter afterwards.",
    ]
    report = Assistant().themes(thread, lang="en")
    own = [t for t in report.themes if any(term.term == "zumba" for term in t.terms)]
    assert own and own[0].messages == (0, 1, 2)
    assert own[0].terms[0].source == "client"
    assert "Zumba" in own[0].label


def test_possessive_phrases_are_key_phrases() -> None:
    report = Assistant().themes(["Mijn oom belde weer.", "Ik heb mijn oom niet teruggebeld."], lang="nl")
    terms = {term.term for t in report.themes for term in t.terms}
    assert "mijn oom" in terms or "oom" in terms


def test_counsellor_messages_are_skipped_but_indices_kept(assistant: Assistant) -> None:
    thread = [
        Message("My boss yelled at me again."),
        Message("How did that feel for you? Tell me more about your boss.", author="counsellor"),
        Message("My boss keeps doing it at work."),
    ]
    report = assistant.themes(thread)
    assert report.analysed == (0, 2)
    assert _theme(report, "work").messages == (0, 2)


def test_same_input_same_output(assistant: Assistant) -> None:
    assert assistant.themes(EN_THREAD) == assistant.themes(list(EN_THREAD))
    assert assistant.themes(NL_THREAD).to_dict() == assistant.themes(NL_THREAD).to_dict()


def test_single_message_thread(assistant: Assistant) -> None:
    report = assistant.themes(["My boss and my work stress me out, work is all I think about."])
    assert report.themes and all(t.label in report.new for t in report.themes)


def test_mixed_language_thread(assistant: Assistant) -> None:
    report = assistant.themes([EN_THREAD[0], NL_THREAD[1], EN_THREAD[2]])
    assert set(report.languages) == {"en", "nl"}
    assert _theme(report, "work").messages == (0, 1, 2)


@pytest.mark.parametrize(
    ("messages", "error", "match"),
    [
        ([], InvalidInputError, "empty"),
        (["I am sad.", "  "], InvalidInputError, r"messages\[1\]"),
        (["I am sad.", 3], TypeError, r"messages\[1\]"),
        ("just one string", TypeError, "list"),
        ([Message("Hello there, how are you?", author="counsellor")], InvalidInputError, "none by the client"),
    ],
)
def test_bad_threads_name_the_problem(assistant: Assistant, messages: object, error: type, match: str) -> None:
    with pytest.raises(error, match=match):
        assistant.themes(messages)  # type: ignore[arg-type]


def test_thread_limits() -> None:
    small = Assistant(max_messages=3, max_chars=40)
    with pytest.raises(InvalidInputError, match="limit of 3"):
        small.themes(["a b c"] * 4)
    with pytest.raises(InvalidInputError, match=r"messages\[1\].*limit of 40"):
        small.themes(["My boss.", "My boss " * 10])


def test_fifty_long_messages(assistant: Assistant) -> None:
    thread = [" ".join(EN_THREAD) * 4 for _ in range(50)]
    report = assistant.themes(thread)
    assert _theme(report, "work").message_count == 50


@pytest.mark.parametrize(
    ("thread", "lang", "phrase"),
    [
        (["I wrote it all down in my blue notebook.", "The blue notebook is almost full now.",
          "Last night I reread the blue notebook."], "en", "blue notebook"),
        (["Mijn nieuwe collega negeert me.", "Vandaag weer gedoe met mijn nieuwe collega.",
          "Die nieuwe collega zegt nooit gedag."], "nl", "nieuw collega"),
    ],
)
def test_noun_phrases_become_key_phrases_when_asked(thread: list[str], lang: str, phrase: str) -> None:
    without = Assistant().themes(thread, lang=lang)
    report = Assistant(theme_phrases=True).themes(thread, lang=lang)
    terms = {term.term: term for t in report.themes for term in t.terms}
    assert phrase in terms and terms[phrase].messages == 3
    assert phrase not in {term.term for t in without.themes for term in t.terms}
    for theme in report.themes:
        for o in theme.occurrences:
            assert thread[o.message][o.start : o.end] == o.text


def test_noun_phrases_follow_the_syntax_setting() -> None:
    thread = ["I wrote it down in my blue notebook.", "The blue notebook is full.", "I reread the blue notebook."]
    tags = Assistant(theme_phrases=True, syntax="tags").themes(thread, lang="en")
    assert "blue notebook" in {term.term for t in tags.themes for term in t.terms}
    none = Assistant(theme_phrases=True, syntax="none").themes(thread, lang="en")
    assert "blue notebook" not in {term.term for t in none.themes for term in t.terms}
