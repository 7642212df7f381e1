"""Relocation and removal requests: the two forms opened from a machine's detail, their words, the date picker that
says why a day cannot be chosen, and how their queued requests read in Pending changes."""
