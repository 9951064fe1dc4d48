from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktopapp import __version__
from desktopapp.__main__ import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_new_show_list_json_round_trip(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "drafts", "new", "--body", "Launch day!", "--tag", "Launch",
                       "--format", "json")
    assert code == 0
    created = json.loads(out)
    assert set(created) == {"id", "body", "notes", "tags", "state", "author", "created_at",
                            "updated_at", "trashed_at", "revisions", "version"}
    assert (created["body"], created["tags"], created["state"]) == ("Launch day!", ["launch"],
                                                                     "draft")
    code, out, _ = run(capsys, "drafts", "show", str(created["id"]), "--format", "json")
    shown = json.loads(out)
    assert {k: shown[k] for k in created} == created  # and where and when it goes:
    assert (shown["channels"], shown["schedule"]) == ([], None)
    assert shown["approval"]["approved"] is False
    code, out, _ = run(capsys, "drafts", "list", "--format", "json")
    listed = json.loads(out)["drafts"]
    assert [d["id"] for d in listed] == [created["id"]] and listed[0]["tags"] == ["launch"]
    code, out, _ = run(capsys, "drafts", "list")
    assert "Launch day!" in out and code == 0


def test_body_from_file_and_stdin(capsys, tmp_path: Path, monkeypatch) -> None:
    source = tmp_path / "post.txt"
    source.write_text("From a file ✨\n", encoding="utf-8")
    code, out, _ = run(capsys, "drafts", "new", "--body", str(source), "--format", "json")
    assert json.loads(out)["body"] == "From a file ✨\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"From stdin")))
    code, out, _ = run(capsys, "drafts", "new", "--body", "-", "--format", "json")
    assert code == 0 and json.loads(out)["body"] == "From stdin"


def test_binary_and_huge_input_are_refused(capsys, tmp_path: Path) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\x00\x10JFIF\x00")
    code, out, err = run(capsys, "drafts", "new", "--body", str(binary))
    assert out == ""
    assert code == 1 and "binary" in err and out == ""
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    code, _, err = run(capsys, "drafts", "new", "--body", str(latin))
    assert code == 1 and "not valid UTF-8" in err
    huge = tmp_path / "huge.txt"
    huge.write_text("x" * 1_000_001)
    code, _, err = run(capsys, "drafts", "new", "--body", str(huge))
    assert code == 1 and "larger than" in err
    code, out, _ = run(capsys, "drafts", "list", "--format", "json")
    assert json.loads(out)["drafts"] == []  # nothing half-created


def test_missing_draft_is_a_failure_not_a_traceback(capsys) -> None:
    code, out, err = run(capsys, "drafts", "show", "42")
    assert code == 1 and out == "" and err.strip() == "secondthought: There is no draft with id 42."


def test_usage_errors_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["drafts", "frobnicate"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["drafts", "show", "not-a-number"])
    assert exc.value.code == 2


def test_export_csv_and_json(capsys, tmp_path: Path) -> None:
    run(capsys, "drafts", "new", "--body", 'Line one\nwith "quotes", commas', "--tag", "a")
    run(capsys, "drafts", "new", "--body", "Second")
    target = tmp_path / "out.csv"
    code, _, _ = run(capsys, "drafts", "export", "--format", "csv", "--output", str(target))
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert code == 0 and [r["body"] for r in rows] == ['Line one\nwith "quotes", commas', "Second"]
    code, out, _ = run(capsys, "drafts", "export", "--format", "json")
    assert [d["body"] for d in json.loads(out)["drafts"]][1] == "Second"
    code, out, _ = run(capsys, "drafts", "export", "--format", "text")
    assert "Second" in out


def test_db_flag_selects_another_file(capsys, tmp_path: Path) -> None:
    other = tmp_path / "elsewhere.db"
    run(capsys, "--db", str(other), "drafts", "new", "--body", "there")
    _, out, _ = run(capsys, "drafts", "list", "--format", "json")
    assert json.loads(out)["drafts"] == []
    _, out, _ = run(capsys, "--db", str(other), "drafts", "list", "--format", "json")
    assert len(json.loads(out)["drafts"]) == 1


def test_entry_points_in_a_real_process(tmp_path: Path) -> None:
    for cmd in ([sys.executable, "-m", "desktopapp", "--version"],
                [str(Path(sys.executable).parent / "secondthought"), "--version"]):
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0 and done.stdout.strip() == f"secondthought {__version__}"


def test_gui_without_display_says_so_in_one_line(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "SECONDTHOUGHT_DATA_DIR": str(tmp_path / "d")}
    done = subprocess.run([sys.executable, "-m", "desktopapp"], capture_output=True, text=True,
                          env=env, timeout=60, check=False)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "No display found" in lines[0] and "xvfb-run" in lines[0]


def test_database_errors_are_messages_not_tracebacks(capsys, paths, monkeypatch) -> None:
    import peewee as pw

    from desktopapp.core import drafts

    def broken(*_a, **_k):
        raise pw.OperationalError("no such column: t1.public_key")

    monkeypatch.setattr(drafts, "list_drafts", broken)
    code, _, err = run(capsys, "drafts", "list")
    assert code == 1 and "database could not do that" in err and "Traceback" not in err


def test_attach_an_image_with_alt_text(capsys, tmp_path: Path) -> None:
    png = Path(__file__).resolve().parents[1] / "fixtures" / "red-square.png"
    run(capsys, "drafts", "new", "--body", "With a picture")
    code, out, _ = run(capsys, "drafts", "attach", "1", str(png), "--alt", "A red square")
    assert code == 0 and "Attached red-square.png" in out
    code, _, err = run(capsys, "drafts", "attach", "1", __file__, "--alt", "not an image")
    assert code == 1 and "not a PNG" in err
    with pytest.raises(SystemExit):
        main(["drafts", "attach", "1", str(png)])  # --alt is required
