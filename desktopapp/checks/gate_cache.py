"""What `gate` works out for each pattern, kept between runs in the user's cache folder.

Compiling the rules' ~300 gated patterns (375,000+ characters of regular expressions),
working out their needs and making their lower-case twins is about 1.3 s of CPU: half
the warm-up that every `secondthought check --lines` run and every window start pays.
The results depend only on the pattern's source and flags, this Python (its regular
expression compiler) and the gate's own code, so they are kept in one file: each
pattern's compiled code (`_sre.compile`'s arguments, for the pattern and for its twin)
and its needs, filed under a digest of its source and flags. The file's name carries a
digest of the Python version, the compiler's magic number and the source of the gate's
modules: any change there reads no old file. A file that cannot be read is ignored (the
patterns are worked out as before); it is replaced whole (`os.replace`), never in part.
`tests/unit/checks/test_gate_cache.py` checks patterns made from the file equal to
patterns made afresh (code, flags, groups, twin, needs).

Nothing is read or written unless a folder is given (`use`): the engine of tests and
tools works everything out afresh, as before.
"""

from __future__ import annotations

import importlib
import marshal
import mmap
import os
import sys
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

_sre: Any = importlib.import_module("_sre")

# `_sre.compile`'s arguments after the source: flags, code, groups - 1, groupindex,
# indexgroup.
Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
Entry = tuple[Parts, Parts | None, tuple[str, ...]]  # the pattern, its twin, its needs
# In the file the code is a slice (offset and length in bytes) of the file's first part,
# 32-bit words one after the other; the second part is the marshalled index
# {key: (pattern, twin or None, needs)} with the code as (offset, length); the last 8
# bytes are the index's length. The file is mapped, not read: its pages leave the
# process when it is let go (`release`), where ~7 MB read into Python's heap would stay.
_Stored = tuple[int, tuple[int, int], int, dict[str, int], tuple[str | None, ...]]
_TAIL = 8

_state: dict[str, Any] = {"file": None, "index": None, "map": None, "new": {}}


def _tag() -> str | None:
    """This Python's and this gate's digest (None: the gate's source cannot be read, as
    in a frozen bundle; then no cache)."""
    import hashlib  # here: with OpenSSL, ~4 MB that a process without a cache need not map

    from desktopapp.checks import gate, gate_lower

    digest = hashlib.blake2b(digest_size=12)
    digest.update(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode())
    for module in (gate, gate_lower, sys.modules[__name__]):
        try:
            digest.update(Path(module.__file__ or "").read_bytes())
        except OSError:
            return None
    return digest.hexdigest()


def use(folder: Path | None) -> None:
    """Read and keep the worked-out patterns in `folder` from now on (None: do not)."""
    path = None
    if folder is not None and _sre.CODESIZE == array("I").itemsize:
        tag = _tag()
        path = None if tag is None else folder / f"gated-patterns-{tag}.bin"
    if path != _state["file"]:
        release()
        _state["file"] = path


def key(source: str, flags: int) -> bytes:
    import hashlib

    return hashlib.blake2b(f"{int(flags)}:{source}".encode(), digest_size=16).digest()


def _index() -> dict[bytes, Any]:
    index = _state["index"]
    if index is None:
        index = {}
        path = _state["file"]
        if path is not None:
            try:
                with path.open("rb") as handle:
                    mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
                size = int.from_bytes(mapped[-_TAIL:], "little")
                _state["map"] = mapped
                index = marshal.loads(mapped[-_TAIL - size:-_TAIL])
                if not isinstance(index, dict):
                    raise ValueError("not an index")
            except (OSError, ValueError, EOFError, TypeError, OverflowError):
                index = {}  # no file yet, or one this code cannot read: work them out afresh
        _state["index"] = index
    return index


def _code(offset: int, length: int) -> list[int]:
    words = array("I")
    words.frombytes(_state["map"][offset:offset + length])
    return words.tolist()


Compiled = tuple[Any, Any, tuple[str, ...]]  # the pattern, its twin or None, its needs


