"""The Edit menu's text commands (they act on whichever text field has the focus, so the
menu works for the editor, the notes, the search and every other field) and the Help
menu's keyboard shortcuts and user guide."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktopapp import APP_NAME
from desktopapp.ui.window_state import default_size

TextField = QLineEdit | QPlainTextEdit | QTextEdit
EDIT_COMMANDS = (("Undo", QKeySequence.StandardKey.Undo, "undo"),
                 ("Redo", QKeySequence.StandardKey.Redo, "redo"),
                 ("", None, ""),
                 ("Cut", QKeySequence.StandardKey.Cut, "cut"),
                 ("Copy", QKeySequence.StandardKey.Copy, "copy"),
                 ("Paste", QKeySequence.StandardKey.Paste, "paste"),
                 ("", None, ""),
                 ("Select all", QKeySequence.StandardKey.SelectAll, "selectAll"))
# Shortcuts of the other windows, which exist only while open.
OTHER_WINDOWS = (("Review inbox", "J / K", "Next / previous post"),
                 ("Review inbox", "A", "Approve"),
                 ("Review inbox", "R", "Request changes"),
                 ("Review inbox", "C", "Comment"),
                 ("Calendar", "Ctrl+1 / Ctrl+2 / Ctrl+3", "Month / week / agenda"),
                 ("Calendar", "Alt+Left / Alt+Right", "Previous / next"),
                 ("Calendar", "Ctrl+T", "Today"),
                 ("Calendar", "Ctrl+Z", "Undo the last move"))


def focused_text() -> TextField | None:
    widget = QApplication.focusWidget()
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit)
    return widget if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) else None


def _can(field: TextField | None, command: str) -> bool:
    if field is None:
        return False
    read_only = field.isReadOnly()
    if isinstance(field, QLineEdit):
        selected = field.hasSelectedText()
        undo, redo = field.isUndoAvailable(), field.isRedoAvailable()
    else:
        selected = field.textCursor().hasSelection()
        undo = field.document().isUndoAvailable()
        redo = field.document().isRedoAvailable()
    return {"undo": undo and not read_only, "redo": redo and not read_only,
            "cut": selected and not read_only, "copy": selected,
            "paste": not read_only and bool(QApplication.clipboard().text()),
            "selectAll": True}[command]


def fill_edit_menu(menu: QMenu, extra: list[QAction]) -> dict[str, QAction]:
    """Undo … Select all on the focused field, then `extra` (Find). The shortcuts are the
    fields' own: a text field takes them before the menu does, so typing is unchanged."""
    actions: dict[str, QAction] = {}
    for text, key, command in EDIT_COMMANDS:
        if not text:
            menu.addSeparator()
            continue
        action = menu.addAction(text)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(_run(command))
        actions[command] = action
    menu.addSeparator()
    for action in extra:
        menu.addAction(action)

    def update() -> None:
        field = focused_text()
        for command, action in actions.items():
            action.setEnabled(_can(field, command))

    menu.aboutToShow.connect(update)
    return actions


def _run(command: str) -> Callable[[], None]:
    def run() -> None:
        field = focused_text()
        if field is not None and _can(field, command):
            getattr(field, command)()

    return run


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, keys, what) for every action of the window that has a shortcut."""
    rows: dict[tuple[str, str], str] = {}
    for action in window.findChildren(QAction):
        if _window_of(action) is not window:
            continue  # the calendar's or the inbox's own (listed under OTHER_WINDOWS)
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                         for k in action.shortcuts())
        text = action.text().replace("&", "").rstrip("…").strip()
        if keys and text:
            rows.setdefault((keys, text), "Main window")
    ordered = sorted(((where, keys, text) for (keys, text), where in rows.items()),
                     key=lambda r: r[2].lower())
    return ordered + list(OTHER_WINDOWS)


def _window_of(action: QAction) -> QWidget | None:
    """The top-level window an action belongs to: that of the nearest widget above it
    (the calendar and the inbox are children of the main window, but windows of their own)."""
    owner = action.parent()
    while owner is not None and not isinstance(owner, QWidget):
        owner = owner.parent()
    return owner.window() if isinstance(owner, QWidget) else None


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(620, 520)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setHorizontalHeaderLabels(["Where", "Keys", "What"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def user_guide_markdown() -> str:
    """The newcomer's guide shipped with the app (resources/guide.md): what a person needs
    to start, in their words. The README is the full reference, for developers too."""
    from importlib import resources

    guide = resources.files("desktopapp.resources") / "guide.md"
    try:
        return guide.read_text(encoding="utf-8")
    except OSError:
        return (f"# {APP_NAME}\n\nThe user guide is missing from this installation. "
                "Reinstalling the app brings it back.")


class GuideBrowser(QTextBrowser):
    """Shows the guide: its pictures come from the app's own files (not the current
    folder) and are scaled down to the width of the page instead of overflowing it."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        if kind == QTextDocument.ResourceType.ImageResource.value:
            from importlib import resources

            relative = name.path() if isinstance(name, QUrl) else name
            path = resources.files("desktopapp.resources") / relative
            image = QImage()
            if path.is_file() and image.loadFromData(path.read_bytes()):
                room = max(200, self.viewport().width() - 40)
                return image if image.width() <= room else image.scaledToWidth(
                    room, Qt.TransformationMode.SmoothTransformation)
        return super().loadResource(kind, name)


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("User guide")
        default_size(self, 820, 680)
        self.text = GuideBrowser()
        self.text.setAccessibleName("User guide")
        self.text.setOpenExternalLinks(True)
        self.text.setMarkdown(user_guide_markdown())
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
