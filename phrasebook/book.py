"""`Phrasebook`: the one entry point the GUI, the CLI, the tests and the benchmarks use.

It owns the SQLite file (through sqlite-utils), the hybrid logical clock, the group tree and the
in-memory search index, and keeps them in step: every write is one transaction, and the caches
change only after it commits. Listeners registered with `on_change` hear what changed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import sqlite3
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from phrasebook import exporting, importing, lookup, personal, roles, validate, wording
from phrasebook.db import backups, faults, file_holders, phrase_rows, storage
from phrasebook.db.backups import RestoreDiff
from phrasebook.errors import (
    CorruptDatabaseError,
    DatabaseError,
    NotFoundError,
    ValidationError,
)
from phrasebook.importing.plan import POLICIES, PlanItem, Policy, make_plan
from phrasebook.models import Group, Hit, ImportReport, Phrase, Profile, RowFinding, Scope, Stats
from phrasebook.pack import PackRecord
from phrasebook.search import SearchIndex
from phrasebook.starter import starter_file
from phrasebook.store.group_tree import GroupTree
from phrasebook.store.hybrid_clock import HybridClock
from phrasebook.templates import RenderContext, Rendered, render

if TYPE_CHECKING:  # both modules import this one
    from phrasebook.learning import Learning
    from phrasebook.notebook.notebook_manager import NotebookManager
    from phrasebook.notebook.proposals import ProposalsManager
    from phrasebook.organize import Organizer
    from phrasebook.sync.manager import SyncManager
    from phrasebook.usage_stats import UsageStats

log = logging.getLogger(__name__)
Listener = Callable[["Changes"], None]
#: How a customer is addressed when no name is known, for languages other than zh-Hans
#: (where the agent's own greeting, 亲 or 您, is used).
DEFAULT_CUSTOMER = {"zh-Hant": "您", "ko": "고객님", "en": "friend"}
_EDITABLE = ("text", "title", "group", "code", "tags", "questions", "lang", "favorite", "scope")


@dataclasses.dataclass(frozen=True, slots=True)
class Changes:
    """What an operation changed, so views refresh only that."""

    phrases: frozenset[str] = frozenset()
    groups: bool = False
    profile: bool = False
    everything: bool = False
    notebook: bool = False


class Phrasebook:
    """A phrasebook file, open. Use `Phrasebook.open(path)`; close it (or use `with`)."""

    def __init__(self, path: Path, wall: Callable[[], float] = time.time) -> None:
        self.path = path
        self._wall = wall
        self.closed = False  # timers in the app check this before touching a closed book
        self.db, self.migrations_run = storage.open_database(path)
        try:
            self._clock = HybridClock(self._device_id(), wall, self._meta("hlc"))
            self._groups = GroupTree(self.db)
            self._read_last_position()
            self._listeners: list[Listener] = []
            self._data_version = int(self.db.execute("PRAGMA data_version").fetchone()[0])
            self._index = SearchIndex(self.phrases())
        except BaseException:
            self.db.close()  # a half-built book must not keep the file open
            raise

    @classmethod
    def open(
        cls, path: str | Path, *, wall: Callable[[], float] = time.time, auto_backup: bool = True
    ) -> Phrasebook:
        """Open the phrasebook at `path`, creating an empty one if the file does not exist.

        Raises DatabaseError (with the path) for a file that is damaged, foreign or newer.
        With `auto_backup`, an existing file gets its daily backup when one is due.
        """
        path = Path(path).expanduser()
        existed = path.exists() and path.stat().st_size > 0
        if path.exists() and not existed and backups.list_backups(path):
            raise CorruptDatabaseError(
                path,
                "is empty (0 bytes) although backups of it exist: it was cut short."
                " `phrasebook restore latest` brings back the newest backup",
            )
        book = cls(path, wall)
        if auto_backup and existed and backups.daily_backup_due(path, wall()):
            try:
                book.backup("daily")
            except (OSError, sqlite3.Error, DatabaseError) as exc:  # a full disk must not
                # lock the agent out of her phrases
                log.warning("daily backup of %s failed: %s", path, exc)
        return book

    def close(self) -> None:
        """Checkpoint the WAL into the main file and close (the WAL is empty afterwards)."""
        if self.closed:
            return
        self.closed = True
        try:
            self.checkpoint()
        finally:
            self.db.close()

    def checkpoint(self) -> bool:
        """Copy the WAL into the main file now; False when a reader of another process kept part
        of it. Every commit already does this (storage.WAL_AUTOCHECKPOINT_PAGES); closing calls
        it once more. Never raises: a busy file is checkpointed by a later commit."""
        try:
            _, frames, copied = self.db.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:
            log.info("checkpoint of %s postponed: %s", self.path, exc)
            return False
        return bool(frames == copied)

    def __enter__(self) -> Phrasebook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- listeners ---------------------------------------------------------------------------

    def on_change(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(changes)` after every committed write; returns an unsubscribe."""
        self._listeners.append(listener)

        def unsubscribe() -> None:  # safe to call twice (e.g. from a widget's destroyed signal)
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def _changed(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    # -- phrases -----------------------------------------------------------------------------

    def get(self, phrase_id: str) -> Phrase:
        found = phrase_rows.load(
            self.db, self._groups.path_of, "p.id = ? AND p.deleted = 0", [phrase_id]
        )
        if not found:
            raise NotFoundError(f"no phrase with id {phrase_id!r}")
        return found[0]

    def find(self, ref: str, *, deleted: bool = False) -> Phrase:
        """The phrase an id, a unique id prefix or a unique shortcut code names.

        With `deleted`, only the trash is searched. Raises NotFoundError, naming the candidates
        when `ref` is ambiguous (see phrasebook.lookup).
        """
        return lookup.find(self, ref, deleted=deleted)

    def phrases(self, *, group: str | None = None, scope: Scope | None = None) -> list[Phrase]:
        """Live phrases in group order; optionally only a group (with subgroups) or a scope."""
        found = phrase_rows.load(self.db, self._groups.path_of)
        if group is not None:
            found = [p for p in found if p.group == group or p.group.startswith(f"{group}/")]
        if scope is not None:
            found = [p for p in found if p.scope == scope]
        order = {g.path: i for i, g in enumerate(self._groups.all())}
        return sorted(found, key=lambda p: order.get(p.group, -1))

    def deleted_phrases(self) -> list[Phrase]:
        """The trash: deleted phrases, newest deletion first."""
        found = phrase_rows.load(self.db, self._groups.path_of, "p.deleted = 1")
        return sorted(found, key=lambda p: p.updated, reverse=True)

    def by_code(self, code: str) -> list[Phrase]:
        """Every live phrase with this shortcut code (several may share one)."""
        return phrase_rows.load(
            self.db, self._groups.path_of, "p.code = ? AND p.deleted = 0", [code]
        )

    def add(
        self,
        text: str,
        *,
        title: str = "",
        group: str = "",
        code: str = "",
        tags: Iterable[str] = (),
        questions: Iterable[str] = (),
        lang: str = "zh-Hans",
        favorite: bool = False,
        scope: Scope | None = None,
        id: str | None = None,  # noqa: A002 - the pack's key name, kept for clarity
    ) -> Phrase:
        """Add a phrase and return it (with its new id and stamps).

        Without `scope` it gets `default_scope` (personal for a team's agent, see
        phrasebook.roles).
        """
        if id is not None and self._exists(id):
            raise ValidationError(
                f"a phrase with id {id!r} already exists (in use or in the trash)"
            )
        phrase = self._cleaned(
            Phrase(
                id=id or str(uuid.uuid4()),
                text=text,
                title=title,
                group=group,
                code=code,
                tags=validate.items(tags, "tags"),
                questions=validate.items(questions, "questions"),
                lang=lang,
                favorite=favorite,
                scope=scope or self.default_scope,
            )
        )
        with self._transaction():
            self._insert(phrase, {})
        return self._refreshed({phrase.id})[0]

    def update(self, phrase_id: str, **changes: Any) -> Phrase:
        """Change some fields of a phrase (names as in `add`); returns the updated phrase."""
        unknown = set(changes) - set(_EDITABLE)
        if unknown:
            raise ValidationError(f"cannot update {', '.join(sorted(unknown))}")
        current = self.get(phrase_id)
        for key in ("tags", "questions"):
            if key in changes:  # validated here: tuple("abc") would split a string into letters
                changes[key] = validate.items(changes[key], key)
        if not roles.may_edit(self, current):  # a team's agent: her wording, or refused
            return self._agent_update(current, changes)
        return self._write(current, changes)

    def _write(self, current: Phrase, changes: dict[str, Any]) -> Phrase:
        wanted = self._cleaned(dataclasses.replace(current, **changes))
        if wanted == current:
            return current
        with self._transaction():
            group_id = self._groups.ensure(wanted.group, wanted.scope, self._clock.now)
            values = phrase_rows.row_values(wanted, group_id) | {"updated": self._clock.now()}
            self.db.table("phrases").update(current.id, values)
        return self._refreshed({current.id})[0]

    def _agent_update(self, current: Phrase, changes: dict[str, Any]) -> Phrase:
        own, text = roles.split_agent_changes(self, current, changes)
        if text is not None:
            text = validate.text(text)  # checked before anything is written
        updated = self._write(current, own) if own else current
        if text is not None and text != current.body:
            updated = self.variants.set(current.id, None if text == current.text else text)
        return updated

    @property
    def default_scope(self) -> Scope:
        """The scope a new phrase gets when none is asked for (see phrasebook.roles)."""
        return roles.default_scope(self)

    def may_edit(self, phrase: Phrase) -> bool:
        """Whether this device may change `phrase` itself, not only her wording of it."""
        return roles.may_edit(self, phrase)

    def shown_scope(self, phrase: Phrase) -> Scope | None:
        """The badge to show for `phrase`: None outside a team, where every phrase is hers."""
        return roles.shown_scope(self, phrase)

    def delete(self, phrase_id: str) -> None:
        """Move a phrase to the trash (a tombstone that sync and undelete understand)."""
        roles.refuse_removal(self, [self.get(phrase_id)], "delete")
        with self._transaction():
            self.db.table("phrases").update(phrase_id, {"deleted": 1, "updated": self._clock.now()})
        self._index.remove(phrase_id)
        self._changed(Changes(phrases=frozenset({phrase_id})))

    def undelete(self, phrase_id: str) -> Phrase:
        """Bring a phrase back from the trash."""
        if not self._exists(phrase_id):
            raise NotFoundError(f"no phrase with id {phrase_id!r}")
        with self._transaction():
            self.db.table("phrases").update(phrase_id, {"deleted": 0, "updated": self._clock.now()})
        return self._refreshed({phrase_id})[0]

    def add_question(self, phrase_id: str, question: str) -> Phrase:
        """Attach a customer question the phrase answers (search finds it at once)."""
        current = self.get(phrase_id)
        return self.update(phrase_id, questions=(*current.questions, question))

    def set_variant(self, phrase_id: str, text: str | None) -> Phrase:
        """Set (or with None, drop) the agent's personal wording of a phrase."""
        return self.variants.set(phrase_id, text)

    def record_use(
        self, phrase_id: str, *, shop: str | None = None, question: str | None = None
    ) -> Phrase:
        """Note that the agent inserted this phrase (feeds ranking and statistics). `question`
        is the customer's message the popup was opened on: it is learned (scrubbed) as her
        example for this phrase, see `learning`."""
        self.get(phrase_id)
        at = self._wall()
        with self._transaction(stamp=False):
            self.db.table("usage").insert(
                {
                    "phrase_id": phrase_id,
                    "at": at,
                    "shop": shop or self.profile.active_shop,
                    "device": self._clock.device,
                }
            )
            self.db.execute(
                "UPDATE phrases SET use_count = use_count + 1, last_used = ? WHERE id = ?",
                [at, phrase_id],
            )
        if question:
            self.learning.learn(phrase_id, question)
        return self._refreshed({phrase_id})[0]

    # -- groups ------------------------------------------------------------------------------

    @property
    def organize(self) -> Organizer:
        """Group tree, phrase order, multi-select moves and the trash (the phrase manager's)."""
        from phrasebook.organize import Organizer

        return Organizer(self)

    @property
    def usage(self) -> UsageStats:
        """Statistics over recorded insertions: most/least used, unused, this agent's own."""
        from phrasebook.usage_stats import UsageStats

        return UsageStats(self)

    @property
    def notebook(self) -> NotebookManager:
        """The agent's notebook of unanswered questions (never synced)."""
        from phrasebook.notebook.notebook_manager import NotebookManager

        return NotebookManager(self)

    @property
    def learning(self) -> Learning:
        """Customer questions learned from the replies the agent picked (personal examples)."""
        from phrasebook.learning import Learning

        return Learning(self)

    @property
    def proposals(self) -> ProposalsManager:
        """Suggested team phrasebook changes waiting for the supervisor."""
        from phrasebook.notebook.proposals import ProposalsManager

        return ProposalsManager(self)

    def groups(self) -> list[Group]:
        return self._groups.all()

    def add_group(self, path: str, *, scope: Scope = "team") -> Group:
        path = validate.group_path(path)
        if not path:
            raise ValidationError("a group needs a name")
        with self._transaction():
            self._groups.ensure(path, scope, self._clock.now)
        self._changed(Changes(groups=True))
        return self._groups.get(path)

    # -- personalization (phrasebook.personal) ---------------------------------------------

    @property
    def variants(self) -> personal.Variants:
        """Her wording of team phrases: compare, keep mine, take theirs, merge."""
        return personal.Variants(self)

    @property
    def favorites(self) -> personal.Favorites:
        """Favourites pinned to the number keys 1-9."""
        return personal.Favorites(self)

    @property
    def languages(self) -> personal.Languages:
        """The same phrase in other languages (zh-Hans, zh-Hant, ko, en)."""
        return personal.Languages(self)

    @property
    def links(self) -> personal.FollowUps:
        """Related phrases linked by hand, and learned follow-ups."""
        return personal.FollowUps(self)

    def follow_ups(self, after_phrase_id: str, limit: int = 5) -> list[Phrase]:
        """What she usually sends after this phrase, then phrases linked to it by hand."""
        return self.links.after(after_phrase_id, limit)

    # -- search and templates ----------------------------------------------------------------

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        """The best phrases for what the agent typed (see phrasebook.search).

        If another process wrote the file since (the `phrasebook` command while the app runs),
        the caches are re-read first, so the popup never offers a deleted or stale reply.
        """
        if self._written_elsewhere():
            self._reload()
        return self._index.search(query, limit, now=self._wall())

    def _written_elsewhere(self) -> bool:
        # SQLite bumps data_version only for commits made through *other* connections.
        version = int(self.db.execute("PRAGMA data_version").fetchone()[0])
        changed = version != self._data_version
        self._data_version = version
        return changed

    def context(self, lang: str = "zh-Hans", **overrides: Any) -> RenderContext:
        """A render context filled from the profile (active shop, nickname...).

        How an unnamed customer is addressed depends on the phrase's language: the agent's
        chosen greeting (亲/您) in Simplified Chinese, the usual form elsewhere.
        """
        profile = self.profile
        customer = DEFAULT_CUSTOMER.get(lang) or profile.greeting or "亲"
        base = RenderContext(
            shop=profile.active_shop,
            agent=profile.nickname,
            customer=customer,
            signature=profile.signature,
            emoticon=profile.emoticon,
        )
        return dataclasses.replace(base, **overrides)

    def render(
        self,
        phrase: Phrase | str,
        context: RenderContext | None = None,
        values: dict[str, str] | None = None,
    ) -> Rendered:
        """Fill a phrase's placeholders; never raises for a malformed template."""
        template = phrase.body if isinstance(phrase, Phrase) else phrase
        ctx = context or self.context(phrase.lang if isinstance(phrase, Phrase) else "zh-Hans")
        if values:
            ctx = dataclasses.replace(ctx, values={**ctx.values, **values})
        return render(template, ctx)

    def check(self, text: str, lang: str | None = None) -> list[wording.Finding]:
        """Careless wording in `text`, by position (see phrasebook.wording).

        The shipped rules apply, then the team's rule files named by the `wording.extra_rules`
        setting; `lang` is the phrase's language (None: guessed from the text).
        """
        extra = wording.setting_paths(self.get_setting(wording.EXTRA_RULES_SETTING))
        return wording.check(text, lang, extra_rules=extra)

    # -- profile and settings ----------------------------------------------------------------

    @property
    def profile(self) -> Profile:
        raw = self.get_setting("profile", {})
        fields = {f.name for f in dataclasses.fields(Profile)}
        data: dict[str, Any] = {
            k: tuple(v) if k == "shops" else str(v) for k, v in raw.items() if k in fields
        }
        return Profile(**data)

    def set_profile(self, **changes: Any) -> Profile:
        """Change profile fields; a new active shop is added to the shop list."""
        unknown = set(changes) - {f.name for f in dataclasses.fields(Profile)}
        if unknown:
            raise ValidationError(f"no profile field {', '.join(sorted(unknown))}")
        profile = dataclasses.replace(self.profile, **changes)
        if profile.active_shop and profile.active_shop not in profile.shops:
            profile = dataclasses.replace(profile, shops=(*profile.shops, profile.active_shop))
        self.set_setting("profile", dataclasses.asdict(profile))
        self._changed(Changes(profile=True))
        return profile

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self._transaction(stamp=False):
            self.db.table("settings").upsert(
                {"key": key, "value": json.dumps(value, ensure_ascii=False)}, pk="key"
            )

    # -- import, export, starter set ---------------------------------------------------------

    def import_file(
        self,
        path: str | Path,
        *,
        format: str | None = None,  # noqa: A002 - the CLI's --format
        mapping: Mapping[str, str] | None = None,
        on_duplicate: Policy | None = None,
        scope: Scope | None = None,
        dry_run: bool = False,
        texts: Mapping[int, str] | None = None,
    ) -> ImportReport:
        """Import a file (see phrasebook.importing for formats) as one transaction.

        Nothing is written when any row is bad. `on_duplicate` decides rows that match a
        phrase already there (same text, or same code in the same group): "skip" (the default),
        "keep" both, or "update" it. Packs default to "keep": their ids say what is the same.
        With `dry_run` the report is the preview, with per-row items and wording findings.
        `texts` replaces the text of rows by line (the preview's field/label choices).
        """
        self._refuse_own_file(Path(path), "import")
        source = importing.read(path, format, mapping)
        policy = on_duplicate or ("keep" if source.format == "pack" else "skip")
        if policy not in POLICIES:
            raise ValidationError(f"on_duplicate must be one of {', '.join(POLICIES)}")
        recs = source.records
        if texts:
            recs = tuple(dataclasses.replace(r, text=texts.get(r.line, r.text)) for r in recs)
        report = self._import(recs, scope or self.default_scope, policy, dry_run)
        findings = self._findings(report.items) if dry_run else ()
        return dataclasses.replace(
            report, format=source.format, notes=source.notes, findings=findings
        )

    def export_file(
        self,
        path: str | Path,
        *,
        scope: Scope | None = None,
        format: str | None = None,  # noqa: A002 - the CLI's --format
    ) -> int:
        """Write phrases to a file (atomically) in a format phrasebook.exporting knows."""
        self._refuse_own_file(Path(path), "export onto")
        chosen = self.phrases(scope=scope)
        exporting.write(Path(path), chosen, phrase_rows.all_extras(self.db), format)
        return len(chosen)

    def seed_starter(self, lang: str) -> ImportReport:
        """Add the starter phrasebook for `lang` (see `starter_langs`; a second one on purpose).

        Its phrases get the scope new phrases get (`default_scope`).
        """
        report = self.import_file(starter_file(lang), scope=self.default_scope)
        if self.seeded is None:
            self._set_meta("seeded", lang)
        if lang not in self.starter_langs:
            self._set_meta("starter_langs", ",".join((*self.starter_langs, lang)))
        return report

    @property
    def seeded(self) -> str | None:
        """The starter language this book was first seeded with, if any."""
        return self._meta("seeded")

    @property
    def starter_langs(self) -> tuple[str, ...]:
        """Every starter set added to this book, first one first."""
        listed = self._meta("starter_langs")
        if listed:
            return tuple(listed.split(","))
        return (self.seeded,) if self.seeded else ()

    def _import(
        self, recs: Iterable[PackRecord], scope: Scope, policy: Policy, dry_run: bool
    ) -> ImportReport:
        """Plan and apply in one write transaction, so another writer cannot slip in between."""
        recs = list(recs)
        if dry_run:
            with self._snapshot():
                items = self._plan(recs, scope, policy)
            writes: list[PlanItem] = []
        else:
            with self._transaction():
                items = self._plan(recs, scope, policy)
                writes = [i for i in items if i.action in ("add", "update")]
                existing = self._stored_ids({i.phrase.id for i in writes})
                for item in writes:
                    write = self._overwrite if item.phrase.id in existing else self._insert
                    write(item.phrase, item.extra)
            self._refreshed({i.phrase.id for i in writes})
        count = Counter(i.action for i in items)
        return ImportReport(
            added=count["add"],
            updated=count["update"],
            unchanged=count["unchanged"],
            dry_run=dry_run,
            ids=tuple(i.phrase.id for i in writes),
            duplicates=sum(1 for i in items if i.duplicate_of is not None),
            skipped=count["skip"],
            items=tuple(items),
        )

    def _plan(self, recs: list[PackRecord], scope: Scope, policy: Policy) -> list[PlanItem]:
        existing = {p.id: p for p in phrase_rows.load(self.db, self._groups.path_of, "1 = 1")}
        live = {row[0] for row in self.db.execute("SELECT id FROM phrases WHERE deleted = 0")}
        return make_plan(recs, existing, live, phrase_rows.all_extras(self.db), scope, policy)

    def _stored_ids(self, ids: set[str]) -> set[str]:
        """Which of these ids have a row (in use or in the trash)."""
        rows = self.db.execute("SELECT id FROM phrases").fetchall()
        return {row[0] for row in rows} & ids

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Several reads that see one state of the file (a read transaction)."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            conn.commit()

    def _findings(self, items: Iterable[PlanItem]) -> tuple[RowFinding, ...]:
        """Wording-check findings for the rows that would be written."""
        return tuple(
            RowFinding(item.line, finding)
            for item in items
            if item.action in ("add", "update")
            for finding in self.check(item.phrase.text, item.phrase.lang)
        )

    # -- backups -----------------------------------------------------------------------------

    def backup(self, kind: str = "manual") -> Path:
        """Save a consistent copy in the backups folder; returns its path."""
        return backups.make_backup(self.db.conn, self.path, kind, self._wall())

    def backups(self) -> list[Path]:
        return backups.list_backups(self.path)

    def restore_preview(self, backup: str | Path) -> RestoreDiff:
        """What restoring `backup` would take away (phrases added or edited since, uses...)."""
        source = backups.resolve(self.path, str(backup))
        with backups.verified(source) as checked:
            return backups.compare(self.db.conn, checked)

    def restore(self, backup: str | Path, *, force: bool = False) -> Path:
        """Replace this book's content with a backup's; the current state is backed up first.

        Refused (BusyDatabaseError) while another process has the book open, unless `force`:
        that process would go on writing its own state over the restored one. Returns the path
        of the safety copy made before restoring, which holds everything the backup lacks.
        """
        file_holders.refuse_if_shared(self.path, force, "restore a backup into it")
        source = backups.resolve(self.path, str(backup))
        with backups.verified(source) as checked:  # refuse a bad backup before changing anything
            safety = backups.replace_contents(self.db.conn, checked, self._safety_copy)
        assert safety is not None
        self.sync.start_new_epoch()  # new edits must not reuse op numbers the team has seen
        self._reload()
        return safety

    def _safety_copy(self) -> Path:
        """A pre-restore backup read through a second connection: the first one holds the write
        lock (and a backup from a connection inside a transaction would wait on itself)."""
        reader = storage.connect(self.path, read_only=True)
        try:
            return backups.make_backup(reader, self.path, "pre-restore", self._wall())
        finally:
            reader.close()

    def _refuse_own_file(self, path: Path, doing: str) -> None:
        """Reading or replacing the book's own files outside SQLite would break its locks."""
        if storage.is_own_file(self.path, path.expanduser()):
            raise ValidationError(
                f"{path} is this phrasebook's own database file; cannot {doing} it"
                " (export to a new file, or import a file exported from another book)"
            )

    def reload(self) -> None:
        """Re-read caches after another connection wrote the file (a background sync round)."""
        self._reload()

    @property
    def sync(self) -> SyncManager:
        """Team sync: membership, keys and sync rounds (see phrasebook.sync)."""
        from phrasebook.sync.manager import SyncManager

        return SyncManager(self)

    # -- statistics --------------------------------------------------------------------------

    def stats(self) -> Stats:
        def one(sql: str) -> int:
            return int(self.db.execute(sql).fetchone()[0])

        by_lang = dict(
            self.db.execute(
                "SELECT lang, count(*) FROM phrases WHERE deleted = 0 GROUP BY lang"
            ).fetchall()
        )
        return Stats(
            phrases=one("SELECT count(*) FROM phrases WHERE deleted = 0"),
            team=one("SELECT count(*) FROM phrases WHERE deleted = 0 AND scope = 'team'"),
            personal=one("SELECT count(*) FROM phrases WHERE deleted = 0 AND scope = 'personal'"),
            groups=one("SELECT count(*) FROM groups WHERE deleted = 0"),
            favorites=one("SELECT count(*) FROM phrases WHERE deleted = 0 AND favorite = 1"),
            variants=one("SELECT count(*) FROM variants WHERE deleted = 0"),
            deleted=one("SELECT count(*) FROM phrases WHERE deleted = 1"),
            uses=one("SELECT count(*) FROM usage"),
            by_lang=by_lang,
            pinned=one(
                "SELECT count(*) FROM favorite_slots s JOIN phrases p ON p.id = s.phrase_id"
                " WHERE s.deleted = 0 AND p.deleted = 0"
            ),
        )

    # -- internals ---------------------------------------------------------------------------

    def _cleaned(self, phrase: Phrase) -> Phrase:
        return dataclasses.replace(
            phrase,
            text=validate.text(phrase.text),
            title=validate.title(phrase.title),
            group=validate.group_path(phrase.group),
            code=validate.code(phrase.code),
            tags=validate.items(phrase.tags, "tags"),
            questions=validate.items(phrase.questions, "questions"),
            lang=validate.lang(phrase.lang),
            scope=validate.scope(phrase.scope),
            favorite=bool(phrase.favorite),
        )

    def _insert(self, phrase: Phrase, extra: dict[str, Any]) -> None:
        group_id = self._groups.ensure(phrase.group, phrase.scope, self._clock.now)
        now = self._clock.now()
        self._last_position += 1.0
        position = self._last_position
        row = phrase_rows.row_values(phrase, group_id) | {
            "id": phrase.id,
            "position": position,
            "extra": json.dumps(extra, ensure_ascii=False),
            "created": now,
            "updated": now,
            "deleted": 0,
            "use_count": 0,
        }
        # Plain SQL: sqlite-utils' insert() inspects the table on every call (10k-row imports).
        names = ", ".join(f"[{name}]" for name in row)
        marks = ", ".join("?" * len(row))
        self.db.execute(f"INSERT INTO phrases ({names}) VALUES ({marks})", list(row.values()))

    def _overwrite(self, phrase: Phrase, extra: dict[str, Any]) -> None:
        group_id = self._groups.ensure(phrase.group, phrase.scope, self._clock.now)
        self.db.table("phrases").update(
            phrase.id,
            phrase_rows.row_values(phrase, group_id)
            | {
                "extra": json.dumps(extra, ensure_ascii=False),
                "updated": self._clock.now(),
                "deleted": 0,
            },
        )

    def _read_last_position(self) -> None:
        row = self.db.execute("SELECT max(position) FROM phrases").fetchone()
        self._last_position = float(row[0] or 0.0)

    def _transaction(self, stamp: bool = True) -> _Transaction:
        return _Transaction(self, stamp)

    def _refreshed(self, ids: set[str]) -> list[Phrase]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        fresh = phrase_rows.load(self.db, self._groups.path_of, f"p.id IN ({marks})", list(ids))
        live = {p.id for p in fresh}
        for phrase in fresh:
            self._index.upsert(phrase)
        for gone in ids - live:
            self._index.remove(gone)
        self._changed(Changes(phrases=frozenset(ids)))
        return fresh

    def _reload(self) -> None:
        self._data_version = int(self.db.execute("PRAGMA data_version").fetchone()[0])
        self._groups.reload()
        self._read_last_position()
        self._clock.observe(self._meta("hlc") or self._clock.last)
        self._index = SearchIndex(self.phrases())
        self._changed(Changes(everything=True))

    def _device_id(self) -> str:
        device = self._meta("device")
        if device is None:
            device = uuid.uuid4().hex[:12]
            self._set_meta("device", device)
        return device

    def _exists(self, phrase_id: str) -> bool:
        """True for a phrase in use or in the trash."""
        found = self.db.execute("SELECT 1 FROM phrases WHERE id = ?", [phrase_id]).fetchone()
        return found is not None

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return str(row[0]) if row else None

    def _set_meta(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.table("meta").upsert({"key": key, "value": value}, pk="key")


class _Transaction:
    """One write transaction; stores the clock's last stamp with it, reloads caches on failure.

    SQLite's own failures (busy past the timeout, read-only, disk full, damage) leave it as the
    DatabaseError subclass that says which, after the rollback.
    """

    def __init__(self, book: Phrasebook, stamp: bool) -> None:
        self._book = book
        self._stamp = stamp
        self._atomic = book.db.atomic()

    def __enter__(self) -> None:
        try:
            self._atomic.__enter__()
        except sqlite3.Error as exc:
            raise faults.classify(exc, self._book.path, "write") from exc

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        book = self._book
        try:
            if exc_type is None and self._stamp:
                book.db.table("meta").upsert({"key": "hlc", "value": book._clock.last}, pk="key")
        except sqlite3.Error as failed:
            exc_type, exc, tb = type(failed), failed, failed.__traceback__
        try:
            self._atomic.__exit__(exc_type, exc, tb)
        except sqlite3.Error as failed:  # the COMMIT itself (disk full at the last moment)
            exc_type, exc = type(failed), failed
        finally:
            if exc_type is not None:
                book._groups.reload()
                book._read_last_position()
        if isinstance(exc, sqlite3.Error) and not isinstance(exc, sqlite3.ProgrammingError):
            raise faults.classify(exc, book.path, "write") from exc
