"""QuickReply's core: the phrasebook, its search, templates and interchange.

This package is the one public API that the desktop app, the `phrasebook` command, the tests and
the benchmarks all use. It never imports Qt and never touches the OS beyond its own files.

    >>> from phrasebook import Phrasebook
    >>> book = Phrasebook.open("phrases.db")
    >>> hits = book.search("fhsj")
    >>> text = book.render(hits[0].phrase).text
"""

from phrasebook.book import Changes, Phrasebook
from phrasebook.errors import (
    CorruptDatabaseError,
    DatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotFoundError,
    PackError,
    PhrasebookError,
    RoleError,
    ValidationError,
)
from phrasebook.models import Group, Hit, ImportReport, Match, Phrase, Profile, Stats
from phrasebook.notebook_models import NotebookCounts, NotebookEntry, Proposal, QuestionCluster
from phrasebook.scrub import Scrubbed
from phrasebook.scrub import scrub as scrub_text
from phrasebook.templates import Field, RenderContext, Rendered, TemplateProblem, render
from phrasebook.wording import Finding, RuleFileError
from phrasebook.wording import check as check_wording

__all__ = [
    "Changes",
    "CorruptDatabaseError",
    "DatabaseError",
    "Field",
    "Finding",
    "ForeignDatabaseError",
    "Group",
    "Hit",
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
    "RenderContext",
    "RoleError",
    "Rendered",
    "RuleFileError",
    "Scrubbed",
    "Stats",
    "TemplateProblem",
    "ValidationError",
    "check_wording",
    "render",
    "scrub_text",
]
