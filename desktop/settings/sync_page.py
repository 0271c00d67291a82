"""Team sync: the team this phrasebook is in (name, role, where, members, last round), "Sync
now", inviting; or, before joining, the join and create forms.

Everything that touches the shared folder or server runs in a pool thread (`background`), so a
slow network folder never freezes the settings window; the page only shows results.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.book_jobs import BookJob, Work, start_job
from desktop.diagnostics import private
from desktop.settings.page import SettingsPage, hint
from desktop.settings.sync_forms import TeamForm, where_arguments
from desktop.settings.team_messages import team_message
from phrasebook import Phrasebook
from phrasebook.sync.sync_round import SyncSummary
from phrasebook.sync.team import Member


class SyncPage(SettingsPage):
    """Team status and actions, or join/create.

    Signals:
        job_finished(str): a background job ("sync", "members", "join", "create", "invite")
            ended, its result shown (tests wait for this).
    """

    job_finished = Signal(str)

    def __init__(self, book: Phrasebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.jobs: dict[str, BookJob] = {}
        self.members: list[Member] = []
        self.error: str | None = None
        outer = QVBoxLayout(self)
        outer.addWidget(self._build_team())
        self.join_form, self.create_form = TeamForm(self), TeamForm(self)
        self.join_form.submitted.connect(self.join_team)
        self.create_form.submitted.connect(self.create_team)
        self.intro = hint(self)
        for widget in (self.intro, self.join_form, self.create_form):
            outer.addWidget(widget)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        outer.addStretch(1)
        self.refresh()
        self.retranslate()

    def _build_team(self) -> QGroupBox:
        self.team_box = QGroupBox(self)
        self.name, self.role, self.where, self.last = (QLabel(self.team_box) for _ in range(4))
        self.last.setWordWrap(True)
        self.member_list = QListWidget(self.team_box)
        self.member_list.setMaximumHeight(88)
        self.sync_button, self.invite_button = QPushButton(self), QPushButton(self)
        self.invite_code = QLineEdit(self.team_box, readOnly=True)
        self.invite_code.hide()
        self._labels = [QLabel(self.team_box) for _ in range(5)]
        form = QFormLayout(self.team_box)
        fields = (self.name, self.role, self.where, self.member_list, self.last)
        for label, field in zip(self._labels, fields, strict=True):
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.invite_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(self.invite_code)
        self.sync_button.clicked.connect(self.sync_now)
        self.invite_button.clicked.connect(self.invite)
        return self.team_box

    def title(self) -> str:
        return self.tr("Team sync")

    def retranslate(self) -> None:
        self.team_box.setTitle(self.tr("Your team"))
        texts = (
            self.tr("Team"),
            self.tr("Your role"),
            self.tr("Shared through"),
            self.tr("Members"),
            self.tr("Last sync"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.sync_button.setText(self.tr("Sync now"))
        self.invite_button.setText(self.tr("Invite a member…"))
        self.intro.setText(
            self.tr(
                "Share the team's replies through a shared folder (a synced or network drive) "
                "or a sync server. Your supervisor gives you a join code; or start a team and "
                "invite your agents."
            )
        )
        self.join_form.set_texts(self.tr("Join a team"), self.tr("Join code"), self.tr("Join"))
        self.create_form.set_texts(
            self.tr("Start a team"), self.tr("Team name"), self.tr("Create team")
        )
        self.refresh()

    # -- showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show what the book knows now (cheap: local state only)."""
        if self.book.closed:  # a late language change while the app switches or quits
            return
        config = self.book.sync.team
        in_team = config is not None
        self.team_box.setVisible(in_team)
        for widget in (self.intro, self.join_form, self.create_form):
            widget.setVisible(not in_team)
        if config is not None:
            self._show_team(config)
        self._show_status()

    def _show_team(self, config: dict[str, Any]) -> None:
        self.name.setText(str(config.get("name", "")))
        self.role.setText(self._role_name(self.book.sync.role))
        server = config.get("server")
        self.where.setText(
            self.tr("server {url}").replace("{url}", server)
            if server
            else self.tr("folder {path}").replace("{path}", private(config.get("folder", "")))
        )
        self.where.setToolTip(str(server or config.get("folder", "")))
        self.invite_button.setVisible(config.get("owner") == self.book.sync.device_key.public)
        self._show_members()
        self.last.setText(self._last_round_text(self.book.sync.last_round()))

    def _show_members(self) -> None:
        self.member_list.clear()
        me = self.book.sync.device_key.id
        for member in self.members:
            you = self.tr(" (you)") if member.key == me else ""
            self.member_list.addItem(f"{member.name}{you} — {self._role_name(member.role)}")

    def _role_name(self, role: str | None) -> str:
        names = {"supervisor": self.tr("supervisor"), "agent": self.tr("agent")}
        return names.get(role or "", role or self.tr("not known yet"))

    def _last_round_text(self, last: dict[str, Any] | None) -> str:
        if not last:
            return self.tr("Not synced yet")
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(float(last.get("at", 0))))
        text = (
            self.tr(
                "{when}: sent {sent}, received {received}, conflicts {conflicts}, "
                "quarantined {quarantined}"
            )  # fmt: skip
            .replace("{when}", when)
            .replace("{sent}", str(last.get("sent", 0)))
            .replace("{received}", str(last.get("received", 0)))
            .replace("{conflicts}", str(last.get("conflicts", 0)))
            .replace("{quarantined}", str(last.get("quarantined", 0)))
        )
        problems = [str(p) for p in last.get("problems", [])]
        return "\n".join([text, *(f"⚠ {p}" for p in problems)])

    def _show_status(self) -> None:
        busy = bool(self.jobs.keys() - {"members"})
        self.sync_button.setEnabled(not busy)
        self.invite_button.setEnabled(not busy)
        self.join_form.set_busy(busy)
        self.create_form.set_busy(busy)
        if self.error:
            self.status.setText(f"⚠ {self.error}")
            self.status.setStyleSheet("color: #c0392b;")
        else:
            self.status.setText(self.tr("Working…") if busy else "")
            self.status.setStyleSheet("")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The team may have been created or joined elsewhere (the `phrasebook` command): read
        it again each time the page is looked at; members live in the shared place."""
        super().showEvent(event)
        self.refresh()
        if self.book.sync.team is not None:
            self.load_members()

    # -- actions -------------------------------------------------------------------------------

    def load_members(self) -> None:
        self._run("members", lambda book: book.sync.members(), self._members_loaded)

    def sync_now(self) -> None:
        self._run("sync", lambda book: book.sync.sync(), self._synced)

    def invite(self) -> None:
        self._run("invite", lambda book: book.sync.invite("agent"), self._invited)

    def join_team(self, code: str, where: str) -> None:
        if self._joined_elsewhere():
            return
        place = where_arguments(where)
        self._run("join", lambda book: _then_sync(book, book.sync.join, code, place), self._joined)

    def create_team(self, name: str, where: str) -> None:
        if self._joined_elsewhere():
            return
        place = where_arguments(where)
        work = lambda book: _then_sync(book, book.sync.create_team, name, place)  # noqa: E731
        self._run("create", work, self._joined)

    def _joined_elsewhere(self) -> bool:
        """Whether the book is in a team already (created or joined elsewhere since the page
        was shown): then the page shows that team and says so, instead of joining or creating."""
        config = self.book.sync.team
        if config is None:
            return False
        self.load_members()
        self.error = team_message(f"already in team {str(config.get('name', ''))!r}")
        self.refresh()
        return True

    def _run(self, kind: str, work: Work, done: Callable[[Any], None]) -> None:
        if kind in self.jobs:
            return
        self.error = None

        def finished(result: Any) -> None:
            self.jobs.pop(kind, None)
            if self.book.closed:  # the app switched books or quits while the job ran
                return
            done(result)
            self._show_status()
            self.job_finished.emit(kind)

        def failed(reason: str) -> None:
            self.jobs.pop(kind, None)
            self.error = team_message(reason)
            self.refresh()  # a refusal may mean the book is in a team after all
            self.job_finished.emit(kind)

        self.jobs[kind] = start_job(self.book.path, work, finished, failed, owner=self)
        self._show_status()

    def _members_loaded(self, members: list[Member]) -> None:
        self.members = members
        self._show_members()

    def _synced(self, summary: SyncSummary) -> None:
        if summary.received or summary.changed:
            self.book.reload()  # the round wrote through its own connection
        self.refresh()

    def _invited(self, code: str) -> None:
        self.invite_code.setText(code)
        self.invite_code.setToolTip(self.tr("Give this code to one new agent."))
        self.invite_code.show()
        self.invite_code.selectAll()

    def _joined(self, _: Any) -> None:
        self.book.reload()
        self.refresh()
        self.load_members()


def _then_sync(
    book: Phrasebook, enter: Callable[..., Any], first: str, place: dict[str, str]
) -> SyncSummary:
    """Join or create (pool thread), then the first round so the team's phrases arrive."""
    enter(first, **place)
    return book.sync.sync()
