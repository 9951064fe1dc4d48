"""The baseline: a bare PySide6 QMainWindow, shown and closed like the app's benchmark run."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()


def shown() -> None:
    import time

    print(f"shown-at {time.time():.6f}\ncpu-at {time.process_time():.6f}", flush=True)
    app.quit()


QTimer.singleShot(0, shown)
sys.exit(app.exec())
