from __future__ import annotations

from desktopapp.config import Settings
from desktopapp.core import workflow, workspace
from desktopapp.core.workspace import CheckSettings
from desktopapp.ui.settings_dialog import SettingsDialog, parse_spellings


def test_spellings_parse_arrows() -> None:
    assert parse_spellings("e-mail -> email\nWordpress → WordPress\nnonsense\n a=>b") == (
        ("e-mail", "email"), ("Wordpress", "WordPress"), ("a", "b"))


def test_dialog_round_trips_every_setting(qtbot, store) -> None:
    checks = CheckSettings(watchlist=("Acme",), banned_words=("cheap",),
                           ignored_rules=frozenset({"tone.shouting", "style.readability"}))
    dialog = SettingsDialog(Settings(), checks)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.server.setText("  https://lt.example.org  ")
    dialog.watchlist.setPlainText("Acme\n\nlawsuit\nAcme")
    dialog.spellings.setPlainText("e-mail -> email")
    dialog.disclosure.setText("#ad, #partner")
    dialog.ignored.setCurrentRow(0)
    dialog.ignored.item(0).setSelected(True)
    removed = dialog.ignored.item(0).text()
    dialog.ignored.takeItem(0)
    settings, saved = dialog.result_settings()
    assert settings.theme == "dark" and settings.languagetool_url == "https://lt.example.org"
    assert saved.watchlist == ("Acme", "lawsuit")
    assert saved.preferred_spellings == (("e-mail", "email"),)
    assert saved.disclosure_tags == ("#ad", "#partner")
    assert removed not in saved.ignored_rules and len(saved.ignored_rules) == 1


def test_saving_settings_rechecks_the_open_draft(make_window, qtbot, user, monkeypatch) -> None:
    text = "Talking about Acme today"
    workflow.create_draft(user.id, text)
    window = make_window()
    qtbot.waitUntil(lambda: window.editor.check_state is not None, timeout=30000)
    assert "risk.watchlist" not in {w.code for w in window.editor.visible_warnings()}

    def accept(dialog: SettingsDialog) -> int:
        dialog.watchlist.setPlainText("Acme")
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    window.dialogs.open_settings()
    qtbot.waitUntil(lambda: "risk.watchlist" in {w.code for w in window.editor.visible_warnings()},
                    timeout=30000)
    assert workspace.load().watchlist == ("Acme",)


def test_cooloff_settings_round_trip(make_window, qtbot, user, monkeypatch) -> None:
    from desktopapp.core import cooloff, review

    window = make_window()

    def accept(dialog: SettingsDialog) -> int:
        dialog.base.setValue(45)
        dialog.medium.setValue(3)
        dialog.zone.setText("Europe/Berlin")
        dialog.approval_days.setValue(7)
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", accept)
    window.dialogs.open_settings()
    policy = cooloff.load_policy()
    assert (policy.base_minutes, policy.multipliers["medium"], policy.zone) == (
        45, 3.0, "Europe/Berlin")
    assert review.approval_max_age().days == 7


def test_an_empty_removable_list_says_so_and_its_button_waits_for_a_choice(qtbot, store) -> None:
    from PySide6.QtWidgets import QPushButton

    dialog = SettingsDialog(Settings(), CheckSettings(ignored_rules=frozenset()))
    qtbot.addWidget(dialog)
    assert dialog.ignored.count() == 1 and dialog.ignored.item(0).text() == "None yet."
    assert dialog.result_settings()[1].ignored_rules == frozenset()  # not a rule
    again = next(b for b in dialog.findChildren(QPushButton)
                 if b.text() == "Check this rule again")
    assert not again.isEnabled()

    full = SettingsDialog(Settings(), CheckSettings(ignored_rules=frozenset({"tone.anger"})))
    qtbot.addWidget(full)
    again = next(b for b in full.findChildren(QPushButton) if b.text() == "Check this rule again")
    assert not again.isEnabled()
    full.ignored.item(0).setSelected(True)
    assert again.isEnabled()
    again.click()
    assert full.ignored.count() == 0 and not again.isEnabled()
    assert full.result_settings()[1].ignored_rules == frozenset()


def test_the_cooloff_tab_says_what_its_numbers_mean(qtbot, store) -> None:
    dialog = SettingsDialog(Settings(), CheckSettings())
    qtbot.addWidget(dialog)
    assert dialog.waits.text().startswith(
        "No or low risk: 30 minutes · medium: 2 hours · high: 1 day")
    dialog.base.setValue(45)
    dialog.medium.setValue(2.0)
    dialog.high.setValue(36)
    assert dialog.waits.text() == ("No or low risk: 45 minutes · medium: 1 h 30 min · "
                                   "high: 36 hours, and never ending at night")