def lookup(source: str, flags: int) -> Compiled | None:
    """The pattern compiled, its twin and its needs, if kept (None without a cache, or
    where the file was damaged: `_sre.compile` checks the code it is given)."""
    if _state["file"] is None:
        return None
    name = key(source, flags)
    if name in _state["new"]:
        return None  # worked out afresh in this process already
    stored = _index().get(name)
    if stored is None:
        return None
    try:
        full, twin, needs = stored
        made = [compile_from(source, (f, _code(*code), g, dict(index), tuple(names)))
                for f, code, g, index, names in (full, *([twin] if twin else []))]
        return made[0], made[1] if twin else None, tuple(needs)
    except (TypeError, ValueError, IndexError, OverflowError, RuntimeError):
        return None


def compile_from(source: str, parts: Parts) -> Any:
    """The pattern `_sre.compile` makes of `source` and these parts."""
    return _sre.compile(source, *parts)


def compiled(source: str, flags: int, work_out: Callable[[int], Entry]) -> Compiled:
    """The pattern compiled, its twin and its needs: as kept, else `work_out(flags)`'s
    (remembered for `save`)."""
    found = lookup(source, flags)
    if found is None:
        entry = work_out(flags)
        remember(source, flags, entry)
        full, twin, needs = entry
        found = (compile_from(source, full),
                 None if twin is None else compile_from(source, twin), needs)
    return found


def remember(source: str, flags: int, entry: Entry) -> None:
    """Keep what was worked out for `source` (the code as 32-bit words), for `save`."""
    if _state["file"] is None:
        return
    full, twin, needs = entry
    _state["new"][key(source, flags)] = tuple(
        (f, array("I", code), g, dict(index), tuple(names))
        for f, code, g, index, names in (full, *([twin] if twin else []))), needs


def save(made: Iterable[tuple[str, int]]) -> bool:
    """Write the kept patterns that are in `made` (sources and flags of the patterns this
    process made: the others are left out), if any was worked out afresh since the file
    was read. Returns whether it wrote."""
    path: Path | None = _state["file"]
    new: dict[bytes, Any] = _state["new"]
    if path is None or not new:
        return False
    live = {key(source, flags) for source, flags in made}
    index: dict[bytes, Any] = {}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with temporary.open("wb") as out:
            def put(code: bytes) -> tuple[int, int]:
                at = out.tell()
                out.write(code)
                return at, len(code)

            for name, stored in _index().items():
                if name in live and name not in new:
                    full, twin, needs = stored
                    index[name] = (*[(f, put(_state["map"][c[0]:c[0] + c[1]]), g, i, n)
                                     for f, c, g, i, n in (full, *([twin] if twin else []))],
                                   *([None] if not twin else []), needs)
            for name, (parts, needs) in new.items():
                if name in live:
                    index[name] = (*[(f, put(code.tobytes()), g, i, n)
                                     for f, code, g, i, n in parts],
                                   *([None] if len(parts) == 1 else []), needs)
            table = marshal.dumps(index)
            out.write(table)
            out.write(len(table).to_bytes(_TAIL, "little"))
        for old in path.parent.glob("gated-patterns-*.bin"):
            if old != path:
                old.unlink(missing_ok=True)  # another Python's or an older gate's
        os.replace(temporary, path)
    except (OSError, ValueError):
        return False
    release()
    _state["file"] = path
    return True


def release() -> None:
    """Let the file go (its mapping, the index) and forget what was remembered: once
    every pattern is compiled nothing here is of use, and ~7 MB would stay resident."""
    mapped = _state["map"]
    _state.update(index=None, map=None, new={})
    if mapped is not None:
        mapped.close()


def finish(made: Iterable[tuple[str, int]]) -> None:
    """Every pattern is compiled: write what was new (`save`) and let the file go."""
    if save(made):
        # Imported here: imported with the gate, it moved where the tone models' tables
        # land in the heap (0.7 MB more resident after loading them).
        from desktopapp.checks.memory import release_freed_memory

        release_freed_memory()  # the code kept for the file was ~7 MB of the heap
    use(None)
