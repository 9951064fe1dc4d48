"""The fields a person types besides a draft's text, as the offline journal and the
write-back see them: each has a name in the journal, a way to read its value on the
server, a way to write it through the usual service, and a way to find who changed it.

    notes            the private notes
    tags             the tags, as shown in the editor ("a, b")
    channel:<name>   that channel's own text ("" : the main text)
    alt:<image id>   that image's alt text

A draft's text ("body") is not here: it has versions and a revision history of its own
(app/offline.py writes it back with `save_body(expected_version=…)`)."""

from __future__ import annotations

from desktopapp.app.context import AppContext
from desktopapp.app.events import ChangeKind
from desktopapp.core import audit, channels, drafts, media
from desktopapp.core.errors import NotFound
from desktopapp.store.models import DraftMedia

BODY, NOTES, TAGS = "body", "notes", "tags"
CHANNEL, ALT = "channel:", "alt:"


def channel_field(name: str) -> str:
    return f"{CHANNEL}{name}"


def alt_field(media_id: int) -> str:
    return f"{ALT}{media_id}"


def tags_text(tags: list[str] | tuple[str, ...]) -> str:
    return ", ".join(tags)


def label(field: str) -> str:
    """What the field is called in a sentence: "the notes", "the text for Newsletter"."""
    if field == BODY:
        return "the text"
    if field == NOTES:
        return "the private notes"
    if field == TAGS:
        return "the tags"
    if field.startswith(CHANNEL):
        return f"the text for {field.removeprefix(CHANNEL)}"
    if field.startswith(ALT):
        row = DraftMedia.get_or_none(DraftMedia.id == int(field.removeprefix(ALT)))
        return f"the alt text of {row.filename}" if row is not None else "an image's alt text"
    raise ValueError(f"unknown field {field!r}")


def current(draft_id: int, field: str) -> str:
    """The field's value on the server now (raises NotFound when its draft, channel or
    image is gone)."""
    if field == NOTES:
        return drafts.get_draft(draft_id).notes
    if field == TAGS:
        return tags_text(drafts.get_draft(draft_id).tags)
    if field.startswith(CHANNEL):
        name = field.removeprefix(CHANNEL)
        if name not in {c.name for c in channels.targets(draft_id)}:
            raise NotFound(f"Post {draft_id} no longer goes to {name}.")
        return channels.channel_texts(draft_id).get(name, "")
    if field.startswith(ALT):
        row = DraftMedia.get_or_none(DraftMedia.id == int(field.removeprefix(ALT)))
        if row is None or row.draft_id != draft_id:
            raise NotFound(f"The image is no longer on post {draft_id}.")
        return str(row.alt_text)
    raise ValueError(f"unknown field {field!r}")


def write(ctx: AppContext, draft_id: int, field: str, text: str) -> None:
    """Store the field through the usual core function (its rules, audit and cool-off)."""
    if field == NOTES:
        drafts.set_notes(draft_id, text, ctx.actor)
    elif field == TAGS:
        drafts.set_tags(draft_id, text.split(","), ctx.actor)
    elif field.startswith(CHANNEL):
        channels.set_channel_text(draft_id, field.removeprefix(CHANNEL), text, ctx.actor)
    elif field.startswith(ALT):
        media.set_alt_text(int(field.removeprefix(ALT)), text, ctx.actor)
    else:
        raise ValueError(f"unknown field {field!r}")
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])


def same(field: str, a: str, b: str) -> bool:
    """Whether two values are the same as stored (tags are normalised, texts stripped)."""
    if field == TAGS:
        return drafts.normalise_tags(a.split(",")) == drafts.normalise_tags(b.split(","))
    if field.startswith((CHANNEL, ALT)):
        return a.strip() == b.strip()
    return a == b


def changed_by(draft_id: int, field: str) -> str:
    """Who changed the field last, from the audit log ("someone else" when it has no
    trace: a change made before this version of the app recorded it)."""
    found = None
    if field == NOTES:
        found = audit.last_by(draft_id, ("notes changed",))
    elif field == TAGS:
        found = audit.last_by(draft_id, ("tags changed",))
    elif field.startswith(CHANNEL):
        found = audit.last_by(draft_id, ("channel text set", "channel text cleared"),
                              field.removeprefix(CHANNEL))
    elif field.startswith(ALT):
        row = DraftMedia.get_or_none(DraftMedia.id == int(field.removeprefix(ALT)))
        if row is not None:
            found = audit.last_by(draft_id, ("alt text changed",), row.filename)
    return found[1] if found is not None else "someone else"
