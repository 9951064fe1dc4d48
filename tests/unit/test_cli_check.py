from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktopapp.__main__ import main

BANK_RUN = ("Heard the bank is about to collapse, pull your money out NOW!!! Those idiots in "
            "charge should be jailed")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_report_and_exit_code_for_danger(capsys, tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text(BANK_RUN, encoding="utf-8")
    code, out, _ = run(capsys, "check", str(post), "--channel", "x", "--channel", "bluesky",
                       "--format", "json", "--no-grammar")
    data = json.loads(out)
    assert code == 1
    assert set(data) == {"warnings", "risk", "tone", "length"}
    assert set(data["warnings"][0]) == {"code", "category", "severity", "start", "end",
                                        "message", "suggestions"}
    assert data["risk"]["level"] == "high"
    assert set(data["length"]) == {"x", "bluesky"}
    assert data["length"]["x"] == {"count": 103, "limit": 280, "valid": True,
                                   "overflow_start": None}


def test_clean_post_exits_0(capsys, tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("She absolutely killed it on stage tonight!", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(post), "--no-grammar")
    assert code == 0 and "No warnings." in out and "Risk: none" in out


def test_lines_mode_is_json_lines(capsys, tmp_path: Path) -> None:
    batch = tmp_path / "batch.txt"
    batch.write_text("\n".join(["Lovely day at the market"] * 200 + ["Call 415-555-0132"]),
                     encoding="utf-8")
    code, out, _ = run(capsys, "check", str(batch), "--lines", "--no-grammar",
                       "--channel", "mastodon")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1 and len(rows) == 201
    assert rows[0]["line"] == 1 and rows[0]["warnings"] == []
    assert rows[-1]["warnings"][0]["code"] == "privacy.phone"


def test_bad_input_is_a_clear_failure(capsys, tmp_path: Path) -> None:
    binary = tmp_path / "img.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    code, out, err = run(capsys, "check", str(binary))
    assert code == 1 and out == "" and "binary" in err
    code, _, err = run(capsys, "check", str(tmp_path / "missing.txt"))
    assert code == 1 and "no such file" in err


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["check", "--channel", "myspace"])
    assert exc.value.code == 2


def test_check_works_offline_from_stdin_in_a_real_process(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LTP_PATH": str(tmp_path / "none"),
           "SECONDTHOUGHT_DATA_DIR": str(tmp_path / "d"),
           "SECONDTHOUGHT_CONFIG_DIR": str(tmp_path / "c"),
           # No network: any attempt to reach a proxy or server fails at once.
           "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"}
    done = subprocess.run([sys.executable, "-m", "desktopapp", "check", "-", "--format", "json"],
                          input="Teh bank will collapse, heard that", capture_output=True,
                          text=True, env=env, timeout=120, check=False)
    data = json.loads(done.stdout)
    codes = {w["code"] for w in data["warnings"]}
    assert {"spelling.offline", "risk.rumour"} <= codes, done.stderr


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_post_is_not_too_long(capsys, tmp_path: Path, text: str) -> None:
    """Issue 15: an empty draft reported "too long" for X (twitter-text calls it invalid)."""
    from desktopapp.checks.length import count_x

    assert count_x(text).valid and count_x(text).overflow_start is None
    post = tmp_path / "empty.txt"
    post.write_text(text, encoding="utf-8")
    code, out, _ = run(capsys, "check", str(post), "--channel", "x", "--channel", "bluesky",
                       "--no-grammar")
    assert code == 0, out
    assert "X: 0/280 (fits)" in out or f"X: {len(text)}/280 (fits)" in out
    assert "too long" not in out.lower()


def test_empty_stdin_in_a_real_process_exits_0(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "desktopapp", "check", "--channel", "x",
                           "--no-grammar"], input="", capture_output=True, text=True,
                          timeout=120, env={**__import__("os").environ,
                                            "SECONDTHOUGHT_DATA_DIR": str(tmp_path)})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "X: 0/280 (fits)" in done.stdout


def test_check_lines_takes_a_big_batch_but_one_post_stays_capped(tmp_path) -> None:
    """A file of 10,000 posts (1.1 MB) is a batch for --lines; one post stays at 1 MB."""
    import io

    import pytest

    from desktopapp.cli.check import MAX_LINES_BYTES
    from desktopapp.cli.common import MAX_INPUT_BYTES, read_text_input
    from desktopapp.core.errors import DomainError

    batch = tmp_path / "posts.txt"
    batch.write_text("An ordinary post about the weather today, nothing more.\n" * 20_000)
    assert MAX_INPUT_BYTES < batch.stat().st_size < MAX_LINES_BYTES
    assert read_text_input(str(batch), io.StringIO(), MAX_LINES_BYTES).count("\n") == 20_000
    with pytest.raises(DomainError, match="larger than"):
        read_text_input(str(batch), io.StringIO())
