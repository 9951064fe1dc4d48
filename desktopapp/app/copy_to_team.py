"""Copy drafts from the personal workspace into a team workspace: text, notes, tags,
images with their alt text, and the channels the team also has (with their own texts).

A copy is a new draft in the team, written by the member this computer signs in as, and
starts as a draft there (a personal approval means nothing to the team's reviewers). The
personal drafts stay as they are. The team's audit log says where each copy came from.

The models are bound to one database at a time, so this reads everything from the
personal workspace first, then binds the team's, writes, and binds the personal one again
before returning; only a process that does nothing else meanwhile may call it (the CLI,
or the child process the window starts for it: see `command`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktopapp.app.context import AppContext, workspace_password
from desktopapp.app.own_command import own_command
from desktopapp.config import resolve_paths
from desktopapp.core import audit, channels, drafts, media, people, workflow
from desktopapp.core.errors import DomainError
from desktopapp.store.connection import open_location

MAX_BATCH = 500


@dataclass(frozen=True)
class _Source:
    id: int
    body: str
    notes: str
    tags: list[str]
    images: list[tuple[Path, str]]  # local file, alt text
    channel_texts: dict[str, str]  # target channel name -> its own text ("" = the draft's)


@dataclass
class CopyReport:
    copied: list[tuple[int, int]] = field(default_factory=list)  # (personal id, team id)
    notes: list[str] = field(default_factory=list)  # what could not come along, and why


def copy_to_team(ctx: AppContext, team_url: str, draft_ids: list[int]) -> CopyReport:
    if ctx.store.is_team:
        raise DomainError("Copy from your personal workspace: this one is a team's.")
    ids = list(dict.fromkeys(draft_ids))
    if not ids:
        raise DomainError("Name at least one draft to copy.")
    if len(ids) > MAX_BATCH:
        raise DomainError(f"At most {MAX_BATCH} drafts can be copied at once.")
    sources = [_read(ctx, draft_id) for draft_id in ids]
    team_paths = resolve_paths(team_url)
    url = team_paths.workspace_url or team_url
    team = open_location(url, password=workspace_password(url), run_migrations=False)
    try:
        return _write(sources, team_paths.db_path.parent / "media", ctx.store.location)
    finally:
        team.close()
        ctx.store.bind()


def _read(ctx: AppContext, draft_id: int) -> _Source:
    info = drafts.get_draft(draft_id)
    if info.trashed_at is not None:
        raise DomainError(f"Draft {draft_id} is in the Trash; restore it to copy it.")
    own = channels.channel_texts(draft_id)
    return _Source(info.id, info.body, info.notes, info.tags,
                   [(m.path, m.alt_text) for m in media.images(draft_id, ctx.media_dir)],
                   {c.name: own.get(c.name, "") for c in channels.targets(draft_id)})


def _write(sources: list[_Source], team_media: Path, origin: str) -> CopyReport:
    me = people.local_user()
    if me is None:
        raise DomainError("This computer has no member of that team workspace yet "
                          "(`secondthought team join`).")
    team_channels = {c.name for c in channels.list_channels()}
    report = CopyReport()
    for src in sources:
        new = workflow.create_draft(me.id, src.body, src.tags, src.notes)
        audit.record(me.id, "copied in", "draft", new.id,
                     reason=f"post {src.id} of the personal workspace {origin}")
        for path, alt in src.images:
            if not path.exists():
                report.notes.append(f"Post {src.id}: the image {path.name} is missing on "
                                    "this computer and was not copied.")
                continue
            media.attach_image(new.id, path, alt, team_media, me.id)
        shared = [name for name in src.channel_texts if name in team_channels]
        missing = sorted(set(src.channel_texts) - set(shared))
        if shared:
            channels.set_targets(new.id, shared, me.id)
            for name in shared:
                if src.channel_texts[name]:
                    channels.set_channel_text(new.id, name, src.channel_texts[name], me.id)
        if missing:
            report.notes.append(f"Post {src.id}: the team has no channel "
                                f"{', '.join(missing)}; choose its channels there.")
        report.copied.append((src.id, new.id))
    return report


def command(ctx: AppContext, team_url: str, draft_ids: list[int], *, tag: str = "",
            everything: bool = False) -> list[str]:
    """The command line that copies in a child process (what the window runs, so its own
    database binding is never switched under it): the drafts named, or every draft with
    `tag`, or every draft."""
    which = ["--all"] if everything else (["--tag", tag] if tag else [])
    return [*own_command(cli=True), "--db", ctx.store.location, "drafts", "copy-to-team",
            team_url, *which, *map(str, draft_ids)]
