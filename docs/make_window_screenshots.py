"""Screenshots of every top-level window, light and dark, in a real X session, for the docs.

    python docs/make_window_screenshots.py [--out docs/screenshots] [--only NAME ...]

Starts a private Xvfb + openbox desktop (1280x800), seeds a phrasebook with the zh-Hans starter
set, and runs the end-to-end window tour (tests/e2e/helpers/window_tour.py) twice: light, and
dark as after a restart. Writes `<window>.png` and `<window>-dark.png`; the popup's light shot
keeps its old name, popup-light.png. `manager-pictures` and `popup-pictures` show the size-chart
reply with a generated size chart (PNG) and product photo (JPEG). `--only` redraws only the
windows named. Needs Xvfb, openbox, trayer and a CJK font
(fonts-wqy-microhei).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "e2e"))

from quickreply_driver import run_cli, run_window_tour, start_desktop  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "screenshots")
    parser.add_argument("--only", nargs="*", default=None, help="only these windows")
    args = parser.parse_args()
    out = args.out.resolve()
    only = ["--only", *args.only] if args.only else []
    desktop = start_desktop()
    try:
        with tempfile.TemporaryDirectory() as folder:
            db = Path(folder) / "demo.db"
            run_cli(desktop, db, "init", "--lang", "zh-Hans")
            run_cli(desktop, db, "profile", "--nickname", "小美", "--shop", "快回旗舰店")
            for theme in ("light", "dark"):
                for record in run_window_tour(
                    desktop, db, "--out", str(out), "--theme", theme, *only
                ):
                    print(theme, record["name"])
    finally:
        desktop.close()
    if (out / "popup.png").exists():
        (out / "popup.png").replace(out / "popup-light.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
