"""One running app per phrasebook: a second start asks the first to open its popup and exits.

Uses a QLocalServer named after the user and the database path, so a second profile
(`--db other.db`) can run beside the real one.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500
MESSAGE_SHOW = b"show\n"


def server_name(db_path: Path) -> str:
    key = f"{getpass.getuser()}:{db_path.resolve()}".encode()
    return f"quickreply-{hashlib.sha1(key).hexdigest()[:16]}"


def ask_running_instance(db_path: Path) -> bool:
    """True if an instance for this phrasebook is running (it was asked to show its popup)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(MESSAGE_SHOW)
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts of the app.

    Signals:
        show_requested: another start of the app asked us to open the popup.
    """

    show_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        name = server_name(db_path)
        QLocalServer.removeServer(name)  # a stale socket left by a crash would block listen()
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        socket = self._server.nextPendingConnection()
        if socket is None:
            return
        socket.readyRead.connect(lambda: self._on_message(socket))
        socket.disconnected.connect(socket.deleteLater)

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(MESSAGE_SHOW.strip()):
            self.show_requested.emit()
