"""Downloading LanguageTool from the window: a small dialog that is not modal (typing goes
on in the editor), with a progress bar and Cancel; the download itself runs in a worker
thread (checks/lt_download.py)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktopapp.checks import lt_download
from desktopapp.ui.workers import tracked


class _Relay(QObject):
    progress = Signal(int, int)  # bytes done, total (0: unknown)
    finished = Signal(str)  # the LanguageTool folder
    failed = Signal(str)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, plan: lt_download.Plan, cancel: threading.Event, relay: _Relay) -> None:
        super().__init__()
        self.plan, self.cancel, self.relay = plan, cancel, relay

    def run(self) -> None:
        try:
            folder = lt_download.download(
                self.plan, lambda done, total: self.relay.progress.emit(
                    min(done, 2**31 - 1), min(total or 0, 2**31 - 1)), self.cancel)
        except lt_download.DownloadCancelled:
            self.relay.cancelled.emit()
        except lt_download.DownloadFailed as exc:
            self.relay.failed.emit(str(exc))
        except Exception as exc:  # a worker must never take the app down
            self.relay.failed.emit(f"The download failed unexpectedly: {exc}")
        else:
            self.relay.finished.emit(str(folder))


class LanguageToolDownloadDialog(QDialog):
    installed = Signal(str)

    def __init__(self, plan: lt_download.Plan | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Download LanguageTool")
        self.setModal(False)  # the editor stays usable while it downloads
        self.resize(480, 150)
        self.plan = plan or lt_download.plan()
        self.cancel_event = threading.Event()
        self.status = QLabel(f"Downloading LanguageTool {self.plan.version} (about 250 MB) "
                             "for grammar checking on this computer…")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the size is known
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.result_text = ""
        self.pool = tracked(QThreadPool(self))  # waited for at exit (ui/workers.py)
        self.pool.setMaxThreadCount(1)
        self.relay = _Relay(self)
        self.relay.progress.connect(self._progress)
        self.relay.finished.connect(self._finished)
        self.relay.failed.connect(self._failed)
        self.relay.cancelled.connect(self._cancelled)

    def start(self) -> None:
        self.pool.start(_Job(self.plan, self.cancel_event, self.relay))

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(done * 1000 / total))
            self.bar.setFormat(f"{done / 1e6:,.0f} of {total / 1e6:,.0f} MB")
        else:
            self.bar.setFormat(f"{done / 1e6:,.0f} MB")

    def _end(self, text: str) -> None:
        self.result_text = text
        self.status.setText(text)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.disconnect()
        self.buttons.rejected.connect(self.close)

    def _finished(self, folder: str) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self._end(f"LanguageTool is installed in {folder}. Grammar checking starts with your "
                  "next edit (the first check takes a few seconds while it starts).")
        self.installed.emit(folder)

    def _failed(self, message: str) -> None:
        self._end(f"<b>Not installed.</b> {message}")

    def _cancelled(self) -> None:
        self._end("Cancelled; nothing was kept.")

    def cancel(self) -> None:
        self.cancel_event.set()
        self.status.setText("Cancelling…")

    def done(self, code: int) -> None:
        self.cancel_event.set()
        self.pool.waitForDone(10_000)
        super().done(code)
