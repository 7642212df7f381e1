"""Helpers that several test suites share (the real portal server for end-to-end tests)."""
