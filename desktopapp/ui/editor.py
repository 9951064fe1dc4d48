"""The editor pane: tags, the text, counts and save status, with autosave and error banners."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktopapp.app import context as app_context
from desktopapp.checks.model import CheckWarning
from desktopapp.core.errors import ConflictError, DomainError
from desktopapp.core.states import DraftState
from desktopapp.ui import editor_fields, later
from desktopapp.ui.autosave import AutosaveTimer, gil_handover
from desktopapp.ui.banners import Banner, ConflictBanner
from desktopapp.ui.composer import Composer
from desktopapp.ui.draft_text import DraftTextEdit
from desktopapp.ui.highlighter import WarningHighlighter
from desktopapp.ui.icons import icon
from desktopapp.ui.lifecycle_bar import LifecycleBar
from desktopapp.ui.live_checks import CheckState, LiveChecker
from desktopapp.ui.spelling_ui import SpellingControl

if TYPE_CHECKING:
    from desktopapp.app import drafts, editing
    from desktopapp.app.context import AppContext
else:  # loaded once the window has attached its workspace (ui/later.py)
    drafts = later.module("desktopapp.app.drafts")
    editing = later.module("desktopapp.app.editing")

if TYPE_CHECKING:  # a team workspace's guard: loaded only there
    from desktopapp.ui.offline_guard import OfflineHook


class EditorPane(QWidget):
    saved = Signal(int, str, object)  # draft id, body, updated_at
    tags_changed = Signal(int)
    restore_requested = Signal(int)
    status = Signal(str)

    checks_updated = Signal(object, object)  # CheckState, its warnings minus "ignore here"

    def __init__(self, ctx: AppContext, live: LiveChecker, channels: tuple[str, ...],
                 danger_colour: str, font_size: int = 13, autosave_ms: int = 1000) -> None:
        super().__init__()
        self.ctx = ctx
        self.live = live
        self.check_state: CheckState | None = None
        self._ignored_here: set[tuple[str, str]] = set()
        self.draft: drafts.DraftInfo | None = None
        # The version this text was edited from and its text then: a save expects that
        # version; another writer's change to the text is a conflict, to anything else not.
        self.version = 0
        self._base_body = ""
        self.base_notes = ""  # the notes as last loaded or saved (what a save builds on)
        self._conflict: drafts.DraftInfo | None = None
        self._loading = False
        self.offline: OfflineHook | None = None  # set by the window on a team workspace
        self.autosave = AutosaveTimer(self._save_now, autosave_ms, self)
        self.autosave.failed.connect(self._on_save_failed)
        self.autosave.recovered.connect(self._on_recovered)
        self.notes_autosave = AutosaveTimer(self._save_notes_now, autosave_ms, self)
        self.notes_autosave.failed.connect(self._on_save_failed)
        self.notes_autosave.recovered.connect(self._on_recovered)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        self.trash_banner = Banner("banner", "Restore")
        self.trash_banner.button.clicked.connect(
            lambda: self.draft and self.restore_requested.emit(self.draft.id))
        self.error_banner = Banner("errorBanner", "Try again")
        self.error_banner.button.clicked.connect(self.flush)
        self.lifecycle = LifecycleBar(ctx)
        from desktopapp.ui.decision_banner import DecisionBanner  # it imports Banner
        from desktopapp.ui.half_sent_bar import HalfSentBar

        self.decision_banner = DecisionBanner(ctx)
        self.half_sent = HalfSentBar(ctx)
        self.conflict_banner = ConflictBanner()
        self.conflict_banner.keep_mine.connect(self.keep_mine)
        self.conflict_banner.use_theirs.connect(self.use_theirs)
        layout.addWidget(self.trash_banner)
        layout.addWidget(self.half_sent)
        layout.addWidget(self.decision_banner)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.conflict_banner)
        layout.addWidget(self.lifecycle)

        self.tag_row, self._tag_icon, self.tags = editor_fields.tag_row()
        self.tags.editingFinished.connect(self._save_tags)
        layout.addWidget(self.tag_row)

        self.text = DraftTextEdit(font_size)
        self.text.textChanged.connect(self._on_text_changed)
        self.text.focus_lost.connect(self.autosave.flush)
        self.text.warning_source = self._current_warnings
        self.text.spelling = live.grammar.offline if live.grammar is not None else None
        self.text.replace_requested.connect(self.text.replace_range)
        self.text.ignore_here_requested.connect(self._ignore_here)
        self.text.ignore_rule_requested.connect(self._ignore_rule)
        self.highlighter = WarningHighlighter(self.text.document())
        self.live.updated.connect(self._on_checks)
        self.composer = c = Composer(ctx, live, self.text, channels, danger_colour, font_size,
                                     autosave_ms, self)
        c.context_changed.connect(self._update_context)
        c.pane.failed.connect(self._on_save_failed)
        self.lengths, self.counts, self.save_state = c.lengths, c.counts, c.save_state
        self.spelling = SpellingControl(ctx, self.text.spelling, self)
        self.spelling.changed.connect(self.recheck)
        self.spelling.status.connect(self.status)
        self.text.add_word_requested.connect(self.spelling.add_word)
        c.second_row.insertWidget(1, self.spelling.button)
        layout.insertWidget(layout.indexOf(self.lifecycle) + 1, self.spelling.banner)
        layout.addWidget(c.chips)
        layout.addWidget(c.stack, 1)

        self.notes = editor_fields.notes_edit()
        self.notes.textChanged.connect(self._on_notes_changed)
        self.notes.focus_lost.connect(self.notes_autosave.flush)
        layout.addWidget(self.notes)
        c.above, c.below, c.tail = (self.tags,), (self.notes,), (self.spelling.button,)

        layout.addWidget(c.footer)
        self.refresh_icons()
        # Nothing loaded here: the owner loads the first draft (or None) right away
        # (DraftsController.start); an empty load first cost a second round of queries.

    @property
    def actor_id(self) -> int:
        """Who is editing (known once the window has attached its workspace)."""
        return self.ctx.actor

    def refresh_icons(self) -> None:
        self._tag_icon.setPixmap(icon("tag").pixmap(16, 16))
        self.trash_banner.button.setIcon(icon("restore"))
        self.composer.details.refresh_icons()

    # --- loading ------------------------------------------------------------
    def load(self, draft: drafts.DraftInfo | None) -> None:
        self.autosave.reset()
        self.error_banner.hide()
        self.conflict_banner.hide()
        self._conflict = None
        self.draft = draft
        self.version = draft.version if draft else 0
        self._base_body = draft.body if draft else ""
        self._loading = True
        self.text.setPlainText(draft.body if draft else "")
        self.notes.setPlainText(draft.notes if draft else "")
        self.base_notes = draft.notes if draft else ""
        self._loading = False
        self.notes_autosave.reset()
        self.tags.setText(", ".join(draft.tags) if draft else "")
        trashed = bool(draft and draft.trashed_at)
        # Going out now: its content is frozen (core refuses changes; so does the editor).
        editable = draft is not None and not trashed and \
            draft.state is not DraftState.PUBLISHING
        self.decision_banner.show_for(draft.id if draft else None, self.text)
        self.half_sent.show_draft(draft.id if draft else None)
        self.text.setReadOnly(not editable)
        self.tags.setReadOnly(not editable)
        self.composer.load(draft.id if draft else None, editable)
        self.spelling.load(draft.id if draft else None)
        self.notes.setReadOnly(not editable)
        self.trash_banner.setVisible(trashed)
        # With no draft open there is nothing to tag or annotate: keep the pane quiet.
        self.tag_row.setVisible(draft is not None)
        self.notes.setVisible(draft is not None)
        if trashed:
            self.trash_banner.label.setText("This draft is in the Trash. Restore it to edit it.")
        if draft is None:
            self.text.setPlaceholderText(
                "No draft open.\n\nPress Ctrl+N to start a new one, or pick one on the left.")
        else:
            self.text.setPlaceholderText("Write your post here. It is saved as you type.")
            self.text.moveCursor(QTextCursor.MoveOperation.End)
        self.save_state.setText("")
        self._update_counts()
        self.lifecycle.show_draft(draft.id if draft else None)
        self._ignored_here = editing.ignored_here(self.ctx, draft.id) if draft else set()
        self.check_state = None
        self.highlighter.set_warnings("", [])
        self._update_context(recheck=False)
        # Not immediately: on start-up the first frame should be painted before a worker
        # competes with it for the GIL (the debounce is 150 ms).
        self.live.text_changed(draft.body if draft else "")

    def follow(self, info: drafts.DraftInfo) -> bool:
        """The open draft changed in the database (another window, the CLI, a reviewer):
        show the new state. Text is replaced only when nothing typed here is unsaved, and
        the cursor stays where it was. True when anything shown changed."""
        old = self.draft
        if old is None or old.id != info.id:
            return False
        self.composer.refresh()  # channels, schedule, images or state may have changed
        if info.body == self._base_body and info.trashed_at == old.trashed_at:
            # The text was not changed elsewhere: whatever is typed here builds on it.
            self.version = info.version
        if (info.body == self.text.toPlainText() and info.notes == self.notes.toPlainText()
                and info.tags == old.tags and info.trashed_at == old.trashed_at):
            self.draft = info  # only its state, at most: the text stays untouched
            self.version, self._base_body, self.base_notes = info.version, info.body, info.notes
            # A decision or a move keeps the state but moves the version: the bar shows it.
            if info.state != old.state or info.version != old.version:
                self.lifecycle.show_draft(info.id)
            return info.state != old.state
        if self.autosave.dirty or self.notes_autosave.dirty:
            return False  # saving will meet the newer version and keep both texts
        cursor = self.text.textCursor().position()
        had_focus = self.text.hasFocus()
        self.load(info)
        moved = self.text.textCursor()
        moved.setPosition(min(cursor, len(self.text.toPlainText())))
        self.text.setTextCursor(moved)
        if had_focus:
            self.focus_text()
        return True

    # --- saving -------------------------------------------------------------
    def _on_text_changed(self) -> None:
        self._update_counts()
        if self._loading or self.draft is None or self.text.isReadOnly():
            return
        self.live.text_changed(self.text.toPlainText())
        if self.decision_banner.isVisible():  # the author is answering it: done
            self.decision_banner.hide()
            self.text.setExtraSelections([])
        self.save_state.setText("Editing…")
        self.autosave.touch()

    def _save_now(self, kind: drafts.SaveKind | None = None) -> str | None:
        """Save the text (an autosave unless `kind` says otherwise)."""
        if self.draft is None:
            return None
        kind = drafts.SaveKind.AUTOSAVE if kind is None else kind
        if self._conflict is not None:
            return "Changed elsewhere: choose which text to keep, above."
        body = self.text.toPlainText()
        keep = self.offline  # a team workspace: the journal for when the server is away
        if keep is not None and keep.is_offline():
            return keep.keep(self.draft.id, self.version, self._base_body, body)
        try:
            with gil_handover(0.0005):
                result = drafts.save_body(self.ctx, self.draft.id, body, kind,
                                          expected_version=self.version)
        except ConflictError:
            return self._on_conflict(body, kind)
        except DomainError as exc:
            return str(exc)
        except app_context.DATA_ERRORS as exc:
            if keep is not None and keep.lost(exc):
                return keep.keep(self.draft.id, self.version, self._base_body, body)
            return app_context.explain(exc)
        if keep is not None:
            keep.saved(self.draft.id, body)
        self.version, self._base_body = result.version, body
        self.save_state.setText("Saved")
        if self.draft.state.value == "submitted":
            self.lifecycle.show_draft(self.draft.id)  # an edit restarted the cool-off
        self.save_state.setToolTip(f"Saved as revision {result.revision_number} at "
                                   f"{result.updated_at.astimezone():%H:%M:%S}")
        self.saved.emit(self.draft.id, body, result.updated_at)
        return None

    def _on_conflict(self, body: str, kind: drafts.SaveKind) -> str | None:
        """Another writer got there first. If it did not touch the text (a review, a
        schedule), save on top of it; otherwise keep both and let the person choose."""
        assert self.draft is not None
        current = drafts.get(self.ctx, self.draft.id)
        if current.body == self._base_body:
            self.version = current.version
            return self._save_now(kind)
        self._conflict = current
        self.conflict_banner.show_conflict(current.body, current.version,
                                           drafts.text_changed_by(self.ctx, current.id))
        self.save_state.setText("Not saved")
        return "Changed elsewhere: choose which text to keep, above."

    def keep_mine(self) -> None:
        if self._conflict is None:
            return
        self.version, self._base_body = self._conflict.version, self._conflict.body
        self._conflict = None
        self.conflict_banner.hide()
        if self.autosave.flush():
            self.status.emit("Your text is saved as the newest version")

    def use_theirs(self) -> None:
        current = self._conflict
        if current is None or self.draft is None:
            return
        drafts.keep_text(self.ctx, current.id, self.text.toPlainText())
        self.load(drafts.get(self.ctx, current.id))
        self.status.emit("Showing the other version; yours is in the history")

    def save_manually(self) -> bool:
        """Ctrl+S: save now and seal the revision so it stays in the history."""
        if self.draft is None or self.text.isReadOnly():
            return True
        self.autosave.reset()
        error = self._save_now(drafts.SaveKind.MANUAL)
        if error:
            self.autosave.dirty = True
            self._on_save_failed(error)
            return False
        self.status.emit("Saved")
        return True

    def flush(self) -> bool:
        """Save text and notes now if anything is unsaved; False if something could not be."""
        text_ok = self.autosave.flush()
        return self.notes_autosave.flush() and self.composer.flush() and text_ok

    def _on_notes_changed(self) -> None:
        if not self._loading and self.draft is not None and not self.notes.isReadOnly():
            self.notes_autosave.touch()

    def _save_notes_now(self) -> str | None:
        return editor_fields.save_notes(self)

    def _on_save_failed(self, message: str) -> None:
        if self.offline is not None and self.offline.is_offline():
            self.save_state.setText("Kept offline")  # the window's offline banner says it
            return
        self.save_state.setText("Not saved")
        if self._conflict is not None:
            return  # the conflict banner says it, with the choice
        self.error_banner.show_message(
            f"<b>Could not save.</b> {message}<br>Your text is still here and will be saved "
            "as soon as the database accepts it (retrying every few seconds).")

    def _on_recovered(self) -> None:
        self.error_banner.hide()
        self.status.emit("Saved again after an error")

    def _save_tags(self) -> None:
        editor_fields.save_tags(self)

    def _update_counts(self) -> None:
        self.composer.show_counts(self.text.toPlainText(), self.draft is not None)

    # --- live checks ----------------------------------------------------------
    def _update_context(self, recheck: bool = True) -> None:
        images = editing.images_for_checks(self.ctx, self.draft.id) \
            if self.draft is not None else ()
        context = editing.check_settings(self.ctx).context(channels=self.composer.check_channels(),
                                           media=images, language=self.spelling.language)
        if recheck:
            self.live.set_context(context)
        else:
            self.live.context = context

    def recheck(self) -> None:
        """Settings changed (watchlist, brand rules, grammar server): check again now."""
        self._update_context(recheck=False)
        self.live.text_changed(self.text.toPlainText(), immediate=True)

    def _on_checks(self, state: CheckState) -> None:
        if self.draft is None:
            return
        self.check_state = state
        visible = self.visible_warnings()
        if state.text == self.text.toPlainText():
            self.highlighter.set_warnings(state.text, visible)
        self.lengths.show_lengths(state.report.length)
        self.composer.show_checks(state)
        self.spelling.on_text(state.text)
        self.checks_updated.emit(state, visible)

    def visible_warnings(self) -> list[CheckWarning]:
        """The latest warnings minus those the author dismissed with "ignore here"."""
        if self.check_state is None:
            return []
        return editing.without_ignored(self.check_state.warnings, self.check_state.text,
                                         self._ignored_here)

    def _current_warnings(self) -> tuple[str, list[CheckWarning]]:
        text = self.check_state.text if self.check_state else ""
        return text, self.visible_warnings()

    def _ignore_here(self, warning: CheckWarning) -> None:
        if self.draft is None or self.check_state is None:
            return
        editing.ignore_here(self.ctx, self.draft.id, warning, self.check_state.text)
        self._ignored_here = editing.ignored_here(self.ctx, self.draft.id)
        self._on_checks(self.check_state)

    def _ignore_rule(self, code: str) -> None:
        editing.ignore_rule(self.ctx, code)
        self._update_context()
        self.status.emit(f"“{code}” will not be flagged again.")

    def focus_text(self) -> None:
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
