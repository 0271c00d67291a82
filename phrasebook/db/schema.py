"""Tables, indexes and the ordered migrations that create them: the one module that knows columns.

Migrations are named, ordered and recorded by `sqlite_utils.Migrations`, each in its own
transaction. `SCHEMA_VERSION` is the number of migrations this program knows; a file that records
more was written by a newer QuickReply and is refused before anything is written.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

APP_ID = "quickreply"
MIGRATION_SET = "quickreply"

migrations = Migrations(MIGRATION_SET)


@migrations()
def m0001_initial(db: Database) -> None:
    """Groups, phrases, personal variants, usage events, settings and the meta table."""
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("groups").create(
        {
            "id": str,
            "name": str,
            "parent_id": str,
            "position": float,
            "scope": str,
            "created": str,
            "updated": str,
            "deleted": int,
        },
        pk="id",
        foreign_keys=[("parent_id", "groups", "id")],
        not_null={"name", "scope", "created", "updated", "deleted"},
        defaults={"deleted": 0, "position": 0.0},
    )
    db.table("phrases").create(
        {
            "id": str,
            "title": str,
            "text": str,
            "group_id": str,
            "code": str,
            "tags": str,  # JSON list
            "questions": str,  # JSON list
            "lang": str,
            "favorite": int,
            "position": float,
            "scope": str,
            "use_count": int,
            "last_used": float,
            "extra": str,  # JSON object: unknown pack keys, kept for a faithful round trip
            "created": str,
            "updated": str,
            "deleted": int,
        },
        pk="id",
        foreign_keys=[("group_id", "groups", "id")],
        not_null={"text", "scope", "created", "updated", "deleted"},
        defaults={
            "title": "",
            "code": "",
            "tags": "[]",
            "questions": "[]",
            "lang": "zh-Hans",
            "favorite": 0,
            "position": 0.0,
            "use_count": 0,
            "extra": "{}",
            "deleted": 0,
        },
    )
    db.table("phrases").create_index(["code"])
    db.table("phrases").create_index(["group_id"])
    db.table("variants").create(
        {
            "id": str,
            "phrase_id": str,
            "text": str,
            "base_updated": str,  # the team version the agent rewrote
            "created": str,
            "updated": str,
            "deleted": int,
        },
        pk="id",
        foreign_keys=[("phrase_id", "phrases", "id")],
        not_null={"phrase_id", "text", "created", "updated", "deleted"},
        defaults={"deleted": 0},
    )
    db.table("variants").create_index(["phrase_id"], unique=True)
    db.table("usage").create(
        {"id": int, "phrase_id": str, "at": float, "shop": str, "device": str},
        pk="id",
        foreign_keys=[("phrase_id", "phrases", "id")],
        not_null={"phrase_id", "at"},
    )
    db.table("usage").create_index(["phrase_id"])
    db.table("usage").create_index(["at"])
    db.table("settings").create({"key": str, "value": str}, pk="key")


@migrations()
def m0002_personal(db: Database) -> None:
    """Personalization: the team text a variant rewrote, number-key favourites, per-language
    texts of a phrase and hand-made links between related phrases."""
    db.table("variants").add_column("base_text", str)  # the team text she rewrote
    db.execute(
        "UPDATE variants SET base_text = (SELECT text FROM phrases WHERE phrases.id = phrase_id)"
    )
    stamps = {"created": str, "updated": str, "deleted": int}
    db.table("favorite_slots").create(
        {"id": str, "slot": int, "phrase_id": str, **stamps},
        pk="id",
        foreign_keys=[("phrase_id", "phrases", "id")],
        not_null={"slot", "phrase_id", "created", "updated", "deleted"},
        defaults={"deleted": 0},
    )
    db.table("favorite_slots").create_index(["slot"], unique=True)
    db.table("phrase_texts").create(
        {"id": str, "phrase_id": str, "lang": str, "text": str, **stamps},
        pk="id",
        foreign_keys=[("phrase_id", "phrases", "id")],
        not_null={"phrase_id", "lang", "text", "created", "updated", "deleted"},
        defaults={"deleted": 0},
    )
    db.table("phrase_texts").create_index(["phrase_id", "lang"], unique=True)
    db.table("links").create(
        {"id": str, "phrase_id": str, "related_id": str, "scope": str, **stamps},
        pk="id",
        foreign_keys=[("phrase_id", "phrases", "id"), ("related_id", "phrases", "id")],
        not_null={"phrase_id", "related_id", "scope", "created", "updated", "deleted"},
        defaults={"deleted": 0, "scope": "personal"},
    )
    db.table("links").create_index(["phrase_id", "related_id"], unique=True)
    db.table("links").create_index(["related_id"])
    db.table("usage").create_index(["shop", "at"])


@migrations()
def m0004_sync(db: Database) -> None:
    """Team sync: every field op ever seen, the per-field winners, G-counter cells, what was read
    from each device, quarantined input and this device's sync state (see phrasebook.sync)."""
    where = {"entity": str, "row_id": str, "field": str}
    db.table("sync_op").create(
        {"node": str, "seq": int, "hlc": str, "base": str, "author": str, "kind": str}
        | where
        | {"value": str},  # JSON
        pk=("node", "seq"),
        not_null={"hlc", "kind", "entity", "row_id", "field"},
    )
    db.table("sync_op").create_index(["entity", "row_id", "field", "hlc"])
    db.table("sync_op").create_index(["base"])
    db.table("sync_field").create(
        where | {"hlc": str, "value": str}, pk=("entity", "row_id", "field"), not_null={"hlc"}
    )
    db.table("sync_counter").create(
        where | {"node": str, "value": int}, pk=("entity", "row_id", "field", "node")
    )
    db.table("sync_seen").create({"node": str, "seq": int}, pk="node")
    db.table("sync_segment").create({"node": str, "first": int, "last": int}, pk=("node", "first"))
    db.table("sync_quarantine").create(
        {"id": int, "at": str, "source": str, "reason": str}, pk="id"
    )
    db.table("sync_state").create({"key": str, "value": str}, pk="key")


