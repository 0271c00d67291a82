"""`python -m phrasebook` runs the command line."""

from phrasebook.cli.main import main

raise SystemExit(main())
