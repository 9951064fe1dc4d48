"""Release notes from packaging/release-notes.md, stamped into the AppStream metainfo and
the Debian changelog. The version comes from desktopapp.__version__; a build for a version
the notes do not describe stops with one clear line."""

from __future__ import annotations

import re
import sys
import textwrap
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

NOTES = Path(__file__).resolve().parents[1] / "release-notes.md"
_HEADING = re.compile(r"^## (\S+) \((\d{4}-\d{2}-\d{2})\)\s*$")


class NotesError(Exception):
    """The notes are missing the version being built, or are malformed."""


@dataclass(frozen=True)
class Release:
    version: str
    date: str  # YYYY-MM-DD
    changes: tuple[str, ...]


def parse(text: str) -> list[Release]:
    """Sections in file order (newest first). A change may wrap over indented lines."""
    releases: list[Release] = []
    current: tuple[str, str] | None = None
    changes: list[str] = []

    def close() -> None:
        if current is not None:
            if not changes:
                raise NotesError(f"release {current[0]} has no '- ' lines")
            releases.append(Release(current[0], current[1], tuple(changes)))

    for line in text.splitlines():
        heading = _HEADING.match(line)
        if heading:
            close()
            current, changes = (heading.group(1), heading.group(2)), []
        elif current is not None and line.startswith("- "):
            changes.append(line[2:].strip())
        elif current is not None and line.startswith("  ") and changes:
            changes[-1] += " " + line.strip()
    close()
    return releases


def releases_for(version: str, text: str | None = None) -> list[Release]:
    found = parse(NOTES.read_text(encoding="utf-8") if text is None else text)
    if not found or found[0].version != version:
        raise NotesError(f"{NOTES.name} has no section for version {version} at the top "
                         f"(found: {', '.join(r.version for r in found) or 'none'}); add "
                         f"'## {version} (YYYY-MM-DD)' with its changes")
    return found


def metainfo_releases(releases: list[Release]) -> str:
    parts = ["<releases>"]
    for release in releases:
        items = "".join(f"<li>{escape(change)}</li>" for change in release.changes)
        parts.append(f'<release version="{escape(release.version)}" date="{release.date}">'
                     f"<description><ul>{items}</ul></description></release>")
    parts.append("</releases>")
    return "\n    ".join(parts)


def stamp_metainfo(template: str, releases: list[Release]) -> str:
    if "<releases/>" not in template:
        raise NotesError("the metainfo template has no <releases/> to stamp")
    return template.replace("<releases/>", metainfo_releases(releases))


def debian_changelog(package: str, maintainer: str, releases: list[Release]) -> str:
    """debian/changelog format (what lintian expects in /usr/share/doc/PKG/changelog.gz
    of a native package)."""
    blocks = []
    for release in releases:
        when = datetime.strptime(release.date, "%Y-%m-%d").replace(hour=12, tzinfo=UTC)
        body = "\n".join(textwrap.fill(change, 79, initial_indent="  * ",
                                       subsequent_indent="    ")
                         for change in release.changes)
        blocks.append(f"{package} ({release.version}) unstable; urgency=medium\n\n{body}\n\n"
                      f" -- {maintainer}  {format_datetime(when)}\n")
    return "\n".join(blocks)


def main(argv: list[str]) -> int:
    """`release_notes.py --stamp OUT_DIR`: OUT_DIR/<id>.metainfo.xml for this version (the
    Flatpak and other builds that do not go through build_deb.py)."""
    if len(argv) != 2 or argv[0] != "--stamp":
        print("usage: release_notes.py --stamp OUT_DIR", file=sys.stderr)
        return 2
    sys.path.insert(0, str(NOTES.parents[1]))
    from desktopapp import DESKTOP_ID, __version__

    try:
        releases = releases_for(__version__)
    except NotesError as exc:
        print(f"release_notes: {exc}", file=sys.stderr)
        return 1
    name = f"{DESKTOP_ID}.metainfo.xml"
    template = (NOTES.parent / "linux" / name).read_text(encoding="utf-8")
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    (out / name).write_text(stamp_metainfo(template, releases), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
