"""`portal-cli`: the sync layer from a terminal or a script (meter rounds from CSV, nightly syncs, support)."""
