"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method
that returns nothing (label.setText, tree.addTopLevelItem, …): after enough calls Python
aborts with "none_dealloc". The calendar's agenda hit it with a busy month; any long
session would. pyproject.toml keeps PySide6 below 6.12; this test fails if a binding with
the bug comes back (on Python ≥ 3.12 None is immortal and the bug is harmless)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from 3.12 on")
def test_void_calls_keep_the_reference_count_of_none(qtbot) -> None:
    label, tree = QLabel(), QTreeWidget()
    qtbot.addWidget(label)
    qtbot.addWidget(tree)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        tree.addTopLevelItem(QTreeWidgetItem(["x"]))
    assert abs(sys.getrefcount(None) - before) < 50, "this PySide6 build leaks None refs"
