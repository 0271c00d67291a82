"""Timing events for benchmarks and end-to-end tests, written only when asked for.

With QUICKREPLY_TRACE=/path/file.jsonl the app appends one JSON line per event
(``{"event": "popup_painted", "t": <time.monotonic()>, ...}``). CLOCK_MONOTONIC is shared by
every process on the machine, so a driver can compare its own key-press time with ours.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any, TextIO

from PySide6.QtCore import QEvent, QObject

ENV = "QUICKREPLY_TRACE"


_files: dict[str, TextIO] = {}  # kept open: an open and a close per event cost ~50 us


def trace(event: str, **fields: Any) -> None:
    path = os.environ.get(ENV)
    if not path:
        return
    record = {"event": event, "t": fields.pop("t", None) or time.monotonic(), **fields}
    out = _files.get(path)
    if out is None:
        out = _files[path] = open(path, "a", encoding="utf-8", buffering=1)  # noqa: SIM115
    out.write(json.dumps(record, ensure_ascii=False) + "\n")  # line-buffered: read at once


class FirstPaintTracer(QObject):
    """Traces `event` at the first paint of a widget after each show."""

    def __init__(self, event: str, parent: QObject) -> None:
        super().__init__(parent)
        self._event = event
        self._armed = False
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show:
            self._armed = True
        elif event.type() == QEvent.Type.Paint and self._armed:
            self._armed = False
            trace(self._event)
        return False
