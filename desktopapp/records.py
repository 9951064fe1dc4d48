"""`@record`: a small data class made without generating code.

`@dataclass` writes the source of `__init__`, `__repr__`, `__eq__` (and, frozen,
`__setattr__`, `__delattr__`, `__hash__`) for every class and compiles it when the module
is imported: ~1 ms of CPU per class on Python 3.11. With 46 of them before the window's
first frame that was 14 % of the instructions of the whole start-up (valgrind, session 7,
docs/benchmarks.md). A record shares ready-made methods instead:

- the fields are the class's annotated names in order (`ClassVar` ones excepted), after
  those of a record it derives from; a field's default is its class attribute, or
  `dataclasses.field(default_factory=…)` makes a fresh one for each record;
- arguments go by position or by name, with the same errors as a dataclass;
- frozen by default (assigning raises `dataclasses.FrozenInstanceError`), compared and
  hashed by value (a record with `frozen=False` is compared but not hashable), shown as
  `Name(field=value, …)`; `__post_init__` runs after the fields are set;
- type checkers treat it as a dataclass (`dataclass_transform`); `replace(obj, **changes)`
  is `dataclasses.replace` for records.

Keep `@dataclass` where a class is made in hot loops (a record's `__init__` binds its
arguments in Python: a few µs instead of one), or needs ordering, `asdict` or `fields`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError, field
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T")
_MUTABLE_DEFAULTS = (list, dict, set, bytearray)


def _is_class_var(annotation: object) -> bool:
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith(("ClassVar", "typing.ClassVar"))


def _fields_of(cls: type) -> tuple[tuple[str, ...], dict[str, Any], dict[str, Callable[[], Any]]]:
    names: list[str] = []
    defaults: dict[str, Any] = {}
    factories: dict[str, Callable[[], Any]] = {}
    for base in reversed(cls.__mro__[1:]):
        for name in getattr(base, "__record_fields__", ()):
            if name not in names:
                names.append(name)
        defaults.update(getattr(base, "__record_defaults__", {}))
        factories.update(getattr(base, "__record_factories__", {}))
    for name, annotation in inspect.get_annotations(cls).items():
        if _is_class_var(annotation):
            continue
        if name in cls.__dict__:
            default = cls.__dict__[name]
            if isinstance(default, Field):  # field(default=…) or field(default_factory=…)
                if default.default_factory is not MISSING:
                    factories[name] = default.default_factory
                    delattr(cls, name)
                else:
                    setattr(cls, name, default.default)
                    defaults[name] = default.default
            elif isinstance(default, _MUTABLE_DEFAULTS):
                raise ValueError(f"mutable default {type(default).__name__} for field "
                                 f"{name} is not allowed: use field(default_factory=…)")
            else:
                defaults[name] = default
        if name not in names:
            names.append(name)
    seen_default = False
    for name in names:
        if name in defaults or name in factories:
            seen_default = True
        elif seen_default:
            raise TypeError(f"non-default argument {name!r} follows default argument")
    return tuple(names), defaults, factories


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    names: tuple[str, ...] = cls.__record_fields__
    if len(args) > len(names):
        raise TypeError(f"{cls.__name__}() takes {len(names)} arguments but {len(args)} "
                        "were given")
    values = dict(zip(names, args, strict=False))
    for key, value in kwargs.items():
        if key in values:
            raise TypeError(f"{cls.__name__}() got multiple values for argument {key!r}")
        if key not in cls.__record_names__:
            raise TypeError(f"{cls.__name__}() got an unexpected keyword argument {key!r}")
        values[key] = value
    if len(values) < len(names):
        defaults, factories = cls.__record_defaults__, cls.__record_factories__
        for name in names:
            if name not in values:
                if name in defaults:
                    values[name] = defaults[name]
                elif name in factories:
                    values[name] = factories[name]()
                else:
                    raise TypeError(f"{cls.__name__}() missing required argument: {name!r}")
    self.__dict__.update(values)  # not through __setattr__: a frozen record refuses it
    post_init = getattr(self, "__post_init__", None)
    if post_init is not None:
        post_init()


def _values(self: Any) -> tuple[Any, ...]:
    state = self.__dict__
    return tuple(state[name] for name in type(self).__record_fields__)


def _eq(self: Any, other: object) -> bool:
    if other.__class__ is self.__class__:
        return bool(_values(self) == _values(other))
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(_values(self))


def _repr(self: Any) -> str:
    state = self.__dict__
    shown = ", ".join(f"{name}={state[name]!r}" for name in type(self).__record_fields__)
    return f"{type(self).__qualname__}({shown})"


def _refuse_set(self: Any, name: str, value: object) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _refuse_delete(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def _make(cls: type[T], frozen: bool) -> type[T]:
    names, defaults, factories = _fields_of(cls)
    methods: dict[str, Any] = {
        "__record_fields__": names, "__record_names__": frozenset(names),
        "__record_defaults__": defaults, "__record_factories__": factories,
        "__match_args__": names, "__init__": _init,
        "__repr__": _repr, "__eq__": _eq,
    }
    if frozen:
        methods.update(__hash__=_hash, __setattr__=_refuse_set, __delattr__=_refuse_delete)
    else:
        methods["__hash__"] = None  # compared by value and mutable: not hashable
    for name, method in methods.items():
        if name in ("__init__", "__repr__", "__eq__") and name in cls.__dict__:
            continue  # the class wrote its own
        setattr(cls, name, method)
    return cls


@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(*, frozen: bool = True) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def record(cls: type[T] | None = None, /, *,
           frozen: bool = True) -> type[T] | Callable[[type[T]], type[T]]:
    """Make `cls` a record (see the module's docstring): `@record` or
    `@record(frozen=False)`."""
    if cls is None:
        return lambda each: _make(each, frozen)
    return _make(cls, frozen)


def replace(obj: T, /, **changes: Any) -> T:
    """A copy of the record (or dataclass) `obj` with some fields changed."""
    cls = type(obj)
    names = getattr(cls, "__record_fields__", None)
    if names is None:
        import dataclasses

        return dataclasses.replace(obj, **changes)  # type: ignore[type-var]
    state = obj.__dict__
    return cls(**{name: changes.pop(name) if name in changes else state[name]
                  for name in names}, **changes)
