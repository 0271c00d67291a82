"""A diagnostics report for support: versions, backend, hotkeys, resources, database shape.

The same report is copied from the tray ("Copy diagnostics") and printed by
``quickreply --self-check``. It holds counts and paths only, never phrase text, customer names or
the agent's profile, so it can be pasted into a support chat as is.
"""

from __future__ import annotations

import dataclasses
import platform as pyplatform
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import QTranslator, qVersion

from phrasebook import Phrasebook, PhrasebookError
from phrasebook.db import schema
from phrasebook.resources import resources_dir

Facts = list[tuple[str, str]]


@dataclass(frozen=True)
class ResourceCheck:
    """One kind of bundled resource and whether it was found.

    Attributes:
        name: The folder under resources/ (starter, rules, translations, icons).
        found: How many files matched.
        required: A missing required resource makes the self-check fail.
    """

    name: str
    pattern: str
    found: int
    required: bool = True

    @property
    def ok(self) -> bool:
        return self.found > 0 or not self.required


#: What the app needs from resources/: (folder, file pattern, required).
RESOURCES: tuple[tuple[str, str, bool], ...] = (
    ("starter", "*.jsonl", True),
    ("rules", "*.json", True),
    ("translations", "*.qm", True),
    ("icons", "*.svg", True),
)


@dataclass
class Report:
    """Sections of (label, value) facts, and the problems that make a self-check fail."""

    sections: dict[str, Facts] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def text(self) -> str:
        lines = []
        for title, facts in self.sections.items():
            lines.append(f"[{title}]")
            width = max((len(k) for k, _ in facts), default=0)
            lines += [f"  {key.ljust(width)}  {value}" for key, value in facts]
        lines.append("[result]")
        lines += [f"  PROBLEM: {p}" for p in self.problems] or ["  ok"]
        return "\n".join(lines) + "\n"


def private(path: Path | str) -> str:
    """A path with the home folder shown as ~ (the user name is nobody else's business)."""
    text, home = str(path), str(Path.home())
    return "~" + text[len(home) :] if home and text.startswith(home) else text


def versions() -> Facts:
    try:
        ours = metadata.version("quickreply")
    except metadata.PackageNotFoundError:
        ours = "source checkout"
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    return [
        ("QuickReply", ours + frozen),
        ("Python", sys.version.split()[0]),
        ("Qt", qVersion()),
        ("PySide6", PySide6.__version__),
        ("system", f"{pyplatform.system()} {pyplatform.release()} {pyplatform.machine()}"),
    ]


def resource_checks() -> tuple[list[ResourceCheck], str]:
    """Each resource kind with its file count, and the folder (or why none was found)."""
    try:
        root = resources_dir()
    except PhrasebookError as exc:
        return [ResourceCheck(n, p, 0, r) for n, p, r in RESOURCES], str(exc)
    checks = [ResourceCheck(n, p, len(list((root / n).glob(p))), r) for n, p, r in RESOURCES]
    return checks, private(root)


def translations_load(languages: Iterable[str] = ("zh_CN", "ko")) -> list[str]:
    """Languages whose .qm file Qt cannot load (an empty list when all load)."""
    try:
        folder = str(resources_dir() / "translations")
    except PhrasebookError:
        return list(languages)
    return [lang for lang in languages if not QTranslator().load(f"quickreply_{lang}", folder)]


def add_resources(report: Report) -> None:
    checks, where = resource_checks()
    facts: Facts = [("folder", where)]
    for check in checks:
        state = f"{check.found} file(s)" if check.found else "none"
        facts.append((check.name, state if check.ok else f"MISSING ({check.pattern})"))
        if not check.ok:
            report.problems.append(f"resources/{check.name} not found in {where}")
    for lang in translations_load():
        report.problems.append(f"translation quickreply_{lang}.qm does not load")
    report.sections["resources"] = facts


