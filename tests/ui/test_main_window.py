from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktopapp.core import drafts, revisions, workflow
from desktopapp.core.drafts import DraftFilter, SaveKind
from desktopapp.ui.draft_list import (
    DraftIdRole,
    SummaryRole,
    highlighted_html,
    row_labels,
    scheduled_text,
    title_and_preview,
)


def body_in_db(draft_id: int) -> str:
    return drafts.get_draft(draft_id).body


def test_typing_autosaves_after_a_pause(make_window, qtbot, user) -> None:
    d = workflow.create_draft(user.id, "Hello")
    window = make_window()
    assert window.editor.draft is not None and window.editor.draft.id == d.id
    window.editor.text.moveCursor(window.editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor.text, " world")
    assert window.editor.save_state.text() == "Editing…"
    qtbot.waitUntil(lambda: body_in_db(d.id) == "Hello world", timeout=3000)
    assert window.editor.save_state.text() == "Saved"
    assert "revision" in window.editor.save_state.toolTip()
    assert window.editor.counts.text() == "2 words · 11 characters"
    first = window.drafts.model.index(0)
    assert first.data(Qt.ItemDataRole.DisplayRole) == "Hello world"


def test_new_draft_shortcut_and_switching_saves_immediately(make_window, qtbot, user) -> None:
    window = make_window()
    assert window.editor.draft is None
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    first = window.editor.draft
    assert first is not None and window.editor.text.hasFocus()
    qtbot.keyClicks(window.editor.text, "First draft")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # Switching drafts saved the first one at once, without waiting for the timer.
    assert body_in_db(first.id) == "First draft"
    assert window.drafts.model.rowCount() == 2


def test_a_new_drafts_row_shows_what_is_typed_before_its_first_save(
        make_window, qtbot, user, paths) -> None:
    from desktopapp.config import Settings

    settings = Settings.load(paths.settings_file)
    settings.autosave_delay_ms = 5000  # the row must not wait for the autosave
    settings.save(paths.settings_file)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    new = window.editor.draft
    assert new is not None
    row = window.drafts.model.index(window.drafts.model.row_of(new.id))
    assert row.data(Qt.ItemDataRole.DisplayRole) == "New draft"  # not "Empty draft"
    qtbot.keyClicks(window.editor.text, "Spring sale starts Friday")
    qtbot.waitUntil(lambda: row.data(Qt.ItemDataRole.DisplayRole)
                    == "Spring sale starts Friday", timeout=2000)
    assert body_in_db(new.id) == ""  # shown, not saved yet
    window.editor.text.selectAll()
    qtbot.keyClicks(window.editor.text, "Spring sale starts Monday")
    qtbot.waitUntil(lambda: row.data(Qt.ItemDataRole.DisplayRole)
                    == "Spring sale starts Monday", timeout=2000)


def test_ctrl_s_says_saved_and_keeps_a_revision(make_window, qtbot, user) -> None:
    d = workflow.create_draft(user.id, "v1")
    window = make_window()
    window.editor.text.setPlainText("v2")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Saved"
    latest = revisions.list_revisions(d.id)[0]
    assert (latest.body, latest.kind) == ("v2", "manual")


def test_search_filters_as_you_type_and_highlights(make_window, qtbot, user) -> None:
    workflow.create_draft(user.id, "Spring launch party on Friday")
    workflow.create_draft(user.id, "Quarterly numbers")
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.drafts.filters.search.hasFocus()
    qtbot.keyClicks(window.drafts.filters.search, "laun")
    qtbot.waitUntil(lambda: window.drafts.model.rowCount() == 1, timeout=2000)
    assert window.editor.draft is not None and "launch" in window.editor.draft.body
    assert window.drafts.model.terms == ["laun"]
    assert highlighted_html("Spring launch", ["laun"], "#ff0") == \
        'Spring <span style="background:#ff0">laun</span>ch'
    window.drafts.filters.search.clear()
    qtbot.waitUntil(lambda: window.drafts.model.rowCount() == 2, timeout=2000)


def test_tag_filter_and_state_filter(make_window, qtbot, user) -> None:
    workflow.create_draft(user.id, "tagged", ["promo"])
    workflow.create_draft(user.id, "plain")
    window = make_window()
    window.drafts.filters.tag.setCurrentIndex(window.drafts.filters.tag.findData("promo"))
    assert window.drafts.model.rowCount() == 1
    assert window.drafts.model.index(0).data(DraftIdRole) == window.editor.draft.id


