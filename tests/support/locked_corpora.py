"""What the tests of the fresh locked corpora share. Their texts are compared, never
printed (a failing assertion gives counts only, so a tuner running the suite does not see
a locked post), and a spy tells which files `tools/eval_warnings.parts` reads."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import pytest

from tools import eval_warnings

FIXTURES = eval_warnings.ROOT / "tests" / "fixtures"
Parts = tuple[list[eval_warnings.Part], list[eval_warnings.Part]]


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def texts_outside(folder: Path) -> list[str]:
    """The post texts of every corpus file (tests/fixtures/warnings*/*.txt) not in `folder`."""
    texts = [line.split("\t", 1)[-1]
             for path in sorted(FIXTURES.glob("warnings*/*.txt")) if path.parent != folder
             for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    assert len(texts) > 1000  # the other corpora were really found and read
    return texts


def in_crying_wolf(texts: Iterable[str]) -> int:
    """How many of `texts` tests/fixtures/crying_wolf.json holds: it keeps its posts as JSON
    strings, so each text is looked for as JSON spells it, escaped or not."""
    raw = (FIXTURES / "crying_wolf.json").read_text(encoding="utf-8")
    assert len(raw) > 1000
    return sum(any(json.dumps(text, ensure_ascii=escape)[1:-1] in raw
                   for escape in (True, False)) for text in texts)


def parts_read(monkeypatch: pytest.MonkeyPatch, *, tuning: bool) -> tuple[set[Path], Parts]:
    """`eval_warnings.parts(tuning)` and every file it read (resolved paths)."""
    read: list[Path] = []
    real_read_text = Path.read_text

    def spy(self: Path, *args: object, **kwargs: object) -> str:
        read.append(self.resolve())
        return real_read_text(self, *args, **kwargs)  # type: ignore[arg-type]

    with monkeypatch.context() as patch:
        patch.setattr(Path, "read_text", spy)
        parts = eval_warnings.parts(tuning=tuning)
    return set(read), parts
