"""Desktop widget tests run on the offscreen Qt platform: no display, no window manager."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
