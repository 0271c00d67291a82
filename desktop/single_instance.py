"""One running app per phrasebook: a second start asks the first to open a window and exits.

Uses a QLocalServer named after the user and the database path, so a second profile
(`--db other.db`) can run beside the real one. The message is one line, `show WINDOW` (a bare
`show`, from older versions, means the popup).
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
#: The windows `quickreply --show` can open; the first is the default.
WINDOWS = ("popup", "manager", "notebook", "settings", "import")


def server_name(db_path: Path) -> str:
    key = f"{getpass.getuser()}:{db_path.resolve()}".encode()
    return f"quickreply-{hashlib.sha1(key).hexdigest()[:16]}"


def show_message(window: str) -> bytes:
    return f"show {window}\n".encode()


def parse_message(data: bytes) -> str | None:
    """The window a message asks for, or None for anything we do not know."""
    words = data.decode("utf-8", "replace").split()
    if not words or words[0] != "show" or len(words) > 2:
        return None
    window = words[1] if len(words) == 2 else WINDOWS[0]
    return window if window in WINDOWS else None


def ask_running_instance(db_path: Path, window: str = WINDOWS[0]) -> bool:
    """True if an instance for this phrasebook is running (it was asked to show `window`)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(show_message(window))
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


class InstanceServer(QObject):
    """Listens for later starts of the app.

    Signals:
        show_requested(str): another start of the app asked us to open this window (WINDOWS).
    """

    show_requested = Signal(str)

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
        data = bytes(socket.readAll().data())
        window = parse_message(data)
        if window is None:
            log.warning("ignored a message from another start: %r", data[:80])
            return
        # Emitted from the event loop, not inside the socket's readyRead: the import dialog is
        # modal, and the socket deleting itself (the other start disconnects) while its own
        # signal is still on the stack crashed the app.
        QTimer.singleShot(0, lambda: self.show_requested.emit(window))
