"""Addresses as people type them into a form or a command line, for the tests that check every place judges them
alike (`domain.email` is the one rule; the portal, the client's checks and the sign-in dialog each use it).

Every place trims what was typed before judging it, so white space around an address is fine here; the rule itself,
given an untrimmed text, calls it invalid (tests/domain/test_email.py)."""

from __future__ import annotations

from domain.text_limits import MAX_EMAIL

GOOD = ("kari@example.no", "Kari.Nordmann@Example.NO", "ola+faktura@nordlysregnskap.no", "a@b.io",
        "  ingrid.berg@nordlysregnskap.no  ", "k" * (MAX_EMAIL - len("@example.no")) + "@example.no")

INVALID = ("kari", "kari at example.no", "kari@", "@example.no", "kari@example", "kari@example.n", "kari@@example.no",
           "kari @example.no", "kari@example,no", "kari@example.no.")

TOO_LONG = ("k" * (MAX_EMAIL - len("@example.no") + 1) + "@example.no",)
