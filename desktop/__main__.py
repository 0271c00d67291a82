"""`python -m desktop` starts the tray app."""

from desktop.launcher import main

raise SystemExit(main())
