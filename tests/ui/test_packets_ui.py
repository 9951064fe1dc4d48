from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktopapp.core import passphrases, people, workflow
from desktopapp.ui import packets_controller
from desktopapp.ui.people_dialog import PeopleDialog
from tests.support.keyring_session import secret_service
from tests.support.reviewers import PW


def test_send_packet_and_refused_answer(make_window, qtbot, user, tmp_path: Path,
                                        monkeypatch) -> None:
    riley = people.add_person("Riley", people.Role.REVIEWER, user.id, passphrase=PW)
    d = workflow.create_draft(user.id, "Spring sale starts Friday")
    workflow.submit(d.id, user.id, riley.id)
    window = make_window()
    monkeypatch.setattr(packets_controller, "choose_drafts", lambda _parent, _drafts: [d.id])
    target = tmp_path / "batch.stpacket"
    window.packets.send_packet(str(target))
    with zipfile.ZipFile(target) as archive:
        assert "Spring sale" in archive.read("summary.html").decode()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    junk = tmp_path / "junk.stresponse"
    junk.write_bytes(b"not a zip")
    window.packets.import_answer(str(junk))
    assert warnings and "not a readable zip" in warnings[0]


def test_people_dialog_keys(qtbot, app_ctx, user, tmp_path: Path, monkeypatch) -> None:
    with secret_service(tmp_path / "home"):
        dialog = PeopleDialog(app_ctx)
        qtbot.addWidget(dialog)
        dialog.add_reviewer("Riley", PW)
        (riley,) = [p for p in people.list_people() if p.display_name == "Riley"]
        assert passphrases.has_passphrase(riley.id)
        key = tmp_path / "me.key"
        dialog.export_key(str(key))
        assert key.exists()
        texts = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
        assert any(t != "no key yet" for t in texts) and "no key yet" in texts
        warnings: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
        dialog.confirm_fingerprint = lambda _name, _fp: True
        dialog.import_key(str(key))  # my own key file: refused, never silently replaced
        assert warnings and "is you on this computer" in warnings[0]


def test_a_key_is_trusted_only_after_the_fingerprints_are_compared(
        qtbot, app_ctx, tmp_path: Path) -> None:
    import base64
    import json

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from desktopapp.core import keys
    from desktopapp.store.models import Person

    raw = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw,
                                                                 PublicFormat.Raw)
    public = base64.b64encode(raw).decode()
    key = tmp_path / "sam.key"
    key.write_text(json.dumps({"format": "secondthought-public-key", "name": "Sam",
                               "public_key": public}), encoding="utf-8")
    dialog = PeopleDialog(app_ctx)
    qtbot.addWidget(dialog)
    asked: list[tuple[str, str]] = []

    def refuse(name: str, fingerprint: str) -> bool:
        asked.append((name, fingerprint))
        assert Person.get_or_none(Person.display_name == "Sam") is None  # not trusted yet
        return False

    dialog.confirm_fingerprint = refuse
    dialog.import_key(str(key))
    assert asked == [("Sam", keys.fingerprint(public))]
    assert Person.get_or_none(Person.display_name == "Sam") is None
    assert "not imported" in dialog.status.text()
    dialog.confirm_fingerprint = lambda _name, _fp: True
    dialog.import_key(str(key))
    assert Person.get(Person.display_name == "Sam").public_key == public
    assert "trusted" in dialog.status.text()
