"""Password rules (NIST SP 800-63B): length not composition, common ones refused, NFC, temporaries."""

from __future__ import annotations

import re
import unicodedata

import pytest

from shelter_desk import passwords
from shelter_desk.desk import Desk
from shelter_desk.errors import ValidationError, WrongPassword
from shelter_desk.permissions import Role
from shelter_desk.services.setup import create_vault
from tests.conftest import DIRECTOR, DIRECTOR_PW, SHELTER, reopen
from tests.unit.vaulttools import assert_plain


def problem(pw: str, username: str = DIRECTOR, shelter: str = SHELTER) -> str | None:
    return passwords.assess(pw, username=username, shelter_name=shelter).problem


@pytest.mark.parametrize("pw", ["kxv mqz tlp", "tq8vmz4kp9w", "a" * 11, "", "cafe\u0301 lanter"])
def test_eleven_characters_are_refused(pw):
    assert len(unicodedata.normalize("NFC", pw)) <= 11  # the last is 12 code points but 11 letters
    assert "12 characters" in problem(pw)
    with pytest.raises(ValidationError) as caught:
        passwords.check(pw)
    assert_plain(caught.value)
    assert caught.value.field == "password"


@pytest.mark.parametrize("pw", ["kxv mqz tlpr", "tq8vmz4kp9wx", "ab12cd34ef56", "山の上の小さな家に住む猫"])
def test_twelve_characters_are_fine_if_not_guessable(pw):
    assert len(unicodedata.normalize("NFC", pw)) == 12
    assert problem(pw) is None
    passwords.check(pw)


@pytest.mark.parametrize("pw", ["password1234", "qwertyuiop12", "qwerty123456", "1q2w3e4r5t6y", "PASSWORD1234",
                                "Password1234 "])
def test_common_passwords_are_refused(pw):
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    assert pw.casefold().strip() in set(FREQUENCY_LISTS["passwords"])
    assert "most common" in problem(pw)


@pytest.mark.parametrize("pw", ["aaaaaaaaaaaa", "abcdefghijkl", "123456789012", "passwordpassword", "iloveyou1234"])
def test_very_guessable_passwords_are_refused(pw):
    assert problem(pw) is not None


@pytest.mark.parametrize(("pw", "username", "shelter"), [
    ("director lantern moon", DIRECTOR, SHELTER),
    ("the DIRECTOR walks home", DIRECTOR, SHELTER),
    ("my harbor house rocks", "maria", SHELTER),
    ("Harbor House forever!", "maria", SHELTER),
    ("love my Shelter Desk app", "maria", SHELTER),
    ("maria.k walks the dog", "maria.k", "Safe Place"),
])
def test_username_or_shelter_name_inside_is_refused(pw, username, shelter):
    assert "username or the shelter's name" in problem(pw, username, shelter)


def test_short_names_do_not_block_ordinary_words():
    # A 3-letter username is not searched for (it would refuse half the dictionary).
    assert problem("bob walks the quiet dog", username="bob", shelter="Oak") is None


@pytest.mark.parametrize("pw", ["correct horse battery staple", "purple elephant dances slowly",
                                "Käsebrot mit Senf und Gurke", "сорок два кота спят", "il pleut sur la ville ce soir"])
def test_passphrases_are_accepted(pw):
    assert problem(pw) is None
    assert passwords.assess(pw).score >= 3


def test_labels_and_scores():
    weak = passwords.assess("aaaaaaaaaaaa")
    strong = passwords.assess("purple elephant dances slowly")
    assert weak.score < strong.score
    assert strong.label in passwords.STRENGTH_LABELS and weak.label in passwords.STRENGTH_LABELS
    assert problem("x" * 1025) is not None  # absurd lengths are refused, not hashed


def test_services_apply_the_rules(desk, vault_dir, clock):
    with pytest.raises(ValidationError) as caught:
        desk.auth.change_own_password(DIRECTOR_PW, "password1234")
    assert caught.value.field == "new_password"
    with pytest.raises(ValidationError):
        desk.auth.change_own_password(DIRECTOR_PW, "harbor house evenings")
    with pytest.raises(ValidationError) as caught:
        create_vault(vault_dir.parent / "other", shelter_name=SHELTER, username=DIRECTOR,
                     display_name="D", password="qwertyuiop12", clock=clock)
    assert caught.value.field == "password"
    assert not (vault_dir.parent / "other").exists()


def test_unicode_passwords_are_nfc_normalised(desk, vault_dir, clock):
    composed = unicodedata.normalize("NFC", "café lantern über river")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    desk.auth.change_own_password(DIRECTOR_PW, decomposed)
    fresh = reopen(vault_dir, clock, desk)
    fresh.auth.sign_in(DIRECTOR, composed)
    fresh.auth.lock()
    fresh.auth.sign_in(DIRECTOR, decomposed)
    fresh.auth.lock()
    with pytest.raises(WrongPassword):
        fresh.auth.sign_in(DIRECTOR, "cafe lantern uber river")  # accents still matter
    fresh.close()


def test_unicode_usernames_are_nfc_and_case_insensitive(desk, vault_dir, clock):
    desk.accounts.add(unicodedata.normalize("NFC", "José"), "José", Role.FRONT_DESK)
    temp = desk.accounts.reset_password(next(a.id for a in desk.accounts.list() if a.username != DIRECTOR))
    fresh = reopen(vault_dir, clock, desk)
    fresh.auth.sign_in(unicodedata.normalize("NFD", "JOSÉ"), temp)
    fresh.close()


def test_setup_with_a_decomposed_password_signs_in_composed(vault_dir, clock):
    pw = unicodedata.normalize("NFD", "Ærøskøbing ferry at dawn é")
    result = create_vault(vault_dir, shelter_name=SHELTER, username=DIRECTOR, display_name="D",
                          password=pw, clock=clock)
    result.desk.close()
    desk = Desk.open(vault_dir, clock)
    desk.auth.sign_in(DIRECTOR, unicodedata.normalize("NFC", pw))
    desk.close()


def test_temporary_passwords_are_14_characters_and_unique():
    made = [passwords.temporary_password() for _ in range(2000)]
    assert len(set(made)) == len(made)
    for pw in made[:200]:
        assert len(pw) == 14
        assert re.fullmatch(r"[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}", pw)


def test_temporary_passwords_from_the_services(desk):
    temps = {desk.accounts.add(f"person{i}", f"Person {i}", Role.FRONT_DESK) for i in range(5)}
    assert len(temps) == 5 and all(len(t) == 14 for t in temps)
    assert DIRECTOR_PW not in temps
