"""Grammar and spelling.

In order of preference:
1. a LanguageTool server URL the user configured (opt-in: the text leaves the machine);
2. a local LanguageTool (Java + an already downloaded LanguageTool), started on demand and
   restarted if it dies;
3. an offline spell checker (pyspellchecker's English dictionary, `checks/spelling.py`),
   with the status saying that grammar checking is off and why.
Failures never escape as exceptions: they switch to the next backend and say so.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import field
from pathlib import Path
from typing import Any

from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.spelling import OfflineSpelling
from desktopapp.records import record

NAME = "grammar"
TYPO_CATEGORIES = {"TYPOS", "SPELLING"}
LOCAL_TOOLS_SECONDS = 30.0


@record
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


@record(frozen=False)
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
    _reason_cache: tuple[tuple[str | None, bool], float, str | None] | None = None

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
            # An installed app is often the first time someone meets this: say what to do.
            return ("Grammar checking is off: LanguageTool needs Java 17 or newer, which is "
                    "not installed (on Debian or Ubuntu: sudo apt install "
                    "default-jre-headless). Or add a LanguageTool server in Settings.")
        if local_languagetool_dir() is None:
            return ("Grammar checking is off: LanguageTool is not installed on this computer. "
                    "Download it (about 250 MB, runs on Java) or add a LanguageTool server "
                    "in Settings to turn it on.")
        return None

    def _reason(self) -> str | None:
        """`_can_use_languagetool`, its file-system look-ups (`which java`, the LanguageTool
        folder) made at most every LOCAL_TOOLS_SECONDS: a batch of 10,000 posts made them
        10,000 times, a tenth of its run."""
        key = (self.server_url, self.allow_local)
        now = time.monotonic()
        cached = self._reason_cache
        if cached is not None and cached[0] == key and now - cached[1] < LOCAL_TOOLS_SECONDS:
            return cached[2]
        reason = self._can_use_languagetool()
        self._reason_cache = (key, now, reason)
        return reason

    def offline_only(self) -> bool:
        """Whether checks use the offline spell checker alone (no LanguageTool to ask)."""
        return self._reason() is not None

    def check(self, text: str, language: str = "en-US") -> GrammarResult:
        reason = self._reason()
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
        return GrammarResult(self.offline.check(text, language),
                             reason + " Spelling is checked offline.",
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
