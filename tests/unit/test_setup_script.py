"""The Debian set-up step of `make run`/`make test`, run for real with stand-ins for
`dpkg-query` (nothing installed) and `id` (not root), so nothing is installed here."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "scripts" / "debian-deps.sh"


def _shim(tmp_path: Path, uid: int) -> dict[str, str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "dpkg-query").write_text("#!/bin/sh\nexit 1\n")
    (bin_dir / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    (bin_dir / "apt-get").write_text("#!/bin/sh\necho apt-get must not run here >&2\nexit 9\n")
    for tool in bin_dir.iterdir():
        tool.chmod(0o755)
    return dict(os.environ, PATH=f"{bin_dir}:{os.environ['PATH']}")


def test_non_root_gets_the_exact_apt_get_line(tmp_path: Path) -> None:
    done = subprocess.run(["bash", str(SCRIPT), "test"], env=_shim(tmp_path, 1000),
                          capture_output=True, text=True, timeout=30, check=False)
    assert done.returncode == 1
    assert "sudo apt-get update && sudo apt-get install -y --no-install-recommends" in done.stderr
    assert "xvfb" in done.stderr and "libxcb-cursor0" in done.stderr
    assert "must not run" not in done.stderr


def test_nothing_missing_means_nothing_to_do(tmp_path: Path) -> None:
    env = _shim(tmp_path, 1000)
    (tmp_path / "bin" / "dpkg-query").write_text("#!/bin/sh\nprintf 'install ok installed'\n")
    done = subprocess.run(["bash", str(SCRIPT), "run"], env=env, capture_output=True,
                          text=True, timeout=30, check=False)
    assert done.returncode == 0 and done.stdout == "" and done.stderr == ""


def test_unknown_mode_is_a_usage_error() -> None:
    done = subprocess.run(["bash", str(SCRIPT), "fly"], capture_output=True, text=True,
                          timeout=30, check=False)
    assert done.returncode == 2
