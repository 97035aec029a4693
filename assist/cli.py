"""The `assist` command line.

Reads client text from files or standard input; never writes it anywhere but standard output.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from assist.errors import AssistError
from assist.lang import SUPPORTED_LANGUAGES

_GROUP_COLOURS = {
    "anger": "31",
    "disgust": "32",
    "fear": "35",
    "joy": "33",
    "sadness": "34",
    "surprise": "36",
}


def _read(path: str) -> str:
    try:
        data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    except OSError as exc:
        raise SystemExit(f"assist: cannot read {path!r}: {exc.strerror}") from None
    if b"\x00" in data:
        raise SystemExit(f"assist: {path!r} looks binary (it holds NUL bytes); give a UTF-8 text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SystemExit(
            f"assist: {path!r} is not UTF-8 text (bad byte at position {exc.start}); "
            "convert it, e.g. iconv -f latin1 -t utf-8"
        ) from None


def _use_colour(stream: TextIO) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ


def render_emotions(text: str, result: object, *, colour: bool) -> str:
    """The text with its emotion words marked, then one line per mention."""
    from assist.emotions.result import EmotionResult

    assert isinstance(result, EmotionResult)
    parts: list[str] = []
    pos = 0
    for m in result.mentions:
        parts.append(text[pos : m.start])
        label = f"{m.emotion}{', negated' if m.negated else ''}"
        if colour:
            style = "9;" if m.negated else "1;"
            parts.append(f"\x1b[{style}{_GROUP_COLOURS[m.group]}m{m.text}\x1b[0m\x1b[2m[{label}]\x1b[0m")
        else:
            parts.append(f"[{m.text}]{{{label}}}")
        pos = m.end
    parts.append(text[pos:])
    lines = ["".join(parts).rstrip(), ""]
    lines.append(f"language: {result.language}  mentions: {len(result.mentions)}")
    for m in result.mentions:
        neg = "negated" if m.negated else ""
        lines.append(
            f"  {m.start:>6}-{m.end:<6} {m.text!r:28} {m.emotion:15} {m.group:9} {m.intensity:4.2f} {neg}".rstrip()
        )
    return "\n".join(lines)


def _emotions(args: argparse.Namespace) -> int:
    from assist import Assistant

    assistant = Assistant(fallback_lang=args.fallback_lang, max_chars=args.max_chars)
    return _per_file(args, lambda text: assistant.emotions(text, lang=args.lang), render_emotions)


def render_syntax(text: str, result: Any, *, colour: bool) -> str:
    """One line per sentence: words, clauses, longest dependency, question form, passives."""
    lines = [f"language: {result.language}  read by: {result.backend} ({result.pipeline})", ""]
    lines.append(f"  {'words':>5} {'clauses':>7} {'dep.len':>7} {'question':9} sentence")
    for s in result.sentences:
        question = f"{s.question.kind}" if s.question else ""
        clauses = "–" if s.clauses is None else str(s.clauses)
        dep = "–" if s.max_dependency_length is None else str(s.max_dependency_length)
        shown = s.text if len(s.text) <= 70 else s.text[:67] + "..."
        lines.append(f"  {s.words:>5} {clauses:>7} {dep:>7} {question:9} {shown}")
        for p in s.passives:
            mark = f"\x1b[33m{p.text}\x1b[0m" if colour else repr(p.text)
            lines.append(f"  {'':>31} passive: {mark}")
    phrases = ", ".join(n.text for n in result.noun_phrases)
    lines += ["", f"noun phrases: {phrases}" if phrases else "noun phrases: none"]
    return "\n".join(lines)


def _syntax(args: argparse.Namespace) -> int:
    from assist import Assistant

    assistant = Assistant(fallback_lang=args.fallback_lang, max_chars=args.max_chars, syntax=args.backend)
    return _per_file(args, lambda text: assistant.syntax(text, lang=args.lang), render_syntax)


def _per_file(args: argparse.Namespace, analyse: Callable[[str], Any], render: Callable[..., str]) -> int:
    """Analyse each file; print its rendering (or one JSON document); a bad file sets status 2."""
    paths = args.files or ["-"]
    texts = [_read(p) for p in paths]
    status = 0
    out = []
    for path, text in zip(paths, texts, strict=True):
        try:
            result = analyse(text)
        except (AssistError, ValueError) as exc:
            print(f"assist: {path}: {exc}", file=sys.stderr)
            status = 2
            continue
        if args.json:
            out.append({"file": path, **result.to_dict(include_text=True)})
        else:
            if len(paths) > 1:
                print(f"== {path}")
            print(render(text, result, colour=_use_colour(sys.stdout)))
            print()
    if args.json:
        json.dump(out[0] if len(paths) == 1 and out else out, sys.stdout, ensure_ascii=False, indent=2)
        print()
    return status


def _thread(paths: list[str]) -> list[Any]:
    """Messages from files: one message per file, or one JSONL thread file."""
    from assist.themes import Message

    if len(paths) == 1 and paths[0].endswith(".jsonl"):
        messages: list[Any] = []
        for n, line in enumerate(_read(paths[0]).splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError:
                raise SystemExit(f"assist: {paths[0]} line {n} is not JSON; give one message per line") from None
            if isinstance(item, str):
                messages.append(item)
            elif isinstance(item, dict) and isinstance(item.get("text"), str):
                messages.append(Message(item["text"], author=str(item.get("author", "client"))))
            else:
                raise SystemExit(
                    f"assist: {paths[0]} line {n} must be a JSON string or an object with a \"text\" string"
                )
        return messages
    return [_read(p) for p in paths]


def render_themes(report: Any, texts: list[str], *, colour: bool) -> str:
    """A timeline: which theme appears in which message, then new and faded themes and quotes."""
    n = report.message_count
    width = max([len(t.label) for t in report.themes] + [5])
    cat_width = max([len(t.category_label or "(own words)") for t in report.themes] + [8])
    head = f"{'theme':<{width}}  {'category':<{cat_width}}  " + " ".join(f"{i + 1:>2}" for i in range(n))
    lines = [
        f"{n} messages, {len(report.analysed)} by the client; language: {', '.join(report.languages)}",
        "",
        head + "  trend",
    ]
    for theme in report.themes:
        present = set(theme.messages)
        marks = " ".join(" ●" if i in present else (" ·" if i in report.analysed else "  ") for i in range(n))
        label = f"{theme.label:<{width}}"
        if colour and theme.label in report.new:
            label = f"\x1b[1m{label}\x1b[0m"
        lines.append(f"{label}  {(theme.category_label or '(own words)'):<{cat_width}}  {marks}  {theme.trend}")
    lines.append("")
    lines.append("new in the latest message: " + (", ".join(report.new) or "none"))
    lines.append("faded (absent from the last messages): " + (", ".join(report.faded) or "none"))
    for theme in report.themes:
        lines.append("")
        lines.append(f"{theme.label} — {', '.join(f'{t.term} ({t.count})' for t in theme.terms[:8])}")
        for occ in theme.occurrences[:6]:
            text = texts[occ.message]
            left = text[max(0, occ.start - 40) : occ.start].replace("\n", " ")
            right = text[occ.end : occ.end + 40].replace("\n", " ")
            lines.append(f"  message {occ.message + 1}: …{left}[{occ.text}]{right}…")
    return "\n".join(lines)


def _themes(args: argparse.Namespace) -> int:
    from assist import Assistant

    messages = _thread(args.files)
    assistant = Assistant(fallback_lang=args.fallback_lang, max_chars=args.max_chars)
    try:
        report = assistant.themes(messages, lang=args.lang)
    except (AssistError, ValueError, TypeError) as exc:
        print(f"assist: {exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2, default=str)
        print()
    else:
        texts = [m if isinstance(m, str) else m.text for m in messages]
        print(render_themes(report, texts, colour=_use_colour(sys.stdout)))
    return 0


def _info(args: argparse.Namespace) -> int:
    from assist import Assistant

    json.dump(Assistant().info(), sys.stdout, indent=2)
    print()
    return 0


def _text_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help="skip language detection")
    parser.add_argument("--fallback-lang", choices=SUPPORTED_LANGUAGES, help="use when detection cannot tell")
    parser.add_argument("--max-chars", type=int, default=100_000, help="longest text accepted (default 100000)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for tests and documentation)."""
    from assist import __version__

    parser = argparse.ArgumentParser(
        prog="assist", description="Counsellor-assist analyses of English and Dutch client text."
    )
    parser.add_argument("--version", action="version", version=f"assist {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    emo = sub.add_parser("emotions", help="mark the emotion words in a text")
    emo.add_argument("files", nargs="*", metavar="FILE", help="UTF-8 text files; '-' or none reads stdin")
    _text_options(emo)
    emo.set_defaults(func=_emotions)
    themes = sub.add_parser("themes", help="recurring themes across a client's thread of messages")
    themes.add_argument(
        "files", nargs="+", metavar="FILE", help="one message per file, oldest first; or one .jsonl thread file"
    )
    _text_options(themes)
    themes.set_defaults(func=_themes)
    syntax = sub.add_parser("syntax", help="sentences, clauses, passives, questions and noun phrases of a text")
    syntax.add_argument("files", nargs="*", metavar="FILE", help="UTF-8 text files; '-' or none reads stdin")
    syntax.add_argument("--backend", choices=["parse", "tags", "none"], default="parse", help="how to read it")
    _text_options(syntax)
    syntax.set_defaults(func=_syntax)
    info = sub.add_parser("info", help="print what the assistant runs on (pipelines, lexicon sizes) as JSON")
    info.set_defaults(func=_info)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    status: int = args.func(args)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
