"""A teammate in another process: opens the workspace named by SECONDTHOUGHT_DB (a file or
a team URL), makes one change through the application layer, and prints the wall-clock
time right after it committed (so a test can measure how long until its window shows it).

    python -m tests.support.teammate edit|comment|approve|move|fields DRAFT_ID ARG [ACTOR_ID]

`fields` takes a JSON object {field: value} of app/offline_fields.py's fields (notes, tags,
channel:<name>, alt:<image id>) and writes each through the application layer.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime

from desktopapp.app import drafts, offline_fields, review, schedule
from desktopapp.app.context import AppContext
from desktopapp.config import resolve_paths
from desktopapp.core import review as core_review
from desktopapp.store.connection import open_location


def main(argv: list[str]) -> int:
    action, draft_id, arg, actor = argv[0], int(argv[1]), argv[2], int(argv[3])
    paths = resolve_paths()
    store = open_location(paths.workspace_url or paths.db_path, run_migrations=False)
    ctx = AppContext(store=store, paths=paths, actor_id=actor)
    if action == "edit":
        drafts.edit(ctx, draft_id, arg)
    elif action == "comment":
        core_review.add_comment(draft_id, actor, arg)
    elif action == "approve":
        review.decide(ctx, draft_id, actor, "approve", "fine by me", passphrase=arg)
    elif action == "fields":
        for field, value in json.loads(arg).items():
            offline_fields.write(ctx, draft_id, field, value)
    elif action == "move":
        schedule.schedule(ctx, draft_id, datetime.fromisoformat(arg), "UTC")
    else:
        print(f"unknown action {action}", file=sys.stderr)
        return 2
    print(f"{time.time():.6f}", flush=True)
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