def test_restore_a_revision_from_the_history_panel(make_window, qtbot, user) -> None:
    d = workflow.create_draft(user.id, "The original wording")
    drafts.save_body(d.id, "A rewrite I regret", user.id, SaveKind.MANUAL)
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    panel = window.history
    assert panel.isVisible() and panel.list.count() == 2
    assert panel.list.item(0).text().startswith("#2 · saved by hand")  # not "manual"
    panel.list.setCurrentRow(1)  # revision #1
    assert "original" in panel.diff.toPlainText()
    qtbot.mouseClick(panel.restore, Qt.MouseButton.LeftButton)
    assert window.editor.text.toPlainText() == "The original wording"
    assert body_in_db(d.id) == "The original wording"
    assert panel.list.count() == 3 and "restored from #1" in panel.list.item(0).text()


def test_trash_and_restore(make_window, qtbot, user) -> None:
    keep = workflow.create_draft(user.id, "keep me")
    gone = workflow.create_draft(user.id, "trash me")
    window = make_window()
    window.drafts.select_draft(gone.id)
    window.drafts.list.setFocus()
    qtbot.keyClick(window.drafts.list, Qt.Key.Key_Delete)
    model = window.drafts.model
    assert [model.index(i).data(DraftIdRole) for i in range(model.rowCount())] == [keep.id]
    window.drafts.filters.view.setCurrentIndex(1)
    assert window.drafts.model.rowCount() == 1 and window.editor.text.isReadOnly()
    assert window.editor.trash_banner.isVisible()
    window.drafts.act_restore.trigger()
    assert window.drafts.model.rowCount() == 0
    window.drafts.filters.view.setCurrentIndex(0)
    assert window.drafts.model.rowCount() == 2


def test_trash_actions_only_in_the_trash_and_new_works_from_there(make_window, qtbot,
                                                                   user) -> None:
    gone = workflow.create_draft(user.id, "trash me")
    workflow.trash_draft(gone.id, user.id)
    window = make_window()
    d = window.drafts
    assert not d.act_restore.isVisible() and not d.act_empty.isVisible()
    d.filters.view.setCurrentIndex(1)
    assert d.act_restore.isVisible() and d.act_empty.isVisible()
    assert d.act_new.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not d.filters.showing_trash()  # back to the drafts, with a new one open
    assert window.editor.draft is not None and window.editor.draft.id != gone.id
    assert not d.act_restore.isVisible()


def test_withdraw_is_in_the_file_menu_for_a_submitted_draft(make_window, user) -> None:
    d = workflow.create_draft(user.id, "Spring sale starts Friday")
    window = make_window()
    window.drafts.select_draft(d.id)
    act = window.drafts.act_withdraw
    assert not act.isEnabled()
    file_menu = window.menus[0]
    assert act in file_menu.actions()
    workflow.submit(d.id, user.id)
    window.drafts.select_draft(d.id)
    window.drafts._reload_current(d.id)
    assert act.isEnabled()
    act.trigger()
    assert drafts.get_draft(d.id).state.value == "draft" and not act.isEnabled()


def test_empty_trash_asks_first(make_window, qtbot, user, monkeypatch) -> None:
    d = workflow.create_draft(user.id, "old")
    workflow.trash_draft(d.id, user.id)
    window = make_window()
    window.drafts.filters.view.setCurrentIndex(1)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    window.drafts.act_empty.trigger()
    assert drafts.count_drafts(DraftFilter(trashed=True)) == 1
    window.drafts.act_empty.trigger()
    assert drafts.count_drafts(DraftFilter(trashed=True)) == 0
    assert window.drafts.model.rowCount() == 0


def test_failed_save_keeps_the_text_and_recovers(make_window, qtbot, user, store) -> None:
    d = workflow.create_draft(user.id, "safe")
    window = make_window()
    store.db.execute_sql("PRAGMA query_only = ON")  # the database now refuses every write
    window.editor.text.setPlainText("precious words")
    qtbot.waitUntil(lambda: window.editor.error_banner.isVisible(), timeout=3000)
    assert "Could not save" in window.editor.error_banner.label.text()
    assert window.editor.text.toPlainText() == "precious words"
    assert body_in_db(d.id) == "safe"
    store.db.execute_sql("PRAGMA query_only = OFF")
    qtbot.mouseClick(window.editor.error_banner.button, Qt.MouseButton.LeftButton)
    assert body_in_db(d.id) == "precious words"
    assert not window.editor.error_banner.isVisible()


