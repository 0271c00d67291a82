"""`quickreply` / `python -m desktop`: parse options, open the phrasebook, start the tray app."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

from desktop.single_instance import WINDOWS
from phrasebook import CorruptDatabaseError, Phrasebook, PhrasebookError
from phrasebook.paths import default_db_path, log_dir
from phrasebook.starter import lang_for_locale

log = logging.getLogger("desktop")

LOG_BYTES = 1_000_000
LOG_FILES = 5


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quickreply",
        description="QuickReply (快回): canned replies one hotkey away, in any chat window.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="phrasebook file (default: $QUICKREPLY_DB or the user data folder); "
        "a second --db runs a second profile beside the first",
    )
    parser.add_argument(
        "--hotkey", metavar="CHORD", help="popup hotkey for this run, e.g. Ctrl+Alt+Space"
    )
    parser.add_argument(
        "--platform",
        metavar="NAME",
        help="platform backend: x11, win32, fake (default: detected; or $QUICKREPLY_PLATFORM)",
    )
    parser.add_argument(
        "--no-welcome", action="store_true", help="on first run, skip the welcome dialog"
    )
    parser.add_argument(
        "--show",
        nargs="?",
        const=WINDOWS[0],
        choices=WINDOWS,
        metavar="WINDOW",
        help=f"open a window in the running app ({', '.join(WINDOWS)}; default {WINDOWS[0]}), "
        "starting the app first when it is not running; bind it to a desktop shortcut on Wayland",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="print a diagnostics report and exit (1 when resources or the phrasebook fail)",
    )
    return parser


def setup_logging() -> Path | None:
    """Log to a rotating file in the user log folder (and warnings to stderr)."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)
    root.addHandler(stderr)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            folder / "quickreply.log", maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
        )
    except OSError as exc:
        log.warning("no log file: %s", exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return folder / "quickreply.log"


def open_book(path: Path) -> tuple[Phrasebook, bool]:
    """Open the phrasebook; a new one is seeded with the starter set for the system language."""
    first_run = not path.exists()
    if first_run:
        path.parent.mkdir(parents=True, exist_ok=True)
    book = Phrasebook.open(path, auto_backup=False)  # the app's BackupScheduler follows settings
    if first_run:
        lang = lang_for_locale(QLocale.system().name())
        report = book.seed_starter(lang)
        log.info("new phrasebook %s seeded with %d %s phrases", path, report.added, lang)
    return book, first_run


def db_path(args: argparse.Namespace) -> Path:
    """--db, else $QUICKREPLY_DB, else the folder chosen in settings, else the default."""
    from desktop.settings.machine_settings import chosen_db_path

    return default_db_path(args.db or chosen_db_path())


def self_check(args: argparse.Namespace) -> int:
    """`--self-check`: print the diagnostics report; non-zero when this build cannot work."""
    from desktop.diagnostics import self_check as check

    logging.basicConfig(level=logging.WARNING)  # problems to stderr; the report to stdout
    _app = QApplication.instance() or QApplication(sys.argv[:1])  # backends need one
    report = check(db_path(args), args.platform, log_dir() / "quickreply.log")
    print(report.text(), end="")
    return 0 if report.ok else 1


def open_or_repair(path: Path) -> tuple[Phrasebook, bool]:
    """Open the book; a damaged one is offered for salvage first (busy, full... just fail)."""
    try:
        return open_book(path)
    except CorruptDatabaseError as exc:
        from desktop.repair_dialog import offer_repair

        log.error("the phrasebook is damaged: %s", exc)
        if not offer_repair(path, exc):
            raise
        return open_book(path)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from desktop.display_check import display_problem

    problem = display_problem()  # before any QApplication: Qt would abort (rc 134)
    if args.self_check:
        if problem:  # the report is still useful (phrasebook, resources): render offscreen
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return self_check(args)
    if problem:
        print(f"quickreply: {problem}", file=sys.stderr)
        return 1
    log_file = setup_logging()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("QuickReply")
    app.setQuitOnLastWindowClosed(False)
    from desktop.errors import ErrorReporter

    ErrorReporter(log_file, app).install()  # an unexpected error is logged, shown, survived

    from desktop.app import QuickReply, show_error
    from desktop.platform import detect
    from desktop.platform.chords import ChordError, parse_chord
    from desktop.single_instance import ask_running_instance
    from desktop.welcome import WelcomeDialog

    path = db_path(args)
    window = args.show or WINDOWS[0]
    if ask_running_instance(path, window):
        print(f"QuickReply is already running; it was asked to open its {window}.")
        return 0
    try:
        hotkey = parse_chord(args.hotkey) if args.hotkey else None
    except ChordError as exc:
        print(f"quickreply: error: --hotkey: {exc}", file=sys.stderr)
        return 2
    try:
        book, first_run = open_or_repair(path)
    except PhrasebookError as exc:
        log.error("cannot open the phrasebook: %s", exc)
        show_error("QuickReply", str(exc))
        return 1
    quickreply = QuickReply(book, detect(args.platform), hotkey)
    from desktop.shutdown import SignalQuitter

    SignalQuitter(quickreply.quit, quickreply)  # SIGTERM (logout, kill) quits like the tray
    if first_run and not args.no_welcome:
        welcome = WelcomeDialog(str(quickreply.chord))
        if welcome.exec():
            nickname, shop = welcome.values()
            book.set_profile(nickname=nickname, active_shop=shop)
    if quickreply.quitting:  # SIGTERM during the welcome dialog
        return 0
    quickreply.start(path)
    if args.show:
        QTimer.singleShot(0, lambda: quickreply.show_window(args.show))
    from desktop.hotkey_dialog import announce_without_hotkeys

    # No global hotkeys on this desktop (Wayland): a tray message, not "choose another chord".
    if not announce_without_hotkeys(quickreply.platform.capabilities, quickreply.tray.notify):
        quickreply.announce()
    if quickreply.quitting:  # quit while a start-up dialog ran: no loop to leave yet
        return 0
    return app.exec()
