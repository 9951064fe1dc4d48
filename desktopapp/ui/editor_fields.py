"""The editor's notes and tags fields: built, and saved. On a team workspace they go
through the window's offline guard (app/offline.save_field): journaled while the server is
out of reach, and stored only if nobody changed them meanwhile, else shown as a conflict
with both versions. Kept out of editor.py, which is about the text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from desktopapp.app import context as app_context
from desktopapp.core.errors import DomainError
from desktopapp.ui import later
from desktopapp.ui.draft_text import FocusReportingEdit

if TYPE_CHECKING:
    from desktopapp.app import drafts, offline_fields
else:  # loaded once the window has attached its workspace (ui/later.py)
    drafts = later.module("desktopapp.app.drafts")
    offline_fields = later.module("desktopapp.app.offline_fields")

if TYPE_CHECKING:
    from desktopapp.ui.editor import EditorPane


def tag_row() -> tuple[QWidget, QLabel, QLineEdit]:
    """The row above the text: a tag icon and the comma-separated tags field."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    icon_label = QLabel()
    layout.addWidget(icon_label)
    tags = QLineEdit()
    tags.setAccessibleName("Tags")
    tags.setPlaceholderText("Tags, separated by commas")
    layout.addWidget(tags, 1)
    return row, icon_label, tags


def notes_edit() -> FocusReportingEdit:
    """The private notes under the text: a few lines, Tab leaves them (never published)."""
    notes = FocusReportingEdit()
    notes.setObjectName("notes")
    notes.setAccessibleName("Private notes")
    notes.setPlaceholderText("Private notes: sources, ideas, who asked for this. "
                             "Never published.")
    notes.setMaximumHeight(72)
    notes.setTabChangesFocus(True)
    return notes


def save_notes(editor: EditorPane) -> str | None:
    """The notes autosave: None when stored (or shown as a conflict), else the message."""
    draft = editor.draft
    if draft is None:
        return None
    notes = editor.notes.toPlainText()
    try:
        if editor.offline is not None:
            kept = editor.offline.save_field(draft.id, offline_fields.NOTES, editor.base_notes,
                                             notes)
            if kept is None:
                editor.base_notes = notes
            return kept
        version = drafts.set_notes(editor.composer.ctx, draft.id, notes)
    except DomainError as exc:
        return str(exc)
    except app_context.DATA_ERRORS as exc:
        return app_context.explain(exc)
    editor.base_notes = notes
    if version == editor.version + 1:
        editor.version = version  # only this save in between: the text builds on it
    return None


def save_tags(editor: EditorPane) -> None:
    """The tags field was left: store what it says (kept offline on a team without its
    server: the field keeps showing them, the save state says so)."""
    draft = editor.draft
    if draft is None or editor.tags.isReadOnly():
        return
    wanted = drafts.normalise_tags(editor.tags.text().split(","))
    if wanted == draft.tags:
        return
    try:
        if editor.offline is not None:
            kept = editor.offline.save_field(draft.id, offline_fields.TAGS,
                                             offline_fields.tags_text(draft.tags),
                                             offline_fields.tags_text(wanted))
            if kept is not None:
                editor.save_state.setText("Kept offline")
                return
        else:
            drafts.set_tags(editor.composer.ctx, draft.id, wanted)
    except app_context.ACTION_ERRORS as exc:
        editor.error_banner.show_message(f"<b>Could not save the tags.</b> {exc}")
        return
    editor.draft = drafts.get(editor.composer.ctx, draft.id)
    if editor.draft.body == editor._base_body:
        editor.version = editor.draft.version
    editor.tags.setText(", ".join(editor.draft.tags))
    editor.tags_changed.emit(editor.draft.id)
