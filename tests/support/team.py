"""A team workspace on the test cluster: `team init` done, members invited, each able to
connect with their own login role and password (scram-sha-256), as a real member would."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import psycopg

from desktopapp.store import team_members, team_schema
from desktopapp.store.postgres import TeamDatabase
from tests.support.postgres import Cluster


@dataclass
class Member:
    name: str
    role: str
    login: str
    password: str
    person_id: int


@dataclass
class Team:
    cluster: Cluster
    database: str
    members: dict[str, Member] = field(default_factory=dict)

    @property
    def admin_url(self) -> str:
        return self.cluster.url(self.database)

    def url(self, name: str) -> str:
        return self.cluster.url(self.database, user=self.members[name].login)

    @contextmanager
    def superuser(self) -> Iterator[TeamDatabase]:
        db = TeamDatabase(self.admin_url)
        db.connect()
        try:
            yield db
        finally:
            db.close()

    def invite(self, name: str, role: str) -> Member:
        with self.superuser() as db:
            invitation = team_members.add_member(
                db, name, role, team_members.login_name(name, self.database))
        member = Member(name, role, invitation.login, invitation.password,
                        invitation.person_id)
        self.members[name] = member
        return member

    @contextmanager
    def sql(self, name: str) -> Iterator[psycopg.Connection[Any]]:
        """A raw psql-like session as the member: their login and their password."""
        member = self.members[name]
        conn = psycopg.connect(host="127.0.0.1", port=self.cluster.port,
                               dbname=self.database, user=member.login,
                               password=member.password, autocommit=True)
        try:
            yield conn
        finally:
            conn.close()


def make_team(cluster: Cluster, prefix: str = "team") -> Team:
    name = cluster.empty_database(prefix)
    db = TeamDatabase(cluster.url(name))
    db.connect()
    try:
        team_schema.install(db)
    finally:
        db.close()
    return Team(cluster, name)


def drop_team(team: Team) -> None:
    """The database, and the roles `team init` and invitations made (cluster-wide)."""
    team.cluster.drop_database(team.database)
    roles = team_schema.roles_for(team.database)
    logins = [m.login for m in team.members.values()]
    for role in [*logins, roles.admin, roles.reviewer, roles.author, roles.worker,
                 roles.owner]:
        team.cluster.psql(f'DROP ROLE IF EXISTS "{role}"')
