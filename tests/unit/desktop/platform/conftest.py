"""Unit tests of the platform layer run without any display: offscreen Qt, fake backends."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
