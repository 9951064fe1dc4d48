"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method
that returns nothing (label.setText, tree.addTopLevelItem, …): after enough calls Python
aborts with "none_dealloc". The calendar's agenda hit it with a busy month; any long
session would. pyproject.toml keeps PySide6 below 6.12; this test fails if a binding with
the bug comes back (on Python ≥ 3.12 None is immortal and the bug is harmless).

The count is taken in a fresh process: in the test process other tests' threads and
objects being freed move None's count by thousands, which hid or faked the signal."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

CALLS = 2_000  # the bug drops one reference per void call: 4,000 in all

PROBE = textwrap.dedent(f"""
    import gc, sys
    from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget, QTreeWidgetItem
    app = QApplication([])
    label, tree = QLabel(), QTreeWidget()
    items = [QTreeWidgetItem(["x"]) for _ in range({CALLS})]
    gc.disable()
    before = sys.getrefcount(None)
    for item in items:
        label.setText("x")
        tree.addTopLevelItem(item)
    print(sys.getrefcount(None) - before)
""")


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12 on")
def test_void_calls_keep_the_reference_count_of_none() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    change = int(done.stdout.strip().splitlines()[-1])
    assert abs(change) < 100, f"None's reference count moved by {change}: this PySide6 " \
                              "build leaks None references"
