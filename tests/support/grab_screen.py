"""Save a PNG of the whole X screen ($DISPLAY), windows of other programs included."""

import sys

from PySide6.QtGui import QGuiApplication

app = QGuiApplication(sys.argv[:1])
pixmap = app.primaryScreen().grabWindow(0)
if pixmap.isNull() or not pixmap.save(sys.argv[1], "PNG"):
    sys.exit(f"could not grab the screen into {sys.argv[1]}")
