"""Render the app icon from resources/icons/app.svg into the sizes the platforms want.

    python packaging/scripts/render_icons.py OUT_DIR

writes OUT_DIR/png/<size>.png (16 … 1024), OUT_DIR/secondthought.ico (Windows: 16, 24, 32,
48, 64, 128, 256, PNG-compressed entries) and OUT_DIR/secondthought.iconset/ (the input of
macOS's `iconutil -c icns`). Rendered with Qt's own SVG renderer, offscreen, so the same
script runs on every build machine with nothing but the app's venv.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SVG = ROOT / "resources" / "icons" / "app.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent size×size square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"render_icons: could not encode a {size} px PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (supported since Windows Vista): a 6-byte header,
    one 16-byte directory entry per image, then the images. 256 is written as 0."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: render_icons.py OUT_DIR", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    out = Path(argv[0])
    (out / "png").mkdir(parents=True, exist_ok=True)
    pngs = {size: render(SVG, size) for size in PNG_SIZES}
    for size, data in pngs.items():
        (out / "png" / f"{size}.png").write_bytes(data)
    (out / "secondthought.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    iconset = out / "secondthought.iconset"
    iconset.mkdir(exist_ok=True)
    for size in (16, 32, 128, 256, 512):  # iconutil's names: 1x and 2x of each size
        (iconset / f"icon_{size}x{size}.png").write_bytes(pngs[size])
        (iconset / f"icon_{size}x{size}@2x.png").write_bytes(pngs[size * 2])
    print(f"icons rendered into {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
