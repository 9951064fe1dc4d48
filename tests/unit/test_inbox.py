from __future__ import annotations

from desktopapp.core import drafts, inbox, people, workflow
from desktopapp.core.inbox import Box
from tests.support.reviewers import PW


def test_boxes_follow_the_decisions(store, user) -> None:
    riley = people.add_person("Riley", people.Role.REVIEWER, user.id, passphrase=PW)
    a = workflow.create_draft(user.id, "first")
    b = workflow.create_draft(user.id, "second")
    c = workflow.create_draft(user.id, "third")
    for d in (a, b, c):
        workflow.submit(d.id, user.id, riley.id)
    assert inbox.counts(riley.id) == {Box.WAITING: 3, Box.CHANGES_REQUESTED: 0,
                                      Box.APPROVED: 0, Box.REJECTED: 0}
    workflow.approve(a.id, riley.id, passphrase=PW)
    workflow.request_changes(b.id, riley.id, "shorter please", passphrase=PW)
    workflow.reject(c.id, riley.id, "no", passphrase=PW)
    boxes = inbox.items(riley.id)
    assert [i.draft_id for i in boxes[Box.APPROVED]] == [a.id]
    assert [i.draft_id for i in boxes[Box.CHANGES_REQUESTED]] == [b.id]
    assert [i.draft_id for i in boxes[Box.REJECTED]] == [c.id]
    # The author rewrites and resubmits: the reviewer sees what changed since their look.
    drafts.save_body(b.id, "second, shorter", user.id, drafts.SaveKind.MANUAL)
    workflow.submit(b.id, user.id, riley.id)
    (item,) = inbox.items(riley.id)[Box.WAITING]
    assert item.draft_id == b.id and item.last_reviewed_body == "second"
    # Nothing of one's own is in one's inbox.
    assert inbox.counts(user.id)[Box.WAITING] == 0
