"""Fast bulk seeding for benchmarks: realistic drafts written through the store layer."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from desktopapp.core import people
from desktopapp.store import search
from desktopapp.store.fields import UTCDateTimeField
from desktopapp.store.models import Draft, DraftTag, Revision

VOCABULARY = (
    "launch sale spring summer autumn winter coffee bakery opening friday monday weekend "
    "team news update thanks customers community event ticket music concert review product "
    "release feature shipping delay apology announcement holiday discount newsletter recipe "
    "garden market city council election weather storm traffic football match goal season "
    "podcast episode interview guest book author reading library school teacher students "
    "project deadline meeting office remote hiring job career design photo video live stream"
).split()


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(VOCABULARY) for _ in range(words))
    return text[0].upper() + text[1:] + rng.choice([".", "!", "?"])


def seed_drafts(count: int, seed: int = 7) -> None:
    """Insert `count` drafts with a revision and tags each, then build the search index."""
    rng = random.Random(seed)
    user = people.local_user() or people.set_up_local_user("Bench Writer")
    field = UTCDateTimeField()
    start = datetime(2025, 1, 1, tzinfo=UTC)
    db = Draft._meta.database
    batch = 500
    with db.atomic():
        first_id = (Draft.select(Draft.id).order_by(Draft.id.desc()).scalar() or 0) + 1
        for offset in range(0, count, batch):
            rows, revs, tags = [], [], []
            for i in range(offset, min(count, offset + batch)):
                body = " ".join(sentence(rng, rng.randint(6, 18)) for _ in range(rng.randint(1, 4)))
                when = field.db_value(start + timedelta(minutes=i))
                rows.append({"body": body, "notes": "", "state": "draft", "author": user.id,
                             "created_at": when, "updated_at": when})
                revs.append({"draft": first_id + i, "number": 1, "body": body, "kind": "created",
                             "author": user.id, "created_at": when, "updated_at": when})
                tags.append({"draft": first_id + i, "name": rng.choice(VOCABULARY[:12])})
            Draft.insert_many(rows).execute()
            Revision.insert_many(revs).execute()
            DraftTag.insert_many(tags).execute()
    with db.atomic():
        search.rebuild(db.obj)
