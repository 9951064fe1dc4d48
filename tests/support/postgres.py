"""A real PostgreSQL server for the tests: a throw-away cluster on loopback.

One cluster is started per test session, the first time a test asks for it (about a
second), and stopped when the session ends. Each test gets its own database, copied from a
migrated template (`CREATE DATABASE … TEMPLATE`), so no test sees another's rows.

Authentication is as a real server would have it: the `postgres` superuser is trusted on
loopback (the tests' administrator), every other role must give its password
(scram-sha-256). `make test` installs Debian's PostgreSQL when it is missing
(packaging/scripts/debian-deps.sh).
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SUPERUSER = "postgres"
TEMPLATE = "st_template"


def _bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parent.parent.name))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_owner(argv: list[str], owner: str | None) -> list[str]:
    # initdb and the server refuse to run as root: run them as the cluster's owner.
    return ["runuser", "-u", owner, "--", *argv] if owner else argv


@dataclass
class Cluster:
    bin_dir: Path
    root: Path
    port: int
    owner: str | None
    _names: itertools.count = field(default_factory=lambda: itertools.count(1))

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        done = subprocess.run(
            [str(self.bin_dir / "psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1",
             "-h", "127.0.0.1", "-p", str(self.port), "-U", SUPERUSER, "-d", database,
             "-c", sql], capture_output=True, text=True, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr.strip()}")
        return done.stdout.strip()

    def start(self) -> None:
        subprocess.run(_as_owner([str(self.bin_dir / "initdb"), "-D", str(self.data),
                                  "-U", SUPERUSER, "--auth=trust", "--no-sync",
                                  "--encoding=UTF8", "--locale=C.UTF-8"], self.owner),
                       check=True, capture_output=True, timeout=120)
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {SUPERUSER} 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n")
        options = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        subprocess.run(_as_owner([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o",
                                  options, "-l", str(self.root / "server.log"), "-w", "-t",
                                  "60", "start"], self.owner),
                       check=True, capture_output=True, timeout=90)

    def stop(self) -> None:
        subprocess.run(_as_owner([str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m",
                                  "immediate", "stop"], self.owner),
                       capture_output=True, timeout=60)
        shutil.rmtree(self.root, ignore_errors=True)

    def prepare_template(self) -> None:
        """A migrated, empty workspace every test database is copied from."""
        from desktopapp.store.connection import open_postgres_store

        self.psql(f"CREATE DATABASE {TEMPLATE}")
        store = open_postgres_store(self.url(TEMPLATE))
        store.close()

    def new_database(self, prefix: str = "t") -> str:
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        self.psql(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return name

    def empty_database(self, prefix: str = "e") -> str:
        """A database with no schema at all (for `team init` and migration tests)."""
        name = f"{prefix}_{os.getpid()}_{next(self._names)}"
        self.psql(f"CREATE DATABASE {name}")
        return name

    def drop_database(self, name: str) -> None:
        self.psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def start_cluster() -> Cluster:
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.fail("PostgreSQL is not installed; `make test` installs it "
                    "(packaging/scripts/debian-deps.sh)")
    owner = "postgres" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="st-pg-"))
    root.chmod(0o755)
    if owner:
        shutil.chown(root, owner)
    cluster = Cluster(bin_dir=bin_dir, root=root, port=_free_port(), owner=owner)
    try:
        cluster.start()
        cluster.prepare_template()
    except BaseException:
        cluster.stop()
        raise
    return cluster
