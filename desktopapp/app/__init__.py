"""Application services shared by the window and the command line.

`ui/` and `cli/` call these; they never touch `desktopapp.store` or peewee themselves.
Every service takes the `AppContext` built once at start (see `context.py`) and, after a
change has been committed, announces it on the context's event bus (see `events.py`).
"""
