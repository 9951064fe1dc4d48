"""Give memory freed after loading a big table back to the operating system.

Loading the tone models and the word table builds and drops a few million temporary
objects and buffers. glibc keeps freed heap pages for reuse, so without this the process
stays several MB larger than what it holds (measured: 6–10 MB, depending on the order the
tables load in). `malloc_trim` hands the free pages back; elsewhere it does nothing."""

from __future__ import annotations

import sys
from functools import cache
from typing import Any


@cache
def _trim() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here: the checkers' modules are imported before the window's first frame

    try:
        return ctypes.CDLL(None).malloc_trim  # glibc only (not musl)
    except (OSError, AttributeError):
        return None


def release_freed_memory() -> None:
    trim = _trim()
    if trim is not None:
        trim(0)  # ctypes lets go of the GIL for the call: no pause for the GUI thread
