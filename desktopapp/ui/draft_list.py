"""The draft list: a paged Qt model over core.drafts and a delegate that draws each row
(first line, preview with search matches highlighted, state and age)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from desktopapp.core.draft_filter import DraftFilter
from desktopapp.ui import later
from desktopapp.ui.markup import escape
from desktopapp.ui.theme import Colours

if TYPE_CHECKING:
    from desktopapp.app import drafts as app_drafts
    from desktopapp.app.context import AppContext
else:  # loaded once the window has attached its workspace (ui/later.py)
    app_drafts = later.module("desktopapp.app.drafts")

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo  # loaded when a dated row is first drawn

PAGE = 100  # rows per fetch; a screen shows about a dozen
DraftIdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def relative_age(when: datetime, now: datetime | None = None) -> str:
    now = now or datetime.now(UTC)
    seconds = max(0, int((now - when).total_seconds()))
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{seconds // 60} min ago"
    if seconds < 86400:
        return f"{seconds // 3600} h ago"
    local = when.astimezone()
    if seconds < 7 * 86400:
        return local.strftime("%a %H:%M")
    return local.strftime("%d %b %Y")


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def scheduled_text(when: datetime, zone: ZoneInfo, now: datetime | None = None) -> str:
    """A list row's date: "Thu 3 Dec 09:00", with the year only when it is not this year's."""
    local = when.astimezone(zone)
    year = (now or datetime.now(zone)).astimezone(zone).year
    return f"{local:%a} {local.day} {local:%b}{f' {local.year}' if local.year != year else ''}" \
        f" {local:%H:%M}"


def row_labels(summary: app_drafts.DraftSummary, zone: Callable[[], ZoneInfo]) -> list[str]:
    """What the second line of a row says before the preview: its state (unless a plain
    draft), when it is scheduled for (unless already out), its tags."""
    labels = [] if summary.state.value == "draft" else [summary.state.label]
    if summary.scheduled_at is not None and summary.state.value != "published":
        labels.append(f"Scheduled {scheduled_text(summary.scheduled_at, zone())}")
    # Tags by name, not as "#tag": that reads as a hashtag that goes out with the post.
    if summary.tags:
        labels.append(("Tag: " if len(summary.tags) == 1 else "Tags: ") + ", ".join(summary.tags))
    return labels


def title_and_preview(text: str, empty: str = "Empty draft") -> tuple[str, str]:
    """The first line (or first sentence of a one-line draft) as a title, the rest after it."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return empty, ""
    first, rest = lines[0], " ".join(lines[1:])
    parts = _SENTENCE_END.split(first, maxsplit=1)
    if len(parts) == 2 and len(parts[0]) >= 12:
        first, rest = parts[0], (parts[1] + " " + rest).strip()
    return first, rest


def row_title(summary: app_drafts.DraftSummary) -> tuple[str, str]:
    """A draft never saved with text is a new one ("Empty draft" read as a fault)."""
    return title_and_preview(summary.preview, "New draft" if summary.created_at ==
                             summary.updated_at else "Empty draft")


