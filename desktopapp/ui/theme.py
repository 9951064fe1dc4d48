"""Light and dark palettes on the Fusion style, following the system colour scheme."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from desktopapp.records import record

if TYPE_CHECKING:  # each Qt class brings its enums into Python on first use: QStyle's
    # (~1,000 members) are not needed for the first frame
    from PySide6.QtWidgets import QApplication, QProxyStyle, QToolBar, QWidget

# Given to QApplication by the launcher (see `fusion_from_start`), so that no QStyle object
# has to reach Python before the first frame.
STYLE_ARGS = ["-style", "Fusion"]
_FUSION_SET = "secondthoughtFusion"  # an application property: Fusion is in place


@record
class Colours:
    window: str
    base: str
    alt_base: str
    text: str
    muted: str
    accent: str
    border: str
    highlight_match: str
    diff_insert: str
    diff_delete: str
    danger: str
    banner: str
    selection: str
    # The keyboard focus ring: strong against both the window and the base colour
    # (WCAG 2.2 asks 3:1 for a focus indicator).
    focus: str = "#3b5bdb"


LIGHT = Colours("#f6f7f9", "#ffffff", "#f0f2f5", "#1f2328", "#656d76", "#3b5bdb", "#d0d7de",
                "#fff3a3", "#d1f5d3", "#ffd7d5", "#cf222e", "#fff8c5", "#dbe4ff", "#1d4ed8")
DARK = Colours("#1e2024", "#16181c", "#23262b", "#e6e8eb", "#9aa1a9", "#748ffc", "#3a3f46",
               "#6b5a00", "#1f4d2b", "#5c1f22", "#ff7b72", "#3d3414", "#2b3a67", "#8fa7ff")


def system_prefers_dark() -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    return scheme == Qt.ColorScheme.Dark


def resolve(preference: str) -> Colours:
    if preference == "dark":
        return DARK
    if preference == "light":
        return LIGHT
    return DARK if system_prefers_dark() else LIGHT


@cache
def _toolbar_style_class() -> type[QProxyStyle]:
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption

    class ToolbarStyle(QProxyStyle):
        """Fusion, with a toolbar overflow button wide enough to see and hit (12 px, with
        a faint arrow, looked like nothing was there: buttons just vanished at 1024 px)."""

        def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                        widget: QWidget | None = None) -> int:
            if metric == QStyle.PixelMetric.PM_ToolBarExtensionExtent:
                return 30
            return super().pixelMetric(metric, option, widget)

    return ToolbarStyle


def style_toolbar(toolbar: QToolBar) -> None:
    """Give the toolbar its wide overflow button. Only the toolbar gets this style: set on
    the whole application, every metric any widget asks for went through Python."""
    from PySide6.QtWidgets import QStyleFactory

    style = _toolbar_style_class()(QStyleFactory.create("Fusion"))
    style.setParent(toolbar)  # lives as long as the toolbar (a widget does not own it)
    toolbar.setStyle(style)


def style_overflow(toolbar: QToolBar) -> None:
    """The toolbar's overflow button (Qt's, shown when the window is too narrow for
    every button): a visible chevron with a name, not Fusion's faint 12 px arrow (in the
    dark theme it could not be seen at all). Again after a theme switch: the icon's
    colour follows the palette."""
    from PySide6.QtWidgets import QToolButton

    from desktopapp.ui.icons import icon

    chevron = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if chevron is not None:
        chevron.setIcon(icon("chevron"))
        chevron.setToolTip("More toolbar buttons")
        chevron.setAccessibleName("More toolbar buttons")


def inset_spin_boxes(parent: QWidget) -> None:
    """Give the spin boxes and date/time edits in `parent` the line edits' left inset. The
    style sheet cannot: Qt lays a spin box's inner line edit flush with its frame and
    ignores both the box's padding and the inner edit's."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

    for box in parent.findChildren(QAbstractSpinBox):
        edit = box.findChild(QLineEdit)
        if edit is not None:
            edit.setTextMargins(5, 0, 0, 0)


def fusion_from_start(app: QApplication) -> None:
    """`app` was created with STYLE_ARGS: Fusion is already its style."""
    app.setProperty(_FUSION_SET, True)


