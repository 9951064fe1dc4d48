"""The Publishing part of the main window: pause and resume (every post that became due
meanwhile decided one by one), where a draft goes and when, its images and per-channel
text, the publish log, and what the background publisher reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMenu

from desktopapp.app import context as app_context
from desktopapp.app.events import Change, ChangeKind
from desktopapp.ui import later
from desktopapp.ui.change_bridge import touches
from desktopapp.ui.drafts_controller import DraftsController
from desktopapp.ui.publishing import (
    BackgroundPublisher,
    PauseBanner,
    PublishLogDialog,
)
from desktopapp.ui.shell import Shell
from desktopapp.ui.tray import Tray

if TYPE_CHECKING:
    from desktopapp.app import publishing
else:  # loaded once the window has attached its workspace (ui/later.py)
    publishing = later.module("desktopapp.app.publishing")

if TYPE_CHECKING:
    from desktopapp.app.publishing import RunSummary

WORKER_SENDS = ("On a team workspace the workspace's worker sends what is due; this "
                "window holds no channel tokens. The status bar shows when the worker "
                "was last seen.")


class PublishingController(QObject):
    """The Publishing menu, the background publisher and the crisis banner. Actions go
    through the app services, which announce what they changed on the change feed."""

    def __init__(self, shell: Shell, drafts: DraftsController, tray: Tray) -> None:
        super().__init__(shell.window)
        self.shell = shell
        self.host = shell.window  # the parent of every dialog opened here
        self.drafts = drafts
        self.tray = tray
        self.publisher = BackgroundPublisher(shell.ctx, self)
        self.publisher.finished.connect(self._published)
        # The crisis banner sits above everything, so no view can hide that sends are off.
        self.pause_banner = PauseBanner(self.shell.ctx)
        self.pause_banner.resume_requested.connect(self.resume_all)

    def fill_menu(self, menu: QMenu) -> None:
        from desktopapp.app import worker  # the menus are filled after the first frame

        menu.addAction("Publish this draft to…", self.choose_targets)
        menu.addAction("Per-channel text and preview…", self.open_channel_text)
        menu.addAction("Images and alt text…", self.open_images)
        menu.addAction("Schedule this draft…", self.schedule_current)
        menu.addAction("Add this draft to a queue…", self.add_current_to_queue)
        menu.addAction("Channels…", self.open_channels)
        menu.addSeparator()
        send = menu.addAction("Send what is due now", self.publisher.run_now)
        if not worker.window_publishes(self.shell.ctx):
            # A team window holds no channel tokens: the workspace's worker sends, and its
            # heartbeat in the status bar says whether one is running.
            send.setEnabled(False)
            send.setToolTip(WORKER_SENDS)
            menu.setToolTipsVisible(True)
        pause = menu.addAction("Pause all publishing…", self.pause_all)
        resume = menu.addAction("Resume publishing…", self.resume_all)

        def offer_what_applies() -> None:
            # Only the one that does something: Resume did nothing, silently, when
            # publishing was running.
            paused = publishing.pause_state(self.shell.ctx).paused
            pause.setEnabled(not paused)
            resume.setEnabled(paused)

        menu.aboutToShow.connect(offer_what_applies)
        offer_what_applies()
        menu.addSeparator()
        menu.addAction("Publish log", self.open_publish_log)

    def pause_all(self, reason: str | None = None) -> None:
        if reason is None:
            reason, ok = QtWidgets.QInputDialog.getText(self.host, "Pause all publishing",
                                              "Why? (shown everywhere until you resume)")
            if not ok:
                return
        try:
            publishing.pause(self.shell.ctx, reason)
        except app_context.ACTION_ERRORS as exc:
            QtWidgets.QMessageBox.warning(self.host, "Pause", str(exc))
        self.pause_banner.refresh()  # this controller's own banner: at once

    def resume_all(self, confirmed: bool = False) -> None:
        """Resume, after deciding what happens to each post that became due meanwhile
        (`confirmed`: send them all, without asking)."""
        from desktopapp.app import worker
        from desktopapp.ui.publishing_dialogs import ResumeDialog

        if not publishing.pause_state(self.shell.ctx).paused:
            self.pause_banner.refresh()
            return
        if confirmed:
            try:
                publishing.resume(self.shell.ctx, {})  # every due post goes out
            except app_context.ACTION_ERRORS as exc:
                QtWidgets.QMessageBox.warning(self.host, "Resume", str(exc))
        elif ResumeDialog(self.shell.ctx, self.host).exec() != QDialog.DialogCode.Accepted:
            return
        self.pause_banner.refresh()
        if worker.window_publishes(self.shell.ctx):
            self.publisher.run_now()  # on a team the worker sends what became due

    def on_changes(self, changes: list[Change]) -> None:
        """The banner, the tray and open publish logs follow what changed."""
        if touches(changes, ChangeKind.PAUSE):
            self.pause_banner.refresh()
        if touches(changes, ChangeKind.PAUSE, ChangeKind.DRAFT, ChangeKind.PUBLICATION,
                   ChangeKind.CHANNEL):
            self.tray.refresh()
            self.publisher.aim_at_next_due()
        if touches(changes, ChangeKind.PUBLICATION):
            for log in self.host.findChildren(PublishLogDialog):
                log.refresh()

    def open_channels(self) -> None:
        from desktopapp.ui.channels_dialog import ChannelsDialog

        ChannelsDialog(self.shell.ctx, self.host).exec()  # its changes are on the feed

    def choose_targets(self) -> None:
        from desktopapp.app import channels
        from desktopapp.ui.publishing_dialogs import TargetsDialog

        draft = self.drafts.editor.draft
        if draft is None:
            return
        if not channels.names(self.shell.ctx):
            ask = QtWidgets.QMessageBox
            if ask.question(self.host, "Publish to", "No channels yet. Add one now?") \
                    == ask.StandardButton.Yes:
                self.open_channels()
            if not channels.names(self.shell.ctx):
                return
        dialog = TargetsDialog(self.shell.ctx, draft.id, self.host)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.drafts.editor.flush()
        try:
            chosen = channels.set_targets(self.shell.ctx, draft.id, dialog.chosen())
        except app_context.ACTION_ERRORS as exc:
            QtWidgets.QMessageBox.warning(self.host, "Publish to", str(exc))
            return
        self.shell.status(f"Goes to: {', '.join(chosen) or 'nowhere'}", 4000)

    def open_images(self) -> None:
        from desktopapp.ui.images_dialog import ImagesDialog

        draft = self.drafts.editor.draft
        if draft is None:
            return
        self.drafts.editor.flush()
        dialog = ImagesDialog(self.shell.ctx, draft.id, self.host)
        dialog.exec()
        if dialog.changed:  # the change feed told the other views
            self.drafts.editor.recheck()  # alt-text warnings follow the images

    def open_channel_text(self) -> None:
        from desktopapp.app import channels
        from desktopapp.ui.channel_text_dialog import ChannelTextDialog

        draft = self.drafts.editor.draft
        if draft is None:
            return
        if not channels.targets(self.shell.ctx, draft.id):
            self.choose_targets()
            if not channels.targets(self.shell.ctx, draft.id):
                return
        self.drafts.editor.flush()
        ChannelTextDialog(self.shell.ctx, draft.id, self.host).exec()  # saves announce

    def add_current_to_queue(self) -> None:
        """Give the open draft the next free slot of a channel's queue."""
        from desktopapp.app import schedule

        draft = self.drafts.editor.draft
        if draft is None:
            return
        names = schedule.queue_channels(self.shell.ctx)
        if not names:
            QtWidgets.QMessageBox.information(
                self.host, "Add to queue", "No channel has queue slots yet: set them with "
                "`secondthought queue slots CHANNEL \"mon-fri 09:00,13:00\"`.")
            return
        name, ok = QtWidgets.QInputDialog.getItem(self.host, "Add to queue", "Channel", names,
                                                  0, False)
        if not ok:
            return
        self.drafts.editor.flush()
        try:
            when, verdict = schedule.add_to_queue(self.shell.ctx, draft.id, name)
        except app_context.ACTION_ERRORS as exc:
            QtWidgets.QMessageBox.warning(self.host, "Add to queue", str(exc))
            return
        self.shell.status(
            f"Queued on {name} for {when.astimezone():%a %d %b %H:%M}. {verdict.summary()}",
            8000)

    def schedule_current(self) -> None:
        draft = self.drafts.editor.draft
        if draft is None:
            return
        from desktopapp.app import calendar, schedule
        from desktopapp.ui.schedule_dialog import ScheduleDialog

        self.drafts.editor.flush()

        timing = schedule.timing(self.shell.ctx, draft.id)
        dialog = ScheduleDialog(self.shell.ctx, draft.id, timing.scheduled_at, timing.zone,
                                timing.cooloff_until, self.host)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            when, zone = dialog.chosen()
            verdict = schedule.schedule(self.shell.ctx, draft.id, when, zone=zone)
        except app_context.ACTION_ERRORS as exc:
            QtWidgets.QMessageBox.warning(self.host, "Schedule", str(exc))
            return
        display = calendar.display_zone(self.shell.ctx)
        label = calendar.zone_label(when, [zone], display)
        self.shell.status(
            f"Scheduled for {when.astimezone(display):%a %d %b} {label}. "
            + verdict.summary(), 8000)

    def open_publish_log(self) -> None:
        dialog = PublishLogDialog(self.shell.ctx, self.host)
        dialog.open_draft.connect(self.drafts.show_draft)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _published(self, report: RunSummary) -> None:
        if report.changed_anything:
            # The run committed on the worker's connection; say so now rather than at the
            # next poll, and once, whatever the number of posts.
            self.shell.changed(ChangeKind.PUBLICATION)
        for failed in report.failed:  # a notification, not a modal box from a timer
            self.tray.notify_failure(failed.draft_id, failed.channel, failed.detail)
        if report.failed:
            self.shell.status(
                f"{len(report.failed)} post(s) could not be sent — see Publishing → "
                "Publish log for the network's message.", 15_000)
        self.pause_banner.refresh()  # a run notices a pause set by another process too
