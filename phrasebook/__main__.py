"""`python -m phrasebook` runs the command line."""

from phrasebook.cli import main

raise SystemExit(main())