def apply(app: QApplication, colours: Colours, *, style_sheet: bool = True) -> None:
    """The palette and (unless `style_sheet` is False: see `apply_style_sheet`) the style
    sheet for `colours`."""
    if not app.property(_FUSION_SET):  # the launcher's STYLE_ARGS, or set here once
        app.setStyle("Fusion")
        app.setProperty(_FUSION_SET, True)
    palette = QPalette()
    role = QPalette.ColorRole
    palette.setColor(role.Window, QColor(colours.window))
    palette.setColor(role.WindowText, QColor(colours.text))
    palette.setColor(role.Base, QColor(colours.base))
    palette.setColor(role.AlternateBase, QColor(colours.alt_base))
    palette.setColor(role.Text, QColor(colours.text))
    palette.setColor(role.Button, QColor(colours.alt_base))
    palette.setColor(role.ButtonText, QColor(colours.text))
    palette.setColor(role.ToolTipBase, QColor(colours.base))
    palette.setColor(role.ToolTipText, QColor(colours.text))
    palette.setColor(role.PlaceholderText, QColor(colours.muted))
    palette.setColor(role.Highlight, QColor(colours.accent))
    palette.setColor(role.HighlightedText, QColor("#ffffff"))
    palette.setColor(role.Link, QColor(colours.accent))
    palette.setColor(role.Mid, QColor(colours.border))
    # Fusion draws tab and frame highlights in Light: white, a bright line in the dark.
    dark = QColor(colours.window).lightness() < 128
    palette.setColor(role.Light, QColor(colours.border if dark else "#ffffff"))
    for group in (QPalette.ColorGroup.Disabled,):
        palette.setColor(group, role.Text, QColor(colours.muted))
        palette.setColor(group, role.ButtonText, QColor(colours.muted))
        palette.setColor(group, role.WindowText, QColor(colours.muted))
    app.setPalette(palette)
    if style_sheet:
        apply_style_sheet(app, colours)


def apply_style_sheet(app: QApplication, colours: Colours) -> None:
    """The application's style sheet. At start-up the launcher sets it once the main window
    is assembled, just before it is shown: with a sheet in place, every widget added to
    its parent re-resolves the sheet's rules for its whole subtree (a quarter of building
    the window); set afterwards, each widget is polished once, when shown."""
    from desktopapp.ui.icons import icon_path

    # Fusion's own arrow sat on a raised, bevelled button (a dark "L" beside the flat,
    # rounded field): a plain chevron in the muted colour instead.
    dark = QColor(colours.window).lightness() < 128
    arrow = icon_path("combo-arrow-dark" if dark else "combo-arrow-light").as_posix()
    # Fusion outlines a check box in a shade of the window colour: in the dark theme a
    # black edge on near-black, unseen. A muted edge (≥ 3:1 in both themes) instead.
    check = icon_path("check-dark" if dark else "check-light").as_posix()
    # Spin boxes get the line edits' rounded border; their buttons then need the sheet's
    # arrows too (a styled frame drops Fusion's), the combo's chevron and its mirror.
    up = icon_path("spin-up-dark" if dark else "spin-up-light").as_posix()
    sheet = _STYLE.format(c=colours, arrow=arrow, check=check, up=up)
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


