"""Grammar and spelling.

In order of preference:
1. a LanguageTool server URL the user configured (opt-in: the text leaves the machine);
2. a local LanguageTool (Java + an already downloaded LanguageTool), started on demand and
   restarted if it dies;
3. an offline spell checker (pyspellchecker's English dictionary), with the status
   saying that grammar checking is off and why.
Failures never escape as exceptions: they switch to the next backend and say so.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import re
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktopapp.checks.model import Category, CheckWarning, Severity

NAME = "grammar"
_WORD = re.compile(r"(?<![@#\w/.])[A-Za-z][a-z]+(?:'[a-z]+)?(?![\w@/])")
_URLISH = re.compile(r"https?://\S+|www\.\S+|\S+@\S+")
TYPO_CATEGORIES = {"TYPOS", "SPELLING"}


@dataclass(frozen=True)
class GrammarResult:
    warnings: list[CheckWarning]
    status: str  # a sentence for the UI: which checker ran, or why grammar is off
    backend: str


def _warning_from_match(match: Any) -> CheckWarning:
    spelling = match.category in TYPO_CATEGORIES or match.rule_issue_type == "misspelling"
    return CheckWarning(
        f"{'spelling' if spelling else 'grammar'}.{match.rule_id}",
        Category.SPELLING if spelling else Category.GRAMMAR,
        Severity.INFO if match.rule_issue_type in {"style", "whitespace"} else Severity.CAUTION,
        match.offset, match.offset + match.error_length, match.message,
        tuple(match.replacements[:5]), NAME)


_ENTRY = re.compile(r'"((?:[^"\\]|\\.)*)":\s*(\d+)')


def _load_word_frequencies(language: str = "en") -> dict[str, int]:
    """pyspellchecker's bundled word list, read in small pieces.

    The library's own loader is one json.loads that holds the GIL for ~85 ms, freezing
    the window while a worker thread loads it; reading 64 KB at a time lets the GUI
    thread in between pieces."""
    from importlib import resources

    ref = resources.files("spellchecker") / "resources" / f"{language}.json.gz"
    words: dict[str, int] = {}
    tail = ""
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        while chunk := handle.read(65536):
            buffer = tail + chunk
            last = 0
            for match in _ENTRY.finditer(buffer):
                words[match.group(1)] = int(match.group(2))
                last = match.end()
            tail = buffer[last:]
    return words


class OfflineSpelling:
    """English spelling from pyspellchecker's bundled dictionary: no network, no Java."""

    def __init__(self) -> None:
        self._checker: Any = None
        self._lock = threading.Lock()  # pyspellchecker is not safe to share between threads

    def load(self) -> None:
        from spellchecker import SpellChecker

        checker = SpellChecker(language=None)
        checker.word_frequency.load_json(_load_word_frequencies("en"))
        self._checker = checker

    def check(self, text: str) -> list[CheckWarning]:
        with self._lock:
            if self._checker is None:
                self.load()
            masked = _URLISH.sub(lambda m: " " * len(m.group(0)), text)
            words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(masked)]
            unknown = self._checker.unknown([w.lower() for w, _, _ in words]) - social_words()
            found = []
            for word, start, end in words:
                if word.lower() not in unknown or (word[0].isupper() and start > 0):
                    continue  # capitalised words mid-text are usually names
                candidates = self._checker.candidates(word.lower()) or set()
                ranked = sorted(candidates, key=lambda c: -self._checker.word_usage_frequency(c))
                found.append(CheckWarning(
                    "spelling.offline", Category.SPELLING, Severity.INFO, start, end,
                    f"“{word}” is not in the dictionary.", tuple(ranked[:5]), NAME))
            return found


def social_words() -> frozenset[str]:
    """Social vocabulary the dictionary lacks (resources/wordlists/social.txt)."""
    from desktopapp.checks import lexicons

    return lexicons.word_set("social")


def server_base_url(url: str) -> str:
    """Accept ".../v2", ".../v2/check" or the bare server address; the client adds /v2/."""
    url = url.strip().rstrip("/")
    return re.sub(r"/v2(?:/check)?$", "", url)


def local_languagetool_dir() -> Path | None:
    """An already downloaded LanguageTool, if there is one (never downloads)."""
    base = Path(os.environ.get("LTP_PATH", Path.home() / ".cache" / "language_tool_python"))
    if not base.is_dir():
        return None
    found = sorted(base.glob("LanguageTool-*"))
    return found[-1] if found else None


@dataclass
class GrammarChecker:
    """Chooses a backend and falls back when one fails. Thread-safe; call from workers."""

    server_url: str | None = None
    allow_local: bool = True
    factory: Callable[..., Any] | None = None  # language_tool_python.LanguageTool, injectable
    offline: OfflineSpelling = field(default_factory=OfflineSpelling)
    _tool: Any = None
    _tool_language: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock)
    last_error: str = ""

    def _make_tool(self, language: str) -> Any:
        factory = self.factory
        if factory is None:
            import language_tool_python

            factory = language_tool_python.LanguageTool
        if self.server_url:
            return factory(language, remote_server=server_base_url(self.server_url))
        return factory(language)

    def _backend_name(self) -> str:
        if self.server_url:
            return f"LanguageTool at {self.server_url}"
        return "local LanguageTool"

    def _can_use_languagetool(self) -> str | None:
        """None when LanguageTool can be used, else why not (shown to the user)."""
        if self.server_url:
            return None
        if not self.allow_local:
            return "Grammar checking is off: no LanguageTool server is configured."
        if shutil.which("java") is None:
            return "Grammar checking is off: Java is not installed, so LanguageTool cannot run."
        if local_languagetool_dir() is None:
            return ("Grammar checking is off: LanguageTool is not installed on this computer. "
                    "Add a LanguageTool server in Settings to turn it on.")
        return None

    def check(self, text: str, language: str = "en-US") -> GrammarResult:
        reason = self._can_use_languagetool()
        if reason is None:
            with self._lock:
                for attempt in range(2):  # a dead local server is restarted once
                    try:
                        if self._tool is None or self._tool_language != language:
                            self._close_tool()
                            self._tool = self._make_tool(language)
                            self._tool_language = language
                        matches = self._tool.check(text)
                        self.last_error = ""
                        return GrammarResult([_warning_from_match(m) for m in matches],
                                             f"Grammar and spelling by {self._backend_name()}.",
                                             "languagetool")
                    except Exception as exc:  # the library raises many kinds; none may leak
                        self.last_error = _describe(exc)
                        self._close_tool()
                        if attempt == 1:
                            break
            reason = (f"Grammar checking is off: {self._backend_name()} did not answer "
                      f"({self.last_error}). Using the offline spell checker.")
        return GrammarResult(self.offline.check(text), reason + " Spelling is checked offline.",
                             "offline")

    def configure(self, server_url: str | None) -> None:
        """Use another server (or none) from the next check on."""
        with self._lock:
            if server_url != self.server_url:
                self.server_url = server_url
                self._close_tool()

    def _close_tool(self) -> None:
        tool, self._tool = self._tool, None
        if tool is not None:
            # Closing a dead server may fail; it is gone either way.
            with contextlib.suppress(Exception):
                tool.close()

    def close(self) -> None:
        with self._lock:
            self._close_tool()


def _describe(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
