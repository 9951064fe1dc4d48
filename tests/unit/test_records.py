"""`desktopapp.records.record` behaves as the frozen dataclasses it replaces on the start-up
path (made without compiling code, see the module)."""

from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError, dataclass, field
from typing import ClassVar

import pytest

from desktopapp.records import record, replace


@record
class Point:
    """A point."""

    x: int
    y: int = 0
    label: str = ""
    ORIGIN: ClassVar[str] = "origin"

    @property
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


@dataclass(frozen=True)
class DataPoint:
    x: int
    y: int = 0
    label: str = ""


@record
class Labelled(Point):
    colour: str = "red"


@record(frozen=False)
class Counter:
    name: str
    count: int = 0


def test_arguments_defaults_and_errors_match_a_dataclass() -> None:
    assert (Point(1).x, Point(1).y, Point(1, 2, "a").label) == (1, 0, "a")
    assert Point(y=3, x=1) == Point(1, 3)
    assert Point(1, 2).norm1 == 3 and Point.ORIGIN == "origin"
    for bad in (lambda: Point(), lambda: Point(1, 2, "a", 4),  # type: ignore[call-arg]
                lambda: Point(1, x=2), lambda: Point(1, z=2)):  # type: ignore[misc, call-arg]
        with pytest.raises(TypeError):
            bad()
    for args in ((1,), (1, 2), (1, 2, "a")):  # the same values as the dataclass
        assert repr(Point(*args)).removeprefix("Point") == \
            repr(DataPoint(*args)).removeprefix("DataPoint")


def test_frozen_compared_and_hashed_by_value() -> None:
    p = Point(1, 2)
    with pytest.raises(FrozenInstanceError):
        p.x = 5  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del p.x
    assert p == Point(1, 2) and p != Point(2, 1) and p != (1, 2, "")
    assert len({p, Point(1, 2), Point(2, 1)}) == 2
    assert Labelled(1) != Point(1)  # another class is never equal


def test_inheritance_match_replace_copy_and_pickle() -> None:
    shade = Labelled(1, 2, colour="blue")
    assert repr(shade) == "Labelled(x=1, y=2, label='', colour='blue')"
    match shade:
        case Labelled(x, y, _, colour):
            assert (x, y, colour) == (1, 2, "blue")
    assert replace(shade, y=5) == Labelled(1, 5, colour="blue")
    with pytest.raises(TypeError):
        replace(shade, nope=1)
    assert copy.deepcopy(shade) == shade
    assert pickle.loads(pickle.dumps(shade)) == shade


def test_a_mutable_record_is_not_hashable() -> None:
    counter = Counter("a")
    counter.count += 1
    assert counter == Counter("a", 1)
    with pytest.raises(TypeError):
        hash(counter)


def test_misdeclared_records_are_refused() -> None:
    with pytest.raises(ValueError):
        record(type("Bad", (), {"__annotations__": {"items": "list[int]"}, "items": []}))
    with pytest.raises(TypeError):
        record(type("Order", (), {"__annotations__": {"a": "int", "b": "int"}, "a": 1}))


@record(frozen=False)
class Basket:
    owner: str
    items: list[str] = field(default_factory=list)
    note: str = field(default="")


def test_a_default_factory_makes_a_fresh_value_for_each_record() -> None:
    one, two = Basket("a"), Basket("b")
    one.items.append("x")
    assert (one.items, two.items, one.note) == (["x"], [], "")
    assert Basket("c", ["y"], note="n") == Basket(owner="c", items=["y"], note="n")
    assert "items" not in Basket.__dict__ and Basket.note == ""
