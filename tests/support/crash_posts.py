"""What the SIGKILL crash tests share: due posts (every tenth a two-part thread) and the
check that the PDS holds each exactly once, threads intact, as the database recorded."""

from __future__ import annotations

import json
import re
from datetime import timedelta

from desktopapp.core import channels, workflow
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Publication


def seed_due_posts(author_id: int, channel: str, count: int, prefix: str) -> None:
    past = utcnow() - timedelta(days=2)
    ended = past + timedelta(days=1)  # after the cool-off, still in the past
    for i in range(count):
        text = f"{prefix} post number {i:03d}"
        if i % 10 == 0:  # every tenth post is a two-part thread
            text += f"\n---\n{prefix} thread {i:03d}, part two"
        d = workflow.create_draft(author_id, text)
        channels.set_targets(d.id, [channel])
        workflow.submit(d.id, author_id, now=past)  # its cool-off ended long ago
        workflow.schedule(d.id, ended, author_id, now=ended)


def all_records(url: str, did: str) -> list[object]:
    from atproto import Client

    client = Client(base_url=url)
    records, cursor = [], None
    while True:
        page = client.com.atproto.repo.list_records(params={
            "repo": did, "collection": "app.bsky.feed.post", "limit": 100, "cursor": cursor})
        records += page.records
        cursor = page.cursor
        if not cursor or not page.records:
            return records


def assert_each_sent_once(url: str, did: str, count: int, prefix: str) -> None:
    records: list = all_records(url, did)  # type: ignore[type-arg]
    texts = [r.value.text for r in records]
    expected = count + count // 10  # the threads' second parts
    assert len(texts) == expected and len(set(texts)) == expected
    rows = list(Publication.select())
    assert len(rows) == count and all(p.state == "sent" for p in rows)
    recorded = {part[0] for p in rows for part in json.loads(p.part_ids)}
    assert recorded == {str(r.uri) for r in records}
    for record in records:  # every second part answers its own first part
        second = re.fullmatch(rf"{re.escape(prefix)} thread (\d+), part two", record.value.text)
        if second:
            parent = next(r for r in records
                          if r.value.text == f"{prefix} post number {second.group(1)}")
            assert record.value.reply.parent.uri == str(parent.uri)
