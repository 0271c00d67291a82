"""Phrases in and out of files: import (planned and applied in one write transaction), export,
and the starter sets a new book is seeded with."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

from phrasebook import exporting, importing, phrases
from phrasebook.db import phrase_rows, storage
from phrasebook.errors import ValidationError
from phrasebook.importing.plan import POLICIES, PlanItem, Policy, make_plan
from phrasebook.models import ImportReport, RowFinding, Scope
from phrasebook.pack import PackRecord
from phrasebook.phrase_images import PhraseImages
from phrasebook.phrases import Phrases
from phrasebook.replies import Replies
from phrasebook.starter import starter_file
from phrasebook.store import Store


class Interchange:
    """Import, export and starter sets for one phrasebook (`book.import_file`...).

    Args:
        store: the open store.
        phrases: the default scope of new phrases and the live phrases to export.
        replies: the wording check a preview shows.
        images: pictures in (a record's) and out (beside a sheet, inside a pack).
    """

    def __init__(
        self, store: Store, phrases: Phrases, replies: Replies, images: PhraseImages
    ) -> None:
        self._store = store
        self._phrases = phrases
        self._replies = replies
        self._images = images

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
        report = self._import(recs, scope or self._phrases.default_scope, policy, dry_run)
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
        chosen = self._phrases.phrases(scope=scope)
        extras = phrase_rows.all_extras(self._store.db)
        exporting.write(Path(path), chosen, extras, format, self._images.image_bytes)
        return len(chosen)

    def seed_starter(self, lang: str) -> ImportReport:
        """Add the starter phrasebook for `lang` (see `starter_langs`; a second one on purpose).

        Its phrases get the scope new phrases get (`default_scope`).
        """
        report = self.import_file(starter_file(lang), scope=self._phrases.default_scope)
        if self.seeded is None:
            self._store.set_meta("seeded", lang)
        if lang not in self.starter_langs:
            self._store.set_meta("starter_langs", ",".join((*self.starter_langs, lang)))
        return report

    @property
    def seeded(self) -> str | None:
        """The starter language this book was first seeded with, if any."""
        return self._store.meta("seeded")

    @property
    def starter_langs(self) -> tuple[str, ...]:
        """Every starter set added to this book, first one first."""
        listed = self._store.meta("starter_langs")
        if listed:
            return tuple(listed.split(","))
        return (self.seeded,) if self.seeded else ()

    # -- internals ---------------------------------------------------------------------------

    def _import(
        self, recs: Iterable[PackRecord], scope: Scope, policy: Policy, dry_run: bool
    ) -> ImportReport:
        """Plan and apply in one write transaction, so another writer cannot slip in between."""
        recs = list(recs)
        store = self._store
        if dry_run:
            with store.snapshot():
                items = self._plan(recs, scope, policy)
            writes: list[PlanItem] = []
        else:
            with store.write() as write:
                items = self._plan(recs, scope, policy)
                writes = [i for i in items if i.action in ("add", "update")]
                existing = self._stored_ids({i.phrase.id for i in writes})
                for item in writes:
                    if item.phrase.id in existing:
                        phrases.overwrite(store, item.phrase, item.extra)
                    else:
                        phrases.insert(store, item.phrase, item.extra)
                    if item.images:
                        self._images.attach(item.phrase.id, item.images)
                write.touch({i.phrase.id for i in writes})
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
        db = self._store.db
        existing = {p.id: p for p in self._store.phrases_where("1 = 1")}
        live = {row[0] for row in db.execute("SELECT id FROM phrases WHERE deleted = 0")}
        return make_plan(recs, existing, live, phrase_rows.all_extras(db), scope, policy)

    def _stored_ids(self, ids: set[str]) -> set[str]:
        """Which of these ids have a row (in use or in the trash)."""
        rows = self._store.db.execute("SELECT id FROM phrases").fetchall()
        return {row[0] for row in rows} & ids

    def _findings(self, items: Iterable[PlanItem]) -> tuple[RowFinding, ...]:
        """Wording-check findings for the rows that would be written."""
        return tuple(
            RowFinding(item.line, finding)
            for item in items
            if item.action in ("add", "update")
            for finding in self._replies.check(item.phrase.text, item.phrase.lang)
        )

    def _refuse_own_file(self, path: Path, doing: str) -> None:
        """Reading or replacing the book's own files outside SQLite would break its locks."""
        if storage.is_own_file(self._store.path, path.expanduser()):
            raise ValidationError(
                f"{path} is this phrasebook's own database file; cannot {doing} it"
                " (export to a new file, or import a file exported from another book)"
            )
