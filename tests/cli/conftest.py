"""The command line is tested on the sync suite's fixtures: a migrated cache with a small fleet, the real portal."""

from tests.sync.conftest import cache, portal  # noqa: F401  (fixtures, found by name)
