"""Drafts copied from the personal workspace (a file) into a team workspace (PostgreSQL):
text, notes, tags, images with alt text, the channels the team also has; the copies are
new drafts by the team member, audited, and the personal drafts stay as they were."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktopapp.__main__ import main
from desktopapp.app.context import AppContext
from desktopapp.app.copy_to_team import command
from desktopapp.core import channels, drafts, media, people, workflow
from desktopapp.store.connection import open_postgres_store, open_store
from desktopapp.store.models import AuditEvent, Draft, DraftMedia

PNG = Path(__file__).resolve().parents[1] / "fixtures" / "red-square.png"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def team_url(pg_cluster):
    name = pg_cluster.new_database()
    url = pg_cluster.url(name)
    team = open_postgres_store(url)
    member = people.set_up_local_user("Alex in the team")
    channels.add_channel(channels.Kind.OUTBOX, "newsletter", member.id, path="/tmp/out")
    team.close()
    yield url
    pg_cluster.drop_database(name)


def personal_workspace(paths):
    store = open_store(paths.db_path)
    me = people.set_up_local_user("Alex at home")
    channels.add_channel(channels.Kind.OUTBOX, "newsletter", me.id, path="/tmp/out")
    channels.add_channel(channels.Kind.OUTBOX, "private-blog", me.id, path="/tmp/blog")
    one = workflow.create_draft(me.id, "Spring sale", ["promo"], notes="check prices")
    media.attach_image(one.id, PNG, "A red square", paths.db_path.parent / "media", me.id)
    channels.set_targets(one.id, ["newsletter", "private-blog"], me.id)
    channels.set_channel_text(one.id, "newsletter", "Spring sale: newsletter cut", me.id)
    two = workflow.create_draft(me.id, "Summer teaser", ["promo"])
    workflow.create_draft(me.id, "Not this one")
    return store, me, one, two


def test_copy_a_batch_by_tag_from_the_command_line(paths, team_url, capsys) -> None:
    store, _me, one, two = personal_workspace(paths)
    store.close()
    code = main(["--db", str(paths.db_path), "drafts", "copy-to-team", team_url,
                 "--tag", "promo"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "note: Post 1: the team has no channel private-blog" in out
    team = open_postgres_store(team_url, run_migrations=False)
    try:
        copies = {d.body: d for d in Draft.select()}
        assert set(copies) == {"Spring sale", "Summer teaser"}
        spring = copies["Spring sale"]
        assert spring.state == "draft" and spring.notes == "check prices"
        assert drafts.get_draft(spring.id).tags == ["promo"]
        assert channels.channel_texts(spring.id) == {"newsletter": "Spring sale: newsletter cut"}
        [image] = DraftMedia.select().where(DraftMedia.draft == spring.id)
        assert image.alt_text == "A red square"
        elsewhere = media.images(spring.id, paths.data_dir / "reviewer")  # from the database
        assert elsewhere[0].path.read_bytes() == PNG.read_bytes()
        assert AuditEvent.select().where(AuditEvent.action == "copied in").count() == 2
    finally:
        team.close()
    again = open_store(paths.db_path)  # the personal drafts are untouched
    assert [d.body for d in Draft.select().order_by(Draft.id)] == [
        "Spring sale", "Summer teaser", "Not this one"]
    again.close()
    assert (one.id, two.id) == (1, 2)


def test_the_window_copies_in_a_child_process(paths, team_url) -> None:
    """What the window runs: the same command in its own process."""
    store, me, one, _two = personal_workspace(paths)
    ctx = AppContext(store=store, paths=paths, actor_id=me.id)
    argv = command(ctx, team_url, [one.id])
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"copied {one.id} -> ")
    store.close()


def test_bad_input_is_one_line(paths) -> None:
    store, _me, _one, _two = personal_workspace(paths)
    store.close()
    done = subprocess.run([sys.executable, "-m", "desktopapp", "--db", str(paths.db_path),
                           "drafts", "copy-to-team", "not-a-url", "1"], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "not a team workspace URL" in done.stderr


def test_the_dialog_copies_every_draft_with_a_tag(qtbot, paths, team_url) -> None:
    from desktopapp.ui.copy_to_team_dialog import CopyToTeamDialog
    from tests.ui.test_accessibility import unnamed

    store, me, one, _two = personal_workspace(paths)
    ctx = AppContext(store=store, paths=paths, actor_id=me.id)
    dialog = CopyToTeamDialog(ctx, (one.id, one.body), drafts.all_tags())
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []  # every control has a name a screen reader says
    dialog.copy_button.click()  # no address yet: said, nothing started
    assert "Give the team workspace's address" in dialog.result_label.text()
    dialog.url.setText(team_url)
    dialog.tagged.setChecked(True)
    dialog.copy_button.click()
    qtbot.waitUntil(lambda: "Copied" in dialog.result_label.text()
                    or "Nothing" in dialog.result_label.text(), timeout=60000)
    assert "Copied 2 drafts." in dialog.result_label.text()
    assert "no channel private-blog" in dialog.result_label.text()
    store.close()