_STYLE = """
QToolBar {{ border: none; spacing: 4px; padding: 4px 8px; background: {c.window}; }}
QToolBar QToolButton {{ padding: 4px 8px; border-radius: 6px; }}
QToolBar QToolButton:hover {{ background: {c.alt_base}; }}
QToolBar QToolButton:checked {{ background: {c.alt_base}; }}
QSplitter::handle {{ background: {c.border}; }}
QSplitter::handle:horizontal {{ width: 1px; }}
QListView, QListWidget {{ border: none; background: {c.base}; outline: none; }}
QListWidget#framedList {{ border: 1px solid {c.border}; border-radius: 6px; }}
QListWidget::item {{ padding: 4px 6px; border-radius: 4px; }}
QListWidget::item:selected {{ background: {c.selection}; color: {c.text}; }}
QLineEdit, QComboBox {{ padding: 4px 6px; border: 1px solid {c.border}; border-radius: 6px;
    background: {c.base}; }}
QLineEdit:focus {{ border-color: {c.accent}; }}
QAbstractSpinBox {{ border: 1px solid {c.border}; border-radius: 6px; background: {c.base};
    min-height: 22px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border;
    width: 18px; border: none; background: transparent; }}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; }}
QAbstractSpinBox::up-arrow {{ image: url("{up}"); width: 10px; height: 10px; }}
QAbstractSpinBox::down-arrow {{ image: url("{arrow}"); width: 10px; height: 10px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled {{ image: none; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right;
    width: 18px; border: none; }}
QComboBox::down-arrow {{ image: url("{arrow}"); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{ background: {c.base}; color: {c.text}; outline: none;
    border: 1px solid {c.border}; selection-background-color: {c.selection};
    selection-color: {c.text}; }}
QComboBox QAbstractItemView::item {{ min-height: 22px; padding: 0 6px; }}
QComboBox QAbstractItemView::item:selected {{ background: {c.selection}; color: {c.text}; }}
QPlainTextEdit#editor {{ border: 2px solid transparent; border-radius: 4px;
    background: {c.base}; }}
QPlainTextEdit#notes {{ border: 1px solid {c.border}; border-radius: 6px;
    background: {c.alt_base}; }}
QTextBrowser {{ border: 1px solid {c.border}; border-radius: 6px; background: {c.base}; }}
QLabel#muted {{ color: {c.muted}; }}
QLabel#paneTitle {{ font-weight: 600; }}
QFrame#banner {{ background: {c.banner}; border-radius: 6px; }}
QFrame#errorBanner {{ background: {c.diff_delete}; border-radius: 6px; }}
QFrame#sidePane {{ background: {c.window}; }}
QStatusBar {{ color: {c.muted}; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"], QDateTimeEdit[invalid="true"] {{
    border: 1px solid {c.danger}; border-radius: 6px; }}
QLabel#fieldError {{ color: {c.danger}; }}
QLabel#dangerSummary {{ background: {c.diff_delete}; color: {c.text}; border-radius: 6px;
    padding: 8px; }}
QToolButton#chip {{ border: 1px solid {c.border}; border-radius: 11px; padding: 2px 8px;
    background: {c.base}; color: {c.text}; }}
QToolButton#chip:hover {{ background: {c.alt_base}; }}
QToolButton#chip:checked {{ background: {c.selection}; }}
QToolButton#chip[danger="true"] {{ color: {c.danger}; border-color: {c.danger}; }}
QToolButton#footerLink {{ border: none; padding: 2px 4px; color: {c.muted}; }}
QToolButton#footerLink:hover {{ background: {c.alt_base}; color: {c.text}; }}
QLabel#stateBadge {{ color: {c.muted}; padding: 2px 4px; }}
QPushButton {{ background: {c.alt_base}; color: {c.text}; border: 1px solid {c.border};
    border-radius: 6px; padding: 4px 12px; min-height: 18px; }}
QPushButton:hover {{ border-color: {c.muted}; }}
QPushButton:pressed, QPushButton:checked {{ background: {c.selection}; }}
QPushButton:default {{ border-color: {c.accent}; }}
QPushButton:disabled {{ color: {c.muted}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled {{ background: {c.alt_base};
    color: {c.muted}; }}
QPushButton:focus, QToolButton:focus, QToolButton#chip:focus,
QToolButton#footerLink:focus {{ border: 2px solid {c.focus}; }}
QPushButton:focus {{ padding: 3px 11px; }}
QToolButton#chip:focus {{ padding: 1px 7px; }}
QToolButton#footerLink:focus {{ padding: 0 2px; border-radius: 6px; }}
QToolButton:focus {{ border-radius: 6px; }}
QLineEdit:focus, QComboBox:focus, QAbstractSpinBox:focus {{ border: 2px solid {c.focus};
    padding: 3px 5px; }}
QPlainTextEdit#notes:focus, QTextBrowser:focus {{ border: 2px solid {c.focus}; }}
QPlainTextEdit#editor:focus {{ border: 2px solid {c.focus}; border-radius: 4px; }}
QListView:focus, QListWidget:focus, QTableView:focus, QTreeView:focus {{
    border: 2px solid {c.focus}; }}
QCheckBox::indicator {{ width: 14px; height: 14px; border: 1px solid {c.muted};
    border-radius: 3px; background: {c.base}; }}
QCheckBox::indicator:checked {{ image: url("{check}"); }}
QCheckBox::indicator:disabled {{ border-color: {c.border}; background: {c.alt_base}; }}
QCheckBox:focus, QRadioButton:focus {{ background: {c.selection}; border-radius: 4px; }}
QTabBar::tab:focus {{ color: {c.accent}; text-decoration: underline; }}
QToolTip {{ color: {c.text}; background: {c.base}; border: 1px solid {c.border}; }}
"""
