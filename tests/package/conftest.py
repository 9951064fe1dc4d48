"""`make package-check`: the built .deb, unpacked into a throw-away root with `dpkg -x`
(no dpkg database entry, nothing under /usr or /opt touched, the root deleted at the end),
and its programs run from there the way a person's desktop runs them: a clean environment,
their own HOME, no source tree, no venv.

Each program runs in a private mount namespace (`unshare --mount`, root only) in which
the package's opt/ is mounted on /opt: so `/usr/bin/secondthought`, an absolute symlink to
/opt/secondthought/secondthought, runs the bundle exactly where an install puts it, while
for every other process on the machine /opt stays as it was."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktopapp import __version__

ROOT = Path(__file__).resolve().parents[2]
DEB = ROOT / "dist" / f"secondthought_{__version__}_amd64.deb"


@dataclass(frozen=True)
class Installed:
    root: Path

    @property
    def launcher(self) -> Path:
        return self.root / "usr/bin/secondthought"

    @property
    def bundle(self) -> Path:
        return self.root / "opt/secondthought"

    def env(self, home: Path, **extra: str) -> dict[str, str]:
        """A desktop session's environment: no PYTHONPATH, no venv, no test variables."""
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
               "LTP_PATH": str(home / "no-languagetool")}
        env.update(extra)
        return env

    def command(self, *args: str) -> list[str]:
        """`/usr/bin/secondthought ARGS` as installed (see the module docstring)."""
        return ["unshare", "--mount", "--propagation", "private", "sh", "-c",
                'mount --bind "$0" /opt && exec "$@"', str(self.root / "opt"),
                str(self.launcher), *args]

    def run(self, home: Path, *args: str, stdin: str = "", check: bool = True,
            **extra: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(self.command(*args), env=self.env(home, **extra),
                              input=stdin, capture_output=True, text=True, timeout=120,
                              cwd=home)
        if check and done.returncode != 0:
            pytest.fail(f"secondthought {' '.join(args)} exited {done.returncode}:\n"
                        f"{done.stdout}\n{done.stderr}")
        return done


@pytest.fixture(scope="session")
def deb() -> Path:
    if not DEB.is_file():
        pytest.fail(f"{DEB.relative_to(ROOT)} is missing; `make package-check` builds it")
    return DEB


@pytest.fixture(scope="session")
def installed(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    root = tmp_path_factory.mktemp("installed-root")
    subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)
    yield Installed(root)
    shutil.rmtree(root, ignore_errors=True)  # ~100 MB: leave the machine as it was


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new person's home: nothing from the suite's own folders leaks in."""
    for name in ("SECONDTHOUGHT_DATA_DIR", "SECONDTHOUGHT_CONFIG_DIR",
                 "SECONDTHOUGHT_LOG_DIR", "SECONDTHOUGHT_CACHE_DIR", "SECONDTHOUGHT_DB"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "home"
    path.mkdir()
    os.chmod(path, 0o700)
    return path
