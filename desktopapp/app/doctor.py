"""Checking the database file, and its backups, for the window and `secondthought doctor`.
These work on the file itself (no open store), so they help even when it cannot be opened."""

from __future__ import annotations

from desktopapp.store.doctor import Backup, Report, backups, check, restore

__all__ = ["Backup", "Report", "backups", "check", "restore"]
