"""The first start speaks the system's language: Norwegian in any form → bokmål, anything else → English."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QLocale

from desktop import i18n, settings
from desktop.app import parse_args
from tests.support.portal_server import REPO_ROOT


@pytest.mark.parametrize(("system", "expected"), [
    ("nb_NO", "nb"), ("nn_NO", "nb"), ("no", "nb"), ("nb", "nb"),
    ("en_US", "en"), ("en_GB", "en"), ("sv_SE", "en"), ("da_DK", "en"), ("de_DE", "en"), ("C", "en"),
])
def test_the_system_locale_picks_the_interface_language(system, expected):
    assert i18n.system_language(QLocale(system)) == expected


def test_without_a_chosen_language_the_setting_follows_the_system(monkeypatch):
    settings.reset(settings.LANGUAGE)
    monkeypatch.setattr(i18n, "system_language", lambda locale=None: "en")
    assert settings.get(settings.LANGUAGE) == "en"
    monkeypatch.setattr(i18n, "system_language", lambda locale=None: "nb")
    assert settings.get(settings.LANGUAGE) == "nb"


def test_a_chosen_language_wins_over_the_system(monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda locale=None: "nb")
    settings.put(settings.LANGUAGE, "en")
    assert settings.get(settings.LANGUAGE) == "en"
    settings.store().setValue(settings.LANGUAGE.key, "klingon")  # a hand-edited file: back to the system's
    assert settings.get(settings.LANGUAGE) == "nb"


def test_the_help_documents_lang(capsys):
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--lang {en,nb}" in text and "Norwegian bokmål" in text and "system's" in text


@pytest.mark.parametrize(("lang", "expected"), [("nb_NO.UTF-8", "nb"), ("nn_NO.UTF-8", "nb"), ("no_NO.UTF-8", "nb"),
                                                ("en_US.UTF-8", "en"), ("sv_SE.UTF-8", "en")])
def test_the_real_system_locale_is_read_from_the_environment(lang, expected):
    code = "from desktop.i18n import system_language; print(system_language())"
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert (done.returncode, done.stdout.strip()) == (0, expected), done.stderr
