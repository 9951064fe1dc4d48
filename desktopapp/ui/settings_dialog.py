"""Settings: appearance, grammar (an opt-in LanguageTool server), the watchlist, brand
rules and the rules the user chose to ignore."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import settings as settings_service
from desktopapp.app.settings import CheckSettings, CooloffPolicy, ReviewRules
from desktopapp.config import Settings
from desktopapp.core import zones
from desktopapp.core.errors import DomainError
from desktopapp.ui.field_errors import FieldError, checked
from desktopapp.ui.theme import inset_spin_boxes

THEMES = [("system", "Follow the system"), ("light", "Light"), ("dark", "Dark")]


def _lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for line in edit.toPlainText().splitlines():
        if line.strip():
            seen.setdefault(line.strip(), None)
    return tuple(seen)


def kept(found: QListWidget) -> frozenset[str]:
    """The entries left in a removable list (not its greyed "None yet." line)."""
    return frozenset(found.item(i).text() for i in range(found.count())
                     if found.item(i).flags() != Qt.ItemFlag.NoItemFlags)


def parse_spellings(text: str) -> tuple[tuple[str, str], ...]:
    """Lines like "e-mail -> email" (or →, =>) into (wrong, right) pairs; others ignored."""
    pairs = []
    for line in text.splitlines():
        for arrow in ("->", "→", "=>"):
            if arrow in line:
                wrong, right = (part.strip() for part in line.split(arrow, 1))
                if wrong and right:
                    pairs.append((wrong, right))
                break
    return tuple(pairs)


def _reason(parse: Callable[[str], object], value: str) -> str | None:
    try:
        parse(value)
    except DomainError as exc:
        return str(exc)
    return None


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, checks: CheckSettings,
                 parent: QWidget | None = None,
                 on_download: Callable[[], None] | None = None,
                 spelling: tuple[str, frozenset[str]] = ("en-US", frozenset()),
                 rules: ReviewRules | None = None) -> None:
        super().__init__(parent)
        self._rules = rules or ReviewRules()  # the workspace's cool-off and approval age
        self._on_download = on_download
        self._spelling = spelling  # the workspace's language and dictionary
        self.setWindowTitle("Settings")
        self.setMinimumSize(560, 480)
        self._settings, self._checks = settings, checks
        self.tabs = tabs = QTabWidget()
        tabs.addTab(self._general(), "General")
        tabs.addTab(self._cooloff(), "Cool-off")
        tabs.addTab(self._grammar(), "Grammar")
        tabs.addTab(self._spelling_page(), "Spelling")
        tabs.addTab(self._watchlist(), "Watchlist")
        tabs.addTab(self._brand(), "Brand")
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        inset_spin_boxes(self)

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setObjectName("muted")
        return label

    def _general(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.theme = QComboBox()
        for key, label in THEMES:
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(self._settings.theme)))
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 40)
        self.font_size.setValue(self._settings.editor_font_size)
        self.font_size.setSuffix(" pt")
        form.addRow("Theme", self.theme)
        form.addRow("Editor text size", self.font_size)
        form.addRow(self._note("The text size applies the next time the app starts."))
        return page

    def _cooloff(self) -> QWidget:
        policy = self._rules.cooloff
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self._note("A submitted post waits before it may go out. The wait grows "
                               "with its risk and never ends at night."))
        self.base = QSpinBox()
        self.base.setRange(0, 24 * 60)
        self.base.setSuffix(" min")
        self.base.setValue(policy.base_minutes)
        self.medium = QDoubleSpinBox()
        self.medium.setRange(1, 48)
        self.medium.setPrefix("× ")
        self.medium.setValue(policy.multipliers.get("medium", 4.0))
        self.high = QSpinBox()
        self.high.setRange(0, 14 * 24)
        self.high.setSuffix(" h")
        self.high.setValue(policy.high_minutes // 60)
        self.night_start = QLineEdit(policy.night_start)
        self.night_end = QLineEdit(policy.night_end)
        self.zone = QLineEdit(policy.zone)
        self.zone.setPlaceholderText(f"this computer's ({zones.local_zone().key})")
        self.approval_days = QSpinBox()
        self.approval_days.setRange(1, 365)
        self.approval_days.setSuffix(" days")
        self.approval_days.setValue(self._rules.approval_days)
        form.addRow("Every post waits", self.base)
        form.addRow("Medium risk waits", self.medium)
        form.addRow("High risk waits", self.high)
        # A multiplier alone ("× 4.00") does not say how long a post waits: the result does.
        self.waits = QLabel()
        self.waits.setObjectName("muted")
        self.waits.setWordWrap(True)
        form.addRow("", self.waits)
        for spin in (self.base, self.medium, self.high):
            spin.valueChanged.connect(self._show_waits)
        self._show_waits()
        self.field_errors: list[FieldError] = []
        for title, field in (("Night starts at", self.night_start),
                             ("Night ends at", self.night_end),
                             ("Author's time zone", self.zone)):
            box, error = checked(field)
            form.addRow(title, box)
            self.field_errors.append(error)
        form.addRow("Approvals last", self.approval_days)
        return page

    def _show_waits(self) -> None:
        self.waits.setText(settings_service.cooloff_waits(self.result_rules().cooloff))

    def showEvent(self, event: QShowEvent) -> None:
        # The spin boxes as tall as the styled line edits under them (ragged rows otherwise).
        height = self.night_start.sizeHint().height()
        for spin in self.findChildren(QAbstractSpinBox):
            spin.setMinimumHeight(height)
        super().showEvent(event)

    def accept(self) -> None:
        """Save only what is valid: a refused field turns red with its reason and the
        dialog stays open with everything typed."""
        night_start, night_end, zone = self.field_errors
        fine = all([night_start.show_reason(_reason(zones.parse_clock,
                                                    self.night_start.text().strip())),
                    night_end.show_reason(_reason(zones.parse_clock,
                                                  self.night_end.text().strip())),
                    zone.show_reason(_reason(zones.zone_info, self.zone.text().strip())
                                     if self.zone.text().strip() else None)])
        if not fine:
            first = next(e for e in self.field_errors if e.shown)
            self.tabs.setCurrentIndex(1)
            first.field.setFocus()
            return
        super().accept()

    def result_rules(self) -> ReviewRules:
        """The cool-off policy and approval age as entered (validated when saved)."""
        policy = CooloffPolicy(
            base_minutes=self.base.value(),
            multipliers={"none": 1.0, "low": 1.0, "medium": self.medium.value()},
            high_minutes=self.high.value() * 60, night_start=self.night_start.text().strip(),
            night_end=self.night_end.text().strip(), zone=self.zone.text().strip())
        return ReviewRules(policy, self.approval_days.value())

    def _grammar(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._note(
            "Spelling is always checked on this computer. For grammar, Second Thought can use "
            "a LanguageTool server: your own, or a public one. <b>The text of your drafts is "
            "sent to that server</b>, so only add one you trust."))
        self.server = QLineEdit(self._settings.languagetool_url)
        self.server.setPlaceholderText("https://languagetool.example.org (empty: no server)")
        layout.addWidget(self.server)
        layout.addSpacing(8)
        layout.addWidget(self._local_languagetool())
        layout.addSpacing(12)
        self.ignored = self._removable_list(
            layout, "Rules you chose to ignore everywhere", self._checks.ignored_rules,
            "Check this rule again")
        return page

    @staticmethod
    def _removable_list(layout: QVBoxLayout, title: str, items: Iterable[str],
                        remove_text: str) -> QListWidget:
        """A titled list whose selected entries a button takes out (kept: what is left)."""
        layout.addWidget(QLabel(title))
        found = QListWidget()
        found.setObjectName("framedList")  # an empty list is still seen as a list
        found.setAccessibleName(title)
        found.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        found.addItems(sorted(items))
        if not found.count():
            empty = QListWidgetItem("None yet.")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            found.addItem(empty)
        layout.addWidget(found, 1)
        remove = QPushButton(remove_text)
        remove.setEnabled(False)  # until something is chosen
        found.itemSelectionChanged.connect(
            lambda: remove.setEnabled(bool(found.selectedItems())))
        remove.clicked.connect(lambda: [found.takeItem(found.row(i))
                                        for i in found.selectedItems()])
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        return found

    def _spelling_page(self) -> QWidget:
        from desktopapp.checks.spelling_languages import LANGUAGES

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._note(
            "The language drafts are checked in, for this workspace (a draft can have its "
            "own: the language under the editor). Checked on this computer."))
        self.language = QComboBox()
        self.language.setAccessibleName("Spelling language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self._spelling[0])))
        layout.addWidget(self.language)
        layout.addSpacing(12)
        self.words = self._removable_list(
            layout, "The workspace's dictionary (added with “Add to dictionary”)",
            self._spelling[1], "Remove from the dictionary")
        return page

    def result_spelling(self) -> tuple[str, frozenset[str]]:
        """The language chosen and the words kept in the dictionary."""
        return (str(self.language.currentData()),
                kept(self.words))

    def _local_languagetool(self) -> QWidget:
        """Or LanguageTool on this computer: nothing leaves it, but it is a 250 MB download
        and needs Java."""
        from desktopapp.checks import lt_download
        from desktopapp.checks.grammar import local_languagetool_dir

        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        found = local_languagetool_dir()
        problem = lt_download.java_problem()
        text = (f"LanguageTool on this computer: installed ({found.name})." if found else
                f"LanguageTool on this computer: not installed. {problem}" if problem else
                "LanguageTool on this computer: not installed. It checks grammar without "
                "sending your text anywhere (a download of about 250 MB).")
        label = self._note(text)
        row.addWidget(label, 1)
        if found is None and not problem and self._on_download is not None:
            button = QPushButton("Download…")
            button.clicked.connect(self._on_download)
            row.addWidget(button)
        return box

    def _watchlist(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self._note(
            "Topics and names to be careful about: a lawsuit, a competitor, an ex-colleague. "
            "A post that mentions one gets a warning. One per line."))
        self.watchlist = QPlainTextEdit("\n".join(self._checks.watchlist))
        layout.addWidget(self.watchlist)
        return page

    def _brand(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.banned = QPlainTextEdit("\n".join(self._checks.banned_words))
        self.banned.setPlaceholderText("cheap\nguaranteed")
        self.spellings = QPlainTextEdit("\n".join(f"{a} -> {b}"
                                                  for a, b in self._checks.preferred_spellings))
        self.spellings.setPlaceholderText("e-mail -> email\nWordpress -> WordPress")
        self.disclosure = QLineEdit(", ".join(self._checks.disclosure_tags))
        form.addRow("Words not to use\n(one per line)", self.banned)
        form.addRow("Preferred spellings\n(wrong -> right)", self.spellings)
        form.addRow("Disclosure tags for\nsponsored posts", self.disclosure)
        return page

    def result_settings(self) -> tuple[Settings, CheckSettings]:
        s = self._settings
        updated = Settings(theme=self.theme.currentData(),
                           editor_font_size=self.font_size.value(),
                           autosave_delay_ms=s.autosave_delay_ms,
                           languagetool_url=self.server.text().strip(),
                           channels=list(s.channels), extra=dict(s.extra))
        tags = tuple(t.strip() for t in self.disclosure.text().split(",") if t.strip())
        checks = CheckSettings(
            watchlist=_lines(self.watchlist), banned_words=_lines(self.banned),
            preferred_spellings=parse_spellings(self.spellings.toPlainText()),
            disclosure_tags=tags or ("#ad",),
            ignored_rules=kept(self.ignored))
        return updated, checks
