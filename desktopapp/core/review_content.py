"""What a reviewer is shown, in one shape for the inbox, the packet's manifest and its
summary.html: every channel's text and the thread parts it becomes, every image with its
alt text, the targets, the scheduled time, and the warnings with the risk level.

The approval hash is computed from exactly these fields (`canonical_from`), so a packet
whose shown content and fingerprint disagree is refused before anyone approves it."""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path
from typing import Any

from desktopapp.core import review
from desktopapp.core.drafts import require_row
from desktopapp.core.errors import DomainError
from desktopapp.store.models import DraftMedia

EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif",
              "image/webp": ".webp"}


def image_member(sha256: str, mime: str) -> str:
    """The image's name inside a packet (content-addressed, so no path tricks)."""
    return f"images/{sha256}{EXTENSIONS.get(mime, '.img')}"


def image_sources(item: dict[str, Any], media_dir: Path) -> dict[str, str]:
    """Image member name -> file URL in this computer's media folder (where attaching
    and packet imports keep images under their SHA-256)."""
    from desktopapp.core.media import cached_file

    found = {}
    for m in item.get("images") or []:
        cached_file(str(m["sha256"]), str(m["file"]), media_dir)  # a team's: from the server
        matches = sorted(media_dir.glob(f"{m['sha256']}.*"))
        if matches:
            found[str(m["file"])] = matches[0].resolve().as_uri()
    return found


def for_reviewer(draft_id: int) -> dict[str, Any]:
    """What the inbox shows: what a packet's author sent, or the local draft described
    (checks left out: the inbox runs them off the GUI thread)."""
    from desktopapp.core.packets import incoming_content

    return incoming_content(draft_id) or describe(draft_id, checks={})


def describe(draft_id: int, checks: dict[str, object] | None = None) -> dict[str, Any]:
    """Everything that would be published for this draft, as data a reviewer reads."""
    from desktopapp.core import variants
    from desktopapp.publish.preview import previews  # the publisher's own thread cutting

    row = require_row(draft_id)
    texts = variants.texts_of(draft_id, row.body)
    channels = [{"channel": p.channel, "kind": p.kind, "own_text": p.own_text,
                 "text": texts[p.channel] if p.own_text else row.body,
                 "parts": [part.text for part in p.parts]} for p in previews(draft_id)]
    images = [{"file": image_member(m.sha256, m.mime), "sha256": m.sha256, "mime": m.mime,
               "filename": m.filename, "alt_text": m.alt_text}
              for m in DraftMedia.select().where(DraftMedia.draft == draft_id)
              .order_by(DraftMedia.position)]
    if checks is None:
        checks = variants.to_json(variants.check_draft(draft_id, row=row))
    return {"id": row.id, "body": row.body, "channels": channels, "images": images,
            "schedule": {"at": row.scheduled_at.isoformat() if row.scheduled_at else None,
                         "zone": row.schedule_zone or None,
                         "window": review.schedule_window(row.scheduled_at,
                                                          row.schedule_zone)},
            "checks": checks, "content_hash": review.content_hash(draft_id, row)}


def canonical_from(item: dict[str, Any]) -> dict[str, object]:
    """The canonical content (see review.canonical_content) rebuilt from what is shown."""
    channels = item.get("channels") or []
    own = {str(c["channel"]): str(c["text"]) for c in channels if c.get("own_text")}
    content: dict[str, object] = {
        "version": review.CONTENT_VERSION,
        "body": item["body"],
        "channels": [str(c["channel"]) for c in channels],
        "media": [[str(m["sha256"]), str(m["alt_text"])] for m in item.get("images") or []],
        "schedule_window": (item.get("schedule") or {}).get("window"),
    }
    if own:
        content["channel_text"] = own
    return content


def shown_matches_hash(item: dict[str, Any]) -> bool:
    try:
        return review.hash_content(canonical_from(item)) == item.get("content_hash")
    except (KeyError, TypeError, AttributeError):
        return False


def _local_time(at: str, zone: str) -> str:
    """"Sat 05 Dec 2026, 02:21 (Europe/Berlin)": the time as the author set it."""
    from desktopapp.core.zones import zone_info

    try:
        return f"{datetime.fromisoformat(at).astimezone(zone_info(zone)):%a %d %b %Y, %H:%M}" \
            f" ({zone})"
    except (ValueError, DomainError):
        return f"{at} ({zone})"


RISK_COLOURS = {"none": "#1a7f37", "low": "#1a7f37", "medium": "#9a6700", "high": "#cf222e"}


def to_html(item: dict[str, Any], image_src: dict[str, str] | None = None) -> str:
    """One post as HTML: the checks, each channel's text (and its parts), images with
    their alt text, targets and schedule. `image_src` maps an image's member name to
    where the viewer finds it (a relative path in summary.html, a file URL in the app)."""
    esc = html.escape
    checks = item.get("checks") or {}
    risk = str(checks.get("risk") or "")
    out = [f"<p><b>Risk: <span style='color:{RISK_COLOURS.get(risk, '#1f2328')}'>"
           f"{esc(risk)}</span></b> (the highest of all its texts)</p>"] if risk else []
    for text in checks.get("texts") or []:
        where = "Main text" if not text.get("channel") else f"{text['channel']}'s own text"
        warnings = "".join(
            f"<li><b>{esc(w['severity'])}</b>: {esc(w['message'])}"
            + (f" <i>“{esc(w['quote'])}”</i>" if w.get("quote") else "") + "</li>"
            for w in text.get("warnings") or [])
        out.append(f"<p>{esc(where)}: risk {esc(text['risk'])}"
                   + (f"<ul>{warnings}</ul>" if warnings else " — no warnings.") + "</p>")
    schedule = item.get("schedule") or {}
    when = esc(_local_time(str(schedule["at"]), str(schedule.get("zone") or "UTC"))) \
        if schedule.get("at") else "not scheduled (goes out when released)"
    channels = item.get("channels") or []
    targets = ", ".join(esc(str(c["channel"])) for c in channels) or "no channel chosen yet"
    out.append(f"<p><b>Goes to:</b> {targets}<br><b>When:</b> {when}</p>")
    out.append(f"<h3>Main text</h3><div style='white-space:pre-wrap'>{esc(item['body'])}</div>")
    for c in channels:
        label = "its own text" if c.get("own_text") else "the main text"
        parts = c.get("parts") or []
        shown = "".join(f"<li style='white-space:pre-wrap'>{esc(p)}</li>" for p in parts)
        out.append(f"<h3>{esc(str(c['channel']))} ({esc(str(c.get('kind', '')))}, {label})"
                   f"</h3>" + (f"<div style='white-space:pre-wrap'>{esc(str(c['text']))}"
                               "</div>" if c.get("own_text") else "")
                   + (f"<p>Goes out as {len(parts)} post(s):</p><ol>{shown}</ol>"
                      if len(parts) > 1 or c.get("own_text") else ""))
    for i, m in enumerate(item.get("images") or [], start=1):
        src = (image_src or {}).get(str(m["file"]), str(m["file"]))
        alt = str(m.get("alt_text") or "")
        out.append(f"<p><b>Image {i}</b> ({esc(str(m.get('filename', '')))})<br>"
                   f"<img src='{esc(src)}' alt='{esc(alt)}' width='320'><br>"
                   f"<b>Alt text:</b> {esc(alt) if alt else '<i>none — add a description</i>'}"
                   "</p>")
    out.append(f"<p class='hash'>Content fingerprint {esc(str(item['content_hash'])[:16])}</p>")
    return "".join(out)
