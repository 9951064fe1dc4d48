"""Schema version 10: who a team member is on the server, and which clients the team accepts.

`person.login_role` ties a person to their PostgreSQL login role: on a team workspace the
app's identity is the person whose login role is `current_user`, never a local flag. It is
NULL on a personal (SQLite) workspace and for people removed from a team (their history
stays). `team_meta` is one row that `secondthought team upgrade` writes: the schema version
and the oldest client version the team still accepts (an older client opens read-only)."""

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate


def apply(db: pw.Database) -> None:
    class TeamMeta(pw.Model):
        id = pw.IntegerField(primary_key=True)  # always 1: one row
        schema_version = pw.IntegerField(default=0)
        oldest_client = pw.CharField(max_length=20, default="0")
        updated_at = pw.CharField(max_length=32, default="")
        updated_by = pw.CharField(max_length=100, default="")

        class Meta:
            database = db
            table_name = "team_meta"

    migrator = SchemaMigrator.from_database(db)
    migrate(migrator.add_column("person", "login_role",
                                pw.CharField(max_length=63, null=True)))
    migrate(migrator.add_index("person", ("login_role",), True))
    db.create_tables([TeamMeta])
