"""Bulk inserts for imports: plain parameterised INSERTs, faster than the query builder
for thousands of rows, written for whichever engine the model is bound to."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

import peewee as pw

from desktopapp.store.dialect import is_sqlite


class FastInserter:
    """Plain INSERTs with each field's own conversion (UTC datetimes, foreign keys):
    building the SQL through the query builder cost more than the writing itself."""

    def __init__(self, model: type[pw.Model]) -> None:
        # Every column but the key: the model's defaults fill what a row leaves out, as
        # `Model.create` would.
        self.fields = [f for f in model._meta.sorted_fields if not isinstance(f, pw.AutoField)]
        columns = ", ".join(f'"{f.column_name}"' for f in self.fields)
        db = model._meta.database
        self.sql = (f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES '
                    f"({', '.join(db.param for _ in self.fields)})")
        # PostgreSQL has no lastrowid: it hands the new key back with RETURNING.
        self.returning = not is_sqlite(db)
        self.cursor = db.cursor()
        self._converted: dict[tuple[str, datetime], object] = {}

    def _value(self, f: pw.Field, row: Mapping[str, object]) -> object:
        value = row[f.name] if f.name in row else \
            (f.default() if callable(f.default) else f.default)
        if isinstance(value, datetime):  # one timestamp for the whole batch: convert once
            key = (f.name, value)
            if key not in self._converted:
                self._converted[key] = f.db_value(value)
            return self._converted[key]
        return f.db_value(value)

    def _values(self, row: Mapping[str, object]) -> tuple[object, ...]:
        return tuple(self._value(f, row) for f in self.fields)

    def insert_one(self, row: Mapping[str, object]) -> int:
        if self.returning:
            self.cursor.execute(self.sql + ' RETURNING "id"', self._values(row))
            return int(self.cursor.fetchone()[0])
        self.cursor.execute(self.sql, self._values(row))
        return int(self.cursor.lastrowid)

    def insert_many(self, rows: Sequence[Mapping[str, object]]) -> None:
        self.cursor.executemany(self.sql, [self._values(row) for row in rows])
