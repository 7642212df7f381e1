"""Organisation numbers: modulus 11 with weights 3, 2, 7, 6, 5, 4, 3, 2."""

import pytest

from domain.org_number import check_digit, is_valid_org_number, normalize_org_number


@pytest.mark.parametrize("number", ["974760673", "923609016", "916482736", "910000012"])
def test_real_and_demo_numbers_are_valid(number):
    assert is_valid_org_number(number)


@pytest.mark.parametrize("number", ["974760674", "923609015", "916482730", "123456789"])
def test_a_wrong_check_digit_is_refused(number):
    assert not is_valid_org_number(number)


@pytest.mark.parametrize("number", ["97476067", "9747606730", "", "974 760 673", "97476067a", "９７４７６０６７３",
                                    "-74760673", "97476067.3"])
def test_wrong_length_and_non_digits_are_refused(number):
    assert not is_valid_org_number(number)


def test_non_strings_are_refused():
    assert not is_valid_org_number(974760673)  # type: ignore[arg-type]
    assert not is_valid_org_number(None)  # type: ignore[arg-type]


def test_remainder_ten_has_no_check_digit():
    # a weighted sum of 1 mod 11 leaves 11 - 1 = 10, which is never issued
    prefix = next(f"{n:08d}" for n in range(10_000_000, 10_100_000) if check_digit(f"{n:08d}") is None)
    assert check_digit(prefix) is None
    assert not any(is_valid_org_number(prefix + str(d)) for d in range(10))


def test_remainder_eleven_gives_zero():
    assert check_digit("91000001") == 2  # 9*3 + 1*2 + 1*2 = 31; 31 % 11 = 9; 11 - 9 = 2
    prefix = next(f"{n:08d}" for n in range(10_000_000, 10_100_000) if check_digit(f"{n:08d}") == 0)
    assert is_valid_org_number(prefix + "0")


def test_check_digit_wants_eight_digits():
    with pytest.raises(ValueError):
        check_digit("1234567")


def test_normalize_strips_what_people_type():
    assert normalize_org_number("NO 916 482 736 MVA") == "916482736"
    assert normalize_org_number(" 916.482.736 ") == "916482736"
    assert is_valid_org_number(normalize_org_number("no916482736mva"))
