"""Publishing from the window: the background publisher, the crisis switch with its
banner (shown above every view), where a draft goes and when, and the publish log."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktopapp.core import channels, pause, workflow
from desktopapp.core.errors import DomainError
from desktopapp.store.models import Publication, PublishAttempt
from desktopapp.ui.workers import SerialWorker

if TYPE_CHECKING:
    from desktopapp.publish.publisher import RunReport
    from desktopapp.ui.main_window import MainWindow

PUBLISH_EVERY_MS = 15_000


class BackgroundPublisher(QObject):
    """Runs the Qt-free publisher in a worker thread every 15 s (and on demand)."""

    finished = Signal(object)  # RunReport

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = SerialWorker(self)
        self._worker.result.connect(lambda _rev, report: self.finished.emit(report))
        self._runs = 0
        self._timer = QTimer(self)
        self._timer.setInterval(PUBLISH_EVERY_MS)
        self._timer.timeout.connect(self.run_now)

    def start(self) -> None:
        self._timer.start()
        self._next = QTimer(self)
        self._next.setSingleShot(True)
        self._next.timeout.connect(self.run_now)
        self.finished.connect(lambda _report: self.aim_at_next_due())
        self.aim_at_next_due()

    def aim_at_next_due(self) -> None:
        """One single-shot timer for the next due post (the 15 s tick is the safety net),
        so posts go out on time, not up to a polling interval late."""
        from desktopapp.publish.publisher import next_due_at

        upcoming = next_due_at()
        if upcoming is not None:
            delay = (upcoming - datetime.now(UTC)).total_seconds()
            self._next.start(int(min(max(delay, 0.1), 15.0) * 1000))

    def run_now(self) -> None:
        self._runs += 1
        self._worker.submit(self._runs, _run_publisher)

    def stop(self) -> None:
        self._timer.stop()
        self._worker.wait(10_000)


def _run_publisher() -> RunReport:
    from desktopapp.publish import publisher

    return publisher.run_once()


class PauseBanner(QFrame):
    resume_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("errorBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.label = QLabel()
        layout.addWidget(self.label, 1)
        button = QPushButton("Resume publishing…")
        button.clicked.connect(self.resume_requested.emit)
        layout.addWidget(button)
        self.refresh()

    def refresh(self) -> None:
        state = pause.state()
        self.label.setText(f"<b>All publishing is paused.</b> {state.reason}")
        self.setVisible(state.paused)


class ScheduleDialog(QDialog):
    def __init__(self, current: datetime | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Schedule")
        form = QFormLayout(self)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = current.astimezone() if current else datetime.now().astimezone()
        self.when.setDateTime(QDateTime(start.year, start.month, start.day, start.hour,
                                        start.minute, 0))
        form.addRow("Publish at (your local time)", self.when)
        note = QLabel("A wish, not a gate: it goes out at this time only once the cool-off "
                      "is over and, where needed, a reviewer approved it.")
        note.setWordWrap(True)
        note.setObjectName("muted")
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> datetime:
        local = self.when.dateTime().toPython()
        return local.astimezone().astimezone(UTC)


class PublishLogDialog(QDialog):
    COLUMNS = ("When", "Draft", "Channel", "Outcome", "Message / link")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Publish log")
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        rows = list(PublishAttempt.select(PublishAttempt, Publication).join(Publication)
                    .order_by(PublishAttempt.id.desc()).limit(1000))
        self.table.setRowCount(len(rows))
        for r, attempt in enumerate(rows):
            pub = attempt.publication
            values = [attempt.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                      str(pub.draft_id), pub.channel.name, attempt.outcome,
                      attempt.message or pub.remote_url]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()


class PublishingActions:
    """Mixed into MainWindow; `self` is the window."""

    def pause_all(self: MainWindow, reason: str | None = None) -> None:
        if reason is None:
            reason, ok = QInputDialog.getText(self, "Pause all publishing",
                                              "Why? (shown everywhere until you resume)")
            if not ok:
                return
        try:
            pause.pause(reason, self.user.id)
        except DomainError as exc:
            QMessageBox.warning(self, "Pause", str(exc))
        self.pause_banner.refresh()

    def resume_all(self: MainWindow, confirmed: bool = False) -> None:
        waiting = Publication.select().where(Publication.state == "pending").count()
        if not confirmed:
            answer = QMessageBox.question(
                self, "Resume publishing",
                f"{waiting} post(s) are waiting to go out. Resume publishing now?")
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            pause.resume(self.user.id)
        except DomainError as exc:
            QMessageBox.warning(self, "Resume", str(exc))
        self.pause_banner.refresh()
        self.publisher.run_now()

    def choose_targets(self: MainWindow) -> None:
        draft = self.editor.draft
        if draft is None:
            return
        names = [c.name for c in channels.list_channels()]
        if not names:
            QMessageBox.information(self, "Channels", "No channels yet: add one with "
                                    "`secondthought channels add`.")
            return
        current = {c.name for c in channels.targets(draft.id)}
        text, ok = QInputDialog.getText(
            self, "Publish to", f"Channels, comma-separated ({', '.join(names)})",
            text=", ".join(sorted(current)))
        if ok:
            try:
                chosen = channels.set_targets(draft.id, [n.strip() for n in text.split(",")
                                                         if n.strip()], self.user.id)
            except DomainError as exc:
                QMessageBox.warning(self, "Publish to", str(exc))
                return
            self.statusBar().showMessage(f"Goes to: {', '.join(chosen) or 'nowhere'}", 4000)

    def add_current_to_queue(self: MainWindow) -> None:
        """Give the open draft the next free slot of a channel's queue."""
        from desktopapp.core import queue

        draft = self.editor.draft
        if draft is None:
            return
        names = [c.name for c in channels.list_channels() if queue.slots(c.name)]
        if not names:
            QMessageBox.information(self, "Add to queue", "No channel has queue slots yet: "
                                    "set them with `secondthought queue slots CHANNEL "
                                    "\"mon-fri 09:00,13:00\"`.")
            return
        name, ok = QInputDialog.getItem(self, "Add to queue", "Channel", names, 0, False)
        if not ok:
            return
        self.editor.flush()
        try:
            when, verdict = queue.add_to_queue(draft.id, name, self.user.id)
        except DomainError as exc:
            QMessageBox.warning(self, "Add to queue", str(exc))
            return
        self.statusBar().showMessage(
            f"Queued on {name} for {when.astimezone():%a %d %b %H:%M}. {verdict.summary()}",
            8000)
        self._after_review()

    def schedule_current(self: MainWindow) -> None:
        draft = self.editor.draft
        if draft is None:
            return
        from desktopapp.store.models import Draft

        dialog = ScheduleDialog(Draft.get_by_id(draft.id).scheduled_at, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            verdict = workflow.schedule(draft.id, dialog.chosen(), self.user.id)
        except DomainError as exc:
            QMessageBox.warning(self, "Schedule", str(exc))
            return
        self.statusBar().showMessage(
            f"Scheduled for {dialog.chosen().astimezone():%a %d %b %H:%M}. "
            + verdict.summary(), 8000)

    def open_publish_log(self: MainWindow) -> None:
        dialog = PublishLogDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _published(self: MainWindow, report: RunReport) -> None:
        if report.sent or report.failed:
            self._after_review()  # states changed: refresh the list and the open draft
        if report.failed:
            QMessageBox.warning(self, "Publishing failed",
                                f"{len(report.failed)} post(s) could not be sent. See "
                                "Publishing → Publish log for the network's message.")
