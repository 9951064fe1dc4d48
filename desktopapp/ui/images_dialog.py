"""Images of a draft: add (copied into the data folder by content hash), write their
alt text, remove. Each image says which of the draft's networks would refuse it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import images
from desktopapp.app.context import ACTION_ERRORS, AppContext
from desktopapp.app.images import MediaInfo

THUMB = 96
ALT_LIMIT = 1000  # X's limit, the shortest of the networks


def thumbnail(path: Path) -> QIcon:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()


ALT_HINT = ("Describe the image for people who cannot see it: what is in it and why it "
            "matters to the post.")


class ImagesDialog(QDialog):
    def __init__(self, ctx: AppContext, draft_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Images and alt text")
        self.resize(760, 480)
        self.ctx, self.draft_id = ctx, draft_id
        self.changed = False
        self.list = QListWidget()
        self.list.setAccessibleName("Images")
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setMinimumWidth(260)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.alt = QPlainTextEdit()
        self.alt.setAccessibleName("Alt text of the chosen image")
        self.alt.setPlaceholderText(ALT_HINT)
        self.alt_count = QLabel()
        self.alt.textChanged.connect(self._count)
        self.limits = QLabel()
        self.limits.setWordWrap(True)
        add = QPushButton("Add image…")
        add.clicked.connect(self.add)
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(self.remove)
        self.save_alt = QPushButton("Save alt text")
        self.save_alt.clicked.connect(self.save_alt_text)
        right = QVBoxLayout()
        right.addWidget(QLabel("<b>Alt text</b> — part of what a reviewer approves"))
        right.addWidget(self.alt, 1)
        right.addWidget(self.alt_count)
        right.addWidget(self.limits)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.save_alt)
        right.addLayout(row)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(add)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.list.clear()
        for info in images.images(self.ctx, self.draft_id):
            label = f"{info.filename}\n{info.size / 1024:,.0f} KB" + (
                "\n⚠ no alt text" if not info.alt_text else "")
            item = QListWidgetItem(thumbnail(info.path), label)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.list.addItem(item)
            if info.id == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def _current(self) -> MediaInfo | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((m for m in images.images(self.ctx, self.draft_id)
                     if m.id == wanted), None)

    def _show_current(self) -> None:
        info = self._current()
        for widget in (self.alt, self.remove_button, self.save_alt):
            widget.setEnabled(info is not None)
        self.alt.setPlainText(info.alt_text if info else "")
        self.alt.setPlaceholderText(ALT_HINT if info else "Add an image first: its alt text "
                                    "goes here.")
        if info is None:
            self.limits.setText("No images yet. A post can carry up to "
                                f"{images.MAX_IMAGES}.")
            return
        refused, kinds = images.too_large_for(self.ctx, self.draft_id, info)
        self.limits.setText(
            f"<span style='color:#dc2626'>Too large for {', '.join(refused)} "
            f"({info.size:,} bytes).</span>" if refused else
            "Fits every network this draft goes to." if kinds else
            "Choose where the draft goes to see each network's size limit.")

    def _count(self) -> None:
        n = len(self.alt.toPlainText())
        self.alt_count.setText(f"{n} / {ALT_LIMIT}" + (" — too long for X" if n > ALT_LIMIT
                                                       else ""))

    def add(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Attach an image", "",
                                              "Images (*.png *.jpg *.jpeg *.gif *.webp)")
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        try:
            info = images.attach(self.ctx, self.draft_id, path)
        except ACTION_ERRORS as exc:
            QMessageBox.warning(self, "Attach an image", str(exc))
            return
        self.changed = True
        self.reload(select=info.id)
        self.alt.setFocus()

    def save_alt_text(self) -> None:
        info = self._current()
        if info is None:
            return
        images.set_alt_text(self.ctx, self.draft_id, info.id, self.alt.toPlainText()[:ALT_LIMIT])
        self.changed = True
        self.reload(select=info.id)

    def remove(self) -> None:
        info = self._current()
        if info is None:
            return
        images.remove(self.ctx, self.draft_id, info.id)
        self.changed = True
        self.reload()
