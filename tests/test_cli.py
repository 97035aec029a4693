from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assist.cli import main
from tests.samples import EN_LETTER, NL_LETTER


def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "assist.cli", *args], input=stdin, capture_output=True)


def test_cli_json_for_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(NL_LETTER, encoding="utf-8")
    assert main(["emotions", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["language"] == "nl"
    assert all(NL_LETTER[m["start"] : m["end"]] == m["text"] for m in data["mentions"])


def test_cli_readable_output_marks_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(EN_LETTER, encoding="utf-8")
    assert main(["emotions", str(path)]) == 0
    out = capsys.readouterr().out
    assert "[lonely]{sadness}" in out
    assert "negated" in out
    assert "\x1b[" not in out  # no colour when not a terminal


def test_cli_reads_stdin_and_lang_flag() -> None:
    proc = _run(["emotions", "-", "--json", "--lang", "en"], stdin=b"I am so angry.")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["mentions"][0]["emotion"] == "anger"


def test_cli_info_reports_lexicon_sizes() -> None:
    proc = _run(["info"])
    assert proc.returncode == 0
    info = json.loads(proc.stdout)
    assert info["languages"]["nl"]["emotion_lexicon_rows"] >= info["languages"]["nl"]["emotion_lexicon_entries"] > 0


def test_cli_version_and_help() -> None:
    assert b"assist" in _run(["--version"]).stdout
    assert b"emotions" in _run(["--help"]).stdout


@pytest.mark.parametrize(
    ("payload", "message"),
    [(b"\x00\x01binary", b"looks binary"), (b"\xff\xfe sad", b"not UTF-8"), (b"   ", b"empty")],
)
def test_cli_bad_input_is_a_clear_error_without_traceback(payload: bytes, message: bytes) -> None:
    proc = _run(["emotions", "-"], stdin=payload)
    assert proc.returncode != 0
    assert message in proc.stderr
    assert b"Traceback" not in proc.stderr


def test_cli_error_does_not_echo_client_text() -> None:
    secret = "Ich bin traurig und ich weiß nicht, was ich tun soll, mein Geheimnis."
    proc = _run(["emotions", "-"], stdin=secret.encode())
    assert proc.returncode == 2
    assert b"German" in proc.stderr
    assert b"Geheimnis" not in proc.stderr


def test_cli_missing_file() -> None:
    proc = _run(["emotions", "/nonexistent/letter.txt"])
    assert proc.returncode != 0 and b"cannot read" in proc.stderr


def test_cli_themes_timeline_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.themes.test_thread import NL_THREAD

    paths = []
    for i, text in enumerate(NL_THREAD):
        path = tmp_path / f"{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    assert main(["themes", *paths]) == 0
    out = capsys.readouterr().out
    assert "5 messages, 5 by the client; language: nl" in out
    assert "new in the latest message:" in out
    assert main(["themes", "--json", *paths]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["message_count"] == 5
    assert any(t["category"] == "work" for t in data["themes"])


def test_cli_themes_reads_a_jsonl_thread(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "thread.jsonl"
    lines = [
        json.dumps("My boss yelled at me again."),
        json.dumps({"text": "What happened then?", "author": "counsellor"}),
        json.dumps({"text": "My boss did it again at work."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert main(["themes", "--json", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["analysed"] == [0, 2]


def test_cli_themes_bad_jsonl_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "thread.jsonl"
    path.write_text('{"text": "ok"}\nnot json\n', encoding="utf-8")
    proc = _run(["themes", str(path)])
    assert proc.returncode != 0 and b"line 2 is not JSON" in proc.stderr


def test_cli_syntax_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "reply.txt"
    text = "Het gesprek werd afgezegd. Hoe voelde dat voor je?"
    path.write_text(text, encoding="utf-8")
    assert main(["syntax", str(path)]) == 0
    out = capsys.readouterr().out
    assert "passive: 'werd afgezegd'" in out and "open" in out and "read by: parse" in out
    assert main(["syntax", str(path), "--json", "--backend", "tags"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["backend"] == "tags"
    assert [s["question"] for s in data["sentences"]] == [None, {"kind": "open", "cue": "Hoe"}]
