"""The desktop words every key the command line words, in English and in bokmål (through the catalogue, not the CLI's
tables), and every refusal a report can give is a sentence in both languages."""

from __future__ import annotations

from datetime import date

from cli.report_texts import EN, NB
from desktop.views.reports.report_words import ReportWords, refusal_text
from sync.reports import request as refusals
from sync.reports.model import Text

PARAMS = {"col.month": {"month": date(2026, 11, 1)}, "col.counter": {"counter": "bw"},
          "col.volume": {"counter": "bw"}, "col.last_value": {"counter": "bw"}, "col.new_value": {"counter": "bw"},
          "page.of": {"page": 2, "pages": 7}, "empty.due": {"day": "04.12.2026"}}
REFUSALS = {refusals.PERIOD_REVERSED: {"first": date(2026, 11, 30), "last": date(2026, 11, 1)},
            refusals.UNKNOWN_SITE: {"site": "Mars", "known": ("Oslo HQ",)},
            refusals.UNKNOWN_SERIAL: {"serial": "SN999"}, refusals.NO_PERIOD: {"kind": "fleet"}}


def _text(words: ReportWords, key: str) -> str:
    return words.text(Text(key, PARAMS.get(key, {})))


def test_every_key_the_cli_words_has_an_english_desktop_word(english_ui):
    words = ReportWords()
    assert words.language == "en"
    missing = [key for key in EN if not words.has(key)]
    assert missing == []
    for key in EN:
        assert _text(words, key) == CliWordsLike.en(key), key


def test_every_key_the_cli_words_has_a_bokmal_desktop_word(norwegian_ui):
    words = ReportWords()
    assert words.language == "nb"
    english = {key: EN[key].format(**{name: "X" for name in PARAMS.get(key, {})}) for key in EN}
    for key in EN:
        text = _text(words, key)
        assert text and not text.startswith(key), key
        if NB[key] != EN[key] and not key.startswith("counter."):
            assert text != english[key], f"{key} is still English: {text!r}"
    assert _text(words, "col.month") == "nov. 2026"
    assert _text(words, "col.last_value") == "Siste svart-hvitt"
    assert _text(words, "page.of") == "Side 2 av 7"


class CliWordsLike:
    """The CLI's English for a key with the test's parameters, which the desktop's English must equal."""

    @staticmethod
    def en(key: str) -> str:
        from cli.report_texts import CliWords
        return CliWords("en").text(Text(key, PARAMS.get(key, {})))


def test_every_refusal_code_is_a_sentence_in_both_languages(english_ui):
    codes = {value for name, value in vars(refusals).items() if name.isupper() and isinstance(value, str)
             and value.startswith("report.")}
    assert codes == set(REFUSALS)
    english = {code: refusal_text(code, params) for code, params in REFUSALS.items()}
    assert english[refusals.PERIOD_REVERSED] == "The period ends (01/11/2026) before it starts (30/11/2026)."
    assert all(code not in text for code, text in english.items())
    from desktop import i18n
    i18n.install_language("nb")
    try:
        norwegian = {code: refusal_text(code, params) for code, params in REFUSALS.items()}
    finally:
        i18n.install_language("en")
    assert norwegian[refusals.PERIOD_REVERSED] == "Perioden slutter (01.11.2026) før den begynner (30.11.2026)."
    assert all(norwegian[code] != english[code] for code in REFUSALS)
