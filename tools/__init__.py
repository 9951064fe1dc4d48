"""Offline pipelines that are not part of the app (not in the wheel): run from the repo root."""