class DraftListModel(QAbstractListModel):
    """Loads rows a page at a time so a 10,000-draft workspace opens as fast as an empty one."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._rows: list[app_drafts.DraftSummary] = []
        self._filter = DraftFilter()
        self._exhausted = True
        self.terms: list[str] = []
        self._zone: ZoneInfo | None = None  # read when a dated row is first drawn

    def zone(self) -> ZoneInfo:
        """The zone dates are shown in (the workspace's display zone), read once per reload."""
        if self._zone is None:
            self._zone = app_drafts.display_zone(self.ctx)
        return self._zone

    # --- Qt model API -------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row_title(row)[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.preview[:300]
        if role == DraftIdRole:
            return row.id
        if role == SummaryRole:
            return row
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        page = app_drafts.list_page(self.ctx, self._filter, PAGE, offset=len(self._rows))
        self._exhausted = len(page) < PAGE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # --- our API ------------------------------------------------------------
    @property
    def current_filter(self) -> app_drafts.DraftFilter:
        return self._filter

    def set_filter(self, flt: app_drafts.DraftFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self.terms = app_drafts.query_terms(flt.text)
        self._rows = app_drafts.list_page(self.ctx, flt, PAGE)
        self._exhausted = len(self._rows) < PAGE
        self.endResetModel()

    def reload(self) -> None:
        """Re-read the rows, as many as were loaded (a refresh keeps the scrolled-to part)."""
        self.beginResetModel()
        limit = max(PAGE, len(self._rows))
        self._zone = None  # the display zone may have changed with the rest
        self._rows = app_drafts.list_page(self.ctx, self._filter, limit)
        self._exhausted = len(self._rows) < limit
        self.endResetModel()

    def row_of(self, draft_id: int) -> int:
        for i, row in enumerate(self._rows):
            if row.id == draft_id:
                return i
        return -1

    def refresh_row(self, draft_id: int, preview: str, updated_at: datetime | None) -> None:
        """Update one row in place after a save (re-sorting under the typist would jump);
        `updated_at` None: the text only (typed, not saved yet)."""
        i = self.row_of(draft_id)
        if i < 0:
            return
        old = self._rows[i]
        self._rows[i] = app_drafts.DraftSummary(
            old.id, preview[: app_drafts.PREVIEW_CHARS], old.state, old.created_at,
            old.updated_at if updated_at is None else updated_at, old.trashed, old.tags,
            old.scheduled_at)
        index = self.index(i)
        self.dataChanged.emit(index, index)

    def preview_of(self, draft_id: int) -> str | None:
        i = self.row_of(draft_id)
        return self._rows[i].preview if i >= 0 else None


def highlighted_html(text: str, terms: list[str], colour: str) -> str:
    escaped = escape(text)
    if not terms:
        return escaped
    pattern = re.compile(r"\b(" + "|".join(re.escape(escape(t)) for t in terms) + r")",
                         re.IGNORECASE)
    return pattern.sub(lambda m: f'<span style="background:{colour}">{m.group(0)}</span>', escaped)


class DraftDelegate(QStyledItemDelegate):
    ROW_HEIGHT = 64

    def __init__(self, model: DraftListModel, colours: Colours) -> None:
        super().__init__()
        self._model = model
        self.colours = colours

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(0, self.ROW_HEIGHT)  # rows take the view's width, never wider

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        summary: app_drafts.DraftSummary = index.data(SummaryRole)
        if summary is None:
            return
        c = self.colours
        painter.save()
        rect = option.rect
        # What option.state's State_Selected says, asked of the view: reading option.state
        # brings QStyle's ~1,000 enum members into Python, ~10 ms of the first frame.
        view = option.widget
        selected = isinstance(view, QAbstractItemView) and \
            view.selectionModel().isSelected(index)
        if selected:
            painter.fillRect(rect, QColor(c.accent).lighter(185) if c.base == "#ffffff"
                             else QColor(c.accent).darker(250))
        painter.setPen(QColor(c.border))
        painter.drawLine(rect.left() + 12, rect.bottom(), rect.right() - 12, rect.bottom())
        title, preview = row_title(summary)
        inner = rect.adjusted(14, 9, -12, -8)
        age = relative_age(summary.updated_at)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.88)
        painter.setFont(small)
        age_width = QFontMetrics(small).horizontalAdvance(age) + 4
        painter.setPen(QColor(c.muted))
        painter.drawText(QRect(inner.right() - age_width, inner.top(), age_width, 18),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), age)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        self._draw_rich(painter, QRect(inner.left(), inner.top(), inner.width() - age_width - 8,
                                       20), title, bold, c.text)
        labels = row_labels(summary, self._model.zone)
        prefix = " · ".join(labels) + (" · " if labels and preview else "")
        self._draw_rich(painter, QRect(inner.left(), inner.top() + 22, inner.width(), 20),
                        preview, small, c.muted, prefix=prefix)
        painter.restore()

    def _draw_rich(self, painter: QPainter, rect: QRect, text: str, font: QFont, colour: str,
                   prefix: str = "") -> None:
        metrics = QFontMetrics(font)
        # Elide first so the rich-text document never lays out a whole long draft.
        visible = metrics.elidedText(prefix + text, Qt.TextElideMode.ElideRight, rect.width())
        doc = QTextDocument()
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        body = highlighted_html(visible, self._model.terms, self.colours.highlight_match)
        doc.setHtml(f'<span style="color:{colour}; white-space:pre">{body}</span>')
        painter.save()
        painter.translate(rect.topLeft())
        doc.drawContents(painter)
        painter.restore()
