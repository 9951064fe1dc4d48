"""A personal workspace never loads the PostgreSQL driver (it costs more start-up time
than the rest of the app's imports); a team workspace loads it when opened."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from tests.support.postgres import Cluster


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_personal_workspace_never_imports_psycopg(tmp_path) -> None:
    # Migrating a new file loads playhouse.migrate, which would load psycopg (and asyncio)
    # through its CockroachDB support: 17 MB on a first start. It is imported without it.
    migrated = _run(f"""
        import sys
        from desktopapp.store.connection import open_location
        open_location({str(tmp_path / 'w.db')!r})
        print("playhouse.migrate" in sys.modules, "psycopg" in sys.modules,
              "asyncio" in sys.modules)
    """)
    assert migrated == "True False False"
    out = _run(f"""
        import sys
        from desktopapp.store.connection import open_location
        from desktopapp.core import workflow, people
        store = open_location({str(tmp_path / "w.db")!r})
        user = people.set_up_local_user("Alex")
        workflow.create_draft(user.id, "hello")
        print("psycopg" in sys.modules)
    """)
    assert out == "False"


def test_a_team_workspace_loads_it_when_opened(pg_cluster: Cluster) -> None:
    name = pg_cluster.new_database()
    out = _run(f"""
        import sys
        import desktopapp, peewee
        from desktopapp.store.connection import open_location
        from desktopapp.core import workflow, people
        assert "psycopg" not in sys.modules
        store = open_location({pg_cluster.url(name)!r}, run_migrations=False)
        user = people.set_up_local_user("Alex")
        draft = workflow.create_draft(user.id, "hello")
        print("psycopg" in sys.modules, draft.id)
    """)
    pg_cluster.drop_database(name)
    assert out == "True 1"
