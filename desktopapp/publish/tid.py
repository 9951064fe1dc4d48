"""AT Protocol record keys (TIDs): 13 characters, sortable, from the time in microseconds
and a random clock id. The publisher uses one as every publication's idempotency key, so
a Bluesky retry writes the same record key (and other networks get an opaque unique key)."""

from __future__ import annotations

import random
import time

ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"


def new_tid(now_us: int | None = None, clock_id: int | None = None) -> str:
    micros = now_us if now_us is not None else time.time_ns() // 1000
    clock = clock_id if clock_id is not None else random.getrandbits(10)
    value = ((micros & ((1 << 53) - 1)) << 10) | (clock & 0x3FF)
    chars = []
    for _ in range(13):
        chars.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def offset(tid: str, step: int) -> str:
    """The TID `step` places after `tid`: distinct, valid keys for a thread's parts."""
    value = 0
    for char in tid:
        value = value * 32 + ALPHABET.index(char)
    value += step
    chars = []
    for _ in range(13):
        chars.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def is_tid(text: str) -> bool:
    return len(text) == 13 and all(c in ALPHABET for c in text) and text[0] in ALPHABET[:16]
