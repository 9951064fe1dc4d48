"""Full-text search over drafts.

On SQLite this is an FTS5 table keyed by draft id. On PostgreSQL it is a `draft_fts`
table of `tsvector`s with a GIN index, matched with prefix queries (`word:*`). Both see the
same words: PostgreSQL's vectors are built from this module's own tokens, accents removed
as SQLite's `remove_diacritics` does, so a search finds the same drafts on either engine.
The rest of the app never sees engine-specific SQL.
"""

from __future__ import annotations

import re
import unicodedata
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


def _plain(text: str) -> str:
    """Lower case without accents ("Café" -> "cafe"), for PostgreSQL's side."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _pg_document(body: str, tags: Iterable[str], notes: str) -> str:
    """The words PostgreSQL indexes: each once, already split the way queries are."""
    return " ".join(query_terms(_plain(" ".join([body, " ".join(tags), notes]))))


def _pg_query(terms: Iterable[str]) -> str:
    # Every term quoted (operators typed by a user are plain words) and prefix-matched.
    return " & ".join("'" + t.replace("'", "") + "':*" for t in terms)


def _fts_query(terms: Iterable[str]) -> str:
    # Every term is quoted (so FTS operators typed by a user are plain words) and
    # prefix-matched, because results update while the user is still typing the word.
    return " ".join(f'"{t}"*' for t in terms)


def install(db: pw.Database) -> None:
    if not is_sqlite(db):
        db.execute_sql(
            f"CREATE TABLE IF NOT EXISTS {FTS_TABLE} (draft_id INTEGER PRIMARY KEY "
            "REFERENCES draft (id) ON DELETE CASCADE, document TSVECTOR NOT NULL)")
        db.execute_sql(f"CREATE INDEX IF NOT EXISTS {FTS_TABLE}_document ON {FTS_TABLE} "
                       "USING GIN (document)")
        return
    if is_sqlite(db):
        db.execute_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
            # Prefix indexes make as-you-type queries ("l*", "la*") cheap on big tables.
            "body, tags, notes, tokenize = 'unicode61 remove_diacritics 2', "
            "prefix = '1 2 3')"
        )


def index_draft(db: pw.Database, draft_id: int, body: str, tags: Iterable[str], notes: str) -> None:
    if not is_sqlite(db):
        _pg_index(db, [(draft_id, body, tags, notes)])
        return
    db.execute_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (draft_id,))
    db.execute_sql(
        f"INSERT INTO {FTS_TABLE} (rowid, body, tags, notes) VALUES (?, ?, ?, ?)",
        (draft_id, body, " ".join(tags), notes),
    )


def index_drafts(db: pw.Database,
                 entries: list[tuple[int, str, Iterable[str], str]]) -> None:
    """`index_draft` for many drafts at once (a batch import)."""
    if not entries:
        return
    if not is_sqlite(db):
        _pg_index(db, entries)
        return
    cursor = db.cursor()
    cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", [(e[0],) for e in entries])
    cursor.executemany(f"INSERT INTO {FTS_TABLE} (rowid, body, tags, notes) VALUES (?, ?, ?, ?)",
                       [(i, body, " ".join(tags), notes) for i, body, tags, notes in entries])


def _pg_index(db: pw.Database, entries: Iterable[tuple[int, str, Iterable[str], str]]) -> None:
    rows = [(i, _pg_document(body, tags, notes)) for i, body, tags, notes in entries]
    db.cursor().executemany(
        f"INSERT INTO {FTS_TABLE} (draft_id, document) VALUES (%s, to_tsvector('simple', %s)) "
        "ON CONFLICT (draft_id) DO UPDATE SET document = EXCLUDED.document", rows)


def remove_draft(db: pw.Database, draft_id: int) -> None:
    if is_sqlite(db):
        db.execute_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid = ?", (draft_id,))
    else:
        db.execute_sql(f"DELETE FROM {FTS_TABLE} WHERE draft_id = %s", (draft_id,))


def rebuild(db: pw.Database) -> int:
    """Re-index every draft (used by the migration that introduced search)."""
    if not is_sqlite(db):
        return _pg_rebuild(db)
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


def _pg_rebuild(db: pw.Database) -> int:
    tags: dict[int, list[str]] = {}
    for draft_id, name in db.execute_sql("SELECT draft_id, name FROM draft_tag").fetchall():
        tags.setdefault(draft_id, []).append(name)
    drafts = db.execute_sql("SELECT id, body, notes FROM draft").fetchall()
    db.execute_sql(f"DELETE FROM {FTS_TABLE}")
    _pg_index(db, [(i, body, tags.get(i, []), notes) for i, body, notes in drafts])
    return len(drafts)


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
    words = query_terms(_plain(" ".join(terms)))
    matches = pw.SQL(f"(SELECT draft_id FROM {FTS_TABLE} WHERE document @@ "
                     "to_tsquery('simple', %s))", [_pg_query(words)])
    return Draft.id.in_(matches)
