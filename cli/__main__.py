"""`python -m cli`: the same portal-cli as the installed script, for a checkout or a machine without it."""

import sys

from cli.main import main

sys.exit(main())
