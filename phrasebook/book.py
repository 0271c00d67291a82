"""`Phrasebook`: the one entry point the GUI, the CLI, the tests and the benchmarks use.

A thin facade: it opens the `Store` (the file with its clock, group tree, search index and the
one write path, see phrasebook.store), builds each manager once over it, and hands every call to
the manager that owns it: phrases (phrasebook.phrases), groups and the trash (organize), import
and export (interchange), settings and the profile (settings), rendering (replies), backups
(book_backups), team sync (sync), the notebook, proposals, learning and personalization.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from phrasebook import personal, wording
from phrasebook.book_backups import BookBackups
from phrasebook.db import backups
from phrasebook.db.backups import RestoreDiff
from phrasebook.errors import CorruptDatabaseError, DatabaseError
from phrasebook.importing.plan import Policy
from phrasebook.interchange import Interchange
from phrasebook.learning import Learning
from phrasebook.models import Group, Hit, ImportReport, Phrase, Profile, Scope, Stats
from phrasebook.notebook.notebook_manager import NotebookManager
from phrasebook.notebook.proposals import ProposalsManager
from phrasebook.organize import Organizer
from phrasebook.phrase_images import ImageSource, PhraseImages
from phrasebook.phrases import Phrases
from phrasebook.replies import DEFAULT_CUSTOMER, Replies
from phrasebook.settings import Settings
from phrasebook.store import Changes, Listener, Store
from phrasebook.sync.manager import SyncManager
from phrasebook.templates import RenderContext, Rendered
from phrasebook.usage_stats import UsageStats

__all__ = ["DEFAULT_CUSTOMER", "Changes", "Listener", "Phrasebook"]

log = logging.getLogger(__name__)


class Phrasebook:
    """A phrasebook file, open. Use `Phrasebook.open(path)`; close it (or use `with`).

    Attributes:
        path, db, migrations_run: the file, its sqlite-utils Database, the schema steps run.
        closed: True after `close` (timers in the app check it before touching the book).
        store: the store under this facade (the managers' ground; the app uses the methods).
    """

    def __init__(self, path: Path, wall: Callable[[], float] = time.time) -> None:
        self.store = Store(path, wall)
        self.path = path
        self.db = self.store.db
        self.migrations_run = self.store.migrations_run
        self.closed = False
        store = self.store
        self._settings = Settings(store)
        self._replies = Replies(self._settings)
        self._backups = BookBackups(store)
        self._sync = SyncManager(store, self._settings, self._backups)
        self._variants = personal.Variants(store)
        self._phrases = Phrases(store, self._settings, self._sync, self._variants)
        self._proposals = ProposalsManager(store, self._settings, self._sync, self._phrases)
        self._learning = Learning(store, self._proposals)
        self._organize = Organizer(store, self._phrases)
        self._images = PhraseImages(store, self._phrases)
        self._usage = UsageStats(store, self._settings)
        self._notebook = NotebookManager(
            store, self._settings, self._replies, self._phrases, self._proposals
        )
        self._favorites = personal.Favorites(store)
        self._languages = personal.Languages(store)
        self._links = personal.FollowUps(store)
        self._interchange = Interchange(store, self._phrases, self._replies, self._images)

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
        self.store.close()

    def checkpoint(self) -> bool:
        """Copy the WAL into the main file now; False when a reader of another process kept part
        of it. Every commit already does this (storage.WAL_AUTOCHECKPOINT_PAGES); closing calls
        it once more. Never raises: a busy file is checkpointed by a later commit."""
        return self.store.checkpoint()

    def __enter__(self) -> Phrasebook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def on_change(self, listener: Listener) -> Callable[[], None]:
        """Call `listener(changes)` after every committed write; returns an unsubscribe."""
        return self.store.on_change(listener)

    def reload(self) -> None:
        """Re-read caches after another connection wrote the file (a background sync round)."""
        self.store.reload()

    def reload_if_written_elsewhere(self) -> bool:
        """Re-read caches (telling the listeners) when another connection - the `phrasebook`
        command, a sync - committed since the last look; True when one had."""
        if self.store.written_elsewhere():
            self.store.reload()
            return True
        return False

    # -- phrases (phrasebook.phrases) --------------------------------------------------------

    def get(self, phrase_id: str) -> Phrase:
        return self._phrases.get(phrase_id)

    def find(self, ref: str, *, deleted: bool = False) -> Phrase:
        """The phrase an id, a unique id prefix or a unique shortcut code names.

        With `deleted`, only the trash is searched. Raises NotFoundError, naming the candidates
        when `ref` is ambiguous (see phrasebook.lookup).
        """
        return self._phrases.find(ref, deleted=deleted)

    def phrases(self, *, group: str | None = None, scope: Scope | None = None) -> list[Phrase]:
        """Live phrases in group order; optionally only a group (with subgroups) or a scope."""
        return self._phrases.phrases(group=group, scope=scope)

    def deleted_phrases(self) -> list[Phrase]:
        """The trash: deleted phrases, newest deletion first."""
        return self._phrases.deleted_phrases()

    def by_code(self, code: str) -> list[Phrase]:
        """Every live phrase with this shortcut code (several may share one)."""
        return self._phrases.by_code(code)

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
        images: Iterable[ImageSource] = (),
    ) -> Phrase:
        """Add a phrase and return it (with its new id and stamps).

        Without `scope` it gets `default_scope` (personal for a team's agent, see
        phrasebook.roles). `images` are picture files (or checked images) sent with it; all
        are checked before anything is written, and the phrase and its pictures are one write.
        """
        checked = self._images.checked(images)
        with self.store.write() if checked else contextlib.nullcontext():
            phrase = self._phrases.add(
                text,
                title=title,
                group=group,
                code=code,
                tags=tags,
                questions=questions,
                lang=lang,
                favorite=favorite,
                scope=scope,
                id=id,
            )
            if checked:
                phrase = self._images.add(phrase.id, checked)
        return phrase

    def update(self, phrase_id: str, **changes: Any) -> Phrase:
        """Change some fields of a phrase (names as in `add`); returns the updated phrase."""
        return self._phrases.update(phrase_id, **changes)

    @property
    def default_scope(self) -> Scope:
        """The scope a new phrase gets when none is asked for (see phrasebook.roles)."""
        return self._phrases.default_scope

    def may_edit(self, phrase: Phrase) -> bool:
        """Whether this device may change `phrase` itself, not only her wording of it."""
        return self._phrases.may_edit(phrase)

    def shown_scope(self, phrase: Phrase) -> Scope | None:
        """The badge to show for `phrase`: None outside a team, where every phrase is hers."""
        return self._phrases.shown_scope(phrase)

    def delete(self, phrase_id: str) -> None:
        """Move a phrase to the trash (a tombstone that sync and undelete understand)."""
        self._phrases.delete(phrase_id)

    def undelete(self, phrase_id: str) -> Phrase:
        """Bring a phrase back from the trash."""
        return self._phrases.undelete(phrase_id)

    def add_question(self, phrase_id: str, question: str) -> Phrase:
        """Attach a customer question the phrase answers (search finds it at once)."""
        return self._phrases.add_question(phrase_id, question)

    def set_variant(self, phrase_id: str, text: str | None) -> Phrase:
        """Set (or with None, drop) the agent's personal wording of a phrase."""
        return self._variants.set(phrase_id, text)

    def record_use(
        self, phrase_id: str, *, shop: str | None = None, question: str | None = None
    ) -> Phrase:
        """Note that the agent inserted this phrase (feeds ranking and statistics). `question`
        is the customer's message the popup was opened on: it is learned (scrubbed) as her
        example for this phrase, see `learning`."""
        return self._phrases.record_use(phrase_id, shop=shop, question=question)

    def stats(self) -> Stats:
        return self._phrases.stats()

    # -- pictures (phrasebook.phrase_images) -------------------------------------------------

    @property
    def images(self) -> PhraseImages:
        """Pictures replies carry: bytes by hash, add, remove, reorder (see `Phrase.images`)."""
        return self._images

    def image_bytes(self, digest: str) -> bytes:
        """The original bytes of a picture, by its hash (`ImageRef.hash`)."""
        return self._images.image_bytes(digest)

    def add_images(self, phrase_id: str, images: Iterable[ImageSource]) -> Phrase:
        """Append pictures (files or checked images) to a phrase, all or none."""
        return self._images.add(phrase_id, images)

    def remove_images(self, phrase_id: str, digests: Iterable[str] | None = None) -> Phrase:
        """Take pictures off a phrase by hash (or unique prefix or name); None takes all."""
        return self._images.remove(phrase_id, digests)

    def reorder_images(self, phrase_id: str, digests: Iterable[str]) -> Phrase:
        """Put a phrase's pictures in this order (each named once)."""
        return self._images.reorder(phrase_id, list(digests))

    # -- managers ----------------------------------------------------------------------------

    @property
    def organize(self) -> Organizer:
        """Group tree, phrase order, multi-select moves and the trash (the phrase manager's)."""
        return self._organize

    @property
    def usage(self) -> UsageStats:
        """Statistics over recorded insertions: most/least used, unused, this agent's own."""
        return self._usage

    @property
    def notebook(self) -> NotebookManager:
        """The agent's notebook of unanswered questions (never synced)."""
        return self._notebook

    @property
    def learning(self) -> Learning:
        """Customer questions learned from the replies the agent picked (personal examples)."""
        return self._learning

    @property
    def proposals(self) -> ProposalsManager:
        """Suggested team phrasebook changes waiting for the supervisor."""
        return self._proposals

    @property
    def sync(self) -> SyncManager:
        """Team sync: membership, keys and sync rounds (see phrasebook.sync)."""
        return self._sync

    # -- groups ------------------------------------------------------------------------------

    def groups(self) -> list[Group]:
        return self._organize.groups()

    def add_group(self, path: str, *, scope: Scope = "team") -> Group:
        return self._organize.add_group(path, scope=scope)

    # -- personalization (phrasebook.personal) ---------------------------------------------

    @property
    def variants(self) -> personal.Variants:
        """Her wording of team phrases: compare, keep mine, take theirs, merge."""
        return self._variants

    @property
    def favorites(self) -> personal.Favorites:
        """Favourites pinned to the number keys 1-9."""
        return self._favorites

    @property
    def languages(self) -> personal.Languages:
        """The same phrase in other languages (zh-Hans, zh-Hant, ko, en)."""
        return self._languages

    @property
    def links(self) -> personal.FollowUps:
        """Related phrases linked by hand, and learned follow-ups."""
        return self._links

    def follow_ups(self, after_phrase_id: str, limit: int = 5) -> list[Phrase]:
        """What she usually sends after this phrase, then phrases linked to it by hand."""
        return self._links.after(after_phrase_id, limit)

    # -- search and templates ----------------------------------------------------------------

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        """The best phrases for what the agent typed (see phrasebook.search).

        If another process wrote the file since (the `phrasebook` command while the app runs),
        the caches are re-read first, so the popup never offers a deleted or stale reply.
        """
        return self.store.search(query, limit)

    def context(self, lang: str = "zh-Hans", **overrides: Any) -> RenderContext:
        """A render context filled from the profile (active shop, nickname...)."""
        return self._replies.context(lang, **overrides)

    def render(
        self,
        phrase: Phrase | str,
        context: RenderContext | None = None,
        values: dict[str, str] | None = None,
    ) -> Rendered:
        """Fill a phrase's placeholders; never raises for a malformed template."""
        return self._replies.render(phrase, context, values)

    def check(self, text: str, lang: str | None = None) -> list[wording.Finding]:
        """Careless wording in `text`, by position (see phrasebook.wording)."""
        return self._replies.check(text, lang)

    # -- profile and settings ----------------------------------------------------------------

    @property
    def profile(self) -> Profile:
        return self._settings.profile

    def set_profile(self, **changes: Any) -> Profile:
        """Change profile fields; a new active shop is added to the shop list."""
        return self._settings.set_profile(**changes)

    def get_setting(self, key: str, default: Any = None) -> Any:
        return self._settings.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self._settings.set(key, value)

    # -- import, export, starter set (phrasebook.interchange) --------------------------------

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

        Nothing is written when any row is bad; see `Interchange.import_file`.
        """
        return self._interchange.import_file(
            path,
            format=format,
            mapping=mapping,
            on_duplicate=on_duplicate,
            scope=scope,
            dry_run=dry_run,
            texts=texts,
        )

    def export_file(
        self,
        path: str | Path,
        *,
        scope: Scope | None = None,
        format: str | None = None,  # noqa: A002 - the CLI's --format
    ) -> int:
        """Write phrases to a file (atomically) in a format phrasebook.exporting knows."""
        return self._interchange.export_file(path, scope=scope, format=format)

    def seed_starter(self, lang: str) -> ImportReport:
        """Add the starter phrasebook for `lang` (see `starter_langs`; a second one on purpose)."""
        return self._interchange.seed_starter(lang)

    @property
    def seeded(self) -> str | None:
        """The starter language this book was first seeded with, if any."""
        return self._interchange.seeded

    @property
    def starter_langs(self) -> tuple[str, ...]:
        """Every starter set added to this book, first one first."""
        return self._interchange.starter_langs

    # -- backups (phrasebook.book_backups) ---------------------------------------------------

    def backup(self, kind: str = "manual") -> Path:
        """Save a consistent copy in the backups folder; returns its path."""
        return self._backups.backup(kind)

    def backups(self) -> list[Path]:
        return self._backups.listed()

    def restore_preview(self, backup: str | Path) -> RestoreDiff:
        """What restoring `backup` would take away (phrases added or edited since, uses...)."""
        return self._backups.restore_preview(backup)

    def restore(self, backup: str | Path, *, force: bool = False) -> Path:
        """Replace this book's content with a backup's; the current state is backed up first.

        Refused (BusyDatabaseError) while another process has the book open, unless `force`:
        that process would go on writing its own state over the restored one. Returns the path
        of the safety copy made before restoring, which holds everything the backup lacks.
        """
        safety = self._backups.restore_contents(backup, force=force)
        self._sync.start_new_epoch()  # new edits must not reuse op numbers the team has seen
        self.store.reload()
        return safety
