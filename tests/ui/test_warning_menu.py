"""The editor's right-click menu on words that carry warnings."""

from __future__ import annotations

from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.ui.draft_text import DraftTextEdit, menu_heading

TEXT = "The CEO is an idiot."
WORD = TEXT.index("idiot")


def _editor(qtbot, warnings: list[CheckWarning]) -> DraftTextEdit:
    editor = DraftTextEdit(12)
    qtbot.addWidget(editor)
    editor.resize(700, 300)
    editor.setPlainText(TEXT)
    editor.warning_source = lambda: (TEXT, warnings)
    editor.show()
    return editor


def _at_word(editor: DraftTextEdit):
    cursor = editor.textCursor()
    cursor.setPosition(WORD + 2)
    return editor.cursorRect(cursor).center()


def _warning(code: str, message: str) -> CheckWarning:
    return CheckWarning(code, Category.TONE, Severity.DANGER, WORD, WORD + 5, message)


def test_overlapping_warnings_each_get_a_heading(qtbot) -> None:
    editor = _editor(qtbot, [
        _warning("tone.offensive", "This reads as offensive (97 %). Words that drove it: idiot."),
        _warning("risk.contempt", "Contempt for a person: “idiot”. Would you say it to them?"),
    ])
    menu = editor.context_menu(_at_word(editor))
    items = [(a.text(), a.isEnabled()) for a in menu.actions() if not a.isSeparator()]
    headings = [text for text, enabled in items if not enabled and text in (
        "This reads as offensive (97 %)", "Contempt for a person: “idiot”")]
    assert headings == ["This reads as offensive (97 %)", "Contempt for a person: “idiot”"]
    texts = [text for text, _ in items]
    stop = "Stop this kind of warning in every draft"
    # each "stop" line sits under its own warning's heading
    assert texts.index(headings[0]) < texts.index(stop) < texts.index(headings[1]) \
        < len(texts) - 1 - texts[::-1].index(stop)
    assert "Not offensive here" in texts


def test_a_risk_model_warning_is_answered_not_risky_here(qtbot) -> None:
    warning = CheckWarning("risk.hearsay", Category.RISK, Severity.CAUTION, WORD, WORD + 5,
                           "Reads like a claim passed on second-hand (driven by: “heard”).",
                           (), "risk-model")
    editor = _editor(qtbot, [warning])
    texts = [a.text() for a in editor.context_menu(_at_word(editor)).actions()
             if not a.isSeparator()]
    assert texts[:2] == ["Not risky here", "Stop this kind of warning in every draft"]


def test_one_warning_needs_no_heading(qtbot) -> None:
    editor = _editor(qtbot, [_warning("tone.anger", "This reads as angry (91 %).")])
    menu = editor.context_menu(_at_word(editor))
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["Not angry here", "Stop this kind of warning in every draft"]
    assert not any(t.startswith("This reads") for t in texts)


def test_menu_heading() -> None:
    assert menu_heading("Short one.") == "Short one"
    assert menu_heading("First part. Second part.") == "First part"
    long = menu_heading("x" * 80)
    assert len(long) == 60 and long.endswith("…")
