"""The installed package works with no `make`, no venv and no source tree: metadata and
package validators, size, the command line, a fresh database, the real keyring, and the
window under a real X server (first start, then compared with the venv's window)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from desktopapp import DESKTOP_ID, __version__
from tests.package.conftest import ROOT, Installed
from tests.support.app_process import stop_app
from tests.support.keyring_session import secret_service
from tests.support.postgres import Cluster
from tests.support.team import drop_team, make_team
from tests.support.xserver import XServer, running_xvfb

MAX_BUNDLE_BYTES = 150 * 1000 * 1000
# The fourth sentence reads as offensive beyond its one insult (a sentence offensive only
# through an insult gets the model's finding on the insult's warning instead).
RISKY = ("Heard the bank is about to collapse, pull your money out NOW!!! Those idiots in "
         "charge should be jailed. I hope they choke on it, the ugly fat slobs. Call me on "
         "+49 151 23456789 befor Friday")


def test_lintian_reports_no_errors(deb: Path) -> None:
    done = subprocess.run(["lintian", "--no-tag-display-limit", str(deb)],
                          capture_output=True, text=True, timeout=900)
    print(done.stdout)
    errors = [line for line in done.stdout.splitlines() if line.startswith("E: ")]
    assert not errors and done.returncode in (0, 1), done.stdout + done.stderr
    assert "E: " not in done.stderr, done.stderr


def test_metadata_validators_are_clean(installed: Installed) -> None:
    meta = installed.root / "usr/share/metainfo" / f"{DESKTOP_ID}.metainfo.xml"
    desktop = installed.root / "usr/share/applications" / f"{DESKTOP_ID}.desktop"
    appstream = subprocess.run(["appstreamcli", "validate", "--no-net",
                                str(meta)], capture_output=True, text=True, timeout=120)
    print(appstream.stdout)
    assert appstream.returncode == 0, appstream.stdout + appstream.stderr
    assert not re.search(r"^[EW]: ", appstream.stdout, re.MULTILINE), appstream.stdout
    validate = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                              text=True, timeout=60)
    assert validate.returncode == 0 and not validate.stdout.strip(), validate.stdout
    assert f'<release version="{__version__}"' in meta.read_text(encoding="utf-8")


def test_the_package_carries_icons_units_and_stays_small(installed: Installed) -> None:
    share = installed.root / "usr/share"
    assert (share / "icons/hicolor/scalable/apps" / f"{DESKTOP_ID}.svg").is_file()
    for size in (48, 128, 256):
        png = share / f"icons/hicolor/{size}x{size}/apps/{DESKTOP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(png.read_bytes()[16:20]), int.from_bytes(
            png.read_bytes()[20:24])
        assert (width, height) == (size, size)
    unit = installed.root / "usr/lib/systemd/user/secondthought-publish.service"
    assert "ExecStart=/usr/bin/secondthought publish-due" in unit.read_text()
    assert (installed.root / "usr/lib/systemd/user/secondthought-publish.timer").is_file()
    worker = installed.root / "usr/lib/systemd/system/secondthought-worker.service"
    assert "ExecStart=/usr/bin/secondthought worker" in worker.read_text()
    size = sum(p.lstat().st_size for p in installed.bundle.rglob("*"))
    print(f"bundle: {size / 1e6:.1f} MB unpacked")
    assert size <= MAX_BUNDLE_BYTES
    names = {p.name for p in installed.bundle.rglob("*")}
    assert not {n for n in names if re.search(r"Qt6?(Qml|Quick|WebEngine)", n)}
    assert not [n for n in names if n.endswith(".qm")]  # no Qt translations
    depends = subprocess.run(["dpkg-deb", "-f", str(ROOT / "dist" /
                              f"secondthought_{__version__}_amd64.deb"), "Depends"],
                             capture_output=True, text=True, check=True).stdout
    required = subprocess.run(["bash", str(ROOT / "packaging/scripts/debian-deps.sh"),
                               "list-run"], capture_output=True, text=True,
                              check=True).stdout.split()
    assert set(required) <= {d.split()[0] for d in depends.split(", ")}


def test_version_and_help_from_usr_bin(installed: Installed, home: Path) -> None:
    assert installed.launcher.readlink() == Path("/opt/secondthought/secondthought")
    assert installed.run(home, "--version").stdout.strip() == f"secondthought {__version__}"
    assert "drafts" in installed.run(home, "--help").stdout


def test_check_gives_the_venvs_warnings(installed: Installed, home: Path) -> None:
    args = ["check", "--format", "json", "--channel", "x", "-"]
    frozen = installed.run(home, *args, stdin=RISKY, check=False)
    venv = subprocess.run([sys.executable, "-m", "desktopapp", *args], input=RISKY,
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          env=dict(installed.env(home), PYTHONPATH=str(ROOT)))
    assert frozen.returncode == venv.returncode, frozen.stderr
    assert json.loads(frozen.stdout) == json.loads(venv.stdout)
    report = json.loads(frozen.stdout)
    codes = {w["code"] for w in report["warnings"]}
    # Word lists, the tone models, privacy patterns and the offline dictionary all loaded.
    assert {"risk.rumour", "tone.insult", "tone.offensive", "privacy.phone",
            "spelling.offline"} <= codes, codes
    assert set(report["tone"]) == {"offensive", "anger"}  # both models scored it


def test_drafts_on_a_fresh_database(installed: Installed, home: Path) -> None:
    installed.run(home, "drafts", "new", "--body", "Hello from the package", "--tag", "deb")
    listed = json.loads(installed.run(home, "drafts", "list", "--format", "json").stdout)
    assert [d["preview"] for d in listed["drafts"]] == ["Hello from the package"]
    db = home / ".local/share/secondthought/secondthought.db"  # the user's data dir
    with sqlite3.connect(db) as conn:
        version = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    steps = [p for p in (ROOT / "migrations").glob("[0-9][0-9][0-9][0-9]_*.py")]
    assert version == len(steps)  # every migration is in the bundle


def test_calendar_export_with_a_zone(installed: Installed, home: Path) -> None:
    """The bundle leaves pytz out (only icalendar's optional provider imports it): the
    .ics export must still write the zone from zoneinfo and the bundled tzdata."""
    installed.run(home, "drafts", "new", "--body", "On the calendar")
    installed.run(home, "schedule", "1", "--at", "2027-01-15T09:30", "--tz", "Europe/London")
    ics = installed.run(home, "calendar", "export", "--from", "2027-01-01",
                        "--to", "2027-02-01").stdout
    assert ics.startswith("BEGIN:VCALENDAR")
    assert "TZID:Europe/London" in ics and "TZNAME:BST" in ics
    assert "DTSTART;TZID=Europe/London:20270115T093000" in ics
    names = {p.name for p in installed.bundle.rglob("*")}
    assert "pytz" not in names


def test_a_team_workspace_opens_through_debians_libpq(installed: Installed, home: Path,
                                                      pg_cluster: Cluster) -> None:
    """The bundle carries psycopg without its private libpq: the system's libpq5 (a
    Depends of the .deb) must be found and used."""
    team = make_team(pg_cluster)
    try:
        status = installed.run(home, "--db", team.admin_url, "team", "status")
    finally:
        drop_team(team)
    assert "forced row-level security on every table" in status.stdout


def test_keyring_round_trip_through_the_secret_service(installed: Installed,
                                                       home: Path) -> None:
    import keyring

    from desktopapp.core.channels import SECRET_KIND
    from desktopapp.keychain import SERVICE

    installed.run(home, "drafts", "new", "--body", "first")  # sets up the local user
    add = ["channels", "add", "--kind", "webhook", "--name", "hook",
           "--url", "http://127.0.0.1:9/hook"]
    # Without a Secret Service the bundle refuses plainly (keyring's fail backend).
    refused = installed.run(home, *add, stdin="s3cret-from-the-package\n", check=False)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "no secure keyring" in refused.stderr
    with secret_service(home / "keyring-home") as machine:
        bus = {"DBUS_SESSION_BUS_ADDRESS": machine.address}
        installed.run(home, *add, stdin="s3cret-from-the-package\n", **bus)
        tested = installed.run(home, "channels", "test", "hook", **bus)
        assert "signing key is in the keyring" in tested.stdout
        # The bundle's default backend put it into the Secret Service: read it from there.
        assert keyring.get_password(SERVICE, f"{SECRET_KIND}:hook") == \
            "s3cret-from-the-package"


def _wait_for(x: XServer, pattern: str, timeout: float = 60) -> str:
    return x.wait_for_window(pattern, timeout=timeout)


def _screen_differences(a: Path, b: Path) -> float:
    from PySide6.QtGui import QImage

    first, second = QImage(str(a)), QImage(str(b))
    assert first.size() == second.size()
    samples = [(x, y) for x in range(0, first.width(), 4) for y in range(0, first.height(), 4)]
    differ = sum(first.pixel(x, y) != second.pixel(x, y) for x, y in samples)
    return differ / len(samples)


def _colours(shot: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    return len({image.pixel(x, y) for x in range(0, image.width(), 16)
                for y in range(0, image.height(), 16)})


def _settled_screenshot(x: XServer, shot: Path, timeout: float = 30) -> None:
    """A screenshot once the window has stopped changing (the first paint, then the
    warnings of the open draft arrive from a worker): two shots a second apart that differ
    in under 0.2 % of the pixels (the text cursor blinks), three times in a row: on a busy
    machine the models can load for over a second with nothing on screen changing."""
    previous = shot.with_suffix(".previous.png")
    x.screenshot(previous)
    deadline = time.monotonic() + timeout
    still = 0
    while True:
        time.sleep(1.0)
        x.screenshot(shot)
        still = still + 1 if _screen_differences(previous, shot) < 0.002 else 0
        if still >= 3 or time.monotonic() > deadline:
            previous.unlink()
            return
        shot.replace(previous)


def _show(x: XServer, cmd: list[str], env: dict[str, str], shot: Path, log: Path) -> None:
    proc = subprocess.Popen(cmd, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT,
                            cwd=env["HOME"])
    try:
        _wait_for(x, "^Personal — Second Thought$")
        time.sleep(1.0)
        _settled_screenshot(x, shot)
        assert proc.poll() is None, log.read_text()
    finally:
        stop_app(proc)


def test_first_start_and_the_window(installed: Installed, home: Path, tmp_path: Path,
                                    artifacts_dir: Path) -> None:
    with running_xvfb() as x:
        env = installed.env(home, DISPLAY=x.display)
        log = tmp_path / "first.log"
        proc = subprocess.Popen(installed.command(), env=env, stdout=log.open("wb"),
                                stderr=subprocess.STDOUT, cwd=home)
        try:
            dialog = _wait_for(x, "^Welcome to Second Thought$")
            time.sleep(0.5)
            x.screenshot(artifacts_dir / "package-first-run.png")
            x.xdotool("windowfocus", "--sync", dialog)
            x.xdotool("key", "--clearmodifiers", "ctrl+a")
            x.xdotool("type", "--delay", "20", "Pat Packager")
            x.xdotool("key", "Return")
            _wait_for(x, "^Personal — Second Thought$")
            # X11 WM_CLASS instance is the desktop id: the launcher and the window match.
            assert x.xdotool("search", "--classname", f"^{re.escape(DESKTOP_ID)}$")
        finally:
            stop_app(proc)
        assert (home / ".local/share/secondthought/secondthought.db").is_file(), \
            log.read_text()
        for body in ("Reminder that the shop is closed on Monday for inventory.",
                     "Big news: our spring collection lands on Friday!",
                     "Heard the bank is about to collapse, pull your money out NOW!!!"):
            installed.run(home, "drafts", "new", "--body", body)
        twin = tmp_path / "twin-home"
        shutil.copytree(home, twin, symlinks=True)  # the same person, for the venv
        frozen_shot = artifacts_dir / "package-main-window.png"
        venv_shot = tmp_path / "venv-main-window.png"
        _show(x, installed.command(), env, frozen_shot, tmp_path / "frozen.log")
        venv_env = dict(installed.env(twin, DISPLAY=x.display), PYTHONPATH=str(ROOT))
        _show(x, [sys.executable, "-m", "desktopapp"], venv_env, venv_shot,
              tmp_path / "venv.log")
    assert _colours(frozen_shot) > 8, "the frozen window is blank"
    # The same person, drafts and settings: the frozen window draws what the venv's does
    # (title bar aside: Xvfb has no window manager; the title is checked by name above).
    difference = _screen_differences(frozen_shot, venv_shot)
    print(f"pixels that differ from the venv's window: {difference:.1%}")
    assert difference < 0.02, f"{difference:.1%} of the screen differs: see {frozen_shot}"
