"""The geometry rule of the screen fitter: the frame ends up inside the available area."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

from desktop.screen_fit import fitted_rect

FRAME = QMargins(4, 30, 4, 4)
LAPTOP = QRect(0, 0, 1366, 728)  # 1366x768 with a 40 px taskbar at the bottom


def test_a_window_running_past_the_bottom_moves_up() -> None:
    notebook = QRect(233, 223 + 30, 900, 560)
    fitted = fitted_rect(notebook, FRAME, LAPTOP, QSize(0, 0))
    assert fitted.size() == QSize(900, 560)
    assert fitted.bottom() + FRAME.bottom() <= LAPTOP.bottom()
    assert fitted.x() == 233


def test_a_window_larger_than_the_screen_shrinks_to_it() -> None:
    manager = QRect(0, 0, 1180, 720)
    netbook = QRect(0, 0, 1024, 600)
    fitted = fitted_rect(manager, FRAME, netbook, QSize(400, 300))
    assert fitted == QRect(4, 30, 1016, 566)


def test_the_minimum_never_exceeds_the_room() -> None:
    fitted = fitted_rect(QRect(0, 0, 500, 500), FRAME, QRect(0, 0, 300, 300), QSize(800, 800))
    assert fitted.size() == QSize(292, 266)
