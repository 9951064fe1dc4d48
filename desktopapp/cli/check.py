"""`secondthought check`: the warnings engine on the command line, fully offline.

Exit codes: 0 no danger warning, 1 at least one danger warning (or a failure), 2 usage.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from desktopapp.app import settings as workspace_settings
from desktopapp.app import spelling
from desktopapp.app.context import AppContext
from desktopapp.checks.model import CHANNEL_LABELS as LABELS
from desktopapp.checks.model import CHANNELS, Report
from desktopapp.checks.spelling_languages import LANGUAGES, label, usable
from desktopapp.cli import check_lines
from desktopapp.cli.common import MAX_INPUT_BYTES, Commands, read_text_input
from desktopapp.config import Settings
from desktopapp.core.errors import DomainError
from desktopapp.records import replace

MAX_LINES_BYTES = 20_000_000  # `check --lines`: a file of posts, one a line


def register(commands: Commands) -> None:
    p = commands.add_parser("check", help="check a post for warnings (offline)")
    p.set_defaults(handler=cmd_check)
    p.add_argument("file", nargs="?", default="-", help="a UTF-8 text file, or - for stdin")
    p.add_argument("--channel", action="append", choices=CHANNELS, default=[],
                   help="count length for this network (repeatable)")
    p.add_argument("--format", choices=["text", "json"], default="text",
                   help="text for people or JSON for scripts")
    p.add_argument("--lines", action="store_true",
                   help="each input line is one post; output JSON Lines (without "
                   "offline spelling suggestions, which cost more than the check)")
    p.add_argument("--jobs", type=int, default=0, metavar="N",
                   help="with --lines: check in N processes (default: one per core for "
                   "1,000 lines or more; 1: in this process only)")
    p.add_argument("--no-grammar", action="store_true",
                   help="skip grammar and spelling (faster for big batches)")
    p.add_argument("--language", metavar="CODE",
                   help="spelling language: " + ", ".join(LANGUAGES)
                   + " (default: the workspace's, see `spelling language`)")

    s = commands.add_parser("spelling", help="the workspace's spelling language and "
                            "dictionary (the window uses the same)")
    s.set_defaults(handler=cmd_spelling)
    s.add_argument("action", choices=["language", "words", "add", "remove"],
                   help="language: show or set the workspace's language; words: list the "
                   "dictionary; add/remove: a word in the dictionary")
    s.add_argument("value", nargs="?", default="",
                   help="the language code (language) or the word (add, remove)")


def report_json(report: Report) -> dict[str, object]:
    data = report.to_json()
    for warning in data["warnings"]:  # type: ignore[attr-defined]
        warning.pop("checker", None)
    return data


def _line_col(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


def report_text(text: str, report: Report) -> str:
    out = []
    for w in report.warnings:
        words = text[w.start:w.end].replace("\n", " ")
        where = _line_col(text, w.start)
        quoted = f" “{words[:40]}{'…' if len(words) > 40 else ''}”" if words else ""
        out.append(f"{where:>7}  {w.severity.value:<7} {w.code:<28}{quoted}\n"
                   f"         {w.message}")
        if any(w.suggestions):
            out.append(f"         suggestions: {', '.join(s or '(remove)' for s in w.suggestions)}")
    if not report.warnings:
        out.append("No warnings.")
    risk = report.risk
    out.append(f"\nRisk: {risk.level.value} (score {risk.score:g})"
               + (f" — {'; '.join(risk.reasons)}" if risk.reasons else ""))
    out.append("Tone: " + ", ".join(f"{k} {v:.0%}" for k, v in report.tone.items()))
    for channel, result in report.length.items():
        state = "fits" if result.valid else f"too long from offset {result.overflow_start}"
        out.append(f"{LABELS[channel]}: {result.count}/{result.limit} ({state})")
    if report.grammar_status:
        out.append(report.grammar_status)
    return "\n".join(out) + "\n"


def cmd_check(ctx: AppContext, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from desktopapp.checks.engine import CheckEngine  # not needed to build the parser
    from desktopapp.checks.grammar import GrammarChecker

    # One post is at most 1 MB; a file of posts checked line by line may be a big batch.
    if args.jobs < 0:
        raise DomainError("--jobs must be 0 (one per core) or more.")
    text = read_text_input(args.file, stdin, MAX_LINES_BYTES if args.lines else MAX_INPUT_BYTES)
    settings = Settings.load(ctx.paths.settings_file)
    grammar = None if args.no_grammar else GrammarChecker(
        server_url=settings.languagetool_url or None)
    engine = CheckEngine(grammar=grammar, pattern_cache=ctx.paths.cache_dir)
    try:
        language = usable(args.language) if args.language else spelling.workspace_language(ctx)
    except ValueError as exc:
        raise DomainError(str(exc)) from None
    if grammar is not None:
        grammar.offline.personal = spelling.personal_words(ctx)
    check_ctx = workspace_settings.check_settings(ctx).context(
        channels=tuple(dict.fromkeys(args.channel)), language=language)
    danger = False
    try:
        if args.lines:
            lines = text.splitlines()
            jobs = check_lines.jobs_for(args.jobs, len(lines), grammar)
            for row, has_danger in check_lines.check_lines(
                    lines, engine, check_ctx, grammar is not None, report_json, jobs):
                danger |= has_danger
                out.write(row + "\n")
        else:
            report = engine.check(text, check_ctx, grammar=grammar is not None)
            if grammar is not None:  # shown below; the check itself leaves them out
                report = replace(report, warnings=tuple(
                    grammar.offline.with_suggestions(report.warnings, text)))
            danger = report.has_danger
            if args.format == "json":
                out.write(json.dumps(report_json(report), ensure_ascii=False, indent=2) + "\n")
            else:
                out.write(report_text(text, report))
    finally:
        if grammar is not None:
            grammar.close()
    from desktopapp.checks import gate

    gate.save_cache()  # what this run compiled, for the next (if not saved at warm-up)
    return 1 if danger else 0


def cmd_spelling(ctx: AppContext, args: argparse.Namespace, out: TextIO,
                 _stdin: TextIO) -> int:
    from desktopapp.app import spelling

    value = args.value.strip()
    if args.action == "language":
        if value:
            code = spelling.set_workspace_language(ctx, value)
            out.write(f"Spelling is checked in {label(code)} ({code}) from now on.\n")
        else:
            code = spelling.workspace_language(ctx)
            out.write(f"{code}\t{label(code)}\n")
        return 0
    if args.action == "words":
        out.writelines(f"{w}\n" for w in sorted(spelling.personal_words(ctx)))
        return 0
    if not value:
        raise DomainError(f"`spelling {args.action}` needs a word.")
    if args.action == "add":
        out.write(f"Added “{spelling.add_word(ctx, value)}” to the dictionary.\n")
    else:
        spelling.remove_word(ctx, value)
        out.write(f"Removed “{value.lower()}” from the dictionary.\n")
    return 0
