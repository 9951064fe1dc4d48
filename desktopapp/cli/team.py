"""`secondthought team …`: make a PostgreSQL database a team workspace, invite and remove
people, join from an invitation, upgrade, and show how the team stands.

Every subcommand opens its own connection (a `raw_handler`): `init` and `upgrade` run as
the server's administrator, the others as a member (an admin for people changes). The
workspace is the URL given, else `--db` / $SECONDTHOUGHT_DB."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TextIO

from desktopapp.app import team
from desktopapp.cli.common import Commands, UsageError
from desktopapp.config import is_team_url, resolve_paths


def register(commands: Commands) -> None:
    t = commands.add_parser("team", help="a shared team workspace on a PostgreSQL server")
    t.set_defaults(raw_handler=cmd_team)
    actions = t.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, words in (("init", "make a database a team workspace (server administrator; "
                                 "safe to run again)"),
                        ("upgrade", "migrate and reapply the rules under a lock (server "
                                    "administrator)")):
        p = actions.add_parser(name, help=words)
        p.add_argument("url", metavar="URL", help="postgresql://[user@]host/database")
        p.add_argument("--oldest-client", metavar="VERSION",
                       help="oldest app version still allowed to write (older ones open "
                            "read-only)")
    p = actions.add_parser("add-person", help="invite someone (admins): prints a one-time "
                                              "invitation")
    p.add_argument("name", help="their name as shown in the app")
    p.add_argument("--role", choices=["author", "reviewer", "admin"], required=True,
                   help="author writes; reviewer also approves others' drafts; admin also "
                        "manages people, channels and settings")
    p.add_argument("--login", help="their login role (default: first name + _database)")
    p.add_argument("--workspace", metavar="URL", help="default: --db / $SECONDTHOUGHT_DB")
    p = actions.add_parser("remove-person", help="remove someone's login (admins); their "
                                                 "drafts and history stay")
    p.add_argument("name", help="their name as shown in the app")
    p.add_argument("--workspace", metavar="URL", help="default: --db / $SECONDTHOUGHT_DB")
    p = actions.add_parser("add-worker", help="a login for `secondthought worker` (admins): "
                                              "prints a one-time invitation")
    p.add_argument("--login", help="the worker's login role (default: worker_database)")
    p.add_argument("--workspace", metavar="URL", help="default: --db / $SECONDTHOUGHT_DB")
    p = actions.add_parser("remove-worker", help="drop a worker's login (admins)")
    p.add_argument("login", help="the worker's login role (see team status)")
    p.add_argument("--workspace", metavar="URL", help="default: --db / $SECONDTHOUGHT_DB")
    p = actions.add_parser("join", help="join from an invitation: the password goes into "
                                        "the keyring")
    p.add_argument("url", metavar="URL", help="the invitation's workspace URL")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the invitation's password from standard input")
    p = actions.add_parser("status", help="schema, accepted clients, members, protection")
    p.add_argument("--workspace", metavar="URL", help="default: --db / $SECONDTHOUGHT_DB")


def _workspace(args: argparse.Namespace) -> str:
    url = getattr(args, "workspace", None) or args.db or os.environ.get("SECONDTHOUGHT_DB")
    if not url or not is_team_url(url):
        raise UsageError("name the team workspace: --workspace postgresql://you@host/db "
                         "(or --db / $SECONDTHOUGHT_DB)")
    return str(url)


def _url(value: str) -> str:
    if not is_team_url(value):
        raise UsageError(f"{value} is not a team workspace URL (postgresql://user@host/db)")
    return value


def cmd_team(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    action = args.action
    if action in ("init", "upgrade"):
        report = team.init(_url(args.url), args.oldest_client)
        did = (f"applied {len(report.applied)} migration(s), now schema version "
               f"{report.to_version}" if report.applied
               else f"schema version {report.to_version}, nothing to migrate")
        out.write(f"Team workspace {report.roles.database} is ready: {did}; rules applied; "
                  f"clients from {report.oldest_client} may write.\n")
        if action == "init":
            out.write(f"Next: secondthought team add-person NAME --role admin --workspace "
                      f"{_url(args.url)}\n")
        return 0
    if action == "join":
        password = _read_password(args, stdin)
        paths = resolve_paths(_url(args.url))
        me = team.join(args.url, password, paths)
        with team.connect(paths.workspace_url or args.url) as db:
            st = team.status(db, args.url)
        out.write(f"Joined {st.database} as {me.name} ({me.role}). Your password was "
                  "replaced by a new one kept in this machine's keyring.\n"
                  f"Open it: secondthought --db \"{paths.workspace_url}\"\n")
        return 0
    url = _workspace(args)
    with team.connect(url) as db:
        if action == "add-person":
            out.write(team.add_person(db, url, args.name, args.role, args.login).text() + "\n")
        elif action == "add-worker":
            out.write(team.add_worker(db, url, args.login).text() + "\n")
        elif action == "remove-worker":
            out.write(f"Removed the worker login {team.remove_worker(db, args.login)}.\n")
        elif action == "remove-person":
            login = team.remove_person(db, args.name)
            out.write(f"Removed {args.name} (login {login} dropped). Their drafts, reviews "
                      "and history stay.\n")
        else:
            _print_status(team.status(db, url), out)
    return 0


def _read_password(args: argparse.Namespace, stdin: TextIO) -> str:
    if args.password_stdin:
        password = stdin.readline().strip()
    elif sys.stdin.isatty():
        password = getpass.getpass("The invitation's password: ").strip()
    else:
        raise UsageError("no terminal to ask for the password: use --password-stdin")
    if not password:
        raise UsageError("the invitation's password is empty")
    return password


def _print_status(st: team.Status, out: TextIO) -> None:
    out.write(f"Workspace:   {st.url}\n")
    out.write(f"Schema:      version {st.schema_version} (this app knows {st.app_schema})\n")
    verdict = "may write" if st.client_accepted else "read-only: update the app"
    out.write(f"Clients:     {st.oldest_client} or newer may write; this is "
              f"{st.this_client} ({verdict})\n")
    out.write(f"You are:     {st.my_role or 'not a member (server administrator?)'}\n")
    protection = "forced row-level security on every table" if not st.unprotected_tables \
        else "NOT protected: " + ", ".join(st.unprotected_tables) + " (run team upgrade)"
    out.write(f"Protection:  {protection}\n")
    out.write(f"Members ({len(st.members)}):\n")
    for m in st.members:
        me = "  (you)" if m.is_me else ""
        out.write(f"  {m.role:<9} {m.name}  [{m.login}]{me}\n")
    out.write(f"Workers:     {', '.join(st.workers) or 'none (team add-worker)'}\n")
