"""The installers' metadata agrees with the app: one reverse-DNS id everywhere, screenshots
that are the README's images, release notes for the version being built, and a bundle
filter that keeps what the app loads and drops what it never does. (The validators and
lintian run on the built package in tests/package, `make package-check`.)"""

from __future__ import annotations

import configparser
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktopapp import DESKTOP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
sys.path.insert(0, str(ROOT / "packaging" / "scripts"))

from bundle_filter import from_the_system, keep_binary, keep_data, keep_module  # noqa: E402
from release_notes import (  # noqa: E402
    NotesError,
    debian_changelog,
    releases_for,
    stamp_metainfo,
)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(LINUX / f"{DESKTOP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_one_reverse_dns_id_everywhere() -> None:
    assert re.fullmatch(r"[a-z]+(\.[a-z0-9]+)+\.[A-Za-z0-9]+", DESKTOP_ID)
    entry = _desktop_entry()
    assert entry["Icon"] == DESKTOP_ID and entry["StartupWMClass"] == DESKTOP_ID
    meta = ET.parse(LINUX / f"{DESKTOP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == DESKTOP_ID
    assert meta.findtext("launchable") == f"{DESKTOP_ID}.desktop"
    flatpak = (ROOT / "packaging" / "flatpak" / f"{DESKTOP_ID}.yml").read_text()
    assert f"id: {DESKTOP_ID}" in flatpak
    spec = (ROOT / "packaging" / "secondthought.spec").read_text()
    assert "bundle_identifier=DESKTOP_ID" in spec


def test_the_window_carries_the_id() -> None:
    from desktopapp.ui.launch import qt_argv

    # X11 takes WM_CLASS's instance from -name; other platforms get no stray argument.
    assert qt_argv("/usr/bin/secondthought", "linux") == [
        "/usr/bin/secondthought", "-name", DESKTOP_ID]
    assert qt_argv("secondthought.exe", "win32") == ["secondthought.exe"]


def test_the_application_carries_the_id(qapp) -> None:
    from desktopapp.ui.launch import configure_application

    configure_application(qapp)
    assert qapp.desktopFileName() == DESKTOP_ID  # the Wayland app id


def test_screenshots_are_the_readme_images() -> None:
    meta = ET.parse(LINUX / f"{DESKTOP_ID}.metainfo.xml").getroot()
    images = [el.text or "" for el in meta.iter("image")]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert images
    for url in images:
        path = re.sub(r"^https://[^/]+/[^/]+/[^/]+/[^/]+/", "", url)  # host/owner/repo/branch
        assert (ROOT / path).is_file(), url
        assert f"]({path})" in readme, f"{path} is not an image in the README"


def test_release_notes_describe_this_version_and_stamp_the_metainfo() -> None:
    releases = releases_for(__version__)
    template = (LINUX / f"{DESKTOP_ID}.metainfo.xml").read_text(encoding="utf-8")
    stamped = ET.fromstring(stamp_metainfo(template, releases).encode())
    release = stamped.find("releases/release")
    assert release is not None and release.get("version") == __version__
    assert release.findall("description/ul/li")
    changelog = debian_changelog("secondthought", "A <a@b.invalid>", releases)
    assert changelog.startswith(f"secondthought ({__version__}) unstable; urgency=medium")


def test_a_version_without_notes_stops_the_build() -> None:
    notes = "## 0.9.0 (2027-01-01)\n\n- Something.\n"
    with pytest.raises(NotesError, match="no section for version 1.0.0"):
        releases_for("1.0.0", notes)
    assert releases_for("0.9.0", notes)[0].changes == ("Something.",)


@pytest.mark.parametrize(("module", "kept"), [
    ("desktopapp.checks.tone_model", True),
    ("desktopapp.checks.tone_pieces", True),
    ("desktopapp.cli.drafts", True),
    ("desktopapp.migrations.0001_initial", True),
    ("desktopapp.checks.tone_training", False),
    ("desktopapp.checks.tone_distill_steps", False),
    ("tools.tone_training", False),
    ("tests.support.xserver", False),
    ("sklearn.linear_model", False),
    ("PySide6.QtQml", False),
    ("PySide6.QtWidgets", True),
])
def test_bundle_keeps_the_app_and_drops_training_and_tests(module: str, kept: bool) -> None:
    assert keep_module(module) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/lib/libQt6DBus.so.6", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland-generic.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6Qml.so.6", False),
    ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/QtQml.abi3.so", False),
])
def test_bundle_keeps_the_qt_the_app_loads(dest: str, kept: bool) -> None:
    assert keep_binary(dest) is kept


def test_bundle_drops_qt_translations_but_keeps_our_resources() -> None:
    assert not keep_data("PySide6/Qt/translations/qtbase_de.qm")
    assert not keep_data("PySide6/Qt/qml/QtQuick/Controls/qmldir")
    assert keep_data("desktopapp/resources/models/tone-offensive.tsv.gz")
    assert keep_data("desktopapp/resources/icons/app.svg")
    assert keep_data("spellchecker/resources/en.json.gz")
    assert keep_data("spellchecker/resources/de.json.gz")  # every spelling language


def test_system_libraries_are_left_to_the_system() -> None:
    assert from_the_system("/usr/lib/x86_64-linux-gnu/libssl.so.3")
    assert from_the_system("/lib/x86_64-linux-gnu/libX11.so.6")
    assert not from_the_system("/work/.venv/lib/python3.11/site-packages/PySide6/Qt/lib/"
                               "libicudata.so.73")