def add_database(report: Report, book: Phrasebook | None, path: Path, error: str = "") -> None:
    """Size, schema and counts of the open phrasebook (no text), or the error opening it."""
    facts: Facts = [("file", private(path))]
    if book is None:
        facts.append(("state", f"CANNOT OPEN: {error}"))
        report.problems.append(f"the phrasebook cannot be opened: {error}")
        report.sections["database"] = facts
        return
    stats = book.stats()
    size = path.stat().st_size if path.exists() else 0
    backups = book.backups()
    facts += [
        ("size", f"{size / 1024:.0f} KiB"),
        ("schema", f"{len(schema.applied_migrations(book.db))} of {schema.SCHEMA_VERSION} steps"),
        ("phrases", f"{stats.phrases} ({stats.team} team, {stats.personal} personal)"),
        ("groups", str(stats.groups)),
        ("favourites (marked)", str(stats.favorites)),
        ("pinned to number keys", str(stats.pinned)),
        ("my wordings (variants)", str(stats.variants)),
        ("in trash", str(stats.deleted)),
        ("uses recorded", str(stats.uses)),
        ("backups", f"{len(backups)}, newest {backups[0].name}" if backups else "none"),
    ]
    report.sections["database"] = facts


def add_platform(report: Report, name: str, capabilities: object, notes: Iterable[str]) -> None:
    values = (
        {f.name: getattr(capabilities, f.name) for f in dataclasses.fields(capabilities)}
        if dataclasses.is_dataclass(capabilities)
        else {}
    )
    flags = {k: v for k, v in values.items() if isinstance(v, bool)}
    facts: Facts = [("backend", name)]
    facts += [(key, "yes" if value else "no") for key, value in flags.items()]
    facts += [("note", note) for note in notes]
    report.sections["platform"] = facts


def add_hotkeys(report: Report, hotkeys: Mapping[str, tuple[str, bool]]) -> None:
    """`hotkeys`: purpose -> (chord, registered)."""
    report.sections["hotkeys"] = [
        (purpose, f"{chord} ({'registered' if ok else 'NOT registered'})")
        for purpose, (chord, ok) in hotkeys.items()
    ]


def add_log(report: Report, log_file: Path | None) -> None:
    report.sections["log"] = [("file", private(log_file) if log_file else "none (stderr only)")]


def live_report(
    book: Phrasebook,
    backend: str,
    capabilities: object,
    hotkeys: Mapping[str, tuple[str, bool]],
    log_file: Path | None,
) -> Report:
    """The report for the running app ("Copy diagnostics" in the tray)."""
    report = Report()
    report.sections["versions"] = versions()
    add_platform(report, backend, capabilities, getattr(capabilities, "notes", ()))
    add_hotkeys(report, hotkeys)
    add_resources(report)
    add_database(report, book, book.path)
    add_log(report, log_file)
    return report


def self_check(db_path: Path, backend: str | None, log_file: Path | None = None) -> Report:
    """`quickreply --self-check`: can this installation start? Fails on missing resources or db.

    A phrasebook that does not exist yet is not created (the first real start does that);
    instead a scratch one proves that SQLite and the migrations work in this build.
    """
    report = Report()
    report.sections["versions"] = versions()
    add_resources(report)
    with _opened(db_path) as (book, error):
        add_database(report, book, db_path, error)
        _check_platform(report, backend, book)
    add_log(report, log_file)
    return report


@contextmanager
def _opened(path: Path) -> Iterator[tuple[Phrasebook | None, str]]:
    scratch = None if path.exists() else tempfile.TemporaryDirectory(prefix="quickreply-check-")
    target = Path(scratch.name) / "check.db" if scratch else path
    try:
        try:
            book = Phrasebook.open(target, auto_backup=False)
        except (PhrasebookError, OSError) as exc:
            yield None, str(exc)
            return
        try:
            yield book, ""
        finally:
            book.close()
    finally:
        if scratch:
            scratch.cleanup()


def _check_platform(report: Report, backend: str | None, book: Phrasebook | None) -> None:
    from desktop.platform import detect, detect_name
    from desktop.platform.base import PlatformError
    from desktop.popup.popup_hotkey import saved_popup_chord

    try:
        name = detect_name(backend)
        platform = detect(backend)
    except (ValueError, PlatformError) as exc:
        report.problems.append(f"platform backend: {exc}")
        report.sections["platform"] = [("backend", f"FAILED: {exc}")]
        return
    add_platform(report, name, platform.capabilities, platform.capabilities.notes)
    chord = saved_popup_chord(book)
    try:  # a taken hotkey is the agent's choice to make, not a broken installation
        platform.hotkeys.register(chord, lambda: None)
        platform.hotkeys.unregister(chord)
        free = True
    except PlatformError:
        free = False
    finally:
        platform.hotkeys.close()
        platform.close()
    add_hotkeys(report, {"popup": (str(chord), free)})