@migrations()
def m0003_notebook(db: Database) -> None:
    """The agent's notebook of unanswered questions (never synced: it holds customer data) and
    proposals for the team phrasebook (scrubbed; the sync carries them to the supervisor)."""
    stamps = {"created": str, "updated": str, "deleted": int}
    db.table("notebook").create(
        {
            "id": str,
            "question": str,
            "customer": str,
            "shop": str,
            "order_no": str,
            "context": str,  # the chat window title at capture
            "status": str,  # open | answered | promoted | dismissed
            "answer": str,
            "asked_at": float,  # unix seconds (wall clock), for "asked 7 times this week"
            "due_at": float,
            "reminded": int,
            "closed_at": float,  # answered or dismissed; retention counts from here
            "proposal_id": str,
            "scope": str,
            **stamps,
        },
        pk="id",
        not_null={"question", "status", "asked_at", "scope", "created", "updated", "deleted"},
        defaults={"status": "open", "reminded": 0, "scope": "personal", "deleted": 0},
    )
    db.table("notebook").create_index(["status", "due_at"])
    db.table("proposals").create(
        {
            "id": str,
            "kind": str,  # new_phrase | add_question
            "payload": str,  # JSON
            "status": str,  # pending | accepted | rejected
            "note": str,
            "author": str,
            **stamps,
        },
        pk="id",
        not_null={"kind", "payload", "status", "created", "updated", "deleted"},
        defaults={"status": "pending", "note": "", "author": "", "deleted": 0},
    )
    db.table("proposals").create_index(["status"])


@migrations()
def m0006_usage_stats(db: Database) -> None:
    """A covering index for the statistics view: counts per phrase over a period, no row reads."""
    db.table("usage").create_index(
        ["phrase_id", "at", "shop", "device"], index_name="idx_usage_stats", if_not_exists=True
    )


@migrations()
def m0007_sync_held(db: Database) -> None:
    """Team sync: segments that failed their checks, by content digest. Those whose cause may
    heal (still arriving, unknown signer) are retried with backoff; hostile ones stay listed."""
    db.table("sync_held").create(
        {"digest": str, "source": str, "node": str, "first": int, "last": int, "reason": str,
         "hostile": int, "tries": int, "retry_round": int, "members": str},
        pk="digest",
        not_null={"source", "node", "first", "last", "reason", "hostile", "tries"},
    )  # fmt: skip


@migrations()
def m0008_learned_questions(db: Database) -> None:
    """Customer questions the agent answered by inserting a phrase, scrubbed: her personal
    examples for search. Never synced; proposing one to the team goes through `proposals`."""
    stamps = {"created": str, "updated": str, "deleted": int}
    db.table("learned_questions").create(
        {"id": str, "phrase_id": str, "question": str, "uses": int, **stamps},
        pk="id",
        foreign_keys=[("phrase_id", "phrases", "id")],
        not_null={"phrase_id", "question", "uses", "created", "updated", "deleted"},
        defaults={"uses": 1, "deleted": 0},
    )
    db.table("learned_questions").create_index(["phrase_id", "question"], unique=True)


@migrations()
def m0009_images(db: Database) -> None:
    """Pictures replies carry: blobs stored once by content hash, and each phrase's ordered list
    of them with the name shown. In the book file, so backups, salvage and export carry them
    and a phrase and its pictures change in one transaction. A link may name a blob not here
    yet (team sync brings blobs apart from the phrase): readers join, so it shows once it is."""
    db.table("images").create(
        {"hash": str, "type": str, "width": int, "height": int, "size": int, "data": bytes,
         "created": str},
        pk="hash",
        not_null={"type", "width", "height", "size", "data"},
    )  # fmt: skip
    db.table("phrase_images").create(
        {"phrase_id": str, "position": int, "hash": str, "name": str},
        pk=("phrase_id", "position"),
        foreign_keys=[("phrase_id", "phrases", "id")],
        not_null={"phrase_id", "position", "hash", "name"},
    )
    db.table("phrase_images").create_index(["hash"])


#: How many migrations this program knows (files recording more are from a newer version).
_ALL = migrations.pending(Database(memory=True))  # an empty file lacks every migration
SCHEMA_VERSION = len(_ALL)
KNOWN_MIGRATIONS = frozenset(m.name for m in _ALL)


def applied_migrations(db: Database) -> list[str]:
    """Names of the migrations recorded in the file, oldest first."""
    return [m.name for m in migrations.applied(db)]


def apply_migrations(db: Database) -> list[str]:
    """Run the pending migrations; returns their names (empty when already current)."""
    pending = [m.name for m in migrations.pending(db)]
    if pending:
        migrations.apply(db)
    return pending
