"""Publishing from the window: the background publisher, the crisis switch with its
banner (shown above every view), where a draft goes and when, and the publish log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from desktopapp.core.states import AttemptOutcome
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
        from desktopapp.core.due import next_due_at

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
    """When, as wall-clock time in a zone (the channel's by default), so 09:00 Berlin
    means 09:00 in Berlin whatever this computer's zone and the season."""

    def __init__(self, current: datetime | None, zone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from zoneinfo import ZoneInfo, available_timezones

        self.setWindowTitle("Schedule")
        form = QFormLayout(self)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd yyyy-MM-dd HH:mm")
        start = (current or datetime.now(UTC) + timedelta(hours=1)).astimezone(ZoneInfo(zone))
        self.when.setDateTime(QDateTime(start.year, start.month, start.day, start.hour,
                                        start.minute, 0))
        form.addRow("Publish at", self.when)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(sorted(available_timezones()))
        self.zone.setCurrentText(zone)
        form.addRow("Time zone", self.zone)
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

    def chosen(self) -> tuple[datetime, str]:
        """(UTC instant, zone name); raises DomainError for an unknown zone."""
        from desktopapp.core import zones

        local = self.when.dateTime().toPython()
        zone = self.zone.currentText().strip()
        when, _note = zones.parse_local(local.strftime("%Y-%m-%d %H:%M"), zone)
        return when, zone


class PublishLogDialog(QDialog):
    """Every attempt, newest first, with the network's own message. Double-click a row to
    open the post online (when it went out) or the draft."""

    COLUMNS = ("When", "Draft", "Channel", "Outcome", "Message / link")
    open_draft = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Publish log")
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.cellDoubleClicked.connect(self._open_row)
        layout.addWidget(self.table)
        hint = QLabel("Double-click a row to open the post online, or the draft.")
        hint.setObjectName("muted")
        layout.addWidget(hint)
        self.urls: list[str] = []
        self.refresh()

    def refresh(self) -> None:
        from PySide6.QtGui import QColor

        from desktopapp.store.models import Channel

        rows = list(PublishAttempt.select(PublishAttempt, Publication, Channel)
                    .join(Publication).join(Channel)
                    .order_by(PublishAttempt.id.desc()).limit(1000))
        self.table.setRowCount(len(rows))
        self.urls = []
        for r, attempt in enumerate(rows):
            pub = attempt.publication
            values = [attempt.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                      str(pub.draft_id), pub.channel.name, attempt.outcome,
                      attempt.message or pub.remote_url]
            self.urls.append(pub.remote_url if pub.remote_url.startswith("http") else "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if attempt.outcome == AttemptOutcome.FAILED:
                    item.setForeground(QColor("#dc2626"))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _open_row(self, row: int, _column: int) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.urls[row]:
            QDesktopServices.openUrl(QUrl(self.urls[row]))
        else:
            self.open_draft.emit(int(self.table.item(row, 1).text()))


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
        self._publishing_changed()

    def resume_all(self: MainWindow, confirmed: bool = False) -> None:
        """Resume, after deciding what happens to each post that became due meanwhile
        (`confirmed`: send them all, without asking)."""
        from desktopapp.ui.publishing_dialogs import ResumeDialog

        if not pause.state().paused:
            self.pause_banner.refresh()
            return
        if confirmed:
            try:
                pause.resume(self.user.id)
            except DomainError as exc:
                QMessageBox.warning(self, "Resume", str(exc))
        elif ResumeDialog(self.user.id, self).exec() != QDialog.DialogCode.Accepted:
            return
        self._publishing_changed()
        self.publisher.run_now()

    def _publishing_changed(self: MainWindow, views: bool = True) -> None:
        """Pause, resume, a schedule or a run changed what is due: every view follows
        (`views` False: only the banner and the tray, for a run that changed nothing)."""
        self.pause_banner.refresh()
        self.tray.refresh()
        calendar = getattr(self, "calendar", None)
        if views and calendar is not None and calendar.isVisible():
            calendar.refresh()

    def open_channels(self: MainWindow) -> None:
        from desktopapp.ui.channels_dialog import ChannelsDialog

        ChannelsDialog(self.user.id, self).exec()
        self._publishing_changed()

    def choose_targets(self: MainWindow) -> None:
        from desktopapp.ui.publishing_dialogs import TargetsDialog

        draft = self.editor.draft
        if draft is None:
            return
        if not channels.list_channels():
            if QMessageBox.question(self, "Publish to", "No channels yet. Add one now?") \
                    == QMessageBox.StandardButton.Yes:
                self.open_channels()
            if not channels.list_channels():
                return
        dialog = TargetsDialog(draft.id, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.editor.flush()
        try:
            chosen = channels.set_targets(draft.id, dialog.chosen(), self.user.id)
        except DomainError as exc:
            QMessageBox.warning(self, "Publish to", str(exc))
            return
        self.statusBar().showMessage(f"Goes to: {', '.join(chosen) or 'nowhere'}", 4000)
        self._after_review()

    def open_images(self: MainWindow) -> None:
        from desktopapp.ui.images_dialog import ImagesDialog

        draft = self.editor.draft
        if draft is None:
            return
        self.editor.flush()
        dialog = ImagesDialog(draft.id, self.user.id, self.paths.db_path.parent / "media", self)
        dialog.exec()
        if dialog.changed:
            self.editor.recheck()  # alt-text warnings follow the images
            self._after_review()

    def open_channel_text(self: MainWindow) -> None:
        from desktopapp.ui.channel_text_dialog import ChannelTextDialog

        draft = self.editor.draft
        if draft is None:
            return
        if not channels.targets(draft.id):
            self.choose_targets()
            if not channels.targets(draft.id):
                return
        self.editor.flush()
        if ChannelTextDialog(draft.id, self.user.id, self).exec():
            self._after_review()

    def add_current_to_queue(self: MainWindow) -> None:
        """Give the open draft the next free slot of a channel's queue."""
        from desktopapp.core import post_queue

        draft = self.editor.draft
        if draft is None:
            return
        names = [c.name for c in channels.list_channels() if post_queue.slots(c.name)]
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
            when, verdict = post_queue.add_to_queue(draft.id, name, self.user.id)
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
        from desktopapp.core import scheduling, zones
        from desktopapp.store.models import Draft

        self.editor.flush()
        dialog = ScheduleDialog(Draft.get_by_id(draft.id).scheduled_at,
                                scheduling.default_zone(draft.id), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            when, zone = dialog.chosen()
            verdict = workflow.schedule(draft.id, when, self.user.id, zone=zone)
        except DomainError as exc:
            QMessageBox.warning(self, "Schedule", str(exc))
            return
        label = zones.zone_label(when, [zone], zones.display_zone())
        self.statusBar().showMessage(
            f"Scheduled for {when.astimezone(zones.display_zone()):%a %d %b} {label}. "
            + verdict.summary(), 8000)
        self._publishing_changed()

    def open_publish_log(self: MainWindow) -> None:
        dialog = PublishLogDialog(self)
        dialog.open_draft.connect(self.show_draft_from_elsewhere)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _published(self: MainWindow, report: RunReport) -> None:
        if report.sent or report.failed:
            self._after_review()  # states changed: refresh the list and the open draft
        for pub_id in report.failed:  # a notification, not a modal box from a timer
            pub = Publication.get_or_none(Publication.id == pub_id)
            if pub is not None:
                self.tray.notify_failure(pub.draft_id, pub.channel.name, pub.last_error)
        if report.failed:
            self.statusBar().showMessage(
                f"{len(report.failed)} post(s) could not be sent — see Publishing → "
                "Publish log for the network's message.", 15_000)
        # Every 15 s a run finds nothing to do: the calendar reloads only after a change.
        self._publishing_changed(views=bool(report.sent or report.failed or report.retried))
