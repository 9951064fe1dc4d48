"""The warnings side panel: risk at a glance, every warning in order, click to jump."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
)

from desktopapp.checks.model import CheckWarning, RiskLevel, Severity
from desktopapp.ui.highlighter import UNDERLINE
from desktopapp.ui.live_checks import CheckState
from desktopapp.ui.markup import escape

RISK_COLOURS = {RiskLevel.NONE: "#2f9e44", RiskLevel.LOW: "#3b82f6",
                RiskLevel.MEDIUM: "#d97706", RiskLevel.HIGH: "#dc2626"}
RangeRole = Qt.ItemDataRole.UserRole + 1
ChannelRole = Qt.ItemDataRole.UserRole + 2  # a warning in a channel's own text


def severity_icon(severity: Severity) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(UNDERLINE[severity]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 10, 10)
    painter.end()
    return QIcon(pixmap)


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the list's current width (QListWidget's own
    word wrap measures before the width is known and cuts text off)."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = option.widget
        width = (max(80, view.viewport().width() - 44)
                 if isinstance(view, QAbstractScrollArea) else 200)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        rect = QFontMetrics(option.font).boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(width, rect.height() + 10)


class WarningsPanel(QFrame):
    jump_requested = Signal(int, int)  # Python offsets in the draft text
    download_languagetool = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sidePane")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        self.risk = QLabel()
        self.risk.setWordWrap(True)
        self.risk.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.risk)
        self.list = QListWidget()
        self.list.setAccessibleName("Warnings for this draft")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout.addWidget(self.list, 1)
        self.grammar = QLabel()
        self.grammar.setObjectName("muted")
        self.grammar.setWordWrap(True)
        self.grammar.linkActivated.connect(lambda _link: self.download_languagetool.emit())
        layout.addWidget(self.grammar)
        self._icons = {s: severity_icon(s) for s in Severity}
        self.show_state(None)

    def show_state(self, state: CheckState | None,
                   visible: list[CheckWarning] | None = None, *, checking: bool = False
                   ) -> None:
        """Show `state`'s risk and the `visible` warnings (all of them if not given); with
        no state, either that a draft is being checked or that none is open."""
        self.list.clear()
        if state is None:
            self.risk.setText("<b>Warnings</b><br>Checking this draft…" if checking else
                              "<b>Warnings</b><br>Open a draft to see what may need a second "
                              "look.")
            self.grammar.setText("")
            return
        risk = state.report.risk
        level = state.risk_level  # the highest of the text and each channel's own text
        colour = RISK_COLOURS[level]
        reasons = "; ".join(risk.reasons) if risk.reasons else "nothing risky found"
        riskier = [v.channel for v in state.channels if v.report.risk.level == level] \
            if level != risk.level else []
        also = f" {escape(', '.join(riskier))}'s own text is riskier: see below." \
            if riskier else ""
        main = "Main text: " if state.channels else ""
        self.risk.setText(
            f'<b>Risk: <span style="color:{colour}">{level.value}</span></b>'
            f"<br>{main}{escape(reasons if main else reasons[:1].upper() + reasons[1:])}."
            f"{also}")
        shown = state.warnings if visible is None else visible
        quoted_span: tuple[int, int] | None = None
        for w in shown:
            words = state.text[w.start:w.end].replace("\n", " ")
            # Quote the flagged words once: not when the message already does, nor again
            # for the next warning on the same words (the list is in text order, so they
            # follow each other and read as more reasons about the words just quoted).
            quoted = (words and f"“{words}”" not in w.message
                      and quoted_span != (w.start, w.end))
            head = f"“{words[:60]}{'…' if len(words) > 60 else ''}”\n" if quoted else ""
            quoted_span = (w.start, w.end) if words else None
            item = QListWidgetItem(self._icons[w.severity], f"{head}{w.message}")
            item.setData(RangeRole, (w.start, w.end))
            item.setToolTip(f"{w.category.value} · {w.severity.value} · {w.code}")
            self.list.addItem(item)
        for variant in state.channels:  # not in the editor's text: listed, not jumped to
            for w in variant.risky:
                words = variant.text[w.start:w.end].replace("\n", " ")[:60]
                item = QListWidgetItem(self._icons[w.severity],
                                       f"{variant.channel} (its own text): “{words}”\n"
                                       f"{w.message}")
                item.setToolTip(f"{w.category.value} · {w.severity.value} · {w.code} · "
                                f"edit it in Publishing → Channel texts")
                item.setData(ChannelRole, variant.channel)
                self.list.addItem(item)
        if not shown and not any(v.risky for v in state.channels):
            item = QListWidgetItem("No warnings. Still, read it once more before it goes out.")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        status = escape(state.grammar_status)
        if "LanguageTool is not installed" in state.grammar_status:
            status += ' <a href="download">Download LanguageTool…</a>'
        self.grammar.setText(status)

    def recolour(self) -> None:
        """After a theme switch. Qt colours a rich-text link when the text is set, from the
        palette of that moment: the link would keep the light theme's blue (2.9:1 on the
        dark pane). Setting the text again colours it from the new palette."""
        for label in (self.risk, self.grammar):
            text = label.text()
            label.setText("")
            label.setText(text)

    def count(self) -> int:
        return sum(1 for i in range(self.list.count())
                   if self.list.item(i).data(RangeRole) is not None
                   or self.list.item(i).data(ChannelRole) is not None)

    def _activated(self, item: QListWidgetItem) -> None:
        span = item.data(RangeRole)
        if span is not None:
            self.jump_requested.emit(span[0], span[1])
