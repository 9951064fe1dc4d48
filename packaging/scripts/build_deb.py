"""Build dist/secondthought_VERSION_amd64.deb from the PyInstaller bundle dist/secondthought/.

    .venv/bin/python packaging/scripts/build_deb.py   (make package runs it)

Layout: the bundle in /opt/secondthought/ (it is self-contained and not built from
Debian's Python, so it stays out of /usr/lib), /usr/bin/secondthought pointing at it, the
desktop file, hicolor icons (SVG + 48/128/256 PNG rendered from resources/icons/app.svg),
AppStream metainfo with the release notes stamped in, the publisher's systemd user units
and the team worker's system unit,
copyright, changelog and the lintian overrides that explain what a bundle must do
differently from a distribution package.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(Path(__file__).parent)]

from elf_deps import depends, foreign_run_paths  # noqa: E402
from release_notes import NotesError, debian_changelog, releases_for, stamp_metainfo  # noqa: E402
from render_icons import render  # noqa: E402

from desktopapp import DESKTOP_ID, __version__  # noqa: E402

PACKAGE = "secondthought"
MAINTAINER = "Second Thought developers <maintainers@secondthought.invalid>"
HOMEPAGE = "https://github.com/secondthought/secondthought"
BUNDLE = ROOT / "dist" / "secondthought"
STAGE = ROOT / "build" / "deb" / "root"
LINUX = ROOT / "packaging" / "linux"
PNG_SIZES = (48, 128, 256)

DESCRIPTION = """\
Description: post editor that puts brakes on posts you may regret
 Second Thought is an offline-first desktop editor for people whose posts can
 hurt them. It keeps every draft and revision on this computer, warns while you
 type (tone, rumours, private details, length, spelling), holds finished posts
 for a cool-off, routes them to a second reviewer and publishes them on schedule
 to Bluesky, Mastodon and X.
 .
 This package carries its own Python and Qt (a PyInstaller bundle in
 /opt/secondthought). Secrets are kept in the desktop keyring (Secret Service).
