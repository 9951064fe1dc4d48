"""The audit log: who did what and when, filterable, exportable as CSV or JSON."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import audit
from desktopapp.app.context import AppContext
from desktopapp.ui.window_state import default_size

COLUMNS = ["When", "Who", "What", "About", "From", "To", "Why"]
ABOUT, WHY = COLUMNS.index("About"), COLUMNS.index("Why")


def subject_text(entry: audit.AuditEntry, title: str = "") -> str:
    """What an event is about: “Draft: Spring sale starts…”, "Channel: My Bluesky", or by
    kind and id when it is gone ("Draft 12"), "Workspace"."""
    kind = (entry.subject_type or "").replace("_", " ").capitalize()
    if entry.subject_id is None:
        return kind
    if title:
        return f"{kind}: {title}" if kind else title
    return f"{kind} {entry.subject_id}" if kind else str(entry.subject_id)


class AuditWindow(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Audit log")
        default_size(self, 980, 560)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.action = QComboBox()
        self.actor = QComboBox()
        self.search = QLineEdit()
        self.search.setAccessibleName("Search the audit log")
        self.search.setPlaceholderText("Search reasons…")
        self.search.setClearButtonEnabled(True)
        for widget in (self.action, self.actor):
            widget.currentIndexChanged.connect(lambda _i: self.refresh())
            filters.addWidget(widget)
        self.search.textChanged.connect(lambda _t: self.refresh())
        filters.addWidget(self.search, 1)
        for label, fmt in (("Export CSV…", "csv"), ("Export JSON…", "json")):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            filters.addWidget(button)
        layout.addLayout(filters)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Audit log")
        # Times are shown in the workspace's display zone, and the header says which.
        self.zone = audit.display_zone(ctx)
        self.table.setHorizontalHeaderLabels([f"When ({self.zone.key})", *COLUMNS[1:]])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        self._fill_filters()
        self.refresh()

    def _fill_filters(self) -> None:
        actions, actors = audit.filter_choices(self.ctx)
        self.action.addItem("All actions", "")
        for name in actions:
            self.action.addItem(name, name)
        self.actor.addItem("Everyone", "")
        for name in actors:
            self.actor.addItem(name, name)

    def entries(self) -> list[audit.AuditEntry]:
        return audit.entries(self.ctx, self.action.currentData() or "",
                             self.actor.currentData() or "", self.search.text())

    def refresh(self) -> None:
        rows = list(reversed(self.entries()))  # newest first
        titles = audit.subject_titles(self.ctx, rows)
        self.table.setRowCount(len(rows))
        for r, e in enumerate(rows):
            title = titles.get((e.subject_type, e.subject_id), "") \
                if e.subject_id is not None else ""
            values = [e.at.astimezone(self.zone).strftime("%Y-%m-%d %H:%M:%S"), e.who,
                      e.action, subject_text(e, title), e.from_state or "", e.to_state or "",
                      audit.readable_reason(e)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == ABOUT and e.subject_id is not None:
                    item.setToolTip(f"{e.subject_type} id {e.subject_id}")
                elif c == WHY:
                    item.setToolTip(value if value == e.reason else
                                    f"{value}\nAs recorded: {e.reason}")
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        # The reason, last, takes the room: a draft's first words are cut (whole in the list).
        self.table.setColumnWidth(ABOUT, min(self.table.columnWidth(ABOUT), 260))

    def export(self, fmt: str, target: str | None = None) -> None:
        if target is None:
            target, _ = QFileDialog.getSaveFileName(self, "Export the audit log",
                                                    f"audit-log.{fmt}", f"*.{fmt}")
            if not target:
                return
        text = audit.to_csv(self.entries()) if fmt == "csv" else audit.to_json(self.entries())
        path = Path(target)
        try:
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            QMessageBox.warning(self, "Export", f"Could not write {path}: {exc}")
