"""Unit tests of the platform layer run without any display: offscreen Qt, fake backends."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Only so an accidental pynput import cannot fail without a display; the tests use fakes.
os.environ.setdefault("PYNPUT_BACKEND", "dummy")
