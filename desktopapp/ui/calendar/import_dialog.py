"""Import a CSV batch: every row checked first and shown with its errors; the Import
button writes all rows in one transaction, and only when none is rejected. Reading and
writing run off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import schedule
from desktopapp.app.context import AppContext

if TYPE_CHECKING:
    from desktopapp.app.schedule import Preview
from desktopapp.ui.window_state import default_size
from desktopapp.ui.workers import SerialWorker

COLUMNS = ["Line", "Status", "Date", "Zone", "Channels", "Tags", "Text", "Problems"]


class ImportDialog(QDialog):
    def __init__(self, path: str, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Import {Path(path).name}")
        default_size(self, 980, 560)
        self.ctx = ctx
        self.result_: Preview | None = None
        self.imported: list[int] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel("Reading the file…")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            "Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.worker = SerialWorker(self)
        self.worker.result.connect(self._done)
        self.worker.error.connect(self._failed)
        self.worker.submit(1, lambda: schedule.read_batch(ctx, Path(path)))

    def _done(self, revision: int, value: object) -> None:
        if revision == 2:  # the import itself
            self.imported = list(value)  # type: ignore[call-overload]
            self.accept()
            return
        preview = cast("Preview", value)  # what schedule.read_batch returned
        self.result_ = preview
        self._show(preview)

    def _failed(self, _revision: int, message: str) -> None:
        self.summary.setText(f"<b>Nothing was imported.</b> {message}")
        self.import_button.setEnabled(False)

    def _show(self, preview: Preview) -> None:
        bad = preview.rejected
        lines = [f"<b>{len(preview.rows) - len(bad)} of {len(preview.rows)} rows are ready"
                 + (f"; {len(bad)} rejected.</b> Fix them in the file and open it again — "
                    "nothing is imported until every row is fine." if bad else ".</b>")]
        lines += [f"<br>⚠ {p}" for p in preview.problems]
        self.summary.setText("".join(lines))
        self.table.setRowCount(len(preview.rows))
        danger = QColor("#dc2626")
        for i, row in enumerate(preview.rows):
            when = row.when.astimezone(ZoneInfo(row.zone)) \
                if row.when else None
            cells = [str(row.line), "OK" if row.ok else "Rejected",
                     f"{when:%a %Y-%m-%d %H:%M}" if when else "—", row.zone,
                     ", ".join(row.channels) or "—", ", ".join(row.tags),
                     " ".join(row.text.split())[:120],
                     " ".join(row.errors + row.notes_for_user)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not row.ok and column in (1, 7):
                    item.setForeground(danger)
                self.table.setItem(i, column, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(6, min(self.table.columnWidth(6), 320))
        self.import_button.setEnabled(preview.ok)
        if not preview.ok and bad:
            first_bad = self.table.item(preview.rows.index(bad[0]), 0)
            if first_bad is not None:
                self.table.scrollToItem(first_bad)

    def _import(self) -> None:
        if self.result_ is None or not self.result_.ok:
            return
        self.import_button.setEnabled(False)
        self.summary.setText("Importing…")
        preview, ctx = self.result_, self.ctx
        self.worker.submit(2, lambda: schedule.import_batch(ctx, preview))

    def done(self, code: int) -> None:
        self.worker.wait(10_000)
        super().done(code)



