"""Password hashes: salted scrypt, verified in constant time, never the password itself."""

from portal.passwords import hash_password, verify_password


def test_a_hash_verifies_its_password_only():
    stored = hash_password("demo1234")
    assert "demo1234" not in stored and stored.startswith("scrypt$")
    assert verify_password("demo1234", stored)
    assert not verify_password("demo12345", stored)


def test_each_hash_has_its_own_salt():
    assert hash_password("same") != hash_password("same")


def test_a_malformed_hash_never_verifies():
    for stored in ["", "plain", "md5$1$2$3$x$y", "scrypt$x$8$1$AAAA$AAAA", "scrypt$16384$8$1$!!$??"]:
        assert not verify_password("anything", stored)
