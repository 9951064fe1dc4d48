"""Fuzzing the review-response importer: whatever bytes arrive, the import either applies
completely or is refused with a PacketError, and a refusal changes nothing.

`make fuzz` runs thousands of examples; the suite runs a short pass (FUZZ_EXAMPLES)."""

from __future__ import annotations

import base64
import json
import os
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktopapp.core import packets, people, workflow
from desktopapp.core.packets import PacketError
from desktopapp.core.people import Role
from desktopapp.core.review import content_hash
from desktopapp.store.models import AuditEvent, Draft, PacketResponse, Person, Review
from tests.support.reviewers import PW

# Hostile input is parsed before the store sees it: SQLite's run covers it; the
# storage engines' own behaviour is tested in the both-engine tests.
pytestmark = pytest.mark.sqlite_only

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "60"))
KEY = Ed25519PrivateKey.generate()
PUBLIC = base64.b64encode(KEY.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def _state() -> tuple[object, ...]:
    drafts = tuple((d.id, d.state, d.body) for d in Draft.select().order_by(Draft.id))
    return drafts, Review.select().count(), PacketResponse.select().count()


@pytest.fixture
def world(store, user, tmp_path: Path):
    client = people.add_person("Casey Client", Role.REVIEWER, user.id, passphrase=PW)
    Person.update(public_key=PUBLIC).where(Person.id == client.id).execute()
    ids = [workflow.create_draft(user.id, f"post {i}").id for i in range(3)]
    for draft_id in ids:
        workflow.submit(draft_id, user.id, client.id)
    packet_id = packets.export_packet(ids, user.id, tmp_path / "p.stpacket")

    body = {"format": packets.RESPONSE_FORMAT, "version": 1, "response_id": "r-1",
            "packet_id": packet_id, "created_at": "2026-11-24T00:00:00+00:00",
            "reviewer": {"name": "Casey Client", "public_key": PUBLIC, "fingerprint": ""},
            "decisions": [{"draft_id": i, "content_hash": content_hash(i),
                           "decision": "approved", "comment": ""} for i in ids]}
    return user, body


def _write(path: Path, body: object, sign: bool = True, raw: bytes | None = None) -> None:
    data = raw if raw is not None else json.dumps(body, sort_keys=True, ensure_ascii=False,
                                                  separators=(",", ":")).encode()
    signature = base64.b64encode(KEY.sign(data)).decode() if sign else "AAAA"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("response.json", data)
        archive.writestr("signature.txt", signature)


def _import_is_all_or_nothing(user_id: int, path: Path) -> None:
    before = _state()
    try:
        packets.import_response(path, user_id)
    except PacketError as exc:
        assert str(exc)  # a specific message, never empty
        assert _state() == before
        return
    after = _state()
    assert after[2] == before[2] + 1  # a complete import records the response


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=4),
    max_leaves=12)


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.sampled_from(["format", "version", "response_id", "packet_id", "reviewer",
                            "decisions"]),
       value=json_values, signed=st.booleans())
def test_any_field_replaced_by_anything(world, tmp_path: Path, key, value, signed) -> None:
    user, body = world
    mutated = dict(body, **{key: value})
    mutated["response_id"] = mutated.get("response_id") if key == "response_id" else \
        f"r-{abs(hash(json.dumps(value, default=str)))}"
    path = tmp_path / "fuzz.stresponse"
    _write(path, mutated, sign=signed)
    _import_is_all_or_nothing(user.id, path)


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(index=st.integers(0, 2), field=st.sampled_from(["draft_id", "content_hash",
                                                       "decision", "comment"]),
       value=json_values)
def test_any_decision_field_replaced(world, tmp_path: Path, index, field, value) -> None:
    user, body = world
    decisions = [dict(d) for d in body["decisions"]]
    decisions[index][field] = value
    mutated = dict(body, decisions=decisions,
                   response_id=f"d-{abs(hash(json.dumps(value, default=str)))}")
    path = tmp_path / "fuzz.stresponse"
    _write(path, mutated)
    _import_is_all_or_nothing(user.id, path)


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), flips=st.lists(st.integers(0, 10_000), max_size=8))
def test_random_and_corrupted_bytes(world, tmp_path: Path, data, flips) -> None:
    user, body = world
    good = tmp_path / "good.stresponse"
    _write(good, body)
    raw = bytearray(good.read_bytes())
    for position in flips:
        raw[position % len(raw)] ^= 0xFF
    for candidate in (bytes(raw), data):
        path = tmp_path / "fuzz.stresponse"
        path.write_bytes(candidate)
        _import_is_all_or_nothing(user.id, path)
    assert AuditEvent.select().count() > 0
