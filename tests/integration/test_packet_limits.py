"""Packets and responses from outside, at their limits: a member whose header lies about
its size, a flipped byte in the compressed stream, JSON nested 100,000 deep, a response
signed with the author's own key. Each is one PacketError (or DomainError), nothing
changes, and the refusal is in the audit log."""

from __future__ import annotations

import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from desktopapp.core import packets
from desktopapp.core.errors import DomainError
from desktopapp.core.packets import PacketError
from desktopapp.store.models import AuditEvent, Person
from tests.integration import test_packet_fuzz as fuzz
from tests.integration.test_packet_fuzz import PUBLIC, _state, _write

# Hostile input is parsed before the store sees it: SQLite's run covers it; the
# storage engines' own behaviour is tested in the both-engine tests.
pytestmark = pytest.mark.sqlite_only

world = fuzz.world  # the same three submitted drafts, sent in a packet, and a signed answer


def _refusals() -> list[str]:
    return [e.reason for e in AuditEvent.select().where(
        AuditEvent.action.in_(["response rejected", "packet rejected"]))]


def _lying_zip(path: Path, name: str, real_size: int, claimed: int) -> None:
    """A member of `real_size` zero bytes whose local and central headers claim `claimed`."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, b"\0" * real_size)
        archive.writestr("signature.txt", b"AAAA")
    raw = bytearray(path.read_bytes())
    local = raw.index(b"PK\x03\x04")
    raw[local + 22:local + 26] = struct.pack("<I", claimed)
    central = raw.index(b"PK\x01\x02")
    raw[central + 24:central + 28] = struct.pack("<I", claimed)
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("name", ["response.json", "manifest.json"])
def test_a_member_whose_header_lies_is_not_inflated_whole(world, tmp_path: Path,
                                                         name: str) -> None:
    """Probe 8: 4.4 MB on disk was inflated to 2.1 GB before being refused."""
    user, _body = world
    path = tmp_path / "bomb.stpacket"
    _lying_zip(path, name, 300_000_000, 1000)
    assert path.stat().st_size < packets.MAX_FILE_BYTES
    before = _state()
    tracemalloc.start()
    with pytest.raises(PacketError):
        if name == "response.json":
            packets.import_response(path, user.id)
        else:
            packets.import_packet(path, user.id)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"\n{name}: 300 MB member claiming 1,000 bytes, peak {peak:,} bytes while refusing")
    assert peak < 20_000_000, f"{peak:,} bytes held while refusing"
    assert _state() == before and _refusals()


def test_a_flipped_byte_in_the_compressed_stream_is_a_refusal(world, tmp_path: Path) -> None:
    """Probe 7: zlib.error escaped as a traceback."""
    user, body = world
    good = tmp_path / "good.stresponse"
    _write(good, body)
    raw = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as archive:
        info = archive.getinfo("response.json")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    errors = set()
    for offset in range(0, info.compress_size, max(1, info.compress_size // 40)):
        broken = bytearray(raw)
        broken[start + offset] ^= 0x5A
        path = tmp_path / "flipped.stresponse"
        path.write_bytes(bytes(broken))
        before = _state()
        try:
            packets.import_response(path, user.id)
        except PacketError as exc:
            errors.add(str(exc).split(":")[0])
        assert _state() == before
    assert errors  # every flip was refused with a message, none escaped


@pytest.mark.parametrize("member", ["response.json", "manifest.json"])
def test_json_nested_100000_deep_is_a_refusal(world, tmp_path: Path, member: str) -> None:
    """Probe 7: RecursionError escaped from json.loads."""
    user, _body = world
    path = tmp_path / "deep.stpacket"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, "[" * 100_000 + "]" * 100_000)
        archive.writestr("signature.txt", "AAAA")
    before = _state()
    with pytest.raises(PacketError, match="not valid JSON"):
        if member == "response.json":
            packets.import_response(path, user.id)
        else:
            packets.import_packet(path, user.id)
    assert _state() == before and any("not valid JSON" in r for r in _refusals())


def test_a_response_signed_with_the_authors_own_key_is_refused_and_audited(
        world, tmp_path: Path) -> None:
    """Probe 8: refused, but no audit entry."""
    user, body = world
    Person.update(public_key=PUBLIC).where(Person.id == user.id).execute()
    own = dict(body, response_id="own-key",
               reviewer={"name": "Alex Author", "public_key": PUBLIC, "fingerprint": ""})
    path = tmp_path / "own.stresponse"
    _write(path, own)
    before = _state()
    with pytest.raises(DomainError):
        packets.import_response(path, user.id)
    assert _state() == before
    assert any(r.startswith("own.stresponse") for r in _refusals())
