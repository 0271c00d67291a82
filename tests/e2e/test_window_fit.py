"""Every top-level window fits the available geometry of the screen it opens on.

Small laptop and netbook screens, under a real window manager (openbox frames and places the
windows): the manager (1180x720) once ran past a 1024x600 screen, the notebook past 1366x768.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from quickreply_driver import XDesktop, run_window_tour, start_desktop

pytestmark = pytest.mark.e2e

#: Every kind of top-level window the app opens; the tour must not silently skip one.
WINDOWS = {
    "popup",
    "manager-phrases",
    "notebook-open",
    "notebook-capture",
    "settings-general",
    "import-preview",
    "welcome",
    "hotkey-dialog",
    "error",
}


@pytest.fixture(scope="module", params=["1366x768x24", "1024x600x24"])
def small_desktop(request: pytest.FixtureRequest, x_desktop: XDesktop) -> Iterator[XDesktop]:
    desktop = start_desktop(request.param)
    try:
        yield desktop
    finally:
        desktop.close()


def inside(frame: list[int], available: list[int]) -> bool:
    x, y, w, h = frame
    ax, ay, aw, ah = available
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def test_every_window_fits_the_screen(small_desktop: XDesktop, db: Path, tmp_path: Path) -> None:
    book = shutil.copy(db, tmp_path / "tour.db")
    records = run_window_tour(small_desktop, Path(book))
    assert {r["name"] for r in records} >= WINDOWS
    outside = [r for r in records if not inside(r["frame"], r["available"])]
    assert outside == []