def test_window_state_and_last_draft_are_remembered(make_window, qtbot, user) -> None:
    a = workflow.create_draft(user.id, "a")
    workflow.create_draft(user.id, "b")
    window = make_window()
    window.resize(780, 650)  # the offscreen test screen is 800×800
    window.splitter.setSizes([250, 300, 229])
    window.drafts.select_draft(a.id)
    sizes = window.splitter.sizes()
    window.close()
    again = make_window()
    assert (again.size().width(), again.size().height()) == (780, 650)
    assert again.splitter.sizes() == sizes
    assert again.editor.draft is not None and again.editor.draft.id == a.id
    again.toggle_history()  # shows history
    again.toggle_history()  # hides the side pane
    again.close()
    third = make_window()
    assert not third.side.isVisible()


def test_the_word_count_is_never_cut_in_a_narrow_footer(qtbot) -> None:
    from desktopapp.ui.elided import ElidedLabel

    label = ElidedLabel()
    qtbot.addWidget(label)
    label.set_text("1,234 words · 7,890 characters", "1,234 words")
    metrics = label.fontMetrics()
    short = metrics.horizontalAdvance("1,234 words")
    assert label.minimumSizeHint().width() >= short  # a layout never gives it less
    label.resize(metrics.horizontalAdvance("1,234 words · 7,890 characters") + 10, 20)
    assert label.shown_text() == "1,234 words · 7,890 characters"
    label.resize(short + 12, 20)
    assert label.shown_text() == "1,234 words"  # not "1,234 words · 7…" nor "1,234 wo…"
    label.set_text("A long single wording with nothing shorter to fall back on")
    label.resize(60, 20)
    assert label.shown_text().endswith("…")


def test_title_and_preview_split() -> None:
    assert title_and_preview("") == ("Empty draft", "")
    assert title_and_preview(" \n", "New draft") == ("New draft", "")
    assert title_and_preview("Headline\n\nbody text") == ("Headline", "body text")
    assert title_and_preview("A first sentence here. Then more.") == (
        "A first sentence here.", "Then more.")


def test_a_scheduled_draft_says_when_in_the_list(make_window, user) -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    plain = workflow.create_draft(user.id, "No date yet")
    dated = workflow.create_draft(user.id, "Spring sale starts Friday")
    when = datetime(2031, 3, 14, 8, 0, tzinfo=UTC)
    workflow.schedule(dated.id, when, user.id)
    window = make_window()
    model = window.drafts.model
    rows = {model.index(i).data(DraftIdRole): model.index(i).data(SummaryRole)
            for i in range(model.rowCount())}
    assert rows[dated.id].scheduled_at == when and rows[plain.id].scheduled_at is None
    berlin = ZoneInfo("Europe/Berlin")
    assert row_labels(rows[dated.id], lambda: berlin) == ["Scheduled Fri 14 Mar 2031 09:00"]
    assert row_labels(rows[plain.id], lambda: berlin) == []
    now = datetime(2031, 1, 2, tzinfo=UTC)  # this year's dates leave the year out
    assert scheduled_text(when, berlin, now) == "Fri 14 Mar 09:00"


def test_sort_and_state_combos_filter_the_list(make_window, qtbot, user) -> None:
    older = workflow.create_draft(user.id, "older")
    newer = workflow.create_draft(user.id, "newer")
    drafts.save_body(older.id, "older, edited last", user.id)
    window = make_window()
    ids = lambda: [window.drafts.model.index(i).data(DraftIdRole)  # noqa: E731
                   for i in range(window.drafts.model.rowCount())]
    assert ids() == [older.id, newer.id]  # last edited first
    window.drafts.filters.sort.setCurrentIndex(1)  # created
    assert ids() == [newer.id, older.id]
    window.drafts.filters.state.setCurrentIndex(window.drafts.filters.state.findText("Published"))
    assert ids() == []
    window.drafts.filters.state.setCurrentIndex(window.drafts.filters.state.findText("Draft"))
    assert sorted(ids()) == sorted([older.id, newer.id])


def test_private_notes_are_saved_and_shown_per_draft(make_window, qtbot, user) -> None:
    a = workflow.create_draft(user.id, "a", notes="source: the press release")
    b = workflow.create_draft(user.id, "b")
    window = make_window()
    window.drafts.select_draft(a.id)
    assert window.editor.notes.toPlainText() == "source: the press release"
    window.drafts.select_draft(b.id)
    qtbot.keyClicks(window.editor.notes, "ask Kim first")
    window.drafts.select_draft(a.id)  # switching saves at once
    assert drafts.get_draft(b.id).notes == "ask Kim first"
    assert window.editor.notes.toPlainText() == "source: the press release"
