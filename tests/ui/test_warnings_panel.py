"""The warnings side panel lists each warning once, readably."""

from __future__ import annotations


def test_the_panel_quotes_words_once_for_several_warnings_on_them(qtbot) -> None:
    """Three warnings on one all-capitals insult (contempt, the tone model, capitals) are
    listed with the words quoted once, not three times."""
    from desktopapp.checks.engine import CheckEngine
    from desktopapp.checks.model import CheckContext
    from desktopapp.ui.live_checks import CheckState
    from desktopapp.ui.warnings_panel import WarningsPanel

    panel = WarningsPanel()
    qtbot.addWidget(panel)
    text = "THIS SHOP IS AN UTTER DISGRACE"
    report = CheckEngine().check(text, CheckContext(), grammar=False)
    on_all = [w for w in report.warnings if (w.start, w.end) == (0, len(text))]
    assert len(on_all) >= 2  # the case this test is about
    panel.show_state(CheckState(text, report, (), ""))
    rows = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert len(rows) == len(report.warnings)
    assert sum(row.count(f"“{text}”") for row in rows) == 1
