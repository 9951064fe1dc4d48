"""Second Thought: an offline-first writing tool that puts brakes on posts you may regret."""

__version__ = "0.1.0"
APP_NAME = "Second Thought"
# Names the data, config and log folders: never change it, people have their drafts there.
APP_ID = "secondthought"
# The reverse-DNS application id: desktop file name, AppStream id, Wayland app id, X11
# window instance name, macOS bundle id. Desktop environments match windows to launchers by it.
DESKTOP_ID = "io.github.secondthought.SecondThought"


def _import_peewee_without_the_postgres_driver() -> None:
    """peewee imports psycopg at its own import when psycopg is installed; psycopg's
    binary driver costs 100–500 ms, more than the rest of the app's imports together, and
    a personal (SQLite) workspace never needs it. So peewee is imported here with psycopg
    hidden, and `desktopapp.store.postgres` hands psycopg to peewee only when a team
    workspace is opened. Importing peewee here is cheap and every entry point needs it."""
    import gc
    import sys

    if "peewee" in sys.modules or "psycopg" in sys.modules:
        return
    sys.modules["psycopg"] = None  # type: ignore[assignment]  # "import psycopg" fails
    collecting = gc.isenabled()
    gc.disable()  # an import makes objects that live for ever: collection passes only cost
    try:
        import peewee  # noqa: F401
    finally:
        del sys.modules["psycopg"]
        if collecting:
            gc.enable()


_import_peewee_without_the_postgres_driver()
