from __future__ import annotations

from desktopapp.core import audit_subjects, channels, workflow


def test_titles_name_what_still_exists_and_leave_the_rest(store, user) -> None:
    first = workflow.create_draft(user.id, "   \n\nThank you Leeds!\nSee you soon")
    empty = workflow.create_draft(user.id, "")
    channels.add_channel(channels.Kind.OUTBOX, "Shop outbox", user.id, path="/tmp/out")
    shop = channels.get_channel("Shop outbox")
    found = audit_subjects.titles([("draft", first.id), ("draft", empty.id), ("draft", 99_999),
                                   ("channel", shop.id), ("person", user.id),
                                   ("workspace", None), ("packet", 4)])
    assert found == {("draft", first.id): "Thank you Leeds!", ("draft", empty.id): "(empty)",
                     ("channel", shop.id): "Shop outbox", ("person", user.id): "Alex Author"}


def test_titles_of_many_drafts_in_chunks(store, user) -> None:
    ids = [workflow.create_draft(user.id, f"post {i}").id for i in range(3)]
    audit_subjects_ids = [("draft", i) for i in ids] + [("draft", i) for i in range(10_000, 11_200)]
    found = audit_subjects.titles(audit_subjects_ids)  # more ids than one IN (…) list takes
    assert [found[("draft", i)] for i in ids] == ["post 0", "post 1", "post 2"]


def test_readable_reason() -> None:
    assert audit_subjects.readable_reason("2026-12-03T11:00:00+00:00 (Europe/London)") == \
        "Thu 3 Dec 2026 11:00 (Europe/London)"
    assert audit_subjects.readable_reason("2026-07-03T11:00:00+00:00 (Europe/Berlin)") == \
        "Fri 3 Jul 2026 13:00 (Europe/Berlin)"
    for kept in ("Store emergency notice", "2026-12-03T11:00:00+00:00 (Not/AZone)",
                 "2026-13-03T11:00:00+00:00 (UTC)", ""):
        assert audit_subjects.readable_reason(kept) == kept
