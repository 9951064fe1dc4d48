"""Grammar through LanguageTool's HTTP protocol, against a FAKE LanguageTool server
(tests/support/fake_languagetool.py), and the offline fallback."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

from desktopapp.checks.grammar import GrammarChecker, server_base_url
from desktopapp.checks.model import Category
from tests.support.fake_languagetool import fake_languagetool


def test_languagetool_server_offsets_survive_emoji() -> None:
    text = "😀👨‍👩‍👧 Teh cat could of eaten a apple"
    with fake_languagetool() as (url, server):
        checker = GrammarChecker(server_url=url)
        result = checker.check(text)
        checker.close()
    found = {w.code: (text[w.start:w.end], w.category, w.suggestions) for w in result.warnings}
    assert found["spelling.MORFOLOGIK_RULE_EN_US"] == ("Teh", Category.SPELLING,
                                                       ("the", "ten", "tech"))
    assert found["grammar.COULD_OF"][0] == "could of"
    assert found["grammar.EN_A_VS_AN"][:2] == ("a", Category.GRAMMAR)
    assert result.backend == "languagetool" and "LanguageTool at" in result.status
    assert server.requests_seen[-1] == {"text": text, "language": "en-US"}


def test_dead_server_falls_back_to_offline_spelling_and_recovers() -> None:
    with fake_languagetool() as (url, _server):
        checker = GrammarChecker(server_url=url)
        assert checker.check("teh").backend == "languagetool"
    # The server is gone now: no traceback, a clear status, offline spelling instead.
    result = checker.check("Teh weather is nise")
    assert result.backend == "offline"
    assert "did not answer" in result.status and "offline" in result.status
    assert [w.code for w in result.warnings] == ["spelling.offline", "spelling.offline"]
    with fake_languagetool() as (url2, _server):
        checker.server_url = url2  # a server is back (here on a new port)
        assert checker.check("teh").backend == "languagetool"
    checker.close()


def test_no_server_and_no_local_languagetool_means_offline(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "nothing-here"))
    result = GrammarChecker().check("Ths is wrong")
    assert result.backend == "offline" and "Grammar checking is off" in result.status
    (warning,) = result.warnings
    assert warning.suggestions == ()  # worked out only when shown (checks/spelling.py)
    (shown,) = GrammarChecker().offline.with_suggestions(result.warnings, "Ths is wrong")
    assert "this" in shown.suggestions


def test_without_java_the_status_says_how_to_get_it(monkeypatch, tmp_path) -> None:
    # A freshly installed app on a desktop without Java: the status tells what to install.
    monkeypatch.setenv("PATH", str(tmp_path))  # no java on this PATH
    status = GrammarChecker()._can_use_languagetool() or ""
    assert "needs Java 17 or newer" in status and "apt install default-jre" in status
    assert "LanguageTool server in Settings" in status


def test_with_java_but_no_languagetool_the_status_offers_the_download(monkeypatch,
                                                                     tmp_path) -> None:
    java = shutil.which("java")
    assert java, "this kind of machine has Java 17 (see shared/TESTING.md)"
    monkeypatch.setenv("PATH", str(Path(java).resolve().parent))
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "nothing-here"))
    status = GrammarChecker()._can_use_languagetool() or ""
    assert "LanguageTool is not installed" in status  # the panel's download link keys on it
    assert "Download it" in status and "Java" in status


def test_offline_spelling_skips_names_links_and_handles() -> None:
    result = GrammarChecker(allow_local=False).check(
        "Thanks Xiomara for @qwzx and #qwzx at https://qwzx.example/abc")
    assert result.warnings == []


def test_server_urls_are_normalised() -> None:
    assert server_base_url("https://lt.example.org/v2/") == "https://lt.example.org"
    assert server_base_url("https://lt.example.org/v2/check") == "https://lt.example.org"
    assert server_base_url("http://127.0.0.1:8081") == "http://127.0.0.1:8081"


def test_refused_connection_is_reported_not_raised() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = GrammarChecker(server_url=f"http://127.0.0.1:{port}").check("teh")
    assert result.backend == "offline" and "did not answer" in result.status
