"""A header value is one clean line, whatever a customer typed into a subject."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from domain.email_headers import MAX_HEADER_CHARS, header_text

BREAKS = ["\r", "\n", "\r\n", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c", "\u001c", "\u001d", "\u001e"]


@pytest.mark.parametrize("char", BREAKS, ids=["+".join(f"U+{ord(x):04X}" for x in c) for c in BREAKS])
def test_every_line_break_becomes_one_space_and_the_header_can_be_built(char):
    subject = f"Papirstopp{char}Bcc: everyone@example.no"
    with pytest.raises(ValueError):  # what the sender ran into before
        EmailMessage()["Subject"] = subject
    clean = header_text(subject)
    assert clean == "Papirstopp Bcc: everyone@example.no"
    message = EmailMessage()
    message["Subject"] = clean
    message.set_content("x")
    assert b"\nBcc:" not in message.as_bytes(), "no header of its own"


def test_other_control_characters_and_runs_of_white_space_go():
    assert header_text("  Skuff\t 2\x00 stopper\x7f  ") == "Skuff 2 stopper"


def test_ordinary_text_is_kept_as_it_is():
    assert header_text("Sak CS0001002 er endret: Løst «Skanner» 👍") == "Sak CS0001002 er endret: Løst «Skanner» 👍"


def test_a_very_long_value_is_cut_with_an_ellipsis():
    clean = header_text("a" * 1000)
    assert len(clean) == MAX_HEADER_CHARS and clean.endswith("…")
    assert header_text("a" * MAX_HEADER_CHARS) == "a" * MAX_HEADER_CHARS
