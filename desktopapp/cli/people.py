"""`secondthought people …` and `secondthought audit …`: who is in the workspace, their
signing keys, and the audit log."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from desktopapp.app import audit, people
from desktopapp.app.context import AppContext
from desktopapp.cli import passphrase
from desktopapp.cli.common import Commands, person_by_name
from desktopapp.core.errors import NotFound, PermissionDenied
from desktopapp.core.people import Role


def register(commands: Commands) -> None:
    pp = commands.add_parser("people", help="people in the workspace")
    pp.set_defaults(handler=cmd_people)
    actions = pp.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("list", help="everyone, with roles and key fingerprints")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p = actions.add_parser("add", help="add a person (a reviewer or admin: admins only)")
    p.add_argument("name", help="their name as shown in the app")
    p.add_argument("--role", choices=[r.value for r in Role], default="reviewer",
                   help="what they may do (default: reviewer)")
    passphrase.add_option(p, "their passphrase (a reviewer proves who they are with it)")
    p = actions.add_parser("set-passphrase", help="set someone's passphrase (admins only)")
    p.add_argument("name", help="their name as shown in the app")
    passphrase.add_option(p, "the new passphrase")
    p = actions.add_parser("export-key", help="write a person's public key to share")
    p.add_argument("name", help="whose key")
    p.add_argument("--to", metavar="FILE", help="default: standard output")
    p = actions.add_parser("import-key", help="trust someone's public key file")
    p.add_argument("file", help="the key file they sent you")
    p.add_argument("--role", choices=[r.value for r in Role], default="reviewer",
                   help="their role if they are new (default: reviewer)")

    a = commands.add_parser("audit", help="the audit log")
    a.set_defaults(handler=cmd_audit)
    actions = a.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("export", help="write the audit log as CSV or JSON")
    p.add_argument("--format", choices=["csv", "json"], default="csv",
                   help="CSV (default) or JSON")


def cmd_people(ctx: AppContext, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.action == "export-key":
        person = person_by_name(ctx, args.name)
        text = people.export_key(ctx, person.id)
        if args.to:
            Path(args.to).write_text(text, encoding="utf-8")
            out.write(f"Wrote {person.display_name}'s public key to {args.to} (fingerprint "
                      f"{json.loads(text)['fingerprint']}).\n")
        else:
            out.write(text)
        return 0
    if args.action == "import-key":
        path = Path(args.file)
        if not path.is_file():
            raise NotFound(f"{args.file}: no such file.")
        added = people.import_key(ctx, path.read_text(encoding="utf-8", errors="replace"),
                                  Role(args.role))
        out.write(f"Trusted {added.display_name}'s key, fingerprint "
                  f"{people.fingerprint(str(added.public_key))}. Compare it with theirs.\n")
        return 0
    if args.action == "add":
        role = Role(args.role)
        phrase = ""
        if role is not Role.AUTHOR:
            if people.get(ctx, ctx.actor).role is not Role.ADMIN:  # before asking
                raise PermissionDenied("Only an admin can add a reviewer or an admin.")
            phrase = passphrase.read(args, args.name, stdin, new=True)
        person = people.add_person(ctx, args.name, role, phrase)
        out.write(f"Added {person.display_name} ({person.role.value}), id {person.id}.\n")
        return 0
    if args.action == "set-passphrase":
        person = person_by_name(ctx, args.name)
        people.set_passphrase(ctx, person.id,
                              passphrase.read(args, person.display_name, stdin, new=True))
        out.write(f"Set {person.display_name}'s passphrase.\n")
        return 0
    everyone = people.list_people(ctx)
    if args.json:
        out.write(json.dumps({"people": [p.to_json() for p in everyone]}, indent=2) + "\n")
    else:
        for p in everyone:
            me = " (you)" if p.is_local_user else ""
            out.write(f"{p.id:>4}  {p.role.value:<9} {p.display_name}{me}\n")
    return 0


def cmd_audit(ctx: AppContext, args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    entries = audit.entries(ctx)
    out.write(audit.to_json(entries) if args.format == "json" else audit.to_csv(entries))
    return 0
