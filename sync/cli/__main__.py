"""`python -m sync.cli`: the same portal-cli as the installed script, for a checkout or a machine without it."""

import sys

from sync.cli.main import main

sys.exit(main())