"""

OVERRIDES = """\
# A self-contained bundle (its own Python and Qt, not built from Debian's) is installed
# under /opt on purpose, so it never mixes with the distribution's Python and Qt in /usr.
secondthought: dir-or-file-in-opt [opt/*]
# Built that way upstream: CPython's pyexpat carries its own expat, and the Qt for Python
# wheel's JPEG plugin its own libjpeg. They are loaded only inside this bundle.
secondthought: embedded-library expat [opt/secondthought/_internal/python3.11/*]
secondthought: embedded-library libjpeg [opt/secondthought/_internal/PySide6/*]
# Python extension modules that need nothing but the interpreter: their symbols all come
# from libpython, which the bundle's launcher has loaded before them.
secondthought: library-not-linked-against-libc [opt/secondthought/_internal/python3.11/*]
secondthought: shared-library-lacks-prerequisites [opt/secondthought/_internal/*]
# The launcher is PyInstaller's prebuilt bootloader, built by PyInstaller without PIE; it
# only loads the bundled Python, which is position independent.
secondthought: hardening-no-pie [opt/secondthought/secondthought]
"""

COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Second Thought
Source: {homepage}

Files: *
Copyright: 2026 Second Thought developers
License: MIT

Files: opt/secondthought/_internal/*
Copyright: 2001-2026 the authors of Python, Qt for Python (PySide6, LGPL-3), peewee, keyring,
 cryptography and the other bundled libraries; see the license files next to each.
License: various
 The third-party components keep their own licenses; their license texts are in
 /opt/secondthought/_internal/ next to each component (the *.dist-info folders).

License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy of
 this software and associated documentation files (the "Software"), to deal in
 the Software without restriction, including without limitation the rights to
 use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
 the Software, and to permit persons to whom the Software is furnished to do so,
 subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in all
 copies or substantial portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
 FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
 COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
 IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
 CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def _write(path: Path, data: str | bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    path.chmod(mode)


def _gzip(data: str) -> bytes:
    # mtime=0: the same input gives the same bytes (lintian and reproducible builds).
    return gzip.compress(data.encode(), compresslevel=9, mtime=0)


def _normalise_modes(root: Path) -> None:
    """Directories 0755, programs 0755, everything else (shared libraries included) 0644:
    what dpkg and lintian expect, whatever the umask of the build machine."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            program = path.stat().st_mode & 0o111 and ".so" not in path.name
            path.chmod(0o755 if program else 0o644)


def _drop_foreign_run_paths(bundle: Path) -> None:
    """The build machine's interpreter links its modules with a RUNPATH into its own
    prefix (/root/.pyenv/…); on a user's machine that is a dead search path to drop."""
    for path in foreign_run_paths(bundle):
        subprocess.run(["patchelf", "--remove-rpath", str(path)], check=True)


def _user_units(stage: Path) -> None:
    """The publisher's systemd user units, run from the installed binary."""
    units = stage / "usr/lib/systemd/user"
    for unit in sorted((ROOT / "packaging" / "systemd").glob("secondthought-publish.*")):
        text = unit.read_text(encoding="utf-8")
        text = text.replace("%h/.local/bin/secondthought", "/usr/bin/secondthought")
        text = "\n".join(line for line in text.splitlines()
                         if not line.startswith("#   cp ")) + "\n"
        _write(units / unit.name, text)


def _system_units(stage: Path) -> None:
    """The team worker: a system service (it runs on a server, for no one's session)."""
    unit = ROOT / "packaging" / "systemd" / "secondthought-worker.service"
    _write(stage / "usr/lib/systemd/system" / unit.name, unit.read_text(encoding="utf-8"))


def stage_tree(releases: list) -> Path:  # type: ignore[type-arg]
    shutil.rmtree(STAGE.parent, ignore_errors=True)
    shutil.copytree(BUNDLE, STAGE / "opt" / PACKAGE, symlinks=True)
    launcher = STAGE / "usr/bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    # Absolute, as policy wants between top-level folders; tests/package runs the unpacked
    # package with its opt/ mounted on /opt in a private mount namespace.
    launcher.symlink_to(Path("/opt") / PACKAGE / PACKAGE)
    share = STAGE / "usr/share"
    _write(share / "applications" / f"{DESKTOP_ID}.desktop",
           (LINUX / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8"))
    template = (LINUX / f"{DESKTOP_ID}.metainfo.xml").read_text(encoding="utf-8")
    _write(share / "metainfo" / f"{DESKTOP_ID}.metainfo.xml",
           stamp_metainfo(template, releases))
    hicolor = share / "icons/hicolor"
    svg = ROOT / "resources/icons/app.svg"
    _write(hicolor / "scalable/apps" / f"{DESKTOP_ID}.svg", svg.read_bytes())
    for size in PNG_SIZES:
        _write(hicolor / f"{size}x{size}/apps" / f"{DESKTOP_ID}.png", render(svg, size))
    _user_units(STAGE)
    _system_units(STAGE)
    _write(share / "man/man1/secondthought.1.gz",
           _gzip((LINUX / "secondthought.1").read_text(encoding="utf-8")))
    _drop_foreign_run_paths(STAGE / "opt" / PACKAGE)
    doc = share / "doc" / PACKAGE
    _write(doc / "copyright", COPYRIGHT.format(homepage=HOMEPAGE))
    _write(doc / "changelog.gz", _gzip(debian_changelog(PACKAGE, MAINTAINER, releases)))
    _write(share / "lintian/overrides" / PACKAGE, OVERRIDES)
    _normalise_modes(STAGE)
    return STAGE


def control(stage: Path, depends_field: str) -> str:
    size_kib = sum(p.lstat().st_size for p in stage.rglob("*")) // 1024
    return (f"Package: {PACKAGE}\nVersion: {__version__}\nArchitecture: amd64\n"
            f"Maintainer: {MAINTAINER}\nInstalled-Size: {size_kib}\n"
            f"Depends: {depends_field}\n"
            "Recommends: gnome-keyring | kwalletmanager\n"
            "Suggests: default-jre-headless\n"
            f"Section: editors\nPriority: optional\nHomepage: {HOMEPAGE}\n{DESCRIPTION}")


def md5sums(stage: Path) -> str:
    """What `dpkg --verify` checks the installed files against."""
    lines = []
    for path in sorted(stage.rglob("*")):
        if path.is_file() and not path.is_symlink() and path.parts[len(stage.parts)] != "DEBIAN":
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(stage)}\n")
    return "".join(lines)


def required_packages() -> list[str]:
    """What packaging/scripts/debian-deps.sh installs to run the app: one list for both."""
    out = subprocess.run(["bash", str(ROOT / "packaging/scripts/debian-deps.sh"), "list-run"],
                         capture_output=True, text=True, check=True).stdout
    return out.split()


def main() -> int:
    if not (BUNDLE / PACKAGE).is_file():
        print(f"build_deb: no bundle at {BUNDLE}; run `make package`", file=sys.stderr)
        return 1
    try:
        releases = releases_for(__version__)
    except NotesError as exc:
        print(f"build_deb: {exc}", file=sys.stderr)
        return 1
    stage = stage_tree(releases)
    depends_field, needs = depends(stage / "opt" / PACKAGE, required_packages())
    for soname, users in sorted(needs.missing.items()):
        print(f"build_deb: warning: {soname} (needed by {', '.join(users[:3])}) is neither "
              "in the bundle nor installed here", file=sys.stderr)
    _write(stage / "DEBIAN/control", control(stage, depends_field))
    _write(stage / "DEBIAN/md5sums", md5sums(stage))
    target = ROOT / "dist" / f"{PACKAGE}_{__version__}_amd64.deb"
    # xz: a third smaller download than gzip, but minutes of CPU on a busy machine;
    # SECONDTHOUGHT_DEB_COMPRESSION=gzip for quick local iterations.
    compression = os.environ.get("SECONDTHOUGHT_DEB_COMPRESSION", "xz")
    subprocess.run(["nice", "-n", "10", "dpkg-deb", "--root-owner-group", f"-Z{compression}",
                    "--build", str(stage), str(target)], check=True, stdout=subprocess.DEVNULL)
    print(f"built {target.relative_to(ROOT)} ({target.stat().st_size / 2**20:.1f} MiB)")
    print(f"Depends: {depends_field}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
