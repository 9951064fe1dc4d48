"""The real app, on real X screens (Xvfb) of 1920x1080 and 2560x1440, resized through a
series of sizes (800x600 to 3840x2160, back and forth) and maximised: the process lives.
Before the fix, 1540 px and wider ended in a segmentation fault (rc 139)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.support.app_process import start_app, stop_app
from tests.support.xserver import running_xvfb
from tests.ui.test_real_window import seed

pytestmark = pytest.mark.xvfb

SIZES = [(800, 600), (1366, 768), (1500, 900), (1540, 900), (1600, 1000), (1920, 1080),
         (1024, 700), (2560, 1440), (3840, 2160), (900, 650), (3000, 1800), (1600, 1000)]


def _maximise(x, window: str) -> None:
    x.xdotool("windowsize", window, "100%", "100%")
    x.xdotool("windowmove", window, "0", "0")


@pytest.mark.parametrize("screen", ["1920x1080x24", "2560x1440x24"])
def test_real_window_lives_through_sizes_and_maximised(screen: str, user, paths,
                                                       artifacts_dir: Path,
                                                       tmp_path: Path) -> None:
    seed(user.id)
    log = tmp_path / "app.log"
    with running_xvfb(screen) as x:
        env = x.env()
        env["PYTHONFAULTHANDLER"] = "1"
        proc = start_app(env, log)
        try:
            window = x.wait_for_window("Second Thought")
            time.sleep(1.5)
            for width, height in SIZES:
                x.xdotool("windowsize", window, str(width), str(height))
                time.sleep(0.4)
                assert proc.poll() is None, f"died at {width}x{height}: {log.read_text()}"
            _maximise(x, window)
            time.sleep(1.5)
            assert proc.poll() is None, log.read_text()
            geometry = x.xdotool("getwindowgeometry", window)
            wide = screen.split("x")[0]
            assert f"Geometry: {wide}x" in geometry, geometry
            shot = artifacts_dir / f"main-window-maximised-{screen.rsplit('x', 1)[0]}.png"
            x.screenshot(shot)
            assert proc.poll() is None, log.read_text()
        finally:
            stop_app(proc)
    assert shot.stat().st_size > 20_000
