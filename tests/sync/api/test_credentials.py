"""Data folder layout, the remembered profile and where tokens live (keyring, or memory when there is none)."""

from __future__ import annotations

import json

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from sync.api import credentials
from sync.api.credentials import TokenStore, secure_storage_available
from sync.session.paths import (
    cache_path,
    normalize_portal_url,
    resolve_data_dir,
    url_cache_path,
)
from sync.session.profile import forget_profile, load_profile, save_profile


def test_one_cache_per_portal_and_user_with_safe_names(tmp_path):
    kari = cache_path(tmp_path, "0b6f9a1e-5c2d-4e8f-9a7b-3c1d2e4f5a6b", "Kari@Example.no")
    assert kari.relative_to(tmp_path).parts[0] == "portal-0b6f9a1e-5c2d-4e8f-9a7b-3c1d2e4f5a6b"
    assert kari.name == "cache.sqlite"
    assert kari.parent.name.startswith("kari_at_example.no-")
    assert cache_path(tmp_path, "0b6f9a1e-5c2d-4e8f-9a7b-3c1d2e4f5a6b", "kari@example.no") == kari
    assert cache_path(tmp_path, "0b6f9a1e-5c2d-4e8f-9a7b-3c1d2e4f5a6b", "ola@example.no") != kari
    assert cache_path(tmp_path, "another-portal-id", "kari@example.no") != kari
    assert cache_path(tmp_path, "0b6f9a1e", "a+b@x.no") != cache_path(tmp_path, "0b6f9a1e", "a_b@x.no")


def test_a_cache_from_before_portal_identities_is_named_after_the_normalised_address(tmp_path):
    kari = url_cache_path(tmp_path, "https://Portal.example.no:8443/v1/", "Kari@Example.no")
    assert kari.relative_to(tmp_path).parts[0] == "portal.example.no_8443"
    assert url_cache_path(tmp_path, "https://portal.example.no:8443", "kari@example.no") == kari


@pytest.mark.parametrize("url", ["portal.example.no", "ftp://x", "https://", ""])
def test_malformed_portal_addresses_are_refused(url):
    with pytest.raises(ValueError):
        normalize_portal_url(url)


def test_data_dir_choice(tmp_path, monkeypatch):
    monkeypatch.setenv("PORTAL_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("PORTAL_DATA_DIR")
    assert resolve_data_dir(None).name == "ServicePortalDesktop"


def test_profile_round_trip_holds_no_secret(data_dir):
    assert load_profile(data_dir) is None
    save_profile(data_dir, "https://portal.example.no", "kari@example.no")
    profile = load_profile(data_dir)
    assert (profile.portal_url, profile.email, profile.remember) == ("https://portal.example.no",
                                                                     "kari@example.no", True)
    assert set(json.loads((data_dir / "profile.json").read_text())) == {"portal_url", "email", "remember",
                                                                        "last_used", "portal_id"}
    forget_profile(data_dir)
    assert load_profile(data_dir) is None


def test_a_broken_profile_is_ignored(data_dir):
    (data_dir / "profile.json").write_text("{not json", encoding="utf-8")
    assert load_profile(data_dir) is None


def test_refresh_token_lives_in_the_keyring(isolated_keyring):
    store = TokenStore("https://portal.example.no", "kari@example.no")
    store.save_refresh_token("r-1")
    assert isolated_keyring.get_password("ServicePortalDesktop:https://portal.example.no", "kari@example.no") == "r-1"
    assert TokenStore("https://portal.example.no", "kari@example.no").load_refresh_token() == "r-1"
    store.forget()
    assert store.load_refresh_token() is None
    store.forget()  # twice is fine
    assert secure_storage_available()


class _BrokenKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        raise keyring.errors.KeyringError("locked")

    def set_password(self, service, username, password):
        raise keyring.errors.KeyringError("locked")

    def delete_password(self, service, username):
        raise keyring.errors.KeyringError("locked")


@pytest.mark.parametrize("backend", [_BrokenKeyring(), keyring.backends.fail.Keyring()])
def test_without_a_working_keyring_tokens_stay_in_memory_only(backend, tmp_path):
    keyring.set_keyring(backend)
    store = TokenStore("https://portal.example.no", "kari@example.no")
    store.save_refresh_token("r-1")
    assert store.load_refresh_token() == "r-1"
    assert TokenStore("https://portal.example.no", "kari@example.no").load_refresh_token() == "r-1"
    assert not secure_storage_available()
    store.forget()
    assert store.load_refresh_token() is None
    credentials.reset_for_tests()


def test_not_remembered_tokens_never_reach_the_keyring(isolated_keyring):
    store = TokenStore("https://portal.example.no", "kari@example.no", persist=False)
    store.save_refresh_token("r-1")
    assert store.load_refresh_token() == "r-1"
    assert isolated_keyring.get_password("ServicePortalDesktop:https://portal.example.no", "kari@example.no") is None
