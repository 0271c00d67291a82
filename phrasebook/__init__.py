"""QuickReply's core: the phrasebook, its search, templates and interchange.

This package is the one public API that the desktop app, the `phrasebook` command, the tests and
the benchmarks all use. It never imports Qt and never touches the OS beyond its own files.

    >>> from phrasebook import Phrasebook
    >>> book = Phrasebook.open("phrases.db")
    >>> hits = book.search("fhsj")
    >>> text = book.render(hits[0].phrase).text
"""

from phrasebook.book import Changes, Phrasebook
from phrasebook.db.backups import RestoreDiff, restore_latest_over_damaged
from phrasebook.db.backups import list_backups as list_backups_of
from phrasebook.db.salvage import CheckReport, SalvageReport, salvage_in_place
from phrasebook.db.salvage import check as check_database
from phrasebook.db.salvage import salvage as salvage_database
from phrasebook.errors import (
    BusyDatabaseError,
    CorruptDatabaseError,
    DatabaseError,
    DiskFullError,
    DiskIOError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotFoundError,
    PackError,
    PhrasebookError,
    ReadOnlyDatabaseError,
    RoleError,
    ValidationError,
)
from phrasebook.models import (
    Group,
    Hit,
    ImageRef,
    ImportReport,
    Match,
    Phrase,
    Profile,
    RowFinding,
    Stats,
)
from phrasebook.notebook.entries import NotebookCounts, NotebookEntry, Proposal, QuestionCluster
from phrasebook.notebook.scrub import Scrubbed
from phrasebook.notebook.scrub import scrub as scrub_text
from phrasebook.templates import (
    Bracket,
    Field,
    RenderContext,
    Rendered,
    TemplateProblem,
    brackets,
    render,
    toggle_bracket,
)
from phrasebook.wording import Finding, RuleFileError
from phrasebook.wording import check as check_wording

__all__ = [
    "Bracket",
    "BusyDatabaseError",
    "Changes",
    "CheckReport",
    "CorruptDatabaseError",
    "DatabaseError",
    "DiskFullError",
    "DiskIOError",
    "Field",
    "Finding",
    "ForeignDatabaseError",
    "Group",
    "Hit",
    "ImageRef",
    "ImportReport",
    "Match",
    "NewerSchemaError",
    "NotFoundError",
    "NotebookCounts",
    "NotebookEntry",
    "PackError",
    "Phrase",
    "Phrasebook",
    "PhrasebookError",
    "Profile",
    "Proposal",
    "QuestionCluster",
    "ReadOnlyDatabaseError",
    "RenderContext",
    "RoleError",
    "Rendered",
    "RestoreDiff",
    "RowFinding",
    "RuleFileError",
    "SalvageReport",
    "Scrubbed",
    "Stats",
    "TemplateProblem",
    "ValidationError",
    "brackets",
    "check_database",
    "check_wording",
    "list_backups_of",
    "render",
    "restore_latest_over_damaged",
    "salvage_database",
    "salvage_in_place",
    "scrub_text",
    "toggle_bracket",
]
