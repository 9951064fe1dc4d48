"""`check --lines` in several processes: the same output, in input order, as in one."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from desktopapp.__main__ import main
from desktopapp.checks.grammar import GrammarChecker
from desktopapp.cli import check_lines

# Calm posts, a phone number (danger), an insult, a rumour: rows that differ, so a row out
# of order or from the wrong line shows.
POSTS = ["Lovely morning at the farmers market, the plums are back",
         "Call me on 415-555-0132 after six",
         "Those idiots in charge should resign today",
         "Heard the bank is about to collapse, pull your money out",
         "Our bakery opens at eight on Saturdays"]


def _batch(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "posts.txt"
    lines = [f"{POSTS[i % len(POSTS)]} (post {i})" for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _in_this_process(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_a_pool_of_two_writes_what_one_process_writes(capsys, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check_lines, "BATCH_LINES", 4)  # four batches, the last one short
    batch = _batch(tmp_path, 15)
    args = ["--db", str(tmp_path / "st.db"), "check", "--lines", "--no-grammar", str(batch)]
    code, alone = _in_this_process(capsys, *args, "--jobs", "1")
    from_pool = []
    real_pool = check_lines._in_pool

    def counted(*pool_args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        for rows in real_pool(*pool_args, **kwargs):  # type: ignore[arg-type]
            from_pool.append(len(rows))
            yield rows

    monkeypatch.setattr(check_lines, "_in_pool", counted)
    assert _in_this_process(capsys, *args, "--jobs", "2") == (code, alone)
    assert from_pool == [4, 4, 4, 3]  # every batch came back from the pool, in order
    rows = [json.loads(line) for line in alone.splitlines()]
    assert code == 1 and [r["line"] for r in rows] == list(range(1, 16))
    assert [w["code"] for w in rows[1]["warnings"]] == ["privacy.phone"]
    assert rows[0]["warnings"] == []


def test_no_fork_means_one_process_and_the_same_rows(capsys, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    batch = _batch(tmp_path, 12)
    args = ["--db", str(tmp_path / "st.db"), "check", "--lines", "--no-grammar", str(batch)]
    code, alone = _in_this_process(capsys, *args, "--jobs", "1")

    def no_fork(method: str | None = None) -> None:
        raise ValueError(f"cannot find context for {method!r}")

    monkeypatch.setattr(multiprocessing, "get_context", no_fork)
    assert _in_this_process(capsys, *args, "--jobs", "2") == (code, alone)


def test_how_many_processes() -> None:
    offline = GrammarChecker(allow_local=False)
    assert offline.offline_only()
    cores = min(check_lines.usable_cores(), check_lines.MAX_JOBS)
    assert check_lines.jobs_for(0, 10_000, None) == cores
    assert check_lines.jobs_for(0, 10_000, offline) == cores
    assert check_lines.jobs_for(0, check_lines.POOL_LINES - 1, None) == 1  # small: not worth it
    assert check_lines.jobs_for(1, 10_000, None) == 1
    assert check_lines.jobs_for(3, 10_000, None) == 3
    assert check_lines.jobs_for(8, 450, None) == 3  # no more processes than batches
    assert check_lines.jobs_for(2, 1, None) == 1
    # A LanguageTool server is one server: its connection is not shared by forked copies.
    server = GrammarChecker(server_url="http://127.0.0.1:9/v2")
    assert not server.offline_only()
    assert check_lines.jobs_for(0, 10_000, server) == 1


def test_negative_jobs_is_a_usage_error(capsys, tmp_path: Path) -> None:
    batch = _batch(tmp_path, 3)
    code = main(["--db", str(tmp_path / "st.db"), "check", "--lines", str(batch),
                 "--jobs", "-1"])
    err = capsys.readouterr().err
    assert code != 0 and "--jobs" in err and "Traceback" not in err
