"""What the PyInstaller bundle leaves out (used by packaging/secondthought.spec).

Rules are patterns, not lists of our module names, so moving or renaming the app's
modules never needs an edit here. Paths are PyInstaller's destination names inside the
bundle (`PySide6/Qt/lib/libQt6Quick.so.6`, `PySide6/Qt/plugins/platforms/libqeglfs.so`).
"""

from __future__ import annotations

import re

# Training and test code: never run by the app, and it would drag in sklearn/torch.
_DEV_MODULE = re.compile(
    r"^(tests|tools|pytest|_pytest|hypothesis|mypy|ruff|sklearn|scipy|numpy|torch|"
    r"transformers|setuptools|pip|readline|zstandard|psycopg_binary)(\.|$)"
    r"|(^|\.)\w*(training|distill)\w*(\.|$)")

# Qt modules the app never imports (it uses QtCore, QtGui, QtWidgets; Svg for the icons,
# DBus for the tray and notifications; OpenGL stays for the Wayland EGL plugins):
# QML/Quick, WebEngine, PDF, 3D, designer, tests.
_UNUSED_QT = re.compile(
    r"Qt6?(Qml|Quick|WebEngine|WebChannel|WebSockets|Pdf|3D|Designer|UiTools|Test|"
    r"VirtualKeyboard|ShaderTools|Multimedia|Spatial|Charts|DataVisualization|Graphs|"
    r"Sensors|SerialPort|Bluetooth|Nfc|Positioning|Location|RemoteObjects|Scxml|"
    r"StateMachine|TextToSpeech|HttpServer|Sql|Network|Concurrent|Help|Lottie|"
    r"EglFs)",
    re.IGNORECASE)

# Qt plugin folders the app never loads. Kept: platforms xcb/wayland/offscreen/minimal,
# wayland integrations, the desktop-portal theme (portal file dialogs), input contexts,
# image formats, icon engines, styles, xcb GL integrations. Dropped too: the GTK 3 theme,
# which would pull a private copy of GTK, GDK, cairo and pango (~20 MB) into the bundle
# for native-looking file dialogs; the app draws its own theme.
_UNUSED_PLUGIN = re.compile(
    r"/plugins/(qmltooling|qmllint|sqldrivers|tls|networkinformation|generic|"
    r"egldeviceintegrations|designer|scenegraph|multimedia|position|sensors|texttospeech|"
    r"canbus|renderers|sceneparsers|geometryloaders|renderplugins|assetimporters)/"
    r"|/plugins/platforms/libq(eglfs|linuxfb|vnc|minimalegl|vkkhrdisplay)\."
    r"|/plugins/platformthemes/libqgtk3\."
    r"|/plugins/imageformats/libq(pdf|tiff|icns|tga|wbmp)\.")


def keep_module(name: str) -> bool:
    """A Python module (dotted name) belongs in the bundle."""
    return not _DEV_MODULE.search(name) and not (
        name.startswith("PySide6.") and _UNUSED_QT.search(name))


# psycopg's binary wheel carries its own libpq with private copies of OpenSSL, Kerberos
# and LDAP (10 MB). The .deb depends on Debian's libpq5 instead (security updates, and the
# bundle stays under its size budget); psycopg's pure-Python layer loads it with ctypes.
_PRIVATE_LIBPQ = re.compile(r"^/psycopg_binary(\.libs)?/")


def keep_binary(dest: str) -> bool:
    """A shared library or Qt plugin (bundle path) belongs in the bundle."""
    dest = "/" + dest.replace("\\", "/")
    if _UNUSED_PLUGIN.search(dest) or _PRIVATE_LIBPQ.search(dest):
        return False
    name = dest.rsplit("/", 1)[-1]
    return not (("Qt" in name or "qt" in name) and _UNUSED_QT.search(name))


def keep_data(dest: str) -> bool:
    """A data file (bundle path) belongs in the bundle: no Qt translations (the app is in
    English and ships none of its own), no QML, no WebEngine resources."""
    dest = "/" + dest.replace("\\", "/")
    if re.search(r"/PySide6/Qt/(translations|qml|resources|metatypes|libexec)/", dest):
        return False
    if "/PySide6/" in dest and re.search(r"/(typesystems|include|glue|scripts)/", dest):
        return False
    # pyspellchecker's dictionaries all stay (7 MB): spelling can be checked in each of
    # its languages (checks/spelling_languages.py).
    return keep_binary(dest.lstrip("/"))



def from_the_system(source: str) -> bool:
    """A library PyInstaller copied from the Linux system (/lib, /usr/lib). The .deb leaves
    those to the system and depends on their packages instead (packaging/scripts/elf_deps.py
    works out which): they get the distribution's security updates (libssl!), and the
    bundle is ~20 MB smaller. Libraries from wheels and the interpreter stay bundled."""
    return source.startswith(("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/"))
