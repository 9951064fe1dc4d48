"""Drawing a post on the calendar: a chip with its channel colours, a state icon drawn
as a shape (no font needed), its time and first words. Shared by the month and week views,
and the icons by the agenda and the filter."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QIcon,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)

from desktopapp.core.calendar_entries import CalendarStatus, Entry
from desktopapp.ui.theme import Colours

STATUS_COLOURS = {
    CalendarStatus.DRAFT: "#8b949e",
    CalendarStatus.COOLING: "#0ea5e9",
    CalendarStatus.IN_REVIEW: "#d97706",
    CalendarStatus.APPROVED: "#16a34a",
    CalendarStatus.SCHEDULED: "#2563eb",
    CalendarStatus.PUBLISHED: "#15803d",
    CalendarStatus.FAILED: "#dc2626",
    CalendarStatus.PAUSED: "#9333ea",
}


def draw_status(p: QPainter, status: CalendarStatus, box: QRectF) -> None:
    """A small icon per state, told apart by shape as well as colour."""
    colour = QColor(STATUS_COLOURS[status])
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = box.adjusted(1, 1, -1, -1)
    c = r.center()
    pen = QPen(colour, max(1.3, r.width() / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    w = r.width()
    if status is CalendarStatus.DRAFT:  # an open circle: nothing decided yet
        p.drawEllipse(r)
    elif status is CalendarStatus.COOLING:  # an hourglass
        path = QPainterPath(r.topLeft())
        path.lineTo(r.topRight())
        path.lineTo(r.bottomLeft())
        path.lineTo(r.bottomRight())
        path.closeSubpath()
        p.drawPath(path)
    elif status is CalendarStatus.IN_REVIEW:  # a diamond: waiting for someone
        path = QPainterPath(QPointF(c.x(), r.top()))
        path.lineTo(r.right(), c.y())
        path.lineTo(c.x(), r.bottom())
        path.lineTo(r.left(), c.y())
        path.closeSubpath()
        p.drawPath(path)
    elif status in (CalendarStatus.APPROVED, CalendarStatus.PUBLISHED):  # a tick
        if status is CalendarStatus.PUBLISHED:  # in a filled disc: done
            p.setBrush(colour)
            p.drawEllipse(r)
            p.setPen(QPen(QColor("#ffffff"), pen.widthF()))
        p.drawPolyline([QPointF(r.left() + w * .22, c.y()), QPointF(c.x() - w * .06,
                        r.bottom() - w * .25), QPointF(r.right() - w * .18, r.top() + w * .25)])
    elif status is CalendarStatus.SCHEDULED:  # a clock
        p.drawEllipse(r)
        p.drawLine(c, QPointF(c.x(), r.top() + w * .22))
        p.drawLine(c, QPointF(r.right() - w * .25, c.y()))
    elif status is CalendarStatus.FAILED:  # a cross in a disc
        p.setBrush(colour)
        p.drawEllipse(r)
        p.setPen(QPen(QColor("#ffffff"), pen.widthF()))
        d = w * .27
        p.drawLine(QPointF(c.x() - d, c.y() - d), QPointF(c.x() + d, c.y() + d))
        p.drawLine(QPointF(c.x() - d, c.y() + d), QPointF(c.x() + d, c.y() - d))
    elif status is CalendarStatus.PAUSED:  # two bars
        p.setBrush(colour)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawRect(QRectF(r.left() + w * .15, r.top(), w * .25, r.height()))
        p.drawRect(QRectF(r.right() - w * .4, r.top(), w * .25, r.height()))
    p.restore()


def status_icon(status: CalendarStatus, size: int = 16) -> QIcon:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    draw_status(p, status, QRectF(2, 2, size - 4, size - 4))
    p.end()
    return QIcon(pixmap)


def draw_chip(p: QPainter, rect: QRectF, entry: Entry, label: str, colours: Colours,
              *, selected: bool = False, dimmed: bool = False) -> None:
    """A post: channel colour stripe(s) on the left, state icon, time, first words."""
    p.save()
    colours_of = [QColor(c.color or colours.muted) for c in entry.channels] \
        or [QColor(colours.muted)]
    alpha = 25 if dimmed else 150 if selected else 60
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    # A post to several channels is filled in equal bands of each channel's colour
    # (hard stops), so neither channel hides the other.
    fill = QLinearGradient(rect.topLeft(), rect.topRight())
    for i, colour in enumerate(colours_of):
        tinted = QColor(colour)
        tinted.setAlpha(alpha)
        fill.setColorAt(i / len(colours_of), tinted)
        fill.setColorAt(max(0.0, (i + 1) / len(colours_of) - 1e-4), tinted)
    p.setBrush(QBrush(fill))
    p.drawRoundedRect(rect, 4, 4)
    stripe = QRectF(rect.left(), rect.top(), 4, rect.height())
    part = stripe.height() / len(colours_of)
    for i, colour in enumerate(colours_of):  # one band per channel
        p.fillRect(QRectF(stripe.left(), stripe.top() + i * part, 4, part), colour)
    icon_size = min(rect.height() - 4, 12.0)
    draw_status(p, entry.status, QRectF(rect.left() + 7, rect.top() + (min(rect.height(), 20)
                                                                        - icon_size) / 2,
                                        icon_size, icon_size))
    p.setPen(QColor(colours.text if not dimmed else colours.muted))
    metrics = p.fontMetrics()
    text_rect = QRectF(rect.left() + 10 + icon_size, rect.top(), rect.width() - 14 - icon_size,
                       rect.height())
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    line = f"{label}  {entry.preview or '(empty draft)'}"
    if rect.height() < 2.2 * metrics.height():
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(text_rect.width()))
        p.drawText(text_rect, flags, line)
    else:
        p.drawText(text_rect.adjusted(0, 2, 0, 0), flags | Qt.TextFlag.TextWordWrap, line)
    p.restore()


def tooltip_html(entry: Entry, label: str, warnings: int | None) -> str:
    import html

    channels = ", ".join(c.name for c in entry.channels) or "no channel yet"
    text = html.escape(entry.text[:700] + ("…" if len(entry.text) > 700 else ""))
    warn = "" if warnings is None else (
        f"{warnings} warning{'s' if warnings != 1 else ''}" if warnings else "No warnings")
    tags = ("Tags: " + ", ".join(entry.tags)) if entry.tags else ""
    return (f"<b>{html.escape(label)}</b> · {html.escape(channels)}<br>"
            f"<i>{entry.status.value.capitalize()}</i>. {html.escape(entry.approval)} "
            f"{warn}<hr><div style='white-space:pre-wrap'>{text or '(empty draft)'}</div>"
            + (f"<br><small>{html.escape(tags)}</small>" if tags else ""))
